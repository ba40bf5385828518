"""SIGKILL at random moments never corrupts the file nor loses a reported commit.

A forked writer (tests/crash_writer.py) prints one line per committed transaction; the
test waits for a random number of lines, kills it, and checks the file. The default suite
kills 20 times; set QUNDESK_CRASH_KILLS (e.g. 200 for the slow run) for more.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.groups import groups
from desktop.models.groups.groups import GroupDraft
from desktop.models.storage.db import Database

KILLS = int(os.environ.get("QUNDESK_CRASH_KILLS", "20"))
WRITER = Path(__file__).resolve().parents[2] / "crash_writer.py"
ROOT = WRITER.parent.parent
GROUP_NAME = "崩溃测试群"
TOKENS_PER_RUN = 1_000_000  # each run's tokens start past the previous run's


class Writer:
    """The warm parent process; `run` forks a child that writes until killed."""

    def __init__(self, path: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=ROOT,
        )
        assert self.readline() == "ready"

    def readline(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the writer died before reporting (see its stderr above)"
        return line.rstrip("\n")

    def run(self, first_token: int) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"run {first_token}\n")
        self.proc.stdin.flush()
        kind, pid = self.readline().split()
        assert kind == "pid"
        return int(pid)

    def close(self) -> None:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[tuple[Writer, Path]]:
    path = tmp_path / "crash.sqlite"
    db = Database.open(path)
    groups.create_group(db, GroupDraft(name=GROUP_NAME), today=dt.date(2026, 1, 1))
    db.close()
    proc = Writer(path)
    yield proc, path
    proc.close()


class Ledger:
    """Every transaction a writer reported, checked against the file after each kill."""

    def __init__(self) -> None:
        self.members: set[str] = set()
        self.deleted: set[str] = set()
        self.updates: dict[int, int] = {}
        self.revenue: set[str] = set()
        self.imports: set[str] = set()

    def record(self, line: str) -> None:
        kind, token, *rest = line.split()
        if kind == "member":
            self.members.add(f"crash-{token}")
        elif kind == "update":
            member_id = int(rest[0])
            self.updates[member_id] = max(self.updates.get(member_id, 0), int(token))
        elif kind == "revenue":
            self.revenue.add(f"rev-{token}")
        elif kind == "import":
            self.imports.update(f"imp-{token}-{k}" for k in range(3))
        else:
            assert kind == "delete", line
            self.deleted.add(rest[0])

    @property
    def total(self) -> int:
        return len(self.members) + len(self.updates) + len(self.revenue) + len(self.imports)

    def check(self, path: Path) -> None:
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            names = {r[0] for r in conn.execute("SELECT name FROM members")}
            trashed = {r[0] for r in conn.execute("SELECT label FROM trash")}
            # A member deleted after its report (delete not yet reported) sits in the trash.
            assert self.members - self.deleted <= names | trashed
            assert not (self.deleted & names) and self.deleted <= trashed
            assert self.imports <= names
            notes = {r[0] for r in conn.execute("SELECT note FROM revenue")}
            assert self.revenue <= notes
            for member_id, token in self.updates.items():
                (note,) = conn.execute(
                    "SELECT notes FROM members WHERE id = ?", (member_id,)
                ).fetchone()
                assert int(note[1:]) >= token  # a later, unreported update may have landed
        finally:
            conn.close()


def test_sigkill_never_loses_a_commit_or_corrupts(writer: tuple[Writer, Path]) -> None:
    proc, path = writer
    rng = random.Random(os.environ.get("QUNDESK_CRASH_SEED", "20261123"))
    ledger = Ledger()
    for run in range(KILLS):
        pid = proc.run(run * TOKENS_PER_RUN)
        # Wait for a random number of commits: the kill lands somewhere in a later one.
        for _ in range(rng.randint(1, 12)):
            ledger.record(proc.readline())
        os.kill(pid, signal.SIGKILL)
        # Lines already in the pipe were printed after their commit: they count too.
        while (line := proc.readline()) != "exit":
            ledger.record(line)
        ledger.check(path)
    assert ledger.total > KILLS
    # The app still opens the file and sees everything (the WAL is replayed on open).
    db = Database.open(path, create=False)
    assert db.conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    db.close()
