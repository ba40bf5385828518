"""A QQ .txt export's plain speech counted by its reader straight into the tally: the same
tally as from its rows, with progress and a cancel seen while a long file is read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from desktop.models.exchange.chat import ChatFile, open_chat
from desktop.models.exchange.chat.records import Row, SpeechSink
from desktop.models.exchange.chat.tally import PROGRESS_EVERY, ChatTally, read_tally
from desktop.models.exchange.import_engine import ImportCancelledError

FIXTURES = Path(__file__).parents[2] / "fixtures" / "chats"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def rows_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every reader yield all its rows (no counting sink), as before the sink."""
    plain = ChatFile.rows

    def without_sink(self: ChatFile, sink: SpeechSink | None = None) -> Iterator[Row]:
        return plain(self, None)

    monkeypatch.setattr(ChatFile, "rows", without_sink)


def facts(tally: ChatTally) -> object:
    counts = tally.count({})
    return (
        tally.messages_read,
        [(s.index, s.key, s.platform_id, list(s.names), s.from_owner) for s in tally.speakers],
        [(e.day, e.key, e.speaker, e.notices, e.text) for e in tally.extras],
        {day: tuple(array.tolist() for array in arrays) for day, arrays in tally.days.items()},
        [
            (
                d.day,
                d.speaker_index.tolist(),
                d.speaker_messages.tolist(),
                d.system,
                d.new_keys.tolist(),
                d.checked_in.tolist(),
            )
            for d in counts.days
        ],
        counts.joins,
        counts.leaves,
        counts.duplicates,
    )


# A QQ export's header block, naming the chat 读书会.
TITLE = [
    "消息记录（此消息记录为文本格式，不支持重新导入）",
    "================================================================",
    "消息分组:我的QQ群",
    "================================================================",
    "消息对象:读书会",
    "================================================================",
    "",
]


def long_export(path: Path, messages: int) -> Path:
    """A QQ export of `messages` plain messages from 7 people over 3 days, a 接龙, a 打卡
    post, a poke and a join notice among them, a repeat of one message at the end."""
    lines = list(TITLE)
    start = dt.datetime(2025, 3, 1, 8)
    for n in range(messages):
        when = start + dt.timedelta(seconds=3 * n)
        who = n % 7
        body = {
            100: "#接龙\n周六共读\n1. 书友1\n2. 书友2",
            200: "今日打卡 第3天",
            300: "[拍一拍]",
        }.get(n, f"第{n}条")
        lines += [f"{when:%Y-%m-%d %H:%M:%S} 书友{who}({10000 + who})", body, ""]
        if n == 400:
            lines += [f"{when:%Y-%m-%d %H:%M:%S} 系统消息(10000)", "新朋友加入本群。", ""]
    lines += [f"{start:%Y-%m-%d %H:%M:%S} 书友0(10000)", "第0条", ""]  # the first, again
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_the_counted_tally_equals_the_tally_of_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for chat in (FIXTURES / "qq_group.txt", long_export(tmp_path / "long.txt", 5000)):
        counted = facts(read_tally(open_chat(chat), SHANGHAI))
        with monkeypatch.context() as patched:
            rows_only(patched)
            assert facts(read_tally(open_chat(chat), SHANGHAI)) == counted, chat.name


def test_the_long_export_counts_by_hand(tmp_path: Path) -> None:
    tally = read_tally(open_chat(long_export(tmp_path / "long.txt", 5000)), SHANGHAI)
    assert tally.messages_read == 5002  # 5,000 messages, a notice and the repeat
    counts = tally.count({})
    assert counts.duplicates == 1
    assert [d.day for d in counts.days] == [dt.date(2025, 3, 1)]  # 5,000 × 3 s = 4 h 10 min
    (day,) = counts.days
    # 5,000 = 7 × 714 + 2: 书友0 and 书友1 sent 715, the others 714; the poke (n = 300,
    # 书友6) is no speech, the 接龙 and the 打卡 post are; the repeat counts once
    assert day.speaker_index.tolist() == [0, 1, 2, 3, 4, 5, 6]
    assert day.speaker_messages.tolist() == [715, 715, 714, 714, 714, 714, 713]
    assert day.system == 2  # the poke and the notice
    assert day.checked_in.tolist() == [4]  # 200 % 7: 书友4's 打卡 post
    assert [(j.name, j.inviter) for _, j in counts.joins] == [("新朋友", None)]
    assert [e.speaker for e in tally.extras if e.text] == [2]  # 100 % 7: 书友2's 接龙
    assert tally.speakers[2].names == {"书友2": None}


def test_progress_and_cancel_are_seen_while_the_reader_counts(tmp_path: Path) -> None:
    chat = open_chat(long_export(tmp_path / "long.txt", PROGRESS_EVERY + 10))
    seen: list[int] = []
    read_tally(chat, SHANGHAI, progress=lambda done, _total: seen.append(done))
    assert seen[-1] == PROGRESS_EVERY + 12  # every message, the notice and the repeat
    assert any(0 < done < seen[-1] for done in seen)  # also while reading
    assert seen == sorted(seen)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # Stop pressed after the first report

    with pytest.raises(ImportCancelledError):
        read_tally(chat, SHANGHAI, cancelled=cancelled)
    assert len(asked) == 2


def test_the_counted_arrays_keep_the_files_order_within_a_day(tmp_path: Path) -> None:
    """The sorted keys of a day are stable: a repeat keeps its first (earliest) place."""
    tally = read_tally(open_chat(long_export(tmp_path / "long.txt", 50)), SHANGHAI)
    keys, speakers, _kinds = tally.days[dt.date(2025, 3, 1)]
    assert len(keys) == 51 and bool(np.all(keys[1:] >= keys[:-1]))
    first = np.flatnonzero(keys[1:] == keys[:-1])
    assert len(first) == 1 and speakers[first[0]] == speakers[first[0] + 1] == 0
