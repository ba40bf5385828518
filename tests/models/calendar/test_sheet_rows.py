"""The events and attendance sheets' row sources of an export."""

from __future__ import annotations

import datetime as dt

from desktop.models.calendar import sheet_rows
from desktop.models.groups.sheet_rows import SheetScope
from desktop.models.storage.db import Database


def test_events_and_attendance_in_scope(demo_db: Database) -> None:
    everything = SheetScope()
    events = list(sheet_rows.event_rows(demo_db, everything))
    (stored,) = demo_db.conn.execute("SELECT count(*) FROM events").fetchone()
    assert len(events) == stored
    assert [e.starts_at for e in events] == sorted(e.starts_at for e in events)
    (attended,) = demo_db.conn.execute(
        "SELECT count(*) FROM attendance WHERE status = 'attended'"
    ).fetchone()
    assert sum(e.attended for e in events) == attended
    scope = SheetScope(None, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    march = list(sheet_rows.event_rows(demo_db, scope))
    assert march and all(e.rrule or e.starts_at[:7] == "2026-03" for e in march)
    rows = list(sheet_rows.attendance_rows(demo_db, scope))
    assert rows and len(rows) == sheet_rows.count_attendance_rows(demo_db, scope)
    assert all(row[2][:7] == "2026-03" for row in rows)
