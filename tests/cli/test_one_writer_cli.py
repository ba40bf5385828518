"""One writer: every `qundesk` command that writes refuses a database another copy holds."""

from __future__ import annotations

import hashlib
import os
import socket
from pathlib import Path

from desktop.models.storage.db import Database
from desktop.models.storage.lockfile import DatabaseLock, lock_path
from tests.cli.test_cli import _one_line_error, qundesk
from tests.cli.test_import_cli import SHEETS

WRITING_COMMANDS = {
    "demo": ("demo", "--members", "10"),
    "import": ("import", "members", SHEETS / "bad_rows.xlsx", "--skip-invalid"),
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_writing_command_refuses_a_held_database_with_one_message(
    tmp_path: Path, data_dir: Path
) -> None:
    db = tmp_path / "q.sqlite"
    Database.open(db).close()
    before = _sha256(db)
    lock = DatabaseLock.acquire(db)  # this test process plays the open window
    try:
        errors = {
            name: _one_line_error(qundesk("--db", db, *command, data_dir=data_dir))
            for name, command in WRITING_COMMANDS.items()
        }
        assert lock.still_held()
    finally:
        lock.release()
    assert len(set(errors.values())) == 1, errors  # the same words, whatever the command
    line = errors["demo"]
    assert f"on {socket.gethostname()} (process {os.getpid()})" in line
    assert "since " in line and "Close that copy" in line and str(lock_path(db)) in line
    assert _sha256(db) == before  # demo wrote nothing into the held file
    # once the holder is gone, the same command works
    done = qundesk("--db", db, *WRITING_COMMANDS["demo"], data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "Demo written" in done.stdout
