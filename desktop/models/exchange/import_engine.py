"""The import engine: the steps every spreadsheet import takes, whatever its rows become.

file → sheet → header row → columns mapped → rows checked → plan → apply. What differs
between imports is a **target**, a module that provides:

- a `FieldSchema`: its fields (`FieldSpec`: key, header aliases, required), which guesses
  the mapping from the headers (`guess`), scores a row as a header (`score`, given to
  `sheets.read_sheet`) and refuses a mapping that doesn't fit (`check`);
- `read(path, ...) -> SheetData`: `sheets.read_sheet` with the schema's header score;
- `plan(db, sheet, mapping, *, progress, cancelled, ...) -> plan`: picks the mapping with
  `chosen_mapping`, reads its lookups from the database once, then runs its row checker
  over every row with `check_rows` (each bad cell a `Problem` with the sheet's row
  number) and returns a frozen plan holding `sheet`, `mapping`, `rows` (the valid rows,
  ready to write), `problems`, `invalid_rows` and `stamp` (the database's state, see
  `check_unchanged`); nothing is written;
- `apply(db, plan, *, valid_only, progress, cancelled) -> result`: `check_ready`, then one
  transaction in which it calls `check_unchanged` and hands the rows chunk by chunk
  (`write_chunks`) to the writer of the feature package that owns the tables
  (`members.bulk`, `revenue.bulk`); a cancel or any error rolls everything back.

The caller takes a backup first (`storage.backups.backup_before(db, REASON_IMPORT)`); the
import wizard (`views.exchange.import_wizard`) and the command line both drive a target
through these steps, so a new import (chat history, payment bills) is a new target module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from desktop.models.core.errors import QunDeskError, ValidationError
from desktop.models.core.messages import msg
from desktop.models.exchange.sheet_files import Cell
from desktop.models.exchange.sheets import SheetData

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
RowT = TypeVar("RowT")

# Rows written (and checked) between two progress reports and cancel checks.
CHUNK_ROWS = 5000
# Headers longer than this name no field.
HEADER_MAX_LENGTH = 30
FORMULA_GAP = "a formula without a value; save the file in Excel or WPS first"  # see formula_gap
_HEADER_NOISE = re.compile(r"[(（\[【<《].*?[)）\]】>》]|[\s*:：_\-./#'\"?？!！]+")


def formula_gap() -> str:
    """The problem of a formula cell saved without its value, in the UI language."""
    return msg("a formula without a value; save the file in Excel or WPS first")


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
        super().__init__(
            msg(
                "{invalid} rows have problems; nothing was imported ({valid} valid rows could "
                "be imported on their own)",
                invalid=invalid_rows,
                valid=valid_rows,
            )
        )


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
        if self.row is None:
            return self.reason()
        return msg("row {row}: {reason}", row=self.row, reason=self.reason())

    def reason(self) -> str:
        """`column: reason`, or the reason alone for the whole file."""
        if not self.column:
            return self.message
        return msg("{column}: {reason}", column=self.column, reason=self.message)


# ---- fields and the column mapping -------------------------------------------------------


def header_key(text: str) -> str:
    """A header as compared with the aliases: width, case, spaces, punctuation and
    bracketed units ("金额(元)") left out."""
    return _HEADER_NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field a column can be imported as: its code and the header texts that name it."""

    key: str
    aliases: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True)
class FieldSchema:
    """A target's fields, and how headers are matched to them.

    `missing` words the error for required fields without a column (given their keys),
    `duplicate` the one for a field mapped twice (given its key and the headers).
    """

    fields: tuple[FieldSpec, ...]
    missing: Callable[[list[str]], str]
    duplicate: Callable[[str, list[str]], str]
    _by_alias: dict[str, str] = field(init=False, repr=False)
    _contained: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_alias = {header_key(a): f.key for f in self.fields for a in f.aliases}
        object.__setattr__(self, "_by_alias", by_alias)
        # Only Chinese aliases of two or more characters are looked for inside longer
        # headers (联系手机, 收款金额); Latin ones would match inside unrelated words.
        contained = sorted(
            (a for a in by_alias if len(a) >= 2 and not a.isascii()), key=len, reverse=True
        )
        object.__setattr__(self, "_contained", tuple(contained))

    @property
    def keys(self) -> tuple[str, ...]:
        """The field codes, in the schema's order."""
        return tuple(f.key for f in self.fields)

    def header_field(self, cell: Cell) -> tuple[str | None, bool]:
        """The field a header cell names, and whether it named it exactly."""
        if not isinstance(cell, str) or len(cell) > HEADER_MAX_LENGTH:
            return None, False
        key = header_key(cell)
        if not key:
            return None, False
        exact = self._by_alias.get(key)
        if exact is not None:
            return exact, True
        found = [(len(a), -key.find(a), a) for a in self._contained if a in key]
        if found:
            return self._by_alias[max(found)[2]], False
        return None, False

    def score(self, row: Sequence[Cell]) -> int:
        """How much a row looks like a header: 2 per field named exactly, 1 per one inside."""
        seen: dict[str, int] = {}
        for cell in row:
            found, exact = self.header_field(cell)
            if found is not None:
                seen[found] = max(seen.get(found, 0), 2 if exact else 1)
        return sum(seen.values())

    def guess(self, headers: Sequence[str]) -> tuple[str | None, ...]:
        """The field of each column from its header (None: not imported); each field once."""
        guesses = [self.header_field(h) for h in headers]
        result: list[str | None] = [None] * len(headers)
        taken: set[str] = set()
        for want_exact in (True, False):  # exact names win over names inside longer headers
            for i, (found, exact) in enumerate(guesses):
                if found is not None and exact == want_exact and found not in taken:
                    result[i] = found
                    taken.add(found)
        return tuple(result)

    def check(self, headers: Sequence[str], mapping: Sequence[str | None]) -> None:
        """ValidationError unless the mapping fits the columns, uses each field at most
        once and maps every required field."""
        if len(mapping) != len(headers):
            raise ValidationError(
                "mapping",
                msg(
                    "Expected {expected} columns, got {got}.",
                    expected=len(headers),
                    got=len(mapping),
                ),
            )
        known = set(self.keys)
        columns: dict[str, list[str]] = {}
        for header, code in zip(headers, mapping, strict=True):
            if code is None:
                continue
            if code not in known:
                raise ValidationError(
                    "mapping", msg("“{code}” is not something a column can be.", code=code)
                )
            columns.setdefault(code, []).append(header)
        for code, used in columns.items():
            if len(used) > 1:
                raise ValidationError("mapping", self.duplicate(code, used))
        missing = [f.key for f in self.fields if f.required and f.key not in columns]
        if missing:
            raise ValidationError("mapping", self.missing(missing))


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
                msg(
                    "Columns {letters} are all titled “{title}”: rename all but one (or "
                    "choose each column's field in the import window); nothing was imported.",
                    letters=letters,
                    title=sheet.headers[at],
                ),
            )


def chosen_mapping(
    schema: FieldSchema, sheet: SheetData, mapping: Sequence[str | None] | None, rows_are: str
) -> tuple[str | None, ...]:
    """The mapping to plan with (guessed when None), checked; ValidationError when it
    doesn't fit or the sheet has no rows (`rows_are` names them: "member", "entry"; the
    message no longer uses it, so it reads the same in every language)."""
    chosen = tuple(mapping) if mapping is not None else schema.guess(sheet.headers)
    schema.check(sheet.headers, chosen)
    if mapping is None:
        check_same_titles(sheet, chosen)
    if not sheet.rows:
        raise ValidationError(
            "file", msg("There are no rows below the header (row {row}).", row=sheet.header_row)
        )
    return chosen


# ---- checking rows -------------------------------------------------------------------------


def too_long(length: int, limit: int) -> str:
    """The problem of a text over its limit, as every import words it."""
    return msg(
        "too long ({length} characters; at most {limit})", length=f"{length:,}", limit=f"{limit:,}"
    )


def mapped_gaps(sheet: SheetData, columns: Mapping[str, int]) -> dict[int, list[str]]:
    """The field codes of each row's imported cells that hold a formula but no value."""
    code_at = {at: code for code, at in columns.items()}
    gaps: dict[int, list[str]] = {}
    for number, at in sorted(sheet.formula_gaps):
        if at in code_at:
            gaps.setdefault(number, []).append(code_at[at])
    return gaps


def sheet_warnings(sheet: SheetData) -> list[Problem]:
    """The file-wide remarks of a sheet (cells not read) as warnings of its plan."""
    return [Problem(None, "", "file", note, Severity.WARNING) for note in sheet.notes]


def check_rows(
    sheet: SheetData,
    check_row: Callable[[int, list[Cell]], None],
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    """Run a target's row checker over every row, chunk by chunk, reporting progress."""
    total = len(sheet.rows)
    for start in range(0, total, CHUNK_ROWS):
        if cancelled is not None and cancelled():
            raise ImportCancelledError(
                msg("Checking the file was cancelled; nothing was imported.")
            )
        for number, cells in sheet.rows[start : start + CHUNK_ROWS]:
            check_row(number, cells)
        if progress is not None:
            progress(min(start + CHUNK_ROWS, total), total)


def sorted_problems(
    problems: Iterable[Problem], mapping: Sequence[str | None]
) -> tuple[Problem, ...]:
    """Problems by row (the file's first), then in the order of the columns."""
    order = {code: n for n, code in enumerate(mapping)}
    return tuple(sorted(problems, key=lambda p: (p.row or 0, order.get(p.field, len(order)))))


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """One `row N: column: reason; column: reason` line per row, file-wide ones first."""
    by_row: dict[int | None, list[Problem]] = {}
    for problem in problems:
        by_row.setdefault(problem.row, []).append(problem)
    lines = []
    for row in sorted(by_row, key=lambda r: -1 if r is None else r):
        parts = "; ".join(p.reason() for p in by_row[row])
        lines.append(
            msg("row {row}: {reason}", row=row, reason=parts) if row is not None else parts
        )
    return lines


# ---- applying ------------------------------------------------------------------------------


def check_ready(
    errors: Sequence[Problem], invalid_rows: int, valid_rows: int, *, valid_only: bool
) -> None:
    """Refuse a plan with invalid rows (unless only the valid ones are asked for) or none
    valid; nothing is written then."""
    if invalid_rows and not valid_only:
        raise InvalidRowsError(errors, invalid_rows, valid_rows)
    if not valid_rows:
        raise ValidationError("file", msg("No row is valid, so nothing was imported."))


def check_unchanged(now: tuple[int, ...], planned: tuple[int, ...]) -> None:
    """Refuse to write a plan made against another state of the database."""
    if now != planned:
        raise ValidationError(
            "file", msg("The database changed since the file was checked; check it again.")
        )


def check_not_cancelled(cancelled: CancelledFn | None) -> None:
    """ImportCancelledError when the cancel was asked for (the transaction rolls back)."""
    if cancelled is not None and cancelled():
        raise ImportCancelledError(msg("The import was cancelled; nothing was changed."))


def write_chunks(
    rows: Sequence[RowT],
    write: Callable[[int, Sequence[RowT]], None],
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    """Hand the rows to a writer `CHUNK_ROWS` at a time (with the index of the first),
    checking for a cancel before each chunk and reporting progress after it."""
    total = len(rows)
    for start in range(0, total, CHUNK_ROWS):
        check_not_cancelled(cancelled)
        write(start, rows[start : start + CHUNK_ROWS])
        if progress is not None:
            progress(min(start + CHUNK_ROWS, total), total)
