"""The Revenue tab's quick-entry row: fields typed left to right, Enter saves."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Category, CategoryKind, Channel, category_kind
from desktop.models.core.errors import ValidationError
from desktop.models.core.money import MoneyError, check_currency, parse_amount, plain_text
from desktop.models.groups.groups import list_group_refs
from desktop.models.revenue import partners, revenue
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database
from desktop.views.common.date_range import from_qdate, to_qdate
from desktop.views.common.formatting import format_date
from desktop.views.common.labels import choices
from desktop.views.revenue.revenue_member_field import MemberField

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "GBP", "JPY")
# Long group names and event titles must not widen the row: combos ask for this many
# characters and show the rest in their (wider) drop-down list.
_COMBO_CHARS = 8
_POPUP_MAX_WIDTH = 520


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
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(_COMBO_CHARS)
        if editable:
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = combo.completer()
            assert completer is not None  # an editable combo always has one
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
        self.fill_categories()
        self.amount = QLineEdit(self)
        self.amount.setObjectName("revenueAmount")
        self.amount.setPlaceholderText(self.tr("Amount, e.g. 99.50"))
        self.currency = self._combo("revenueCurrency", editable=True)
        self.currency.setMinimumContentsLength(4)
        self.currency.addItems(list(CURRENCIES))
        self.channel = self._combo("revenueChannel")
        for code, text in choices(Channel):
            self.channel.addItem(text, code)
        self.member = MemberField("revenueMember", self)
        # not `self.event`: that would hide QWidget.event()
        self.linked_event = self._combo("revenueEvent")
        self.referrer = MemberField("revenueReferrer", self)
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
        # a member's name with nickname ("欧阳娜娜 (娜娜)") fits without scrolling
        person_width = self.fontMetrics().horizontalAdvance("欧阳娜娜 (娜娜)") + 40
        for person in (self.member, self.referrer):
            person.setMinimumWidth(person_width)

        self._labels = {
            "day": self.tr("Date"),
            "group": self.tr("Group"),
            "category": self.tr("Category"),
            "kind": self.tr("Category"),
            "amount": self.tr("Amount"),
            "currency": self.tr("Currency"),
            "channel": self.tr("Channel"),
            "member": self.tr("Member"),
            "event": self.tr("Event"),
            "referrer": self.tr("Referrer"),
            "partner": self.tr("Partner"),
            "note": self.tr("Note"),
            "entry": self.tr("Entry"),
        }
        # (label, field, stretch): each row sizes on its own, so a long event title in the
        # second row never narrows the date above it (and the member field stays wide)
        top: list[tuple[str, QWidget, int]] = [
            (self.tr("Date"), self.date, 0),
            (self.tr("Group"), self.group, 3),
            (self.tr("Category"), self.category, 2),
            (self.tr("Amount"), self.amount, 2),
            (self.tr("Currency"), self.currency, 0),
            (self.tr("Channel"), self.channel, 2),
        ]
        bottom: list[tuple[str, QWidget, int]] = [
            (self.tr("Member"), self.member, 3),
            (self.tr("Event"), self.linked_event, 3),
            (self.tr("Referrer"), self.referrer, 3),
            (self.tr("Partner"), self.partner, 2),
            (self.tr("Note"), self.note, 4),
        ]
        rows = (self._row(top), self._row(bottom))
        rows[1].addWidget(self.cancel_button)
        rows[1].addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for row in rows:
            layout.addLayout(row)
        layout.addWidget(self.message)
        order = [w for _, w, _ in top + bottom] + [self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        for widget in order[:-1]:
            widget.installEventFilter(self)
            line = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if line is not None:
                line.installEventFilter(self)

    def _row(self, fields: list[tuple[str, QWidget, int]]) -> QHBoxLayout:
        """Labelled fields side by side, each widened by its stretch share."""
        row = QHBoxLayout()
        for text, widget, stretch in fields:
            label = QLabel(text, self)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, stretch)
            row.addSpacing(6)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter anywhere in the row saves; Esc cancels an edit."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._completing(watched):
                    return False  # Enter picks the completion first
                self.save_button.click()
                return True
            if key == Qt.Key.Key_Escape and self.cancel_button.isVisible():
                self.cancel_button.click()
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _completing(watched: QObject) -> bool:
        """Whether the field's list of matches is open (Enter then takes a match)."""
        if isinstance(watched, MemberField):
            return watched.popup().isVisible()
        combo = watched if isinstance(watched, QComboBox) else watched.parent()
        if not isinstance(combo, QComboBox) or not combo.isEditable():
            return False
        completer = combo.completer()
        popup = completer.popup() if completer is not None else None
        return popup is not None and popup.isVisible()

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
        view = combo.view()
        # the drop-down shows whole titles even when the combo itself is narrow
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, _POPUP_MAX_WIDTH))

    def fill_groups(self, database: Database) -> None:
        """The groups to choose from; "no group" for shared costs (categories re-read too)."""
        items: list[tuple[int | None, str]] = [(None, self.tr("(no group)"))]
        items += [(g.id, g.name) for g in list_group_refs(database, include_archived=False)]
        self._fill(self.group, items)
        self.fill_categories()

    def fill_categories(self) -> None:
        """The ledger categories in the owner's words; their own after the same kind's."""
        order = list(CategoryKind)
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for code, text in sorted(
            choices(Category), key=lambda c: order.index(category_kind(c[0]) or order[0])
        ):
            self.category.addItem(text, code)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        self.category.blockSignals(False)

    def fill_links(self, database: Database, today: dt.date) -> None:
        """Member search, events (coming ones first, nearest first) and partners."""
        group_id = self.group.currentData()
        for person in (self.member, self.referrer):
            person.set_source(database, group_id)
        events = revenue.event_choices(database, group_id, today)
        coming = self.tr("(coming)")
        self._fill(
            self.linked_event,
            [(None, "")]
            + [
                (eid, f"{format_date(day)} {title}" + (f" {coming}" if day > today else ""))
                for eid, title, day in events
            ],
        )
        self._fill(
            self.partner,
            [(None, "")] + [(p.id, p.name) for p in partners.list_partners(database)],
        )

    # ---- reading and writing the fields -------------------------------------------------

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
            member_id=self.member.resolve("member"),
            event_id=self.linked_event.currentData(),
            referrer_id=self.referrer.resolve("referrer"),
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
            "event": self.linked_event,
            "referrer": self.referrer,
            "partner": self.partner,
        }
        return widgets.get(field, self.note)

    def label_for(self, field: str) -> str:
        """The label the owner sees for a field a refusal names."""
        return self._labels.get(field, field)

    def load(self, draft: EntryDraft, database: Database, today: dt.date) -> None:
        """Show a draft in the fields (group first: it decides the member and event lists)."""
        self.date.setDate(to_qdate(draft.day))
        self.group.setCurrentIndex(max(self.group.findData(draft.group_id), 0))
        self.fill_links(database, today)
        self.category.setCurrentIndex(max(self.category.findData(draft.category), 0))
        self.amount.setText(plain_text(draft.amount_minor) if draft.amount_minor else "")
        self.currency.setCurrentText(draft.currency)
        self.channel.setCurrentIndex(max(self.channel.findData(draft.channel), 0))
        self.member.set_member(draft.member_id)
        self.referrer.set_member(draft.referrer_id)
        for combo, value in ((self.linked_event, draft.event_id), (self.partner, draft.partner_id)):
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        self.note.setText(draft.note)

    def clear_for_next(self) -> None:
        """After saving: keep date, group, category, currency and channel for the next one."""
        self.amount.clear()
        self.member.set_member(None)
        self.referrer.set_member(None)
        for combo in (self.linked_event, self.partner):
            combo.setCurrentIndex(0)
        self.note.clear()
