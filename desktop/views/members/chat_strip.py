"""A member's chat messages per month, as a compact strip of bars: one row per group."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.models.chats.history import MonthlyStrip

_BAR = QColor("#4a90c2")
_EMPTY = QColor("#e4e4e4")
NAME_WIDTH = 84  # the group's name, elided, left of its bars


class ChatStrip(QWidget):
    """Messages per month over the last twelve months, per group: a bar and its count each.

    Bars share one scale across groups, so a busy group's row stands out; a month without a
    message is a thin grey line. The month numbers run under the last row.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberChatStrip")
        self.rows: list[tuple[str, list[int]]] = []
        self.months: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_strip(self, strip: MonthlyStrip | None, group_names: dict[int, str]) -> None:
        """Show a member's months (rows by group name); None or no messages hides it."""
        self.months = strip.months if strip is not None else []
        counts = strip.counts if strip is not None else {}
        self.rows = sorted(
            ((group_names.get(g, f"#{g}"), values) for g, values in counts.items()),
            key=lambda row: -sum(row[1]),
        )
        tip = [
            f"{name}: " + ", ".join(f"{m} {n}" for m, n in zip(self.months, values, strict=True))
            for name, values in self.rows
        ]
        self.setToolTip("\n".join(tip))
        self.setVisible(bool(self.rows))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 2 + 4

    def sizeHint(self) -> QSize:
        """Rows of bars and one line of month numbers."""
        line = self.fontMetrics().height()
        return QSize(NAME_WIDTH + 12 * 22, len(self.rows) * self._row_height() + line + 2)

    def minimumSizeHint(self) -> QSize:
        """As tall as its rows; narrow bars are still readable."""
        return QSize(NAME_WIDTH + 12 * 14, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The bars, their counts above them, and the month numbers below."""
        if not self.rows or not self.months:
            return
        painter = QPainter(self)
        metrics = self.fontMetrics()
        line = metrics.height()
        text = self.palette().color(QPalette.ColorRole.Text)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        cell = max(10, (self.width() - NAME_WIDTH) // len(self.months))
        top_count = max(max(values) for _name, values in self.rows) or 1
        row_height = self._row_height()
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        for r, (name, values) in enumerate(self.rows):
            y = r * row_height
            painter.setPen(text)
            painter.setFont(self.font())
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, NAME_WIDTH - 6)
            painter.drawText(
                QRect(0, y, NAME_WIDTH - 4, row_height), Qt.AlignmentFlag.AlignVCenter, elided
            )
            painter.setFont(small)
            bar_room = row_height - line
            for n, count in enumerate(values):
                x = NAME_WIDTH + n * cell
                if count:
                    height = max(2, round(bar_room * count / top_count))
                    painter.fillRect(x + 2, y + row_height - height, cell - 4, height, _BAR)
                    painter.setPen(text)
                    painter.drawText(
                        QRect(x, y + row_height - height - line, cell, line),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        str(count),
                    )
                else:
                    painter.fillRect(x + 2, y + row_height - 1, cell - 4, 1, _EMPTY)
        painter.setPen(muted)
        y = len(self.rows) * row_height + 1
        for n, month in enumerate(self.months):
            painter.drawText(
                QRect(NAME_WIDTH + n * cell, y, cell, line),
                Qt.AlignmentFlag.AlignHCenter,
                str(int(month[5:])),
            )
        painter.end()
