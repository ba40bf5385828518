"""Who speaks in the chats: speakers (one identity on a platform) and remembered aliases.

A speaker is a platform ID (a WeChat wxid, a QQ number) or, in an export without IDs, a
display name (`speaker_key` "name:<display name>"). It may be linked to a member; its daily
counts (`chats.history`) stay under the speaker, so linking it later brings its whole
history to the member. An alias is a display name once seen for a linked speaker: a later
export whose sender has that name (and no known ID) is matched by it. This module owns the
`chat_speakers` and `chat_aliases` tables.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.storage.db import Database

NAME_PREFIX = "name:"


@dataclass(frozen=True, slots=True)
class Speaker:
    """A stored speaker and the member it is linked to (None: not linked)."""

    id: int
    platform: str
    key: str
    display_name: str
    member_id: int | None


@dataclass(frozen=True, slots=True)
class UnlinkedSpeaker:
    """A speaker not linked to any member, with what they said in the group."""

    id: int
    platform: str
    display_name: str
    platform_id: str | None
    messages: int
    last_day: str


def speaker_key(platform_id: str | None, display_name: str) -> str:
    """The key a sender is stored under: the platform ID, else "name:" + display name."""
    return platform_id if platform_id else NAME_PREFIX + display_name


def platform_id_of(key: str) -> str | None:
    """The platform ID a speaker key holds (None for a display-name key)."""
    return None if key.startswith(NAME_PREFIX) else key


def _json(values: Iterable[object]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def known_speakers(db: Database, platform: str, keys: Iterable[str]) -> dict[str, Speaker]:
    """The stored speakers among `keys` on a platform, by key."""
    rows = db.conn.execute(
        """SELECT id, platform, speaker_key, display_name, member_id FROM chat_speakers
           WHERE platform = ? AND speaker_key IN (SELECT value FROM json_each(?))""",
        (platform, _json(keys)),
    )
    return {row[2]: Speaker(*row) for row in rows}


def alias_members(db: Database, platform: str, names: Iterable[str]) -> dict[str, int]:
    """The member each display name among `names` was seen for on a platform."""
    rows = db.conn.execute(
        """SELECT display_name, member_id FROM chat_aliases
           WHERE platform = ? AND display_name IN (SELECT value FROM json_each(?))""",
        (platform, _json(names)),
    )
    return {str(name): int(member) for name, member in rows}


def members_by_platform_id(db: Database, platform: str, ids: Iterable[str]) -> dict[str, int]:
    """Members whose stored WeChat ID is one of `ids` (WeChat only), by that ID; an ID two
    members share is left out."""
    if platform != "wechat":
        return {}
    rows = db.conn.execute(
        """SELECT wechat_id, min(id) FROM members
           WHERE wechat_id IN (SELECT value FROM json_each(?))
           GROUP BY wechat_id HAVING count(*) = 1""",
        (_json(ids),),
    )
    return {str(wxid): int(member) for wxid, member in rows}


def save_speakers(
    conn: sqlite3.Connection, platform: str, speakers: Iterable[tuple[str, str, int | None]]
) -> dict[str, int]:
    """Store (key, display name, member or None) speakers inside the caller's transaction:
    a new display name replaces the old, a member given links the speaker (an existing link
    is kept when None is given). Returns the speaker id of each key."""
    rows = list(speakers)
    conn.executemany(
        """INSERT INTO chat_speakers (platform, speaker_key, display_name, member_id)
           VALUES (?, ?, ?, ?)
           ON CONFLICT (platform, speaker_key) DO UPDATE SET
               display_name = CASE excluded.display_name WHEN '' THEN display_name
                                  ELSE excluded.display_name END,
               member_id = coalesce(excluded.member_id, member_id)""",
        [(platform, key, name, member) for key, name, member in rows],
    )
    found = conn.execute(
        """SELECT speaker_key, id FROM chat_speakers
           WHERE platform = ? AND speaker_key IN (SELECT value FROM json_each(?))""",
        (platform, _json(key for key, _, _ in rows)),
    )
    return {str(key): int(sid) for key, sid in found}


def remember_aliases(
    conn: sqlite3.Connection, platform: str, aliases: Iterable[tuple[str, int]]
) -> None:
    """Remember (display name, member) pairs inside the caller's transaction; a name seen
    again for another member now stands for that one."""
    conn.executemany(
        """INSERT INTO chat_aliases (platform, display_name, member_id) VALUES (?, ?, ?)
           ON CONFLICT (platform, display_name) DO UPDATE SET member_id = excluded.member_id""",
        [(platform, name, member) for name, member in aliases if name],
    )


def link_speaker(db: Database, speaker_id: int, member_id: int | None) -> None:
    """Link a speaker to a member (None: unlink) in one transaction; their whole history
    counts for the member from now on, and their display name is remembered as an alias."""
    with db.transaction() as conn:
        found = conn.execute(
            "SELECT platform, display_name FROM chat_speakers WHERE id = ?", (speaker_id,)
        ).fetchone()
        if found is None:
            raise ValidationError(
                "speaker", msg("There is no chat speaker with id {id}.", id=speaker_id)
            )
        if member_id is not None and (
            conn.execute("SELECT 1 FROM members WHERE id = ?", (member_id,)).fetchone() is None
        ):
            raise ValidationError(
                "member", msg("There is no member with id {member_id}.", member_id=member_id)
            )
        conn.execute("UPDATE chat_speakers SET member_id = ? WHERE id = ?", (member_id, speaker_id))
        platform, name = found
        if member_id is None:
            conn.execute(
                "DELETE FROM chat_aliases WHERE platform = ? AND display_name = ?",
                (platform, name),
            )
        else:
            remember_aliases(conn, platform, [(name, member_id)])


def unlinked_speakers(db: Database, group_id: int) -> list[UnlinkedSpeaker]:
    """Speakers of a group's chats linked to no member, most messages first."""
    rows = db.conn.execute(
        """SELECT s.id, s.platform, s.display_name, s.speaker_key,
                  sum(d.messages), max(d.day)
           FROM chat_speaker_days d JOIN chat_speakers s ON s.id = d.speaker_id
           WHERE d.group_id = ? AND s.member_id IS NULL
           GROUP BY s.id ORDER BY sum(d.messages) DESC, s.display_name""",
        (group_id,),
    )
    return [
        UnlinkedSpeaker(sid, platform, name, platform_id_of(key), int(total), last)
        for sid, platform, name, key, total, last in rows
    ]


def move_links(conn: sqlite3.Connection, from_member: int, to_member: int) -> None:
    """Point the speakers and aliases of one member at another (members merged), inside
    the caller's transaction."""
    conn.execute(
        "UPDATE chat_speakers SET member_id = ? WHERE member_id = ?", (to_member, from_member)
    )
    conn.execute(
        "UPDATE chat_aliases SET member_id = ? WHERE member_id = ?", (to_member, from_member)
    )
