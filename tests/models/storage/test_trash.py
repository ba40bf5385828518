"""The 30-day trash: every delete writes one row; restoring puts everything back exactly."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from desktop.models.calendar import events
from desktop.models.calendar import trash_kinds as event_kinds
from desktop.models.core.errors import ValidationError
from desktop.models.members import snapshots
from desktop.models.members import trash_kinds as member_kinds
from desktop.models.revenue import revenue
from desktop.models.revenue import trash_kinds as revenue_kinds
from desktop.models.storage import trash
from desktop.models.storage.db import Database
from desktop.models.storage.tables import TABLES

NOW = dt.datetime(2026, 11, 23, 12, 0, 0)


def dump(db: Database) -> dict[str, list[Any]]:
    """Every row of every table (but the trash), sorted, to compare before and after."""
    return {
        table: sorted(db.conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
        for table in TABLES
    }


def one(db: Database, sql: str) -> int:
    return int(db.conn.execute(sql).fetchone()[0])


def trash_count(db: Database) -> int:
    return one(db, "SELECT count(*) FROM trash")


def busy_members(db: Database, n: int) -> list[int]:
    """Members with memberships, roles and attendance: the most to restore."""
    return [
        int(r[0])
        for r in db.conn.execute(
            "SELECT m.id FROM members m WHERE EXISTS (SELECT 1 FROM attendance a "
            "WHERE a.member_id = m.id) AND EXISTS (SELECT 1 FROM memberships s "
            "WHERE s.member_id = m.id) ORDER BY m.id LIMIT ?",
            (n,),
        )
    ]


def test_deleting_members_writes_one_row_and_restore_is_exact(demo_db: Database) -> None:
    before = dump(demo_db)
    ids = busy_members(demo_db, 4)
    assert len(ids) == 4
    assert snapshots.delete_members(demo_db, ids) == 4
    assert trash_count(demo_db) == 1
    [item] = trash.list_trash(demo_db)
    assert item.kind == "member" and item.count == 4
    assert item.label.endswith(" +1") and item.days_left(item.deleted_at) == trash.KEEP_DAYS

    restored = trash.restore_from_trash(demo_db, item.id)

    assert restored.kind == "member" and restored.ids == {i: i for i in ids}
    assert dump(demo_db) == before
    assert trash_count(demo_db) == 0


def test_event_series_with_attendance_comes_back_exactly(demo_db: Database) -> None:
    series = one(
        demo_db,
        "SELECT e.id FROM events e WHERE e.rrule IS NOT NULL AND EXISTS (SELECT 1 FROM "
        "attendance a WHERE a.event_id = e.id) ORDER BY e.id LIMIT 1",
    )
    before = dump(demo_db)
    events.delete_event(demo_db, series)
    assert one(demo_db, f"SELECT count(*) FROM attendance WHERE event_id = {series}") == 0
    [item] = trash.list_trash(demo_db)
    assert item.kind == "event" and item.count >= 1

    trash.restore_from_trash(demo_db, item.id)

    assert dump(demo_db) == before


def test_event_whose_id_was_reused_comes_back_under_a_new_id(demo_db: Database) -> None:
    last = one(demo_db, "SELECT max(id) FROM events")
    title = demo_db.conn.execute("SELECT title FROM events WHERE id = ?", (last,)).fetchone()[0]
    events.delete_event(demo_db, last)
    group = one(demo_db, "SELECT id FROM groups ORDER BY id LIMIT 1")
    start = dt.datetime(2026, 12, 1, 19)
    new = events.create_event(
        demo_db,
        events.EventDraft(
            group_id=group, title="新活动", starts_at=start, ends_at=start + dt.timedelta(hours=1)
        ),
    )
    assert new == last  # SQLite hands out the freed id again

    restored = trash.restore_from_trash(demo_db, trash.list_trash(demo_db)[0].id)

    moved = restored.ids[last]
    assert moved != last
    assert demo_db.conn.execute("SELECT title FROM events WHERE id = ?", (moved,)).fetchone() == (
        title,
    )
    assert demo_db.conn.execute("SELECT title FROM events WHERE id = ?", (last,)).fetchone() == (
        "新活动",
    )


def test_renewal_entry_restores_membership_paid_until(demo_db: Database) -> None:
    entry = one(
        demo_db,
        "SELECT max(id) FROM revenue WHERE renewal_membership_id IS NOT NULL",
    )
    before = dump(demo_db)
    deleted = revenue.delete_entry(demo_db, entry)
    assert deleted.membership_until is not None
    [item] = trash.list_trash(demo_db)
    assert item.kind == "revenue" and str(deleted.row[1]) in item.label

    assert trash.restore_from_trash(demo_db, item.id).ids == {entry: entry}

    assert dump(demo_db) == before


def test_payload_round_trips_every_snapshot_type(demo_db: Database) -> None:
    ids = busy_members(demo_db, 2)
    snap = snapshots.snapshot_members(demo_db, ids)
    assert (
        member_kinds.member_snapshot(json.loads(json.dumps(member_kinds.member_payload(snap))))
        == snap
    )
    event = events.snapshot(demo_db, [one(demo_db, "SELECT min(id) FROM events")])
    assert (
        event_kinds.event_snapshot(json.loads(json.dumps(event_kinds.event_payload(event))))
        == event
    )
    deleted = revenue.delete_entry(demo_db, one(demo_db, "SELECT min(id) FROM revenue"))
    data = json.loads(json.dumps(revenue_kinds.entry_payload(deleted)))
    assert revenue_kinds.deleted_entry(data) == deleted


def test_restore_refused_when_the_group_is_gone(database: Database) -> None:
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO groups (id, name, purposes, created_on) VALUES (1, '读书会', "
            "'[\"learning\"]', '2025-01-01')"
        )
        conn.execute(
            "INSERT INTO events (id, group_id, title, starts_at, ends_at) VALUES "
            "(1, 1, '共读', '2026-01-01T19:00:00', '2026-01-01T20:00:00')"
        )
    events.delete_event(database, 1)
    with database.transaction() as conn:
        conn.execute("DELETE FROM groups WHERE id = 1")
    [item] = trash.list_trash(database)

    with pytest.raises(ValidationError) as caught:
        trash.restore_from_trash(database, item.id)

    assert caught.value.field == "group" and "no longer exists" in caught.value.message
    assert trash_count(database) == 1
    assert one(database, "SELECT count(*) FROM events") == 0


def test_restored_or_deleted_item_cannot_be_restored_twice(demo_db: Database) -> None:
    ids = busy_members(demo_db, 1)
    snapshots.delete_members(demo_db, ids)
    [item] = trash.list_trash(demo_db)
    trash.restore_from_trash(demo_db, item.id)
    with pytest.raises(ValidationError, match="no longer in the trash"):
        trash.restore_from_trash(demo_db, item.id)
    snapshots.delete_members(demo_db, ids)
    [again] = trash.list_trash(demo_db)
    trash.delete_from_trash(demo_db, again.id)
    assert trash.list_trash(demo_db) == []
    assert one(demo_db, f"SELECT count(*) FROM members WHERE id = {ids[0]}") == 0


def test_opting_out_and_empty_deletes_write_no_row(demo_db: Database) -> None:
    snapshots.delete_members(demo_db, [999_999])
    snapshots.delete_members(demo_db, busy_members(demo_db, 1), to_trash=False)
    revenue.delete_entry(demo_db, one(demo_db, "SELECT min(id) FROM revenue"), to_trash=False)
    events.delete_event(demo_db, one(demo_db, "SELECT min(id) FROM events"), to_trash=False)
    assert trash_count(demo_db) == 0


def test_failed_delete_writes_no_trash_row(demo_db: Database) -> None:
    with pytest.raises(ValidationError):
        events.delete_event(demo_db, 999_999)
    with pytest.raises(ValidationError):
        revenue.delete_entry(demo_db, 999_999)
    assert trash_count(demo_db) == 0


def test_capture_returns_the_row_the_delete_wrote(demo_db: Database) -> None:
    ids = busy_members(demo_db, 2)
    count, trash_id = trash.capture(demo_db, lambda: snapshots.delete_members(demo_db, ids))
    assert count == 2 and trash_id == trash.list_trash(demo_db)[0].id
    nothing, none_id = trash.capture(demo_db, lambda: snapshots.delete_members(demo_db, ids))
    assert nothing == 0 and none_id is None


def test_purge_removes_only_items_older_than_thirty_days(database: Database) -> None:
    with database.transaction() as conn:
        for n, stamp in enumerate(
            ["2026-10-24 11:59:59", "2026-10-24 12:00:00", "2026-11-20 08:00:00"], start=1
        ):
            conn.execute(
                "INSERT INTO trash (id, kind, label, deleted_at, payload) VALUES "
                "(?, 'member', ?, ?, '{}')",
                (n, f"m{n}", stamp),
            )
    assert trash.purge_expired(database, NOW) == 1
    items = trash.list_trash(database)
    assert [i.id for i in items] == [3, 2]
    assert [i.days_left(NOW) for i in items] == [27, 0]
