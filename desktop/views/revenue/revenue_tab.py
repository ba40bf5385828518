"""The Revenue tab: the ledger with a keyboard-first entry row, summaries and renewals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.clock import SYSTEM_CLOCK, Clock
from desktop.models.core.codes import Category, Channel
from desktop.models.core.errors import ValidationError
from desktop.models.core.scope import Scope
from desktop.models.revenue import refunds, revenue, summaries
from desktop.models.revenue.revenue import Entry, EntryDraft
from desktop.models.revenue.summaries import RenewalDue
from desktop.models.storage.db import Database
from desktop.views.common.column_fit import ColumnFit
from desktop.views.common.commands import runner_for
from desktop.views.common.date_range import to_qdate
from desktop.views.common.formatting import format_date, format_money
from desktop.views.common.labels import choices
from desktop.views.common.undo import Change
from desktop.views.exchange.revenue_import_dialog import RevenueImportDialog
from desktop.views.groups.rules_panel import table_view
from desktop.views.revenue.ledger_item_models import LedgerModel, LedgerProxy, RenewalsModel
from desktop.views.revenue.partner_dialog import PartnerDialog
from desktop.views.revenue.refund_dialog import RefundDialog
from desktop.views.revenue.revenue_commands import (
    LEDGER_TABLES,
    AddEntry,
    AddRefund,
    DeleteEntry,
    EditEntry,
    EntryCommand,
)
from desktop.views.revenue.revenue_entry import QuickEntry
from desktop.views.revenue.revenue_summary import RevenueSummary, summary_table

ERROR_STYLE = "color: #b3261e;"
SAVED_STYLE = "color: #2e7d32;"
RENEWAL_ROWS = 4  # renewals shown without scrolling; the summary keeps the rest


class RevenueTab(QWidget):
    """The ledger of one scope, a quick-entry row, its summary and the renewals due."""

    def __init__(
        self,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.clock = clock  # the session's: asked for today each time it matters
        self.database: Database | None = None
        self.scope: Scope | None = None
        self.editing: int | None = None  # the entry loaded for editing
        self.last_draft: EntryDraft | None = None
        self._build_ui()
        self._connect_signals()

    def today(self) -> dt.date:
        """The day new entries default to: asked of the session's clock each time."""
        return self.clock.today()

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.model = LedgerModel(self)
        self.proxy = LedgerProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self, "revenueTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LedgerModel.DATE, Qt.SortOrder.DescendingOrder)
        self.columns = ColumnFit(self.table, *self._column_sizes())

        self.search = QLineEdit(self)
        self.search.setObjectName("revenueSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search entries: member, note, category…"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("revenueCount")
        self.duplicate_button = self._button(
            "revenueDuplicate",
            self.tr("D&uplicate last"),
            self.tr("Fill the row with the last entry"),
        )
        self.delete_button = self._button(
            "revenueDelete", self.tr("Delete"), self.tr("Delete the selected entry (undoable)")
        )
        self.refund_button = self._button(
            "revenueRefund",
            self.tr("Refund…"),
            self.tr("Give back part or all of the selected entry (undoable)"),
        )
        self.partners_button = self._button(
            "revenuePartners", self.tr("Partners…"), self.tr("Partners, their shares, statements")
        )
        self.import_button = self._button(
            "revenueImport",
            self.tr("Import…"),
            self.tr("Import entries from an .xlsx or .csv file (clears undo history)"),
        )
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.duplicate_button)
        bar.addWidget(self.refund_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.partners_button)
        bar.addWidget(self.import_button)

        self.entry = QuickEntry(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self._build_panels(), 1)
        layout.addWidget(self.entry)

    def _column_sizes(self) -> tuple[list[int], list[int]]:
        """Each ledger column's minimum width and its weight in spare width."""
        metrics = self.table.fontMetrics()

        def room(sample: str) -> int:
            return metrics.horizontalAdvance(sample) + 10  # the cell's margins

        channels = max(metrics.horizontalAdvance(text) for _, text in choices(Channel))
        categories = max(metrics.horizontalAdvance(text) for _, text in choices(Category))
        # Minimums fit the usual content (a date, a five-figure amount, a three-character
        # name); longer names and titles share the spare width and are cut short beyond it.
        sizes = {
            LedgerModel.DATE: (room(format_date(dt.date(2026, 12, 28))), 0),  # widest date
            LedgerModel.GROUP: (room("烘焙爱好者"), 3),
            LedgerModel.CATEGORY: (min(categories + 10, room("Lecture tic")), 2),
            LedgerModel.AMOUNT: (room("¥88,888.00"), 0),
            LedgerModel.CHANNEL: (min(channels + 10, room("WeChat Pay")), 0),
            LedgerModel.MEMBER: (room("欧阳娜"), 1),
            LedgerModel.EVENT: (room("直播课：烘"), 3),
            LedgerModel.REFERRER: (room("欧阳娜"), 1),
            LedgerModel.PARTNER: (room("联合主"), 1),
            LedgerModel.NOTE: (room("零基础烘"), 3),
        }
        return [sizes[c][0] for c in sorted(sizes)], [sizes[c][1] for c in sorted(sizes)]

    def _build_panels(self) -> QSplitter:
        self.summary = RevenueSummary(self)
        self.renewals_model = RenewalsModel(self)
        self.renewals = summary_table(self, "revenueRenewals", self.renewals_model)
        self.renewals.setToolTip(self.tr("Double-click to record the renewal fee"))
        self.renewals_label = QLabel(self)
        self.renewals_label.setObjectName("revenueRenewalsTitle")
        side = QWidget(self)
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        # the summary takes the height; the renewals list is only as tall as its rows
        box.addWidget(self.summary, 1)
        box.addWidget(self.renewals_label)
        box.addWidget(self.renewals)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("revenueSplitter")
        split.addWidget(self.table)
        split.addWidget(side)
        split.setChildrenCollapsible(False)
        split.setSizes([60_000, 40_000])
        return split

    def _show_renewals(self, due: list[RenewalDue]) -> None:
        """Fill the renewals list, sized to its rows (at most RENEWAL_ROWS, then it scrolls)."""
        self.renewals_model.set_rows(due)
        title = (
            self.tr("Renewals due (±%1 days)") if due else self.tr("Renewals due (±%1 days): none")
        )
        days = str(summaries.DEFAULT_RENEWAL_DAYS)
        self.renewals_label.setText("<b>" + title.replace("%1", days) + "</b>")
        self.renewals.setVisible(bool(due))
        rows = min(len(due), RENEWAL_ROWS)
        frame = 2 * self.renewals.frameWidth()
        self.renewals.setFixedHeight(
            self.renewals.horizontalHeader().sizeHint().height()
            + rows * self.renewals.verticalHeader().defaultSectionSize()
            + frame
        )

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search)
        self.entry.save_button.clicked.connect(self.save)
        self.entry.cancel_button.clicked.connect(self._on_cancel_edit)
        self.entry.group.currentIndexChanged.connect(self._on_group_changed)
        self.duplicate_button.clicked.connect(self._on_duplicate)
        self.delete_button.clicked.connect(self._on_delete)
        self.refund_button.clicked.connect(self.refund_selected)
        self.partners_button.clicked.connect(self._on_partners)
        self.import_button.clicked.connect(self._on_import)
        self.table.doubleClicked.connect(self._on_edit)
        self.renewals.doubleClicked.connect(self._on_renewal)
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the ledger deletes the selected entry; Enter there edits it."""
        # The key is looked at first: a window collected with its tabs sends the table
        # other events while the tab's Python side is already cleared.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
            and watched is self.table
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # ---- the tab's contract with the main window -----------------------------------------

    def set_database(self, database: Database) -> None:
        """Show another database's ledger."""
        self.database = database
        self.editing = None
        self.last_draft = None
        self.entry.fill_groups(database)
        self.entry.date.setDate(to_qdate(self.today()))
        self.entry.fill_links(database, self.today())
        self.reload()

    def set_scope(self, scope: Scope) -> None:
        """Follow the toolbar's group and dates: every figure and row is filtered by them."""
        self.scope = scope
        if self.database is not None and scope.group_id is not None and self.editing is None:
            self.entry.group.setCurrentIndex(max(self.entry.group.findData(scope.group_id), 0))
        # one group's ledger needs no group column: its width goes to the others
        self.columns.set_hidden(LedgerModel.GROUP, scope.group_id is not None)
        self.reload()

    def stale_after(self, change: Change) -> bool:
        """Entries show their member, group and event by name."""
        return bool(change.tables & {"members", "groups", "events"})

    def reload(self, select: int | None = None) -> None:
        """Re-read the ledger, summary and renewals."""
        db, scope = self.database, self.scope
        # only the first page is read; the view reads further pages as it scrolls
        self.model.today = self.today()
        self.model.set_query(db, scope, self.search.text())
        self._update_count()
        self.summary.set_data(db, scope)
        self.renewals_model.today = self.today()
        due = (
            summaries.renewals_due(db, scope.group_id if scope else None, self.today())
            if db is not None
            else []
        )
        self._show_renewals(due)
        if select is not None:
            row = self.model.row_of(select)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def _update_count(self) -> None:
        shown, total = self.model.matched, self.model.total
        text = f"{total:,}" if shown == total else f"{shown:,} / {total:,}"
        label = self.tr("%1 entries").replace("%1", text)
        if self.model.later:
            # the list shows the range only: say what lies beyond it, so nothing seems lost
            label += self.tr("; %1 dated after this range").replace("%1", f"{self.model.later:,}")
        self.count_label.setText(label)

    # ---- commands -----------------------------------------------------------------------

    def command_done(self, entry_id: int | None) -> None:
        """Refresh after a command (or its undo) and show the entry it touched."""
        self.reload(select=entry_id)

    def command_failed(self, text: str, error: Exception) -> None:
        """Say that an undo or redo could not be applied."""
        QMessageBox.warning(
            self,
            self.tr("Could not apply"),
            self.tr("“%1” could not be applied and was dropped: %2")
            .replace("%1", text)
            .replace("%2", str(error)),
        )

    def _run(self, command: EntryCommand) -> bool:
        refused = runner_for(self.undo_stack).attempt(command)
        if refused is not None:
            self._show_error(refused)
            return False
        self.command_done(command.shown_entry())
        return True

    def _show_error(self, exc: ValidationError) -> None:
        self.entry.message.setStyleSheet(ERROR_STYLE)
        self.entry.message.setText(
            self.tr("Not saved — %1: %2")
            .replace("%1", self.entry.label_for(exc.field))
            .replace("%2", exc.message)
        )
        self.entry.widget_for(exc.field).setFocus()

    def save(self) -> bool:
        """Save the quick-entry row: a new entry, or the changes to the one being edited."""
        if self.database is None:
            return False
        try:
            draft = self.entry.draft()
        except ValidationError as exc:
            self._show_error(exc)
            return False
        if self.editing is not None:
            old = revenue.get_entry(self.database, self.editing).draft()
            command: EntryCommand = EditEntry(self, self.database, self.editing, old, draft)
        else:
            command = AddEntry(self, self.database, draft)
        if not self._run(command):
            return False
        self.last_draft = draft
        self.entry.message.setStyleSheet(SAVED_STYLE)
        saved = self.tr("Saved: %1").replace("%1", format_money(draft.amount_minor, draft.currency))
        if self.scope is not None and not self.scope.start <= draft.day <= self.scope.end:
            saved += " " + self.tr("(dated %1, outside the range shown)").replace(
                "%1", format_date(draft.day)
            )
        self.entry.message.setText(saved)
        self._stop_editing()
        self.entry.clear_for_next()
        self.entry.amount.setFocus()
        return True

    def selected_entry(self) -> Entry | None:
        """The entry of the selected ledger row, read through RowRole."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        entry = index.siblingAtColumn(0).data(LedgerModel.RowRole)
        return entry if isinstance(entry, Entry) else None

    def delete_selected(self) -> bool:
        """Delete the selected entry; a renewal fee asks first, then reverses the renewal."""
        entry = self.selected_entry()
        if entry is None or self.database is None:
            return False
        if entry.is_renewal:
            previous = format_date(entry.renewal_previous_until) or self.tr("unpaid")
            answer = QMessageBox.question(
                self,
                self.tr("Delete a renewal fee"),
                self.tr(
                    "This fee extended %1's membership. Deleting it moves their paid-until "
                    "date back (to %2 if it is the latest renewal). Delete it?"
                )
                .replace("%1", entry.member_name)
                .replace("%2", previous),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._run(DeleteEntry(self, self.database, entry.id))

    def refund_selected(self) -> bool:
        """Record a refund of the selected entry through the refund dialog (undoable)."""
        entry = self.selected_entry()
        if entry is None or self.database is None:
            return False
        left = self._refundable(entry)
        draft = RefundDialog.ask(self, entry, left, self.today()) if left else None
        if draft is None or not self._run(AddRefund(self, self.database, entry.id, draft)):
            return False
        self.entry.message.setStyleSheet(SAVED_STYLE)
        self.entry.message.setText(
            self.tr("Refund recorded: %1").replace(
                "%1", format_money(draft.amount_minor, entry.currency)
            )
        )
        return True

    def _refundable(self, entry: Entry) -> refunds.Refundable | None:
        """What is left to refund of an entry; None (with the reason shown) when nothing."""
        assert self.database is not None
        try:
            left = refunds.refundable(self.database, entry.id)
        except ValidationError as exc:
            self._show_error(exc)
            return None
        if left.left_minor <= 0:
            self._show_error(
                ValidationError("entry", self.tr("This entry is refunded in full already."))
            )
            return None
        return left

    # ---- handlers -----------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.model.set_query(self.database, self.scope, text)
        self._update_count()

    def _on_group_changed(self, _index: int) -> None:
        if self.database is not None:
            self.entry.fill_links(self.database, self.today())

    def _on_duplicate(self) -> None:
        if self.last_draft is None or self.database is None:
            return
        self.entry.load(self.last_draft, self.database, self.today())
        self.entry.amount.setFocus()
        self.entry.amount.selectAll()

    def _on_delete(self) -> None:
        self.delete_selected()

    def _on_edit(self, index: object) -> None:
        entry = self.selected_entry()
        if entry is None or self.database is None:
            return
        self.editing = entry.id
        self.entry.load(entry.draft(), self.database, self.today())
        self.entry.save_button.setText(self.tr("Save changes"))
        self.entry.cancel_button.show()
        self.entry.message.setStyleSheet("")
        self.entry.message.setText(self.tr("Editing the entry of %1").replace("%1", str(entry.day)))
        self.entry.amount.setFocus()

    def _stop_editing(self) -> None:
        self.editing = None
        self.entry.save_button.setText(self.tr("Add"))
        self.entry.cancel_button.hide()

    def _on_cancel_edit(self) -> None:
        self._stop_editing()
        self.entry.clear_for_next()
        self.entry.message.setText("")

    def _on_renewal(self, index: object) -> None:
        due = self.renewals.currentIndex().data(RenewalsModel.RowRole)
        if not isinstance(due, RenewalDue) or self.database is None:
            return
        self._stop_editing()
        draft = EntryDraft(
            day=self.today(),
            group_id=due.group_id,
            category=Category.MEMBERSHIP.value,
            amount_minor=due.fee_minor,
            currency=due.fee_currency,
            member_id=due.member_id,
            note=self.tr("Renewal"),
        )
        self.entry.load(draft, self.database, self.today())
        self.entry.amount.setFocus()

    def _on_partners(self) -> None:
        if self.database is not None:
            PartnerDialog.ask(self.database, self.scope, self, runner_for(self.undo_stack))
            self.entry.fill_links(self.database, self.today())

    def _on_import(self) -> None:
        if self.database is None:
            return
        result = RevenueImportDialog.ask(self, self.database)
        if result is not None:
            # Undoing an edit made before the import could clash with the imported rows.
            self.undo_stack.clear()
            self.reload(select=result.entry_ids[0] if result.entry_ids else None)
            tables = LEDGER_TABLES if result.renewals else frozenset({"revenue"})
            imported = Change(tables, {"revenue": frozenset(result.entry_ids)}, source=self)
            runner_for(self.undo_stack).announce(imported)  # the other tabs hear of it
