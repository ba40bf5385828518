"""Attendance report: per member attended / held over the toolbar's dates, with CSV export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.calendar import attendance
from desktop.models.calendar.attendance import ReportRow
from desktop.models.core.common import save_csv
from desktop.models.core.scope import Scope
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.db import Database
from desktop.views.common import saving
from desktop.views.common.formatting import format_date, format_number
from desktop.views.groups.group_item_models import RowTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
_BELOW_BACKGROUND = QColor("#fdecea")
_BELOW_TEXT = QColor("#b3261e")


class AttendanceReportModel(RowTableModel):
    """One row per member: attended, held, percentage and last visit; low ones highlighted."""

    NAME, ATTENDED, HELD, PERCENT, LAST = range(5)
    BelowRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.threshold = 50.0

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [
            self.tr("Member"),
            self.tr("Attended"),
            self.tr("Held"),
            self.tr("Attendance"),
            self.tr("Last attended"),
        ]

    def set_threshold(self, percent: float) -> None:
        """Highlight rows below another percentage."""
        self.threshold = percent
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def is_below(self, row: ReportRow) -> bool:
        """Whether a member had something to attend and came to less than the threshold."""
        return row.held > 0 and row.percent < self.threshold

    def cell(self, row: ReportRow, column: int, role: int) -> Any:
        """Display text, native sort values, right-aligned figures and the highlight."""
        if role == _DISPLAY:
            return self._display(row, column)
        if role == self.SortRole:
            return (
                row.name,
                row.attended,
                row.held,
                row.percent,
                row.last_attended or dt.date.min,
            )[column]
        if role == self.BelowRole:
            return self.is_below(row)
        return self._style(row, column, role)

    def _style(self, row: ReportRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not self.is_below(row):
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return _BELOW_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PERCENT:
            return _BELOW_TEXT
        if role == Qt.ItemDataRole.FontRole and column == self.PERCENT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: ReportRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.ATTENDED:
            return str(row.attended)
        if column == self.HELD:
            return str(row.held)
        if column == self.PERCENT:
            return f"{format_number(row.percent)}%" if row.held else "—"
        return format_date(row.last_attended) or self.tr("never")


class LatelyModel(RowTableModel):
    """Current members who came to nothing lately, the longest absent first."""

    NAME, LAST, HELD = range(3)

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("Member"), self.tr("Last attended"), self.tr("Missed")]

    def cell(self, row: ReportRow, column: int, role: int) -> Any:
        """Display text and native sort values."""
        if role == _DISPLAY:
            if column == self.NAME:
                return row.name
            if column == self.LAST:
                return format_date(row.last_attended) or self.tr("never")
            return str(row.held)
        if role == self.SortRole:
            return (row.name, row.last_attended or dt.date.min, row.held)[column]
        return None


def _table(parent: QWidget, name: str, model: RowTableModel, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setAlternatingRowColors(False)  # the highlight is the background
    return view


class AttendanceReportDialog(QDialog):
    """Per-member attendance of a group over the scope's dates; non-modal, follows the scope."""

    def __init__(
        self, database: Database, scope: Scope, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceReport")
        self.setWindowTitle(self.tr("Attendance report"))
        self.database = database
        self.scope = scope
        self.today = today
        self.held = 0
        self._build_ui()
        self._fill_groups()
        self._connect_signals()
        self.reload()
        self.resize(900, 600)

    def _build_ui(self) -> None:
        self.group = QComboBox(self)
        self.group.setObjectName("attendanceReportGroup")
        self.range_label = QLabel(self)
        self.range_label.setObjectName("attendanceReportRange")
        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("attendanceThreshold")
        self.threshold.setRange(0, 100)
        self.threshold.setValue(50)
        self.threshold.setSuffix("%")
        self.lately_days = QSpinBox(self)
        self.lately_days.setObjectName("attendanceLatelyDays")
        self.lately_days.setRange(7, 365)
        self.lately_days.setValue(60)
        self.lately_days.setSuffix(self.tr(" days"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group:"), self))
        top.addWidget(self.group)
        top.addWidget(self.range_label, 1)
        top.addWidget(QLabel(self.tr("Highlight below:"), self))
        top.addWidget(self.threshold)
        top.addWidget(QLabel(self.tr("Lately: the last"), self))
        top.addWidget(self.lately_days)
        self.summary = QLabel(self)
        self.summary.setObjectName("attendanceReportSummary")
        self.model = AttendanceReportModel(self)
        self.table = _table(self, "attendanceReportTable", self.model, AttendanceReportModel.NAME)
        self.table.setSortingEnabled(False)
        self.lately_model = LatelyModel(self)
        self.lately = _table(self, "attendanceLately", self.lately_model, LatelyModel.NAME)
        self.lately_title = QLabel(self)
        self.lately_title.setObjectName("attendanceLatelyTitle")
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.lately_title)
        side_layout.addWidget(self.lately, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([560, 340])
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setObjectName("attendanceExport")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _connect_signals(self) -> None:
        self.group.currentIndexChanged.connect(lambda _n: self.reload())
        self.lately_days.valueChanged.connect(lambda _n: self.reload())
        self.threshold.valueChanged.connect(self._on_threshold)
        self.export_button.clicked.connect(self._on_export)

    def _fill_groups(self) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        for ref in list_group_refs(self.database):
            self.group.addItem(ref.name, ref.id)
        self._pick_scope_group()
        self.group.blockSignals(False)

    def _pick_scope_group(self) -> None:
        if self.scope.group_id is not None:
            found = self.group.findData(self.scope.group_id)
            if found >= 0:
                self.group.setCurrentIndex(found)

    # ---- public -------------------------------------------------------------------------

    def group_id(self) -> int | None:
        """The group reported on."""
        value = self.group.currentData()
        return int(value) if value is not None else None

    def set_scope(self, scope: Scope) -> None:
        """Follow the toolbar: its group (when one is chosen) and its dates."""
        self.scope = scope
        self.group.blockSignals(True)
        self._pick_scope_group()
        self.group.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Recompute the report and the "did not attend lately" list."""
        start, end = self.scope.start, self.scope.end
        self.range_label.setText(f"{format_date(start)} – {format_date(end)}")
        group = self.group_id()
        if group is None:
            self.held = 0
            self.model.set_rows([])
            self.lately_model.set_rows([])
        else:
            db, today = self.database, self.today
            self.held = len(attendance.held_occurrences(db, group, start, end, today))
            self.model.set_rows(attendance.report(db, group, start, end, today))
            days = self.lately_days.value()
            self.lately_model.set_rows(attendance.not_attended_lately(db, group, today, days))
        self.lately_title.setText(
            self.tr("Did not attend in the last %1 days: %2")
            .replace("%1", str(self.lately_days.value()))
            .replace("%2", str(self.lately_model.rowCount()))
        )
        self._update_summary()

    def below(self) -> list[ReportRow]:
        """The members below the threshold."""
        return [r for r in self.model.rows() if self.model.is_below(r)]

    def export_to(self, path: Path) -> None:
        """Write the report as CSV (UTF-8 with a BOM, so Excel shows Chinese)."""
        lately = {r.member_id for r in self.lately_model.rows()}
        header = [*self.model.headers(), self.tr("Below threshold"), self.tr("Absent lately")]
        yes = self.tr("yes")
        rows = [
            [
                r.name,
                r.attended,
                r.held,
                round(r.percent, 1) if r.held else "",
                format_date(r.last_attended),
                yes if self.model.is_below(r) else "",
                yes if r.member_id in lately else "",
            ]
            for r in self.model.rows()
        ]
        save_csv(path, header, rows)

    # ---- handlers -----------------------------------------------------------------------

    def _update_summary(self) -> None:
        text = self.tr("%1 activities held · %2 members · %3 below %4%")
        values = (self.held, self.model.rowCount(), len(self.below()), self.threshold.value())
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", str(value))
        self.summary.setText(text)

    def _on_threshold(self, value: int) -> None:
        self.model.set_threshold(float(value))
        self._update_summary()

    def _on_export(self) -> None:
        group = self.group.currentText() or self.tr("Attendance")
        path = saving.ask_save_path(
            self,
            self.tr("Export attendance"),
            f"{group}-{self.scope.end.isoformat()}",
            ".csv",
            self.tr("CSV (*.csv)"),
        )
        if path is None:
            return
        try:
            self.export_to(path)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Export attendance"), saving.save_failed_text(exc, path)
            )
            return
        saving.show_saved(self, self.tr("Attendance saved to %1").replace("%1", str(path)), path)
