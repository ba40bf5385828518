"""接龙 / 打卡 pastes from the chat: numbered names, matched to a group's members offline."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.models.members.queries import current_members
from desktop.models.members.search import pinyin_readings
from desktop.models.storage.db import Database

# "1. 张三", "1、张三", "1)张三", "(1) 张三", "１．张三", "1 张三"; after NFKC, full-width
# digits and brackets are ASCII, while 、 and ． stay as they are.
_NUMBERED = re.compile(r"^\(?(\d{1,4})\s*(?:[.．、,，):：]|\s)\s*(.*)$")
_REMARK = re.compile(r"[(\[【（〔「](.*?)[)\]】）〕」]")
# Trailing notes people add after a name: "第5天", "+1", "2人", "×2", "已打卡".
_TAIL = re.compile(r"\s+(?=\S*(?:\d|第|已|打卡|报名|\+))\S.*$")
_SPACES = re.compile(r"\s+")


class MatchKind(StrEnum):
    """How a pasted name was tied to a member."""

    NAME = "name"
    NICKNAME = "nickname"
    PINYIN = "pinyin"
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class PasteEntry:
    """One numbered line: its number, the name as written, and a remark if any."""

    number: int
    name: str
    remark: str
    line: int  # 1-based line in the paste


@dataclass(frozen=True, slots=True)
class ParsedPaste:
    """The header line(s), the numbered entries, and lines that were neither."""

    header: str
    entries: tuple[PasteEntry, ...]
    other_lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A member a pasted name may stand for."""

    member_id: int
    name: str
    nickname: str


@dataclass(frozen=True, slots=True)
class Match:
    """A pasted entry and what it matched: one member, several, or none."""

    entry: PasteEntry
    kind: MatchKind
    candidates: tuple[Candidate, ...]

    @property
    def member_id(self) -> int | None:
        """The member when the match is unique."""
        if self.kind in (MatchKind.AMBIGUOUS, MatchKind.UNKNOWN):
            return None
        return self.candidates[0].member_id


def clean_name(text: str) -> str:
    """A name without emoji, symbols and outer spaces: "🌸小雪 " → "小雪"."""
    kept = [
        ch
        for ch in unicodedata.normalize("NFKC", text)
        if unicodedata.category(ch)[0] in "LNZ" or ch in "·._-'"
    ]
    return _SPACES.sub(" ", "".join(kept)).strip(" ·._-'")


def parse_paste(text: str) -> ParsedPaste:
    """Split a pasted 接龙 or 打卡 message into header, numbered entries and other lines."""
    header: list[str] = []
    entries: list[PasteEntry] = []
    other: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = unicodedata.normalize("NFKC", raw).strip()
        if not line:
            continue
        found = _NUMBERED.match(line)
        # a list starts at 1, so "11.23 周六读书会" before it is the header, not entry 11
        starts_list = found is not None and (entries or int(found.group(1)) <= 1)
        if found is None or not starts_list or not found.group(2).strip():
            (other if entries else header).append(raw.strip())
            continue
        body = found.group(2)
        remarks = [r.strip() for r in _REMARK.findall(body) if r.strip()]
        body = _REMARK.sub(" ", body)
        tail = _TAIL.search(body)
        if tail is not None:
            remarks.append(tail.group(0).strip())
            body = body[: tail.start()]
        name = clean_name(body)
        if not name:
            other.append(raw.strip())
            continue
        entries.append(PasteEntry(int(found.group(1)), name, "; ".join(remarks), number))
    return ParsedPaste("\n".join(header), tuple(entries), tuple(other))


def group_candidates(db: Database, group_id: int) -> list[Candidate]:
    """The group's current members, as paste candidates."""
    return [Candidate(*row) for row in current_members(db, group_id)]


def match_entries(entries: Sequence[PasteEntry], members: Iterable[Candidate]) -> list[Match]:
    """Tie each entry to members: exact name, then nickname, then pinyin; else ambiguous/unknown.

    A step that finds several members stops there as ambiguous, so a name shared by two
    members is never guessed.
    """
    by_name: dict[str, list[Candidate]] = {}
    by_nick: dict[str, list[Candidate]] = {}
    by_pinyin: dict[str, list[Candidate]] = {}
    for member in members:
        name = clean_name(member.name).lower()
        nick = clean_name(member.nickname).lower()
        by_name.setdefault(name, []).append(member)
        if nick:
            by_nick.setdefault(nick, []).append(member)
        readings = {_full_pinyin(name)} | {_full_pinyin(nick)} if nick else {_full_pinyin(name)}
        for reading in readings:
            if reading:
                by_pinyin.setdefault(reading, []).append(member)
    matches: list[Match] = []
    for entry in entries:
        key = entry.name.lower()
        match = None
        for kind, table, lookup in (
            (MatchKind.NAME, by_name, key),
            (MatchKind.NICKNAME, by_nick, key),
            (MatchKind.PINYIN, by_pinyin, _full_pinyin(key)),
        ):
            found = _unique(table.get(lookup, []))
            if len(found) == 1:
                match = Match(entry, kind, tuple(found))
            elif found:
                match = Match(entry, MatchKind.AMBIGUOUS, tuple(found))
            if match is not None:
                break
        matches.append(match or Match(entry, MatchKind.UNKNOWN, ()))
    return matches


def match_paste(db: Database, group_id: int, text: str) -> tuple[ParsedPaste, list[Match]]:
    """Parse a paste and match it against the group's current members (nothing is written)."""
    parsed = parse_paste(text)
    return parsed, match_entries(parsed.entries, group_candidates(db, group_id))


def _full_pinyin(text: str) -> str:
    """Toneless pinyin without spaces ("小雪" → "xiaoxue"); Latin text as it is, lowercased."""
    if not text:
        return ""
    if not any("\u3400" <= ch <= "\u9fff" for ch in text):
        return text.replace(" ", "").lower()
    readings = pinyin_readings(text)
    if readings:
        return readings[0]
    from pypinyin import Style, lazy_pinyin  # its dictionaries load slowly: on first use only

    return "".join(lazy_pinyin(text, style=Style.NORMAL))


def _unique(found: list[Candidate]) -> list[Candidate]:
    seen: dict[int, Candidate] = {}
    for c in found:
        seen.setdefault(c.member_id, c)
    return list(seen.values())
