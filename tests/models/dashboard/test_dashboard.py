"""Dashboard figures against hand-computed values on a small fixture."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.core.codes import Metric, Period
from desktop.models.core.scope import Scope
from desktop.models.dashboard import dashboard as d
from desktop.models.dashboard import level_mix as lm
from desktop.models.dashboard.facts import Facts
from desktop.models.dashboard.nudges import NudgeReason, nudges
from desktop.models.groups.goals import classify
from desktop.models.groups.verdict import group_health
from desktop.models.storage.db import Database

D = dt.date


def _fixture(db: Database) -> None:
    """One group; activity, joins, leaves and revenue around New Year 2025/2026."""
    conn = db.conn
    conn.execute("INSERT INTO groups (id, name, created_on) VALUES (1, '读书会', '2025-01-01')")
    members = [(i, f"成员{i}", "2025-01-01T00:00:00") for i in range(1, 7)]
    conn.executemany("INSERT INTO members (id, name, created_at) VALUES (?, ?, ?)", members)
    conn.execute("UPDATE members SET referrer_id = 1 WHERE id IN (4, 5)")
    spans = [
        (1, 1, "2025-06-01", None),  # there all along
        (2, 2, "2025-06-01", "2025-12-31"),  # leaves on the last day of week 2
        (3, 3, "2025-12-23", None),  # joins in the first week (Tue)
        (4, 4, "2025-12-31", None),  # referred, week 2
        (5, 5, "2026-01-02", "2026-01-03"),  # referred, joins and leaves in week 2
        (6, 6, "2026-01-14", None),  # week 4
    ]
    conn.executemany(
        "INSERT INTO memberships (id, member_id, group_id, joined_on, left_on) "
        "VALUES (?, ?, 1, ?, ?)",
        spans,
    )
    activity = [
        ("2025-12-22", 70, 5),
        ("2025-12-28", 14, 3),
        ("2025-12-29", 21, 4),
        ("2026-01-01", 7, 2),
        ("2026-01-04", 0, 0),
        ("2026-01-13", 35, 6),
    ]
    conn.executemany(
        "INSERT INTO activity_daily (group_id, day, messages, active_members) VALUES (1, ?, ?, ?)",
        activity,
    )
    revenue = [
        ("2025-12-24", "income", "ticket", 10000, "CNY"),
        ("2025-12-30", "expense", "venue", 3000, "CNY"),
        ("2026-01-02", "income", "sponsorship", 5000, "CNY"),
        ("2026-01-02", "income", "product", 700, "USD"),
    ]
    conn.executemany(
        "INSERT INTO revenue (day, group_id, kind, category, amount_minor, currency) "
        "VALUES (?, 1, ?, ?, ?, ?)",
        revenue,
    )
    goals = [
        ("messages_per_day", "week", 5, 10, "2025-01-01"),
        ("messages_per_day", "week", 2, 3, "2026-01-01"),  # changes mid-range (a Thursday)
        ("members_total", "month", 3, None, "2025-01-01"),
    ]
    conn.executemany(
        "INSERT INTO goals (group_id, metric, period, min_value, max_value, effective_from) "
        "VALUES (1, ?, ?, ?, ?, ?)",
        goals,
    )


# Monday 2025-12-22 .. Sunday 2026-01-18: four weeks, one across the year boundary.
SCOPE = Scope(1, D(2025, 12, 22), D(2026, 1, 18))


@pytest.fixture
def facts(database: Database) -> Facts:
    _fixture(database)
    return Facts(database, SCOPE)


def test_weeks_are_monday_based_across_month_and_year() -> None:
    weeks = d.spans(D(2025, 12, 24), D(2026, 1, 6), Period.WEEK)
    assert [(w.start, w.end) for w in weeks] == [
        (D(2025, 12, 24), D(2025, 12, 28)),
        (D(2025, 12, 29), D(2026, 1, 4)),
        (D(2026, 1, 5), D(2026, 1, 6)),
    ]
    months = d.spans(D(2025, 12, 24), D(2026, 1, 6), Period.MONTH)
    assert [(m.start, m.end) for m in months] == [
        (D(2025, 12, 24), D(2025, 12, 31)),
        (D(2026, 1, 1), D(2026, 1, 6)),
    ]


def test_messages_per_day_weekly_over_days_with_data(facts: Facts) -> None:
    series = d.metric_series(facts, Metric.MESSAGES_PER_DAY, Period.WEEK)
    # week 1: (70 + 14) / 2 days = 42; week 2: (21 + 7 + 0) / 3 = 9.3; week 3: no data; week 4: 35
    assert series.values == [42, 9, None, 35]
    assert [p.days_with_data for p in series.points] == [2, 3, 0, 1]
    # week 2: 5–10 on 3 days, 2–3 from Thursday 2026-01-01 on 4: (15 + 8) / 7, (30 + 12) / 7
    assert [(p.band_min, p.band_max) for p in series.points] == [(5, 10), (3, 6), (2, 3), (2, 3)]
    assert [p.status for p in series.points] == ["above", "above", None, "above"]
    assert not any(p.partial for p in series.points)


def test_active_members_mean_of_recorded_days(facts: Facts) -> None:
    series = d.metric_series(facts, Metric.ACTIVE_MEMBERS, Period.WEEK)
    # (5 + 3) / 2 = 4; (4 + 2 + 0) / 3 = 2; no record: none; 6
    assert series.values == [4, 2, None, 6]
    assert not series.has_goal


def test_members_total_joins_and_leaves(facts: Facts) -> None:
    weeks = d.spans(SCOPE.start, SCOPE.end, Period.WEEK)
    # before: members 1 and 2; week 1 +3; week 2 +4 +5 −2 (left on its last day) −5; week 4 +6
    assert d.metric_values(facts, Metric.MEMBERS_TOTAL, weeks) == [3, 3, 3, 4]
    assert d.metric_values(facts, Metric.NEW_MEMBERS, weeks) == [1, 2, 0, 1]
    growth = d.member_growth(facts, Period.WEEK)
    assert [p.leaves for p in growth.points] == [0, 2, 0, 0]
    assert [p.referred for p in growth.points] == [0, 2, 0, 0]
    assert growth.referral_share == pytest.approx(0.5)
    # members goal is a level (min 3 regardless of period length)
    assert [p.goal_min for p in growth.points] == [3, 3, 3, 3]


def test_monthly_series_across_the_year(facts: Facts) -> None:
    series = d.metric_series(facts, Metric.MESSAGES_PER_DAY, Period.MONTH)
    assert [p.span.start for p in series.points] == [D(2025, 12, 22), D(2026, 1, 1)]
    # December part: (70 + 14 + 21) / 3 days with data = 35; January: (7 + 0 + 35) / 3 = 14
    assert series.values == [35, 14]


def test_revenue_per_currency_never_summed(facts: Facts) -> None:
    series = d.revenue_series(facts, Period.WEEK)
    assert [s.currency for s in series] == ["CNY", "USD"]
    cny = series[0].points
    assert [p.income for p in cny] == [10000, 5000, 0, 0]
    assert [p.expense for p in cny] == [0, 3000, 0, 0]
    assert [p.direct for p in cny] == [10000, 0, 0, 0]
    assert [p.indirect for p in cny] == [0, 5000, 0, 0]
    assert [p.cumulative for p in cny] == [10000, 12000, 12000, 12000]
    assert [p.income for p in series[1].points] == [0, 700, 0, 0]
    weeks = d.spans(SCOPE.start, SCOPE.end, Period.WEEK)
    assert d.metric_values(facts, Metric.REVENUE, weeks) == [10000, 2000, 0, 0]


@pytest.mark.parametrize(
    ("actual", "expected"),
    [(4, "below"), (5, "met"), (7, "met"), (10, "met"), (11, "above")],
)
def test_classification_edges_are_in_band(actual: int, expected: str) -> None:
    assert classify(actual, 5, 10).value == expected


def test_classification_min_only_band() -> None:
    assert classify(5, 5, None).value == "met"
    assert classify(10**9, 5, None).value == "met"


def test_scorecards_match_group_health(demo_db: Database) -> None:
    for group_id in (1, 2, 3, 4, 5):
        scope = Scope(group_id, D(2025, 11, 24), D(2026, 11, 23))
        mine = d.scorecards(Facts(demo_db, scope))
        theirs = group_health(demo_db, group_id, scope.start, scope.end)
        assert [(c.goal.metric, c.actual, c.status) for c in mine] == [
            (c.goal.metric, c.actual, c.status) for c in theirs
        ]
    scores = d.group_scores(Facts(demo_db, Scope(None, D(2025, 11, 24), D(2026, 11, 23))))
    assert len(scores) == 5 and all(s.goals >= 6 for s in scores)
    assert all(
        s.met + s.below + s.above + s.in_progress + s.not_enough_data + s.no_goal == s.goals
        for s in scores
    )
    assert all(s.in_progress + s.not_enough_data == s.goals for s in scores)


def test_pyramid_level_mix_and_leaders(demo_db: Database) -> None:
    scope = Scope(1, D(2025, 11, 24), D(2026, 11, 23))
    pyramid = d.role_pyramid(demo_db, scope)
    assert pyramid[0].role == "founder" and pyramid[-1].role == "follower"
    (open_members,) = demo_db.conn.execute(
        "SELECT count(*) FROM memberships WHERE group_id = 1 AND left_on IS NULL"
    ).fetchone()
    assert sum(r.count for r in pyramid) == open_members
    mix = lm.level_mix(pyramid)
    assert mix.total == open_members
    leaders = d.leader_activity(demo_db, scope)
    assert leaders
    assert [(r.hosted, r.attended) for r in leaders] == sorted(
        ((r.hosted, r.attended) for r in leaders), key=lambda t: (-t[0], -t[1])
    )
    assert {r.role for r in leaders} <= {str(role) for role in lm.LEADER_ROLES}


def test_level_mix_flags() -> None:
    rows = [d.RoleCount("owner", 1), d.RoleCount("active", 10), d.RoleCount("follower", 89)]
    assert lm.level_mix(rows).flags == ()
    heavy = [d.RoleCount("owner", 5), d.RoleCount("active", 3), d.RoleCount("follower", 92)]
    assert lm.level_mix(heavy).flags == ("top_heavy", "no_active_middle")


def test_nudges_on_demo(demo_db: Database) -> None:
    found = nudges(demo_db, None, D(2026, 11, 23))
    assert sum(found.totals.values()) >= len(found.lines) > 0
    for line in found.lines:
        assert line.reason in {r.value for r in NudgeReason}
        assert (line.member_id is None) != (line.event_id is None)
    expiring = [n for n in found.lines if n.reason == NudgeReason.EXPIRING]
    for n in expiring:
        (until,) = demo_db.conn.execute(
            "SELECT paid_until FROM memberships WHERE member_id = ? AND group_id = ? "
            "AND left_on IS NULL",
            (n.member_id, n.group_id),
        ).fetchone()
        assert D(2026, 11, 23) <= D.fromisoformat(until) <= D(2026, 11, 30)


def test_the_current_week_is_partial_and_later_weeks_have_no_value(database: Database) -> None:
    conn = database.conn
    conn.execute("INSERT INTO groups (id, name, created_on) VALUES (1, '读书会', '2026-01-01')")
    conn.execute(
        "INSERT INTO goals (group_id, metric, period, min_value, max_value, effective_from) "
        "VALUES (1, 'new_members', 'week', 7, 14, '2026-11-18')"
    )
    conn.execute(
        "INSERT INTO members (id, name, created_at) VALUES (1, 'a', '2026-01-01T00:00:00')"
    )
    conn.execute(
        "INSERT INTO memberships (member_id, group_id, joined_on) VALUES (1, 1, '2026-11-23')"
    )
    # the clock stands on Monday 2026-11-23: weeks of the 16th, 23rd (today) and 30th
    facts = Facts(database, Scope(1, D(2026, 11, 16), D(2026, 12, 6)))
    series = d.metric_series(facts, Metric.NEW_MEMBERS, Period.WEEK)
    assert series.values == [0, 1, None]
    # from Wednesday the 18th: 7 × 5/7 = 5, 14 × 5/7 = 10; today alone: 7 × 1/7 = 1, 2
    assert [(p.band_min, p.band_max) for p in series.points] == [(5, 10), (1, 2), (None, None)]
    assert [p.partial for p in series.points] == [False, True, False]
    assert [p.status for p in series.points] == ["below", "in_progress", None]
    assert series.has_data
    empty = d.metric_series(facts, Metric.MESSAGES_PER_DAY, Period.WEEK)
    assert empty.values == [None, None, None] and not empty.has_data
