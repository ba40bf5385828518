"""Import a payment bill: its lines in a table, the owner ticks the community's, then imports.

The bill is read and planned by `payments.payment_import` (small files: on the GUI thread);
each line shows what it would become — income, expense, refund, already imported or left
out and why — with its group and category (the saved rules fill them) and the member the
payer was matched to. Filters by counterpart, item and dates narrow what is shown;
"Remember as rule" saves the selected line's item → group and category for next time.
Import backs up the database, then writes the ticked lines in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Category, CategoryKind, category_kind
from desktop.models.core.errors import QunDeskError, ValidationError
from desktop.models.exchange.payments import payment_import as pi
from desktop.models.exchange.payments.bills import WECHAT, BillError, read_bill
from desktop.models.groups.groups import list_group_refs
from desktop.models.members.queries import member_names
from desktop.models.revenue import payments
from desktop.models.storage.backups import REASON_IMPORT, backup_before
from desktop.models.storage.db import Database
from desktop.views.common.formatting import format_date, format_money
from desktop.views.common.inline_errors import ERROR_STYLE
from desktop.views.common.labels import choices

BILL_FILTER = "*.xlsx *.csv"


def fit_to_items(combo: QComboBox) -> None:
    """Make a combo wide enough for its longest item ("（无社群）" is wider than its
    characters count), arrow and frame included."""
    widest = max(
        (combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
        default=0,
    )
    combo.setMinimumWidth(widest + combo.iconSize().width() + 40)


class PaymentImportDialog(QDialog):
    """A bill's lines to tick, filter and file under groups and categories, then import."""

    CHECK, DATE, COUNTERPART, ITEM, AMOUNT, KIND, STATE, GROUP, CATEGORY, MEMBER = range(10)

    def __init__(self, database: Database, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentImportDialog")
        self.setWindowTitle(self.tr("Import payment bill"))
        self.database = database
        self.path = path
        self.plan: pi.PaymentPlan | None = None
        self.result: pi.PaymentImportResult | None = None
        self._groups = [(None, self.tr("(no group)"))] + [
            (g.id, g.name) for g in list_group_refs(database, include_archived=False)
        ]
        self._build_ui()
        self.replan()

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.source = QLabel(self)
        self.source.setObjectName("paymentSource")
        self.default_group = QComboBox(self)
        self.default_group.setObjectName("paymentGroup")
        self.default_group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value, text in self._groups:
            self.default_group.addItem(text, value)
        fit_to_items(self.default_group)
        self.counterpart = self._filter_edit("paymentCounterpart", self.tr("Counterpart contains"))
        self.item = self._filter_edit("paymentItem", self.tr("Item contains"))
        self.first = self._date_edit("paymentFrom")
        self.last = self._date_edit("paymentTo")
        self.table = QTableWidget(0, 10, self)
        self.table.setObjectName("paymentLines")
        self.table.setHorizontalHeaderLabels(
            [
                "",
                self.tr("Date"),
                self.tr("Counterpart"),
                self.tr("Item"),
                self.tr("Amount"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Group"),
                self.tr("Category"),
                self.tr("Member"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.check_shown = QPushButton(self.tr("Tick shown"), self)
        self.uncheck_shown = QPushButton(self.tr("Untick shown"), self)
        self.remember = QPushButton(self.tr("Remember as rule…"), self)
        self.remember.setObjectName("paymentRemember")
        self.remember.setToolTip(
            self.tr(
                "Lines whose item contains this text go to the selected line's group and category"
            )
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("paymentSummary")
        self.message = QLabel(self)
        self.message.setObjectName("paymentMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setObjectName("paymentImport")
        self._lay_out()
        self._connect_signals()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(QLabel(self.tr("Group for lines without a rule"), self))
        top.addWidget(self.default_group)
        filters = QHBoxLayout()
        filters.addWidget(self.counterpart, 1)
        filters.addWidget(self.item, 1)
        filters.addWidget(QLabel(self.tr("From"), self))
        filters.addWidget(self.first)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.last)
        actions = QHBoxLayout()
        actions.addWidget(self.check_shown)
        actions.addWidget(self.uncheck_shown)
        actions.addWidget(self.remember)
        actions.addStretch(1)
        actions.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1100, 600)

    def _filter_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _connect_signals(self) -> None:
        self.default_group.currentIndexChanged.connect(lambda _i: self.replan())
        for edit in (self.counterpart, self.item):
            edit.textChanged.connect(lambda _t: self.apply_filters())
        for date in (self.first, self.last):
            date.dateChanged.connect(lambda _d: self.apply_filters())
        self.check_shown.clicked.connect(lambda: self._tick_shown(True))
        self.uncheck_shown.clicked.connect(lambda: self._tick_shown(False))
        self.remember.clicked.connect(self.remember_rule)
        self.table.itemChanged.connect(lambda _i: self._update_summary())
        self.buttons.accepted.connect(self.import_lines)
        self.buttons.rejected.connect(self.reject)

    # ---- the lines ----------------------------------------------------------------------

    def replan(self) -> None:
        """Read and plan the bill again (the default group or the rules changed)."""
        try:
            bill = read_bill(self.path)
            self.plan = pi.plan_payment_import(
                self.database, bill, group_id=self.default_group.currentData(), expenses=False
            )
        except QunDeskError as exc:
            self.plan = None
            self.message.setText(str(exc))
            self.import_button.setEnabled(False)
            return
        source = self.tr("WeChat Pay bill") if bill.source == WECHAT else self.tr("Alipay bill")
        self.source.setText(
            self.tr("%1 — %2, %3 lines")
            .replace("%1", self.path.name)
            .replace("%2", source)
            .replace("%3", str(len(bill.lines)))
        )
        self.message.setText("\n".join(str(problem) for problem in bill.problems[:5]))
        days = [p.line.day for p in self.plan.lines]
        self._fill()
        for edit, day in (
            (self.first, min(days, default=None)),
            (self.last, max(days, default=None)),
        ):
            if day is None:
                continue
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.apply_filters()

    def _fill(self) -> None:
        assert self.plan is not None
        names = member_names(self.database, {m for p in self.plan.lines for m in p.member_ids})
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.plan.lines))
        for row, planned in enumerate(self.plan.lines):
            self._fill_row(row, planned, names)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        # the combos are cell widgets: size their columns for the longest group and category
        metrics = self.table.fontMetrics()
        for column, texts in (
            (self.GROUP, [text for _, text in self._groups]),
            (self.CATEGORY, [text for _, text in choices(Category)]),
            (self.MEMBER, [self.tr("(none)"), *names.values()]),
        ):
            widest = max(metrics.horizontalAdvance(t) for t in texts) + 40
            self.table.setColumnWidth(column, min(widest, metrics.horizontalAdvance("M") * 16))
        self._update_summary()

    def _fill_row(self, row: int, planned: pi.PlannedLine, names: dict[int, str]) -> None:
        line = planned.line
        check = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if planned.state == pi.NEW:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        check.setFlags(flags)
        check.setCheckState(Qt.CheckState.Checked if planned.include else Qt.CheckState.Unchecked)
        check.setData(Qt.ItemDataRole.UserRole, planned.index)
        kinds = {
            "income": self.tr("Income"),
            "expense": self.tr("Expense"),
            pi.REFUND: self.tr("Refund"),
        }
        if planned.state == pi.DUPLICATE:
            state = self.tr("Already imported")
        elif planned.state == pi.SKIPPED:
            state = planned.reason
        else:
            state = planned.reason or self.tr("New")
        if planned.member_id is not None:
            member = names.get(planned.member_id, "")
        elif planned.members_named > 1:
            member = self.tr("%1 members named so").replace("%1", str(planned.members_named))
        else:
            member = self.tr("(not matched)")
        texts = [
            format_date(line.day),
            line.counterpart,
            line.item,
            format_money(line.amount_minor),
            kinds.get(planned.kind, "—"),
            state,
        ]
        self.table.setItem(row, self.CHECK, check)
        for column, text in enumerate(texts, start=self.DATE):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            if planned.state != pi.NEW:
                item.setForeground(Qt.GlobalColor.gray)
            self.table.setItem(row, column, item)
        self.table.item(row, self.AMOUNT).setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        member_item = QTableWidgetItem(member)
        member_item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, self.MEMBER, member_item)
        editable = planned.state == pi.NEW and planned.kind != pi.REFUND
        self.table.setCellWidget(row, self.GROUP, self._group_combo(planned, editable))
        self.table.setCellWidget(row, self.CATEGORY, self._category_combo(planned, editable))
        if editable and planned.member_ids:
            self.table.setCellWidget(row, self.MEMBER, self._member_combo(planned, names))

    def _member_combo(self, planned: pi.PlannedLine, names: dict[int, str]) -> QComboBox:
        """The member the payer was matched to, or the members of that name to choose
        from; "(none)" imports the line without a member."""
        combo = QComboBox(self.table)
        if planned.member_id is None:
            combo.addItem(
                self.tr("(choose: %1 members named so)").replace("%1", str(planned.members_named)),
                None,
            )
        else:
            combo.addItem(self.tr("(none)"), None)
        for member_id in planned.member_ids:
            combo.addItem(names.get(member_id, f"#{member_id}"), member_id)
        combo.setCurrentIndex(max(combo.findData(planned.member_id), 0))
        combo.setToolTip(planned.line.counterpart)
        return combo

    def _group_combo(self, planned: pi.PlannedLine, editable: bool) -> QComboBox:
        combo = QComboBox(self.table)
        for value, text in self._groups:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(planned.group_id), 0))
        combo.setEnabled(editable)
        return combo

    def _category_combo(self, planned: pi.PlannedLine, editable: bool) -> QComboBox:
        combo = QComboBox(self.table)
        expense = planned.kind == "expense"
        for code, text in choices(Category):
            if (category_kind(code) is CategoryKind.EXPENSE) == expense or code == planned.category:
                combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(planned.category), 0))
        combo.setEnabled(editable)
        return combo

    def apply_filters(self) -> None:
        """Show the lines whose counterpart and item contain the typed texts, in the dates."""
        if self.plan is None:
            return
        who, what = self.counterpart.text().strip().casefold(), self.item.text().strip().casefold()
        first, last = self.first.date().toPython(), self.last.date().toPython()
        for row, planned in enumerate(self.plan.lines):
            line = planned.line
            shown = (
                who in line.counterpart.casefold()
                and what in line.item.casefold()
                and first <= line.day <= last
            )
            self.table.setRowHidden(row, not shown)
        self._update_summary()

    def _tick_shown(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.CHECK)
            if not self.table.isRowHidden(row) and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(state)

    def choices(self) -> dict[int, pi.LineChoice]:
        """What the table says for each new line: ticked, group, category, member."""
        assert self.plan is not None
        found: dict[int, pi.LineChoice] = {}
        for row, planned in enumerate(self.plan.lines):
            if planned.state != pi.NEW:
                continue
            group = self.table.cellWidget(row, self.GROUP)
            category = self.table.cellWidget(row, self.CATEGORY)
            member = self.table.cellWidget(row, self.MEMBER)
            chosen = member.currentData() if isinstance(member, QComboBox) else planned.member_id
            assert isinstance(group, QComboBox) and isinstance(category, QComboBox)
            found[planned.index] = pi.LineChoice(
                include=self.table.item(row, self.CHECK).checkState() == Qt.CheckState.Checked,
                group_id=group.currentData(),
                category=str(category.currentData() or planned.category),
                member_id=chosen,
            )
        return found

    def _update_summary(self) -> None:
        if self.plan is None:
            return
        ticked = sum(
            self.table.item(row, self.CHECK).checkState() == Qt.CheckState.Checked
            for row in range(self.table.rowCount())
        )
        shown = sum(not self.table.isRowHidden(row) for row in range(self.table.rowCount()))
        duplicates = self.plan.counts()["duplicate"]
        self.summary.setText(
            self.tr("%1 ticked to import · %2 already imported · %3 shown")
            .replace("%1", str(ticked))
            .replace("%2", str(duplicates))
            .replace("%3", str(shown))
        )
        self.import_button.setEnabled(ticked > 0)

    # ---- rules and import ---------------------------------------------------------------

    def remember_rule(self) -> bool:
        """Save "item contains … → the selected line's group and category" and re-plan."""
        row = self.table.currentRow()
        if self.plan is None or row < 0:
            return False
        planned = self.plan.lines[row]
        text, ok = QInputDialog.getText(
            self,
            self.tr("Remember as rule"),
            self.tr("Lines whose item contains:"),
            text=planned.line.item,
        )
        if not ok:
            return False
        group = self.table.cellWidget(row, self.GROUP)
        category = self.table.cellWidget(row, self.CATEGORY)
        assert isinstance(group, QComboBox) and isinstance(category, QComboBox)
        try:
            payments.save_rule(
                self.database, "item", text, group.currentData(), category.currentData()
            )
        except ValidationError as exc:
            self.message.setText(exc.message)
            return False
        self.replan()
        return True

    def import_lines(self) -> None:
        """Back up, then write the ticked lines in one transaction; close on success."""
        if self.plan is None:
            return
        wanted = self.choices()
        try:
            backup_before(self.database, REASON_IMPORT)
            self.result = pi.apply_payment_import(self.database, self.plan, wanted)
        except ValidationError as exc:
            where = self.tr("Row %1: ").replace("%1", str(exc.row)) if exc.row else ""
            self.message.setText(where + exc.message + " " + self.tr("Nothing was imported."))
            return
        except QunDeskError as exc:
            self.message.setText(str(exc) + " " + self.tr("Nothing was imported."))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget, database: Database, path: Path | None = None
    ) -> pi.PaymentImportResult | None:
        """Choose a bill (unless given), preview and import it; what was imported, or None."""
        title = QCoreApplication.translate("PaymentImportDialog", "Import payment bill")
        if path is None:
            kinds = QCoreApplication.translate(
                "PaymentImportDialog", "WeChat Pay or Alipay bills (%1)"
            ).replace("%1", BILL_FILTER)
            chosen, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
            if not chosen:
                return None
            path = Path(chosen)
        try:
            read_bill(path)
        except BillError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return None
        dialog = cls(database, path, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result
