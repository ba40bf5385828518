"""The roster's cell painter: Qt's own item drawing, minus most of its per-cell cost.

Qt's item delegate asks the model for seven roles per cell (seven calls into Python) and
lays each text out two or three times per paint (to fit it, to elide it, to draw it). A
keystroke repaints a whole screen of new rows, so that was most of a keystroke's time.
This delegate reads the row tuple once and keeps each text's laid-out line, so a cell
costs one dictionary look-up and one draw. It paints what Qt's style paints, pixel for
pixel (tests/views/test_members_tab.py compares the two): every case it does not
reproduce exactly (a selected, focused or hovered cell, right-to-left text) goes to Qt.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

if TYPE_CHECKING:
    from desktop.views.member_models import RosterModel

Index = QModelIndex | QPersistentModelIndex
_State = QStyle.StateFlag
# Cells in these states get Qt's own painting (highlight, focus frame, hover).
_QT_PAINTS = (_State.State_Selected | _State.State_HasFocus | _State.State_MouseOver).value
_ENABLED = _State.State_Enabled.value
_ACTIVE = _State.State_Active.value
_FRAME_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
# Laid-out texts kept (about 3 kB each): a screen holds a few hundred; past this many
# the older half goes.
CACHE_SIZE = 1500


def _text_option() -> QTextOption:
    """How QCommonStyle lays out an item's text: one unwrapped left-to-right line."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.ManualWrap)
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return option


_OPTION = _text_option()


def _one_line(text: str, font: QFont, width: int) -> tuple[QTextLayout, QTextLine | None]:
    """`text` laid out as QCommonStyle lays out an item's text; None if not in one line."""
    layout = QTextLayout(text, font)
    if "\n" in text:  # Qt's delegate turns it into a line break
        return layout, None
    layout.setTextOption(_OPTION)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    line: QTextLine | None = layout.createLine()
    if line is not None and line.isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, 0))
        if layout.createLine().isValid():  # a line break: Qt paints those
            line = None
    else:
        line = None
    layout.endLayout()
    return layout, line


class _Text:
    """One text laid out for one width: what Qt 6's style would draw, and how high."""

    __slots__ = ("height", "layout", "line")

    def __init__(self, text: str, font: QFont, metrics: QFontMetrics, width: int) -> None:
        # As QCommonStylePrivate::calculateElidedText and viewItemDrawText: the whole
        # text's line height (rounded) centres it; a text wider than the area is elided
        # by the font's engine and that string laid out and drawn instead.
        self.layout, self.line = _one_line(text, font, width)
        line = self.line
        self.height = int(line.height() + 0.5) if line is not None else 0
        if line is not None and line.naturalTextWidth() > width:
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self.layout, self.line = _one_line(elided, font, width)


class RosterDelegate(QStyledItemDelegate):
    """Paints plain roster cells from cached text layouts; anything else as Qt does."""

    def __init__(self, model: RosterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._font = QFont()
        self._metrics = QFontMetrics(self._font)
        self._margin = 1
        self._texts: dict[tuple[str, int], _Text] = {}
        # What every cell of one paint shares, read from its first cell (see `new_paint`).
        self._shared: tuple[int, QColor] | None = None

    def new_paint(self) -> None:
        """Forget the font, palette and state of the last paint (the view calls this)."""
        self._shared = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw one cell: its text in its colour, or hand it to Qt."""
        # Plain ints: enum flag arithmetic costs microseconds a cell.
        state = option.state.value
        shared = self._shared
        if shared is None or state != shared[0]:
            if state & _QT_PAINTS or option.direction != Qt.LayoutDirection.LeftToRight:
                super().paint(painter, option, index)
                return
            shared = self._share(option, state)
        found = self.model.display(index.row(), index.column())
        if found is None:
            super().paint(painter, option, index)
            return
        text, colour = found
        if not text:
            return  # an empty cell: Qt draws nothing either (no background, no frame)
        x, y, width, height = cast(tuple[int, int, int, int], option.rect.getRect())
        margin = self._margin
        key = (text, width - 2 * margin)
        laid = self._texts.get(key)
        if laid is None:
            if len(self._texts) >= CACHE_SIZE:
                for stale in list(islice(self._texts, len(self._texts) - CACHE_SIZE // 2)):
                    del self._texts[stale]
            laid = self._texts[key] = _Text(text, self._font, self._metrics, key[1])
        line = laid.line
        if line is None:
            super().paint(painter, option, index)
            return
        top = y + height // 2 - laid.height // 2  # as QStyle.alignedRect(AlignVCenter)
        painter.save()
        painter.setClipRect(x, y, width, height)
        painter.setPen(shared[1] if colour is None else colour)
        line.draw(painter, QPointF(x + margin, top))
        painter.restore()

    def _share(self, option: QStyleOptionViewItem, state: int) -> tuple[int, QColor]:
        """The text colour for this state; a new font empties the layout cache."""
        font = option.font
        if font != self._font:
            self._font = QFont(font)
            self._metrics = QFontMetrics(self._font)
            self._texts.clear()
        widget = option.widget
        style = widget.style() if widget is not None else None
        margin = (style.pixelMetric(_FRAME_MARGIN, None, widget) if style else 2) + 1
        if margin != self._margin:
            self._margin = margin
            self._texts.clear()
        # As QCommonStyle picks the pen of an unselected item.
        group = QPalette.ColorGroup.Normal
        if not state & _ENABLED:
            group = QPalette.ColorGroup.Disabled
        elif not state & _ACTIVE:
            group = QPalette.ColorGroup.Inactive
        shared = self._shared = (state, option.palette.color(group, QPalette.ColorRole.Text))
        return shared
