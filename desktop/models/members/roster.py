"""The roster query engine: a query's filters and sort order as SQL, rows and id lists."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop.models.chats.history import member_chat_columns_sql, recent_first_day
from desktop.models.core.codes import ROLE_RANK
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.members.members import (
    GROUPS_SEPARATOR,
    TAGS_SEPARATOR,
    MemberStatus,
    checked_role,
)
from desktop.models.storage.db import Database

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
    "last_spoke",
    "messages_30d",
)
RosterRow = tuple[int, str, str, str, str, str, str, str, str, str, str, str, str, str]
# Where each column sits in a RosterRow.
ROSTER_COLUMN_INDEX = {name: n for n, name in enumerate(ROSTER_COLUMNS)}
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
    spoke: str | None = None  # a CHAT_ACTIVITY code
    sort: str = "name"
    descending: bool = False


# The chat filter's codes: spoke in the last 30 days, spoke before but not in them, never.
CHAT_RECENT, CHAT_SILENT, CHAT_NEVER = "recent", "silent", "never"
CHAT_ACTIVITY = (CHAT_RECENT, CHAT_SILENT, CHAT_NEVER)
# The row condition of each, on the messages_30d column ('' never, '0' silent).
_CHAT_CONDITIONS = {
    CHAT_RECENT: "messages_30d NOT IN ('', '0')",
    CHAT_SILENT: "messages_30d = '0'",
    CHAT_NEVER: "messages_30d = ''",
}


def role_rank_sql(expr: str) -> str:
    """SQL turning a role code into its rank, unknown codes last."""
    whens = " ".join(f"WHEN '{role.value}' THEN {rank}" for role, rank in ROLE_RANK.items())
    return f"CASE {expr} {whens} ELSE {len(ROLE_RANK)} END"


# `min()` over "rank:role" strings picks the highest role and keeps unknown codes intact;
# ranks stay single digits, so text order is rank order.
_BEST_ROLE = (
    f"min(CASE WHEN s.left_on IS NULL THEN ({role_rank_sql('r.role')}) || ':' || r.role END)"
)
# Status order of the roster: active, expired, left.
STATUS_RANK = {MemberStatus.ACTIVE: 0, MemberStatus.EXPIRED: 1, MemberStatus.LEFT: 2}

# How each column sorts: role by rank, status by STATUS_RANK, Latin text without case,
# names by their stored pinyin key (search.name_sort_key: 张三 among the Z names).
SORT_EXPRESSIONS = {
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
    + " ".join(f"WHEN '{s.value}' THEN {n}" for s, n in STATUS_RANK.items())
    + " END",
    "last_spoke": "last_spoke",
    "messages_30d": "CAST(messages_30d AS INTEGER)",
}
# Columns no row leaves blank; the others sort their blank cells last either way.
NEVER_BLANK_SORTS = frozenset({"id", "name", "status"})


def roster_rows(db: Database, query: RosterQuery) -> list[RosterRow]:
    """Every member matching the query as a compact row (see ROSTER_COLUMNS), sorted."""
    sql, params = roster_sql(query, ids_only=False)
    rows: list[RosterRow] = db.conn.execute(sql, params).fetchall()
    return rows


def roster_ids(db: Database, query: RosterQuery) -> list[int]:
    """The ids of the members matching the query, in the requested order."""
    indexed = _indexed_roster_ids(db, query)
    if indexed is not None:
        return indexed
    sql, params = roster_sql(query, ids_only=True)
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
    sql, params = roster_sql(query, ids_only=False, only_ids=ids)
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
    return _member_texts(db, "search_key", ids)


def roster_name_keys(db: Database, ids: Iterable[int] | None = None) -> dict[int, bytes]:
    """The stored name sort key (`search.name_sort_key`) of every member (or these ids) by
    id, as the UTF-8 bytes the roster's SQL compares.

    A cache sorting in memory reads them rather than computing them again, which would
    load pypinyin's dictionaries (some 50 MB).
    """
    return _member_texts(db, "CAST(name_key AS BLOB)", ids)


def roster_search_key_pairs(db: Database) -> Iterator[tuple[int, str]]:
    """(id, search key) of every member, streamed rather than all held in one dict."""
    return iter(db.conn.execute("SELECT id, search_key FROM members"))


def _member_texts(db: Database, column: str, ids: Iterable[int] | None) -> dict[int, Any]:
    if ids is None:
        return dict(db.conn.execute(f"SELECT id, {column} FROM members"))
    return dict(
        db.conn.execute(
            f"SELECT id, {column} FROM members WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
    )


def roster_filter_ids(db: Database, query: RosterQuery) -> frozenset[int] | None:
    """Members passing the query's role and expiring filters, or None when it has neither."""
    _check_query(query)
    sets: list[set[int]] = []
    params: dict[str, object] = {"gid": query.group_id}
    if query.role:
        params["role"] = checked_role(query.role).value
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


def like_pattern(term: str) -> str:
    """A LIKE pattern matching `term` anywhere, with its wildcards escaped."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _chat_columns(*, scoped: bool) -> str:
    """The last_spoke and messages_30d columns (in the group :gid, or in any)."""
    last, recent = member_chat_columns_sql("m.id", scoped=scoped)
    return f"{last} AS last_spoke, {recent} AS messages_30d"


def _check_query(query: RosterQuery) -> None:
    """Refuse a sort column, status or day count the roster does not know."""
    if query.sort not in SORT_EXPRESSIONS:
        raise ValidationError("sort", msg("Cannot sort the roster by “{sort}”.", sort=query.sort))
    if query.status and query.status not in {s.value for s in MemberStatus}:
        raise ValidationError("status", msg("Unknown status “{status}”.", status=query.status))
    if query.expiring_within_days is not None and query.expiring_within_days < 0:
        raise ValidationError("expiring_within_days", msg("The number of days cannot be negative."))
    if query.spoke and query.spoke not in CHAT_ACTIVITY:
        raise ValidationError("spoke", msg("Unknown chat activity “{spoke}”.", spoke=query.spoke))


def _summary_filters(query: RosterQuery, params: dict[str, object]) -> tuple[list[str], list[str]]:
    """Extra summary aggregates and the row conditions on them, for membership filters."""
    extra_aggregates: list[str] = []
    row_where: list[str] = []
    if query.role:
        params["role"] = checked_role(query.role).value
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
    if query.spoke:
        row_where.append(_CHAT_CONDITIONS[query.spoke])
    return extra_aggregates, row_where


def roster_sql(
    query: RosterQuery, *, ids_only: bool, only_ids: Sequence[int] | None = None
) -> tuple[str, dict[str, object]]:
    """The roster SELECT and its parameters for a query."""
    _check_query(query)
    params: dict[str, object] = {
        "today": query.today.isoformat(),
        "gid": query.group_id,
        "chat_from": recent_first_day(query.today).isoformat(),
        "chat_to": query.today.isoformat(),
    }
    member_where: list[str] = []
    for n, term in enumerate(search_terms(query.text)):
        params[f"t{n}"] = like_pattern(term)
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
    sort = SORT_EXPRESSIONS[query.sort]
    direction = "DESC" if query.descending else "ASC"
    # Blank cells go last in either direction, as in a spreadsheet.
    blank_last = "" if query.sort in NEVER_BLANK_SORTS else f"({query.sort} = '') ASC, "
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
        {_chat_columns(scoped=True)},
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
        params["role"] = checked_role(query.role).value
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
    if query.spoke:
        where.append(_CHAT_CONDITIONS[query.spoke])
    source = "picked p JOIN members m ON m.id = p.id" if picked else "members m"
    columns = f"""
        m.id, m.name, m.nickname, m.wechat_id, m.phone, m.roster_groups AS groups,
        substr(m.roster_role, instr(m.roster_role, ':') + 1) AS role,
        m.roster_joined AS joined, coalesce(ref.name, m.referrer_text) AS referrer,
        m.roster_tags AS tags, m.roster_paid_until AS paid_until,
        {_STORED_STATUS} AS status, {_chat_columns(scoped=False)},
        m.roster_role AS role_key, m.name_key
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
