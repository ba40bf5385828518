"""Code labels shared by every tab, and money, number and date formatting."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import pytest

from desktop.models.core import codes
from desktop.models.core.codes import Lifecycle, Platform, Purpose, ValueType
from desktop.views.common import labels
from desktop.views.common.formatting import (
    format_change,
    format_date,
    format_money,
    format_number,
    parse_count,
    parse_money,
)

ENUMS = [
    value
    for value in vars(codes).values()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_code_has_a_label(qapp: object, enum: type[StrEnum]) -> None:
    found = labels.labels(enum)
    assert list(found) == [member.value for member in enum]
    assert all(text and text != code for code, text in found.items())


def test_label_lookups(qapp: object) -> None:
    assert labels.label(Platform.WECHAT) == "WeChat group"
    assert labels.label_for(Lifecycle, "growth") == "Growth"
    # the same code string in two enums keeps two labels
    assert labels.label_for(Purpose, "service") == "Customer service"
    assert labels.label_for(ValueType, "service") == "Service"
    # an owner-defined code shows as itself; no code shows as nothing
    assert labels.label_for(Purpose, "charity") == "charity"
    assert labels.label_for(Lifecycle, None) == ""
    assert labels.choices(Lifecycle)[0] == ("introduction", "Introduction")
    labels.reset()
    assert labels.label(Platform.QQ) == "QQ group"


def test_money_is_shown_in_yuan_and_typed_in_yuan() -> None:
    assert format_money(129900) == "¥1,299.00"
    assert format_money(5) == "¥0.05"
    assert format_money(-1250) == "−¥12.50"
    assert format_money(100, "USD") == "$1.00"
    assert format_money(100, "CHF") == "CHF 1.00"
    for text, fen in [
        ("1299", 129900),
        ("¥1,299.5", 129950),
        ("￥ 12.30 元", 1230),
        ("-20", -2000),
        ("−20", -2000),
        ("0.05", 5),
        ("１２９９．５", 129950),
    ]:
        assert parse_money(text) == fen, text
    for bad in ("", "abc", "1.234", "12..3", "nan", "inf"):
        with pytest.raises(ValueError):
            parse_money(bad)


def test_counts_numbers_and_dates() -> None:
    assert parse_count(" 1,200 ") == 1200
    assert parse_count("-3") == -3
    assert parse_count("１２") == 12  # full-width digits from a Chinese input method
    for bad in ("", "1.5", "三", "1 2"):
        with pytest.raises(ValueError):
            parse_count(bad)
    assert format_number(3.0) == "3"
    assert format_number(3.46) == "3.5"
    assert format_number(-0.2) == "−0.2"
    assert format_number(1234.0) == "1,234"
    assert format_change(None) == ""
    assert format_change(12.4) == "+12%"
    assert format_change(-32.0) == "−32%"
    assert format_change(0.3) == "±0%"
    assert format_date(dt.date(2026, 1, 5)) == "2026-01-05"
    assert format_date(None) == ""
