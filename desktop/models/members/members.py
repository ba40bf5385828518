"""Members: records, tags, memberships with dated roles, and the checks other modules share."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.models.core.codes import ROLE_RANK, Role
from desktop.models.core.common import STAMP_FORMAT, require_group
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.members.contacts import normalise_phone, normalise_wechat_id
from desktop.models.members.drafts import MemberDraft, clean_tag, validated_member_row
from desktop.models.members.search import member_search_key, name_sort_key
from desktop.models.storage.db import Database

# SQL testing a column against the JSON id list bound to :ids.
IN_IDS = "IN (SELECT value FROM json_each(:ids))"
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


# ---------------------------------------------------------------------------------------
# Create, read, update
# ---------------------------------------------------------------------------------------


def get_member(db: Database, member_id: int) -> Member:
    """The member with this id; a ValidationError on "member" when there is none."""
    return fetch_member(db.conn, member_id)


def create_member(db: Database, draft: MemberDraft, *, today: dt.date | None = None) -> int:
    """Validate and store a new member with tags and search key; return the id.

    Wrap it in `db.transaction()` together with `join_group` to add someone to a group
    in the same user action.
    """
    now = db.clock.now()
    created = dt.datetime.combine(today or now.date(), now.time())
    with db.transaction() as conn:
        row, tags = validated_member_row(conn, draft, member_id=None)
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
        require_member(conn, member_id)
        row, tags = validated_member_row(conn, draft, member_id=member_id)
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
    clean = clean_tag(tag)
    wanted = sorted(set(ids))
    with db.transaction() as conn:
        _require_members(conn, wanted)
        # rowcount, not total_changes: the roster summary triggers' updates don't count
        added = conn.executemany(
            "INSERT OR IGNORE INTO member_tags (member_id, tag) VALUES (?, ?)",
            [(mid, clean) for mid in wanted],
        ).rowcount
        refresh_search_keys(conn, wanted)
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
        refresh_search_keys(conn, wanted)
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
# Look-ups for the roster screen
# ---------------------------------------------------------------------------------------


def current_roles(db: Database, ids: Iterable[int], group_id: int) -> dict[int, str]:
    """Each listed member with an open membership of the group, with their role now ("" none)."""
    rows = db.conn.execute(
        f"""
        SELECT s.member_id, coalesce(r.role, '') FROM memberships s
        LEFT JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
        WHERE s.group_id = :gid AND s.left_on IS NULL AND s.member_id {IN_IDS}
        """,
        {"gid": group_id, "ids": json.dumps(sorted(set(ids)))},
    )
    return {int(mid): str(role) for mid, role in rows}


def open_groups(db: Database, ids: Iterable[int]) -> dict[int, list[int]]:
    """The groups each listed member currently belongs to (members in none are left out)."""
    found: dict[int, list[int]] = {}
    for mid, gid in db.conn.execute(
        f"SELECT member_id, group_id FROM memberships WHERE left_on IS NULL "
        f"AND member_id {IN_IDS} ORDER BY member_id, group_id",
        {"ids": json.dumps(sorted(set(ids)))},
    ):
        found.setdefault(int(mid), []).append(int(gid))
    return found


def members_tagged(db: Database, ids: Iterable[int], tag: str) -> set[int]:
    """Which of the listed members have this tag."""
    rows = db.conn.execute(
        f"SELECT member_id FROM member_tags WHERE tag = :tag AND member_id {IN_IDS}",
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
# Checks and look-ups the other members modules share, and internals
# ---------------------------------------------------------------------------------------


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def role_rank(code: str) -> int:
    """The rank of a role code (0 is highest); codes we don't know rank below every role."""
    return ROLE_RANK.get(Role(code), len(ROLE_RANK)) if code in _ROLE_CODES else len(ROLE_RANK)


_ROLE_CODES = frozenset(r.value for r in Role)


def checked_role(value: str) -> Role:
    """The role with this code; a ValidationError on "role" for a code we don't know."""
    try:
        return Role(value)
    except ValueError:
        known = ", ".join(r.value for r in Role)
        raise ValidationError(
            "role",
            msg("Unknown role “{value}”; expected one of {known}.", value=value, known=known),
        ) from None


def fetch_member(conn: sqlite3.Connection, member_id: int) -> Member:
    """The member with this id and their tags; a ValidationError on "member" when there is none."""
    found = conn.execute(
        """
        SELECT id, name, nickname, wechat_id, phone, email, referrer_id, referrer_text,
               notes, created_at, search_key
        FROM members WHERE id = ?
        """,
        (member_id,),
    ).fetchone()
    if found is None:
        raise ValidationError(
            "member", msg("There is no member with id {member_id}.", member_id=member_id)
        )
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


def require_member(conn: sqlite3.Connection, member_id: int) -> str:
    """The name of the member with this id; a ValidationError on "member" when there is none."""
    found = conn.execute("SELECT name FROM members WHERE id = ?", (member_id,)).fetchone()
    if found is None:
        raise ValidationError(
            "member", msg("There is no member with id {member_id}.", member_id=member_id)
        )
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
        raise ValidationError("member", msg("There is no member with id {id}.", id=missing[0]))


def _write_tags(conn: sqlite3.Connection, member_id: int, tags: Iterable[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO member_tags (member_id, tag) VALUES (?, ?)",
        [(member_id, tag) for tag in tags],
    )


def refresh_search_keys(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
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


def check_not_future(on: dt.date, today: dt.date | None, field: str) -> None:
    """Refuse (on `field`) a day after `today`; no check when `today` is None."""
    if today is not None and on > today:
        raise ValidationError(field, msg("{on} is in the future.", on=on.isoformat()))


def open_membership(
    conn: sqlite3.Connection, member_id: int, group_id: int
) -> tuple[int, str] | None:
    """The (id, joined on) of the member's open membership of the group, or None."""
    found = conn.execute(
        "SELECT id, joined_on FROM memberships "
        "WHERE member_id = ? AND group_id = ? AND left_on IS NULL",
        (member_id, group_id),
    ).fetchone()
    return None if found is None else (int(found[0]), str(found[1]))


def current_role_of(conn: sqlite3.Connection, membership_id: int) -> tuple[int, str, str] | None:
    """The (role row id, role, since) current in a membership, or None."""
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
    code = checked_role(role)
    name = require_member(conn, member_id)
    group = require_group(conn, group_id)
    check_not_future(on, today, "joined")
    if open_membership(conn, member_id, group_id) is not None:
        raise ValidationError(
            "group", msg("{name} is already a member of {group}.", name=name, group=group)
        )
    last_left = conn.execute(
        "SELECT max(left_on) FROM memberships WHERE member_id = ? AND group_id = ?",
        (member_id, group_id),
    ).fetchone()[0]
    if last_left is not None and on.isoformat() < last_left:
        raise ValidationError(
            "joined",
            msg(
                "{name} left {group} on {last_left}; a new period cannot start earlier.",
                name=name,
                group=group,
                last_left=last_left,
            ),
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
    name = require_member(conn, member_id)
    group = require_group(conn, group_id)
    check_not_future(on, today, "left")
    membership = open_membership(conn, member_id, group_id)
    if membership is None:
        raise ValidationError(
            "group", msg("{name} is not a current member of {group}.", name=name, group=group)
        )
    membership_id, joined = membership
    current = current_role_of(conn, membership_id)
    latest = max(joined, current[2]) if current else joined
    if on.isoformat() < latest:
        raise ValidationError(
            "left",
            msg(
                "{name}'s membership of {group} has records from {latest}; they cannot "
                "have left earlier.",
                name=name,
                group=group,
                latest=latest,
            ),
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
    code = checked_role(role)
    name = require_member(conn, member_id)
    group = require_group(conn, group_id)
    check_not_future(on, today, "since")
    membership = open_membership(conn, member_id, group_id)
    if membership is None:
        raise ValidationError(
            "group", msg("{name} is not a current member of {group}.", name=name, group=group)
        )
    membership_id, joined = membership
    if on.isoformat() < joined:
        raise ValidationError(
            "since",
            msg(
                "{name} joined {group} on {joined}, after {on}.",
                name=name,
                group=group,
                joined=joined,
                on=on,
            ),
        )
    current = current_role_of(conn, membership_id)
    if current is not None:
        row_id, old_role, since = current
        if old_role == code.value:
            raise ValidationError(
                "role",
                msg(
                    "{name} already has this role in {group}.",
                    name=name,
                    group=group,
                ),
            )
        if on.isoformat() < since:
            raise ValidationError(
                "since",
                msg(
                    "{name} has held the current role in {group} since {since}, after {on}.",
                    name=name,
                    group=group,
                    since=since,
                    on=on,
                ),
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
                    exc.field,
                    msg("{who}: {message} Nothing was changed.", who=who, message=exc.message),
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
