"""Date conversions, number checks and group look-ups shared by the data-layer modules."""

from __future__ import annotations

import datetime as dt
import sqlite3

from desktop.models.errors import ValidationError

# How rule and history timestamps are stored: local time, to the second.
STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S"


def iso(day: dt.date) -> str:
    """The ISO text of a calendar day (a datetime is a date too; only its day is kept)."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def parse_date(text: str) -> dt.date:
    """A stored ISO date as a date."""
    return dt.date.fromisoformat(text)


def is_int(value: object) -> bool:
    """Whether a value is a whole number (bool is an int subclass, but True is a bug here)."""
    return isinstance(value, int) and not isinstance(value, bool)


def require_group(conn: sqlite3.Connection, group_id: int) -> str:
    """The group's name; a ValidationError on "group" when there is no such group."""
    found = conn.execute("SELECT name FROM groups WHERE id = ?", (group_id,)).fetchone()
    if found is None:
        raise ValidationError("group", f"There is no group with id {group_id}.")
    return str(found[0])


def group_created_on(conn: sqlite3.Connection, group_id: int) -> dt.date:
    """The day the group was created; a ValidationError on "group" when there is none."""
    found = conn.execute("SELECT created_on FROM groups WHERE id = ?", (group_id,)).fetchone()
    if found is None:
        raise ValidationError("group", f"There is no group with id {group_id}.")
    return parse_date(found[0])
