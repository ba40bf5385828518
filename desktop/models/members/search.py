"""Search keys for members: the text plus its pinyin, computed once at write time."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import cast

# Polyphonic names multiply quickly (曾 zeng/ceng, 单 shan/dan, 乐 le/yue); beyond this
# many readings per name (each as full pinyin and initials) the rest are dropped.
MAX_READINGS = 12
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NON_DIGIT = re.compile(r"\D+")


@lru_cache(maxsize=65536)
def pinyin_readings(text: str) -> tuple[str, ...]:
    """Full pinyin and initials of `text` (context reading first, then other readings)."""
    if not text or not _CJK.search(text):
        return ()
    readings: list[str] = []
    fast = _single_characters(text)

    def add(syllables: list[str]) -> None:
        full = "".join(syllables).lower()
        initials = "".join(s[0] for s in syllables if s).lower()
        for key in (full, initials):
            if key and key not in readings:
                readings.append(key)

    if fast is not None:
        alternatives = fast
        context = [options[0] for options in fast]
    else:
        # pypinyin's dictionaries take ~50 MB and a moment to load: only on first use.
        from pypinyin import Style, lazy_pinyin, pinyin

        context = lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
        alternatives = pinyin(text, style=Style.NORMAL, heteronym=True, errors="ignore")
    add(context)
    if len(alternatives) != len(context):  # mixed scripts: positions don't line up
        return tuple(readings)
    # Vary one character at a time through all its readings: this covers a polyphonic
    # surname (单 dan/shan/chan) without multiplying every character's readings together.
    for position, options in enumerate(alternatives):
        for option in options:
            if len(readings) >= 2 * MAX_READINGS:
                return tuple(readings)
            add([*context[:position], option, *context[position + 1 :]])
    return tuple(readings)


def _single_characters(text: str) -> list[list[str]] | None:
    """Each character's readings, when pypinyin would read `text` character by character.

    That is when every character is Chinese with a reading and no two or more of them in
    a row form a word of pypinyin's phrase dictionary (most names): the readings then come
    from a per-character cache, ten times faster than segmenting each name (an import of
    100,000 members has tens of thousands of distinct names). None: use pypinyin itself.
    Characters around one run of Chinese that pypinyin has no reading for (🌙小玲, Tony张)
    are left out, as pypinyin leaves them out.
    """
    if not _ALL_CJK.fullmatch(text):
        runs = _ALL_CJK.findall(text)
        if len(runs) != 1 or len(text) > 4 * _FAST_MAX:
            return None
        readable = _readable()
        if any(ord(ch) in readable for ch in text.replace(runs[0], "", 1)):
            return None
        text = runs[0]
    if len(text) > _FAST_MAX:
        return None
    phrases = _phrases()
    size = len(text)
    for start in range(size - 1):
        for end in range(start + 2, size + 1):
            if text[start:end] in phrases:
                return None
    found = [_char_options(ch) for ch in text]
    return None if any(not options for options in found) else found


_FAST_MAX = 6
_ALL_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=1)
def _phrases() -> Mapping[str, object]:
    from pypinyin.constants import PHRASES_DICT

    return cast(Mapping[str, object], PHRASES_DICT)


@lru_cache(maxsize=1)
def _readable() -> Mapping[int, object]:
    """The code points pypinyin has a reading for."""
    from pypinyin.pinyin_dict import pinyin_dict

    return cast(Mapping[int, object], pinyin_dict)


def load_readings() -> None:
    """Load pypinyin's dictionaries now (a moment, once per process), so the first
    `pinyin_readings` doesn't wait for them; safe to call from another thread, e.g.
    while a file is read."""
    _phrases()
    _readable()
    _char_options("一")


@cache  # bounded by the characters in use (a few thousand)
def _char_options(char: str) -> list[str]:
    """A character's toneless readings, commonest first, as pypinyin gives them."""
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    return list(found[0]) if found else []


def member_search_key(
    name: str,
    nickname: str = "",
    wechat_id: str = "",
    phone: str = "",
    tags: str = "",
    notes: str = "",
) -> str:
    """One lowercase string a substring search can match against (pinyin included)."""
    parts = [name, nickname, wechat_id, _NON_DIGIT.sub("", phone), tags, notes]
    parts.extend(pinyin_readings(name))
    parts.extend(pinyin_readings(nickname))
    # The unit separator keeps a query from matching across two fields.
    return "\x1f".join(p.strip().lower() for p in parts if p and p.strip())


# Separates a name's sort text from the name itself, which breaks ties between names that
# read alike (张 and 章 are both "zhang"); below every printable character, so a shorter
# reading sorts first (张 "zhang" before 张三 "zhangsan").
_SORT_TIE = "\x01"
# Surnames read differently from the character's commonest reading (曾 ceng → zeng).
_SURNAMES = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao",
    "查": "zha", "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "种": "chong",
    "翟": "zhai", "尉": "yu", "长": "zhang", "重": "chong", "万": "wan",
}  # fmt: skip


class _SortReadings(dict[int, str | int | None]):
    """A `str.translate` table: a Chinese character to its commonest toneless reading,
    whitespace to nothing, anything else to itself; each filled on first sight."""

    def __missing__(self, code: int) -> str | int | None:
        char = chr(code)
        found: str | int | None = code
        if char.isspace():
            found = None
        elif _CJK.match(char):
            from pypinyin import Style, lazy_pinyin

            reading = "".join(lazy_pinyin(char, style=Style.NORMAL, errors="ignore"))
            # one syllable each: 陈静 "chen jing " sorts before 程 "cheng " as in a dictionary
            found = f"{reading.lower()} " if reading else code
        self[code] = found
        return found


_SORT_READINGS = _SortReadings()


@lru_cache(maxsize=65536)
def name_sort_key(name: str) -> str:
    """The text a name sorts by: Chinese as pinyin among Latin letters (张三 → "zhang san ").

    Each character is read on its own (its commonest reading, a first character as a
    surname), so the key costs a dict look-up per character; each syllable ends in a
    space, so 陈 chen sorts before 程 cheng; case and the name's own spaces don't count.
    Stored in `members.name_key` at write time and compared as UTF-8 bytes.
    """
    text = name.casefold().lstrip()
    surname = _SURNAMES.get(text[:1])
    if surname is not None:
        text = f"{surname} {text[1:].translate(_SORT_READINGS)}"
    else:
        text = text.translate(_SORT_READINGS)
    return f"{text}{_SORT_TIE}{name}"
