"""The event dialog: every field of an event, its recurrence, and inline validation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.calendar import events, occurrences
from desktop.models.calendar.events import EventDraft
from desktop.models.core.codes import EventType
from desktop.models.core.errors import ValidationError
from desktop.models.storage.db import Database
from desktop.views.common.field_labels import error_text
from desktop.views.common.formatting import format_yuan_input, parse_money
from desktop.views.common.labels import choices

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
NONE, DAILY, WEEKLY, MONTHLY, CUSTOM = "none", "daily", "weekly", "monthly", "custom"
FOREVER, UNTIL, COUNT = "forever", "until", "count"


def build_rule(
    freq: str,
    *,
    weekdays: tuple[str, ...] = (),
    month_day: int = 1,
    end: str = FOREVER,
    until: dt.date | None = None,
    count: int = 1,
    custom: str = "",
) -> str | None:
    """The RRULE text for the dialog's choices (None when the event does not repeat)."""
    if freq == NONE:
        return None
    if freq == CUSTOM:
        return custom.strip() or None
    parts = {DAILY: "FREQ=DAILY", WEEKLY: "FREQ=WEEKLY", MONTHLY: "FREQ=MONTHLY"}
    rule = parts[freq]
    if freq == WEEKLY and weekdays:
        rule += ";BYDAY=" + ",".join(weekdays)
    if freq == MONTHLY:
        rule += f";BYMONTHDAY={month_day}"
    if end == UNTIL and until is not None:
        rule += f";UNTIL={until:%Y%m%d}T235959"
    elif end == COUNT:
        rule += f";COUNT={count}"
    return rule


def _t(text: str) -> str:
    return QCoreApplication.translate("EventDialog", text)


def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )


def _pydt(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class EventDialog(QDialog):
    """Edit one event or series; `ask` returns the validated draft or None."""

    def __init__(
        self,
        database: Database,
        groups: list[tuple[int, str]],
        hosts: list[tuple[int, str]],
        draft: EventDraft,
        *,
        allow_repeat: bool = True,
        ignore_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.ignore_id = ignore_id  # the event being edited does not clash with itself
        self.draft = draft
        self.result_draft: EventDraft | None = None
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("Event"))
        self._build_ui(groups, hosts, allow_repeat)
        self._load(draft)
        self._connect_signals()

    def _build_ui(
        self, groups: list[tuple[int, str]], hosts: list[tuple[int, str]], allow_repeat: bool
    ) -> None:
        self.group = QComboBox(self)
        self.group.setObjectName("eventGroup")
        for gid, name in groups:
            self.group.addItem(name, gid)
        self.title = QLineEdit(self)
        self.title.setObjectName("eventTitle")
        self.type = QComboBox(self)
        self.type.setObjectName("eventType")
        for code, text in choices(EventType):  # the owner's own types come last
            self.type.addItem(text, code)
        self.online = QComboBox(self)
        self.online.setObjectName("eventOnline")
        self.online.addItem(self.tr("Online"), True)
        self.online.addItem(self.tr("Offline"), False)
        self.location = QLineEdit(self)
        self.location.setObjectName("eventLocation")
        self.location.setPlaceholderText(self.tr("Address, or the meeting link"))
        self.starts = QDateTimeEdit(self)
        self.starts.setObjectName("eventStart")
        self.ends = QDateTimeEdit(self)
        self.ends.setObjectName("eventEnd")
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        # made here, between the dates and the host, so Tab visits it in the form's order
        self.repeat_box = self._build_repeat()
        self.host = QComboBox(self)
        self.host.setObjectName("eventHost")
        self.host.addItem(self.tr("(nobody)"), None)
        for mid, name in hosts:
            self.host.addItem(name, mid)
        self.capacity = QLineEdit(self)
        self.capacity.setObjectName("eventCapacity")
        self.capacity.setPlaceholderText(self.tr("no limit"))
        self.fee = QLineEdit(self)
        self.fee.setObjectName("eventFee")
        self.cost = QLineEdit(self)
        self.cost.setObjectName("eventCost")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("eventNotes")
        self.notes.setMaximumHeight(60)
        self.notes.setTabChangesFocus(True)  # Tab moves on; notes rarely need a tab stop
        self.outcome = QPlainTextEdit(self)
        self.outcome.setObjectName("eventOutcome")
        self.outcome.setMaximumHeight(60)
        self.outcome.setTabChangesFocus(True)
        self.depth = QComboBox(self)
        self.depth.setObjectName("eventDepth")
        self.depth.addItem(self.tr("(not rated)"), None)
        for n in range(1, 6):
            self.depth.addItem("★" * n, n)
        self._build_layout(allow_repeat)

    def _build_layout(self, allow_repeat: bool) -> None:
        repeat = self.repeat_box
        repeat.setEnabled(allow_repeat)
        self.error = QLabel(self)
        self.error.setObjectName("eventError")
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Where"), self.online)
        form.addRow(self.tr("Place or link"), self.location)
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        form.addRow(self.tr("Repeats"), repeat)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("Fee (yuan)"), self.fee)
        form.addRow(self.tr("Cost (yuan)"), self.cost)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Depth (1–5)"), self.depth)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("eventButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _build_repeat(self) -> QWidget:
        box = QWidget(self)
        self.freq = QComboBox(box)
        self.freq.setObjectName("eventRepeat")
        for code, text in (
            (NONE, self.tr("Does not repeat")),
            (DAILY, self.tr("Daily")),
            (WEEKLY, self.tr("Weekly on")),
            (MONTHLY, self.tr("Monthly on the start's day")),
            (CUSTOM, self.tr("Custom RRULE")),
        ):
            self.freq.addItem(text, code)
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        self.weekdays = [QCheckBox(n, box) for n in names]
        for code, check in zip(WEEKDAYS, self.weekdays, strict=True):
            check.setObjectName(f"eventDay{code}")
        self.custom = QLineEdit(box)
        self.custom.setObjectName("eventRrule")
        self.custom.setPlaceholderText("FREQ=MONTHLY;BYMONTHDAY=-1")
        self.end_kind = QComboBox(box)
        self.end_kind.setObjectName("eventRepeatEnd")
        # Read as a sentence in each language: "Ends: after [12 times]", "结束：重复 [12 次]".
        self.end_kind.addItem(self.tr("never"), FOREVER)
        self.end_kind.addItem(self.tr("on"), UNTIL)
        self.end_kind.addItem(self.tr("after"), COUNT)
        self.until = QDateEdit(box)
        self.until.setObjectName("eventUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.count = QSpinBox(box)
        self.count.setObjectName("eventCount")
        self.count.setRange(1, 9999)
        self.count.setValue(10)
        self.count.setSuffix(self.tr(" times"))
        top = QHBoxLayout()
        top.addWidget(self.freq)
        for check in self.weekdays:
            top.addWidget(check)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.custom, 1)
        bottom.addWidget(QLabel(self.tr("Ends:"), box))
        bottom.addWidget(self.end_kind)
        bottom.addWidget(self.until)
        bottom.addWidget(self.count)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        return box

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        self.freq.currentIndexChanged.connect(self._on_repeat_changed)
        self.end_kind.currentIndexChanged.connect(self._on_repeat_changed)

    def _load(self, draft: EventDraft) -> None:
        self.group.setCurrentIndex(max(0, self.group.findData(draft.group_id)))
        self.title.setText(draft.title)
        self.type.setCurrentIndex(max(0, self.type.findData(str(draft.type))))
        self.online.setCurrentIndex(0 if draft.online else 1)
        self.location.setText(draft.location)
        self.starts.setDateTime(_qdt(draft.starts_at))
        self.ends.setDateTime(_qdt(draft.ends_at))
        self.host.setCurrentIndex(max(0, self.host.findData(draft.host_id)))
        self.capacity.setText("" if draft.capacity is None else str(draft.capacity))
        self.fee.setText(format_yuan_input(draft.fee_minor) if draft.fee_minor else "")
        self.cost.setText(format_yuan_input(draft.cost_minor) if draft.cost_minor else "")
        self.notes.setPlainText(draft.notes)
        self.outcome.setPlainText(draft.outcome)
        self.depth.setCurrentIndex(max(0, self.depth.findData(draft.depth_rating)))
        until = draft.starts_at.date() + dt.timedelta(days=90)
        self.until.setDate(QDate(until.year, until.month, until.day))
        if draft.rrule:
            self.freq.setCurrentIndex(self.freq.findData(CUSTOM))
            self.custom.setText(draft.rrule)
        self._on_repeat_changed()

    def _on_repeat_changed(self) -> None:
        freq = self.freq.currentData()
        for check in self.weekdays:
            check.setVisible(freq == WEEKLY)
        self.custom.setVisible(freq == CUSTOM)
        plain = freq in (DAILY, WEEKLY, MONTHLY)
        self.end_kind.setEnabled(plain)
        self.until.setVisible(plain and self.end_kind.currentData() == UNTIL)
        self.count.setVisible(plain and self.end_kind.currentData() == COUNT)

    def rule(self) -> str | None:
        """The repeat rule the dialog describes."""
        start = _pydt(self.starts.dateTime())
        days = tuple(c for c, box in zip(WEEKDAYS, self.weekdays, strict=True) if box.isChecked())
        d = self.until.date()
        return build_rule(
            str(self.freq.currentData()),
            weekdays=days or (WEEKDAYS[start.weekday()],),
            month_day=start.day,
            end=str(self.end_kind.currentData()),
            until=dt.date(d.year(), d.month(), d.day()),
            count=self.count.value(),
            custom=self.custom.text(),
        )

    def current_draft(self) -> EventDraft:
        """The fields as a draft; ValidationError for text that is not a number."""
        capacity_text = self.capacity.text().strip()
        try:
            capacity = int(capacity_text) if capacity_text else None
        except ValueError as exc:
            raise ValidationError("capacity", self.tr("The capacity must be a number.")) from exc
        money = {}
        for name, edit in (("fee_minor", self.fee), ("cost_minor", self.cost)):
            try:
                money[name] = parse_money(edit.text()) if edit.text().strip() else 0
            except ValueError as exc:
                raise ValidationError(name, self.tr("This is not an amount.")) from exc
        return replace(
            self.draft,
            group_id=int(self.group.currentData()),
            title=self.title.text(),
            type=str(self.type.currentData()),
            online=bool(self.online.currentData()),
            location=self.location.text(),
            starts_at=_pydt(self.starts.dateTime()),
            ends_at=_pydt(self.ends.dateTime()),
            host_id=self.host.currentData(),
            capacity=capacity,
            fee_minor=money["fee_minor"],
            cost_minor=money["cost_minor"],
            notes=self.notes.toPlainText(),
            outcome=self.outcome.toPlainText(),
            depth_rating=self.depth.currentData(),
            rrule=self.rule(),
        )

    def _on_accept(self) -> None:
        try:
            draft = self.current_draft()
            clean = events.validate(self.database, draft)
        except ValidationError as exc:
            self.error.setText(self.tr("%1 — nothing was saved.").replace("%1", error_text(exc)))
            return
        clashes = occurrences.conflicts_for(self.database, clean, self.ignore_id)
        if clashes and not self.error.property("warned"):
            self.error.setProperty("warned", True)
            self.error.setText(
                self.tr(
                    "The host has %n other event(s) at that time. OK again to save anyway.",
                    "",
                    clashes,
                )
            )
            return
        self.result_draft = clean
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        database: Database,
        groups: list[tuple[int, str]],
        hosts: list[tuple[int, str]],
        draft: EventDraft,
        *,
        allow_repeat: bool = True,
        ignore_id: int | None = None,
    ) -> EventDraft | None:
        """Run the dialog; the validated draft, or None when cancelled."""
        dialog = cls(
            database,
            groups,
            hosts,
            draft,
            allow_repeat=allow_repeat,
            ignore_id=ignore_id,
            parent=parent,
        )
        dialog.resize(640, 640)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.result_draft if ok else None
        dialog.deleteLater()
        return result


class EditScope:
    """Asks which occurrences an edit of a series applies to."""

    THIS, FOLLOWING, ALL = "this", "following", "all"

    @classmethod
    def ask(cls, parent: QWidget | None, verb: str) -> str | None:
        """ "this", "following", "all", or None when cancelled."""
        box = QMessageBox(parent)
        box.setObjectName("editScope")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(verb)
        box.setText(_t("This event repeats. Apply the change to:"))
        this = box.addButton(_t("Only this occurrence"), QMessageBox.ButtonRole.YesRole)
        following = box.addButton(_t("This and following"), QMessageBox.ButtonRole.YesRole)
        every = box.addButton(_t("The whole series"), QMessageBox.ButtonRole.YesRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return {this: cls.THIS, following: cls.FOLLOWING, every: cls.ALL}.get(clicked)
