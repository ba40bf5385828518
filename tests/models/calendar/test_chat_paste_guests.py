"""接龙 lines that bring guests: "+1", "×2", "(2人)", "带一个朋友" count heads."""

from __future__ import annotations

import pytest

from desktop.models.calendar.chat_paste import (
    Candidate,
    guests_in,
    headcount,
    match_entries,
    parse_paste,
)


@pytest.mark.parametrize(
    ("line", "remark", "guests"),
    [
        ("1. Lily", "", 0),
        ("1. Lily 带一个朋友", "带一个朋友", 1),
        ("1. Lily 带两个朋友", "带两个朋友", 2),
        ("1. Lily 帶2位朋友", "帶2位朋友", 2),
        ("1. Lily 带朋友", "带朋友", 1),
        ("1. Lily +1", "+1", 1),
        ("1. Lily+2", "+2", 2),
        ("1. Lily ＋1", "+1", 1),
        ("1. Lily ×2", "×2", 1),
        ("1. Lily×3", "×3", 2),
        ("1. Lily x2", "x2", 1),
        ("1. Lily X2", "X2", 1),
        ("1. Lily（2人）", "2人", 1),
        ("1. Lily (2人)", "2人", 1),
        ("1. Lily 1人", "1人", 0),
        ("1. Alex2", "", 0),  # a name ending in a digit is not "×2"
        ("1. 张三 第3天", "第3天", 0),
    ],
)
def test_guests_are_read_from_the_line_and_the_name_is_left_clean(
    line: str, remark: str, guests: int
) -> None:
    (entry,) = parse_paste(line).entries
    assert entry.name == {"1. Alex2": "Alex2", "1. 张三 第3天": "张三"}.get(line, "Lily")
    assert (entry.remark, entry.guests, entry.heads) == (remark, guests, guests + 1)


def test_names_are_clean_of_the_guest_notes() -> None:
    text = "1. Lily 带一个朋友\n2. 小雪+1\n3. 阿杰×2\n4. Max（2人）"
    assert [e.name for e in parse_paste(text).entries] == ["Lily", "小雪", "阿杰", "Max"]


def test_guests_in_a_remark() -> None:
    remarks = ("", "+3", "×1", "3人", "带三个孩子", "带娃")
    assert [guests_in(r) for r in remarks] == [0, 3, 0, 2, 3, 1]


def test_the_headcount_counts_each_member_once_with_their_guests() -> None:
    people = [Candidate(1, "Lily", ""), Candidate(2, "小雪", "")]
    entries = parse_paste("1. Lily +1\n2. 小雪\n3. Lily (2人)\n4. 路人甲 +3").entries
    matches = match_entries(entries, people)
    # Lily twice (one guest either way), 小雪 alone; the unknown name is not counted
    assert headcount(matches) == (3, 1)
