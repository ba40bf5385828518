"""The 30-day trash: deleted records of any registered kind, restorable as they were.

Each delete writes one row in the same transaction as the delete; its JSON payload is the
undo snapshot of that kind. The trash knows no feature's code: each feature registers its
kinds (`register`, in its package's `trash_kinds` module) with how a snapshot is labelled,
stored and put back, and `KIND_MODULES` names that module for each kind the table stores,
so the trash loads it the first time the kind is needed (not at start-up: the calendar's
recurrence rules and the rest are not needed to paint the first tab). Restoring puts the
records back and removes the row in one transaction, so nothing comes back twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import json
import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.storage.db import Database

KEEP_DAYS = 30
PAYLOAD_VERSION = 1
# How `deleted_at` is stored; the table's CHECK wants exactly SQLite's datetime() form.
DELETED_AT_FORMAT = "%Y-%m-%d %H:%M:%S"

T = TypeVar("T")
S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class TrashItem:
    """One row of the trash as the list shows it."""

    id: int
    kind: str  # a registered kind: "member" | "event" | "revenue"
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


@dataclass(frozen=True, slots=True)
class TrashKind(Generic[S]):
    """How one kind of deleted records (its snapshot type `S`) is kept and put back.

    `restore` runs inside the restoring transaction and returns old id → id now; it
    raises `ValidationError` (and nothing changes) when the records cannot come back.
    """

    name: str  # stored in the `kind` column
    describe: Callable[[S], str]  # the label the trash list shows
    ids: Callable[[S], list[int]]  # the ids of the records it brings back
    to_payload: Callable[[S], dict[str, Any]]  # the snapshot as JSON-ready data
    restore: Callable[[Database, dict[str, Any]], dict[int, int]]


_KINDS: dict[str, TrashKind[Any]] = {}

# Each kind the trash table's CHECK allows → the module that registers it (imported on first
# use; tests check that every kind stored resolves and every `trash_kinds` module is here).
KIND_MODULES: dict[str, str] = {
    "member": "desktop.models.members.trash_kinds",
    "event": "desktop.models.calendar.trash_kinds",
    "revenue": "desktop.models.revenue.trash_kinds",
    "payout": "desktop.models.revenue.trash_kinds",
}


def register(kind: TrashKind[Any]) -> None:
    """Make a kind storable and restorable (each feature registers its own, once)."""
    known = _KINDS.get(kind.name)
    if known is not None and known != kind:
        raise ValueError(f"trash kind {kind.name!r} is already registered")
    _KINDS[kind.name] = kind


def registered_kinds() -> frozenset[str]:
    """The kinds registered so far (a kind's module registers it when first needed)."""
    return frozenset(_KINDS)


def kind(name: str) -> TrashKind[Any]:
    """The registered kind `name`, its feature's module loaded first if it was not yet."""
    found = _KINDS.get(name)
    if found is None and name in KIND_MODULES:
        importlib.import_module(KIND_MODULES[name])
        found = _KINDS.get(name)
    if found is None:
        raise LookupError(f"no trash kind {name!r} is registered (see trash.KIND_MODULES)")
    return found


def table_fields(snapshot: Any) -> list[str]:
    """The row-table fields of a snapshot dataclass or its class (everything but `ids`)."""
    return [f.name for f in dataclasses.fields(snapshot) if f.name != "ids"]


def as_lists(value: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Snapshot rows (tuples) as JSON-ready lists."""
    return [list(row) for row in value]


def as_tuples(value: Sequence[Sequence[Any]]) -> tuple[tuple[Any, ...], ...]:
    """JSON lists back as the snapshot's row tuples."""
    return tuple(tuple(row) for row in value)


def exists(conn: sqlite3.Connection, table: str, row_id: Any) -> bool:
    """Whether `table` has a row with this id (restores drop links to rows gone meanwhile)."""
    # `table` is one of our own table names, never user input.
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None


def require_group(conn: sqlite3.Connection, group_id: Any, what: str) -> None:
    """Refuse a restore whose group no longer exists (`what` names the records)."""
    if group_id is not None and not exists(conn, "groups", group_id):
        raise ValidationError(
            "group",
            msg("The group {what} belonged to no longer exists; it cannot be restored.", what=what),
        )


# ---- writing (called by the delete functions, inside their transaction) -------------------


def _stamp(at: dt.datetime) -> str:
    return at.strftime(DELETED_AT_FORMAT)


def put(conn: sqlite3.Connection, kind_name: str, snapshot: Any, now: dt.datetime) -> int:
    """Record deleted records (snapshot taken before the delete); return the trash id."""
    found = kind(kind_name)
    payload = {
        "version": PAYLOAD_VERSION,
        "ids": found.ids(snapshot),
        "data": found.to_payload(snapshot),
    }
    cursor = conn.execute(
        "INSERT INTO trash (kind, label, deleted_at, payload) VALUES (?, ?, ?, ?)",
        (kind_name, found.describe(snapshot), _stamp(now), json.dumps(payload, ensure_ascii=False)),
    )
    return int(cursor.lastrowid or 0)


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
            "trash", msg("This item is no longer in the trash (restored or deleted for good).")
        )
    payload = json.loads(found[1])
    if not isinstance(payload, dict) or payload.get("version") != PAYLOAD_VERSION:
        raise ValidationError("trash", msg("This trash item was saved by another version."))
    return str(found[0]), payload["data"]


def restore_from_trash(db: Database, trash_id: int) -> Restored:
    """Put a trash item's records back and remove it, in one transaction.

    Refused with a ValidationError naming the group when a group the records belonged to
    no longer exists; then nothing changes.
    """
    with db.transaction() as conn:
        name, data = _load(conn, trash_id)
        ids = kind(name).restore(db, data)
        conn.execute("DELETE FROM trash WHERE id = ?", (trash_id,))
    return Restored(name, ids)


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
