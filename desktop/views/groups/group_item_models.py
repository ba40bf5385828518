"""Qt item models of the Groups tab: the group list, rules, their history, stages, goals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.models.core.codes import Lifecycle, Metric, Period, Platform, codes
from desktop.models.groups.goals import Goal
from desktop.models.groups.groups import GroupSummary
from desktop.models.groups.lifecycle import LifecycleEntry
from desktop.models.groups.rules import Rule, RuleChange
from desktop.views.common.formatting import format_date, format_money
from desktop.views.common.labels import label_for

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_MUTED = QColor("#8a8a8a")
_WARN = QColor("#b3261e")
_STAGE_ORDER = {code: n for n, code in enumerate(codes(Lifecycle))}
# A group this full is close to its platform's limit and needs a second group soon.
NEARLY_FULL = 0.9


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of dataclass rows, with SortRole and RowRole."""

    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        """Column titles, translated."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """The value of one cell for one role (None when the role is not used)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Rows under the invisible root; none under a row."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Columns under the invisible root; none under a row."""
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles; rows have none."""
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            titles = self.headers()
            if 0 <= section < len(titles):
                return titles[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Cell values; RowRole gives the row's dataclass."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.RowRole:
            return row
        return self.cell(row, index.column(), role)

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        """The rows in model order."""
        return list(self._rows)


class GroupListModel(RowTableModel):
    """One row per group: name, platform, lifecycle stage, members (and capacity use)."""

    NAME, PLATFORM, STAGE, MEMBERS = range(4)

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("Group"), self.tr("Platform"), self.tr("Stage"), self.tr("Members")]

    def row_of(self, group_id: int | None) -> int:
        """The row showing a group, or -1."""
        return next((n for n, g in enumerate(self._rows) if g.id == group_id), -1)

    def cell(self, row: GroupSummary, column: int, role: int) -> Any:
        """Display text, native sort values, and muted styling for archived groups."""
        if role == _DISPLAY:
            return self._display(row, column)
        if role == self.SortRole:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return self._style(row, column, role)

    def _style(self, row: GroupSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return _MUTED
            if column == self.MEMBERS and _nearly_full(row):
                return _WARN
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, row: GroupSummary, column: int) -> str:
        if column == self.NAME:
            return (
                row.name if not row.archived else self.tr("%1 (archived)").replace("%1", row.name)
            )
        if column == self.PLATFORM:
            return label_for(Platform, row.platform)
        if column == self.STAGE:
            return label_for(Lifecycle, row.stage) or "—"
        if row.capacity:
            return f"{row.member_count:,}/{row.capacity:,}"
        return f"{row.member_count:,}"

    def _sort_value(self, row: GroupSummary, column: int) -> Any:
        if column == self.NAME:
            return (row.archived, row.name.casefold())
        if column == self.PLATFORM:
            return label_for(Platform, row.platform)
        if column == self.STAGE:
            return _STAGE_ORDER.get(row.stage or "", 99)
        return row.member_count

    def _tooltip(self, row: GroupSummary, column: int) -> str | None:
        if column == self.MEMBERS and row.capacity:
            return (
                self.tr("%1 of %2 places taken (%3%)")
                .replace("%1", f"{row.member_count:,}")
                .replace("%2", f"{row.capacity:,}")
                .replace("%3", f"{100 * row.member_count / row.capacity:.0f}")
            )
        if column == self.NAME and row.archived:
            return self.tr("Archived: hidden from everyday lists, its data is kept.")
        return None


def _nearly_full(row: GroupSummary) -> bool:
    return bool(row.capacity) and row.member_count >= NEARLY_FULL * (row.capacity or 0)


class RulesModel(RowTableModel):
    """A group's rules by number; retired ones (when shown) after them, muted."""

    NUMBER, TEXT, ADDED, RETIRED = range(4)

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("No."), self.tr("Rule"), self.tr("Added"), self.tr("Retired")]

    def cell(self, row: Rule, column: int, role: int) -> Any:
        """Rule number and text, dates, and muted styling for retired rules."""
        if role in (_DISPLAY, self.SortRole):
            values: list[Any] = [
                row.position if row.active else "—",
                row.text,
                format_date(row.added_on),
                format_date(row.retired_on),
            ]
            if role == self.SortRole:
                values[self.NUMBER] = (not row.active, row.position)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return row.text
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return _MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class RuleHistoryModel(RowTableModel):
    """Every recorded change of a group's rules, newest first."""

    WHEN, ACTION, DETAILS = range(3)

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("When"), self.tr("Change"), self.tr("Rule")]

    def action_label(self, action: str) -> str:
        """The translated name of a history action code."""
        names = {
            "added": self.tr("Added", "rule change"),
            "edited": self.tr("Edited"),
            "moved": self.tr("Moved"),
            "retired": self.tr("Retired"),
        }
        return names.get(action, action)

    def details(self, change: RuleChange) -> str:
        """What changed, in words."""
        if change.action == "edited":
            return (
                self.tr("“%1” → “%2”")
                .replace("%1", change.old_text or "")
                .replace("%2", change.new_text or "")
            )
        if change.action == "moved":
            return (
                self.tr("“%1”: No. %2 → No. %3")
                .replace("%1", change.rule_text)
                .replace("%2", change.old_text or "?")
                .replace("%3", change.new_text or "?")
            )
        return f"“{change.new_text or change.old_text or change.rule_text}”"

    def cell(self, row: RuleChange, column: int, role: int) -> Any:
        """Time stamp, action and the change in words."""
        if role == self.SortRole and column == self.WHEN:
            return row.changed_at
        if role in (_DISPLAY, self.SortRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.WHEN:
                return row.changed_at.strftime("%Y-%m-%d %H:%M")
            if column == self.ACTION:
                return self.action_label(row.action)
            return self.details(row)
        return None


class LifecycleHistoryModel(RowTableModel):
    """A group's stages, newest first, with how long each lasted."""

    STAGE, BEGAN, LASTED, NOTE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = dt.date.min  # set with the rows

    def set_history(self, entries: list[LifecycleEntry], today: dt.date) -> None:
        """Show stages given oldest first (as the data layer returns them)."""
        self._today = today
        self.set_rows(list(reversed(entries)))

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("Stage"), self.tr("Began on"), self.tr("Lasted"), self.tr("Note")]

    def _days(self, position: int) -> int:
        entry: LifecycleEntry = self._rows[position]
        until = self._today if position == 0 else self._rows[position - 1].began_on
        return max((until - entry.began_on).days, 0)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Like RowTableModel, plus the duration, which needs the neighbouring row."""
        if index.isValid() and index.column() == self.LASTED and 0 <= index.row() < len(self._rows):
            current = index.row() == 0
            if role == self.SortRole:
                return self._days(index.row())
            if role == _DISPLAY:
                if current and self._rows[0].stage == Lifecycle.DISSOLVED:
                    return "—"
                n = self._days(index.row())
                days = self.tr("1 day") if n == 1 else self.tr("%1 days").replace("%1", f"{n:,}")
                return self.tr("%1 so far").replace("%1", days) if current else days
        return super().data(index, role)

    def cell(self, row: LifecycleEntry, column: int, role: int) -> Any:
        """Stage label, start date and note; the current stage in bold."""
        if role == _DISPLAY or (role == self.SortRole and column != self.BEGAN):
            return [label_for(Lifecycle, row.stage), format_date(row.began_on), "", row.note][
                column
            ]
        if role == self.SortRole:
            return row.began_on
        if role == Qt.ItemDataRole.FontRole and self._rows and row is self._rows[0]:
            font = QFont()
            font.setBold(True)
            return font
        return None


def band_text(metric: str, low: int, high: int | None) -> str:
    """A goal band in words: "10–80", "≥ 20", "¥500.00–¥2,000.00"."""

    def value(amount: int) -> str:
        return format_money(amount) if metric == Metric.REVENUE else f"{amount:,}"

    if high is None:
        return f"≥ {value(low)}"
    if high == low:
        return value(low)
    return f"{value(low)}–{value(high)}"


class GoalsModel(RowTableModel):
    """A group's goals, past, current and planned, by metric then effective date."""

    METRIC, BAND, PERIOD, FROM, STATUS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._in_force: set[int] = set()
        self._today = dt.date.min  # set with the rows

    def set_goals(self, goals: list[Goal], today: dt.date) -> None:
        """Show every goal; mark the one in force today for each metric."""
        self._today = today
        latest: dict[str, Goal] = {}
        for goal in goals:
            if goal.effective_from <= today:
                best = latest.get(goal.metric)
                if best is None or goal.effective_from > best.effective_from:
                    latest[goal.metric] = goal
        self._in_force = {goal.id for goal in latest.values()}
        self.set_rows(goals)

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [
            self.tr("Metric"),
            self.tr("Band"),
            self.tr("Period"),
            self.tr("Effective from"),
            self.tr("Status"),
        ]

    def status(self, goal: Goal) -> str:
        """In force, planned (starts later) or replaced (a later goal took over)."""
        if goal.id in self._in_force:
            return self.tr("In force")
        if goal.effective_from > self._today:
            return self.tr("Planned")
        return self.tr("Replaced")

    def cell(self, row: Goal, column: int, role: int) -> Any:
        """Metric, band, period, date and status; past goals muted, current ones bold."""
        if role == _DISPLAY:
            return [
                label_for(Metric, row.metric),
                band_text(row.metric, row.min_value, row.max_value),
                label_for(Period, row.period),
                format_date(row.effective_from),
                self.status(row),
            ][column]
        if role == self.SortRole:
            return [
                list(codes(Metric)).index(row.metric) if row.metric in codes(Metric) else 99,
                row.min_value,
                row.period,
                row.effective_from,
                self.status(row),
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and row.id not in self._in_force:
            return _MUTED
        if role == Qt.ItemDataRole.FontRole and row.id in self._in_force:
            font = QFont()
            font.setBold(True)
            return font
        return None
