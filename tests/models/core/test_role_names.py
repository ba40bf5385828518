"""One name per role: the screen's labels are the export's, and the import reads them all."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.models.core.codes import Role
from desktop.models.exchange.export_labels import code_labels
from desktop.models.exchange.member_cells import parse_role

TS = Path(__file__).resolve().parents[3] / "resources" / "i18n"


def _screen_labels(language: str) -> dict[str, str]:
    """English source → translation of the role labels the window shows (context Labels)."""
    root = ET.parse(TS / f"qundesk_{language}.ts").getroot()
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Labels":
            continue
        for message in context.iter("message"):
            found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize("role", list(Role))
def test_the_export_names_each_role_as_the_screen_does(role: Role) -> None:
    english = code_labels("role", "en")[role.value]
    chinese = code_labels("role", "zh_CN")[role.value]
    assert _screen_labels("zh_CN")[english] == chinese
    for word in (english, chinese, _screen_labels("zh_TW")[english]):
        assert parse_role(word) == role.value


def test_the_leader_is_one_name_and_the_old_export_word_still_imports() -> None:
    assert code_labels("role", "zh_CN")["leader"] == "意见领袖/骨干"
    assert parse_role("领导者") == "leader"  # what earlier exports wrote
