"""`qundesk import members`, run as real subprocesses."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import build_parser
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.storage.db import Database

SHEETS = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"


def qundesk(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUNDESK_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_bad_rows_import_nothing_and_are_listed(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "q.sqlite"
    result = qundesk("--db", db, "import", "members", SHEETS / "bad_rows.xlsx", data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    bad = [line for line in lines if line.startswith("row ")]
    assert [line.split(":")[0] for line in bad] == [f"row {n}" for n in (4, 5, 7, 8, 9, 10, 11)]
    assert bad[0] == "row 4: 姓名: a name, nickname or WeChat ID is required"
    assert bad[3] == "row 8: 加入时间: 2099-01-01 is in the future"
    assert lines[-1].startswith("qundesk: error: 7 rows have problems; nothing was imported")
    assert "--skip-invalid" in lines[-1]
    assert result.stdout == ""
    assert not db.exists()  # a new database the command made for nothing is taken back


def test_skip_invalid_imports_the_valid_rows(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "q.sqlite"
    result = qundesk(
        "--db", db, "import", "members", SHEETS / "bad_rows.xlsx", "--skip-invalid",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Imported 3 members from bad_rows.xlsx (名单)" in result.stdout
    assert "skipped 7 invalid rows" in result.stdout
    assert "skipped: row 5: 手机: " in result.stderr
    names = [r[0] for r in query(db, "SELECT name FROM members ORDER BY id")]
    assert names == ["王芳", "钱多多", "陈晨"]


def test_groups_from_the_file_are_created_and_listed(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "q.sqlite"
    result = qundesk("--db", db, "import", "members", SHEETS / "title_rows.xlsx", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Imported 4 members" in result.stdout
    assert "Groups created: 读书会、烘焙群." in result.stdout
    assert "Referrers linked: 2; kept as text: 0." in result.stdout
    assert query(db, "SELECT name FROM groups ORDER BY name") == [("烘焙群",), ("读书会",)]
    assert query(db, "SELECT count(*) FROM memberships") == [(5,)]
    again = qundesk("--db", db, "import", "members", SHEETS / "title_rows.xlsx", data_dir=data_dir)
    assert again.returncode == 1 and "duplicate" in again.stderr  # a second run adds nobody
    assert query(db, "SELECT count(*) FROM members") == [(4,)]


def test_group_option_puts_every_row_in_that_group(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "q.sqlite"
    database = Database.open(db)
    try:
        create_group(database, GroupDraft(name="Fan Club"), today=dt.date(2024, 1, 1))
    finally:
        database.close()
    result = qundesk(
        "import", "members", SHEETS / "gbk.csv", "--group", "FAN CLUB", "--db", db,
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "(GBK/GB18030)" in result.stdout and "Groups created: none." in result.stdout
    assert query(db, "SELECT name FROM groups") == [("Fan Club",)]
    rows = query(
        db,
        "SELECT m.name, g.name FROM memberships s JOIN members m ON m.id = s.member_id "
        "JOIN groups g ON g.id = s.group_id ORDER BY m.id",
    )
    assert rows == [("刘德华", "Fan Club"), ("张学友", "Fan Club"), ("郭富城", "Fan Club")]


def test_unknown_group_is_an_error(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "q.sqlite"
    result = qundesk(
        "--db", db, "import", "members", SHEETS / "bom.csv", "--group", "没有这个群",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("qundesk: error: ") and "没有这个群" in line
    assert not db.exists()


def test_unreadable_file_is_one_line_and_creates_no_database(
    tmp_path: Path, data_dir: Path
) -> None:
    junk = tmp_path / "members.xlsx"
    junk.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    db = tmp_path / "q.sqlite"
    for path in (junk, tmp_path / "missing.csv"):
        result = qundesk("--db", db, "import", "members", path, data_dir=data_dir)
        assert result.returncode == 1
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("qundesk: error: ") and path.name in line
    assert not db.exists()


def test_import_needs_what_and_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    for argv in (["import"], ["import", "members"], ["import", "groups", "x.csv"]):
        with pytest.raises(SystemExit) as exited:
            parser.parse_args(argv)
        assert exited.value.code != 0
    args = parser.parse_args(["import", "members", "m.csv", "--skip-invalid", "--group", "g"])
    assert (args.command, args.what, args.file, args.group, args.skip_invalid) == (
        "import", "members", Path("m.csv"), "g", True,
    )  # fmt: skip
    with pytest.raises(SystemExit):
        parser.parse_args(["import", "members", "--help"])
    help_text = capsys.readouterr().out
    assert "--skip-invalid" in help_text and "--group" in help_text


def test_import_into_a_roster_backs_it_up_first(tmp_path: Path, data_dir: Path) -> None:
    from desktop.models.storage.backups import list_backups

    db = tmp_path / "q.sqlite"
    first = qundesk(
        "--db",
        db,
        "import",
        "members",
        SHEETS / "bad_rows.xlsx",
        "--skip-invalid",
        data_dir=data_dir,
    )
    assert first.returncode == 0, first.stderr
    # the first import went into an empty database: nothing worth a copy yet
    assert [b.reason for b in list_backups(db)] == []
    members_before = query(db, "SELECT count(*) FROM members")
    second = qundesk(
        "--db",
        db,
        "import",
        "members",
        SHEETS / "title_rows.xlsx",
        "--skip-invalid",
        data_dir=data_dir,
    )
    assert second.returncode == 0, second.stderr
    (backup,) = list_backups(db)
    assert backup.reason == "before-import"
    assert query(backup.path, "SELECT count(*) FROM members") == members_before


def test_import_is_refused_while_another_copy_holds_the_database(
    tmp_path: Path, data_dir: Path
) -> None:
    from desktop.models.storage.lockfile import DatabaseLock

    db = tmp_path / "q.sqlite"
    Database.open(db).close()
    lock = DatabaseLock.acquire(db)  # this test process plays the open window
    try:
        result = qundesk(
            "--db",
            db,
            "import",
            "members",
            SHEETS / "bad_rows.xlsx",
            "--skip-invalid",
            data_dir=data_dir,
        )
    finally:
        lock.release()
    assert result.returncode == 1
    assert result.stderr.startswith("qundesk: error:")
    assert str(os.getpid()) in result.stderr
    assert query(db, "SELECT count(*) FROM members") == [(0,)]
