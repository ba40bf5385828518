"""One writer per database: a lock file beside it naming the host, process and start time.

The lock is `<database>.lock`, created with O_CREAT|O_EXCL so only one process can make it,
holding JSON `{"host", "pid", "since", "app"}`. A lock whose process is gone (same host, pid
no longer running) was left by a crash and is taken over. A lock from another host (a
shared folder) cannot be checked and is always respected.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from desktop.models.clock import SYSTEM_CLOCK
from desktop.models.errors import DatabaseLockedError

LOCK_SUFFIX = ".lock"
APP_NAME = "QunDesk"
# An unreadable lock younger than this may be one another copy is still writing.
HALF_WRITTEN_GRACE_S = 10.0


@dataclass(frozen=True)
class LockHolder:
    """Who holds a database: the computer, the process id and since when."""

    host: str
    pid: int
    since: dt.datetime | None

    @classmethod
    def current(cls, now: dt.datetime | None = None) -> LockHolder:
        """This process, now."""
        since = now if now is not None else SYSTEM_CLOCK.aware_now()
        return cls(socket.gethostname(), os.getpid(), since.replace(microsecond=0))

    def to_json(self) -> str:
        """The lock file's content."""
        return json.dumps(
            {
                "app": APP_NAME,
                "host": self.host,
                "pid": self.pid,
                "since": self.since.isoformat() if self.since is not None else None,
            }
        )

    @classmethod
    def from_text(cls, text: str) -> LockHolder | None:
        """Parse a lock file; None when it is not one of ours (or half written)."""
        try:
            data = json.loads(text)
            since = dt.datetime.fromisoformat(data["since"]) if data.get("since") else None
            return cls(str(data["host"]), int(data["pid"]), since)
        except (ValueError, KeyError, TypeError):
            return None


def lock_path(db_path: Path) -> Path:
    """Where the lock of `db_path` lives."""
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows has no signal 0
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, it just isn't ours
        return True
    return True


def is_stale(holder: LockHolder | None) -> bool:
    """A lock nobody can be holding: unreadable, or its process on this host is gone."""
    if holder is None:
        return True
    return holder.host == socket.gethostname() and not pid_alive(holder.pid)


def read_holder(db_path: Path) -> LockHolder | None:
    """The current holder of `db_path`'s lock, or None when unlocked (or unreadable)."""
    try:
        return LockHolder.from_text(lock_path(db_path).read_text(encoding="utf-8"))
    except OSError:
        return None


class DatabaseLock:
    """A held lock on one database file; `release()` (or closing the database) frees it."""

    def __init__(self, db_path: Path, holder: LockHolder) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.holder = holder
        self.taken_over: LockHolder | None = None  # the stale holder replaced, if any

    @classmethod
    def acquire(cls, db_path: Path, *, now: dt.datetime | None = None) -> DatabaseLock:
        """Take the lock or raise `DatabaseLockedError` naming who holds it.

        A stale lock (its process is gone) is replaced; the replaced holder is kept in
        `taken_over` so the app can say a previous session did not end cleanly.
        """
        me = LockHolder.current(now)
        lock = cls(db_path, me)
        for _attempt in range(3):
            if lock._create():
                return lock
            try:
                text = lock.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                continue  # released between our two steps: try again
            holder = LockHolder.from_text(text)
            if holder is None and _age_seconds(lock.path) < HALF_WRITTEN_GRACE_S:
                break  # another copy is writing it right now
            if holder is not None and not is_stale(holder):
                raise DatabaseLockedError(db_path, _held_message(holder), holder)
            # Move the stale file aside first, only if it is still the one we judged stale,
            # so two starting copies cannot both take it over.
            aside = lock.path.with_name(f"{lock.path.name}.stale-{me.pid}")
            try:
                if lock.path.read_text(encoding="utf-8") != text:
                    continue
                os.replace(lock.path, aside)
            except FileNotFoundError:
                continue
            with contextlib.suppress(OSError):
                aside.unlink()
            lock.taken_over = holder
        holder = read_holder(db_path)
        raise DatabaseLockedError(
            db_path,
            _held_message(holder) if holder else "another QunDesk is opening this database",
            holder,
        )

    def _create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        try:
            os.write(fd, self.holder.to_json().encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        return True

    def still_held(self) -> bool:
        """Whether the lock file still names this process."""
        return read_holder(self.db_path) == self.holder

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if self.still_held():
            with contextlib.suppress(OSError):
                self.path.unlink()


def _age_seconds(path: Path) -> float:
    try:
        # the file's time is the system's: compare it with the system's clock, not a session's
        return SYSTEM_CLOCK.timestamp() - path.stat().st_mtime
    except OSError:
        return 0.0


def _held_message(holder: LockHolder) -> str:
    since = holder.since.strftime("%Y-%m-%d %H:%M") if holder.since is not None else "?"
    return (
        f"QunDesk on {holder.host} (process {holder.pid}) has had this database open "
        f"since {since}; only one copy of the app may change it at a time"
    )
