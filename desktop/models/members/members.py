"""Members: records, memberships with dated roles, referrals, merging and the roster."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import operator
import re
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from desktop.models.core.codes import ROLE_RANK, Role
from desktop.models.core.common import STAMP_FORMAT, require_group
from desktop.models.core.errors import ValidationError
from desktop.models.members.contacts import normalise_phone, normalise_wechat_id, validate_email
from desktop.models.members.search import member_search_key, name_sort_key
from desktop.models.storage import trash
from desktop.models.storage.db import Database

NAME_MAX_LENGTH = 100
TAG_MAX_LENGTH = 40
# Tags are shown and exported joined with ", ", and imported by splitting on commas.
_TAG_FORBIDDEN = (",", "，")
# Referral chains deeper than this are treated as corrupt data rather than followed.
REFERRAL_DEPTH_LIMIT = 1000
REFERRAL_TREE_DEPTH = 20
REFERRAL_TREE_MAX_DEPTH = 200
GROUPS_SEPARATOR = "、"
TAGS_SEPARATOR = ", "


class MemberStatus(StrEnum):
    """A member's standing in the groups of the current scope."""

    ACTIVE = "active"
    EXPIRED = "expired"  # still in a paid group whose paid period has run out
    LEFT = "left"  # no open membership in scope


# ---------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Member:
    """One stored member with their tags."""

    id: int
    name: str
    nickname: str
    wechat_id: str
    phone: str
    email: str
    referrer_id: int | None
    referrer_text: str
    notes: str
    created_at: dt.datetime
    search_key: str
    tags: tuple[str, ...]

    def draft(self) -> MemberDraft:
        """The editable fields, to change and pass to `update_member`."""
        return MemberDraft(
            name=self.name,
            nickname=self.nickname,
            wechat_id=self.wechat_id,
            phone=self.phone,
            email=self.email,
            referrer_id=self.referrer_id,
            referrer_text=self.referrer_text,
            notes=self.notes,
            tags=self.tags,
        )


@dataclass(frozen=True, slots=True)
class MemberDraft:
    """A member as typed or imported, before validation."""

    name: str
    nickname: str = ""
    wechat_id: str = ""
    phone: str = ""
    email: str = ""
    referrer_id: int | None = None
    referrer_text: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MembershipView:
    """One period in a group; `role` is the current role, or the last one if they left."""

    id: int
    group_id: int
    group_name: str
    joined_on: dt.date
    left_on: dt.date | None
    paid_until: dt.date | None
    role: str | None


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """One dated role in one membership; `until` is None while it is current."""

    id: int
    membership_id: int
    group_id: int
    group_name: str
    role: str
    since: dt.date
    until: dt.date | None


@dataclass(frozen=True, slots=True)
class ReferralRef:
    """A member in a referral list, with how many they referred directly and in total."""

    member_id: int
    name: str
    direct: int
    total: int


@dataclass(frozen=True, slots=True)
class ReferralNode:
    """A member and everyone they referred (裂变); `truncated` when the depth limit cut it."""

    member_id: int
    name: str
    depth: int
    direct: int
    total: int
    children: tuple[ReferralNode, ...]
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class AttendanceView:
    """One event occurrence a member signed up for or attended."""

    event_id: int
    title: str
    occurrence_start: dt.datetime
    status: str


@dataclass(frozen=True, slots=True)
class RevenueView:
    """One revenue entry that names the member as payer."""

    id: int
    day: dt.date
    kind: str
    category: str
    amount_minor: int
    currency: str
    group_id: int | None


@dataclass(frozen=True, slots=True)
class MemberDetail:
    """Everything the detail pane shows about one member."""

    member: Member
    referrer: ReferralRef | None
    referred: tuple[ReferralRef, ...]
    memberships: tuple[MembershipView, ...]
    roles: tuple[RoleSpan, ...]
    attendance: tuple[AttendanceView, ...]
    revenue: tuple[RevenueView, ...]


# ---------------------------------------------------------------------------------------
# Create, read, update, delete
# ---------------------------------------------------------------------------------------


def get_member(db: Database, member_id: int) -> Member:
    """The member with this id; a ValidationError on "member" when there is none."""
    return _fetch_member(db.conn, member_id)


def create_member(db: Database, draft: MemberDraft, *, today: dt.date | None = None) -> int:
    """Validate and store a new member with tags and search key; return the id.

    Wrap it in `db.transaction()` together with `join_group` to add someone to a group
    in the same user action.
    """
    now = db.clock.now()
    created = dt.datetime.combine(today or now.date(), now.time())
    with db.transaction() as conn:
        row, tags = _validated(conn, draft, member_id=None)
        cursor = conn.execute(
            """
            INSERT INTO members (name, nickname, wechat_id, phone, email, referrer_id,
                                 referrer_text, notes, created_at, search_key, name_key)
            VALUES (:name, :nickname, :wechat_id, :phone, :email, :referrer_id,
                    :referrer_text, :notes, :created_at, :search_key, :name_key)
            """,
            {**row, "created_at": created.strftime(STAMP_FORMAT)},
        )
        member_id = int(cursor.lastrowid or 0)
        _write_tags(conn, member_id, tags)
        return member_id


def update_member(
    db: Database, member_id: int, draft: MemberDraft, *, today: dt.date | None = None
) -> None:
    """Validate and save edited fields, replacing the tags and refreshing the search key."""
    del today  # accepted for symmetry with create_member; an edit has no dated fields yet
    with db.transaction() as conn:
        _require_member(conn, member_id)
        row, tags = _validated(conn, draft, member_id=member_id)
        conn.execute(
            """
            UPDATE members SET name = :name, nickname = :nickname, wechat_id = :wechat_id,
                phone = :phone, email = :email, referrer_id = :referrer_id,
                referrer_text = :referrer_text, notes = :notes, search_key = :search_key,
                name_key = :name_key
            WHERE id = :id
            """,
            {**row, "id": member_id},
        )
        conn.execute("DELETE FROM member_tags WHERE member_id = ?", (member_id,))
        _write_tags(conn, member_id, tags)


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


def find_duplicates(
    db: Database, *, wechat_id: str = "", phone: str = "", exclude_id: int | None = None
) -> list[int]:
    """Members with the same WeChat ID (any case) or the same normalised phone."""
    try:
        wechat = normalise_wechat_id(wechat_id)
    except ValidationError:
        wechat = wechat_id.strip()
    try:
        number = normalise_phone(phone)
    except ValidationError:
        number = ""  # an invalid number cannot equal a stored (normalised) one
    if not wechat and not number:
        return []
    rows = db.conn.execute(
        """
        SELECT id FROM members
        WHERE ((:wechat <> '' AND wechat_id <> '' AND lower(wechat_id) = lower(:wechat))
               OR (:phone <> '' AND phone = :phone))
          AND (:exclude IS NULL OR id <> :exclude)
        ORDER BY id
        """,
        {"wechat": wechat, "phone": number, "exclude": exclude_id},
    ).fetchall()
    return [int(r[0]) for r in rows]


def add_tag(db: Database, ids: Iterable[int], tag: str) -> int:
    """Give every listed member the tag; return how many did not have it yet."""
    clean = _clean_tag(tag)
    wanted = sorted(set(ids))
    with db.transaction() as conn:
        _require_members(conn, wanted)
        # rowcount, not total_changes: the roster summary triggers' updates don't count
        added = conn.executemany(
            "INSERT OR IGNORE INTO member_tags (member_id, tag) VALUES (?, ?)",
            [(mid, clean) for mid in wanted],
        ).rowcount
        _refresh_search_keys(conn, wanted)
        return added


def remove_tag(db: Database, ids: Iterable[int], tag: str) -> int:
    """Take the tag off every listed member; return how many had it."""
    clean = tag.strip()
    wanted = sorted(set(ids))
    with db.transaction() as conn:
        cursor = conn.execute(
            "DELETE FROM member_tags WHERE tag = ? AND member_id IN "
            "(SELECT value FROM json_each(?))",
            (clean, json.dumps(wanted)),
        )
        _refresh_search_keys(conn, wanted)
        return cursor.rowcount


# ---------------------------------------------------------------------------------------
# Memberships and dated roles
# ---------------------------------------------------------------------------------------


def join_group(
    db: Database,
    member_id: int,
    group_id: int,
    *,
    on: dt.date,
    role: str = Role.FOLLOWER,
    paid_until: dt.date | None = None,
    today: dt.date | None = None,
) -> int:
    """Open a membership period with its first role; return the membership id."""
    with db.transaction() as conn:
        return _join(
            conn, member_id, group_id, on=on, role=role, paid_until=paid_until, today=today
        )


def leave_group(
    db: Database, member_id: int, group_id: int, *, on: dt.date, today: dt.date | None = None
) -> None:
    """Close the open membership and its current role on `on`; history stays."""
    with db.transaction() as conn:
        _leave(conn, member_id, group_id, on=on, today=today)


def change_role(
    db: Database,
    member_id: int,
    group_id: int,
    role: str,
    *,
    on: dt.date,
    today: dt.date | None = None,
) -> None:
    """Close the current role on `on` and start `role` from that day; nothing is overwritten."""
    with db.transaction() as conn:
        _change_role(conn, member_id, group_id, role, on=on, today=today)


def bulk_join(
    db: Database,
    ids: Iterable[int],
    group_id: int,
    *,
    on: dt.date,
    role: str = Role.FOLLOWER,
    today: dt.date | None = None,
) -> int:
    """Add every listed member to the group, all or none; return how many joined."""

    def step(conn: sqlite3.Connection, member_id: int) -> None:
        _join(conn, member_id, group_id, on=on, role=role, paid_until=None, today=today)

    return _bulk(db, ids, step)


def bulk_leave(
    db: Database,
    ids: Iterable[int],
    group_id: int,
    *,
    on: dt.date,
    today: dt.date | None = None,
) -> int:
    """Mark every listed member as having left the group, all or none; return the count."""

    def step(conn: sqlite3.Connection, member_id: int) -> None:
        _leave(conn, member_id, group_id, on=on, today=today)

    return _bulk(db, ids, step)


def bulk_change_role(
    db: Database,
    ids: Iterable[int],
    group_id: int,
    role: str,
    *,
    on: dt.date,
    today: dt.date | None = None,
) -> int:
    """Change the role of every listed member in the group, all or none; return the count."""

    def step(conn: sqlite3.Connection, member_id: int) -> None:
        _change_role(conn, member_id, group_id, role, on=on, today=today)

    return _bulk(db, ids, step)


def memberships_of(db: Database, member_id: int) -> list[MembershipView]:
    """Every membership period of the member, oldest first."""
    return _memberships(db.conn, member_id)


def role_history(db: Database, member_id: int, group_id: int | None = None) -> list[RoleSpan]:
    """The member's dated roles in one group or all groups, oldest first."""
    return _role_spans(db.conn, member_id, group_id)


# ---------------------------------------------------------------------------------------
# Referrals (裂变)
# ---------------------------------------------------------------------------------------


def referrer_of(db: Database, member_id: int) -> ReferralRef | None:
    """The member who referred this one, with their counts, or None."""
    found = db.conn.execute(
        "SELECT r.id, r.name FROM members m JOIN members r ON r.id = m.referrer_id WHERE m.id = ?",
        (member_id,),
    ).fetchone()
    if found is None:
        return None
    direct, total = _referral_counts(db.conn, [found[0]])[found[0]]
    return ReferralRef(found[0], found[1], direct, total)


def referred_by(db: Database, member_id: int) -> list[ReferralRef]:
    """The members this one referred directly, each with their own counts, by name."""
    rows = db.conn.execute(
        "SELECT id, name FROM members WHERE referrer_id = ? AND id <> ? ORDER BY name_key, id",
        (member_id, member_id),
    ).fetchall()
    counts = _referral_counts(db.conn, [r[0] for r in rows])
    return [ReferralRef(mid, name, *counts[mid]) for mid, name in rows]


def referral_counts(db: Database, member_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """(direct referrals, all descendants) for each id; members who referred nobody get (0, 0)."""
    return _referral_counts(db.conn, list(member_ids))


def referral_tree(
    db: Database, member_id: int, *, max_depth: int = REFERRAL_TREE_DEPTH
) -> ReferralNode:
    """The member and everyone they referred, recursively; counts cover the whole tree.

    Levels below `max_depth` are left out (the node is marked `truncated`) but still
    counted; a cycle in hand-edited data is cut where it comes back to the root.
    """
    conn = db.conn
    _require_member(conn, member_id)
    # The nodes are built recursively in Python, so the shape stays well inside its stack.
    max_depth = max(0, min(max_depth, REFERRAL_TREE_MAX_DEPTH))
    rows = conn.execute(
        """
        WITH RECURSIVE tree(id, parent, depth) AS (
            SELECT :root, NULL, 0
            UNION ALL
            SELECT m.id, tree.id, tree.depth + 1
            FROM tree JOIN members m ON m.referrer_id = tree.id
            -- every member has one referrer, so a cycle reachable from the root must
            -- pass through the root itself
            WHERE m.id <> :root AND tree.depth < :limit
        )
        SELECT tree.id, tree.parent, tree.depth, m.name
        FROM tree JOIN members m ON m.id = tree.id
        ORDER BY tree.depth, m.name_key, m.id
        """,
        {"root": member_id, "limit": REFERRAL_DEPTH_LIMIT},
    ).fetchall()
    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    depths: dict[int, int] = {}
    for mid, parent, depth, name in rows:
        names[mid] = name
        depths[mid] = depth
        if parent is not None:
            children.setdefault(parent, []).append(mid)
    totals: dict[int, int] = {}
    # Deepest first, so every child's total is known before its parent's.
    for mid, _parent, _depth, _name in reversed(rows):
        kids = children.get(mid, [])
        totals[mid] = len(kids) + sum(totals[k] for k in kids)

    def build(mid: int) -> ReferralNode:
        kids = children.get(mid, [])
        cut = depths[mid] >= max_depth
        return ReferralNode(
            member_id=mid,
            name=names[mid],
            depth=depths[mid],
            direct=len(kids),
            total=totals[mid],
            children=() if cut else tuple(build(k) for k in kids),
            truncated=cut and bool(kids),
        )

    return build(member_id)


# ---------------------------------------------------------------------------------------
# Merging duplicates
# ---------------------------------------------------------------------------------------


def merge_members(db: Database, keep_id: int, drop_id: int) -> None:
    """Fold `drop_id` into `keep_id`, keeping both histories, then delete `drop_id`.

    Memberships, roles, attendance, revenue, hosted events, referrals and tags move over;
    keep's empty fields are filled from drop and drop's notes are appended. Two open
    memberships in the same group become one that started on the earlier date.
    """
    if keep_id == drop_id:
        raise ValidationError("member", "A member cannot be merged with themselves.")
    with db.transaction() as conn:
        keep = _fetch_member(conn, keep_id)
        drop = _fetch_member(conn, drop_id)
        _merge_memberships(conn, keep_id, drop_id)
        _merge_attendance(conn, keep_id, drop_id)
        conn.execute("UPDATE revenue SET member_id = ? WHERE member_id = ?", (keep_id, drop_id))
        conn.execute("UPDATE revenue SET referrer_id = ? WHERE referrer_id = ?", (keep_id, drop_id))
        conn.execute("UPDATE events SET host_id = ? WHERE host_id = ?", (keep_id, drop_id))
        conn.execute(
            "UPDATE members SET referrer_id = ? WHERE referrer_id = ? AND id <> ?",
            (keep_id, drop_id, keep_id),
        )
        conn.execute(
            "INSERT OR IGNORE INTO member_tags (member_id, tag) "
            "SELECT ?, tag FROM member_tags WHERE member_id = ?",
            (keep_id, drop_id),
        )
        referrer_id = keep.referrer_id
        if referrer_id is None or referrer_id == drop_id:
            referrer_id = drop.referrer_id if drop.referrer_id not in (keep_id, drop_id) else None
        notes = keep.notes
        if drop.notes.strip() and drop.notes.strip() not in notes:
            notes = f"{notes.rstrip()}\n{drop.notes.strip()}" if notes.strip() else drop.notes
        conn.execute(
            """
            UPDATE members SET nickname = ?, wechat_id = ?, phone = ?, email = ?,
                referrer_id = ?, referrer_text = ?, notes = ?, created_at = ?
            WHERE id = ?
            """,
            (
                keep.nickname or drop.nickname,
                keep.wechat_id or drop.wechat_id,
                keep.phone or drop.phone,
                keep.email or drop.email,
                referrer_id,
                keep.referrer_text or drop.referrer_text,
                notes,
                min(keep.created_at, drop.created_at).strftime(STAMP_FORMAT),
                keep_id,
            ),
        )
        conn.execute("DELETE FROM members WHERE id = ?", (drop_id,))
        # Pointing drop's referrals at keep can close a loop, and any loop now runs through
        # keep; cutting keep's own referrer link is the one change that breaks it.
        if _referral_reaches(conn, start=referrer_id, target=keep_id):
            conn.execute("UPDATE members SET referrer_id = NULL WHERE id = ?", (keep_id,))
        _refresh_search_keys(conn, [keep_id])


def _merge_memberships(conn: sqlite3.Connection, keep_id: int, drop_id: int) -> None:
    """Move drop's memberships to keep, folding two open ones in one group together."""
    clashes = conn.execute(
        """
        SELECT k.id, k.joined_on, k.paid_until, d.id, d.joined_on, d.paid_until
        FROM memberships k JOIN memberships d
          ON d.group_id = k.group_id AND d.member_id = ? AND d.left_on IS NULL
        WHERE k.member_id = ? AND k.left_on IS NULL
        """,
        (drop_id, keep_id),
    ).fetchall()
    for k_id, k_joined, k_paid, d_id, d_joined, d_paid in clashes:
        # The period that started first survives; the other's roles become part of it.
        survivor, other = (k_id, d_id) if k_joined <= d_joined else (d_id, k_id)
        paid = max((p for p in (k_paid, d_paid) if p is not None), default=None)
        current = conn.execute(
            "SELECT id, role, since FROM role_history "
            "WHERE membership_id IN (?, ?) AND until IS NULL",
            (survivor, other),
        ).fetchall()
        if len(current) == 2:
            (a_id, a_role, a_since), (b_id, b_role, b_since) = current
            # The role recorded most recently is the current truth; the older one ends
            # that day. Same role twice is one span that started on the earlier date.
            if a_role == b_role:
                newer = b_id if (a_since, a_id) <= (b_since, b_id) else a_id
                conn.execute("DELETE FROM role_history WHERE id = ?", (newer,))
            else:
                order = sorted(current, key=lambda r: (r[2], -_rank(r[1])))
                (old_id, _r, _s), (_new_id, _nr, new_since) = order
                conn.execute("UPDATE role_history SET until = ? WHERE id = ?", (new_since, old_id))
        conn.execute(
            "UPDATE role_history SET membership_id = ? WHERE membership_id = ?",
            (survivor, other),
        )
        conn.execute(
            "UPDATE revenue SET renewal_membership_id = ? WHERE renewal_membership_id = ?",
            (survivor, other),
        )
        conn.execute("DELETE FROM memberships WHERE id = ?", (other,))
        conn.execute(
            "UPDATE memberships SET member_id = ?, joined_on = min(?, ?), paid_until = ? "
            "WHERE id = ?",
            (keep_id, k_joined, d_joined, paid, survivor),
        )
    conn.execute("UPDATE memberships SET member_id = ? WHERE member_id = ?", (keep_id, drop_id))


def _merge_attendance(conn: sqlite3.Connection, keep_id: int, drop_id: int) -> None:
    """Move drop's attendance to keep; where both have a row, keep says attended if either did."""
    conn.execute(
        """
        UPDATE attendance SET status = 'attended'
        WHERE member_id = :keep AND status <> 'attended' AND EXISTS (
            SELECT 1 FROM attendance d
            WHERE d.member_id = :drop AND d.event_id = attendance.event_id
              AND d.occurrence_start = attendance.occurrence_start AND d.status = 'attended')
        """,
        {"keep": keep_id, "drop": drop_id},
    )
    conn.execute(
        """
        UPDATE attendance SET member_id = :keep
        WHERE member_id = :drop AND NOT EXISTS (
            SELECT 1 FROM attendance k
            WHERE k.member_id = :keep AND k.event_id = attendance.event_id
              AND k.occurrence_start = attendance.occurrence_start)
        """,
        {"keep": keep_id, "drop": drop_id},
    )


# ---------------------------------------------------------------------------------------
# Undo snapshots, draft checks and look-ups for the roster screen
# ---------------------------------------------------------------------------------------

_MEMBER_FIELDS = (
    "id, name, nickname, wechat_id, phone, email, referrer_id, referrer_text, notes, "
    "created_at, search_key"
)
_IN_IDS = "IN (SELECT value FROM json_each(:ids))"
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
                f"SELECT id, {column} FROM {table} WHERE {column} {_IN_IDS} ORDER BY id", params
            )
        )
    # People they referred who are not in the snapshot themselves.
    links.extend(
        ("members", "referrer_id", row_id, member_id)
        for row_id, member_id in conn.execute(
            f"SELECT id, referrer_id FROM members WHERE referrer_id {_IN_IDS} "
            f"AND id NOT {_IN_IDS} ORDER BY id",
            params,
        )
    )
    return MemberSnapshot(
        members=rows(f"SELECT {_MEMBER_FIELDS} FROM members WHERE id {_IN_IDS} ORDER BY id"),
        tags=rows(f"SELECT member_id, tag FROM member_tags WHERE member_id {_IN_IDS}"),
        memberships=rows(
            "SELECT id, member_id, group_id, joined_on, left_on, paid_until FROM memberships "
            f"WHERE member_id {_IN_IDS} ORDER BY id"
        ),
        roles=rows(
            "SELECT r.id, r.membership_id, r.role, r.since, r.until FROM role_history r "
            f"JOIN memberships s ON s.id = r.membership_id WHERE s.member_id {_IN_IDS} "
            "ORDER BY r.id"
        ),
        attendance=rows(
            "SELECT id, event_id, occurrence_start, member_id, status FROM attendance "
            f"WHERE member_id {_IN_IDS} ORDER BY id"
        ),
        links=tuple(links),
        renewals=rows(
            "SELECT r.id, r.renewal_membership_id FROM revenue r "
            f"JOIN memberships s ON s.id = r.renewal_membership_id WHERE s.member_id {_IN_IDS}"
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
                    f"A group {name.fetchone()[0]} belonged to no longer exists; "
                    "they cannot be restored.",
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
        _refresh_search_keys(conn, list(member_ids.values()))
        return member_ids


def _relink_referrer(conn: sqlite3.Connection, member_id: int, referrer_id: int) -> None:
    """Give an unlinked member this referrer again, unless that would close a loop."""
    exists = conn.execute("SELECT 1 FROM members WHERE id = ?", (referrer_id,)).fetchone()
    if exists is None or _referral_reaches(conn, start=referrer_id, target=member_id):
        return
    conn.execute(
        "UPDATE members SET referrer_id = ? WHERE id = ? AND referrer_id IS NULL",
        (referrer_id, member_id),
    )


def unmerge_members(db: Database, keep_id: int, snapshot: MemberSnapshot) -> dict[int, int]:
    """Undo `merge_members`: drop the merged record and restore both from the snapshot."""
    with db.transaction():
        delete_members(db, [keep_id], to_trash=False)
        return restore_members(db, snapshot)


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
    scope = f"s.member_id {_IN_IDS} AND (:gid IS NULL OR s.group_id = :gid)"
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
                f"SELECT id FROM memberships s WHERE s.member_id {_IN_IDS} "
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


# What a field that failed is replaced by to look for the next problem.
_FIELD_FALLBACKS: dict[str, dict[str, Any]] = {
    "name": {"name": "?"},
    "wechat_id": {"wechat_id": ""},
    "phone": {"phone": ""},
    "email": {"email": ""},
    "tags": {"tags": ()},
    "referrer": {"referrer_id": None},
}


def member_draft_errors(
    db: Database, draft: MemberDraft, *, member_id: int | None = None
) -> list[ValidationError]:
    """Every field of the draft that `create_member`/`update_member` would refuse, in form order.

    Nothing is written; a dialog shows one message beside each bad field.
    """
    errors: list[ValidationError] = []
    for _attempt in range(len(_FIELD_FALLBACKS) + 1):
        try:
            _validated(db.conn, draft, member_id=member_id)
        except ValidationError as exc:
            errors.append(exc)
            fallback = _FIELD_FALLBACKS.get(exc.field)
            if fallback is None or any(e.field == exc.field for e in errors[:-1]):
                break
            draft = replace(draft, **fallback)
        else:
            break
    return errors


def current_roles(db: Database, ids: Iterable[int], group_id: int) -> dict[int, str]:
    """Each listed member with an open membership of the group, with their role now ("" none)."""
    rows = db.conn.execute(
        f"""
        SELECT s.member_id, coalesce(r.role, '') FROM memberships s
        LEFT JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
        WHERE s.group_id = :gid AND s.left_on IS NULL AND s.member_id {_IN_IDS}
        """,
        {"gid": group_id, "ids": json.dumps(sorted(set(ids)))},
    )
    return {int(mid): str(role) for mid, role in rows}


def open_groups(db: Database, ids: Iterable[int]) -> dict[int, list[int]]:
    """The groups each listed member currently belongs to (members in none are left out)."""
    found: dict[int, list[int]] = {}
    for mid, gid in db.conn.execute(
        f"SELECT member_id, group_id FROM memberships WHERE left_on IS NULL "
        f"AND member_id {_IN_IDS} ORDER BY member_id, group_id",
        {"ids": json.dumps(sorted(set(ids)))},
    ):
        found.setdefault(int(mid), []).append(int(gid))
    return found


def members_tagged(db: Database, ids: Iterable[int], tag: str) -> set[int]:
    """Which of the listed members have this tag."""
    rows = db.conn.execute(
        f"SELECT member_id FROM member_tags WHERE tag = :tag AND member_id {_IN_IDS}",
        {"tag": tag.strip(), "ids": json.dumps(sorted(set(ids)))},
    )
    return {int(r[0]) for r in rows}


def all_tags(db: Database) -> list[str]:
    """Every tag in use, most used first."""
    rows = db.conn.execute(
        "SELECT tag FROM member_tags GROUP BY tag ORDER BY count(*) DESC, tag"
    ).fetchall()
    return [str(r[0]) for r in rows]


def members_named(db: Database, name: str, *, limit: int = 2) -> list[int]:
    """Ids of members with exactly this name (trimmed), at most `limit`."""
    rows = db.conn.execute(
        "SELECT id FROM members WHERE name = ? ORDER BY id LIMIT ?", (name.strip(), limit)
    ).fetchall()
    return [int(r[0]) for r in rows]


# ---------------------------------------------------------------------------------------
# Detail pane
# ---------------------------------------------------------------------------------------


def member_detail(db: Database, member_id: int) -> MemberDetail:
    """All fields, memberships, role timeline, referrals, attendance and revenue of one member."""
    conn = db.conn
    member = _fetch_member(conn, member_id)
    attendance = tuple(
        AttendanceView(event_id, title, dt.datetime.fromisoformat(start), status)
        for event_id, title, start, status in conn.execute(
            """
            SELECT a.event_id, e.title, a.occurrence_start, a.status
            FROM attendance a JOIN events e ON e.id = a.event_id
            WHERE a.member_id = ? ORDER BY a.occurrence_start, a.id
            """,
            (member_id,),
        )
    )
    revenue = tuple(
        RevenueView(rid, dt.date.fromisoformat(day), kind, category, amount, currency, gid)
        for rid, day, kind, category, amount, currency, gid in conn.execute(
            """
            SELECT id, day, kind, category, amount_minor, currency, group_id
            FROM revenue WHERE member_id = ? ORDER BY day, id
            """,
            (member_id,),
        )
    )
    return MemberDetail(
        member=member,
        referrer=referrer_of(db, member_id),
        referred=tuple(referred_by(db, member_id)),
        memberships=tuple(_memberships(conn, member_id)),
        roles=tuple(_role_spans(conn, member_id, None)),
        attendance=attendance,
        revenue=revenue,
    )


# ---------------------------------------------------------------------------------------
# Roster
# ---------------------------------------------------------------------------------------

# Columns of a roster row, in order; each is also a sort key for `RosterQuery.sort`.
ROSTER_COLUMNS = (
    "id",
    "name",
    "nickname",
    "wechat_id",
    "phone",
    "groups",
    "role",
    "joined",
    "referrer",
    "tags",
    "paid_until",
    "status",
)
RosterRow = tuple[int, str, str, str, str, str, str, str, str, str, str, str]
_COLUMN_INDEX = {name: n for n, name in enumerate(ROSTER_COLUMNS)}
# Sort columns that come straight from `members`; the others need the membership summary.
_MEMBER_SORTS = frozenset({"id", "name", "nickname", "wechat_id", "phone", "referrer", "tags"})


@dataclass(frozen=True, slots=True, kw_only=True)
class RosterQuery:
    """Filters and sort order of the roster; None or "" means "don't filter on this"."""

    today: dt.date
    text: str = ""
    group_id: int | None = None
    role: str | None = None
    status: str | None = None
    tag: str | None = None
    joined_from: dt.date | None = None
    joined_to: dt.date | None = None
    expiring_within_days: int | None = None
    sort: str = "name"
    descending: bool = False


def _rank_case(expr: str) -> str:
    """SQL turning a role code into its rank, unknown codes last."""
    whens = " ".join(f"WHEN '{role.value}' THEN {rank}" for role, rank in ROLE_RANK.items())
    return f"CASE {expr} {whens} ELSE {len(ROLE_RANK)} END"


# `min()` over "rank:role" strings picks the highest role and keeps unknown codes intact;
# ranks stay single digits, so text order is rank order.
_BEST_ROLE = f"min(CASE WHEN s.left_on IS NULL THEN ({_rank_case('r.role')}) || ':' || r.role END)"
_STATUS_RANK = {MemberStatus.ACTIVE: 0, MemberStatus.EXPIRED: 1, MemberStatus.LEFT: 2}

# How each column sorts: role by rank, status by _STATUS_RANK, Latin text without case,
# names by their stored pinyin key (search.name_sort_key: 张三 among the Z names).
_SORT_EXPRESSIONS = {
    "id": "id",
    "name": "name_key",
    "nickname": "nickname COLLATE NOCASE",
    "wechat_id": "wechat_id COLLATE NOCASE",
    "phone": "phone",
    "groups": "groups COLLATE NOCASE",
    "role": "role_key",
    "joined": "joined",
    "referrer": "referrer COLLATE NOCASE",
    "tags": "tags COLLATE NOCASE",
    "paid_until": "paid_until",
    "status": "CASE status "
    + " ".join(f"WHEN '{s.value}' THEN {n}" for s, n in _STATUS_RANK.items())
    + " END",
}
_NEVER_BLANK = frozenset({"id", "name", "status"})


def roster_rows(db: Database, query: RosterQuery) -> list[RosterRow]:
    """Every member matching the query as a compact row (see ROSTER_COLUMNS), sorted."""
    sql, params = _roster_sql(query, ids_only=False)
    rows: list[RosterRow] = db.conn.execute(sql, params).fetchall()
    return rows


def roster_ids(db: Database, query: RosterQuery) -> list[int]:
    """The ids of the members matching the query, in the requested order."""
    indexed = _indexed_roster_ids(db, query)
    if indexed is not None:
        return indexed
    sql, params = _roster_sql(query, ids_only=True)
    return _id_list(db.conn, sql, params)


def _id_list(conn: sqlite3.Connection, sql: str, params: Mapping[str, object] = {}) -> list[int]:
    """The ids an ordered SELECT gives, in its order, as one JSON array.

    Half the time of fetching 100,000 one-column rows. SQLite never flattens an ordered
    subquery into an aggregate, so the array keeps the order.
    """
    found = conn.execute(f"SELECT json_group_array(id) FROM ({sql})", params).fetchone()
    ids: list[int] = json.loads(found[0])
    return ids


def roster_rows_for(db: Database, query: RosterQuery, ids: Sequence[int]) -> list[RosterRow]:
    """The roster rows of these members in the order given, computed in the query's scope.

    Members that no longer exist or fall outside the query's filters are left out; with
    `roster_ids` this lets a view fetch only the rows it shows.
    """
    sql, params = _roster_sql(query, ids_only=False, only_ids=ids)
    found: dict[int, RosterRow] = {row[0]: row for row in db.conn.execute(sql, params)}
    return [found[i] for i in ids if i in found]


def search_terms(text: str) -> list[str]:
    """The lowercase terms of a search box text; every one must occur in the search key."""
    terms = []
    for word in text.lower().split():
        # Phone digits are stored without separators, so 138-1234 should still match.
        stripped = word.replace("-", "")
        terms.append(stripped if stripped.isdigit() else word)
    return terms


def roster_search_keys(db: Database, ids: Iterable[int] | None = None) -> dict[int, str]:
    """The search key of every member (or of these ids) by id."""
    if ids is None:
        return dict(db.conn.execute("SELECT id, search_key FROM members"))
    return dict(
        db.conn.execute(
            "SELECT id, search_key FROM members WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
    )


class RosterCache:
    """Roster rows and their search keys held in memory, so keystrokes and sorts skip SQL.

    At 100,000 members a keystroke through SQL has to scan every search key and rebuild
    the membership summaries of each match; here it is one substring test per row, and a
    re-sort reorders rows by an order computed once per column. Load it with the query's
    non-text filters (or only its group, and filter with `set_filter`); `search` then
    applies the text the way `roster_rows` would.
    """

    def __init__(self, rows: Iterable[RosterRow], search_keys: Mapping[int, str]) -> None:
        given = _shared_texts(rows)
        self._sorted: tuple[str, bool] | None = None
        self._filter: tuple[RosterQuery | None, frozenset[int] | None] = (None, None)
        self._set_base(given, search_keys)
        position = {row[0]: n for n, row in enumerate(self._base)}
        self._order: Sequence[int] = [position[row[0]] for row in given]
        self._apply_order()

    @classmethod
    def load(cls, db: Database, query: RosterQuery) -> RosterCache:
        """Every row the query gives without its text, with all search keys."""
        return cls(roster_rows(db, replace(query, text="")), roster_search_keys(db))

    @classmethod
    def read(cls, path: Path, *, today: dt.date, group_id: int | None) -> RosterCache:
        """Every member of the group (or all) from the file, sort orders ready.

        Opens its own read-only connection, so a worker thread can call it while the
        window keeps using the main one; rows and keys come from one snapshot.
        """
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA query_only = 1")
            conn.execute("BEGIN")
            reader = Database(Path(path), conn)
            sql, params = _roster_sql(
                RosterQuery(today=today, group_id=group_id, sort="id"), ids_only=False
            )
            # Rows are shared and kept as they arrive, never all held twice.
            cache = cls(conn.execute(sql, params), roster_search_keys(reader))
            conn.execute("COMMIT")
        finally:
            conn.close()
        cache.group_id = group_id
        cache.prepare()
        return cache

    group_id: int | None = None  # the group the cache was read for (`read`), None for all

    @property
    def total(self) -> int:
        """How many rows the cache holds before filters and search."""
        return len(self._base)

    @property
    def sorted_by(self) -> tuple[str, bool] | None:
        """The (column, descending) of the last `sort`, None while in the given order."""
        return self._sorted

    def _set_base(
        self,
        rows: Iterable[RosterRow],
        key_of: Mapping[int, str],
        projected: Mapping[str, Mapping[int, str]] | None = None,
    ) -> None:
        """Index the rows by id order (every sort's tie-break), with their search keys.

        Keys are kept only in lists aligned with the rows (no dict by id: at 100,000
        members each dict cost more than its strings); `projected` holds projections
        already computed, by kind and id, so a refresh recomputes only what changed.
        """
        self._base = sorted(rows, key=itemgetter(0))
        self._orders: dict[str, tuple[array[int], array[int]]] = {}
        ids = [row[0] for row in self._base]
        full = [key_of.get(i, "") for i in ids]
        self._base_keys: dict[str, list[str]] = {"full": full}
        for kind, known in (projected or {}).items():
            project = _PROJECTIONS[kind]
            self._base_keys[kind] = [
                known[i] if i in known else project(key) for i, key in zip(ids, full, strict=True)
            ]
        self._mask: bytearray | None = None
        query, allowed = self._filter
        if query is not None:
            self._mask = _filter_mask(self._base, query, allowed)

    def _keys_of_kind(self, kind: str) -> list[str]:
        """The search keys (or one projection of them) of the base rows, in base order."""
        found = self._base_keys.get(kind)
        if found is None:
            found = list(map(_PROJECTIONS[kind], self._base_keys["full"]))
            self._base_keys[kind] = found
        return found

    def _apply_order(self) -> None:
        """Recompute the visible rows after the order or the filters changed."""
        order = self._order
        if self._mask is not None:
            order = list(itertools.compress(order, map(self._mask.__getitem__, order)))
        self._visible = order
        self.rows: list[RosterRow] = list(map(self._base.__getitem__, order))
        self._visible_keys: dict[str, list[str]] = {}
        self._visible_blocks: dict[str, list[str]] = {}
        self._last: tuple[list[str], list[int]] | None = None

    def _visible_keys_of(self, kind: str) -> list[str]:
        found = self._visible_keys.get(kind)
        if found is None:
            # Kept in row order: looking each row up while typing cost three times as
            # much as walking a list.
            base = self._keys_of_kind(kind)
            found = self._visible_keys[kind] = list(map(base.__getitem__, self._visible))
        return found

    def prepare(self) -> None:
        """Compute every column's sort order and the search projections up front.

        Meant for a worker thread: afterwards a sort is a reordering (milliseconds)
        instead of a Python sort of 100,000 values.
        """
        for column in ROSTER_COLUMNS:
            self._order_for(column)
        # Mixed terms ("wang王") are rare and use the full keys, which are always there.
        for kind in _PROJECTIONS:
            self._keys_of_kind(kind)

    def search(self, text: str) -> list[RosterRow]:
        """The rows, in their current order and filtered, whose key holds every term."""
        terms = search_terms(text)
        if not terms:
            return list(self.rows)
        last = self._last
        # Typing one more letter only narrows: a row holding every new term holds every
        # old one (each is part of a new term), so only the last matches are tested.
        positions: list[int] | None = None
        if last is not None and all(any(old in new for new in terms) for old in last[0]):
            positions = last[1]
        for term in terms:
            kind = _key_kind(term)
            keys = self._visible_keys_of(kind)
            if positions is None:
                positions = self._scan(kind, keys, term)
            else:
                subset = map(keys.__getitem__, positions)
                positions = list(
                    itertools.compress(
                        positions, map(operator.contains, subset, itertools.repeat(term))
                    )
                )
        assert positions is not None  # there was at least one term
        self._last = (terms, positions)
        return list(map(self.rows.__getitem__, positions))

    def _scan(self, kind: str, keys: list[str], term: str) -> list[int]:
        """Positions of the visible keys holding `term`, testing blocks of keys first.

        One substring test per block of _SCAN_BLOCK keys (joined by a newline, which no
        term holds) skips most rows for a rare term; the per-row tests then run only in
        blocks that hit. A common term hits most blocks, so it tests every row at once.
        """
        blocks = self._visible_blocks.get(kind)
        if blocks is None:
            blocks = self._visible_blocks[kind] = [
                "\n".join(keys[i : i + _SCAN_BLOCK]) for i in range(0, len(keys), _SCAN_BLOCK)
            ]
        hits = list(
            itertools.compress(
                range(len(blocks)), map(operator.contains, blocks, itertools.repeat(term))
            )
        )
        if 2 * len(hits) > len(blocks):
            candidates: Iterable[int] = range(len(keys))
        else:
            size = len(keys)
            candidates = list(
                itertools.chain.from_iterable(
                    range(b * _SCAN_BLOCK, min(b * _SCAN_BLOCK + _SCAN_BLOCK, size)) for b in hits
                )
            )
        tests = map(operator.contains, map(keys.__getitem__, candidates), itertools.repeat(term))
        return list(itertools.compress(candidates, tests))

    def _order_for(self, column: str) -> tuple[array[int], array[int]]:
        """Base positions in ascending order for a column: filled ones, then blanks."""
        found = self._orders.get(column)
        if found is None:
            base = self._base
            values = _sort_values(base, column)
            if column in _NEVER_BLANK:
                filled, blank = list(range(len(base))), []
            else:
                index = _COLUMN_INDEX[column]
                has = [row[index] != "" for row in base]
                filled = list(itertools.compress(range(len(base)), has))
                blank = [i for i, full in enumerate(has) if not full]
            filled.sort(key=values.__getitem__)
            found = self._orders[column] = (array("l", filled), array("l", blank))
        return found

    def sort(self, column: str, *, descending: bool = False) -> None:
        """Reorder the rows as `roster_rows` would sort them by this column."""
        filled, blank = self._order_for(column)
        # Ties are in id order, so reversing the ascending order is exactly the SQL's
        # descending order (ties by id descending), and blanks stay last.
        self._order = filled[::-1] + blank[::-1] if descending else filled + blank
        self._sorted = (column, descending)
        self._apply_order()

    def set_filter(self, query: RosterQuery | None, allowed: Iterable[int] | None = None) -> None:
        """Keep only rows passing the query's status, tag and joined filters and in `allowed`.

        The role and expiring filters need every membership, not the row's summary: pass
        `roster_filter_ids(db, query)` as `allowed`. None (or a query without filters)
        shows every row.
        """
        ids = frozenset(allowed) if allowed is not None else None
        self._filter = (query, ids)
        self._mask = _filter_mask(self._base, query, ids) if query is not None else None
        self._apply_order()

    def apply(self, db: Database, query: RosterQuery) -> list[RosterRow]:
        """What `roster_rows(db, query)` gives, from memory (the query's group must match)."""
        self.set_filter(query, roster_filter_ids(db, query))
        self.sort(query.sort, descending=query.descending)
        return self.search(query.text)

    def refresh(self, db: Database, query: RosterQuery, ids: Iterable[int]) -> None:
        """Re-read these members after an edit; rows that no longer match go, new ones end.

        A sorted cache sorts again, so edited and new rows move to where they belong.
        """
        wanted = list(dict.fromkeys(ids))
        fresh = {row[0]: row for row in roster_rows_for(db, replace(query, text=""), wanted)}
        stale = set(wanted)
        old_ids = [row[0] for row in self._base]
        key_of = dict(zip(old_ids, self._base_keys["full"], strict=True))
        key_of.update(roster_search_keys(db, wanted))
        projected = {
            kind: {i: k for i, k in zip(old_ids, keys, strict=True) if i not in stale}
            for kind, keys in self._base_keys.items()
            if kind != "full"
        }
        current = list(map(self._base.__getitem__, self._order))
        kept = [fresh.pop(row[0], row) for row in current if row[0] not in stale or row[0] in fresh]
        rows = kept + [fresh[i] for i in wanted if i in fresh]
        self._set_base(rows, key_of, projected)
        if self._sorted is not None:
            column, descending = self._sorted
            self.sort(column, descending=descending)
            return
        position = {row[0]: n for n, row in enumerate(self._base)}
        self._order = [position[row[0]] for row in rows]
        self._apply_order()


_SCAN_BLOCK = 16
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_KEY_SEPARATOR = "\x1f"  # whitespace to str.split, so no search term ever holds it


def _ascii_part(key: str) -> str:
    """The key with each run of non-ASCII text replaced by the separator."""
    return key if key.isascii() else _NON_ASCII_RUN.sub(_KEY_SEPARATOR, key)


def _cjk_part(key: str) -> str:
    """The key with each run of ASCII text replaced by the separator."""
    return _ASCII_RUN.sub(_KEY_SEPARATOR, key)


_PROJECTIONS = {"ascii": _ascii_part, "cjk": _cjk_part}


def _shared_texts(rows: Iterable[RosterRow]) -> list[RosterRow]:
    """The rows with equal texts sharing one string object.

    Group lists, roles, dates and statuses repeat across 100,000 rows; SQLite hands each
    row its own copies, which made up about a third of the cache's memory.
    """
    memo: dict[str, str] = {}
    share = memo.setdefault
    return [cast(RosterRow, (row[0], *map(share, row[1:], row[1:]))) for row in rows]


def _key_kind(term: str) -> str:
    """Which key projection can answer a term exactly.

    An ASCII term (pinyin, initials, WeChat ID, digits) can only occur inside an ASCII
    run of a key, so the ASCII projection answers it; likewise a Chinese term inside a
    non-ASCII run. Both projections are shorter than the key, and an ASCII-only string
    compares several times faster than a mixed one.
    """
    if term.isascii():
        return "ascii"
    if not any(ch.isascii() for ch in term):
        return "cjk"
    return "full"


def _filter_mask(
    base: Sequence[RosterRow], query: RosterQuery, allowed: frozenset[int] | None
) -> bytearray | None:
    """1 for each base row passing the status, tag, joined and allowed-id filters."""
    status, tag = query.status or None, (query.tag or "").strip() or None
    start = query.joined_from.isoformat() if query.joined_from else None
    end = query.joined_to.isoformat() if query.joined_to else None
    if status is None and tag is None and start is None and end is None and allowed is None:
        return None

    def passes(row: RosterRow) -> bool:
        if allowed is not None and row[0] not in allowed:
            return False
        # literal indices (status 11, tags 9, joined 7 in ROSTER_COLUMNS) keep the types
        if status is not None and row[11] != status:
            return False
        if tag is not None and (tag not in row[9] or tag not in row[9].split(TAGS_SEPARATOR)):
            return False
        joined = row[7]
        if start is not None and (joined == "" or joined < start):
            return False
        return end is None or (joined != "" and joined <= end)

    return bytearray(map(passes, base))


def roster_filter_ids(db: Database, query: RosterQuery) -> frozenset[int] | None:
    """Members passing the query's role and expiring filters, or None when it has neither."""
    _check_query(query)
    sets: list[set[int]] = []
    params: dict[str, object] = {"gid": query.group_id}
    if query.role:
        params["role"] = _as_role(query.role).value
        sets.append(
            {
                r[0]
                for r in db.conn.execute(
                    """
                    SELECT s.member_id FROM memberships s
                    JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
                    WHERE s.left_on IS NULL AND r.role = :role
                      AND (:gid IS NULL OR s.group_id = :gid)
                    """,
                    params,
                )
            }
        )
    if query.expiring_within_days is not None:
        soon = query.today + dt.timedelta(days=query.expiring_within_days)
        params.update(today=query.today.isoformat(), soon=soon.isoformat())
        sets.append(
            {
                r[0]
                for r in db.conn.execute(
                    """
                    SELECT s.member_id FROM memberships s JOIN groups g ON g.id = s.group_id
                    WHERE s.left_on IS NULL AND g.fee_minor > 0
                      AND s.paid_until BETWEEN :today AND :soon
                      AND (:gid IS NULL OR s.group_id = :gid)
                    """,
                    params,
                )
            }
        )
    if not sets:
        return None
    return frozenset(set.intersection(*sets))


def roster_total(db: Database, group_id: int | None) -> int:
    """How many members the roster lists with no filter: everyone, or the group's members."""
    if group_id is None:
        return int(db.conn.execute("SELECT count(*) FROM members").fetchone()[0])
    found = db.conn.execute(
        "SELECT count(DISTINCT member_id) FROM memberships WHERE group_id = ?", (group_id,)
    ).fetchone()
    return int(found[0])


def sort_roster_rows(
    rows: Iterable[RosterRow], sort: str, *, descending: bool = False
) -> list[RosterRow]:
    """The rows in the order `roster_rows` gives for this sort column, blanks last."""
    base = sorted(rows, key=itemgetter(0))
    return [base[i] for i in _sort_order(base, sort, descending=descending)]


def _sort_values(base: Sequence[RosterRow], sort: str) -> list[Any]:
    """The value each row of `base` sorts by, comparing as SQLite compares that column."""
    if sort not in _COLUMN_INDEX:
        raise ValidationError("sort", f"Cannot sort the roster by {sort!r}.")
    column = _COLUMN_INDEX[sort]
    if sort == "id":
        return [r[0] for r in base]
    if sort == "name":
        key = name_sort_key
        return [key(r[1]).encode() for r in base]
    if sort == "role":
        return [(_ROLE_SORT_KEYS.get(r[6]) or f"{len(ROLE_RANK)}:{r[6]}").encode() for r in base]
    if sort == "status":
        return [_STATUS_SORT_KEYS.get(r[11], len(_STATUS_SORT_KEYS)) for r in base]
    if "NOCASE" in _SORT_EXPRESSIONS[sort]:
        # NOCASE folds ASCII letters only, which is what bytes.lower does.
        return [str(r[column]).encode().lower() for r in base]
    # UTF-8 bytes order like code points (SQLite's BINARY) and compare several times
    # faster than Chinese str values.
    return [str(r[column]).encode() for r in base]


def _sort_order(
    base: Sequence[RosterRow], sort: str, *, descending: bool, values: list[Any] | None = None
) -> list[int]:
    """Positions in `base` (rows in id order) in the roster's order for this column."""
    if values is None:
        values = _sort_values(base, sort)
    column = _COLUMN_INDEX[sort]
    # Sorting positions by a plain list lookup (a C-level key) over a start already in id
    # order, in the same direction because a reversed stable sort keeps ties as they were,
    # replaces a (value, id) tuple key: tuple comparisons made this several times slower.
    positions = range(len(base) - 1, -1, -1) if descending else range(len(base))
    if sort in _NEVER_BLANK:
        filled, blank = list(positions), []
    else:
        filled = [i for i in positions if base[i][column] != ""]
        blank = [i for i in positions if base[i][column] == ""]
    filled.sort(key=values.__getitem__, reverse=descending)
    return filled + blank


# The same keys the SQL sorts on, looked up once per row instead of rebuilt.
_ROLE_SORT_KEYS = {role.value: f"{rank}:{role.value}" for role, rank in ROLE_RANK.items()}
_STATUS_SORT_KEYS = {status.value: rank for status, rank in _STATUS_RANK.items()}


def _like_pattern(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, with its wildcards escaped."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _check_query(query: RosterQuery) -> None:
    """Refuse a sort column, status or day count the roster does not know."""
    if query.sort not in _SORT_EXPRESSIONS:
        raise ValidationError("sort", f"Cannot sort the roster by {query.sort!r}.")
    if query.status and query.status not in {s.value for s in MemberStatus}:
        raise ValidationError("status", f"Unknown status {query.status!r}.")
    if query.expiring_within_days is not None and query.expiring_within_days < 0:
        raise ValidationError("expiring_within_days", "The number of days cannot be negative.")


def _summary_filters(query: RosterQuery, params: dict[str, object]) -> tuple[list[str], list[str]]:
    """Extra summary aggregates and the row conditions on them, for membership filters."""
    extra_aggregates: list[str] = []
    row_where: list[str] = []
    if query.role:
        params["role"] = _as_role(query.role).value
        extra_aggregates.append("max(s.left_on IS NULL AND r.role = :role) AS has_role")
        row_where.append("x.has_role")
    if query.expiring_within_days is not None:
        soon = query.today + dt.timedelta(days=query.expiring_within_days)
        params["soon"] = soon.isoformat()
        extra_aggregates.append(
            "max(s.left_on IS NULL AND g.fee_minor > 0"
            " AND s.paid_until BETWEEN :today AND :soon) AS expiring"
        )
        row_where.append("x.expiring")
    if query.status:
        params["status"] = query.status
        row_where.append("status = :status")
    if query.joined_from is not None:
        params["joined_from"] = query.joined_from.isoformat()
        row_where.append("x.joined >= :joined_from")
    if query.joined_to is not None:
        params["joined_to"] = query.joined_to.isoformat()
        row_where.append("x.joined <= :joined_to")
    return extra_aggregates, row_where


def _roster_sql(
    query: RosterQuery, *, ids_only: bool, only_ids: Sequence[int] | None = None
) -> tuple[str, dict[str, object]]:
    """The roster SELECT and its parameters for a query."""
    _check_query(query)
    params: dict[str, object] = {"today": query.today.isoformat(), "gid": query.group_id}
    member_where: list[str] = []
    for n, term in enumerate(search_terms(query.text)):
        params[f"t{n}"] = _like_pattern(term)
        # The key is stored lowercase and so are the terms, so LIKE's ASCII case folding
        # changes nothing; it is used because it scans faster than instr().
        member_where.append(f"m.search_key LIKE :t{n} ESCAPE '\\'")
    if query.tag:
        params["tag"] = query.tag.strip()
        member_where.append(
            "EXISTS (SELECT 1 FROM member_tags t WHERE t.member_id = m.id AND t.tag = :tag)"
        )
    extra_aggregates, row_where = _summary_filters(query, params)
    # An id list sorted by a member column with no membership filter needs no summary.
    needs_summary = (
        not ids_only
        or query.group_id is not None
        or bool(row_where)
        or query.sort not in _MEMBER_SORTS
    )
    sort = _SORT_EXPRESSIONS[query.sort]
    direction = "DESC" if query.descending else "ASC"
    # Blank cells go last in either direction, as in a spreadsheet.
    blank_last = "" if query.sort in _NEVER_BLANK else f"({query.sort} = '') ASC, "
    order = f"{blank_last}{sort} {direction}, id {direction}"
    member_filter = " AND ".join(member_where) or "1"
    columns = f"""
        m.id, m.name, m.nickname, m.wechat_id, m.phone,
        coalesce(x.open_groups, x.past_groups, '') AS groups,
        coalesce(substr(x.best_role, instr(x.best_role, ':') + 1), '') AS role,
        coalesce(x.joined, '') AS joined,
        coalesce(ref.name, m.referrer_text) AS referrer,
        coalesce((SELECT group_concat(t.tag, '{TAGS_SEPARATOR}') FROM member_tags t
                  WHERE t.member_id = m.id), '') AS tags,
        coalesce(x.paid_until, '') AS paid_until,
        CASE WHEN coalesce(x.has_open, 0) = 0 THEN 'left'
             WHEN x.expired THEN 'expired' ELSE 'active' END AS status,
        coalesce(x.best_role, '') AS role_key, m.name_key
    """
    # With a text or tag filter, scanning the table once beats walking the name index and
    # looking every row up, so the matches are collected first (NOT INDEXED) and joined.
    picked = (
        f"picked AS MATERIALIZED (SELECT m.id FROM members m NOT INDEXED WHERE {member_filter})"
        if member_where
        else ""
    )
    if only_ids is not None:
        params["only"] = json.dumps(list(only_ids))
        picked = (
            "picked AS MATERIALIZED (SELECT m.id FROM json_each(:only) j "
            f"JOIN members m ON m.id = j.value WHERE {member_filter})"
        )
    if query.group_id is None:
        return _stored_roster_sql(query, params, member_where, picked, ids_only, order)
    if not needs_summary:
        source = "picked p JOIN members m ON m.id = p.id" if picked else "members m"
        sql = f"""
            {"WITH " + picked if picked else ""}
            SELECT id FROM (
                SELECT m.id, m.name_key, m.nickname, m.wechat_id, m.phone,
                    coalesce(ref.name, m.referrer_text) AS referrer,
                    coalesce((SELECT group_concat(t.tag, '{TAGS_SEPARATOR}') FROM member_tags t
                              WHERE t.member_id = m.id), '') AS tags
                FROM {source} LEFT JOIN members ref ON ref.id = m.referrer_id
            )
            ORDER BY {order}
        """
        return sql, params
    scope = ["1"]
    if query.group_id is not None:
        scope.append("s.group_id = :gid")
    if picked:
        # Summaries are built only for members that pass the cheap per-member filters,
        # so a narrow text search does not aggregate every membership in the file.
        scope.append("s.member_id IN picked")
    if query.group_id is not None:
        # Only members of the group are listed, so the group's summaries drive the join.
        source = "summary x JOIN members m ON m.id = x.member_id"
    elif picked:
        source = "picked p JOIN members m ON m.id = p.id LEFT JOIN summary x ON x.member_id = m.id"
    else:
        source = "members m LEFT JOIN summary x ON x.member_id = m.id"
    sql = f"""
        WITH {picked + "," if picked else ""}
        summary AS (
            SELECT s.member_id,
                min(s.joined_on) AS joined,
                max(s.paid_until) AS paid_until,
                max(s.left_on IS NULL) AS has_open,
                max(s.left_on IS NULL AND g.fee_minor > 0 AND s.paid_until < :today) AS expired,
                {_BEST_ROLE} AS best_role,
                group_concat(CASE WHEN s.left_on IS NULL THEN g.name END, '{GROUPS_SEPARATOR}')
                    AS open_groups,
                -- a group left and re-joined and left again is listed once
                group_concat(CASE WHEN s.left_on IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM memberships later
                        -- unary + keeps the planner on memberships_member: without
                        -- statistics it picked memberships_group and scanned a whole
                        -- group per row (minutes at 100,000 members)
                        WHERE later.member_id = s.member_id AND +later.group_id = s.group_id
                          AND +later.joined_on > s.joined_on) THEN g.name END,
                    '{GROUPS_SEPARATOR}') AS past_groups
                {"".join(", " + a for a in extra_aggregates)}
            FROM memberships s
            JOIN groups g ON g.id = s.group_id
            LEFT JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
            WHERE {" AND ".join(scope)}
            GROUP BY s.member_id
        )
        SELECT {"id" if ids_only else ", ".join(ROSTER_COLUMNS)} FROM (
            SELECT {columns}
            FROM {source}
            LEFT JOIN members ref ON ref.id = m.referrer_id
            WHERE {" AND ".join(row_where) or "1"}
        )
        ORDER BY {order}
    """
    return sql, params


# Stored columns (migration v4) of the roster's all-groups summary, by sort column.
_STORED = {
    "name": "m.name_key",
    "groups": "m.roster_groups",
    "role": "m.roster_role",
    "joined": "m.roster_joined",
    "tags": "m.roster_tags",
    "paid_until": "m.roster_paid_until",
}
_STORED_STATUS = (
    "CASE WHEN m.roster_open = 0 THEN 'left' WHEN m.roster_paid_due <> '' "
    "AND m.roster_paid_due < :today THEN 'expired' ELSE 'active' END"
)
# Index-ordered id lists: (filled rows in order, blank rows by id) in two index scans.
_INDEXED_ORDER = {
    "id": ("id", ""),
    "name": ("name_key", ""),
    "joined": ("roster_joined", "roster_joined"),
    "paid_until": ("roster_paid_until", "roster_paid_until"),
    "role": ("roster_role", "roster_role"),
    "groups": ("roster_groups COLLATE NOCASE", "roster_groups"),
    "tags": ("roster_tags COLLATE NOCASE", "roster_tags"),
}  # nickname, WeChat ID, phone and referrer: no index (each would slow imports down)
# Status order (active, expired, left) as three index range scans, each by id.
_STATUS_ARMS = (
    "roster_open = 1 AND (roster_paid_due = '' OR roster_paid_due >= :today)",
    "roster_open = 1 AND roster_paid_due <> '' AND roster_paid_due < :today",
    "roster_open = 0",
)


def _stored_roster_sql(
    query: RosterQuery,
    params: dict[str, object],
    member_where: list[str],
    picked: str,
    ids_only: bool,
    order: str,
) -> tuple[str, dict[str, object]]:
    """The all-groups roster from the summary columns stored on `members` (no aggregate)."""
    where = list(member_where)
    if query.role:
        params["role"] = _as_role(query.role).value
        where.append(
            "EXISTS (SELECT 1 FROM memberships s JOIN role_history r ON r.membership_id = s.id"
            " AND r.until IS NULL WHERE s.member_id = m.id AND s.left_on IS NULL"
            " AND r.role = :role)"
        )
    if query.expiring_within_days is not None:
        soon = query.today + dt.timedelta(days=query.expiring_within_days)
        params["soon"] = soon.isoformat()
        where.append(
            "EXISTS (SELECT 1 FROM memberships s JOIN groups g ON g.id = s.group_id"
            " WHERE s.member_id = m.id AND s.left_on IS NULL AND g.fee_minor > 0"
            " AND s.paid_until BETWEEN :today AND :soon)"
        )
    if query.status:
        params["status"] = query.status
        where.append(f"{_STORED_STATUS} = :status")
    if query.joined_from is not None:
        params["joined_from"] = query.joined_from.isoformat()
        where.append("m.roster_joined >= :joined_from")
    if query.joined_to is not None:
        params["joined_to"] = query.joined_to.isoformat()
        where.append("m.roster_joined <> '' AND m.roster_joined <= :joined_to")
    source = "picked p JOIN members m ON m.id = p.id" if picked else "members m"
    columns = f"""
        m.id, m.name, m.nickname, m.wechat_id, m.phone, m.roster_groups AS groups,
        substr(m.roster_role, instr(m.roster_role, ':') + 1) AS role,
        m.roster_joined AS joined, coalesce(ref.name, m.referrer_text) AS referrer,
        m.roster_tags AS tags, m.roster_paid_until AS paid_until,
        {_STORED_STATUS} AS status, m.roster_role AS role_key, m.name_key
    """
    sql = f"""
        {"WITH " + picked if picked else ""}
        SELECT {"id" if ids_only else ", ".join(ROSTER_COLUMNS)} FROM (
            SELECT {columns}
            FROM {source} LEFT JOIN members ref ON ref.id = m.referrer_id
            WHERE {" AND ".join(where) or "1"}
        )
        ORDER BY {order}
    """
    return sql, params


def _indexed_roster_ids(db: Database, query: RosterQuery) -> list[int] | None:
    """The all-groups, unfiltered roster's ids straight from an index, or None.

    Two index scans (filled values in order, then blanks by id) instead of reading and
    sorting every row: the first screen of 100,000 members in milliseconds.
    """
    plain = replace(query, sort="name", descending=False)
    indexed = query.sort in _INDEXED_ORDER or query.sort == "status"
    if not indexed or plain != RosterQuery(today=query.today):
        return None
    direction = "DESC" if query.descending else "ASC"
    conn = db.conn
    if query.sort == "status":
        arms = _STATUS_ARMS[::-1] if query.descending else _STATUS_ARMS
        today = {"today": query.today.isoformat()}
        return [
            i
            for arm in arms
            for i in _id_list(
                conn, f"SELECT id FROM members WHERE {arm} ORDER BY id {direction}", today
            )
        ]
    expression, blank = _INDEXED_ORDER[query.sort]
    if not blank:
        return _id_list(
            conn, f"SELECT id FROM members ORDER BY {expression} {direction}, id {direction}"
        )
    filled = f"SELECT id FROM members WHERE {blank} <> '' ORDER BY {expression} {direction}"
    empty = f"SELECT id FROM members WHERE {blank} = '' ORDER BY id {direction}"
    return _id_list(conn, f"{filled}, id {direction}") + _id_list(conn, empty)


# ---------------------------------------------------------------------------------------
# Internals
# ---------------------------------------------------------------------------------------


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _rank(code: str) -> int:
    """The rank of a role code (0 is highest); codes we don't know rank below every role."""
    return ROLE_RANK.get(Role(code), len(ROLE_RANK)) if code in _ROLE_CODES else len(ROLE_RANK)


_ROLE_CODES = frozenset(r.value for r in Role)


def _as_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        known = ", ".join(r.value for r in Role)
        raise ValidationError("role", f"Unknown role {value!r}; expected one of {known}.") from None


def _fetch_member(conn: sqlite3.Connection, member_id: int) -> Member:
    found = conn.execute(
        """
        SELECT id, name, nickname, wechat_id, phone, email, referrer_id, referrer_text,
               notes, created_at, search_key
        FROM members WHERE id = ?
        """,
        (member_id,),
    ).fetchone()
    if found is None:
        raise ValidationError("member", f"There is no member with id {member_id}.")
    tags = tuple(
        r[0]
        for r in conn.execute(
            "SELECT tag FROM member_tags WHERE member_id = ? ORDER BY tag", (member_id,)
        )
    )
    (mid, name, nickname, wechat, phone, email, ref_id, ref_text, notes, created, key) = found
    return Member(
        id=mid,
        name=name,
        nickname=nickname,
        wechat_id=wechat,
        phone=phone,
        email=email,
        referrer_id=ref_id,
        referrer_text=ref_text,
        notes=notes,
        created_at=dt.datetime.fromisoformat(created),
        search_key=key,
        tags=tags,
    )


def _require_member(conn: sqlite3.Connection, member_id: int) -> str:
    found = conn.execute("SELECT name FROM members WHERE id = ?", (member_id,)).fetchone()
    if found is None:
        raise ValidationError("member", f"There is no member with id {member_id}.")
    return str(found[0])


def _require_members(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    found = {
        r[0]
        for r in conn.execute(
            "SELECT id FROM members WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
    }
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError("member", f"There is no member with id {missing[0]}.")


def _clean_tag(tag: str) -> str:
    clean = tag.strip()
    if not clean:
        raise ValidationError("tags", "A tag cannot be empty.")
    if any(sep in clean for sep in _TAG_FORBIDDEN):
        raise ValidationError("tags", f"Tag “{clean}” contains a comma; use one tag per item.")
    if len(clean) > TAG_MAX_LENGTH:
        raise ValidationError("tags", f"Tag “{clean[:10]}…” is longer than {TAG_MAX_LENGTH}.")
    return clean


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in tags:
        if tag.strip():
            seen.setdefault(_clean_tag(tag), None)
    return tuple(seen)


def _referral_reaches(conn: sqlite3.Connection, *, start: int | None, target: int) -> bool:
    """Whether following referrers upward from `start` arrives at `target`."""
    if start is None:
        return False
    # UNION (not UNION ALL) drops rows already seen, so an existing loop still ends.
    found = conn.execute(
        """
        WITH RECURSIVE up(id) AS (
            SELECT :start
            UNION
            SELECT m.referrer_id FROM up JOIN members m ON m.id = up.id
            WHERE m.referrer_id IS NOT NULL
        )
        SELECT 1 FROM up WHERE id = :target LIMIT 1
        """,
        {"start": start, "target": target},
    ).fetchone()
    return found is not None


def _validated(
    conn: sqlite3.Connection, draft: MemberDraft, *, member_id: int | None
) -> tuple[dict[str, object], tuple[str, ...]]:
    """Check a draft field by field; return the `members` columns and the clean tags."""
    name = draft.name.strip()
    if not name:
        raise ValidationError("name", "A name is required.")
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError("name", f"A name is at most {NAME_MAX_LENGTH} characters.")
    nickname = draft.nickname.strip()
    wechat_id = normalise_wechat_id(draft.wechat_id)
    phone = normalise_phone(draft.phone)
    email = validate_email(draft.email)
    tags = clean_tags(draft.tags)
    referrer_text = draft.referrer_text.strip()
    if draft.referrer_id is not None:
        if member_id is not None and draft.referrer_id == member_id:
            raise ValidationError("referrer", "A member cannot be their own referrer.")
        referrer_name = conn.execute(
            "SELECT name FROM members WHERE id = ?", (draft.referrer_id,)
        ).fetchone()
        if referrer_name is None:
            raise ValidationError("referrer", f"There is no member with id {draft.referrer_id}.")
        if member_id is not None and _referral_reaches(
            conn, start=draft.referrer_id, target=member_id
        ):
            raise ValidationError(
                "referrer",
                f"{referrer_name[0]} was referred (directly or not) by this member, "
                "so cannot be their referrer.",
            )
        referrer_text = ""  # the link replaces the unmatched name
    notes = draft.notes.strip()
    row: dict[str, object] = {
        "name": name,
        "nickname": nickname,
        "wechat_id": wechat_id,
        "phone": phone,
        "email": email,
        "referrer_id": draft.referrer_id,
        "referrer_text": referrer_text,
        "notes": notes,
        "search_key": member_search_key(
            name, nickname, wechat_id, phone, " ".join(sorted(tags)), notes
        ),
        "name_key": name_sort_key(name),
    }
    return row, tags


def _write_tags(conn: sqlite3.Connection, member_id: int, tags: Iterable[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO member_tags (member_id, tag) VALUES (?, ?)",
        [(member_id, tag) for tag in tags],
    )


def _refresh_search_keys(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Recompute the stored search key and name sort key of these members."""
    rows = conn.execute(
        """
        SELECT m.id, m.name, m.nickname, m.wechat_id, m.phone, m.notes,
               coalesce((SELECT group_concat(tag, ' ') FROM
                         (SELECT tag FROM member_tags t WHERE t.member_id = m.id
                          ORDER BY tag)), '')
        FROM members m WHERE m.id IN (SELECT value FROM json_each(?))
        """,
        (json.dumps(list(ids)),),
    ).fetchall()
    conn.executemany(
        "UPDATE members SET search_key = ?, name_key = ? WHERE id = ?",
        [
            (member_search_key(name, nick, wx, phone, tags, notes), name_sort_key(name), mid)
            for mid, name, nick, wx, phone, notes, tags in rows
        ],
    )


def _check_not_future(on: dt.date, today: dt.date | None, field: str) -> None:
    if today is not None and on > today:
        raise ValidationError(field, f"{on.isoformat()} is in the future.")


def _open_membership(
    conn: sqlite3.Connection, member_id: int, group_id: int
) -> tuple[int, str] | None:
    found = conn.execute(
        "SELECT id, joined_on FROM memberships "
        "WHERE member_id = ? AND group_id = ? AND left_on IS NULL",
        (member_id, group_id),
    ).fetchone()
    return None if found is None else (int(found[0]), str(found[1]))


def _current_role(conn: sqlite3.Connection, membership_id: int) -> tuple[int, str, str] | None:
    found = conn.execute(
        "SELECT id, role, since FROM role_history WHERE membership_id = ? AND until IS NULL",
        (membership_id,),
    ).fetchone()
    return None if found is None else (int(found[0]), str(found[1]), str(found[2]))


def _join(
    conn: sqlite3.Connection,
    member_id: int,
    group_id: int,
    *,
    on: dt.date,
    role: str,
    paid_until: dt.date | None,
    today: dt.date | None,
) -> int:
    code = _as_role(role)
    name = _require_member(conn, member_id)
    group = require_group(conn, group_id)
    _check_not_future(on, today, "joined")
    if _open_membership(conn, member_id, group_id) is not None:
        raise ValidationError("group", f"{name} is already a member of {group}.")
    last_left = conn.execute(
        "SELECT max(left_on) FROM memberships WHERE member_id = ? AND group_id = ?",
        (member_id, group_id),
    ).fetchone()[0]
    if last_left is not None and on.isoformat() < last_left:
        raise ValidationError(
            "joined", f"{name} left {group} on {last_left}; a new period cannot start earlier."
        )
    cursor = conn.execute(
        "INSERT INTO memberships (member_id, group_id, joined_on, paid_until) VALUES (?, ?, ?, ?)",
        (
            member_id,
            group_id,
            on.isoformat(),
            None if paid_until is None else paid_until.isoformat(),
        ),
    )
    membership_id = int(cursor.lastrowid or 0)
    conn.execute(
        "INSERT INTO role_history (membership_id, role, since) VALUES (?, ?, ?)",
        (membership_id, code.value, on.isoformat()),
    )
    return membership_id


def _leave(
    conn: sqlite3.Connection, member_id: int, group_id: int, *, on: dt.date, today: dt.date | None
) -> None:
    name = _require_member(conn, member_id)
    group = require_group(conn, group_id)
    _check_not_future(on, today, "left")
    membership = _open_membership(conn, member_id, group_id)
    if membership is None:
        raise ValidationError("group", f"{name} is not a current member of {group}.")
    membership_id, joined = membership
    current = _current_role(conn, membership_id)
    latest = max(joined, current[2]) if current else joined
    if on.isoformat() < latest:
        raise ValidationError(
            "left",
            f"{name}'s membership of {group} has records from {latest}; "
            "they cannot have left earlier.",
        )
    conn.execute("UPDATE memberships SET left_on = ? WHERE id = ?", (on.isoformat(), membership_id))
    if current is not None:
        conn.execute("UPDATE role_history SET until = ? WHERE id = ?", (on.isoformat(), current[0]))


def _change_role(
    conn: sqlite3.Connection,
    member_id: int,
    group_id: int,
    role: str,
    *,
    on: dt.date,
    today: dt.date | None,
) -> None:
    code = _as_role(role)
    name = _require_member(conn, member_id)
    group = require_group(conn, group_id)
    _check_not_future(on, today, "since")
    membership = _open_membership(conn, member_id, group_id)
    if membership is None:
        raise ValidationError("group", f"{name} is not a current member of {group}.")
    membership_id, joined = membership
    if on.isoformat() < joined:
        raise ValidationError("since", f"{name} joined {group} on {joined}, after {on}.")
    current = _current_role(conn, membership_id)
    if current is not None:
        row_id, old_role, since = current
        if old_role == code.value:
            raise ValidationError("role", f"{name} is already {code.value} in {group}.")
        if on.isoformat() < since:
            raise ValidationError(
                "since", f"{name} has been {old_role} in {group} since {since}, after {on}."
            )
        conn.execute("UPDATE role_history SET until = ? WHERE id = ?", (on.isoformat(), row_id))
    conn.execute(
        "INSERT INTO role_history (membership_id, role, since) VALUES (?, ?, ?)",
        (membership_id, code.value, on.isoformat()),
    )


def _bulk(db: Database, ids: Iterable[int], step: Callable[[sqlite3.Connection, int], None]) -> int:
    """Run `step` for each member in one transaction, naming the member on failure."""
    wanted = list(dict.fromkeys(ids))
    with db.transaction() as conn:
        for member_id in wanted:
            try:
                step(conn, member_id)
            except ValidationError as exc:
                found = conn.execute(
                    "SELECT name FROM members WHERE id = ?", (member_id,)
                ).fetchone()
                who = f"{found[0]} (#{member_id})" if found else f"#{member_id}"
                raise ValidationError(
                    exc.field, f"{who}: {exc.message} Nothing was changed."
                ) from exc
    return len(wanted)


def _memberships(conn: sqlite3.Connection, member_id: int) -> list[MembershipView]:
    rows = conn.execute(
        """
        SELECT s.id, s.group_id, g.name, s.joined_on, s.left_on, s.paid_until,
               (SELECT r.role FROM role_history r WHERE r.membership_id = s.id
                ORDER BY r.until IS NULL DESC, r.since DESC, r.id DESC LIMIT 1)
        FROM memberships s JOIN groups g ON g.id = s.group_id
        WHERE s.member_id = ?
        ORDER BY s.joined_on, s.id
        """,
        (member_id,),
    ).fetchall()
    return [
        MembershipView(
            mid, gid, gname, dt.date.fromisoformat(joined), _date(left), _date(paid), role
        )
        for mid, gid, gname, joined, left, paid, role in rows
    ]


def _role_spans(conn: sqlite3.Connection, member_id: int, group_id: int | None) -> list[RoleSpan]:
    rows = conn.execute(
        """
        SELECT r.id, r.membership_id, s.group_id, g.name, r.role, r.since, r.until
        FROM role_history r
        JOIN memberships s ON s.id = r.membership_id
        JOIN groups g ON g.id = s.group_id
        WHERE s.member_id = :member AND (:group IS NULL OR s.group_id = :group)
        ORDER BY r.since, s.joined_on, r.id
        """,
        {"member": member_id, "group": group_id},
    ).fetchall()
    return [
        RoleSpan(rid, msid, gid, gname, role, dt.date.fromisoformat(since), _date(until))
        for rid, msid, gid, gname, role, since, until in rows
    ]


def _referral_counts(
    conn: sqlite3.Connection, member_ids: Sequence[int]
) -> dict[int, tuple[int, int]]:
    counts: dict[int, tuple[int, int]] = dict.fromkeys(member_ids, (0, 0))
    if not member_ids:
        return counts
    rows: list[Any] = conn.execute(
        """
        WITH RECURSIVE below(root, id, depth) AS (
            SELECT m.referrer_id, m.id, 1 FROM members m
            WHERE m.referrer_id IN (SELECT value FROM json_each(:ids))
              AND m.id <> m.referrer_id
            UNION ALL
            SELECT below.root, m.id, below.depth + 1
            FROM below JOIN members m ON m.referrer_id = below.id
            -- a loop reachable from a root always returns to it (one referrer each)
            WHERE m.id <> below.root AND below.depth < :limit
        )
        SELECT root, sum(depth = 1), count(*) FROM below GROUP BY root
        """,
        {"ids": json.dumps(list(member_ids)), "limit": REFERRAL_DEPTH_LIMIT},
    ).fetchall()
    for root, direct, total in rows:
        counts[root] = (int(direct), int(total))
    return counts


# ---------------------------------------------------------------------------------------
# Role holders: the soul figure of a pyramid group, the leaders of a ring group
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MemberChoice:
    """A current member of a group as a picker offers it: who, and their role now."""

    member_id: int
    name: str
    nickname: str
    role: str  # the current role code in the group; "" when the membership has none


_CHOICES_SQL = """
    SELECT m.id, m.name, m.nickname, coalesce(r.role, '')
    FROM memberships s
    JOIN members m ON m.id = s.member_id
    LEFT JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
    WHERE s.group_id = ? AND s.left_on IS NULL
"""


def group_member_choices(
    db: Database, group_id: int, text: str = "", *, limit: int = 50
) -> list[MemberChoice]:
    """Current members whose name, nickname or pinyin holds every word of `text`, top role first."""
    if limit < 1:
        raise ValidationError("limit", "At least one member must be asked for.")
    sql = _CHOICES_SQL
    params: list[object] = [group_id]
    for term in search_terms(text):
        sql += " AND m.search_key LIKE ? ESCAPE '\\'"
        params.append(_like_pattern(term))
    sql += f" ORDER BY {_rank_case('r.role')}, m.name_key, m.id LIMIT ?"
    params.append(limit)
    return [MemberChoice(*row) for row in db.conn.execute(sql, params)]


def group_has_members(db: Database, group_id: int) -> bool:
    """Whether the group has anyone in it now (one index probe, no sorting)."""
    row = db.conn.execute(
        "SELECT 1 FROM memberships WHERE group_id = ? AND left_on IS NULL LIMIT 1", (group_id,)
    ).fetchone()
    return row is not None


def current_role_holders(db: Database, group_id: int, role: str) -> list[MemberChoice]:
    """Current members of the group who hold `role` now, longest-serving first."""
    code = _as_role(role)
    sql = _CHOICES_SQL + " AND r.role = ? ORDER BY r.since, m.name_key, m.id"
    return [MemberChoice(*row) for row in db.conn.execute(sql, (group_id, code.value))]


def role_holder_changes(
    db: Database, group_id: int, role: str, member_ids: Iterable[int], *, demote_to: str
) -> dict[int, str]:
    """The role changes making exactly `member_ids` hold `role`; other holders get `demote_to`."""
    code, fallback = _as_role(role), _as_role(demote_to)
    if code == fallback:
        raise ValidationError("role", "Holders cannot be demoted to the role they hold.")
    wanted = list(dict.fromkeys(member_ids))
    holders = [c.member_id for c in current_role_holders(db, group_id, code)]
    changes = {member_id: fallback.value for member_id in holders if member_id not in wanted}
    changes.update({member_id: code.value for member_id in wanted if member_id not in holders})
    return changes


def set_roles(
    db: Database,
    group_id: int,
    roles: Mapping[int, str],
    *,
    on: dt.date,
    today: dt.date | None = None,
) -> dict[int, str]:
    """Give each member their role in the group from `on`, all or none; the roles they had.

    Members who hold their role already are left alone. A role of "" closes the current
    role without a new one (how undo restores a membership that had none). The returned
    mapping, passed back in, undoes the change; the history keeps both changes.
    """
    with db.transaction() as conn:
        group = require_group(conn, group_id)
        _check_not_future(on, today, "roles")
        previous: dict[int, str] = {}
        steps: list[tuple[int, int, tuple[int, str, str] | None, str]] = []
        for member_id, role in roles.items():
            code = _as_role(role).value if role else ""
            name = _require_member(conn, member_id)
            membership = _open_membership(conn, member_id, group_id)
            if membership is None:
                raise ValidationError("roles", f"{name} is not a current member of {group}.")
            membership_id, joined = membership
            current = _current_role(conn, membership_id)
            if (current[1] if current else "") == code:
                continue
            latest = max(joined, current[2]) if current else joined
            if on.isoformat() < latest:
                raise ValidationError(
                    "roles",
                    f"{name}'s membership of {group} has records from {latest}, after {on}.",
                )
            previous[member_id] = current[1] if current else ""
            steps.append((member_id, membership_id, current, code))
        for _member_id, membership_id, current, code in steps:
            if current is not None:
                conn.execute(
                    "UPDATE role_history SET until = ? WHERE id = ?", (on.isoformat(), current[0])
                )
            if code:
                conn.execute(
                    "INSERT INTO role_history (membership_id, role, since) VALUES (?, ?, ?)",
                    (membership_id, code, on.isoformat()),
                )
        return previous


def all_member_choices(db: Database, text: str = "", *, limit: int = 50) -> list[MemberChoice]:
    """Members of any group (or none) whose name, nickname or pinyin holds every word of `text`.

    The all-groups twin of `group_member_choices`, by name; the role is always "" here.
    """
    if limit < 1:
        raise ValidationError("limit", "At least one member must be asked for.")
    sql = "SELECT m.id, m.name, m.nickname, '' FROM members m WHERE 1"
    params: list[object] = []
    for term in search_terms(text):
        sql += " AND m.search_key LIKE ? ESCAPE '\\'"
        params.append(_like_pattern(term))
    # by name: the members_name index yields rows in order, so LIMIT stops the scan early
    sql += " ORDER BY m.name_key, m.id LIMIT ?"
    params.append(limit)
    return [MemberChoice(*row) for row in db.conn.execute(sql, params)]
