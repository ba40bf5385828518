"""The data layer's messages: English as written, or through the installed translator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.models.core import messages
from desktop.models.core.messages import msg
from desktop.models.core.money import MoneyError, parse_amount


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    messages.install(None)


def test_english_as_written_without_a_translator() -> None:
    messages.install(None)
    assert msg("Enter an amount.") == "Enter an amount."
    assert msg("row {row}: {reason}", row=3, reason="bad") == "row 3: bad"


def test_the_installed_translator_speaks_and_values_fill_its_text() -> None:
    table = {"row {row}: {reason}": "第 {row} 行：{reason}"}
    messages.install(lambda text: table.get(text, ""))
    assert msg("row {row}: {reason}", row=3, reason="坏") == "第 3 行：坏"
    # a text the translator does not know (Qt returns "") stays English
    assert msg("Enter an amount.") == "Enter an amount."


def test_braces_without_values_are_kept() -> None:
    messages.install(None)
    assert msg("use {name} here") == "use {name} here"


def test_data_layer_errors_follow_the_translator() -> None:
    table = {"The amount cannot be negative.": "金额不能为负数。"}
    messages.install(lambda text: table.get(text, ""))
    with pytest.raises(MoneyError) as caught:
        parse_amount("-5")
    assert caught.value.message == "金额不能为负数。"
    messages.install(None)
    with pytest.raises(MoneyError) as caught:
        parse_amount("-5")
    assert caught.value.message == "The amount cannot be negative."
