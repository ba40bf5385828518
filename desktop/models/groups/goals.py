"""Goal bands per group and metric, the actual values they are judged by, and health."""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from desktop.models.calendar.recurrence import rule_between
from desktop.models.core.codes import Metric, Period, codes
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.groups.queries import group_name
from desktop.models.members.queries import joined_between, members_on
from desktop.models.storage.db import Database

# Metrics that are a level (a snapshot or a per-day average): a band means the same for a
# week and a month. The others are counts over the period, so their band scales with it.
LEVEL_METRICS = frozenset({Metric.MEMBERS_TOTAL, Metric.ACTIVE_MEMBERS, Metric.MESSAGES_PER_DAY})
# The mean Gregorian month, 365.2425 / 12 days, as an exact fraction.
_MEAN_MONTH_DAYS = Fraction(146097, 4800)
_METRIC_ORDER = {code: index for index, code in enumerate(codes(Metric))}
_STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S"


class GoalStatus(StrEnum):
    """A verdict: where an actual value lies against its band, or why it is not judged yet."""

    MET = "met"
    BELOW = "below"
    ABOVE = "above"
    IN_PROGRESS = "in_progress"  # the range reaches today: judged so far, not final
    NOT_ENOUGH_DATA = "not_enough_data"  # the activity log covers under half the days judged
    NO_GOAL = "no_goal"  # no goal was in force on any day judged


@dataclass(frozen=True, slots=True)
class Goal:
    """A band (min, optional max) for one metric of one group, from a date on."""

    id: int
    group_id: int
    metric: str
    period: str
    min_value: int
    max_value: int | None
    effective_from: dt.date


@dataclass(frozen=True, slots=True)
class PeriodCheck:
    """One goal period of a verdict, cut to the range, to today and to its goal's days."""

    start: dt.date
    end: dt.date
    goal: Goal
    actual: int | None  # None: a level with no day of data
    band_min: int
    band_max: int | None
    status: GoalStatus
    days_with_data: int  # days of the period with an activity-log row


@dataclass(frozen=True, slots=True)
class GoalCheck:
    """A goal, the actual value over a range, the band it was compared with, and the result.

    See `groups.verdict.group_health` for how the band, the actual and the status are found.
    """

    goal: Goal  # the goal in force at the end of the range
    actual: int
    status: GoalStatus
    band_min: int  # the band over the days judged against a goal
    band_max: int | None
    pace: GoalStatus | None = None  # met / below / above so far; None when not compared
    days_judged: int = 0  # days up to today with a goal in force
    days_with_data: int | None = None  # of those, with an activity-log row (levels only)
    judged_from: dt.date | None = None  # the first and last day judged
    judged_to: dt.date | None = None
    periods: tuple[PeriodCheck, ...] = ()

    @property
    def judged(self) -> bool:
        """Whether the actual was compared with a band (met, below, above or in progress)."""
        return self.pace is not None


def list_goals(db: Database, group_id: int) -> list[Goal]:
    """Every goal of a group, by metric then effective date (history included)."""
    goals = _goals(db.conn, "WHERE group_id = ?", (group_id,))
    return sorted(goals, key=lambda g: (_METRIC_ORDER.get(g.metric, 99), g.effective_from))


def set_goal(
    db: Database,
    group_id: int,
    metric: str,
    period: str,
    min_value: int,
    max_value: int | None,
    *,
    effective_from: dt.date,
) -> int:
    """Add a goal from `effective_from` on (replacing one from the same day); return its id."""
    if metric not in codes(Metric):
        raise ValidationError("metric", msg('"{metric}" is not a known metric.', metric=metric))
    if period not in codes(Period):
        raise ValidationError(
            "period", msg('"{period}" is not a known period (week or month).', period=period)
        )
    if not _is_int(min_value) or min_value < 0:
        raise ValidationError("min_value", msg("The minimum must be a whole number, 0 or more."))
    if max_value is not None and (not _is_int(max_value) or max_value < min_value):
        raise ValidationError(
            "max_value",
            msg("The maximum cannot be below the minimum ({min_value}).", min_value=min_value),
        )
    if not isinstance(effective_from, dt.date):
        raise ValidationError("effective_from", msg("The effective-from date must be a date."))
    day = _iso(effective_from)
    with db.transaction() as conn:
        group_name(db, group_id)
        conn.execute(
            """
            INSERT INTO goals (group_id, metric, period, min_value, max_value, effective_from)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (group_id, metric, effective_from) DO UPDATE SET
                period = excluded.period,
                min_value = excluded.min_value,
                max_value = excluded.max_value
            """,
            (group_id, str(metric), str(period), min_value, max_value, day),
        )
        (goal_id,) = conn.execute(
            "SELECT id FROM goals WHERE group_id = ? AND metric = ? AND effective_from = ?",
            (group_id, str(metric), day),
        ).fetchone()
        return int(goal_id)


def delete_goal(db: Database, goal_id: int) -> None:
    """Remove one goal row; the one before it (if any) is in force again."""
    with db.transaction() as conn:
        if conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,)).rowcount == 0:
            raise ValidationError(
                "goal", msg("There is no goal with id {goal_id}.", goal_id=goal_id)
            )


def goal_in_force(db: Database, group_id: int, metric: str, on: dt.date) -> Goal | None:
    """The goal for a metric that applied on a day: the latest one effective by then."""
    found = _goals(
        db.conn,
        "WHERE group_id = ? AND metric = ? AND effective_from <= ? "
        "ORDER BY effective_from DESC LIMIT 1",
        (group_id, str(metric), _iso(on)),
    )
    return found[0] if found else None


def current_goals(db: Database, group_id: int, on: dt.date) -> list[Goal]:
    """The goal in force on a day for each metric that has one, in metric order."""
    goals = _goals(
        db.conn,
        """
        WHERE group_id = :g AND effective_from = (
            SELECT max(x.effective_from) FROM goals x
            WHERE x.group_id = :g AND x.metric = goals.metric AND x.effective_from <= :on)
        """,
        {"g": group_id, "on": _iso(on)},
    )
    return sorted(goals, key=lambda g: _METRIC_ORDER.get(g.metric, 99))


def classify(actual: int, min_value: int, max_value: int | None) -> GoalStatus:
    """Met when min ≤ actual ≤ max (both ends included; no max means no upper bound)."""
    if actual < min_value:
        return GoalStatus.BELOW
    if max_value is not None and actual > max_value:
        return GoalStatus.ABOVE
    return GoalStatus.MET


def scaled_band(goal: Goal, start: dt.date, end: dt.date) -> tuple[int, int | None]:
    """The goal's band for an inclusive date range: levels as they are, counts scaled.

    Counts are scaled by the number of goal periods in the range: whole calendar months
    count as such, other ranges as days / 7 for weekly goals and days / 30.44 for monthly
    goals, rounded half up. (Verdicts scale per period instead: `groups.verdict`.)
    """
    if goal.metric in LEVEL_METRICS:
        return goal.min_value, goal.max_value
    factor = _periods_in(goal.period, start, end)
    low = round_half_up(goal.min_value * factor)
    high = None if goal.max_value is None else round_half_up(goal.max_value * factor)
    return low, high


def actual_value(db: Database, group_id: int, metric: str, start: dt.date, end: dt.date) -> int:
    """A metric's actual value for a group over an inclusive date range.

    members_total: members at the end of `end`; new_members: joins in the range;
    active_members and messages_per_day: the mean over the days with an activity-log row
    (a day without one is unknown, not zero), rounded half up, 0 without any; events_held:
    event occurrences starting in the range and by now (series expanded, skipped dates left
    out); attendance: attended check-ins of occurrences in the range; revenue: CNY income
    minus expense in fen (other currencies are not converted, so left out).
    """
    _check_range(start, end)
    conn = db.conn
    first, last = _iso(start), _iso(end)
    params = {"g": group_id, "first": first, "last": last}
    match metric:
        case Metric.MEMBERS_TOTAL:
            return members_on(db, group_id, end)
        case Metric.NEW_MEMBERS:
            return joined_between(db, group_id, start, end)
        case Metric.ACTIVE_MEMBERS:
            total, recorded = conn.execute(
                """SELECT coalesce(sum(active_members), 0), count(*) FROM activity_daily
                   WHERE group_id = :g AND day BETWEEN :first AND :last""",
                params,
            ).fetchone()
            return round_half_up(Fraction(total, recorded)) if recorded else 0
        case Metric.MESSAGES_PER_DAY:
            total, recorded = conn.execute(
                """SELECT coalesce(sum(messages), 0), count(*) FROM activity_daily
                   WHERE group_id = :g AND day BETWEEN :first AND :last""",
                params,
            ).fetchone()
            return round_half_up(Fraction(total, recorded)) if recorded else 0
        case Metric.EVENTS_HELD:
            return _events_held(conn, group_id, start, end, db.clock.now())
        case Metric.ATTENDANCE:
            sql = """SELECT count(*) FROM attendance a JOIN events e ON e.id = a.event_id
                     WHERE e.group_id = :g AND a.status = 'attended'
                     AND a.occurrence_start BETWEEN :first || 'T00:00:00'
                                                AND :last || 'T23:59:59'"""
        case Metric.REVENUE:
            sql = """SELECT coalesce(sum(CASE kind WHEN 'income' THEN amount_minor
                                                  ELSE -amount_minor END), 0)
                     FROM revenue WHERE group_id = :g AND currency = 'CNY'
                     AND day BETWEEN :first AND :last"""
        case _:
            raise ValidationError("metric", msg('"{metric}" is not a known metric.', metric=metric))
    return int(conn.execute(sql, params).fetchone()[0])


def _events_held(
    conn: sqlite3.Connection, group_id: int, start: dt.date, end: dt.date, now: dt.datetime
) -> int:
    """Count one-off events and expanded series occurrences that start in the range by now."""
    low = dt.datetime.combine(start, dt.time())
    # an occurrence that has not started yet has not been held
    high = min(dt.datetime.combine(end, dt.time(23, 59, 59)), now.replace(microsecond=0))
    if high < low:
        return 0
    bounds = (group_id, low.strftime(_STAMP_FORMAT), high.strftime(_STAMP_FORMAT))
    # Rows without a rule are one-off events, including edited occurrences of a series.
    (held,) = conn.execute(
        "SELECT count(*) FROM events WHERE group_id = ? AND rrule IS NULL "
        "AND starts_at BETWEEN ? AND ?",
        bounds,
    ).fetchone()
    series = conn.execute(
        "SELECT id, starts_at, rrule FROM events WHERE group_id = ? AND rrule IS NOT NULL "
        "AND starts_at <= ?",
        (group_id, bounds[2]),
    ).fetchall()
    for series_id, starts_at, rule in series:
        # skipped dates, and occurrences edited into rows of their own (counted above)
        skipped = {
            stamp
            for (stamp,) in conn.execute(
                "SELECT occurrence_start FROM event_exdates WHERE event_id = :s "
                "UNION SELECT recurrence_start FROM events "
                "WHERE series_id = :s AND recurrence_start IS NOT NULL",
                {"s": series_id},
            )
        }
        dtstart = dt.datetime.strptime(starts_at, _STAMP_FORMAT)
        # the calendar's expansion (cached; an unreadable rule stands for its first occurrence)
        occurrences = rule_between(rule, dtstart, low, high)
        held += sum(1 for when in occurrences if when.strftime(_STAMP_FORMAT) not in skipped)
    return int(held)


def _goals(
    conn: sqlite3.Connection, where: str, params: tuple[object, ...] | dict[str, object]
) -> list[Goal]:
    rows = conn.execute(
        "SELECT id, group_id, metric, period, min_value, max_value, effective_from FROM goals "
        + where,
        params,
    )
    return [
        Goal(gid, group, metric, period, low, high, dt.date.fromisoformat(since))
        for gid, group, metric, period, low, high, since in rows
    ]


def _periods_in(period: str, start: dt.date, end: dt.date) -> Fraction:
    """How many goal periods an inclusive date range holds."""
    days = (end - start).days + 1
    if period == Period.WEEK:
        return Fraction(days, 7)
    next_day = end + dt.timedelta(days=1)
    if start.day == 1 and next_day.day == 1:
        return Fraction((end.year - start.year) * 12 + end.month - start.month + 1)
    return days / _MEAN_MONTH_DAYS


def round_half_up(value: Fraction) -> int:
    """A fraction rounded to the nearest whole number, halves up (2.5 events read as 3)."""
    # Python's round() rounds halves to even
    return math.floor(value + Fraction(1, 2))


def _check_range(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError(
            "end", msg("The range ends ({end}) before it starts ({start}).", end=end, start=start)
        )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _iso(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
