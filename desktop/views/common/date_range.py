"""Toolbar date-range picker: a preset menu plus from/to date edits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.models.core.clock import SYSTEM_CLOCK, Clock


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


# Each preset maps today to an inclusive (start, end) range.
PRESETS: dict[str, Callable[[dt.date], tuple[dt.date, dt.date]]] = {
    "this_month": lambda d: (_month_start(d), _month_start(d) + relativedelta(months=1, days=-1)),
    "last_month": lambda d: (
        _month_start(d) - relativedelta(months=1),
        _month_start(d) - relativedelta(days=1),
    ),
    "last_30_days": lambda d: (d - dt.timedelta(days=29), d),
    "this_quarter": lambda d: (
        _quarter_start(d),
        _quarter_start(d) + relativedelta(months=3, days=-1),
    ),
    "this_year": lambda d: (dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)),
    "last_12_months": lambda d: (_month_start(d) - relativedelta(months=11), d),
}
CUSTOM = "custom"
DEFAULT_PRESET = "last_12_months"


def to_qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


class DateRangePicker(QWidget):
    """Pick an inclusive date range; emits `rangeChanged(start, end)` once per change."""

    rangeChanged = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self.clock = clock  # presets count from the day it says when they are chosen
        self._updating = False
        self._last: tuple[dt.date, dt.date] | None = None
        self._build_ui()
        self._connect_signals()
        self.set_preset(DEFAULT_PRESET)

    def _build_ui(self) -> None:
        self.preset = QComboBox(self)
        self.preset.setObjectName("datePreset")
        labels = {
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "last_30_days": self.tr("Last 30 days"),
            "this_quarter": self.tr("This quarter"),
            "this_year": self.tr("This year"),
            "last_12_months": self.tr("Last 12 months"),
            CUSTOM: self.tr("Custom range"),
        }
        for key, label in labels.items():
            self.preset.addItem(label, key)
        self.date_from = self._date_edit("dateFrom", self.tr("First day of the range"))
        self.date_to = self._date_edit("dateTo", self.tr("Last day of the range"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        layout.addWidget(self.date_from)
        dash = QLabel("–", self)
        layout.addWidget(dash)
        layout.addWidget(self.date_to)

    def _date_edit(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setToolTip(tip)
        return edit

    def _connect_signals(self) -> None:
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self.date_from.dateChanged.connect(self._on_from_changed)
        self.date_to.dateChanged.connect(self._on_to_changed)

    def range(self) -> tuple[dt.date, dt.date]:
        """The chosen (start, end), both inclusive."""
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def preset_key(self) -> str:
        """The chosen preset's key, or `CUSTOM`."""
        return str(self.preset.currentData())

    def set_preset(self, key: str) -> None:
        """Choose a preset by key; unknown keys fall back to the default."""
        index = self.preset.findData(key if key in PRESETS or key == CUSTOM else DEFAULT_PRESET)
        if index == self.preset.currentIndex():
            self._on_preset_changed(index)
        else:
            self.preset.setCurrentIndex(index)

    def follow_today(self) -> None:
        """Recompute a preset range from the clock's today (a custom range stays as it is)."""
        key = self.preset_key()
        if key in PRESETS:
            self._apply(*PRESETS[key](self.clock.today()), preset=key)

    def set_range(self, start: dt.date, end: dt.date) -> None:
        """Set a custom range (swapped if given backwards)."""
        start, end = min(start, end), max(start, end)
        self._apply(start, end, preset=CUSTOM)

    def _apply(self, start: dt.date, end: dt.date, preset: str) -> None:
        self._updating = True
        try:
            self.preset.setCurrentIndex(self.preset.findData(preset))
            self.date_from.setDate(to_qdate(start))
            self.date_to.setDate(to_qdate(end))
        finally:
            self._updating = False
        if self._last != (start, end):
            self._last = (start, end)
            self.rangeChanged.emit(start, end)

    def _on_preset_changed(self, index: int) -> None:
        if self._updating:
            return
        key = self.preset.itemData(index)
        if key in PRESETS:
            start, end = PRESETS[key](self.clock.today())
            self._apply(start, end, preset=key)

    def _on_from_changed(self, _date: QDate) -> None:
        if self._updating:
            return
        start, end = self.range()
        # Moving the start past the end drags the end along rather than making an empty range.
        self._apply(start, max(start, end), preset=CUSTOM)

    def _on_to_changed(self, _date: QDate) -> None:
        if self._updating:
            return
        start, end = self.range()
        self._apply(min(start, end), end, preset=CUSTOM)
