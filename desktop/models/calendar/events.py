"""Events and recurring series: records, validation, writing, splits and undo snapshots."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.models.calendar.recurrence import (
    SECOND,
    check_rule,
    join_rule,
    parse_stamp,
    rule_between,
    rule_parts,
    rule_until,
    stamp,
)
from desktop.models.core import vocabulary
from desktop.models.core.codes import EventType, codes
from desktop.models.core.common import is_int, require_group
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.storage import trash
from desktop.models.storage.db import Database

EVENT_COLUMNS = (
    "id, group_id, title, type, online, location, starts_at, ends_at, host_id, capacity, "
    "fee_minor, cost_minor, currency, notes, outcome, depth_rating, rrule, series_id, "
    "recurrence_start, uid, sequence, last_modified"
)
# What a calendar shows of a row (SUMMARY, CATEGORIES, LOCATION, times, DESCRIPTION, RRULE):
# a change of one of these is a new SEQUENCE of the event; host, money or outcome are not.
SHOWN_FIELDS = ("group_id", "title", "type", "location", "starts_at", "ends_at", "notes", "rrule")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDraft:
    """The editable fields of an event or series (rrule None for a one-off)."""

    group_id: int
    title: str
    type: str = EventType.OTHER
    online: bool = True
    location: str = ""
    starts_at: dt.datetime
    ends_at: dt.datetime
    host_id: int | None = None
    capacity: int | None = None
    fee_minor: int = 0
    cost_minor: int = 0
    currency: str = "CNY"
    notes: str = ""
    outcome: str = ""
    depth_rating: int | None = None
    rrule: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(EventDraft):
    """A stored event row: a one-off, a series, or an edited occurrence of a series."""

    id: int
    series_id: int | None = None
    recurrence_start: dt.datetime | None = None
    uid: str = ""
    sequence: int = 0
    last_modified: dt.datetime | None = None  # UTC, None until changed since v8

    def draft(self) -> EventDraft:
        """The editable fields, to change and pass to an update."""
        values = {f: getattr(self, f) for f in _DRAFT_FIELDS}
        return EventDraft(**values)


_DRAFT_FIELDS = tuple(EventDraft.__dataclass_fields__)


# ---------------------------------------------------------------------------------------
# Reading and validation
# ---------------------------------------------------------------------------------------


def get_event(db: Database, event_id: int) -> Event:
    """One stored row; ValidationError("event") when there is none."""
    row = db.conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ?", (event_id,)
    ).fetchone()
    if row is None:
        raise ValidationError(
            "event", msg("There is no event with id {event_id}.", event_id=event_id)
        )
    return event_from_row(row)


def exdates(db: Database, series_id: int) -> list[dt.datetime]:
    """Skipped occurrence starts of a series, in order."""
    rows = db.conn.execute(
        "SELECT occurrence_start FROM event_exdates WHERE event_id = ? ORDER BY 1", (series_id,)
    )
    return [parse_stamp(r[0]) for r in rows]


def overrides(db: Database, series_id: int) -> list[Event]:
    """Edited occurrences of a series, by their original slot."""
    rows = db.conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE series_id = ? ORDER BY recurrence_start",
        (series_id,),
    )
    return [event_from_row(r) for r in rows]


def validate(db: Database, draft: EventDraft) -> EventDraft:
    """The draft cleaned; ValidationError naming the first bad field."""
    return validate_in_transaction(db.conn, draft)


def validate_in_transaction(conn: sqlite3.Connection, draft: EventDraft) -> EventDraft:
    """`validate`, on the connection of a transaction in progress."""
    require_group(conn, draft.group_id)
    title = draft.title.strip()
    if not title:
        raise ValidationError("title", msg("The title is empty."))
    if draft.type not in codes(EventType) and not vocabulary.is_known(
        conn, "event_type", draft.type
    ):
        raise ValidationError("type", msg('"{type}" is not a known event type.', type=draft.type))
    for name in ("starts_at", "ends_at"):
        if not isinstance(getattr(draft, name), dt.datetime):
            raise ValidationError(name, msg("A date and time is needed."))
    start = draft.starts_at.replace(microsecond=0, tzinfo=None)
    end = draft.ends_at.replace(microsecond=0, tzinfo=None)
    if end < start:
        raise ValidationError("ends_at", msg("The event ends before it starts."))
    if draft.capacity is not None and (not is_int(draft.capacity) or draft.capacity < 0):
        raise ValidationError("capacity", msg("The capacity must be a whole number, 0 or more."))
    for name in ("fee_minor", "cost_minor"):
        value = getattr(draft, name)
        if not is_int(value) or value < 0:
            raise ValidationError(name, msg("The amount must be 0 or more."))
    if len(draft.currency) != 3:
        raise ValidationError("currency", msg("A currency is a three-letter code such as CNY."))
    if draft.depth_rating is not None and (
        not is_int(draft.depth_rating) or not 1 <= draft.depth_rating <= 5
    ):
        raise ValidationError("depth_rating", msg("The depth rating is from 1 to 5."))
    if draft.host_id is not None and (
        conn.execute("SELECT 1 FROM members WHERE id = ?", (draft.host_id,)).fetchone() is None
    ):
        raise ValidationError(
            "host", msg("There is no member with id {host_id}.", host_id=draft.host_id)
        )
    rule = draft.rrule.strip() if draft.rrule else None
    if rule:
        rule = check_rule(rule, start)
    return replace(
        draft,
        title=title,
        starts_at=start,
        ends_at=end,
        rrule=rule or None,
        location=draft.location.strip(),
        currency=draft.currency.upper(),
    )


# ---------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------


def create_event(db: Database, draft: EventDraft) -> int:
    """Store a one-off event or a series; return its id."""
    with db.transaction() as conn:
        clean = validate_in_transaction(conn, draft)
        return insert_event_row(conn, clean, modified=modified_now(db))


def update_event(db: Database, event_id: int, draft: EventDraft) -> None:
    """Change a whole row: a one-off, an edited occurrence, or a whole series.

    A series whose start moves takes its skipped dates, edited slots and attendance along
    by the same shift, so they keep pointing at the same occurrences.
    """
    with db.transaction() as conn:
        update_in_transaction(conn, event_id, draft, modified_now(db))


def update_in_transaction(
    conn: sqlite3.Connection, event_id: int, draft: EventDraft, now: str
) -> EventDraft:
    """`update_event` on the connection of a transaction in progress; the cleaned draft."""
    old = _require(conn, event_id)
    clean = validate_in_transaction(conn, draft)
    if old.series_id is not None and clean.rrule:
        raise ValidationError("rrule", msg("An edited occurrence cannot repeat by itself."))
    _write(conn, event_id, clean, now)
    shift = clean.starts_at - old.starts_at
    if shift:
        if old.rrule is not None:
            _shift_series(conn, event_id, shift, now)
        else:
            _shift_attendance(conn, event_id, shift)
    return clean


def delete_event(db: Database, event_id: int, *, to_trash: bool = True) -> None:
    """Remove a row (a series with its skipped dates, edited occurrences and attendance).

    Unless `to_trash` is off, one trash row in the same transaction can bring it back.
    """
    with db.transaction() as conn:
        _require(conn, event_id)
        saved = snapshot(db, [event_id]) if to_trash else None
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        if saved is not None:
            trash.put(conn, "event", saved, db.clock.now())


def skip_occurrence(db: Database, series_id: int, original_start: dt.datetime) -> None:
    """Leave one occurrence out of a series (an EXDATE); an edited one is deleted."""
    with db.transaction() as conn:
        series = _require(conn, series_id)
        if series.rrule is None:
            raise ValidationError("event", msg("Only an occurrence of a series can be skipped."))
        slot = stamp(original_start)
        if slot not in {stamp(w) for w in _slots_near(series, original_start)}:
            raise ValidationError(
                "occurrence", msg("The series has no occurrence at {slot}.", slot=slot)
            )
        conn.execute(
            "DELETE FROM events WHERE series_id = ? AND recurrence_start = ?", (series_id, slot)
        )
        conn.execute(
            "DELETE FROM attendance WHERE event_id = ? AND occurrence_start = ?",
            (series_id, slot),
        )
        conn.execute(
            "INSERT OR IGNORE INTO event_exdates (event_id, occurrence_start) VALUES (?, ?)",
            (series_id, slot),
        )
        touch(conn, [series_id], modified_now(db))


def restore_occurrence(db: Database, series_id: int, original_start: dt.datetime) -> None:
    """Bring a skipped occurrence back."""
    with db.transaction() as conn:
        _require(conn, series_id)
        gone = conn.execute(
            "DELETE FROM event_exdates WHERE event_id = ? AND occurrence_start = ?",
            (series_id, stamp(original_start)),
        )
        if gone.rowcount:
            touch(conn, [series_id], modified_now(db))


def edit_occurrence(
    db: Database, series_id: int, original_start: dt.datetime, draft: EventDraft
) -> int:
    """Change one occurrence only: it becomes a row of its own (RECURRENCE-ID); its id."""
    with db.transaction() as conn:
        series = _require(conn, series_id)
        if series.rrule is None:
            raise ValidationError(
                "event", msg("Only an occurrence of a series can be edited alone.")
            )
        clean = validate_in_transaction(conn, replace(draft, rrule=None))
        slot = stamp(original_start)
        if slot not in {stamp(w) for w in _slots_near(series, original_start)}:
            raise ValidationError(
                "occurrence", msg("The series has no occurrence at {slot}.", slot=slot)
            )
        existing = conn.execute(
            "SELECT id FROM events WHERE series_id = ? AND recurrence_start = ?",
            (series_id, slot),
        ).fetchone()
        now = modified_now(db)
        if existing is not None:
            _write(conn, existing[0], clean, now)
            return int(existing[0])
        # The series shows one occurrence less as it was: a new SEQUENCE for it too.
        touch(conn, [series_id], now)
        new_id = insert_event_row(
            conn,
            clean,
            series_id=series_id,
            recurrence_start=slot,
            sequence=series.sequence + 1,
            modified=now,
        )
        conn.execute(
            "UPDATE attendance SET event_id = ?, occurrence_start = ?"
            " WHERE event_id = ? AND occurrence_start = ?",
            (new_id, stamp(clean.starts_at), series_id, slot),
        )
        return new_id


def split_series(
    db: Database, series_id: int, original_start: dt.datetime, draft: EventDraft
) -> int:
    """Change this and all following occurrences; return the series that holds them.

    The old rule ends (UNTIL) just before the occurrence and a new series starts there
    with the draft's fields and rule (a COUNT is reduced by the occurrences already held).
    Skipped dates, edited slots and attendance from that point move to the new series,
    shifted as its start moved. Splitting at the first occurrence edits the whole series.
    """
    with db.transaction() as conn:
        series = _require(conn, series_id)
        if series.rrule is None:
            raise ValidationError("event", msg("Only a series can be split."))
        now = modified_now(db)
        if original_start <= series.starts_at:
            clean = validate_in_transaction(conn, draft)
            if not clean.rrule:
                raise ValidationError("rrule", msg("The series needs a repeat rule."))
            _write(conn, series_id, clean, now)
            shift = clean.starts_at - series.starts_at
            if shift:
                _shift_series(conn, series_id, shift, now)
            return series_id
        parts = rule_parts(series.rrule)
        held = len(
            rule_between(series.rrule, series.starts_at, series.starts_at, original_start - SECOND)
        )
        if held == 0:
            raise ValidationError(
                "occurrence", msg("The series has no occurrence before this one.")
            )
        new_rule = draft.rrule or series.rrule
        new_parts = rule_parts(new_rule)
        if "COUNT" in new_parts and new_rule == series.rrule:
            remaining = int(new_parts["COUNT"]) - held
            if remaining < 1:
                raise ValidationError("occurrence", msg("No occurrence follows in the series."))
            new_parts["COUNT"] = str(remaining)
        clean = validate_in_transaction(conn, replace(draft, rrule=join_rule(new_parts)))
        conn.execute(
            "UPDATE events SET rrule = ? WHERE id = ?",
            (join_rule(rule_until(parts, original_start)), series_id),
        )
        touch(conn, [series_id], now)
        new_id = insert_event_row(conn, clean, modified=now)  # a new series: a new UID
        shift = clean.starts_at - original_start
        since = stamp(original_start)
        for row in conn.execute(
            "SELECT occurrence_start FROM event_exdates"
            " WHERE event_id = ? AND occurrence_start >= ?",
            (series_id, since),
        ).fetchall():
            conn.execute(
                "INSERT OR IGNORE INTO event_exdates VALUES (?, ?)",
                (new_id, stamp(parse_stamp(row[0]) + shift)),
            )
        conn.execute(
            "DELETE FROM event_exdates WHERE event_id = ? AND occurrence_start >= ?",
            (series_id, since),
        )
        for oid, slot in conn.execute(
            "SELECT id, recurrence_start FROM events WHERE series_id = ? AND recurrence_start >= ?",
            (series_id, since),
        ).fetchall():
            conn.execute(
                "UPDATE events SET series_id = ?, recurrence_start = ? WHERE id = ?",
                (new_id, stamp(parse_stamp(slot) + shift), oid),
            )
        for aid, when in conn.execute(
            "SELECT id, occurrence_start FROM attendance WHERE event_id = ?"
            " AND occurrence_start >= ?",
            (series_id, since),
        ).fetchall():
            conn.execute(
                "UPDATE attendance SET event_id = ?, occurrence_start = ? WHERE id = ?",
                (new_id, stamp(parse_stamp(when) + shift), aid),
            )
        return new_id


# ---------------------------------------------------------------------------------------
# Snapshots for undo
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Stored rows of some events and everything hanging off them, to put back for undo."""

    ids: frozenset[int]
    events: tuple[tuple[Any, ...], ...] = ()
    exdates: tuple[tuple[Any, ...], ...] = ()
    attendance: tuple[tuple[Any, ...], ...] = ()
    revenue_links: tuple[tuple[Any, ...], ...] = field(default=())


def snapshot(db: Database, ids: Iterable[int]) -> Snapshot:
    """The rows of these events, their edited occurrences, skipped dates and attendance."""
    conn = db.conn
    wanted = json_ids(ids)
    family = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM events WHERE id IN (SELECT value FROM json_each(:w))"
            " OR series_id IN (SELECT value FROM json_each(:w))",
            {"w": wanted},
        )
    ]
    fam = json_ids(family)
    inside = "IN (SELECT value FROM json_each(?))"
    return Snapshot(
        frozenset(family),
        tuple(
            conn.execute(
                f"SELECT {EVENT_COLUMNS} FROM events WHERE id {inside}"
                " ORDER BY series_id IS NOT NULL",
                (fam,),
            )
        ),
        tuple(conn.execute(f"SELECT * FROM event_exdates WHERE event_id {inside}", (fam,))),
        tuple(
            conn.execute(
                "SELECT id, event_id, occurrence_start, member_id, status FROM attendance"
                f" WHERE event_id {inside}",
                (fam,),
            )
        ),
        tuple(conn.execute(f"SELECT id, event_id FROM revenue WHERE event_id {inside}", (fam,))),
    )


def restore(db: Database, remove: Iterable[int], saved: Snapshot) -> None:
    """Delete the `remove` events (with all that hangs off them) and put `saved` back."""
    with db.transaction() as conn:
        gone = json_ids(set(remove) | saved.ids)
        conn.execute(
            "DELETE FROM events WHERE series_id IN (SELECT value FROM json_each(?))", (gone,)
        )
        conn.execute("DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))", (gone,))
        marks = ", ".join("?" * len(EVENT_COLUMNS.split(",")))
        conn.executemany(f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({marks})", saved.events)
        conn.executemany("INSERT INTO event_exdates VALUES (?, ?)", saved.exdates)
        conn.executemany(
            "INSERT INTO attendance (id, event_id, occurrence_start, member_id, status)"
            " VALUES (?, ?, ?, ?, ?)",
            saved.attendance,
        )
        conn.executemany(
            "UPDATE revenue SET event_id = ? WHERE id = ?",
            [(eid, rid) for rid, eid in saved.revenue_links],
        )


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------


def _require(conn: sqlite3.Connection, event_id: int) -> Event:
    row = conn.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise ValidationError(
            "event", msg("There is no event with id {event_id}.", event_id=event_id)
        )
    return event_from_row(row)


def _slots_near(series: Event, when: dt.datetime) -> list[dt.datetime]:
    assert series.rrule is not None
    return rule_between(series.rrule, series.starts_at, when - SECOND, when + SECOND)


def _values(draft: EventDraft) -> dict[str, object]:
    return {
        "group_id": draft.group_id,
        "title": draft.title,
        "type": str(draft.type),
        "online": int(draft.online),
        "location": draft.location,
        "starts_at": stamp(draft.starts_at),
        "ends_at": stamp(draft.ends_at),
        "host_id": draft.host_id,
        "capacity": draft.capacity,
        "fee_minor": draft.fee_minor,
        "cost_minor": draft.cost_minor,
        "currency": draft.currency,
        "notes": draft.notes,
        "outcome": draft.outcome,
        "depth_rating": draft.depth_rating,
        "rrule": draft.rrule,
    }


def insert_event_row(
    conn: sqlite3.Connection,
    draft: EventDraft,
    *,
    series_id: int | None = None,
    recurrence_start: str | None = None,
    uid: str | None = None,
    sequence: int = 0,
    modified: str | None = None,
) -> int:
    """Insert a validated row; its id. Without `uid` the row gets a new random one."""
    values = _values(draft) | {
        "series_id": series_id,
        "recurrence_start": recurrence_start,
        "uid": uid,
        "sequence": sequence,
        "last_modified": modified,
    }
    names = ", ".join(values)
    marks = ", ".join(f":{n}" for n in values)
    cursor = conn.execute(f"INSERT INTO events ({names}) VALUES ({marks})", values)
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def _write(conn: sqlite3.Connection, event_id: int, draft: EventDraft, now: str) -> None:
    """Store the draft over a row; a change of what a calendar shows is a new SEQUENCE."""
    values = _values(draft)
    names = ", ".join(SHOWN_FIELDS)
    before = conn.execute(f"SELECT {names} FROM events WHERE id = ?", (event_id,)).fetchone()
    sets = ", ".join(f"{n} = :{n}" for n in values)
    conn.execute(f"UPDATE events SET {sets} WHERE id = :id", values | {"id": event_id})
    if before is not None and tuple(before) != tuple(values[n] for n in SHOWN_FIELDS):
        touch(conn, [event_id], now)


def touch(conn: sqlite3.Connection, event_ids: Iterable[int], now: str) -> None:
    """Count a change calendars show: SEQUENCE one up, LAST-MODIFIED `now` (UTC stamp)."""
    conn.execute(
        "UPDATE events SET sequence = sequence + 1, last_modified = ?"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (now, json_ids(event_ids)),
    )


def touch_group(conn: sqlite3.Connection, group_id: int, now: str) -> None:
    """Count a change of every event of a group that calendars show: its name is each
    event's first CATEGORY, so a renamed group changes them all (inside the caller's
    transaction)."""
    conn.execute(
        "UPDATE events SET sequence = sequence + 1, last_modified = ? WHERE group_id = ?",
        (now, group_id),
    )


def relabelled_types(db: Database) -> vocabulary.Relabelled:
    """For `vocabulary.save_vocabulary(…, relabelled=…)`: an event type's new words are
    its events' second CATEGORY, so each event of a renamed type is a change calendars
    show (SEQUENCE up, LAST-MODIFIED now), in the saving transaction."""
    now = modified_now(db)

    def touch_types(conn: sqlite3.Connection, domain: str, changed: list[str]) -> None:
        if domain == "event_type":
            conn.execute(
                "UPDATE events SET sequence = sequence + 1, last_modified = ?"
                " WHERE type IN (SELECT value FROM json_each(?))",
                (now, json.dumps(changed)),
            )

    return touch_types


def modified_now(db: Database) -> str:
    """The app clock's now in UTC as a stored stamp: the time of a change (LAST-MODIFIED)."""
    return stamp(db.clock.utc_now())


def _shift_series(conn: sqlite3.Connection, series_id: int, shift: dt.timedelta, now: str) -> None:
    """Move a series' skipped dates, edited slots and attendance by `shift`."""
    # Later first when moving later (earlier first when earlier), so no shifted stamp lands
    # on one not yet shifted and trips the unique keys.
    order = "DESC" if shift > dt.timedelta() else "ASC"
    for (when,) in conn.execute(
        f"SELECT occurrence_start FROM event_exdates WHERE event_id = ? ORDER BY 1 {order}",
        (series_id,),
    ).fetchall():
        conn.execute(
            "UPDATE event_exdates SET occurrence_start = ?"
            " WHERE event_id = ? AND occurrence_start = ?",
            (stamp(parse_stamp(when) + shift), series_id, when),
        )
    for oid, slot in conn.execute(
        "SELECT id, recurrence_start FROM events WHERE series_id = ?", (series_id,)
    ).fetchall():
        conn.execute(
            "UPDATE events SET recurrence_start = ? WHERE id = ?",
            (stamp(parse_stamp(slot) + shift), oid),
        )
        touch(conn, [oid], now)  # its RECURRENCE-ID moved with the series
    _shift_attendance(conn, series_id, shift)


def _shift_attendance(conn: sqlite3.Connection, event_id: int, shift: dt.timedelta) -> None:
    order = "DESC" if shift > dt.timedelta() else "ASC"
    rows = conn.execute(
        "SELECT id, occurrence_start FROM attendance WHERE event_id = ?"
        f" ORDER BY occurrence_start {order}",
        (event_id,),
    ).fetchall()
    conn.executemany(
        "UPDATE attendance SET occurrence_start = ? WHERE id = ?",
        [(stamp(parse_stamp(when) + shift), aid) for aid, when in rows],
    )


def event_from_row(row: Sequence[Any]) -> Event:
    (
        eid,
        gid,
        title,
        kind,
        online,
        location,
        starts,
        ends,
        host,
        capacity,
        fee,
        cost,
        currency,
        notes,
        outcome,
        depth,
        rule,
        series,
        slot,
        uid,
        sequence,
        modified,
    ) = row
    return Event(
        id=eid,
        group_id=gid,
        title=title,
        type=kind,
        online=bool(online),
        location=location,
        starts_at=parse_stamp(starts),
        ends_at=parse_stamp(ends),
        host_id=host,
        capacity=capacity,
        fee_minor=fee,
        cost_minor=cost,
        currency=currency,
        notes=notes,
        outcome=outcome,
        depth_rating=depth,
        rrule=rule,
        series_id=series,
        recurrence_start=parse_stamp(slot) if slot else None,
        uid=uid or "",
        sequence=sequence,
        last_modified=parse_stamp(modified) if modified else None,
    )


def json_ids(ids: Iterable[int]) -> str:
    """The ids as a JSON array, for `json_each` in SQL."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
