"""Members from a spreadsheet: read .xlsx/.csv, map columns, validate every row, then write.

The steps are separate so a preview can sit between them: `read_sheet` finds the header
row and keeps the raw cells, `guess_mapping` names the field of each column, `plan_import`
checks every row (nothing is written) and `apply_import` writes the plan in one
transaction, chunk by chunk, so it can report progress and be cancelled.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import itertools
import json
import operator
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple, cast

from desktop.models.core.codes import ROLE_RANK, Role
from desktop.models.core.common import STAMP_FORMAT
from desktop.models.core.errors import QunDeskError, ValidationError
from desktop.models.core.text_safety import UNSAFE_ONE_LINE, multi_line, one_line
from desktop.models.exchange import csv_text, sheet_files, xlsx_guard, xlsx_sparse
from desktop.models.exchange.sheet_files import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    RawSheet,
    column_letter,
    read_regular_file,
)
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members.contacts import (
    EMAIL_MAX_LENGTH,
    WECHAT_MAX_LENGTH,
    WECHAT_MIN_LENGTH,
    normalise_phone,
    normalise_wechat_id,
    validate_email,
)

# The bulk path checks each field with the same functions `create_member` uses, so a row
# imported here is stored exactly as it would be typed in (a test compares the two).
from desktop.models.members.members import NAME_MAX_LENGTH, clean_tags
from desktop.models.members.search import name_sort_key, pinyin_readings
from desktop.models.storage.db import Database
from desktop.models.storage.derived import refresh_dashboard_days

# The file readers' names that the importers and their tests take from this module.
Cell = sheet_files.Cell
SpreadsheetError = sheet_files.SpreadsheetError
MAX_FILE_BYTES = sheet_files.MAX_FILE_BYTES

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

# The header is looked for among this many non-blank rows at the top of the sheet.
HEADER_SCAN_ROWS = 30
# Rows written (and checked) between two progress reports and cancel checks.
CHUNK_ROWS = 5000
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
# Group cells may list several groups, joined as the roster shows them.
GROUP_SEPARATOR = "、"
_TAG_SPLIT = re.compile(r"[,，、;；\n]+")


class Field(StrEnum):
    """What a spreadsheet column can be imported as."""

    NAME = "name"
    NICKNAME = "nickname"
    WECHAT_ID = "wechat_id"
    PHONE = "phone"
    EMAIL = "email"
    JOINED = "joined"
    GROUP = "group"
    ROLE = "role"
    REFERRER = "referrer"
    TAGS = "tags"
    NOTES = "notes"
    PAID_UNTIL = "paid_until"


class Severity(StrEnum):
    """An error keeps its row out of the import; a warning is only reported."""

    ERROR = "error"
    WARNING = "warning"


class ImportCancelledError(QunDeskError):
    """The import was cancelled; the database is as it was."""


class InvalidRowsError(QunDeskError):
    """Rows have problems and only valid rows were not asked for; nothing was imported."""

    def __init__(self, problems: Sequence[Problem], invalid_rows: int, valid_rows: int) -> None:
        self.problems = tuple(problems)
        self.invalid_rows = invalid_rows
        self.valid_rows = valid_rows
        rows = "1 row has" if invalid_rows == 1 else f"{invalid_rows} rows have"
        valid = "1 valid row" if valid_rows == 1 else f"{valid_rows} valid rows"
        super().__init__(
            f"{rows} problems; nothing was imported ({valid} could be imported on their own)"
        )


# ---------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------


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


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one row (or the whole file when `row` is None)."""

    row: int | None
    column: str  # the header text of the column, as in the file
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def line(self) -> str:
        """`row N: column: reason`, as the command line prints it."""
        where = f"row {self.row}: " if self.row is not None else ""
        return f"{where}{self.reason()}"

    def reason(self) -> str:
        """`column: reason`, or the reason alone for the whole file."""
        return f"{self.column}: {self.message}" if self.column else self.message


class PlannedMember(NamedTuple):
    """A valid row, ready to store: the `members` columns, tags and memberships.

    A named tuple rather than a frozen dataclass: a plan holds 100,000 of them and
    these are several times quicker to make.
    """

    row: int
    member: Mapping[str, object]  # the `members` columns, as members._validated gives them
    tags: tuple[str, ...]
    groups: tuple[str, ...]  # group keys (casefolded names)
    joined: dt.date
    role: str
    paid_until: dt.date | None
    referrer_id: int | None = None  # an existing member
    referrer_index: int | None = None  # another planned member (index in ImportPlan.rows)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do, checked against the database; nothing is written yet."""

    sheet: SheetData
    mapping: tuple[str | None, ...]
    group_id: int | None
    today: dt.date
    rows: tuple[PlannedMember, ...]
    problems: tuple[Problem, ...]
    invalid_rows: tuple[int, ...]  # sheet row numbers with at least one error
    new_groups: tuple[str, ...]  # names in the file that no group has yet, as first written
    group_ids: Mapping[str, int]  # casefolded name -> id of the groups that exist
    stamp: tuple[int, ...]  # the database's state when planned; apply refuses a changed one
    referrers_linked: int = 0
    referrers_as_text: int = 0

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that keep a row out."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that are only reported."""
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote."""

    imported: int
    skipped: int
    groups_created: tuple[str, ...]
    memberships: int
    referrers_linked: int
    referrers_as_text: int
    member_ids: tuple[int, ...] = field(default=())


# ---------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------


def read_sheet(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    delimiter: str | None = None,
) -> SheetData:
    """Read a .xlsx or .csv file, find its header row and keep every row below it.

    `sheet` picks a worksheet by name (default: the first with data); `header_row` (1-based)
    overrides the detected header; `delimiter` ("," "\\t" ";", or "comma", "tab",
    "semicolon") overrides a CSV file's detected one. Raises SpreadsheetError with a reason
    on any bad input. Only regular files are read, and no file makes the reading take
    memory beyond what its rows hold (see `xlsx_guard`, `csv_text`).
    """
    path = Path(path)
    delimiter = csv_text.DELIMITER_NAMED.get(delimiter or "", delimiter)
    if delimiter is not None and delimiter not in csv_text.DELIMITERS:
        raise SpreadsheetError(f"{delimiter!r} is not a delimiter (comma, tab or semicolon)")
    data = read_regular_file(path, what=" for a member list")
    suffix = path.suffix.lower()
    used = ""
    if data.startswith(_ZIP_MAGIC) or suffix in EXCEL_SUFFIXES:
        if not data.startswith(_ZIP_MAGIC):
            raise SpreadsheetError(f"{path.name}: not an Excel .xlsx workbook (damaged?)")
        raw = _read_workbook(path, data, sheet)
        encoding, kind = "", "xlsx"
    elif data.startswith(_OLE_MAGIC):
        raise SpreadsheetError(
            f"{path.name}: an old Excel .xls file or an encrypted workbook; save it as .xlsx"
        )
    elif suffix in CSV_SUFFIXES or suffix == "":
        encoding, text = csv_text.decode(data, path.name)
        del data  # the text alone from here on
        used = delimiter or csv_text.sniff_delimiter(text)
        raw = csv_text.read_records(text, used, path.name)
        kind = "csv"
    else:
        raise SpreadsheetError(f"{path.name}: QunDesk imports .xlsx and .csv files only")
    return _locate_header(path, kind, encoding, raw, header_row, used)


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
        raise SpreadsheetError(f"{path.name}: not a readable .xlsx workbook ({exc})") from None
    try:
        names = tuple(
            m.name
            for m in workbook.sheets_metadata
            if m.typ == python_calamine.SheetTypeEnum.WorkSheet
        )
        if not names:
            raise SpreadsheetError(f"{path.name}: the workbook has no worksheet")
        if wanted is not None and wanted not in names:
            raise SpreadsheetError(f"{path.name}: there is no sheet named “{wanted}”")
        for name in [wanted] if wanted is not None else names:
            try:
                sheet = workbook.get_sheet_by_name(name)
                # list is invariant: calamine's cells are a subset of Cell, never None
                grid = cast(list[list[Cell]], sheet.to_python())
                # to_python() drops blank rows and columns above and left of the data;
                # `start` says where the data begins, so row numbers match Excel's.
                start = sheet.start or (0, 0)
            except Exception as exc:  # as above: damaged XML, zip, or shared strings
                raise SpreadsheetError(f"{path.name}: sheet “{name}” is damaged ({exc})") from None
            if any(any(_filled(c) for c in row) for row in grid):
                numbers = range(start[0] + 1, start[0] + 1 + len(grid))
                return RawSheet(names, name, numbers, grid, start[1])
        raise SpreadsheetError(f"{path.name}: the workbook has no data")
    finally:
        workbook.close()


def _filled(cell: Cell) -> bool:
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
) -> SheetData:
    grid, numbers = raw.grid, raw.numbers
    # Rows hold "" for a blank cell, so `any` finds data rows at C speed; a row of spaces
    # passes there and is skipped by the planner, which looks at the mapped cells.
    filled = (i for i, row in enumerate(grid) if any(row) and any(map(_filled, row)))
    if header_row is not None:
        at = next((i for i in filled if numbers[i] == header_row), None)
        if at is None:
            raise SpreadsheetError(f"{path.name}: row {header_row} is blank or past the end")
    else:
        top = [i for i, _n in zip(filled, range(HEADER_SCAN_ROWS), strict=False)]
        if not top:
            raise SpreadsheetError(f"{path.name}: the file has no data")
        scores = [_header_score(grid[i]) for i in top]
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
                if _filled(cell)
            ),
            "",
        )
        if first:
            notes.append(
                f"cells right of column {column_letter(MAX_COLUMNS - 1)} are not read "
                f"(the first is {first})"
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
# Column mapping
# ---------------------------------------------------------------------------------------

_HEADER_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.NAME: ("姓名", "名字", "真实姓名", "成员姓名", "会员姓名", "客户姓名", "学员姓名",
                 "name", "fullname", "realname", "membername"),
    Field.NICKNAME: ("昵称", "微信昵称", "群昵称", "网名", "nickname", "nick", "displayname"),
    Field.WECHAT_ID: ("微信号", "微信", "微信id", "微信账号", "wechat", "wechatid", "weixin",
                      "wxid", "wx"),
    Field.PHONE: ("手机", "手机号", "手机号码", "电话", "电话号码", "联系电话", "联系方式",
                  "phone", "mobile", "tel", "telephone", "cell", "phonenumber", "mobilephone"),
    Field.EMAIL: ("邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址", "email", "mail",
                  "emailaddress"),
    Field.JOINED: ("入群时间", "加入时间", "入群日期", "加入日期", "进群时间", "进群日期",
                   "入会时间", "入会日期", "joined", "joinedon", "joindate", "datejoined",
                   "joinedat"),
    Field.GROUP: ("所在群", "群名", "群名称", "群", "社群", "群组", "所属群", "所属社群", "group",
                  "groupname", "groups"),
    Field.ROLE: ("角色", "身份", "群身份", "群角色", "成员角色", "role"),
    Field.REFERRER: ("邀请人", "推荐人", "介绍人", "引荐人", "referrer", "referredby",
                     "invitedby", "inviter"),
    Field.TAGS: ("标签", "tags", "tag", "labels"),
    Field.NOTES: ("备注", "说明", "notes", "note", "remark", "remarks", "comment", "comments"),
    Field.PAID_UNTIL: ("到期时间", "到期日", "到期日期", "会员到期", "付费到期", "有效期至",
                       "paiduntil", "expires", "expiry", "expirydate", "paidthrough"),
}  # fmt: skip
_ALIAS_FIELD = {alias: f for f, aliases in _HEADER_ALIASES.items() for alias in aliases}
# Only Chinese aliases of two or more characters are looked for inside longer headers
# (联系手机, 邀请人微信号); Latin ones would match inside unrelated words.
_CONTAINED_ALIASES = sorted(
    (a for a in _ALIAS_FIELD if len(a) >= 2 and not a.isascii()), key=len, reverse=True
)
_HEADER_NOISE = re.compile(r"[(（\[【<《].*?[)）\]】>》]|[\s*:：_\-./#'\"?？!！]+")
HEADER_MAX_LENGTH = 30


def header_key(text: str) -> str:
    return _HEADER_NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


def _header_field(cell: Cell) -> tuple[Field | None, bool]:
    """The field a header cell names, and whether it named it exactly."""
    if not isinstance(cell, str) or len(cell) > HEADER_MAX_LENGTH:
        return None, False
    key = header_key(cell)
    if not key:
        return None, False
    exact = _ALIAS_FIELD.get(key)
    if exact is not None:
        return exact, True
    found = [(len(a), -key.find(a), a) for a in _CONTAINED_ALIASES if a in key]
    if found:
        return _ALIAS_FIELD[max(found)[2]], False
    return None, False


def _header_score(row: Sequence[Cell]) -> int:
    """How much a row looks like a header: 2 per field named exactly, 1 per one inside."""
    seen: dict[Field, int] = {}
    for cell in row:
        found, exact = _header_field(cell)
        if found is not None:
            seen[found] = max(seen.get(found, 0), 2 if exact else 1)
    return sum(seen.values())


def guess_mapping(headers: Sequence[str]) -> tuple[str | None, ...]:
    """The field of each column from its header (None: not imported); each field once."""
    taken: set[Field] = set()
    mapping: list[str | None] = []
    # Exact names win over names found inside a longer header.
    guesses = [_header_field(h) for h in headers]
    result: list[Field | None] = [None] * len(headers)
    for want_exact in (True, False):
        for i, (found, exact) in enumerate(guesses):
            if found is not None and exact == want_exact and found not in taken:
                result[i] = found
                taken.add(found)
    mapping.extend(f.value if f is not None else None for f in result)
    return tuple(mapping)


def check_mapping(headers: Sequence[str], mapping: Sequence[str | None]) -> None:
    """Raise ValidationError unless the mapping fits the columns, names a name column and
    uses each field at most once."""
    if len(mapping) != len(headers):
        raise ValidationError("mapping", f"Expected {len(headers)} columns, got {len(mapping)}.")
    known = {f.value for f in Field}
    columns: dict[str, list[str]] = {}
    for header, code in zip(headers, mapping, strict=True):
        if code is None:
            continue
        if code not in known:
            raise ValidationError("mapping", f"“{code}” is not something a column can be.")
        columns.setdefault(code, []).append(header)
    for code, used in columns.items():
        if len(used) > 1:
            raise ValidationError(
                "mapping", f"{len(used)} columns ({', '.join(used)}) are all mapped to {code}."
            )
    if Field.NAME.value not in columns:
        raise ValidationError(
            "mapping", "No column holds the members' names (such as 姓名 or Name); map one."
        )


def check_same_titles(sheet: SheetData, mapping: Sequence[str | None]) -> None:
    """ValidationError when a column a guessed mapping imports shares its title with
    another column: the guess would take one and leave the other out without a word."""
    same: dict[str, list[int]] = {}
    for at, header in enumerate(sheet.headers):
        same.setdefault(header_key(header), []).append(at)
    for at, code in enumerate(mapping):
        columns = same.get(header_key(sheet.headers[at]), []) if code is not None else []
        if len(columns) > 1:
            letters = ", ".join(sheet.column_letter(c) for c in columns)
            raise ValidationError(
                "mapping",
                f"Columns {letters} are all titled “{sheet.headers[at]}”: rename all but "
                "one (or choose each column's field in the import window); nothing was "
                "imported.",
            )


def sheet_warnings(sheet: SheetData) -> list[Problem]:
    """The file-wide remarks of a sheet (cells not read) as warnings of its plan."""
    return [Problem(None, "", "file", note, Severity.WARNING) for note in sheet.notes]


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
EARLIEST_YEAR = 1900
_DATE_HINT = "write it as 2024-03-05"


def parse_day(value: Cell) -> dt.date | None:
    """A date from an Excel date cell or text such as 2024-03-05, 2024/3/5, 2024年3月5日 or
    2024.3.5; None when blank. Raises ValueError with a reason for anything else."""
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
        day = _day_from_text(text, value.strip())
    elif isinstance(value, int | float) and not isinstance(value, bool):
        text = cell_text(value)
        if len(text) != 8 or not text.isdigit():
            raise ValueError(
                f"{text} is a number, not a date; format the column as dates or {_DATE_HINT}"
            )
        day = _day_from_parts(text, text[:4], text[4:6], text[6:])
    else:
        raise ValueError(f"“{cell_text(value)}” is not a date; {_DATE_HINT}")
    if day.year < EARLIEST_YEAR:
        raise ValueError(f"{day.isoformat()} is before {EARLIEST_YEAR}")
    return day


def _parse_or_error(value: Cell) -> dt.date | ValueError | None:
    """`parse_day`, with its error returned rather than raised (for caching)."""
    try:
        return parse_day(value)
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
            f"“{original}” is ambiguous (which is the day, which the month, which century?); "
            f"{_DATE_HINT}"
        )
    raise ValueError(f"“{original}” is not a date; {_DATE_HINT}")


def _day_from_parts(text: str, year: str, month: str, day: str) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"“{text}” is not a real date") from None


_ROLE_WORDS: dict[Role, tuple[str, ...]] = {
    Role.FOUNDER: ("灵魂人物", "创始人", "联合创始人", "发起人", "founder", "co-founder",
                   "soul figure", "founder / soul figure"),
    Role.OWNER: ("群主", "owner", "group owner"),
    Role.ADMIN: ("管理员", "管理者", "群管", "群管理", "群管理员", "小秘书", "秘书", "助理",
                 "admin", "administrator", "secretary", "admin / secretary", "moderator"),
    Role.LEADER: ("领导者", "专家", "意见领袖", "话题发起人", "讲师", "leader", "expert",
                  "opinion leader", "kol", "leader / expert"),
    Role.SPOKESPERSON: ("代言人", "spokesperson", "ambassador"),
    Role.ACTIVE: ("活跃分子", "活跃成员", "活跃用户", "active", "active member"),
    Role.SEED: ("种子用户", "种子成员", "种子", "seed", "seed user"),
    Role.FOLLOWER: ("追随者", "普通成员", "成员", "群成员", "普通", "会员", "follower",
                    "member", "regular member"),
}  # fmt: skip
_ROLE_NOISE = re.compile(r"[\s_\-/]+")


def _role_key(text: str) -> str:
    return _ROLE_NOISE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


_ROLE_ALIASES = {
    _role_key(word): role.value for role, words in _ROLE_WORDS.items() for word in words
} | {role.value: role.value for role in Role}


def role_aliases(conn: sqlite3.Connection) -> dict[str, str]:
    """Role words (normalised) to role codes: built-in names and the owner's own labels."""
    aliases = dict(_ROLE_ALIASES)
    codes = {r.value for r in Role}
    for code, zh, en in conn.execute(
        "SELECT code, label_zh, label_en FROM vocabulary WHERE domain = 'role'"
    ):
        if code in codes:
            for label in (zh, en):
                if isinstance(label, str) and label.strip():
                    aliases.setdefault(_role_key(label), code)
    return aliases


def parse_role(text: str, aliases: Mapping[str, str] | None = None) -> str:
    """The role code of a role word in Chinese or English; ValueError when unknown."""
    key = _role_key(text)
    code = (aliases or _ROLE_ALIASES).get(key)
    if code is None:
        raise ValueError(
            f"unknown role “{text.strip()}”; use 灵魂人物, 群主, 管理员, 领导者, 代言人, "
            "活跃分子, 种子用户 or 追随者 (or founder, owner, admin, leader, spokesperson, "
            "active, seed, follower)"
        )
    return code


def split_tags(text: str) -> list[str]:
    """Tags from one cell, separated by commas (either width), 、 or semicolons."""
    return [t.strip() for t in _TAG_SPLIT.split(text) if t.strip()]


# ---------------------------------------------------------------------------------------
# Planning: every row checked against the file and the database, nothing written
# ---------------------------------------------------------------------------------------


# Who a referrer cell may name: ("row", index in the plan) or ("db", member id), by key.
_Candidates = dict[str, list[tuple[str, int]]]


def _stamp(conn: sqlite3.Connection) -> tuple[int, ...]:
    """Counts and top ids of members and groups: they change when either table gains rows."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM members), (SELECT coalesce(max(id), 0) FROM members), "
        "(SELECT count(*) FROM groups), (SELECT coalesce(max(id), 0) FROM groups), "
        "(SELECT count(*) FROM members WHERE wechat_id <> '' OR phone <> '')"
    ).fetchone()
    return tuple(int(v) for v in row)


# Field codes as plain strings: the row loop runs 100,000 times and enum lookups add up.
_NAME, _NICKNAME, _WECHAT_ID, _PHONE, _EMAIL = "name", "nickname", "wechat_id", "phone", "email"
_JOINED, _GROUP, _ROLE, _REFERRER, _TAGS = "joined", "group", "role", "referrer", "tags"
_NOTES, _PAID_UNTIL = "notes", "paid_until"
_TEXT_FIELDS = (
    _NAME, _NICKNAME, _WECHAT_ID, _PHONE, _EMAIL, _REFERRER, _NOTES, _TAGS, _ROLE, _GROUP,
)  # fmt: skip
_DATE_FIELDS = (_JOINED, _PAID_UNTIL)
_MULTI_LINE_AT = frozenset({_TEXT_FIELDS.index(_NOTES), _TEXT_FIELDS.index(_TAGS)})
FORMULA_GAP = "a formula without a value; save the file in Excel or WPS first"


def too_long(length: int, limit: int) -> str:
    """The problem of a text over its limit, as every import words it."""
    return f"too long ({length:,} characters; at most {limit:,})"


def mapped_gaps(sheet: SheetData, columns: Mapping[str, int]) -> dict[int, list[str]]:
    """The field codes of each row's imported cells that hold a formula but no value."""
    code_at = {at: code for code, at in columns.items()}
    gaps: dict[int, list[str]] = {}
    for number, at in sorted(sheet.formula_gaps):
        if at in code_at:
            gaps.setdefault(number, []).append(code_at[at])
    return gaps


# Values already in their stored form, which the contact checks would return unchanged
# (ASCII only: the checks fold full-width forms first). Most cells of a real list are
# like this, and one match is several times quicker than the full check.
_PLAIN_WECHAT = re.compile(f"[A-Za-z0-9_-]{{{WECHAT_MIN_LENGTH},{WECHAT_MAX_LENGTH}}}")
_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}"
)
_NON_DIGIT = re.compile(r"\D+")


def _group_key(name: str) -> str:
    # casefold, like groups._checked_name, which refuses two names differing only in case
    return name.strip().casefold()


class _Planner:
    """Checks rows one by one, then links referrers; `plan()` holds the whole recipe."""

    def __init__(
        self,
        db: Database,
        sheet: SheetData,
        mapping: tuple[str | None, ...],
        group_id: int | None,
        today: dt.date,
    ) -> None:
        conn = db.conn
        self.conn = conn
        self.sheet = sheet
        self.today = today
        self.column = {code: i for i, code in enumerate(mapping) if code is not None}
        self.header = {code: sheet.headers[i] for code, i in self.column.items()}
        self.groups = {
            _group_key(name): int(gid) for gid, name in conn.execute("SELECT id, name FROM groups")
        }
        self.forced_group: str | None = None
        if group_id is not None:
            found = conn.execute("SELECT name FROM groups WHERE id = ?", (group_id,)).fetchone()
            if found is None:
                raise ValidationError("group", f"There is no group with id {group_id}.")
            self.forced_group = _group_key(found[0])
        self.has_group_column = self.forced_group is not None or _GROUP in self.column
        self.role_aliases = role_aliases(conn)
        self.role_cache: dict[str, str | ValueError] = {}
        self.tag_cache: dict[str, tuple[str, ...] | ValidationError] = {}
        self.day_cache: dict[str, dt.date | ValueError | None] = {}
        self.reading_cache: dict[str, str] = {}
        self.tags_key: dict[tuple[str, ...], str] = {}
        self.group_cache: dict[str, tuple[list[tuple[str, str]], tuple[str, ...]]] = {}
        # Each picks its cells in one C call; -1 is the blank cell check_row adds.
        self.pick_texts = operator.itemgetter(*(self.column.get(c, -1) for c in _TEXT_FIELDS))
        self.pick_dates = operator.itemgetter(*(self.column.get(c, -1) for c in _DATE_FIELDS))
        self.width = max(self.column.values(), default=-1) + 1
        self.gaps = mapped_gaps(sheet, self.column)
        self.db_wechat: dict[str, tuple[int, str]] = {}
        self.db_phone: dict[str, tuple[int, str]] = {}
        for mid, name, wechat, phone in conn.execute(
            "SELECT id, name, lower(wechat_id), phone FROM members "
            "WHERE wechat_id <> '' OR phone <> '' ORDER BY id"
        ):
            if wechat:
                self.db_wechat.setdefault(wechat, (mid, name))
            if phone:
                self.db_phone.setdefault(phone, (mid, name))
        self.file_wechat: dict[str, tuple[int, str]] = {}
        self.file_phone: dict[str, tuple[int, str]] = {}
        self.new_groups: dict[str, str] = {}
        self.pending: list[PlannedMember] = []
        self.problems: list[Problem] = []
        self.invalid: list[int] = []

    # ---- one row ---------------------------------------------------------------------

    def add(self, row: int, code: str, message: str, severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(row, self.header.get(code, code), code, message, severity))

    def check_row(self, number: int, cells: list[Cell]) -> None:
        before = len(self.problems)
        fields = self.fields(number, cells)
        if len(self.problems) > before:
            self.invalid.append(number)
            return
        if fields is None:
            return  # filled only in columns that are not imported: nothing to say
        texts, dates = fields
        name, nickname, wechat, phone, email, referrer, notes, tags, role, group = texts
        member, member_tags = self.member_columns(
            number, name, nickname, wechat, phone, email, referrer, notes, tags
        )
        joined = self.day(number, dates[0], _JOINED, future=False)
        paid_until = self.day(number, dates[1], _PAID_UNTIL, future=True)
        role_code = self.role(number, role)
        groups, group_keys = self.group_keys(group)
        wechat_key = phone_key = ""
        if member is not None:
            wechat_key, phone_key = str(member["wechat_id"]).lower(), str(member["phone"])
            self.duplicates(number, wechat_key, phone_key)
        if len(self.problems) > before:
            self.invalid.append(number)
            return
        assert member is not None  # no problem was added, so every field passed
        if (
            not groups
            and self.has_group_column
            and (role.strip() or joined is not None or paid_until is not None)
        ):
            self.add(
                number,
                _GROUP,
                "no group, so the role and dates of this row are not recorded",
                Severity.WARNING,
            )
        if wechat_key:
            self.file_wechat.setdefault(wechat_key, (number, str(member["name"])))
        if phone_key:
            self.file_phone.setdefault(phone_key, (number, str(member["name"])))
        for key, written in groups:
            if key not in self.groups and key not in self.new_groups:
                self.new_groups[key] = written
        self.pending.append(
            PlannedMember(
                number, member, member_tags, group_keys, joined or self.today, role_code, paid_until
            )
        )

    def fields(self, number: int, cells: list[Cell]) -> tuple[list[str], Sequence[Cell]] | None:
        """The imported texts (control characters out) and date cells of a row; None when
        all are blank. Formula cells without a value and texts over `MAX_CELL_CHARS` are
        reported here (the caller then checks nothing else)."""
        if number in self.gaps:
            for code in self.gaps[number]:
                self.add(number, code, FORMULA_GAP)
        # One extra blank cell at the end is what the fields without a column read.
        padded = [*cells, ""]
        if len(cells) < self.width:  # a short row of a sheet too big to pad
            padded = [*cells, *[""] * (self.width - len(cells) + 1)]
        texts = [v if v.__class__ is str else cell_text(v) for v in self.pick_texts(padded)]
        dates = self.pick_dates(padded)
        together = "".join(texts)
        if not together.strip() and not any(map(_filled, dates)):
            return None
        # isprintable() is false for every character `cleaned` removes, and far quicker
        # than searching for them (most rows hold none).
        if not together.isprintable() and UNSAFE_ONE_LINE.search(together):
            texts = self.cleaned(texts)
        if len(together) > MAX_CELL_CHARS:
            self.too_long(number, texts)
        return texts, dates

    def cleaned(self, texts: list[str]) -> list[str]:
        """The texts without control characters (see `text_safety`): notes and tags keep
        their tabs and line breaks, which elsewhere become spaces."""
        return [
            multi_line(text) if at in _MULTI_LINE_AT else one_line(text)
            for at, text in enumerate(texts)
        ]

    def too_long(self, number: int, texts: Sequence[str]) -> None:
        """Report each text over `MAX_CELL_CHARS` (the row's other checks are not run)."""
        for code, text in zip(_TEXT_FIELDS, texts, strict=True):
            if len(text) > MAX_CELL_CHARS:
                self.add(number, code, too_long(len(text), MAX_CELL_CHARS))

    def member_columns(
        self,
        number: int,
        name: str,
        nickname: str,
        wechat: str,
        phone: str,
        email: str,
        referrer: str,
        notes: str,
        tags_text: str,
    ) -> tuple[dict[str, object] | None, tuple[str, ...]]:
        """The `members` columns of a row as `members._validated` builds them, or None after
        reporting every bad field (that function stops at the first)."""
        ok = True
        name = name.strip()
        if not name:
            self.add(number, _NAME, "a name is required")
            ok = False
        elif len(name) > NAME_MAX_LENGTH:
            self.add(number, _NAME, too_long(len(name), NAME_MAX_LENGTH))
            ok = False
        # The checks map "" to "", so blank cells skip the call; a value already in its
        # stored form skips it too (the check would return it unchanged).
        if wechat and not _PLAIN_WECHAT.fullmatch(wechat):
            try:
                wechat = normalise_wechat_id(wechat)
            except ValidationError as exc:
                self.add(number, _WECHAT_ID, exc.message)
                ok = False
        if phone and not _PLAIN_MOBILE.fullmatch(phone):
            try:
                phone = normalise_phone(phone)
            except ValidationError as exc:
                self.add(number, _PHONE, exc.message)
                ok = False
        if email and not (len(email) <= EMAIL_MAX_LENGTH and _PLAIN_EMAIL.fullmatch(email)):
            try:
                email = validate_email(email)
            except ValidationError as exc:
                self.add(number, _EMAIL, exc.message)
                ok = False
        tags = self.tags(number, tags_text)
        if not ok or tags is None:
            return None, ()
        nickname, notes = nickname.strip(), notes.strip()
        key = self.search_key(name, nickname, wechat, phone, tags, notes)
        return {
            "name": name,
            "nickname": nickname,
            "wechat_id": wechat,
            "phone": phone,
            "email": email,
            "referrer_id": None,
            "referrer_text": referrer.strip(),
            "notes": notes,
            "search_key": key,
            "name_key": name_sort_key(name),
        }, tags

    def search_key(
        self,
        name: str,
        nickname: str,
        wechat: str,
        phone: str,
        tags: tuple[str, ...],
        notes: str,
    ) -> str:
        """`member_search_key` of a checked row, with each name's pinyin part made once.

        Names repeat down a big list (and each has a dozen readings to clean and join):
        the same parts joined the same way, so the key is the same string.
        """
        tags_text = self.tags_key.get(tags)
        if tags_text is None:
            tags_text = self.tags_key[tags] = " ".join(sorted(tags)).strip().lower()
        parts = [
            name.lower(),
            nickname.lower(),
            wechat.lower(),
            _NON_DIGIT.sub("", phone) if phone else "",
            tags_text,
            notes.lower(),
            self.readings(name),
            self.readings(nickname),
        ]
        return "\x1f".join([part for part in parts if part])

    def readings(self, text: str) -> str:
        """The pinyin part of a search key for one name (see `member_search_key`)."""
        found = self.reading_cache.get(text)
        if found is None:
            found = self.reading_cache[text] = "\x1f".join(
                p.strip().lower() for p in pinyin_readings(text) if p and p.strip()
            )
        return found

    def tags(self, number: int, text: str) -> tuple[str, ...] | None:
        known = self.tag_cache.get(text)
        if known is None:
            try:
                known = clean_tags(split_tags(text))
            except ValidationError as exc:
                known = exc
            self.tag_cache[text] = known
        if isinstance(known, ValidationError):
            self.add(number, _TAGS, known.message)
            return None
        return known

    def day(self, number: int, value: Cell, code: str, *, future: bool) -> dt.date | None:
        if value.__class__ is dt.date:  # an Excel date cell, the common case
            known: dt.date | ValueError | None = value
        elif value == "" or value is None:
            return None
        elif isinstance(value, str):
            if len(value) > MAX_CELL_CHARS:
                self.add(number, code, too_long(len(value), MAX_CELL_CHARS))
                return None
            # Text dates repeat a lot down a column, so each distinct text is parsed once.
            known = self.day_cache.get(value)
            if known is None:
                known = self.day_cache[value] = _parse_or_error(value)
        else:
            known = _parse_or_error(value)
        if isinstance(known, ValueError):
            self.add(number, code, str(known))
            return None
        if known is not None and not future and known > self.today:
            self.add(number, code, f"{known.isoformat()} is in the future")
            return None
        return known

    def role(self, number: int, text: str) -> str:
        text = text.strip()
        if not text:
            return Role.FOLLOWER.value
        known = self.role_cache.get(text)
        if known is None:
            try:
                known = parse_role(text, self.role_aliases)
            except ValueError as exc:
                known = exc
            self.role_cache[text] = known
        if isinstance(known, ValueError):
            self.add(number, _ROLE, str(known))
            return Role.FOLLOWER.value
        return known

    def group_keys(self, text: str) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
        """(key, name as written) of each group a row names, and the keys alone; the
        forced group overrides the cell."""
        known = self.group_cache.get(text)
        if known is not None:
            return known
        clean = text.strip()
        found: dict[str, str] = {}
        if self.forced_group is not None:
            found[self.forced_group] = self.forced_group
        elif clean:
            # A whole cell naming an existing group wins over splitting it at 、.
            whole = _group_key(clean) in self.groups
            for part in [clean] if whole else clean.split(GROUP_SEPARATOR):
                if part.strip():
                    found.setdefault(_group_key(part), part.strip())
        known = self.group_cache[text] = (list(found.items()), tuple(found))
        return known

    def duplicates(self, number: int, wechat_key: str, phone_key: str) -> None:
        if wechat_key and (wechat_key in self.db_wechat or wechat_key in self.file_wechat):
            self.duplicate(number, _WECHAT_ID, wechat_key, self.db_wechat, self.file_wechat)
        if phone_key and (phone_key in self.db_phone or phone_key in self.file_phone):
            self.duplicate(number, _PHONE, phone_key, self.db_phone, self.file_phone)

    def duplicate(
        self,
        number: int,
        code: str,
        value: str,
        in_db: Mapping[str, tuple[int, str]],
        in_file: Mapping[str, tuple[int, str]],
    ) -> None:
        what = "WeChat ID" if code == _WECHAT_ID else "phone number"
        if value in in_db:
            mid, name = in_db[value]
            self.add(number, code, f"duplicate: {name} (#{mid}) already has this {what}")
        else:
            row, name = in_file[value]
            self.add(number, code, f"duplicate: same {what} as {name} in row {row}")

    # ---- referrers -------------------------------------------------------------------

    def link_referrers(self) -> tuple[int, int]:
        """Link each named referrer to the one member it names; (linked, kept as text)."""
        rows = self.pending
        wanted = {str(p.member["referrer_text"]) for p in rows} - {""}
        if not wanted:
            return 0, 0
        phones: dict[str, str] = {}
        for text in wanted:
            with contextlib.suppress(ValidationError):
                phones[text] = normalise_phone(text)
        by_name, by_wechat, by_phone = self._file_candidates(wanted, set(phones.values()))
        self._db_candidates(wanted, phones, by_name, by_wechat, by_phone)
        linked = kept = 0
        for index, p in enumerate(rows):
            text = str(p.member["referrer_text"])  # stripped already
            if not text:
                continue
            candidates = (
                by_wechat.get(text.lower())
                or (by_phone.get(phones[text]) if text in phones else None)
                or by_name.get(text)
                or []
            )
            reason = ""
            if len(candidates) > 1:
                reason = f"“{text}” matches {len(candidates)} members"
            elif not candidates:
                reason = f"no member is called “{text}”"
            elif candidates[0] == ("row", index):
                reason = "a member cannot be their own referrer"
            if reason:
                self.add(p.row, _REFERRER, f"{reason}; kept as text", Severity.WARNING)
                kept += 1
                continue
            kind, target = candidates[0]
            if kind == "row":
                rows[index] = p._replace(referrer_index=target)
            else:
                rows[index] = p._replace(referrer_id=target)
            linked += 1
        return linked - self._cut_loops(), kept

    def _file_candidates(
        self, wanted: set[str], phones: set[str]
    ) -> tuple[_Candidates, _Candidates, _Candidates]:
        """The planned rows a referrer cell may name, by name, WeChat ID (lower) and phone."""
        by_name: _Candidates = {}
        by_wechat: _Candidates = {}
        by_phone: _Candidates = {}
        lowered = {text.lower() for text in wanted}
        for index, p in enumerate(self.pending):
            member = p.member
            name, wechat, phone = member["name"], member["wechat_id"], member["phone"]
            if name in wanted:
                by_name.setdefault(str(name), []).append(("row", index))
            if wechat and str(wechat).lower() in lowered:
                by_wechat.setdefault(str(wechat).lower(), []).append(("row", index))
            if phone and phone in phones:
                by_phone.setdefault(str(phone), []).append(("row", index))
        return by_name, by_wechat, by_phone

    def _db_candidates(
        self,
        wanted: set[str],
        phones: Mapping[str, str],
        by_name: _Candidates,
        by_wechat: _Candidates,
        by_phone: _Candidates,
    ) -> None:
        """Add the existing members whose name, WeChat ID or phone a referrer cell names."""
        queries = (
            ("SELECT id, name FROM members WHERE name IN (SELECT value FROM json_each(?))",
             sorted(wanted), by_name),
            ("SELECT id, lower(wechat_id) FROM members WHERE wechat_id <> '' AND "
             "lower(wechat_id) IN (SELECT value FROM json_each(?))",
             sorted({t.lower() for t in wanted}), by_wechat),
            ("SELECT id, phone FROM members WHERE phone IN (SELECT value FROM json_each(?))",
             sorted(set(phones.values())), by_phone),
        )  # fmt: skip
        for sql, values, index in queries:
            for mid, key in self.conn.execute(sql, (json.dumps(values, ensure_ascii=False),)):
                index.setdefault(key, []).append(("db", int(mid)))

    def _cut_loops(self) -> int:
        """Unlink referrals that go round in a circle inside the file; return how many."""
        rows = self.pending
        state = [0] * len(rows)  # 0 unseen, 1 on the current path, 2 done
        cut = 0
        for start in range(len(rows)):
            path: list[int] = []
            node: int | None = start
            while node is not None and state[node] == 0:
                state[node] = 1
                path.append(node)
                node = rows[node].referrer_index
            if node is not None and state[node] == 1:
                # The last row on the path points back into it: that link closes the loop.
                last = rows[path[-1]] = rows[path[-1]]._replace(referrer_index=None)
                self.add(
                    last.row,
                    _REFERRER,
                    f"“{last.member['referrer_text']}” was referred by this member (a loop); "
                    "kept as text",
                    Severity.WARNING,
                )
                cut += 1
            for visited in path:
                state[visited] = 2
        return cut


def plan_import(
    db: Database,
    sheet: SheetData,
    mapping: Sequence[str | None] | None = None,
    *,
    group_id: int | None = None,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportPlan:
    """Check every row of the sheet against the file and the database; write nothing.

    `mapping` gives each column's field code (None: not imported; default: guessed from
    the headers); `group_id` puts every row in that group instead of the group column.
    """
    today = today or db.clock.today()
    chosen = tuple(mapping) if mapping is not None else guess_mapping(sheet.headers)
    check_mapping(sheet.headers, chosen)
    if mapping is None:
        check_same_titles(sheet, chosen)
    if not sheet.rows:
        raise ValidationError(
            "file", f"There are no member rows below the header (row {sheet.header_row})."
        )
    planner = _Planner(db, sheet, chosen, group_id, today)
    planner.problems.extend(sheet_warnings(sheet))
    total = len(sheet.rows)
    for start in range(0, total, CHUNK_ROWS):
        if cancelled is not None and cancelled():
            raise ImportCancelledError("Checking the file was cancelled; nothing was imported.")
        for number, cells in sheet.rows[start : start + CHUNK_ROWS]:
            planner.check_row(number, cells)
        if progress is not None:
            progress(min(start + CHUNK_ROWS, total), total)
    linked, kept = planner.link_referrers()
    dated = {_ROLE, _JOINED, _PAID_UNTIL} & set(planner.column)
    if not planner.has_group_column and dated and planner.pending:
        planner.problems.append(
            Problem(
                None,
                "",
                _GROUP,
                "no group column and no group chosen: members are imported without a group, "
                f"so their {', '.join(planner.header[c] for c in sorted(dated))} "
                "columns are not recorded",
                Severity.WARNING,
            )
        )
    order = {code: n for n, code in enumerate(chosen)}
    problems = sorted(planner.problems, key=lambda p: (p.row or 0, order.get(p.field, len(order))))
    return ImportPlan(
        sheet=sheet,
        mapping=chosen,
        group_id=group_id,
        today=today,
        rows=tuple(planner.pending),
        problems=tuple(problems),
        invalid_rows=tuple(planner.invalid),
        new_groups=tuple(planner.new_groups.values()),
        group_ids=planner.groups,
        stamp=_stamp(db.conn),
        referrers_linked=linked,
        referrers_as_text=kept,
    )


# ---------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------

_MEMBER_COLUMNS = (
    "name", "nickname", "wechat_id", "phone", "email", "referrer_id", "referrer_text",
    "notes", "search_key", "name_key",
)  # fmt: skip
# The roster summary (migration v4) of a new member, written with the row while the
# summary triggers are paused: recomputing it per inserted membership, role and tag
# would cost more than the rest of the write.
_SUMMARY_COLUMNS = (
    "roster_joined", "roster_paid_until", "roster_paid_due", "roster_open", "roster_role",
    "roster_groups", "roster_tags",
)  # fmt: skip
_ROLE_KEYS = {role.value: f"{rank}:{role.value}" for role, rank in ROLE_RANK.items()}


def apply_import(
    db: Database,
    plan: ImportPlan,
    *,
    valid_only: bool = False,
    create_groups: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportResult:
    """Write the planned members, memberships and roles in one transaction.

    With invalid rows nothing is written unless `valid_only`; groups the file names that
    don't exist are created only with `create_groups`. A cancel between chunks, or any
    error, rolls everything back.
    """
    if plan.invalid_rows and not valid_only:
        raise InvalidRowsError(plan.errors, len(plan.invalid_rows), len(plan.rows))
    if plan.new_groups and not create_groups:
        raise ValidationError(
            "group",
            f"These groups don't exist yet: {GROUP_SEPARATOR.join(plan.new_groups)}. "
            "Confirm creating them; nothing was imported.",
        )
    if not plan.rows:
        raise ValidationError("file", "No row is valid, so nothing was imported.")
    total = len(plan.rows)
    with db.transaction() as conn:
        if _stamp(conn) != plan.stamp:
            raise ValidationError(
                "file", "The database changed since the file was checked; check it again."
            )
        # Members may name a referrer further down the file: check the links at commit.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        group_ids = dict(plan.group_ids)
        earliest_of = _earliest_joined(plan.rows) if plan.new_groups else {}
        for name in plan.new_groups:
            key = _group_key(name)
            earliest = earliest_of.get(key, plan.today)
            group_ids[key] = create_group(
                db, GroupDraft(name=name, created_on=min(earliest, plan.today)), today=plan.today
            )
        # Building an index once at the end beats growing it row by row when the import
        # is bigger than what the tables hold (measured: about a third off the write).
        existing = int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
        rebuild = _drop_indexes(conn) if total > existing else []
        conn.execute("INSERT INTO roster_summary_paused (one) VALUES (1)")
        # Paused, the summary triggers still run their WHEN test per inserted row (about
        # a sixth of the inserts' time): out of the way until the end, as the indexes.
        rebuild.extend(_drop_paused_triggers(conn))
        writer = _Writer(conn, group_ids, dt.datetime.combine(plan.today, db.clock.now().time()))
        with _bigger_cache(conn):
            for start in range(0, total, CHUNK_ROWS):
                if cancelled is not None and cancelled():
                    raise ImportCancelledError("The import was cancelled; nothing was changed.")
                writer.write(plan.rows[start : start + CHUNK_ROWS])
                if progress is not None:
                    progress(min(start + CHUNK_ROWS, total), total)
            writer.link_forward()
            conn.execute("DELETE FROM roster_summary_paused")
            for sql in rebuild:
                conn.execute(sql)  # a unique index that no longer holds fails here: rollback
            # the dashboard's per-day totals, whose triggers were out of the way too
            refresh_dashboard_days(conn, writer.first_membership)
        if cancelled is not None and cancelled():
            raise ImportCancelledError("The import was cancelled; nothing was changed.")
    return ImportResult(
        imported=total,
        skipped=len(plan.invalid_rows),
        groups_created=plan.new_groups,
        memberships=writer.next_membership - writer.first_membership,
        referrers_linked=plan.referrers_linked,
        referrers_as_text=plan.referrers_as_text,
        member_ids=tuple(range(writer.first_member, writer.next_member)),
    )


def _earliest_joined(rows: Iterable[PlannedMember]) -> dict[str, dt.date]:
    """The earliest joined day of each group the rows name, in one pass."""
    earliest: dict[str, dt.date] = {}
    for p in rows:
        for key in p.groups:
            if key not in earliest or p.joined < earliest[key]:
                earliest[key] = p.joined
    return earliest


class _Writer:
    """Inserts planned members chunk by chunk with ids chosen up front.

    Ids are known before writing, so a member can point at a referrer further down the
    file and each chunk is four `executemany` calls (far quicker than row by row).
    """

    _INSERT_MEMBER = (
        f"INSERT INTO members (id, {', '.join(_MEMBER_COLUMNS)}, created_at, "
        f"{', '.join(_SUMMARY_COLUMNS)}) "
        f"VALUES ({', '.join('?' * (len(_MEMBER_COLUMNS) + len(_SUMMARY_COLUMNS) + 2))})"
    )

    def __init__(
        self, conn: sqlite3.Connection, group_ids: Mapping[str, int], created: dt.datetime
    ) -> None:
        self.conn = conn
        self.group_ids = group_ids
        # as create_member stamps a new member: the import's day, the time now
        self.created_at = created.strftime(STAMP_FORMAT)
        self.first_member, self.first_membership, first_role = (
            int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) + 1
            for table in ("members", "memberships", "role_history")
        )
        self.next_member = self.first_member
        self.next_membership = self.first_membership
        self.next_role = first_role
        # (name, paid group) by id, for the roster summary written with each member
        self.groups: dict[int, tuple[str, bool]] = {
            int(gid): (str(name), bool(fee > 0))
            for gid, name, fee in conn.execute("SELECT id, name, fee_minor FROM groups")
        }
        self.summaries: dict[tuple[tuple[str, ...], str, str | None, str], tuple[object, ...]] = {}
        self.pick_columns = cast(
            Callable[[Mapping[str, object]], tuple[object, ...]],
            operator.itemgetter(*_MEMBER_COLUMNS),
        )
        self.referrer_at = _MEMBER_COLUMNS.index("referrer_id")
        self.referrer_text_at = _MEMBER_COLUMNS.index("referrer_text")
        # (referrer id, member id) of the links written once every member is in
        self.forward: list[tuple[int, int]] = []
        self.tags_text: dict[tuple[str, ...], str] = {}

    def write(self, rows: Sequence[PlannedMember]) -> None:
        members: list[tuple[object, ...]] = []
        tags: list[tuple[int, str]] = []
        memberships: list[tuple[object, ...]] = []
        roles: list[tuple[int, int, str, str]] = []
        pick = self.pick_columns
        for p in rows:
            member_id = self.next_member
            self.next_member += 1
            values = pick(p.member)
            if p.referrer_index is not None or p.referrer_id is not None:
                values = self.linked(member_id, p, values)
            joined = p.joined.isoformat()
            paid = None if p.paid_until is None else p.paid_until.isoformat()
            members.append(
                (
                    member_id,
                    *values,
                    self.created_at,
                    *self.summary(p.groups, joined, paid, p.role),
                    self.tags_of(p.tags),
                )
            )
            tags.extend((member_id, tag) for tag in p.tags)
            for key in p.groups:
                membership_id = self.next_membership
                memberships.append((membership_id, member_id, self.group_ids[key], joined, paid))
                roles.append((self.next_role, membership_id, p.role, joined))
                self.next_membership += 1
                self.next_role += 1
        conn = self.conn
        conn.executemany(self._INSERT_MEMBER, members)
        conn.executemany("INSERT INTO member_tags (member_id, tag) VALUES (?, ?)", tags)
        conn.executemany(
            "INSERT INTO memberships (id, member_id, group_id, joined_on, paid_until) "
            "VALUES (?, ?, ?, ?, ?)",
            memberships,
        )
        conn.executemany(
            "INSERT INTO role_history (id, membership_id, role, since) VALUES (?, ?, ?, ?)",
            roles,
        )

    def linked(
        self, member_id: int, p: PlannedMember, values: tuple[object, ...]
    ) -> tuple[object, ...]:
        """The member columns with the referrer linked (the link replaces the name, as on
        edit). A referrer further down the file is linked after every row is in: with a
        link pending, SQLite would look for rows pointing at each new member (a table scan
        while the indexes are dropped), which grows with the square of the file."""
        if p.referrer_index is not None:
            referrer = self.first_member + p.referrer_index
            if referrer > member_id:
                self.forward.append((referrer, member_id))
                referrer_id: int | None = None
            else:
                referrer_id = referrer
        else:
            referrer_id = p.referrer_id
        row = list(values)
        row[self.referrer_at] = referrer_id
        row[self.referrer_text_at] = ""
        return tuple(row)

    def link_forward(self) -> None:
        """Link the referrers that come later in the file than the members they referred."""
        self.conn.executemany("UPDATE members SET referrer_id = ? WHERE id = ?", self.forward)
        self.forward.clear()

    def summary(
        self, keys: tuple[str, ...], joined: str, paid: str | None, role: str
    ) -> tuple[object, ...]:
        """The stored roster summary of a new member in these groups (as the triggers
        compute it): rows repeat the same groups, dates and role, so each is built once."""
        wanted = (keys, joined, paid, role)
        found = self.summaries.get(wanted)
        if found is None:
            if not keys:
                found = ("", "", "", 0, "", "")
            else:
                groups = [self.groups[self.group_ids[key]] for key in keys]
                due = paid if paid is not None and any(fee for _n, fee in groups) else None
                found = (
                    joined,
                    paid or "",
                    due or "",
                    1,
                    _ROLE_KEYS.get(role) or f"{len(ROLE_RANK)}:{role}",
                    "、".join(name for name, _fee in groups),
                )
            self.summaries[wanted] = found
        return found

    def tags_of(self, tags: tuple[str, ...]) -> str:
        """The tags text as `group_concat` over member_tags (in tag order) gives it."""
        found = self.tags_text.get(tags)
        if found is None:
            found = self.tags_text[tags] = ", ".join(sorted(tags))
        return found


_IMPORT_TABLES = ("members", "member_tags", "memberships", "role_history")
# The page cache (KiB) while an import writes and indexes: the new rows stay in memory
# until the commit instead of spilling early, and each index is built from memory.
_IMPORT_CACHE_KIB = 128 * 1024


@contextlib.contextmanager
def _bigger_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A larger page cache for the duration, then the connection's own size again."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


def _drop_paused_triggers(conn: sqlite3.Connection) -> list[str]:
    """Drop the triggers that stand still while roster_summary_paused has its row (the
    roster summary's, which the writer fills itself) on the tables an import fills;
    return the SQL that recreates them."""
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND sql LIKE '%roster_summary_paused%' "
        "AND tbl_name IN (SELECT value FROM json_each(?))",
        (json.dumps(_IMPORT_TABLES),),
    ).fetchall()
    for name, _sql in found:
        conn.execute(f'DROP TRIGGER "{name}"')
    return [str(sql) for _name, sql in found]


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the indexes of the tables an import fills; return the SQL that recreates them."""
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN (SELECT value FROM json_each(?))",
        (json.dumps(_IMPORT_TABLES),),
    ).fetchall()
    for name, _sql in found:
        conn.execute(f'DROP INDEX "{name}"')
    return [str(sql) for _name, sql in found]


def import_members(
    db: Database,
    path: str | Path,
    *,
    mapping: Sequence[str | None] | None = None,
    group_id: int | None = None,
    valid_only: bool = False,
    create_groups: bool = False,
    today: dt.date | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
) -> ImportResult:
    """Read, check and import a member list in one go (see the step functions)."""
    data = read_sheet(path, sheet=sheet, header_row=header_row)
    plan = plan_import(db, data, mapping, group_id=group_id, today=today)
    return apply_import(db, plan, valid_only=valid_only, create_groups=create_groups)


def group_by_name(db: Database, name: str) -> int:
    """The id of the group with this name (any case); ValidationError when there is none."""
    key = _group_key(name)
    for gid, existing in db.conn.execute("SELECT id, name FROM groups ORDER BY id"):
        if _group_key(existing) == key:
            return int(gid)
    known = GROUP_SEPARATOR.join(n for (n,) in db.conn.execute("SELECT name FROM groups"))
    raise ValidationError(
        "group", f"There is no group named “{name.strip()}” (groups: {known or 'none yet'})."
    )


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """One `row N: column: reason; column: reason` line per row, file-wide ones first."""
    by_row: dict[int | None, list[Problem]] = {}
    for problem in problems:
        by_row.setdefault(problem.row, []).append(problem)
    lines = []
    for row in sorted(by_row, key=lambda r: -1 if r is None else r):
        parts = "; ".join(p.reason() for p in by_row[row])
        lines.append(f"row {row}: {parts}" if row is not None else parts)
    return lines
