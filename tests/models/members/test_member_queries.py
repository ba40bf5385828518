"""The small reads of members, memberships and roles other features use."""

from __future__ import annotations

import pytest

from desktop.models.groups import groups
from desktop.models.groups.groups import GroupDraft
from desktop.models.members.queries import (
    MemberLabel,
    current_members_and,
    host_candidates,
    member_count,
    member_names,
)
from desktop.models.storage.db import Database
from tests.models.groups.group_data import TODAY, add_member


def give_role(
    database: Database, member: int, group: int, role: str, *, left: str | None = None
) -> None:
    with database.transaction() as conn:
        membership = conn.execute(
            "INSERT INTO memberships (member_id, group_id, joined_on, left_on) "
            "VALUES (?, ?, '2025-01-01', ?)",
            (member, group, left),
        ).lastrowid
        conn.execute(
            "INSERT INTO role_history (membership_id, role, since) VALUES (?, ?, '2025-01-01')",
            (membership, role),
        )


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    ids = {
        "a": groups.create_group(database, GroupDraft(name="A"), today=TODAY),
        "b": groups.create_group(database, GroupDraft(name="B"), today=TODAY),
    }
    for name in ("周", "Ann", "Bob", "Cat"):
        ids[name] = add_member(database, name)
    give_role(database, ids["周"], ids["a"], "owner")
    give_role(database, ids["Ann"], ids["a"], "follower")
    give_role(database, ids["Bob"], ids["b"], "admin")
    give_role(database, ids["Cat"], ids["a"], "seed", left="2025-06-01")
    return ids


def test_member_count_and_names(database: Database, people: dict[str, int]) -> None:
    assert member_count(database) == 4
    assert member_names(database, [people["Ann"], people["周"], 999]) == {
        people["Ann"]: "Ann",
        people["周"]: "周",
    }
    assert member_names(database, []) == {}


def test_hosts_hold_a_role_above_follower_in_the_group_or_any(
    database: Database, people: dict[str, int]
) -> None:
    # a role the member still holds counts, even after leaving: as the calendar always did
    assert host_candidates(database, people["a"]) == [(people["Cat"], "Cat"), (people["周"], "周")]
    assert [name for _id, name in host_candidates(database, None)] == ["Bob", "Cat", "周"]


def test_current_members_and_the_given_ones_by_name(
    database: Database, people: dict[str, int]
) -> None:
    rows = current_members_and(database, people["a"], [people["Bob"]])
    assert all(isinstance(row, MemberLabel) for row in rows)
    assert [row.id for row in rows] == [people["Ann"], people["Bob"], people["周"]]
    assert current_members_and(database, people["b"], [])[0].name == "Bob"
