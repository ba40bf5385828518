"""Search keys for members: the text plus its pinyin, computed once at write time."""

from __future__ import annotations

import re
from functools import lru_cache

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
    # pypinyin's dictionaries take ~50 MB and a noticeable moment to load: only on first use.
    from pypinyin import Style, lazy_pinyin, pinyin

    readings: list[str] = []

    def add(syllables: list[str]) -> None:
        full = "".join(syllables).lower()
        initials = "".join(s[0] for s in syllables if s).lower()
        for key in (full, initials):
            if key and key not in readings:
                readings.append(key)

    context = lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
    add(context)
    alternatives = pinyin(text, style=Style.NORMAL, heteronym=True, errors="ignore")
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
