"""`qundesk FILE`: a database handed over by Explorer's "Open with" or a file manager."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop import __main__ as entry
from desktop import app, logs
from desktop.models.core.clock import FixedClock
from desktop.models.storage.db import Database
from tests.cli.test_cli import _one_line_error, qundesk
from tests.conftest import TEST_NOW


@pytest.fixture
def club(tmp_path: Path) -> Path:
    """An existing QunDesk database, with a Chinese name and a space as owners' files have."""
    path = tmp_path / "我的 社群" / "club.sqlite"
    path.parent.mkdir()
    Database.open(path, clock=FixedClock(TEST_NOW)).close()
    return path


def test_every_command_is_known_to_the_bare_path_check(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        entry.build_parser().parse_args(["no-such-command"])
    choices = re.search(r"choose from (.*)\)", capsys.readouterr().err)
    assert choices is not None
    assert set(re.findall(r"[a-z]+", choices.group(1))) == set(entry.COMMANDS)


def test_a_bare_existing_file_becomes_the_database(club: Path) -> None:
    assert entry.with_bare_database([str(club)]) == ["--db", str(club)]
    assert entry.with_bare_database(["--data-dir", "D", str(club), "--smoke"]) == [
        "--data-dir",
        "D",
        "--db",
        str(club),
        "--smoke",
    ]
    # any existing file: one that is no database is then refused with the usual message
    other = club.with_name("members.xlsx")
    other.write_bytes(b"PK")
    assert entry.with_bare_database([str(other)]) == ["--db", str(other)]


def test_command_names_and_their_arguments_are_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, club: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "demo").write_text("a file named like a command")
    for argv in (
        ["demo", "--members", "5"],
        ["--db", str(club), "info"],
        ["import", "members", str(club)],
        ["export", "out.xlsx"],
        ["--version"],
        [],
        ["--", str(club)],
    ):
        assert entry.with_bare_database(argv) == argv
    # named twice: the parser's own complaint, not a silent choice between the two
    twice = ["--db", str(club), str(club)]
    assert entry.with_bare_database(twice) == twice


def test_a_bare_database_path_that_names_no_file_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    for name in ("gone.sqlite", "gone.QUNDESK", "gone.db"):
        with pytest.raises(entry.BareDatabaseError, match=r"no database at .*--db"):
            entry.with_bare_database([str(folder / name)])
    assert not list(folder.iterdir())  # nothing made
    # not a database's name either: a mistyped command, which the parser lists choices for
    assert entry.with_bare_database(["exprot"]) == ["exprot"]


def test_qundesk_file_opens_the_window_on_it(club: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path | None] = []
    monkeypatch.setattr(logs, "setup_logging", lambda *args, **kwargs: None)
    monkeypatch.setattr(logs, "install_qt_message_handler", lambda *args, **kwargs: None)
    monkeypatch.setattr(app, "run_gui", lambda db: opened.append(db) or 0)
    assert entry.main([str(club)]) == 0
    assert opened == [club]


def test_a_bare_path_runs_a_command_on_that_database(club: Path, data_dir: Path) -> None:
    result = qundesk(club, "info", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Schema version" in result.stdout
    assert not (data_dir / "qundesk.sqlite").exists()  # the default database was not used


def test_a_missing_bare_database_is_one_clear_line(tmp_path: Path, data_dir: Path) -> None:
    missing = tmp_path / "gone.sqlite"
    line = _one_line_error(qundesk(missing, data_dir=data_dir))
    assert f"no database at {missing}" in line
    assert "usage:" not in line
    assert not missing.exists()
    # a mistyped command still gets argparse's usage and choices
    typo = qundesk("exprot", data_dir=data_dir)
    assert typo.returncode == 2 and "invalid choice" in typo.stderr
