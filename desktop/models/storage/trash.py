"""The 30-day trash: deleted members, events and revenue entries, restorable as they were.

Each delete writes one row in the same transaction as the delete; its JSON payload is the
undo snapshot of that kind (`MemberSnapshot`, `events.Snapshot`, `DeletedEntry`). Restoring
puts the records back and removes the row in one transaction, so nothing comes back twice.

This module is imported by members, events and revenue (they write the trash), so it
imports them only inside the functions that restore.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.models.core.errors import ValidationError
from desktop.models.core.money import grouped_text
from desktop.models.storage.db import Database

if TYPE_CHECKING:
    from desktop.models.calendar.events import Snapshot
    from desktop.models.members.snapshots import MemberSnapshot
    from desktop.models.revenue.revenue import DeletedEntry

KEEP_DAYS = 30
KINDS = ("member", "event", "revenue")
PAYLOAD_VERSION = 1
# How `deleted_at` is stored; the table's CHECK wants exactly SQLite's datetime() form.
DELETED_AT_FORMAT = "%Y-%m-%d %H:%M:%S"
LABEL_NAMES = 3  # names spelled out in a member row's label before "+N"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class TrashItem:
    """One row of the trash as the list shows it."""

    id: int
    kind: str  # "member" | "event" | "revenue"
    label: str  # names, a title, or day · amount — user data, not a translatable text
    count: int  # how many records it brings back (members, or events with occurrences)
    deleted_at: dt.datetime

    def days_left(self, now: dt.datetime) -> int:
        """Whole days (rounded up) until `purge_expired` removes it; 0 when due."""
        left = self.deleted_at + dt.timedelta(days=KEEP_DAYS) - now
        return max(0, math.ceil(left.total_seconds() / 86400))


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore brought back: old id → id now (ids are kept while free)."""

    kind: str
    ids: dict[int, int]


# ---- writing (called by the delete functions, inside their transaction) -------------------


def _stamp(at: dt.datetime) -> str:
    return at.strftime(DELETED_AT_FORMAT)


def _rows(value: Sequence[Sequence[Any]]) -> list[list[Any]]:
    return [list(row) for row in value]


def _tuples(value: Sequence[Sequence[Any]]) -> tuple[tuple[Any, ...], ...]:
    return tuple(tuple(row) for row in value)


def _put(
    conn: sqlite3.Connection, kind: str, label: str, ids: list[int], data: Any, now: dt.datetime
) -> int:
    payload = {"version": PAYLOAD_VERSION, "ids": ids, "data": data}
    cursor = conn.execute(
        "INSERT INTO trash (kind, label, deleted_at, payload) VALUES (?, ?, ?, ?)",
        (kind, label, _stamp(now), json.dumps(payload, ensure_ascii=False)),
    )
    return int(cursor.lastrowid or 0)


def _table_fields(snapshot: Any) -> list[str]:
    """The row-table fields of a snapshot dataclass (everything but the `ids` set)."""
    return [f.name for f in dataclasses.fields(snapshot) if f.name != "ids"]


def member_payload(snapshot: MemberSnapshot) -> dict[str, Any]:
    """A member snapshot as JSON-ready lists."""
    return {name: _rows(getattr(snapshot, name)) for name in _table_fields(snapshot)}


def member_snapshot(data: dict[str, Any]) -> MemberSnapshot:
    """The member snapshot a payload holds."""
    from desktop.models.members.snapshots import MemberSnapshot

    tables = {name: _tuples(data[name]) for name in _table_fields(MemberSnapshot)}
    return MemberSnapshot(**tables)


def event_payload(snapshot: Snapshot) -> dict[str, Any]:
    """An event snapshot as JSON-ready lists."""
    tables = {name: _rows(getattr(snapshot, name)) for name in _table_fields(snapshot)}
    return {"ids": sorted(snapshot.ids), **tables}


def event_snapshot(data: dict[str, Any]) -> Snapshot:
    """The event snapshot a payload holds."""
    from desktop.models.calendar.events import Snapshot

    tables = {name: _tuples(data[name]) for name in _table_fields(Snapshot)}
    return Snapshot(ids=frozenset(int(i) for i in data["ids"]), **tables)


def entry_payload(deleted: DeletedEntry) -> dict[str, Any]:
    """A deleted revenue entry as JSON-ready lists."""
    return {
        "row": list(deleted.row),
        "membership_until": list(deleted.membership_until) if deleted.membership_until else None,
        "later_previous": _rows(deleted.later_previous),
    }


def deleted_entry(data: dict[str, Any]) -> DeletedEntry:
    """The deleted entry a payload holds."""
    from desktop.models.revenue.revenue import DeletedEntry

    until = data["membership_until"]
    return DeletedEntry(
        row=tuple(data["row"]),
        membership_until=(int(until[0]), until[1]) if until else None,
        later_previous=tuple((int(i), day) for i, day in data["later_previous"]),
    )


def put_members(conn: sqlite3.Connection, snapshot: MemberSnapshot, now: dt.datetime) -> int:
    """Record deleted members (snapshot taken before the delete); return the trash id."""
    names = [str(row[1]) for row in snapshot.members]
    label = ", ".join(names[:LABEL_NAMES])
    if len(names) > LABEL_NAMES:
        label += f" +{len(names) - LABEL_NAMES}"
    return _put(conn, "member", label, list(snapshot.ids), member_payload(snapshot), now)


def put_events(conn: sqlite3.Connection, snapshot: Snapshot, now: dt.datetime) -> int:
    """Record a deleted event (series with its occurrences); return the trash id."""
    # The series row sorts first in a snapshot; its title and start name the entry.
    first = snapshot.events[0] if snapshot.events else None
    label = f"{first[2]} · {str(first[6])[:10]}" if first else ""
    return _put(conn, "event", label, sorted(snapshot.ids), event_payload(snapshot), now)


def put_entry(conn: sqlite3.Connection, deleted: DeletedEntry, now: dt.datetime) -> int:
    """Record a deleted revenue entry; return the trash id."""
    from desktop.models.revenue.revenue import COLUMNS

    row = dict(zip(COLUMNS, deleted.row, strict=True))
    label = f"{row['day']} · {grouped_text(int(row['amount_minor']))} {row['currency']}"
    if row["note"]:
        label += f" · {str(row['note'])[:40]}"
    return _put(conn, "revenue", label, [deleted.entry_id], entry_payload(deleted), now)


def newest_id(conn: sqlite3.Connection) -> int:
    """The id of the newest trash row (0 when empty); ids only grow within a transaction."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM trash").fetchone()[0])


def capture(db: Database, action: Callable[[], T]) -> tuple[T, int | None]:
    """Run a delete in one transaction; return its result and the trash row it wrote.

    Undo commands keep that id: undoing the delete restores from (and removes) that row.
    """
    with db.transaction() as conn:
        before = newest_id(conn)
        result = action()
        after = newest_id(conn)
    return result, (after if after != before else None)


# ---- reading and restoring ----------------------------------------------------------------


def list_trash(db: Database) -> list[TrashItem]:
    """Everything in the trash, newest first."""
    rows = db.conn.execute(
        "SELECT id, kind, label, json_array_length(payload, '$.ids'), deleted_at FROM trash "
        "ORDER BY deleted_at DESC, id DESC"
    )
    return [
        TrashItem(
            int(tid),
            str(kind),
            str(label),
            int(count or 0),
            dt.datetime.strptime(stamp, DELETED_AT_FORMAT),
        )
        for tid, kind, label, count, stamp in rows
    ]


def _load(conn: sqlite3.Connection, trash_id: int) -> tuple[str, dict[str, Any]]:
    found = conn.execute("SELECT kind, payload FROM trash WHERE id = ?", (trash_id,)).fetchone()
    if found is None:
        raise ValidationError(
            "trash", "This item is no longer in the trash (restored or deleted for good)."
        )
    payload = json.loads(found[1])
    if not isinstance(payload, dict) or payload.get("version") != PAYLOAD_VERSION:
        raise ValidationError("trash", "This trash item was saved by another version.")
    return str(found[0]), payload["data"]


def restore_from_trash(db: Database, trash_id: int) -> Restored:
    """Put a trash item's records back and remove it, in one transaction.

    Refused with a ValidationError naming the group when a group the records belonged to
    no longer exists; then nothing changes.
    """
    with db.transaction() as conn:
        kind, data = _load(conn, trash_id)
        if kind == "member":
            from desktop.models.members.snapshots import restore_members

            ids = restore_members(db, member_snapshot(data))
        elif kind == "event":
            ids = _restore_events(conn, event_snapshot(data))
        else:
            ids = _restore_entry(db, deleted_entry(data))
        conn.execute("DELETE FROM trash WHERE id = ?", (trash_id,))
    return Restored(kind, ids)


def delete_from_trash(db: Database, trash_id: int) -> None:
    """Remove a trash item for good."""
    with db.transaction() as conn:
        _load(conn, trash_id)
        conn.execute("DELETE FROM trash WHERE id = ?", (trash_id,))


def purge_expired(db: Database, now: dt.datetime | None = None) -> int:
    """Remove items deleted more than 30 days before `now` (the database's clock)."""
    cutoff = (now or db.clock.now()) - dt.timedelta(days=KEEP_DAYS)
    with db.transaction() as conn:
        cursor = conn.execute("DELETE FROM trash WHERE deleted_at < ?", (_stamp(cutoff),))
        return cursor.rowcount


def _exists(conn: sqlite3.Connection, table: str, row_id: Any) -> bool:
    # `table` is one of our own table names, never user input.
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None


def _require_group(conn: sqlite3.Connection, group_id: Any, what: str) -> None:
    if group_id is not None and not _exists(conn, "groups", group_id):
        raise ValidationError(
            "group", f"The group {what} belonged to no longer exists; it cannot be restored."
        )


def _restore_events(conn: sqlite3.Connection, saved: Snapshot) -> dict[int, int]:
    """Insert a deleted event family again, under new ids where the old ones were reused."""
    from desktop.models.calendar.events import EVENT_COLUMNS

    columns = [c.strip() for c in EVENT_COLUMNS.split(",")]
    at = {name: n for n, name in enumerate(columns)}
    marks = ", ".join("?" * len(columns))
    new_ids: dict[int, int] = {}
    # Series rows sort before their edited occurrences, so series_id is mapped in time.
    for source in saved.events:
        row = list(source)
        _require_group(conn, row[at["group_id"]], f"“{row[at['title']]}”")
        old = int(row[0])
        row[0] = None if _exists(conn, "events", old) else old
        if row[at["host_id"]] is not None and not _exists(conn, "members", row[at["host_id"]]):
            row[at["host_id"]] = None  # as ON DELETE SET NULL would have done
        if row[at["series_id"]] is not None:
            row[at["series_id"]] = new_ids.get(row[at["series_id"]], row[at["series_id"]])
        cursor = conn.execute(f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({marks})", row)
        new_ids[old] = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT OR IGNORE INTO event_exdates (event_id, occurrence_start) VALUES (?, ?)",
        [(new_ids[event_id], start) for event_id, start in saved.exdates],
    )
    for att_id, event_id, start, member_id, status in saved.attendance:
        if _exists(conn, "members", member_id):  # people deleted meanwhile lose their record
            free = None if _exists(conn, "attendance", att_id) else att_id
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


def _restore_entry(db: Database, deleted: DeletedEntry) -> dict[int, int]:
    """Put a revenue entry back; links to records deleted meanwhile are dropped."""
    from desktop.models.revenue.revenue import COLUMNS, restore_entry

    conn = db.conn
    values = dict(zip(COLUMNS, deleted.row, strict=True))
    _require_group(conn, values["group_id"], "this entry")
    for name, table in (
        ("referrer_id", "members"),
        ("partner_id", "partners"),
        ("renewal_membership_id", "memberships"),
    ):
        if values[name] is not None and not _exists(conn, table, values[name]):
            values[name] = None
    cleaned = replace(deleted, row=tuple(values[name] for name in COLUMNS))
    if values["renewal_membership_id"] is None:
        cleaned = replace(cleaned, membership_until=None, later_previous=())
    return {deleted.entry_id: restore_entry(db, cleaned)}
