"""What the start does before the first paint: the file's check beside the code loading,
the tab in front; the other tabs and the daily backup after it."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

import desktop
from desktop.app import (
    StartCheck,
    after_first_paint,
    checked,
    make_settings,
    open_with_recovery,
    window_before_verdict,
)
from desktop.models.core.clock import FixedClock
from desktop.models.core.errors import DamagedDatabaseError
from desktop.models.storage import backups
from desktop.models.storage.db import Database
from desktop.views.common import labels
from desktop.views.dashboard.dashboard_tab import DashboardTab
from desktop.views.groups.groups_tab import GroupsTab
from desktop.views.members.members_tab import MembersTab
from desktop.views.shell import damaged_dialog
from desktop.views.shell.damaged_dialog import DamagedDialog
from desktop.views.shell.file_menu import DailyBackup
from desktop.views.shell.main_window import SETTING_TAB, TAB_NAMES, MainWindow
from tests.views.shell.test_lock import damaged_copy

TODAY = dt.date(2026, 11, 23)
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "databases"
CLOCK = FixedClock(TODAY)


@pytest.fixture
def settings() -> QSettings:
    return make_settings()


def _window(qtbot: QtBot, database: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(database, settings, clock=CLOCK)
    qtbot.addWidget(window)
    return window


def _sound_copy(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo file at this schema (opening it now needs no migration)."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    Database.open(path).close()
    return path


def _built(window: MainWindow) -> list[bool]:
    return [window.is_built(index) for index in range(len(TAB_NAMES))]


def test_only_the_first_tab_is_built_before_the_window_shows(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = _window(qtbot, demo_db, settings)
    assert _built(window) == [True, False, False, False, False]
    assert isinstance(window.tabs.widget(0), GroupsTab)
    # the places of the others hold bare pages of the same names and titles
    assert not isinstance(window.tabs.widget(1), MembersTab)
    assert [window.tabs.widget(i).objectName() for i in range(5)] == list(TAB_NAMES)
    assert window.tabs.tabText(1) == "Members"


def test_the_tab_last_open_is_in_front_and_built_alone(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    settings.setValue(SETTING_TAB, "membersTab")
    window = _window(qtbot, demo_db, settings)
    assert _built(window) == [False, True, False, False, False]
    assert window.tabs.currentIndex() == 1
    assert isinstance(window.tabs.currentWidget(), MembersTab)
    window.tabs.setCurrentIndex(4)  # shown: built
    assert isinstance(window.tabs.currentWidget(), DashboardTab)
    window.close()
    assert settings.value(SETTING_TAB) == "dashboardTab"


def test_an_unknown_remembered_tab_opens_the_first(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    settings.setValue(SETTING_TAB, "chatsTab")
    window = _window(qtbot, demo_db, settings)
    assert window.tabs.currentIndex() == 0 and _built(window)[0]


def test_a_tab_built_late_gets_the_database_and_scope_when_shown(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = _window(qtbot, demo_db, settings)
    window.group_filter.setCurrentIndex(2)  # before the dashboard exists
    scope = window.scope()
    assert scope.group_id == window.group_filter.itemData(2)
    assert not window.is_built(4)
    window.tabs.setCurrentIndex(4)
    dashboard = window.tabs.currentWidget()
    assert isinstance(dashboard, DashboardTab) and dashboard is window.dashboard_tab
    assert dashboard.scope == scope
    assert window.tabs.tabText(4) == "Dashboard" and window.tabs.count() == 5


def test_the_other_tabs_are_built_after_the_first_paint(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = _window(qtbot, demo_db, settings)
    with qtbot.waitSignal(window.firstPainted):
        window.show()
    qtbot.waitUntil(lambda: all(_built(window)))
    assert window.tabs.currentIndex() == 0  # built in place, the tab in front stays
    assert isinstance(window.tabs.widget(1), MembersTab)


def test_idle_work_waits_while_a_dialog_is_open_and_goes_on_after_it(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    # A dialog's worker (export everything, an import) uses the database's connection: the
    # window reading it at the same time on the GUI thread broke the worker's statement.
    window = _window(qtbot, demo_db, settings)
    painted: list[bool] = []
    window.firstPainted.connect(lambda: painted.append(True))
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    assert QApplication.activeModalWidget() is dialog
    window._after_first_paint()
    window._build_next_tab()
    assert painted == [] and _built(window) == [True, False, False, False, False]
    dialog.close()
    qtbot.waitUntil(lambda: all(_built(window)))
    assert painted == [True]


def test_the_groups_goals_are_judged_once_the_window_has_painted(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = _window(qtbot, demo_db, settings)
    tab = window.groups_tab
    assert tab.group is not None and tab.health.isVisibleTo(tab)
    start, end = window.scope().start, window.scope().end
    assert tab.health.text() == f"Checking the goals for {start:%Y-%m-%d} – {end:%Y-%m-%d}…"
    with qtbot.waitSignal(window.firstPainted):
        window.show()
    judged = tab.health.text()
    assert judged.startswith(("Goals ", "No goals in force")) and "Checking" not in judged
    tab.first_painted()  # once only: nothing waits any more
    assert tab.health.text() == judged


def test_a_groups_tab_built_after_the_first_paint_judges_the_goals_at_once(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    settings.setValue(SETTING_TAB, "membersTab")
    window = _window(qtbot, demo_db, settings)
    with qtbot.waitSignal(window.firstPainted):
        window.show()
    qtbot.waitUntil(lambda: all(_built(window)))
    window.tabs.setCurrentIndex(0)
    tab = window.groups_tab
    assert tab.group is not None and tab.health.isVisible()
    assert tab.health.text().startswith(("Goals ", "No goals in force"))


# ---- the file's check, after the first paint ---------------------------------------------


def test_check_later_waits_only_when_no_migration_is_due(
    demo_template: Path, tmp_path: Path
) -> None:
    path = damaged_copy(demo_template, tmp_path)
    with pytest.raises(DamagedDatabaseError):
        Database.open(path)
    database = Database.open(path, check_later=True)
    try:
        assert database.check_pending
    finally:
        database.read_only = True
        database.close()
    new = Database.open(tmp_path / "new.sqlite", check_later=True)  # nothing to check
    try:
        assert not new.check_pending
    finally:
        new.close()


def test_the_check_begun_before_opening_is_the_one_the_opened_file_waits_for(
    demo_template: Path, tmp_path: Path
) -> None:
    path = _sound_copy(demo_template, tmp_path)
    early = StartCheck.early(path)
    assert early is not None and early.path == path
    database = Database.open(path, check_later=True)
    try:
        assert StartCheck.of(database, early) is early
        assert early.problems() == []
        other = StartCheck.early(tmp_path / "other.sqlite")  # no such file: nothing to check
        assert other is None
        elsewhere = StartCheck(tmp_path / "elsewhere.sqlite", run=False)
        own = StartCheck.of(database, elsewhere)  # another file's check is not taken
        assert own is not elsewhere and own.path == path and own.problems() == []
    finally:
        database.close()
    new = Database.open(tmp_path / "new.sqlite", check_later=True)
    try:
        assert not StartCheck.of(new, early).problems()  # checked as it opened: none waits
    finally:
        new.close()


def test_no_check_begins_early_for_a_file_that_opening_checks_or_refuses(
    tmp_path: Path,
) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "v7.sqlite", old)  # to migrate: checked as it opens
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    assert [StartCheck.early(p) for p in (old, foreign, text, tmp_path)] == [None] * 4


def test_the_window_is_built_while_the_check_runs_and_reads_the_data_once_sound(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, settings: QSettings
) -> None:
    path = _sound_copy(demo_template, tmp_path)
    database = Database.open(path, check_later=True)
    statements: list[str] = []
    database.conn.set_trace_callback(statements.append)
    window = window_before_verdict(database, settings, CLOCK)
    assert window is not None
    qtbot.addWidget(window)
    try:
        # only the owner's words were read: no group, member or count yet
        assert statements and all("vocabulary" in sql for sql in statements)
        assert window.groups_tab.database is None and window.status_label.text() == ""
        assert window.group_filter.count() == 0
        assert checked(database, StartCheck.of(database), settings, CLOCK) is database
        window.read_database()
        assert window.groups_tab.database is database
        assert window.groups_tab.model.rowCount() > 0 and window.group_filter.count() > 1
        assert "demo.sqlite" in window.status_label.text()
    finally:
        database.conn.set_trace_callback(None)
        database.close()


def test_no_window_is_built_before_the_verdict_when_the_file_cannot_be_read(
    demo_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def malformed(_database: Database) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    def windows() -> int:
        return sum(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())

    monkeypatch.setattr(labels, "load_vocabulary", malformed)
    before = windows()
    assert window_before_verdict(demo_db, settings, CLOCK) is None
    assert windows() == before


def test_a_sound_file_is_kept_and_backed_up_and_versioned_after_the_first_paint(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, settings: QSettings
) -> None:
    path = _sound_copy(demo_template, tmp_path)
    database = open_with_recovery(path, create=False, settings=settings, check_later=True)
    assert database is not None and database.check_pending
    assert checked(database, StartCheck.of(database), settings, CLOCK) is database
    assert not database.check_pending
    window = _window(qtbot, database, settings)
    QCoreApplication.setApplicationVersion("")
    try:
        assert not list((tmp_path / "backups").glob("demo-daily-*.sqlite"))
        with qtbot.waitSignal(window.firstPainted):
            window.firstPainted.connect(lambda: after_first_paint(window))
            window.show()
        assert QCoreApplication.applicationVersion() == desktop.__version__ != ""
        (worker,) = window.findChildren(DailyBackup)  # copying beside the open window
        with qtbot.waitSignal(worker.finished, timeout=30_000):
            pass
        (made,) = (tmp_path / "backups").glob("demo-daily-*.sqlite")
        assert backups.origin_of(made, path)[0] == backups.ORIGIN_OWN  # it belongs to this file
        assert backups.verify(made) is None
        after_first_paint(window)  # started again the same day: nothing to do
        assert not [w for w in window.findChildren(DailyBackup) if w is not worker]
    finally:
        window.database.close()


def test_a_damaged_file_is_salvaged_before_it_is_read_and_never_written(
    demo_template: Path, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = damaged_copy(demo_template, tmp_path)
    before = path.read_bytes()
    database = open_with_recovery(path, create=False, settings=settings, check_later=True)
    assert database is not None  # the check is still to come
    monkeypatch.setattr(DamagedDialog, "ask", classmethod(lambda cls, *a: damaged_dialog.SALVAGE))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    recovered = checked(database, StartCheck.of(database), settings, CLOCK)
    assert recovered is not None
    try:
        assert "salvaged" in recovered.path.name and recovered.lock is not None
        assert database.lock is None  # the damaged file was let go
    finally:
        recovered.close()
    assert path.read_bytes() == before


def test_quitting_at_a_damaged_file_found_at_start(
    demo_template: Path, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = damaged_copy(demo_template, tmp_path)
    before = path.read_bytes()
    database = open_with_recovery(path, create=False, settings=settings, check_later=True)
    assert database is not None
    monkeypatch.setattr(DamagedDialog, "ask", classmethod(lambda cls, *a: damaged_dialog.QUIT))
    assert checked(database, StartCheck.of(database), settings, CLOCK) is None
    assert path.read_bytes() == before


def test_module_sources_read_at_import_are_let_go_after_a_tab_is_built(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    """PySide6 reads each imported module's source, and linecache would keep it for good."""
    import linecache

    window = _window(qtbot, demo_db, settings)
    linecache.getline(__file__, 1)  # as PySide6's check does for every new module
    assert __file__ in linecache.cache
    assert not window.is_built(4)
    window.page(4)
    assert __file__ not in linecache.cache
    linecache.getline(__file__, 1)
    window.page(4)  # already built: nothing imported, nothing to forget
    assert __file__ in linecache.cache
    window.show()
    qtbot.waitUntil(lambda: __file__ not in linecache.cache)  # and after the first paint
