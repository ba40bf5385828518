"""The roster's cell painter: Qt's own item drawing, minus most of its per-cell cost.

Qt's item delegate asks the model for seven roles per cell (seven calls into Python) and
lays each text out two or three times per paint (to fit it, to elide it, to draw it). A
keystroke repaints a whole screen of new rows, so that was most of a keystroke's time.
This delegate reads the row tuple once and keeps each text's laid-out line, so a cell
costs one dictionary look-up and one draw. It paints what Qt's style paints, pixel for
pixel (tests/views/members/test_members_tab.py compares the two): every case it does not
reproduce exactly (a selected, focused or hovered cell, right-to-left text) goes to Qt.

Even so, Qt's table calls into Python once per cell with a copy of the cell's style
option, which cost as much as the painting itself. `paint_view` walks a whole screen in
one call instead, as QTableView::paintEvent does (row backgrounds, cells, grid lines),
and leaves the screen to Qt whenever it holds anything it does not paint the same way.
"""

from __future__ import annotations

from itertools import islice
from typing import Protocol, cast

from PySide6.QtCore import QLineF, QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class RosterCells(Protocol):
    """What the painter reads of the roster's item model (`RosterModel` is one)."""

    def display(self, position: int, column: int) -> tuple[str, QColor | None] | None:
        """A plain cell's text and colour; None when Qt must paint it."""

    def rowCount(self, parent: Index = ...) -> int:
        """How many rows the model holds."""

    def index(self, row: int, column: int, parent: Index = ...) -> QModelIndex:
        """The model index of a cell."""


_State = QStyle.StateFlag
# Cells in these states get Qt's own painting (highlight, focus frame, hover).
_QT_PAINTS = (_State.State_Selected | _State.State_HasFocus | _State.State_MouseOver).value
_ENABLED = _State.State_Enabled.value
_ACTIVE = _State.State_Active.value
_FRAME_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
# Pixels a text's line box must stay inside its cell, top and bottom, to be drawn without
# clipping: glyphs reach a little past their line box, never this far.
_CLIP_SLACK = 2
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
    """One text laid out for one width: what Qt 6's style would draw, how high, and
    whether it stays inside its width (an elided text does)."""

    __slots__ = ("fits", "height", "layout", "line")

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
        line = self.line
        self.fits = line is not None and line.naturalTextWidth() <= width


class RosterDelegate(QStyledItemDelegate):
    """Paints plain roster cells from cached text layouts; anything else as Qt does."""

    def __init__(self, model: RosterCells, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._font = QFont()
        self._metrics = QFontMetrics(self._font)
        self._margin = 1
        self._texts: dict[tuple[str, int], _Text] = {}
        # The pen `paint_view` last set on its own painter (None: not known).
        self._pen: QColor | None = None
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
        x, y, width, height = cast(tuple[int, int, int, int], option.rect.getRect())
        self._pen = None  # Qt's painter: every cell saves and restores it
        if not self._draw(painter, index.row(), index.column(), x, y, width, height, shared[1]):
            super().paint(painter, option, index)

    def _draw(
        self,
        painter: QPainter,
        row: int,
        column: int,
        x: int,
        y: int,
        width: int,
        height: int,
        pen: QColor,
    ) -> bool:
        """Draw a plain cell's text in its rectangle; False when Qt must paint the cell (no
        such row, or a text of several lines).

        Qt clips every cell to its rectangle; a text well inside it needs no clip, and on
        `paint_view`'s own painter (`_pen` known) no save and restore of the pen either.
        """
        found = self.model.display(row, column)
        if found is None:
            return False
        text, colour = found
        if not text:
            return True  # an empty cell: Qt draws nothing either (no background, no frame)
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
            return False
        top = y + height // 2 - laid.height // 2  # as QStyle.alignedRect(AlignVCenter)
        want = pen if colour is None else colour
        inside = (
            laid.fits and top - _CLIP_SLACK >= y and top + laid.height + _CLIP_SLACK <= y + height
        )
        if self._pen is None or not inside:
            painter.save()
            painter.setClipRect(x, y, width, height)
            painter.setPen(want)
            line.draw(painter, QPointF(x + margin, top))
            painter.restore()
            return True
        if want is not self._pen:
            painter.setPen(want)
            self._pen = want
        line.draw(painter, QPointF(x + margin, top))
        return True

    def paint_view(self, view: QTableView, event: QPaintEvent) -> bool:
        """Paint the view's dirty area as QTableView::paintEvent (Qt 6) does, in one call.

        Returns False, having painted nothing, when the view is in a case this does not
        reproduce: another delegate, right-to-left, hidden or moved rows, a region of
        several rectangles, or the mouse over the cells (Qt keeps the hovered cell to
        itself). Selected and focused cells are painted by Qt's own delegate, here.
        The view must not use spans or per-column delegates (the roster doesn't).
        """
        viewport = view.viewport()
        vertical, horizontal = view.verticalHeader(), view.horizontalHeader()
        region = event.region()
        if (
            view.itemDelegate() is not self
            or view.isRightToLeft()
            or region.rectCount() != 1
            or viewport.underMouse()
            or horizontal.count() == 0
            or vertical.count() == 0
            or vertical.sectionsHidden()
            or vertical.sectionsMoved()
        ):
            return False
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        style = view.style()
        show_grid = view.showGrid()
        grid = 1 if show_grid else 0
        grid_hint = style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, view)
        grid_pen = QPen(QColor.fromRgba(grid_hint & 0xFFFFFFFF), 1, view.gridStyle())
        left_top_lines = style.styleHint(
            QStyle.StyleHint.SH_Table_AlwaysDrawLeftTopGridLines, option, view
        )
        # What QTableViewPrivate::drawCell gives every enabled item.
        if option.state.value & _ENABLED:
            palette = option.palette
            palette.setCurrentColorGroup(QPalette.ColorGroup.Normal)
            option.palette = palette
        state = option.state.value  # never selected, focused or hovered: cells add those
        shared = self._shared
        if shared is None or state != shared[0]:
            shared = self._share(option, state)
        pen = shared[1]
        area = region.boundingRect()
        left_px, top_px = area.left(), area.top()
        right_px = min(area.right(), horizontal.length() - horizontal.offset() - 1)
        bottom_px = min(area.bottom(), vertical.length() - vertical.offset() - 1)
        dirty = (left_px, top_px, right_px, bottom_px)
        empty = left_px > right_px or top_px > bottom_px
        sections = (0, 0, -1, 0) if empty else self._sections(view, dirty)
        painter = QPainter(viewport)
        self._pen = painter.pen().color()
        try:
            if sections[2] != -1:  # as Qt, a valid dirty area with some row in it
                self._paint_area(view, painter, option, pen, sections, self._bounds(view), grid)
                if show_grid:
                    self._paint_grid(view, painter, grid_pen, left_top_lines, dirty, sections, grid)
        finally:
            painter.end()
            self._pen = None
        return True

    def _bounds(self, view: QTableView) -> tuple[int, int, int, int]:
        """The first and last visual row and column Qt paints at all (cells outside them
        are skipped, as its paintEvent skips them)."""
        vertical, horizontal = view.verticalHeader(), view.horizontalHeader()
        first_row = max(vertical.visualIndexAt(0), 0)
        last_row = vertical.visualIndexAt(vertical.height())
        if last_row == -1:
            last_row = self.model.rowCount() - 1
        first_column = horizontal.visualIndexAt(0)
        last_column = horizontal.visualIndexAt(horizontal.width())
        if first_column == -1:
            first_column = 0
        if last_column == -1:
            last_column = horizontal.count() - 1
        return first_row, last_row, first_column, last_column

    @staticmethod
    def _sections(view: QTableView, dirty: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        """The visual (left, right, top, bottom) sections of a dirty area; top -1 if none."""
        left_px, top_px, right_px, bottom_px = dirty
        horizontal, vertical = view.horizontalHeader(), view.verticalHeader()
        left = horizontal.visualIndexAt(left_px)
        right = horizontal.visualIndexAt(right_px)
        if left == -1:
            left = 0
        if right == -1:
            right = horizontal.count() - 1
        bottom = vertical.visualIndexAt(bottom_px)
        if bottom == -1:
            bottom = vertical.count() - 1
        top = vertical.visualIndexAt(top_px)
        return left, right, (-1 if top > bottom else top), bottom

    def _paint_area(
        self,
        view: QTableView,
        painter: QPainter,
        option: QStyleOptionViewItem,
        pen: QColor,
        sections: tuple[int, int, int, int],
        bounds: tuple[int, int, int, int],
        grid: int,
    ) -> None:
        """Each cell of the sections: the style's row panel, then the text (or Qt's
        delegate); `bounds` are the rows and columns Qt would paint at all."""
        left, right, top, bottom = sections
        first_row, last_row, first_column, last_column = bounds
        horizontal = view.horizontalHeader()
        columns = []
        for visual in range(max(left, first_column), min(right, last_column) + 1):
            column = horizontal.logicalIndex(visual)
            if not horizontal.isSectionHidden(column):
                columns.append(
                    (column, view.columnViewportPosition(column), view.columnWidth(column) - grid)
                )
        selected = self._selected_rows(view, first_row, last_row)
        focus = view.currentIndex()
        focused = (
            (focus.row(), focus.column())
            if focus.isValid() and (view.hasFocus() or view.viewport().hasFocus())
            else None
        )
        style = view.style()
        panel = QStyle.PrimitiveElement.PE_PanelItemViewRow
        alternate = view.alternatingRowColors()
        alternate_base = bool(top & 1) and alternate
        plain_features = option.features & ~QStyleOptionViewItem.ViewItemFeature.Alternate
        odd_features = option.features | QStyleOptionViewItem.ViewItemFeature.Alternate
        model = self.model
        draw = self._draw
        for row in range(top, bottom + 1):
            if first_row <= row <= last_row:
                y = view.rowViewportPosition(row)
                height = view.rowHeight(row) - grid
                if alternate:
                    option.features = odd_features if alternate_base else plain_features
                for column, x, width in columns:
                    option.rect = QRect(x, y, width, height)
                    if row in selected or (row, column) == focused:
                        self._paint_as_qt(view, painter, option, model.index(row, column))
                        self._pen = painter.pen().color()
                        continue
                    style.drawPrimitive(panel, option, painter, view)
                    if not draw(painter, row, column, x, y, width, height, pen):
                        QStyledItemDelegate.paint(self, painter, option, model.index(row, column))
                        self._pen = painter.pen().color()
            alternate_base = not alternate_base and alternate

    def _selected_rows(self, view: QTableView, first: int, last: int) -> set[int]:
        """The rows from `first` to `last` holding a selected cell."""
        selection = view.selectionModel()
        rows: set[int] = set()
        if selection is None or not selection.hasSelection():
            return rows
        for part in selection.selection():
            rows.update(range(max(part.top(), first), min(part.bottom(), last) + 1))
        return rows

    def _paint_as_qt(
        self, view: QTableView, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        """A cell with a state Qt paints (selected, focused): QTableViewPrivate::drawCell."""
        cell = QStyleOptionViewItem(option)
        selection = view.selectionModel()
        if selection is not None and selection.isSelected(index):
            cell.state |= _State.State_Selected
        current = view.currentIndex()
        if index == current and (view.hasFocus() or view.viewport().hasFocus()):
            cell.state |= _State.State_HasFocus
        view.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, cell, painter, view)
        self.paint(painter, cell, index)

    @staticmethod
    def _paint_grid(
        view: QTableView,
        painter: QPainter,
        grid_pen: QPen,
        left_top_lines: int,
        dirty: tuple[int, int, int, int],
        sections: tuple[int, int, int, int],
        grid: int,
    ) -> None:
        """The grid lines of the dirty area, as QTableView::paintEvent draws them."""
        left, right, top, bottom = sections
        left_px, top_px, right_px, bottom_px = dirty
        horizontal, vertical = view.horizontalHeader(), view.verticalHeader()
        old = painter.pen()
        painter.setPen(grid_pen)
        for row in range(top, bottom + 1):
            y = view.rowViewportPosition(row) + view.rowHeight(row) - grid
            painter.drawLine(QLineF(left_px, y, right_px, y).translated(0.5, 0.5))
        for visual in range(left, right + 1):
            column = horizontal.logicalIndex(visual)
            if horizontal.isSectionHidden(column):
                continue
            x = view.columnViewportPosition(column) + view.columnWidth(column) - grid
            painter.drawLine(QLineF(x, top_px, x, bottom_px).translated(0.5, 0.5))
        if left_top_lines and horizontal.isHidden():
            y = view.rowViewportPosition(vertical.logicalIndex(top))
            if y == top_px:
                painter.drawLine(left_px, y, right_px, y)
        if left_top_lines and vertical.isHidden():
            column = horizontal.logicalIndex(left)
            if not horizontal.isSectionHidden(column):
                x = view.columnViewportPosition(column)
                if x == left_px:
                    painter.drawLine(x, top_px, x, bottom_px)
        painter.setPen(old)

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
