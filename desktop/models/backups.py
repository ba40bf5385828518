"""Automatic backups: verified copies in `backups/`, their rotation, and restoring one.

A backup is a consistent copy made through SQLite's backup API, written under a hidden
temporary name, checked with `PRAGMA integrity_check` and only then given its real name;
only after that are older copies rotated out, so a bad copy never costs a good one.

Names are `<stem>-<reason>-<YYYYMMDD-HHMMSS>.sqlite` (`<stem>-<stamp>.sqlite` for copies
made by hand). Rotation keeps the newest copy of each of the 7 most recent days, 4 most
recent ISO weeks and 12 most recent months that have copies, plus every copy from the last
24 hours (so the copies taken before today's imports survive the day); copies made by hand
("Backup now") are never rotated out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.models import migrations
from desktop.models.errors import BackupError, QunDeskError

if TYPE_CHECKING:
    from desktop.models.db import Database

BACKUP_DIR_NAME = "backups"
REASON_DAILY = "daily"
REASON_MANUAL = "manual"
REASON_RESTORE = "before-restore"
REASON_IMPORT = "before-import"
REASON_DELETE = "before-delete"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_RECENT = dt.timedelta(hours=24)
STAMP_FORMAT = "%Y%m%d-%H%M%S"

_REASON_RE = r"(?:daily|manual|before-[a-z0-9]+(?:-[a-z0-9]+)*)"


class RestoreFailedError(BackupError):
    """The restored file could not be opened; the old file was put back and reopened."""

    def __init__(self, message: str, database: Database) -> None:
        self.database = database
        super().__init__(message)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when (local time), why and how big."""

    path: Path
    taken: dt.datetime
    reason: str
    size: int


def backup_folder(db_path: Path, folder: Path | None = None) -> Path:
    """The folder backups of `db_path` go to: `folder` if set, else `backups/` beside it."""
    return folder if folder is not None else db_path.parent / BACKUP_DIR_NAME


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(stem)}-(?:(?P<reason>{_REASON_RE})-)?(?P<stamp>\d{{8}}-\d{{6}})"
        r"(?:-(?P<n>\d+))?\.sqlite$"
    )


def parse_name(
    stem: str, name: str, size: int = 0, folder: Path | None = None
) -> BackupInfo | None:
    """The backup a file name describes, or None when it is not a backup of `stem`."""
    match = _pattern(stem).match(name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    path = (folder / name) if folder is not None else Path(name)
    return BackupInfo(path, taken, match["reason"] or REASON_MANUAL, size)


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of `db_path` in its backup folder, newest first."""
    where = backup_folder(db_path, folder)
    if not where.is_dir():
        return []
    found = []
    for entry in os.scandir(where):
        if not entry.is_file():
            continue
        info = parse_name(db_path.stem, entry.name, entry.stat().st_size, where)
        if info is not None:
            found.append(info)
    found.sort(key=lambda b: (b.taken, b.path.name), reverse=True)
    return found


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def verify(path: Path) -> str | None:
    """Why the copy at `path` is not a good QunDesk backup, or None when it is.

    Runs the full `PRAGMA integrity_check` and checks it is a QunDesk file this version
    can open.
    """
    try:
        conn = _connect_ro(path)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(5)")]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"it cannot be read ({exc})"
    if rows != ["ok"]:
        return "it is damaged (" + "; ".join(rows) + ")"
    if app_id != migrations.APPLICATION_ID:
        return "it is not a QunDesk database"
    if version > migrations.LATEST_VERSION:
        return "it was saved by a newer QunDesk"
    return None


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table in the database at `path` (read-only), in the order people think of."""
    from desktop.models.db import TABLES

    conn = _connect_ro(path)
    try:
        names = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        ordered = [t for t in TABLES if t in names] + sorted(t for t in names if t not in TABLES)
        return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in ordered}
    finally:
        conn.close()


class BackupCancelledError(BackupError):
    """The owner stopped a backup; no copy was kept."""


# Pages copied per step when the copy reports progress (4 MB with 4 KiB pages).
PAGES_PER_STEP = 1024


def copy_database(
    source: sqlite3.Connection,
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Copy the open database `source` to `target` with the backup API and sync it.

    With `progress` or `cancelled` the copy goes in steps, reporting pages done of the
    total after each; `cancelled()` returning true stops it with `BackupCancelledError`.
    """

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelledError("the backup was stopped; no copy was kept")
        if progress is not None:
            progress(total - remaining, total)

    stepwise = progress is not None or cancelled is not None
    dest = sqlite3.connect(target)
    try:
        # One fsync of the finished file below instead of one per step of the copy.
        dest.execute("PRAGMA synchronous = OFF")
        if stepwise:
            source.backup(dest, pages=PAGES_PER_STEP, progress=step)
        else:
            source.backup(dest, pages=0)
        # The copy stands alone: a rollback journal file, no write-ahead log beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unused_name(folder: Path, stem: str, reason: str, when: dt.datetime) -> Path:
    stamp = when.strftime(STAMP_FORMAT)
    prefix = stem if reason == REASON_MANUAL else f"{stem}-{reason}"
    target = folder / f"{prefix}-{stamp}.sqlite"
    n = 2
    while target.exists():
        target = folder / f"{prefix}-{stamp}-{n}.sqlite"
        n += 1
    return target


def make_backup(
    conn: sqlite3.Connection,
    db_path: Path,
    reason: str,
    *,
    folder: Path | None = None,
    now: dt.datetime,
    rotate_old: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupInfo:
    """Copy the open database into the backup folder, verify the copy, then rotate.

    Raises `BackupError` (naming the reason in plain words) when the copy cannot be made
    or fails its check, `BackupCancelledError` when `cancelled()` stopped it; then no older
    copy is touched and no partial file is left.
    """
    if not re.fullmatch(_REASON_RE, reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    where = backup_folder(db_path, folder)
    temp: Path | None = None
    try:
        where.mkdir(parents=True, exist_ok=True)
        target = _unused_name(where, db_path.stem, reason, now)
        temp = where / f".{target.name}.partial"
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        copy_database(conn, temp, progress=progress, cancelled=cancelled)
        if cancelled is not None and cancelled():
            raise BackupCancelledError("the backup was stopped; no copy was kept")
        problem = verify(temp)
        if problem is not None:
            raise BackupError(f"the backup copy failed its check: {problem}")
        os.replace(temp, target)
        temp = None
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"could not write a backup to {where}: {exc}") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    info = BackupInfo(target, now.replace(microsecond=0), reason, target.stat().st_size)
    if rotate_old:
        rotate(db_path, folder, now)
    return info


def select_kept(backups: Iterable[BackupInfo], now: dt.datetime) -> set[Path]:
    """The backups rotation keeps (see the module docstring)."""
    rotated = sorted(
        (b for b in backups if b.reason != REASON_MANUAL),
        key=lambda b: (b.taken, b.path.name),
        reverse=True,
    )
    kept = {b.path for b in rotated if now - b.taken < KEEP_RECENT}
    periods: tuple[tuple[Callable[[dt.datetime], Hashable], int], ...] = (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: tuple(t.isocalendar())[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    )
    for period_of, count in periods:
        seen: set[Hashable] = set()
        for backup in rotated:  # newest first, so the first of each period is its newest
            period = period_of(backup.taken)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            kept.add(backup.path)
    return kept | {b.path for b in backups if b.reason == REASON_MANUAL}


def rotate(db_path: Path, folder: Path | None, now: dt.datetime) -> list[Path]:
    """Delete the backups of `db_path` rotation no longer keeps; returns what was deleted."""
    backups = list_backups(db_path, folder)
    kept = select_kept(backups, now)
    removed = []
    for backup in backups:
        if backup.path not in kept:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    return removed


def backup_before(
    database: Database, reason: str, *, now: dt.datetime | None = None
) -> BackupInfo | None:
    """Back up `database` before a big change (`before-import`, `before-delete`, …).

    Call it before the transaction of a bulk import, bulk delete or restore. A database
    opened read-only is not backed up here (the copy holding it does that).
    """
    if database.read_only:
        return None
    if not reason.startswith("before-"):
        reason = f"before-{reason}"
    return make_backup(
        database.conn,
        database.path,
        reason,
        folder=database.backup_folder,
        now=now or database.clock.now(),
    )


def daily_backup(database: Database, *, now: dt.datetime | None = None) -> BackupInfo | None:
    """The backup on start: made unless a copy from today (of any kind) exists."""
    if database.read_only:
        return None
    now = now if now is not None else database.clock.now()
    if any(
        b.taken.date() == now.date() for b in list_backups(database.path, database.backup_folder)
    ):
        return None
    return make_backup(
        database.conn, database.path, REASON_DAILY, folder=database.backup_folder, now=now
    )


def manual_backup(database: Database, *, now: dt.datetime | None = None) -> BackupInfo:
    """ "Backup now": a copy rotation never deletes."""
    return make_backup(
        database.conn,
        database.path,
        REASON_MANUAL,
        folder=database.backup_folder,
        now=now or database.clock.now(),
    )


def newest_good_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes `verify`, or None."""
    for backup in list_backups(db_path, folder):
        if verify(backup.path) is None:
            return backup
    return None


def copy_backup_to(backup: Path, target: Path) -> Path:
    """Write a verified copy of `backup` to the new file `target` (never over an old one)."""
    problem = verify(backup)
    if problem is not None:
        raise BackupError(f"{backup.name} cannot be used: {problem}")
    if target.exists():
        raise BackupError(f"{target} already exists")
    temp = target.with_name(f".{target.name}.partial")
    try:
        source = _connect_ro(backup)
        try:
            copy_database(source, temp)
        finally:
            source.close()
        os.replace(temp, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise BackupError(f"could not copy {backup.name} to {target}: {exc}") from exc
    return target


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open folders
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore(database: Database, backup: Path, *, now: dt.datetime | None = None) -> Database:
    """Replace the open database's file with `backup`; returns the reopened database.

    The current file is backed up first (`before-restore`). The backup is copied beside
    the file under a temporary name and swapped in with one `os.replace`, after the
    database is closed and its write-ahead log files removed, so at any moment the file is
    either the old one or the restored one. The lock (if held) stays held throughout.
    """
    prepared = prepare_restore(database, backup, now=now)
    return finish_restore(database, prepared)


@dataclass(frozen=True)
class PreparedRestore:
    """A verified copy of a backup beside the database, ready to be swapped in."""

    temp: Path
    safety: BackupInfo | None


def prepare_restore(
    database: Database,
    backup: Path,
    *,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PreparedRestore:
    """The slow half of a restore, safe off the GUI thread: back up, then copy `backup`.

    The current file is only read (through a connection of its own); stopping leaves it
    as it was, with no temporary copy behind.
    """
    if database.read_only:
        raise BackupError("a database open read-only cannot be restored")
    problem = verify(backup)
    if problem is not None:
        raise BackupError(f"{backup.name} cannot be restored: {problem}")
    path = database.path
    reader = sqlite3.connect(path, check_same_thread=False)
    try:
        safety = make_backup(
            reader,
            path,
            REASON_RESTORE,
            folder=database.backup_folder,
            now=now or database.clock.now(),
            progress=progress,
            cancelled=cancelled,
        )
    finally:
        reader.close()
    temp = path.with_name(f".{path.name}.restoring")
    try:
        source = _connect_ro(backup)
        try:
            copy_database(source, temp, progress=progress, cancelled=cancelled)
        finally:
            source.close()
    except BackupCancelledError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise BackupError(f"could not read {backup.name}: {exc}") from exc
    return PreparedRestore(temp, safety)


def finish_restore(database: Database, prepared: PreparedRestore) -> Database:
    """The quick half of a restore, on the thread that owns `database`: swap and reopen."""
    from desktop.models.db import Database

    path, folder, clock = database.path, database.backup_folder, database.clock
    temp, safety = prepared.temp, prepared.safety
    held, database.lock = database.lock, None
    database.close()  # checkpoints the log into the old file and removes it
    for suffix in ("-wal", "-shm"):
        # A log left beside the new file would be replayed into it: remove it first.
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    os.replace(temp, path)
    _fsync_folder(path.parent)
    try:
        reopened = Database.open(path, create=False, backup_folder=folder, clock=clock)
    except (QunDeskError, sqlite3.Error) as exc:
        # Should not happen (the copy was verified); put the file back as it was.
        if safety is not None:
            os.replace(copy_backup_to(safety.path, temp), path)
        reopened = Database.open(path, create=False, backup_folder=folder, clock=clock)
        reopened.lock = held
        raise RestoreFailedError(
            f"the restored file could not be opened ({exc}); nothing was changed", reopened
        ) from exc
    reopened.lock = held
    return reopened
