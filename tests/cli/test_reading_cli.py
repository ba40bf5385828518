"""Reading never writes: `qundesk info` and `export` leave the file and its folder as they were."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop import paths
from desktop.__main__ import main
from desktop.models.storage import migrations
from desktop.models.storage.db import Database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "databases"
OLD_FILES = sorted(FIXTURES.glob("v*.sqlite"))


def _version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _members(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        conn.close()


def _folder(folder: Path) -> dict[str, str]:
    """Every file in `folder` (and below) with its sha256."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    } | {str(p.relative_to(folder)) + "/": "" for p in folder.rglob("*") if p.is_dir()}


def _copy(source: Path, folder: Path, *, wal: bool) -> Path:
    """A copy of `source` in `folder`, in WAL mode (as QunDesk leaves its files) or not."""
    folder.mkdir(exist_ok=True)
    db = folder / "club.sqlite"
    shutil.copyfile(source, db)
    if wal:
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        finally:
            conn.close()  # the last connection removes -wal and -shm
    assert sorted(p.name for p in folder.iterdir()) == ["club.sqlite"]
    return db


@pytest.fixture
def old_files_exist() -> None:
    assert [f for f in OLD_FILES if _version(f) < migrations.LATEST_VERSION], "no old fixtures"


@pytest.mark.usefixtures("old_files_exist")
@pytest.mark.parametrize("wal", [True, False], ids=["wal", "rollback"])
@pytest.mark.parametrize("fixture", OLD_FILES, ids=[f.stem for f in OLD_FILES])
def test_info_and_export_of_an_older_file_neither_upgrade_nor_write_it(
    fixture: Path,
    wal: bool,
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "db"
    db = _copy(fixture, folder, wal=wal)
    version, latest = _version(db), migrations.LATEST_VERSION
    before = _folder(folder)

    assert main(["--db", str(db), "info"]) == 0
    out = capsys.readouterr().out
    assert f"Schema version: {version} (this app: {latest}" in out
    assert ("will be upgraded" in out) == (version < latest)
    counts = dict(line.split() for line in out.splitlines()[2:])
    assert int(counts["members"].replace(",", "")) == _members(db) > 0
    assert _folder(folder) == before

    book = tmp_path / "out" / "partner.xlsx"
    book.parent.mkdir()
    assert main(["--db", str(db), "export", str(book)]) == 0
    assert "Exported" in capsys.readouterr().out
    members = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("成员").to_python()
    assert len(members) - 1 == _members(db)
    assert _folder(folder) == before  # no upgrade, backup, -wal or -shm left behind
    assert list(paths.temp_dir().glob("qundesk-upgrade-*")) == []  # the copy is gone too

    # opening for writing still upgrades, after a backup of the file as it was
    database = Database.open(db)
    try:
        assert database.version == latest
    finally:
        database.close()
    if version < latest:
        (backup,) = (folder / "backups").glob(f"*before-v{latest}*.sqlite")
        assert _version(backup) == version


def test_info_counts_only_the_tables_the_file_has(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    oldest = min(OLD_FILES, key=_version)
    db = _copy(oldest, tmp_path / "db", wal=True)
    assert main(["--db", str(db), "info"]) == 0
    counts = dict(line.split() for line in capsys.readouterr().out.splitlines()[2:])
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert "members" in counts and set(counts) <= tables  # later versions' tables not made up
    if _version(db) < 2:
        assert "partners" in tables and "vocabulary" not in counts


@pytest.fixture
def current_file(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo database (current schema, WAL mode, closed cleanly)."""
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    return db


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """`path` without any write bit meanwhile (root ignores the bits; QunDesk must not)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    os.chmod(path, mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        yield
    finally:
        os.chmod(path, mode)


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_info_and_export_work_on_a_read_only_file_and_write_nothing(
    current_file: Path, tmp_path: Path, read_only: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = current_file.parent
    before = _folder(folder)
    book = tmp_path / "partner.xlsx"
    with _read_only(current_file if read_only == "file" else folder):
        assert main(["--db", str(current_file), "info"]) == 0
        info = capsys.readouterr().out
        assert main(["--db", str(current_file), "export", str(book)]) == 0
        assert "Exported" in capsys.readouterr().out
        assert _folder(folder) == before
    assert f"Schema version: {migrations.LATEST_VERSION} (this app: " in info
    assert "will be upgraded" not in info
    members = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("成员").to_python()
    assert len(members) - 1 == _members(current_file) == 300


def test_export_while_a_window_holds_the_file_reads_its_log_and_leaves_it(
    current_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With a writer open the log beside the file is read (its commits count) and kept."""
    holder = Database.open(current_file, lock=True)
    try:
        with holder.transaction() as conn:
            conn.execute("UPDATE members SET name = '刚改的名字' WHERE id = 1")
        book = tmp_path / "partner.xlsx"
        assert main(["--db", str(current_file), "export", str(book)]) == 0
        capsys.readouterr()
        names = [
            r[1]
            for r in CalamineWorkbook.from_path(str(book)).get_sheet_by_name("成员").to_python()
        ]
        assert "刚改的名字" in names
        assert Path(f"{current_file}-wal").exists()  # the holder's, still in use
    finally:
        holder.close()
    assert sorted(p.name for p in current_file.parent.iterdir()) == ["demo.sqlite"]
