"""Restoring a backup over the open database (prepare, then swap in), or to a new file.

Restoring over the open database backs it up first (`before-restore`) and swaps the verified
copy in with one `os.replace`, so the file is always either the old one or the restored one.
A backup not known to be this database's own needs the owner's confirmation.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from desktop.models.core.errors import BackupError, QunDeskError, data_errors
from desktop.models.core.messages import msg
from desktop.models.storage.backups import (
    ORIGIN_OTHER,
    ORIGIN_OWN,
    REASON_RESTORE,
    BackupCancelledError,
    BackupInfo,
    OpenDatabase,
    connect_read_only,
    copy_database,
    database_id_of,
    list_backups,
    make_backup,
    origin_of,
    verify,
)
from desktop.models.storage.files import sync_folder

D = TypeVar("D", bound=OpenDatabase)


class OtherDatabaseBackupError(BackupError):
    """The backup is not known to come from this database; restoring it needs confirmation."""

    def __init__(self, message: str, origin: str, copied_from: str | None) -> None:
        self.origin = origin
        self.copied_from = copied_from
        super().__init__(message)


class RestoreFailedError(BackupError):
    """The restore did not happen; the old file is in place and reopened as `database`.

    `file_in_use`: another program held the file, so it could not be replaced.
    """

    def __init__(self, message: str, db: OpenDatabase, *, file_in_use: bool = False) -> None:
        self.database = db
        self.file_in_use = file_in_use
        super().__init__(message)


def newest_good_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest of the database's own backups that passes `verify`, or None."""
    for backup in list_backups(db_path, folder):
        if verify(backup.path) is None:
            return backup
    return None


def copy_backup_to(backup: Path, target: Path) -> Path:
    """Write a verified copy of `backup` to the new file `target` (never over an old one).

    The new file keeps the backup's identity: it is that database brought back (the damaged
    file it replaces is never opened for writing again).
    """
    problem = verify(backup)
    if problem is not None:
        raise BackupError(
            msg("{name} cannot be used: {problem}", name=backup.name, problem=problem)
        )
    if target.exists():
        raise BackupError(msg("{target} already exists", target=target))
    temp = target.with_name(f".{target.name}.partial")
    try:
        source = connect_read_only(backup)
        try:
            copy_database(source, temp, identity=(None, None))
        finally:
            source.close()
        os.replace(temp, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise BackupError(
            msg(
                "could not copy {name} to {target}: {exc}", name=backup.name, target=target, exc=exc
            )
        ) from exc
    return target


def restore(
    db: D,
    backup: Path,
    *,
    now: dt.datetime | None = None,
    other_database_ok: bool = False,
) -> D:
    """Replace the open database's file with `backup`; returns the reopened database.

    The current file is backed up first (`before-restore`). The backup is copied beside
    the file under a temporary name and swapped in with one `os.replace`, after the
    database is closed and its write-ahead log files removed, so at any moment the file is
    either the old one or the restored one. The lock (if held) stays held throughout.
    """
    prepared = prepare_restore(db, backup, now=now, other_database_ok=other_database_ok)
    return finish_restore(db, prepared)


@dataclass(frozen=True)
class PreparedRestore:
    """A verified copy of a backup beside the database, ready to be swapped in."""

    temp: Path
    safety: BackupInfo | None


@data_errors()
def prepare_restore(
    db: OpenDatabase,
    backup: Path,
    *,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    other_database_ok: bool = False,
) -> PreparedRestore:
    """The slow half of a restore, safe off the GUI thread: back up, then copy `backup`.

    The current file is only read (through a connection of its own); stopping leaves it
    as it was, with no temporary copy behind. A backup not known to be this database's own
    raises `OtherDatabaseBackupError` unless `other_database_ok` (the owner confirmed it).
    Either way the restored file keeps this database's identity, so its own backups (the
    one made just before, too) stay its own and the other database's stay the other's.
    """
    if db.read_only:
        raise BackupError(msg("a database open read-only cannot be restored"))
    problem = verify(backup)
    if problem is not None:
        raise BackupError(
            msg("{name} cannot be restored: {problem}", name=backup.name, problem=problem)
        )
    origin, copied_from = origin_of(backup, db.path)
    if origin != ORIGIN_OWN and not other_database_ok:
        if origin == ORIGIN_OTHER:
            whose = (
                msg("it belongs to another database (it was copied from {path})", path=copied_from)
                if copied_from
                else msg("it belongs to another database")
            )
        else:
            whose = msg("it does not say which database it came from (an older QunDesk made it)")
        raise OtherDatabaseBackupError(
            msg(
                "{name} was not restored: {whose}; nothing was changed",
                name=backup.name,
                whose=whose,
            ),
            origin,
            copied_from,
        )
    path = db.path
    reader = sqlite3.connect(path, check_same_thread=False)
    try:
        database_id = database_id_of(reader)
        safety = make_backup(
            reader,
            path,
            REASON_RESTORE,
            folder=db.backup_folder,
            now=now or db.clock.now(),
            progress=progress,
            cancelled=cancelled,
        )
    finally:
        reader.close()
    temp = path.with_name(f".{path.name}.restoring")
    try:
        source = connect_read_only(backup)
        try:
            copy_database(
                source,
                temp,
                progress=progress,
                cancelled=cancelled,
                identity=(database_id, None),
            )
        finally:
            source.close()
    except BackupCancelledError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise BackupError(msg("could not read {name}: {exc}", name=backup.name, exc=exc)) from exc
    return PreparedRestore(temp, safety)


@data_errors()
def finish_restore(db: D, prepared: PreparedRestore) -> D:
    """The quick half of a restore, on the thread that owns `db`: swap and reopen."""
    path, folder, clock = db.path, db.backup_folder, db.clock
    temp, safety = prepared.temp, prepared.safety
    held, db.lock = db.lock, None
    db.close()  # checkpoints the log into the old file and removes it
    try:
        for suffix in ("-wal", "-shm"):
            # A log left beside the new file would be replayed into it: remove it first.
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()
        os.replace(temp, path)
    except OSError as exc:
        # Windows refuses to replace (or delete) a file another program holds open: an
        # antivirus scanning it, a sync app (OneDrive) uploading it, a second copy viewing
        # it. The old file is whole: reopen it so the window goes on with it.
        with contextlib.suppress(OSError):
            temp.unlink()
        reopened = type(db).open(path, create=False, backup_folder=folder, clock=clock)
        reopened.lock = held
        raise RestoreFailedError(
            msg(
                "{name} could not be replaced because another program is using it (for "
                "example an antivirus or a sync app such as OneDrive): {reason}. "
                "Nothing was changed; wait a moment, or close that program, and "
                "restore again",
                name=path.name,
                reason=exc.strerror or exc,
            ),
            reopened,
            file_in_use=isinstance(exc, PermissionError),
        ) from exc
    sync_folder(path.parent)
    try:
        reopened = type(db).open(path, create=False, backup_folder=folder, clock=clock)
    except (QunDeskError, sqlite3.Error) as exc:
        # Should not happen (the copy was verified); put the file back as it was.
        if safety is not None:
            os.replace(copy_backup_to(safety.path, temp), path)
        reopened = type(db).open(path, create=False, backup_folder=folder, clock=clock)
        reopened.lock = held
        raise RestoreFailedError(
            msg("the restored file could not be opened ({exc}); nothing was changed", exc=exc),
            reopened,
        ) from exc
    reopened.lock = held
    return reopened
