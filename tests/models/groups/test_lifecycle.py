"""Lifecycle: recorded stages and the hint suggested from 8 weeks of data."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.groups import groups, lifecycle
from desktop.models.groups.groups import GroupDraft
from desktop.models.storage.db import Database
from tests.models.groups.group_data import TODAY, D, full_draft, join, snapshot


@pytest.fixture
def group_id(database: Database) -> int:
    return groups.create_group(database, full_draft(), today=TODAY)


def test_set_lifecycle_records_history(database: Database, group_id: int) -> None:
    lifecycle.set_lifecycle(database, group_id, "growth", began_on=D(2025, 11, 1), note="破百")
    lifecycle.set_lifecycle(database, group_id, "maturity", began_on=D(2026, 2, 1))
    history = lifecycle.lifecycle_history(database, group_id)
    assert [(e.stage, e.began_on, e.note) for e in history] == [
        ("introduction", D(2025, 9, 1), ""),
        ("growth", D(2025, 11, 1), "破百"),
        ("maturity", D(2026, 2, 1), ""),
    ]
    current = lifecycle.current_lifecycle(database, group_id)
    assert current is not None
    assert current.stage == "maturity"
    assert groups.list_group_summaries(database)[0].stage == "maturity"


def test_set_lifecycle_refusals_write_nothing(database: Database, group_id: int) -> None:
    lifecycle.set_lifecycle(database, group_id, "growth", began_on=D(2025, 11, 1))
    before = snapshot(database)
    for field, stage, began in [
        ("stage", "growth", D(2026, 1, 1)),  # already there
        ("began_on", "maturity", D(2025, 10, 31)),  # before the current stage began
        ("stage", "adolescence", D(2026, 1, 1)),
        ("group", "maturity", D(2026, 1, 1)),
    ]:
        target = 99 if field == "group" else group_id
        with pytest.raises(ValidationError) as err:
            lifecycle.set_lifecycle(database, target, stage, began_on=began)
        assert err.value.field == field
    assert snapshot(database) == before


def test_a_stage_cannot_begin_before_the_group_existed(database: Database) -> None:
    gid = groups.create_group(database, GroupDraft(name="x", created_on=TODAY), today=TODAY)
    with database.transaction() as conn:
        conn.execute("DELETE FROM lifecycle_history WHERE group_id = ?", (gid,))
    with pytest.raises(ValidationError) as err:
        lifecycle.set_lifecycle(database, gid, "growth", began_on=TODAY - dt.timedelta(days=1))
    assert err.value.field == "began_on"
    assert lifecycle.lifecycle_history(database, gid) == []


# suggest_lifecycle looks at the 56 days ending on HINT_DAY: 2026-01-05 .. 2026-03-01;
# the first four weeks end on 2026-02-01, the last four begin on 2026-02-02.
HINT_DAY = D(2026, 3, 1)


def _old_group(database: Database, name: str = "old") -> int:
    return groups.create_group(
        database, GroupDraft(name=name, created_on=D(2025, 1, 1)), today=HINT_DAY
    )


def _activity(database: Database, group_id: int, first: int, last: int, active: int) -> None:
    """One row a day over the window: `first` messages in weeks 1-4, `last` in weeks 5-8."""
    start = D(2026, 1, 5)
    rows = []
    for offset in range(56):
        day = start + dt.timedelta(days=offset)
        rows.append((group_id, day.isoformat(), first if offset < 28 else last, active))
    with database.transaction() as conn:
        conn.executemany(
            "INSERT INTO activity_daily (group_id, day, messages, active_members) "
            "VALUES (?, ?, ?, ?)",
            rows,
        )


def _members(database: Database, group_id: int, count: int, joined: str) -> None:
    for n in range(count):
        join(database, group_id, joined, name=f"{joined}-{n}")


def test_suggests_growth_with_its_reasons_and_writes_nothing(database: Database) -> None:
    gid = _old_group(database)
    _members(database, gid, 10, "2025-06-01")
    _members(database, gid, 5, "2026-02-01")
    join(database, gid, "2025-06-01", "2026-02-10", name="leaver")  # counted before, then left
    _activity(database, gid, 20, 22, 6)
    before = snapshot(database)
    changes = database.conn.total_changes

    hint = lifecycle.suggest_lifecycle(database, gid, today=HINT_DAY)

    assert snapshot(database) == before
    assert database.conn.total_changes == changes
    assert hint is not None
    assert hint.stage == "growth"
    assert hint.current_stage == "introduction"
    assert hint.is_change
    reasons = dict(hint.reasons)
    assert reasons["members_before"] == 11
    assert reasons["members_now"] == 15
    assert (reasons["joins"], reasons["leaves"]) == (5, 1)
    assert reasons["net_joins_per_week"] == 0.5
    assert reasons["member_growth_pct"] == pytest.approx(36.4)
    assert reasons["messages_per_day_first_4_weeks"] == 20
    assert reasons["messages_per_day_last_4_weeks"] == 22
    assert reasons["messages_change_pct"] == 10.0
    assert reasons["active_members_change_pct"] == 0.0
    assert hint.reason("age_days") == 424
    assert hint.reason("no_such_reason") is None


def test_suggests_decline_when_activity_falls(database: Database) -> None:
    gid = _old_group(database)
    _members(database, gid, 20, "2025-06-01")
    _activity(database, gid, 100, 50, 8)
    lifecycle.set_lifecycle(database, gid, "maturity", began_on=D(2025, 6, 1))
    hint = lifecycle.suggest_lifecycle(database, gid, today=HINT_DAY)
    assert hint is not None
    assert (hint.stage, hint.current_stage) == ("decline", "maturity")
    assert hint.reason("messages_change_pct") == -50.0
    assert hint.reason("member_growth_pct") == 0.0


def test_suggests_decline_when_members_leave(database: Database) -> None:
    gid = _old_group(database)
    _members(database, gid, 18, "2025-06-01")
    join(database, gid, "2025-06-01", "2026-02-01", name="x")
    join(database, gid, "2025-06-01", "2026-02-15", name="y")
    hint = lifecycle.suggest_lifecycle(database, gid, today=HINT_DAY)
    assert hint is not None
    assert hint.stage == "decline"
    assert hint.reason("member_growth_pct") == -10.0
    assert hint.reason("net_joins_per_week") == -0.2  # -2 over 8 weeks, to one decimal
    assert hint.reason("messages_change_pct") is None  # no activity recorded: no ratio


def test_suggests_maturity_when_steady(database: Database) -> None:
    gid = _old_group(database)
    _members(database, gid, 40, "2025-06-01")
    _members(database, gid, 1, "2026-02-20")
    _activity(database, gid, 30, 27, 10)  # -10%: not a fall that counts as decline
    lifecycle.set_lifecycle(database, gid, "maturity", began_on=D(2025, 9, 1))
    hint = lifecycle.suggest_lifecycle(database, gid, today=HINT_DAY)
    assert hint is not None
    assert hint.stage == "maturity"
    assert not hint.is_change
    assert hint.reason("member_growth_pct") == 2.5
    assert hint.reason("messages_change_pct") == -10.0


def test_suggests_introduction_for_a_young_group(database: Database) -> None:
    gid = groups.create_group(
        database, GroupDraft(name="new", created_on=D(2026, 2, 1)), today=HINT_DAY
    )
    _members(database, gid, 30, "2026-02-01")
    hint = lifecycle.suggest_lifecycle(database, gid, today=HINT_DAY)
    assert hint is not None
    assert hint.stage == "introduction"
    assert hint.reason("age_days") == 28
    assert hint.reason("member_growth_pct") is None  # nobody before: no ratio


def test_no_hint_without_data_or_after_dissolving(database: Database) -> None:
    gid = _old_group(database)
    assert lifecycle.suggest_lifecycle(database, gid, today=HINT_DAY) is None
    _members(database, gid, 3, "2025-06-01")
    assert lifecycle.suggest_lifecycle(database, gid, today=HINT_DAY) is not None
    groups.dissolve_group(database, gid, on=D(2026, 2, 1))
    assert lifecycle.suggest_lifecycle(database, gid, today=HINT_DAY) is None


def test_remove_stage_takes_back_only_the_latest(database: Database, group_id: int) -> None:
    growth = lifecycle.set_lifecycle(database, group_id, "growth", began_on=D(2025, 11, 1))
    maturity = lifecycle.set_lifecycle(database, group_id, "maturity", began_on=D(2026, 2, 1))
    before = snapshot(database)
    first = lifecycle.lifecycle_history(database, group_id)[0].id
    for entry in (growth, first, 999):
        with pytest.raises(ValidationError) as err:
            lifecycle.remove_stage(database, entry)
        assert err.value.field == "stage"
    assert snapshot(database) == before
    lifecycle.remove_stage(database, maturity)
    lifecycle.remove_stage(database, growth)
    assert [e.stage for e in lifecycle.lifecycle_history(database, group_id)] == ["introduction"]
    with pytest.raises(ValidationError, match="first stage"):
        lifecycle.remove_stage(database, first)
