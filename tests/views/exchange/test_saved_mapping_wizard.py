"""The import wizard remembers the mapping of a successful import and offers it again."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.models.exchange import import_engine as engine
from desktop.models.exchange.member_fields import MEMBER_FIELDS
from desktop.models.storage.db import Database
from desktop.views.exchange.import_dialog import ImportDialog
from desktop.views.exchange.revenue_import_dialog import RevenueImportDialog
from tests.models.exchange.test_order_import import XIAOE
from tests.models.exchange.test_revenue_import import SALON, seed
from tests.views.exchange.test_import_dialog import open_dialog

TODAY = dt.date(2026, 11, 23)  # the test clock's day


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def run(qtbot: QtBot, dialog: ImportDialog | RevenueImportDialog, name: str) -> None:
    found = dialog.findChild(QPushButton, name)
    assert found is not None and found.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        found.click()


def test_the_confirmed_mapping_opens_the_next_file_and_can_be_forgotten(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    first = write(tmp_path / "a.csv", [["姓名", "外号"], ["王芳", "芳芳"]])
    dialog = open_dialog(qtbot, database, first)
    assert dialog.mapping() == ("name", None)  # 外号 names no field
    assert not dialog.saved_note.isVisible()
    combo = dialog.mapping_combos[1]
    combo.setCurrentIndex(combo.findData("nickname"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy())
    # cancelled: nothing remembered
    dialog.reject()
    assert engine.saved_mapping(database, MEMBER_FIELDS, ("姓名", "外号")) is None

    dialog = open_dialog(qtbot, database, first)
    combo = dialog.mapping_combos[1]
    combo.setCurrentIndex(combo.findData("nickname"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy())
    run(qtbot, dialog, "importRun")
    saved = engine.saved_mapping(database, MEMBER_FIELDS, ("姓名", "外号"))
    assert saved == engine.SavedMapping(("name", "nickname"), TODAY)

    # the same titles in another order: opened with the saved mapping, and said so
    second = write(tmp_path / "b.csv", [["外号", "姓名"], ["阿明", "李明"]])
    dialog = open_dialog(qtbot, database, second)
    assert dialog.mapping() == ("nickname", "name")
    assert dialog.plan is not None and dialog.plan.mapping == ("nickname", "name")
    assert dialog.saved_note.isVisible() and dialog.forget_button.isVisible()
    assert "saved on" in dialog.saved_note.text() and "2026" in dialog.saved_note.text()
    dialog.forget_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy())
    assert dialog.mapping() == (None, "name") and not dialog.saved_note.isVisible()
    assert engine.saved_mapping(database, MEMBER_FIELDS, ("姓名", "外号")) is None


def test_an_order_sheet_imports_through_the_revenue_wizard_once(
    qtbot: QtBot, database: Database
) -> None:
    seed(database)
    dialog = RevenueImportDialog(None, database, XIAOE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(SALON))
    dialog.group_combo.activated.emit(dialog.group_combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy())
    assert "6 rows: 4 ready, 0 with problems" in dialog.summary.text()
    assert "2 orders left out" in dialog.summary.text()
    run(qtbot, dialog, "revenueImportRun")
    assert dialog.result_value is not None and dialog.result_value.imported == 4
    groups = database.conn.execute("SELECT DISTINCT group_id FROM revenue").fetchall()
    assert groups == [(SALON,)]

    again = RevenueImportDialog(None, database, XIAOE)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: not again.is_busy())
    assert again.saved_note.isVisible()  # the mapping of the first import
    assert "0 ready" in again.summary.text() and "Nothing new to import" in again.summary.text()
    run_button = again.findChild(QPushButton, "revenueImportRun")
    assert run_button is not None and not run_button.isEnabled()
    assert database.counts()["revenue"] == 4
