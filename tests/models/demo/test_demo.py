"""The demo generator: a realistic, deterministic, constraint-respecting Chinese demo."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from dateutil.rrule import rrulestr

from desktop.models.core.codes import Role
from desktop.models.core.errors import ValidationError
from desktop.models.demo.demo import DemoSummary, generate_demo
from desktop.models.members.search import member_search_key
from desktop.models.storage.db import Database

# The day conftest's `demo_template` (300 members, seed 7) was generated for.
TODAY = dt.date(2026, 11, 23)
DUMPED = {
    "members": "id",
    "memberships": "id",
    "role_history": "id",
    "revenue": "id",
    "events": "id",
    "attendance": "id",
    "activity_daily": "group_id, day",
    "goals": "id",
}


def _generate(
    path: Path, *, members: int = 150, seed: int = 1, progress: Callable[[str], None] | None = None
) -> tuple[Database, DemoSummary]:
    db = Database.open(path)
    return db, generate_demo(db, members=members, seed=seed, today=TODAY, progress=progress)


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    found = {
        table: db.conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        for table, order in DUMPED.items()
    }
    # An event's UID is random in every database (never derived from the seed): not data.
    columns = [c[1] for c in db.conn.execute("PRAGMA table_info(events)")]
    uid = columns.index("uid")
    found["events"] = [row[:uid] + row[uid + 1 :] for row in found["events"]]
    return found


def _one(db: Database, sql: str, *params: object) -> Any:
    return db.conn.execute(sql, params).fetchone()[0]


def test_every_table_is_filled_and_the_summary_counts_rows(tmp_path: Path) -> None:
    db, summary = _generate(tmp_path / "d.sqlite", members=300)
    counts = db.counts()
    # chat history comes from a chat export imported into the demo (demo/chat_export.py)
    chat = {"chat_sources", "chat_speakers", "chat_aliases", "chat_speaker_days", "chat_day_keys"}
    assert {t for t, n in counts.items() if n == 0} == {"vocabulary", "settings", *chat}
    assert counts["members"] == summary.members == 300
    assert summary == DemoSummary(
        groups=counts["groups"],
        members=counts["members"],
        memberships=counts["memberships"],
        events=counts["events"],
        attendance=counts["attendance"],
        revenue=counts["revenue"],
        activity_days=counts["activity_daily"],
    )
    assert counts["groups"] == 5
    assert 450 <= counts["revenue"] <= 900  # about two entries per member
    db.close()


def test_same_seed_and_day_give_identical_data(tmp_path: Path) -> None:
    first, _ = _generate(tmp_path / "a.sqlite")
    second, _ = _generate(tmp_path / "b.sqlite")
    third, _ = _generate(tmp_path / "c.sqlite", seed=2)
    assert _dump(first) == _dump(second)
    different = _dump(third)
    for table in ("members", "memberships", "revenue", "events"):
        assert _dump(first)[table] != different[table], table
    for db in (first, second, third):
        db.close()


def test_refuses_a_database_that_already_has_data(tmp_path: Path) -> None:
    db, _ = _generate(tmp_path / "d.sqlite", members=20)
    before = db.counts()
    cache = db.conn.execute("PRAGMA cache_size").fetchone()
    with pytest.raises(ValidationError, match="already has data") as caught:
        generate_demo(db, members=20, today=TODAY)
    assert caught.value.field == "database"
    assert db.counts() == before
    assert db.conn.execute("PRAGMA cache_size").fetchone() == cache  # the bulk cache is undone
    with pytest.raises(ValidationError, match="0 or more"):
        generate_demo(db, members=-1, today=TODAY)
    db.close()


@pytest.mark.parametrize("members", [0, 1, 5])
def test_tiny_rosters_still_make_a_consistent_demo(tmp_path: Path, members: int) -> None:
    stages: list[str] = []
    db, summary = _generate(tmp_path / "d.sqlite", members=members, progress=stages.append)
    assert summary.members == members and summary.groups == 5
    assert {"members", "events", "revenue", "activity"} <= set(stages)
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    if members:
        owners = db.conn.execute(
            "SELECT DISTINCT m.member_id FROM role_history r"
            " JOIN memberships m ON m.id = r.membership_id WHERE r.role = 'owner'"
        ).fetchall()
        assert owners == [(1,)]
    db.close()


def test_database_is_consistent(demo_db: Database) -> None:
    conn = demo_db.conn
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert demo_db.counts()["members"] == 300


def test_nothing_happens_after_today(demo_db: Database) -> None:
    today = TODAY.isoformat()
    for sql in (
        "SELECT max(joined_on) FROM memberships",
        "SELECT max(left_on) FROM memberships",
        "SELECT max(day) FROM revenue",
        "SELECT max(since) FROM role_history",
        "SELECT max(substr(created_at, 1, 10)) FROM members",
        "SELECT max(day) FROM activity_daily",
        "SELECT max(began_on) FROM lifecycle_history",
    ):
        assert _one(demo_db, sql) <= today, sql
    assert _one(demo_db, "SELECT max(day) FROM activity_daily") == today
    # The calendar reaches into the coming month.
    assert _one(demo_db, "SELECT max(starts_at) FROM events") > today
    joined_before_created = _one(
        demo_db,
        "SELECT count(*) FROM memberships m JOIN groups g ON g.id = m.group_id"
        " WHERE m.joined_on < g.created_on",
    )
    assert joined_before_created == 0


def test_every_membership_has_one_current_role_at_most(demo_db: Database) -> None:
    without = _one(
        demo_db,
        "SELECT count(*) FROM memberships m"
        " WHERE NOT EXISTS (SELECT 1 FROM role_history r WHERE r.membership_id = m.id)",
    )
    assert without == 0
    doubly_open = demo_db.conn.execute(
        "SELECT membership_id FROM role_history WHERE until IS NULL"
        " GROUP BY membership_id HAVING count(*) > 1"
    ).fetchall()
    assert doubly_open == []
    # Leaving closes the role on the day of leaving; open memberships keep one open role.
    rows = demo_db.conn.execute(
        "SELECT m.left_on, r.until FROM memberships m JOIN role_history r"
        " ON r.membership_id = m.id WHERE r.id = (SELECT max(id) FROM role_history"
        " WHERE membership_id = m.id)"
    ).fetchall()
    assert rows and all(left == until for left, until in rows)
    # A role row closes on the day the next one opens.
    history = demo_db.conn.execute(
        "SELECT membership_id, since, until FROM role_history ORDER BY membership_id, id"
    ).fetchall()
    for (mid, _, until), (next_mid, next_since, _) in itertools.pairwise(history):
        if mid == next_mid:
            assert until == next_since


def test_roles_change_over_time_and_stay_proportionate(demo_db: Database) -> None:
    longest = _one(
        demo_db,
        "SELECT max(n) FROM (SELECT count(*) AS n FROM role_history GROUP BY membership_id)",
    )
    assert longest >= 3
    paths = demo_db.conn.execute(
        "SELECT group_concat(role, '>') FROM (SELECT membership_id, role FROM role_history"
        " ORDER BY membership_id, id) GROUP BY membership_id"
    ).fetchall()
    assert ("seed>active>leader",) in paths
    current = dict(
        demo_db.conn.execute(
            "SELECT role, count(*) FROM role_history WHERE until IS NULL GROUP BY role"
        ).fetchall()
    )
    total = sum(current.values())
    assert current[Role.FOLLOWER] + current.get(Role.SEED, 0) > total * 0.7
    assert 0.04 * total < current[Role.ACTIVE] < 0.2 * total
    assert current[Role.LEADER] < 0.06 * total


def test_each_group_has_one_owner_and_its_structure(demo_db: Database) -> None:
    rows = demo_db.conn.execute(
        "SELECT g.name, g.structure,"
        " sum(r.role = 'owner'), sum(r.role = 'founder'), sum(r.role = 'leader')"
        " FROM groups g JOIN memberships m ON m.group_id = g.id"
        " JOIN role_history r ON r.membership_id = m.id AND r.until IS NULL"
        " GROUP BY g.id"
    ).fetchall()
    assert len(rows) == 5
    for name, structure, owners, founders, leaders in rows:
        assert owners == 1, name
        if structure == "pyramid":
            assert founders == 1, name
        else:
            assert founders == 0 and leaders >= 2, name


def test_referrals_form_deep_trees_of_earlier_members(demo_db: Database) -> None:
    assert _one(demo_db, "SELECT count(*) FROM members WHERE referrer_id >= id") == 0
    referred = _one(demo_db, "SELECT count(*) FROM members WHERE referrer_id > 0")
    assert 60 <= referred <= 120  # about 30% of 300
    depth = _one(
        demo_db,
        """
        WITH RECURSIVE chain(id, depth) AS (
            SELECT id, 0 FROM members WHERE referrer_id IS NULL
            UNION ALL
            SELECT m.id, c.depth + 1 FROM members m JOIN chain c ON m.referrer_id = c.id
        )
        SELECT max(depth) FROM chain
        """,
    )
    assert depth >= 3


def test_members_look_real_and_are_searchable(demo_db: Database) -> None:
    rows = demo_db.conn.execute(
        "SELECT m.name, m.nickname, m.wechat_id, m.phone, m.notes, m.search_key,"
        " coalesce((SELECT group_concat(tag, ' ') FROM member_tags t"
        " WHERE t.member_id = m.id), '') FROM members m"
    ).fetchall()
    mobile = re.compile(r"1[3-9]\d{9}")
    phones = [r[3] for r in rows if r[3]]
    assert 0 < len(phones) < len(rows)  # some members never gave a phone
    assert all(mobile.fullmatch(phone) for phone in phones)
    wechat_ids = [r[2] for r in rows if r[2]]
    assert len(set(wechat_ids)) == len(wechat_ids)
    assert any(r[1] and not r[1].isascii() and not r[1][0].isalnum() for r in rows)  # 🌸小雪
    surnames = {r[0][0] for r in rows}
    assert {"曾", "单", "解", "乐", "仇"} & surnames
    for name, nick, wx, phone, notes, key, tags in rows:
        assert key == member_search_key(name, nick, wx, phone, tags, notes)
    tags_used = {t for (t,) in demo_db.conn.execute("SELECT DISTINCT tag FROM member_tags")}
    assert {"宝妈", "老客户", "讲师", "合伙人", "潜在客户"} <= tags_used


def test_people_leave_and_come_back(demo_db: Database) -> None:
    left = _one(demo_db, "SELECT count(*) FROM memberships WHERE left_on IS NOT NULL")
    total = _one(demo_db, "SELECT count(*) FROM memberships")
    assert 0.05 < left / total < 0.25
    rejoined = demo_db.conn.execute(
        "SELECT 1 FROM memberships a JOIN memberships b"
        " ON a.member_id = b.member_id AND a.group_id = b.group_id AND a.id < b.id"
        " WHERE a.left_on IS NOT NULL AND a.left_on < b.joined_on"
    ).fetchall()
    assert rejoined
    # Everyone is in a group; ordinary members (after the 13 core people) in one to three.
    in_groups = demo_db.conn.execute(
        "SELECT m.id, count(DISTINCT s.group_id) FROM members m"
        " LEFT JOIN memberships s ON s.member_id = m.id GROUP BY m.id"
    ).fetchall()
    assert all(1 <= n <= 3 or mid <= 13 for mid, n in in_groups)
    assert all(n >= 1 for _, n in in_groups)


def test_paid_group_has_fees_renewals_and_lapses(demo_db: Database) -> None:
    gid, fee, months = demo_db.conn.execute(
        "SELECT id, fee_minor, fee_period_months FROM groups WHERE fee_minor > 0"
    ).fetchone()
    assert (fee, months) == (29900, 12)
    expired = _one(
        demo_db,
        "SELECT count(*) FROM memberships WHERE group_id = ? AND left_on IS NULL"
        " AND paid_until <= ?",
        gid,
        TODAY.isoformat(),
    )
    assert expired > 0
    fees = demo_db.conn.execute(
        "SELECT amount_minor, currency, member_id, renewal_membership_id, renewal_previous_until"
        " FROM revenue WHERE category = 'membership'"
    ).fetchall()
    assert fees and all(cur == "CNY" and member and ms for _, cur, member, ms, _ in fees)
    assert any(previous for *_, previous in fees)  # renewals remember the old expiry


def test_revenue_spans_kinds_in_minor_units(demo_db: Database) -> None:
    categories = {c for (c,) in demo_db.conn.execute("SELECT DISTINCT category FROM revenue")}
    assert {"membership", "ticket", "product", "sponsorship", "venue", "ads"} <= categories
    assert (
        _one(demo_db, "SELECT count(*) FROM revenue WHERE typeof(amount_minor) <> 'integer'") == 0
    )
    assert _one(demo_db, "SELECT count(*) FROM revenue WHERE currency = 'USD'")
    assert _one(demo_db, "SELECT count(*) FROM revenue WHERE partner_id IS NOT NULL")
    assert _one(demo_db, "SELECT count(*) FROM revenue WHERE referrer_id IS NOT NULL")
    assert (
        _one(demo_db, "SELECT count(*) FROM revenue WHERE category = 'ticket' AND event_id IS NULL")
        == 0
    )


def test_recurring_series_expand_with_dateutil(demo_db: Database) -> None:
    series = demo_db.conn.execute(
        "SELECT id, starts_at, rrule FROM events WHERE rrule IS NOT NULL"
    ).fetchall()
    assert len(series) >= 5
    assert {rule.split(";")[0] for _, _, rule in series} >= {
        "FREQ=DAILY",
        "FREQ=WEEKLY",
        "FREQ=MONTHLY",
    }
    assert any("UNTIL=" in rule for *_, rule in series)
    assert any("COUNT=" in rule for *_, rule in series)
    occurrences: dict[int, set[str]] = {}
    for event_id, starts_at, rule in series:
        start = dt.datetime.fromisoformat(starts_at)
        expanded = rrulestr(rule, dtstart=start).between(
            start, dt.datetime.combine(TODAY, dt.time()), inc=True
        )
        assert expanded[0] == start  # DTSTART is itself an occurrence
        occurrences[event_id] = {o.isoformat() for o in expanded}
    exdates = demo_db.conn.execute("SELECT event_id, occurrence_start FROM event_exdates")
    for event_id, skipped in exdates:
        assert skipped in occurrences[event_id]
    moved = demo_db.conn.execute(
        "SELECT series_id, recurrence_start FROM events WHERE series_id IS NOT NULL"
    ).fetchall()
    assert moved and all(when in occurrences[sid] for sid, when in moved)
    checkins = demo_db.conn.execute(
        "SELECT DISTINCT a.event_id, a.occurrence_start FROM attendance a"
        " JOIN events e ON e.id = a.event_id WHERE e.rrule IS NOT NULL"
    ).fetchall()
    assert checkins
    skipped_or_moved = set(exdates.fetchall()) | set(moved)
    for event_id, when in checkins:
        assert when in occurrences[event_id] and (event_id, when) not in skipped_or_moved


def test_past_one_offs_have_reviews_and_hosts_from_the_group(demo_db: Database) -> None:
    reviewed = demo_db.conn.execute(
        "SELECT outcome, depth_rating FROM events"
        " WHERE rrule IS NULL AND series_id IS NULL AND starts_at < ?",
        (TODAY.isoformat(),),
    ).fetchall()
    assert reviewed and all(outcome and 1 <= depth <= 5 for outcome, depth in reviewed)
    strangers = _one(
        demo_db,
        "SELECT count(*) FROM events e WHERE host_id IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM memberships m WHERE m.member_id = e.host_id AND m.group_id = e.group_id)",
    )
    assert strangers == 0


def test_activity_and_goals_differ_per_group(demo_db: Database) -> None:
    per_group = demo_db.conn.execute(
        "SELECT g.name, count(*), avg(a.messages) FROM activity_daily a"
        " JOIN groups g ON g.id = a.group_id GROUP BY g.id"
    ).fetchall()
    assert {days for _, days, _ in per_group} == {365}
    chatter = {name: messages for name, _, messages in per_group}
    assert chatter["烘焙爱好者交流群"] > 3 * chatter["读书会·每日干货"]
    bands = _one(demo_db, "SELECT count(*) FROM goals WHERE max_value IS NOT NULL")
    floors = _one(demo_db, "SELECT count(*) FROM goals WHERE max_value IS NULL")
    assert bands and floors
    changed = demo_db.conn.execute(
        "SELECT group_id, metric FROM goals GROUP BY 1, 2 HAVING count(DISTINCT effective_from) > 1"
    ).fetchall()
    assert changed
    metrics = {m for (m,) in demo_db.conn.execute("SELECT DISTINCT metric FROM goals")}
    assert {"messages_per_day", "revenue", "active_members"} <= metrics


def test_groups_keep_rule_and_lifecycle_history(demo_db: Database) -> None:
    actions = dict(
        demo_db.conn.execute("SELECT action, count(*) FROM rule_history GROUP BY 1").fetchall()
    )
    assert actions["added"] == _one(demo_db, "SELECT count(*) FROM group_rules")
    assert actions["edited"] >= 1 and actions["retired"] >= 1
    stages = demo_db.conn.execute(
        "SELECT group_id, group_concat(stage, '>') FROM"
        " (SELECT group_id, stage FROM lifecycle_history ORDER BY group_id, began_on)"
        " GROUP BY group_id"
    ).fetchall()
    assert len(stages) == 5
    assert any(path.endswith("decline") for _, path in stages)
    assert _one(demo_db, "SELECT count(DISTINCT platform) FROM groups") == 5
    assert _one(demo_db, "SELECT count(*) FROM partners") == 3


def test_demo_module_does_not_load_qt() -> None:
    code = "import sys, desktop.models.demo.demo; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
