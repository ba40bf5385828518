"""The payouts of one partner inside the partners dialog: the list, and a row to record or edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.errors import ValidationError
from desktop.models.core.money import MoneyError, check_currency, parse_amount
from desktop.models.revenue import payouts
from desktop.models.revenue.payouts import Payout, PayoutDraft, PayoutMethod
from desktop.models.storage.db import Database
from desktop.views.common.commands import CommandRunner
from desktop.views.common.date_range import from_qdate, to_qdate
from desktop.views.common.formatting import format_date, format_money, format_yuan_input
from desktop.views.common.inline_errors import ERROR_STYLE
from desktop.views.common.undo import report_undo_failure
from desktop.views.revenue.payout_commands import AddPayout, DeletePayout, EditPayout


def method_label(code: str) -> str:
    """A payout method's label in the UI language."""
    tr = QCoreApplication.translate
    return {
        PayoutMethod.BANK: tr("PayoutPanel", "Bank transfer"),
        PayoutMethod.WECHAT: tr("PayoutPanel", "WeChat Pay"),
        PayoutMethod.ALIPAY: tr("PayoutPanel", "Alipay"),
        PayoutMethod.CASH: tr("PayoutPanel", "Cash"),
        PayoutMethod.OTHER: tr("PayoutPanel", "Other"),
    }.get(code, code)


class PayoutPanel(QWidget):
    """A partner's payouts, newest first; record, edit (pick a row) and delete, all undoable."""

    changed = Signal()  # a payout was recorded, edited, deleted, or that was undone

    DAY, AMOUNT, METHOD, NOTE = range(4)

    def __init__(self, database: Database, runner: CommandRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("payoutPanel")
        self.database = database
        self.runner = runner
        self.partner_id: int | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("payoutTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Amount"), self.tr("Method"), self.tr("Note")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(120)
        self.day = QDateEdit(self)
        self.day.setObjectName("payoutDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("payoutAmount")
        self.amount.setPlaceholderText(self.tr("Amount"))
        self.currency = QLineEdit("CNY", self)
        self.currency.setObjectName("payoutCurrency")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        self.method = QComboBox(self)
        self.method.setObjectName("payoutMethod")
        for code in PayoutMethod:
            self.method.addItem(method_label(code), code.value)
        self.note = QLineEdit(self)
        self.note.setObjectName("payoutNote")
        self.note.setPlaceholderText(self.tr("Note, e.g. October share"))
        self.add_button = QPushButton(self.tr("Record payout"), self)
        self.add_button.setObjectName("payoutAdd")
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setObjectName("payoutSave")
        self.delete_button = QPushButton(self.tr("Delete payout"), self)
        self.delete_button.setObjectName("payoutDelete")
        self.message = QLabel(self)
        self.message.setObjectName("payoutMessage")
        self.message.setWordWrap(True)
        fields = QHBoxLayout()
        for widget in (self.day, self.amount, self.currency, self.method):
            fields.addWidget(widget)
        fields.addWidget(self.note, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>" + self.tr("Payouts to the partner") + "</b>", self))
        layout.addWidget(self.table)
        layout.addLayout(fields)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.add_button.clicked.connect(self._on_add)
        self.save_button.clicked.connect(self._on_save)
        self.delete_button.clicked.connect(self._on_delete)

    # ---- data ---------------------------------------------------------------------------

    def set_partner(self, partner_id: int | None) -> None:
        """Show this partner's payouts (None: nobody chosen, nothing to record)."""
        self.partner_id = partner_id
        self.message.clear()
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Re-read the payouts, newest first, selecting `select` when it is listed."""
        found = (
            [] if self.partner_id is None else payouts.payouts_of(self.database, self.partner_id)
        )
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for payout in reversed(found):
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (
                format_date(payout.day),
                format_money(payout.amount_minor, payout.currency),
                method_label(payout.method),
                payout.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, payout)
                if column == self.AMOUNT:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if payout.id == select:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        if self.selected() is None:
            self.clear_fields()
        self._on_selected()  # the chosen payout's values in the row, ready to edit

    def selected(self) -> Payout | None:
        """The payout picked in the list."""
        items = self.table.selectedItems()
        value = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return value if isinstance(value, Payout) else None

    def clear_fields(self) -> None:
        """Empty the row for the next payout, dated today."""
        self.table.clearSelection()
        self.day.setDate(to_qdate(self.database.clock.today()))
        self.amount.clear()
        self.note.clear()

    def draft(self) -> PayoutDraft:
        """The typed payout; ValidationError naming the field when it is not one."""
        try:
            amount = parse_amount(self.amount.text())
        except MoneyError as exc:
            raise ValidationError("amount", exc.message) from exc
        try:
            currency = check_currency(self.currency.text() or "CNY")
        except MoneyError as exc:
            raise ValidationError("currency", exc.message) from exc
        return PayoutDraft(
            from_qdate(self.day.date()),
            amount,
            currency,
            str(self.method.currentData()),
            self.note.text(),
        )

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.partner_id is not None)
        self.save_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ---- command host -------------------------------------------------------------------

    def payout_done(self, payout_id: int | None) -> None:
        """Reload after a command ran, or was undone or redone."""
        self.reload(select=payout_id)
        self.changed.emit()

    def payout_failed(self, text: str, error: Exception) -> None:
        """Tell the owner an undo or redo was dropped."""
        report_undo_failure(self, text, error)

    # ---- handlers -----------------------------------------------------------------------

    def _run(self, command: AddPayout | EditPayout | DeletePayout, done: str) -> None:
        refused = self.runner.attempt(command)
        if refused is not None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not saved — %1").replace("%1", refused.message))
            return
        self.message.setStyleSheet("")
        self.message.setText(done)
        self.payout_done(command.payout_id if command.present else None)

    def _on_selected(self) -> None:
        payout = self.selected()
        self._enable()
        if payout is None:
            return
        self.day.setDate(to_qdate(payout.day))
        self.amount.setText(format_yuan_input(payout.amount_minor))
        self.currency.setText(payout.currency)
        self.method.setCurrentIndex(max(self.method.findData(payout.method), 0))
        self.note.setText(payout.note)

    def _typed(self) -> PayoutDraft | None:
        try:
            return self.draft()
        except ValidationError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not saved — %1").replace("%1", exc.message))
            return None

    def _on_add(self) -> None:
        draft = self._typed()
        if draft is None or self.partner_id is None:
            return
        command = AddPayout(self, self.database, self.partner_id, draft)
        self._run(command, self.tr("Payout recorded."))

    def _on_save(self) -> None:
        old, draft = self.selected(), self._typed()
        if old is None or draft is None:
            return
        self._run(EditPayout(self, self.database, old, draft), self.tr("Payout saved."))

    def _on_delete(self) -> None:
        old = self.selected()
        if old is not None:
            command = DeletePayout(self, self.database, old.id)
            self._run(command, self.tr("Payout deleted (it is in the trash)."))
