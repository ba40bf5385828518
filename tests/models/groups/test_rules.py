"""Rules (群规): numbering, moves, retirement and the history of every change."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.groups import groups, rules
from desktop.models.storage.db import Database
from tests.models.groups.group_data import TODAY, D, full_draft, snapshot


@pytest.fixture
def group_id(database: Database) -> int:
    return groups.create_group(database, full_draft(), today=TODAY)


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 1, day, hour)


def test_rule_history_across_add_edit_move_retire(database: Database, group_id: int) -> None:
    r1 = rules.add_rule(database, group_id, " 不发广告 ", today=D(2026, 1, 1), at=at(1, 9))
    r2 = rules.add_rule(database, group_id, "每周五分享", today=D(2026, 1, 1), at=at(1, 10))
    r3 = rules.add_rule(database, group_id, "实名入群", today=D(2026, 1, 2), at=at(2, 9))
    rules.edit_rule(database, r2, "每周五晚八点分享", today=D(2026, 1, 5), at=at(5, 9))
    rules.move_rule(database, r3, 1, at=at(6, 9))
    rules.retire_rule(database, r1, today=D(2026, 1, 7), at=at(7, 9))

    active = rules.list_rules(database, group_id)
    assert [(r.id, r.position, r.text) for r in active] == [
        (r3, 1, "实名入群"),
        (r2, 2, "每周五晚八点分享"),
    ]
    everything = rules.list_rules(database, group_id, include_retired=True)
    assert [r.id for r in everything] == [r3, r2, r1]
    assert everything[-1].retired_on == D(2026, 1, 7)
    assert everything[-1].text == "不发广告"
    assert not everything[-1].active

    history = rules.rule_history(database, group_id)
    assert [(c.rule_id, c.action, c.old_text, c.new_text) for c in history] == [
        (r1, "retired", "不发广告", None),
        (r3, "moved", "3", "1"),
        (r2, "edited", "每周五分享", "每周五晚八点分享"),
        (r3, "added", None, "实名入群"),
        (r2, "added", None, "每周五分享"),
        (r1, "added", None, "不发广告"),
    ]
    assert history[0].changed_at == at(7, 9)
    assert history[1].rule_text == "实名入群"

    # editing the group's settings leaves rules and their history alone
    draft = replace(groups.get_group(database, group_id).draft(), theme="新主题")
    groups.update_group(database, group_id, draft, today=TODAY)
    assert rules.rule_history(database, group_id) == history


def test_history_stamp_defaults_to_now_on_the_given_day(database: Database, group_id: int) -> None:
    rid = rules.add_rule(database, group_id, "不刷屏", today=D(2026, 1, 3))
    (change,) = rules.rule_history(database, group_id)
    assert change.rule_id == rid
    assert change.changed_at.date() == D(2026, 1, 3)


def test_move_renumbers_contiguously(database: Database, group_id: int) -> None:
    ids = [rules.add_rule(database, group_id, f"rule {n}", today=TODAY) for n in range(1, 5)]
    rules.retire_rule(database, ids[1], today=TODAY)
    assert [r.position for r in rules.list_rules(database, group_id)] == [1, 2, 3]
    rules.move_rule(database, ids[0], 3)
    assert [(r.id, r.position) for r in rules.list_rules(database, group_id)] == [
        (ids[2], 1),
        (ids[3], 2),
        (ids[0], 3),
    ]
    new = rules.add_rule(database, group_id, "rule 5", today=TODAY)
    assert rules.list_rules(database, group_id)[-1].id == new
    assert rules.list_rules(database, group_id)[-1].position == 4


def test_restore_brings_a_rule_back_last(database: Database, group_id: int) -> None:
    r1 = rules.add_rule(database, group_id, "a", today=TODAY)
    r2 = rules.add_rule(database, group_id, "b", today=TODAY)
    rules.retire_rule(database, r1, today=TODAY)
    rules.restore_rule(database, r1, today=TODAY)
    assert [(r.id, r.position) for r in rules.list_rules(database, group_id)] == [(r2, 1), (r1, 2)]
    assert rules.rule_history(database, group_id)[0].action == "added"


def test_rule_refusals_write_nothing(database: Database, group_id: int) -> None:
    r1 = rules.add_rule(database, group_id, "不发广告", today=D(2026, 1, 5))
    r2 = rules.add_rule(database, group_id, "实名入群", today=D(2026, 1, 5))
    rules.retire_rule(database, r2, today=D(2026, 1, 6))
    before = snapshot(database)
    refusals: list[tuple[str, Any]] = [
        ("text", lambda: rules.add_rule(database, group_id, "  ", today=TODAY)),
        ("group", lambda: rules.add_rule(database, 99, "x", today=TODAY)),
        ("text", lambda: rules.edit_rule(database, r1, "", today=TODAY)),
        ("rule", lambda: rules.edit_rule(database, r2, "new", today=TODAY)),
        ("rule", lambda: rules.edit_rule(database, 99, "new", today=TODAY)),
        ("rule", lambda: rules.retire_rule(database, r2, today=TODAY)),
        ("retired_on", lambda: rules.retire_rule(database, r1, today=D(2026, 1, 4))),
        ("rule", lambda: rules.restore_rule(database, r1, today=TODAY)),
        ("position", lambda: rules.move_rule(database, r1, 2)),
        ("position", lambda: rules.move_rule(database, r1, 0)),
        ("rule", lambda: rules.move_rule(database, r2, 1)),
    ]
    for field, call in refusals:
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == field
    # no-op changes are accepted but record nothing
    rules.edit_rule(database, r1, " 不发广告 ", today=TODAY)
    rules.move_rule(database, r1, 1)
    assert snapshot(database) == before
