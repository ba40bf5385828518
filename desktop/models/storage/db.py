"""Open, check, migrate and hold the one SQLite file that is the owner's whole state.

Crash safety: the file runs in WAL mode with `synchronous = NORMAL`. Every user action is one
transaction, committed before the action returns; nothing is kept in memory to save later.
In WAL mode NORMAL never corrupts the file and never loses a commit when the *app* dies
(SIGKILL, crash): the commit is in the WAL, which the OS holds. Only a power cut or an OS
crash in the second after a commit can lose that last commit — the file stays consistent
and every earlier action (synced at the next checkpoint) is kept. FULL would fsync on every
commit, which costs a bulk edit on a laptop disk several times the time for protection
against that one rare case; the automatic backups cover the rest.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.models.core.clock import SYSTEM_CLOCK, Clock
from desktop.models.core.errors import (
    DamagedDatabaseError,
    DatabaseOpenError,
    DataError,
    ForeignDatabaseError,
    MigrationError,
    NewerSchemaError,
    NotSQLiteError,
    ReadOnlyError,
    WriteFailedError,
    data_errors,
)
from desktop.models.core.messages import msg
from desktop.models.storage import migrations
from desktop.models.storage.backups import make_backup
from desktop.models.storage.files import is_writable, new_private_file
from desktop.models.storage.lockfile import DatabaseLock
from desktop.models.storage.migrations import APPLICATION_ID
from desktop.models.storage.places import read_only_uri
from desktop.models.storage.tables import TABLES

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
BACKUP_DIR_NAME = "backups"


def file_stamp(path: Path) -> tuple[int, int]:
    """The file's size and modification time: equal readings mean its bytes did not change."""
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def inspect_file(path: Path) -> tuple[int, int, bool]:
    """Return (application_id, user_version, has_tables) of an existing SQLite file.

    Reads through a read-only connection so the file's bytes are never touched, and raises
    `NotSQLiteError` when the file is not an SQLite database.
    """
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise NotSQLiteError(path, msg("this file is not a QunDesk database (not SQLite)"))
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(
            path, msg("the file is damaged or not a database ({exc})", exc=exc)
        ) from exc
    return app_id, version, has_tables


def quick_check(path: Path) -> list[str]:
    """Problems `PRAGMA quick_check` finds in the file (empty when sound); read-only."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check(20)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def closed_fingerprint(path: Path) -> str | None:
    """The file as it is now: where it lives, its identity, size and modification time.

    Taken when QunDesk has closed the file, and compared at the next start: an equal one
    means nothing has changed the file since, so its data may be shown while its check
    runs (writes still wait for the check). None when the file is missing, or a
    write-ahead log with content lies beside it (a session that did not end cleanly).
    """
    try:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        found = path.stat()
        where = path.resolve()
    except OSError:
        return None
    return f"{where}|{found.st_dev}|{found.st_ino}|{found.st_size}|{found.st_mtime_ns}"


def raise_if_damaged(path: Path, problems: list[str]) -> None:
    """Raise `DamagedDatabaseError` when `quick_check` of `path` found `problems`."""
    if problems:
        raise DamagedDatabaseError(
            path, msg("the file is damaged ({problems})", problems="; ".join(problems[:3]))
        )


def _storage_failures() -> dict[int, str]:
    """SQLite's primary result codes for "the storage let us down", and what they mean to a
    person (in the UI language)."""
    damaged = msg("the database file is damaged; close QunDesk and open it again to recover it")
    return {
        13: msg("the disk is full; free some space and try again"),  # SQLITE_FULL
        8: msg("the database file or its folder has become read-only"),  # SQLITE_READONLY
        10: msg(
            "the database file could not be read or written (was a USB stick or network "
            "drive removed?)"
        ),  # SQLITE_IOERR
        14: msg("the database file cannot be reached (was a USB stick or network drive removed?)"),
        11: damaged,
        26: damaged,
    }


def nothing_lost() -> str:
    """The sentence every failed write ends with, in the UI language."""
    return msg("Nothing of this action was saved; everything saved before is safe.")


def storage_failure(exc: BaseException) -> str | None:
    """The plain-words reason when `exc` is a storage failure (disk full, gone…), else None."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in (failures := _storage_failures()):
        return failures[code & 0xFF]
    if isinstance(exc, OSError):
        return msg("the file system refused it ({reason})", reason=exc.strerror or exc)
    return None


def check_writable(path: Path) -> None:
    """Raise `ReadOnlyError` unless the file (if any) and its folder can be written.

    Found by trying (`files.is_writable`): Windows reports Documents and Downloads as
    read-only folders (mode 0o555) although files can be made in them.
    """
    folder = path.parent
    if not folder.is_dir():
        raise ReadOnlyError(path, msg("the folder {folder} does not exist", folder=folder))
    if path.exists() and not is_writable(path):
        raise ReadOnlyError(path, msg("the file is read-only; copy it somewhere writable"))
    # SQLite writes its journal beside the file, so the folder must be writable too.
    if not is_writable(folder):
        raise ReadOnlyError(path, msg("the folder {folder} is read-only", folder=folder))


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
    """The open QunDesk database: one connection, its clock, transactions."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        read_only: bool = False,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.path = path
        self.conn = conn
        # The session's clock: every "now" and "today" of an action on this file comes from it.
        self.clock = clock
        # Opened for viewing only (another copy of the app holds the file): writes refuse.
        self.read_only = read_only
        # Where automatic backups go; None = `backups/` beside the file.
        self.backup_folder: Path | None = None
        self.lock: DatabaseLock | None = None
        # Opened with `check_later`: `quick_check` is still to run before any use.
        self.check_pending = False
        # Read before that check ended (a file unchanged since QunDesk closed it, see
        # `closed_fingerprint`): the check's problems, awaited by every write.
        self.pending_check: Callable[[], list[str]] | None = None
        # Closed: work finishing late (a worker's result) must leave it alone.
        self.closed = False

    @classmethod
    @data_errors()
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        read_only: bool = False,
        older: bool = False,
        lock: bool = False,
        backup_folder: Path | None = None,
        clock: Clock = SYSTEM_CLOCK,
        check_later: bool = False,
    ) -> Database:
        """Open (creating if allowed) and migrate a database; refuse files that aren't ours.

        Any refusal leaves the file byte-for-byte as it was; so does a file that fails
        `PRAGMA quick_check` (`DamagedDatabaseError`). With `check_later` a file that needs
        no migration is opened without that check and `check_pending` is True: the caller
        runs `quick_check` while its code loads, before anything is written (and before
        anything is read, unless the file is unchanged since QunDesk closed it; see
        `pending_check`); a file to migrate is always checked first. `lock` takes the
        one-writer lock (`DatabaseLockedError` names the holder); `read_only` opens for
        viewing only, never writing, migrating or creating anything beside the file, and
        with `older` also a file of an older schema, as it is (`info`). A new file is created
        owner-only. Any other failure of SQLite's raises `DataError`.
        """
        path = Path(path).expanduser()
        if read_only:
            return cls._open_read_only(path, backup_folder, clock, older=older)
        exists = path.exists() and path.stat().st_size > 0
        if path.exists() and path.is_dir():
            raise NotSQLiteError(path, msg("this is a folder, not a database file"))
        if not exists and not create:
            raise NotSQLiteError(path, msg("the file does not exist"))
        version, check_pending = 0, False
        if exists:
            app_id, version, has_tables = inspect_file(path)
            if app_id != APPLICATION_ID and (has_tables or app_id != 0):
                raise ForeignDatabaseError(
                    path, msg("this SQLite file was made by another program, not QunDesk")
                )
            if version > migrations.LATEST_VERSION:
                raise NewerSchemaError(
                    path,
                    msg(
                        "this database was saved by a newer QunDesk (schema {version}, this "
                        "version reads up to {latest}); please update the app",
                        version=version,
                        latest=migrations.LATEST_VERSION,
                    ),
                )
            check_pending = check_later and version == migrations.LATEST_VERSION
            if not check_pending:
                raise_if_damaged(path, quick_check(path))
        check_writable(path)
        held = DatabaseLock.acquire(path) if lock else None
        try:
            new_private_file(path)  # when new: owner-only, and SQLite gives -wal/-shm its mode
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except BaseException:
            if held is not None:
                held.release()
            raise
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            database = cls(path, conn, clock=clock)
            database.backup_folder = backup_folder
            database._migrate(version, backup=exists and version > 0)
            if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
                raise ReadOnlyError(path, msg("the database cannot use a write-ahead log here"))
            conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            conn.close()
            if held is not None:
                held.release()
            raise
        database.lock = held
        database.check_pending = check_pending
        return database

    @classmethod
    def _open_read_only(
        cls, path: Path, backup_folder: Path | None, clock: Clock, *, older: bool = False
    ) -> Database:
        """Open for viewing: `mode=ro`, no migration, no lock, every write refused."""
        if not path.is_file() or path.stat().st_size == 0:
            raise NotSQLiteError(path, msg("the file does not exist"))
        app_id, version, _has_tables = inspect_file(path)
        if app_id != APPLICATION_ID:
            raise ForeignDatabaseError(
                path, msg("this SQLite file was made by another program, not QunDesk")
            )
        if version > migrations.LATEST_VERSION:
            raise NewerSchemaError(
                path,
                msg(
                    "this database was saved by a newer QunDesk (schema {version}, this "
                    "version reads up to {latest}); please update the app",
                    version=version,
                    latest=migrations.LATEST_VERSION,
                ),
            )
        if version != migrations.LATEST_VERSION and not (older and version > 0):
            raise DatabaseOpenError(
                path,
                msg(
                    "this database has schema {version} and this QunDesk reads "
                    "{latest}; it cannot be upgraded while viewing read-only",
                    version=version,
                    latest=migrations.LATEST_VERSION,
                ),
            )
        problems = quick_check(path)
        if problems:
            raise DamagedDatabaseError(
                path, msg("the file is damaged ({problems})", problems="; ".join(problems[:3]))
            )
        conn = sqlite3.connect(
            read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        database = cls(path, conn, read_only=True, clock=clock)
        database.backup_folder = backup_folder
        return database

    def _migrate(self, version: int, *, backup: bool) -> None:
        """Bring the schema up to date, copying the file first when it holds data."""
        if version >= migrations.LATEST_VERSION:
            return
        if backup:
            make_backup(
                self.conn,
                self.path,
                f"before-v{migrations.LATEST_VERSION}",
                folder=self.backup_folder,
                now=self.clock.now(),
            )
        try:
            migrations.apply(self.conn, version)
        except Exception as exc:  # any failure in a step means the same: nothing was changed
            raise MigrationError(
                self.path,
                msg("upgrading the database failed and nothing was changed ({exc})", exc=exc),
            ) from exc

    @property
    def version(self) -> int:
        """The schema version stored in the file."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def larger_cache(self, megabytes: int) -> Iterator[None]:
        """A page cache of `megabytes` for a bulk write, the usual one again afterwards.

        Rows written in an order other than an index's (a chat import writes per day; the
        speakers' index is per speaker) touch pages all over the index; with the whole
        index in memory each page is written once. The memory is given back at the end.
        """
        before = int(self.conn.execute("PRAGMA cache_size").fetchone()[0])
        self.conn.execute(f"PRAGMA cache_size = {-1024 * int(megabytes)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {before}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action: everything inside commits together or not at all.

        Nested use becomes a savepoint, so a helper that opens its own transaction can be
        called from inside a bigger action.

        A read-only database, a file that has vanished, a full disk or a file turned
        read-only raise `WriteFailedError` in plain words; the transaction is rolled back,
        so everything committed before stays as it was and the app can go on. Any other
        `sqlite3.Error` of the action (a constraint refusing a row…) leaves as `DataError`
        with SQLite's message; inside a savepoint it passes unchanged to the outer action.
        """
        if self.conn.in_transaction:
            name = f"sp{id(object())}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:  # SQLite may have rolled back already
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
            return
        self.await_check()
        self._check_can_write()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                # After SQLITE_FULL or an I/O error SQLite may have rolled back itself.
                if self.conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            reason = storage_failure(exc)
            if reason is None:
                raise DataError(str(exc)) from exc
            raise WriteFailedError(
                msg(
                    "Could not save: {reason}. {nothing_lost}",
                    reason=reason,
                    nothing_lost=nothing_lost(),
                )
            ) from exc

    def await_check(self) -> None:
        """Wait for the check of a file read before it ended (`pending_check`); a damaged
        file raises `DamagedDatabaseError` at every write, and is never written."""
        if self.pending_check is None:
            return
        raise_if_damaged(self.path, self.pending_check())
        self.pending_check = None
        self.check_pending = False

    def _check_can_write(self) -> None:
        if self.read_only:
            raise WriteFailedError(
                msg(
                    "This database is open read-only, because another copy of QunDesk is "
                    "changing it. Close the other copy, then open the file again to make "
                    "changes."
                )
            )
        if not self.path.exists():
            raise WriteFailedError(
                msg(
                    "Could not save: the database file {path} is gone (was a USB stick or "
                    "network drive removed?). Put it back, then try again. {nothing_lost}",
                    path=self.path,
                    nothing_lost=nothing_lost(),
                )
            )

    def counts(self) -> dict[str, int]:
        """Row count of every table in the file, in `TABLES` order (older schemas lack some)."""
        present = {str(name) for (name,) in self.conn.execute("SELECT name FROM sqlite_master")}
        return {
            table: int(self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in TABLES
            if table in present
        }

    def close(self) -> None:
        """Checkpoint the write-ahead log and close the connection."""
        self.closed = True
        if not self.read_only and self.pending_check is None:  # a write: never unchecked
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


@contextlib.contextmanager
def open_for_reading(path: Path, *, clock: Clock = SYSTEM_CLOCK) -> Iterator[Database]:
    """The database at `path`, read-only and at this app's schema; `path` is never written.

    A file of an older schema is copied into a private temporary folder, the copy upgraded
    and read instead, and the folder removed afterwards: reading needs today's tables, yet
    upgrading the owner's own file would write it (and a backup beside it), and an older
    QunDesk could no longer open it. The copy is made through SQLite's backup API from the
    read-only connection, so it is one consistent snapshot.
    """
    database = Database.open(path, read_only=True, older=True, clock=clock)
    if database.version == migrations.LATEST_VERSION:
        try:
            yield database
        finally:
            database.close()
        return
    with tempfile.TemporaryDirectory(prefix="qundesk-upgrade-") as folder:
        copy = Path(folder) / path.name
        try:
            new_private_file(copy)
            dest = sqlite3.connect(copy, isolation_level=None)
            try:
                database.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")  # the copy is read, never shared
                dest.execute("PRAGMA foreign_keys = ON")  # as `Database.open` migrates
                migrations.apply(dest, database.version)
            except Exception as exc:  # any failure of a step means the same, as in `_migrate`
                raise MigrationError(
                    path,
                    msg(
                        "a copy of this older database could not be upgraded to read ({exc})",
                        exc=exc,
                    ),
                ) from exc
            finally:
                dest.close()
        finally:
            database.close()
        upgraded = Database.open(copy, read_only=True, clock=clock)
        try:
            yield upgraded
        finally:
            upgraded.close()
