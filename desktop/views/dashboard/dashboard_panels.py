"""The dashboard's non-chart panels: scorecards, level mix, leaders' activity.

Who to nudge today lives in dashboard_nudges; its list and roles are re-exported here.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.models.core.codes import Lifecycle, Metric, Role
from desktop.models.dashboard.dashboard import GroupScore, LeaderActivity
from desktop.models.dashboard.level_mix import RING_MIN_LEADERS, LevelFlag, LevelMix
from desktop.models.groups.goals import GoalCheck
from desktop.views.common.formatting import format_money, format_number
from desktop.views.common.labels import label_for
from desktop.views.dashboard.dashboard_nudges import EVENT_ROLE, MEMBER_ROLE, NudgeList
from desktop.views.groups.group_health import coverage_text, status_text
from desktop.views.groups.group_item_models import band_text

# light cards in either palette, so their text is dark in either palette too
_MARK_STYLE = {
    "met": "background: #e8f5e9; border: 1px solid #a5d6a7; color: #1b1b1b;",
    "below": "background: #fdecea; border: 1px solid #ef9a9a; color: #1b1b1b;",
    "above": "background: #fff4e5; border: 1px solid #ffcc80; color: #1b1b1b;",
    "in_progress": "background: #e8f0fe; border: 1px solid #a7c1f2; color: #1b1b1b;",
    "not_enough_data": "background: #f1f3f4; border: 1px dashed #9aa0a6; color: #1b1b1b;",
    "no_goal": "background: #f1f3f4; border: 1px solid #dadce0; color: #1b1b1b;",
}
TIER_COLORS = ("#5c6bc0", "#26a69a", "#90a4ae")
__all__ = ["EVENT_ROLE", "MEMBER_ROLE", "LeadersTable", "LevelMixBar", "NudgeList", "Scorecards"]


class Scorecards(QFrame):
    """One card per goal of a group, or one row per group for all groups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardScorecards")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.cards: list[QLabel] = []
        # labels are kept and given new texts: a new label with a style sheet costs more
        # to create and polish than the rest of the panel
        self._labels: list[QLabel] = []

    def _clear(self) -> None:
        # Qt lays a widget's parent out at once whenever the widget is shown, and the
        # charts below would be resized for every card: the grid is laid out once, after
        self.grid.setEnabled(False)
        while self.grid.count():
            self.grid.takeAt(0)
        self.cards = []

    def _label(self, text: str, row: int, column: int, style: str = "") -> QLabel:
        if len(self.cards) < len(self._labels):
            label = self._labels[len(self.cards)]
            if label.text() != text:
                label.setText(text)
            label.setProperty("status", None)
        else:
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.RichText)
            self._labels.append(label)
        sheet = f"QLabel {{ {style} border-radius: 4px; padding: 3px 8px; }}" if style else ""
        if label.styleSheet() != sheet:
            label.setStyleSheet(sheet)
        self.grid.addWidget(label, row, column)
        if label.isHidden():
            label.show()
        self.cards.append(label)
        return label

    def _done(self) -> None:
        for label in self._labels[len(self.cards) :]:
            label.hide()
        self.grid.setEnabled(True)
        # the showing above did not lay the grid out: lay it out now, which tells the tab
        # the cards' new height (invalidating alone would not, the grid being marked stale)
        self.grid.invalidate()
        self.grid.activate()

    def show_checks(self, checks: list[GoalCheck]) -> None:
        """A card per goal: metric, actual, band, verdict and the data it rests on."""
        self._clear()
        if not checks:
            self._label(self.tr("No goals set for this group."), 0, 0)
            self._done()
            return
        for n, check in enumerate(checks):
            metric = check.goal.metric
            status = status_text(check.status, check.pace)
            if check.pace is None:  # not compared: no goal then, or too little data
                text = f"{label_for(Metric, metric)}<br><b>–</b> <small>{status}</small>"
            else:
                actual = (
                    format_money(check.actual) if metric == Metric.REVENUE else f"{check.actual:,}"
                )
                text = (
                    f"{label_for(Metric, metric)}<br><b>{actual}</b> "
                    f"<small>{band_text(metric, check.band_min, check.band_max)} · "
                    f"{status}</small>"
                )
            coverage = coverage_text(check)
            if coverage:
                text += f"<br><small>{coverage}</small>"
            card = self._label(text, 0, n, _MARK_STYLE.get(check.status, ""))
            card.setProperty("status", check.status.value)
        self._done()

    def show_groups(self, scores: list[GroupScore]) -> None:
        """A row per group: name, lifecycle stage, goals met of goals set."""
        self._clear()
        heads = [
            self.tr("Group"),
            self.tr("Stage"),
            self.tr("Goals met"),
            self.tr("Below"),
            self.tr("Above"),
            self.tr("In progress"),
            self.tr("Not enough data"),
        ]
        for column, head in enumerate(heads):
            self._label(f"<b>{head}</b>", 0, column)
        for row, score in enumerate(scores, start=1):
            met = (
                self.tr("%1 of %2").replace("%1", str(score.met)).replace("%2", str(score.goals))
                if score.goals
                else self.tr("no goals")
            )
            style = (
                _MARK_STYLE["met"]
                if score.goals and score.met == score.goals
                else (
                    _MARK_STYLE["below"]
                    if score.below
                    else _MARK_STYLE["above"]
                    if score.above
                    else ""
                )
            )
            self._label(score.name, row, 0)
            self._label(label_for(Lifecycle, score.stage), row, 1)
            self._label(met, row, 2, style)
            self._label(str(score.below), row, 3)
            self._label(str(score.above), row, 4)
            self._label(str(score.in_progress), row, 5)
            self._label(str(score.not_enough_data), row, 6)
        self.grid.setColumnStretch(7, 1)
        self._done()


class LevelMixBar(QWidget):
    """Two stacked bars — the actual mix and the target — with shares and any flag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardLevelMix")
        self.mix: LevelMix | None = None
        self.setMinimumHeight(74)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_mix(self, mix: LevelMix) -> None:
        """Show a group's level mix."""
        self.mix = mix
        self.setToolTip(self.describe())
        self.update()

    def flag_texts(self) -> list[str]:
        """The flags in words."""
        if self.mix is None:
            return []
        words = {
            LevelFlag.TOP_HEAVY: self.tr("Top-heavy: more leaders than the mix can carry"),
            LevelFlag.NO_ACTIVE_MIDDLE: self.tr("No active middle"),
            LevelFlag.FEW_PEER_LEADERS: self.tr(
                "Too few peer leaders for a ring: %1 of at least %2"
            )
            .replace("%1", str(self.mix.peer_leaders))
            .replace("%2", str(RING_MIN_LEADERS)),
            LevelFlag.ONE_LEADER_DOMINATES: self.tr(
                "One leader hosts most of what the leaders host: not yet a ring"
            ),
        }
        return [words.get(LevelFlag(f), f) for f in self.mix.flags]

    def describe(self) -> str:
        """The mix in words, for the tooltip and tests."""
        mix = self.mix
        if mix is None:
            return ""
        parts = [
            (self.tr("leadership"), mix.leaders, mix.target_leaders_bp),
            (self.tr("active"), mix.active, mix.target_active_bp),
            (
                self.tr("followers"),
                mix.followers,
                10_000 - mix.target_leaders_bp - mix.target_active_bp,
            ),
        ]
        return " · ".join(
            self.tr("%1 %2 (%3%, target %4%)")
            .replace("%1", name)
            .replace("%2", f"{count:,}")
            .replace("%3", format_number(float(mix.share(count)) * 100))
            .replace("%4", format_number(target / 100))
            for name, count, target in parts
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint actual and target bars and the flag line."""
        super().paintEvent(event)
        mix = self.mix
        if mix is None:
            return
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        label_w = (
            max(
                metrics.horizontalAdvance(self.tr("Actual")),
                metrics.horizontalAdvance(self.tr("Target")),
            )
            + 8
        )
        row_h = metrics.height() + 4
        width = self.width() - label_w - 4
        actual = [float(mix.share(n)) for n in (mix.leaders, mix.active, mix.followers)]
        rest = 10_000 - mix.target_leaders_bp - mix.target_active_bp
        target = [mix.target_leaders_bp / 10_000, mix.target_active_bp / 10_000, rest / 10_000]
        for row, (name, shares) in enumerate(
            ((self.tr("Actual"), actual), (self.tr("Target"), target))
        ):
            top = row * (row_h + 2)
            painter.setPen(text)
            painter.drawText(QRectF(0, top, label_w, row_h), Qt.AlignmentFlag.AlignVCenter, name)
            left = float(label_w)
            for share, color in zip(shares, TIER_COLORS, strict=True):
                w = width * share
                painter.fillRect(QRectF(left, top, w, row_h), QColor(color))
                label = f"{format_number(share * 100)}%"
                if metrics.horizontalAdvance(label) + 4 < w:
                    painter.setPen(QColor("white"))
                    painter.drawText(
                        QRectF(left, top, w, row_h), Qt.AlignmentFlag.AlignCenter, label
                    )
                left += w
        flags = self.flag_texts()
        painter.setPen(QColor("#b3261e") if flags else text)
        line = "; ".join(flags) if flags else self.tr("Mix looks healthy")
        painter.drawText(
            QRectF(0, 2 * (row_h + 2), self.width(), row_h), Qt.AlignmentFlag.AlignVCenter, line
        )
        painter.end()


def read_only_rows(table: QTableWidget, stretched: int, wrap: bool) -> None:
    """A read-only table picked by whole rows: no row numbers, no horizontal scrolling;
    column `stretched` takes the width the others (fitted to their contents) leave."""
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setWordWrap(wrap)
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode
        header.setSectionResizeMode(
            column, mode.Stretch if column == stretched else mode.ResizeToContents
        )


class LeadersTable(QTableWidget):
    """Leaders' activity in the range: role, occurrences hosted and attended."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("dashboardLeaders")
        self.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Role"), self.tr("Hosted"), self.tr("Attended")]
        )
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        # a few dozen rows at most: the role and the figures take what they need, the
        # name the rest; both cells carry their whole text in a tooltip
        read_only_rows(self, stretched=0, wrap=False)

    def show_rows(self, rows: list[LeaderActivity]) -> None:
        """Fill the table (the member id is on each name cell's UserRole)."""
        # fitted columns are fitted once, after filling, not again for every cell set
        header = self.horizontalHeader()
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.setRowCount(len(rows))
        for n, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setData(Qt.ItemDataRole.UserRole, row.member_id)
            name.setToolTip(row.name)
            self.setItem(n, 0, name)
            full = label_for(Role, row.role)
            role = QTableWidgetItem(full)
            role.setToolTip(full)
            self.setItem(n, 1, role)
            for column, value in ((2, row.hosted), (3, row.attended)):
                cell = QTableWidgetItem(f"{value:,}")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(n, column, cell)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # no taller than its rows (at least three), so the nudges above get the room
        rows_shown = max(3, len(rows))
        self.setMaximumHeight(
            self.horizontalHeader().sizeHint().height()
            + rows_shown * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
        )
