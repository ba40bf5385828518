"""The method drives the analysis: ring vs pyramid, thresholds that act, who to promote."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.chats.history import add_speaker_days, store_counted_keys
from desktop.models.chats.speakers import save_speakers
from desktop.models.core.codes import Role, Structure
from desktop.models.core.errors import ValidationError
from desktop.models.dashboard import level_mix as lm
from desktop.models.dashboard import promotions as pr
from desktop.models.dashboard import thresholds as th
from desktop.models.dashboard.dashboard import RoleCount
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members import members as m
from desktop.models.members.drafts import MemberDraft
from desktop.models.storage.db import Database
from desktop.models.storage.settings import set_setting

TODAY = dt.date(2026, 11, 23)
D = dt.date.fromisoformat
OLD = D("2026-01-01")
RING = Structure.RING.value


def rows(**counts: int) -> list[RoleCount]:
    return [RoleCount(role, n) for role, n in counts.items()]


# ---- ring vs pyramid ------------------------------------------------------------------------


def test_many_leaders_make_a_pyramid_top_heavy_but_not_a_ring() -> None:
    # 6 leaders, 5 active, 89 followers: leaders > active (and 6% > 3 × 1%)
    many = rows(leader=6, active=5, follower=89)
    assert lm.level_mix(many, 100, 1000).flags == ("top_heavy",)  # 5% = half of 10%: kept
    ring = lm.level_mix(many, 1000, 3000, RING)
    assert "top_heavy" not in ring.flags
    assert ring.flags == ("no_active_middle",)  # 5% active < half of 30%
    assert ring.peer_leaders == 6 and ring.structure == RING


def test_a_ring_needs_three_peer_leaders() -> None:
    # owner and admins run the group; founders and opinion leaders are the ring's peers
    two = rows(owner=1, admin=3, leader=2, active=30, follower=64)
    assert lm.level_mix(two, 1000, 3000, RING).flags == ("few_peer_leaders",)
    three = rows(owner=1, admin=3, founder=1, leader=2, active=30, follower=63)
    assert lm.level_mix(three, 1000, 3000, RING).flags == ()
    # a pyramid is not asked for peer leaders
    assert "few_peer_leaders" not in lm.level_mix(two, 1000, 3000).flags


def test_one_ring_leader_holding_most_of_what_leaders_host() -> None:
    peers = rows(leader=4, active=30, follower=66)
    flag = "one_leader_dominates"
    assert flag in lm.level_mix(peers, 1000, 3000, RING, hosted=(3, 1, 1, 0)).flags  # 3 > 5/2
    assert flag not in lm.level_mix(peers, 1000, 3000, RING, hosted=(2, 1, 1, 0)).flags  # 2 = 4/2
    assert flag not in lm.level_mix(peers, 1000, 3000, RING, hosted=(3,)).flags  # 3 < 4 hosted
    assert flag in lm.level_mix(peers, 1000, 3000, RING, hosted=(4,)).flags  # 4 hosted: judged
    assert flag not in lm.level_mix(peers, 1000, 3000, hosted=(4,)).flags  # pyramid: expected


def test_active_middle_boundary_is_half_the_target() -> None:
    # ring target 30%: 15 of 100 is exactly half (kept), 14 is under
    assert lm.level_mix(rows(leader=5, active=15, follower=80), 1000, 3000, RING).flags == ()
    assert lm.level_mix(rows(leader=5, active=14, follower=81), 1000, 3000, RING).flags == (
        "no_active_middle",
    )


def _group(
    db: Database, name: str, structure: str = Structure.PYRAMID.value, **more: object
) -> int:
    draft = GroupDraft(name=name, structure=structure, created_on=OLD, **more)  # type: ignore[arg-type]
    return create_group(db, draft, today=TODAY)


def test_targets_per_group_with_defaults_by_structure(database: Database) -> None:
    pyramid = _group(database, "读书会")
    ring = _group(database, "私董会", RING)
    assert lm.level_mix_targets(database, pyramid) == (100, 1000)
    assert lm.level_mix_targets(database, ring) == (1000, 3000)
    assert lm.level_mix_targets(database, None) == (100, 1000)
    lm.save_level_mix_targets(database, ring, (800, 2500))
    assert lm.level_mix_targets(database, ring) == (800, 2500)
    assert lm.own_targets(database, ring) == (800, 2500)
    assert lm.level_mix_targets(database, pyramid) == (100, 1000)  # the other keeps its own
    lm.save_level_mix_targets(database, ring, None)
    assert lm.level_mix_targets(database, ring) == (1000, 3000)
    assert lm.own_targets(database, ring) is None


def test_targets_refuse_bad_shares_and_unknown_groups(database: Database) -> None:
    gid = _group(database, "读书会")
    lm.save_level_mix_targets(database, gid, (10_000, 0))  # all leaders: allowed, 100%
    with pytest.raises(ValidationError) as caught:
        lm.save_level_mix_targets(database, gid, (5_001, 5_000))  # 100.01%
    assert caught.value.field == "target"
    with pytest.raises(ValidationError):
        lm.save_level_mix_targets(database, gid, (-1, 1000))
    with pytest.raises(ValidationError):
        lm.save_level_mix_targets(database, 999, (100, 1000))
    assert lm.level_mix_targets(database, gid) == (10_000, 0)
    set_setting(database, lm.LEVEL_MIX_KEY, "not json")
    assert lm.level_mix_targets(database, gid) == (100, 1000)


def test_the_former_one_target_still_applies_to_pyramids(database: Database) -> None:
    pyramid = _group(database, "读书会")
    ring = _group(database, "私董会", RING)
    set_setting(database, lm.LEGACY_LEVEL_MIX_KEY, "200,1500")
    assert lm.level_mix_targets(database, pyramid) == (200, 1500)
    assert lm.level_mix_targets(database, ring) == (1000, 3000)


# ---- reading thresholds ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("每月至少打卡4次", th.ActivityRule("checkins", 4, 30)),
        ("每周至少发言 3 条", th.ActivityRule("messages", 3, 7)),
        ("每季度至少参加一次资源对接会", th.ActivityRule("attendance", 1, 91)),
        ("半年内至少参加一次沙龙", th.ActivityRule("attendance", 1, 182, False, "salon")),
        ("入群一个月内完成至少 2 次读书打卡", th.ActivityRule("checkins", 2, 30, True)),
        ("两周内出席十二次", th.ActivityRule("attendance", 12, 14)),
        ("at least 4 check-ins per month", th.ActivityRule("checkins", 4, 30)),
        ("10 messages a week", th.ActivityRule("messages", 10, 7)),
    ],
)
def test_common_forms_are_read(text: str, rule: th.ActivityRule) -> None:
    assert th.parse_activity_threshold(text) == rule


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("多参与讨论", "no period"),
        ("每月积极打卡", "no count"),
        ("每月至少4次", "no activity"),
    ],
)
def test_what_cannot_be_read_says_why(text: str, why: str) -> None:
    found = th.parse_activity_threshold(text)
    assert isinstance(found, str) and found.startswith(why)


def test_chinese_numbers() -> None:
    assert [th.chinese_number(t) for t in ("4", "四", "两", "十", "十二", "二十", "九十九")] == [
        4,
        4,
        2,
        10,
        12,
        20,
        99,
    ]
    assert th.chinese_number("百") is None and th.chinese_number("十十") is None


# ---- checking thresholds --------------------------------------------------------------------


class World:
    """Groups, members, check-ins and chat for the threshold and promotion checks."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.event_ids: dict[tuple[int, str], int] = {}

    def group(self, name: str, **more: object) -> int:
        return _group(self.db, name, **more)

    def member(
        self,
        gid: int,
        name: str,
        *,
        joined: dt.date = OLD,
        role: str = Role.FOLLOWER,
        **more: object,
    ) -> int:
        mid = m.create_member(self.db, MemberDraft(name=name), today=TODAY)
        m.join_group(self.db, mid, gid, on=joined, role=role, **more)  # type: ignore[arg-type]
        return mid

    def attend(
        self, gid: int, mid: int, day: str, kind: str = "checkin", host: int | None = None
    ) -> None:
        with self.db.transaction() as conn:
            key = (gid, kind)
            if key not in self.event_ids:
                self.event_ids[key] = conn.execute(
                    "INSERT INTO events (group_id, title, type, starts_at, ends_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (gid, kind, kind, "2026-01-01T20:00:00", "2026-01-01T21:00:00"),
                ).lastrowid
            conn.execute(
                "INSERT INTO attendance (event_id, occurrence_start, member_id) VALUES (?, ?, ?)",
                (self.event_ids[key], f"{day}T20:00:00", mid),
            )

    def chat(self, gid: int, first: str, last: str, said: dict[int, list[tuple[str, int]]]) -> None:
        with self.db.transaction() as conn:
            store_counted_keys(conn, gid, [(D(first), b"\0" * 8), (D(last), b"\1" * 8)])
            for mid, days in said.items():
                key = f"wxid_{mid}"
                speaker = save_speakers(conn, "wechat", [(key, key, mid)])[key]
                add_speaker_days(conn, gid, [(D(day), [speaker], [n]) for day, n in days])


def _names(report: th.ThresholdReport, kind: str = "activity") -> list[tuple[str, int]]:
    return [(x.name, x.done) for x in report.misses if x.kind == kind]


def test_monthly_check_ins_from_attendance(database: Database) -> None:
    w = World(database)
    gid = w.group("打卡群", thresholds={"activity": "每月至少打卡4次"})
    # the window: 30 days ending today, 10-25 … 11-23
    four = w.member(gid, "四次")
    for day in ("2026-10-25", "2026-11-01", "2026-11-10", "2026-11-23"):  # both ends inside
        w.attend(gid, four, day)
    three = w.member(gid, "三次")
    for day in ("2026-10-24", "2026-11-01", "2026-11-10", "2026-11-23"):  # 10-24 is outside
        w.attend(gid, three, day)
    w.member(gid, "新人刚满", joined=D("2026-10-25"))  # in the group the whole window
    w.member(gid, "新人", joined=D("2026-10-26"))  # not yet: one day short
    salon = w.member(gid, "只来沙龙")
    for day in ("2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"):
        w.attend(gid, salon, day, kind="salon")  # attendance, but not check-ins
    report = th.threshold_report(database, gid, TODAY)
    assert _names(report) == [("只来沙龙", 0), ("新人刚满", 0), ("三次", 3)]
    miss = report.misses[-1]
    assert (miss.first, miss.last, miss.needed) == (D("2026-10-25"), TODAY, 4)
    assert report.unchecked == []


def test_messages_from_the_chat_history(database: Database) -> None:
    w = World(database)
    gid = w.group("聊天群", thresholds={"activity": "每周至少发言3次"})
    talker, quiet, silent = (w.member(gid, n) for n in ("话多", "话少", "不说话"))
    # the chat ends 11-20: the week judged is 11-14 … 11-20
    w.chat(
        gid,
        "2026-09-01",
        "2026-11-20",
        {
            talker: [("2026-11-14", 2), ("2026-11-20", 1)],
            quiet: [("2026-11-13", 5), ("2026-11-15", 2)],
        },
    )
    report = th.threshold_report(database, gid, TODAY)
    assert _names(report) == [("不说话", 0), ("话少", 2)]
    assert report.misses[0].first == D("2026-11-14") and report.misses[0].last == D("2026-11-20")
    del silent


def test_thresholds_without_data_are_not_checked_with_the_reason(database: Database) -> None:
    w = World(database)
    chat = w.group("没有聊天记录", thresholds={"activity": "每周至少发言3次"})
    short = w.group("聊天记录太短", thresholds={"activity": "每月至少发言3次"})
    w.chat(short, "2026-11-01", str(TODAY), {})  # 23 days of a 30-day rule
    unread = w.group("看不懂", thresholds={"activity": "保持活跃"})
    quiet = w.group("没有打卡", thresholds={"activity": "每月至少打卡4次"})
    unpaid = w.group("没设会费", thresholds={"payment": "年费 299 元"})
    for gid in (chat, short, unread, quiet, unpaid):
        w.member(gid, "成员")
    report = th.threshold_report(database, None, TODAY)
    assert report.misses == []
    reasons = {u.group_name: (u.kind, u.reason) for u in report.unchecked}
    assert reasons["没有聊天记录"] == ("activity", "no chat history imported for this group")
    assert reasons["聊天记录太短"] == (
        "activity",
        "the chat history covers 23 days, the rule needs 30",
    )
    assert reasons["看不懂"][1].startswith("the app cannot read it: no period")
    assert reasons["没有打卡"][1].startswith("nothing it counts was recorded")
    assert reasons["没设会费"] == ("payment", "the group has no fee period set (Groups tab, fee)")
    assert len(report.unchecked) == 5


def test_first_month_rule_counts_from_joining(database: Database) -> None:
    w = World(database)
    gid = w.group("读书会", thresholds={"activity": "入群一个月内完成至少 2 次读书打卡"})
    done = w.member(gid, "完成", joined=D("2026-10-01"))  # first month 10-01 … 10-30
    w.attend(gid, done, "2026-10-01")
    w.attend(gid, done, "2026-10-30")
    late = w.member(gid, "晚了", joined=D("2026-10-01"))
    w.attend(gid, late, "2026-10-02")
    w.attend(gid, late, "2026-10-31")  # a day after the first month
    w.member(gid, "刚好满月", joined=D("2026-10-24"))  # 10-24 … 11-22: ended, judged
    w.member(gid, "未满月", joined=D("2026-10-25"))  # 10-25 … 11-23: not over yet
    w.member(gid, "很久以前", joined=D("2026-05-01"))  # first month ended beyond 90 days
    report = th.threshold_report(database, gid, TODAY)
    assert _names(report) == [("刚好满月", 0), ("晚了", 1)]
    assert report.misses[-1].first == D("2026-10-01") and report.misses[-1].last == D("2026-10-30")


def test_expired_and_not_renewed(database: Database) -> None:
    w = World(database)
    gid = w.group("付费群", fee_minor=29_900, fee_period_months=12)
    w.member(gid, "昨天到期", paid_until=D("2026-11-22"))
    w.member(gid, "今天到期", paid_until=TODAY)  # paid through today: not expired
    w.member(gid, "早就到期", paid_until=D("2025-11-01"))
    w.member(gid, "没有记录")  # never paid: not an expiry
    gone = w.member(gid, "已退群", paid_until=D("2026-01-01"))
    m.leave_group(database, gone, gid, on=D("2026-02-01"))
    report = th.threshold_report(database, gid, TODAY)
    assert _names(report, "payment") == [("早就到期", 387), ("昨天到期", 1)]


# ---- who to promote -------------------------------------------------------------------------


def test_promotion_rules_top_decile_and_next_median() -> None:
    # 20 followers: k = 2, the cut is the 2nd highest score (30); actives' median 25
    followers = {n: 0 for n in range(1, 21)}
    followers |= {1: 40, 2: 30, 3: 29}
    actives = {101: 20, 102: 25, 103: 30, 104: 10}  # median (20 + 25) / 2 = 22.5
    roles = {mid: "follower" for mid in followers} | {mid: "active" for mid in actives}
    found = pr.suggested(followers | actives, roles)
    # 3 scores 29 < cut 30; of 4 actives k = 1: 103 (30) tops them, nobody leads yet (median 0)
    assert found == {1: (30, 22.5), 2: (30, 22.5), 103: (30, 0.0)}
    # a follower at exactly the next median is not above it
    followers = {1: 25, 2: 0}
    roles = {1: "follower", 2: "follower", 101: "active", 102: "active"}
    assert 1 not in pr.suggested(followers | {101: 25, 102: 25}, roles)
    assert pr.suggested(followers | {101: 24, 102: 24}, roles)[1] == (25, 24.0)


def test_promotion_needs_minimum_points() -> None:
    roles = {1: "follower", 2: "active"}
    assert pr.suggested({1: pr.MIN_POINTS - 1}, roles) == {}
    assert pr.suggested({1: pr.MIN_POINTS}, roles) == {1: (pr.MIN_POINTS, 0.0)}
    # opinion leaders and the roles above them are not suggested for anything
    assert pr.suggested({1: 500}, {1: "leader"}) == {}


def test_promotions_count_messages_attendance_hosting_and_referrals(database: Database) -> None:
    w = World(database)
    gid = w.group("读书会")
    star = w.member(gid, "积极", role=Role.ACTIVE)
    w.member(gid, "骨干", role=Role.LEADER)
    fan = w.member(gid, "热心群友")
    w.member(gid, "群友")
    # window: 90 days, 08-26 … 11-23
    w.attend(gid, star, "2026-08-26", kind="salon")  # 5
    w.attend(gid, star, "2026-08-25", kind="salon")  # outside the window
    w.chat(gid, "2026-08-01", str(TODAY), {star: [("2026-11-01", 7)], fan: [("2026-11-02", 12)]})
    with database.transaction() as conn:  # star hosted one occurrence: 10
        conn.execute(
            "INSERT INTO events (group_id, title, type, starts_at, ends_at, host_id) "
            "VALUES (?, '分享', 'lecture', '2026-11-03T20:00:00', '2026-11-03T21:00:00', ?)",
            (gid, star),
        )
    for n in range(2):  # fan referred two who joined in the window: 20
        friend = m.create_member(database, MemberDraft(name=f"朋友{n}"), today=TODAY)
        with database.transaction() as conn:
            conn.execute("UPDATE members SET referrer_id = ? WHERE id = ?", (fan, friend))
        m.join_group(database, friend, gid, on=D("2026-11-10"))
    found = {p.name: p for p in pr.promotions(database, gid, TODAY)}
    assert set(found) == {"积极", "热心群友"}
    assert found["积极"].contribution == pr.Contribution(messages=7, attended=1, hosted=1)
    assert found["积极"].contribution.points == 22 and found["积极"].to_role == "leader"
    assert found["热心群友"].contribution.points == 32 and found["热心群友"].to_role == "active"


def test_groups_of_both_structures_summed_get_the_active_middle_check_only() -> None:
    many = rows(leader=6, active=4, follower=90)  # top-heavy for a pyramid, 4% < 5%
    assert lm.level_mix(many, 100, 1000, "").flags == ("no_active_middle",)
    assert lm.level_mix(many, 100, 1000, "", hosted=(9,)).flags == ("no_active_middle",)
