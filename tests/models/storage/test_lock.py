"""One writer per database: the lock file, a second copy refused, a crashed copy's lock taken."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from desktop.models.core.clock import SYSTEM_CLOCK
from desktop.models.core.errors import DatabaseLockedError, DatabaseOpenError, WriteFailedError
from desktop.models.storage import lockfile
from desktop.models.storage.db import Database

HOLDER = """
import sys
from desktop.models.storage.db import Database
db = Database.open(sys.argv[1], lock=True)
with db.transaction() as conn:
    conn.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
print("locked", flush=True)
sys.stdin.readline()
"""


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_lock_file_names_host_pid_and_time_and_goes_away_on_close(database: Database) -> None:
    path = database.path
    database.close()
    held = Database.open(path, lock=True)
    try:
        data = json.loads(lockfile.lock_path(path).read_text(encoding="utf-8"))
        assert data["host"] == socket.gethostname() and data["pid"] == os.getpid()
        assert dt.datetime.fromisoformat(data["since"]) <= SYSTEM_CLOCK.aware_now()
        with pytest.raises(DatabaseLockedError) as caught:
            Database.open(path, lock=True)
        holder = caught.value.holder
        assert isinstance(holder, lockfile.LockHolder) and holder.pid == os.getpid()
        assert f"process {os.getpid()}" in str(caught.value)
    finally:
        held.close()
    assert not lockfile.lock_path(path).exists()
    Database.open(path, lock=True).close()  # free again


def test_second_copy_is_refused_then_takes_over_when_the_first_is_killed(
    database: Database,
) -> None:
    path = database.path
    database.close()
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "locked"
            with pytest.raises(DatabaseLockedError) as caught:
                Database.open(path, lock=True)
            holder = caught.value.holder
            assert isinstance(holder, lockfile.LockHolder)
            assert (holder.host, holder.pid) == (socket.gethostname(), child.pid)
            # read-only viewing works meanwhile, and sees what the holder committed
            viewer = Database.open(path, read_only=True)
            try:
                held = viewer.conn.execute("SELECT value FROM settings WHERE key = 'held'")
                assert held.fetchone() == ("yes",)
                with pytest.raises(WriteFailedError, match="read-only"), viewer.transaction():
                    pass
            finally:
                viewer.close()
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
    taken = Database.open(path, lock=True)  # the crashed copy's lock is stale
    try:
        assert taken.lock is not None and taken.lock.taken_over is not None
        assert taken.lock.taken_over.pid == child.pid
        assert lockfile.read_holder(path) == taken.lock.holder
        held = taken.conn.execute("SELECT value FROM settings WHERE key = 'held'")
        assert held.fetchone() == ("yes",)  # committed before the kill, still there
    finally:
        taken.close()


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite"
    dead = _dead_pid()
    stale = lockfile.LockHolder(socket.gethostname(), dead, dt.datetime(2026, 11, 1, 8, 0))
    lockfile.lock_path(path).write_text(stale.to_json(), encoding="utf-8")
    database = Database.open(path, lock=True)
    try:
        assert database.lock is not None and database.lock.taken_over == stale
        assert lockfile.read_holder(path) == database.lock.holder
    finally:
        database.close()
    assert not lockfile.lock_path(path).exists()
    assert [p.name for p in tmp_path.iterdir() if "stale" in p.name] == []


def test_lock_from_another_computer_is_respected(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    other = lockfile.LockHolder("laptop-2", _dead_pid(), dt.datetime(2026, 11, 23, 9, 30))
    lockfile.lock_path(path).write_text(other.to_json(), encoding="utf-8")
    with pytest.raises(DatabaseLockedError, match="laptop-2") as caught:
        Database.open(path, lock=True)
    assert caught.value.holder == other
    assert "since 2026-11-23 09:30" in str(caught.value)
    assert not path.exists()  # refused before anything was created


def _lock_json(pid: int, started: float | None, host: str | None = None) -> str:
    """A lock file as QunDesk writes it, naming `pid` started at `started`."""
    return json.dumps(
        {
            "app": "QunDesk",
            "host": host or socket.gethostname(),
            "pid": pid,
            "since": "2026-11-23T09:30:00+08:00",
            "started": started,
        }
    )


@pytest.mark.parametrize(
    ("offset", "taken"),
    [(0.0, False), (0.5, False), (-0.5, False), (5.0, True), (-5.0, True), (-3600.0, True)],
)
def test_a_live_pid_counts_only_when_its_process_started_when_the_holder_did(
    tmp_path: Path, offset: float, taken: bool
) -> None:
    """After a crash the pid may run an unrelated process: the start time tells them apart."""
    path = tmp_path / "q.sqlite"
    with subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    ) as child:
        try:
            real_start = psutil.Process(child.pid).create_time()
            lockfile.lock_path(path).write_text(
                _lock_json(child.pid, real_start + offset), encoding="utf-8"
            )
            if taken:
                database = Database.open(path, lock=True)
                try:
                    assert database.lock is not None and database.lock.taken_over is not None
                    assert database.lock.taken_over.pid == child.pid
                    assert lockfile.read_holder(path) == database.lock.holder
                finally:
                    database.close()
            else:
                with pytest.raises(DatabaseLockedError) as caught:
                    Database.open(path, lock=True)
                message = str(caught.value)
                assert f"process {child.pid}" in message and "since 2026-11-23 09:30" in message
                assert socket.gethostname() in message
                assert "Close that copy" in message and str(lockfile.lock_path(path)) in message
                assert not path.exists()
        finally:
            child.kill()
            child.communicate()


def test_the_lock_records_this_process_start_time(database: Database) -> None:
    path = database.path
    database.close()
    held = Database.open(path, lock=True)
    try:
        data = json.loads(lockfile.lock_path(path).read_text(encoding="utf-8"))
        assert data["started"] == pytest.approx(psutil.Process().create_time(), abs=0.01)
        # a second open from this very process is still refused: same pid, same start
        with pytest.raises(DatabaseLockedError):
            Database.open(path, lock=True)
    finally:
        held.close()


def test_a_lock_from_another_computer_says_so_and_how_to_proceed(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    lock = lockfile.lock_path(path)
    lock.write_text(_lock_json(_dead_pid(), 1.0e9, host="laptop-2"), encoding="utf-8")
    with pytest.raises(DatabaseLockedError) as caught:
        Database.open(path, lock=True)
    message = str(caught.value)
    assert "laptop-2" in message and "another computer" in message
    assert f"delete {lock}" in message
    assert lock.exists() and not path.exists()


@pytest.mark.parametrize("code", [errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)])
def test_a_full_disk_while_locking_says_so_and_leaves_no_lock(
    database: Database, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    path = database.path
    database.close()
    before = path.read_bytes()

    def full(_fd: int, _data: bytes) -> int:
        raise OSError(code, os.strerror(code))

    with monkeypatch.context() as patched:
        patched.setattr(lockfile.os, "write", full)
        with pytest.raises(DatabaseOpenError) as caught:
            Database.open(path, lock=True)
    message = str(caught.value)
    assert "the disk is full" in message and "Errno" not in message
    assert not lockfile.lock_path(path).exists()
    assert path.read_bytes() == before
    again = Database.open(path, lock=True)  # at once: no empty lock left to wait out
    try:
        assert again.lock is not None and again.lock.taken_over is None
    finally:
        again.close()
