"""The dashboard's figures: per-period series against goal bands, growth, revenue, structure.

Every function takes a `Scope` (one group or all, inclusive dates) and returns plain
dataclasses and lists; the sums are SQL GROUP BYs over indexed columns, one row per period.
Periods are calendar weeks (Monday to Sunday) or calendar months, cut to the scope's range,
so the first and last may be partial. Only what has happened counts: a period after today
has no value, the one holding today is judged up to today and marked partial, and a level
read from the activity log (messages per day, active members) has no value in a period
without a day of data — a gap, not a zero. Bands and verdicts follow `groups.verdict`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import accumulate
from typing import Any

from desktop.models.calendar.occurrences import occurrences
from desktop.models.core.codes import Metric, Period, Role, codes
from desktop.models.core.common import iso
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.core.money import DEFAULT_CURRENCY, currency_order
from desktop.models.core.scope import Scope
from desktop.models.dashboard.facts import Facts
from desktop.models.dashboard.level_mix import LEADER_ROLES
from desktop.models.groups.goals import Goal, GoalCheck, GoalStatus, classify
from desktop.models.groups.lifecycle import lifecycle_rows
from desktop.models.groups.verdict import LOGGED_METRICS, band_over, judge_goals
from desktop.models.storage.db import Database

# The metrics the activity chart offers, in its menu order.
ACTIVITY_METRICS = (
    Metric.MESSAGES_PER_DAY,
    Metric.ACTIVE_MEMBERS,
    Metric.EVENTS_HELD,
    Metric.ATTENDANCE,
    Metric.NEW_MEMBERS,
    Metric.MEMBERS_TOTAL,
    Metric.REVENUE,
)


@dataclass(frozen=True, slots=True)
class Span:
    """One period of a series: inclusive days, cut to the scope's range."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        """How many days the period holds."""
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class MetricPoint:
    """A metric's actual value in one period, the goal band then, and where it lies."""

    span: Span
    value: int | None  # None: after today, or a level without a day of data
    band_min: int | None  # None: no goal in force in the period (up to today)
    band_max: int | None
    status: str | None  # a GoalStatus code ("met" = inside the band); None without a goal
    partial: bool = False  # the period holds today: judged up to today, band scaled to it
    days_with_data: int = 0  # days of the period (up to today) with an activity-log row


@dataclass(frozen=True, slots=True)
class MetricSeries:
    """One metric per period over a scope."""

    metric: str
    period: str
    points: list[MetricPoint]

    @property
    def values(self) -> list[int | None]:
        """The actual values in period order (None where there is none)."""
        return [p.value for p in self.points]

    @property
    def has_data(self) -> bool:
        """Whether any period has a value other than zero (else the chart says "no data")."""
        return any(p.value for p in self.points)

    @property
    def has_goal(self) -> bool:
        """Whether any period has a band."""
        return any(p.band_min is not None for p in self.points)


@dataclass(frozen=True, slots=True)
class GrowthPoint:
    """Members in one period: at its end, active per day, joined, left, joined by referral."""

    span: Span
    total: int | None  # None after today
    active: int | None  # None after today or without a day of data
    joins: int
    leaves: int
    referred: int
    goal_min: int | None  # the members-total goal's minimum then


@dataclass(frozen=True, slots=True)
class Growth:
    """Member growth per period and the share of joins that came by referral (裂变)."""

    points: list[GrowthPoint]

    @property
    def joins(self) -> int:
        """Joins over the whole range."""
        return sum(p.joins for p in self.points)

    @property
    def referral_share(self) -> Fraction | None:
        """Referred joins over all joins; None when nobody joined."""
        joins = self.joins
        return Fraction(sum(p.referred for p in self.points), joins) if joins else None


@dataclass(frozen=True, slots=True)
class RevenuePoint:
    """One currency's income, expense and direct income in one period; net and running net."""

    span: Span
    income: int
    expense: int
    direct: int
    cumulative: int  # net from the range's start to this period's end
    goal_min: int | None  # the revenue goal's minimum then (CNY only)
    status: str | None

    @property
    def net(self) -> int:
        """Income minus expense."""
        return self.income - self.expense

    @property
    def indirect(self) -> int:
        """Income that is not direct (sponsorship, referral fees, partner deals, other)."""
        return self.income - self.direct


@dataclass(frozen=True, slots=True)
class RevenueSeries:
    """Revenue of one currency per period (currencies are never added together)."""

    currency: str
    points: list[RevenuePoint]


@dataclass(frozen=True, slots=True)
class RoleCount:
    """How many members hold a role on the scope's last day."""

    role: str
    count: int


@dataclass(frozen=True, slots=True)
class LeaderActivity:
    """What one leader did in the range: occurrences hosted and attended."""

    member_id: int
    name: str
    role: str
    hosted: int
    attended: int


@dataclass(frozen=True, slots=True)
class GroupScore:
    """One group's row on the all-groups scorecard."""

    group_id: int
    name: str
    stage: str | None
    goals: int
    met: int
    below: int
    above: int
    in_progress: int = 0
    not_enough_data: int = 0
    no_goal: int = 0


# ---- periods ------------------------------------------------------------------------------


def spans(start: dt.date, end: dt.date, period: str) -> list[Span]:
    """The weeks (Monday first) or calendar months meeting a range, cut to it."""
    _check(start, end, period)
    found: list[Span] = []
    if period == Period.WEEK:
        cursor = start - dt.timedelta(days=start.weekday())
        while cursor <= end:
            found.append(Span(max(cursor, start), min(cursor + dt.timedelta(days=6), end)))
            cursor += dt.timedelta(days=7)
        return found
    cursor = start.replace(day=1)
    while cursor <= end:
        following = dt.date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
        found.append(Span(max(cursor, start), min(following - dt.timedelta(days=1), end)))
        cursor = following
    return found


def _scope_params(scope: Scope) -> dict[str, Any]:
    return {"g": scope.group_id, "first": iso(scope.start), "last": iso(scope.end)}


def _group_filter(scope: Scope, column: str) -> str:
    return "" if scope.group_id is None else f" AND {column} = :g"


def fold(values: Sequence[int], periods: Sequence[Span], start: dt.date) -> list[int]:
    """Daily values (the first on `start`) summed per period."""
    found = []
    for span in periods:
        first = (span.start - start).days
        found.append(sum(values[first : first + span.days]))
    return found


def elapsed(span: Span, today: dt.date) -> Span | None:
    """The part of a period up to today (today included); None for a period after today."""
    if span.start > today:
        return None
    return Span(span.start, min(span.end, today))


# ---- actual values per period ---------------------------------------------------------------


def metric_values(
    facts: Facts, metric: str, periods: Sequence[Span], group_id: int | None = None
) -> list[int | None]:
    """A metric's actual value in each period up to today, counted like the verdicts.

    A period after today has None; messages per day and active members are the mean over
    the days with data (None without one). `group_id` None takes the scope's group, or sums
    all groups: then members total counts memberships (a person in two groups counts twice)
    and active members is the mean of the daily sums.
    """
    group = facts.scope.group_id if group_id is None else group_id
    start = facts.scope.start
    today = facts.db.clock.today()
    judged = [elapsed(span, today) for span in periods]
    kept = [span for span in judged if span is not None]

    def per_period(name: str) -> list[int]:
        return fold(facts.daily(name, group), kept, start)

    if metric in LOGGED_METRICS:
        sums = per_period("messages" if metric == Metric.MESSAGES_PER_DAY else "active")
        days = per_period("recorded")
        found: list[int | None] = [
            _half_up(Fraction(t, d)) if d else None for t, d in zip(sums, days, strict=True)
        ]
    elif metric == Metric.MEMBERS_TOTAL:
        # members at each period's end: there before the range, plus joins, less leaves (one
        # who leaves on a period's last day is gone at its end)
        changes = (j - lv for j, lv in zip(per_period("joins"), per_period("leaves"), strict=True))
        base = facts.base_members(group)
        found = [base + n for n in accumulate(changes)]
    else:
        name = _COUNTED.get(metric)
        if name is None:
            raise ValidationError("metric", msg('"{metric}" is not a known metric.', metric=metric))
        found = list(per_period(name))
    values = iter(found)
    return [None if span is None else next(values) for span in judged]


# Metrics that are a plain sum of one daily figure.
_COUNTED: dict[str, str] = {
    Metric.NEW_MEMBERS: "joins",
    Metric.EVENTS_HELD: "held",  # occurrences, series expanded, skipped dates left out
    Metric.ATTENDANCE: "attended",
    Metric.REVENUE: "revenue_net",  # CNY income minus expense (currencies never converted)
}


# ---- goal bands -----------------------------------------------------------------------------


def _goal_rows(db: Database, group_id: int | None, metric: str) -> list[Goal]:
    if group_id is None:
        return []  # bands belong to one group; the all-groups view has none
    rows = db.conn.execute(
        """SELECT id, group_id, metric, period, min_value, max_value, effective_from FROM goals
           WHERE group_id = ? AND metric = ? ORDER BY effective_from""",
        (group_id, str(metric)),
    )
    return [
        Goal(i, g, m, p, lo, hi, dt.date.fromisoformat(since)) for i, g, m, p, lo, hi, since in rows
    ]


def bands(
    db: Database, group_id: int | None, metric: str, periods: Sequence[Span]
) -> list[tuple[int, int | None] | None]:
    """The band of each period up to today, by `groups.verdict.band_over`.

    A goal that starts inside a period applies from its start; a count's band is scaled to
    the days of the period that have passed (today included); None after today or without
    a goal.
    """
    goals = _goal_rows(db, group_id, metric)
    today = db.clock.today()
    found: list[tuple[int, int | None] | None] = []
    for span in periods:
        judged = elapsed(span, today)
        found.append(None if judged is None else band_over(goals, metric, judged.start, judged.end))
    return found


def metric_series(facts: Facts, metric: str, period: str) -> MetricSeries:
    """A metric per period with its band, its mark and whether it is partial (holds today)."""
    scope = facts.scope
    periods = spans(scope.start, scope.end, period)
    values = metric_values(facts, metric, periods)
    today = facts.db.clock.today()
    recorded = fold(facts.daily("recorded"), periods, scope.start)
    points = []
    for span, value, band, seen in zip(
        periods, values, bands(facts.db, scope.group_id, metric, periods), recorded, strict=True
    ):
        partial = span.start <= today <= span.end
        if band is None or value is None:
            status = None
        elif partial:
            status = GoalStatus.IN_PROGRESS.value
        else:
            status = classify(value, *band).value
        low, high = (None, None) if band is None else band
        points.append(MetricPoint(span, value, low, high, status, partial, seen))
    return MetricSeries(str(metric), str(period), points)


# ---- growth and revenue ---------------------------------------------------------------------


def member_growth(facts: Facts, period: str) -> Growth:
    """Members at each period's end, active members per day, joins, leaves and referred joins."""
    scope = facts.scope
    periods = spans(scope.start, scope.end, period)
    group = scope.group_id
    joins = fold(facts.daily("joins", group), periods, scope.start)
    referred = fold(facts.daily("referred", group), periods, scope.start)
    leaves = fold(facts.daily("leaves", group), periods, scope.start)
    totals = metric_values(facts, Metric.MEMBERS_TOTAL, periods)
    active = metric_values(facts, Metric.ACTIVE_MEMBERS, periods)
    goal = bands(facts.db, group, Metric.MEMBERS_TOTAL, periods)
    return Growth(
        [
            GrowthPoint(s, t, a, j, lv, r, None if g is None else g[0])
            for s, t, a, j, lv, r, g in zip(
                periods, totals, active, joins, leaves, referred, goal, strict=True
            )
        ]
    )


def revenue_series(facts: Facts, period: str = Period.MONTH) -> list[RevenueSeries]:
    """Income, expense, direct income and running net per period, one series per currency.

    CNY comes first and is there even without entries; only CNY carries the revenue goal
    (goals count CNY net, like goals.actual_value).
    """
    scope = facts.scope
    periods = spans(scope.start, scope.end, period)
    by_currency = facts.revenue(scope.group_id)
    goal = bands(facts.db, scope.group_id, Metric.REVENUE, periods)
    found = []
    for currency in currency_order(set(by_currency) | {DEFAULT_CURRENCY}):
        days = by_currency.get(currency)
        income, expense, direct = (
            [fold(values, periods, scope.start) for values in days]
            if days is not None
            else [[0] * len(periods)] * 3
        )
        running = list(accumulate(i - e for i, e in zip(income, expense, strict=True)))
        points = []
        for n, span in enumerate(periods):
            band = goal[n] if currency == DEFAULT_CURRENCY else None
            net = income[n] - expense[n]
            points.append(
                RevenuePoint(
                    span,
                    income[n],
                    expense[n],
                    direct[n],
                    running[n],
                    None if band is None else band[0],
                    None if band is None else classify(net, *band).value,
                )
            )
        found.append(RevenueSeries(currency, points))
    return found


# ---- structure ------------------------------------------------------------------------------


def role_pyramid(db: Database, scope: Scope) -> list[RoleCount]:
    """Members per role on the scope's last day, founder first and followers last, zeros kept."""
    # role_days (schema v5) holds each role's count changes per group and day: their sum
    # up to a day is the count on that day, a few hundred rows instead of every membership
    rows = db.conn.execute(
        f"""SELECT role, sum(change) FROM role_days WHERE day <= :last
            {_group_filter(scope, "group_id")} GROUP BY role HAVING sum(change) <> 0""",
        _scope_params(scope),
    ).fetchall()
    found = {str(role): int(n) for role, n in rows}
    known = [RoleCount(role, found.pop(role, 0)) for role in codes(Role)]
    # roles the owner named themselves sit just above the followers
    extra = [RoleCount(role, n) for role, n in sorted(found.items())]
    return known[:-1] + extra + known[-1:]


def leader_activity(
    db: Database, scope: Scope, limit: int = 12, facts: Facts | None = None
) -> list[LeaderActivity]:
    """Leaders on the scope's last day with occurrences hosted and attended in the range.

    The busiest come first (hosted, then attended, then name); at most `limit` rows. A
    member leading in several groups shows their highest role. `facts` of the same scope
    lend their occurrences, expanded once for the charts too.
    """
    params = _scope_params(scope)
    roles = codes(Role)
    marks = ", ".join(f"'{r.value}'" for r in LEADER_ROLES)
    rank_sql = " ".join(f"WHEN '{code}' THEN {n}" for n, code in enumerate(roles))
    leaders = db.conn.execute(
        # role rows first (role_history_role): leaders are few, and each finds its
        # membership by id; from the group's memberships it would read them all
        f"""SELECT m.id, m.name, min(CASE r.role {rank_sql} END)
            FROM role_history r CROSS JOIN memberships s ON s.id = r.membership_id
            JOIN members m ON m.id = s.member_id
            WHERE r.role IN ({marks}) AND s.joined_on <= :last
            AND (s.left_on IS NULL OR s.left_on > :last)
            AND r.since <= :last AND (r.until IS NULL OR r.until > :last)
            {_group_filter(scope, "s.group_id")} GROUP BY m.id""",
        params,
    ).fetchall()
    if not leaders:
        return []
    hosted: dict[int, int] = {}
    if facts is not None and facts.scope == scope:
        found = facts.occurrences()
    else:
        found = occurrences(db, scope.start, scope.end, scope.group_id)
    for occ in found:
        if occ.host_id is not None:
            hosted[occ.host_id] = hosted.get(occ.host_id, 0) + 1
    ids = "[" + ",".join(str(int(row[0])) for row in leaders) + "]"
    attended = {
        int(mid): int(n)
        for mid, n in db.conn.execute(
            f"""SELECT a.member_id, count(*) FROM attendance a JOIN events e ON e.id = a.event_id
                WHERE a.status = 'attended'
                AND a.occurrence_start BETWEEN :first || 'T00:00:00' AND :last || 'T23:59:59'
                AND a.member_id IN (SELECT value FROM json_each(:ids))
                {_group_filter(scope, "e.group_id")} GROUP BY a.member_id""",
            {**params, "ids": ids},
        )
    }
    rows = [
        LeaderActivity(
            int(mid), str(name), roles[int(rank)], hosted.get(int(mid), 0), attended.get(mid, 0)
        )
        for mid, name, rank in leaders
    ]
    rows.sort(key=lambda r: (-r.hosted, -r.attended, roles.index(r.role), r.name))
    return rows[:limit]


# ---- scorecards -----------------------------------------------------------------------------


def scorecards(facts: Facts, group_id: int | None = None) -> list[GoalCheck]:
    """Each goal of a group judged over the scope, as `groups.verdict.group_health` does.

    The same figures, from the facts already read for the charts.
    """
    scope = facts.scope
    group = scope.group_id if group_id is None else group_id
    if group is None:
        return []
    judged = facts if scope.start <= facts.db.clock.today() else None
    return judge_goals(facts.db, group, scope.start, scope.end, judged)


def group_scores(facts: Facts) -> list[GroupScore]:
    """Per group (archived ones left out): lifecycle stage and how many goals it meets."""
    db = facts.db
    rows = db.conn.execute(
        "SELECT id, name FROM groups WHERE archived = 0 ORDER BY name COLLATE NOCASE"
    ).fetchall()
    found = []
    for gid, name in rows:
        if facts.scope.group_id not in (None, gid):
            continue
        checks = scorecards(facts, int(gid))
        stages = lifecycle_rows(db.conn, int(gid))
        status = [c.status for c in checks]
        found.append(
            GroupScore(
                int(gid),
                str(name),
                stages[-1].stage if stages else None,
                len(checks),
                status.count(GoalStatus.MET),
                status.count(GoalStatus.BELOW),
                status.count(GoalStatus.ABOVE),
                status.count(GoalStatus.IN_PROGRESS),
                status.count(GoalStatus.NOT_ENOUGH_DATA),
                status.count(GoalStatus.NO_GOAL),
            )
        )
    return found


# ---- helpers --------------------------------------------------------------------------------


def _half_up(value: Fraction) -> int:
    # like goals.actual_value: 2.5 messages a day read as 3
    return int((value + Fraction(1, 2)).__floor__())


def _check(start: dt.date, end: dt.date, period: str) -> None:
    if period not in codes(Period):
        raise ValidationError(
            "period", msg('"{period}" is not a known period (week or month).', period=period)
        )
    if end < start:
        raise ValidationError(
            "end", msg("The range ends ({end}) before it starts ({start}).", end=end, start=start)
        )
