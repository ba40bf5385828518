"""The texts' edges: who is "soon" and "new", and texts with nothing to list that still read."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.calendar.chat_paste import match_paste, parse_paste
from desktop.models.calendar.events import EventDraft, create_event
from desktop.models.calendar.occurrences import occurrences
from desktop.models.core.codes import EventType
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members import members as m
from desktop.models.members.drafts import MemberDraft
from desktop.models.storage.db import Database
from desktop.models.texts import render

TODAY = dt.date(2026, 11, 23)  # conftest's TEST_NOW, a Monday at 10:00


def _group(db: Database, name: str = "读书会", **settings: object) -> int:
    draft = GroupDraft(name=name, created_on=dt.date(2026, 1, 1), **settings)  # type: ignore[arg-type]
    return create_group(db, draft, today=TODAY)


def _member(
    db: Database, gid: int, name: str, joined: dt.date, paid_until: dt.date | None = None
) -> int:
    mid = m.create_member(db, MemberDraft(name=name), today=TODAY)
    m.join_group(db, mid, gid, on=joined, paid_until=paid_until)
    return mid


def test_renewals_are_due_up_to_the_windows_last_day_not_the_day_after(
    database: Database,
) -> None:
    gid = _group(database, "VIP", fee_minor=29900, fee_period_months=12)
    _member(database, gid, "今天到期", dt.date(2026, 1, 1), TODAY)
    _member(database, gid, "最后一天", dt.date(2026, 1, 1), TODAY + dt.timedelta(days=7))
    _member(database, gid, "晚一天", dt.date(2026, 1, 1), TODAY + dt.timedelta(days=8))
    _member(database, gid, "昨天过期", dt.date(2026, 1, 1), TODAY - dt.timedelta(days=1))
    pieces = render.renewal_texts(database, gid, TODAY, "zh_CN")
    assert [p.label for p in pieces] == ["", "今天到期", "最后一天"]
    assert pieces[0].text == (
        "VIP：7 天内到期的会员\n"
        "1. 今天到期：2026年11月23日 到期（今天到期）\n"
        "2. 最后一天：2026年11月30日 到期（还有 7 天）"
    )
    assert pieces[2].text.startswith("最后一天，你好！你在「VIP」的会员 2026年11月30日 到期")


def test_with_nobody_expiring_the_owners_list_says_so(database: Database) -> None:
    _group(database, "VIP", fee_minor=29900, fee_period_months=12)
    pieces = render.renewal_texts(database, None, TODAY, "zh_CN")
    assert [p.text for p in pieces] == ["全部社群：7 天内到期的会员\n近期没有即将到期的会员。"]


def test_a_newcomer_of_exactly_n_days_ago_is_welcomed_one_of_n_plus_1_is_not(
    database: Database,
) -> None:
    gid = _group(database, theme="每周共读一本书")
    _member(database, gid, "老王", TODAY - dt.timedelta(days=8))
    _member(database, gid, "小雪", TODAY - dt.timedelta(days=7))
    _member(database, gid, "Lily", TODAY)
    assert render.newcomers(database, gid, TODAY, 7) == ["小雪", "Lily"]
    assert render.newcomers(database, gid, TODAY, 8) == ["老王", "小雪", "Lily"]
    text = render.welcome_text(database, gid, TODAY, "zh_CN")
    assert text.splitlines()[:2] == [
        "🎉 欢迎 小雪、Lily 加入「读书会」！",
        "这里是：每周共读一本书",
    ]


def test_a_bare_group_still_gets_texts_that_read_well(database: Database) -> None:
    gid = _group(database)
    assert render.notice_text(database, gid, "zh_CN") == (
        "📢【读书会】群公告\n\n"
        "入群你需要：\n1. 认同本群的主题，愿意友好交流\n\n"
        "可以获得：\n和一群志同道合的朋友一起交流成长\n\n"
        "群规：\n暂时还没有群规，大家友好交流就好。\n\n"
        "感谢大家一起守护这个群 🙏"
    )
    assert render.weekly_report(database, gid, "zh_CN") == (
        "📊【读书会】群周报 11月23日–11月29日\n\n"
        "本周进展：\n本周还没有设定目标。\n\n"
        "本周没有新朋友入群。\n\n"
        "本周活跃之星：\n本周还没有统计到发言和打卡。\n\n"
        "接下来的活动：\n近期暂无活动安排，敬请期待。\n\n"
        "下周继续一起加油！"
    )
    assert render.welcome_text(database, gid, TODAY, "zh_CN").splitlines()[:2] == [
        "🎉 欢迎 新朋友们 加入「读书会」！",
        "先看看群公告和群规，再来做个简单的自我介绍吧～有问题随时找我 😊",
    ]
    assert render.welcome_text(database, gid, TODAY, "en").startswith(
        "🎉 Welcome everyone new to “读书会”!\nHave a look"
    )


def _salon(database: Database, gid: int, capacity: int | None, fee: int = 0) -> None:
    start = dt.datetime(2026, 11, 28, 14, 0)
    create_event(
        database,
        EventDraft(
            group_id=gid,
            title="周六读书会",
            type=EventType.SALON,
            online=False,
            location="静安图书馆",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
            capacity=capacity,
            fee_minor=fee,
        ),
    )


def test_a_signup_renders_and_parses_back_with_names_and_guests(database: Database) -> None:
    gid = _group(database)
    lily = _member(database, gid, "Lily", dt.date(2026, 1, 1))
    xue = _member(database, gid, "小雪", dt.date(2026, 1, 1))
    _salon(database, gid, capacity=3, fee=3990)
    (salon,) = occurrences(database, TODAY, TODAY + dt.timedelta(days=7), gid)
    text = render.signup_text(database, salon, "zh_CN")
    assert text == (
        "#接龙 周六读书会\n时间：11月28日（周六）14:00–16:00\n地点：静安图书馆\n"
        "名额：3 人\n费用：39.90 元\n带朋友请写「名字 +1」\n\n1. \n2. \n3. "
    )
    # the list as it comes back from the chat: two names written after the numbers
    filled = text.replace("1. ", "1. Lily +1").replace("2. ", "2. 小雪")
    parsed, matches = match_paste(database, gid, filled)
    got = [(e.number, e.name, e.guests) for e in parsed.entries]
    assert got == [(1, "Lily", 1), (2, "小雪", 0)]
    assert [x.member_id for x in matches] == [lily, xue]
    assert parsed.header.startswith("#接龙 周六读书会")


@pytest.mark.parametrize(("capacity", "lines"), [(None, 5), (1, 1), (5, 5), (6, 5)])
def test_a_signup_offers_as_many_lines_as_there_are_spots_up_to_five(
    database: Database, capacity: int | None, lines: int
) -> None:
    gid = _group(database)
    _salon(database, gid, capacity)
    (salon,) = occurrences(database, TODAY, TODAY + dt.timedelta(days=7), gid)
    text = render.signup_text(database, salon, "en")
    assert text.endswith("\n\n" + "\n".join(f"{n}. " for n in range(1, lines + 1)))
    assert ("Spots: open" in text) == (capacity is None)
    assert "Fee: free" in text
    assert parse_paste(text).entries == ()
