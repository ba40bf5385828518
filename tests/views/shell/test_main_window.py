"""The main window shell: tabs, toolbar scope, menus, database switching, settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import choose_db_path, make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.db import BACKUP_DIR_NAME, Database
from desktop.views.shell.database_files import DatabaseFileDialog
from desktop.views.shell.main_window import SETTING_LAST_DB, MainWindow

TODAY = dt.date(2026, 11, 23)
TAB_NAMES = ["groupsTab", "membersTab", "calendarTab", "revenueTab", "dashboardTab"]
TAB_TITLES = ["Groups", "Members", "Calendar", "Revenue", "Dashboard"]


@pytest.fixture
def settings() -> QSettings:
    return make_settings()


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, settings: QSettings) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, settings, clock=FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every QMessageBox.critical shown, as (title, text); none is really shown."""
    shown: list[tuple[str, str]] = []

    def critical(_parent: object, title: str, text: str, *_args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def test_five_tabs_with_contract_names(window: MainWindow) -> None:
    tabs = window.findChild(QTabWidget, "tabs")
    assert tabs is window.tabs
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == TAB_NAMES
    assert [tabs.tabText(i) for i in range(tabs.count())] == TAB_TITLES


def test_group_filter_lists_all_groups_then_each_demo_group(
    window: MainWindow, demo_db: Database
) -> None:
    combo = window.findChild(QComboBox, "groupFilter")
    assert combo is not None
    names = [combo.itemText(i) for i in range(combo.count())]
    refs = list_group_refs(demo_db)
    assert len(refs) >= 3
    assert names == ["All groups", *[r.name for r in refs]]
    assert [combo.itemData(i) for i in range(1, combo.count())] == [r.id for r in refs]


def test_actions_exist_with_contract_names(window: MainWindow) -> None:
    names = [
        "actionNew",
        "actionOpen",
        "actionImport",
        "actionExport",
        "actionBackup",
        "actionRestore",
        "actionUndo",
        "actionRedo",
    ]
    actions = {n: window.findChild(QAction, n) for n in names}
    assert all(actions.values()), [n for n, a in actions.items() if a is None]
    menu_actions = {a.objectName() for m in window.menuBar().actions() for a in m.menu().actions()}
    assert set(names) <= menu_actions
    # Nothing to undo yet, and screens not built yet are visibly unavailable.
    assert not actions["actionUndo"].isEnabled()
    assert not actions["actionRedo"].isEnabled()
    assert actions["actionNew"].isEnabled() and actions["actionOpen"].isEnabled()


def test_scope_follows_group_and_dates(window: MainWindow, qtbot: QtBot) -> None:
    combo = window.group_filter
    with qtbot.waitSignal(window.scopeChanged) as blocker:
        combo.setCurrentIndex(2)
    scope = blocker.args[0]
    assert scope.group_id == combo.itemData(2)
    # Hidden tabs are brought up to date when they are shown, not before.
    dashboard = window.dashboard_tab
    assert dashboard.scope != scope
    window.tabs.setCurrentWidget(dashboard)
    assert dashboard.scope == scope

    with qtbot.waitSignal(window.scopeChanged) as blocker:
        window.date_range.set_preset("this_month")
    assert (blocker.args[0].start, blocker.args[0].end) == (
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 30),
    )
    assert window.date_range.date_from.date().toString("yyyy-MM-dd") == "2026-11-01"


def test_date_range_keeps_start_before_end(window: MainWindow, qtbot: QtBot) -> None:
    picker = window.date_range
    picker.set_range(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    with qtbot.waitSignal(picker.rangeChanged):
        picker.date_from.setDate(picker.date_to.date().addDays(10))
    start, end = picker.range()
    assert start == end == dt.date(2026, 4, 10)
    assert picker.preset_key() == "custom"


def test_open_bad_file_explains_and_keeps_current_database(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[tuple[str, str]],
) -> None:
    bad = tmp_path / "roster.xlsx.sqlite"
    bad.write_bytes(b"PK\x03\x04 not a database")
    before = bad.read_bytes()
    current = window.database
    monkeypatch.setattr(DatabaseFileDialog, "ask_open", classmethod(lambda cls, *a: bad))
    window.action_open.trigger()
    assert len(errors) == 1
    assert "not a QunDesk database" in errors[0][1]
    assert "not changed" in errors[0][1]
    assert window.database is current
    assert window.database.conn.execute("SELECT count(*) FROM groups").fetchone()[0] > 0
    assert bad.read_bytes() == before


def test_new_database_switches_window_and_is_remembered(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: QSettings,
    errors: list[tuple[str, str]],
) -> None:
    target = tmp_path / "second.sqlite"
    monkeypatch.setattr(DatabaseFileDialog, "ask_new", classmethod(lambda cls, *a: target))
    window.action_new.trigger()
    assert errors == []
    assert window.database.path == target
    assert window.group_filter.count() == 1  # only "All groups"
    assert "second.sqlite" in window.windowTitle()
    assert "0 groups" in window.status_label.text()
    assert settings.value(SETTING_LAST_DB) == str(target)
    assert choose_db_path(None, settings) == target


def test_new_database_refuses_to_overwrite(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[tuple[str, str]],
) -> None:
    existing = tmp_path / "precious.sqlite"
    existing.write_bytes(b"owner's other data")
    monkeypatch.setattr(DatabaseFileDialog, "ask_new", classmethod(lambda cls, *a: existing))
    window.action_new.trigger()
    assert len(errors) == 1 and "already exists" in errors[0][1]
    assert existing.read_bytes() == b"owner's other data"
    assert window.database.path != existing


def test_backup_now_writes_a_consistent_copy(window: MainWindow) -> None:
    window.action_backup.trigger()
    backups = list((window.database.path.parent / BACKUP_DIR_NAME).glob("*.sqlite"))
    assert len(backups) == 1
    copy = Database.open(backups[0], create=False)
    try:
        assert copy.counts() == window.database.counts()
    finally:
        copy.close()
    assert "Backup saved" in window.statusBar().currentMessage()


def test_geometry_and_date_preset_are_remembered(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    first = MainWindow(demo_db, settings, clock=FixedClock(TODAY))
    qtbot.addWidget(first)
    first.resize(760, 540)  # within the 800×600 offscreen screen so nothing clamps it
    first.date_range.set_preset("this_quarter")
    first.show()
    qtbot.waitExposed(first)
    saved = (first.width(), first.height())
    first.close()

    second = MainWindow(demo_db, make_settings(), clock=FixedClock(TODAY))
    qtbot.addWidget(second)
    assert second.date_range.preset_key() == "this_quarter"
    # The offscreen screen may clamp the size; what was there at close must come back.
    assert (second.width(), second.height()) == saved != (1200, 780)


def test_status_bar_names_file_and_counts(window: MainWindow, demo_db: Database) -> None:
    members = demo_db.counts()["members"]
    assert demo_db.path.name in window.status_label.text()
    assert f"{members:,} members" in window.status_label.text()


def test_start_up_on_a_bad_file_explains_and_quits_untouched(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import open_with_recovery

    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"\x00" * 512)
    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert open_with_recovery(bad, create=True) is None
    assert len(shown) == 1 and "not changed" in shown[0]
    assert bad.read_bytes() == b"\x00" * 512


def test_start_up_on_a_bad_file_can_open_another(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import open_with_recovery

    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage")
    good = tmp_path / "good.sqlite"
    Database.open(good).close()
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: QMessageBox.StandardButton.Open)
    monkeypatch.setattr(DatabaseFileDialog, "ask_open", classmethod(lambda cls, *a: good))
    opened = open_with_recovery(bad, create=True)
    assert opened is not None
    try:
        assert opened.path == good
    finally:
        opened.close()


def test_import_action_refreshes_groups_and_counts(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.models.exchange.member_import import apply_import, plan_import, read_sheet
    from desktop.views.exchange.import_dialog import ImportDialog

    sheet_path = Path(__file__).parents[2] / "fixtures" / "sheets" / "title_rows.xlsx"

    def fake_ask(_cls: object, _parent: object, database: Database, **_kw: object) -> object:
        plan = plan_import(database, read_sheet(sheet_path), today=TODAY)
        return apply_import(database, plan, valid_only=True, create_groups=True)

    monkeypatch.setattr(ImportDialog, "ask", classmethod(fake_ask))
    groups_before = window.group_filter.count()
    members_before = window.database.counts()["members"]
    assert window.action_import.isEnabled()
    window.action_import.trigger()
    imported = window.database.counts()["members"] - members_before
    assert imported > 0
    assert window.group_filter.count() > groups_before  # the file's new groups are listed
    assert f"{members_before + imported:,} members" in window.status_label.text()
    assert f"Imported {imported:,} members" in window.statusBar().currentMessage()


def test_a_members_change_refreshes_group_counts_when_shown(
    window: MainWindow, demo_db: Database
) -> None:
    from desktop.models.members.members import leave_group
    from desktop.views.common.commands import runner_for
    from desktop.views.common.undo import Change

    group_id = window.group_filter.itemData(1)
    member_id = demo_db.conn.execute(
        "SELECT member_id FROM memberships WHERE group_id = ? AND left_on IS NULL "
        "AND member_id NOT IN (SELECT ms.member_id FROM memberships ms JOIN role_history r "
        "ON r.membership_id = ms.id AND r.until IS NULL "
        "WHERE ms.group_id = ? AND r.role IN ('owner', 'founder')) LIMIT 1",
        (group_id, group_id),
    ).fetchone()[0]
    before = {s.id: s.member_count for s in window.groups_tab.model.rows()}
    window.tabs.setCurrentWidget(window.members_tab)
    leave_group(demo_db, member_id, group_id, on=TODAY)
    change = Change(frozenset({"memberships"}), source=window.members_tab)
    runner_for(window.undo_stack).announce(change)
    assert {s.id: s.member_count for s in window.groups_tab.model.rows()} == before
    window.tabs.setCurrentWidget(window.groups_tab)
    after = {s.id: s.member_count for s in window.groups_tab.model.rows()}
    assert after[group_id] == before[group_id] - 1


def test_help_shows_the_log_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    help_menu = window.menuBar().findChild(QWidget, "menuHelp")
    assert window.action_show_logs in help_menu.actions()
    window.action_show_logs.trigger()
    assert [url.toLocalFile() for url in opened] == [str(data_dir / "logs")]
    assert (data_dir / "logs").is_dir()


def test_the_log_folders_place_is_told_when_nothing_can_show_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    from PySide6.QtGui import QDesktopServices

    told: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    window.action_show_logs.trigger()
    assert told == [f"The log is in {data_dir / 'logs'}"]
