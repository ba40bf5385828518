"""Exceptions raised by the data layer; each carries a message meant for the user."""

from __future__ import annotations

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


class BackupError(QunDeskError):
    """A backup, restore, export or rebuild could not be completed; the database is unchanged."""


class ReadOnlyTargetError(QunDeskError, PermissionError):
    """A file chosen to be replaced (an export's target) is read-only; nothing was written.

    A PermissionError too, so callers that report OSErrors report this one the same way.
    """
