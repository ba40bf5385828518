"""The payment bill dialog: lines to tick and filter, rules remembered, one import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QInputDialog
from pytestqt.qtbot import QtBot

from desktop.models.revenue import payments
from desktop.models.storage.db import Database
from desktop.views.exchange.payment_import_dialog import PaymentImportDialog
from tests.models.exchange.test_payment_bills import CLUB, LIN, XLSX, bill_database

Dialog = PaymentImportDialog


@pytest.fixture
def bill_db(database: Database) -> Database:
    return bill_database(database)


def make(qtbot: QtBot, db: Database, path: Path = XLSX) -> PaymentImportDialog:
    dialog = PaymentImportDialog(db, path)
    qtbot.addWidget(dialog)
    return dialog


def ticked(dialog: PaymentImportDialog) -> list[int]:
    table = dialog.table
    return [
        row
        for row in range(table.rowCount())
        if table.item(row, Dialog.CHECK).checkState() == Qt.CheckState.Checked
    ]


def test_lines_are_shown_ticked_filtered_and_imported_once(
    qtbot: QtBot,
    bill_db: Database,
) -> None:
    payments.save_rule(bill_db, "item", "读书会", CLUB, "membership")
    dialog = make(qtbot, bill_db)
    assert dialog.table.rowCount() == 9
    assert ticked(dialog) == [0, 1, 2, 4, 5, 6]  # income and the refund; not the expense
    assert dialog.table.item(0, Dialog.MEMBER).text() == "林雨"
    assert dialog.table.item(1, Dialog.MEMBER).text() == "2 members named so"
    assert dialog.table.item(7, Dialog.STATE).text() == "not completed (对方已退还)"
    group = dialog.table.cellWidget(0, Dialog.GROUP)
    assert isinstance(group, QComboBox) and group.currentData() == CLUB
    # the skipped lines cannot be ticked
    assert not dialog.table.item(7, Dialog.CHECK).flags() & Qt.ItemFlag.ItemIsUserCheckable
    # filters: item text, counterpart, dates
    dialog.item.setText("读书会")
    shown = [r for r in range(9) if not dialog.table.isRowHidden(r)]
    assert shown == [0, 1, 4, 5]
    dialog.counterpart.setText("张三")
    assert [r for r in range(9) if not dialog.table.isRowHidden(r)] == [4, 5]
    dialog.uncheck_shown.click()
    assert ticked(dialog) == [0, 1, 2, 6]
    dialog.counterpart.clear()
    dialog.item.clear()
    dialog.first.setDate(QDate(2025, 6, 2))
    dialog.last.setDate(QDate(2025, 6, 4))
    assert [r for r in range(9) if not dialog.table.isRowHidden(r)] == [1, 2, 3]
    dialog.check_shown.click()  # the expense too
    assert ticked(dialog) == [0, 1, 2, 3, 6]
    assert "5 ticked to import" in dialog.summary.text()
    dialog.import_button.click()
    assert dialog.result is not None
    assert (dialog.result.income, dialog.result.expenses, dialog.result.refunds) == (4, 1, 0)
    rows = bill_db.conn.execute(
        "SELECT payment_ref, member_id, group_id FROM revenue ORDER BY id"
    ).fetchall()
    assert [r[0] for r in rows] == ["100001", "100002", "100003", "100004", "100007"]
    assert rows[0][1:] == (LIN, CLUB)
    again = make(qtbot, bill_db)
    assert [again.table.item(r, Dialog.STATE).text() for r in (0, 3)] == ["Already imported"] * 2
    assert ticked(again) == [4, 5]  # 张三's fee and its refund, left out the first time


def test_remember_as_rule_fills_the_lines_it_covers(
    qtbot: QtBot,
    bill_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make(qtbot, bill_db)
    assert dialog.table.cellWidget(2, Dialog.CATEGORY).currentData() == "other_income"
    dialog.table.selectRow(2)  # 线下沙龙门票
    group = dialog.table.cellWidget(2, Dialog.GROUP)
    category = dialog.table.cellWidget(2, Dialog.CATEGORY)
    assert isinstance(group, QComboBox) and isinstance(category, QComboBox)
    group.setCurrentIndex(group.findData(2))
    category.setCurrentIndex(category.findData("offline_ticket"))
    asked: list[Any] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(kwargs.get("text"))
        return "沙龙门票", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    assert dialog.remember_rule()
    assert asked == ["线下沙龙门票"]
    (rule,) = payments.list_rules(bill_db)
    assert (rule.field, rule.contains, rule.group_id, rule.category) == (
        "item",
        "沙龙门票",
        2,
        "offline_ticket",
    )
    # re-planned: the line now comes from the rule
    assert dialog.table.cellWidget(2, Dialog.CATEGORY).currentData() == "offline_ticket"
    assert dialog.plan is not None and dialog.plan.lines[2].rule_id == rule.id


def test_bill_dialog_in_chinese(
    qtbot: QtBot,
    bill_db: Database,
    chinese: None,
) -> None:
    payments.save_rule(bill_db, "item", "读书会", CLUB, "membership")
    dialog = make(qtbot, bill_db)
    dialog.resize(1400, 560)
    dialog.show()
    assert dialog.import_button.text() == "导入"
    assert dialog.table.item(8, Dialog.STATE).text().startswith("既不是收入也不是支出")
    dialog.grab().save("/tmp/money-bill.png")
