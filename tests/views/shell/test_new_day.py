"""A window left open past midnight dates what happens next with the new day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.groups import rules
from desktop.models.storage.db import Database
from desktop.views.common.date_range import from_qdate
from desktop.views.shell.main_window import DAY_CHECK_MS, MainWindow

LAST_EVENING = dt.datetime(2026, 11, 30, 23, 59, 30)
NEW_DAY = dt.date(2026, 12, 1)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(LAST_EVENING)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, clock: FixedClock) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, make_settings(), clock=clock)
    qtbot.addWidget(win)
    win.show()
    win.date_range.set_preset("last_30_days")
    yield win
    win.close()


def test_the_window_gives_every_database_it_holds_the_session_clock(
    window: MainWindow, clock: FixedClock, demo_db: Database
) -> None:
    assert window.clock is clock and demo_db.clock is clock
    assert window.date_range.clock is clock
    assert window.groups_tab.today() == window.revenue_tab.today() == LAST_EVENING.date()


def test_before_midnight_nothing_moves_after_it_the_range_and_tabs_follow(
    window: MainWindow, clock: FixedClock, qtbot: QtBot
) -> None:
    assert window.date_range.range() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    clock.advance(dt.timedelta(seconds=29))  # 23:59:59, still the same day
    assert window.check_day() is False
    assert window.date_range.range() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))

    clock.advance(dt.timedelta(seconds=1))  # 00:00:00 on the 1st of December
    with qtbot.waitSignal(window.scopeChanged) as changed:
        assert window.check_day() is True
    assert (changed.args[0].start, changed.args[0].end) == (dt.date(2026, 11, 2), NEW_DAY)
    assert window.date_range.range() == (dt.date(2026, 11, 2), NEW_DAY)
    assert window.check_day() is False  # once per day
    for tab in (window.groups_tab, window.members_tab, window.calendar_tab):
        assert tab.today() == NEW_DAY
    window.tabs.setCurrentWidget(window.revenue_tab)
    assert from_qdate(window.revenue_tab.entry.date.date()) == NEW_DAY  # a new entry's day


def test_with_a_dialog_open_the_new_day_waits_for_the_next_tick_after_it(
    window: MainWindow, clock: FixedClock
) -> None:
    clock.advance(dt.timedelta(seconds=30))  # midnight while an import runs in its dialog
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    assert window.check_day() is False
    assert window.date_range.range() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    dialog.close()
    assert window.check_day() is True
    assert window.date_range.range() == (dt.date(2026, 11, 2), NEW_DAY)


def test_a_custom_range_stays_as_the_owner_chose_it(window: MainWindow, clock: FixedClock) -> None:
    window.date_range.set_range(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    clock.advance(dt.timedelta(minutes=1))
    assert window.check_day() is True
    assert window.date_range.range() == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))


def test_the_day_is_checked_every_minute(window: MainWindow, clock: FixedClock) -> None:
    assert window.day_timer.isActive() and window.day_timer.interval() == DAY_CHECK_MS <= 60_000
    clock.advance(dt.timedelta(minutes=1))
    window.day_timer.timeout.emit()
    assert window.date_range.range()[1] == NEW_DAY


def test_a_rule_added_after_midnight_is_dated_with_the_new_day(
    window: MainWindow, clock: FixedClock, demo_db: Database
) -> None:
    group_id = int(demo_db.conn.execute("SELECT min(id) FROM groups").fetchone()[0])
    clock.advance(dt.timedelta(minutes=1))
    rule_id = rules.add_rule(demo_db, group_id, "午夜后加的群规", today=window.groups_tab.today())
    rules.move_rule(demo_db, rule_id, 1)
    history = [c for c in rules.rule_history(demo_db, group_id) if c.rule_id == rule_id]
    assert [c.action for c in history] == ["moved", "added"]
    assert {c.changed_at for c in history} == {dt.datetime(2026, 12, 1, 0, 0, 30)}
