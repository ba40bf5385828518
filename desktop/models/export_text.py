"""Text helpers of the exporter: contact masking inside free text, rules in words, widths."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desktop.models.contacts import mask_email, mask_phone, mask_wechat
from desktop.models.events import rule_parts

# Contacts people type into notes: e-mail addresses, mainland mobiles with or without +86
# and separators (138-1234-5678, 138 1234 5678), and other numbers written with + or 00.
_CONTACT = re.compile(
    r"(?P<email>[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})"
    r"|(?P<phone>(?<![\d])(?:(?:\+|00)?86[\s\-]?)?1[3-9]\d(?:[\s\-]?\d){8}(?!\d))"
    r"|(?P<intl>(?<![\d])(?:\+|00)[1-9](?:[\s\-]?\d){6,14}(?!\d))"
)
# A run of characters a WeChat ID can hold, not part of a longer run.
_TOKEN = re.compile(r"(?<![A-Za-z0-9_\-])[A-Za-z0-9_\-]{2,40}(?![A-Za-z0-9_\-])")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class Masker:
    """Hides phone numbers, e-mail addresses and known WeChat IDs, in fields and free text."""

    def __init__(self, wechat_ids: Iterable[str]) -> None:
        self._wechat = frozenset(w for w in wechat_ids if w)

    def phone(self, value: str) -> str:
        """A phone field masked (138****5678)."""
        return mask_phone(value)

    def wechat(self, value: str) -> str:
        """A WeChat ID field masked (z***8)."""
        return mask_wechat(value)

    def email(self, value: str) -> str:
        """An e-mail field masked (z***@example.com)."""
        return mask_email(value)

    def _contact(self, match: re.Match[str]) -> str:
        if match.group("email"):
            return mask_email(match.group("email"))
        digits = _digits(match.group(0))
        if match.group("phone") and len(digits) > 11:
            digits = digits[-11:]  # +86 / 0086 / 86 in front of a mobile
            return "+86 " + mask_phone(digits) if match.group(0)[:1] == "+" else mask_phone(digits)
        masked = mask_phone(digits)
        return "+" + masked if match.group(0)[:1] == "+" else masked

    def _token(self, match: re.Match[str]) -> str:
        word = match.group(0)
        return mask_wechat(word) if word in self._wechat else word

    def scrub(self, text: str) -> str:
        """Free text (notes, names) with every contact in it masked."""
        if not _ASCII_WORD.search(text):
            return text  # no digit or Latin letter: nothing to hide (most Chinese text)
        text = _CONTACT.sub(self._contact, text)
        if self._wechat:
            text = _TOKEN.sub(self._token, text)
        return text


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
