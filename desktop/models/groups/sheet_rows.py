"""Rows of the groups, activity and goals sheets of an export, and the scope all sheets share."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.models.core.codes import Metric
from desktop.models.storage.db import Database

_FAR_PAST, _FAR_FUTURE = "0001-01-01", "9999-12-31"


@dataclass(frozen=True, slots=True)
class SheetScope:
    """The groups (None = all) and the inclusive dates (None = open) an export reads."""

    group_ids: tuple[int, ...] | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def first(self) -> str:
        """The first day as ISO text (far in the past when open)."""
        return self.start.isoformat() if self.start else _FAR_PAST

    @property
    def last(self) -> str:
        """The last day as ISO text (far in the future when open)."""
        return self.end.isoformat() if self.end else _FAR_FUTURE

    @property
    def everything(self) -> bool:
        """Whether the scope is every group over all time."""
        return self.group_ids is None and not self.start and not self.end

    def in_groups(self, column: str) -> tuple[str, list[Any]]:
        """An SQL condition (and its parameters) keeping rows whose `column` is in scope."""
        if self.group_ids is None:
            return "1", []
        return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(self.group_ids)]


def count_of(db: Database, query: tuple[str, list[Any]]) -> int:
    """The number a `SELECT count(*)` query (SQL text, parameters) returns."""
    sql, params = query
    return int(db.conn.execute(sql, params).fetchone()[0])


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One group as the groups sheet shows it: stored codes, counts and texts."""

    name: str
    platform: str
    purposes: list[str]
    value_types: list[str]
    theme: str
    audience: str
    structure: str
    stage: str | None
    fee_minor: int | None
    fee_currency: str
    fee_period_months: int | None
    capacity: int | None
    current_members: int
    created_on: str
    thresholds: list[tuple[str, str]]  # (kind, description) by kind
    rules: list[str]  # rules in force, in order


def first_group_day(db: Database) -> str | None:
    """The earliest day a group was created or has activity on (ISO), None when none."""
    (first,) = db.conn.execute(
        "SELECT min(d) FROM (SELECT min(created_on) AS d FROM groups "
        "UNION ALL SELECT min(day) FROM activity_daily)"
    ).fetchone()
    return None if first is None else str(first)


def group_rows(db: Database, scope: SheetScope) -> Iterator[GroupRow]:
    """The groups in scope, archived ones last, by name."""
    conn = db.conn
    where, params = scope.in_groups("g.id")
    sql = f"""
        SELECT g.id, g.name, g.platform, g.purposes, g.value_types, g.theme, g.audience,
               g.structure,
               (SELECT l.stage FROM lifecycle_history l WHERE l.group_id = g.id
                ORDER BY l.began_on DESC, l.id DESC LIMIT 1),
               g.fee_minor, g.fee_currency, g.fee_period_months, g.capacity,
               (SELECT count(*) FROM memberships s WHERE s.group_id = g.id
                AND s.left_on IS NULL),
               g.created_on
        FROM groups g WHERE {where} ORDER BY g.archived, g.name COLLATE NOCASE
    """
    for found in conn.execute(sql, params).fetchall():
        (gid, name, platform, purposes, values, theme, audience, structure) = found[:8]
        (stage, fee, currency, months, capacity, members, created) = found[8:]
        thresholds = conn.execute(
            "SELECT kind, description FROM group_thresholds WHERE group_id = ? ORDER BY kind",
            (gid,),
        ).fetchall()
        rules = [
            text
            for (text,) in conn.execute(
                "SELECT text FROM group_rules WHERE group_id = ? AND retired_on IS NULL "
                "ORDER BY position, id",
                (gid,),
            )
        ]
        yield GroupRow(
            name,
            platform,
            _codes(purposes),
            _codes(values),
            theme,
            audience,
            structure,
            stage,
            fee,
            currency,
            months,
            capacity,
            members,
            created,
            thresholds,
            rules,
        )


def _activity_sql(scope: SheetScope, count: bool) -> tuple[str, list[Any]]:
    where, params = scope.in_groups("a.group_id")
    what = (
        "count(*)"
        if count
        else "g.name, a.day, a.messages, a.active_members, a.joined, a.left_count"
    )
    sql = f"""
        SELECT {what} FROM activity_daily a JOIN groups g ON g.id = a.group_id
        WHERE {where} AND a.day BETWEEN ? AND ?
    """
    if not count:
        sql += " ORDER BY a.day, g.name COLLATE NOCASE"
    return sql, [*params, scope.first, scope.last]


def count_activity_rows(db: Database, scope: SheetScope) -> int:
    """How many rows `activity_rows` yields."""
    return count_of(db, _activity_sql(scope, count=True))


def activity_rows(db: Database, scope: SheetScope) -> Iterator[tuple[Any, ...]]:
    """(group, day, messages, active members, joined, left) by day and group name."""
    return iter(db.conn.execute(*_activity_sql(scope, count=False)))


def goal_rows(db: Database, scope: SheetScope) -> list[tuple[Any, ...]]:
    """(group, metric, period, min, max, effective from) by group name, metric, date."""
    where, params = scope.in_groups("x.group_id")
    order = {m.value: n for n, m in enumerate(Metric)}
    found = db.conn.execute(
        f"""SELECT g.name, x.metric, x.period, x.min_value, x.max_value, x.effective_from
            FROM goals x JOIN groups g ON g.id = x.group_id WHERE {where}""",
        params,
    ).fetchall()
    found.sort(key=lambda r: (r[0].casefold(), order.get(r[1], 99), r[5]))
    return found


def _codes(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []
