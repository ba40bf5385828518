"""A file unchanged since QunDesk closed it is shown while its check runs; writes wait for
the check, and a file found damaged after the first paint is let go unwritten."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import app as app_module
from desktop.app import (
    SETTING_CLOSED,
    StartCheck,
    make_settings,
    read_before_verdict,
    remember_closed,
    verdict_after_paint,
    window_before_verdict,
)
from desktop.models.core.clock import FixedClock
from desktop.models.core.errors import DamagedDatabaseError
from desktop.models.storage.db import Database, closed_fingerprint
from desktop.views.shell import damaged_dialog
from desktop.views.shell.damaged_dialog import DamagedDialog
from desktop.views.shell.main_window import MainWindow
from tests.models.storage.test_salvage import _leaf_pages
from tests.views.shell.test_first_run import no_event_loop  # noqa: F401 -- a fixture
from tests.views.shell.test_lock import damaged_copy

CLOCK = FixedClock(dt.date(2026, 11, 23))


@pytest.fixture
def settings() -> QSettings:
    return make_settings()


def _sound_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    Database.open(path).close()
    return path


def _damaged_copy(demo_template: Path, tmp_path: Path) -> Path:
    """A copy whose attendance lost a leaf page to garbage after QunDesk closed it (the
    disk's doing: the first screen reads fine, the check finds it)."""
    path = _sound_copy(demo_template, tmp_path)
    leaf = _leaf_pages(path, "attendance")[-1]
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    with path.open("r+b") as fh:
        fh.seek((leaf - 1) * size)
        fh.write(b"\xa5" * size)
    return path


def _member_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])


# ---- the fingerprint ----------------------------------------------------------------------


def test_the_fingerprint_changes_with_the_file_and_is_none_after_an_unclean_end(
    demo_template: Path, tmp_path: Path
) -> None:
    path = _sound_copy(demo_template, tmp_path)
    first = closed_fingerprint(path)
    assert first is not None and str(path.resolve()) in first
    database = Database.open(path, check_later=True, lock=True)
    assert closed_fingerprint(path) == first  # opening and reading change nothing
    database.close()
    assert closed_fingerprint(path) == first
    database = Database.open(path, lock=True)
    with database.transaction() as conn:
        conn.execute("UPDATE groups SET name = name || '!' WHERE id = (SELECT min(id) FROM groups)")
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0 and closed_fingerprint(path) is None  # not closed yet
    database.close()
    assert not wal.exists() or wal.stat().st_size == 0
    after = closed_fingerprint(path)
    assert after is not None and after != first
    copy = tmp_path / "copy.sqlite"
    shutil.copy2(path, copy)  # same bytes and times, another file
    assert closed_fingerprint(copy) not in (None, after)
    assert closed_fingerprint(tmp_path / "gone.sqlite") is None


def test_the_fingerprint_is_kept_at_the_end_only_for_a_file_found_sound_and_writable(
    demo_template: Path, tmp_path: Path, settings: QSettings
) -> None:
    path = _sound_copy(demo_template, tmp_path)
    database = Database.open(path, lock=True)
    database.close()
    remember_closed(settings, database)
    assert settings.value(SETTING_CLOSED) == closed_fingerprint(path)
    viewer = Database.open(path, read_only=True)
    viewer.close()
    remember_closed(settings, viewer)
    assert settings.value(SETTING_CLOSED) == ""
    unchecked = Database.open(path, lock=True, check_later=True)
    assert unchecked.check_pending
    unchecked.close()
    remember_closed(settings, unchecked)  # ended before its check: checked first next time
    assert settings.value(SETTING_CLOSED) == ""
    for problems, kept in (([], closed_fingerprint(path)), (["page 7: damaged"], "")):
        database = Database.open(path, lock=True, check_later=True)
        database.pending_check = lambda found=problems: found  # read before its check
        database.close()
        remember_closed(settings, database)
        assert settings.value(SETTING_CLOSED) == kept


# ---- writes wait for the check ------------------------------------------------------------


def test_a_write_waits_for_the_check_once_and_goes_ahead_when_sound(demo_db: Database) -> None:
    asked: list[bool] = []

    def sound() -> list[str]:
        asked.append(True)
        return []

    demo_db.check_pending = True
    demo_db.pending_check = sound
    with demo_db.transaction() as conn:
        conn.execute("UPDATE groups SET name = 'A' WHERE id = (SELECT min(id) FROM groups)")
    with demo_db.transaction() as conn:
        conn.execute("UPDATE groups SET name = 'B' WHERE id = (SELECT min(id) FROM groups)")
    assert asked == [True]
    assert demo_db.pending_check is None and not demo_db.check_pending


def test_a_file_found_damaged_refuses_every_write_and_is_closed_unwritten(
    demo_template: Path, tmp_path: Path
) -> None:
    path = _sound_copy(demo_template, tmp_path)
    database = Database.open(path, lock=True, check_later=True)
    members = _member_count(path)
    database.pending_check = lambda: ["*** in database main ***"]
    for _ in range(2):
        with pytest.raises(DamagedDatabaseError), database.transaction() as conn:
            conn.execute("DELETE FROM members")
    assert database.pending_check is not None and database.check_pending
    database.close()
    assert _member_count(path) == members
    assert closed_fingerprint(path) is not None


# ---- at start -----------------------------------------------------------------------------


def _window_at_start(
    qtbot: QtBot, path: Path, settings: QSettings
) -> tuple[MainWindow, Database, StartCheck]:
    """As the start does: the check begun, the file opened, the window built without data."""
    early = StartCheck.early(path)
    assert early is not None
    database = Database.open(path, check_later=True, lock=True)
    window = window_before_verdict(database, settings, CLOCK)
    assert window is not None
    qtbot.addWidget(window)
    return window, database, StartCheck.of(database, early)


def test_the_data_is_read_while_the_check_runs_only_for_a_file_unchanged_since_closed(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, settings: QSettings
) -> None:
    path = _sound_copy(demo_template, tmp_path)
    settings.setValue(SETTING_CLOSED, closed_fingerprint(path))
    with sqlite3.connect(path) as conn:  # another program changed it since
        conn.execute("UPDATE groups SET name = name || '?'")
    conn.close()
    for recorded, read in ((False, False), (True, True)):
        if recorded:
            settings.setValue(SETTING_CLOSED, closed_fingerprint(path))
        window, database, check = _window_at_start(qtbot, path, settings)
        try:
            assert read_before_verdict(window, check, settings) is read
            assert (window.groups_tab.database is database) is read
            assert (database.pending_check is not None) is read
        finally:
            database.pending_check = None
            database.close()


def test_a_failed_read_leaves_the_check_to_come_first(
    qtbot: QtBot,
    demo_template: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _sound_copy(demo_template, tmp_path)
    settings.setValue(SETTING_CLOSED, closed_fingerprint(path))
    window, database, check = _window_at_start(qtbot, path, settings)

    def malformed(_window: MainWindow) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(MainWindow, "read_database", malformed)
    try:
        assert read_before_verdict(window, check, settings) is False
        assert database.pending_check is None and database.check_pending
    finally:
        database.close()


def _read_first(
    qtbot: QtBot, path: Path, settings: QSettings
) -> tuple[MainWindow, Database, StartCheck]:
    settings.setValue(SETTING_CLOSED, closed_fingerprint(path))
    window, database, check = _window_at_start(qtbot, path, settings)
    assert read_before_verdict(window, check, settings)
    window.verdict = lambda: verdict_after_paint(window, database, check, settings, CLOCK)
    return window, database, check


def test_a_sound_file_read_first_is_written_after_its_check(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, settings: QSettings
) -> None:
    path = _sound_copy(demo_template, tmp_path)
    window, database, _check = _read_first(qtbot, path, settings)
    try:
        assert window.groups_tab.model.rowCount() > 0  # the data, before the verdict
        with qtbot.waitSignal(window.firstPainted):
            window.show()
        assert window.database is database and database.pending_check is None
        assert not database.check_pending and window.isVisible()
    finally:
        window.close()
        database.close()


def _damaged_answered(
    demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: str
) -> tuple[Path, bytes]:
    """A file damaged after it was closed, and the damaged-file dialog answering `choice`;
    the file and its bytes."""
    path = _damaged_copy(demo_template, tmp_path)
    monkeypatch.setattr(DamagedDialog, "ask", classmethod(lambda cls, *a: choice))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    return path, path.read_bytes()


def test_a_damaged_file_read_first_is_let_go_unwritten_and_salvaged_after_the_paint(
    qtbot: QtBot,
    demo_template: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, before = _damaged_answered(demo_template, tmp_path, monkeypatch, damaged_dialog.SALVAGE)
    window, database, _check = _read_first(qtbot, path, settings)
    try:
        # a write before the verdict waits for it
        with pytest.raises(DamagedDatabaseError), database.transaction() as conn:
            conn.execute("DELETE FROM groups")
        with qtbot.waitSignal(window.firstPainted):
            window.show()
        assert window.database is not database and database.closed
        assert "salvaged" in window.database.path.name and window.isVisible()
        assert window.groups_tab.database is window.database
    finally:
        window.close()
        window.database.close()
    assert path.read_bytes() == before


def test_quitting_at_a_damaged_file_found_after_the_paint_ends_the_app(
    qtbot: QtBot,
    demo_template: Path,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, before = _damaged_answered(demo_template, tmp_path, monkeypatch, damaged_dialog.QUIT)
    codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: codes.append(code))
    window, database, _check = _read_first(qtbot, path, settings)
    painted: list[bool] = []
    window.firstPainted.connect(lambda: painted.append(True))
    window.show()
    window._after_first_paint()
    assert codes == [1] and database.closed and not window.isVisible()
    assert painted == [] and window.verdict is None
    assert path.read_bytes() == before


def test_two_starts_the_second_reads_before_the_verdict(
    tmp_path: Path,
    no_event_loop: list[MainWindow],  # noqa: F811 -- the fixture imported above
    qapp: Any,
) -> None:
    named = tmp_path / "club.sqlite"
    assert app_module.run_gui(named) == 0  # made, shown, closed: its fingerprint kept
    settings = make_settings()
    assert settings.value(SETTING_CLOSED) == closed_fingerprint(named) != ""
    assert app_module.run_gui(named) == 0
    second = no_event_loop[-1]
    assert second.verdict is not None  # its check was still to be awaited after the paint
    # ended before the verdict came: the check was waited for at the end, and found it sound
    assert make_settings().value(SETTING_CLOSED) == closed_fingerprint(named) != ""


def test_a_file_whose_first_screen_cannot_be_read_waits_for_its_check(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, settings: QSettings
) -> None:
    path = damaged_copy(demo_template, tmp_path)  # the roster's pages: the first screen's
    settings.setValue(SETTING_CLOSED, closed_fingerprint(path))
    window, database, check = _window_at_start(qtbot, path, settings)
    try:
        assert read_before_verdict(window, check, settings) is False  # no error escapes
        assert database.pending_check is None and check.problems()
    finally:
        database.read_only = True
        database.close()
