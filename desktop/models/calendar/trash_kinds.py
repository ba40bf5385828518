"""Deleted events in the trash: how they are labelled, stored and put back."""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop.models.calendar.events import EVENT_COLUMNS, Snapshot
from desktop.models.storage import trash
from desktop.models.storage.db import Database


def event_payload(snapshot: Snapshot) -> dict[str, Any]:
    """An event snapshot as JSON-ready lists."""
    tables = {
        name: trash.as_lists(getattr(snapshot, name)) for name in trash.table_fields(snapshot)
    }
    return {"ids": sorted(snapshot.ids), **tables}


def event_snapshot(data: dict[str, Any]) -> Snapshot:
    """The event snapshot a payload holds."""
    tables = {name: trash.as_tuples(data[name]) for name in trash.table_fields(Snapshot)}
    return Snapshot(ids=frozenset(int(i) for i in data["ids"]), **tables)


def describe(snapshot: Snapshot) -> str:
    """The series' title and start day."""
    # The series row sorts first in a snapshot; its title and start name the entry.
    first = snapshot.events[0] if snapshot.events else None
    return f"{first[2]} · {str(first[6])[:10]}" if first else ""


def restore_events(conn: sqlite3.Connection, saved: Snapshot) -> dict[int, int]:
    """Insert a deleted event family again, under new ids where the old ones were reused."""
    columns = [c.strip() for c in EVENT_COLUMNS.split(",")]
    at = {name: n for n, name in enumerate(columns)}
    new_ids: dict[int, int] = {}
    # Series rows sort before their edited occurrences, so series_id is mapped in time.
    for source in saved.events:
        row = list(source)
        # A snapshot from before v8 has no UID, SEQUENCE or LAST-MODIFIED: the columns it
        # has are put back and the row gets a new UID, as it does when its UID was taken
        # meanwhile (an import of an export that held it).
        names = ", ".join(columns[: len(row)])
        marks = ", ".join("?" * len(row))
        if len(row) > at["uid"] and _uid_taken(conn, row[at["uid"]]):
            row[at["uid"]] = None
        trash.require_group(conn, row[at["group_id"]], f"“{row[at['title']]}”")
        old = int(row[0])
        row[0] = None if trash.exists(conn, "events", old) else old
        if row[at["host_id"]] is not None and not trash.exists(conn, "members", row[at["host_id"]]):
            row[at["host_id"]] = None  # as ON DELETE SET NULL would have done
        if row[at["series_id"]] is not None:
            row[at["series_id"]] = new_ids.get(row[at["series_id"]], row[at["series_id"]])
        cursor = conn.execute(f"INSERT INTO events ({names}) VALUES ({marks})", row)
        new_ids[old] = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT OR IGNORE INTO event_exdates (event_id, occurrence_start) VALUES (?, ?)",
        [(new_ids[event_id], start) for event_id, start in saved.exdates],
    )
    for att_id, event_id, start, member_id, status in saved.attendance:
        # People deleted meanwhile lose their record.
        if trash.exists(conn, "members", member_id):
            free = None if trash.exists(conn, "attendance", att_id) else att_id
            conn.execute(
                "INSERT OR IGNORE INTO attendance (id, event_id, occurrence_start, member_id, "
                "status) VALUES (?, ?, ?, ?, ?)",
                (free, new_ids[event_id], start, member_id, status),
            )
    conn.executemany(
        "UPDATE revenue SET event_id = ? WHERE id = ? AND event_id IS NULL",
        [(new_ids[event_id], rev_id) for rev_id, event_id in saved.revenue_links],
    )
    return new_ids


def _uid_taken(conn: sqlite3.Connection, uid: Any) -> bool:
    return conn.execute("SELECT 1 FROM events WHERE uid = ?", (uid,)).fetchone() is not None


def _restore(db: Database, data: dict[str, Any]) -> dict[int, int]:
    return restore_events(db.conn, event_snapshot(data))


EVENTS: trash.TrashKind[Snapshot] = trash.TrashKind(
    name="event",
    describe=describe,
    ids=lambda snapshot: sorted(snapshot.ids),
    to_payload=event_payload,
    restore=_restore,
)
trash.register(EVENTS)
