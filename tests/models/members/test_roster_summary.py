"""The pinyin name sort key and the roster summary stored on each member (schema v4)."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.models.core.codes import ROLE_RANK, Role
from desktop.models.core.errors import ValidationError
from desktop.models.exchange import member_import
from desktop.models.groups.groups import GroupDraft, create_group, get_group, update_group
from desktop.models.members import members as m
from desktop.models.members import merging, roster, roster_cache, snapshots
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.roster import RosterQuery
from desktop.models.members.search import name_sort_key
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)
FIXTURES = Path(__file__).parents[2] / "fixtures" / "databases"
SUMMARY = (
    "roster_joined, roster_paid_until, roster_paid_due, roster_open, roster_role, "
    "roster_groups, roster_tags, name_key"
)


def _stored(db: Database) -> dict[int, tuple[object, ...]]:
    return {
        row[0]: tuple(row[1:])
        for row in db.conn.execute(f"SELECT id, {SUMMARY} FROM members ORDER BY id")
    }


def _recomputed(db: Database) -> dict[int, tuple[object, ...]]:
    """The summary worked out in Python from the base tables, independently of the SQL."""
    conn = db.conn
    groups = {gid: (name, fee > 0) for gid, name, fee in conn.execute(
        "SELECT id, name, fee_minor FROM groups")}  # fmt: skip
    current = dict(conn.execute("SELECT membership_id, role FROM role_history WHERE until IS NULL"))
    periods: dict[int, list[tuple[int, int, str, str | None, str | None]]] = {}
    for row in conn.execute(
        "SELECT member_id, id, group_id, joined_on, left_on, paid_until FROM memberships "
        "ORDER BY id"
    ):
        periods.setdefault(row[0], []).append(row[1:])
    tags: dict[int, list[str]] = {}
    for mid, tag in conn.execute("SELECT member_id, tag FROM member_tags"):
        tags.setdefault(mid, []).append(tag)
    ranks = {role.value: rank for role, rank in ROLE_RANK.items()}
    result = {}
    for mid, name in conn.execute("SELECT id, name FROM members ORDER BY id"):
        mine = periods.get(mid, [])
        open_ = [p for p in mine if p[3] is None]
        paid = [p[4] for p in mine if p[4] is not None]
        due = [p[4] for p in open_ if p[4] is not None and groups[p[1]][1]]
        roles = [f"{ranks.get(current[p[0]], len(ranks))}:{current[p[0]]}" for p in open_
                 if p[0] in current]  # fmt: skip
        if open_:
            listed = [groups[p[1]][0] for p in open_]
        else:
            listed = [
                groups[p[1]][0] for p in mine if not any(q[1] == p[1] and q[2] > p[2] for q in mine)
            ]
        result[mid] = (
            min((p[2] for p in mine), default=""),
            max(paid, default=""),
            min(due, default=""),
            int(bool(open_)),
            min(roles, default=""),
            "、".join(listed),
            ", ".join(sorted(tags.get(mid, []))),
            name_sort_key(name),
        )
    return result


def _group(db: Database, name: str, fee_minor: int = 0) -> int:
    draft = GroupDraft(
        name=name,
        fee_minor=fee_minor,
        fee_period_months=12 if fee_minor else None,
        created_on=dt.date(2020, 1, 1),
    )
    return create_group(db, draft, today=TODAY)


def _add(db: Database, name: str, **fields: object) -> int:
    return m.create_member(db, MemberDraft(name=name, **fields), today=TODAY)  # type: ignore[arg-type]


# ---- the name sort key -----------------------------------------------------------------


def test_chinese_names_sort_by_pinyin_among_latin_names() -> None:
    names = ["张三", "Zoe", "alice", "李四", "Bob", "章子怡", "王五", "Zhang Wei", "张", "阿美"]
    ordered = sorted(names, key=lambda n: name_sort_key(n).encode())
    assert ordered == [
        "阿美", "alice", "Bob", "李四", "王五", "张", "张三", "章子怡", "Zhang Wei", "Zoe",
    ]  # fmt: skip
    # a syllable at a time: 陈 chen before 程 cheng, whatever follows
    assert sorted(["程博文", "陈静怡", "陈超"], key=lambda n: name_sort_key(n).encode()) == [
        "陈超",
        "陈静怡",
        "程博文",
    ]
    # surnames read as surnames; case and spaces don't count; ties broken by the name
    assert name_sort_key("曾小贤").startswith("zeng xiao xian ")
    assert name_sort_key("单田芳").startswith("shan tian fang ")
    assert name_sort_key(" Zhang  San").startswith("zhangsan\x01")
    assert name_sort_key("张") < name_sort_key("章")


def test_sort_key_of_empty_digit_and_emoji_names() -> None:
    assert name_sort_key("") == "\x01"
    assert name_sort_key("   ").startswith("\x01")
    assert sorted(["🌸", "123", "张"], key=lambda n: name_sort_key(n).encode()) == [
        "123",
        "张",
        "🌸",
    ]


def test_roster_sorts_names_by_pinyin_in_sql_and_in_the_cache(database: Database) -> None:
    group = _group(database, "读书会")
    for name in ("张三", "Zoe", "alice", "李四", "Bob", "曾小贤", "Wang Fang"):
        m.join_group(database, _add(database, name), group, on=dt.date(2025, 1, 1))
    query = RosterQuery(today=TODAY, sort="name")
    expected = ["alice", "Bob", "李四", "Wang Fang", "曾小贤", "张三", "Zoe"]
    assert [r[1] for r in roster.roster_rows(database, query)] == expected
    assert [r[1] for r in roster.roster_rows(database, replace(query, group_id=group))] == expected
    assert [
        r[1] for r in roster.roster_rows(database, replace(query, descending=True))
    ] == expected[::-1]
    ids = roster.roster_ids(database, query)
    assert [m.get_member(database, i).name for i in ids] == expected
    cache = roster_cache.RosterCache.load(database, replace(query, sort="id"))
    cache.sort("name")
    assert [r[1] for r in cache.rows] == expected
    m.update_member(database, ids[0], replace(m.get_member(database, ids[0]).draft(), name="祝"))
    assert [r[1] for r in roster.roster_rows(database, query)][-2:] == ["祝", "Zoe"]


# ---- the stored summary follows every write ------------------------------------------


def test_summary_columns_follow_every_write_path(database: Database) -> None:
    db = database
    free, paid = _group(db, "读书会"), _group(db, "VIP付费群", fee_minor=29900)
    a = _add(db, "张三", tags=("VIP", "北京"))
    b = _add(db, "李四")
    m.join_group(db, a, free, on=dt.date(2024, 3, 1), role=Role.LEADER)
    m.join_group(db, a, paid, on=dt.date(2024, 5, 1), paid_until=dt.date(2026, 1, 1))
    assert _stored(db)[a][:6] == ("2024-03-01", "2026-01-01", "2026-01-01", 1, "3:leader",
                                   "读书会、VIP付费群")  # fmt: skip
    assert _stored(db)[a][6] == "VIP, 北京"
    m.join_group(db, b, free, on=dt.date(2024, 1, 1))
    m.change_role(db, b, free, Role.ADMIN, on=dt.date(2024, 6, 1))
    m.leave_group(db, b, free, on=dt.date(2025, 1, 1))
    assert _stored(db)[b][:6] == ("2024-01-01", "", "", 0, "", "读书会")
    m.join_group(db, b, free, on=dt.date(2025, 6, 1))  # re-joining opens a new period
    assert _stored(db)[b][3:6] == (1, "7:follower", "读书会")
    assert _stored(db) == _recomputed(db)
    m.add_tag(db, [a, b], "老客户")
    m.remove_tag(db, [a], "VIP")
    update_group(db, paid, replace(GroupDraft(name="VIP会员群"), fee_minor=0))
    assert _stored(db)[a][2] == "" and "VIP会员群" in str(_stored(db)[a][5])
    assert _stored(db) == _recomputed(db)
    snapshot = snapshots.snapshot_members(db, [a, b])
    merging.merge_members(db, a, b)
    assert _stored(db) == _recomputed(db)
    merging.unmerge_members(db, a, snapshot)
    assert _stored(db) == _recomputed(db)
    gone = snapshots.snapshot_members(db, [a])
    snapshots.delete_members(db, [a])
    assert a not in _stored(db)
    snapshots.restore_members(db, gone)
    assert _stored(db) == _recomputed(db)
    assert _stored(db)[a][7] == name_sort_key("张三")


def _merge_or_delete(
    db: Database, rng: random.Random, action: str, who: int, ids: list[int]
) -> None:
    """Merge two members (undone half the time) or delete one and restore them."""
    if action == "merge" and len(ids) > 3:
        other = rng.choice([i for i in ids if i != who])
        snapshot = snapshots.snapshot_members(db, [who, other])
        merging.merge_members(db, who, other)
        assert _stored(db) == _recomputed(db), action
        if rng.random() < 0.5:
            merging.unmerge_members(db, who, snapshot)
        else:
            ids.remove(other)
    elif action == "delete":
        snapshot = snapshots.snapshot_members(db, [who])
        snapshots.delete_members(db, [who])
        assert _stored(db) == _recomputed(db), action
        snapshots.restore_members(db, snapshot)


def test_summary_stays_true_after_random_operations(database: Database) -> None:
    """Property-style: random writes of every kind, then stored == recomputed each time."""
    db = database
    rng = random.Random(20261123)
    groups = [_group(db, "读书会"), _group(db, "VIP付费群", 9900), _group(db, "沙龙", 100)]
    names = ["张三", "李四", "王五", "曾小贤", "Amy", "单田芳", "赵六", "bob"]
    ids = [_add(db, name) for name in names]
    roles = [r.value for r in Role]
    day = dt.date(2023, 1, 1)
    seen: set[tuple[object, bool, bool]] = set()
    for step in range(160):
        day += dt.timedelta(days=rng.randint(0, 9))
        who, group = rng.choice(ids), rng.choice(groups)
        action = rng.choice(
            ["join", "join", "leave", "role", "tag", "untag", "edit", "merge", "delete", "group"]
        )
        try:
            if action == "join":
                paid = (
                    day + dt.timedelta(days=rng.randint(-60, 400)) if rng.random() < 0.5 else None
                )
                m.join_group(db, who, group, on=day, role=rng.choice(roles), paid_until=paid)
            elif action == "leave":
                m.leave_group(db, who, group, on=day)
            elif action == "role":
                m.change_role(db, who, group, rng.choice(roles), on=day)
            elif action == "tag":
                m.add_tag(
                    db, rng.sample(ids, min(3, len(ids))), rng.choice(["VIP", "北京", "宝妈", "a"])
                )
            elif action == "untag":
                m.remove_tag(
                    db, rng.sample(ids, min(3, len(ids))), rng.choice(["VIP", "北京", "宝妈"])
                )
            elif action == "edit":
                draft = m.get_member(db, who).draft()
                m.update_member(db, who, replace(draft, name=rng.choice(names) + "二"))
            elif action in ("merge", "delete"):
                _merge_or_delete(db, rng, action, who, ids)
            else:
                current = get_group(db, group)
                fee = rng.choice([0, 500])
                draft = GroupDraft(name=f"{current.name[:2]}{step}", fee_minor=fee)
                update_group(db, group, replace(draft, fee_period_months=12 if fee else None))
        except ValidationError:
            pass  # joining twice, leaving a group they are not in ...: nothing was written
        stored = _stored(db)
        assert stored == _recomputed(db), (step, action)
        seen |= {(row[3], bool(row[2]), bool(row[4])) for row in stored.values()}
    # left and open members, paid and unpaid, with and without a role were all reached
    assert {s[0] for s in seen} == {0, 1} and {s[1] for s in seen} == {True, False}
    assert {s[2] for s in seen} == {True, False}


def test_import_writes_the_summary_with_each_new_member(database: Database, tmp_path: Path) -> None:
    _group(database, "读书会")
    _group(database, "VIP群", 9900)
    existing = _add(database, "王五")
    path = tmp_path / "members.csv"
    path.write_text(
        "姓名,所在群,角色,入群时间,标签,到期\n"
        "张三,读书会、VIP群,群主,2024-03-05,VIP，北京,\n"
        "李四,,,,,\n"
        "Amy,VIP群,活跃分子,2024/3/5,宝妈,\n",
        encoding="utf-8",
    )
    result = member_import.import_members(database, path, today=TODAY)
    assert result.imported == 3
    stored = _stored(database)
    assert stored == _recomputed(database)
    rows = {r[1]: r for r in roster.roster_rows(database, RosterQuery(today=TODAY))}
    assert rows["张三"][5:8] == ("读书会、VIP群", "owner", "2024-03-05")
    assert rows["李四"][11] == "left" and rows["王五"][0] == existing
    # the triggers run again once the import is done
    assert database.conn.execute("SELECT count(*) FROM roster_summary_paused").fetchone() == (0,)
    m.join_group(database, existing, 1, on=dt.date(2025, 1, 1))
    assert _stored(database) == _recomputed(database)


def test_migration_from_v3_fills_the_summary_and_name_keys(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite"
    shutil.copyfile(FIXTURES / "v3.sqlite", path)
    database = Database.open(path)
    try:
        assert _stored(database) == _recomputed(database)
        rows = roster.roster_rows(database, RosterQuery(today=TODAY))
        assert [r[1] for r in rows] == ["Li Wei", "曾小雪", "张三"]
        by_name = {r[1]: r for r in rows}
        assert by_name["曾小雪"][5:8] == ("烘焙爱好者交流群", "leader", "2024-04-02")
        assert by_name["Li Wei"][10:12] == ("2025-07-01", "expired")
        assert by_name["曾小雪"][9] == "宝妈"
    finally:
        database.close()


def test_roster_ids_from_the_index_match_the_full_query(database: Database) -> None:
    free, paid = _group(database, "读书会"), _group(database, "VIP群", 9900)
    rng = random.Random(7)
    for n in range(40):
        mid = _add(database, rng.choice(["张", "李", "王", "Amy", "曾"]) + str(n))
        if rng.random() < 0.8:
            group = rng.choice([free, paid])
            paid_until = dt.date(2026, rng.randint(1, 12), 1) if group == paid else None
            m.join_group(database, mid, group, on=dt.date(2024, rng.randint(1, 12), 1),
                         role=rng.choice(list(Role)), paid_until=paid_until)  # fmt: skip
        if rng.random() < 0.4:
            m.add_tag(database, [mid], rng.choice(["VIP", "北京"]))
    for column in roster.ROSTER_COLUMNS:
        for descending in (False, True):
            query = RosterQuery(today=TODAY, sort=column, descending=descending)
            assert roster.roster_ids(database, query) == [
                r[0] for r in roster.roster_rows(database, query)
            ], column
            rows = roster.roster_rows(database, query)
            assert roster_cache.sort_roster_rows(rows[::-1], column, descending=descending) == rows


@pytest.mark.parametrize("sort", ["name", "joined"])
def test_roster_ids_use_an_index_not_a_sort(database: Database, sort: str) -> None:
    query = RosterQuery(today=TODAY, sort=sort)
    expression, _blank = roster._INDEXED_ORDER[sort]
    plan = database.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM members ORDER BY {expression}, id"
    ).fetchall()
    assert not any("TEMP B-TREE" in str(row[-1]) for row in plan), plan
    assert roster.roster_ids(database, query) == []


def test_the_demo_writes_true_summaries_and_leaves_the_triggers_on(database: Database) -> None:
    from desktop.models.demo.demo import generate_demo

    generate_demo(database, members=120, seed=3, today=dt.date(2026, 11, 23))
    assert _stored(database) == _recomputed(database)
    paused = database.conn.execute("SELECT count(*) FROM roster_summary_paused").fetchone()[0]
    assert paused == 0
    member_id = _add(database, "新人")  # the triggers work again after the demo
    assert _stored(database)[member_id] == _recomputed(database)[member_id]
