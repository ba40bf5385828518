"""The refund dialog: give back part or all of a ledger entry, maybe shortening paid-until."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Category, Channel
from desktop.models.core.money import MoneyError, parse_amount, plain_text
from desktop.models.revenue.refunds import Refundable, RefundDraft
from desktop.models.revenue.revenue import Entry
from desktop.views.common.date_range import from_qdate, to_qdate
from desktop.views.common.formatting import format_date, format_money
from desktop.views.common.labels import choices, label_for

ERROR_STYLE = "color: #b3261e;"


class RefundDialog(QDialog):
    """How much of an entry to give back, when and how; a fee's refund can move paid-until."""

    def __init__(
        self, entry: Entry, left: Refundable, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund"))
        self.entry = entry
        self.left = left
        self.today = max(today, entry.day)
        self._build_ui()
        self._on_amount_changed()

    def _build_ui(self) -> None:
        entry, left = self.entry, self.left
        what = self.tr("%1 · %2 · %3").replace("%1", format_date(entry.day))
        what = what.replace("%2", label_for(Category, entry.category))
        what = what.replace("%3", format_money(entry.amount_minor, entry.currency))
        if entry.member_name:
            what += " · " + entry.member_name
        self.summary = QLabel(what, self)
        self.summary.setObjectName("refundOf")
        self.already = QLabel(self)
        self.already.setObjectName("refundAlready")
        if left.refunded_minor:
            self.already.setText(
                self.tr("Already refunded: %1; left: %2")
                .replace("%1", format_money(left.refunded_minor, left.currency))
                .replace("%2", format_money(left.left_minor, left.currency))
            )
        self.date = QDateEdit(self)
        self.date.setObjectName("refundDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(to_qdate(self.today))
        self.date.setMinimumDate(to_qdate(entry.day))
        self.amount = QLineEdit(plain_text(left.left_minor), self)
        self.amount.setObjectName("refundAmount")
        self.channel = QComboBox(self)
        self.channel.setObjectName("refundChannel")
        for code, text in choices(Channel):
            self.channel.addItem(text, code)
        self.channel.setCurrentIndex(max(self.channel.findData(entry.channel), 0))
        self.note = QLineEdit(self)
        self.note.setObjectName("refundNote")
        self.note.setPlaceholderText(self.tr("Why, e.g. could not attend"))
        self.shorten = QCheckBox(self.tr("Move paid-until back to"), self)
        self.shorten.setObjectName("refundShorten")
        self.until = QDateEdit(self)
        self.until.setObjectName("refundUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.was = QLabel(self)
        shorten_row = QHBoxLayout()
        shorten_row.addWidget(self.shorten)
        shorten_row.addWidget(self.until)
        shorten_row.addWidget(self.was, 1)
        self.message = QLabel(self)
        self.message.setObjectName("refundMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)

        self._lay_out(shorten_row)

    def _lay_out(self, shorten_row: QHBoxLayout) -> None:
        """The form, the message under it and the buttons."""
        left = self.left
        form = QFormLayout()
        form.addRow(self.tr("Refund of"), self.summary)
        if left.refunded_minor:
            form.addRow("", self.already)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Amount"), self.amount)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow(self.tr("&Note"), self.note)
        if left.paid_until is not None:
            form.addRow(self.tr("Membership"), shorten_row)
            self.was.setText(self.tr("(now %1)").replace("%1", format_date(left.paid_until)))
        else:
            for widget in (self.shorten, self.until, self.was):
                widget.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record refund"))
        ok.setObjectName("refundOk")
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        self.amount.textChanged.connect(self._on_amount_changed)
        self.shorten.toggled.connect(self.until.setEnabled)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _amount(self) -> int | None:
        try:
            return parse_amount(self.amount.text())
        except MoneyError:
            return None

    def _on_amount_changed(self, _text: str = "") -> None:
        """The paid-until proposal follows the amount: the share of a period it paid for."""
        amount = self._amount()
        until = self.left.shortened_until(amount) if amount else None
        if until is not None:
            self.until.setDate(to_qdate(until))
        self.shorten.setChecked(until is not None)
        self.until.setEnabled(until is not None)

    def draft(self) -> RefundDraft | None:
        """The refund as typed; None (with the reason shown) when the amount is unreadable."""
        try:
            amount = parse_amount(self.amount.text())
        except MoneyError as exc:
            self.message.setText(exc.message)
            self.amount.setFocus()
            return None
        if amount > self.left.left_minor:
            self.message.setText(
                self.tr("At most %1 can still be refunded.").replace(
                    "%1", format_money(self.left.left_minor, self.left.currency)
                )
            )
            self.amount.setFocus()
            return None
        shorten = self.left.paid_until is not None and self.shorten.isChecked()
        return RefundDraft(
            day=from_qdate(self.date.date()),
            amount_minor=amount,
            channel=str(self.channel.currentData()),
            note=self.note.text(),
            paid_until=from_qdate(self.until.date()) if shorten else None,
        )

    def _on_accept(self) -> None:
        if self.draft() is not None:
            self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget, entry: Entry, left: Refundable, today: dt.date
    ) -> RefundDraft | None:
        """Run the dialog; the refund to record, or None when cancelled."""
        dialog = cls(entry, left, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.draft()
