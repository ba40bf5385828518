"""The payment bill dialog: the member of each line chosen in a combo; the group selector fits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.models.storage.db import Database
from desktop.views.exchange.payment_import_dialog import PaymentImportDialog
from tests.models.exchange.test_payment_bills import LIN, MOBAI_1, MOBAI_2, XLSX, bill_database

Dialog = PaymentImportDialog


@pytest.fixture
def bill_db(database: Database) -> Database:
    return bill_database(database)


def member_combo(dialog: PaymentImportDialog, row: int) -> QComboBox:
    combo = dialog.table.cellWidget(row, Dialog.MEMBER)
    assert isinstance(combo, QComboBox)
    return combo


def test_the_member_of_a_line_is_chosen_among_the_payers_namesakes(
    qtbot: QtBot, bill_db: Database
) -> None:
    dialog = PaymentImportDialog(bill_db, XLSX)
    qtbot.addWidget(dialog)
    matched = member_combo(dialog, 0)  # 林小雨: one member
    assert [matched.itemData(i) for i in range(matched.count())] == [None, LIN]
    assert matched.currentData() == LIN and matched.itemText(0) == "(none)"
    twins = member_combo(dialog, 1)  # 墨白: two members of that name, none chosen yet
    assert [twins.itemData(i) for i in range(twins.count())] == [None, MOBAI_1, MOBAI_2]
    assert twins.currentData() is None and twins.itemText(0) == "(choose: 2 members named so)"
    # no namesake: nothing to choose; an expense or skipped line: no combo either
    assert dialog.table.cellWidget(2, Dialog.MEMBER) is None
    assert dialog.table.cellWidget(7, Dialog.MEMBER) is None
    twins.setCurrentIndex(2)
    matched.setCurrentIndex(0)
    choices = dialog.choices()
    assert (choices[0].member_id, choices[1].member_id) == (None, MOBAI_2)
    dialog.import_button.click()
    rows = dict(bill_db.conn.execute("SELECT payment_ref, member_id FROM revenue").fetchall())
    assert (rows["100001"], rows["100002"]) == (None, MOBAI_2)


def test_the_group_selector_is_as_wide_as_its_longest_group(
    qtbot: QtBot, bill_db: Database
) -> None:
    dialog = PaymentImportDialog(bill_db, XLSX)
    qtbot.addWidget(dialog)
    combo = dialog.default_group
    metrics = combo.fontMetrics()
    widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.minimumWidth() >= widest + combo.iconSize().width()
