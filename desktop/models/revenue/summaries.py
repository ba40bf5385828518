"""Revenue summaries of a scope: totals, breakdowns, value, profit, conversions, goals, renewals.

Amounts are integer fen with a currency; every total is kept per currency and currencies are
never added together. Summaries take a `Scope` (group or all groups, inclusive dates).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dateutil.relativedelta import relativedelta

from desktop.models.core.codes import TICKET_CATEGORIES, Metric, Purpose, direct_category_sql
from desktop.models.core.common import is_int, iso, parse_date
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.core.money import DEFAULT_CURRENCY, currency_order
from desktop.models.core.scope import Scope
from desktop.models.groups.goals import GoalCheck, GoalStatus, actual_value
from desktop.models.groups.verdict import metric_verdict
from desktop.models.revenue.revenue import scope_sql
from desktop.models.storage.db import Database

# Beyond this a date range is "everything": month rows start at the first entry instead.
MAX_EMPTY_MONTHS = 120
DEFAULT_CONVERSION_DAYS = 30
DEFAULT_RENEWAL_DAYS = 30


@dataclass(frozen=True, slots=True)
class CurrencyTotals:
    """Income, expense and net of one currency; income split into direct and indirect."""

    currency: str
    income: int = 0
    expense: int = 0
    direct: int = 0
    indirect: int = 0
    entries: int = 0

    @property
    def net(self) -> int:
        """Income minus expense."""
        return self.income - self.expense

    @property
    def direct_share(self) -> float | None:
        """Direct income as a fraction of income (for display only); None without income."""
        return self.direct / self.income if self.income else None


def totals(db: Database, scope: Scope) -> list[CurrencyTotals]:
    """One row per currency used in the scope, CNY first."""
    where, params = scope_sql(scope)
    direct = direct_category_sql()
    rows = db.conn.execute(
        f"""
        SELECT currency,
               sum(CASE WHEN kind = 'income' THEN amount_minor ELSE 0 END),
               sum(CASE WHEN kind = 'expense' THEN amount_minor ELSE 0 END),
               sum(CASE WHEN kind = 'income' AND {direct}
                        THEN amount_minor ELSE 0 END),
               sum(refund_of IS NULL)
        FROM revenue r WHERE {where} GROUP BY currency
        """,
        params,
    ).fetchall()
    # sum() over integers stays an integer in SQLite: no float ever touches an amount
    found = {
        c: CurrencyTotals(c, int(i), int(e), int(d), int(i) - int(d), n) for c, i, e, d, n in rows
    }
    return [found[c] for c in currency_order(found)]


@dataclass(frozen=True, slots=True)
class CategoryTotal:
    """The sum of one category in one currency."""

    kind: str
    category: str
    currency: str
    amount: int
    entries: int


def by_category(db: Database, scope: Scope) -> list[CategoryTotal]:
    """Per category and currency: income categories first, then expenses, biggest first."""
    where, params = scope_sql(scope)
    rows = db.conn.execute(
        f"""
        SELECT kind, category, currency, sum(amount_minor), sum(refund_of IS NULL)
        FROM revenue r WHERE {where}
        GROUP BY kind, category, currency
        ORDER BY kind = 'expense', currency <> 'CNY', currency, sum(amount_minor) DESC
        """,
        params,
    )
    return [CategoryTotal(k, c, cur, int(a), int(n)) for k, c, cur, a, n in rows]


@dataclass(frozen=True, slots=True)
class MonthTotal:
    """Income and expense of one calendar month ("2026-11") in one currency."""

    month: str
    currency: str
    income: int
    expense: int

    @property
    def net(self) -> int:
        """Income minus expense."""
        return self.income - self.expense


def _months(first: dt.date, last: dt.date) -> list[str]:
    months: list[str] = []
    cursor = first.replace(day=1)
    while cursor <= last:
        months.append(f"{cursor.year:04d}-{cursor.month:02d}")
        cursor += relativedelta(months=1)
    return months


def by_month(db: Database, scope: Scope) -> list[MonthTotal]:
    """Every month of the scope for every currency used (CNY when none), empty months zero."""
    where, params = scope_sql(scope)
    rows = db.conn.execute(
        f"""
        SELECT substr(day, 1, 7), currency,
               sum(CASE WHEN kind = 'income' THEN amount_minor ELSE 0 END),
               sum(CASE WHEN kind = 'expense' THEN amount_minor ELSE 0 END)
        FROM revenue r WHERE {where} GROUP BY 1, 2
        """,
        params,
    ).fetchall()
    found = {(m, c): (int(i), int(e)) for m, c, i, e in rows}
    first = scope.start
    if len(_months(scope.start, scope.end)) > MAX_EMPTY_MONTHS and found:
        first = dt.date.fromisoformat(min(m for m, _ in found) + "-01")
    currencies = currency_order({c for _, c in found}) or [DEFAULT_CURRENCY]
    return [
        MonthTotal(month, currency, *found.get((month, currency), (0, 0)))
        for currency in currencies
        for month in _months(first, scope.end)
    ]


# ---- members: lifetime value and repeat purchases in sales groups --------------------------


_SALES_GROUP = (
    "r.group_id IN (SELECT g.id FROM groups g WHERE EXISTS "
    f"(SELECT 1 FROM json_each(g.purposes) WHERE value = '{Purpose.SALES.value}'))"
)
_DIRECT_SQL = direct_category_sql("r.category")
_TICKETS = ", ".join(f"'{code}'" for code in sorted(TICKET_CATEGORIES))


@dataclass(frozen=True, slots=True)
class MemberValue:
    """What one member paid in one currency over the scope, and in how many purchases."""

    member_id: int
    member_name: str
    currency: str
    amount: int
    purchases: int


@dataclass(frozen=True, slots=True)
class RepeatRate:
    """Buyers and repeat buyers (two or more purchases) in sales groups: 复购率."""

    buyers: int
    repeat_buyers: int

    @property
    def rate(self) -> float | None:
        """Repeat buyers as a fraction of buyers; None without buyers."""
        return self.repeat_buyers / self.buyers if self.buyers else None


def member_values(db: Database, scope: Scope, limit: int | None = None) -> list[MemberValue]:
    """Direct income per member and currency in the scope's sales groups, biggest first.

    "Lifetime" is the scope's date range: choose a long range for the whole lifetime.
    With `limit`, only that many rows (the biggest buyers) are returned.
    """
    where, params = scope_sql(scope)
    rows = db.conn.execute(
        f"""
        SELECT r.member_id, m.name, r.currency, sum(r.amount_minor), sum(r.refund_of IS NULL)
        FROM revenue r JOIN members m ON m.id = r.member_id
        WHERE {where} AND r.kind = 'income' AND {_DIRECT_SQL}
          AND {_SALES_GROUP}
        GROUP BY r.member_id, r.currency
        ORDER BY r.currency <> 'CNY', r.currency, sum(r.amount_minor) DESC, m.name
        LIMIT ?
        """,
        [*params, -1 if limit is None else limit],
    )
    return [MemberValue(int(i), n, c, int(a), int(p)) for i, n, c, a, p in rows]


def repeat_rate(db: Database, scope: Scope) -> RepeatRate:
    """Members with a direct purchase in a sales group, and those with two or more."""
    where, params = scope_sql(scope)
    buyers, repeaters = db.conn.execute(
        f"""
        SELECT count(*), coalesce(sum(n >= 2), 0) FROM (
            SELECT count(*) AS n FROM revenue r
            WHERE {where} AND r.kind = 'income' AND r.member_id IS NOT NULL
              AND r.refund_of IS NULL
              AND {_DIRECT_SQL} AND {_SALES_GROUP}
            GROUP BY r.member_id)
        """,
        params,
    ).fetchone()
    return RepeatRate(int(buyers), int(repeaters))


# ---- events: profit, attribution, conversion ----------------------------------------------


@dataclass(frozen=True, slots=True)
class EventProfit:
    """Ticket income − costs (linked expenses, else the event's own cost), in one currency."""

    event_id: int
    title: str
    day: dt.date
    currency: str
    tickets: int
    cost: int
    expenses: int

    @property
    def costs(self) -> int:
        """Linked expense entries; the event's own cost when none were recorded.

        The ledger usually records an event's cost as an expense linked to it (the demo does,
        for every occurrence), so adding both would count the cost twice.
        """
        return self.expenses if self.expenses else self.cost

    @property
    def profit(self) -> int:
        """Tickets minus costs (negative for a loss)."""
        return self.tickets - self.costs


def _event_scope(scope: Scope) -> tuple[str, list[Any]]:
    sql = "date(e.starts_at) BETWEEN ? AND ?"
    params: list[Any] = [iso(scope.start), iso(scope.end)]
    if scope.group_id is not None:
        sql += " AND e.group_id = ?"
        params.append(scope.group_id)
    return sql, params


def event_profits(db: Database, scope: Scope) -> list[EventProfit]:
    """Events starting in the scope that have a cost or linked entries, newest first.

    The event's cost counts in the event's currency; linked entries in another currency
    make a row of their own.
    """
    where, params = _event_scope(scope)
    rows = db.conn.execute(
        f"""
        WITH scoped AS (
            SELECT e.id, e.title, date(e.starts_at) AS day, e.currency, e.cost_minor
            FROM events e WHERE {where}),
        linked AS (
            SELECT r.event_id, r.currency,
                   sum(CASE WHEN r.kind = 'income' AND r.category IN ({_TICKETS})
                            THEN r.amount_minor ELSE 0 END) AS tickets,
                   sum(CASE WHEN r.kind = 'expense' THEN r.amount_minor ELSE 0 END) AS spent
            FROM revenue r WHERE r.event_id IN (SELECT id FROM scoped)
            GROUP BY r.event_id, r.currency)
        SELECT s.id, s.title, s.day, s.currency, coalesce(l.tickets, 0), s.cost_minor,
               coalesce(l.spent, 0), s.currency <> 'CNY' AS foreign_money
        FROM scoped s LEFT JOIN linked l ON l.event_id = s.id AND l.currency = s.currency
        WHERE s.cost_minor > 0 OR l.event_id IS NOT NULL
        UNION ALL
        SELECT s.id, s.title, s.day, l.currency, l.tickets, 0, l.spent, l.currency <> 'CNY'
        FROM scoped s JOIN linked l ON l.event_id = s.id AND l.currency <> s.currency
        ORDER BY 3 DESC, 1, 8, 4
        """,
        params,
    ).fetchall()
    return [
        EventProfit(int(i), t, parse_date(d), c, int(k), int(cost), int(x))
        for i, t, d, c, k, cost, x, _ in rows
    ]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Income credited to one event or one referrer, in one currency."""

    key_id: int
    name: str
    currency: str
    amount: int
    entries: int
    buyers: int


def _attribution(db: Database, scope: Scope, column: str, name_sql: str) -> list[Attribution]:
    where, params = scope_sql(scope)
    rows = db.conn.execute(
        f"""
        SELECT r.{column}, {name_sql}, r.currency, sum(r.amount_minor),
               sum(r.refund_of IS NULL), count(DISTINCT r.member_id)
        FROM revenue r
        LEFT JOIN events e ON e.id = r.event_id
        LEFT JOIN members rf ON rf.id = r.referrer_id
        WHERE {where} AND r.kind = 'income' AND r.{column} IS NOT NULL
        GROUP BY r.{column}, r.currency
        ORDER BY r.currency <> 'CNY', r.currency, sum(r.amount_minor) DESC
        """,
        params,
    )
    return [Attribution(int(k), n or "", c, int(a), int(e), int(b)) for k, n, c, a, e, b in rows]


def by_event(db: Database, scope: Scope) -> list[Attribution]:
    """Income in the scope that names the event it came from, per event and currency."""
    return _attribution(db, scope, "event_id", "e.title")


def by_referrer(db: Database, scope: Scope) -> list[Attribution]:
    """Income in the scope credited to a referring member, per referrer and currency."""
    return _attribution(db, scope, "referrer_id", "rf.name")


@dataclass(frozen=True, slots=True)
class Conversion:
    """Attendees of one event occurrence who paid within N days, and what they paid."""

    event_id: int
    title: str
    day: dt.date
    attendees: int
    converted: int
    revenue: dict[str, int] = field(default_factory=dict)  # per currency

    @property
    def rate(self) -> float | None:
        """Converted attendees as a fraction of attendees."""
        return self.converted / self.attendees if self.attendees else None


def conversions(
    db: Database, scope: Scope, days: int = DEFAULT_CONVERSION_DAYS
) -> list[Conversion]:
    """For each event held in the scope: attendees who paid within `days` days after it.

    A payment counts from the event's day through `days` days later, in any group; a ticket
    for the event itself is not a conversion. Newest events first.
    """
    if not is_int(days) or days < 0:
        raise ValidationError("days", msg("The conversion window is a number of days, 0 or more."))
    where, params = _event_scope(scope)
    occ = f"""
        SELECT a.event_id, e.title, a.occurrence_start AS start,
               date(a.occurrence_start) AS day, a.member_id
        FROM attendance a JOIN events e ON e.id = a.event_id
        WHERE a.status = 'attended' AND {where.replace("e.starts_at", "a.occurrence_start")}
    """
    counts = db.conn.execute(
        f"SELECT event_id, title, start, day, count(DISTINCT member_id) FROM ({occ}) "
        "GROUP BY event_id, start ORDER BY start DESC, event_id",
        params,
    ).fetchall()
    paid = db.conn.execute(
        f"""
        SELECT o.event_id, o.start, o.member_id, r.currency, sum(r.amount_minor)
        FROM ({occ}) o JOIN revenue r
          ON r.member_id = o.member_id AND r.kind = 'income'
         AND r.day BETWEEN o.day AND date(o.day, '+' || ? || ' days')
         AND NOT (r.event_id IS o.event_id AND r.category IN ({_TICKETS}))
        GROUP BY o.event_id, o.start, o.member_id, r.currency
        """,
        [*params, days],
    ).fetchall()
    converted: dict[tuple[int, str], set[int]] = {}
    revenue: dict[tuple[int, str], dict[str, int]] = {}
    for event_id, start, member_id, currency, amount in paid:
        key = (int(event_id), str(start))
        converted.setdefault(key, set()).add(int(member_id))
        sums = revenue.setdefault(key, {})
        sums[currency] = sums.get(currency, 0) + int(amount)
    return [
        Conversion(
            int(event_id),
            title,
            parse_date(day),
            int(n),
            len(converted.get((int(event_id), start), ())),
            {
                c: revenue.get((int(event_id), start), {})[c]
                for c in currency_order(revenue.get((int(event_id), start), {}))
            },
        )
        for event_id, title, start, day, n in counts
    ]


# ---- revenue goals -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RevenueGoal:
    """One group's net CNY revenue over a range, judged against its revenue goal band."""

    group_id: int
    group_name: str
    actual: int  # CNY income minus expense in fen, over the days judged (up to today)
    check: GoalCheck | None  # None when the group has no revenue goal judged in the range


def revenue_goals(db: Database, scope: Scope) -> list[RevenueGoal]:
    """The scope's group (or every open group, by name) against its revenue goal.

    Judged as the Groups tab and the dashboard judge it (`groups.verdict`): period by
    period up to today, each goal from the day it took effect, net CNY revenue as the
    actual; a range reaching today is "in progress" with its pace.
    """
    sql = "SELECT id, name FROM groups WHERE archived = 0 ORDER BY name COLLATE NOCASE"
    params: tuple[object, ...] = ()
    if scope.group_id is not None:
        sql, params = "SELECT id, name FROM groups WHERE id = ?", (scope.group_id,)
    found = []
    last = min(scope.end, db.clock.today())
    for group_id, name in db.conn.execute(sql, params).fetchall():
        check = metric_verdict(db, int(group_id), Metric.REVENUE, scope.start, scope.end)
        if check is not None and check.status != GoalStatus.NO_GOAL:
            actual = check.actual
        else:
            check = None
            actual = (
                actual_value(db, group_id, Metric.REVENUE, scope.start, last)
                if last >= scope.start
                else 0
            )
        found.append(RevenueGoal(int(group_id), str(name), actual, check))
    return found


# ---- renewals -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RenewalDue:
    """An open membership of a paid group whose paid period ends soon (or just ended)."""

    membership_id: int
    member_id: int
    member_name: str
    group_id: int
    group_name: str
    paid_until: dt.date
    fee_minor: int
    fee_currency: str

    def days_left(self, today: dt.date) -> int:
        """Days until the paid period ends; negative once it has."""
        return (self.paid_until - today).days


def renewals_due(
    db: Database,
    group_id: int | None,
    today: dt.date,
    within_days: int = DEFAULT_RENEWAL_DAYS,
) -> list[RenewalDue]:
    """Open paid memberships ending within `within_days` days either side of today."""
    params: list[Any] = [
        iso(today - dt.timedelta(days=within_days)),
        iso(today + dt.timedelta(days=within_days)),
    ]
    extra = ""
    if group_id is not None:
        extra = " AND g.id = ?"
        params.append(group_id)
    rows = db.conn.execute(
        f"""
        SELECT s.id, m.id, m.name, g.id, g.name, s.paid_until, g.fee_minor, g.fee_currency
        FROM memberships s
        JOIN members m ON m.id = s.member_id
        JOIN groups g ON g.id = s.group_id
        WHERE s.left_on IS NULL AND g.fee_period_months IS NOT NULL AND g.archived = 0
          AND s.paid_until BETWEEN ? AND ?{extra}
        ORDER BY s.paid_until, m.name
        """,
        params,
    )
    return [
        RenewalDue(int(s), int(m), n, int(g), gn, parse_date(u), int(f), c)
        for s, m, n, g, gn, u, f, c in rows
    ]
