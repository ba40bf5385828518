"""The revenue import dialog and the Revenue tab's Import button, each checked on the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot

from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.exchange import revenue_import as ri
from desktop.models.revenue import revenue
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database
from desktop.views.exchange.import_wizard import PreviewModel, ProblemModel
from desktop.views.exchange.revenue_import_dialog import RevenueImportDialog
from desktop.views.revenue.revenue_tab import RevenueTab
from tests.models.exchange.test_revenue_import import (
    BAD_ROWS,
    HEADER,
    SALON,
    seed,
    write_csv,
    write_xlsx,
)

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def db(database: Database) -> Database:
    seed(database)
    return database


def open_dialog(qtbot: QtBot, db: Database, path: Path) -> RevenueImportDialog:
    dialog = RevenueImportDialog(None, db, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    return dialog


def button(dialog: RevenueImportDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None
    return found


def entries(db: Database) -> list[tuple[Any, ...]]:
    return list(db.conn.execute("SELECT day, category, amount_minor FROM revenue ORDER BY id"))


def test_bad_rows_are_shown_and_only_valid_rows_import_on_request(
    qtbot: QtBot, db: Database, tmp_path: Path, qtmodeltester: Any
) -> None:
    path = write_csv(tmp_path / "bad.csv", [["收支明细"], HEADER, *BAD_ROWS], "utf-8-sig")
    dialog = open_dialog(qtbot, db, path)
    problems = dialog.findChild(QTableView, "revenueImportProblems")
    preview = dialog.findChild(QTableView, "revenueImportPreview")
    assert problems is not None and preview is not None
    problem_model, preview_model = problems.model(), preview.model()
    assert isinstance(problem_model, ProblemModel) and isinstance(preview_model, PreviewModel)
    qtmodeltester.check(problem_model)
    qtmodeltester.check(preview_model)
    rows = [problem_model.index(r, 0).data() for r in range(problem_model.rowCount())]
    assert rows == [4, 4, 5, 5, 5, 6, 6, 7, 7, 7, 7, 8]  # row numbers as the sheet shows them
    assert problem_model.index(0, ProblemModel.COLUMN).data() == "日期"
    assert preview_model.rowCount() == 7
    assert preview_model.index(0, 0).data() == 3
    assert "2 ready, 5 with problems" in dialog.summary.text()
    run, valid_only = button(dialog, "revenueImportRun"), button(dialog, "revenueImportValidOnly")
    assert not run.isEnabled() and valid_only.isEnabled()
    assert entries(db) == []

    dialog.only_problems.setChecked(True)
    assert preview_model.rowCount() == 5
    with qtbot.waitSignal(dialog.accepted):
        valid_only.click()
    assert dialog.result_value is not None and dialog.result_value.imported == 2
    assert entries(db) == [("2026-11-01", "ticket", 9900), ("2026-11-05", "venue", 30000)]


def test_a_clean_workbook_imports_with_import(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "ok.xlsx",
        [[dt.datetime(2026, 11, 3), "城市沙龙", "赞助", 500, "银行", None, None, "麦香源", None],
         [dt.datetime(2026, 11, 4), "城市沙龙", "场地", 120.5, "现金", None, "十月沙龙", None,
          "场租"]],
    )  # fmt: skip
    dialog = open_dialog(qtbot, db, path)
    assert "header on row 2" in dialog.source_label.text()
    assert dialog.mapping()[:4] == ("day", "group", "category", "amount")
    assert not button(dialog, "revenueImportValidOnly").isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        button(dialog, "revenueImportRun").click()
    assert entries(db) == [("2026-11-03", "sponsorship", 50000), ("2026-11-04", "venue", 12050)]
    assert db.conn.execute("SELECT event_id FROM revenue WHERE id = 2").fetchone()[0] == 1


def test_remapping_a_column_checks_again(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    rows = [["日期", "项", "金额"], ["2026-11-01", "赞助", "5"]]
    dialog = open_dialog(qtbot, db, write_csv(tmp_path / "x.csv", rows, "utf-8"))
    assert dialog.plan is None and "category" in dialog.summary.text()
    combo = dialog.mapping_combos[1]
    assert combo.objectName() == "revenueImportMapping1"
    with qtbot.waitSignal(dialog.planReady):
        combo.setCurrentIndex(combo.findData("category"))
        combo.activated.emit(combo.currentIndex())
    assert dialog.plan is not None and len(dialog.plan.rows) == 1
    assert button(dialog, "revenueImportRun").isEnabled()
    assert entries(db) == []


def test_a_cancelled_import_writes_nothing(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [HEADER, ["2026-11-01", "城市沙龙", "门票", "99", "", "", "", "", ""]]
    dialog = open_dialog(qtbot, db, write_csv(tmp_path / "c.csv", rows, "utf-8"))
    real = ri.apply_revenue_import

    def cancelled_midway(*args: Any, **kwargs: Any) -> ri.RevenueImportResult:
        assert dialog._task is not None
        dialog._task.cancel.set()  # as if Stop was pressed while writing
        return real(*args, **kwargs)

    monkeypatch.setattr(ri, "apply_revenue_import", cancelled_midway)
    with qtbot.waitSignal(dialog.workFailed) as failed:
        button(dialog, "revenueImportRun").click()
    assert failed.args == ["Cancelled; nothing was changed."]
    assert dialog.isVisible() and dialog.result_value is None
    assert entries(db) == []


def test_the_tab_imports_reloads_and_clears_undo(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack = QUndoStack()
    db.clock = FixedClock(TODAY)
    tab = RevenueTab(stack, clock=db.clock)
    qtbot.addWidget(tab)
    tab.set_database(db)
    tab.set_scope(Scope(None, dt.date(2026, 11, 1), dt.date(2026, 11, 30)))
    revenue.add_entry(db, EntryDraft(dt.date(2026, 11, 2), SALON, "ticket", 100))
    tab.reload()
    assert tab.model.rowCount() == 1
    path = write_csv(
        tmp_path / "t.csv",
        [HEADER, ["2026-11-05", "城市沙龙", "门票", "99", "", "", "", "", ""]],
        "utf-8",
    )
    asked: list[Path] = []

    def ask(parent: Any, database: Database) -> ri.RevenueImportResult:
        asked.append(path)
        assert parent is tab and database is db
        return ri.import_revenue(database, path)

    monkeypatch.setattr(RevenueImportDialog, "ask", ask)
    stack.push(QUndoCommand("an earlier edit"))
    import_button = tab.findChild(QPushButton, "revenueImport")
    assert import_button is not None
    import_button.click()
    assert asked and stack.count() == 0
    assert tab.model.rowCount() == 2
    assert entries(db)[-1] == ("2026-11-05", "ticket", 9900)
