"""Occurrences on the calendar: series expanded over a day range, host conflicts, moving one."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from desktop.models.calendar.events import (
    EVENT_COLUMNS,
    Event,
    EventDraft,
    edit_occurrence,
    event_from_row,
    get_event,
    json_ids,
    update_event,
)
from desktop.models.calendar.recurrence import rule_between, stamp
from desktop.models.storage.db import Database


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence on the calendar, expanded for display (never stored one row each).

    `event_id` is the row that holds it (the series for a plain occurrence) and, with
    `start`, the key attendance is recorded under. `series_id` is the series it belongs
    to (itself for a plain occurrence, the parent for an edited one, None for a one-off);
    `original_start` is the occurrence's slot in the series (RECURRENCE-ID).
    """

    event_id: int
    series_id: int | None
    original_start: dt.datetime
    start: dt.datetime
    end: dt.datetime
    group_id: int
    title: str
    type: str
    host_id: int | None
    online: bool
    location: str
    capacity: int | None

    @property
    def key(self) -> tuple[int, str]:
        """(event id, start stamp): what attendance rows point at."""
        return self.event_id, stamp(self.start)

    @property
    def recurring(self) -> bool:
        """Whether this occurrence belongs to a series."""
        return self.series_id is not None


def occurrences(
    db: Database, start: dt.date, end: dt.date, group_id: int | None = None
) -> list[Occurrence]:
    """Every occurrence starting within the inclusive day range, by start then title."""
    low = dt.datetime.combine(start, dt.time())
    high = dt.datetime.combine(end, dt.time(23, 59, 59))
    where, params = "", {"low": stamp(low), "high": stamp(high), "g": group_id}
    if group_id is not None:
        where = " AND group_id = :g"
    conn = db.conn
    found: list[Occurrence] = []
    for row in conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE rrule IS NULL"
        f" AND starts_at BETWEEN :low AND :high{where}",
        params,
    ):
        event = event_from_row(row)
        original = event.recurrence_start or event.starts_at
        found.append(_occurrence(event, event.series_id, original, event.starts_at))
    series = [
        event_from_row(row)
        for row in conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events"
            f" WHERE rrule IS NOT NULL AND starts_at <= :high{where}",
            params,
        )
    ]
    skipped = _skipped(conn, [s.id for s in series])
    for event in series:
        assert event.rrule is not None
        gone = skipped.get(event.id, set())
        for when in rule_between(event.rrule, event.starts_at, low, high):
            if not gone or stamp(when) not in gone:
                found.append(_occurrence(event, event.id, when, when))
    found.sort(key=lambda o: (o.start, o.title, o.event_id))
    return found


def _skipped(conn: sqlite3.Connection, series_ids: Sequence[int]) -> dict[int, set[str]]:
    """Per series: skipped dates and slots that were edited into rows of their own."""
    skipped: dict[int, set[str]] = {}
    if not series_ids:
        return skipped
    for sid, when in conn.execute(
        "SELECT event_id, occurrence_start FROM event_exdates"
        " WHERE event_id IN (SELECT value FROM json_each(:ids))"
        " UNION ALL SELECT series_id, recurrence_start FROM events"
        " WHERE series_id IN (SELECT value FROM json_each(:ids))"
        " AND recurrence_start IS NOT NULL",
        {"ids": json_ids(series_ids)},
    ):
        skipped.setdefault(sid, set()).add(when)
    return skipped


def _occurrence(
    event: Event, series_id: int | None, original: dt.datetime, start: dt.datetime
) -> Occurrence:
    return Occurrence(
        event_id=event.id,
        series_id=series_id,
        original_start=original,
        start=start,
        end=start + (event.ends_at - event.starts_at),
        group_id=event.group_id,
        title=event.title,
        type=event.type,
        host_id=event.host_id,
        online=event.online,
        location=event.location,
        capacity=event.capacity,
    )


def find_conflicts(items: Iterable[Occurrence]) -> set[tuple[int, str]]:
    """Keys of occurrences whose host has another occurrence overlapping in time."""
    by_host: dict[int, list[Occurrence]] = {}
    for occ in items:
        if occ.host_id is not None:
            by_host.setdefault(occ.host_id, []).append(occ)
    clashing: set[tuple[int, str]] = set()
    for hosted in by_host.values():
        hosted.sort(key=lambda o: o.start)
        latest: Occurrence | None = None  # the one reaching furthest so far
        for occ in hosted:
            if latest is not None and occ.start < latest.end:
                clashing.add(occ.key)
                clashing.add(latest.key)
            if latest is None or occ.end > latest.end:
                latest = occ
    return clashing


def conflicts_for(db: Database, draft: EventDraft, ignore_id: int | None = None) -> int:
    """How many other occurrences of the draft's host overlap its first occurrence."""
    if draft.host_id is None:
        return 0
    length = draft.ends_at - draft.starts_at
    near = occurrences(db, draft.starts_at.date() - dt.timedelta(days=1), draft.ends_at.date())
    return sum(
        1
        for o in near
        if o.host_id == draft.host_id
        and o.event_id != ignore_id
        and o.start < draft.starts_at + length
        and draft.starts_at < o.end
    )


def move_occurrence(db: Database, occurrence: Occurrence, to_day: dt.date) -> int:
    """Move one occurrence to another day at the same time; return the row that holds it."""
    shift = dt.datetime.combine(to_day, occurrence.start.time()) - occurrence.start
    if occurrence.series_id == occurrence.event_id:
        event = get_event(db, occurrence.event_id)
        draft = replace(
            event.draft(),
            rrule=None,
            starts_at=occurrence.start + shift,
            ends_at=occurrence.end + shift,
        )
        return edit_occurrence(db, occurrence.event_id, occurrence.original_start, draft)
    event = get_event(db, occurrence.event_id)
    draft = replace(event.draft(), starts_at=event.starts_at + shift, ends_at=event.ends_at + shift)
    update_event(db, event.id, draft)
    return event.id
