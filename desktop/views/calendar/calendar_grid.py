"""A painted calendar grid (month: 6 weeks, week: 1) with event chips, holidays and drag."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from desktop.models.calendar.occurrences import Occurrence
from desktop.views.calendar.calendar_commands import type_colour, type_icon
from desktop.views.common import theme


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


def chip_colours(code: str, past: bool, dark: bool) -> tuple[QColor, QColor]:
    """Fill and text colour of a chip (readable in light and dark): past events fade."""
    return theme.chip_colours(type_colour(code).name(), past, dark)


@dataclass(frozen=True, slots=True)
class Chip:
    """What one occurrence's chip shows, worked out once per loaded range, not per paint."""

    occ: Occurrence
    text: str
    fill: QColor
    pen: QColor
    look: tuple[str, int, int]  # (text, fill, pen) as plain values, to key its kept drawing


class CalendarGrid(QWidget):
    """Days in a 7-column grid; each day's occurrences drawn as coloured chips.

    Painting only walks the occurrences handed in by `set_days`, so the cost does not
    depend on how long a series runs. A chip's text and colours are worked out once per
    loaded range (only for chips that fit), and drawn chips and laid-out texts are kept
    between paints by (text, width, colours), so a paint is mostly blits.
    A chip dragged onto another day emits `dropped`.
    """

    selected = Signal(object)  # Occurrence | None
    activated = Signal(object)  # Occurrence (double-click)
    day_clicked = Signal(object)  # dt.date
    dropped = Signal(object, object)  # Occurrence, dt.date

    def __init__(self, weeks: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks = weeks
        # both come with the first set_days (the tab asks the session's clock)
        self.first = dt.date.min
        self.month: int | None = None
        self.today = dt.date.min
        self.by_day: dict[dt.date, list[Occurrence]] = {}
        self.holidays: dict[dt.date, str] = {}
        self.workdays: set[dt.date] = set()
        self._conflicts: set[tuple[int, str]] = set()
        self.weekday_names: list[str] = []
        self.current: Occurrence | None = None
        self._chips: list[tuple[QRect, Occurrence]] = []
        self._chip_rows: dict[dt.date, list[Chip]] = {}
        self._texts: dict[tuple[str, int], QStaticText] = {}
        self._sprites: dict[tuple[tuple[str, int, int], int], QPixmap] = {}
        self._sprite_ratio = 1.0
        self.colours = theme.calendar_colours(self.palette())
        self._press: tuple[QPoint, Occurrence] | None = None
        self._dragging = False
        self.setMouseTracking(False)
        self.setMinimumSize(560, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        """Room for a readable month."""
        return QSize(900, 600)

    @property
    def conflicts(self) -> set[tuple[int, str]]:
        """Keys of occurrences whose host is double-booked (their chips show ⚠)."""
        return self._conflicts

    @conflicts.setter
    def conflicts(self, keys: set[tuple[int, str]]) -> None:
        self._conflicts = keys
        self._chip_rows = {}  # made again, as far as needed, at the next paint

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
        self._chip_rows = {}
        self.update()

    def _day_chips(self, day: dt.date, count: int) -> list[Chip]:
        """The first `count` chips of a day, made on first need and kept until the next load.

        Only chips that fit are made: a day of a dozen daily series shows three and "+N".
        The time is formatted by hand: strftime was the costliest call of a month switch.
        """
        row = self._chip_rows.setdefault(day, [])
        if len(row) < count:
            midnight = dt.datetime.combine(self.today, dt.time())
            for occ in self.by_day.get(day, [])[len(row) : count]:
                # only hosted occurrences can clash; skip making their key otherwise
                clash = occ.host_id is not None and occ.key in self._conflicts
                start = occ.start
                prefix = "⚠" if clash else type_icon(occ.type)
                fill, pen = chip_colours(occ.type, start < midnight, self.colours.dark)
                text = f"{prefix} {start.hour:02d}:{start.minute:02d} {occ.title}"
                pen = theme.warning_on(fill) if clash else pen
                row.append(Chip(occ, text, fill, pen, (text, fill.rgba(), pen.rgba())))
        return row[:count]

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Chip widths changed: texts elided for the old widths are of no more use."""
        self._texts.clear()
        self._sprites.clear()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """A new font lays text out differently: drop the kept texts."""
        if event.type() == QEvent.Type.FontChange:
            self._texts.clear()
            self._sprites.clear()
        elif event.type() == QEvent.Type.PaletteChange:  # e.g. the system turned dark
            self.colours = theme.calendar_colours(self.palette())
            self._chip_rows = {}
            self._sprites.clear()
        super().changeEvent(event)

    def _text(self, metrics: QFontMetrics, text: str, width: int) -> QStaticText:
        """`text` elided to `width` (-1: as is), laid out once and kept for later paints.

        Shaping text is most of what drawing costs, and a month repeats the same few chip
        texts (a daily series is the same title at the same time), so layouts are kept by
        (text, width) until the size or font changes.
        """
        found = self._texts.get((text, width))
        if found is None:
            if len(self._texts) > 4000:  # titles of months long gone; start again
                self._texts.clear()
            shown = (
                text if width < 0 else metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            )
            found = QStaticText(shown)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(QTransform(), self.font())
            self._texts[(text, width)] = found
        return found

    def _draw(
        self,
        painter: QPainter,
        metrics: QFontMetrics,
        rect: QRect,
        text: str,
        *,
        elide: bool = False,
        right: bool = False,
    ) -> None:
        """Draw a line of text vertically centred in `rect`, left (or right) aligned."""
        static = self._text(metrics, text, rect.width() if elide else -1)
        size = static.size()  # taller than the font's line when a CJK fallback is used
        top = rect.top() + (rect.height() - size.height()) / 2
        left = rect.right() + 1 - size.width() if right else rect.left()
        painter.drawStaticText(QPointF(left, top), static)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Header, day cells with holiday marks, and chips (with "+N more" when full)."""
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        metrics = QFontMetrics(self.font())
        self._chips = []
        width = (self.width() - 1) / 7
        text_colour = palette.text().color()
        painter.setPen(text_colour)
        for col, name in enumerate(self.weekday_names[:7]):
            rect = QRect(round(col * width), 0, round(width), _HEADER)
            static = self._text(metrics, name, -1)
            size = static.size()
            left = rect.left() + (rect.width() - size.width()) / 2
            painter.drawStaticText(QPointF(left, (_HEADER - size.height()) / 2), static)
        ratio = self.devicePixelRatioF()
        if ratio != self._sprite_ratio:  # moved to a screen of another density
            self._sprites.clear()
            self._sprite_ratio = ratio
        current = self.current
        selected = (current.event_id, current.start) if current is not None else None
        # every cell, even on a partial update: chip_at() reads the rects this paint records
        for day in self.days():
            self._paint_day(painter, metrics, day, self.cell_rect(day), text_colour, selected)
        painter.end()

    def _paint_day(
        self,
        painter: QPainter,
        metrics: QFontMetrics,
        day: dt.date,
        cell: QRect,
        text_colour: QColor,
        selected: tuple[int, dt.datetime] | None,
    ) -> None:
        outside = self.month is not None and day.month != self.month
        holiday = self.holidays.get(day)
        colours = self.colours
        if holiday:
            painter.fillRect(cell, colours.holiday_fill)
        elif day in self.workdays:
            painter.fillRect(cell, colours.workday_fill)
        elif day.weekday() >= 5:
            painter.fillRect(cell, colours.weekend_fill)
        painter.setPen(colours.grid_line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(cell)
        colour = colours.outside_text if outside else text_colour
        head = cell.adjusted(4, 2, -4, 0)
        head.setHeight(metrics.height() + 2)
        if day == self.today:
            badge = QRect(
                head.left() - 2, head.top(), metrics.horizontalAdvance("00") + 8, head.height()
            )
            painter.setBrush(colours.today_badge)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 4, 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            colour = colours.today_text
        painter.setPen(colour)
        number = str(day.day) if self.weeks > 1 else f"{day.month}/{day.day}"
        self._draw(painter, metrics, head, number)
        mark = holiday or (self.tr("Working day") if day in self.workdays else "")
        if mark:
            painter.setPen(colours.holiday_text if holiday else colours.workday_text)
            room = head.width() - metrics.horizontalAdvance(number) - 10
            mark_rect = QRect(head.right() + 1 - room, head.top(), room, head.height())
            self._draw(painter, metrics, mark_rect, mark, elide=True, right=True)
        area = cell.adjusted(3, head.height() + 4, -3, -2)
        self._paint_chips(painter, metrics, day, area, selected)

    def _paint_chips(
        self,
        painter: QPainter,
        metrics: QFontMetrics,
        day: dt.date,
        area: QRect,
        selected: tuple[int, dt.datetime] | None,
    ) -> None:
        total = len(self.by_day.get(day, ()))
        fits = max(0, (area.height() + _GAP) // (_CHIP + _GAP))
        # a full day shows what fits and "+N more"; the hidden chips are not drawn at all
        shown = self._day_chips(day, total if total <= fits else max(fits - 1, 0))
        top = area.top()
        left, width = area.left(), area.width()
        for chip in shown:
            rect = QRect(left, top, width, _CHIP)
            occ = chip.occ
            if selected is not None and (occ.event_id, occ.start) == selected:
                outline = QPen(self.colours.selected_outline, 2)
                self._paint_chip(painter, metrics, rect, chip, outline)
            else:
                painter.drawPixmap(left, top, self._sprite(metrics, chip, width))
            self._chips.append((rect, occ))
            top += _CHIP + _GAP
        hidden = total - len(shown)
        if hidden:
            painter.setPen(self.colours.more_text)
            more = QRect(left + 4, top, width - 4, _CHIP)
            self._draw(painter, metrics, more, self.tr("+%n more", "", hidden))

    def _paint_chip(
        self,
        painter: QPainter,
        metrics: QFontMetrics,
        rect: QRect,
        chip: Chip,
        outline: QPen | None = None,
    ) -> None:
        painter.setPen(outline or Qt.PenStyle.NoPen)
        painter.setBrush(chip.fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(chip.pen)
        text = rect.adjusted(4, 0, -2, 0)
        self._draw(painter, metrics, text, chip.text, elide=True)

    def _sprite(self, metrics: QFontMetrics, chip: Chip, width: int) -> QPixmap:
        """The chip drawn once into a pixmap, kept by (text, width, colours) for later paints.

        A month repeats the same few chips (a daily series is one title at one time), and
        blitting a kept chip costs a fraction of filling it and shaping its text again.
        """
        key = (chip.look, width)
        found = self._sprites.get(key)
        if found is None:
            ratio = self._sprite_ratio
            if len(self._sprites) > 600:  # chips of months long gone; start again
                self._sprites.clear()
            found = QPixmap(math.ceil(width * ratio), math.ceil(_CHIP * ratio))
            found.setDevicePixelRatio(ratio)
            found.fill(Qt.GlobalColor.transparent)
            painter = QPainter(found)
            painter.setFont(self.font())
            self._paint_chip(painter, metrics, QRect(0, 0, width, _CHIP), chip)
            painter.end()
            self._sprites[key] = found
        return found

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
