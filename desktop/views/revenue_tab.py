"""The Revenue tab: the ledger with a keyboard-first entry row, summaries and renewals."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import partners, revenue
from desktop.models.codes import Category, Channel
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.groups import list_group_refs
from desktop.models.money import MoneyError, check_currency, parse_amount, plain_text
from desktop.models.revenue import Entry, EntryDraft, RenewalDue
from desktop.models.scope import Scope
from desktop.views.date_range import from_qdate, to_qdate
from desktop.views.formatting import format_date, format_money
from desktop.views.labels import choices
from desktop.views.partner_dialog import PartnerDialog
from desktop.views.revenue_commands import AddEntry, DeleteEntry, EditEntry, EntryCommand
from desktop.views.revenue_models import LedgerModel, RenewalsModel
from desktop.views.revenue_summary import RevenueSummary, SortProxy, summary_table
from desktop.views.rules_panel import table_view

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "GBP", "JPY")
ERROR_STYLE = "color: #b3261e;"
SAVED_STYLE = "color: #2e7d32;"


class QuickEntry(QWidget):
    """One row of fields typed left to right: Tab moves on, Enter saves, Esc stops editing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revenueQuickEntry")
        self._build_ui()

    def _combo(self, name: str, editable: bool = False) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setEditable(editable)
        if editable:
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    def _build_ui(self) -> None:
        self.date = QDateEdit(self)
        self.date.setObjectName("revenueDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.group = self._combo("revenueGroup")
        self.category = self._combo("revenueCategory")
        for code, text in choices(Category):
            self.category.addItem(text, code)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("revenueAmount")
        self.amount.setPlaceholderText(self.tr("Amount, e.g. 99.50"))
        self.currency = self._combo("revenueCurrency", editable=True)
        self.currency.addItems(list(CURRENCIES))
        self.channel = self._combo("revenueChannel")
        for code, text in choices(Channel):
            self.channel.addItem(text, code)
        self.member = self._combo("revenueMember", editable=True)
        self.event = self._combo("revenueEvent")
        self.referrer = self._combo("revenueReferrer", editable=True)
        self.partner = self._combo("revenuePartner")
        self.note = QLineEdit(self)
        self.note.setObjectName("revenueNote")
        self.note.setPlaceholderText(self.tr("Note"))
        self.save_button = QPushButton(self.tr("Add"), self)
        self.save_button.setObjectName("revenueSave")
        self.save_button.setToolTip(self.tr("Save the entry (Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel edit"), self)
        self.cancel_button.setObjectName("revenueCancelEdit")
        self.cancel_button.hide()
        self.message = QLabel(self)
        self.message.setObjectName("revenueMessage")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top = [
            (self.tr("Date"), self.date),
            (self.tr("Group"), self.group),
            (self.tr("Category"), self.category),
            (self.tr("Amount"), self.amount),
            (self.tr("Currency"), self.currency),
            (self.tr("Channel"), self.channel),
        ]
        bottom = [
            (self.tr("Member"), self.member),
            (self.tr("Event"), self.event),
            (self.tr("Referrer"), self.referrer),
            (self.tr("Partner"), self.partner),
            (self.tr("Note"), self.note),
        ]
        narrow = (self.date, self.currency, self.channel, self.category, self.amount)
        for row, fields in ((0, top), (1, bottom)):
            for n, (text, widget) in enumerate(fields):
                label = QLabel(text, self)
                label.setBuddy(widget)
                grid.addWidget(label, row, 2 * n)
                grid.addWidget(widget, row, 2 * n + 1)
                grid.setColumnStretch(2 * n + 1, 1 if widget in narrow else 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 1, 10, 1, 2)
        grid.addWidget(self.message, 2, 0, 1, 12)
        order = [w for _, w in top + bottom] + [self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        for widget in order[:-1]:
            widget.installEventFilter(self)
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                widget.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter anywhere in the row saves; Esc cancels an edit."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                combo = watched if isinstance(watched, QComboBox) else watched.parent()
                popup = combo.completer().popup() if isinstance(combo, QComboBox) else None
                if popup is not None and combo.isEditable() and popup.isVisible():
                    return False  # Enter picks the completion first
                self.save_button.click()
                return True
            if key == Qt.Key.Key_Escape and self.cancel_button.isVisible():
                self.cancel_button.click()
                return True
        return super().eventFilter(watched, event)

    # ---- filling the choices ------------------------------------------------------------

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[int | None, str]], keep: bool = True) -> None:
        current = combo.currentData() if keep else None
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def fill_groups(self, database: Database) -> None:
        """The groups to choose from; "no group" for shared costs."""
        items: list[tuple[int | None, str]] = [(None, self.tr("(no group)"))]
        items += [(g.id, g.name) for g in list_group_refs(database, include_archived=False)]
        self._fill(self.group, items)

    def fill_links(self, database: Database, today: dt.date) -> None:
        """Members, recent events and partners for the chosen group."""
        group_id = self.group.currentData()
        people = [(None, "")] + [
            (mid, f"{name} (#{mid})") for mid, name in revenue.member_choices(database, group_id)
        ]
        self._fill(self.member, people)
        self._fill(self.referrer, people)
        events = revenue.event_choices(database, group_id, today - dt.timedelta(days=365), today)
        self._fill(
            self.event,
            [(None, "")] + [(eid, f"{format_date(day)} {title}") for eid, title, day in events],
        )
        self._fill(
            self.partner,
            [(None, "")] + [(p.id, p.name) for p in partners.list_partners(database)],
        )

    # ---- reading and writing the fields -------------------------------------------------

    def _person(self, combo: QComboBox, field: str) -> int | None:
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.findText(text)
        if index < 0:
            index = next(
                (i for i in range(combo.count()) if combo.itemText(i).startswith(text + " (#")),
                -1,
            )
        if index < 0 or combo.itemData(index) is None:
            raise ValidationError(field, self.tr("Pick someone from the list."))
        return int(combo.itemData(index))

    def draft(self) -> EntryDraft:
        """The typed entry; ValidationError naming the field when something is wrong."""
        try:
            amount = parse_amount(self.amount.text())
        except MoneyError as exc:
            raise ValidationError("amount", exc.message) from exc
        try:
            currency = check_currency(self.currency.currentText())
        except MoneyError as exc:
            raise ValidationError("currency", exc.message) from exc
        return EntryDraft(
            day=from_qdate(self.date.date()),
            group_id=self.group.currentData(),
            category=str(self.category.currentData()),
            amount_minor=amount,
            currency=currency,
            channel=str(self.channel.currentData()),
            member_id=self._person(self.member, "member"),
            event_id=self.event.currentData(),
            referrer_id=self._person(self.referrer, "referrer"),
            partner_id=self.partner.currentData(),
            note=self.note.text(),
        )

    def widget_for(self, field: str) -> QWidget:
        """The field's widget, to focus when it holds an error."""
        widgets: dict[str, QWidget] = {
            "day": self.date,
            "group": self.group,
            "category": self.category,
            "kind": self.category,
            "amount": self.amount,
            "currency": self.currency,
            "channel": self.channel,
            "member": self.member,
            "event": self.event,
            "referrer": self.referrer,
            "partner": self.partner,
        }
        return widgets.get(field, self.note)

    def load(self, draft: EntryDraft, database: Database, today: dt.date) -> None:
        """Show a draft in the fields (group first: it decides the member and event lists)."""
        self.date.setDate(to_qdate(draft.day))
        self.group.setCurrentIndex(max(self.group.findData(draft.group_id), 0))
        self.fill_links(database, today)
        self.category.setCurrentIndex(max(self.category.findData(draft.category), 0))
        self.amount.setText(plain_text(draft.amount_minor) if draft.amount_minor else "")
        self.currency.setCurrentText(draft.currency)
        self.channel.setCurrentIndex(max(self.channel.findData(draft.channel), 0))
        for combo, value in (
            (self.member, draft.member_id),
            (self.event, draft.event_id),
            (self.referrer, draft.referrer_id),
            (self.partner, draft.partner_id),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        self.note.setText(draft.note)

    def clear_for_next(self) -> None:
        """After saving: keep date, group, category, currency and channel for the next one."""
        self.amount.clear()
        for combo in (self.member, self.event, self.referrer, self.partner):
            combo.setCurrentIndex(0)
        self.note.clear()


class RevenueTab(QWidget):
    """The ledger of one scope, a quick-entry row, its summary and the renewals due."""

    def __init__(
        self, undo_stack: QUndoStack, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._fixed_today = today
        self.database: Database | None = None
        self.scope: Scope | None = None
        self.editing: int | None = None  # the entry loaded for editing
        self.last_draft: EntryDraft | None = None
        self._build_ui()
        self._connect_signals()

    def today(self) -> dt.date:
        """The day new entries default to."""
        return self._fixed_today or dt.date.today()

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.model = LedgerModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(LedgerModel.SearchRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.table = table_view(self, "revenueTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LedgerModel.DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((86, 110, 100, 100, 90, 100, 120, 70, 70)):
            self.table.setColumnWidth(column, width)

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
        self.partners_button = self._button(
            "revenuePartners", self.tr("Partners…"), self.tr("Partners, their shares, statements")
        )
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.duplicate_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.partners_button)

        self.entry = QuickEntry(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self._build_panels(), 1)
        layout.addWidget(self.entry)

    def _build_panels(self) -> QSplitter:
        self.summary = RevenueSummary(self)
        self.renewals_model = RenewalsModel(self)
        self.renewals = summary_table(self, "revenueRenewals", self.renewals_model)
        self.renewals.setToolTip(self.tr("Double-click to record the renewal fee"))
        renewals_box = QWidget(self)
        box = QVBoxLayout(renewals_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel("<b>" + self.tr("Renewals due (±30 days)") + "</b>", renewals_box))
        box.addWidget(self.renewals)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.summary)
        side.addWidget(renewals_box)
        side.setSizes([72_000, 28_000])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("revenueSplitter")
        split.addWidget(self.table)
        split.addWidget(side)
        split.setChildrenCollapsible(False)
        split.setSizes([58_000, 42_000])
        return split

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
        self.partners_button.clicked.connect(self._on_partners)
        self.table.doubleClicked.connect(self._on_edit)
        self.renewals.doubleClicked.connect(self._on_renewal)
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the ledger deletes the selected entry; Enter there edits it."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
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
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Re-read the ledger, summary and renewals."""
        db, scope = self.database, self.scope
        rows = revenue.list_entries(db, scope) if db is not None and scope is not None else []
        self.model.set_rows(rows)
        self._update_count()
        self.summary.set_data(db, scope)
        self.renewals_model.today = self.today()
        due = (
            revenue.renewals_due(db, scope.group_id if scope else None, self.today())
            if db is not None
            else []
        )
        self.renewals_model.set_rows(due)
        if select is not None:
            row = self.model.row_of(select)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = f"{total:,}" if shown == total else f"{shown:,} / {total:,}"
        self.count_label.setText(self.tr("%1 entries").replace("%1", text))

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
        try:
            command.apply()
        except ValidationError as exc:
            self._show_error(exc)
            return False
        self.undo_stack.push(command)
        return True

    def _show_error(self, exc: ValidationError) -> None:
        self.entry.message.setStyleSheet(ERROR_STYLE)
        self.entry.message.setText(
            self.tr("Not saved — %1: %2").replace("%1", exc.field).replace("%2", exc.message)
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
        self.entry.message.setText(
            self.tr("Saved: %1").replace("%1", format_money(draft.amount_minor, draft.currency))
        )
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

    # ---- handlers -----------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().casefold())
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
            PartnerDialog.ask(self.database, self.scope, self)
            self.entry.fill_links(self.database, self.today())
