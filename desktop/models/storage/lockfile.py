"""One writer per database: a lock file beside it naming the host, process and start time.

The lock is `<database>.lock`, created owner-only with O_CREAT|O_EXCL so only one process can
make it, holding JSON `{"host", "pid", "since", "started", "app"}`; `started` is when the
holding process started (the system's process start time). On the same host a lock is stale,
and taken over, when its process is gone or a process with its pid started at another time
(the pid was reused after a crash). A lock from another host (a shared folder) cannot be
checked: it is respected, and the message says how to proceed if that copy is gone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

import psutil

from desktop.models.core.clock import SYSTEM_CLOCK
from desktop.models.core.errors import DatabaseLockedError, DatabaseOpenError
from desktop.models.core.messages import msg
from desktop.models.storage.files import PRIVATE_FILE_MODE, is_disk_full

LOCK_SUFFIX = ".lock"
APP_NAME = "QunDesk"
# An unreadable lock younger than this may be one another copy is still writing.
HALF_WRITTEN_GRACE_S = 10.0
# Two readings of one process's start time differ by rounding only; another process with
# the same pid started at least this much later.
SAME_START_S = 1.0


@dataclass(frozen=True)
class LockHolder:
    """Who holds a database: the computer, the process id, since when, the process's start."""

    host: str
    pid: int
    since: dt.datetime | None
    started: float | None = None  # the process's start time (seconds since the epoch)

    @classmethod
    def current(cls, now: dt.datetime | None = None) -> LockHolder:
        """This process, now."""
        since = now if now is not None else SYSTEM_CLOCK.aware_now()
        pid = os.getpid()
        return cls(socket.gethostname(), pid, since.replace(microsecond=0), process_started(pid))

    def to_json(self) -> str:
        """The lock file's content."""
        return json.dumps(
            {
                "app": APP_NAME,
                "host": self.host,
                "pid": self.pid,
                "since": self.since.isoformat() if self.since is not None else None,
                "started": self.started,
            }
        )

    @classmethod
    def from_text(cls, text: str) -> LockHolder | None:
        """Parse a lock file; None when it is not one of ours (or half written)."""
        try:
            data = json.loads(text)
            since = dt.datetime.fromisoformat(data["since"]) if data.get("since") else None
            started = data.get("started")  # absent from locks of older versions
            return cls(
                str(data["host"]),
                int(data["pid"]),
                since,
                float(started) if started is not None else None,
            )
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


def process_started(pid: int) -> float | None:
    """When the process `pid` of this computer started; None when gone or not visible."""
    try:
        return float(psutil.Process(pid).create_time())
    except (psutil.Error, OSError, ValueError):
        return None


def is_stale(holder: LockHolder | None) -> bool:
    """A lock nobody can be holding: unreadable, or no longer its process on this host.

    The pid alone cannot tell: after a crash the system may give it to an unrelated
    process, so the process running under it must also have started when the holder did.
    A lock of an older version carries no start time and is respected while its pid runs
    (comparing its wall-clock `since` would trust a clock that may have been changed).
    """
    if holder is None:
        return True
    if holder.host != socket.gethostname():
        return False  # another computer's processes cannot be checked from here
    if not pid_alive(holder.pid):
        return True
    started = process_started(holder.pid)
    if started is None:
        return False  # alive but not ours to inspect: respect it
    return holder.started is not None and abs(started - holder.started) > SAME_START_S


def may_be_gone(holder: LockHolder | None) -> bool:
    """Whether the owner may know better than the app that `holder` is no longer running.

    True for a lock from another computer (whose processes cannot be seen from here) and
    for one whose process cannot be told apart from an unrelated one that got its pid: a
    lock of an older version without a start time, or a process the system will not let
    this user inspect. False when the holder is surely running (its pid started when the
    lock says) and for a lock still being written.
    """
    if holder is None:
        return False
    if holder.host != socket.gethostname():
        return True
    if not pid_alive(holder.pid):
        return True
    started = process_started(holder.pid)
    return holder.started is None or started is None or abs(started - holder.started) > SAME_START_S


def break_lock(db_path: Path, holder: LockHolder) -> bool:
    """Remove `db_path`'s lock if it still names `holder` (the owner said it is gone).

    Whether it was removed: False when the lock has changed meanwhile (another copy took
    it, or it was released), so a running copy is never thrown off by a stale decision.
    """
    path = lock_path(db_path)
    aside = path.with_name(f"{path.name}.stale-{os.getpid()}")
    try:
        if LockHolder.from_text(path.read_text(encoding="utf-8")) != holder:
            return False
        os.replace(path, aside)  # one step: a copy taking the lock meanwhile keeps its own
    except OSError:
        return False
    with contextlib.suppress(OSError):
        aside.unlink()
    return True


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
                raise DatabaseLockedError(db_path, _held_message(holder, lock.path), holder)
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
            _held_message(holder, lock.path)
            if holder
            else msg(
                "another QunDesk is opening this database; try again in a moment. If no "
                "QunDesk is running, delete {lock_file} and try again",
                lock_file=lock.path,
            ),
            holder,
        )

    def _create(self) -> bool:
        """Make the lock file naming this process; False when one exists already.

        A write that fails (a full disk) removes the file again, so no empty lock is left
        to block the next start, and raises `DatabaseOpenError` in plain words.
        """
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        except FileExistsError:
            return False
        except OSError as exc:
            raise _lock_failed(self.db_path, exc) from exc
        try:
            try:
                os.write(fd, self.holder.to_json().encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise _lock_failed(self.db_path, exc) from exc
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


def _lock_failed(db_path: Path, exc: OSError) -> DatabaseOpenError:
    if is_disk_full(exc):
        return DatabaseOpenError(
            db_path,
            msg(
                "the disk is full, so QunDesk could not mark the database as in use; free "
                "some space and try again"
            ),
        )
    return DatabaseOpenError(
        db_path,
        msg(
            "the lock file beside the database could not be written ({reason})",
            reason=exc.strerror or exc,
        ),
    )


def _held_message(holder: LockHolder, lock_file: Path) -> str:
    """Who holds the database, since when, and what to do about it."""
    since = holder.since.strftime("%Y-%m-%d %H:%M") if holder.since is not None else "?"
    held = msg(
        "QunDesk on {host} (process {pid}) has had this database open since {since}; only "
        "one copy of the app may change it at a time",
        host=holder.host,
        pid=holder.pid,
        since=since,
    )
    if holder.host != socket.gethostname():
        return msg(
            "{held}. That is another computer: close QunDesk there and try again. If it is "
            "no longer running there (the computer was switched off or crashed), delete "
            "{lock_file} and try again",
            held=held,
            lock_file=lock_file,
        )
    return msg(
        "{held}. Close that copy (or wait for its command to finish) and try again. If "
        "process {pid} is not QunDesk, delete {lock_file} and try again",
        held=held,
        pid=holder.pid,
        lock_file=lock_file,
    )
