"""The daily activity log of a group: messages, active members, joins and leaves per day.

Also the log's import target (see `exchange.import_engine`): `ACTIVITY_FIELDS`, the readers
(`read_activity_file`, `read_activity_sheet`, `read_activity_csv`) and
`plan_activity_import`; `store_days` is the writer of the activity table and
`replace_days` stores a plan's days as one edit (the activity grid makes it undoable).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.models.core.common import is_int, iso, require_group
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange.sheet_files import Cell, SpreadsheetError, read_regular_file
from desktop.models.exchange.sheets import (
    EXCEL_SUFFIXES,
    SheetData,
    SheetRow,
    cell_text,
    parse_day,
    read_sheet,
)
from desktop.models.storage.db import Database

FIELDS = ("messages", "active_members", "joined", "left_count")
# Where a day's figures came from.
TYPED, CHAT = "typed", "chat"
MAX_CSV_BYTES = 5 * 1024 * 1024
# Without a header, rows at the top of a sheet before the first date are skipped (titles).
SHEET_LEAD_ROWS = 10


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
        store_days(conn, group_id, put, remove)


def store_days(
    conn: sqlite3.Connection,
    group_id: int,
    put: Sequence[DayActivity],
    remove: Sequence[dt.date] = (),
    *,
    source: str = TYPED,
) -> None:
    """The activity table's writer (inside the caller's transaction, the figures checked):
    store or replace `put` as coming from `source` (typed, or a chat import), forget the
    days in `remove`."""
    conn.executemany(
        "DELETE FROM activity_daily WHERE group_id = ? AND day = ?",
        [(group_id, iso(day)) for day in remove],
    )
    conn.executemany(
        """INSERT INTO activity_daily
               (group_id, day, messages, active_members, joined, left_count, source)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (group_id, day) DO UPDATE SET messages = excluded.messages,
               active_members = excluded.active_members, joined = excluded.joined,
               left_count = excluded.left_count, source = excluded.source""",
        [
            (group_id, iso(e.day), e.messages, e.active_members, e.joined, e.left_count, source)
            for e in put
        ],
    )


def recorded_days(
    conn: sqlite3.Connection, group_id: int, first: dt.date, last: dt.date
) -> dict[dt.date, tuple[DayActivity, str]]:
    """A group's recorded days in an inclusive range with where each came from (typed or
    chat), read inside the caller's transaction."""
    rows = conn.execute(
        """SELECT day, messages, active_members, joined, left_count, source FROM activity_daily
           WHERE group_id = ? AND day BETWEEN ? AND ?""",
        (group_id, iso(first), iso(last)),
    )
    found: dict[dt.date, tuple[DayActivity, str]] = {}
    for day, messages, active, joined, left, source in rows:
        when = dt.date.fromisoformat(day)
        found[when] = (DayActivity(when, messages, active, joined, left), str(source))
    return found


def delete_day(db: Database, group_id: int, day: dt.date) -> None:
    """Forget one day's figures."""
    with db.transaction() as conn:
        conn.execute(
            "DELETE FROM activity_daily WHERE group_id = ? AND day = ?", (group_id, iso(day))
        )


def parse_csv(data: bytes) -> list[DayActivity]:
    """Rows of date + numbers (messages, active, joined, left) from CSV bytes.

    A first row naming the columns (see `ACTIVITY_FIELDS`) says which column is which; any
    other first row is skipped when its first cell is not a date. Missing numbers are 0.
    ValidationError for the first row with a problem (see `plan_activity_import`).
    """
    return _valid_days(plan_activity_import(read_activity_csv(data)))


def parse_sheet(path: str | Path) -> list[DayActivity]:
    """Rows of date + numbers from an .xlsx workbook (or a CSV file) read by `read_sheet`.

    Title rows above a header naming the columns (see `ACTIVITY_FIELDS`) are skipped;
    without such a header the columns are date, messages, active, joined, left, from the
    first dated row. Row numbers in errors are the sheet's, as Excel shows them.
    """
    return _valid_days(plan_activity_import(read_activity_sheet(path)))


def parse_file(path: str | Path) -> list[DayActivity]:
    """A daily log from a file: an .xlsx workbook by `parse_sheet`, anything else as CSV."""
    return _valid_days(plan_activity_import(read_activity_file(path)))


# ---- the import target: a daily log from a CSV file or a workbook -------------------------


def _fields_missing(_keys: list[str]) -> str:
    return msg("No column is the date (日期).")


def _field_twice(code: str, headers: list[str]) -> str:
    return msg(
        "Columns {columns} are all “{field}”; choose one.", columns=", ".join(headers), field=code
    )


ACTIVITY_FIELDS = engine.FieldSchema(
    fields=(
        engine.FieldSpec("date", ("日期", "date", "day"), required=True),
        engine.FieldSpec("messages", ("消息", "消息数", "消息量", "发言数", "messages", "msgs")),
        engine.FieldSpec(
            "active_members", ("活跃", "活跃人数", "活跃成员", "active", "activemembers")
        ),
        engine.FieldSpec("joined", ("新成员", "入群", "入群人数", "新增", "joined", "newmembers")),
        engine.FieldSpec("left_count", ("退群", "离开", "退群人数", "left", "leftcount")),
    ),
    missing=_fields_missing,
    duplicate=_field_twice,
)
# Without a header the columns are these, in this order.
POSITIONAL: tuple[str, ...] = ("date", *FIELDS)


@dataclass(frozen=True, slots=True)
class ActivityImportPlan:
    """A daily log checked row by row; nothing is written yet."""

    sheet: SheetData
    mapping: tuple[str | None, ...]  # the field of each column (positional without a header)
    rows: tuple[DayActivity, ...]  # the valid rows, in file order
    problems: tuple[engine.Problem, ...]
    invalid_rows: tuple[int, ...]  # sheet row numbers with at least one problem


def header_score(row: Sequence[Cell]) -> int:
    """`ACTIVITY_FIELDS.score` for a row naming the date and a figure; else 0 (not a header)."""
    named = {ACTIVITY_FIELDS.header_field(cell)[0] for cell in row} - {None}
    return ACTIVITY_FIELDS.score(row) if "date" in named and len(named) > 1 else 0


def read_activity_sheet(path: str | Path) -> SheetData:
    """An .xlsx workbook (or CSV file) by `sheets.read_sheet`, its header found by
    `header_score` (title rows above it skipped); ValidationError when unreadable."""
    try:
        return read_sheet(path, score=header_score)
    except SpreadsheetError as exc:
        raise ValidationError("file", str(exc)) from None


def read_activity_csv(data: bytes, path: str | Path = "") -> SheetData:
    """CSV bytes (UTF-8 or GBK, comma-separated) as a sheet whose header is its first row."""
    if len(data) > MAX_CSV_BYTES:
        raise ValidationError("file", msg("The file is too large for a daily log."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise ValidationError("file", msg("The file is not text (UTF-8 or GBK).")) from exc
    try:
        # newline="": a lone "\r" ends a line, as csv expects (else csv.Error escapes)
        records = enumerate(csv.reader(io.StringIO(text, newline="")), start=1)
        filled = [SheetRow(n, list[Cell](r)) for n, r in records if "".join(r).strip()]
    except csv.Error as exc:
        raise ValidationError("file", msg("The file is not valid CSV ({exc}).", exc=exc)) from None
    first = filled[0] if filled else SheetRow(1, [])
    return SheetData(
        Path(path), "csv", "", "", (), first.number, tuple(map(cell_text, first.cells)),
        tuple(filled[1:]), delimiter=",",
    )  # fmt: skip


def read_activity_file(path: str | Path) -> SheetData:
    """A daily log's file: an .xlsx workbook by `read_activity_sheet`, anything else as
    CSV by `read_activity_csv`."""
    path = Path(path)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return read_activity_sheet(path)
    try:  # a regular file only: a named pipe or a device is never opened
        data = read_regular_file(path, limit=MAX_CSV_BYTES, what=msg("a daily log"))
    except SpreadsheetError as exc:
        raise ValidationError("file", str(exc)) from None
    return read_activity_csv(data, path)


_BLANK_HEADER = re.compile(r"\([A-Z]{1,3}\)")  # how read_sheet shows a blank header cell


def _header_or_positional(
    sheet: SheetData, mapping: Sequence[str | None] | None
) -> tuple[tuple[str | None, ...], tuple[SheetRow, ...]]:
    """The mapping and the rows to check: by the header when it names the date and a figure
    (or `mapping` is given), else positional, the header row being data and rows before
    the first dated one skipped (only the first row of a CSV file, ten of a workbook)."""
    if mapping is not None:
        ACTIVITY_FIELDS.check(sheet.headers, mapping)
        return tuple(mapping), sheet.rows
    if header_score(sheet.headers):
        return ACTIVITY_FIELDS.guess(sheet.headers), sheet.rows
    top: list[Cell] = ["" if _BLANK_HEADER.fullmatch(h) else h for h in sheet.headers]
    rows = [SheetRow(sheet.header_row, top), *sheet.rows]
    rows = [r for r in rows if any(cell_text(c).strip() for c in r.cells)]
    lead = 1 if sheet.kind == "csv" else SHEET_LEAD_ROWS
    start = 0
    while start < min(lead, len(rows)) and not _is_day(_cell(rows[start].cells, 0)):
        start += 1
    width = max(len(sheet.headers), len(POSITIONAL))
    return (*POSITIONAL, *(None,) * (width - len(POSITIONAL))), tuple(rows[start:])


class _RowChecker:
    """Checks rows one by one into days and problems."""

    def __init__(self, sheet: SheetData, mapping: Sequence[str | None], by_header: bool):
        self.column = {code: at for at, code in enumerate(mapping) if code is not None}
        self.header = {
            code: sheet.headers[at] if by_header and at < len(sheet.headers) else ""
            for code, at in self.column.items()
        }
        self.rows: list[DayActivity] = []
        self.problems: list[engine.Problem] = []
        self.invalid: list[int] = []

    def add(self, row: int, code: str, message: str) -> None:
        self.problems.append(engine.Problem(row, self.header.get(code, ""), code, message))

    def check_row(self, number: int, cells: list[Cell]) -> None:
        before = len(self.problems)
        if not any(cell_text(c).strip() for c in cells):
            return
        day = None
        try:
            day = parse_day(_cell(cells, self.column.get("date")))
            if day is None:
                self.add(number, "date", msg("A date is needed."))
        except ValueError as exc:
            self.add(number, "date", f"{exc}.")
        values = [self._figure(number, cells, name) for name in FIELDS]
        if len(self.problems) > before or day is None:
            self.invalid.append(number)
        else:
            self.rows.append(DayActivity(day, *values))

    def _figure(self, number: int, cells: Sequence[Cell], name: str) -> int:
        """A whole number 0 or more from a cell (blank is 0)."""
        cell = _cell(cells, self.column.get(name))
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            if cell >= 0 and float(cell).is_integer():
                return int(cell)
        elif isinstance(cell, str) or cell is None:
            clean = unicodedata.normalize("NFKC", cell or "").strip().replace(",", "") or "0"
            if clean.isascii() and clean.isdigit():
                return int(clean)
        self.add(number, name, msg('"{value}" is not a whole number.', value=cell_text(cell)))
        return 0


def plan_activity_import(
    sheet: SheetData,
    mapping: Sequence[str | None] | None = None,
    *,
    progress: engine.ProgressFn | None = None,
    cancelled: engine.CancelledFn | None = None,
) -> ActivityImportPlan:
    """Check every row of a daily log; write nothing.

    `mapping` gives each column's field (default: from the header, or positional when the
    file has none, see `_header_or_positional`). Every bad cell is a Problem with the row
    number the sheet shows.
    """
    chosen, rows = _header_or_positional(sheet, mapping)
    checked = replace(sheet, rows=rows)
    checker = _RowChecker(sheet, chosen, by_header=rows is sheet.rows)
    engine.check_rows(checked, checker.check_row, progress, cancelled)
    days, invalid = tuple(checker.rows), tuple(checker.invalid)
    problems = engine.sorted_problems(checker.problems, chosen)
    return ActivityImportPlan(checked, chosen, days, problems, invalid)


def _valid_days(plan: ActivityImportPlan) -> list[DayActivity]:
    """The plan's days; ValidationError for its first problem (nothing is imported)."""
    if plan.problems:
        first = plan.problems[0]
        raise ValidationError(first.field, first.message, row=first.row)
    return list(plan.rows)


def _cell(cells: Sequence[Cell], index: int | None) -> Cell:
    return cells[index] if index is not None and index < len(cells) else None


def _is_day(cell: Cell) -> bool:
    try:
        return parse_day(cell) is not None
    except ValueError:
        return False


def _check(entry: DayActivity, row: int | None) -> None:
    if not isinstance(entry.day, dt.date):
        raise ValidationError("day", msg("A date is needed."), row=row)
    for name in FIELDS:
        value = getattr(entry, name)
        if not is_int(value) or value < 0:
            raise ValidationError(
                name, msg("The figure must be a whole number, 0 or more."), row=row
            )
