"""The daily activity log of a group: messages, active members, joins and leaves per day."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.models.core.common import is_int, iso, require_group
from desktop.models.core.errors import ValidationError
from desktop.models.exchange.sheet_files import Cell, SpreadsheetError, read_regular_file
from desktop.models.exchange.sheets import EXCEL_SUFFIXES, cell_text, parse_day, read_sheet
from desktop.models.storage.db import Database

FIELDS = ("messages", "active_members", "joined", "left_count")
MAX_CSV_BYTES = 5 * 1024 * 1024
SHEET_LEAD_ROWS = 10  # rows at the top of a sheet searched for the header (titles above it)
# Column titles of a daily log, in CSV files and sheets alike (matched ignoring case,
# spaces and brackets).
HEADERS: dict[str, tuple[str, ...]] = {
    "day": ("日期", "date", "day"),
    "messages": ("消息", "消息数", "消息量", "发言数", "messages", "msgs"),
    "active_members": ("活跃", "活跃人数", "活跃成员", "active", "activemembers"),
    "joined": ("新成员", "入群", "入群人数", "新增", "joined", "newmembers"),
    "left_count": ("退群", "离开", "退群人数", "left", "leftcount"),
}


@dataclass(frozen=True, slots=True)
class DayActivity:
    """One group's figures for one day."""

    day: dt.date
    messages: int = 0
    active_members: int = 0
    joined: int = 0
    left_count: int = 0


def activity(db: Database, group_id: int, start: dt.date, end: dt.date) -> list[DayActivity]:
    """Recorded days of a group in the inclusive range, by day."""
    rows = db.conn.execute(
        """SELECT day, messages, active_members, joined, left_count FROM activity_daily
           WHERE group_id = ? AND day BETWEEN ? AND ? ORDER BY day""",
        (group_id, iso(start), iso(end)),
    )
    return [DayActivity(dt.date.fromisoformat(d), *rest) for d, *rest in rows]


def set_days(db: Database, group_id: int, days: Sequence[DayActivity]) -> int:
    """Store (or replace) a group's figures for these days in one transaction; the count."""
    replace_days(db, group_id, days)
    return len(days)


def replace_days(
    db: Database,
    group_id: int,
    put: Sequence[DayActivity],
    remove: Sequence[dt.date] = (),
) -> None:
    """Store `put` and forget the days in `remove`, in one transaction (an edit or its undo)."""
    for row, entry in enumerate(put, start=1):
        _check(entry, row if len(put) > 1 else None)
    with db.transaction() as conn:
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


def delete_day(db: Database, group_id: int, day: dt.date) -> None:
    """Forget one day's figures."""
    with db.transaction() as conn:
        conn.execute(
            "DELETE FROM activity_daily WHERE group_id = ? AND day = ?", (group_id, iso(day))
        )


def parse_csv(data: bytes) -> list[DayActivity]:
    """Rows of date + numbers (messages, active, joined, left) from CSV bytes.

    A first row naming the columns (see `HEADERS`) says which column is which; any other
    first row is skipped when its first cell is not a date. Missing numbers are 0.
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
    try:
        # newline="": a lone "\r" ends a line, as csv expects (else csv.Error escapes)
        records = list(enumerate(csv.reader(io.StringIO(text, newline="")), start=1))
    except csv.Error as exc:
        raise ValidationError("file", f"The file is not valid CSV ({exc}).") from None
    return _days_from_rows(records, lead=1)


def parse_sheet(path: str | Path) -> list[DayActivity]:
    """Rows of date + numbers from an .xlsx workbook (or a CSV file) read by `read_sheet`.

    Title rows above a header naming the columns (see `HEADERS`) are skipped; without such
    a header the columns are date, messages, active, joined, left, from the first dated
    row. Row numbers in errors are the sheet's, as Excel shows them.
    """
    try:
        sheet = read_sheet(path)
    except SpreadsheetError as exc:
        raise ValidationError("file", str(exc)) from None
    # Without a score read_sheet takes the first filled row as the header; it is put back
    # among the rows, where `_days_from_rows` looks for the log's own header.
    top: list[Cell] = ["" if _BLANK_HEADER.fullmatch(h) else h for h in sheet.headers]
    records = [(sheet.header_row, top), *((r.number, r.cells) for r in sheet.rows)]
    return _days_from_rows(records, lead=SHEET_LEAD_ROWS)


def parse_file(path: str | Path) -> list[DayActivity]:
    """A daily log from a file: an .xlsx workbook by `parse_sheet`, anything else as CSV."""
    path = Path(path)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return parse_sheet(path)
    try:  # a regular file only: a named pipe or a device is never opened
        data = read_regular_file(path, limit=MAX_CSV_BYTES, what=" for a daily log")
    except SpreadsheetError as exc:
        raise ValidationError("file", str(exc)) from None
    return parse_csv(data)


_BLANK_HEADER = re.compile(r"\([A-Z]{1,3}\)")  # how read_sheet shows a blank header cell


def _header_key(text: str) -> str:
    return re.sub(r"[\s_\-:：()（）]+", "", unicodedata.normalize("NFKC", text).casefold())


_HEADER_FIELD = {_header_key(a): f for f, aliases in HEADERS.items() for a in aliases}


def _header_columns(cells: Sequence[Cell]) -> dict[str, int] | None:
    """Which column holds each field, when these cells name the date and a figure."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        found = _HEADER_FIELD.get(_header_key(cell)) if isinstance(cell, str) else None
        if found is not None and found not in columns:
            columns[found] = index
    return columns if "day" in columns and len(columns) > 1 else None


def _days_from_rows(records: Sequence[tuple[int, Sequence[Cell]]], lead: int) -> list[DayActivity]:
    """Days from numbered rows. Within the first `lead` filled rows a header is looked
    for (else the columns are positional) and rows before the first date are skipped."""
    filled = [(n, cells) for n, cells in records if any(cell_text(c).strip() for c in cells)]
    columns = dict(zip(("day", *FIELDS), range(5), strict=True))
    start = 0
    for at, (_number, cells) in enumerate(filled[:lead]):
        found = _header_columns(cells)
        if found is not None:
            columns, start = found, at + 1
            break
    else:
        while start < min(lead, len(filled)) and not _is_day(_cell(filled[start][1], 0)):
            start += 1
    return [_day_row(number, cells, columns) for number, cells in filled[start:]]


def _cell(cells: Sequence[Cell], index: int | None) -> Cell:
    return cells[index] if index is not None and index < len(cells) else None


def _is_day(cell: Cell) -> bool:
    try:
        return parse_day(cell) is not None
    except ValueError:
        return False


def _day_row(number: int, cells: Sequence[Cell], columns: dict[str, int]) -> DayActivity:
    raw = _cell(cells, columns["day"])
    try:
        day = parse_day(raw)
    except ValueError as exc:
        raise ValidationError("date", f"{exc}.", row=number) from None
    if day is None:
        raise ValidationError("date", "A date is needed.", row=number)
    values = [_figure(_cell(cells, columns.get(name)), name, number) for name in FIELDS]
    return DayActivity(day, *values)


def _figure(cell: Cell, name: str, row: int) -> int:
    """A whole number 0 or more from a cell (blank is 0)."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if cell >= 0 and float(cell).is_integer():
            return int(cell)
    elif isinstance(cell, str) or cell is None:
        clean = unicodedata.normalize("NFKC", cell or "").strip().replace(",", "") or "0"
        if clean.isascii() and clean.isdigit():
            return int(clean)
    raise ValidationError(name, f'"{cell_text(cell)}" is not a whole number.', row=row)


def _check(entry: DayActivity, row: int | None) -> None:
    if not isinstance(entry.day, dt.date):
        raise ValidationError("day", "A date is needed.", row=row)
    for name in FIELDS:
        value = getattr(entry, name)
        if not is_int(value) or value < 0:
            raise ValidationError(name, "The figure must be a whole number, 0 or more.", row=row)
