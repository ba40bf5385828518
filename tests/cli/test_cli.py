"""The `qundesk` command line, run as real subprocesses."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.storage import migrations

SCRIPTS = Path(sys.executable).parent


def qundesk(
    *args: str | Path, data_dir: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUNDESK_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("qundesk: error: ")
    return lines[0]


def test_demo_then_info(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "demo.sqlite"
    made = qundesk("--db", db, "demo", "--members", "120", "--seed", "3", data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    assert "120 members" in made.stdout

    info = qundesk("--db", db, "info", data_dir=data_dir)
    assert info.returncode == 0, info.stderr
    assert f"Schema version: {migrations.LATEST_VERSION}" in info.stdout
    counts = {
        parts[0]: int(parts[1].replace(",", ""))
        for parts in (line.split() for line in info.stdout.splitlines()[2:])
    }
    conn = sqlite3.connect(db)
    try:
        for table, rows in counts.items():
            assert conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == rows
    finally:
        conn.close()
    assert counts["members"] == 120
    assert counts["groups"] >= 3 and counts["events"] > 0 and counts["revenue"] > 0


def test_db_option_after_the_command(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "after.sqlite"
    assert qundesk("demo", "--members", "20", "--db", db, data_dir=data_dir).returncode == 0
    assert "members" in qundesk("info", "--db", db, data_dir=data_dir).stdout
    assert not (data_dir / "qundesk.sqlite").exists()


def test_default_database_lives_in_the_data_folder(data_dir: Path) -> None:
    result = qundesk("demo", "--members", "10", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert (data_dir / "qundesk.sqlite").is_file()


def test_demo_refuses_a_database_with_data(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "twice.sqlite"
    assert qundesk("--db", db, "demo", "--members", "10", data_dir=data_dir).returncode == 0
    before = sqlite3.connect(db).execute("SELECT count(*) FROM members").fetchone()
    line = _one_line_error(qundesk("--db", db, "demo", "--members", "10", data_dir=data_dir))
    assert "already" in line
    assert sqlite3.connect(db).execute("SELECT count(*) FROM members").fetchone() == before


def test_info_on_missing_file_fails_without_creating_it(tmp_path: Path, data_dir: Path) -> None:
    missing = tmp_path / "nope.sqlite"
    line = _one_line_error(qundesk("--db", missing, "info", data_dir=data_dir))
    assert "does not exist" in line
    assert not missing.exists()


@pytest.mark.parametrize("command", ["info", "demo"])
def test_bad_file_is_refused_and_untouched(tmp_path: Path, data_dir: Path, command: str) -> None:
    bad = tmp_path / "members.sqlite"
    bad.write_text("姓名,手机\n张三,13812345678\n", encoding="gbk")
    before = bad.read_bytes()
    line = _one_line_error(qundesk("--db", bad, command, data_dir=data_dir))
    assert "not a QunDesk database" in line
    assert bad.read_bytes() == before


def test_bad_arguments_exit_non_zero(tmp_path: Path, data_dir: Path) -> None:
    assert qundesk("frobnicate", data_dir=data_dir).returncode != 0
    negative = qundesk("--db", tmp_path / "n.sqlite", "demo", "--members", "-5", data_dir=data_dir)
    assert "--members" in _one_line_error(negative)


def test_the_version_is_read_only_when_asked_for() -> None:
    """Reading it loads importlib.metadata and the email package: not on every start."""
    code = (
        "import sys\n"
        "import desktop.__main__ as entry\n"
        "entry.build_parser().parse_args(['info'])\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert shown.split() == ["False"]


def test_version_and_console_script(data_dir: Path) -> None:
    result = qundesk("--version", data_dir=data_dir)
    assert result.returncode == 0 and result.stdout.startswith("QunDesk ")
    script = SCRIPTS / ("qundesk.exe" if os.name == "nt" else "qundesk")
    assert script.is_file(), "the qundesk console script is installed with the package"
    help_text = subprocess.run(
        [str(script), "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "demo" in help_text and "info" in help_text
