"""Per-day, per-group figures of one scope, summed in SQL once and shared by every chart.

Switching the dashboard's metric or period only re-buckets these lists; a new group or
date range reads them again. Joins, leaves, check-ins and revenue come from the per-day
totals schema v5 keeps (a few hundred rows per group and year); messages from
activity_daily, one row per group and day ("recorded" is 1 on a day with a row: a day
with data, typed or imported). Events held count the occurrences that have started by now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from desktop.models.calendar.occurrences import Occurrence, occurrences
from desktop.models.core.common import iso
from desktop.models.core.money import DEFAULT_CURRENCY
from desktop.models.core.scope import Scope
from desktop.models.storage.db import Database

# Each query yields (group_id, day, value …); the names say what the values are.
_QUERIES: dict[tuple[str, ...], str] = {
    # activity_daily has one row per group and day (its primary key)
    ("messages", "active", "recorded"): """
        SELECT group_id, day, messages, active_members, 1 FROM activity_daily
        WHERE day BETWEEN :first AND :last{g}""",
    # member_days (schema v5) keeps joins, referred joins (裂变) and leaves per group and
    # day, so a year of a 50,000-member group is 365 rows, not a scan of its memberships
    ("joins", "referred", "leaves"): """
        SELECT group_id, day, joins, referred, leaves FROM member_days
        WHERE day BETWEEN :first AND :last{g}""",
    # attendance_days (schema v5): check-ins per group and day of the occurrence
    ("attended",): """
        SELECT group_id, day, attended FROM attendance_days
        WHERE day BETWEEN :first AND :last{g}""",
}
FACTS = (*(name for names in _QUERIES for name in names), "held", "revenue_net")
# (income, expense, direct income) per day of one currency
RevenueDays = tuple[list[int], list[int], list[int]]


class Facts:
    """Figures per day of a scope, per group; each kind is read on first use and kept."""

    def __init__(self, db: Database, scope: Scope) -> None:
        self.db = db
        self.scope = scope
        self.days = (scope.end - scope.start).days + 1
        self._daily: dict[str, dict[int | None, list[int]]] = {}
        self._base: dict[int, int] | None = None
        self._revenue: dict[int | None, dict[str, RevenueDays]] = {}
        self._occurrences: list[Occurrence] | None = None
        self._at: dict[str, int] | None = None

    def day_index(self, day: dt.date) -> int:
        """The position of a day in the daily lists."""
        return (day - self.scope.start).days

    def daily(self, name: str, group_id: int | None = None) -> list[int]:
        """One figure per day of the scope; `group_id` None sums the scope's groups."""
        if name == "revenue_net":
            income, expense, _ = self.revenue(group_id).get(DEFAULT_CURRENCY, self._zeros())
            return [i - e for i, e in zip(income, expense, strict=True)]
        per_group = self._daily.get(name)
        if per_group is None:
            self._load(name)
            per_group = self._daily[name]
        if group_id is not None:
            return per_group.get(group_id, [0] * self.days)
        return _sum_lists(per_group.values(), self.days)

    def base_members(self, group_id: int | None = None) -> int:
        """Memberships open at the end of the day before the scope starts."""
        if self._base is None:
            # every membership open then joined before the scope, and has not left before it
            sql = """SELECT group_id, sum(joins) - sum(leaves) FROM member_days
                     WHERE day < :first{g} GROUP BY group_id"""
            rows = self.db.conn.execute(self._sql(sql), self._params()).fetchall()
            self._base = {int(g): int(n) for g, n in rows}
        if group_id is not None:
            return self._base.get(group_id, 0)
        return sum(self._base.values())

    def revenue(self, group_id: int | None = None) -> dict[str, RevenueDays]:
        """Income, expense and direct income per day, per currency (never added together).

        `group_id` None is the scope: its group, or every entry (those without a group too).
        """
        key = self.scope.group_id if group_id is None else group_id
        found = self._revenue.get(key)
        if found is None:
            found = self._revenue[key] = self._read_revenue(key)
        return found

    def _read_revenue(self, group_id: int | None) -> dict[str, RevenueDays]:
        # revenue_days (schema v5) holds the sums per group, day and currency; group_key 0
        # is the entries without a group, which only the whole scope counts
        where = "" if group_id is None else " AND group_key = :g"
        sql = f"""SELECT day, currency, sum(income), sum(expense), sum(direct)
                  FROM revenue_days WHERE day BETWEEN :first AND :last{where} GROUP BY 1, 2
                  HAVING sum(income) <> 0 OR sum(expense) <> 0 OR sum(direct) <> 0"""
        found: dict[str, RevenueDays] = {}
        at = self._positions()
        for day, currency, income, expense, direct in self.db.conn.execute(
            sql, {**self._params(), "g": group_id}
        ):
            lists = found.get(currency)
            if lists is None:
                lists = found[currency] = self._zeros()
            n = at[day]
            lists[0][n], lists[1][n], lists[2][n] = int(income), int(expense), int(direct)
        return found

    def occurrences(self) -> list[Occurrence]:
        """The scope's occurrences (series expanded), read once for every chart and list."""
        if self._occurrences is None:
            scope = self.scope
            self._occurrences = occurrences(self.db, scope.start, scope.end, scope.group_id)
        return self._occurrences

    def group_ids(self) -> list[int]:
        """The groups of the scope: the chosen one, or every group."""
        if self.scope.group_id is not None:
            return [self.scope.group_id]
        return [int(g) for (g,) in self.db.conn.execute("SELECT id FROM groups ORDER BY id")]

    # ---- reading ------------------------------------------------------------------------

    def _load(self, name: str) -> None:
        if name == "held":
            self._load_held()
            return
        names = next(n for n in _QUERIES if name in n)
        found: list[dict[int | None, list[int]]] = [{} for _ in names]
        at = self._positions()
        rows = self.db.conn.execute(self._sql(_QUERIES[names]), self._params()).fetchall()
        for n, per_group in enumerate(found):
            # one pass per figure: each row adds into its group's list at its day
            for row in rows:
                value = row[2 + n]
                if value:
                    lists = per_group.get(row[0])
                    if lists is None:
                        lists = per_group[row[0]] = [0] * self.days
                    lists[at[row[1]]] += int(value)
        for figure, per_group in zip(names, found, strict=True):
            self._daily[figure] = per_group

    def _positions(self) -> dict[str, int]:
        """ISO day → its position in the daily lists (cheaper than parsing every row)."""
        if self._at is None:
            first = self.scope.start
            self._at = {iso(first + dt.timedelta(days=n)): n for n in range(self.days)}
        return self._at

    def _load_held(self) -> None:
        # a series is one row with a rule: its occurrences are expanded, not stored; one
        # that has not started by now has not been held
        per_group: dict[int | None, list[int]] = {}
        now = self.db.clock.now()
        for occ in self.occurrences():
            if occ.start > now:
                continue
            lists = per_group.get(occ.group_id)
            if lists is None:
                lists = per_group[occ.group_id] = [0] * self.days
            lists[self.day_index(occ.start.date())] += 1
        self._daily["held"] = per_group

    def _sql(self, sql: str) -> str:
        if self.scope.group_id is None:
            return sql.format(g="", gs="", ge="")
        return sql.format(
            g=" AND group_id = :g", gs=" AND s.group_id = :g", ge=" AND e.group_id = :g"
        )

    def _params(self) -> dict[str, Any]:
        scope = self.scope
        return {"g": scope.group_id, "first": iso(scope.start), "last": iso(scope.end)}

    def _zeros(self) -> RevenueDays:
        return ([0] * self.days, [0] * self.days, [0] * self.days)


def _sum_lists(lists: Iterable[Sequence[int]], days: int) -> list[int]:
    total = [0] * days
    for values in lists:
        for n, value in enumerate(values):
            total[n] += value
    return total
