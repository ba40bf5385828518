"""iCalendar (RFC 5545) export and import of events, keeping series as RRULE/EXDATE.

Stored times are the owner's wall-clock times; a file writes them in the owner's time zone
(TZID and its VTIMEZONE), so any calendar in any zone places them right. An event from
00:00:00 to 23:59:59 is an all-day event and is written with DATE values. Each event is
known by its stored UID; SEQUENCE and LAST-MODIFIED tell a calendar which version is newer.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, replace
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, vRecur
from icalendar import Event as VEvent

from desktop.models.calendar.events import (
    EVENT_COLUMNS,
    Event,
    EventDraft,
    event_from_row,
    insert_event_row,
    modified_now,
    touch,
    update_in_transaction,
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
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange.export_labels import code_labels
from desktop.models.groups.queries import group_names
from desktop.models.storage.db import Database
from desktop.models.storage.settings import owner_zone_name

PRODID = "-//QunDesk//QunDesk Calendar//ZH"
TYPE_PROPERTY = "X-QUNDESK-TYPE"
MAX_IMPORT_BYTES = 20 * 1024 * 1024
_DAY_END = dt.time(23, 59, 59)
_CHECK_EVERY = 200  # events between progress reports and cancel checks


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: events and series added, and those already held."""

    events: int
    series: int
    skipped_dates: int
    edited_occurrences: int
    updated: int = 0  # held already, and the file's version was newer (higher SEQUENCE)
    unchanged: int = 0  # held already at the file's version or a newer one


# ---------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------


def export_ics(
    db: Database,
    *,
    group_id: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    lang: str = "zh_CN",
    zone: str | None = None,
) -> bytes:
    """The events of a group (or all) touching the date range as an .ics file's bytes.

    Times are written in `zone` (the owner's time zone by default) with its VTIMEZONE;
    CATEGORIES are the group's name and the event type's label in `lang`.
    """
    tz = ZoneInfo(zone or owner_zone_name(db))
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    rows = [
        event_from_row(r)
        for r in db.conn.execute(f"SELECT {EVENT_COLUMNS} FROM events ORDER BY id")
    ]
    by_id = {e.id: e for e in rows}
    names = dict(group_names(db))
    labels = code_labels("event_type", lang, db.conn)
    low = dt.datetime.combine(start or dt.date.min, dt.time())
    high = dt.datetime.combine(end or dt.date.max, _DAY_END)
    chosen = [e for e in rows if group_id is None or e.group_id == group_id]
    kept = _touching(chosen, low, high)
    stamp_now = db.clock.utc_now().replace(microsecond=0)
    for event in chosen:
        if event.id not in kept:
            continue
        series = by_id.get(event.series_id) if event.series_id is not None else None
        categories = [names.get(event.group_id, ""), labels.get(event.type, event.type)]
        vevent = _vevent(event, series, [c for c in categories if c], tz, stamp_now)
        if event.rrule:
            skipped = [
                _when(parse_stamp(s), tz, _all_day(event))
                for (s,) in db.conn.execute(
                    "SELECT occurrence_start FROM event_exdates WHERE event_id = ? ORDER BY 1",
                    (event.id,),
                )
            ]
            if skipped:
                vevent.add("exdate", skipped)
        cal.add_component(vevent)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


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


def _all_day(event: Event) -> bool:
    """Whether the row lasts whole days (from midnight to 23:59:59)."""
    return event.starts_at.time() == dt.time() and event.ends_at.time() == _DAY_END


def _when(value: dt.datetime, tz: ZoneInfo, all_day: bool) -> dt.date | dt.datetime:
    """A stored local time as the file writes it: a DATE, or a time in the owner's zone."""
    return value.date() if all_day else value.replace(tzinfo=tz)


def _vevent(
    event: Event, series: Event | None, categories: list[str], tz: ZoneInfo, now: dt.datetime
) -> VEvent:
    """One row as a VEVENT (a series keeps its RRULE; an edited occurrence its RECURRENCE-ID)."""
    vevent = VEvent()
    all_day = _all_day(event)
    vevent.add("uid", series.uid if series is not None else event.uid)
    vevent.add("dtstamp", now)
    vevent.add("sequence", event.sequence)
    if event.last_modified is not None:
        vevent.add("last-modified", event.last_modified.replace(tzinfo=dt.UTC))
    vevent.add("dtstart", _when(event.starts_at, tz, all_day))
    end = event.ends_at + dt.timedelta(seconds=1) if all_day else event.ends_at
    vevent.add("dtend", _when(end, tz, all_day))  # an all-day DTEND is the next day
    vevent.add("summary", event.title)
    if event.location:
        vevent.add("location", event.location)
    if event.notes:
        vevent.add("description", event.notes)
    vevent.add("categories", categories)
    vevent.add(TYPE_PROPERTY, str(event.type))
    if event.rrule:
        vevent.add("rrule", vRecur.from_ical(_file_rule(event.rrule, tz, all_day)))
    if series is not None and event.recurrence_start is not None:
        # The slot's value type follows the series' DTSTART (RFC 5545 3.8.4.4).
        vevent.add("recurrence-id", _when(event.recurrence_start, tz, _all_day(series)))
    return vevent


def _file_rule(rule: str, tz: ZoneInfo, all_day: bool) -> str:
    """A stored rule as a file writes it: UNTIL a DATE, or in UTC when DTSTART has a TZID."""
    parts = rule_parts(rule)
    until = parts.get("UNTIL")
    if until and not until.endswith("Z"):
        if len(until) == 8:
            until += "T235959"
        local = dt.datetime.strptime(until, "%Y%m%dT%H%M%S")
        if all_day:
            parts["UNTIL"] = f"{local:%Y%m%d}"
        else:
            parts["UNTIL"] = f"{local.replace(tzinfo=tz).astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"
    return join_rule(parts)


# ---------------------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Read:
    """One VEVENT of a file: its UID, SEQUENCE, the event, its EXDATEs, its RECURRENCE-ID."""

    uid: str
    sequence: int
    draft: EventDraft
    typed: bool  # the file said which QunDesk type it is
    exdates: list[dt.datetime]
    rid: dt.datetime | None


def import_ics(
    db: Database,
    data: bytes,
    group_id: int,
    *,
    local_tz: dt.tzinfo | None = None,
    progress: engine.ProgressFn | None = None,
    cancelled: engine.CancelledFn | None = None,
) -> ImportResult:
    """Add the events of an .ics file to a group, in one transaction.

    Times with a zone are converted to `local_tz` (the owner's time zone by default) and
    stored as local times; all-day events last the whole day. Events keep the file's UID:
    an event held already is updated when the file's SEQUENCE is higher and left as it is
    otherwise, so importing a file again adds nothing twice. A file that cannot be read,
    an impossible repeat rule or a cancel (ImportCancelledError) writes nothing.
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError("file", msg("The file is too large for a calendar."))
    tz = local_tz or ZoneInfo(owner_zone_name(db))
    head, blocks, tail = _split(data)
    total = 2 * len(blocks)  # reading each event, then writing it
    found: list[_Read] = []
    for first in range(0, max(len(blocks), 1), _CHECK_EVERY):
        if progress is not None:
            progress(first, total)
        engine.check_not_cancelled(cancelled)
        cal = _parsed(head + b"".join(blocks[first : first + _CHECK_EVERY]) + tail)
        found += _read_events(cal, group_id, tz, len(found))
    if not found:
        raise ValidationError("file", msg("The file holds no events."))
    with db.transaction() as conn:
        writer = _Writer(conn, modified_now(db), total, progress, cancelled)
        writer.done = len(found)
        # Series and one-offs first, so their edited occurrences find them.
        for row, item in sorted(enumerate(found, start=1), key=lambda r: r[1].rid is not None):
            writer.add(row, item)
        engine.check_not_cancelled(cancelled)
        if progress is not None:
            progress(total, total)
        return writer.result()


# A whole VEVENT, from its BEGIN line to its END line (components do not nest in one).
_VEVENT = re.compile(rb"^BEGIN:VEVENT\r?$.*?^END:VEVENT\r?(?:\n|$)", re.I | re.M | re.S)


def _split(data: bytes) -> tuple[bytes, list[bytes], bytes]:
    """The file around its events (calendar, VTIMEZONEs), its VEVENTs, and its end.

    Events are read a few hundred at a time inside the same calendar, so a large file
    reports progress and can be cancelled while it is read, not only while it is written.
    """
    blocks = [m.group(0) for m in _VEVENT.finditer(data)]
    if not blocks:
        return data, [], b""
    rest = _VEVENT.sub(b"", data)
    at = rest.upper().rfind(b"END:VCALENDAR")
    if at < 0:
        return rest, blocks, b""
    return rest[:at], [b if b.endswith(b"\n") else b + b"\r\n" for b in blocks], rest[at:]


def _parsed(data: bytes) -> Calendar:
    """The calendar a file (or a slice of its events) holds; ValidationError if unreadable."""
    try:
        cal = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises many kinds on arbitrary bytes
        raise ValidationError(
            "file", msg("This is not a readable iCalendar file ({exc}).", exc=exc)
        ) from exc
    if not isinstance(cal, Calendar):
        raise ValidationError("file", msg("This is not a readable iCalendar file."))
    return cal


class _Writer:
    """Writes read events into the transaction, matching them to held ones by UID."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        now: str,
        total: int,
        progress: engine.ProgressFn | None,
        cancelled: engine.CancelledFn | None,
    ) -> None:
        self.conn, self.now, self.total = conn, now, total
        self.progress, self.cancelled = progress, cancelled
        self.done = 0
        self.counts = dict.fromkeys(
            ("events", "series", "skipped", "edited", "updated", "unchanged"), 0
        )

    def result(self) -> ImportResult:
        c = self.counts
        return ImportResult(
            c["events"], c["series"], c["skipped"], c["edited"], c["updated"], c["unchanged"]
        )

    def add(self, row: int, item: _Read) -> None:
        """Write one VEVENT (reporting progress and checking for a cancel now and then)."""
        if self.done % _CHECK_EVERY == 0:
            if self.progress is not None:
                self.progress(self.done, self.total)
            engine.check_not_cancelled(self.cancelled)
        self.done += 1
        if item.rid is None:
            self._master(row, item)
            return
        parent = self._held(item.uid, None)
        if parent is None:  # an edited occurrence whose series is not in the file
            alone = replace(item, uid=f"{item.uid}/{stamp(item.rid)}", rid=None)
            self._master(row, alone)
            return
        self._occurrence(row, item, parent[0])

    def _held(self, uid: str, slot: str | None) -> tuple[int, int, str] | None:
        """(id, sequence, type) of the stored series/one-off with this UID, or of its slot."""
        if slot is None:
            found = self.conn.execute(
                "SELECT id, sequence, type FROM events WHERE uid = ? AND series_id IS NULL",
                (uid,),
            ).fetchone()
        else:
            found = self.conn.execute(
                "SELECT o.id, o.sequence, o.type FROM events o JOIN events s"
                " ON o.series_id = s.id WHERE s.uid = ? AND o.recurrence_start = ?",
                (uid, slot),
            ).fetchone()
        return None if found is None else (int(found[0]), int(found[1]), str(found[2]))

    def _master(self, row: int, item: _Read) -> None:
        held = self._held(item.uid, None)
        if held is None:
            clean = _validated(self.conn, item.draft, row)
            new_id = insert_event_row(
                self.conn, clean, uid=item.uid, sequence=item.sequence, modified=self.now
            )
            self.counts["series" if clean.rrule else "events"] += 1
        elif item.sequence > held[1]:
            new_id = held[0]
            clean = self._update(row, item, held)
        else:
            self.counts["unchanged"] += 1
            return
        if clean.rrule:
            for when in item.exdates:
                added = self.conn.execute(
                    "INSERT OR IGNORE INTO event_exdates VALUES (?, ?)", (new_id, stamp(when))
                )
                self.counts["skipped"] += added.rowcount

    def _occurrence(self, row: int, item: _Read, parent: int) -> None:
        assert item.rid is not None
        slot = stamp(item.rid)
        held = self._held(item.uid, slot)
        if held is None:
            clean = _validated(self.conn, replace(item.draft, rrule=None), row)
            insert_event_row(
                self.conn,
                clean,
                series_id=parent,
                recurrence_start=slot,
                sequence=item.sequence,
                modified=self.now,
            )
            touch(self.conn, [parent], self.now)
            self.counts["edited"] += 1
        elif item.sequence > held[1]:
            self._update(row, replace(item, draft=replace(item.draft, rrule=None)), held)
        else:
            self.counts["unchanged"] += 1

    def _update(self, row: int, item: _Read, held: tuple[int, int, str]) -> EventDraft:
        """The held row takes what the file shows of it (its group, host, money stay)."""
        event_id, _sequence, kind = held
        old = event_from_row(
            self.conn.execute(
                f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ?", (event_id,)
            ).fetchone()
        )
        new = item.draft
        draft = replace(
            old.draft(),
            title=new.title,
            type=new.type if item.typed else kind,
            location=new.location,
            starts_at=new.starts_at,
            ends_at=new.ends_at,
            notes=new.notes,
            rrule=new.rrule,
        )
        try:
            clean = update_in_transaction(self.conn, event_id, draft, self.now)
        except ValidationError as exc:
            raise ValidationError(exc.field, exc.message, row=row) from exc
        self.conn.execute("UPDATE events SET sequence = ? WHERE id = ?", (item.sequence, event_id))
        self.counts["updated"] += 1
        return clean


def _read_events(cal: Calendar, group_id: int, tz: dt.tzinfo, before: int) -> list[_Read]:
    """Every VEVENT of the calendar, in order (`before` events of the file came earlier)."""
    try:
        return [
            _draft(comp, group_id, tz, number)
            for number, comp in enumerate(cal.walk("VEVENT"), start=before + 1)
        ]
    except ValidationError:
        raise
    except Exception as exc:  # icalendar's value parsers raise many kinds on bad input
        raise ValidationError(
            "file", msg("An event in the file cannot be read ({exc}).", exc=exc)
        ) from exc


def _validated(conn: Any, draft: EventDraft, row: int) -> EventDraft:
    try:
        return validate_in_transaction(conn, draft)
    except ValidationError as exc:
        raise ValidationError(exc.field, exc.message, row=row) from exc


def _draft(comp: Any, group_id: int, tz: dt.tzinfo, row: int) -> _Read:
    """One VEVENT as a draft with its UID, SEQUENCE, EXDATEs and RECURRENCE-ID (local)."""
    if comp.get("dtstart") is None:
        raise ValidationError("dtstart", msg("An event has no start."), row=row)
    raw_start = comp.decoded("dtstart")
    start = _local(raw_start, tz)
    if comp.get("dtend") is not None:
        end = _local(comp.decoded("dtend"), tz)
        if not isinstance(raw_start, dt.datetime):
            end -= dt.timedelta(seconds=1)  # DTEND of an all-day event is exclusive
    elif comp.get("duration") is not None:
        end = start + comp.decoded("duration")
    elif not isinstance(raw_start, dt.datetime):
        end = start + dt.timedelta(days=1, seconds=-1)
    else:
        end = start
    kind = str(comp.get(TYPE_PROPERTY, "")).lower()
    typed = kind in codes(EventType)
    rule = None
    if comp.get("rrule") is not None:
        rule = _rule_text(comp.get("rrule").to_ical().decode(), tz)
    exdates: list[dt.datetime] = []
    found = comp.get("exdate")
    for prop in found if isinstance(found, list) else ([found] if found is not None else []):
        for item in prop.dts:
            when = _local(item.dt, tz)
            if not isinstance(item.dt, dt.datetime):  # a DATE skips that day's occurrence
                when = dt.datetime.combine(when.date(), start.time())
            exdates.append(when)
    rid = None
    if comp.get("recurrence-id") is not None:
        raw_rid = comp.decoded("recurrence-id")
        rid = _local(raw_rid, tz)
        if not isinstance(raw_rid, dt.datetime):  # a DATE names that day's occurrence
            rid = dt.datetime.combine(rid.date(), start.time())
    title = str(comp.get("summary", "")).strip() or "(untitled)"
    draft = EventDraft(
        group_id=group_id,
        title=title[:200],
        type=kind if typed else EventType.OTHER,
        online=True,
        location=str(comp.get("location", "")),
        starts_at=start,
        ends_at=max(end, start),
        notes=str(comp.get("description", "")),
        rrule=rule,
    )
    uid = str(comp.get("uid", "")).strip() or f"row-{row}"
    return _Read(uid, _sequence(comp), draft, typed, exdates, rid)


def _sequence(comp: Any) -> int:
    """The VEVENT's SEQUENCE (0 when missing or not a whole number 0 or more)."""
    try:
        return max(int(comp.get("sequence", 0)), 0)
    except (TypeError, ValueError):
        return 0


def _local(value: dt.date | dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """A DATE or DATE-TIME from the file as a naive local datetime, to the second.

    A floating time (no zone) is taken as the owner's wall-clock time, as it is stored.
    """
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    if value.tzinfo is not None:
        value = value.astimezone(tz)
    return value.replace(tzinfo=None, microsecond=0)


def _rule_text(rule: str, tz: dt.tzinfo) -> str:
    """An RRULE from a file with a UTC UNTIL turned into local time, as events are stored."""
    parts = rule_parts(rule)
    until = parts.get("UNTIL")
    if until and until.endswith("Z"):
        when = dt.datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        parts["UNTIL"] = _local(when, tz).strftime("%Y%m%dT%H%M%S")
    elif until and len(until) == 8:
        parts["UNTIL"] = until + "T235959"
    return join_rule(parts)
