"""The Dashboard tab on the demo data and on an empty database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QImage, QUndoStack
from pytestqt.qtbot import QtBot

from desktop.models.core.clock import FixedClock
from desktop.models.core.codes import Metric
from desktop.models.core.scope import Scope
from desktop.models.dashboard.nudges import Nudge, NudgeReason
from desktop.models.storage.db import Database
from desktop.views.dashboard import dashboard_charts
from desktop.views.dashboard.dashboard_nudges import (
    DETAIL_ROLE,
    KIND_ROLE,
    TITLE_ROLE,
    NudgeList,
    text_layout,
)
from desktop.views.dashboard.dashboard_panels import EVENT_ROLE, MEMBER_ROLE
from desktop.views.dashboard.dashboard_tab import DashboardTab

TODAY = dt.date(2026, 11, 23)
YEAR = (TODAY - dt.timedelta(days=364), TODAY)


def shown_tab(qtbot: QtBot, database: Database, group_id: int | None) -> DashboardTab:
    """A dashboard of the database at the demo's day, shown and drawn."""
    database.clock = FixedClock(TODAY)
    tab = DashboardTab(QUndoStack(), clock=database.clock)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.set_database(database)
    tab.set_scope(Scope(group_id, *YEAR))
    qtbot.waitUntil(tab.is_drawn)
    return tab


def test_renders_demo_for_one_group(qtbot: QtBot, demo_db: Database) -> None:
    tab = shown_tab(qtbot, demo_db, 1)
    assert tab.objectName() == "dashboardTab"
    assert tab.activity is not None and tab.activity.series is not None
    assert len(tab.activity.series.points) == 53  # Monday-based weeks of the year
    cards = tab.scorecards.cards
    (goals,) = demo_db.conn.execute(
        "SELECT count(DISTINCT metric) FROM goals WHERE group_id = 1"
    ).fetchone()
    assert len(cards) == goals
    assert {c.property("status") for c in cards} == {"in_progress"}
    assert "below band" in tab.activity.legend.text()
    # a band with a maximum: all three bar colours are in the legend, and the band
    tab.metric_box.setCurrentIndex(tab.metric_box.findData(Metric.MEMBERS_TOTAL.value))
    legend = tab.activity.legend.text()
    assert all(w in legend for w in ("below band", "in band", "above band", "goal band"))
    assert tab.level_mix.mix is not None and tab.level_mix.mix.total > 0
    assert tab.nudges.count() > 0 and tab.leaders.rowCount() > 0


def test_renders_all_groups(qtbot: QtBot, demo_db: Database) -> None:
    tab = shown_tab(qtbot, demo_db, None)
    (groups,) = demo_db.conn.execute("SELECT count(*) FROM groups WHERE archived = 0").fetchone()
    # a header row and one row per group, seven cells each
    assert len(tab.scorecards.cards) == 7 * (groups + 1)
    assert tab.activity is not None and tab.activity.series is not None
    assert not tab.activity.series.has_goal


def test_renders_empty_database(qtbot: QtBot, database: Database) -> None:
    tab = shown_tab(qtbot, database, None)
    assert tab.activity is not None and tab.activity.series is not None
    assert all(v is None for v in tab.activity.series.values)
    charts = [tab.activity, tab.growth, tab.revenue, tab.structure]
    for chart in charts:
        assert chart is not None
        assert not chart.empty.isHidden()
        assert chart.empty.text() == "No data yet — import a chat or type a day"
        assert chart.plot.getPlotItem().getViewBox().viewRange()[1] == [0.0, 1.0]
    assert not tab.activity.bars.isVisible()
    tab.metric_box.setCurrentIndex(tab.metric_box.findData(Metric.EVENTS_HELD.value))
    assert tab.activity.series.values[-1] == 0 and not tab.activity.empty.isHidden()
    assert tab.nudges.count() == 1  # "nobody to nudge"
    assert tab.leaders.rowCount() == 0


def test_switching_metric_redraws(qtbot: QtBot, demo_db: Database) -> None:
    tab = shown_tab(qtbot, demo_db, 1)
    assert tab.activity is not None
    before = tab.activity.series
    tab.metric_box.setCurrentIndex(tab.metric_box.findData(Metric.EVENTS_HELD.value))
    after = tab.activity.series
    assert after is not None and before is not None
    assert after.metric == "events_held" and after.values != before.values
    (held,) = demo_db.conn.execute(
        "SELECT count(*) FROM events WHERE group_id = 1 AND rrule IS NULL "
        "AND date(starts_at) BETWEEN ? AND ?",
        (YEAR[0].isoformat(), YEAR[1].isoformat()),
    ).fetchone()
    assert sum(after.values) >= held
    tab.period_box.setCurrentIndex(tab.period_box.findData("month"))
    assert tab.activity.series is not None and len(tab.activity.series.points) == 13


def test_save_chart_writes_png(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = shown_tab(qtbot, demo_db, 1)
    target = tmp_path / "chart.png"
    monkeypatch.setattr(
        dashboard_charts.ChartSaveDialog, "ask", classmethod(lambda cls, *a: target)
    )
    assert tab.activity is not None
    tab.activity.save_button.click()
    assert target.stat().st_size > 0
    image = QImage(str(target))
    plot = tab.activity.plot
    ratio = plot.devicePixelRatioF()
    assert (image.width(), image.height()) == (
        round(plot.width() * ratio),
        round(plot.height() * ratio),
    )


def test_nudge_click_emits_id(qtbot: QtBot, demo_db: Database) -> None:
    tab = shown_tab(qtbot, demo_db, None)
    items = [tab.nudges.item(n) for n in range(tab.nudges.count())]
    member_item = next(i for i in items if i.data(MEMBER_ROLE) is not None)
    with qtbot.waitSignal(tab.open_member) as blocker:
        tab.nudges.itemClicked.emit(member_item)
    assert blocker.args == [member_item.data(MEMBER_ROLE)]
    (exists,) = demo_db.conn.execute(
        "SELECT count(*) FROM members WHERE id = ?", (blocker.args[0],)
    ).fetchone()
    assert exists == 1
    event_item = next((i for i in items if i.data(EVENT_ROLE) is not None), None)
    if event_item is not None:
        with qtbot.waitSignal(tab.open_event) as blocker:
            tab.nudges.itemClicked.emit(event_item)
        assert blocker.args == [event_item.data(EVENT_ROLE)]


def _nudges() -> tuple[list[Nudge], dict[str, int]]:
    long_name = "欧阳" * 12  # no break opportunity a narrow list could use but "anywhere"
    lines = [
        Nudge(
            "membership_expiring",
            1,
            "读书会·每日干货",
            long_name,
            member_id=7,
            day=dt.date(2026, 11, 28),
            figure=5,
        ),
        Nudge(
            "membership_expiring",
            2,
            "VIP付费会员群",
            "何安琪",
            member_id=8,
            day=dt.date(2026, 11, 23),
            figure=0,
        ),
        Nudge(
            "signups_below_goal",
            2,
            "VIP付费会员群",
            "VIP专属答疑",
            event_id=3,
            day=dt.date(2026, 11, 25),
            figure=2,
            goal=8,
        ),
        Nudge("key_member_absent", 1, "读书会·每日干货", "张一鸣", member_id=9),
    ]
    totals = {r.value: 0 for r in NudgeReason}
    totals.update({"membership_expiring": 4, "signups_below_goal": 1, "key_member_absent": 1})
    return lines, totals


def _heights(view: NudgeList) -> list[int]:
    return [view.visualItemRect(view.item(n)).height() for n in range(view.count())]


def test_nudges_are_grouped_by_reason_and_fully_readable(qtbot: QtBot, qtmodeltester) -> None:
    view = NudgeList()
    qtbot.addWidget(view)
    view.resize(420, 600)
    view.show()
    view.show_nudges(*_nudges())
    qtmodeltester.check(view.model())
    kinds = [view.item(n).data(KIND_ROLE) for n in range(view.count())]
    texts = [view.item(n).text() for n in range(view.count())]
    assert kinds == [
        *("header", "nudge", "nudge", "more", "action"),
        *("header", "nudge", "header", "nudge"),
    ]
    assert texts[0] == "Memberships expiring (4)" and texts[3] == "… and 2 more"
    assert texts[4] == "Remind to renew…"  # the renewal reminders, ready to copy
    assert texts[5] == "Events short of sign-ups (1)"
    # the reason says what its figures are; the whole line is in the text and the tooltip
    signups = view.item(6)
    assert signups.text().startswith("VIP专属答疑 · VIP付费会员群: 2026-11-25: 2 sign-up")
    assert "goal 8" in signups.text() and "promote it" in signups.text()
    assert signups.toolTip().startswith(signups.text())
    assert "5 day" in view.item(1).text() and "never checked in" in view.item(8).text()
    for item in view.nudge_items():
        title, detail = item.data(TITLE_ROLE), item.data(DETAIL_ROLE)
        assert item.text() == f"{title}: {detail}" and item.toolTip().startswith(item.text())
    # every row is at least as tall as its bold title and its reason wrapped at the width
    qtbot.waitUntil(lambda: _heights(view)[1] > 0)

    def needed(row: int) -> float:
        item, width = view.item(row), view.itemDelegate().text_width()
        bold = QFont(view.font())
        bold.setBold(True)
        return (
            text_layout(item.data(TITLE_ROLE), bold, width)[1]
            + text_layout(item.data(DETAIL_ROLE), view.font(), width)[1]
        )

    assert all(_heights(view)[row] >= needed(row) for row in (1, 2, 6, 8))
    wide = _heights(view)
    # a narrower list wraps more: rows grow, none is cut short
    view.resize(200, 600)
    qtbot.waitUntil(lambda: _heights(view)[1] > wide[1])
    narrow = _heights(view)
    assert all(n >= w for n, w in zip(narrow, wide, strict=True))
    assert all(narrow[row] >= needed(row) for row in (1, 2, 6, 8))
    assert view.visualItemRect(view.item(1)).width() <= view.viewport().width()


def test_nudge_list_says_when_there_is_nobody(qtbot: QtBot) -> None:
    view = NudgeList()
    qtbot.addWidget(view)
    view.show_nudges([], {r.value: 0 for r in NudgeReason})
    assert view.count() == 1 and view.item(0).text() == "Nobody to nudge today."
    assert view.nudge_items() == []


def test_goal_lines_join_equal_neighbours_so_dashes_show() -> None:
    curve = dashboard_charts.step_line([0, 1, 2, 3, 4], [5, 5, None, 6, 7], "#000", dashed=True)
    xs, ys = curve.getData()
    assert list(xs) == [-0.5, 1.5, 2.5, 3.5, 3.5, 4.5]
    assert list(ys) == [5, 5, 6, 6, 7, 7]


def test_redrawing_reuses_chart_items_and_cards(qtbot: QtBot, demo_db: Database) -> None:
    tab = shown_tab(qtbot, demo_db, 1)
    charts = [c for c in (tab.activity, tab.growth, tab.revenue, tab.structure) if c]
    assert len(charts) == 4
    before = [len(c.plot.getPlotItem().getViewBox().addedItems) for c in charts]
    cards = list(tab.scorecards.cards)
    # a band with a maximum shows the band, its bars and both edges
    tab.metric_box.setCurrentIndex(tab.metric_box.findData(Metric.MEMBERS_TOTAL.value))
    activity = tab.activity
    assert activity is not None
    assert all(i.isVisible() for i in (activity.band, activity.bars, activity.lows, activity.highs))
    tab.set_scope(Scope(None, *YEAR))
    tab.finish()
    # summed over the groups: bars only, no band; a row per group in the same labels
    assert activity.bars.isVisible()
    assert not any(i.isVisible() for i in (activity.band, activity.lows, activity.highs))
    rows = list(tab.scorecards.cards)
    assert rows[: len(cards)] == cards
    assert all(c.property("status") is None for c in rows)
    tab.set_scope(Scope(1, *YEAR))
    tab.finish()
    assert [len(c.plot.getPlotItem().getViewBox().addedItems) for c in charts] == before
    structure = tab.structure
    assert structure is not None
    shown = [label.toPlainText() for label in structure.counts if label.isVisible()]
    assert shown == [f"{row.count:,}" for row in structure.rows]
    assert tab.scorecards.cards == cards
    assert all(c.property("status") == "in_progress" for c in cards)
    assert all(c.isVisibleTo(tab) for c in cards)
    assert not any(label.isVisibleTo(tab) for label in rows[len(cards) :])


def test_quick_panels_are_drawn_in_one_turn(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.views.dashboard import dashboard_tab

    tab = shown_tab(qtbot, demo_db, 1)
    monkeypatch.setattr(dashboard_tab, "STEP_BUDGET_S", 60.0)
    tab.set_scope(Scope(2, *YEAR))
    tab._step.stop()
    tab._run_next()
    assert tab.is_drawn()
    # a spent budget leaves the window room to paint after every panel
    monkeypatch.setattr(dashboard_tab, "STEP_BUDGET_S", 0.0)
    monkeypatch.setattr(dashboard_tab, "SWITCH_BUDGET_S", 0.0)
    tab.set_scope(Scope(1, *YEAR))
    tab._step.stop()
    waiting = len(tab._pending)
    tab._run_next()
    assert len(tab._pending) == waiting - 1 and tab._step.isActive()
    qtbot.waitUntil(tab.is_drawn)
    assert tab.leaders.rowCount() > 0


def test_cards_drawn_while_hidden_get_their_height(qtbot: QtBot, demo_db: Database) -> None:
    from PySide6.QtWidgets import QLabel, QTabWidget

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.resize(1280, 720)
    tabs.addTab(QLabel("other"), "other")
    demo_db.clock = FixedClock(TODAY)
    tab = DashboardTab(QUndoStack(), tabs, clock=demo_db.clock)
    tabs.addTab(tab, "dashboard")
    tabs.show()
    tab.set_database(demo_db)
    tab.set_scope(Scope(None, *YEAR))
    tabs.setCurrentWidget(tab)
    tab.finish()
    qtbot.waitUntil(lambda: tab.scorecards.cards[0].height() > 1)
    (groups,) = demo_db.conn.execute("SELECT count(*) FROM groups WHERE archived = 0").fetchone()
    line = tab.scorecards.cards[0].sizeHint().height()
    # a header and a row per group, each as tall as its text
    assert tab.scorecards.height() >= (groups + 1) * line
    assert all(c.height() >= c.sizeHint().height() for c in tab.scorecards.cards)


def test_a_quick_switch_draws_every_panel_before_the_window_paints(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.views.dashboard import dashboard_tab

    tab = shown_tab(qtbot, demo_db, 1)
    monkeypatch.setattr(dashboard_tab, "SWITCH_BUDGET_S", 60.0)
    tab.set_scope(Scope(2, *YEAR))
    assert tab.is_drawn() and not tab._step.isActive()  # nothing left for later turns
    assert tab.scorecards.cards and tab.leaders.rowCount() > 0
    # a slow switch paints the main chart first and draws the rest in later turns
    monkeypatch.setattr(dashboard_tab, "SWITCH_BUDGET_S", 0.0)
    tab.set_scope(Scope(3, *YEAR))
    assert not tab.is_drawn() and tab._step.isActive()
    qtbot.waitUntil(tab.is_drawn)
    # hidden, the tab draws nothing until it is shown
    tab.hide()
    tab.set_scope(Scope(1, *YEAR))
    assert not tab.is_drawn()
    tab.show()
    qtbot.waitUntil(tab.is_drawn)
