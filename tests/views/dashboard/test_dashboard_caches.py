"""What the Dashboard tab keeps between switches, and when it reads afresh."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.dashboard import dashboard, nudges
from desktop.models.storage.db import Database
from desktop.views.dashboard.dashboard_tab import DashboardTab

TODAY = dt.date(2026, 11, 23)


def _scope(group_id: int | None, days_back: int) -> Scope:
    end = TODAY - dt.timedelta(days=days_back)
    return Scope(group_id, end - dt.timedelta(days=364), end)


def _shown_tab(qtbot: QtBot, database: Database) -> DashboardTab:
    database.clock = FixedClock(TODAY)
    tab = DashboardTab(QUndoStack(), clock=database.clock)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.set_database(database)
    return tab


def test_nudges_are_read_once_per_group_and_day(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int | None, dt.date]] = []
    real = nudges.nudges

    def counted(db: Database, group_id: int | None, today: dt.date, *args: Any) -> Any:
        calls.append((group_id, today))
        return real(db, group_id, today, *args)

    monkeypatch.setattr(nudges, "nudges", counted)
    tab = _shown_tab(qtbot, demo_db)
    for scope in (_scope(1, 0), _scope(1, 1), _scope(1, 30), _scope(2, 0), _scope(1, 2)):
        tab.set_scope(scope)
        tab.finish()
    # the list is today's: a new range of the same group shows it without reading again
    assert calls == [(1, TODAY), (2, TODAY)]
    expected = real(demo_db, 1, TODAY)
    assert tab.nudges.count() > 0
    assert sum(expected.totals.values()) > 0
    tab.reload()  # the data changed elsewhere: read afresh
    tab.finish()
    assert calls[-1] == (1, TODAY) and len(calls) == 3


def test_leaders_share_the_charts_occurrences(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.models.dashboard import facts as dashboard_facts

    expansions: list[Scope] = []
    real = dashboard_facts.occurrences

    def counted(db: Database, start: dt.date, end: dt.date, group_id: int | None = None) -> Any:
        expansions.append(Scope(group_id, start, end))
        return real(db, start, end, group_id)

    monkeypatch.setattr(dashboard_facts, "occurrences", counted)
    monkeypatch.setattr(dashboard, "occurrences", counted)
    tab = _shown_tab(qtbot, demo_db)
    tab.set_scope(_scope(1, 0))
    tab.finish()
    assert expansions == [_scope(1, 0)]  # events held and hosts' counts: one expansion
    assert tab.leaders.rowCount() > 0
    hosted = sum(r.hosted for r in dashboard.leader_activity(demo_db, _scope(1, 0)))
    assert hosted > 0
