"""The export's scope and the groups, activity and goals sheets' row sources."""

from __future__ import annotations

import datetime as dt

from desktop.models.groups import sheet_rows
from desktop.models.groups.queries import group_names
from desktop.models.groups.sheet_rows import SheetScope
from desktop.models.storage.db import Database


def test_scope_bounds_and_group_condition() -> None:
    open_scope = SheetScope()
    assert (open_scope.first, open_scope.last) == ("0001-01-01", "9999-12-31")
    assert open_scope.everything and open_scope.in_groups("g.id") == ("1", [])
    scope = SheetScope((2, 3), dt.date(2026, 1, 1), None)
    assert (scope.first, scope.last) == ("2026-01-01", "9999-12-31")
    assert not scope.everything
    assert scope.in_groups("g.id") == ("g.id IN (SELECT value FROM json_each(?))", ["[2, 3]"])


def test_rows_stay_in_scope_and_counts_match(demo_db: Database) -> None:
    names = dict(group_names(demo_db))
    gid = min(names)
    scope = SheetScope((gid,), dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    groups = list(sheet_rows.group_rows(demo_db, scope))
    assert [g.name for g in groups] == [names[gid]]
    assert all(rule for rule in groups[0].rules)
    activity = list(sheet_rows.activity_rows(demo_db, scope))
    assert activity and len(activity) == sheet_rows.count_activity_rows(demo_db, scope)
    assert all(row[0] == names[gid] and "2026-01-01" <= row[1] <= "2026-06-30" for row in activity)
    everything = SheetScope()
    assert len(list(sheet_rows.group_rows(demo_db, everything))) == len(names)
    goals = sheet_rows.goal_rows(demo_db, everything)
    assert [g[0].casefold() for g in goals] == sorted(g[0].casefold() for g in goals)
    first = sheet_rows.first_group_day(demo_db)
    assert first is not None and first <= min(row[1] for row in activity)
