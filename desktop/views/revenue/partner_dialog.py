"""The partners dialog: who the partners are and their balance, shares, statement, payouts."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Category, CategoryKind, category_kind
from desktop.models.core.errors import ValidationError
from desktop.models.core.money import MoneyError, parse_amount
from desktop.models.core.scope import Scope
from desktop.models.groups.groups import list_group_refs
from desktop.models.revenue import partners
from desktop.models.storage.db import Database
from desktop.views.common.commands import CommandRunner, runner_for
from desktop.views.common.formatting import format_date, format_money
from desktop.views.common.inline_errors import ERROR_STYLE
from desktop.views.common.labels import choices, label_for
from desktop.views.revenue.payout_panel import PayoutPanel


def money_list(amounts: dict[str, int]) -> str:
    """Amounts per currency as one line: "¥1,200.00 + $3.00"; zeros left out ("¥0.00" if all)."""
    return " + ".join(format_money(a, c) for c, a in amounts.items() if a) or format_money(0)


class PartnerDialog(QDialog):
    """Edit partners, their shares and payouts; read a statement for the toolbar's dates.

    Payouts are undoable edits through `runner` (the window's, so Ctrl+Z reaches them
    after the dialog closes); without one the dialog keeps its own undo stack.
    """

    PARTNER, BALANCE = range(2)

    def __init__(
        self,
        database: Database,
        scope: Scope | None,
        parent: QWidget | None = None,
        runner: CommandRunner | None = None,
    ):
        super().__init__(parent)
        self.runner = runner or runner_for(QUndoStack(self))
        self.setObjectName("partnerDialog")
        self.setWindowTitle(self.tr("Partners"))
        self.database = database
        today = database.clock.today()
        self.scope = scope or Scope(None, today.replace(day=1), today)
        self._build_ui()
        self._connect_signals()
        self.reload()

    @classmethod
    def ask(
        cls,
        database: Database,
        scope: Scope | None,
        parent: QWidget | None = None,
        runner: CommandRunner | None = None,
    ) -> None:
        """Run the dialog; partner edits are saved as they are made."""
        cls(database, scope, parent, runner).exec()

    def _build_ui(self) -> None:
        self.resize(980, 780)
        self.list = QTreeWidget(self)
        self.list.setObjectName("partnerList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Partner"), self.tr("Balance to date")])
        self.list.setToolTip(self.tr("Balance: all owed to date minus all paid, per currency"))
        self.new_button = QPushButton(self.tr("New partner"), self)
        self.new_button.setObjectName("partnerNew")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("partnerDelete")
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)

        self.name = QLineEdit(self)
        self.name.setObjectName("partnerName")
        self.contact = QLineEdit(self)
        self.contact.setObjectName("partnerContact")
        self.notes = QLineEdit(self)
        self.notes.setObjectName("partnerNotes")
        self.save_button = QPushButton(self.tr("Save partner"), self)
        self.save_button.setObjectName("partnerSave")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.save_button)

        self._build_share_row()
        self.message = QLabel(self)
        self._finish_layout(left, form)

    def _build_share_row(self) -> None:
        self.share_group = QComboBox(self)
        self.share_group.setObjectName("partnerShareGroup")
        self.share_percent = QLineEdit(self)
        self.share_percent.setObjectName("partnerSharePercent")
        self.share_percent.setPlaceholderText(self.tr("% e.g. 30 or 12.5"))
        self.share_basis = QComboBox(self)
        self.share_basis.setObjectName("partnerShareBasis")
        self.share_basis.addItem(self.tr("of the net"), partners.BASIS_NET)
        self.share_basis.addItem(self.tr("of chosen categories"), partners.BASIS_CATEGORIES)
        self.share_categories = QListWidget(self)
        self.share_categories.setObjectName("partnerShareCategories")
        for code, text in choices(Category):
            if category_kind(code) is not CategoryKind.EXPENSE:
                item = QListWidgetItem(text, self.share_categories)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setCheckState(Qt.CheckState.Unchecked)
        self.share_categories.setMaximumHeight(90)
        self.share_set = QPushButton(self.tr("Set share"), self)
        self.share_set.setObjectName("partnerShareSet")
        self.share_remove = QPushButton(self.tr("Remove share"), self)
        self.share_remove.setObjectName("partnerShareRemove")

    def _finish_layout(self, left: QVBoxLayout, form: QFormLayout) -> None:
        share_row = QHBoxLayout()
        for widget in (self.share_group, self.share_percent, self.share_basis):
            share_row.addWidget(widget)
        share_row.addWidget(self.share_set)
        share_row.addWidget(self.share_remove)
        self.message.setObjectName("partnerMessage")
        self.statement = QTextBrowser(self)
        self.statement.setObjectName("partnerStatement")
        self.statement.setMinimumHeight(200)
        self.payouts = PayoutPanel(self.database, self.runner, self)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(QLabel("<b>" + self.tr("Share of a group") + "</b>", self))
        right.addLayout(share_row)
        right.addWidget(self.share_categories)
        right.addWidget(self.message)
        right.addWidget(
            QLabel(
                "<b>"
                + self.tr("Statement %1 – %2")
                .replace("%1", format_date(self.scope.start))
                .replace("%2", format_date(self.scope.end))
                + "</b>",
                self,
            )
        )
        right.addWidget(self.statement, 1)
        right.addWidget(self.payouts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 5)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(buttons)

    def _connect_signals(self) -> None:
        self.list.currentItemChanged.connect(self._on_partner_changed)
        self.payouts.changed.connect(self._on_payouts_changed)
        self.new_button.clicked.connect(self._on_new)
        self.save_button.clicked.connect(self._on_save)
        self.delete_button.clicked.connect(self._on_delete)
        self.share_set.clicked.connect(self._on_set_share)
        self.share_remove.clicked.connect(self._on_remove_share)

    # ---- data ---------------------------------------------------------------------------

    def partner_id(self) -> int | None:
        """The chosen partner's id (None while a new one is typed)."""
        item = self.list.currentItem()
        value = item.data(self.PARTNER, Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def reload(self, select: int | None = None) -> None:
        """Re-read the partner list (with each balance to date) and groups."""
        current = select if select is not None else self.partner_id()
        balances = partners.balances(self.database, self.database.clock.today())
        self.list.blockSignals(True)
        self.list.clear()
        for partner in partners.list_partners(self.database):
            balance = balances.get(partner.id, {})
            item = QTreeWidgetItem(self.list, [partner.name, money_list(balance)])
            item.setData(self.PARTNER, Qt.ItemDataRole.UserRole, partner.id)
            item.setData(self.BALANCE, Qt.ItemDataRole.UserRole, balance)
            item.setTextAlignment(
                self.BALANCE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            if partner.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.resizeColumnToContents(self.PARTNER)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.share_group.clear()
        for ref in list_group_refs(self.database):
            self.share_group.addItem(ref.name, ref.id)
        self._show_partner()

    def _show_partner(self) -> None:
        pid = self.partner_id()
        if pid is None:
            for field in (self.name, self.contact, self.notes):
                field.clear()
            self.statement.setHtml("")
            self.payouts.set_partner(None)
            return
        partner = partners.get_partner(self.database, pid)
        self.name.setText(partner.name)
        self.contact.setText(partner.contact)
        self.notes.setText(partner.notes)
        self.statement.setHtml(self.statement_html(pid))
        if self.payouts.partner_id != pid:
            self.payouts.set_partner(pid)

    def statement_html(self, partner_id: int) -> str:
        """The partner's shares and what they are owed for the dialog's dates."""
        statement = partners.statement(self.database, partner_id, self.scope.start, self.scope.end)
        if not statement.lines and not statement.paid_to_date:
            return html.escape(self.tr("No share in any group yet."))
        rows = []
        for line in statement.lines:
            basis = (
                self.tr("net")
                if line.basis == partners.BASIS_NET
                else ", ".join(label_for(Category, c) for c in line.categories)
            )
            rows.append(
                f"<tr><td>{html.escape(line.group_name)}</td>"
                f"<td>{line.share_bp / 100:g}% {html.escape(basis)}</td>"
                f"<td align='right'>{format_money(line.base, line.currency)}</td>"
                f"<td align='right'>{line.entries.__len__()}</td>"
                f"<td align='right'><b>{format_money(line.owed, line.currency)}</b></td></tr>"
            )
        settled = "".join(
            f"<tr><td>{html.escape(label)}</td><td align='right'>{money_list(period)}</td>"
            f"<td align='right'>{money_list(to_date)}</td></tr>"
            for label, period, to_date in (
                (self.tr("Owed"), statement.owed, statement.owed_to_date),
                (self.tr("Paid"), statement.paid, statement.paid_to_date),
                (self.tr("Balance"), statement.balance, statement.balance_to_date),
            )
        )
        settled_head = "".join(
            f"<th>{html.escape(t)}</th>" for t in ("", self.tr("This period"), self.tr("To date"))
        )
        head = "".join(
            f"<th>{html.escape(t)}</th>"
            for t in (
                self.tr("Group"),
                self.tr("Share"),
                self.tr("Base"),
                self.tr("Entries"),
                self.tr("Owed"),
            )
        )
        rule = self.tr("Rounded half to even at the fen; the remainder stays with the owner.")
        return (
            f"<table cellpadding='3'><tr>{settled_head}</tr>{settled}</table>"
            f"<table cellpadding='3'><tr>{head}</tr>{''.join(rows)}</table>"
            f"<p style='color:#666'>{html.escape(rule)}</p>"
        )

    def _fail(self, error: ValidationError) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(
            self.tr("Not saved — %1: %2").replace("%1", error.field).replace("%2", error.message)
        )

    # ---- handlers -----------------------------------------------------------------------

    def _on_partner_changed(self, *_items: object) -> None:
        self.message.clear()
        self._show_partner()

    def _on_payouts_changed(self) -> None:
        # the statement's paid and balance, and the list's balances, move with a payout
        self.reload()

    def _on_new(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentItem(None)  # type: ignore[arg-type]
        self.payouts.set_partner(None)
        for field in (self.name, self.contact, self.notes):
            field.clear()
        self.name.setFocus()

    def _on_save(self) -> None:
        pid = self.partner_id()
        try:
            if pid is None:
                pid = partners.create_partner(
                    self.database, self.name.text(), self.contact.text(), self.notes.text()
                )
            else:
                partners.update_partner(
                    self.database, pid, self.name.text(), self.contact.text(), self.notes.text()
                )
        except ValidationError as exc:
            self._fail(exc)
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.reload(select=pid)

    def _on_delete(self) -> None:
        pid = self.partner_id()
        if pid is not None:
            partners.delete_partner(self.database, pid)
            self.reload()

    def _on_set_share(self) -> None:
        pid, gid = self.partner_id(), self.share_group.currentData()
        if pid is None or gid is None:
            return
        try:
            # a percentage with up to two decimals is exactly a number of basis points
            bp = parse_amount(self.share_percent.text().replace("%", ""))
        except MoneyError as exc:
            self._fail(ValidationError("share", exc.message))
            return
        checked = tuple(
            str(self.share_categories.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.share_categories.count())
            if self.share_categories.item(i).checkState() == Qt.CheckState.Checked
        )
        try:
            partners.set_share(
                self.database, pid, int(gid), bp, str(self.share_basis.currentData()), checked
            )
        except ValidationError as exc:
            self._fail(exc)
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Share saved."))
        self._show_partner()

    def _on_remove_share(self) -> None:
        pid, gid = self.partner_id(), self.share_group.currentData()
        if pid is not None and gid is not None:
            partners.remove_share(self.database, pid, int(gid))
            self._show_partner()
