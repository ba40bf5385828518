"""Members written in bulk (an import): members, tags, memberships and roles by executemany.

`bulk_insert` gets the tables ready for a big write (indexes and the roster summary's
triggers out of the way, a bigger page cache) and yields a `MemberWriter`, which inserts
`PlannedMember` rows chunk by chunk with ids chosen up front; on leaving, the indexes,
triggers and the dashboard's per-day totals are rebuilt. Run it inside a transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import operator
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple, cast

from desktop.models.core.codes import ROLE_RANK
from desktop.models.core.common import STAMP_FORMAT
from desktop.models.storage.derived import refresh_dashboard_days


class PlannedMember(NamedTuple):
    """A valid row, ready to store: the `members` columns, tags and memberships.

    A named tuple rather than a frozen dataclass: a plan holds 100,000 of them and
    these are several times quicker to make.
    """

    row: int
    member: Mapping[str, object]  # the `members` columns, as drafts.validated_member_row gives them
    tags: tuple[str, ...]
    groups: tuple[str, ...]  # group keys (casefolded names)
    joined: dt.date
    role: str
    paid_until: dt.date | None
    referrer_id: int | None = None  # an existing member
    referrer_index: int | None = None  # another planned member (index in ImportPlan.rows)


_MEMBER_COLUMNS = (
    "name", "nickname", "wechat_id", "phone", "email", "referrer_id", "referrer_text",
    "notes", "search_key", "name_key",
)  # fmt: skip
# The roster summary (migration v4) of a new member, written with the row while the
# summary triggers are paused: recomputing it per inserted membership, role and tag
# would cost more than the rest of the write.
_SUMMARY_COLUMNS = (
    "roster_joined", "roster_paid_until", "roster_paid_due", "roster_open", "roster_role",
    "roster_groups", "roster_tags",
)  # fmt: skip
_ROLE_KEYS = {role.value: f"{rank}:{role.value}" for role, rank in ROLE_RANK.items()}


def earliest_joined(rows: Iterable[PlannedMember]) -> dict[str, dt.date]:
    """The earliest joined day of each group the rows name, in one pass."""
    earliest: dict[str, dt.date] = {}
    for p in rows:
        for key in p.groups:
            if key not in earliest or p.joined < earliest[key]:
                earliest[key] = p.joined
    return earliest


class MemberWriter:
    """Inserts planned members chunk by chunk with ids chosen up front.

    Ids are known before writing, so a member can point at a referrer further down the
    file and each chunk is four `executemany` calls (far quicker than row by row).
    """

    _INSERT_MEMBER = (
        f"INSERT INTO members (id, {', '.join(_MEMBER_COLUMNS)}, created_at, "
        f"{', '.join(_SUMMARY_COLUMNS)}) "
        f"VALUES ({', '.join('?' * (len(_MEMBER_COLUMNS) + len(_SUMMARY_COLUMNS) + 2))})"
    )

    def __init__(
        self, conn: sqlite3.Connection, group_ids: Mapping[str, int], created: dt.datetime
    ) -> None:
        self.conn = conn
        self.group_ids = group_ids
        # as create_member stamps a new member: the import's day, the time now
        self.created_at = created.strftime(STAMP_FORMAT)
        self.first_member, self.first_membership, first_role = (
            int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) + 1
            for table in ("members", "memberships", "role_history")
        )
        self.next_member = self.first_member
        self.next_membership = self.first_membership
        self.next_role = first_role
        # (name, paid group) by id, for the roster summary written with each member
        self.groups: dict[int, tuple[str, bool]] = {
            int(gid): (str(name), bool(fee > 0))
            for gid, name, fee in conn.execute("SELECT id, name, fee_minor FROM groups")
        }
        self.summaries: dict[tuple[tuple[str, ...], str, str | None, str], tuple[object, ...]] = {}
        self.pick_columns = cast(
            Callable[[Mapping[str, object]], tuple[object, ...]],
            operator.itemgetter(*_MEMBER_COLUMNS),
        )
        self.referrer_at = _MEMBER_COLUMNS.index("referrer_id")
        self.referrer_text_at = _MEMBER_COLUMNS.index("referrer_text")
        # (referrer id, member id) of the links written once every member is in
        self.forward: list[tuple[int, int]] = []
        self.tags_text: dict[tuple[str, ...], str] = {}

    def write(self, rows: Sequence[PlannedMember]) -> None:
        """Insert a chunk of planned members, with their tags, memberships and roles.

        Built column by column: the dates, roster summaries and tags texts repeat down a
        file, so each distinct one is made once.
        """
        first = self.next_member
        ids = range(first, first + len(rows))
        self.next_member += len(rows)
        values = list(map(self.pick_columns, map(_MEMBER, rows)))
        for at, p in enumerate(rows):
            if p.referrer_index is not None or p.referrer_id is not None:
                values[at] = self.linked(first + at, p, values[at])
        joined = cast(list[str], _iso_days(list(map(_JOINED, rows))))  # every row has one
        paid = _iso_days(list(map(_PAID_UNTIL, rows)))
        groups, role_codes, tag_lists = (list(map(pick, rows)) for pick in _GROUPS_ROLES_TAGS)
        wanted = list(zip(groups, joined, paid, role_codes, strict=True))
        for key in set(wanted) - self.summaries.keys():
            self.summary(*key)
        for found in set(tag_lists) - self.tags_text.keys():
            self.tags_of(found)
        created = self.created_at
        members = [
            (member_id, *columns, created, *summary, tags_text)
            for member_id, columns, summary, tags_text in zip(
                ids,
                values,
                map(self.summaries.__getitem__, wanted),
                map(self.tags_text.__getitem__, tag_lists),
                strict=True,
            )
        ]
        tags = [
            (member_id, tag)
            for member_id, found in zip(ids, tag_lists, strict=True)
            for tag in found
        ]
        memberships: list[tuple[object, ...]] = []
        roles: list[tuple[int, int, str, str]] = []
        for member_id, keys, day, paid_day, role in zip(
            ids, groups, joined, paid, role_codes, strict=True
        ):
            for key in keys:
                membership_id = self.next_membership
                memberships.append((membership_id, member_id, self.group_ids[key], day, paid_day))
                roles.append((self.next_role, membership_id, role, day))
                self.next_membership += 1
                self.next_role += 1
        conn = self.conn
        conn.executemany(self._INSERT_MEMBER, members)
        conn.executemany("INSERT INTO member_tags (member_id, tag) VALUES (?, ?)", tags)
        conn.executemany(
            "INSERT INTO memberships (id, member_id, group_id, joined_on, paid_until) "
            "VALUES (?, ?, ?, ?, ?)",
            memberships,
        )
        conn.executemany(
            "INSERT INTO role_history (id, membership_id, role, since) VALUES (?, ?, ?, ?)",
            roles,
        )

    def linked(
        self, member_id: int, p: PlannedMember, values: tuple[object, ...]
    ) -> tuple[object, ...]:
        """The member columns with the referrer linked (the link replaces the name, as on
        edit). A referrer further down the file is linked after every row is in: with a
        link pending, SQLite would look for rows pointing at each new member (a table scan
        while the indexes are dropped), which grows with the square of the file."""
        if p.referrer_index is not None:
            referrer = self.first_member + p.referrer_index
            if referrer > member_id:
                self.forward.append((referrer, member_id))
                referrer_id: int | None = None
            else:
                referrer_id = referrer
        else:
            referrer_id = p.referrer_id
        row = list(values)
        row[self.referrer_at] = referrer_id
        row[self.referrer_text_at] = ""
        return tuple(row)

    def link_forward(self) -> None:
        """Link the referrers that come later in the file than the members they referred."""
        self.conn.executemany("UPDATE members SET referrer_id = ? WHERE id = ?", self.forward)
        self.forward.clear()

    def summary(
        self, keys: tuple[str, ...], joined: str, paid: str | None, role: str
    ) -> tuple[object, ...]:
        """The stored roster summary of a new member in these groups (as the triggers
        compute it): rows repeat the same groups, dates and role, so each is built once."""
        wanted = (keys, joined, paid, role)
        found = self.summaries.get(wanted)
        if found is None:
            if not keys:
                found = ("", "", "", 0, "", "")
            else:
                groups = [self.groups[self.group_ids[key]] for key in keys]
                due = paid if paid is not None and any(fee for _n, fee in groups) else None
                found = (
                    joined,
                    paid or "",
                    due or "",
                    1,
                    _ROLE_KEYS.get(role) or f"{len(ROLE_RANK)}:{role}",
                    "、".join(name for name, _fee in groups),
                )
            self.summaries[wanted] = found
        return found

    def tags_of(self, tags: tuple[str, ...]) -> str:
        """The tags text as `group_concat` over member_tags (in tag order) gives it."""
        found = self.tags_text.get(tags)
        if found is None:
            found = self.tags_text[tags] = ", ".join(sorted(tags))
        return found


# The fields of a PlannedMember, picked from a chunk's rows in one C call each.
_MEMBER = operator.itemgetter(PlannedMember._fields.index("member"))
_JOINED = operator.itemgetter(PlannedMember._fields.index("joined"))
_PAID_UNTIL = operator.itemgetter(PlannedMember._fields.index("paid_until"))
_GROUPS_ROLES_TAGS = tuple(
    operator.itemgetter(PlannedMember._fields.index(name)) for name in ("groups", "role", "tags")
)


def _iso_days(days: list[dt.date | None]) -> list[str | None]:
    """The days as ISO text (None stays None), each distinct day written once."""
    text = {day: None if day is None else day.isoformat() for day in set(days)}
    return list(map(text.__getitem__, days))


IMPORT_TABLES = ("members", "member_tags", "memberships", "role_history")
# The page cache (KiB) while an import writes and indexes: the new rows stay in memory
# until the commit instead of spilling early, and each index is built from memory.
IMPORT_CACHE_KIB = 128 * 1024


@contextlib.contextmanager
def bigger_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """A larger page cache for the duration, then the connection's own size again."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


def drop_paused_triggers(conn: sqlite3.Connection) -> list[str]:
    """Drop the triggers that stand still while roster_summary_paused has its row (the
    roster summary's, which the writer fills itself) on the tables an import fills;
    return the SQL that recreates them."""
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND sql LIKE '%roster_summary_paused%' "
        "AND tbl_name IN (SELECT value FROM json_each(?))",
        (json.dumps(IMPORT_TABLES),),
    ).fetchall()
    for name, _sql in found:
        conn.execute(f'DROP TRIGGER "{name}"')
    return [str(sql) for _name, sql in found]


def drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the indexes of the tables an import fills; return the SQL that recreates them."""
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN (SELECT value FROM json_each(?))",
        (json.dumps(IMPORT_TABLES),),
    ).fetchall()
    for name, _sql in found:
        conn.execute(f'DROP INDEX "{name}"')
    return [str(sql) for _name, sql in found]


@contextlib.contextmanager
def bulk_insert(
    conn: sqlite3.Connection, total: int, group_ids: Mapping[str, int], created: dt.datetime
) -> Iterator[MemberWriter]:
    """A writer for `total` new members, with the tables made ready for a big write; on
    leaving (without an error) the links, indexes, triggers and day totals are made whole.

    `group_ids` maps the group keys of the rows to ids; `created` stamps the new members.
    """
    # Members may name a referrer further down the file: check the links at commit.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    # Building an index once at the end beats growing it row by row when the import
    # is bigger than what the tables hold (measured: about a third off the write).
    existing = int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
    rebuild = drop_indexes(conn) if total > existing else []
    conn.execute("INSERT INTO roster_summary_paused (one) VALUES (1)")
    # Paused, the summary triggers still run their WHEN test per inserted row (about
    # a sixth of the inserts' time): out of the way until the end, as the indexes.
    rebuild.extend(drop_paused_triggers(conn))
    writer = MemberWriter(conn, group_ids, created)
    with bigger_cache(conn):
        yield writer
        writer.link_forward()
        conn.execute("DELETE FROM roster_summary_paused")
        for sql in rebuild:
            conn.execute(sql)  # a unique index that no longer holds fails here: rollback
        # the dashboard's per-day totals, whose triggers were out of the way too
        refresh_dashboard_days(conn, writer.first_membership)
