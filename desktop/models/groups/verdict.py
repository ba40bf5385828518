"""Verdicts of a group's goals over a range: period by period, up to today, over days with data.

The rule, so every figure can be checked by hand:

- **Days judged.** The range is cut at today (asked of the database's clock); today counts
  as a day judged. Of those days, only the ones with a goal in force are judged: days
  before a metric's first goal are "no goal", never "below". A goal applies from its
  effective date on, until the next goal of the metric takes over.
- **Periods.** The days judged fall into the goal's periods: weeks from Monday to Sunday (the
  dashboard's weeks) or calendar months. A period is cut to the range, to today and to the
  days its goal was in force, so a goal that starts on a Wednesday makes a period of its own
  from Wednesday to Sunday, and the goal before it (if any) judges Monday and Tuesday.
- **Counts** (new members, events held, attendance, revenue): a period's band is the goal's
  band times the period's days over the whole period's days (7 for a week, 28–31 for a
  month), rounded half up; its actual is the sum of its days. The range's band is the sum of
  its periods' bands and its actual the sum of their actuals.
- **Levels** (messages per day, active members): the mean over the days with an
  activity-log row (typed or imported; a day without one is unknown, not zero), rounded half
  up; the band is the goals' band averaged over the same days (the band itself when one goal
  was in force throughout). Members total is the count at the end of the last day judged,
  against the band in force that day.
- **Coverage.** Days with data are days judged with an activity-log row. Messages per day
  and active members are "not enough data" when fewer than half the days judged have data
  (exactly half is enough: 15 of 30 is judged, 14 of 30 is not).
- **Status.** "no goal" when no day judged had a goal; else "not enough data" as above; else
  "in progress" when the days judged reach today (the current period is not over; its band
  is scaled to the days elapsed, today included), with the pace (met / below / above) kept
  beside it; else met, below or above the band (both ends included).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from fractions import Fraction

from desktop.models.core.codes import Metric, Period
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.core.scope import Scope
from desktop.models.dashboard.facts import Facts
from desktop.models.groups.goals import (
    LEVEL_METRICS,
    Goal,
    GoalCheck,
    GoalStatus,
    PeriodCheck,
    classify,
    list_goals,
    round_half_up,
)
from desktop.models.storage.db import Database

# Levels read from the activity log: averaged over days with data, judged only with enough.
LOGGED_METRICS = frozenset({Metric.MESSAGES_PER_DAY, Metric.ACTIVE_MEMBERS})
# Counts summed from one daily figure of `Facts`.
_COUNTED: dict[str, str] = {
    Metric.NEW_MEMBERS: "joins",
    Metric.EVENTS_HELD: "held",  # occurrences that have started by now
    Metric.ATTENDANCE: "attended",
    Metric.REVENUE: "revenue_net",  # CNY income minus expense, in fen
}
_LOGGED: dict[str, str] = {Metric.MESSAGES_PER_DAY: "messages", Metric.ACTIVE_MEMBERS: "active"}


def enough_data(days_with_data: int, days_judged: int) -> bool:
    """Whether at least half the days judged have data (exactly half is enough)."""
    return 2 * days_with_data >= days_judged


def period_of(day: dt.date, period: str) -> tuple[dt.date, dt.date]:
    """The whole goal period holding a day: its Monday-to-Sunday week or its calendar month."""
    if period == Period.WEEK:
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def group_health(db: Database, group_id: int, start: dt.date, end: dt.date) -> list[GoalCheck]:
    """Each metric that has a goal (at any date), judged over the range by the rule above."""
    if end < start:
        raise ValidationError(
            "end", msg("The range ends ({end}) before it starts ({start}).", end=end, start=start)
        )
    last = min(end, db.clock.today())
    facts = Facts(db, Scope(group_id, start, last)) if last >= start else None
    return judge_goals(db, group_id, start, end, facts)


def metric_verdict(
    db: Database, group_id: int, metric: str, start: dt.date, end: dt.date
) -> GoalCheck | None:
    """One metric's verdict over the range by the rule above; None when the group never
    had a goal for it."""
    goals = [g for g in list_goals(db, group_id) if g.metric == metric]
    if not goals:
        return None
    today = db.clock.today()
    last = min(end, today)
    facts = Facts(db, Scope(group_id, start, last)) if last >= start else None
    return judge_metric(facts, group_id, metric, goals, start, last, today, end)


def judge_goals(
    db: Database, group_id: int, start: dt.date, end: dt.date, facts: Facts | None
) -> list[GoalCheck]:
    """The checks of `group_health`, from `facts` already read for start..(end or before).

    `facts` must start on `start` and reach min(end, today); None when the range is all in
    the future (nothing is judged then).
    """
    by_metric: dict[str, list[Goal]] = {}
    for goal in list_goals(db, group_id):
        by_metric.setdefault(goal.metric, []).append(goal)
    today = db.clock.today()
    last = min(end, today)
    return [
        judge_metric(facts, group_id, metric, goals, start, last, today, end)
        for metric, goals in by_metric.items()
    ]


def judge_metric(
    facts: Facts | None,
    group_id: int,
    metric: str,
    goals: Sequence[Goal],
    start: dt.date,
    last: dt.date,
    today: dt.date,
    end: dt.date | None = None,
) -> GoalCheck:
    """One metric's verdict over start..last (last ≤ today), its goals sorted by date.

    The check names the goal in force at `end` (the range's end, `last` when None), or the
    metric's first goal when none was in force by then.
    """
    at = last if end is None else end
    final = next((g for g in reversed(goals) if g.effective_from <= at), goals[0])
    if facts is None or last < start:
        return GoalCheck(final, 0, GoalStatus.NOT_ENOUGH_DATA, 0, None, days_judged=0)
    days = _Days(facts, group_id, metric, start, last)
    pieces = _pieces(goals, start, last)
    periods = tuple(days.period_check(metric, goal, a, b, today) for goal, a, b in pieces)
    if not periods:
        return GoalCheck(final, days.actual(start, last) or 0, GoalStatus.NO_GOAL, 0, None)
    judged_from, judged_to = periods[0].start, periods[-1].end
    judged = sum((p.end - p.start).days + 1 for p in periods)
    with_data = sum(p.days_with_data for p in periods)
    if metric in LEVEL_METRICS:
        actual, low, high = days.level_verdict(metric, pieces)
    else:
        actual = sum(p.actual or 0 for p in periods)
        low = sum(p.band_min for p in periods)
        highs = [p.band_max for p in periods]
        high = None if None in highs else sum(h for h in highs if h is not None)
    coverage = with_data if metric in LOGGED_METRICS else None
    if coverage is not None and not enough_data(coverage, judged):
        status, pace = GoalStatus.NOT_ENOUGH_DATA, None
    else:
        pace = classify(actual, low, high)
        status = GoalStatus.IN_PROGRESS if judged_to >= today else pace
    return GoalCheck(
        final, actual, status, low, high, pace, judged, coverage, judged_from, judged_to, periods
    )


def _pieces(
    goals: Sequence[Goal], start: dt.date, last: dt.date
) -> list[tuple[Goal, dt.date, dt.date]]:
    """The goal periods over start..last, each cut to its goal's days: (goal, first, last)."""
    found: list[tuple[Goal, dt.date, dt.date]] = []
    for n, goal in enumerate(goals):
        until = goals[n + 1].effective_from - dt.timedelta(days=1) if n + 1 < len(goals) else last
        day, stop = max(goal.effective_from, start), min(until, last)
        while day <= stop:
            _, period_end = period_of(day, goal.period)
            end = min(period_end, stop)
            found.append((goal, day, end))
            day = end + dt.timedelta(days=1)
    return found


class _Days:
    """A metric's daily figures over the days judged, and whether each day has data."""

    def __init__(
        self, facts: Facts, group_id: int, metric: str, start: dt.date, last: dt.date
    ) -> None:
        self.facts = facts
        self.offset = facts.day_index(start)
        self.count = (last - start).days + 1
        self.start = start
        self.recorded = self._slice(facts.daily("recorded", group_id))
        if metric == Metric.MEMBERS_TOTAL:
            base = facts.base_members(group_id)
            joins = facts.daily("joins", group_id)
            leaves = facts.daily("leaves", group_id)
            running, totals = base, []
            for j, lv in zip(joins, leaves, strict=True):
                running += j - lv
                totals.append(running)
            self.values = self._slice(totals)
        else:
            name = _COUNTED.get(metric) or _LOGGED.get(metric)
            if name is None:
                raise ValidationError(
                    "metric", msg('"{metric}" is not a known metric.', metric=metric)
                )
            self.values = self._slice(facts.daily(name, group_id))
        self.metric = metric

    def _slice(self, values: list[int]) -> list[int]:
        return values[self.offset : self.offset + self.count]

    def _at(self, day: dt.date) -> int:
        return (day - self.start).days

    def _range(self, first: dt.date, last: dt.date) -> range:
        return range(self._at(first), self._at(last) + 1)

    def actual(self, first: dt.date, last: dt.date) -> int | None:
        """The metric over first..last: a sum, a mean over days with data, or a snapshot."""
        if self.metric == Metric.MEMBERS_TOTAL:
            return self.values[self._at(last)]
        days = self._range(first, last)
        if self.metric in LOGGED_METRICS:
            seen = [n for n in days if self.recorded[n]]
            if not seen:
                return None
            return round_half_up(Fraction(sum(self.values[n] for n in seen), len(seen)))
        return sum(self.values[n] for n in days)

    def period_check(
        self, metric: str, goal: Goal, first: dt.date, last: dt.date, today: dt.date
    ) -> PeriodCheck:
        """One piece of a goal period judged on its own."""
        days = (last - first).days + 1
        with_data = sum(self.recorded[n] for n in self._range(first, last))
        if metric in LEVEL_METRICS:
            low, high = goal.min_value, goal.max_value
        else:
            whole_start, whole_end = period_of(first, goal.period)
            share = Fraction(days, (whole_end - whole_start).days + 1)
            low = round_half_up(goal.min_value * share)
            high = None if goal.max_value is None else round_half_up(goal.max_value * share)
        actual = self.actual(first, last)
        if actual is None or (metric in LOGGED_METRICS and not enough_data(with_data, days)):
            status = GoalStatus.NOT_ENOUGH_DATA
        elif last >= today:
            status = GoalStatus.IN_PROGRESS
        else:
            status = classify(actual, low, high)
        return PeriodCheck(first, last, goal, actual, low, high, status, with_data)

    def level_verdict(
        self, metric: str, pieces: Sequence[tuple[Goal, dt.date, dt.date]]
    ) -> tuple[int, int, int | None]:
        """A level's actual and band over the pieces: see the module's rule."""
        if metric == Metric.MEMBERS_TOTAL:
            goal, _, last = pieces[-1]
            return self.values[self._at(last)], goal.min_value, goal.max_value
        seen: list[tuple[int, Goal]] = [
            (n, goal)
            for goal, first, last in pieces
            for n in self._range(first, last)
            if self.recorded[n]
        ]
        if not seen:  # no data at all: the band over every day judged, for the record
            seen = [(n, goal) for goal, first, last in pieces for n in self._range(first, last)]
            actual = 0
        else:
            actual = round_half_up(Fraction(sum(self.values[n] for n, _ in seen), len(seen)))
        low = round_half_up(Fraction(sum(g.min_value for _, g in seen), len(seen)))
        highs = [g.max_value for _, g in seen]
        high = (
            None
            if None in highs
            else round_half_up(Fraction(sum(h for h in highs if h is not None), len(seen)))
        )
        return actual, low, high


def band_over(
    goals: Sequence[Goal], metric: str, first: dt.date, last: dt.date
) -> tuple[int, int | None] | None:
    """The band of first..last by the same rule, for a chart's period; None without a goal.

    A count's band adds each day's share of its goal's band (the band over the days of the
    goal period holding it), rounded half up once; a level's band is the mean of the bands
    of the days with a goal. `goals` are one metric's, sorted by effective date.
    """
    lows: list[Fraction] = []
    highs: list[Fraction | None] = []
    day = first
    while day <= last:
        goal = next((g for g in reversed(goals) if g.effective_from <= day), None)
        if goal is not None:
            share = Fraction(1)
            if metric not in LEVEL_METRICS:
                whole_start, whole_end = period_of(day, goal.period)
                share = Fraction(1, (whole_end - whole_start).days + 1)
            lows.append(goal.min_value * share)
            highs.append(None if goal.max_value is None else goal.max_value * share)
        day += dt.timedelta(days=1)
    if not lows:
        return None
    divisor = len(lows) if metric in LEVEL_METRICS else 1
    high = None if None in highs else sum(h for h in highs if h is not None) / divisor
    return (
        round_half_up(sum(lows, Fraction(0)) / divisor),
        None if high is None else round_half_up(Fraction(high)),
    )
