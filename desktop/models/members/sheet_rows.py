"""Rows of the members and roles sheets of an export, and the contacts a masked one hides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from desktop.models.core.codes import ROLE_RANK
from desktop.models.groups.sheet_rows import SheetScope, count_of
from desktop.models.storage.db import Database


def contact_handles(db: Database) -> Iterator[tuple[str, str]]:
    """(WeChat ID, phone) of every member who has either."""
    yield from db.conn.execute(
        "SELECT wechat_id, phone FROM members WHERE wechat_id <> '' OR phone <> ''"
    )


def _scoped(scope: SheetScope) -> tuple[str, list[Any]]:
    """Memberships of the groups in scope that overlap its dates."""
    where, params = scope.in_groups("s.group_id")
    params += [scope.last, scope.first]
    return f"{where} AND s.joined_on <= ? AND (s.left_on IS NULL OR s.left_on >= ?)", params


def count_member_rows(db: Database, scope: SheetScope) -> int:
    """How many rows `member_rows` yields."""
    if scope.everything:
        return count_of(db, ("SELECT count(*) FROM members", []))
    scoped, params = _scoped(scope)
    sql = f"SELECT count(DISTINCT s.member_id) FROM memberships s WHERE {scoped}"
    return count_of(db, (sql, params))


def member_rows(db: Database, scope: SheetScope, today: dt.date) -> Iterator[tuple[Any, ...]]:
    """Members with a membership in scope (everyone for an unscoped export), by id.

    Each row: id, name, nickname, WeChat ID, phone, e-mail, group names, best current role
    (a code), first joined, referrer, tags, paid until, status ('active', 'expired' or
    'left' as of `today`), notes.
    """
    scoped, params = _scoped(scope)
    rank = " ".join(f"WHEN '{role.value}' THEN {n}" for role, n in ROLE_RANK.items())
    source = (
        "members m LEFT JOIN agg x ON x.member_id = m.id"
        if scope.everything
        else "agg x JOIN members m ON m.id = x.member_id"
    )
    sql = f"""
        WITH ms AS MATERIALIZED (
            SELECT s.id, s.member_id, s.group_id, s.joined_on, s.left_on, s.paid_until
            FROM memberships s WHERE {scoped}
        ),
        agg AS (
            SELECT s.member_id,
                min(s.joined_on) AS joined,
                max(s.paid_until) AS paid_until,
                max(s.left_on IS NULL) AS has_open,
                max(s.left_on IS NULL AND g.fee_minor > 0 AND s.paid_until < ?) AS expired,
                min(CASE WHEN s.left_on IS NULL THEN (CASE r.role {rank} ELSE 9 END)
                    || ':' || r.role END) AS best_role
            FROM ms s JOIN groups g ON g.id = s.group_id
            LEFT JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
            GROUP BY s.member_id
        ),
        names AS (
            SELECT p.member_id, group_concat(g.name, '、') AS groups
            FROM (SELECT DISTINCT member_id, group_id FROM ms) p
            JOIN groups g ON g.id = p.group_id
            GROUP BY p.member_id
        )
        SELECT m.id, m.name, m.nickname, m.wechat_id, m.phone, m.email, n.groups,
               substr(x.best_role, instr(x.best_role, ':') + 1), x.joined,
               coalesce(ref.name, m.referrer_text),
               (SELECT group_concat(t.tag, ', ') FROM member_tags t
                WHERE t.member_id = m.id),
               x.paid_until,
               CASE WHEN coalesce(x.has_open, 0) = 0 THEN 'left'
                    WHEN x.expired THEN 'expired' ELSE 'active' END,
               m.notes
        FROM {source}
        LEFT JOIN names n ON n.member_id = m.id
        LEFT JOIN members ref ON ref.id = m.referrer_id
        ORDER BY m.id
    """
    return iter(db.conn.execute(sql, [*params, today.isoformat()]))


def _roles_sql(scope: SheetScope, count: bool) -> tuple[str, list[Any]]:
    where, params = scope.in_groups("s.group_id")
    what = "count(*)" if count else "m.id, m.name, g.name, r.role, r.since, r.until"
    sql = f"""
        SELECT {what} FROM role_history r
        JOIN memberships s ON s.id = r.membership_id
        JOIN members m ON m.id = s.member_id
        JOIN groups g ON g.id = s.group_id
        WHERE {where} AND r.since <= ? AND (r.until IS NULL OR r.until >= ?)
    """
    if not count:
        sql += " ORDER BY m.id, g.name, r.since, r.id"
    return sql, [*params, scope.last, scope.first]


def count_role_rows(db: Database, scope: SheetScope) -> int:
    """How many rows `role_rows` yields."""
    return count_of(db, _roles_sql(scope, count=True))


def role_rows(db: Database, scope: SheetScope) -> Iterator[tuple[Any, ...]]:
    """(member id, member, group, role code, since, until) of roles held in scope."""
    return iter(db.conn.execute(*_roles_sql(scope, count=False)))
