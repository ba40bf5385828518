"""Small reads of the `members`, `memberships` and `role_history` tables for other features."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import NamedTuple

from desktop.models.storage.db import Database


class MemberLabel(NamedTuple):
    """What a list of people shows of a member: name, nickname and the search key."""

    id: int
    name: str
    nickname: str | None
    search_key: str


def member_count(database: Database) -> int:
    """How many members the file holds."""
    return int(database.conn.execute("SELECT count(*) FROM members").fetchone()[0])


def member_names(database: Database, member_ids: Iterable[int]) -> dict[int, str]:
    """The names of the given members (ids of no member are left out)."""
    rows = database.conn.execute(
        "SELECT id, name FROM members WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(member_ids))),),
    )
    return {int(mid): str(name) for mid, name in rows}


def host_candidates(database: Database, group_id: int | None) -> list[tuple[int, str]]:
    """(id, name) of members holding a role above follower now, in the group (or any), by name."""
    return [
        (int(mid), str(name))
        for mid, name in database.conn.execute(
            """SELECT DISTINCT m.id, m.name FROM members m JOIN memberships s
               ON s.member_id = m.id JOIN role_history r ON r.membership_id = s.id
               WHERE r.until IS NULL AND r.role NOT IN ('follower')
               AND (? IS NULL OR s.group_id = ?) ORDER BY m.name""",
            (group_id, group_id),
        )
    ]


def current_members_and(
    database: Database, group_id: int, member_ids: Iterable[int]
) -> list[MemberLabel]:
    """The group's current members together with the given members, by name."""
    rows = database.conn.execute(
        """SELECT m.id, m.name, m.nickname, m.search_key FROM members m
           WHERE m.id IN (SELECT member_id FROM memberships
                          WHERE group_id = ? AND left_on IS NULL)
           OR m.id IN (SELECT value FROM json_each(?))
           ORDER BY m.name_key, m.id""",
        (group_id, json.dumps(sorted(set(member_ids)))),
    )
    return [MemberLabel(*row) for row in rows]
