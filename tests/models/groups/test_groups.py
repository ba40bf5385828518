"""Groups: settings, templates, archiving, dissolving and deleting."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from typing import Any

import pytest

from desktop.models.core.errors import DataError, ValidationError
from desktop.models.groups import groups, lifecycle, rules
from desktop.models.groups.groups import GroupDraft
from desktop.models.storage.db import Database
from tests.models.groups.group_data import TODAY, D, full_draft, join, snapshot


@pytest.fixture
def group_id(database: Database) -> int:
    return groups.create_group(database, full_draft(), today=TODAY)


# --- settings --------------------------------------------------------------------------


def test_default_capacity_follows_platform() -> None:
    assert groups.default_capacity("wechat") == 500
    assert groups.default_capacity("wecom") == 500
    assert groups.default_capacity("knowledge_planet") is None
    with pytest.raises(ValidationError) as err:
        groups.default_capacity("myspace")
    assert err.value.field == "platform"


def test_create_stores_every_setting_thresholds_and_first_stage(database: Database) -> None:
    gid = groups.create_group(database, full_draft(), today=TODAY)
    group = groups.get_group(database, gid)
    assert group.name == "读书会"  # trimmed
    assert group.platform == "wechat"
    assert group.capacity == 500
    assert group.purposes == ("learning", "networking")
    assert group.value_types == ("knowledge",)
    assert group.structure == "ring"
    assert (group.fee_minor, group.fee_currency, group.fee_period_months) == (19900, "CNY", 12)
    assert group.created_on == D(2025, 9, 1)
    assert group.exit_criteria == "连续三个月不打卡"
    assert group.archived is False
    assert group.thresholds == {"activity": "每月至少打卡一次", "payment": "年费 199 元"}
    history = lifecycle.lifecycle_history(database, gid)
    assert [(e.stage, e.began_on) for e in history] == [("introduction", D(2025, 9, 1))]
    # the draft of a stored group round-trips to the same group
    assert group.draft() == replace(full_draft(), name="读书会", fee_currency="CNY")


def test_create_defaults_created_on_to_today(database: Database) -> None:
    gid = groups.create_group(database, GroupDraft(name="Tips"), today=TODAY)
    group = groups.get_group(database, gid)
    assert group.created_on == TODAY
    assert group.capacity is None
    assert group.purposes == ()
    assert group.thresholds == {}


def test_custom_vocabulary_codes_are_accepted(database: Database) -> None:
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO vocabulary (domain, code, label_zh) VALUES "
            "('purpose', 'charity', '公益'), ('value_type', 'fun', '娱乐')"
        )
    gid = groups.create_group(
        database,
        GroupDraft(name="公益群", purposes=("charity", "brand", "charity"), value_types=("fun",)),
        today=TODAY,
    )
    group = groups.get_group(database, gid)
    assert group.purposes == ("charity", "brand")  # a repeated code is kept once
    assert group.value_types == ("fun",)


def test_summaries_show_stage_members_and_capacity_in_one_query(database: Database) -> None:
    a = groups.create_group(
        database, GroupDraft(name="b-group", capacity=500, created_on=D(2026, 1, 1)), today=TODAY
    )
    b = groups.create_group(database, GroupDraft(name="A-group"), today=TODAY)
    c = groups.create_group(database, GroupDraft(name="0-old"), today=TODAY)
    join(database, a, "2026-01-01")
    join(database, a, "2026-01-02")
    join(database, a, "2026-01-03", "2026-02-01")  # left: not counted
    lifecycle.set_lifecycle(database, a, "growth", began_on=D(2026, 2, 1))
    lifecycle.set_lifecycle(database, a, "maturity", began_on=D(2026, 2, 1))  # same day, later
    groups.archive_group(database, c)

    statements: list[str] = []
    database.conn.set_trace_callback(statements.append)
    try:
        rows = groups.list_group_summaries(database)
    finally:
        database.conn.set_trace_callback(None)
    assert len(statements) == 1
    assert [(r.id, r.name, r.stage, r.member_count, r.capacity, r.archived) for r in rows] == [
        (b, "A-group", "introduction", 0, None, False),
        (a, "b-group", "maturity", 2, 500, False),
        (c, "0-old", "introduction", 0, None, True),
    ]
    assert [r.id for r in groups.list_group_summaries(database, include_archived=False)] == [b, a]


def test_summaries_count_open_memberships_through_leaves_rejoins_moves_and_deletes(
    database: Database,
) -> None:
    a = groups.create_group(database, GroupDraft(name="a"), today=TODAY)
    b = groups.create_group(database, GroupDraft(name="b"), today=TODAY)

    def counts() -> dict[int, int]:
        return {row.id: row.member_count for row in groups.list_group_summaries(database)}

    def direct() -> dict[int, int]:
        sql = "SELECT count(*) FROM memberships WHERE left_on IS NULL AND group_id = ?"
        return {g: database.conn.execute(sql, (g,)).fetchone()[0] for g in (a, b)}

    first = join(database, a, "2026-01-01")
    join(database, a, "2026-01-02", "2026-01-02")  # joined and left the same day: not open
    join(database, a, "2027-03-01")  # joins in the future: open already, as it is stored
    join(database, b, "2026-01-05")
    assert counts() == direct() == {a: 2, b: 1}
    with database.transaction() as conn:  # leaves, then comes back (the leave cleared)
        conn.execute("UPDATE memberships SET left_on = '2026-02-01' WHERE member_id = ?", (first,))
    assert counts() == direct() == {a: 1, b: 1}
    with database.transaction() as conn:
        conn.execute("UPDATE memberships SET left_on = NULL WHERE member_id = ?", (first,))
    assert counts() == direct() == {a: 2, b: 1}
    with database.transaction() as conn:  # moved to the other group
        conn.execute("UPDATE memberships SET group_id = ? WHERE member_id = ?", (b, first))
    assert counts() == direct() == {a: 1, b: 2}
    with database.transaction() as conn:  # the member deleted: the membership goes with it
        conn.execute("DELETE FROM members WHERE id = ?", (first,))
    assert counts() == direct() == {a: 1, b: 1}


def test_update_saves_settings_replaces_thresholds_and_keeps_lifecycle(
    database: Database, group_id: int
) -> None:
    lifecycle.set_lifecycle(database, group_id, "growth", began_on=D(2025, 12, 1), note="破百人")
    before = lifecycle.lifecycle_history(database, group_id)
    draft = replace(
        groups.get_group(database, group_id).draft(),
        name="读书会·二期",
        capacity=200,
        purposes=("sales",),
        fee_minor=0,
        fee_period_months=None,
        thresholds={"interest": "喜欢读书"},
    )
    groups.update_group(database, group_id, draft, today=TODAY)
    group = groups.get_group(database, group_id)
    assert (group.name, group.capacity, group.purposes, group.fee_minor) == (
        "读书会·二期",
        200,
        ("sales",),
        0,
    )
    assert group.fee_period_months is None
    assert group.thresholds == {"interest": "喜欢读书"}
    assert database.conn.execute("SELECT count(*) FROM group_thresholds").fetchone()[0] == 1
    assert lifecycle.lifecycle_history(database, group_id) == before


def test_update_may_keep_its_own_name_in_another_case(database: Database, group_id: int) -> None:
    draft = replace(groups.get_group(database, group_id).draft(), name="读书会 ")
    groups.update_group(database, group_id, draft, today=TODAY)
    assert groups.get_group(database, group_id).name == "读书会"


def test_moving_created_on_moves_the_first_stage_only(database: Database, group_id: int) -> None:
    lifecycle.set_lifecycle(database, group_id, "growth", began_on=D(2025, 12, 1))
    draft = groups.get_group(database, group_id).draft()
    groups.update_group(database, group_id, replace(draft, created_on=D(2025, 8, 1)), today=TODAY)
    assert [(e.stage, e.began_on) for e in lifecycle.lifecycle_history(database, group_id)] == [
        ("introduction", D(2025, 8, 1)),
        ("growth", D(2025, 12, 1)),
    ]
    before = snapshot(database)
    with pytest.raises(ValidationError) as err:
        groups.update_group(
            database, group_id, replace(draft, created_on=D(2026, 1, 1)), today=TODAY
        )
    assert err.value.field == "created_on"
    assert "growth" in err.value.message
    assert snapshot(database) == before


INVALID_DRAFTS = [
    ("name", {"name": "   "}),
    ("name", {"name": "book club"}),  # clashes with "Book Club" whatever the case
    ("platform", {"platform": "myspace"}),
    ("capacity", {"capacity": -1}),
    ("purposes", {"purposes": ("sales", "world_peace")}),
    ("value_types", {"value_types": ("gold",)}),
    ("structure", {"structure": "star"}),
    ("fee_minor", {"fee_minor": -100}),
    ("fee_currency", {"fee_currency": "RMBY"}),
    ("fee_period_months", {"fee_minor": 9900, "fee_period_months": None}),
    ("fee_period_months", {"fee_period_months": 0}),
    ("created_on", {"created_on": TODAY + dt.timedelta(days=1)}),
    ("thresholds", {"thresholds": {"vip_only": "x"}}),
]


@pytest.mark.parametrize(("field", "changes"), INVALID_DRAFTS)
def test_invalid_create_is_refused_and_writes_nothing(
    database: Database, field: str, changes: dict[str, Any]
) -> None:
    groups.create_group(database, GroupDraft(name="Book Club"), today=TODAY)
    before = snapshot(database)
    with pytest.raises(ValidationError) as err:
        groups.create_group(database, full_draft(**changes), today=TODAY)
    assert err.value.field == field
    assert err.value.message
    assert snapshot(database) == before


@pytest.mark.parametrize(("field", "changes"), INVALID_DRAFTS)
def test_invalid_update_is_refused_and_writes_nothing(
    database: Database, group_id: int, field: str, changes: dict[str, Any]
) -> None:
    groups.create_group(database, GroupDraft(name="Book Club"), today=TODAY)
    before = snapshot(database)
    with pytest.raises(ValidationError) as err:
        groups.update_group(database, group_id, full_draft(**changes), today=TODAY)
    assert err.value.field == field
    assert snapshot(database) == before


def test_duplicate_name_message_names_the_clash(database: Database) -> None:
    groups.create_group(database, GroupDraft(name="Book Club"), today=TODAY)
    with pytest.raises(ValidationError, match='"Book Club"'):
        groups.create_group(database, GroupDraft(name="BOOK CLUB"), today=TODAY)


def test_capacity_below_current_members_is_refused(database: Database, group_id: int) -> None:
    for day in ("2026-01-01", "2026-01-02", "2026-01-03"):
        join(database, group_id, day)
    join(database, group_id, "2026-01-04", "2026-02-01")  # gone: does not count
    draft = groups.get_group(database, group_id).draft()
    before = snapshot(database)
    with pytest.raises(ValidationError) as err:
        groups.update_group(database, group_id, replace(draft, capacity=2), today=TODAY)
    assert err.value.field == "capacity"
    assert "3" in err.value.message
    assert snapshot(database) == before
    groups.update_group(database, group_id, replace(draft, capacity=3), today=TODAY)
    assert groups.get_group(database, group_id).capacity == 3


def test_missing_group_is_a_validation_error(database: Database) -> None:
    for call in (
        lambda: groups.get_group(database, 99),
        lambda: groups.update_group(database, 99, GroupDraft(name="x"), today=TODAY),
        lambda: groups.archive_group(database, 99),
        lambda: groups.delete_group(database, 99),
        lambda: groups.group_usage(database, 99),
    ):
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == "group"


# --- templates, archive, dissolve, delete ---------------------------------------------


def test_duplicate_copies_a_template_without_members_or_history(
    database: Database, group_id: int
) -> None:
    r1 = rules.add_rule(database, group_id, "不发广告", today=D(2025, 9, 1))
    rules.add_rule(database, group_id, "每周五分享", today=D(2025, 9, 1))
    rules.add_rule(database, group_id, "实名入群", today=D(2025, 9, 1))
    rules.retire_rule(database, r1, today=D(2025, 10, 1))
    with database.transaction() as conn:
        conn.executemany(
            "INSERT INTO goals (group_id, metric, period, min_value, max_value, effective_from)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (group_id, "messages_per_day", "week", 5, 50, "2025-09-01"),
                (group_id, "messages_per_day", "week", 10, 80, "2026-01-01"),  # current
                (group_id, "messages_per_day", "week", 20, 90, "2026-06-01"),  # planned
                (group_id, "revenue", "month", 100000, None, "2025-09-01"),
            ],
        )
    join(database, group_id, "2025-10-01")
    lifecycle.set_lifecycle(database, group_id, "growth", began_on=D(2025, 12, 1))
    groups.archive_group(database, group_id)

    copy_id = groups.duplicate_group(database, group_id, "读书会 · 深圳", today=TODAY)
    source, copy = groups.get_group(database, group_id), groups.get_group(database, copy_id)
    assert copy.name == "读书会 · 深圳"
    assert copy.created_on == TODAY
    assert copy.archived is False
    assert replace(copy, id=0, name="", created_on=TODAY, archived=False) == replace(
        source, id=0, name="", created_on=TODAY, archived=False
    )
    assert copy.thresholds == source.thresholds
    assert [(r.position, r.text, r.added_on) for r in rules.list_rules(database, copy_id)] == [
        (1, "每周五分享", TODAY),
        (2, "实名入群", TODAY),
    ]
    assert [c.action for c in rules.rule_history(database, copy_id)] == ["added", "added"]
    goals = database.conn.execute(
        "SELECT metric, min_value, max_value, effective_from FROM goals WHERE group_id = ? "
        "ORDER BY metric",
        (copy_id,),
    ).fetchall()
    assert goals == [
        ("messages_per_day", 10, 80, "2026-03-01"),
        ("revenue", 100000, None, "2026-03-01"),
    ]
    assert groups.group_usage(database, copy_id) == (0, 0, 0)
    assert [(e.stage, e.began_on) for e in lifecycle.lifecycle_history(database, copy_id)] == [
        ("introduction", TODAY)
    ]


def test_duplicate_with_a_taken_name_writes_nothing(database: Database, group_id: int) -> None:
    rules.add_rule(database, group_id, "不发广告", today=TODAY)
    before = snapshot(database)
    with pytest.raises(ValidationError) as err:
        groups.duplicate_group(database, group_id, "读书会", today=TODAY)
    assert err.value.field == "name"
    assert snapshot(database) == before


def test_archive_and_unarchive(database: Database, group_id: int) -> None:
    groups.archive_group(database, group_id)
    assert groups.get_group(database, group_id).archived is True
    assert groups.list_group_refs(database, include_archived=False) == []
    groups.archive_group(database, group_id, archived=False)
    assert groups.get_group(database, group_id).archived is False


def test_dissolve_records_the_stage_and_archives(database: Database, group_id: int) -> None:
    join(database, group_id, "2025-10-01")
    groups.dissolve_group(database, group_id, on=D(2026, 2, 28), note="目标达成")
    group = groups.get_group(database, group_id)
    assert group.archived is True
    last = lifecycle.lifecycle_history(database, group_id)[-1]
    assert (last.stage, last.began_on, last.note) == ("dissolved", D(2026, 2, 28), "目标达成")
    assert groups.group_usage(database, group_id).members == 1  # members are kept
    before = snapshot(database)
    with pytest.raises(ValidationError) as err:
        groups.dissolve_group(database, group_id, on=D(2026, 3, 1))
    assert err.value.field == "stage"
    assert snapshot(database) == before


def test_dissolve_before_the_current_stage_is_refused(database: Database, group_id: int) -> None:
    lifecycle.set_lifecycle(database, group_id, "growth", began_on=D(2026, 1, 1))
    before = snapshot(database)
    with pytest.raises(ValidationError) as err:
        groups.dissolve_group(database, group_id, on=D(2025, 12, 31))
    assert err.value.field == "began_on"
    assert snapshot(database) == before


def _add_event(database: Database, group_id: int) -> None:
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO events (group_id, title, starts_at, ends_at) "
            "VALUES (?, '沙龙', '2026-01-10T14:00:00', '2026-01-10T16:00:00')",
            (group_id,),
        )


def _add_revenue(database: Database, group_id: int) -> None:
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO revenue (day, group_id, kind, category, amount_minor) "
            "VALUES ('2026-01-10', ?, 'income', 'ticket', 5000)",
            (group_id,),
        )


@pytest.mark.parametrize(
    ("setup", "usage", "mentions"),
    [
        (lambda db, g: join(db, g, "2026-01-01", "2026-02-01"), (1, 0, 0), "members: 1,"),
        (_add_event, (0, 1, 0), "events: 1,"),
        (_add_revenue, (0, 0, 1), "revenue entries: 1)"),
    ],
)
def test_delete_is_refused_when_anything_hangs_on_the_group(
    database: Database, group_id: int, setup: Any, usage: tuple[int, int, int], mentions: str
) -> None:
    setup(database, group_id)
    assert groups.group_usage(database, group_id) == usage
    before = snapshot(database)
    with pytest.raises(ValidationError) as err:
        groups.delete_group(database, group_id)
    assert err.value.field == "group"
    assert mentions in err.value.message
    assert "dissolve" in err.value.message
    assert snapshot(database) == before


def test_refused_delete_lists_everything(database: Database, group_id: int) -> None:
    join(database, group_id, "2026-01-01", name="a")
    join(database, group_id, "2026-01-02", name="b")
    _add_event(database, group_id)
    _add_revenue(database, group_id)
    _add_revenue(database, group_id)
    with pytest.raises(ValidationError, match=r"members: 2, events: 1, revenue entries: 2\)"):
        groups.delete_group(database, group_id)


def test_delete_of_an_empty_group_removes_its_settings(database: Database, group_id: int) -> None:
    other = groups.create_group(database, GroupDraft(name="other"), today=TODAY)
    rules.add_rule(database, group_id, "不发广告", today=TODAY)
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO goals (group_id, metric, period, min_value, effective_from) "
            "VALUES (?, 'new_members', 'week', 3, '2026-01-01')",
            (group_id,),
        )
    groups.delete_group(database, group_id)
    assert [r.id for r in groups.list_group_refs(database)] == [other]
    for table in ("group_rules", "rule_history", "group_thresholds", "goals"):
        assert database.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert database.conn.execute("SELECT count(*) FROM lifecycle_history").fetchone()[0] == 1


def test_transactions_are_one_per_action(database: Database) -> None:
    # a failing write in the middle of an action must leave no trace of its earlier writes
    gid = groups.create_group(database, GroupDraft(name="a"), today=TODAY)
    with database.transaction() as conn:
        conn.execute(
            "CREATE TRIGGER no_thresholds BEFORE INSERT ON group_thresholds "
            "BEGIN SELECT RAISE(ABORT, 'boom'); END"
        )
    before = snapshot(database)
    draft = replace(groups.get_group(database, gid).draft(), name="b", thresholds={"interest": ""})
    with pytest.raises(DataError) as caught:
        groups.update_group(database, gid, draft, today=TODAY)
    assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)
    assert snapshot(database) == before
