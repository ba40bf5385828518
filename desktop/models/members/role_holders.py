"""Role holders and member pickers: who holds a role in a group, setting roles, choices by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.models.core.common import require_group
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.members.members import (
    check_not_future,
    checked_role,
    current_role_of,
    open_membership,
    require_member,
)
from desktop.models.members.roster import like_pattern, role_rank_sql, search_terms
from desktop.models.storage.db import Database


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
        raise ValidationError("limit", msg("At least one member must be asked for."))
    sql = _CHOICES_SQL
    params: list[object] = [group_id]
    for term in search_terms(text):
        sql += " AND m.search_key LIKE ? ESCAPE '\\'"
        params.append(like_pattern(term))
    sql += f" ORDER BY {role_rank_sql('r.role')}, m.name_key, m.id LIMIT ?"
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
    code = checked_role(role)
    sql = _CHOICES_SQL + " AND r.role = ? ORDER BY r.since, m.name_key, m.id"
    return [MemberChoice(*row) for row in db.conn.execute(sql, (group_id, code.value))]


def role_holder_changes(
    db: Database, group_id: int, role: str, member_ids: Iterable[int], *, demote_to: str
) -> dict[int, str]:
    """The role changes making exactly `member_ids` hold `role`; other holders get `demote_to`."""
    code, fallback = checked_role(role), checked_role(demote_to)
    if code == fallback:
        raise ValidationError("role", msg("Holders cannot be demoted to the role they hold."))
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
        check_not_future(on, today, "roles")
        previous: dict[int, str] = {}
        steps: list[tuple[int, int, tuple[int, str, str] | None, str]] = []
        for member_id, role in roles.items():
            code = checked_role(role).value if role else ""
            name = require_member(conn, member_id)
            membership = open_membership(conn, member_id, group_id)
            if membership is None:
                raise ValidationError(
                    "roles",
                    msg("{name} is not a current member of {group}.", name=name, group=group),
                )
            membership_id, joined = membership
            current = current_role_of(conn, membership_id)
            if (current[1] if current else "") == code:
                continue
            latest = max(joined, current[2]) if current else joined
            if on.isoformat() < latest:
                raise ValidationError(
                    "roles",
                    msg(
                        "{name}'s membership of {group} has records from {latest}, after {on}.",
                        name=name,
                        group=group,
                        latest=latest,
                        on=on,
                    ),
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
        raise ValidationError("limit", msg("At least one member must be asked for."))
    sql = "SELECT m.id, m.name, m.nickname, '' FROM members m WHERE 1"
    params: list[object] = []
    for term in search_terms(text):
        sql += " AND m.search_key LIKE ? ESCAPE '\\'"
        params.append(like_pattern(term))
    # by name: the members_name index yields rows in order, so LIMIT stops the scan early
    sql += " ORDER BY m.name_key, m.id LIMIT ?"
    params.append(limit)
    return [MemberChoice(*row) for row in db.conn.execute(sql, params)]
