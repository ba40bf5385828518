"""Goal bands with effective dates, actual metric values, and group health."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.groups import goals, verdict
from desktop.models.groups.goals import GoalStatus
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.storage.db import Database
from desktop.models.storage.tables import TABLES

D = dt.date
TODAY = D(2026, 3, 31)
# The fixture week: Monday 2 March to Sunday 8 March 2026.
WEEK = (D(2026, 3, 2), D(2026, 3, 8))


def snapshot(database: Database) -> dict[str, list[Any]]:
    """Every row of every table, to prove that a refused action wrote nothing."""
    return {
        table: database.conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        for table in TABLES
    }


@pytest.fixture
def group_id(database: Database) -> int:
    return create_group(database, GroupDraft(name="读书会", created_on=D(2025, 1, 1)), today=TODAY)


# --- bands and effective dates ---------------------------------------------------------


def test_past_periods_use_the_goal_in_force_then(database: Database, group_id: int) -> None:
    old = goals.set_goal(
        database, group_id, "messages_per_day", "week", 5, 10, effective_from=D(2026, 1, 1)
    )
    new = goals.set_goal(
        database, group_id, "messages_per_day", "week", 8, 12, effective_from=D(2026, 3, 1)
    )
    assert goals.goal_in_force(database, group_id, "messages_per_day", D(2025, 12, 31)) is None
    in_feb = goals.goal_in_force(database, group_id, "messages_per_day", D(2026, 2, 15))
    assert in_feb is not None
    assert (in_feb.id, in_feb.min_value, in_feb.max_value) == (old, 5, 10)
    on_change = goals.goal_in_force(database, group_id, "messages_per_day", D(2026, 3, 1))
    assert on_change is not None
    assert on_change.id == new

    with database.transaction() as conn:
        conn.executemany(
            "INSERT INTO activity_daily (group_id, day, messages) VALUES (?, ?, 9)",
            [(group_id, f"2026-02-{d:02d}") for d in range(1, 8)]
            + [(group_id, f"2026-03-{d:02d}") for d in range(2, 9)],
        )
    # 9 messages a day in both weeks, judged by the band each week had
    (feb,) = verdict.group_health(database, group_id, D(2026, 2, 1), D(2026, 2, 7))
    (mar,) = verdict.group_health(database, group_id, *WEEK)
    assert (feb.goal.id, feb.actual, feb.band_min, feb.band_max) == (old, 9, 5, 10)
    assert (mar.goal.id, mar.actual, mar.band_min, mar.band_max) == (new, 9, 8, 12)
    goals.set_goal(
        database, group_id, "messages_per_day", "week", 10, 20, effective_from=D(2026, 3, 1)
    )
    (mar,) = verdict.group_health(database, group_id, *WEEK)
    (feb,) = verdict.group_health(database, group_id, D(2026, 2, 1), D(2026, 2, 7))
    assert mar.status == GoalStatus.BELOW
    assert feb.status == GoalStatus.MET  # changing March's goal did not rewrite February


def test_same_effective_date_replaces_the_goal(database: Database, group_id: int) -> None:
    first = goals.set_goal(database, group_id, "revenue", "month", 1000, None, effective_from=TODAY)
    second = goals.set_goal(database, group_id, "revenue", "week", 200, 500, effective_from=TODAY)
    assert first == second
    (goal,) = goals.list_goals(database, group_id)
    assert (goal.period, goal.min_value, goal.max_value, goal.effective_from) == (
        "week",
        200,
        500,
        TODAY,
    )


def test_list_and_current_goals_in_metric_order(database: Database, group_id: int) -> None:
    goals.set_goal(database, group_id, "revenue", "month", 1, None, effective_from=D(2026, 1, 1))
    goals.set_goal(database, group_id, "new_members", "week", 2, 5, effective_from=D(2026, 2, 1))
    goals.set_goal(database, group_id, "new_members", "week", 3, 6, effective_from=D(2026, 1, 1))
    goals.set_goal(database, group_id, "new_members", "week", 9, 9, effective_from=D(2026, 5, 1))
    listed = [(g.metric, g.effective_from) for g in goals.list_goals(database, group_id)]
    assert listed == [
        ("new_members", D(2026, 1, 1)),
        ("new_members", D(2026, 2, 1)),
        ("new_members", D(2026, 5, 1)),
        ("revenue", D(2026, 1, 1)),
    ]
    current = goals.current_goals(database, group_id, TODAY)
    assert [(g.metric, g.min_value) for g in current] == [("new_members", 2), ("revenue", 1)]
    assert goals.current_goals(database, group_id, D(2025, 12, 31)) == []


def test_delete_goal_brings_back_the_previous_one(database: Database, group_id: int) -> None:
    goals.set_goal(database, group_id, "attendance", "week", 5, None, effective_from=D(2026, 1, 1))
    later = goals.set_goal(
        database, group_id, "attendance", "week", 9, None, effective_from=D(2026, 2, 1)
    )
    goals.delete_goal(database, later)
    goal = goals.goal_in_force(database, group_id, "attendance", TODAY)
    assert goal is not None
    assert goal.min_value == 5
    with pytest.raises(ValidationError) as err:
        goals.delete_goal(database, later)
    assert err.value.field == "goal"


@pytest.mark.parametrize(
    ("field", "args"),
    [
        ("metric", ("happiness", "week", 1, None)),
        ("period", ("revenue", "day", 1, None)),
        ("min_value", ("revenue", "month", -1, None)),
        ("max_value", ("revenue", "month", 10, 9)),
        ("group", ("revenue", "month", 1, 2)),
    ],
)
def test_invalid_goals_are_refused_and_write_nothing(
    database: Database, group_id: int, field: str, args: tuple[Any, ...]
) -> None:
    goals.set_goal(database, group_id, "revenue", "month", 5, 8, effective_from=D(2026, 1, 1))
    before = snapshot(database)
    target = 99 if field == "group" else group_id
    with pytest.raises(ValidationError) as err:
        goals.set_goal(database, target, *args, effective_from=D(2026, 1, 1))
    assert err.value.field == field
    assert err.value.message
    assert snapshot(database) == before


@pytest.mark.parametrize(
    ("actual", "low", "high", "status"),
    [
        (5, 5, 10, "met"),  # equal to min
        (10, 5, 10, "met"),  # equal to max
        (4, 5, 10, "below"),
        (11, 5, 10, "above"),
        (7, 7, 7, "met"),  # a single-value band
        (0, 0, None, "met"),
        (10**9, 5, None, "met"),  # no max: no upper bound
        (-1, 0, None, "below"),  # a loss against a revenue goal
    ],
)
def test_classify_edges(actual: int, low: int, high: int | None, status: str) -> None:
    assert goals.classify(actual, low, high) == status


def _goal(metric: str, period: str, low: int, high: int | None) -> goals.Goal:
    return goals.Goal(1, 1, metric, period, low, high, D(2026, 1, 1))


@pytest.mark.parametrize(
    ("goal", "start", "end", "band"),
    [
        (_goal("events_held", "week", 2, 3), D(2026, 3, 2), D(2026, 3, 8), (2, 3)),
        (_goal("events_held", "week", 2, 3), D(2026, 3, 2), D(2026, 3, 15), (4, 6)),
        (_goal("events_held", "week", 2, 3), D(2026, 3, 1), D(2026, 3, 31), (9, 13)),  # 31/7
        (_goal("revenue", "month", 1000, None), D(2026, 2, 1), D(2026, 2, 28), (1000, None)),
        (_goal("revenue", "month", 1000, None), D(2025, 12, 1), D(2026, 1, 31), (2000, None)),
        (_goal("revenue", "month", 1000, None), D(2026, 3, 2), D(2026, 3, 8), (230, None)),
        (_goal("attendance", "month", 1, 1), D(2026, 3, 2), D(2026, 3, 17), (1, 1)),  # 0.53
        (_goal("messages_per_day", "week", 5, 9), D(2026, 1, 1), D(2026, 3, 31), (5, 9)),
        (_goal("members_total", "month", 100, 500), D(2026, 3, 2), D(2026, 3, 8), (100, 500)),
    ],
)
def test_bands_scale_for_counts_not_levels(
    goal: goals.Goal, start: dt.date, end: dt.date, band: tuple[int, int | None]
) -> None:
    assert goals.scaled_band(goal, start, end) == band


# --- actual values ---------------------------------------------------------------------


@pytest.fixture
def fixture(database: Database, group_id: int) -> Database:
    """A small, hand-countable week of one group, with another group's data beside it."""
    other = create_group(database, GroupDraft(name="other"), today=TODAY)
    with database.transaction() as conn:
        conn.executemany(
            "INSERT INTO members (id, name, created_at) VALUES (?, ?, '2025-01-01T00:00:00')",
            [(n, f"m{n}") for n in range(1, 7)],
        )
        conn.executemany(
            "INSERT INTO memberships (member_id, group_id, joined_on, left_on) VALUES (?, ?, ?, ?)",
            [
                (1, group_id, "2026-01-10", None),  # there all along
                (2, group_id, "2026-03-03", None),  # joins in the week
                (3, group_id, "2026-03-05", "2026-03-08"),  # joins, leaves on the last day
                (4, group_id, "2026-02-01", "2026-03-04"),  # leaves during the week
                (5, group_id, "2026-03-09", None),  # joins the day after
                (6, group_id, "2025-12-01", "2026-01-01"),  # an earlier stay ...
                (6, group_id, "2026-03-06", None),  # ... and a re-join in the week
                (1, other, "2026-03-03", None),
            ],
        )
        conn.executemany(
            "INSERT INTO activity_daily (group_id, day, messages, active_members) "
            "VALUES (?, ?, ?, ?)",
            [
                (group_id, "2026-03-01", 500, 50),  # the day before
                (group_id, "2026-03-02", 10, 4),
                (group_id, "2026-03-03", 25, 5),
                (group_id, "2026-03-09", 1000, 60),  # the day after
                (other, "2026-03-04", 700, 70),
            ],
        )
        rows = [
            # id, group, title, starts_at, rrule, series_id, recurrence_start
            (1, group_id, "讲座", "2026-03-04T20:00:00", None, None, None),
            (2, group_id, "讲座", "2026-03-10T20:00:00", None, None, None),  # after
            (3, other, "沙龙", "2026-03-04T14:00:00", None, None, None),
            (4, group_id, "每日干货", "2026-03-01T10:00:00", "FREQ=DAILY;COUNT=10", None, None),
            # the 5 March post was moved to 15:00: its own row, replacing the occurrence
            (5, group_id, "每日干货", "2026-03-05T15:00:00", None, 4, "2026-03-05T10:00:00"),
            (
                6,
                group_id,
                "周六打卡",
                "2026-02-07T09:00:00",
                "RRULE:FREQ=WEEKLY;BYDAY=SA",
                None,
                None,
            ),
            (7, group_id, "未来", "2026-03-09T09:00:00", "FREQ=DAILY", None, None),  # starts after
        ]
        conn.executemany(
            "INSERT INTO events (id, group_id, title, starts_at, ends_at, rrule, series_id, "
            "recurrence_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row[:4], row[3], *row[4:]) for row in rows],
        )
        conn.execute(
            "INSERT INTO event_exdates (event_id, occurrence_start) "
            "VALUES (4, '2026-03-03T10:00:00')"
        )
        conn.executemany(
            "INSERT INTO attendance (event_id, occurrence_start, member_id, status) "
            "VALUES (?, ?, ?, ?)",
            [
                (1, "2026-03-04T20:00:00", 1, "attended"),
                (1, "2026-03-04T20:00:00", 2, "signed_up"),  # signed up, not attended
                (4, "2026-03-02T10:00:00", 1, "attended"),
                (4, "2026-03-02T10:00:00", 2, "attended"),
                (4, "2026-03-10T10:00:00", 1, "attended"),  # after
                (3, "2026-03-04T14:00:00", 1, "attended"),  # other group
            ],
        )
        conn.executemany(
            "INSERT INTO revenue (day, group_id, kind, category, amount_minor, currency) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                ("2026-03-02", group_id, "income", "ticket", 10000, "CNY"),
                ("2026-03-08", group_id, "expense", "venue", 2500, "CNY"),
                ("2026-03-03", group_id, "income", "ticket", 99999, "USD"),  # not converted
                ("2026-03-09", group_id, "income", "ticket", 500, "CNY"),  # after
                ("2026-03-04", other, "income", "ticket", 7777, "CNY"),
            ],
        )
    return database


@pytest.mark.parametrize(
    ("metric", "expected"),
    [
        ("members_total", 3),  # members 1, 2 and 6; 3 left on the last day, 4 earlier
        ("new_members", 3),  # 2, 3 and 6's re-join
        ("active_members", 5),  # (4 + 5) / 2 recorded days = 4.5, rounded half up
        ("messages_per_day", 18),  # 35 messages / 2 days with data = 17.5, rounded half up
        # lecture 1; daily series on 2, 4, 6, 7, 8 (3 skipped, 5 moved); the moved 5th;
        # Saturday check-in on the 7th
        ("events_held", 8),
        ("attendance", 3),
        ("revenue", 7500),  # 100.00 in, 25.00 out (fen); USD left out
    ],
)
def test_actual_values_for_the_fixture_week(
    fixture: Database, group_id: int, metric: str, expected: int
) -> None:
    assert goals.actual_value(fixture, group_id, metric, *WEEK) == expected


def test_actual_values_on_single_days(fixture: Database, group_id: int) -> None:
    def on(metric: str, day: dt.date) -> int:
        return goals.actual_value(fixture, group_id, metric, day, day)

    assert on("events_held", D(2026, 3, 3)) == 0  # the skipped date
    assert on("events_held", D(2026, 3, 5)) == 1  # the moved occurrence, once
    assert on("events_held", D(2026, 3, 7)) == 2  # daily post and Saturday check-in
    assert on("events_held", D(2026, 3, 11)) == 1  # the daily series ended on the 10th
    assert on("revenue", D(2026, 3, 8)) == -2500  # a loss stays negative
    assert on("members_total", D(2026, 3, 7)) == 4  # member 3 still there
    assert on("active_members", D(2026, 3, 4)) == 0  # nothing recorded
    assert on("messages_per_day", D(2026, 3, 3)) == 25


def test_actual_value_refusals(database: Database, group_id: int) -> None:
    with pytest.raises(ValidationError) as err:
        goals.actual_value(database, group_id, "happiness", *WEEK)
    assert err.value.field == "metric"
    with pytest.raises(ValidationError) as err:
        goals.actual_value(database, group_id, "revenue", WEEK[1], WEEK[0])
    assert err.value.field == "end"


def test_group_health_counts_met_below_and_above(fixture: Database, group_id: int) -> None:
    since = D(2026, 1, 1)
    goals.set_goal(fixture, group_id, "members_total", "month", 3, 100, effective_from=since)
    goals.set_goal(fixture, group_id, "new_members", "week", 4, None, effective_from=since)
    goals.set_goal(fixture, group_id, "messages_per_day", "week", 1, 4, effective_from=since)
    goals.set_goal(fixture, group_id, "events_held", "week", 7, 8, effective_from=since)
    goals.set_goal(fixture, group_id, "revenue", "month", 20000, None, effective_from=since)
    before = snapshot(fixture)
    checks = verdict.group_health(fixture, group_id, *WEEK)
    assert snapshot(fixture) == before
    assert [(c.goal.metric, c.actual, c.band_min, c.band_max, c.status) for c in checks] == [
        ("members_total", 3, 3, 100, "met"),  # equal to min
        ("new_members", 3, 4, None, "below"),
        ("messages_per_day", 18, 1, 4, "not_enough_data"),  # data on 2 of 7 days
        ("events_held", 8, 7, 8, "met"),  # equal to max
        ("revenue", 7500, 4516, None, "met"),  # 20000 × 7 / 31 days of March = 4516.1
    ]


def test_models_do_not_import_qt() -> None:
    code = (
        "import sys, desktop.models.groups.groups, desktop.models.groups.goals; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
