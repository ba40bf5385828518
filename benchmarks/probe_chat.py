"""Child processes of the chat import benchmark (each prints one BENCH-RESULT line).

- `jsonl-bare FILE`: `json.loads` over each line of a JSONL file, nothing kept — the least
  any reader of the format does;
- `qq-bare FILE`: the QQ export's header-line regular expression over each line of the file;
- `qq-floor FILE`: the least a reader that keys each message does: the file split by the
  reader's header pattern, and one XXH3 key per message of its sender, time and text;
- `db OUT`: a new database with the group the benchmark's chats belong to.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.chat_files import CHAT_NAME


def jsonl_bare(path: Path) -> int:
    """Lines parsed."""
    loads = json.loads
    count = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            loads(line)
            count += 1
    return count


def qq_bare(path: Path) -> int:
    """Header lines matched."""
    from desktop.models.exchange.chat.qq_txt import HEADER

    match = HEADER.match
    count = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if match(line):
                count += 1
    return count


def qq_floor(path: Path) -> int:
    """Messages keyed."""
    from desktop.models.exchange.chat.qq_txt import HEADER_SPLIT, utf8_blocks
    from desktop.models.exchange.chat.records import key_of

    count = 0
    for block in utf8_blocks(path, "utf-8"):
        parts = HEADER_SPLIT.split(b"\n\n" + block)
        fields = iter(parts)
        next(fields)
        for hour, ms, _, sender, body in zip(fields, fields, fields, fields, fields, strict=False):
            key_of(b"\0".join((sender, hour, ms, body.strip())))
            count += 1
    return count


def new_database(path: Path) -> int:
    """A database holding the benchmark chats' group; its id."""
    import datetime as dt

    from desktop.models.groups.groups import GroupDraft, create_group
    from desktop.models.storage.db import Database
    from desktop.models.storage.settings import set_chat_zone

    db = Database.open(path)
    try:
        group = create_group(db, GroupDraft(name=CHAT_NAME), today=dt.date(2024, 12, 1))
        set_chat_zone(db, "Asia/Shanghai")
        return group
    finally:
        db.close()


def main(argv: list[str]) -> int:
    """Run one probe."""
    what, target = argv[0], Path(argv[1])
    started = time.perf_counter()
    work = {
        "jsonl-bare": jsonl_bare,
        "qq-bare": qq_bare,
        "qq-floor": qq_floor,
        "db": new_database,
    }[what]
    found = work(target)
    seconds = time.perf_counter() - started
    print("BENCH-RESULT " + json.dumps({"count": found, "seconds": seconds}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
