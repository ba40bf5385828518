"""Open, check, migrate and hold the one SQLite file that is the owner's whole state."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from desktop.models import migrations
from desktop.models.errors import (
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
    NotSQLiteError,
    ReadOnlyError,
)
from desktop.models.migrations import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
BACKUP_DIR_NAME = "backups"

# Tables reported by `info`, in the order a person thinks of them.
TABLES = (
    "groups",
    "group_rules",
    "group_thresholds",
    "lifecycle_history",
    "goals",
    "members",
    "member_tags",
    "memberships",
    "role_history",
    "events",
    "event_exdates",
    "attendance",
    "activity_daily",
    "revenue",
    "partners",
    "partner_shares",
    "vocabulary",
    "settings",
    "rule_history",
)


def inspect_file(path: Path) -> tuple[int, int, bool]:
    """Return (application_id, user_version, has_tables) of an existing SQLite file.

    Reads through a read-only connection so the file's bytes are never touched, and raises
    `NotSQLiteError` when the file is not an SQLite database.
    """
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise NotSQLiteError(path, "this file is not a QunDesk database (not SQLite)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotSQLiteError(path, f"the file is damaged or not a database ({exc})") from exc
    return app_id, version, has_tables


def _writable(path: Path) -> bool:
    # os.access alone says yes to root even for a file the owner marked read-only; the mode
    # bits carry that intent, so a file or folder without any write bit counts as read-only.
    mode = path.stat().st_mode
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def check_writable(path: Path) -> None:
    """Raise `ReadOnlyError` unless the file (if any) and its folder can be written."""
    folder = path.parent
    if not folder.is_dir():
        raise ReadOnlyError(path, f"the folder {folder} does not exist")
    if path.exists() and not _writable(path):
        raise ReadOnlyError(path, "the file is read-only; copy it somewhere writable")
    # SQLite writes its journal beside the file, so the folder must be writable too.
    if not _writable(folder):
        raise ReadOnlyError(path, f"the folder {folder} is read-only")


def backup_copy(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of the open database to `target` (SQLite backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


class Database:
    """The open QunDesk database: one connection, its sqlite-utils view, transactions."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> Database:
        """Open (creating if allowed) and migrate a database; refuse files that aren't ours.

        Any refusal leaves the file byte-for-byte as it was.
        """
        path = Path(path).expanduser()
        exists = path.exists() and path.stat().st_size > 0
        if path.exists() and path.is_dir():
            raise NotSQLiteError(path, "this is a folder, not a database file")
        if not exists and not create:
            raise NotSQLiteError(path, "the file does not exist")
        version = 0
        if exists:
            app_id, version, has_tables = inspect_file(path)
            if app_id != APPLICATION_ID and (has_tables or app_id != 0):
                raise ForeignDatabaseError(
                    path, "this SQLite file was made by another program, not QunDesk"
                )
            if version > migrations.LATEST_VERSION:
                raise NewerSchemaError(
                    path,
                    f"this database was saved by a newer QunDesk (schema {version}, this "
                    f"version reads up to {migrations.LATEST_VERSION}); please update the app",
                )
        check_writable(path)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            database = cls(path, conn)
            database._migrate(version, backup=exists and version > 0)
            if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
                raise ReadOnlyError(path, "the database cannot use a write-ahead log here")
            conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            conn.close()
            raise
        return database

    def _migrate(self, version: int, *, backup: bool) -> None:
        """Bring the schema up to date, copying the file first when it holds data."""
        if version >= migrations.LATEST_VERSION:
            return
        if backup:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            name = f"{self.path.stem}-before-v{migrations.LATEST_VERSION}-{stamp}.sqlite"
            backup_copy(self.conn, self.path.parent / BACKUP_DIR_NAME / name)
        try:
            migrations.apply(self.conn, version)
        except Exception as exc:  # any failure in a step means the same: nothing was changed
            raise MigrationError(
                self.path, f"upgrading the database failed and nothing was changed ({exc})"
            ) from exc

    @property
    def version(self) -> int:
        """The schema version stored in the file."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action: everything inside commits together or not at all.

        Nested use becomes a savepoint, so a helper that opens its own transaction can be
        called from inside a bigger action.
        """
        if self.conn.in_transaction:
            name = f"sp{id(object())}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def counts(self) -> dict[str, int]:
        """Row count of every table, in `TABLES` order."""
        return {
            table: int(self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in TABLES
        }

    def close(self) -> None:
        """Checkpoint the write-ahead log and close the connection."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()
