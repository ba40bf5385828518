"""Rows of the revenue sheet of an export, and the monthly totals its summary charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from desktop.models.core.codes import CategoryKind, category_kind
from desktop.models.groups.sheet_rows import SheetScope, count_of
from desktop.models.storage.db import Database


def revenue_kind(kind: str, category: str) -> str:
    """Direct income, indirect income or expense, from the entry's kind and category."""
    found = category_kind(category)
    if kind == "expense" or found is CategoryKind.EXPENSE:
        return "expense"
    return "direct" if found is CategoryKind.DIRECT else "indirect"


def first_revenue_day(db: Database) -> str | None:
    """The day of the earliest entry (ISO), None when there is none."""
    (first,) = db.conn.execute("SELECT min(day) FROM revenue").fetchone()
    return None if first is None else str(first)


def _revenue_sql(scope: SheetScope, count: bool) -> tuple[str, list[Any]]:
    where, params = scope.in_groups("r.group_id")
    what = (
        "count(*)"
        if count
        else "r.day, g.name, r.kind, r.category, r.amount_minor, r.currency, r.channel, "
        "m.name, e.title, p.name, r.note"
    )
    sql = f"SELECT {what} FROM revenue r"
    if not count:
        sql += """
            LEFT JOIN groups g ON g.id = r.group_id
            LEFT JOIN members m ON m.id = r.member_id
            LEFT JOIN events e ON e.id = r.event_id
            LEFT JOIN partners p ON p.id = r.partner_id
        """
    sql += f" WHERE {where} AND r.day BETWEEN ? AND ?"
    if not count:
        sql += " ORDER BY r.day, r.id"
    return sql, [*params, scope.first, scope.last]


def count_revenue_rows(db: Database, scope: SheetScope) -> int:
    """How many rows `revenue_rows` yields."""
    return count_of(db, _revenue_sql(scope, count=True))


def revenue_rows(db: Database, scope: SheetScope) -> Iterator[tuple[Any, ...]]:
    """Entries in scope by day, codes as stored.

    Each row: day, group, kind, category, amount (minor units), currency, channel, member,
    event, partner, note.
    """
    return iter(db.conn.execute(*_revenue_sql(scope, count=False)))


def monthly_totals(
    db: Database, scope: SheetScope, start: dt.date, end: dt.date
) -> dict[tuple[str, str], tuple[int, int]]:
    """(month, currency) -> (income, expense) in minor units, for the groups in scope."""
    where, params = scope.in_groups("r.group_id")
    rows = db.conn.execute(
        f"""
        SELECT substr(r.day, 1, 7), r.currency,
               sum(CASE WHEN r.kind = 'income' THEN r.amount_minor ELSE 0 END),
               sum(CASE WHEN r.kind = 'expense' THEN r.amount_minor ELSE 0 END)
        FROM revenue r WHERE {where} AND r.day BETWEEN ? AND ?
        GROUP BY 1, 2
        """,
        [*params, start.isoformat(), end.isoformat()],
    ).fetchall()
    return {(m, c): (int(i), int(e)) for m, c, i, e in rows}
