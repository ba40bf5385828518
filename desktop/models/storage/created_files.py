"""What a command creates at a new database path, to take back when it ends with nothing.

`qundesk --db new/folder/club.sqlite import members bad.csv` makes the folders and an empty
database before the file's rows are checked; refused, it should leave no trace of itself.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop.models.storage.lockfile import lock_path

# Beside a database SQLite may make these while it is open (and the lock is ours).
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class CreatedFiles:
    """The database file and folders that did not exist before a command."""

    files: tuple[Path, ...]
    folders: tuple[Path, ...]  # outermost first

    @classmethod
    def before(cls, path: Path) -> CreatedFiles:
        """Note what is missing at `path` before anything is made there.

        An existing database is never touched: nor is anything beside it, which another
        copy of the app may be using.
        """
        path = path.expanduser().absolute()
        if path.exists():
            return cls((), ())
        companions = [path.with_name(path.name + end) for end in _COMPANIONS]
        files = tuple(p for p in (path, *companions, lock_path(path)) if not p.exists())
        folders: list[Path] = []
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folders.append(folder)
            folder = folder.parent
        return cls(files, tuple(reversed(folders)))

    def remove(self) -> None:
        """Delete them again (the database must be closed)."""
        for path in self.files:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        # Nothing was in these folders before the command made them.
        if self.folders:
            shutil.rmtree(self.folders[0], ignore_errors=True)
