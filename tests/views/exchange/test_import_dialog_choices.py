"""The import dialog's delimiter choice, columns titled alike, and what the preview shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.models.storage.db import Database
from desktop.views.exchange.import_dialog import ImportDialog
from desktop.views.exchange.import_wizard import PREVIEW_CHARS

TODAY = dt.date(2026, 11, 23)
SHEETS = Path(__file__).resolve().parents[2] / "fixtures" / "sheets"


def open_dialog(qtbot: QtBot, db: Database, path: Path) -> ImportDialog:
    dialog = ImportDialog(None, db, path, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    return dialog


def test_the_delimiter_found_is_shown_and_can_be_changed(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "tabs.csv"
    path.write_text("姓名\t备注\n张三\t烘焙, 阅读, 旅行\n", encoding="utf-8")
    dialog = open_dialog(qtbot, database, path)
    combo = dialog.findChild(QComboBox, "importDelimiter")
    assert combo is not None and combo.isVisible()
    assert combo.currentData() == "\t"
    assert dialog.sheet is not None and dialog.sheet.headers == ("姓名", "备注")

    with qtbot.waitSignal(dialog.planReady):
        combo.setCurrentIndex(combo.findData(","))
        combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.sheet is not None
    assert dialog.sheet.headers == ("姓名 备注", "(B)", "(C)")  # split by commas, as chosen
    assert dialog.sheet.rows[0].cells == ["张三\t烘焙", " 阅读", " 旅行"]
    assert combo.currentData() == ","


def test_no_delimiter_choice_for_a_workbook(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database, SHEETS / "title_rows.xlsx")
    combo = dialog.findChild(QComboBox, "importDelimiter")
    assert combo is not None and not combo.isVisible()


def test_columns_titled_alike_wait_for_the_owners_mapping(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("姓名,手机,手机\n张三,13800000001,13800000002\n", encoding="utf-8")
    dialog = open_dialog(qtbot, database, path)
    assert dialog.plan is None
    assert "Columns B, C are all titled “手机”" in dialog.summary.text()
    assert not dialog.run_button.isEnabled()

    combo = dialog.mapping_combos[2]
    with qtbot.waitSignal(dialog.planReady):
        combo.setCurrentIndex(combo.findData("nickname"))
        combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.plan is not None and dialog.run_button.isEnabled()
    assert dialog.plan.rows[0].member["nickname"] == "13800000002"


def test_the_preview_cuts_long_cells_and_hides_control_characters(
    qtbot: QtBot, database: Database, tmp_path: Path, qtmodeltester: Any
) -> None:
    path = tmp_path / "long.csv"
    path.write_text("姓名,备注\n张\x1b[2J三," + "长" * 5000 + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, database, path)
    model = dialog.preview_model
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "张[2J三"
    shown = model.index(0, 2).data()
    assert shown == "长" * PREVIEW_CHARS + "…"
