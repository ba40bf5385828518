"""The dashboard follows the method: per-group targets, ring checks, thresholds, promotions."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.core.codes import Role, Structure
from desktop.models.core.scope import Scope
from desktop.models.dashboard import level_mix
from desktop.models.members.members import current_roles
from desktop.models.storage.db import Database
from desktop.views.dashboard.dashboard_tab import DashboardTab
from tests.models.dashboard.test_method_checks import World
from tests.views.dashboard.test_dashboard_tab import YEAR, shown_tab


def _tab(qtbot: QtBot, database: Database, group_id: int | None) -> DashboardTab:
    tab = shown_tab(qtbot, database, group_id)
    tab.finish()
    return tab


def _open(database: Database, gid: int) -> bool:
    (n,) = database.conn.execute(
        "SELECT count(*) FROM memberships WHERE group_id = ? AND left_on IS NULL", (gid,)
    ).fetchone()
    return int(n)


def test_targets_are_per_group_and_follow_the_structure(qtbot: QtBot, database: Database) -> None:
    w = World(database)
    pyramid = w.group("读书会")
    ring = w.group("私董会", structure=Structure.RING.value)
    for n in range(4):
        w.member(ring, f"领袖{n}", role=Role.LEADER)
    for n in range(6):
        w.member(ring, f"成员{n}")
    tab = _tab(qtbot, database, ring)
    assert (tab.target_leaders.value(), tab.target_active.value()) == (10, 30)
    mix = tab.level_mix.mix
    assert mix is not None and mix.structure == "ring"
    # 4 leaders of 10 and nobody active: a pyramid would be top-heavy, a ring is not
    assert mix.flags == ("no_active_middle",)
    assert "Top-heavy" not in "; ".join(tab.level_mix.flag_texts())
    tab.target_leaders.setValue(20)
    assert level_mix.level_mix_targets(database, ring) == (2000, 3000)
    assert level_mix.level_mix_targets(database, pyramid) == (100, 1000)
    tab.set_scope(Scope(pyramid, *YEAR))
    tab.finish()
    assert (tab.target_leaders.value(), tab.target_active.value()) == (1, 10)
    # all groups: the targets are per group, not editable there
    tab.set_scope(Scope(None, *YEAR))
    tab.finish()
    assert not tab.target_leaders.isEnabled() and not tab.target_active.isEnabled()
    again = _tab(qtbot, database, ring)
    assert (again.target_leaders.value(), again.target_active.value()) == (20, 30)


def test_mark_left_from_the_threshold_list_and_undo(qtbot: QtBot, database: Database) -> None:
    w = World(database)
    gid = w.group("打卡群", thresholds={"activity": "每月至少打卡4次"})
    keen = w.member(gid, "勤快")
    for day in ("2026-11-01", "2026-11-08", "2026-11-15", "2026-11-22"):
        w.attend(gid, keen, day)
    w.member(gid, "偷懒")
    w.group("看不懂", thresholds={"activity": "保持活跃"})
    tab = _tab(qtbot, database, None)
    listing = tab.thresholds
    assert listing.rowCount() == 0  # read only when its tab is shown
    tab.lists.setCurrentWidget(listing)
    texts = [listing.item(r, 0).text() for r in range(listing.rowCount())]
    assert any(t.startswith("Not meeting the activity threshold · 打卡群 (1)") for t in texts)
    assert any(t.startswith("Not checked · 看不懂") for t in texts)
    assert len(listing.buttons) == 1
    (lazy,) = [r for r in range(listing.rowCount()) if listing.item(r, 0).text() == "偷懒"]
    # a span inside this year is shown without its year (here the C locale's month-day)
    assert listing.item(lazy, 1).text() == "0 of 4 from 10-25 to 11-23"
    assert _open(database, gid) == 2
    listing.buttons[0].click()
    assert _open(database, gid) == 1
    assert tab.undo_stack.count() == 1
    tab.undo_stack.undo()
    assert _open(database, gid) == 2
    tab.undo_stack.redo()
    assert _open(database, gid) == 1


def test_promote_from_the_dashboard_and_undo(qtbot: QtBot, database: Database) -> None:
    w = World(database)
    gid = w.group("读书会")
    fan = w.member(gid, "热心群友")
    for day in ("2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"):
        w.attend(gid, fan, day, kind="salon")  # 4 × 5 = 20 points
    w.member(gid, "群友")
    tab = _tab(qtbot, database, gid)
    listing = tab.promotions
    assert listing.rowCount() == 0
    tab.lists.setCurrentWidget(listing)
    assert len(listing.buttons) == 1
    assert "20 points" in listing.item(1, 1).text()
    listing.buttons[0].click()
    assert current_roles(database, [fan], gid) == {fan: Role.ACTIVE.value}
    tab.undo_stack.undo()
    assert current_roles(database, [fan], gid) == {fan: Role.FOLLOWER.value}


def test_the_method_lists_are_read_once_per_group_and_day_when_shown(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.views.dashboard import dashboard_tab

    w = World(database)
    gid = w.group("打卡群", thresholds={"activity": "每月至少打卡4次"})
    w.member(gid, "偷懒")
    calls: list[object] = []
    real = dashboard_tab.threshold_report
    monkeypatch.setattr(
        dashboard_tab, "threshold_report", lambda *a: calls.append(a[1:]) or real(*a)
    )
    tab = _tab(qtbot, database, None)
    assert calls == []  # the nudges' tab is in front
    tab.lists.setCurrentWidget(tab.thresholds)
    assert calls == [(None, tab.today())]
    tab.lists.setCurrentWidget(tab.nudges)
    tab.lists.setCurrentWidget(tab.thresholds)
    assert len(calls) == 1  # kept for the group and day
    tab.set_scope(Scope(gid, *YEAR))
    tab.finish()
    assert calls[-1] == (gid, tab.today())  # in front: read for the new group at once
