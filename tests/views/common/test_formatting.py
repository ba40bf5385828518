"""Money, dates and numbers follow the UI's QLocale (zh_CN, zh_TW, en; ISO under C)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.views.common.formatting import (
    date_format,
    format_change,
    format_date,
    format_money,
    format_number,
)

DAY = dt.date(2025, 3, 5)


@pytest.fixture
def locale() -> Iterator[None]:
    yield
    QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize(
    ("name", "date", "money", "negative", "number"),
    [
        ("zh_CN", "2025年3月5日", "¥1,299.00", "−¥12.50", "12,345.7"),
        ("zh_TW", "2025年3月5日", "¥1,299.00", "−¥12.50", "12,345.7"),
        ("en_US", "Mar 5, 2025", "¥1,299.00", "−¥12.50", "12,345.7"),
        ("en_GB", "5 Mar 2025", "¥1,299.00", "−¥12.50", "12,345.7"),
        ("de_DE", "5. März 2025", "¥1.299,00", "−¥12,50", "12.345,7"),
        ("C", "2025-03-05", "¥1,299.00", "−¥12.50", "12,345.7"),
    ],
)
def test_locale_table(
    locale: None, name: str, date: str, money: str, negative: str, number: str
) -> None:
    QLocale.setDefault(QLocale(name))
    assert format_date(DAY) == date
    assert format_money(129900) == money
    assert format_money(-1250) == negative
    assert format_number(12345.66) == number
    assert format_date(None) == ""


def test_date_format_drops_the_weekday(locale: None) -> None:
    assert date_format(QLocale("zh_CN")) == "yyyy年M月d日"
    assert date_format(QLocale("en_US")) == "MMM d, yyyy"
    assert date_format(QLocale.c()) == "yyyy-MM-dd"


@pytest.mark.parametrize("name", ["zh_CN", "en_US"])
def test_money_currencies_and_small_amounts(locale: None, name: str) -> None:
    QLocale.setDefault(QLocale(name))
    assert format_money(5) == "¥0.05"
    assert format_money(100, "USD") == "$1.00"
    assert format_money(100, "CHF") == "CHF 1.00"
    assert format_money(123456789012) == "¥1,234,567,890.12"


def test_numbers_and_changes_in_chinese(locale: None) -> None:
    QLocale.setDefault(QLocale("zh_CN"))
    assert format_number(3.0) == "3"
    assert format_number(-0.2) == "−0.2"
    assert format_number(-0.04) == "0"
    assert format_change(-32.0) == "−32%"


def test_the_week_starts_on_monday_in_zh_cn(locale: None) -> None:
    # The calendar tab lays out weeks from Monday in every language (calendar_tab.py).
    assert QLocale("zh_CN").firstDayOfWeek() == Qt.DayOfWeek.Monday
    QLocale.setDefault(QLocale("zh_CN"))
    assert QLocale().dayName(1, QLocale.FormatType.ShortFormat) == "周一"
