"""Money, dates and numbers as the owner reads and types them, in the UI's QLocale.

The app makes the chosen language the default QLocale (desktop/i18n.py). Under the bare C
locale (tests, LANG=C) figures read like en_US and dates stay ISO.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QDate, QLocale

from desktop.models.core.money import parse_amount

CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "JP¥"}
MINUS = "−"  # U+2212: lines up with "+" and reads better than a hyphen in figures
ISO_DATE = "yyyy-MM-dd"
_WEEKDAY = re.compile(r"[,，\s]*dddd[,，\s]*")


def number_locale() -> QLocale:
    """The locale figures follow: the default one, or en_US in place of the bare C locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def date_format(locale: QLocale | None = None) -> str:
    """A locale's long date without the weekday, months abbreviated: "yyyy年M月d日",
    "MMM d, yyyy"; ISO under the C locale."""
    locale = locale if locale is not None else QLocale()
    if locale.language() == QLocale.Language.C:
        return ISO_DATE
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    return _WEEKDAY.sub(" ", long).strip().replace("MMMM", "MMM").replace(" 年", "年")


def _grouped(whole: int) -> str:
    """A non-negative whole number with the locale's digit grouping."""
    return number_locale().toString(whole)


def format_money(minor: int, currency: str = "CNY") -> str:
    """An amount in minor units (fen/cents) as text: 129900 → "¥1,299.00"."""
    symbol = CURRENCY_SYMBOLS.get(currency, f"{currency} ")
    major, cents = divmod(abs(minor), 100)
    sign = MINUS if minor < 0 else ""
    point = number_locale().decimalPoint()
    return f"{sign}{symbol}{_grouped(major)}{point}{cents:02d}"


def format_yuan_input(minor: int) -> str:
    """An amount in fen as the editable text of a money field: 129900 → "1299.00"."""
    major, cents = divmod(abs(minor), 100)
    return f"{'-' if minor < 0 else ''}{major}.{cents:02d}"


def parse_money(text: str) -> int:
    """Typed yuan ("1,299", "¥1299.5", "-20") as fen; ValueError when it is not an amount."""
    # the rules live in the data layer (desktop.models.core.money) so importers share them
    return parse_amount(text, allow_negative=True)


def parse_count(text: str) -> int:
    """A typed whole number ("1,200", " 35 "); ValueError otherwise (negatives pass through)."""
    clean = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace(MINUS, "-")
    if not clean.lstrip("-").isdigit() or not clean.isascii():
        raise ValueError(f"not a whole number: {text!r}")
    return int(clean)


def format_date(day: dt.date | None) -> str:
    """A date as the app shows it everywhere: "2025年3月5日", "Mar 5, 2025" (ISO under C)."""
    if day is None:
        return ""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def format_day_month(day: dt.date) -> str:
    """A date without its year, for spans inside one year: "8月25日", "Aug 25"."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()[5:]
    if locale.language() == QLocale.Language.Chinese:
        return f"{day.month}月{day.day}日"
    return locale.toString(QDate(day.year, day.month, day.day), "MMM d")


def format_number(value: float) -> str:
    """A figure with at most one decimal: 3.0 → "3", 3.46 → "3.5", -2 → "−2"."""
    locale = number_locale()
    text = locale.toString(round(abs(value), 1), "f", 1).removesuffix(locale.decimalPoint() + "0")
    return f"{MINUS}{text}" if value < 0 and text != "0" else text


def format_change(pct: float | None) -> str:
    """A percentage change with its sign: "+12%", "−32%", "±0%"; "" when unknown."""
    if pct is None:
        return ""
    if round(pct) == 0:
        return "±0%"
    return f"{'+' if pct > 0 else MINUS}{abs(pct):.0f}%"
