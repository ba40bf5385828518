"""Rows of the events and attendance sheets of an export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dateutil.rrule import rrulestr

from desktop.models.calendar.recurrence import parse_stamp
from desktop.models.groups.sheet_rows import SheetScope, count_of
from desktop.models.storage.db import Database


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event (or series) as the events sheet shows it: stored codes and texts."""

    group: str
    title: str
    type: str
    starts_at: str
    ends_at: str
    rrule: str | None
    online: bool
    location: str
    host: str | None
    capacity: int | None
    attended: int  # check-ins of its occurrences in the range
    changed_occurrence: bool  # a changed occurrence of a series


def _stamps(scope: SheetScope) -> tuple[str, str]:
    return f"{scope.first}T00:00:00", f"{scope.last}T23:59:59"


def event_rows(db: Database, scope: SheetScope) -> Iterator[EventRow]:
    """Events starting in scope, and series with an occurrence in it, by start."""
    conn = db.conn
    where, params = scope.in_groups("e.group_id")
    low, high = _stamps(scope)
    attended = dict(
        conn.execute(
            "SELECT event_id, count(*) FROM attendance WHERE status = 'attended' "
            "AND occurrence_start BETWEEN ? AND ? GROUP BY event_id",
            (low, high),
        ).fetchall()
    )
    sql = f"""
        SELECT e.id, g.name, e.title, e.type, e.starts_at, e.ends_at, e.rrule, e.online,
               e.location, h.name, e.capacity, e.series_id
        FROM events e JOIN groups g ON g.id = e.group_id
        LEFT JOIN members h ON h.id = e.host_id
        WHERE {where} AND e.starts_at <= ?
          AND (e.rrule IS NOT NULL OR e.starts_at >= ?)
        ORDER BY e.starts_at, e.id
    """
    first = dt.datetime.fromisoformat(low)
    last = dt.datetime.fromisoformat(high)
    for found in conn.execute(sql, [*params, high, low]).fetchall():
        eid, group, title, kind, starts, ends, rule, online = found[:8]
        location, host, capacity, series = found[8:]
        if rule and not _occurs(rule, parse_stamp(starts), first, last):
            continue  # a series with no occurrence in the range
        yield EventRow(
            group,
            title,
            kind,
            starts,
            ends,
            rule,
            bool(online),
            location,
            host,
            capacity,
            attended.get(eid, 0),
            series is not None,
        )


def _occurs(rule: str, start: dt.datetime, low: dt.datetime, high: dt.datetime) -> bool:
    """Whether a series has an occurrence in [low, high] (without expanding it all)."""
    try:
        found = rrulestr(rule, dtstart=start).after(low, inc=True)
    except (ValueError, TypeError, OverflowError):
        return low <= start <= high  # an unreadable rule stands for its first occurrence
    return found is not None and found <= high


def _attendance_sql(scope: SheetScope, count: bool) -> tuple[str, list[Any]]:
    where, params = scope.in_groups("e.group_id")
    what = "count(*)" if count else "e.title, g.name, a.occurrence_start, m.id, m.name, a.status"
    sql = f"""
        SELECT {what} FROM attendance a
        JOIN events e ON e.id = a.event_id
        JOIN groups g ON g.id = e.group_id
        JOIN members m ON m.id = a.member_id
        WHERE {where} AND a.occurrence_start BETWEEN ? AND ?
    """
    if not count:
        sql += " ORDER BY a.occurrence_start, e.id, m.id"
    return sql, [*params, *_stamps(scope)]


def count_attendance_rows(db: Database, scope: SheetScope) -> int:
    """How many rows `attendance_rows` yields."""
    return count_of(db, _attendance_sql(scope, count=True))


def attendance_rows(db: Database, scope: SheetScope) -> Iterator[tuple[Any, ...]]:
    """(event, group, occurrence start, member id, member, status code) by occurrence."""
    return iter(db.conn.execute(*_attendance_sql(scope, count=False)))
