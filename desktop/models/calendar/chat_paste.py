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
# Guests a sign-up brings: "带一个朋友" / "帶2位朋友" (that many guests), "+1" (one guest),
# "×2" / "x2" and "2人" (two people in all: one guest). After NFKC "（2人）" is "(2人)".
_BRING = re.compile(
    r"[带帶]\s*([0-9一二两兩三四五六七八九十]*)\s*[个個位名]?\s*"
    r"(?:朋友|好友|家属|家屬|家人|同事|孩子|小孩|娃|伙伴|夥伴|闺蜜|閨蜜|老公|老婆|人)"
)
_PLUS = re.compile(r"\+\s*(\d{1,2})(?!\d)")
_TIMES = re.compile(r"(?:×|(?<![A-Za-z])[xX*])\s*(\d{1,2})(?!\d)")
_HEADS = re.compile(r"(?<!\d)(\d{1,2})\s*(?:人|位)")
_NUMERALS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5}
_NUMERALS.update({"六": 6, "七": 7, "八": 8, "九": 9, "十": 10})


class MatchKind(StrEnum):
    """How a pasted name was tied to a member."""

    NAME = "name"
    NICKNAME = "nickname"
    PINYIN = "pinyin"
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class PasteEntry:
    """One numbered line: its number, the name as written, a remark, and guests they bring."""

    number: int
    name: str
    remark: str
    line: int  # 1-based line in the paste
    guests: int = 0  # people they bring besides themselves ("+1", "带一个朋友", "(2人)")

    @property
    def heads(self) -> int:
        """How many people this line stands for: the member and their guests."""
        return 1 + self.guests


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
        for pattern in (_BRING, _PLUS, _TIMES):  # "Lily+1", "Lily×2", "Lily 带一个朋友"
            remarks.extend(m.group(0).strip() for m in pattern.finditer(body))
            body = pattern.sub(" ", body)
        tail = _TAIL.search(body)
        if tail is not None:
            remarks.append(tail.group(0).strip())
            body = body[: tail.start()]
        name = clean_name(body)
        if not name:
            other.append(raw.strip())
            continue
        guests = max((guests_in(remark) for remark in remarks), default=0)
        entries.append(PasteEntry(int(found.group(1)), name, "; ".join(remarks), number, guests))
    return ParsedPaste("\n".join(header), tuple(entries), tuple(other))


def guests_in(remark: str) -> int:
    """Guests a remark says someone brings: "带两个朋友" → 2, "+1" → 1, "×2" / "2人" → 1."""
    found = _BRING.search(remark)
    if found is not None:
        count = found.group(1)
        if not count:
            return 1
        return int(count) if count.isdigit() else _NUMERALS.get(count, 1)
    found = _PLUS.search(remark)
    if found is not None:
        return int(found.group(1))
    for pattern in (_TIMES, _HEADS):  # a count of people in all, the member included
        found = pattern.search(remark)
        if found is not None:
            return max(0, int(found.group(1)) - 1)
    return 0


def headcount(matches: Iterable[Match]) -> tuple[int, int]:
    """(people, guests) of the matched lines: each member once, with the guests they bring."""
    seen: dict[int, int] = {}
    for match in matches:
        mid = match.member_id
        if mid is not None:
            seen[mid] = max(seen.get(mid, 0), match.entry.guests)
    guests = sum(seen.values())
    return len(seen) + guests, guests


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
