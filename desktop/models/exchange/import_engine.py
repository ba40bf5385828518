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

A mapping the owner confirmed is remembered (`remember_mapping`, after the import
succeeded) under the schema's `target` and the file's header signature, and offered again
(`saved_mapping`) for the next file with the same column titles in any order.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from desktop.models.core.errors import QunDeskError, ValidationError
from desktop.models.core.messages import msg
from desktop.models.exchange.sheet_files import Cell
from desktop.models.exchange.sheets import SheetData, SheetRow
from desktop.models.storage.db import Database
from desktop.models.storage.settings import get_setting, set_setting

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
    `duplicate` the one for a field mapped twice (given its key and the headers); `target`
    names the import whose confirmed mappings are remembered ("": none are).
    """

    fields: tuple[FieldSpec, ...]
    missing: Callable[[list[str]], str]
    duplicate: Callable[[str, list[str]], str]
    target: str = ""
    _by_alias: dict[str, str] = field(init=False, repr=False)
    _rank: dict[str, int] = field(init=False, repr=False)  # an alias's place in its field's
    _contained: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_alias: dict[str, str] = {}
        rank: dict[str, int] = {}
        for spec in self.fields:
            for at, alias in enumerate(spec.aliases):
                by_alias.setdefault(header_key(alias), spec.key)
                rank.setdefault(header_key(alias), at)
        object.__setattr__(self, "_by_alias", by_alias)
        object.__setattr__(self, "_rank", rank)
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
        found, exact, _rank = self._header_match(cell)
        return found, exact

    def _header_match(self, cell: Cell) -> tuple[str | None, bool, int]:
        """`header_field` and the place of the alias matched in its field's aliases."""
        if not isinstance(cell, str) or len(cell) > HEADER_MAX_LENGTH:
            return None, False, 0
        key = header_key(cell)
        if not key:
            return None, False, 0
        exact = self._by_alias.get(key)
        if exact is not None:
            return exact, True, self._rank[key]
        found = [(len(a), -key.find(a), a) for a in self._contained if a in key]
        if found:
            alias = max(found)[2]
            return self._by_alias[alias], False, self._rank[alias]
        return None, False, 0

    def score(self, row: Sequence[Cell]) -> int:
        """How much a row looks like a header: 2 per field named exactly, 1 per one inside."""
        seen: dict[str, int] = {}
        for cell in row:
            found, exact = self.header_field(cell)
            if found is not None:
                seen[found] = max(seen.get(found, 0), 2 if exact else 1)
        return sum(seen.values())

    def guess(self, headers: Sequence[str]) -> tuple[str | None, ...]:
        """The field of each column from its header (None: not imported); each field once.

        Exact names win over names inside longer headers; between two of the same kind,
        the alias listed first for the field (实收金额 before 订单金额), then the first column.
        """
        guesses = [self._header_match(h) for h in headers]
        order = sorted(
            (not exact, rank, at)
            for at, (found, exact, rank) in enumerate(guesses)
            if found is not None
        )
        result: list[str | None] = [None] * len(headers)
        taken: set[str] = set()
        for _inside, _rank, at in order:
            found = guesses[at][0]
            if found is not None and found not in taken:
                result[at] = found
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


# ---- mappings the owner confirmed ------------------------------------------------------------

# The settings key of a target's remembered mappings: JSON {signature: {"on": ISO day,
# "columns": [[title key, field or null], ...] in the file's order}}.
MAPPING_SETTING = "import_mapping.{target}"
# The most header signatures remembered per target (the oldest are forgotten first).
MAPPINGS_KEPT = 30


@dataclass(frozen=True, slots=True)
class SavedMapping:
    """A mapping confirmed in an earlier import of a file with the same column titles."""

    mapping: tuple[str | None, ...]
    saved_on: dt.date


def _title_key(header: str) -> str:
    # A blank title reads "(C)": it keeps its letter, so only its place names it.
    return header_key(header) or header


def header_signature(headers: Sequence[str]) -> str:
    """The column titles (see `header_key`) as a set, order left out.

    Platforms let the owner pick and reorder the columns of an export: the same titles in
    another order still mean the same things, and a saved mapping is applied by title.
    Titles that repeat count each time ("备注" twice is not "备注" once).
    """
    return "\x1f".join(sorted(_title_key(h) for h in headers))


def _stored_mappings(db: Database, target: str) -> dict[str, dict[str, object]]:
    try:
        found = json.loads(get_setting(db, MAPPING_SETTING.format(target=target)) or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def saved_mapping(db: Database, schema: FieldSchema, headers: Sequence[str]) -> SavedMapping | None:
    """The mapping saved for these column titles (in this file's column order), or None
    when there is none or it no longer fits the schema."""
    if not schema.target:
        return None
    stored = _stored_mappings(db, schema.target).get(header_signature(headers))
    if not isinstance(stored, dict):
        return None
    columns = stored.get("columns")
    if not isinstance(columns, list):
        return None
    try:
        day = dt.date.fromisoformat(str(stored.get("on")))
        queue: dict[str, list[str | None]] = {}
        for title, code in columns:
            queue.setdefault(str(title), []).append(None if code is None else str(code))
        mapping = tuple(queue[_title_key(h)].pop(0) for h in headers)
        schema.check(headers, mapping)
    except (ValidationError, ValueError, TypeError, KeyError, IndexError):
        return None  # stored by another version, or a field that is gone
    return SavedMapping(mapping, day)


def remember_mapping(
    db: Database,
    schema: FieldSchema,
    headers: Sequence[str],
    mapping: Sequence[str | None],
    day: dt.date,
) -> None:
    """Keep the mapping an import used for the next file with these column titles (call
    it once the import succeeded)."""
    if not schema.target or len(mapping) != len(headers):
        return
    stored = _stored_mappings(db, schema.target)
    signature = header_signature(headers)
    stored.pop(signature, None)
    columns = [[_title_key(h), code] for h, code in zip(headers, mapping, strict=True)]
    stored[signature] = {"on": day.isoformat(), "columns": columns}
    while len(stored) > MAPPINGS_KEPT:  # insertion order: the least recently saved first
        stored.pop(next(iter(stored)))
    text = json.dumps(stored, ensure_ascii=False)
    set_setting(db, MAPPING_SETTING.format(target=schema.target), text)


def forget_mapping(db: Database, schema: FieldSchema, headers: Sequence[str]) -> bool:
    """Forget the mapping saved for these column titles; whether there was one."""
    if not schema.target:
        return False
    stored = _stored_mappings(db, schema.target)
    if stored.pop(header_signature(headers), None) is None:
        return False
    text = json.dumps(stored, ensure_ascii=False)
    set_setting(db, MAPPING_SETTING.format(target=schema.target), text)
    return True


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

    def each(rows: Sequence[SheetRow]) -> None:
        for number, cells in rows:
            check_row(number, cells)

    check_chunks(sheet, each, progress, cancelled)


def check_chunks(
    sheet: SheetData,
    check_chunk: Callable[[Sequence[SheetRow]], None],
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    """Hand a target's checker the rows `CHUNK_ROWS` at a time (so it can check them
    column by column), with a cancel check before each chunk and progress after it."""
    total = len(sheet.rows)
    for start in range(0, total, CHUNK_ROWS):
        if cancelled is not None and cancelled():
            raise ImportCancelledError(
                msg("Checking the file was cancelled; nothing was imported.")
            )
        check_chunk(sheet.rows[start : start + CHUNK_ROWS])
        if progress is not None:
            progress(min(start + CHUNK_ROWS, total), total)


def sorted_problems(
    problems: Iterable[Problem], mapping: Sequence[str | None]
) -> tuple[Problem, ...]:
    """Problems by row (the file's first), then in the order of the columns."""
    order = {code: n for n, code in enumerate(mapping)}
    return tuple(sorted(problems, key=lambda p: (p.row or 0, order.get(p.field, len(order)))))


def problem_lines(problems: Iterable[Problem], limit: int | None = None) -> list[str]:
    """One `row N: column: reason; column: reason` line per row, file-wide ones first (the
    first `limit` of them: only those are worded)."""
    by_row: dict[int | None, list[Problem]] = {}
    for problem in problems:
        by_row.setdefault(problem.row, []).append(problem)
    lines = []
    for row in sorted(by_row, key=lambda r: -1 if r is None else r)[:limit]:
        parts = "; ".join(p.reason() for p in by_row[row])
        lines.append(
            msg("row {row}: {reason}", row=row, reason=parts) if row is not None else parts
        )
    return lines


def problem_line_count(problems: Iterable[Problem]) -> int:
    """How many lines `problem_lines` gives for `problems` (one per row, one file-wide)."""
    return len({problem.row for problem in problems})


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
