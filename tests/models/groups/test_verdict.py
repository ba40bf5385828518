"""Verdicts period by period, up to today, over days with data (the clock stands at TEST_NOW)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.calendar.events import EventDraft, create_event
from desktop.models.core.errors import ValidationError
from desktop.models.groups import goals, verdict
from desktop.models.groups.goals import GoalStatus
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.storage.db import Database

D = dt.date
T = dt.datetime
# TEST_NOW is Monday 23 November 2026, 10:00.


@pytest.fixture
def group_id(database: Database) -> int:
    return create_group(
        database, GroupDraft(name="读书会", created_on=D(2025, 1, 1)), today=D(2026, 1, 1)
    )


def joins(database: Database, group_id: int, days: list[str]) -> None:
    with database.transaction() as conn:
        for n, day in enumerate(days, start=1):
            conn.execute(
                "INSERT INTO members (id, name, created_at) VALUES (?, ?, '2025-01-01T00:00:00')",
                (n, f"m{n}"),
            )
            conn.execute(
                "INSERT INTO memberships (member_id, group_id, joined_on) VALUES (?, ?, ?)",
                (n, group_id, day),
            )


def activity(database: Database, group_id: int, rows: dict[str, int]) -> None:
    with database.transaction() as conn:
        conn.executemany(
            "INSERT INTO activity_daily (group_id, day, messages, active_members) "
            "VALUES (?, ?, ?, ?)",
            [(group_id, day, messages, messages) for day, messages in rows.items()],
        )


def days(first: D, count: int, value: int) -> dict[str, int]:
    return {(first + dt.timedelta(days=n)).isoformat(): value for n in range(count)}


def test_a_goal_starting_mid_range_judges_only_from_its_start(
    database: Database, group_id: int
) -> None:
    goals.set_goal(database, group_id, "new_members", "week", 2, 4, effective_from=D(2026, 11, 4))
    joins(
        database,
        group_id,
        ["2026-10-05", "2026-10-12", "2026-10-20", "2026-11-03", "2026-11-05", "2026-11-10",
         "2026-11-18"],
    )  # fmt: skip
    (check,) = verdict.group_health(database, group_id, D(2026, 10, 1), D(2026, 11, 22))
    assert [
        (p.start, p.end, p.actual, p.band_min, p.band_max, p.status) for p in check.periods
    ] == [
        (D(2026, 11, 4), D(2026, 11, 8), 1, 1, 3, GoalStatus.MET),  # 2 × 5/7 = 1.4; 4 × 5/7 = 2.9
        (D(2026, 11, 9), D(2026, 11, 15), 1, 2, 4, GoalStatus.BELOW),
        (D(2026, 11, 16), D(2026, 11, 22), 1, 2, 4, GoalStatus.BELOW),
    ]
    assert (check.actual, check.band_min, check.band_max, check.status) == (
        3, 5, 11, GoalStatus.BELOW
    )  # fmt: skip
    assert (check.judged_from, check.judged_to, check.days_judged) == (
        D(2026, 11, 4), D(2026, 11, 22), 19
    )  # fmt: skip
    assert check.days_with_data is None  # joins are records, not an activity log


def test_a_goal_changing_mid_week_splits_the_week(database: Database, group_id: int) -> None:
    goals.set_goal(database, group_id, "new_members", "week", 2, 4, effective_from=D(2026, 11, 4))
    goals.set_goal(
        database, group_id, "new_members", "week", 7, None, effective_from=D(2026, 11, 18)
    )
    joins(
        database,
        group_id,
        ["2026-11-10", "2026-11-16", "2026-11-18", "2026-11-19", "2026-11-20"],
    )
    (check,) = verdict.group_health(database, group_id, D(2026, 11, 9), D(2026, 11, 22))
    assert [
        (p.start, p.end, p.actual, p.band_min, p.band_max, p.status) for p in check.periods
    ] == [
        (D(2026, 11, 9), D(2026, 11, 15), 1, 2, 4, GoalStatus.BELOW),
        (D(2026, 11, 16), D(2026, 11, 17), 1, 1, 1, GoalStatus.MET),  # 2 × 2/7, 4 × 2/7
        (D(2026, 11, 18), D(2026, 11, 22), 3, 5, None, GoalStatus.BELOW),  # 7 × 5/7
    ]
    assert (check.actual, check.band_min, check.band_max, check.status) == (
        5, 8, None, GoalStatus.BELOW
    )  # fmt: skip
    assert check.goal.min_value == 7


def test_periods_before_any_goal_are_no_goal(database: Database, group_id: int) -> None:
    goals.set_goal(
        database, group_id, "new_members", "week", 2, None, effective_from=D(2026, 11, 1)
    )
    joins(database, group_id, ["2026-10-05", "2026-10-12"])
    (check,) = verdict.group_health(database, group_id, D(2026, 10, 1), D(2026, 10, 31))
    assert (check.status, check.pace, check.actual, check.periods) == (
        GoalStatus.NO_GOAL, None, 2, ()
    )  # fmt: skip
    assert not check.judged
    assert check.goal.effective_from == D(2026, 11, 1)
    assert verdict.group_health(database, group_id + 1, D(2026, 10, 1), D(2026, 10, 31)) == []


def test_future_occurrences_are_not_held_and_the_month_is_in_progress(
    database: Database, group_id: int
) -> None:
    goals.set_goal(
        database, group_id, "events_held", "month", 4, None, effective_from=D(2026, 1, 1)
    )
    for start, rule in (
        (T(2026, 11, 5, 19), None),
        (T(2026, 11, 23, 20), None),  # later today
        (T(2026, 11, 26, 19), None),
        (T(2026, 11, 22, 9), "FREQ=DAILY;COUNT=5"),  # 22nd and 23rd (09:00) have started
    ):
        create_event(
            database,
            EventDraft(
                group_id=group_id,
                title="讲座",
                starts_at=start,
                ends_at=start + dt.timedelta(hours=1),
                rrule=rule,
            ),
        )
    november = (D(2026, 11, 1), D(2026, 11, 30))
    assert goals.actual_value(database, group_id, "events_held", *november) == 3
    (check,) = verdict.group_health(database, group_id, *november)
    # judged 1–23 November: 4 × 23/30 = 3.07
    assert (check.actual, check.band_min, check.days_judged) == (3, 3, 23)
    assert (check.status, check.pace) == (GoalStatus.IN_PROGRESS, GoalStatus.MET)
    (period,) = check.periods
    assert (period.start, period.end, period.status) == (
        D(2026, 11, 1), D(2026, 11, 23), GoalStatus.IN_PROGRESS
    )  # fmt: skip
    (october,) = verdict.group_health(database, group_id, D(2026, 10, 1), D(2026, 10, 31))
    assert (october.actual, october.band_min, october.status) == (0, 4, GoalStatus.BELOW)


def test_a_range_all_in_the_future_judges_nothing(database: Database, group_id: int) -> None:
    goals.set_goal(database, group_id, "events_held", "week", 1, None, effective_from=D(2026, 1, 1))
    (check,) = verdict.group_health(database, group_id, D(2026, 12, 1), D(2026, 12, 31))
    assert (check.status, check.days_judged, check.pace) == (GoalStatus.NOT_ENOUGH_DATA, 0, None)


def test_members_total_is_counted_at_the_last_day_judged(database: Database, group_id: int) -> None:
    goals.set_goal(
        database, group_id, "members_total", "month", 3, None, effective_from=D(2026, 1, 1)
    )
    joins(database, group_id, ["2026-10-05", "2026-11-20", "2026-11-23"])
    (check,) = verdict.group_health(database, group_id, D(2026, 11, 1), D(2026, 11, 30))
    assert (check.actual, check.band_min, check.judged_to) == (3, 3, D(2026, 11, 23))
    assert (check.status, check.pace) == (GoalStatus.IN_PROGRESS, GoalStatus.MET)
    (before,) = verdict.group_health(database, group_id, D(2026, 11, 1), D(2026, 11, 22))
    assert (before.actual, before.status) == (2, GoalStatus.BELOW)


@pytest.mark.parametrize(
    ("first", "count", "with_data", "status"),
    [
        (D(2026, 10, 1), 30, 15, GoalStatus.MET),  # exactly half
        (D(2026, 10, 1), 30, 14, GoalStatus.NOT_ENOUGH_DATA),  # just under
        (D(2026, 10, 1), 30, 16, GoalStatus.MET),
        (D(2026, 10, 1), 15, 7, GoalStatus.NOT_ENOUGH_DATA),  # 46.7%
        (D(2026, 10, 1), 15, 8, GoalStatus.MET),  # 53.3%
        (D(2026, 10, 1), 30, 0, GoalStatus.NOT_ENOUGH_DATA),
    ],
)
def test_levels_need_data_on_half_the_days(
    database: Database, group_id: int, first: D, count: int, with_data: int, status: GoalStatus
) -> None:
    for metric in ("messages_per_day", "active_members"):
        goals.set_goal(database, group_id, metric, "week", 10, 20, effective_from=D(2026, 1, 1))
    activity(database, group_id, days(first, with_data, 12))
    last = first + dt.timedelta(days=count - 1)
    checks = verdict.group_health(database, group_id, first, last)
    for check in checks:
        assert (check.days_with_data, check.days_judged, check.status) == (
            with_data, count, status
        )  # fmt: skip
        assert check.actual == (12 if with_data else 0)


def test_a_day_without_data_is_not_zero_but_a_typed_zero_is(
    database: Database, group_id: int
) -> None:
    goals.set_goal(
        database, group_id, "messages_per_day", "week", 10, 20, effective_from=D(2026, 1, 1)
    )
    activity(database, group_id, {**days(D(2026, 10, 5), 4, 16), "2026-10-09": 0})
    (check,) = verdict.group_health(database, group_id, D(2026, 10, 5), D(2026, 10, 11))
    # 64 messages on 5 days with data (one of them a typed 0) = 12.8; the weekend unknown
    assert (check.actual, check.days_with_data, check.days_judged, check.status) == (
        13, 5, 7, GoalStatus.MET
    )  # fmt: skip


def test_a_level_is_judged_against_the_bands_of_its_days_with_data(
    database: Database, group_id: int
) -> None:
    goals.set_goal(
        database, group_id, "messages_per_day", "week", 10, 20, effective_from=D(2026, 1, 1)
    )
    goals.set_goal(
        database, group_id, "messages_per_day", "week", 30, 40, effective_from=D(2026, 10, 11)
    )
    activity(database, group_id, {**days(D(2026, 10, 1), 10, 15), **days(D(2026, 10, 11), 5, 33)})
    (check,) = verdict.group_health(database, group_id, D(2026, 10, 1), D(2026, 10, 20))
    # (10 × 15 + 5 × 33) / 15 = 21; band (10 × 10 + 5 × 30) / 15 = 16.7 to (10 × 20 + 5 × 40) / 15
    assert (check.actual, check.band_min, check.band_max, check.status) == (
        21, 17, 27, GoalStatus.MET
    )  # fmt: skip
    assert (check.days_with_data, check.days_judged) == (15, 20)
    assert [(p.start, p.end, p.actual, p.band_min, p.status) for p in check.periods] == [
        (D(2026, 10, 1), D(2026, 10, 4), 15, 10, GoalStatus.MET),
        (D(2026, 10, 5), D(2026, 10, 10), 15, 10, GoalStatus.MET),
        (D(2026, 10, 11), D(2026, 10, 11), 33, 30, GoalStatus.MET),
        (D(2026, 10, 12), D(2026, 10, 18), 33, 30, GoalStatus.MET),  # data on 4 of 7 days
        (D(2026, 10, 19), D(2026, 10, 20), None, 30, GoalStatus.NOT_ENOUGH_DATA),
    ]


def test_the_current_week_is_scaled_to_the_days_elapsed(database: Database, group_id: int) -> None:
    goals.set_goal(
        database, group_id, "new_members", "week", 7, None, effective_from=D(2026, 11, 2)
    )
    joins(database, group_id, ["2026-11-16", "2026-11-23"])
    (check,) = verdict.group_health(database, group_id, D(2026, 11, 16), D(2026, 11, 29))
    # the week of the 16th in full (7), then Monday the 23rd alone: 7 × 1/7 = 1
    assert [(p.actual, p.band_min, p.status) for p in check.periods] == [
        (1, 7, GoalStatus.BELOW),
        (1, 1, GoalStatus.IN_PROGRESS),
    ]
    assert (check.actual, check.band_min, check.status, check.pace) == (
        2, 8, GoalStatus.IN_PROGRESS, GoalStatus.BELOW
    )  # fmt: skip


def test_a_reversed_range_is_refused(database: Database, group_id: int) -> None:
    with pytest.raises(ValidationError) as err:
        verdict.group_health(database, group_id, D(2026, 11, 2), D(2026, 11, 1))
    assert err.value.field == "end"


@pytest.mark.parametrize(
    ("day", "period", "whole"),
    [
        (D(2026, 11, 23), "week", (D(2026, 11, 23), D(2026, 11, 29))),  # a Monday
        (D(2026, 11, 22), "week", (D(2026, 11, 16), D(2026, 11, 22))),  # a Sunday
        (D(2028, 2, 29), "month", (D(2028, 2, 1), D(2028, 2, 29))),
        (D(2026, 12, 31), "week", (D(2026, 12, 28), D(2027, 1, 3))),
    ],
)
def test_goal_periods_are_monday_weeks_and_calendar_months(
    day: D, period: str, whole: tuple[D, D]
) -> None:
    assert verdict.period_of(day, period) == whole
