"""Members: records, memberships with dated roles, referrals, merging and the roster."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.members import members as m
from desktop.models.members import merging, referrals, role_holders, roster, roster_cache, snapshots
from desktop.models.members.detail import member_detail
from desktop.models.members.drafts import MemberDraft, member_draft_errors
from desktop.models.members.roster import RosterQuery
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)
D = dt.date.fromisoformat


def _group(db: Database, name: str, fee_minor: int = 0) -> int:
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO groups (name, fee_minor, created_on) VALUES (?, ?, '2020-01-01')",
            (name, fee_minor),
        )
        return int(cursor.lastrowid or 0)


def _add(db: Database, name: str, **fields: object) -> int:
    return m.create_member(db, MemberDraft(name=name, **fields), today=TODAY)  # type: ignore[arg-type]


def _counts(db: Database) -> dict[str, int]:
    return db.counts()


def _names(db: Database, ids: list[int]) -> list[str]:
    return [m.get_member(db, i).name for i in ids]


@dataclass
class World:
    """Three groups and five members with polyphonic surnames, roles and referrals."""

    db: Database
    reading: int  # 读书会, free
    council: int  # 私董会, paid
    salon: int  # 沙龙, free and empty
    zhang: int
    zeng: int
    shan: int
    xie: int
    li: int


@pytest.fixture
def world(database: Database) -> World:
    db = database
    reading = _group(db, "读书会")
    council = _group(db, "私董会", fee_minor=99_900)
    salon = _group(db, "沙龙")
    zhang = _add(
        db,
        "张三",
        nickname="三哥",
        wechat_id="zhangsan_88",
        phone="+86 138 1234 5678",
        email="zhang@Example.com",
        tags=("VIP", "讲师"),
        notes="喜欢读书",
    )
    zeng = _add(db, "曾小明", phone="139 0000 1111", referrer_id=zhang, tags=("老客户",))
    shan = _add(db, "单田芳", wechat_id="shantf")
    li = _add(db, "李四", nickname="Lucky", referrer_id=zhang, tags=("VIP",))
    xie = _add(db, "解晓东", referrer_id=li, email="xie@qq.com")
    m.join_group(db, zhang, reading, on=D("2024-01-10"), role="seed")
    m.change_role(db, zhang, reading, "active", on=D("2024-06-01"))
    m.change_role(db, zhang, reading, "leader", on=D("2025-01-01"))
    m.join_group(db, zhang, council, on=D("2024-03-01"), paid_until=D("2027-01-01"))
    m.join_group(db, zeng, council, on=D("2023-05-05"), paid_until=D("2026-10-01"))
    m.join_group(db, shan, reading, on=D("2022-02-02"))
    m.leave_group(db, shan, reading, on=D("2023-03-03"))
    m.join_group(db, xie, council, on=D("2025-02-02"), role="admin", paid_until=D("2026-12-10"))
    return World(db, reading, council, salon, zhang, zeng, shan, xie, li)


def _q(**fields: object) -> RosterQuery:
    return RosterQuery(today=TODAY, **fields)  # type: ignore[arg-type]


def _roster(w: World, **fields: object) -> list[str]:
    return [row[1] for row in roster.roster_rows(w.db, _q(**fields))]


# ---------------------------------------------------------------------------------------
# Create, read, update, delete
# ---------------------------------------------------------------------------------------


def test_create_stores_normalised_fields_tags_and_search_key(database: Database) -> None:
    member_id = _add(
        database,
        "  张三 ",
        wechat_id=" zhangsan_88 ",
        phone="１３８-１２３４-５６７８",
        email="Zhang@Example.COM",
        tags=(" VIP", "VIP ", "讲师", " "),
        notes="喜欢读书 ",
    )
    member = m.get_member(database, member_id)
    assert (member.name, member.wechat_id, member.phone, member.email) == (
        "张三",
        "zhangsan_88",
        "13812345678",
        "Zhang@example.com",
    )
    assert member.tags == ("VIP", "讲师")
    assert member.notes == "喜欢读书"
    assert member.created_at.date() == TODAY
    for part in ("张三", "zhangsan", "zs", "zhangsan_88", "13812345678", "vip", "讲师", "喜欢读书"):
        assert part in member.search_key
    assert database.conn.execute("SELECT count(*) FROM member_tags").fetchone()[0] == 2


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "张" * 101}, "name"),
        ({"phone": "12345"}, "phone"),
        ({"email": "zhang@"}, "email"),
        ({"wechat_id": "张三的微信"}, "wechat_id"),
        ({"tags": ("VIP,老客户",)}, "tags"),
        ({"referrer_id": 999}, "referrer"),
    ],
)
def test_create_refuses_bad_input_and_writes_nothing(
    world: World, fields: dict[str, object], field: str
) -> None:
    before = _counts(world.db)
    draft = replace(MemberDraft(name="王五", tags=("新人",)), **fields)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        m.create_member(world.db, draft, today=TODAY)
    assert caught.value.field == field
    assert caught.value.row is None
    assert _counts(world.db) == before


def test_update_replaces_fields_tags_and_search_key(world: World) -> None:
    draft = replace(m.get_member(world.db, world.li).draft(), name="王五", tags=("北京",))
    m.update_member(world.db, world.li, draft, today=TODAY)
    member = m.get_member(world.db, world.li)
    assert (member.name, member.tags, member.referrer_id) == ("王五", ("北京",), world.zhang)
    assert "wangwu" in member.search_key
    assert "lisi" not in member.search_key
    assert "vip" not in member.search_key
    assert _roster(world, text="lisi") == []
    assert _roster(world, text="ww") == ["王五"]


def test_update_links_referrer_and_drops_unmatched_name(world: World) -> None:
    draft = replace(m.get_member(world.db, world.shan).draft(), referrer_text="老王")
    m.update_member(world.db, world.shan, draft)
    assert m.get_member(world.db, world.shan).referrer_text == "老王"
    m.update_member(world.db, world.shan, replace(draft, referrer_id=world.zeng))
    member = m.get_member(world.db, world.shan)
    assert (member.referrer_id, member.referrer_text) == (world.zeng, "")


def test_update_refuses_self_referral_and_cycles_writing_nothing(world: World) -> None:
    before = world.db.conn.execute("SELECT * FROM members ORDER BY id").fetchall()
    own = replace(m.get_member(world.db, world.zhang).draft(), name="改名", referrer_id=world.zhang)
    with pytest.raises(ValidationError, match="own referrer") as caught:
        m.update_member(world.db, world.zhang, own)
    assert caught.value.field == "referrer"
    # zhang referred li, li referred xie: xie cannot become zhang's referrer.
    loop = replace(own, referrer_id=world.xie)
    with pytest.raises(ValidationError, match="解晓东 was referred") as caught:
        m.update_member(world.db, world.zhang, loop)
    assert caught.value.field == "referrer"
    assert world.db.conn.execute("SELECT * FROM members ORDER BY id").fetchall() == before


def test_update_and_get_of_missing_member_are_refused(database: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        m.update_member(database, 42, MemberDraft(name="某人"))
    assert caught.value.field == "member"
    with pytest.raises(ValidationError, match="no member with id 42"):
        m.get_member(database, 42)


def test_delete_cascades_own_history_and_unlinks_the_rest(world: World) -> None:
    conn = world.db.conn
    with world.db.transaction():
        conn.execute(
            "INSERT INTO revenue (day, group_id, kind, category, amount_minor, member_id) "
            "VALUES ('2025-01-01', ?, 'income', 'membership', 99900, ?)",
            (world.council, world.zhang),
        )
    assert snapshots.delete_members(world.db, [world.zhang, world.zhang, 999]) == 1
    assert (
        conn.execute(
            "SELECT count(*) FROM memberships WHERE member_id = ?", (world.zhang,)
        ).fetchone()[0]
        == 0
    )
    assert (
        conn.execute(
            "SELECT count(*) FROM member_tags WHERE member_id = ?", (world.zhang,)
        ).fetchone()[0]
        == 0
    )
    assert conn.execute("SELECT count(*) FROM role_history").fetchone()[0] == 3  # zeng, shan, xie
    assert conn.execute("SELECT member_id, amount_minor FROM revenue").fetchall() == [(None, 99900)]
    assert m.get_member(world.db, world.li).referrer_id is None
    assert snapshots.delete_members(world.db, []) == 0


# ---------------------------------------------------------------------------------------
# Duplicates and merging
# ---------------------------------------------------------------------------------------


def test_find_duplicates_by_wechat_any_case_or_normalised_phone(world: World) -> None:
    db = world.db
    assert m.find_duplicates(db, wechat_id="ZhangSan_88") == [world.zhang]
    assert m.find_duplicates(db, phone="+86 138-1234-5678") == [world.zhang]
    assert m.find_duplicates(db, phone="13900001111", wechat_id="shantf") == [
        world.zeng,
        world.shan,
    ]
    assert m.find_duplicates(db, wechat_id="zhangsan_88", exclude_id=world.zhang) == []
    assert m.find_duplicates(db, wechat_id="", phone="") == []
    assert m.find_duplicates(db, phone="not a phone") == []
    # members without a WeChat ID are not duplicates of each other
    assert m.find_duplicates(db, wechat_id="nobody") == []


def test_merge_moves_everything_and_keeps_both_histories(world: World) -> None:
    db, conn = world.db, world.db.conn
    dup = _add(
        db,
        "张三",
        wechat_id="ZS_second",
        phone="13600000000",
        email="z3@qq.com",
        referrer_text="老王",
        tags=("VIP", "北京"),
        notes="第二条记录",
    )
    # Overlapping open memberships in 读书会: the duplicate joined earlier and became admin.
    m.join_group(db, dup, world.reading, on=D("2023-01-01"), role="follower")
    m.change_role(db, dup, world.reading, "admin", on=D("2025-06-01"))
    # A period in 沙龙 only the duplicate had.
    m.join_group(db, dup, world.salon, on=D("2023-02-02"))
    m.leave_group(db, dup, world.salon, on=D("2023-12-31"))
    m.update_member(db, world.shan, replace(m.get_member(db, world.shan).draft(), referrer_id=dup))
    with db.transaction():
        conn.execute(
            "INSERT INTO events (group_id, title, starts_at, ends_at) VALUES "
            "(?, '读书分享', '2025-03-01T19:00:00', '2025-03-01T21:00:00')",
            (world.reading,),
        )
        event = conn.execute("SELECT max(id) FROM events").fetchone()[0]
        conn.executemany(
            "INSERT INTO attendance (event_id, occurrence_start, member_id, status) "
            "VALUES (?, ?, ?, ?)",
            [
                (event, "2025-03-01T19:00:00", world.zhang, "signed_up"),
                (event, "2025-03-01T19:00:00", dup, "attended"),
                (event, "2025-03-08T19:00:00", dup, "attended"),
            ],
        )
        conn.execute(
            "INSERT INTO revenue (day, kind, category, amount_minor, member_id) "
            "VALUES ('2025-03-01', 'income', 'ticket', 5000, ?)",
            (dup,),
        )
    roles_before = len(m.role_history(db, world.zhang)) + len(m.role_history(db, dup))

    merging.merge_members(db, world.zhang, dup)

    with pytest.raises(ValidationError):
        m.get_member(db, dup)
    kept = m.get_member(db, world.zhang)
    assert (kept.wechat_id, kept.phone, kept.email) == (
        "zhangsan_88",
        "13812345678",
        "zhang@example.com",
    )
    assert kept.referrer_text == "老王"  # was empty, filled from the duplicate
    assert kept.tags == ("VIP", "北京", "讲师")
    assert kept.notes == "喜欢读书\n第二条记录"
    assert "北京" in kept.search_key and "zs_second" not in kept.search_key
    views = m.memberships_of(db, world.zhang)
    assert [(v.group_name, v.joined_on, v.left_on, v.role) for v in views] == [
        ("读书会", D("2023-01-01"), None, "admin"),
        ("沙龙", D("2023-02-02"), D("2023-12-31"), "follower"),
        ("私董会", D("2024-03-01"), None, "follower"),
    ]
    reading = [(s.role, s.since, s.until) for s in m.role_history(db, world.zhang, world.reading)]
    assert reading == [
        ("follower", D("2023-01-01"), D("2025-06-01")),
        ("seed", D("2024-01-10"), D("2024-06-01")),
        ("active", D("2024-06-01"), D("2025-01-01")),
        ("leader", D("2025-01-01"), D("2025-06-01")),  # closed when admin was recorded
        ("admin", D("2025-06-01"), None),
    ]
    assert len(m.role_history(db, world.zhang)) == roles_before
    attendance = conn.execute(
        "SELECT occurrence_start, member_id, status FROM attendance ORDER BY occurrence_start"
    ).fetchall()
    assert attendance == [
        ("2025-03-01T19:00:00", world.zhang, "attended"),
        ("2025-03-08T19:00:00", world.zhang, "attended"),
    ]
    assert conn.execute("SELECT member_id FROM revenue").fetchall() == [(world.zhang,)]
    assert m.get_member(db, world.shan).referrer_id == world.zhang
    assert referrals.referral_counts(db, [world.zhang])[world.zhang] == (3, 4)


def test_merging_open_memberships_with_the_same_role_keeps_one_span(world: World) -> None:
    db = world.db
    dup = _add(db, "曾小明")
    m.join_group(db, dup, world.council, on=D("2024-01-01"), paid_until=D("2027-06-30"))
    merging.merge_members(db, world.zeng, dup)
    views = m.memberships_of(db, world.zeng)
    assert [(v.joined_on, v.paid_until, v.role) for v in views] == [
        (D("2023-05-05"), D("2027-06-30"), "follower")
    ]
    assert [(s.role, s.since, s.until) for s in m.role_history(db, world.zeng)] == [
        ("follower", D("2023-05-05"), None)
    ]


def test_merge_breaks_a_referral_loop_it_would_create(world: World) -> None:
    db = world.db
    # zhang referred li; a duplicate of zhang was (wrongly) recorded as referred by li.
    dup = _add(db, "张三 (旧)", referrer_id=world.li)
    m.update_member(db, world.zeng, replace(m.get_member(db, world.zeng).draft(), referrer_id=dup))
    merging.merge_members(db, world.li, dup)  # li takes over dup, who was referred by li
    assert m.get_member(db, world.li).referrer_id == world.zhang
    assert m.get_member(db, world.zeng).referrer_id == world.li
    merging.merge_members(db, world.xie, world.zhang)  # xie (referred by li) absorbs li's referrer
    assert m.get_member(db, world.xie).referrer_id is None  # the loop xie→li→xie is cut
    assert referrals.referral_tree(db, world.xie).total == 2


def test_merge_refuses_self_and_missing_members_changing_nothing(world: World) -> None:
    before = _counts(world.db)
    with pytest.raises(ValidationError, match="themselves"):
        merging.merge_members(world.db, world.zhang, world.zhang)
    with pytest.raises(ValidationError) as caught:
        merging.merge_members(world.db, world.zhang, 999)
    assert caught.value.field == "member"
    assert _counts(world.db) == before


# ---------------------------------------------------------------------------------------
# Memberships and roles
# ---------------------------------------------------------------------------------------


def test_role_changes_build_a_dated_timeline_never_overwriting(world: World) -> None:
    db = world.db
    ids_before = [s.id for s in m.role_history(db, world.zhang, world.reading)]
    spans = m.role_history(db, world.zhang, world.reading)
    assert [(s.role, s.since, s.until) for s in spans] == [
        ("seed", D("2024-01-10"), D("2024-06-01")),
        ("active", D("2024-06-01"), D("2025-01-01")),
        ("leader", D("2025-01-01"), None),
    ]
    m.change_role(db, world.zhang, world.reading, "admin", on=D("2025-01-01"))  # same day is fine
    spans = m.role_history(db, world.zhang, world.reading)
    assert [s.id for s in spans][:3] == ids_before
    assert [(s.role, s.until) for s in spans][-2:] == [("leader", D("2025-01-01")), ("admin", None)]
    everywhere = m.role_history(db, world.zhang)
    assert [(s.group_name, s.role) for s in everywhere] == [
        ("读书会", "seed"),
        ("私董会", "follower"),
        ("读书会", "active"),
        ("读书会", "leader"),
        ("读书会", "admin"),
    ]


@pytest.mark.parametrize(
    ("role", "on", "field", "text"),
    [
        ("leader", "2025-05-05", "role", "already has this role"),
        ("admin", "2024-12-31", "since", "since 2025-01-01"),
        ("admin", "2023-01-01", "since", "joined 读书会 on 2024-01-10"),
        ("boss", "2025-05-05", "role", "Unknown role"),
        ("admin", "2026-12-01", "since", "future"),
    ],
)
def test_change_role_refusals_change_nothing(
    world: World, role: str, on: str, field: str, text: str
) -> None:
    before = world.db.conn.execute("SELECT * FROM role_history ORDER BY id").fetchall()
    with pytest.raises(ValidationError, match=text) as caught:
        m.change_role(world.db, world.zhang, world.reading, role, on=D(on), today=TODAY)
    assert caught.value.field == field
    assert world.db.conn.execute("SELECT * FROM role_history ORDER BY id").fetchall() == before


def test_change_role_outside_a_current_membership_is_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="not a current member"):
        m.change_role(world.db, world.shan, world.reading, "leader", on=D("2024-01-01"))


def test_leaving_closes_role_and_rejoining_starts_a_new_period(world: World) -> None:
    db = world.db
    m.leave_group(db, world.zhang, world.reading, on=D("2025-08-08"))
    views = [v for v in m.memberships_of(db, world.zhang) if v.group_id == world.reading]
    assert [(v.left_on, v.role) for v in views] == [(D("2025-08-08"), "leader")]
    assert m.role_history(db, world.zhang, world.reading)[-1].until == D("2025-08-08")
    with pytest.raises(ValidationError, match="not a current member"):
        m.leave_group(db, world.zhang, world.reading, on=D("2025-09-09"))
    with pytest.raises(ValidationError, match="cannot start earlier") as caught:
        m.join_group(db, world.zhang, world.reading, on=D("2025-08-01"))
    assert caught.value.field == "joined"
    new_id = m.join_group(db, world.zhang, world.reading, on=D("2026-01-01"), role="seed")
    views = [v for v in m.memberships_of(db, world.zhang) if v.group_id == world.reading]
    assert [(v.id == new_id, v.joined_on, v.left_on, v.role) for v in views] == [
        (False, D("2024-01-10"), D("2025-08-08"), "leader"),
        (True, D("2026-01-01"), None, "seed"),
    ]
    assert [s.role for s in m.role_history(db, world.zhang, world.reading)] == [
        "seed",
        "active",
        "leader",
        "seed",
    ]


def test_join_refusals(world: World) -> None:
    db = world.db
    before = _counts(db)
    with pytest.raises(ValidationError, match="already a member") as caught:
        m.join_group(db, world.zhang, world.reading, on=D("2026-01-01"))
    assert caught.value.field == "group"
    with pytest.raises(ValidationError, match="no group"):
        m.join_group(db, world.zhang, 999, on=D("2026-01-01"))
    with pytest.raises(ValidationError, match="no member"):
        m.join_group(db, 999, world.salon, on=D("2026-01-01"))
    with pytest.raises(ValidationError, match="future"):
        m.join_group(db, world.li, world.salon, on=D("2026-12-01"), today=TODAY)
    with pytest.raises(ValidationError, match="Unknown role"):
        m.join_group(db, world.li, world.salon, on=D("2026-01-01"), role="群主")
    with pytest.raises(ValidationError, match="records from 2025-01-01"):
        m.leave_group(db, world.zhang, world.reading, on=D("2024-12-31"))
    assert _counts(db) == before


def test_bulk_actions_are_all_or_nothing_and_name_the_member(world: World) -> None:
    db = world.db
    before = _counts(db)
    with pytest.raises(ValidationError) as caught:
        m.bulk_join(db, [world.li, world.shan, world.zhang], world.reading, on=D("2026-01-01"))
    assert caught.value.row is None
    assert "张三" in caught.value.message and "already a member" in caught.value.message
    assert _counts(db) == before
    assert m.bulk_join(db, [world.li, world.shan], world.salon, on=D("2026-01-01")) == 2
    assert (
        m.bulk_change_role(db, [world.li, world.shan], world.salon, "seed", on=D("2026-02-01")) == 2
    )
    with pytest.raises(ValidationError, match=r"单田芳.*already has this role"):
        m.bulk_change_role(db, [world.shan, world.li], world.salon, "seed", on=D("2026-03-01"))
    assert [s.role for s in m.role_history(db, world.shan, world.salon)] == ["follower", "seed"]
    with pytest.raises(ValidationError, match="曾小明"):
        m.bulk_leave(db, [world.li, world.zeng], world.salon, on=D("2026-03-01"))
    assert m.memberships_of(db, world.li)[0].left_on is None
    assert m.bulk_leave(db, [world.li, world.shan], world.salon, on=D("2026-03-01")) == 2
    # names sort by pinyin: li before shan
    assert _roster(world, group_id=world.salon, status="left") == ["李四", "单田芳"]


def test_bulk_tags_add_and_remove_and_refresh_search(world: World) -> None:
    db = world.db
    assert m.add_tag(db, [world.zeng, world.zhang, world.shan], " 北京 ") == 3
    assert m.add_tag(db, [world.zeng, world.xie], "北京") == 1
    assert _roster(world, tag="北京") == ["单田芳", "解晓东", "曾小明", "张三"]
    assert _roster(world, text="北京") == ["单田芳", "解晓东", "曾小明", "张三"]
    assert m.remove_tag(db, [world.zhang, world.li], "北京") == 1
    assert _roster(world, text="北京") == ["单田芳", "解晓东", "曾小明"]
    before = _counts(db)
    with pytest.raises(ValidationError) as caught:
        m.add_tag(db, [world.zhang], "a,b")
    assert caught.value.field == "tags"
    with pytest.raises(ValidationError, match="no member with id 999"):
        m.add_tag(db, [world.zhang, 999], "新标签")
    assert _counts(db) == before


# ---------------------------------------------------------------------------------------
# Referrals
# ---------------------------------------------------------------------------------------


def test_referral_tree_counts_every_level(world: World) -> None:
    db = world.db
    grandchild = _add(db, "周七", referrer_id=world.xie)
    _add(db, "吴八", referrer_id=grandchild)
    tree = referrals.referral_tree(db, world.zhang)
    assert (tree.name, tree.direct, tree.total, tree.depth) == ("张三", 2, 5, 0)
    # children by the pinyin of their names: li before zeng
    assert [(c.name, c.direct, c.total) for c in tree.children] == [
        ("李四", 1, 3),
        ("曾小明", 0, 0),
    ]
    li = tree.children[0]
    assert [(c.name, c.depth, c.total) for c in li.children] == [("解晓东", 2, 2)]
    assert li.children[0].children[0].children[0].name == "吴八"
    assert referrals.referral_counts(db, [world.zhang, world.li, world.shan, 999]) == {
        world.zhang: (2, 5),
        world.li: (1, 3),
        world.shan: (0, 0),
        999: (0, 0),
    }
    shallow = referrals.referral_tree(db, world.zhang, max_depth=1)
    assert [c.truncated for c in shallow.children] == [True, False]
    assert shallow.children[0].children == () and shallow.children[0].total == 3
    assert [(r.name, r.direct, r.total) for r in referrals.referred_by(db, world.zhang)] == [
        ("李四", 1, 3),
        ("曾小明", 0, 0),
    ]
    ref = referrals.referrer_of(db, world.xie)
    assert ref is not None and (ref.name, ref.direct, ref.total) == ("李四", 1, 3)
    assert referrals.referrer_of(db, world.zhang) is None


def test_referral_queries_survive_a_loop_in_hand_edited_data(world: World) -> None:
    db = world.db
    with db.transaction() as conn:  # zhang → li → xie → zhang, bypassing validation
        conn.execute("UPDATE members SET referrer_id = ? WHERE id = ?", (world.xie, world.zhang))
        conn.execute("UPDATE members SET referrer_id = id WHERE id = ?", (world.shan,))
    tree = referrals.referral_tree(db, world.zhang)
    assert (tree.direct, tree.total) == (2, 3)
    assert referrals.referral_counts(db, [world.xie, world.shan]) == {
        world.xie: (1, 3),
        world.shan: (0, 0),
    }


# ---------------------------------------------------------------------------------------
# Detail pane
# ---------------------------------------------------------------------------------------


def test_member_detail_gathers_everything(world: World) -> None:
    db, conn = world.db, world.db.conn
    with db.transaction():
        conn.execute(
            "INSERT INTO events (group_id, title, starts_at, ends_at) VALUES "
            "(?, '线下沙龙', '2025-04-01T19:00:00', '2025-04-01T21:00:00')",
            (world.council,),
        )
        conn.execute(
            "INSERT INTO attendance (event_id, occurrence_start, member_id) "
            "VALUES (1, '2025-04-01T19:00:00', ?)",
            (world.li,),
        )
        conn.execute(
            "INSERT INTO revenue (day, group_id, kind, category, amount_minor, member_id) "
            "VALUES ('2025-04-01', ?, 'income', 'ticket', 19900, ?)",
            (world.council, world.li),
        )
    m.join_group(db, world.li, world.salon, on=D("2025-01-01"))
    detail = member_detail(db, world.li)
    assert detail.member.nickname == "Lucky"
    assert detail.member.tags == ("VIP",)
    assert detail.referrer is not None and detail.referrer.name == "张三"
    assert [(r.name, r.total) for r in detail.referred] == [("解晓东", 0)]
    assert [(v.group_name, v.role) for v in detail.memberships] == [("沙龙", "follower")]
    assert [(s.role, s.since) for s in detail.roles] == [("follower", D("2025-01-01"))]
    assert [(a.title, a.occurrence_start, a.status) for a in detail.attendance] == [
        ("线下沙龙", dt.datetime(2025, 4, 1, 19), "attended")
    ]
    assert [(r.day, r.category, r.amount_minor, r.currency) for r in detail.revenue] == [
        (D("2025-04-01"), "ticket", 19900, "CNY")
    ]


# ---------------------------------------------------------------------------------------
# Roster
# ---------------------------------------------------------------------------------------


def test_roster_rows_compute_every_column(world: World) -> None:
    rows = {row[1]: row for row in roster.roster_rows(world.db, _q(sort="id"))}
    assert roster.ROSTER_COLUMNS[1:] == (
        "name", "nickname", "wechat_id", "phone", "groups", "role",
        "joined", "referrer", "tags", "paid_until", "status", "last_spoke", "messages_30d",
    )  # fmt: skip
    assert rows["张三"][1:] == (
        "张三", "三哥", "zhangsan_88", "13812345678", "读书会、私董会", "leader",
        "2024-01-10", "", "VIP, 讲师", "2027-01-01", "active", "", "",
    )  # fmt: skip
    assert rows["曾小明"][5:] == (
        "私董会", "follower", "2023-05-05", "张三", "老客户", "2026-10-01", "expired", "", "",
    )  # fmt: skip
    assert rows["单田芳"][5:] == ("读书会", "", "2022-02-02", "", "", "", "left", "", "")
    assert rows["解晓东"][5:] == (
        "私董会", "admin", "2025-02-02", "李四", "", "2026-12-10", "active", "", "",
    )  # fmt: skip
    assert rows["李四"][5:] == ("", "", "", "张三", "VIP", "", "left", "", "")


def test_roster_in_one_group_uses_that_groups_role_and_dates(world: World) -> None:
    rows = roster.roster_rows(world.db, _q(group_id=world.council))
    assert [(r[1], r[5], r[6], r[7], r[11]) for r in rows] == [
        ("解晓东", "私董会", "admin", "2025-02-02", "active"),
        ("曾小明", "私董会", "follower", "2023-05-05", "expired"),
        ("张三", "私董会", "follower", "2024-03-01", "active"),
    ]
    reading = roster.roster_rows(world.db, _q(group_id=world.reading))
    assert [(r[1], r[6], r[11]) for r in reading] == [
        ("单田芳", "", "left"),
        ("张三", "leader", "active"),
    ]
    assert roster.roster_rows(world.db, _q(group_id=world.salon)) == []


def test_past_groups_are_listed_once_after_rejoining_and_leaving(world: World) -> None:
    m.join_group(world.db, world.shan, world.reading, on=D("2024-01-01"))
    m.leave_group(world.db, world.shan, world.reading, on=D("2024-02-01"))
    row = roster.roster_rows_for(world.db, _q(), [world.shan])[0]
    assert (row[5], row[7], row[11]) == ("读书会", "2022-02-02", "left")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": "active"}, ["解晓东", "张三"]),
        ({"status": "expired"}, ["曾小明"]),
        ({"status": "left"}, ["李四", "单田芳"]),
        ({"role": "follower"}, ["曾小明", "张三"]),  # a current role in any group
        ({"role": "leader"}, ["张三"]),
        ({"role": "seed"}, []),  # zhang's seed span is history now
        ({"role": "admin", "group_id": "council"}, ["解晓东"]),
        ({"role": "leader", "group_id": "council"}, []),
        ({"tag": "VIP"}, ["李四", "张三"]),
        ({"tag": " VIP "}, ["李四", "张三"]),
        ({"joined_from": D("2024-01-10")}, ["解晓东", "张三"]),
        ({"joined_to": D("2023-05-05")}, ["单田芳", "曾小明"]),
        ({"joined_from": D("2023-01-01"), "joined_to": D("2024-12-31")}, ["曾小明", "张三"]),
        ({"joined_from": D("2024-01-01"), "group_id": "council"}, ["解晓东", "张三"]),
        ({"expiring_within_days": 30}, ["解晓东"]),
        ({"expiring_within_days": 39}, ["解晓东", "张三"]),
        ({"expiring_within_days": 0}, []),
        ({"status": "expired", "group_id": "reading"}, []),
        ({"text": "vip", "status": "left"}, ["李四"]),
    ],
)
def test_roster_filters(world: World, fields: dict[str, object], expected: list[str]) -> None:
    if "group_id" in fields:
        fields["group_id"] = getattr(world, str(fields["group_id"]))
    assert _roster(world, **fields) == expected
    ids = roster.roster_ids(world.db, _q(**fields))
    assert _names(world.db, ids) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zhangsan", ["张三"]),
        ("zs", ["张三"]),
        ("ZhangSan", ["张三"]),
        ("张", ["张三"]),
        ("zeng", ["曾小明"]),  # 曾 as a surname
        ("ceng", ["曾小明"]),  # 曾 as in 曾经
        ("zxm", ["曾小明"]),
        ("cxm", ["曾小明"]),
        ("xie", ["解晓东"]),  # 解 as a surname
        ("jiexiaodong", ["解晓东"]),
        ("xxd", ["解晓东"]),
        ("shantianfang", ["单田芳"]),  # 单 as a surname
        ("stf", ["单田芳"]),
        ("dantianfang", ["单田芳"]),
        ("tianfang", ["单田芳"]),
        ("lucky", ["李四"]),  # nickname
        ("sange", ["张三"]),  # nickname pinyin
        ("zhangsan_88", ["张三"]),  # WeChat ID
        ("1234", ["张三"]),  # phone digits
        ("138-1234", ["张三"]),
        ("讲师", ["张三"]),  # tag
        ("读书", ["张三"]),  # notes
        ("zhang vip", ["张三"]),  # every word must match
        ("li vip", ["李四"]),
        ("100%", []),  # LIKE wildcards are literal
        ("_", ["张三"]),
        ("  ", ["李四", "单田芳", "解晓东", "曾小明", "张三"]),
    ],
)
def test_roster_text_search_with_pinyin(world: World, text: str, expected: list[str]) -> None:
    assert _roster(world, text=text) == expected
    cached = roster_cache.RosterCache.load(world.db, _q(text="ignored at load"))
    assert [row[1] for row in cached.search(text)] == expected


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", roster.ROSTER_COLUMNS)
def test_roster_sorts_by_every_column_blanks_last(
    world: World, column: str, descending: bool
) -> None:
    # Two members who differ only in id, to see the tie-break follow the direction, and
    # Latin text in mixed case, which SQLite folds for ASCII letters only.
    _add(world.db, "张三")
    _add(world.db, "bob", nickname="Émile", wechat_id="Zed_1", tags=("b", "A"))
    _add(world.db, "Alice", nickname="éva", wechat_id="amy_2", tags=("B",))
    rows = roster.roster_rows(world.db, _q(sort=column, descending=descending))
    values = [row[roster.ROSTER_COLUMNS.index(column)] for row in rows]
    filled = [v for v in values if v != ""]
    assert values == filled + [""] * (len(values) - len(filled))
    assert [r[0] for r in rows] == roster.roster_ids(
        world.db, _q(sort=column, descending=descending)
    )
    resorted = roster_cache.sort_roster_rows(reversed(rows), column, descending=descending)
    assert resorted == rows


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        # by pinyin: li, shan, xie, zeng, zhang (surnames 单 shan, 解 xie, 曾 zeng)
        ("name", ["李四", "单田芳", "解晓东", "曾小明", "张三"]),
        ("joined", ["单田芳", "曾小明", "张三", "解晓东", "李四"]),
        ("role", ["解晓东", "张三", "曾小明", "单田芳", "李四"]),
        ("status", ["张三", "解晓东", "曾小明", "单田芳", "李四"]),
        ("paid_until", ["曾小明", "解晓东", "张三", "单田芳", "李四"]),
        ("referrer", ["曾小明", "李四", "解晓东", "张三", "单田芳"]),
        ("nickname", ["李四", "张三", "曾小明", "单田芳", "解晓东"]),
    ],
)
def test_roster_sort_orders(world: World, column: str, expected: list[str]) -> None:
    assert _roster(world, sort=column) == expected
    descending = _roster(world, sort=column, descending=True)
    blanks = {
        "joined": 1, "role": 2, "paid_until": 2, "referrer": 2, "nickname": 3,
    }.get(column, 0)  # fmt: skip
    cut = len(expected) - blanks
    assert descending == expected[:cut][::-1] + expected[cut:][::-1]


def test_roster_ids_in_a_group_list_only_its_members(world: World) -> None:
    for sort in ("name", "id", "tags"):
        ids = roster.roster_ids(world.db, _q(group_id=world.council, sort=sort))
        assert sorted(ids) == [world.zhang, world.zeng, world.xie]
    assert roster.roster_ids(world.db, _q(group_id=world.council, text="zhang")) == [world.zhang]


def test_unknown_role_codes_in_old_data_rank_last(world: World) -> None:
    with world.db.transaction() as conn:  # a code written by hand, outside the Role list
        conn.execute("UPDATE role_history SET role = 'mentor' WHERE role = 'admin'")
    assert _roster(world, sort="role") == ["张三", "曾小明", "解晓东", "单田芳", "李四"]
    rows = roster.roster_rows(world.db, _q(sort="role"))
    assert rows[2][6] == "mentor"
    assert roster_cache.sort_roster_rows(rows[::-1], "role") == rows


def test_roster_rows_for_returns_requested_rows_in_order(world: World) -> None:
    query = _q(group_id=world.council)
    rows = roster.roster_rows_for(world.db, query, [world.xie, world.shan, world.zhang, 999])
    assert [(r[1], r[6]) for r in rows] == [("解晓东", "admin"), ("张三", "follower")]
    assert roster.roster_rows_for(world.db, query, []) == []


def test_roster_refuses_unknown_sort_status_and_role(world: World) -> None:
    for fields, field in (
        ({"sort": "salary"}, "sort"),
        ({"status": "gone"}, "status"),
        ({"role": "boss"}, "role"),
        ({"expiring_within_days": -1}, "expiring_within_days"),
    ):
        with pytest.raises(ValidationError) as caught:
            roster.roster_rows(world.db, _q(**fields))
        assert caught.value.field == field
    with pytest.raises(ValidationError):
        roster_cache.sort_roster_rows([], "salary")


def test_models_do_not_import_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, desktop.models.members.members, desktop.models.members.contacts; "
        "sys.exit(any(n.startswith('PySide6') for n in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_cached_search_and_sort_agree_with_sql_on_the_demo(demo_db: Database) -> None:
    query = _q(sort="id")
    rows = roster.roster_rows(demo_db, query)
    assert len(rows) == demo_db.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    assert {r[11] for r in rows} == {"active", "expired", "left"}
    cache = roster_cache.RosterCache(rows, roster.roster_search_keys(demo_db))
    for column in roster.ROSTER_COLUMNS:
        for descending in (False, True):
            sql = roster.roster_rows(demo_db, replace(query, sort=column, descending=descending))
            assert roster_cache.sort_roster_rows(rows, column, descending=descending) == sql, column
            cache.sort(column, descending=descending)
            assert cache.rows == sql
            for text in ("z", "wang", "ls", "13", "vip 1"):
                search = replace(query, text=text, sort=column, descending=descending)
                assert cache.search(text) == roster.roster_rows(demo_db, search)


def test_cache_refresh_follows_edits_joins_and_deletes(world: World) -> None:
    query = _q(group_id=world.council)
    cache = roster_cache.RosterCache.load(world.db, query)
    assert [r[1] for r in cache.rows] == ["解晓东", "曾小明", "张三"]
    m.update_member(
        world.db, world.zeng, replace(m.get_member(world.db, world.zeng).draft(), name="曾晓明")
    )
    m.join_group(world.db, world.li, world.council, on=D("2026-01-01"))
    snapshots.delete_members(world.db, [world.xie])
    cache.refresh(world.db, query, [world.zeng, world.li, world.xie])
    assert [r[1] for r in cache.rows] == ["曾晓明", "张三", "李四"]
    assert [r[1] for r in cache.search("zxm")] == ["曾晓明"]
    assert [r[1] for r in cache.search("lisi")] == ["李四"]
    cache.sort("joined", descending=True)
    assert [r[7] for r in cache.rows] == ["2026-01-01", "2024-03-01", "2023-05-05"]
    assert cache.rows == roster.roster_rows(
        world.db, replace(query, sort="joined", descending=True)
    )


# ---------------------------------------------------------------------------------------
# Role holders: picking a soul figure or leaders among a group's members
# ---------------------------------------------------------------------------------------


def _spans(w: World, member_id: int, group_id: int) -> list[tuple[str, str, str]]:
    return [
        (s.role, s.since.isoformat(), s.until.isoformat() if s.until else "")
        for s in m.role_history(w.db, member_id, group_id)
    ]


def test_member_choices_search_current_members_by_pinyin_and_rank_roles(world: World) -> None:
    w = world
    m.join_group(w.db, w.li, w.reading, on=D("2025-05-05"))
    assert [c.name for c in role_holders.group_member_choices(w.db, w.reading, "zs")] == ["张三"]
    assert [c.name for c in role_holders.group_member_choices(w.db, w.reading, "三哥")] == ["张三"]
    assert [c.name for c in role_holders.group_member_choices(w.db, w.reading, "LUCKY")] == ["李四"]
    # 单田芳 left the reading club: not offered, however well the text matches
    assert role_holders.group_member_choices(w.db, w.reading, "shantf") == []
    assert role_holders.group_member_choices(w.db, w.reading, "50%_") == []  # wildcards are literal
    everyone = role_holders.group_member_choices(w.db, w.council)
    assert [(c.name, c.role) for c in everyone] == [  # top role first, then by pinyin
        ("解晓东", "admin"),
        ("曾小明", "follower"),
        ("张三", "follower"),
    ]
    assert everyone[2] == role_holders.MemberChoice(w.zhang, "张三", "三哥", "follower")
    assert len(role_holders.group_member_choices(w.db, w.council, limit=2)) == 2
    with pytest.raises(ValidationError):
        role_holders.group_member_choices(w.db, w.council, limit=0)
    assert [c.name for c in role_holders.current_role_holders(w.db, w.reading, "leader")] == [
        "张三"
    ]
    assert role_holders.current_role_holders(w.db, w.council, "founder") == []


def test_picking_a_soul_figure_dates_it_and_the_returned_roles_undo_it(world: World) -> None:
    w = world
    m.change_role(w.db, w.zeng, w.council, "founder", on=D("2024-01-01"))
    changes = role_holders.role_holder_changes(
        w.db, w.council, "founder", [w.zhang], demote_to="leader"
    )
    assert changes == {w.zeng: "leader", w.zhang: "founder"}
    previous = role_holders.set_roles(w.db, w.council, changes, on=TODAY, today=TODAY)
    assert previous == {w.zeng: "founder", w.zhang: "follower"}
    assert _spans(w, w.zhang, w.council) == [
        ("follower", "2024-03-01", "2026-11-23"),
        ("founder", "2026-11-23", ""),
    ]
    assert _spans(w, w.zeng, w.council)[-2:] == [
        ("founder", "2024-01-01", "2026-11-23"),
        ("leader", "2026-11-23", ""),
    ]
    # no change needed when the chosen members hold the role already
    assert (
        role_holders.role_holder_changes(w.db, w.council, "founder", [w.zhang], demote_to="leader")
        == {}
    )
    assert role_holders.set_roles(w.db, w.council, {w.zhang: "founder"}, on=TODAY) == {}

    role_holders.set_roles(w.db, w.council, previous, on=TODAY, today=TODAY)
    assert [c.name for c in role_holders.current_role_holders(w.db, w.council, "founder")] == [
        "曾小明"
    ]
    assert len(_spans(w, w.zhang, w.council)) == 3  # the history keeps every change


def test_ring_leaders_step_down_to_active_and_refusals_write_nothing(world: World) -> None:
    w = world
    m.join_group(w.db, w.li, w.reading, on=D("2025-05-05"), role="active")
    changes = role_holders.role_holder_changes(
        w.db, w.reading, "leader", [w.li], demote_to="active"
    )
    assert changes == {w.zhang: "active", w.li: "leader"}
    with pytest.raises(ValidationError):
        role_holders.role_holder_changes(w.db, w.reading, "leader", [w.li], demote_to="leader")

    before = w.db.counts(), _spans(w, w.zhang, w.reading)
    for roles, on, field in [
        ({w.li: "leader", w.shan: "leader"}, TODAY, "roles"),  # 单田芳 left the club
        ({w.li: "leader", w.zeng: "leader"}, TODAY, "roles"),  # never a member
        ({w.li: "leader", w.zhang: "active"}, D("2024-12-31"), "roles"),  # before 2025-01-01
        ({w.li: "leader"}, D("2026-12-01"), "roles"),  # in the future
        ({w.li: "chief"}, TODAY, "role"),
    ]:
        with pytest.raises(ValidationError) as refused:
            role_holders.set_roles(w.db, w.reading, roles, on=on, today=TODAY)
        assert refused.value.field == field
        assert (w.db.counts(), _spans(w, w.zhang, w.reading)) == before

    # a role of "" closes the current one: how undo restores a membership that had none
    w.db.conn.execute(
        "DELETE FROM role_history WHERE membership_id IN "
        "(SELECT id FROM memberships WHERE member_id = ?)",
        (w.li,),
    )
    assert role_holders.set_roles(w.db, w.reading, {w.li: "leader"}, on=TODAY) == {w.li: ""}
    assert role_holders.set_roles(w.db, w.reading, {w.li: ""}, on=TODAY) == {w.li: "leader"}
    assert _spans(w, w.li, w.reading) == [("leader", "2026-11-23", "2026-11-23")]


# ---------------------------------------------------------------------------------------
# Undo snapshots, draft checks and the roster screen's look-ups
# ---------------------------------------------------------------------------------------

_DUMPED = (
    "members",
    "member_tags",
    "memberships",
    "role_history",
    "attendance",
    "revenue",
    "events",
)


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a member's history lives in, in a stable order."""
    return {
        table: sorted(tuple(r) for r in db.conn.execute(f"SELECT * FROM {table}"))
        for table in _DUMPED
    }


def _busiest_member(db: Database) -> int:
    """A demo member with roles, referrals, attendance and revenue."""
    found = db.conn.execute(
        """
        SELECT s.member_id FROM memberships s JOIN role_history r ON r.membership_id = s.id
        WHERE s.member_id IN (SELECT referrer_id FROM members)
          AND s.member_id IN (SELECT member_id FROM attendance)
          AND s.member_id IN (SELECT member_id FROM revenue)
          AND s.member_id IN (SELECT member_id FROM member_tags)
          AND s.member_id IN (SELECT id FROM members WHERE referrer_id IS NOT NULL)
        GROUP BY s.member_id ORDER BY count(*) DESC, s.member_id LIMIT 1
        """
    ).fetchone()
    return int(found[0])


def test_delete_then_restore_puts_every_row_and_link_back(demo_db: Database) -> None:
    db = demo_db
    member_id = _busiest_member(db)
    other = db.conn.execute(
        "SELECT id FROM members WHERE id <> ? AND referrer_id IS NULL LIMIT 1", (member_id,)
    ).fetchone()[0]
    before = _dump(db)
    snapshot = snapshots.snapshot_members(db, [member_id, other])
    assert snapshot.ids == tuple(sorted([member_id, other]))
    assert snapshots.delete_members(db, [member_id, other]) == 2
    assert _dump(db) != before
    assert snapshots.restore_members(db, snapshot) == {member_id: member_id, other: other}
    assert _dump(db) == before


def test_restore_takes_a_new_id_when_the_old_one_is_taken(world: World) -> None:
    w = world
    snapshot = snapshots.snapshot_members(w.db, [w.xie])
    snapshots.delete_members(w.db, [w.xie])
    with w.db.transaction() as conn:  # someone else now has xie's id
        conn.execute(
            "INSERT INTO members (id, name, created_at) VALUES (?, '占位', '2026-01-01T00:00:00')",
            (w.xie,),
        )
    mapping = snapshots.restore_members(w.db, snapshot)
    new_id = mapping[w.xie]
    assert new_id != w.xie
    restored = m.get_member(w.db, new_id)
    assert (restored.name, restored.referrer_id, restored.email) == ("解晓东", w.li, "xie@qq.com")
    assert [s.role for s in m.role_history(w.db, new_id)] == ["admin"]
    assert "xxd" in restored.search_key


def test_restore_refuses_when_a_group_is_gone_and_writes_nothing(world: World) -> None:
    w = world
    m.join_group(w.db, w.li, w.salon, on=D("2026-01-01"))
    snapshot = snapshots.snapshot_members(w.db, [w.li])
    snapshots.delete_members(w.db, [w.li])
    with w.db.transaction() as conn:
        conn.execute("DELETE FROM groups WHERE id = ?", (w.salon,))
    before = _dump(w.db)
    with pytest.raises(ValidationError) as caught:
        snapshots.restore_members(w.db, snapshot)
    assert caught.value.field == "group"
    assert _dump(w.db) == before


def test_unmerge_brings_both_records_back_exactly(demo_db: Database) -> None:
    db = demo_db
    keep = _busiest_member(db)
    drop = db.conn.execute("SELECT referrer_id FROM members WHERE id = ?", (keep,)).fetchone()[
        0
    ]  # merging with their own referrer exercises the loop cut as well
    before = _dump(db)
    snapshot = snapshots.snapshot_members(db, [keep, drop])
    merging.merge_members(db, keep, drop)
    assert _dump(db) != before
    merging.unmerge_members(db, keep, snapshot)
    assert _dump(db) == before


def test_membership_state_undoes_joins_leaves_and_role_changes(world: World) -> None:
    w = world
    ids = [w.zhang, w.li, w.shan]
    before = _dump(w.db)
    state = snapshots.membership_state(w.db, ids, w.reading)
    m.bulk_join(w.db, [w.li], w.reading, on=D("2026-01-01"))
    m.join_group(w.db, w.shan, w.reading, on=D("2026-02-02"), role="seed")  # a rejoin
    m.bulk_change_role(w.db, [w.zhang, w.li], w.reading, "admin", on=D("2026-03-03"))
    m.bulk_leave(w.db, [w.zhang], w.reading, on=D("2026-04-04"))
    m.join_group(w.db, w.li, w.council, on=D("2026-05-05"))  # another group: kept
    snapshots.restore_membership_state(w.db, state)
    after = _dump(w.db)
    council = [r for r in after["memberships"] if r[1] == w.li and r[2] == w.council]
    assert len(council) == 1
    assert [r for r in after["memberships"] if r not in council] == before["memberships"]
    roles = [r for r in after["role_history"] if r[1] != council[0][0]]
    assert roles == before["role_history"]
    every_group = snapshots.membership_state(w.db, ids, None)
    m.bulk_leave(w.db, [w.li], w.council, on=D("2026-06-06"))
    snapshots.restore_membership_state(w.db, every_group)
    assert _dump(w.db) == after


def test_draft_errors_name_every_bad_field_without_writing(world: World) -> None:
    before = _dump(world.db)
    draft = MemberDraft(
        name=" ", wechat_id="张 三", phone="12345", email="a@", tags=("a,b",), referrer_id=999
    )
    errors = member_draft_errors(world.db, draft)
    assert [e.field for e in errors] == ["name", "wechat_id", "phone", "email", "tags", "referrer"]
    assert member_draft_errors(world.db, MemberDraft(name="好人", phone="13800138000")) == []
    own = m.get_member(world.db, world.zhang).draft()
    assert [e.field for e in member_draft_errors(world.db, own, member_id=world.zhang)] == []
    looped = replace(own, referrer_id=world.xie)  # xie was referred (via li) by zhang
    assert [e.field for e in member_draft_errors(world.db, looped, member_id=world.zhang)] == [
        "referrer"
    ]
    assert _dump(world.db) == before


def test_look_ups_for_bulk_actions(world: World) -> None:
    w = world
    everyone = [w.zhang, w.zeng, w.shan, w.li, w.xie]
    assert m.current_roles(w.db, everyone, w.reading) == {w.zhang: "leader"}
    assert m.current_roles(w.db, everyone, w.council) == {
        w.zhang: "follower",
        w.zeng: "follower",
        w.xie: "admin",
    }
    assert m.open_groups(w.db, everyone) == {
        w.zhang: [w.reading, w.council],
        w.zeng: [w.council],
        w.xie: [w.council],
    }
    assert m.members_tagged(w.db, everyone, " VIP ") == {w.zhang, w.li}
    assert m.all_tags(w.db) == ["VIP", "老客户", "讲师"]
    assert m.members_named(w.db, " 张三 ") == [w.zhang]
    assert roster.roster_total(w.db, None) == 5
    assert roster.roster_total(w.db, w.council) == 3


@pytest.mark.parametrize("group", [None, "first"])
def test_cache_filters_sorts_and_search_agree_with_sql(
    demo_db: Database, group: str | None
) -> None:
    db = demo_db
    group_id = None
    if group:
        group_id = db.conn.execute("SELECT id FROM groups ORDER BY id LIMIT 1").fetchone()[0]
    cache = roster_cache.RosterCache.read(db.path, today=TODAY, group_id=group_id)
    assert cache.group_id == group_id
    assert cache.total == roster.roster_total(db, group_id)
    filters: list[dict[str, object]] = [
        {},
        {"role": "follower"},
        {"role": "seed", "status": "active"},
        {"status": "left"},
        {"status": "expired"},
        {"tag": "老客户"},
        {"joined_from": D("2025-01-01"), "joined_to": D("2025-12-31")},
        {"joined_to": D("2024-06-30")},
        {"expiring_within_days": 30},
        {"expiring_within_days": 400, "tag": "VIP"},
    ]
    for fields in filters:
        for sort, descending in (("name", False), ("joined", True), ("role", False)):
            for text in ("", "l", "li", "wang z", "13", "新"):
                query = _q(group_id=group_id, sort=sort, descending=descending, text=text, **fields)
                assert cache.apply(db, query) == roster.roster_rows(db, query), (fields, sort, text)
    cache.set_filter(None)
    assert len(cache.rows) == cache.total


def test_cache_search_narrows_while_typing_and_handles_mixed_scripts(demo_db: Database) -> None:
    db = demo_db
    cache = roster_cache.RosterCache.load(db, _q())
    cache.sort("name")
    rows = roster.roster_rows(db, _q())
    name = next(r[1] for r in rows if len(r[1]) == 3)
    typed = ""
    for letter in "zhang":
        typed += letter
        assert cache.search(typed) == roster.roster_rows(db, _q(text=typed)), typed
    for text in ("zhang", "zhan", "zhang 1", "zhang 13", name, name[:2] + "x", "a" + name[0]):
        assert cache.search(text) == roster.roster_rows(db, _q(text=text)), text
    cache.sort("joined", descending=True)  # a new order starts a fresh search
    assert cache.search("zhang") == roster.roster_rows(
        db, _q(text="zhang", sort="joined", descending=True)
    )


def test_group_has_members_counts_only_those_still_in_it(world: World) -> None:
    w = world
    from desktop.models.groups.groups import GroupDraft, create_group

    lonely = create_group(
        w.db, GroupDraft(name="空群", created_on=D("2025-01-01")), today=D("2026-11-23")
    )
    assert not role_holders.group_has_members(w.db, lonely)
    m.join_group(w.db, w.li, lonely, on=D("2025-05-05"), today=D("2026-11-23"))
    assert role_holders.group_has_members(w.db, lonely)
    m.leave_group(w.db, w.li, lonely, on=D("2025-06-01"), today=D("2026-11-23"))
    assert not role_holders.group_has_members(w.db, lonely)
