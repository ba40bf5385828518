"""Deleting members to the trash and undo snapshots: members and membership states put back."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.members.drafts import referral_reaches
from desktop.models.members.members import IN_IDS, refresh_search_keys
from desktop.models.storage import trash
from desktop.models.storage.db import Database


def delete_members(db: Database, ids: Iterable[int], *, to_trash: bool = True) -> int:
    """Delete members with their memberships, roles, tags and attendance; return how many.

    Revenue entries and events stay, unlinked; people they referred keep no referrer.
    Unless `to_trash` is off (undoing a creation, unmerging), one trash row in the same
    transaction can bring them all back for 30 days.
    """
    wanted = sorted(set(ids))
    with db.transaction() as conn:
        saved = snapshot_members(db, wanted) if to_trash else None
        cursor = conn.execute(
            "DELETE FROM members WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(wanted),),
        )
        deleted = cursor.rowcount
        if saved is not None and deleted:
            trash.put(conn, "member", saved, db.clock.now())
        return deleted


_MEMBER_FIELDS = (
    "id, name, nickname, wechat_id, phone, email, referrer_id, referrer_text, notes, "
    "created_at, search_key"
)


# Rows that point at a member and are set to NULL when the member is deleted.
_MEMBER_LINKS = (
    ("revenue", "member_id"),
    ("revenue", "referrer_id"),
    ("events", "host_id"),
)


@dataclass(frozen=True, slots=True)
class MemberSnapshot:
    """Members as stored with all their history and every link to them, to restore later."""

    members: tuple[tuple[Any, ...], ...]
    tags: tuple[tuple[Any, ...], ...]
    memberships: tuple[tuple[Any, ...], ...]
    roles: tuple[tuple[Any, ...], ...]
    attendance: tuple[tuple[Any, ...], ...]
    # (table, column, row id, member id): links that deleting the members sets to NULL
    links: tuple[tuple[Any, ...], ...]
    renewals: tuple[tuple[Any, ...], ...]  # (revenue id, membership id)

    @property
    def ids(self) -> tuple[int, ...]:
        """The ids of the members in the snapshot."""
        return tuple(int(row[0]) for row in self.members)


def snapshot_members(db: Database, ids: Iterable[int]) -> MemberSnapshot:
    """Everything `delete_members` (or a merge) would remove or unlink for these members."""
    params = {"ids": json.dumps(sorted(set(ids)))}
    conn = db.conn

    def rows(sql: str) -> tuple[tuple[Any, ...], ...]:
        return tuple(tuple(row) for row in conn.execute(sql, params))

    links: list[tuple[Any, ...]] = []
    for table, column in _MEMBER_LINKS:
        links.extend(
            (table, column, row_id, member_id)
            for row_id, member_id in conn.execute(
                f"SELECT id, {column} FROM {table} WHERE {column} {IN_IDS} ORDER BY id", params
            )
        )
    # People they referred who are not in the snapshot themselves.
    links.extend(
        ("members", "referrer_id", row_id, member_id)
        for row_id, member_id in conn.execute(
            f"SELECT id, referrer_id FROM members WHERE referrer_id {IN_IDS} "
            f"AND id NOT {IN_IDS} ORDER BY id",
            params,
        )
    )
    return MemberSnapshot(
        members=rows(f"SELECT {_MEMBER_FIELDS} FROM members WHERE id {IN_IDS} ORDER BY id"),
        tags=rows(f"SELECT member_id, tag FROM member_tags WHERE member_id {IN_IDS}"),
        memberships=rows(
            "SELECT id, member_id, group_id, joined_on, left_on, paid_until FROM memberships "
            f"WHERE member_id {IN_IDS} ORDER BY id"
        ),
        roles=rows(
            "SELECT r.id, r.membership_id, r.role, r.since, r.until FROM role_history r "
            f"JOIN memberships s ON s.id = r.membership_id WHERE s.member_id {IN_IDS} "
            "ORDER BY r.id"
        ),
        attendance=rows(
            "SELECT id, event_id, occurrence_start, member_id, status FROM attendance "
            f"WHERE member_id {IN_IDS} ORDER BY id"
        ),
        links=tuple(links),
        renewals=rows(
            "SELECT r.id, r.renewal_membership_id FROM revenue r "
            f"JOIN memberships s ON s.id = r.renewal_membership_id WHERE s.member_id {IN_IDS}"
        ),
    )


def _free_id(conn: sqlite3.Connection, table: str, row_id: int) -> int | None:
    """`row_id` when no row of the table has it, else None (SQLite then picks a new one)."""
    taken = conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return None if taken else row_id


def restore_members(db: Database, snapshot: MemberSnapshot) -> dict[int, int]:
    """Put deleted members back with their history and links; return old id → new id.

    Ids are kept while free. Events that no longer exist lose their attendance, and links
    from rows that were re-linked meanwhile are left as they are now; a group that no
    longer exists refuses the restore, changing nothing.
    """
    with db.transaction() as conn:
        member_ids: dict[int, int] = {}
        for row in snapshot.members:
            cursor = conn.execute(
                f"INSERT INTO members ({_MEMBER_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_free_id(conn, "members", row[0]), *row[1:6], None, *row[7:]),
            )
            member_ids[row[0]] = int(cursor.lastrowid or 0)
        for row in snapshot.members:
            if row[6] is not None:
                _relink_referrer(conn, member_ids[row[0]], member_ids.get(row[6], row[6]))
        conn.executemany(
            "INSERT OR IGNORE INTO member_tags (member_id, tag) VALUES (?, ?)",
            [(member_ids[mid], tag) for mid, tag in snapshot.tags],
        )
        membership_ids: dict[int, int] = {}
        for ms_id, mid, gid, joined, left, paid in snapshot.memberships:
            name = conn.execute("SELECT name FROM members WHERE id = ?", (member_ids[mid],))
            group = conn.execute("SELECT 1 FROM groups WHERE id = ?", (gid,)).fetchone()
            if group is None:
                raise ValidationError(
                    "group",
                    msg(
                        "A group {name} belonged to no longer exists; they cannot be restored.",
                        name=name.fetchone()[0],
                    ),
                )
            cursor = conn.execute(
                "INSERT INTO memberships (id, member_id, group_id, joined_on, left_on, "
                "paid_until) VALUES (?, ?, ?, ?, ?, ?)",
                (_free_id(conn, "memberships", ms_id), member_ids[mid], gid, joined, left, paid),
            )
            membership_ids[ms_id] = int(cursor.lastrowid or 0)
        for role_id, ms_id, role, since, until in snapshot.roles:
            conn.execute(
                "INSERT INTO role_history (id, membership_id, role, since, until) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    _free_id(conn, "role_history", role_id),
                    membership_ids[ms_id],
                    role,
                    since,
                    until,
                ),
            )
        for att_id, event_id, start, mid, status in snapshot.attendance:
            if conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone():
                conn.execute(
                    "INSERT OR IGNORE INTO attendance (id, event_id, occurrence_start, "
                    "member_id, status) VALUES (?, ?, ?, ?, ?)",
                    (
                        _free_id(conn, "attendance", att_id),
                        event_id,
                        start,
                        member_ids[mid],
                        status,
                    ),
                )
        for table, column, row_id, mid in snapshot.links:
            if table == "members":
                _relink_referrer(conn, row_id, member_ids.get(mid, mid))
            else:
                conn.execute(
                    f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL",
                    (member_ids.get(mid, mid), row_id),
                )
        conn.executemany(
            "UPDATE revenue SET renewal_membership_id = ? "
            "WHERE id = ? AND renewal_membership_id IS NULL",
            [(membership_ids[ms_id], rev_id) for rev_id, ms_id in snapshot.renewals],
        )
        refresh_search_keys(conn, list(member_ids.values()))
        return member_ids


def _relink_referrer(conn: sqlite3.Connection, member_id: int, referrer_id: int) -> None:
    """Give an unlinked member this referrer again, unless that would close a loop."""
    exists = conn.execute("SELECT 1 FROM members WHERE id = ?", (referrer_id,)).fetchone()
    if exists is None or referral_reaches(conn, start=referrer_id, target=member_id):
        return
    conn.execute(
        "UPDATE members SET referrer_id = ? WHERE id = ? AND referrer_id IS NULL",
        (referrer_id, member_id),
    )


@dataclass(frozen=True, slots=True)
class MembershipState:
    """Some members' membership periods and roles in one group (or all), to restore later."""

    member_ids: tuple[int, ...]
    group_id: int | None
    memberships: tuple[tuple[Any, ...], ...]  # id, member_id, group_id, joined, left, paid
    roles: tuple[tuple[Any, ...], ...]  # id, membership_id, role, since, until


def membership_state(db: Database, ids: Iterable[int], group_id: int | None) -> MembershipState:
    """The memberships and dated roles of these members in the group, or in every group."""
    wanted = tuple(sorted(set(ids)))
    params = {"ids": json.dumps(wanted), "gid": group_id}
    scope = f"s.member_id {IN_IDS} AND (:gid IS NULL OR s.group_id = :gid)"
    memberships = db.conn.execute(
        "SELECT s.id, s.member_id, s.group_id, s.joined_on, s.left_on, s.paid_until "
        f"FROM memberships s WHERE {scope} ORDER BY s.id",
        params,
    ).fetchall()
    roles = db.conn.execute(
        "SELECT r.id, r.membership_id, r.role, r.since, r.until FROM role_history r "
        f"JOIN memberships s ON s.id = r.membership_id WHERE {scope} ORDER BY r.id",
        params,
    ).fetchall()
    return MembershipState(
        wanted, group_id, tuple(map(tuple, memberships)), tuple(map(tuple, roles))
    )


def restore_membership_state(db: Database, state: MembershipState) -> None:
    """Undo joins, leaves and role changes made since `state` was taken, in one transaction.

    Periods and roles added since are deleted, closed ones reopened as they were; paid
    periods are left as they are now (a renewal is its own action).
    """
    params = {"ids": json.dumps(state.member_ids), "gid": state.group_id}
    kept = {row[0] for row in state.memberships}
    roles = {row[0] for row in state.roles}
    with db.transaction() as conn:
        current = [
            row[0]
            for row in conn.execute(
                f"SELECT id FROM memberships s WHERE s.member_id {IN_IDS} "
                "AND (:gid IS NULL OR s.group_id = :gid)",
                params,
            )
        ]
        # Deletions first: the one-open-membership and one-current-role indexes must
        # never see the new rows and the reopened old ones together.
        conn.executemany(
            "DELETE FROM memberships WHERE id = ?", [(i,) for i in current if i not in kept]
        )
        conn.execute(
            "DELETE FROM role_history WHERE membership_id IN (SELECT value FROM json_each(?)) "
            "AND id NOT IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(kept)), json.dumps(sorted(roles))),
        )
        present = set(current)
        for ms_id, mid, gid, joined, left, paid in state.memberships:
            if ms_id in present:
                conn.execute(
                    "UPDATE memberships SET joined_on = ?, left_on = ? WHERE id = ?",
                    (joined, left, ms_id),
                )
            else:
                conn.execute(
                    "INSERT INTO memberships (id, member_id, group_id, joined_on, left_on, "
                    "paid_until) VALUES (?, ?, ?, ?, ?, ?)",
                    (ms_id, mid, gid, joined, left, paid),
                )
        conn.executemany(
            """
            INSERT INTO role_history (id, membership_id, role, since, until)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET role = excluded.role, since = excluded.since,
                until = excluded.until
            """,
            state.roles,
        )
