"""Who is who in a chat: senders and the people notices name, matched to members.

A sender is matched by platform ID first (a speaker already linked, or a member whose
stored WeChat ID it is), then by a display name seen before (remembered aliases:
nicknames change), then by exact name or nickname, then by pinyin — among the group's
members (past ones too), and for exact names among everyone. A name two members share is
never guessed: it is ambiguous, listed for the owner to decide.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.models.calendar.chat_paste import (
    Candidate,
    Match,
    MatchKind,
    PasteEntry,
    clean_name,
    match_entries,
)
from desktop.models.chats.speakers import (
    alias_members,
    known_speakers,
    members_by_platform_id,
)
from desktop.models.members.members import members_named
from desktop.models.storage.db import Database


class How(StrEnum):
    """How a sender or a named person was tied to a member."""

    LINKED = "linked"  # the speaker was linked before
    PLATFORM_ID = "platform_id"  # the member's stored WeChat ID
    ALIAS = "alias"  # a display name seen before
    NAME = "name"
    NICKNAME = "nickname"
    PINYIN = "pinyin"
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"


_FROM_PASTE = {
    MatchKind.NAME: How.NAME,
    MatchKind.NICKNAME: How.NICKNAME,
    MatchKind.PINYIN: How.PINYIN,
    MatchKind.AMBIGUOUS: How.AMBIGUOUS,
    MatchKind.UNKNOWN: How.UNKNOWN,
}


@dataclass(frozen=True, slots=True)
class Found:
    """A member found for a name (or several, or none) and how."""

    how: How
    member_id: int | None
    candidates: tuple[Candidate, ...] = ()

    @property
    def matched(self) -> bool:
        """Whether exactly one member was found."""
        return self.member_id is not None


UNKNOWN = Found(How.UNKNOWN, None)


def group_candidates(db: Database, group_id: int) -> list[Candidate]:
    """Everyone who has been a member of the group (past members too)."""
    rows = db.conn.execute(
        """SELECT m.id, m.name, m.nickname FROM members m
           WHERE m.id IN (SELECT member_id FROM memberships WHERE group_id = ?)
           ORDER BY m.id""",
        (group_id,),
    )
    return [Candidate(int(mid), str(name), str(nick)) for mid, name, nick in rows]


class Matcher:
    """Matches senders and named people of one chat to members (read once, asked often)."""

    def __init__(self, db: Database, platform: str, group_id: int | None) -> None:
        self.db = db
        self.platform = platform
        self.candidates = group_candidates(db, group_id) if group_id is not None else []
        self._names = {c.member_id: c for c in self.candidates}

    def senders(self, keys: Sequence[tuple[str, str | None, Sequence[str]]]) -> list[Found]:
        """A `Found` per (speaker key, platform ID, display names latest first)."""
        stored = known_speakers(self.db, self.platform, [key for key, _, _ in keys])
        by_id = members_by_platform_id(self.db, self.platform, [i for _, i, _ in keys if i])
        aliases = alias_members(self.db, self.platform, {n for _, _, names in keys for n in names})
        found: list[Found] = []
        pending: list[tuple[int, str]] = []  # (sender, name): every name seen, latest first
        for at, (key, platform_id, names) in enumerate(keys):
            speaker = stored.get(key)
            if speaker is not None and speaker.member_id is not None:
                found.append(Found(How.LINKED, speaker.member_id))
            elif platform_id and platform_id in by_id:
                found.append(Found(How.PLATFORM_ID, by_id[platform_id]))
            elif any(name in aliases for name in names):
                found.append(Found(How.ALIAS, next(aliases[n] for n in names if n in aliases)))
            else:
                found.append(UNKNOWN)
                pending += [(at, name) for name in names]
        decided: set[int] = set()
        for (at, _), result in zip(pending, self.names([n for _, n in pending]), strict=True):
            # the first name (latest first) that finds someone; an ambiguous one is kept
            # unless a later name finds exactly one
            if at in decided or result.how is How.UNKNOWN:
                continue
            found[at] = result
            if result.matched:
                decided.add(at)
        return found

    def names(self, names: Iterable[str]) -> list[Found]:
        """A `Found` per name (an alias, then exact name, nickname, pinyin)."""
        wanted = list(names)
        aliases = alias_members(self.db, self.platform, wanted)
        entries = [PasteEntry(0, clean_name(name) or name, "", 0) for name in wanted]
        # with no members to compare, no name or pinyin is worth working out
        matches = (
            match_entries(entries, self.candidates)
            if self.candidates
            else [Match(entry, MatchKind.UNKNOWN, ()) for entry in entries]
        )
        found: list[Found] = []
        for name, match in zip(wanted, matches, strict=True):
            if name in aliases:
                found.append(Found(How.ALIAS, aliases[name]))
            elif match.kind is MatchKind.UNKNOWN:
                everyone = members_named(self.db, clean_name(name) or name)
                if len(everyone) == 1:
                    found.append(Found(How.NAME, everyone[0]))
                elif everyone:
                    found.append(Found(How.AMBIGUOUS, None))
                else:
                    found.append(UNKNOWN)
            else:
                found.append(Found(_FROM_PASTE[match.kind], match.member_id, match.candidates))
        return found
