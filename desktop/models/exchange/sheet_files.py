"""Reading an input file whole, safely: regular files only, never blocking, within a limit.

Also what the spreadsheet readers (`xlsx_guard`, `xlsx_sparse`, `csv_text`, the calamine
path in `sheets`) hand to the header search: a `RawSheet` of numbered rows.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from desktop.models.core.errors import QunDeskError
from desktop.models.core.messages import msg

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None

# Bigger files are refused before reading: a member list is never anywhere near this.
MAX_FILE_BYTES = 256 * 1024 * 1024
# Excel's own limits: more rows or columns than a worksheet can hold are not a member list.
MAX_ROWS = 1_048_576
# Columns right of this one are not read (a list has a few dozen; the preview has a combo
# box per column).
MAX_COLUMNS = 512
# The longest text a cell may hold for an import (a long note is a few thousand).
MAX_CELL_CHARS = 10_000


class SpreadsheetError(QunDeskError):
    """The file could not be read as a spreadsheet; nothing was imported."""


@dataclass(slots=True)
class RawSheet:
    """A sheet as read: its filled rows (1-based numbers) and where its first column is."""

    names: tuple[str, ...]  # the workbook's worksheets; () for a CSV file
    name: str  # the sheet read; "" for a CSV file
    numbers: list[int] | range  # the row number of each row of `grid`
    grid: list[list[Cell]]  # rows may differ in length; blank rows may be left out
    first_col: int = 0  # the column of each row's first cell (0 is A)
    # (row number, column from A) of formula cells saved without their value
    formula_gaps: frozenset[tuple[int, int]] = frozenset()
    notes: list[str] = field(default_factory=list)  # file-wide remarks for the owner


def column_letter(index: int) -> str:
    """The spreadsheet letters of a 0-based column index: 0 → A, 27 → AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read_regular_file(path: Path, *, limit: int = MAX_FILE_BYTES, what: str = "") -> bytes:
    """The bytes of `path`, which must be a regular file of at most `limit` bytes.

    `what` names what the file is for, in the UI language (`msg("a member list")`), for the
    message when it is too big.

    A folder, a named pipe or a device (/dev/zero) is refused before it is opened for
    reading: opening a FIFO waits for a writer, and a device never ends. The check is made
    again on the opened file, so a file swapped in between is refused too.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise SpreadsheetError(msg("{path}: the file does not exist", path=path)) from None
    except OSError as exc:
        raise SpreadsheetError(
            msg("{path}: cannot be read ({reason})", path=path, reason=exc.strerror or exc)
        ) from None
    _check_regular(path, info, limit, what)
    # O_NONBLOCK: opening a FIFO swapped in after the check returns at once instead of
    # waiting for a writer (the fstat below then refuses it). No effect on regular files.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise SpreadsheetError(
            msg("{path}: cannot be read ({reason})", path=path, reason=exc.strerror or exc)
        ) from None
    try:
        _check_regular(path, os.fstat(fd), limit, what)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise SpreadsheetError(
            msg("{path}: cannot be read ({reason})", path=path, reason=exc.strerror or exc)
        ) from None
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while being read
        raise _too_big(path, what)
    return data


def _too_big(path: Path, what: str) -> SpreadsheetError:
    if what:
        return SpreadsheetError(
            msg("{name}: the file is too big for {what}", name=path.name, what=what)
        )
    return SpreadsheetError(msg("{name}: the file is too big", name=path.name))


def _check_regular(path: Path, info: os.stat_result, limit: int, what: str) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = msg("a folder") if stat.S_ISDIR(info.st_mode) else msg("a named pipe or a device")
        raise SpreadsheetError(
            msg(
                "{name}: not a regular file ({kind}); nothing was read or imported",
                name=path.name,
                kind=kind,
            )
        )
    if info.st_size > limit:
        raise _too_big(path, what)
