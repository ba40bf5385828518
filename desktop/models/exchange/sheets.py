"""A spreadsheet read for import: the file's kind, the sheet, the header row, the rows below.

`read_sheet` reads a .xlsx or .csv file with the readers (`csv_text`, `sheet_files`,
`xlsx_guard`, `xlsx_sparse`) and finds the header row with the score an import target
gives; `cell_text` and `parse_day` read the values of cells the same way for every target.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, cast

from desktop.models.core.messages import msg
from desktop.models.core.text_safety import one_line
from desktop.models.exchange import csv_text, xlsx_guard, xlsx_sparse
from desktop.models.exchange.sheet_files import (
    MAX_COLUMNS,
    Cell,
    RawSheet,
    SpreadsheetError,
    column_letter,
    read_regular_file,
)

# How much a row looks like a header (the highest of the top rows is taken).
HeaderScore = Callable[[Sequence[Cell]], int]

# The header is looked for among this many non-blank rows at the top of the sheet.
HEADER_SCAN_ROWS = 30
# Short rows of a ragged sheet are padded to its width while that stays this small.
PAD_CELLS = 4_000_000
# Header texts longer than this are cut (with "…") where they name a column.
HEADER_SHOWN = 100
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
# How the detected encodings are named to the owner.
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "gb18030": "GBK/GB18030",
}


class SheetRow(NamedTuple):
    """One data row: its number as the spreadsheet shows it (1-based) and its cells."""

    number: int
    cells: list[Cell]  # as wide as the header row, unless that would take too much memory


_SHEET_ROW = functools.partial(tuple.__new__, SheetRow)


@dataclass(frozen=True, slots=True)
class SheetData:
    """A spreadsheet read into memory: where the header is and every row below it."""

    path: Path
    kind: str  # "xlsx" or "csv"
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "gb18030"; "" for a workbook
    sheet_name: str  # "" for a CSV file
    sheet_names: tuple[str, ...]
    header_row: int  # 1-based row number of the header
    headers: tuple[str, ...]  # header texts; a blank header is shown as its column letter
    rows: tuple[SheetRow, ...]  # rows below the header, empty ones left out
    first_column: int = 0  # the column of the first header (0 is A)
    delimiter: str = ""  # a CSV file's delimiter; "" for a workbook
    notes: tuple[str, ...] = ()  # file-wide remarks (cells not read), shown as warnings
    # (row number, column index in `headers`) of formula cells saved without their value
    formula_gaps: frozenset[tuple[int, int]] = frozenset()

    def column_letter(self, index: int) -> str:
        """The spreadsheet letters of the column at `index` in `headers`."""
        return column_letter(self.first_column + index)


# ---------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------


def read_sheet(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    delimiter: str | None = None,
    score: HeaderScore | None = None,
) -> SheetData:
    """Read a .xlsx or .csv file, find its header row and keep every row below it.

    `sheet` picks a worksheet by name (default: the first with data); `header_row` (1-based)
    overrides the detected header, which is else the best by `score` of the first
    `HEADER_SCAN_ROWS` rows with data (without a score: the first of them); `delimiter`
    ("," "\\t" ";", or "comma", "tab", "semicolon") overrides a CSV file's detected one.
    Raises SpreadsheetError with a reason on any bad input. Only regular files are read,
    and no file makes the reading take memory beyond what its rows hold (see `xlsx_guard`,
    `csv_text`).
    """
    path = Path(path)
    delimiter = csv_text.DELIMITER_NAMED.get(delimiter or "", delimiter)
    if delimiter is not None and delimiter not in csv_text.DELIMITERS:
        raise SpreadsheetError(
            msg("“{delimiter}” is not a delimiter (comma, tab or semicolon)", delimiter=delimiter)
        )
    data = read_regular_file(path, what=msg("a member list"))
    suffix = path.suffix.lower()
    used = ""
    if data.startswith(_ZIP_MAGIC) or suffix in EXCEL_SUFFIXES:
        if not data.startswith(_ZIP_MAGIC):
            raise SpreadsheetError(
                msg("{name}: not an Excel .xlsx workbook (damaged?)", name=path.name)
            )
        raw = _read_workbook(path, data, sheet)
        encoding, kind = "", "xlsx"
    elif data.startswith(_OLE_MAGIC):
        raise SpreadsheetError(
            msg(
                "{name}: an old Excel .xls file or an encrypted workbook; save it as .xlsx",
                name=path.name,
            )
        )
    elif suffix in CSV_SUFFIXES or suffix == "":
        encoding, text = csv_text.decode(data, path.name)
        del data  # the text alone from here on
        used = delimiter or csv_text.sniff_delimiter(text)
        raw = csv_text.read_records(text, used, path.name)
        kind = "csv"
    else:
        raise SpreadsheetError(
            msg("{name}: QunDesk imports .xlsx and .csv files only", name=path.name)
        )
    return _locate_header(path, kind, encoding, raw, header_row, used, score)


def _read_workbook(path: Path, data: bytes, wanted: str | None) -> RawSheet:
    """The chosen worksheet: by calamine when `xlsx_guard` finds it can hold the workbook
    in bounded memory, else cell by cell by `xlsx_sparse`."""
    verdict = xlsx_guard.check_workbook(data, path.name)
    if verdict.reason:
        return xlsx_sparse.read_sheet(data, path.name, wanted, verdict.unpacked)
    raw = _read_with_calamine(path, data, wanted)
    if verdict.formula_gaps:
        part = dict(xlsx_sparse.sheet_parts(data, path.name)).get(raw.name, "")
        raw.formula_gaps = verdict.formula_gaps.get(part.lower(), frozenset())
    return raw


def _read_with_calamine(path: Path, data: bytes, wanted: str | None) -> RawSheet:
    """The chosen worksheet as calamine reads it: one dense grid from its first filled cell."""
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises several unrelated types for damaged files
        raise SpreadsheetError(
            msg("{name}: not a readable .xlsx workbook ({exc})", name=path.name, exc=exc)
        ) from None
    try:
        names = tuple(
            m.name
            for m in workbook.sheets_metadata
            if m.typ == python_calamine.SheetTypeEnum.WorkSheet
        )
        if not names:
            raise SpreadsheetError(msg("{name}: the workbook has no worksheet", name=path.name))
        if wanted is not None and wanted not in names:
            raise SpreadsheetError(
                msg("{name}: there is no sheet named “{wanted}”", name=path.name, wanted=wanted)
            )
        for name in [wanted] if wanted is not None else names:
            try:
                sheet = workbook.get_sheet_by_name(name)
                # list is invariant: calamine's cells are a subset of Cell, never None
                grid = cast(list[list[Cell]], sheet.to_python())
                # to_python() drops blank rows and columns above and left of the data;
                # `start` says where the data begins, so row numbers match Excel's.
                start = sheet.start or (0, 0)
            except Exception as exc:  # as above: damaged XML, zip, or shared strings
                raise SpreadsheetError(
                    msg(
                        "{name}: sheet “{sheet}” is damaged ({exc})",
                        name=path.name,
                        sheet=name,
                        exc=exc,
                    )
                ) from None
            if any(any(is_filled(c) for c in row) for row in grid):
                numbers = range(start[0] + 1, start[0] + 1 + len(grid))
                return RawSheet(names, name, numbers, grid, start[1])
        raise SpreadsheetError(msg("{name}: the workbook has no data", name=path.name))
    finally:
        workbook.close()


def is_filled(cell: Cell) -> bool:
    """Whether a cell holds something other than blanks."""
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def _header_text(cell: Cell) -> str:
    text = one_line(cell_text(cell)).strip()
    return text if len(text) <= HEADER_SHOWN else f"{text[:HEADER_SHOWN]}…"


def _locate_header(
    path: Path,
    kind: str,
    encoding: str,
    raw: RawSheet,
    header_row: int | None,
    delimiter: str,
    score: HeaderScore | None,
) -> SheetData:
    grid, numbers = raw.grid, raw.numbers
    # Rows hold "" for a blank cell, so `any` finds data rows at C speed; a row of spaces
    # passes there and is skipped by the planner, which looks at the mapped cells.
    filled = (i for i, row in enumerate(grid) if any(row) and any(map(is_filled, row)))
    if header_row is not None:
        at = next((i for i in filled if numbers[i] == header_row), None)
        if at is None:
            raise SpreadsheetError(
                msg(
                    "{name}: row {header_row} is blank or past the end",
                    name=path.name,
                    header_row=header_row,
                )
            )
    else:
        top = [i for i, _n in zip(filled, range(HEADER_SCAN_ROWS), strict=False)]
        if not top:
            raise SpreadsheetError(msg("{name}: the file has no data", name=path.name))
        scores = [score(grid[i]) if score is not None else 0 for i in top]
        # With no known title anywhere, the first row with text is the best guess.
        at = top[scores.index(max(scores))]
    below = grid[at:]
    notes = list(raw.notes)
    width = max(map(len, below))
    if width > MAX_COLUMNS:  # calamine's grid: as wide as its rightmost cell
        first = next(
            (
                f"{column_letter(raw.first_col + MAX_COLUMNS + offset)}{number}"
                for number, row in zip(numbers[at:], below, strict=True)
                for offset, cell in enumerate(row[MAX_COLUMNS:])
                if is_filled(cell)
            ),
            "",
        )
        if first:
            notes.append(
                msg(
                    "cells right of column {column} are not read (the first is {first})",
                    column=column_letter(MAX_COLUMNS - 1),
                    first=first,
                )
            )
        for row in below:
            del row[MAX_COLUMNS:]
        width = MAX_COLUMNS
    header_cells = grid[at]
    headers = tuple(_header_text(cell) for cell in header_cells)
    headers += ("",) * (width - len(headers))
    first_col = raw.first_col
    headers = tuple(h or f"({column_letter(first_col + i)})" for i, h in enumerate(headers))
    # The filled rows below, as SheetRows made in C (a generator calling SheetRow() costs
    # a third more on 100,000 rows).
    below_header = grid[at + 1 :]
    numbered = zip(numbers[at + 1 :], below_header, strict=True)
    filled_rows = itertools.compress(numbered, map(any, below_header))
    rows = tuple(map(_SHEET_ROW, filled_rows))
    # Short rows (CSV, the sparse reader) are padded while that stays cheap; calamine's are
    # all as wide as the sheet already. Else rows stay as read and the planners pad them.
    if len(rows) * width <= PAD_CELLS and min(map(len, below)) < width:
        for _number, cells in rows:
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
    gaps = frozenset(
        (number, col - first_col)
        for number, col in raw.formula_gaps
        if 0 <= col - first_col < width and number > numbers[at]
    )
    return SheetData(
        path, kind, encoding, raw.name, raw.names, numbers[at], headers, rows,
        first_column=first_col, delimiter=delimiter, notes=tuple(notes), formula_gaps=gaps,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------
# Cell values: text, dates, roles
# ---------------------------------------------------------------------------------------


def cell_text(value: Cell) -> str:
    """A cell as text; whole numbers without ".0" (Excel stores phone numbers as floats)."""
    if isinstance(value, str):
        text = value
    elif value is None:
        text = ""
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    elif isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    elif isinstance(value, dt.date | dt.time):
        text = value.isoformat()
    else:
        text = str(value)
    return text


_TIME_SUFFIX = r"(?:[ T]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_DATE_FORMS = (
    re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME_SUFFIX),
    re.compile(r"(\d{4})\s*(年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?" + _TIME_SUFFIX),
    re.compile(r"(\d{4})()(\d{2})(\d{2})"),
)
_AMBIGUOUS_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:\s.*)?")
# An Excel date serial written as text: "45800", "45800.75" (the fraction is the time).
_SERIAL_TEXT = re.compile(r"\d{1,7}(?:\.\d*)?")
EARLIEST_YEAR = 1900
# Excel's 1900 date system: serial 1 is 1900-01-01 and 2958465 is 9999-12-31. Serial 60
# is 1900-02-29, a day Excel counts (as Lotus 1-2-3 did) that never was; from 61 on the
# serials are one ahead of a plain count of days.
SERIAL_FIRST, SERIAL_LAST = 1, 2958465
_SERIAL_LEAP_BUG = 60
_SERIAL_ZERO = dt.date(1899, 12, 31)


def _date_hint() -> str:
    return msg("write it as 2024-03-05")


def excel_serial_day(serial: float) -> dt.date:
    """The day of an Excel date serial (1900 date system; a fraction, the time, is left
    out); ValueError outside `SERIAL_FIRST`..`SERIAL_LAST` and for the 1900-02-29 Excel
    counts but the calendar doesn't."""
    whole = int(serial)
    if not SERIAL_FIRST <= serial < SERIAL_LAST + 1:
        raise ValueError(
            msg(
                "{value} is not an Excel date serial (from {first} to {last}); {hint}",
                value=cell_text(serial),
                first=SERIAL_FIRST,
                last=SERIAL_LAST,
                hint=_date_hint(),
            )
        )
    if whole == _SERIAL_LEAP_BUG:
        raise ValueError(
            msg(
                "Excel date serial 60 is 1900-02-29, a day that never was; {hint}",
                hint=_date_hint(),
            )
        )
    return _SERIAL_ZERO + dt.timedelta(days=whole - (whole > _SERIAL_LEAP_BUG))


def parse_day(value: Cell, *, serials: bool = False) -> dt.date | None:
    """A date from an Excel date cell or text such as 2024-03-05, 2024/3/5, 2024年3月5日 or
    2024.3.5; None when blank. With `serials` (a column known to hold dates), a number or
    a text of digits is read as an Excel date serial (45800 is 2025-05-22) unless it is
    written as 20250522. Raises ValueError with a reason for anything else."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif value is None:
        return None
    elif isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        if not text:
            return None
        if serials and _SERIAL_TEXT.fullmatch(text) and not _DATE_FORMS[2].fullmatch(text):
            day = excel_serial_day(float(text))
        else:
            day = _day_from_text(text, value.strip())
    elif isinstance(value, int | float) and not isinstance(value, bool):
        day = _day_from_number(value, serials=serials)
    else:
        raise ValueError(
            msg("“{value}” is not a date; {hint}", value=cell_text(value), hint=_date_hint())
        )
    if day.year < EARLIEST_YEAR:
        raise ValueError(msg("{day} is before {year}", day=day.isoformat(), year=EARLIEST_YEAR))
    return day


def _day_from_number(value: float, *, serials: bool) -> dt.date:
    """A number as a date: 20250522 as written, else an Excel serial when `serials`."""
    text = cell_text(value)
    if len(text) == 8 and text.isdigit():
        return _day_from_parts(text, text[:4], text[4:6], text[6:])
    if serials:
        return excel_serial_day(value)
    raise ValueError(
        msg(
            "{value} is a number, not a date; format the column as dates or {hint}",
            value=text,
            hint=_date_hint(),
        )
    )


def parse_day_or_error(value: Cell, *, serials: bool = False) -> dt.date | ValueError | None:
    """`parse_day`, with its error returned rather than raised (for caching)."""
    try:
        return parse_day(value, serials=serials)
    except ValueError as exc:
        return exc


def _day_from_text(text: str, original: str) -> dt.date:
    """The date a (folded) text names in one of the accepted forms; ValueError otherwise."""
    for form in _DATE_FORMS:
        found = form.fullmatch(text)
        if found:
            return _day_from_parts(text, found[1], found[3], found[4])
    if _AMBIGUOUS_DATE.fullmatch(text):
        raise ValueError(
            msg(
                "“{value}” is ambiguous (which is the day, which the month, which century?); "
                "{hint}",
                value=original,
                hint=_date_hint(),
            )
        )
    raise ValueError(msg("“{value}” is not a date; {hint}", value=original, hint=_date_hint()))


def _day_from_parts(text: str, year: str, month: str, day: str) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(msg("“{value}” is not a real date", value=text)) from None
