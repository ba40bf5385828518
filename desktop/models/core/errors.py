"""Exceptions raised by the data layer; each carries a message meant for the user."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path


class QunDeskError(Exception):
    """Base of every error the data layer reports to the user."""


class ValidationError(QunDeskError):
    """Bad input for one field (or row); nothing was written."""

    def __init__(self, field: str, message: str, row: int | None = None) -> None:
        self.field = field
        self.message = message
        self.row = row
        where = f"row {row}: {field}" if row is not None else field
        super().__init__(f"{where}: {message}")


class DatabaseOpenError(QunDeskError):
    """A database file could not be opened; the file was left untouched."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class NotSQLiteError(DatabaseOpenError):
    """The file is not an SQLite database at all."""


class ForeignDatabaseError(DatabaseOpenError):
    """The file is an SQLite database that some other program made."""


class NewerSchemaError(DatabaseOpenError):
    """The database was written by a newer version of the app."""


class ReadOnlyError(DatabaseOpenError):
    """The file or its folder cannot be written."""


class MigrationError(DatabaseOpenError):
    """Upgrading the schema failed; the file is as it was before the upgrade."""


class DamagedDatabaseError(NotSQLiteError):
    """The file is a QunDesk database whose pages fail SQLite's check; it was not written."""


class DatabaseLockedError(DatabaseOpenError):
    """Another running QunDesk holds the database; `holder` says who (host, pid, since)."""

    def __init__(self, path: Path, reason: str, holder: object) -> None:
        self.holder = holder
        super().__init__(path, reason)


class WriteFailedError(QunDeskError):
    """A write could not be saved (disk full, read-only, file gone); nothing was changed."""


class DataError(QunDeskError):
    """SQLite refused or failed a read or write; the message is SQLite's own.

    The driver's exception is kept as `__cause__`, so callers above the data layer catch
    this (a `QunDeskError`) and never need `sqlite3`.
    """


@contextlib.contextmanager
def data_errors() -> Iterator[None]:
    """Raise `DataError` with the same message for any `sqlite3.Error` raised inside.

    The boundary views call into data-layer code through (also usable as a decorator).
    """
    try:
        yield
    except sqlite3.Error as exc:
        raise DataError(str(exc)) from exc


class BackupError(QunDeskError):
    """A backup, restore, export or rebuild could not be completed; the database is unchanged."""


class ReadOnlyTargetError(QunDeskError, PermissionError):
    """A file chosen to be replaced (an export's target) is read-only; nothing was written.

    A PermissionError too, so callers that report OSErrors report this one the same way.
    """
