"""A painted calendar grid (month: 6 weeks, week: 1) with event chips, holidays and drag."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from desktop.models.events import Occurrence
from desktop.views.calendar_models import type_colour, type_icon


@lru_cache(maxsize=32)
def china_days(year: int) -> tuple[dict[dt.date, str], frozenset[dt.date]]:
    """Public holidays (with names) and adjusted working days (调休) in China for a year."""
    try:
        import holidays
    except ImportError:
        return {}, frozenset()
    calendar = holidays.country_holidays("CN", years=year, language="zh_CN")
    # "休息日（由 2026-09-20 调休）" does not fit a day cell; the swapped date is noise there.
    marked = {
        day: re.sub(r"（由\s*[\d-]+\s*调休）", "（调休）", str(name))
        for day, name in calendar.items()
        if day.year == year
    }
    workdays = frozenset(d for d in getattr(calendar, "weekend_workdays", ()) if d.year == year)
    return marked, workdays


_HEADER = 24
_CHIP = 18
_GAP = 2


class CalendarGrid(QWidget):
    """Days in a 7-column grid; each day's occurrences drawn as coloured chips.

    Painting only walks the occurrences handed in by `set_days`, so the cost does not
    depend on how long a series runs. A chip dragged onto another day emits `dropped`.
    """

    selected = Signal(object)  # Occurrence | None
    activated = Signal(object)  # Occurrence (double-click)
    day_clicked = Signal(object)  # dt.date
    dropped = Signal(object, object)  # Occurrence, dt.date

    def __init__(self, weeks: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks = weeks
        self.first = dt.date.today()
        self.month: int | None = None
        self.today = dt.date.today()
        self.by_day: dict[dt.date, list[Occurrence]] = {}
        self.holidays: dict[dt.date, str] = {}
        self.workdays: set[dt.date] = set()
        self.conflicts: set[tuple[int, str]] = set()
        self.weekday_names: list[str] = []
        self.current: Occurrence | None = None
        self._chips: list[tuple[QRect, Occurrence]] = []
        self._press: tuple[QPoint, Occurrence] | None = None
        self._dragging = False
        self.setMouseTracking(False)
        self.setMinimumSize(560, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        """Room for a readable month."""
        return QSize(900, 600)

    def set_days(
        self,
        first: dt.date,
        by_day: dict[dt.date, list[Occurrence]],
        *,
        month: int | None,
        today: dt.date,
    ) -> None:
        """Show `weeks` weeks from `first` (a Monday) with these occurrences per day."""
        self.first, self.by_day, self.month, self.today = first, by_day, month, today
        if self.current is not None and self.current not in by_day.get(
            self.current.start.date(), []
        ):
            self.current = None
        self.update()

    def days(self) -> list[dt.date]:
        """The dates shown, in grid order."""
        return [self.first + dt.timedelta(days=n) for n in range(7 * self.weeks)]

    def occurrences_on(self, day: dt.date) -> list[Occurrence]:
        """The chips of one day, in drawing order."""
        return list(self.by_day.get(day, []))

    def chip_rects(self) -> list[tuple[QRect, Occurrence]]:
        """Where each drawn chip is (filled by the last paint)."""
        return list(self._chips)

    def cell_rect(self, day: dt.date) -> QRect:
        """The rectangle of a day's cell."""
        index = (day - self.first).days
        col, row = index % 7, index // 7
        width = (self.width() - 1) / 7
        height = (self.height() - _HEADER - 1) / self.weeks
        left, top = round(col * width), round(_HEADER + row * height)
        return QRect(left, top, round((col + 1) * width) - left, round(height))

    def day_at(self, pos: QPoint) -> dt.date | None:
        """The day under a point, if any."""
        if pos.y() < _HEADER:
            return None
        col = int(pos.x() * 7 / max(self.width() - 1, 1))
        row = int((pos.y() - _HEADER) * self.weeks / max(self.height() - _HEADER - 1, 1))
        if not (0 <= col < 7 and 0 <= row < self.weeks):
            return None
        return self.first + dt.timedelta(days=row * 7 + col)

    # ---- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Header, day cells with holiday marks, and chips (with "+N more" when full)."""
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        metrics = QFontMetrics(self.font())
        self._chips = []
        width = (self.width() - 1) / 7
        for col, name in enumerate(self.weekday_names[:7]):
            rect = QRect(round(col * width), 0, round(width), _HEADER)
            painter.setPen(palette.text().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        grid_pen = QPen(QColor("#d0d0d0"))
        for day in self.days():
            self._paint_day(painter, metrics, day, grid_pen)
        painter.end()

    def _paint_day(self, painter: QPainter, metrics: QFontMetrics, day: dt.date, pen: QPen) -> None:
        cell = self.cell_rect(day)
        outside = self.month is not None and day.month != self.month
        holiday = self.holidays.get(day)
        if holiday:
            painter.fillRect(cell, QColor("#fdecea"))
        elif day in self.workdays:
            painter.fillRect(cell, QColor("#eef3fb"))
        elif day.weekday() >= 5:
            painter.fillRect(cell, QColor("#f7f7f7"))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(cell)
        text_colour = QColor("#a0a0a0") if outside else self.palette().text().color()
        head = cell.adjusted(4, 2, -4, 0)
        head.setHeight(metrics.height() + 2)
        if day == self.today:
            badge = QRect(
                head.left() - 2, head.top(), metrics.horizontalAdvance("00") + 8, head.height()
            )
            painter.setBrush(QColor("#1e88e5"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 4, 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text_colour = QColor("white")
        painter.setPen(text_colour)
        number = str(day.day) if self.weeks > 1 else f"{day.month}/{day.day}"
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
        mark = holiday or (self.tr("Working day") if day in self.workdays else "")
        if mark:
            painter.setPen(QColor("#c62828") if holiday else QColor("#1565c0"))
            room = head.width() - metrics.horizontalAdvance(number) - 10
            painter.drawText(
                head,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(mark, Qt.TextElideMode.ElideRight, room),
            )
        self._paint_chips(painter, metrics, day, cell.adjusted(3, head.height() + 4, -3, -2))

    def _paint_chips(
        self, painter: QPainter, metrics: QFontMetrics, day: dt.date, area: QRect
    ) -> None:
        items = self.by_day.get(day, [])
        fits = max(0, (area.height() + _GAP) // (_CHIP + _GAP))
        shown = items if len(items) <= fits else items[: max(fits - 1, 0)]
        top = area.top()
        for occ in shown:
            rect = QRect(area.left(), top, area.width(), _CHIP)
            colour = type_colour(occ.type)
            selected = self.current is not None and occ.key == self.current.key
            painter.setPen(QPen(QColor("#202020"), 2) if selected else Qt.PenStyle.NoPen)
            past = occ.start < dt.datetime.combine(self.today, dt.time())
            # past events fade; their text darkens so it stays readable on the pale chip
            painter.setBrush(colour.lighter(170) if past else colour)
            painter.drawRoundedRect(rect, 3, 3)
            clash = occ.key in self.conflicts
            prefix = "⚠" if clash else type_icon(occ.type)
            text = f"{prefix} {occ.start:%H:%M} {occ.title}"
            if clash:
                painter.setPen(QColor("#b3261e"))
            else:
                painter.setPen(colour.darker(250) if past else QColor("white"))
            painter.drawText(
                rect.adjusted(4, 0, -2, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 6),
            )
            self._chips.append((rect, occ))
            top += _CHIP + _GAP
        hidden = len(items) - len(shown)
        if hidden:
            painter.setPen(QColor("#606060"))
            more = QRect(area.left() + 4, top, area.width() - 4, _CHIP)
            painter.drawText(
                more,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("+%n more", "", hidden),
            )

    # ---- mouse --------------------------------------------------------------------------

    def chip_at(self, pos: QPoint) -> Occurrence | None:
        """The chip under a point, if any."""
        return next((occ for rect, occ in self._chips if rect.contains(pos)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select the chip (or day) under the pointer; remember it for a drag."""
        pos = event.position().toPoint()
        occ = self.chip_at(pos)
        self.current = occ
        self._press = (pos, occ) if occ is not None else None
        self._dragging = False
        self.update()
        self.selected.emit(occ)
        day = self.day_at(pos)
        if occ is None and day is not None:
            self.day_clicked.emit(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Start dragging once the pointer moved far enough."""
        if self._press is not None:
            moved = (event.position().toPoint() - self._press[0]).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Drop a dragged chip on the day under the pointer."""
        press, dragging = self._press, self._dragging
        self._press, self._dragging = None, False
        self.unsetCursor()
        if press is None or not dragging:
            return
        day = self.day_at(event.position().toPoint())
        if day is not None and day != press[1].start.date():
            self.dropped.emit(press[1], day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Open the chip under the pointer."""
        occ = self.chip_at(event.position().toPoint())
        if occ is not None:
            self.activated.emit(occ)
