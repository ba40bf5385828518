"""Chat history per group and day: messages per speaker, the messages already counted,
and which group each chat feeds.

Owns `chat_speaker_days` (messages per group, day and speaker), `chat_day_keys` (the
64-bit keys of the messages counted on a group's day, a sorted blob of 8-byte integers, so
a re-import or an overlapping export counts nothing twice) and `chat_sources` (the group
a chat, known by its platform ID or name, was imported into). Member-facing questions —
when did someone last speak, how much in the last 30 days, month by month — are answered
here from the speakers linked to them (`chats.speakers`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.models.core.common import iso
from desktop.models.storage.db import Database


@dataclass(frozen=True, slots=True)
class MonthCount:
    """Messages a member sent in one group in one month ("YYYY-MM")."""

    month: str
    group_id: int
    messages: int


def _json(values: Iterable[object]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


# ---- which group a chat feeds ---------------------------------------------------------


def group_for_chat(db: Database, platform: str, chat_key: str) -> int | None:
    """The group a chat was last imported into, or None."""
    found = db.conn.execute(
        "SELECT group_id FROM chat_sources WHERE platform = ? AND chat_key = ?",
        (platform, chat_key),
    ).fetchone()
    return None if found is None else int(found[0])


def remember_chat(
    conn: sqlite3.Connection, platform: str, chat_key: str, chat_name: str, group_id: int
) -> None:
    """Remember (inside the caller's transaction) that a chat feeds a group."""
    conn.execute(
        """INSERT INTO chat_sources (platform, chat_key, chat_name, group_id) VALUES (?, ?, ?, ?)
           ON CONFLICT (platform, chat_key) DO UPDATE SET
               chat_name = excluded.chat_name, group_id = excluded.group_id""",
        (platform, chat_key, chat_name, group_id),
    )


# ---- what was counted -----------------------------------------------------------------


def counted_keys(db: Database, group_id: int, days: Iterable[dt.date]) -> dict[dt.date, bytes]:
    """The keys of the messages already counted on these days of a group (sorted 8-byte
    unsigned integers, native byte order), for the days that have any."""
    rows = db.conn.execute(
        """SELECT day, keys FROM chat_day_keys
           WHERE group_id = ? AND day IN (SELECT value FROM json_each(?))""",
        (group_id, _json(iso(day) for day in days)),
    )
    return {dt.date.fromisoformat(day): bytes(keys) for day, keys in rows}


def store_counted_keys(
    conn: sqlite3.Connection, group_id: int, keys: Iterable[tuple[dt.date, bytes]]
) -> None:
    """Store (replace) the counted keys of these (day, blob)s, inside the caller's
    transaction; `keys` is read one day at a time."""
    conn.executemany(
        """INSERT INTO chat_day_keys (group_id, day, keys) VALUES (?, ?, ?)
           ON CONFLICT (group_id, day) DO UPDATE SET keys = excluded.keys""",
        ((group_id, iso(day), blob) for day, blob in keys),
    )


# The speakers' index of the daily counts, as the schema makes it (migrations v7).
_SPEAKER_INDEX = "chat_speaker_days_speaker"
_SPEAKER_INDEX_SQL = f"CREATE INDEX {_SPEAKER_INDEX} ON chat_speaker_days(speaker_id, day)"
# Counts of one day written per statement: one statement per count costs about as much
# again as the row itself (measured: 366,000 counts 0.88 s one by one, 0.52 s by 100).
ROWS_PER_STATEMENT = 100
_ADD_COUNTS = """INSERT INTO chat_speaker_days (group_id, day, speaker_id, messages) VALUES {}
    ON CONFLICT (group_id, day, speaker_id) DO UPDATE SET messages = messages + excluded.messages"""
_ADD_ONE = _ADD_COUNTS.format("(?1, ?2, ?3, ?4)")
_ADD_MANY = _ADD_COUNTS.format(", ".join(["(?1, ?2, ?, ?)"] * ROWS_PER_STATEMENT))


def add_speaker_days(
    conn: sqlite3.Connection,
    group_id: int,
    days: Iterable[tuple[dt.date, Sequence[int], Sequence[int]]],
    *,
    rows: int = 0,
) -> None:
    """Add each (day, speaker ids, their messages) to a group's history, inside the
    caller's transaction (counts of a day already stored add up; every count is above 0).

    `rows` says how many (day, speaker) counts are coming. The rows come day by day, but
    the speakers' index is ordered by speaker, so each row lands somewhere else in it;
    when more rows come than the table holds (a first import of a long chat), the index
    is built again after them instead, which is about three times faster. It is part of
    the same transaction: a rollback brings the old index back.
    """
    rebuild = rows > 0 and _fewer_rows_than(conn, rows)
    if rebuild:
        conn.execute(f"DROP INDEX {_SPEAKER_INDEX}")
    step = 2 * ROWS_PER_STATEMENT
    for day, speaker_ids, counts in days:
        text = iso(day)
        pairs = list(itertools.chain.from_iterable(zip(speaker_ids, counts, strict=True)))
        whole = len(pairs) - len(pairs) % step
        conn.executemany(
            _ADD_MANY, ((group_id, text, *pairs[at : at + step]) for at in range(0, whole, step))
        )
        rest = zip(pairs[whole::2], pairs[whole + 1 :: 2], strict=True)  # the last < 100
        conn.executemany(_ADD_ONE, ((group_id, text, speaker, n) for speaker, n in rest))
    if rebuild:
        conn.execute(_SPEAKER_INDEX_SQL)


def _fewer_rows_than(conn: sqlite3.Connection, rows: int) -> bool:
    """Whether the daily counts hold fewer than `rows` rows (counting at most that many)."""
    (held,) = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM chat_speaker_days LIMIT ?)", (rows,)
    ).fetchone()
    return int(held) < rows


def day_totals(
    conn: sqlite3.Connection, group_id: int, first: dt.date, last: dt.date
) -> dict[dt.date, tuple[int, int]]:
    """(messages, distinct speakers) per day of a group's chat history in a range."""
    rows = conn.execute(
        """SELECT day, sum(messages), count(*) FROM chat_speaker_days
           WHERE group_id = ? AND day BETWEEN ? AND ? GROUP BY day""",
        (group_id, iso(first), iso(last)),
    )
    return {dt.date.fromisoformat(day): (int(total), int(count)) for day, total, count in rows}


# ---- what members said ------------------------------------------------------------------


def _scope(group_id: int | None) -> str:
    return "" if group_id is None else " AND d.group_id = :g"


def last_spoke(db: Database, group_id: int | None = None) -> dict[int, dt.date]:
    """The last day each linked member spoke (in one group, or in any)."""
    rows = db.conn.execute(
        f"""SELECT s.member_id, max(d.day) FROM chat_speaker_days d
            JOIN chat_speakers s ON s.id = d.speaker_id
            WHERE s.member_id IS NOT NULL{_scope(group_id)} GROUP BY s.member_id""",
        {"g": group_id},
    )
    return {int(member): dt.date.fromisoformat(day) for member, day in rows}


def messages_between(
    db: Database, first: dt.date, last: dt.date, group_id: int | None = None
) -> dict[int, int]:
    """Messages each linked member sent in an inclusive day range (one group, or any)."""
    rows = db.conn.execute(
        f"""SELECT s.member_id, sum(d.messages) FROM chat_speaker_days d
            JOIN chat_speakers s ON s.id = d.speaker_id
            WHERE s.member_id IS NOT NULL AND d.day BETWEEN :first AND :last{_scope(group_id)}
            GROUP BY s.member_id""",
        {"g": group_id, "first": iso(first), "last": iso(last)},
    )
    return {int(member): int(total) for member, total in rows}


def monthly_messages(db: Database, member_id: int) -> list[MonthCount]:
    """A member's messages per group and month, oldest first."""
    rows = db.conn.execute(
        """SELECT substr(d.day, 1, 7), d.group_id, sum(d.messages) FROM chat_speaker_days d
           JOIN chat_speakers s ON s.id = d.speaker_id
           WHERE s.member_id = ? GROUP BY 1, 2 ORDER BY 1, 2""",
        (member_id,),
    )
    return [MonthCount(month, int(group), int(total)) for month, group, total in rows]


def speaker_keys_on(
    db: Database, group_id: int, days: Iterable[dt.date], platform: str
) -> dict[dt.date, set[str]]:
    """The keys of the speakers (of a platform) counted on these days of a group."""
    rows = db.conn.execute(
        """SELECT d.day, s.speaker_key FROM chat_speaker_days d
           JOIN chat_speakers s ON s.id = d.speaker_id
           WHERE d.group_id = ? AND s.platform = ?
           AND d.day IN (SELECT value FROM json_each(?))""",
        (group_id, platform, _json(iso(day) for day in days)),
    )
    found: dict[dt.date, set[str]] = {}
    for day, key in rows:
        found.setdefault(dt.date.fromisoformat(day), set()).add(str(key))
    return found


# ---- the roster's two chat columns ------------------------------------------------------

# Days counted by "messages in the last 30 days": today−29 … today.
RECENT_DAYS = 30


def recent_first_day(today: dt.date) -> dt.date:
    """The first day of the recent window ending today (today−29 for 30 days)."""
    return today - dt.timedelta(days=RECENT_DAYS - 1)


def member_chat_columns_sql(member: str, *, scoped: bool) -> tuple[str, str]:
    """SQL expressions of a member's last day spoken and messages in the recent window.

    For the roster's SELECT: `member` names the member id column; the expressions take the
    parameters `:chat_from` and `:chat_to` (`recent_first_day(today)`, today) and, when
    `scoped`, `:gid` (the one group counted; otherwise every group). A member who never
    spoke gets '' in both; one silent in the window gets '0' messages. Each is a
    correlated look-up on the speakers' (speaker, day) index, so a page of rows costs
    only its own members.
    """
    group = " AND group_id = :gid" if scoped else ""
    last = (
        "(SELECT max((SELECT max(day) FROM chat_speaker_days"
        f" WHERE speaker_id = s.id{group})) FROM chat_speakers s WHERE s.member_id = {member})"
    )
    recent = (
        "(SELECT sum(d.messages) FROM chat_speakers s JOIN chat_speaker_days d"
        f" ON d.speaker_id = s.id AND d.day BETWEEN :chat_from AND :chat_to"
        f"{group.replace('group_id', 'd.group_id')} WHERE s.member_id = {member})"
    )
    return (
        f"coalesce({last}, '')",
        f"CASE WHEN {last} IS NULL THEN '' ELSE CAST(coalesce({recent}, 0) AS TEXT) END",
    )


# ---- who spoke where, for the dashboard's nudges -----------------------------------------


def chat_spans(db: Database, group_id: int | None = None) -> dict[int, tuple[dt.date, dt.date]]:
    """The first and last day each group's chat history covers (one group, or every group
    that has any)."""
    where = "" if group_id is None else " WHERE group_id = :g"
    rows = db.conn.execute(
        f"SELECT group_id, min(day), max(day) FROM chat_day_keys{where} GROUP BY group_id",
        {"g": group_id},
    )
    return {
        int(group): (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
        for group, first, last in rows
    }


def last_spoke_of(db: Database, member_ids: Iterable[int]) -> dict[tuple[int, int], dt.date]:
    """The last day each of these members spoke, by (group, member)."""
    rows = db.conn.execute(
        """SELECT d.group_id, s.member_id, max(d.day) FROM chat_speakers s
           JOIN chat_speaker_days d ON d.speaker_id = s.id
           WHERE s.member_id IN (SELECT value FROM json_each(?)) GROUP BY 1, 2""",
        (_json(member_ids),),
    )
    return {(int(g), int(m)): dt.date.fromisoformat(day) for g, m, day in rows}


def days_spoken_of(
    db: Database, member_ids: Iterable[int], first: dt.date, last: dt.date
) -> dict[tuple[int, int], list[dt.date]]:
    """The days in an inclusive range each of these members spoke, by (group, member)."""
    rows = db.conn.execute(
        """SELECT DISTINCT d.group_id, s.member_id, d.day FROM chat_speakers s
           JOIN chat_speaker_days d ON d.speaker_id = s.id AND d.day BETWEEN ? AND ?
           WHERE s.member_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2, 3""",
        (iso(first), iso(last), _json(member_ids)),
    )
    found: dict[tuple[int, int], list[dt.date]] = {}
    for group, member, day in rows:
        found.setdefault((int(group), int(member)), []).append(dt.date.fromisoformat(day))
    return found


@dataclass(frozen=True, slots=True)
class MonthlyStrip:
    """A member's messages per month over the last months, per group spoken in.

    `months` are "YYYY-MM", oldest first, ending with today's month; `counts` holds, for
    each group the member spoke in during them, one count per month.
    """

    months: list[str]
    counts: dict[int, list[int]]


def monthly_strip(db: Database, member_id: int, today: dt.date, months: int = 12) -> MonthlyStrip:
    """A member's messages per group in each of the last `months` months (this one last)."""
    keys = []
    year, month = today.year, today.month
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    keys.reverse()
    position = {key: n for n, key in enumerate(keys)}
    counts: dict[int, list[int]] = {}
    for row in monthly_messages(db, member_id):
        n = position.get(row.month)
        if n is not None:
            counts.setdefault(row.group_id, [0] * months)[n] += row.messages
    return MonthlyStrip(keys, counts)
