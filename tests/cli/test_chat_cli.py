"""`qundesk import chat FILE… [--group NAME] [--dry-run]`: what it prints and writes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.storage.db import Database
from desktop.models.storage.settings import set_chat_zone
from tests.cli.test_cli import _one_line_error, qundesk

FIXTURES = Path(__file__).parents[1] / "fixtures" / "chats"


def _database(tmp_path: Path, *groups: str) -> Path:
    path = tmp_path / "owner.sqlite"
    db = Database.open(path)
    try:
        for name in groups:
            create_group(db, GroupDraft(name=name), today=dt.date(2023, 12, 1))
        set_chat_zone(db, "Asia/Shanghai")
    finally:
        db.close()
    return path


def _count(path: Path, sql: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_imports_each_file_and_says_what_it_added(tmp_path: Path, data_dir: Path) -> None:
    db = _database(tmp_path, "读书会", "摄影群")
    done = qundesk(
        "--db",
        db,
        "import",
        "chat",
        FIXTURES / "chatlab_group.json",
        FIXTURES / "chatlab_group.jsonl",
        "--group",
        "读书会",
        data_dir=data_dir,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "chatlab_group.json: chatlab-json, chat “读书会🌿” → group “读书会” (given)" in out
    assert "days: 2024-01-05 … 2024-01-06; time zone: Asia/Shanghai" in out
    assert "messages: 7 new (0 already imported)" in out
    assert (
        "joins: 3: 小李 (invited by Alice🌸)、小赵 (invited by Alice🌸)、小周 (invited by Alice🌸)"
        in out
    )
    assert "leaves: 1: 小赵" in out
    # the JSONL file holds the same chat: the second file adds nothing
    assert "messages: 0 new (12 already imported)" in out
    assert _count(db, "SELECT sum(messages) FROM activity_daily") == 7
    assert _count(db, "SELECT count(*) FROM members") == 4  # 小李, 小赵, 小周 and Alice🌸
    # Carol and 王大哥 only spoke: unmatched senders stay unlinked
    assert (
        "unmatched senders: 2: 王大哥、Carol" in out or "unmatched senders: 2: Carol、王大哥" in out
    )


def test_the_group_is_found_by_the_chats_name_and_dry_run_writes_nothing(
    tmp_path: Path, data_dir: Path
) -> None:
    db = _database(tmp_path, "摄影爱好者📷")
    done = qundesk(
        "--db", db, "import", "chat", FIXTURES / "qq_group.txt", "--dry-run", data_dir=data_dir
    )
    assert done.returncode == 0, done.stderr
    assert "→ group “摄影爱好者📷” (named like the chat)" in done.stdout
    assert done.stdout.rstrip().endswith("Dry run: nothing was written.")
    assert _count(db, "SELECT count(*) FROM activity_daily") == 0
    assert _count(db, "SELECT count(*) FROM chat_speakers") == 0


def test_without_a_known_group_it_asks_for_one(tmp_path: Path, data_dir: Path) -> None:
    db = _database(tmp_path, "别的群")
    done = qundesk("--db", db, "import", "chat", FIXTURES / "qq_group.txt", data_dir=data_dir)
    line = _one_line_error(done)
    assert line.endswith(
        "qq_group.txt: no group is known for the chat “摄影爱好者📷”; name one with --group"
    )
    assert _count(db, "SELECT count(*) FROM activity_daily") == 0


def test_a_bad_file_among_good_ones_writes_nothing(tmp_path: Path, data_dir: Path) -> None:
    db = _database(tmp_path, "读书会")
    bad = tmp_path / "notes.txt"
    bad.write_text("just some notes\n", encoding="utf-8")
    done = qundesk(
        "--db",
        db,
        "import",
        "chat",
        FIXTURES / "chatlab_group.json",
        bad,
        "--group",
        "读书会",
        data_dir=data_dir,
    )
    line = _one_line_error(done)
    assert f"qundesk: error: {bad}: not a chat export QunDesk reads" in line
    assert "ChatLab JSON or JSONL" in line and "QQ message export (.txt)" in line
    assert _count(db, "SELECT count(*) FROM activity_daily") == 0


def test_an_unknown_group_is_an_error(tmp_path: Path, data_dir: Path) -> None:
    db = _database(tmp_path, "读书会")
    done = qundesk(
        "--db",
        db,
        "import",
        "chat",
        FIXTURES / "qq_group.txt",
        "--group",
        "没有这个群",
        data_dir=data_dir,
    )
    assert "没有这个群" in _one_line_error(done)


def test_a_long_qq_export_read_on_every_core_imports_once(tmp_path: Path, data_dir: Path) -> None:
    """An export over `PARALLEL_BYTES` is read in parts (started as soon as the database
    is open): every message counted once, joins from every part, and importing it again
    adds nothing."""
    from desktop.models.exchange.chat import open_chat
    from desktop.models.exchange.chat.parts import PARALLEL_BYTES, spans
    from desktop.models.exchange.chat.tally import read_tally
    from tests.models.exchange.test_chat_parts import SHANGHAI
    from tests.models.exchange.test_qq_counting import TITLE

    db = _database(tmp_path, "读书会")
    lines = list(TITLE)
    start = dt.datetime(2024, 1, 1, 8)
    n = size = 0
    while size < PARALLEL_BYTES * 1.2:
        when = start + dt.timedelta(seconds=61 * n)
        message = [f"{when:%Y-%m-%d %H:%M:%S} 书友{n % 40}({10000 + n % 40})", f"第{n}条消息", ""]
        if n % 50000 == 7:
            message += [f"{when:%Y-%m-%d %H:%M:%S} 系统消息(10000)", f"新人{n}加入本群。", ""]
        lines += message
        size += sum(len(line.encode()) + 1 for line in message)
        n += 1
    export = tmp_path / "big.txt"
    export.write_text("\n".join(lines), encoding="utf-8")
    assert len(spans(open_chat(export), 2)) == 2
    tally = read_tally(open_chat(export), SHANGHAI, parts=1)
    joined = tally.count({}).joins
    assert len(joined) >= 3
    first = qundesk("--db", db, "import", "chat", export, data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    assert f"messages: {n} new (0 already imported)" in first.stdout
    assert f"joins: {len(joined)}:" in first.stdout
    total = _count(db, "SELECT sum(messages) FROM chat_speaker_days")
    assert total == n
    again = qundesk("--db", db, "import", "chat", export, data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    notices = len(range(7, n, 50000))  # counted as read too
    assert f"messages: 0 new ({n + notices} already imported)" in again.stdout
    assert _count(db, "SELECT sum(messages) FROM chat_speaker_days") == n
