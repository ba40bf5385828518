"""The import dialog: preview with problems, mapping, new groups, progress and cancel."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QProgressBar, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import member_import as imp
from desktop.models.storage.db import Database
from desktop.views.exchange.import_dialog import ImportDialog
from desktop.views.exchange.import_wizard import PreviewModel, ProblemModel

TODAY = dt.date(2026, 11, 23)
SHEETS = Path(__file__).resolve().parents[2] / "fixtures" / "sheets"


def add_group(db: Database, name: str) -> int:
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO groups (name, created_on) VALUES (?, '2020-01-01')", (name,)
        )
        return int(cursor.lastrowid or 0)


def open_dialog(qtbot: QtBot, db: Database, path: Path | None, **options: Any) -> ImportDialog:
    dialog = ImportDialog(None, db, path, today=TODAY, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    return dialog


def button(dialog: ImportDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None
    return found


def names(db: Database) -> list[str]:
    return [r[0] for r in db.conn.execute("SELECT name FROM members ORDER BY id")]


def test_preview_shows_each_bad_row_and_imports_nothing_by_default(
    qtbot: QtBot, database: Database, qtmodeltester: Any
) -> None:
    bakers = add_group(database, "烘焙群")
    dialog = open_dialog(qtbot, database, SHEETS / "bad_rows.xlsx", default_group_id=bakers)
    # No group column in the file: the toolbar's group is offered for every row.
    assert dialog.group_combo.currentData() == bakers
    problems = dialog.findChild(QTableView, "importProblems")
    assert problems is not None
    model = problems.model()
    assert isinstance(model, ProblemModel)
    qtmodeltester.check(model)
    rows = [model.index(r, ProblemModel.ROW).data() for r in range(model.rowCount())]
    columns = [model.index(r, ProblemModel.COLUMN).data() for r in range(model.rowCount())]
    assert rows == [4, 5, 7, 8, 9, 10, 11]
    assert columns == ["姓名", "手机", "加入时间", "加入时间", "加入时间", "微信号", "邮箱"]
    first = model.index(0, 0).data(ProblemModel.RowRole)
    assert first.message == "a name, nickname or WeChat ID is required"

    preview = dialog.findChild(QTableView, "importPreview")
    assert preview is not None
    pmodel = preview.model()
    assert isinstance(pmodel, PreviewModel)
    qtmodeltester.check(pmodel)
    assert pmodel.rowCount() == 10
    assert pmodel.headerData(2, Qt.Orientation.Horizontal) == "手机"
    bad_phone = pmodel.index(2, 2)  # sheet row 5, 手机
    assert (pmodel.index(2, 0).data(), bad_phone.data()) == (5, "12345")
    assert bad_phone.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "12345" in bad_phone.data(Qt.ItemDataRole.ToolTipRole)
    assert pmodel.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None  # row 3 is fine
    dialog.only_problems.setChecked(True)
    assert [pmodel.index(r, 0).data() for r in range(pmodel.rowCount())] == rows

    assert not button(dialog, "importRun").isEnabled()
    assert button(dialog, "importValidOnly").isEnabled()
    assert "7 with problems" in dialog.summary.text()
    assert names(database) == []


def test_import_valid_rows_only(qtbot: QtBot, database: Database) -> None:
    bakers = add_group(database, "烘焙群")
    dialog = open_dialog(qtbot, database, SHEETS / "bad_rows.xlsx", default_group_id=bakers)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        button(dialog, "importValidOnly").click()
    result = dialog.result_value
    assert result is not None and (result.imported, result.skipped) == (3, 7)
    assert names(database) == ["王芳", "钱多多", "陈晨"]
    joined = database.conn.execute(
        "SELECT count(*) FROM memberships WHERE group_id = ?", (bakers,)
    ).fetchone()
    assert joined == (3,)


def test_new_groups_need_a_confirmation(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, database, SHEETS / "title_rows.xlsx")
    assert dialog.header_spin.value() == 5 and "4 rows" in dialog.source_label.text()
    assert "读书会、烘焙群" in dialog.summary.text()
    asked: list[tuple[str, ...]] = []
    monkeypatch.setattr(
        ImportDialog, "confirm_new_groups", classmethod(lambda cls, p, n: asked.append(n) or False)
    )
    button(dialog, "importRun").click()
    assert asked == [("读书会", "烘焙群")]
    assert not dialog.is_busy() and "not confirmed" in dialog.summary.text()
    assert names(database) == [] and database.counts()["groups"] == 0

    monkeypatch.setattr(ImportDialog, "confirm_new_groups", classmethod(lambda cls, p, n: True))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        button(dialog, "importRun").click()
    assert dialog.result_value is not None and dialog.result_value.groups_created == (
        "读书会",
        "烘焙群",
    )
    assert names(database) == ["张三", "李四", "欧阳娜娜", "Amy Wang"]


def test_mapping_can_be_corrected(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["会员", "电话", "说明"], ["甲", "13800001111", "VIP"]])
    dialog = open_dialog(qtbot, database, path)
    assert dialog.mapping() == (None, "phone", "notes")
    assert dialog.plan is None and "names" in dialog.summary.text()
    assert not button(dialog, "importRun").isEnabled()
    combo = dialog.mapping_combos[0]
    combo.setCurrentIndex(combo.findData("name"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.plan is not None)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.plan is not None and dialog.plan.mapping == ("name", "phone", "notes")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        button(dialog, "importRun").click()
    row = database.conn.execute("SELECT name, phone, notes FROM members").fetchone()
    assert row == ("甲", "13800001111", "VIP")


def test_a_second_sheet_and_another_header_row(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "甲表"
    first.append(["姓名"])
    first.append(["甲"])
    second = wb.create_sheet("乙表")
    second.append(["说明：第二行是表头"])
    second.append(["名字", "手机"])
    second.append(["乙", "13800002222"])
    wb.save(tmp_path / "two.xlsx")
    dialog = open_dialog(qtbot, database, tmp_path / "two.xlsx")
    assert dialog.sheet_combo.isVisibleTo(dialog) and dialog.sheet_combo.count() == 2
    dialog.sheet_combo.setCurrentIndex(1)
    dialog.sheet_combo.activated.emit(1)
    qtbot.waitUntil(lambda: dialog.sheet is not None and dialog.sheet.sheet_name == "乙表")
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.header_spin.value() == 2 and dialog.mapping() == ("name", "phone")
    dialog.header_spin.setValue(1)  # wrong on purpose: no name column then
    qtbot.waitUntil(lambda: dialog.sheet is not None and dialog.sheet.header_row == 1)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.plan is None and dialog.sheet.sheet_name == "乙表"


def test_unreadable_file_is_explained(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    junk = tmp_path / "members.xlsx"
    junk.write_bytes(b"PK\x03\x04" + bytes(range(200)))
    dialog = open_dialog(qtbot, database, junk)
    assert "not a readable .xlsx workbook" in dialog.summary.text()
    assert "Nothing was imported" in dialog.summary.text()
    assert not button(dialog, "importRun").isEnabled()
    assert not button(dialog, "importValidOnly").isEnabled()


def test_cancel_mid_way_leaves_the_database_unchanged(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "CHUNK_ROWS", 5)
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [["姓名", "手机"], *([f"成员{n}", f"1380000{n:04d}"] for n in range(40))]
        )
    dialog = open_dialog(qtbot, database, path)
    before = database.counts()
    gate = threading.Event()
    real_apply = imp.apply_import

    def slow_apply(db: Database, plan: imp.ImportPlan, **options: Any) -> imp.ImportResult:
        report = options["progress"]

        def progress(done: int, total: int) -> None:
            report(done, total)
            gate.wait(10)  # hold the worker after each chunk until the test says go

        return real_apply(db, plan, **{**options, "progress": progress})

    monkeypatch.setattr(imp, "apply_import", slow_apply)
    button(dialog, "importRun").click()
    bar = dialog.findChild(QProgressBar, "importProgress")
    assert bar is not None
    qtbot.waitUntil(lambda: bar.value() == 5 and bar.maximum() == 40)
    assert bar.isVisible() and button(dialog, "importCancel").text() == "Stop"
    button(dialog, "importCancel").click()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.summary.text() == "Cancelled; nothing was changed."
    assert dialog.isVisible() and dialog.result_value is None
    assert database.counts() == before
    assert not database.conn.in_transaction
    button(dialog, "importCancel").click()  # idle now: closes the dialog
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_ask_returns_the_result_or_none(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImportDialog, "choose_file", classmethod(lambda cls, parent: None))
    assert ImportDialog.ask(None, database) is None

    monkeypatch.setattr(
        ImportDialog, "choose_file", classmethod(lambda cls, parent: SHEETS / "gbk.csv")
    )
    monkeypatch.setattr(ImportDialog, "confirm_new_groups", classmethod(lambda cls, p, n: True))

    def run(dialog: ImportDialog) -> int:
        qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.is_busy())
        assert "GBK" in dialog.source_label.text()
        dialog.run_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", run)
    result = ImportDialog.ask(None, database)
    assert result is not None and result.imported == 3
    assert names(database) == ["刘德华", "张学友", "郭富城"]
