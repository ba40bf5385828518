"""The small reads of members, memberships and roles other features use."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.groups import groups
from desktop.models.groups.groups import GroupDraft
from desktop.models.members.queries import (
    MemberLabel,
    MembershipFlow,
    current_member_ids,
    current_members,
    current_members_and,
    host_candidates,
    joined_between,
    member_count,
    member_names,
    members_on,
    membership_flow,
    membership_spans,
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


def test_current_members_of_a_group(database: Database, people: dict[str, int]) -> None:
    assert current_members(database, people["a"]) == [
        (people["周"], "周", ""),
        (people["Ann"], "Ann", ""),
    ]
    assert current_member_ids(database, people["a"]) == {people["周"], people["Ann"]}
    assert current_member_ids(database, people["b"]) == {people["Bob"]}


def test_spans_counts_and_flow_over_a_range(database: Database, people: dict[str, int]) -> None:
    a, cat = people["a"], people["Cat"]
    d = dt.date
    spans = membership_spans(database, a, d(2025, 5, 1), d(2025, 7, 1))
    assert (cat, "Cat", d(2025, 1, 1), d(2025, 6, 1)) in spans
    assert (people["周"], "周", d(2025, 1, 1), d(9999, 12, 31)) in spans
    assert cat not in {s[0] for s in membership_spans(database, a, d(2025, 7, 1), d(2025, 8, 1))}
    assert members_on(database, a, d(2024, 12, 31)) == 0
    assert members_on(database, a, d(2025, 5, 31)) == 3
    assert members_on(database, a, d(2025, 6, 1)) == 2  # who left that day is gone at its end
    assert joined_between(database, a, d(2025, 1, 1), d(2025, 1, 1)) == 3
    assert joined_between(database, a, d(2025, 1, 2), d(2025, 12, 31)) == 0
    assert membership_flow(database, a, d(2025, 3, 1), d(2025, 12, 1)) == MembershipFlow(
        before=3, now=2, joins=0, leaves=1
    )
