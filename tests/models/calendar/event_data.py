"""Shared test data for the calendar tests: a group, members and event drafts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.models.calendar.events import EventDraft
from desktop.models.groups.groups import create_group
from desktop.models.storage.db import Database
from tests.models.groups.group_data import full_draft, join

T = dt.datetime


def make_group(database: Database, name: str = "读书会") -> int:
    return create_group(database, full_draft(name=name), today=dt.date(2026, 1, 1))


def members(database: Database, group_id: int, *names: str) -> list[int]:
    return [join(database, group_id, "2025-10-01", name=n) for n in names]


def draft(group_id: int, start: dt.datetime, minutes: int = 60, **changes: Any) -> EventDraft:
    values: dict[str, Any] = {
        "group_id": group_id,
        "title": "共读直播",
        "type": "lecture",
        "starts_at": start,
        "ends_at": start + dt.timedelta(minutes=minutes),
    }
    values.update(changes)
    return EventDraft(**values)
