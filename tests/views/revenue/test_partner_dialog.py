"""The partners dialog: each partner's balance, payouts recorded, edited and deleted with undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.models.core.scope import Scope
from desktop.models.revenue import partners, payouts
from desktop.models.revenue.payouts import PayoutDraft
from desktop.models.storage import trash
from desktop.models.storage.db import Database
from desktop.views.common.commands import runner_for
from desktop.views.revenue.partner_dialog import PartnerDialog
from tests.models.revenue.test_revenue import SALON, build_ledger

D = dt.date


@pytest.fixture
def dialog(qtbot: QtBot, database: Database) -> PartnerDialog:
    """Partner 1 (联合主办) takes 33.33% of the salon's net: 382.63 owed by 23 November."""
    build_ledger(database)
    partners.set_share(database, 1, SALON, 3333)
    stack = QUndoStack()
    found = PartnerDialog(database, Scope(None, D(2026, 10, 1), D(2026, 11, 30)), None,
                          runner_for(stack))  # fmt: skip
    found.stack = stack  # type: ignore[attr-defined]  # kept alive with the dialog
    qtbot.addWidget(found)
    return found


def _balances(dialog: PartnerDialog) -> dict[str, str]:
    items = (dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount()))
    return {item.text(0): item.text(1) for item in items}


def _stored(database: Database) -> list[tuple[object, ...]]:
    return database.conn.execute(
        "SELECT partner_id, day, amount_minor, currency, method, note FROM partner_payouts"
    ).fetchall()


def test_the_list_shows_each_partners_balance(dialog: PartnerDialog) -> None:
    assert _balances(dialog) == {"联合主办": "¥382.63", "麦香源": "¥0.00"}
    assert dialog.partner_id() == 1 and dialog.payouts.partner_id == 1
    assert dialog.payouts.table.rowCount() == 0


def test_record_edit_delete_and_undo_each(dialog: PartnerDialog, database: Database) -> None:
    panel, stack = dialog.payouts, dialog.stack  # type: ignore[attr-defined]
    panel.day.setDate(QDate(2026, 11, 5))
    panel.amount.setText("300")
    panel.method.setCurrentIndex(panel.method.findData("wechat"))
    panel.note.setText("十月分成")
    panel.add_button.click()
    assert _stored(database) == [(1, "2026-11-05", 30000, "CNY", "wechat", "十月分成")]
    assert _balances(dialog)["联合主办"] == "¥82.63"  # 382.63 − 300.00
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "¥300.00"
    html = dialog.statement.toHtml()
    assert "¥300.00" in html and "¥82.63" in html
    (payout_id,) = (p.id for p in payouts.payouts_of(database, 1))

    stack.undo()
    assert _stored(database) == [] and _balances(dialog)["联合主办"] == "¥382.63"
    assert trash.list_trash(database) == []  # undoing a record is not a delete
    stack.redo()
    assert [p.id for p in payouts.payouts_of(database, 1)] == [payout_id]

    panel.table.selectRow(0)
    assert panel.amount.text() == "300.00" and panel.save_button.isEnabled()
    panel.amount.setText("250")
    panel.save_button.click()
    assert _stored(database)[0][2] == 25000 and _balances(dialog)["联合主办"] == "¥132.63"
    stack.undo()
    assert _stored(database)[0][2] == 30000

    panel.table.selectRow(0)
    panel.delete_button.click()
    assert _stored(database) == [] and [t.kind for t in trash.list_trash(database)] == ["payout"]
    assert not panel.delete_button.isEnabled()
    stack.undo()
    assert _stored(database)[0][2] == 30000 and trash.list_trash(database) == []
    assert _balances(dialog)["联合主办"] == "¥82.63"


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        ("0", "CNY", "A payout is more than zero."),
        ("abc", "CNY", "Not saved — "),
        ("-5", "CNY", "Not saved — "),
        ("5", "元元", "A currency is a three-letter code"),
    ],
)
def test_a_refused_payout_says_why_and_writes_nothing(
    dialog: PartnerDialog, database: Database, amount: str, currency: str, shown: str
) -> None:
    panel, stack = dialog.payouts, dialog.stack  # type: ignore[attr-defined]
    panel.amount.setText(amount)
    panel.currency.setText(currency)
    panel.add_button.click()
    assert shown in panel.message.text()
    assert _stored(database) == [] and stack.count() == 0
    panel.amount.setText("0.01")  # the smallest payout is fine
    panel.currency.setText("CNY")
    panel.add_button.click()
    assert _stored(database)[0][2] == 1 and stack.count() == 1


def test_a_partner_with_payouts_but_no_share_shows_the_balance(
    dialog: PartnerDialog, database: Database
) -> None:
    payouts.add_payout(database, 2, PayoutDraft(D(2026, 10, 2), 1000, method="cash"))
    dialog.reload()
    assert _balances(dialog)["麦香源"] == "−¥10.00"  # paid ahead
    item = next(
        dialog.list.topLevelItem(i)
        for i in range(dialog.list.topLevelItemCount())
        if dialog.list.topLevelItem(i).text(0) == "麦香源"
    )
    dialog.list.setCurrentItem(item)
    assert dialog.payouts.partner_id == 2 and dialog.payouts.table.rowCount() == 1
    assert "−¥10.00" in dialog.statement.toHtml()
