"""The dashboard's per-day totals (schema v5): kept by triggers, equal to the rows they sum.

Every write path is checked against a recomputation from scratch in a copy of the file,
and the dashboard's figures read from the totals are checked against the direct queries
over memberships, role rows and revenue entries that they replace.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.models.core.codes import Role
from desktop.models.core.scope import Scope
from desktop.models.dashboard import dashboard
from desktop.models.dashboard.facts import Facts
from desktop.models.exchange import member_import
from desktop.models.members import members as m
from desktop.models.members import merging, snapshots
from desktop.models.members.drafts import MemberDraft
from desktop.models.revenue import revenue as rv
from desktop.models.storage.db import Database
from desktop.models.storage.derived import refresh_dashboard_days

TODAY = dt.date(2026, 11, 23)
Totals = tuple[dict[Any, Any], dict[Any, Any], dict[Any, Any], dict[Any, Any]]


def _totals(conn: sqlite3.Connection) -> Totals:
    """The non-zero totals (a total that went back to zero may stay as a row of zeros)."""
    members = {
        (g, d): (j, r, lv)
        for g, d, j, r, lv in conn.execute("SELECT * FROM member_days")
        if (j, r, lv) != (0, 0, 0)
    }
    roles = {(g, d, role): c for g, d, role, c in conn.execute("SELECT * FROM role_days") if c}
    money = {
        (g, d, cur): (i, e, di)
        for g, d, cur, i, e, di in conn.execute("SELECT * FROM revenue_days")
        if (i, e, di) != (0, 0, 0)
    }
    attended = {(g, d): n for g, d, n in conn.execute("SELECT * FROM attendance_days") if n}
    return members, roles, money, attended


def _recomputed(db: Database) -> Totals:
    copy = sqlite3.connect(":memory:", isolation_level=None)
    db.conn.backup(copy)
    refresh_dashboard_days(copy)
    found = _totals(copy)
    copy.close()
    return found


def _assert_in_step(db: Database) -> None:
    kept, fresh = _totals(db.conn), _recomputed(db)
    names = ("member_days", "role_days", "revenue_days", "attendance_days")
    for name, a, b in zip(names, kept, fresh, strict=True):
        assert a == b, name


def _member_with_history(db: Database, groups: list[int], referred: bool) -> int:
    mid = m.create_member(
        db, MemberDraft(name="测试成员", referrer_text="老王" if referred else ""), today=TODAY
    )
    m.join_group(db, mid, groups[0], on=dt.date(2025, 3, 1), role=Role.SEED, today=TODAY)
    m.change_role(db, mid, groups[0], Role.LEADER, on=dt.date(2025, 9, 1), today=TODAY)
    m.join_group(db, mid, groups[1], on=dt.date(2025, 5, 5), today=TODAY)
    m.leave_group(db, mid, groups[1], on=dt.date(2026, 1, 10), today=TODAY)
    m.join_group(db, mid, groups[1], on=dt.date(2026, 4, 1), role=Role.ACTIVE, today=TODAY)
    return mid


def _groups(db: Database) -> list[int]:
    return [int(g) for (g,) in db.conn.execute("SELECT id FROM groups ORDER BY id")]


def test_demo_totals_equal_the_rows(demo_db: Database) -> None:
    _assert_in_step(demo_db)
    members, roles, money, attended = _totals(demo_db.conn)
    joins = demo_db.conn.execute("SELECT count(*) FROM memberships").fetchone()[0]
    assert sum(j for j, _r, _lv in members.values()) == joins > 0
    assert roles and money
    checked_in = demo_db.conn.execute(
        "SELECT count(*) FROM attendance WHERE status = 'attended'"
    ).fetchone()[0]
    assert sum(attended.values()) == checked_in > 0


def test_member_edits_keep_the_totals(demo_db: Database) -> None:
    db = demo_db
    groups = _groups(db)
    steps: list[Callable[[], object]] = []
    mid = _member_with_history(db, groups, referred=True)
    _assert_in_step(db)
    plain = _member_with_history(db, groups, referred=False)
    _assert_in_step(db)
    # the referrer named, then removed, then linked to a member
    steps += [
        lambda: m.update_member(db, mid, MemberDraft(name="测试成员"), today=TODAY),
        lambda: m.update_member(db, mid, MemberDraft(name="测试成员", referrer_id=plain)),
        lambda: m.bulk_change_role(db, [mid, plain], groups[0], Role.ACTIVE, on=TODAY),
        lambda: m.bulk_leave(db, [mid], groups[0], on=TODAY),
        # deleting a referrer leaves the people they invited without one
        lambda: snapshots.delete_members(db, [plain]),
        lambda: db.conn.execute(
            "UPDATE memberships SET joined_on = '2025-01-02' WHERE id = ?",
            (db.conn.execute("SELECT max(id) FROM memberships").fetchone()[0],),
        ),
        lambda: db.conn.execute(
            "UPDATE role_history SET since = '2025-02-01', until = '2025-04-01' WHERE id = ?",
            (db.conn.execute("SELECT min(id) FROM role_history").fetchone()[0],),
        ),
        lambda: db.conn.execute(
            "DELETE FROM role_history WHERE id = (SELECT max(id) FROM role_history)"
        ),
    ]
    for step in steps:
        step()
        _assert_in_step(db)


def test_delete_restore_and_merge_keep_the_totals(demo_db: Database) -> None:
    db = demo_db
    groups = _groups(db)
    keep = _member_with_history(db, groups, referred=False)
    drop = _member_with_history(db, groups[1:] + groups[:1], referred=True)
    snapshot = snapshots.snapshot_members(db, [drop])
    snapshots.delete_members(db, [drop])
    _assert_in_step(db)
    snapshots.restore_members(db, snapshot)
    _assert_in_step(db)
    merging.merge_members(db, keep, drop)
    _assert_in_step(db)
    # a bulk delete of many members at once, each with memberships and roles
    many = [int(i) for (i,) in db.conn.execute("SELECT id FROM members LIMIT 40")]
    snapshots.delete_members(db, many)
    _assert_in_step(db)


def test_revenue_edits_keep_the_totals(demo_db: Database) -> None:
    db = demo_db
    group = _groups(db)[0]
    first = rv.add_entry(db, rv.EntryDraft(TODAY, group, "membership", 29_900))
    rv.add_entry(db, rv.EntryDraft(TODAY, None, "venue", 50_000))
    rv.add_entry(db, rv.EntryDraft(TODAY, group, "membership", 1_000, currency="USD"))
    _assert_in_step(db)
    rv.update_entry(db, first, rv.EntryDraft(dt.date(2026, 1, 5), None, "sponsorship", 10_000))
    _assert_in_step(db)
    deleted = rv.delete_entry(db, first)
    _assert_in_step(db)
    rv.restore_entry(db, deleted)
    _assert_in_step(db)


def test_an_import_brings_the_totals_up_to_date(database: Database, tmp_path: Path) -> None:
    m.create_member(database, MemberDraft(name="老会员"), today=TODAY)
    sheet = tmp_path / "roster.csv"
    sheet.write_text(
        "姓名,所在群,角色,入群时间,推荐人\n"
        "张三,烘焙群,群主,2025-03-05,\n"
        "李四,烘焙群,种子用户,2025/4/1,张三\n"
        "王五,烘焙群、读书会,,2025年6月1日,老朋友\n",
        encoding="utf-8",
    )
    plan = member_import.plan_import(database, member_import.read_sheet(sheet), today=TODAY)
    member_import.apply_import(database, plan, create_groups=True)
    _assert_in_step(database)
    members, roles, _money, _attended = _totals(database.conn)
    assert sum(j for j, _r, _lv in members.values()) == 4
    assert sum(r for _j, r, _lv in members.values()) == 3  # 李四 once, 王五 in two groups
    assert sum(roles.values()) == 4


# ---- the dashboard's figures against the direct queries they replace -----------------------


def _direct_pyramid(db: Database, group: int | None, last: dt.date) -> dict[str, int]:
    where = "" if group is None else " AND s.group_id = :g"
    return {
        str(role): int(n)
        for role, n in db.conn.execute(
            f"""SELECT r.role, count(*) FROM memberships s
                JOIN role_history r ON r.membership_id = s.id
                WHERE s.joined_on <= :last AND (s.left_on IS NULL OR s.left_on > :last)
                AND r.since <= :last AND (r.until IS NULL OR r.until > :last){where}
                GROUP BY r.role""",
            {"g": group, "last": last.isoformat()},
        )
    }


@pytest.mark.parametrize("last", [dt.date(2024, 6, 30), dt.date(2025, 12, 31), TODAY])
def test_role_pyramid_matches_the_role_rows(demo_db: Database, last: dt.date) -> None:
    for group in [*_groups(demo_db), None]:
        scope = Scope(group, last - dt.timedelta(days=90), last)
        found = {r.role: r.count for r in dashboard.role_pyramid(demo_db, scope) if r.count}
        assert found == _direct_pyramid(demo_db, group, last)


def test_growth_and_revenue_facts_match_the_rows(demo_db: Database) -> None:
    db = demo_db
    start, end = dt.date(2025, 12, 20), dt.date(2026, 1, 10)  # across a year's end
    for group in [*_groups(db), None]:
        facts = Facts(db, Scope(group, start, end))
        where = "" if group is None else " AND group_id = :g"
        params = {"g": group, "first": start.isoformat(), "last": end.isoformat()}
        base = db.conn.execute(
            f"""SELECT count(*) FROM memberships WHERE joined_on < :first
                AND (left_on IS NULL OR left_on >= :first){where}""",
            params,
        ).fetchone()[0]
        assert facts.base_members(group) == base
        for n in range(facts.days):
            day = (start + dt.timedelta(days=n)).isoformat()
            joins, leaves = db.conn.execute(
                f"""SELECT sum(joined_on = :d), sum(left_on IS :d) FROM memberships
                    WHERE (joined_on = :d OR left_on = :d){where}""",
                {**params, "d": day},
            ).fetchone()
            assert facts.daily("joins", group)[n] == (joins or 0)
            assert facts.daily("leaves", group)[n] == (leaves or 0)
        income = db.conn.execute(
            f"""SELECT coalesce(sum(amount_minor), 0) FROM revenue WHERE kind = 'income'
                AND currency = 'CNY' AND day BETWEEN :first AND :last{where}""",
            params,
        ).fetchone()[0]
        days = facts.revenue(group).get("CNY")
        assert (sum(days[0]) if days else 0) == income


def test_check_ins_and_event_edits_keep_the_totals(demo_db: Database) -> None:
    from dataclasses import fields

    from desktop.models.calendar import attendance, events
    from desktop.models.core.codes import AttendanceStatus

    db = demo_db
    groups = _groups(db)
    event_id = events.create_event(
        db,
        events.EventDraft(
            group_id=groups[0],
            title="线下沙龙",
            starts_at=dt.datetime(2026, 3, 7, 14, 0),
            ends_at=dt.datetime(2026, 3, 7, 16, 0),
        ),
    )
    start = dt.datetime(2026, 3, 7, 14, 0)
    people = [int(i) for (i,) in db.conn.execute("SELECT id FROM members LIMIT 6")]
    attendance.record(db, event_id, start, people[:4])
    attendance.record(db, event_id, start, people[4:], AttendanceStatus.SIGNED_UP)
    _assert_in_step(db)
    attendance.record(db, event_id, start, people[4:5])  # a sign-up checked in
    attendance.remove(db, event_id, start, people[:1])
    _assert_in_step(db)
    # the event moves to another group with its check-ins
    saved = events.get_event(db, event_id)
    draft = {f.name: getattr(saved, f.name) for f in fields(events.EventDraft)}
    moved = events.EventDraft(**{**draft, "group_id": groups[1]})
    events.update_event(db, event_id, moved)
    _assert_in_step(db)
    snapshots.delete_members(db, people[1:2])  # their check-ins go with them
    _assert_in_step(db)
    events.delete_event(db, event_id)
    _assert_in_step(db)
    assert (
        db.conn.execute(
            "SELECT coalesce(sum(attended), 0) FROM attendance_days WHERE day = '2026-03-07'"
        ).fetchone()[0]
        == db.conn.execute(
            "SELECT count(*) FROM attendance WHERE status = 'attended'"
            " AND occurrence_start LIKE '2026-03-07%'"
        ).fetchone()[0]
    )
