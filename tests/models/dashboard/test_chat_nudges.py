"""Nudges from the imported chats: key members gone silent, newcomers silent in week one."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.chats.history import add_speaker_days, store_counted_keys
from desktop.models.chats.speakers import save_speakers
from desktop.models.core.codes import Role
from desktop.models.dashboard.nudges import NudgeReason, nudges
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members import members as m
from desktop.models.members.drafts import MemberDraft
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)
D = dt.date.fromisoformat
OLD = D("2026-01-01")  # joined long ago


class Chat:
    """A small world: 读书会 with chat from 09-01 to today, 私董会 from 11-05, 沙龙 without."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.groups = {
            name: create_group(db, GroupDraft(name=name, created_on=OLD), today=TODAY)
            for name in ("读书会", "私董会", "沙龙")
        }
        self.cover("读书会", D("2026-09-01"), TODAY)
        self.cover("私董会", D("2026-11-05"), TODAY)

    def cover(self, group: str, first: dt.date, last: dt.date) -> None:
        """Chat history on the first and last day of a span (someone unlinked speaking)."""
        with self.db.transaction() as conn:
            store_counted_keys(conn, self.groups[group], [(first, b"\0" * 8), (last, b"\1" * 8)])
            speaker = save_speakers(conn, "wechat", [("wxid_x", "x", None)])["wxid_x"]
            add_speaker_days(
                conn, self.groups[group], [(first, [speaker], [1]), (last, [speaker], [1])]
            )

    def member(
        self,
        name: str,
        group: str = "读书会",
        *,
        joined: dt.date = OLD,
        role: str = Role.FOLLOWER,
        paid_until: dt.date | None = None,
        spoke: tuple[str, ...] = (),
    ) -> int:
        mid = m.create_member(self.db, MemberDraft(name=name), today=TODAY)
        gid = self.groups[group]
        m.join_group(self.db, mid, gid, on=joined, role=role, paid_until=paid_until)
        if spoke:
            with self.db.transaction() as conn:
                key = f"wxid_{mid}"
                speaker = save_speakers(conn, "wechat", [(key, name, mid)])[key]
                add_speaker_days(conn, gid, [(D(day), [speaker], [2]) for day in spoke])
        return mid


def _lines(db: Database, reason: NudgeReason) -> list[tuple[str, str, dt.date | None, int | None]]:
    found = nudges(db, None, TODAY)
    lines = [(n.name, n.group_name, n.day, n.figure) for n in found.lines if n.reason == reason]
    assert found.totals[reason.value] == len(lines)
    return lines


def test_key_members_silent_for_14_days(database: Database) -> None:
    chat = Chat(database)
    chat.member("种子14", role=Role.SEED, spoke=("2026-10-01", "2026-11-09"))  # today−14
    chat.member("种子13", role=Role.SEED, spoke=("2026-11-10",))  # today−13: not yet
    chat.member("骨干从不", role=Role.LEADER)  # never spoke, 84 days of chat since joining
    chat.member("付费", paid_until=D("2026-12-31"), spoke=("2026-10-01",))
    chat.member("付费到今天", paid_until=TODAY, spoke=("2026-10-01",))  # paid through today
    chat.member("过期", paid_until=D("2026-11-22"), spoke=("2026-10-01",))  # lapsed: not key
    chat.member("普通", spoke=("2026-10-01",))  # a plain member
    chat.member("新种子14", role=Role.SEED, joined=D("2026-11-10"))  # 11-10…11-23: 14 days
    chat.member("新种子13", role=Role.SEED, joined=D("2026-11-11"))  # 13 days: too soon
    chat.member("没聊天", "沙龙", role=Role.SEED)  # a group without chat history
    # 私董会's chat starts 11-05: 19 days of it, enough for someone who joined long ago
    chat.member("私董种子", "私董会", role=Role.SEED)
    # spoke in another group only: silent in this one
    other = chat.member("两边", "私董会", role=Role.LEADER, spoke=("2026-11-20",))
    m.join_group(database, other, chat.groups["读书会"], on=OLD, role=Role.LEADER)
    # never spoke first (by name, in code point order), then the longest silent
    assert _lines(database, NudgeReason.SILENT) == [
        ("两边", "读书会", None, None),
        ("新种子14", "读书会", None, None),
        ("私董种子", "私董会", None, None),
        ("骨干从不", "读书会", None, None),
        ("付费", "读书会", D("2026-10-01"), 53),
        ("付费到今天", "读书会", D("2026-10-01"), 53),
        ("种子14", "读书会", D("2026-11-09"), 14),
    ]


def test_newcomers_silent_in_their_first_week(database: Database) -> None:
    chat = Chat(database)
    chat.member("第8天才说", joined=D("2026-11-16"), spoke=("2026-11-23",))  # day 7: too late
    chat.member("第7天说了", joined=D("2026-11-16"), spoke=("2026-11-22",))  # day 6: in time
    chat.member("才6天", joined=D("2026-11-17"))  # the week is not over
    chat.member("60天前", joined=D("2026-09-24"))  # today−60
    chat.member("61天前", joined=D("2026-09-23"))  # too long ago
    chat.member("入群前的聊天", "私董会", joined=D("2026-11-04"))  # 私董会's chat starts 11-05
    chat.member("聊天第一天", "私董会", joined=D("2026-11-05"))
    chat.member("没聊天", "沙龙", joined=D("2026-11-01"))
    assert _lines(database, NudgeReason.NEWCOMER_SILENT) == [
        ("60天前", "读书会", D("2026-09-24"), 60),
        ("聊天第一天", "私董会", D("2026-11-05"), 18),
        ("第8天才说", "读书会", D("2026-11-16"), 7),
    ]


def test_a_member_who_left_is_not_nudged(database: Database) -> None:
    chat = Chat(database)
    mid = chat.member("走了", role=Role.SEED, joined=D("2026-11-01"))
    m.leave_group(database, mid, chat.groups["读书会"], on=D("2026-11-20"))
    assert _lines(database, NudgeReason.SILENT) == []
    assert _lines(database, NudgeReason.NEWCOMER_SILENT) == []


def test_no_chat_history_no_silence_nudges(database: Database) -> None:
    groups = {
        "读书会": create_group(database, GroupDraft(name="读书会", created_on=OLD), today=TODAY)
    }
    mid = m.create_member(database, MemberDraft(name="种子"), today=TODAY)
    m.join_group(database, mid, groups["读书会"], on=D("2026-11-01"), role=Role.SEED)
    found = nudges(database, groups["读书会"], TODAY)
    assert found.totals[NudgeReason.SILENT.value] == 0
    assert found.totals[NudgeReason.NEWCOMER_SILENT.value] == 0


@pytest.mark.parametrize("scoped", [True, False])
def test_one_groups_dashboard_names_only_its_members(database: Database, scoped: bool) -> None:
    chat = Chat(database)
    chat.member("读书种子", role=Role.SEED)
    chat.member("私董种子", "私董会", role=Role.SEED)
    group = chat.groups["私董会"] if scoped else None
    names = [
        n.name for n in nudges(database, group, TODAY).lines if n.reason == "key_member_silent"
    ]
    assert names == (["私董种子"] if scoped else ["私董种子", "读书种子"])


def test_silence_is_counted_up_to_the_last_day_the_chat_covers(database: Database) -> None:
    chat = Chat(database)
    # 沙龙's chat was last imported with messages up to 11-09, two weeks before today
    chat.cover("沙龙", D("2026-09-01"), D("2026-11-09"))
    chat.member("说到最后", "沙龙", role=Role.SEED, spoke=("2026-10-27",))  # 13 days before 11-09
    chat.member("早就不说", "沙龙", role=Role.SEED, spoke=("2026-10-26",))  # 14 days before
    chat.member("新来的", "沙龙", role=Role.SEED, joined=D("2026-10-28"))  # 13 days covered
    chat.member("更早来的", "沙龙", role=Role.SEED, joined=D("2026-10-27"))  # 14 days covered
    assert _lines(database, NudgeReason.SILENT) == [
        ("更早来的", "沙龙", None, None),
        ("早就不说", "沙龙", D("2026-10-26"), 28),  # the figure is still days until today
    ]
