"""Text helpers of the exporter: rules in words and column widths (masking: contact_scan)."""

from __future__ import annotations

import re
import unicodedata

from desktop.models.calendar.recurrence import rule_parts

NAME_MASK = "**"


def mask_name(name: str) -> str:
    """A person's name or nickname as its first character and two stars: 王小明 → 王**.

    The stars have a fixed width, so the mask does not tell how long the name was; a name
    of one character shows nothing of itself.
    """
    clean = name.strip()
    if not clean:
        return ""
    return (clean[:1] if len(clean) >= 2 else "") + NAME_MASK


# ---- recurrence rules in words --------------------------------------------------------------

_DAYS = {
    "MO": ("一", "Mon"),
    "TU": ("二", "Tue"),
    "WE": ("三", "Wed"),
    "TH": ("四", "Thu"),
    "FR": ("五", "Fri"),
    "SA": ("六", "Sat"),
    "SU": ("日", "Sun"),
}
_FREQ = {
    "DAILY": ("天", "day", "Daily"),
    "WEEKLY": ("周", "week", "Weekly"),
    "MONTHLY": ("月", "month", "Monthly"),
    "YEARLY": ("年", "year", "Yearly"),
}
_BYDAY = re.compile(r"([+-]?\d+)?([A-Z]{2})")


def _ordinal_en(n: int) -> str:
    if n == -1:
        return "last "
    if n < 0:
        return f"{_ordinal_en(-n).strip()}-to-last "
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} "


def _day_text(token: str, zh: bool, *, monthly: bool) -> str:
    found = _BYDAY.fullmatch(token.strip())
    if found is None or found.group(2) not in _DAYS:
        return token
    n = int(found.group(1)) if found.group(1) else 0
    zh_day, en_day = _DAYS[found.group(2)]
    if zh:
        if not n:
            return ("周" if monthly else "") + zh_day
        which = "最后一个" if n == -1 else (f"倒数第{-n}个" if n < 0 else f"第{n}个")
        return f"{which}周{zh_day}"
    return f"{_ordinal_en(n) if n else ''}{en_day}"


def describe_rule(rule: str | None, lang: str) -> str:  # noqa: PLR0912 -- one branch per part
    """An RRULE in words: "每周二、五" / "Weekly on Tue, Fri"; "" for a one-off."""
    if not rule:
        return ""
    try:
        parts = rule_parts(rule)
    except ValueError:
        return rule
    zh = lang != "en"
    freq = parts.get("FREQ", "")
    if freq not in _FREQ:
        return rule
    unit_zh, unit_en, every_en = _FREQ[freq]
    interval = int(parts.get("INTERVAL", "1") or 1)
    if zh:
        count = f"{interval}{'个' if freq == 'MONTHLY' else ''}" if interval > 1 else ""
        text = f"每{count}{unit_zh}"
    else:
        text = every_en if interval == 1 else f"Every {interval} {unit_en}s"
    days = [d for d in parts.get("BYDAY", "").split(",") if d]
    monthly = freq in ("MONTHLY", "YEARLY")
    if days:
        words = [_day_text(d, zh, monthly=monthly) for d in days]
        if zh:
            text += "、".join(words)
        else:
            text += " on " + ", ".join(words)
    month_days = [d for d in parts.get("BYMONTHDAY", "").split(",") if d]
    if month_days:
        if zh:
            text += "、".join("最后一天" if d == "-1" else f"{d}日" for d in month_days)
        else:
            text += " on day " + ", ".join("last" if d == "-1" else d for d in month_days)
    if parts.get("COUNT"):
        text += f"，共{parts['COUNT']}次" if zh else f", {parts['COUNT']} times"
    if parts.get("UNTIL"):
        until = parts["UNTIL"][:8]
        day = f"{until[:4]}-{until[4:6]}-{until[6:8]}" if len(until) == 8 else parts["UNTIL"]
        text += f"，至{day}" if zh else f", until {day}"
    return text


# ---- column widths --------------------------------------------------------------------------


def display_width(text: str) -> int:
    """How many Latin-letter widths a text takes: CJK and other wide characters count two."""
    longest = 0
    for line in text.split("\n"):
        width = 0
        for ch in line:
            width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        longest = max(longest, width)
    return longest
