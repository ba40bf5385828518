"""One undo stack for every tab: named deletes go to the trash; undo takes them back out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.storage import trash
from desktop.models.storage.db import Database
from desktop.views.calendar.attendance_dialog import AttendanceDialog
from desktop.views.common.commands import runner_for
from desktop.views.common.undo import Change
from desktop.views.groups.activity_grid import ActivityModel
from desktop.views.shell.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def window(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    win = MainWindow(demo_db, make_settings(), clock=FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def count(db: Database, table: str) -> int:
    return int(db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_deletes_on_three_tabs_undo_in_order_and_leave_the_trash(
    window: MainWindow, demo_db: Database
) -> None:
    stack = window.undo_stack
    counts = demo_db.counts()
    # Members: delete three
    window.tabs.setCurrentWidget(window.members_tab)
    ids = [int(r[0]) for r in demo_db.conn.execute("SELECT id FROM members LIMIT 3")]
    window.members_tab.select_ids(ids)
    action = window.members_tab.findChild(QAction, "memberDelete")
    assert action is not None
    action.trigger()
    assert window.action_undo.text() == "&Undo Delete 3 members"
    # Revenue: delete the selected entry
    window.tabs.setCurrentWidget(window.revenue_tab)
    window.revenue_tab.table.selectRow(0)
    entry = window.revenue_tab.selected_entry()
    assert entry is not None and window.revenue_tab.delete_selected()
    assert window.action_undo.text() == "&Undo Delete entry"
    # Calendar: delete a one-off event
    window.tabs.setCurrentWidget(window.calendar_tab)
    tab = window.calendar_tab
    occ = next(o for o in tab.visible if o.series_id is None)
    tab.select(occ)
    tab.current = occ
    tab.delete_button.click()
    assert window.action_undo.text() == f"&Undo Delete “{occ.title}”"
    assert stack.count() == 3 and count(demo_db, "trash") == 3
    kinds = sorted(i.kind for i in trash.list_trash(demo_db))
    assert kinds == ["event", "member", "revenue"]

    # Undo from whichever tab is showing: last first, each takes its row out of the trash
    window.tabs.setCurrentWidget(window.groups_tab)
    window.action_undo.trigger()
    assert count(demo_db, "trash") == 2 and count(demo_db, "events") == counts["events"]
    assert window.action_redo.text() == f"&Redo Delete “{occ.title}”"
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert demo_db.counts() == counts and count(demo_db, "trash") == 0
    assert not window.action_undo.isEnabled()

    # Redo deletes into the trash again
    for _ in range(3):
        window.action_redo.trigger()
    assert count(demo_db, "trash") == 3 and count(demo_db, "members") == counts["members"] - 3


def test_undo_after_restoring_from_trash_is_refused_not_doubled(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[Any] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a))
    window.tabs.setCurrentWidget(window.members_tab)
    ids = [int(r[0]) for r in demo_db.conn.execute("SELECT id FROM members LIMIT 2")]
    window.members_tab.select_ids(ids)
    action = window.members_tab.findChild(QAction, "memberDelete")
    assert action is not None
    action.trigger()
    members_before = count(demo_db, "members")
    [item] = trash.list_trash(demo_db)
    trash.restore_from_trash(demo_db, item.id)
    assert count(demo_db, "members") == members_before + 2

    window.action_undo.trigger()

    assert count(demo_db, "members") == members_before + 2  # not restored twice
    assert warnings and "no longer in the trash" in str(warnings[0])
    assert window.undo_stack.count() == 0  # the stale step was dropped


def test_a_bulk_member_delete_is_backed_up_first_and_a_small_one_is_not(
    window: MainWindow, demo_db: Database
) -> None:
    from desktop.models.storage.backups import list_backups
    from desktop.views.members.member_commands import BULK_DELETE_BACKUP

    def before_delete() -> int:
        return sum(b.reason == "before-delete" for b in list_backups(demo_db.path))

    window.tabs.setCurrentWidget(window.members_tab)
    action = window.members_tab.findChild(QAction, "memberDelete")
    assert action is not None
    rows = demo_db.conn.execute("SELECT id FROM members ORDER BY id").fetchall()
    ids = [int(r[0]) for r in rows]
    window.members_tab.select_ids(ids[:2])
    action.trigger()
    assert before_delete() == 0
    bulk = ids[2 : 2 + BULK_DELETE_BACKUP]
    window.members_tab.select_ids(bulk)
    action.trigger()
    assert before_delete() == 1
    (backup,) = [b for b in list_backups(demo_db.path) if b.reason == "before-delete"]
    copy = Database.open(backup.path, read_only=True)
    try:  # the copy still holds the members deleted after it was taken
        marks = ",".join("?" * len(bulk))
        found = copy.conn.execute(f"SELECT count(*) FROM members WHERE id IN ({marks})", bulk)
        assert found.fetchone()[0] == len(bulk)
    finally:
        copy.close()
    assert count(demo_db, "members") == len(ids) - 2 - len(bulk)


def test_a_member_delete_names_its_members_and_a_subscribed_tab_refreshes(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[Change] = []
    runner_for(window.undo_stack).changed.connect(heard.append)
    reloads: list[str] = []
    monkeypatch.setattr(window.groups_tab, "reload", lambda *a, **k: reloads.append("groups"))
    window.tabs.setCurrentWidget(window.members_tab)
    ids = [int(r[0]) for r in demo_db.conn.execute("SELECT id FROM members LIMIT 2")]
    window.members_tab.select_ids(ids)
    action = window.members_tab.findChild(QAction, "memberDelete")
    assert action is not None
    action.trigger()
    [deleted] = heard
    assert "members" in deleted.tables and deleted.ids["members"] == frozenset(ids)
    assert deleted.source is window.members_tab and not deleted.undone
    assert reloads == []  # hidden: it re-reads when shown, once
    window.tabs.setCurrentWidget(window.groups_tab)
    assert reloads == ["groups"]
    window.undo_stack.undo()  # shown now: the undo refreshes it at once
    assert heard[-1].undone and heard[-1].ids["members"] == frozenset(ids)
    assert reloads == ["groups", "groups"]
    window.tabs.setCurrentWidget(window.calendar_tab)
    window.undo_stack.redo()
    assert not heard[-1].undone and len(heard) == 3


# ---- calendar, revenue and activity edits reach the other tabs through the change signal ----


def watch(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, *pages: QWidget
) -> tuple[list[Change], list[str]]:
    """Hear the changes and count the reloads of `pages`, each shown once before (up to date)."""
    heard: list[Change] = []
    runner_for(window.undo_stack).changed.connect(heard.append)
    reloads: list[str] = []
    for page in pages:
        window.tabs.setCurrentWidget(page)  # it has its database and scope now
        name = page.objectName()
        monkeypatch.setattr(page, "reload", lambda *_a, _n=name, **_k: reloads.append(_n))
    return heard, reloads


def heard_as(heard: list[Change]) -> list[tuple[frozenset[str], dict[str, Any], bool, object]]:
    return [(c.tables, dict(c.ids), c.undone, c.source) for c in heard]


def check_dashboard_refreshes_once(
    window: MainWindow, edited_on: QWidget, reloads: list[str]
) -> None:
    """After an edit made on `edited_on`: hidden, the dashboard re-reads when shown, once."""
    assert reloads == []
    window.tabs.setCurrentWidget(window.dashboard_tab)
    assert reloads == ["dashboardTab"]
    window.tabs.setCurrentWidget(edited_on)
    window.tabs.setCurrentWidget(window.dashboard_tab)
    assert reloads == ["dashboardTab"]  # once
    window.undo_stack.undo()  # shown now: it re-reads at once
    assert reloads == ["dashboardTab"] * 2
    window.tabs.setCurrentWidget(edited_on)
    window.undo_stack.redo()
    assert reloads == ["dashboardTab"] * 2
    window.tabs.setCurrentWidget(window.dashboard_tab)
    assert reloads == ["dashboardTab"] * 3


def test_a_calendar_edit_names_its_events_and_the_dashboard_refreshes_once(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.calendar_tab
    heard, reloads = watch(window, monkeypatch, window.dashboard_tab, window.members_tab)
    window.tabs.setCurrentWidget(tab)
    occ = next(o for o in tab.visible if o.series_id is None)
    tab.move_occurrence(occ, occ.start.date() + dt.timedelta(days=1))
    check_dashboard_refreshes_once(window, tab, reloads)
    tables = frozenset({"events", "event_exdates", "attendance"})
    ids = {"events": frozenset({occ.event_id})}
    assert heard_as(heard) == [
        (tables, ids, False, tab),
        (tables, ids, True, tab),
        (tables, ids, False, tab),
    ]
    window.tabs.setCurrentWidget(window.members_tab)  # it shows no events: not re-read
    assert "membersTab" not in reloads


def test_a_calendar_check_in_and_delete_name_what_they_write(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.calendar_tab
    heard, reloads = watch(window, monkeypatch, window.dashboard_tab)
    window.tabs.setCurrentWidget(tab)
    occ = next(o for o in tab.visible if o.series_id is None)
    tab.select(occ)
    monkeypatch.setattr(AttendanceDialog, "ask", lambda *_a: ({}, {}))
    tab.checkin_button.click()
    tab.select(occ)
    tab.delete_button.click()
    event = {"events": frozenset({occ.event_id})}
    assert heard_as(heard) == [
        (frozenset({"attendance"}), event, False, tab),
        (frozenset({"events", "event_exdates", "attendance", "revenue"}), event, False, tab),
    ]
    window.tabs.setCurrentWidget(window.dashboard_tab)
    assert reloads == ["dashboardTab"]


def test_a_ledger_edit_names_its_entry_and_the_dashboard_refreshes_once(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.revenue_tab
    heard, reloads = watch(window, monkeypatch, window.dashboard_tab)
    window.tabs.setCurrentWidget(tab)
    renewal = demo_db.conn.execute(
        "SELECT id FROM revenue WHERE renewal_membership_id IS NOT NULL ORDER BY day DESC LIMIT 1"
    ).fetchone()[0]
    tab.reload(select=renewal)
    entry = tab.selected_entry()
    assert entry is not None and entry.id == renewal and entry.is_renewal
    assert tab.delete_selected()
    check_dashboard_refreshes_once(window, tab, reloads)
    tables = frozenset({"revenue", "memberships"})  # the renewal is reversed, and back
    assert [(c.tables, c.undone, c.source) for c in heard] == [
        (tables, False, tab),
        (tables, True, tab),
        (tables, False, tab),
    ]
    back = heard[1].ids["revenue"]  # undo puts the entry back, by its id then
    assert heard[0].ids == {"revenue": frozenset({renewal})} and heard[2].ids["revenue"] == back


def test_a_plain_ledger_entry_names_the_ledger_only(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.revenue_tab
    heard, _reloads = watch(window, monkeypatch)
    window.tabs.setCurrentWidget(tab)
    tab.entry.amount.setText("12.50")
    tab.entry.category.setCurrentIndex(tab.entry.category.findData("ticket"))
    assert tab.save()
    [added] = heard
    assert added.tables == frozenset({"revenue"}) and added.source is tab
    assert list(added.ids) == ["revenue"] and len(added.ids["revenue"]) == 1


def test_an_activity_edit_names_its_group_and_the_dashboard_refreshes_once(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard, reloads = watch(window, monkeypatch, window.dashboard_tab)
    tab = window.calendar_tab
    window.tabs.setCurrentWidget(tab)
    log = tab.open_activity_log()
    assert log is not None
    group = log.group_id()
    assert group is not None
    index = log.model.index(0, ActivityModel.MESSAGES)
    assert log.model.setData(index, 4321)
    check_dashboard_refreshes_once(window, tab, reloads)
    tables, ids = frozenset({"activity_daily"}), {"groups": frozenset({group})}
    assert heard_as(heard) == [
        (tables, ids, False, log),
        (tables, ids, True, log),
        (tables, ids, False, log),
    ]
    log.close()


def test_a_member_delete_reaches_the_ledger_and_calendar_once_each(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries and events show members by name: both re-read, when shown, once."""
    _heard, reloads = watch(window, monkeypatch, window.revenue_tab, window.calendar_tab)
    window.tabs.setCurrentWidget(window.members_tab)
    first = int(demo_db.conn.execute("SELECT min(id) FROM members").fetchone()[0])
    window.members_tab.select_ids([first])
    action = window.members_tab.findChild(QAction, "memberDelete")
    assert action is not None
    action.trigger()
    assert reloads == []  # hidden tabs wait until shown
    window.tabs.setCurrentWidget(window.revenue_tab)
    window.tabs.setCurrentWidget(window.calendar_tab)
    window.tabs.setCurrentWidget(window.revenue_tab)
    assert reloads == ["revenueTab", "calendarTab"]  # once each


def test_a_renewal_reaches_the_roster_and_a_plain_entry_does_not(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The roster shows paid-until: reversing a renewal re-reads it; a ticket sale does not."""
    _heard, reloads = watch(window, monkeypatch, window.members_tab)
    tab = window.revenue_tab
    window.tabs.setCurrentWidget(tab)
    tab.entry.amount.setText("12.50")
    tab.entry.category.setCurrentIndex(tab.entry.category.findData("ticket"))
    assert tab.save()
    window.tabs.setCurrentWidget(window.members_tab)
    assert reloads == []
    window.tabs.setCurrentWidget(tab)
    renewal = demo_db.conn.execute(
        "SELECT id FROM revenue WHERE renewal_membership_id IS NOT NULL ORDER BY day DESC LIMIT 1"
    ).fetchone()[0]
    tab.reload(select=renewal)
    assert tab.delete_selected()
    window.tabs.setCurrentWidget(window.members_tab)
    assert reloads == ["membersTab"]
