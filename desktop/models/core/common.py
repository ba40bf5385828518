"""Date conversions, number checks, group look-ups and CSV files shared by the data layer."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.storage.files import USER_FILE_MODE, replace_user_file, user_file_target

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
        raise ValidationError(
            "group", msg("There is no group with id {group_id}.", group_id=group_id)
        )
    return str(found[0])


def group_created_on(conn: sqlite3.Connection, group_id: int) -> dt.date:
    """The day the group was created; a ValidationError on "group" when there is none."""
    found = conn.execute("SELECT created_on FROM groups WHERE id = ?", (group_id,)).fetchone()
    if found is None:
        raise ValidationError(
            "group", msg("There is no group with id {group_id}.", group_id=group_id)
        )
    return parse_date(found[0])


# A spreadsheet runs a cell starting with one of these as a formula (or DDE); a member's name
# must not. Every export writes such text as plain text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def save_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write a table as CSV that Excel opens with Chinese intact (UTF-8 with a BOM).

    The file is written under a temporary name in the same folder and renamed over `path`
    at the end, so an interrupted export never leaves a half-written file behind. A symbolic
    link is written through; a read-only `path` raises `ReadOnlyTargetError`.
    """
    path = user_file_target(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.chmod(temp, USER_FILE_MODE)  # mkstemp makes it private; an export is for sharing
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow(
                    "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_START) else cell
                    for cell in row
                )
            handle.flush()
            os.fsync(handle.fileno())
        replace_user_file(temp, path)  # the file open in Excel or WPS: said in plain words
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Python's automatic cyclic garbage collection off for the duration, then as it was.

    A big import keeps millions of objects alive at once (cells, rows, planned rows, a
    chat's per-message columns) and makes no cycles of them: each collection the
    allocations trigger would walk them all again, for nothing (measured: about a tenth of
    an import of 100,000 rows, a tenth of reading a chat of 1,000,000 messages). Within
    the app, collection is off anyway (`desktop.collector`).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
