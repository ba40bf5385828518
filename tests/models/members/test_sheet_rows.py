"""The members and roles sheets' row sources of an export."""

from __future__ import annotations

import datetime as dt

from desktop.models.groups.queries import group_names
from desktop.models.groups.sheet_rows import SheetScope
from desktop.models.members import sheet_rows
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)


def test_everyone_or_the_scoped_members_and_counts_match(demo_db: Database) -> None:
    everything = SheetScope()
    members = list(sheet_rows.member_rows(demo_db, everything, TODAY))
    (stored,) = demo_db.conn.execute("SELECT count(*) FROM members").fetchone()
    assert len(members) == stored == sheet_rows.count_member_rows(demo_db, everything)
    assert [row[0] for row in members] == sorted(row[0] for row in members)
    assert {row[12] for row in members} <= {"active", "expired", "left"}
    gid, name = min(group_names(demo_db))
    scope = SheetScope((gid,), dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    scoped = list(sheet_rows.member_rows(demo_db, scope, TODAY))
    assert 0 < len(scoped) == sheet_rows.count_member_rows(demo_db, scope) < len(members)
    assert all(row[6] == name for row in scoped)
    roles = list(sheet_rows.role_rows(demo_db, scope))
    assert roles and len(roles) == sheet_rows.count_role_rows(demo_db, scope)
    assert all(row[2] == name and row[4] <= "2026-06-30" for row in roles)


def test_contact_handles(demo_db: Database) -> None:
    handles = list(sheet_rows.contact_handles(demo_db))
    assert handles and all(wechat or phone for wechat, phone in handles)
