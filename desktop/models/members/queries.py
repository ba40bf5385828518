"""Small reads of the `members`, `memberships` and `role_history` tables for other features."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import NamedTuple

from desktop.models.core.common import iso
from desktop.models.storage.db import Database


class MemberLabel(NamedTuple):
    """What a list of people shows of a member: name, nickname and the search key."""

    id: int
    name: str
    nickname: str
    search_key: str


def member_count(db: Database) -> int:
    """How many members the file holds."""
    return int(db.conn.execute("SELECT count(*) FROM members").fetchone()[0])


def member_names(db: Database, member_ids: Iterable[int]) -> dict[int, str]:
    """The names of the given members (ids of no member are left out)."""
    rows = db.conn.execute(
        "SELECT id, name FROM members WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(member_ids))),),
    )
    return {int(mid): str(name) for mid, name in rows}


def host_candidates(db: Database, group_id: int | None) -> list[tuple[int, str]]:
    """(id, name) of members holding a role above follower now, in the group (or any), by name."""
    return [
        (int(mid), str(name))
        for mid, name in db.conn.execute(
            """SELECT DISTINCT m.id, m.name FROM members m JOIN memberships s
               ON s.member_id = m.id JOIN role_history r ON r.membership_id = s.id
               WHERE r.until IS NULL AND r.role NOT IN ('follower')
               AND (? IS NULL OR s.group_id = ?) ORDER BY m.name""",
            (group_id, group_id),
        )
    ]


def current_members_and(
    db: Database, group_id: int, member_ids: Iterable[int]
) -> list[MemberLabel]:
    """The group's current members together with the given members, by name."""
    rows = db.conn.execute(
        """SELECT m.id, m.name, m.nickname, m.search_key FROM members m
           WHERE m.id IN (SELECT member_id FROM memberships
                          WHERE group_id = ? AND left_on IS NULL)
           OR m.id IN (SELECT value FROM json_each(?))
           ORDER BY m.name_key, m.id""",
        (group_id, json.dumps(sorted(set(member_ids)))),
    )
    return [MemberLabel(*row) for row in rows]


def current_members(db: Database, group_id: int) -> list[tuple[int, str, str]]:
    """(id, name, nickname) of the group's current members, by id."""
    return [
        (int(mid), str(name), str(nickname))
        for mid, name, nickname in db.conn.execute(
            """SELECT DISTINCT m.id, m.name, m.nickname FROM memberships s
               JOIN members m ON m.id = s.member_id
               WHERE s.group_id = ? AND s.left_on IS NULL ORDER BY m.id""",
            (group_id,),
        )
    ]


def current_member_ids(db: Database, group_id: int) -> set[int]:
    """Ids of the group's current members (an open membership)."""
    return {
        int(mid)
        for (mid,) in db.conn.execute(
            "SELECT member_id FROM memberships WHERE group_id = ? AND left_on IS NULL",
            (group_id,),
        )
    }


def membership_spans(
    db: Database, group_id: int, start: dt.date, end: dt.date
) -> list[tuple[int, str, dt.date, dt.date]]:
    """Per member in the group at any time in [start, end]: id, name, first join, last leave.

    A member still in the group leaves on 9999-12-31.
    """
    return [
        (int(mid), str(name), dt.date.fromisoformat(joined), dt.date.fromisoformat(left))
        for mid, name, joined, left in db.conn.execute(
            """SELECT m.id, m.name, min(s.joined_on), max(coalesce(s.left_on, '9999-12-31'))
               FROM memberships s JOIN members m ON m.id = s.member_id
               WHERE s.group_id = ? AND s.joined_on <= ?
               AND (s.left_on IS NULL OR s.left_on >= ?) GROUP BY m.id""",
            (group_id, iso(end), iso(start)),
        )
    ]


def members_on(db: Database, group_id: int, day: dt.date) -> int:
    """How many members the group had at the end of `day` (one who left that day is gone)."""
    (count,) = db.conn.execute(
        """SELECT count(DISTINCT member_id) FROM memberships WHERE group_id = :g
           AND joined_on <= :last AND (left_on IS NULL OR left_on > :last)""",
        {"g": group_id, "last": iso(day)},
    ).fetchone()
    return int(count)


def joined_between(db: Database, group_id: int, first: dt.date, last: dt.date) -> int:
    """How many memberships of the group began between `first` and `last`, both included."""
    (count,) = db.conn.execute(
        """SELECT count(*) FROM memberships WHERE group_id = :g
           AND joined_on BETWEEN :first AND :last""",
        {"g": group_id, "first": iso(first), "last": iso(last)},
    ).fetchone()
    return int(count)


class MembershipFlow(NamedTuple):
    """A group's memberships over a span: open before it, open at its end, joins, leaves."""

    before: int
    now: int
    joins: int
    leaves: int


def membership_flow(db: Database, group_id: int, start: dt.date, today: dt.date) -> MembershipFlow:
    """Members before `start` and on `today`, and the joins and leaves in between."""
    row = db.conn.execute(
        """
        SELECT
            count(*) FILTER (WHERE joined_on < :start
                             AND (left_on IS NULL OR left_on >= :start)),
            count(*) FILTER (WHERE joined_on <= :today
                             AND (left_on IS NULL OR left_on > :today)),
            count(*) FILTER (WHERE joined_on BETWEEN :start AND :today),
            count(*) FILTER (WHERE left_on BETWEEN :start AND :today)
        FROM memberships WHERE group_id = :g
        """,
        {"g": group_id, "start": iso(start), "today": iso(today)},
    ).fetchone()
    return MembershipFlow(*(int(n) for n in row))
