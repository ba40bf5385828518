"""接龙 / 打卡 pastes: parsing realistic messages and matching names to members."""

from __future__ import annotations

import pytest

from desktop.models.calendar.chat_paste import (
    Candidate,
    MatchKind,
    match_entries,
    parse_paste,
)

MEMBERS = [
    Candidate(1, "张三", ""),
    Candidate(2, "李四", "四哥"),
    Candidate(3, "王晓雪", "🌸小雪"),
    Candidate(4, "刘洋", ""),
    Candidate(5, "刘洋", "洋洋"),  # two members share a name
    Candidate(6, "陈雅琴", "Amy Chen"),
    Candidate(7, "赵敏", ""),
]

PASTES = [
    (  # WeChat 接龙 with a header, an example line, remarks and emoji
        "#接龙\n周六烘焙沙龙报名\n例 张三 2人\n\n1. 张三\n2. 李四(带一位朋友)\n3. 🌸小雪\n",
        [
            ("张三", "", 1, MatchKind.NAME),
            ("李四", "带一位朋友", 2, MatchKind.NAME),
            ("小雪", "", 3, MatchKind.NICKNAME),
        ],
        [],
    ),
    (  # full-width numbering, 、 and ) variants, blank lines, a shared name, a stranger
        "11.23 读书会打卡\n１．四哥 第5天\n\n2、刘洋\n3) Amy Chen（迟到）\n"
        "4）王小明\n（5）zhaomin\n",
        [
            ("四哥", "第5天", 2, MatchKind.NICKNAME),
            ("刘洋", "", None, MatchKind.AMBIGUOUS),
            ("Amy Chen", "迟到", 6, MatchKind.NICKNAME),
            ("王小明", "", None, MatchKind.UNKNOWN),
            ("zhaomin", "", 7, MatchKind.PINYIN),
        ],
        [],
    ),
    (  # a homophone typed by a friend, and trailing lines after the list
        "打卡第3天\n1.张叁\n2. 赵敏 +1\n截止今晚8点\n",
        [("张叁", "", 1, MatchKind.PINYIN), ("赵敏", "+1", 7, MatchKind.NAME)],
        ["截止今晚8点"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "other"), PASTES)
def test_realistic_pastes(
    text: str, expected: list[tuple[str, str, int | None, MatchKind]], other: list[str]
) -> None:
    parsed = parse_paste(text)
    matches = match_entries(parsed.entries, MEMBERS)
    got = [(m.entry.name, m.entry.remark, m.member_id, m.kind) for m in matches]
    assert got == expected
    assert list(parsed.other_lines) == other
    assert parsed.header  # the first line is kept as the header, never as a name


def test_ambiguous_lists_both_candidates() -> None:
    (match,) = match_entries(parse_paste("1. 刘洋").entries, MEMBERS)
    assert [c.member_id for c in match.candidates] == [4, 5]
    assert match.member_id is None


def test_numbers_run_on_and_empty_entries_are_not_names() -> None:
    parsed = parse_paste("接龙\n1. 张三\n2.\n3. 🌸\n4. 李四")
    assert [(e.number, e.name) for e in parsed.entries] == [(1, "张三"), (4, "李四")]
    assert parsed.other_lines == ("2.", "3. 🌸")
