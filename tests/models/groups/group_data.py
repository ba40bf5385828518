"""Shared test data for the group, rule and lifecycle tests: drafts, members, snapshots."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from desktop.models.groups.groups import GroupDraft
from desktop.models.storage.db import Database
from desktop.models.storage.tables import TABLES

D = dt.date
TODAY = D(2026, 3, 1)


def snapshot(database: Database) -> dict[str, list[Any]]:
    """Every row of every table, to prove that a refused action wrote nothing."""
    return {
        table: database.conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        for table in TABLES
    }


def add_member(database: Database, name: str) -> int:
    with database.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO members (name, created_at) VALUES (?, '2025-01-01T00:00:00')", (name,)
        )
    return int(cursor.lastrowid or 0)


def join(
    database: Database, group_id: int, joined: str, left: str | None = None, *, name: str = "m"
) -> int:
    member = add_member(database, name)
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO memberships (member_id, group_id, joined_on, left_on) VALUES (?, ?, ?, ?)",
            (member, group_id, joined, left),
        )
    return member


def full_draft(**changes: Any) -> GroupDraft:
    draft = GroupDraft(
        name="  读书会  ",
        platform="wechat",
        capacity=500,
        purposes=("learning", "networking"),
        value_types=("knowledge",),
        theme="每月一本书",
        audience="职场新人",
        mission="读完一本，写下一页",
        structure="ring",
        fee_minor=19900,
        fee_currency="cny",
        fee_period_months=12,
        created_on=D(2025, 9, 1),
        exit_criteria="连续三个月不打卡",
        notes="from the salon",
        thresholds={"payment": "年费 199 元", "activity": "每月至少打卡一次"},
    )
    return replace(draft, **changes)
