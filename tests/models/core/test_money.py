"""Typed amounts: what is accepted, what is refused as ambiguous, and exact arithmetic."""

from __future__ import annotations

import pytest

from desktop.models.core.money import (
    MoneyError,
    check_currency,
    currency_order,
    div_half_even,
    grouped_text,
    parse_amount,
    per_currency,
    plain_text,
    share_of,
)
from desktop.views.common.formatting import parse_money

ACCEPTED = [
    ("99", 9900),
    ("99.5", 9950),
    ("99.50", 9950),
    ("¥99.50", 9950),
    ("￥99.50", 9950),
    ("1,299", 129900),
    ("1,299.5", 129950),
    ("12,345,678.09", 1234567809),
    ("0.1", 10),
    ("0.05", 5),
    (".5", 50),
    ("99.", 9900),
    ("  88 元 ", 8800),
    ("RMB 20", 2000),
    ("CNY20", 2000),
    ("２０．５", 2050),  # full-width from a Chinese input method
    ("１，２９９", 129900),  # full-width comma
    ("¥ 1,299.00", 129900),
    ("+5", 500),
    ("0", 0),
]
REJECTED = [
    ("", "Enter an amount"),
    ("   ", "Enter an amount"),
    ("¥", "Enter an amount"),
    ("1,29", "groups of three"),
    ("99,5", "groups of three"),
    ("12,34,567", "groups of three"),
    ("1,2999", "groups of three"),
    ("1.2.3", "one decimal point"),
    ("99.999", "two decimals"),
    ("1.234", "two decimals"),
    ("1 299", "Spaces"),
    ("-5", "negative"),
    ("−5", "negative"),
    ("abc", "not an amount"),
    ("nan", "not an amount"),
    ("inf", "not an amount"),
    ("1e3", "not an amount"),
    ("五十", "not an amount"),
    ("99999999999999999", "too large"),
]


@pytest.mark.parametrize(("text", "fen"), ACCEPTED)
def test_accepted_amounts(text: str, fen: int) -> None:
    assert parse_amount(text) == fen
    assert parse_money(text) == fen  # the view helper uses the same rules


@pytest.mark.parametrize(("text", "reason"), REJECTED)
def test_rejected_amounts_say_why(text: str, reason: str) -> None:
    with pytest.raises(MoneyError) as caught:
        parse_amount(text)
    assert reason.lower() in caught.value.message.lower()
    assert isinstance(caught.value, ValueError)


def test_negative_only_where_allowed() -> None:
    assert parse_amount("-5", allow_negative=True) == -500
    assert parse_amount("¥-5.5", allow_negative=True) == -550
    assert parse_amount("-¥1,299", allow_negative=True) == -129900
    assert parse_money("−20") == -2000
    assert parse_amount("-0", allow_negative=False) == 0


def test_text_and_currency_helpers() -> None:
    assert plain_text(129900) == "1299.00"
    assert plain_text(-5) == "-0.05"
    assert grouped_text(123456789) == "1,234,567.89"
    assert grouped_text(-5) == "−0.05"
    for fen in (0, 5, 10, 129950, 999999):
        assert parse_amount(plain_text(fen)) == fen
        assert parse_amount(grouped_text(fen)) == fen
    assert check_currency(" usd ") == "USD"
    for bad in ("US", "US1", "元", ""):
        with pytest.raises(MoneyError):
            check_currency(bad)
    assert currency_order(["USD", "EUR", "CNY"]) == ["CNY", "EUR", "USD"]
    assert per_currency([("CNY", 5), ("USD", 7), ("CNY", 6)]) == {"CNY": 11, "USD": 7}


def test_round_half_to_even() -> None:
    assert div_half_even(5, 2) == 2  # 2.5 → 2
    assert div_half_even(7, 2) == 4  # 3.5 → 4
    assert div_half_even(11, 4) == 3  # 2.75 → 3
    assert div_half_even(9, 4) == 2  # 2.25 → 2
    assert div_half_even(-5, 2) == -2
    assert share_of(10001, 5000) == 5000  # 5000.5 fen → 5000 (even)
    assert share_of(10003, 5000) == 5002  # 5001.5 fen → 5002 (even)
    assert share_of(114800, 3333) == 38263  # 38262.84
    assert share_of(999, 1250) == 125  # 124.875
    assert share_of(12345, 0) == 0
    assert share_of(12345, 10000) == 12345
    with pytest.raises(ValueError):
        div_half_even(1, 0)


def test_ten_thousand_dimes_sum_exactly() -> None:
    # 0.1 is not exact in binary floating point; fen are
    assert sum([0.1] * 100_000) != 10_000.0
    assert sum([parse_amount("0.1")] * 100_000) == 1_000_000
