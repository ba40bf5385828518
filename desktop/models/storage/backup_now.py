"""File → Backup now: a copy of the open database taken off the GUI thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop.models.core.errors import data_errors
from desktop.models.storage import backups
from desktop.models.storage.db import Database


@data_errors()
def backup_in_background(
    db: Database,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> backups.BackupInfo:
    """A manual backup (rotation never deletes it), read through a connection of its own.

    WAL lets this connection copy the committed state from a worker thread while the
    window keeps using `db.conn`.
    """
    conn = sqlite3.connect(db.path, check_same_thread=False)
    try:
        return backups.make_backup(
            conn,
            db.path,
            backups.REASON_MANUAL,
            folder=db.backup_folder,
            now=db.clock.now(),
            progress=progress,
            cancelled=cancelled,
        )
    finally:
        conn.close()
