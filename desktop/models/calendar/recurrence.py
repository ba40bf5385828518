"""Repeat rules (RRULE): stored stamps, reading and checking a rule, expanding its starts."""

from __future__ import annotations

import datetime as dt
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from dateutil.rrule import rrule, rrulestr

from desktop.models.core.common import STAMP_FORMAT
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg

SECOND = dt.timedelta(seconds=1)
# Finer frequencies than daily make no sense for community events and could expand to
# millions of occurrences, so they are refused.
ALLOWED_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
MAX_RULE_LENGTH = 500
# A rule is expanded at most this many years past its start: dateutil searches a rule that
# never matches (say 30 February) until the year 9999, seconds of CPU; none of a community's
# series needs a second century.
EXPANSION_YEARS = 100
# The most days each month can have (February in a leap year), for rules that can never match.
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def stamp(when: dt.datetime) -> str:
    """A local datetime as stored: 'YYYY-MM-DDTHH:MM:SS'."""
    # Formatted by hand: strftime costs ~30x more (under Qt it also goes through an import
    # hook on every call), and occurrence keys are stamped thousands of times per month.
    return (
        f"{when.year:04d}-{when.month:02d}-{when.day:02d}"
        f"T{when.hour:02d}:{when.minute:02d}:{when.second:02d}"
    )


def parse_stamp(text: str) -> dt.datetime:
    """A stored local datetime."""
    if len(text) == 19 and text[10] == "T":  # the stored form; much faster than strptime
        return dt.datetime.fromisoformat(text)
    return dt.datetime.strptime(text, STAMP_FORMAT)


def rule_parts(rule: str) -> dict[str, str]:
    """An RRULE value as an ordered dict of its parts ('RRULE:' prefix allowed)."""
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for piece in text.split(";"):
        if not piece.strip():
            continue
        name, sep, value = piece.partition("=")
        if not sep:
            raise ValueError(f"not NAME=VALUE: {piece!r}")
        parts[name.strip().upper()] = value.strip().upper()
    return parts


def join_rule(parts: dict[str, str]) -> str:
    """The RRULE value text of its parts."""
    return ";".join(f"{k}={v}" for k, v in parts.items())


def bounded_starts(rule: str, dtstart: dt.datetime) -> Iterator[dt.datetime]:
    """A rule's starts in order, searched no further than EXPANSION_YEARS past `dtstart`.

    Raises ValueError (or TypeError, OverflowError) for a rule dateutil cannot read.
    """
    parts = rule_parts(rule)
    count = parts.pop("COUNT", None)
    limit = _years_later(dtstart, EXPANSION_YEARS)
    until = parts.get("UNTIL", "")
    if not until or until[:8] > f"{limit:%Y%m%d}":
        parts["UNTIL"] = f"{limit:%Y%m%dT%H%M%S}"
    parsed = rrulestr(join_rule(parts), dtstart=dtstart)
    if not isinstance(parsed, rrule):
        raise ValueError("one RRULE expected")
    starts = iter(parsed)
    return islice(starts, int(count)) if count is not None else starts


def _years_later(when: dt.datetime, years: int) -> dt.datetime:
    year = min(when.year + years, dt.MAXYEAR)
    return when.replace(year=year, month=12, day=31, hour=23, minute=59, second=59)


def impossible_days(parts: dict[str, str]) -> str | None:
    """The BYMONTHDAY text when no month of BYMONTH (or of the year) has such a day.

    Found from the rule's text, without expanding it: 30 February is never.
    """
    days_text = parts.get("BYMONTHDAY")
    if not days_text:
        return None
    try:
        days = [int(d) for d in days_text.split(",") if d]
        months = [int(m) for m in parts.get("BYMONTH", "").split(",") if m] or list(range(1, 13))
    except ValueError:
        return None  # unreadable: dateutil says so when it reads the rule
    if any(not 1 <= m <= 12 for m in months):
        return None
    if any(1 <= abs(d) <= _MONTH_DAYS[m - 1] for d in days for m in months):
        return None
    return days_text


def check_rule(rule: str, dtstart: dt.datetime) -> str:
    """The rule normalised; ValidationError("rrule") when unreadable or it yields nothing."""
    if len(rule) > MAX_RULE_LENGTH:
        raise ValidationError("rrule", msg("The repeat rule is too long."))
    try:
        parts = rule_parts(rule)
    except ValueError as exc:
        raise ValidationError(
            "rrule", msg("The repeat rule cannot be read ({exc}).", exc=exc)
        ) from exc
    freq = parts.get("FREQ")
    if freq is None:
        raise ValidationError("rrule", msg("The repeat rule has no FREQ (how often)."))
    if freq not in ALLOWED_FREQUENCIES:
        raise ValidationError("rrule", msg("Repeating {freq} is not supported.", freq=freq.lower()))
    if "COUNT" in parts and "UNTIL" in parts:
        raise ValidationError("rrule", msg("A repeat rule has either an end date or a count."))
    if "DTSTART" in parts:
        raise ValidationError("rrule", msg("The start belongs in the start field, not the rule."))
    days = impossible_days(parts)
    if days is not None:
        raise ValidationError(
            "rrule",
            msg(
                "The repeat rule never happens: no month it names has day {days}.",
                days=days,
            ),
        )
    normal = join_rule(parts)
    try:
        first = next(bounded_starts(normal, dtstart), None)
    except (ValueError, TypeError, OverflowError) as exc:
        raise ValidationError(
            "rrule", msg("The repeat rule cannot be read ({exc}).", exc=exc)
        ) from exc
    if first is None:
        raise ValidationError(
            "rrule",
            msg(
                "The repeat rule yields no occurrence within {years} years.", years=EXPANSION_YEARS
            ),
        )
    return normal


class _Expansion:
    """A rule's starts, generated in order only as far as asked and kept for bisecting.

    dateutil's own cache still scans its list from the first occurrence on every
    `between`, so a daily series that began years ago cost a walk of years per month shown;
    here each later query is two binary searches.
    """

    __slots__ = ("_lock", "_more", "done", "starts")

    def __init__(self, more: Iterator[dt.datetime]) -> None:
        self._lock = threading.Lock()  # exports and reports may expand on worker threads
        self._more = more
        self.done = False
        self.starts: list[dt.datetime] = []

    def between(self, low: dt.datetime, high: dt.datetime) -> list[dt.datetime]:
        """The starts within [low, high], in order."""
        with self._lock:
            starts = self.starts
            while not self.done and (not starts or starts[-1] <= high):
                following = next(self._more, None)
                if following is None:
                    self.done = True
                else:
                    starts.append(following)
            return starts[bisect_left(starts, low) : bisect_right(starts, high)]


@lru_cache(maxsize=512)
def _expansion(rule: str, dtstart: dt.datetime) -> _Expansion:
    return _Expansion(bounded_starts(rule, dtstart))


def rule_between(
    rule: str, dtstart: dt.datetime, low: dt.datetime, high: dt.datetime
) -> list[dt.datetime]:
    """Starts of a rule from `dtstart` within [low, high]; an unreadable rule gives dtstart."""
    try:
        return _expansion(rule, dtstart).between(low, high)
    except (ValueError, TypeError, OverflowError):
        # an unreadable rule still stands for its first occurrence, so the row stays visible
        return [dtstart] if low <= dtstart <= high else []


def rule_until(parts: dict[str, str], before: dt.datetime) -> dict[str, str]:
    """The rule's parts ending just before `before` (COUNT replaced by UNTIL)."""
    cut = dict(parts)
    cut.pop("COUNT", None)
    cut["UNTIL"] = (before - SECOND).strftime("%Y%m%dT%H%M%S")
    return cut
