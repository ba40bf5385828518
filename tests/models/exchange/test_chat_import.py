"""Chat history import: an export → a group's days, speakers, joins, referrals, sign-ups.

Every expected figure is counted by hand from the fixtures (tests/fixtures/chats, see
test_chat_formats.py for the per-message notes) or from the small exports written here.
Days are Asia/Shanghai unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.models.calendar.events import EventDraft, create_event
from desktop.models.chats import history, speakers
from desktop.models.core.codes import EventType
from desktop.models.exchange.chat.matching import How
from desktop.models.exchange.chat.records import ChatFileError
from desktop.models.exchange.chat_import import (
    ChatDecisions,
    GroupGuess,
    Link,
    apply_chat_import,
    plan_chat_import,
)
from desktop.models.groups.activity_log import DayActivity, activity, set_days
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.members import create_member, join_group
from desktop.models.storage.db import Database

FIXTURES = Path(__file__).parents[2] / "fixtures" / "chats"
ZONE = "Asia/Shanghai"
JAN5, JAN6, JAN7 = dt.date(2024, 1, 5), dt.date(2024, 1, 6), dt.date(2024, 1, 7)
CHAT_TABLES = ("chat_speakers", "chat_speaker_days", "chat_day_keys", "chat_sources")


def _group(db: Database, name: str = "读书会") -> int:
    return create_group(db, GroupDraft(name=name), today=dt.date(2023, 12, 1))


def _member(db: Database, name: str, nickname: str = "", wechat_id: str = "") -> int:
    return create_member(db, MemberDraft(name=name, nickname=nickname, wechat_id=wechat_id))


def _rows(db: Database, table: str) -> int:
    return int(db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _import(db: Database, path: Path, group_id: int | None, **decided: object) -> object:
    plan = plan_chat_import(db, path, group_id=group_id, zone=ZONE)
    return apply_chat_import(db, plan, ChatDecisions(**decided))  # type: ignore[arg-type]


def _jsonl(path: Path, messages: list[tuple[str, str, int, int, str]], chat: str = "g1") -> Path:
    """A ChatLab JSONL export of (id, sender, unix time, type, content) messages."""
    header = {
        "_type": "header",
        "chatlab": {"version": "0.0.2", "exportedAt": 1704556800},
        "meta": {"name": "读书会", "platform": "wechat", "type": "group", "groupId": chat},
    }
    lines = [json.dumps(header, ensure_ascii=False)]
    for mid, sender, stamp, kind, content in messages:
        lines.append(
            json.dumps(
                {
                    "_type": "message",
                    "platformMessageId": mid,
                    "sender": sender,
                    "accountName": sender.removeprefix("wxid_"),
                    "timestamp": stamp,
                    "type": kind,
                    "content": content,
                },
                ensure_ascii=False,
            )
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# 2024-01-05 00:00 Shanghai is 2024-01-04 16:00 UTC = 1704384000
DAY5 = 1704384000
DAY6, DAY7 = DAY5 + 86400, DAY5 + 2 * 86400


def test_chatlab_fixture_fills_the_activity_log_from_the_chat(database: Database) -> None:
    group = _group(database)
    plan = plan_chat_import(database, FIXTURES / "chatlab_group.json", group_id=group, zone=ZONE)
    # 01-05: Alice ×2 (one a 接龙), 老王 image, Carol: 4 from 3; joins 小李, 小赵
    # 01-06: 王大哥 (老王 renamed), Carol sticker, 小周 reply: 3 from 3; join 小周, 小赵 removed
    assert (plan.messages, plan.speakers, plan.first_day, plan.last_day) == (7, 4, JAN5, JAN6)
    assert plan.days == (DayActivity(JAN5, 4, 3, 2, 0), DayActivity(JAN6, 3, 3, 1, 1))
    assert plan.counts.duplicates == 0
    apply_chat_import(database, plan)
    assert activity(database, group, JAN5, JAN6) == list(plan.days)
    sources = database.conn.execute("SELECT DISTINCT source FROM activity_daily").fetchall()
    assert sources == [("chat",)]


def test_no_message_text_reaches_the_database(database: Database) -> None:
    group = _group(database)
    _import(database, FIXTURES / "chatlab_group.json", group, links={})
    dump = "\n".join(database.conn.iterdump())
    for text in ("早上好", "晚安", "新年快乐", "收到！", "修改群名"):
        assert text not in dump


@pytest.mark.parametrize(
    "name",
    [
        "chatlab_group.json",
        "chatlab_group.jsonl",
        "跑步群🏃_utf8.csv",
        "echotrace_group.json",
        "qq_group.txt",
    ],
)
def test_importing_the_same_file_twice_adds_nothing(database: Database, name: str) -> None:
    group = _group(database)
    _import(database, FIXTURES / name, group)
    before = {
        t: database.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
        for t in (*CHAT_TABLES, "activity_daily", "members", "memberships")
    }
    again = plan_chat_import(database, FIXTURES / name, group_id=group, zone=ZONE)
    assert again.messages == 0 and again.joins == () and again.leaves == ()
    assert again.counts.duplicates > 0
    apply_chat_import(database, again)
    after = {
        t: database.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in before
    }
    assert after == before


def test_an_overlapping_export_adds_only_the_new_messages(
    database: Database, tmp_path: Path
) -> None:
    group = _group(database)
    first = [("a1", "wxid_a", DAY5 + 3600, 0, "早"), ("b1", "wxid_b", DAY6 + 3600, 0, "好")]
    _import(database, _jsonl(tmp_path / "1.jsonl", first), group)
    # the next export repeats 01-06's message, adds one more on 01-06 and one on 01-07
    second = [
        ("b1", "wxid_b", DAY6 + 3600, 0, "好"),
        ("a2", "wxid_a", DAY6 + 7200, 0, "嗯"),
        ("c1", "wxid_c", DAY7 + 60, 0, "在"),
    ]
    plan = plan_chat_import(
        database, _jsonl(tmp_path / "2.jsonl", second), group_id=group, zone=ZONE
    )
    assert (plan.messages, plan.counts.duplicates) == (2, 1)
    # 01-06 now: b1 (before) + a2: 2 messages from 2 speakers; 01-07: 1 from 1
    assert plan.days == (DayActivity(JAN6, 2, 2, 0, 0), DayActivity(JAN7, 1, 1, 0, 0))
    apply_chat_import(database, plan)
    assert activity(database, group, JAN5, JAN7) == [
        DayActivity(JAN5, 1, 1, 0, 0),
        DayActivity(JAN6, 2, 2, 0, 0),
        DayActivity(JAN7, 1, 1, 0, 0),
    ]


def test_without_message_ids_a_message_is_known_by_sender_time_kind_and_content(
    database: Database, tmp_path: Path
) -> None:
    group = _group(database)
    same = [("", "wxid_a", DAY5 + 60, 0, "早"), ("", "wxid_a", DAY5 + 60, 0, "早")]
    plan = plan_chat_import(database, _jsonl(tmp_path / "1.jsonl", same), group_id=group, zone=ZONE)
    assert (plan.messages, plan.counts.duplicates) == (1, 1)  # twice in the file: once
    other = [("", "wxid_a", DAY5 + 60, 0, "晚"), ("", "wxid_a", DAY5 + 61, 0, "早")]
    apply_chat_import(database, plan)
    plan = plan_chat_import(
        database, _jsonl(tmp_path / "2.jsonl", other), group_id=group, zone=ZONE
    )
    assert (plan.messages, plan.counts.duplicates) == (2, 0)  # other text, other second


def test_days_are_counted_in_the_owner_zone(database: Database, tmp_path: Path) -> None:
    group = _group(database)
    # 01-05 23:59:59 and 01-06 00:00:00 in Shanghai; both 01-05 in UTC (15:59:59, 16:00)
    path = _jsonl(
        tmp_path / "z.jsonl", [("1", "wxid_a", DAY6 - 1, 0, "x"), ("2", "wxid_a", DAY6, 0, "y")]
    )
    shanghai = plan_chat_import(database, path, group_id=group, zone=ZONE)
    assert [d.day for d in shanghai.days] == [JAN5, JAN6]
    utc = plan_chat_import(database, path, group_id=group, zone="UTC")
    assert [(d.day, d.messages) for d in utc.days] == [(JAN5, 2)]


def test_a_typed_day_the_chat_covers_is_a_conflict_the_owner_settles(
    database: Database,
) -> None:
    group = _group(database)
    set_days(database, group, [DayActivity(JAN5, 50, 10, 0, 0), DayActivity(JAN7, 9, 9, 0, 0)])
    plan = plan_chat_import(database, FIXTURES / "chatlab_group.json", group_id=group, zone=ZONE)
    assert [(c.day, c.typed.messages, c.chat.messages) for c in plan.conflicts] == [(JAN5, 50, 4)]
    apply_chat_import(database, plan, ChatDecisions(keep_typed=True))
    kept = activity(database, group, JAN5, JAN7)
    assert kept == [
        DayActivity(JAN5, 50, 10, 0, 0),
        DayActivity(JAN6, 3, 3, 1, 1),
        DayActivity(JAN7, 9, 9, 0, 0),
    ]


def test_the_chats_figures_replace_a_typed_day_by_default(database: Database) -> None:
    group = _group(database)
    set_days(database, group, [DayActivity(JAN5, 50, 10, 0, 0)])
    _import(database, FIXTURES / "chatlab_group.json", group)
    assert activity(database, group, JAN5, JAN5) == [DayActivity(JAN5, 4, 3, 2, 0)]


def test_a_typed_day_with_the_same_figures_is_no_conflict(database: Database) -> None:
    group = _group(database)
    set_days(database, group, [DayActivity(JAN5, 4, 3, 2, 0)])
    plan = plan_chat_import(database, FIXTURES / "chatlab_group.json", group_id=group, zone=ZONE)
    assert plan.conflicts == ()


# ---- who is who ----------------------------------------------------------------------------


def test_senders_match_by_platform_id_then_alias_then_name_then_pinyin(
    database: Database,
) -> None:
    group = _group(database)
    alice = _member(database, "Alice", wechat_id="wxid_alice")  # the stored WeChat ID
    bob = _member(database, "王建国", nickname="老王")  # 老王 by nickname; later 王大哥
    carol = _member(database, "卡罗", nickname="Carol")
    zhou = _member(database, "小舟")  # 小周 is xiaozhou in pinyin too
    for member in (alice, bob, carol, zhou):
        join_group(database, member, group, on=dt.date(2023, 12, 1))
    plan = plan_chat_import(database, FIXTURES / "chatlab_group.json", group_id=group, zone=ZONE)
    found = {s.key: (s.found.how, s.found.member_id) for s in plan.senders}
    assert found == {
        "wxid_alice": (How.PLATFORM_ID, alice),
        "wxid_bob": (How.NICKNAME, bob),  # latest name 王大哥 unknown, but 老王 was seen
        "wxid_carol": (How.NICKNAME, carol),
        "wxid_zhou": (How.PINYIN, zhou),
    }
    apply_chat_import(database, plan)
    # the next export of the same chat matches by the speakers now linked
    again = plan_chat_import(database, FIXTURES / "chatlab_group.jsonl", group_id=group, zone=ZONE)
    assert {s.found.how for s in again.senders} == {How.LINKED}
    assert speakers.alias_members(database, "wechat", ["王大哥", "老王"]) == {
        "王大哥": bob,
        "老王": bob,
    }


def test_a_name_two_members_share_is_ambiguous_never_guessed(database: Database) -> None:
    group = _group(database)
    one, two = _member(database, "Carol"), _member(database, "Carol")
    join_group(database, one, group, on=dt.date(2023, 12, 1))
    join_group(database, two, group, on=dt.date(2023, 12, 1))
    plan = plan_chat_import(database, FIXTURES / "chatlab_group.json", group_id=group, zone=ZONE)
    carol = next(s for s in plan.senders if s.key == "wxid_carol")
    assert carol.found.how is How.AMBIGUOUS and carol.found.member_id is None
    assert {c.member_id for c in carol.found.candidates} == {one, two}
    assert carol in plan.unmatched


def test_linking_an_unlinked_speaker_later_brings_their_whole_history(
    database: Database,
) -> None:
    group = _group(database)
    _import(database, FIXTURES / "chatlab_group.json", group, add_joiners=False)
    (carol,) = [s for s in speakers.unlinked_speakers(database, group) if s.display_name == "Carol"]
    assert (carol.messages, carol.platform_id, carol.last_day) == (2, "wxid_carol", "2024-01-06")
    member = _member(database, "卡罗")
    assert history.messages_between(database, JAN5, JAN6, group) == {}
    speakers.link_speaker(database, carol.id, member)
    assert history.messages_between(database, JAN5, JAN6, group) == {member: 2}
    assert history.last_spoke(database, group) == {member: JAN6}
    again = plan_chat_import(database, FIXTURES / "chatlab_group.json", group_id=group, zone=ZONE)
    assert next(s for s in again.senders if s.key == "wxid_carol").found.member_id == member


def test_a_sender_can_be_added_as_a_member_or_linked_by_hand(database: Database) -> None:
    group = _group(database)
    chosen = _member(database, "周老师")
    plan = plan_chat_import(database, FIXTURES / "chatlab_group.json", group_id=group, zone=ZONE)
    index = {s.key: s.index for s in plan.senders}
    decisions = ChatDecisions(
        links={
            index["wxid_carol"]: Link.ADD,
            index["wxid_zhou"]: chosen,
            index["wxid_bob"]: Link.LEAVE,
            index["wxid_alice"]: Link.LEAVE,
        },
        add_joiners=False,
    )
    result = apply_chat_import(database, plan, decisions)
    added = database.conn.execute(
        "SELECT m.id, s.joined_on FROM members m JOIN memberships s ON s.member_id = m.id "
        "WHERE m.name = 'Carol'"
    ).fetchall()
    assert len(added) == 1 and added[0][1] == "2024-01-05"  # a member from their first day
    assert result.members_added == 1 and set(result.unlinked) == {"Alice🌸", "王大哥"}
    said = history.messages_between(database, JAN5, JAN6, group)
    assert said == {added[0][0]: 2, chosen: 1}


# ---- notices: joins, referrals, leaves ------------------------------------------------------


def test_joins_by_invitation_and_qr_code_fill_the_referral_tree(database: Database) -> None:
    group = _group(database)
    alice = _member(database, "Alice", wechat_id="wxid_alice")
    join_group(database, alice, group, on=dt.date(2023, 12, 1))
    result = _import(database, FIXTURES / "chatlab_group.json", group)
    rows = database.conn.execute(
        """SELECT m.name, s.joined_on, s.left_on, r.name FROM members m
           JOIN memberships s ON s.member_id = m.id AND s.group_id = ?
           LEFT JOIN members r ON r.id = m.referrer_id WHERE m.id <> ? ORDER BY m.name""",
        (group, alice),
    ).fetchall()
    # 小李, 小赵 invited by Alice on 01-05 (小赵 removed 01-06), 小周 by her QR code on 01-06;
    # Carol and 王大哥 only spoke: they stay unlinked speakers, not members
    assert rows == [
        ("小周", "2024-01-06", None, "Alice"),
        ("小李", "2024-01-05", None, "Alice"),
        ("小赵", "2024-01-05", "2024-01-06", "Alice"),
    ]
    assert (result.joins, result.referrals, result.leaves) == (3, 3, 1)  # type: ignore[attr-defined]
    # 小周 also spoke: the sender of that name is the member the notice added
    zhou = database.conn.execute("SELECT id FROM members WHERE name = '小周'").fetchone()[0]
    assert history.messages_between(database, JAN5, JAN6, group) == {alice: 2, zhou: 1}


def test_a_join_of_an_existing_member_keeps_their_referrer(database: Database) -> None:
    group = _group(database)
    alice = _member(database, "Alice", wechat_id="wxid_alice")
    someone = _member(database, "早就认识")
    li = create_member(database, MemberDraft(name="小李", referrer_id=someone))
    join_group(database, alice, group, on=dt.date(2023, 12, 1))
    _import(database, FIXTURES / "chatlab_group.json", group)
    referrer, joined = database.conn.execute(
        "SELECT m.referrer_id, s.joined_on FROM members m JOIN memberships s "
        "ON s.member_id = m.id WHERE m.id = ?",
        (li,),
    ).fetchone()
    assert (referrer, joined) == (someone, "2024-01-05")


# ---- which group ---------------------------------------------------------------------------


def test_the_group_is_guessed_by_name_then_remembered_by_chat_id(database: Database) -> None:
    named = _group(database, "读书会🌿")
    other = _group(database, "别的群")
    plan = plan_chat_import(database, FIXTURES / "chatlab_group.json", zone=ZONE)
    assert (plan.group_id, plan.guess) == (named, GroupGuess.NAME)
    moved = plan_chat_import(database, FIXTURES / "chatlab_group.json", group_id=other, zone=ZONE)
    apply_chat_import(database, moved)
    again = plan_chat_import(database, FIXTURES / "chatlab_group.jsonl", zone=ZONE)
    assert (again.group_id, again.guess) == (other, GroupGuess.REMEMBERED)


def test_no_group_fits_and_nothing_can_be_applied(database: Database) -> None:
    _group(database, "别的群")
    plan = plan_chat_import(database, FIXTURES / "qq_group.txt", zone=ZONE)
    assert (plan.group_id, plan.guess) == (None, GroupGuess.NONE)
    with pytest.raises(Exception, match="group"):
        apply_chat_import(database, plan)
    assert all(_rows(database, t) == 0 for t in CHAT_TABLES)


# ---- 接龙 and 打卡 --------------------------------------------------------------------------


def test_a_jielong_becomes_sign_ups_for_the_event_on_the_day_it_names(
    database: Database,
) -> None:
    group = _group(database)
    alice = _member(database, "Alice")
    bob = _member(database, "王建国", nickname="老王")
    for member in (alice, bob):
        join_group(database, member, group, on=dt.date(2023, 12, 1))
    start = dt.datetime(2024, 1, 6, 14, 0)
    nearer = create_event(
        database,
        EventDraft(
            group_id=group,
            title="读书会前夜",
            type=EventType.SALON,
            starts_at=dt.datetime(2024, 1, 5, 20),
            ends_at=dt.datetime(2024, 1, 5, 21),
        ),
    )
    salon = create_event(
        database,
        EventDraft(
            group_id=group,
            title="周六读书会",
            type=EventType.SALON,
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
        ),
    )
    plan = plan_chat_import(database, FIXTURES / "chatlab_group.json", group_id=group, zone=ZONE)
    (signup,) = plan.signups
    # "周六读书会 1月6日": the salon on 01-06, not the nearer event on 01-05
    assert signup.occurrence is not None and signup.occurrence.event_id == salon
    assert {o.event_id for o in signup.options} == {nearer, salon}
    assert sorted(signup.member_ids) == sorted([alice, bob])
    result = apply_chat_import(database, plan)
    assert result.signups == 2
    rows = database.conn.execute(
        "SELECT event_id, member_id, status FROM attendance ORDER BY member_id"
    ).fetchall()
    assert rows == [(salon, alice, "signed_up"), (salon, bob, "signed_up")]


def test_a_jielongs_guests_are_kept_with_the_sign_ups(database: Database, tmp_path: Path) -> None:
    group = _group(database)
    lily = _member(database, "Lily")
    join_group(database, lily, group, on=dt.date(2023, 12, 1))
    start = dt.datetime(2024, 1, 6, 14, 0)
    salon = create_event(
        database,
        EventDraft(
            group_id=group,
            title="周六读书会",
            type=EventType.SALON,
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
        ),
    )
    posts = [("1", "wxid_lily", DAY5 + 9 * 3600, 0, "#接龙 周六读书会\n1. Lily 带一个朋友")]
    result = _import(database, _jsonl(tmp_path / "j.jsonl", posts), group)
    assert result.signups == 1  # type: ignore[attr-defined]
    rows = database.conn.execute("SELECT event_id, member_id, status, guests FROM attendance")
    assert rows.fetchall() == [(salon, lily, "signed_up", 1)]


def test_a_jielong_can_be_pointed_at_another_event_or_skipped(database: Database) -> None:
    group = _group(database)
    alice = _member(database, "Alice")
    join_group(database, alice, group, on=dt.date(2023, 12, 1))
    create_event(
        database,
        EventDraft(
            group_id=group,
            title="周六读书会",
            type=EventType.SALON,
            starts_at=dt.datetime(2024, 1, 6, 14),
            ends_at=dt.datetime(2024, 1, 6, 16),
        ),
    )
    plan = plan_chat_import(database, FIXTURES / "chatlab_group.json", group_id=group, zone=ZONE)
    apply_chat_import(database, plan, ChatDecisions(signups={0: None}))
    assert _rows(database, "attendance") == 0


def test_checkin_posts_count_for_the_days_challenge(database: Database, tmp_path: Path) -> None:
    group = _group(database)
    runner = _member(database, "小跑", wechat_id="wxid_run")
    join_group(database, runner, group, on=dt.date(2023, 12, 1))
    challenge = create_event(
        database,
        EventDraft(
            group_id=group,
            title="早起打卡",
            type=EventType.CHECKIN,
            starts_at=dt.datetime(2024, 1, 5, 6),
            ends_at=dt.datetime(2024, 1, 5, 9),
            rrule="FREQ=DAILY;COUNT=30",
        ),
    )
    posts = [
        ("1", "wxid_run", DAY5 + 7 * 3600, 0, "打卡第1天 6:30起床"),
        ("2", "wxid_run", DAY6 + 7 * 3600, 0, "今天也早起了"),  # no 打卡: speech only
        ("3", "wxid_run", DAY7 + 7 * 3600, 0, "打卡 第3天"),
    ]
    result = _import(database, _jsonl(tmp_path / "c.jsonl", posts), group)
    assert result.checkins == 2  # type: ignore[attr-defined]
    rows = database.conn.execute(
        "SELECT event_id, occurrence_start, status FROM attendance ORDER BY 2"
    ).fetchall()
    assert rows == [
        (challenge, "2024-01-05T06:00:00", "attended"),
        (challenge, "2024-01-07T06:00:00", "attended"),
    ]


def test_checkins_count_once_per_member_and_day_and_never_twice(
    database: Database, tmp_path: Path
) -> None:
    group = _group(database)
    runner = _member(database, "小跑", wechat_id="wxid_run")
    walker = _member(database, "小走", wechat_id="wxid_walk")
    for member in (runner, walker):
        join_group(database, member, group, on=dt.date(2023, 12, 1))
    create_event(
        database,
        EventDraft(
            group_id=group,
            title="早起打卡",
            type=EventType.CHECKIN,
            starts_at=dt.datetime(2024, 1, 5, 6),
            ends_at=dt.datetime(2024, 1, 5, 9),
            rrule="FREQ=DAILY;COUNT=30",
        ),
    )
    posts = [
        ("1", "wxid_run", DAY5 + 7 * 3600, 0, "打卡第1天"),
        ("2", "wxid_run", DAY5 + 8 * 3600, 0, "打卡 补一张图"),  # the same member, same day
        ("1", "wxid_run", DAY5 + 7 * 3600, 0, "打卡第1天"),  # the same message again
        ("3", "wxid_walk", DAY5 + 9 * 3600, 0, "打卡"),
        ("4", "wxid_walk", DAY6 + 9 * 3600, 0, "打卡"),
    ]
    path = _jsonl(tmp_path / "c.jsonl", posts)
    plan = plan_chat_import(database, path, group_id=group, zone=ZONE)
    assert plan.counts.checkins == 3  # runner on the 5th, walker on the 5th and the 6th
    assert plan.counts.duplicates == 1
    assert plan.messages == 4
    assert apply_chat_import(database, plan, ChatDecisions()).checkins == 3
    again = plan_chat_import(database, path, group_id=group, zone=ZONE)
    assert (again.counts.checkins, again.messages, again.counts.duplicates) == (0, 0, 5)
    assert apply_chat_import(database, again, ChatDecisions()).checkins == 0
    assert _rows(database, "attendance") == 3


# ---- files refused -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"hello, world\nthis is not a chat\n", "not a chat export"),
        ((FIXTURES / "chatlab_group.json").read_bytes()[:700], "cut off"),
        (
            (FIXTURES / "跑步群🏃_utf8.csv").read_bytes()[:-30].rsplit(b",", 3)[0] + b',"open',
            "cut off",
        ),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_and_nothing_is_written(
    database: Database, tmp_path: Path, content: bytes, reason: str
) -> None:
    group = _group(database)
    path = tmp_path / "export.dat"
    path.write_bytes(content)
    with pytest.raises(ChatFileError, match=reason) as raised:
        plan = plan_chat_import(database, path, group_id=group, zone=ZONE)
        apply_chat_import(database, plan)
    assert str(raised.value).startswith("export.dat")
    assert all(_rows(database, t) == 0 for t in (*CHAT_TABLES, "activity_daily"))


def test_a_jsonl_with_a_broken_line_is_imported_without_it_and_says_which(
    database: Database, tmp_path: Path
) -> None:
    group = _group(database)
    path = _jsonl(
        tmp_path / "b.jsonl", [("1", "wxid_a", DAY5, 0, "x"), ("2", "wxid_b", DAY5, 0, "y")]
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1][:25]  # the first message's line, cut
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_chat_import(database, path, group_id=group, zone=ZONE)
    assert plan.messages == 1
    assert len(plan.warnings) == 1 and plan.warnings[0].startswith("line 2:")


def test_merging_two_members_keeps_what_both_said(database: Database) -> None:
    from desktop.models.members.merging import merge_members

    group = _group(database)
    alice = _member(database, "Alice", wechat_id="wxid_alice")
    carol = _member(database, "卡罗", nickname="Carol")
    join_group(database, carol, group, on=dt.date(2023, 12, 1))
    _import(database, FIXTURES / "chatlab_group.json", group, add_joiners=False)
    assert history.messages_between(database, JAN5, JAN6, group) == {alice: 2, carol: 2}
    merge_members(database, alice, carol)
    assert history.messages_between(database, JAN5, JAN6, group) == {alice: 4}
    assert speakers.alias_members(database, "wechat", ["Carol"]) == {"Carol": alice}


@pytest.mark.parametrize(
    ("name", "jan5", "jan6"),
    [
        # (messages, speakers, joined, left) per day, counted by hand (test_chat_formats.py)
        ("chatlab_group.jsonl", (4, 3, 2, 0), (3, 3, 1, 1)),
        ("跑步群🏃_utf8.csv", (4, 3, 1, 0), (2, 2, 1, 1)),
        ("echotrace_group.json", (4, 3, 1, 0), (2, 2, 3, 1)),
        ("qq_group.txt", (5, 3, 1, 0), (2, 2, 1, 1)),
    ],
)
def test_each_format_lands_in_the_activity_log_as_counted_by_hand(
    database: Database, name: str, jan5: tuple[int, ...], jan6: tuple[int, ...]
) -> None:
    group = _group(database)
    _import(database, FIXTURES / name, group)
    assert activity(database, group, JAN5, JAN6) == [
        DayActivity(JAN5, *jan5),
        DayActivity(JAN6, *jan6),
    ]
