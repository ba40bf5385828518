"""iCalendar (RFC 5545) export and import of events, keeping series as RRULE/EXDATE."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from icalendar import Calendar, vRecur
from icalendar import Event as VEvent

from desktop.models.calendar.events import (
    EVENT_COLUMNS,
    Event,
    EventDraft,
    event_from_row,
    insert_event_row,
    validate_in_transaction,
)
from desktop.models.calendar.recurrence import (
    join_rule,
    parse_stamp,
    rule_between,
    rule_parts,
    stamp,
)
from desktop.models.core.codes import EventType, codes
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.groups.queries import group_names
from desktop.models.storage.db import Database

PRODID = "-//QunDesk//QunDesk Calendar//ZH"
TYPE_PROPERTY = "X-QUNDESK-TYPE"
MAX_IMPORT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import added."""

    events: int
    series: int
    skipped_dates: int
    edited_occurrences: int


def export_ics(
    db: Database,
    *,
    group_id: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> bytes:
    """The events of a group (or all) touching the date range as an .ics file's bytes.

    Times are written as floating local times, as they are stored: a phone calendar shows
    them at the same clock time wherever it is.
    """
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    rows = [
        event_from_row(r)
        for r in db.conn.execute(f"SELECT {EVENT_COLUMNS} FROM events ORDER BY id")
    ]
    names = dict(group_names(db))
    low = dt.datetime.combine(start or dt.date.min, dt.time())
    high = dt.datetime.combine(end or dt.date.max, dt.time(23, 59, 59))
    chosen = [e for e in rows if group_id is None or e.group_id == group_id]
    kept = _touching(chosen, low, high)
    stamp_now = db.clock.utc_now().replace(microsecond=0)
    for event in chosen:
        if event.id not in kept:
            continue
        vevent = _vevent(event, names.get(event.group_id, ""), stamp_now)
        if event.rrule:
            skipped = [
                parse_stamp(s)
                for (s,) in db.conn.execute(
                    "SELECT occurrence_start FROM event_exdates WHERE event_id = ? ORDER BY 1",
                    (event.id,),
                )
            ]
            if skipped:
                vevent.add("exdate", skipped)
        cal.add_component(vevent)
    return bytes(cal.to_ical())


def import_ics(
    db: Database,
    data: bytes,
    group_id: int,
    *,
    local_tz: dt.tzinfo | None = None,
) -> ImportResult:
    """Add the events of an .ics file to a group, in one transaction.

    Times with a zone are converted to `local_tz` (the computer's zone by default) and
    stored as local times; all-day events last the whole day. A file that cannot be read
    is refused and nothing is written.
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError("file", msg("The file is too large for a calendar."))
    try:
        cal = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises many kinds on arbitrary bytes
        raise ValidationError(
            "file", msg("This is not a readable iCalendar file ({exc}).", exc=exc)
        ) from exc
    if not isinstance(cal, Calendar):
        raise ValidationError("file", msg("This is not a readable iCalendar file."))
    masters, edits = _read_events(cal, group_id, local_tz)
    if not masters and not edits:
        raise ValidationError("file", msg("The file holds no events."))
    result = {"events": 0, "series": 0, "skipped": 0, "edited": 0}
    with db.transaction() as conn:
        ids: dict[str, int] = {}
        for row, (uid, draft, skipped) in enumerate(masters, start=1):
            clean = _validated(conn, draft, row)
            new_id = insert_event_row(conn, clean)
            ids.setdefault(uid, new_id)
            result["series" if clean.rrule else "events"] += 1
            if clean.rrule:
                for when in skipped:
                    conn.execute(
                        "INSERT OR IGNORE INTO event_exdates VALUES (?, ?)", (new_id, stamp(when))
                    )
                    result["skipped"] += 1
        for row, (uid, rid, draft) in enumerate(edits, start=len(masters) + 1):
            clean = _validated(conn, replace(draft, rrule=None), row)
            parent = ids.get(uid)
            if parent is None:  # an edited occurrence whose series is not in the file
                insert_event_row(conn, clean)
                result["events"] += 1
                continue
            insert_event_row(conn, clean, series_id=parent, recurrence_start=stamp(rid))
            result["edited"] += 1
    return ImportResult(result["events"], result["series"], result["skipped"], result["edited"])


def _touching(events: list[Event], low: dt.datetime, high: dt.datetime) -> set[int]:
    """Ids of the one-offs and series with an occurrence in [low, high], and their edits."""
    kept: set[int] = set()
    for event in events:
        if event.series_id is not None:
            continue
        if event.rrule is None:
            if low <= event.starts_at <= high:
                kept.add(event.id)
        elif rule_between(event.rrule, event.starts_at, low, high):
            kept.add(event.id)
    kept |= {e.id for e in events if e.series_id is not None and e.series_id in kept}
    return kept


def _vevent(event: Event, group_name: str, now: dt.datetime) -> VEvent:
    """One row as a VEVENT (a series keeps its RRULE; an edited occurrence its RECURRENCE-ID)."""
    vevent = VEvent()
    uid_of = event.series_id if event.series_id is not None else event.id
    vevent.add("uid", f"qundesk-event-{uid_of}@qundesk")
    vevent.add("dtstamp", now)
    vevent.add("dtstart", event.starts_at)
    vevent.add("dtend", event.ends_at)
    vevent.add("summary", event.title)
    if event.location:
        vevent.add("location", event.location)
    if event.notes:
        vevent.add("description", event.notes)
    vevent.add("categories", [c for c in (group_name, str(event.type)) if c])
    vevent.add(TYPE_PROPERTY, str(event.type))
    if event.rrule:
        vevent.add("rrule", vRecur.from_ical(event.rrule))
    if event.series_id is not None and event.recurrence_start is not None:
        vevent.add("recurrence-id", event.recurrence_start)
    return vevent


def _read_events(
    cal: Calendar, group_id: int, local_tz: dt.tzinfo | None
) -> tuple[
    list[tuple[str, EventDraft, list[dt.datetime]]], list[tuple[str, dt.datetime, EventDraft]]
]:
    """The file's series/one-offs (uid, draft, exdates) and edited occurrences (uid, rid, draft)."""
    masters: list[tuple[str, EventDraft, list[dt.datetime]]] = []
    edits: list[tuple[str, dt.datetime, EventDraft]] = []
    try:
        for number, comp in enumerate(cal.walk("VEVENT"), start=1):
            draft, uid, exdates, rid = _draft(comp, group_id, local_tz, number)
            if rid is not None:
                edits.append((uid, rid, draft))
            else:
                masters.append((uid, draft, exdates))
    except ValidationError:
        raise
    except Exception as exc:  # icalendar's value parsers raise many kinds on bad input
        raise ValidationError(
            "file", msg("An event in the file cannot be read ({exc}).", exc=exc)
        ) from exc
    return masters, edits


def _validated(conn: Any, draft: EventDraft, row: int) -> EventDraft:
    try:
        return validate_in_transaction(conn, draft)
    except ValidationError as exc:
        raise ValidationError(exc.field, exc.message, row=row) from exc


def _draft(
    comp: Any, group_id: int, local_tz: dt.tzinfo | None, row: int
) -> tuple[EventDraft, str, list[dt.datetime], dt.datetime | None]:
    """One VEVENT as a draft, its UID, its EXDATEs and its RECURRENCE-ID (local times)."""
    if comp.get("dtstart") is None:
        raise ValidationError("dtstart", msg("An event has no start."), row=row)
    raw_start = comp.decoded("dtstart")
    start = _local(raw_start, local_tz)
    if comp.get("dtend") is not None:
        end = _local(comp.decoded("dtend"), local_tz)
        if not isinstance(raw_start, dt.datetime):
            end -= dt.timedelta(seconds=1)  # DTEND of an all-day event is exclusive
    elif comp.get("duration") is not None:
        end = start + comp.decoded("duration")
    elif not isinstance(raw_start, dt.datetime):
        end = start + dt.timedelta(days=1, seconds=-1)
    else:
        end = start
    kind = str(comp.get(TYPE_PROPERTY, "")).lower()
    if kind not in codes(EventType):
        kind = EventType.OTHER
    rule = None
    if comp.get("rrule") is not None:
        rule = _rule_text(comp.get("rrule").to_ical().decode(), local_tz)
    exdates: list[dt.datetime] = []
    found = comp.get("exdate")
    for prop in found if isinstance(found, list) else ([found] if found is not None else []):
        for item in prop.dts:
            when = _local(item.dt, local_tz)
            if not isinstance(item.dt, dt.datetime):  # a DATE skips that day's occurrence
                when = dt.datetime.combine(when.date(), start.time())
            exdates.append(when)
    rid = None
    if comp.get("recurrence-id") is not None:
        rid = _local(comp.decoded("recurrence-id"), local_tz)
    title = str(comp.get("summary", "")).strip() or "(untitled)"
    draft = EventDraft(
        group_id=group_id,
        title=title[:200],
        type=kind,
        online=True,
        location=str(comp.get("location", "")),
        starts_at=start,
        ends_at=max(end, start),
        notes=str(comp.get("description", "")),
        rrule=rule,
    )
    return draft, str(comp.get("uid", f"row-{row}")), exdates, rid


def _local(value: dt.date | dt.datetime, local_tz: dt.tzinfo | None) -> dt.datetime:
    """A DATE or DATE-TIME from the file as a naive local datetime, to the second."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    if value.tzinfo is not None:
        value = value.astimezone(local_tz) if local_tz else value.astimezone()
    return value.replace(tzinfo=None, microsecond=0)


def _rule_text(rule: str, local_tz: dt.tzinfo | None) -> str:
    """An RRULE from a file with a UTC UNTIL turned into local time, as events are stored."""
    parts = rule_parts(rule)
    until = parts.get("UNTIL")
    if until and until.endswith("Z"):
        when = dt.datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        parts["UNTIL"] = _local(when, local_tz).strftime("%Y%m%dT%H%M%S")
    elif until and len(until) == 8:
        parts["UNTIL"] = until + "T235959"
    return join_rule(parts)
