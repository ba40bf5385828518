"""Money as integer minor units (fen): strict parsing of typed amounts and exact arithmetic.

Every amount in QunDesk is an `int` of minor units (1 yuan = 100 fen) with a three-letter
currency code beside it. Nothing here uses floats, so sums are exact however many entries
are added. Currencies are never added together: totals are kept per currency.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desktop.models.core.messages import msg

MINOR_PER_MAJOR = 100
# Far above any ledger entry, far below SQLite's 64-bit integer limit.
MAX_MINOR = 999_999_999_999_99
DEFAULT_CURRENCY = "CNY"
MINUS = "−"  # U+2212, the minus sign figures are shown with
# Currency marks people type around an amount; they say nothing about its value.
_PREFIXES = ("RMB", "CNY", "HK$", "US$", "¥", "$", "€", "£")
_SUFFIXES = ("元", "块", "RMB", "CNY")
_PLAIN = re.compile(r"(?P<int>\d+)(?:\.(?P<frac>\d*))?|\.(?P<only>\d+)")
_GROUPED = re.compile(r"(?P<int>\d{1,3}(?:,\d{3})+)(?:\.(?P<frac>\d*))?")
_CURRENCY = re.compile(r"[A-Z]{3}")


class MoneyError(ValueError):
    """Typed text that is not an unambiguous amount; `message` says why, for the user."""

    def __init__(self, text: str, message: str) -> None:
        self.text = text
        self.message = message
        super().__init__(f"{message} ({text!r})")


def _strip_marks(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for mark in _PREFIXES:
            if text.upper().startswith(mark):
                text, changed = text[len(mark) :].strip(), True
        for mark in _SUFFIXES:
            if text.upper().endswith(mark):
                text, changed = text[: -len(mark)].strip(), True
    return text


def _split_sign(text: str) -> tuple[bool, str]:
    """(is negative, the rest without sign or currency marks); "-¥5" and "¥-5" both work."""
    negative, body = False, _strip_marks(text)
    if body[:1] in ("-", "+"):
        negative, body = body[0] == "-", _strip_marks(body[1:].strip())
    return negative, body


def parse_amount(text: str, *, allow_negative: bool = False) -> int:
    """Typed yuan as fen: "99" → 9900, "¥99.50" → 9950, "1,299" → 129900, "９９" → 9900.

    Accepts full-width digits and punctuation from a Chinese input method, a currency mark
    before or after, thousands separators only in groups of three, and at most two decimals.
    Rejects (MoneyError) anything that could be read two ways — "1,29", "99,5", "1.2.3",
    "99.999", "1 299" — and a negative amount unless `allow_negative`.
    """
    clean = unicodedata.normalize("NFKC", text).strip()
    clean = clean.replace(MINUS, "-").replace("\u00a0", " ")
    if not clean:
        raise MoneyError(text, msg("Enter an amount."))
    negative, body = _split_sign(clean)
    if not body:
        raise MoneyError(text, msg("Enter an amount."))
    if any(ch.isspace() for ch in body):
        raise MoneyError(text, msg("Spaces inside a number are ambiguous; type 1299 or 1,299."))
    if body.count(".") > 1:
        raise MoneyError(text, msg("A number has at most one decimal point."))
    match = _GROUPED.fullmatch(body) or _PLAIN.fullmatch(body)
    if match is None:
        if "," in body:
            raise MoneyError(
                text,
                msg(
                    "Commas must separate groups of three digits (1,299); "
                    "use a point for decimals (99.5)."
                ),
            )
        raise MoneyError(text, msg("This is not an amount."))
    whole = (match.groupdict().get("int") or "0").replace(",", "")
    fraction = match.groupdict().get("frac") or match.groupdict().get("only") or ""
    if len(fraction) > 2:
        raise MoneyError(text, msg("An amount has at most two decimals (fen)."))
    minor = int(whole) * MINOR_PER_MAJOR + int(fraction.ljust(2, "0"))
    if minor > MAX_MINOR:
        raise MoneyError(text, msg("This amount is too large."))
    if negative and minor:
        if not allow_negative:
            raise MoneyError(text, msg("The amount cannot be negative."))
        return -minor
    return minor


def check_currency(code: str) -> str:
    """A currency code in upper case ("cny" → "CNY"); MoneyError unless three letters."""
    clean = unicodedata.normalize("NFKC", code).strip().upper()
    if not _CURRENCY.fullmatch(clean):
        raise MoneyError(code, msg("A currency is a three-letter code such as CNY or USD."))
    return clean


def plain_text(minor: int) -> str:
    """Fen as the editable text of an amount field: 129900 → "1299.00", -5 → "-0.05"."""
    major, fen = divmod(abs(minor), MINOR_PER_MAJOR)
    return f"{'-' if minor < 0 else ''}{major}.{fen:02d}"


def grouped_text(minor: int) -> str:
    """Fen with thousands separators and no symbol: 129900 → "1,299.00", -5 → "−0.05"."""
    major, fen = divmod(abs(minor), MINOR_PER_MAJOR)
    return f"{MINUS if minor < 0 else ''}{major:,}.{fen:02d}"


def div_half_even(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest integer, ties to the even one (exact)."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def share_of(minor: int, basis_points: int) -> int:
    """`basis_points`/10,000 of an amount, rounded half to even at the fen."""
    return div_half_even(minor * basis_points, 10_000)


def per_currency(pairs: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Sum (currency, minor) pairs per currency, never across currencies."""
    totals: dict[str, int] = {}
    for currency, minor in pairs:
        totals[currency] = totals.get(currency, 0) + minor
    return totals


def currency_order(currencies: Iterable[str]) -> list[str]:
    """Currencies as shown: the default (CNY) first, then the others alphabetically."""
    unique = set(currencies)
    return sorted(unique, key=lambda c: (c != DEFAULT_CURRENCY, c))
