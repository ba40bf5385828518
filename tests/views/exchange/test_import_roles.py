"""The member import's role lines: one per unknown role value, a picker, remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.models.core import messages
from desktop.models.core.codes import Role
from desktop.models.exchange import member_cells
from desktop.models.exchange import member_import as imp
from desktop.models.storage.db import Database
from desktop.views.common import labels
from desktop.views.exchange.import_dialog import ImportDialog
from tests.views.exchange.test_import_dialog import open_dialog

ROSTER = Path(__file__).resolve().parents[2] / "fixtures" / "sheets" / "wps_roster.xlsx"


@pytest.fixture
def language() -> Iterator[Any]:
    """Install a UI language's translators; the C locale and no translators afterwards."""
    yield i18n.install_translators
    for translator in i18n.installed_translators():
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())
    labels.reset()
    messages.install(None)


def role_combo(dialog: ImportDialog, line: int) -> QComboBox:
    found = dialog.findChild(QComboBox, f"importRole{line}")
    assert found is not None
    return found


def run_button(dialog: ImportDialog) -> QPushButton:
    found = dialog.findChild(QPushButton, "importRun")
    assert found is not None
    return found


def choose(qtbot: QtBot, dialog: ImportDialog, line: int, code: str) -> None:
    combo = role_combo(dialog, line)
    with qtbot.waitSignal(dialog.planReady, timeout=10_000):
        combo.setCurrentIndex(combo.findData(code))
        combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: not dialog.is_busy())


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_every_role_label_the_app_shows_is_read_back(qapp: Any, language: Any, lang: str) -> None:
    language(lang)
    for code, label in labels.choices(Role):
        assert member_cells.parse_role(label) == code, (lang, label)


def test_a_roster_waits_for_its_roles_and_remembers_them(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImportDialog, "confirm_new_groups", classmethod(lambda cls, p, n: True))
    dialog = open_dialog(qtbot, database, ROSTER)
    area = dialog.findChild(QScrollArea, "importRoles")
    assert area is not None and area.isVisible()
    texts = [label.text() for label in area.findChildren(QLabel)]
    assert "“领读人” (2 rows)" in texts
    assert dialog.findChild(QComboBox, "importRole1") is None  # one line per distinct value
    combo = role_combo(dialog, 0)
    assert combo.currentData() is None
    assert not run_button(dialog).isEnabled()
    assert "Choose the role" in dialog.summary.text()

    choose(qtbot, dialog, 0, "leader")
    assert dialog.plan is not None and not dialog.plan.unmapped_roles
    assert role_combo(dialog, 0).currentData() == "leader"  # the rebuilt line keeps it
    assert run_button(dialog).isEnabled() and "Choose the role" not in dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        run_button(dialog).click()
    result = dialog.result_value
    assert isinstance(result, imp.ImportResult) and result.imported == 11

    # The next import of the same words starts with the remembered choice.
    again = open_dialog(qtbot, database, ROSTER)
    assert role_combo(again, 0).currentData() == "leader"
    assert again.plan is not None and not again.plan.unmapped_roles


def test_mapping_back_to_none_blocks_again(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database, ROSTER)
    choose(qtbot, dialog, 0, "follower")
    assert run_button(dialog).isEnabled()
    combo = role_combo(dialog, 0)
    with qtbot.waitSignal(dialog.planReady, timeout=10_000):
        combo.setCurrentIndex(0)
        combo.activated.emit(0)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert not run_button(dialog).isEnabled()


def test_a_file_with_known_roles_shows_no_role_lines(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "m.csv"
    path.write_text("姓名,角色,群\n甲,核心,g\n乙,意见领袖/骨干,g\n", encoding="utf-8")
    dialog = open_dialog(qtbot, database, path)
    area = dialog.findChild(QScrollArea, "importRoles")
    assert area is not None and not area.isVisible()
    assert run_button(dialog).isEnabled()


def test_the_preview_speaks_chinese(
    qtbot: QtBot, database: Database, language: Any, tmp_path: Path
) -> None:
    language("zh_CN")
    path = tmp_path / "m.csv"
    path.write_text("昵称,入群时间,角色,群\n,2024-01-01,领读人,g\n阿木,0,,g\n", encoding="utf-8")
    dialog = open_dialog(qtbot, database, path)
    assert dialog.plan is not None
    reasons = [(p.row, p.column, p.message) for p in dialog.plan.problems]
    assert reasons[0] == (2, "姓名", "需要姓名、昵称或微信号")  # no 姓名 column: its label
    assert reasons[1][:2] == (3, "入群时间") and "不是 Excel 日期序号" in reasons[1][2]
    area = dialog.findChild(QScrollArea, "importRoles")
    assert area is not None
    assert "“领读人”（1 行）" in [label.text() for label in area.findChildren(QLabel)]
    assert role_combo(dialog, 0).itemText(0) == "（选择角色）"
    leader = role_combo(dialog, 0).findData("leader")
    assert role_combo(dialog, 0).itemText(leader) == "意见领袖/骨干"
