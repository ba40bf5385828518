"""A writer for the crash test: forks children that write through the Database API forever.

Run as `python tests/crash_writer.py DB`. It imports everything once, prints "ready", then
for each "run <first token>" line on stdin forks a child that prints "pid <pid>" and then
one line per committed transaction, flushed only AFTER the commit returned:

    member <token>            a member named crash-<token> was created
    update <token> <id>       member <id>'s notes were set to n<token>
    revenue <token>           an entry with note rev-<token> was recorded
    import <token>            members imp-<token>-0..2 were imported from a CSV file
    delete <token> <name>     member <name> was deleted (into the trash)

The test SIGKILLs the child at a random moment; the parent prints "exit" once it is gone.
Forking a warm parent keeps each run cheap: importing the app takes a second on CI.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from desktop.models.exchange import member_import
from desktop.models.members import drafts, members, snapshots
from desktop.models.revenue import revenue
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database

GROUP_NAME = "崩溃测试群"
MAX_STEPS = 100_000  # a child the test forgot to kill stops by itself


def say(line: str) -> None:
    """Report a committed transaction (called only after the commit returned)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_forever(path: Path, token: int) -> None:
    """Write transactions until killed, reporting each one after it committed."""
    db = Database.open(path, create=False)
    group_id = member_import.group_by_name(db, GROUP_NAME)
    folder = Path(tempfile.mkdtemp(prefix="crash-import-"))
    updatable: list[int] = []
    deletable: list[str] = []
    today = dt.date(2026, 11, 23)
    for step in range(MAX_STEPS):
        token += 1
        op = step % 5
        if op == 0 or (op == 1 and not updatable):
            name = f"crash-{token}"
            member_id = members.create_member(db, drafts.MemberDraft(name=name), today=today)
            say(f"member {token}")
            # Every third new member may be deleted later; the others may be updated.
            (deletable.append(name) if token % 3 == 0 else updatable.append(member_id))
        elif op == 1:
            member_id = updatable[token % len(updatable)]
            draft = members.get_member(db, member_id).draft()
            members.update_member(db, member_id, replace(draft, notes=f"n{token}"))
            say(f"update {token} {member_id}")
        elif op == 2:
            revenue.add_entry(
                db, EntryDraft(today, group_id, "product", 100 + token, note=f"rev-{token}")
            )
            say(f"revenue {token}")
        elif op == 3:
            sheet = folder / f"{token}.csv"
            rows = "".join(f"imp-{token}-{k},wx{token}k{k}\n" for k in range(3))
            sheet.write_text("姓名,微信号\n" + rows, encoding="utf-8")
            member_import.import_members(db, sheet, group_id=group_id, today=today)
            say(f"import {token}")
        elif deletable:
            name = deletable.pop(0)
            found = db.conn.execute("SELECT id FROM members WHERE name = ?", (name,)).fetchone()
            snapshots.delete_members(db, [found[0]])
            say(f"delete {token} {name}")
    os._exit(0)


def main() -> None:
    """Fork one writer per "run" command; report "exit" when it is gone."""
    path = Path(sys.argv[1])
    say("ready")
    for command in sys.stdin:
        token = int(command.split()[1])
        child = os.fork()
        if child == 0:
            say(f"pid {os.getpid()}")
            try:
                write_forever(path, token)
            finally:
                os._exit(1)
        os.waitpid(child, 0)
        say("exit")


if __name__ == "__main__":
    main()
