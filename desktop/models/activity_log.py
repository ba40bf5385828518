"""The daily activity log of a group: messages, active members, joins and leaves per day."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.models.common import is_int, iso, require_group
from desktop.models.db import Database
from desktop.models.errors import ValidationError

FIELDS = ("messages", "active_members", "joined", "left_count")
MAX_CSV_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class DayActivity:
    """One group's figures for one day."""

    day: dt.date
    messages: int = 0
    active_members: int = 0
    joined: int = 0
    left_count: int = 0


def activity(database: Database, group_id: int, start: dt.date, end: dt.date) -> list[DayActivity]:
    """Recorded days of a group in the inclusive range, by day."""
    rows = database.conn.execute(
        """SELECT day, messages, active_members, joined, left_count FROM activity_daily
           WHERE group_id = ? AND day BETWEEN ? AND ? ORDER BY day""",
        (group_id, iso(start), iso(end)),
    )
    return [DayActivity(dt.date.fromisoformat(d), *rest) for d, *rest in rows]


def set_days(database: Database, group_id: int, days: Sequence[DayActivity]) -> int:
    """Store (or replace) a group's figures for these days in one transaction; the count."""
    replace_days(database, group_id, days)
    return len(days)


def replace_days(
    database: Database,
    group_id: int,
    put: Sequence[DayActivity],
    remove: Sequence[dt.date] = (),
) -> None:
    """Store `put` and forget the days in `remove`, in one transaction (an edit or its undo)."""
    for row, entry in enumerate(put, start=1):
        _check(entry, row if len(put) > 1 else None)
    with database.transaction() as conn:
        require_group(conn, group_id)
        conn.executemany(
            "DELETE FROM activity_daily WHERE group_id = ? AND day = ?",
            [(group_id, iso(day)) for day in remove],
        )
        conn.executemany(
            """INSERT INTO activity_daily
                   (group_id, day, messages, active_members, joined, left_count)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (group_id, day) DO UPDATE SET messages = excluded.messages,
                   active_members = excluded.active_members, joined = excluded.joined,
                   left_count = excluded.left_count""",
            [
                (group_id, iso(e.day), e.messages, e.active_members, e.joined, e.left_count)
                for e in put
            ],
        )


def delete_day(database: Database, group_id: int, day: dt.date) -> None:
    """Forget one day's figures."""
    with database.transaction() as conn:
        conn.execute(
            "DELETE FROM activity_daily WHERE group_id = ? AND day = ?", (group_id, iso(day))
        )


def parse_csv(data: bytes) -> list[DayActivity]:
    """Rows of date + numbers (messages, active, joined, left) from CSV bytes.

    A header row is skipped when its first cell is not a date; missing numbers are 0.
    """
    if len(data) > MAX_CSV_BYTES:
        raise ValidationError("file", "The file is too large for a daily log.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise ValidationError("file", "The file is not text (UTF-8 or GBK).") from exc
    days: list[DayActivity] = []
    for number, cells in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not any(c.strip() for c in cells):
            continue
        try:
            day = dt.date.fromisoformat(cells[0].strip().replace("/", "-"))
        except ValueError as exc:
            if number == 1:
                continue
            raise ValidationError("date", f'"{cells[0]}" is not a date.', row=number) from exc
        values: list[int] = []
        for name, cell in zip(FIELDS, [*cells[1:5], "", "", "", ""][:4], strict=True):
            clean = cell.strip().replace(",", "") or "0"
            if not clean.isdigit():
                raise ValidationError(name, f'"{cell}" is not a whole number.', row=number)
            values.append(int(clean))
        days.append(DayActivity(day, *values))
    return days


def _check(entry: DayActivity, row: int | None) -> None:
    if not isinstance(entry.day, dt.date):
        raise ValidationError("day", "A date is needed.", row=row)
    for name in FIELDS:
        value = getattr(entry, name)
        if not is_int(value) or value < 0:
            raise ValidationError(name, "The figure must be a whole number, 0 or more.", row=row)
