"""Refunds in the Revenue tab: the dialog, the undoable edit, the ledger's marks, Chinese."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.revenue import refunds, revenue, summaries
from desktop.models.revenue.refunds import RefundDraft
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database
from desktop.views.revenue.ledger_item_models import LedgerModel
from desktop.views.revenue.refund_dialog import RefundDialog
from desktop.views.revenue.revenue_tab import RevenueTab
from tests.models.revenue.test_revenue import VIP, ZHANG, build_ledger, paid_until

D = dt.date
TODAY = D(2026, 11, 23)
AUTUMN = Scope(None, D(2026, 9, 1), D(2026, 11, 30))


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    found = build_ledger(database)
    database.clock = FixedClock(TODAY)
    return found


def make_tab(qtbot: QtBot, database: Database, scope: Scope = AUTUMN) -> RevenueTab:
    widget = RevenueTab(QUndoStack(), clock=database.clock)
    qtbot.addWidget(widget)
    widget.set_database(database)
    widget.set_scope(scope)
    return widget


def select(tab: RevenueTab, entry_id: int) -> None:
    row = tab.model.row_of(entry_id)
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())


def test_refund_is_recorded_undone_and_redone(
    qtbot: QtBot, database: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = make_tab(qtbot, database)
    select(tab, ids["e4"])
    asked: list[Any] = []

    def ask(parent: Any, entry: Any, left: Any, today: dt.date) -> RefundDraft:
        asked.append((entry.id, left.left_minor, today))
        return RefundDraft(TODAY, 2000, note="有事没来")

    monkeypatch.setattr(RefundDialog, "ask", staticmethod(ask))
    assert tab.refund_selected()
    assert asked == [(ids["e4"], 9900, TODAY)]
    (refund,) = refunds.refunds_of(database, ids["e4"])
    assert (refund.amount_minor, refund.note) == (-2000, "有事没来")
    assert tab.model.rowCount() == 11 and tab.count_label.text() == "11 entries"
    row = tab.model.row_of(refund.id)
    shown = tab.model.index(row, LedgerModel.CATEGORY).data()
    assert shown == "Refund: Lecture tickets"
    assert tab.model.index(row, LedgerModel.AMOUNT).data() == "−¥20.00"
    tip = tab.model.index(row, LedgerModel.CATEGORY).data(Qt.ItemDataRole.ToolTipRole)
    assert "2026-10-10" in tip or "Oct" in tip
    tab.undo_stack.undo()
    assert refunds.refunds_of(database, ids["e4"]) == []
    tab.undo_stack.redo()
    assert [r.amount_minor for r in refunds.refunds_of(database, ids["e4"])] == [-2000]
    # a refund is not refunded again; an entry refunded in full says so
    select(tab, refund.id)
    assert not tab.refund_selected()
    assert "cannot be refunded" in tab.entry.message.text()
    refunds.add_refund(database, ids["e4"], RefundDraft(TODAY, 7900))
    tab.reload()
    select(tab, ids["e4"])
    assert not tab.refund_selected()
    assert "in full" in tab.entry.message.text()
    assert len(asked) == 1


def test_dialog_prefills_what_is_left_and_refuses_more(
    qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    refunds.add_refund(database, ids["e4"], RefundDraft(D(2026, 10, 11), 1900))
    entry = revenue.get_entry(database, ids["e4"])
    dialog = RefundDialog(entry, refunds.refundable(database, ids["e4"]), TODAY)
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "80.00"
    assert "¥19.00" in dialog.already.text() and "¥80.00" in dialog.already.text()
    assert dialog.shorten.isHidden()  # a ticket: no membership to move
    dialog.amount.setText("80.01")
    assert dialog.draft() is None and "¥80.00" in dialog.message.text()
    dialog.amount.setText("80")
    draft = dialog.draft()
    assert draft is not None and (draft.amount_minor, draft.day, draft.paid_until) == (
        8000,
        TODAY,
        None,
    )


def test_membership_refund_offers_to_move_paid_until(
    qtbot: QtBot, database: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    fee = revenue.add_entry(
        database, EntryDraft(D(2026, 11, 20), VIP, "membership", 36500, member_id=ZHANG)
    )
    entry = revenue.get_entry(database, fee)
    dialog = RefundDialog(entry, refunds.refundable(database, fee), TODAY)
    qtbot.addWidget(dialog)
    assert dialog.shorten.isChecked() and dialog.until.date().toPython() == D(2026, 12, 1)
    dialog.amount.setText("182.50")  # half: half of the year's 365 days back (182)
    assert dialog.until.date().toPython() == D(2027, 12, 1) - dt.timedelta(days=182)
    dialog.amount.setText("365")
    monkeypatch.setattr(RefundDialog, "ask", staticmethod(lambda *a: dialog.draft()))
    tab = make_tab(qtbot, database)
    select(tab, fee)
    assert tab.refund_selected()
    assert paid_until(database, ZHANG, VIP) == "2026-12-01"
    tab.undo_stack.undo()
    assert paid_until(database, ZHANG, VIP) == "2027-12-01"


def test_future_entries_are_marked_and_counted(
    qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    coming = revenue.add_entry(database, EntryDraft(D(2026, 11, 28), None, "venue", 30000))
    revenue.add_entry(database, EntryDraft(D(2026, 12, 6), None, "venue", 100))
    tab = make_tab(qtbot, database)
    row = tab.model.row_of(coming)
    assert tab.model.index(row, LedgerModel.DATE).data().endswith("(coming)")
    today_row = tab.model.row_of(ids["e11"])  # 2026-11-20: past
    assert "(coming)" not in tab.model.index(today_row, LedgerModel.DATE).data()
    assert tab.count_label.text() == "11 entries; 1 dated after this range"
    assert tab.model.rowCount() == revenue.count_entries(database, revenue.LedgerQuery(AUTUMN))


def test_ledger_with_a_refund_in_chinese(
    qtbot: QtBot, database: Database, ids: dict[str, int], chinese: None
) -> None:
    refunds.add_refund(database, ids["e4"], RefundDraft(D(2026, 10, 12), 3000, note="部分退款"))
    tab = make_tab(qtbot, database)
    tab.resize(1500, 800)
    tab.show()
    row = tab.model.row_of(refunds.refunds_of(database, ids["e4"])[0].id)
    assert tab.model.index(row, LedgerModel.CATEGORY).data().startswith("退款")
    assert tab.refund_button.text() == "退款…"
    # a refusal names the field by its label, in Chinese
    tab.entry.amount.setText("-5")
    tab.save()
    assert "金额" in tab.entry.message.text() and "amount" not in tab.entry.message.text()
    tab.grab().save("/tmp/money-ledger.png")
    assert summaries.totals(database, AUTUMN)[0].income > 0
