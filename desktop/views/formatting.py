"""Money, dates and numbers as the owner reads and types them."""

from __future__ import annotations

import datetime as dt
import unicodedata

from desktop.models.money import parse_amount

CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "JP¥"}
MINUS = "−"  # U+2212: lines up with "+" and reads better than a hyphen in figures


def format_money(minor: int, currency: str = "CNY") -> str:
    """An amount in minor units (fen/cents) as text: 129900 → "¥1,299.00"."""
    symbol = CURRENCY_SYMBOLS.get(currency, f"{currency} ")
    major, cents = divmod(abs(minor), 100)
    sign = MINUS if minor < 0 else ""
    return f"{sign}{symbol}{major:,}.{cents:02d}"


def format_yuan_input(minor: int) -> str:
    """An amount in fen as the editable text of a money field: 129900 → "1299.00"."""
    major, cents = divmod(abs(minor), 100)
    return f"{'-' if minor < 0 else ''}{major}.{cents:02d}"


def parse_money(text: str) -> int:
    """Typed yuan ("1,299", "¥1299.5", "-20") as fen; ValueError when it is not an amount."""
    # the rules live in the data layer (desktop.models.money) so importers share them
    return parse_amount(text, allow_negative=True)


def parse_count(text: str) -> int:
    """A typed whole number ("1,200", " 35 "); ValueError otherwise (negatives pass through)."""
    clean = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace(MINUS, "-")
    if not clean.lstrip("-").isdigit() or not clean.isascii():
        raise ValueError(f"not a whole number: {text!r}")
    return int(clean)


def format_date(day: dt.date | None) -> str:
    """A date as the app shows it everywhere (ISO, like the toolbar's date fields)."""
    return day.isoformat() if day is not None else ""


def format_number(value: float) -> str:
    """A figure with at most one decimal: 3.0 → "3", 3.46 → "3.5", -2 → "−2"."""
    text = f"{abs(value):,.1f}".removesuffix(".0")
    return f"{MINUS}{text}" if value < 0 and text != "0" else text


def format_change(pct: float | None) -> str:
    """A percentage change with its sign: "+12%", "−32%", "±0%"; "" when unknown."""
    if pct is None:
        return ""
    if round(pct) == 0:
        return "±0%"
    return f"{'+' if pct > 0 else MINUS}{abs(pct):.0f}%"
