"""The dashboard's pyqtgraph charts: a framed plot with a legend, hover tips, Save PNG and Copy.

pyqtgraph is imported here only; the Dashboard tab imports this module when it first gets
a database, so starting the app does not pay for it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.models.storage.files import write_user_file
from desktop.views.common import saving

# Bar colours by where a value lies against its band; grey when there is no band.
STATUS_COLORS = {
    "below": "#e57373",
    "met": "#66bb6a",
    "above": "#ffa726",
    "in_progress": "#64b5f6",
    None: "#90a4ae",
}
BAND_FILL = (66, 133, 244, 45)
BAND_LINE = "#4285f4"
Kept = TypeVar("Kept", bound=pg.GraphicsObject)
MAX_TICKS = 9  # period labels on an axis before they are thinned out

# pyqtgraph names its (hidden) chart menu through translate("GraphicsScene", …): listed
# here so the translation files carry it.
_PYQTGRAPH_TEXTS = (QT_TRANSLATE_NOOP("GraphicsScene", "Export..."),)


def swatch(color: str, text: str) -> str:
    """A coloured square and its text, for the HTML legends under the titles."""
    return f'<span style="color:{color}">■</span>&nbsp;{text}'


def dash(color: str, text: str) -> str:
    """A dashed-line mark and its text, for a goal line in a legend."""
    return f'<b style="color:{color}">- -</b>&nbsp;{text}'


def legend_rows(*rows: Sequence[str]) -> str:
    """Legend entries as HTML, one line per row; an entry never breaks inside itself."""
    return "<br>".join(
        " &nbsp; ".join(f'<span style="white-space:nowrap">{entry}</span>' for entry in row)
        for row in rows
        if row
    )


class QuietAxis(pg.AxisItem):
    """An axis that lays its label's rich text out again only when the text changed, and
    keeps its drawn ticks while its range stays the same.

    pyqtgraph sets the label's HTML again on every change of range, in case an SI prefix
    came or went; laying that rich text out was a large part of redrawing a chart. It also
    works its ticks out afresh whenever the linked view changes in either direction, so a
    chart's date axis did so on every switch of group although its weeks stayed the same.
    """

    _shown_label: str | None = None

    def setRange(self, mn: float, mx: float) -> None:
        """Set the shown range; the same range keeps the ticks already drawn."""
        if self.picture is not None and [mn, mx] == list(self.range):
            return
        super().setRange(mn, mx)

    def setTicks(self, ticks: Any) -> None:
        """Set fixed ticks; the same ticks keep what is already drawn."""
        if self.picture is not None and ticks == self._tickLevels:
            return
        super().setTicks(ticks)

    def _updateLabel(self) -> None:
        text = self.labelString()
        if text != self._shown_label:
            self._shown_label = text
            super()._updateLabel()
        else:
            self.picture = None
            self.update()


class ChartSaveDialog:
    """Asks where to save a chart; tests monkeypatch `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> Path | None:
        """A .png path chosen by the owner, or None when cancelled."""
        return saving.ask_save_path(
            parent,
            QWidget.tr(parent, "Save chart as PNG"),
            suggested,
            ".png",
            QWidget.tr(parent, "PNG image (*.png)"),
        )


class ChartFrame(QWidget):
    """A title, a legend line, one pyqtgraph plot, and Save PNG… / Copy buttons."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.title.setObjectName(name + "Title")
        self.legend = QLabel(self)
        self.legend.setObjectName(name + "Legend")
        self.legend.setWordWrap(True)
        self.plot = pg.PlotWidget(
            self, axisItems={side: QuietAxis(side) for side in ("left", "bottom", "right")}
        )
        self.plot.getPlotItem().hideAxis("right")  # shown by the charts with a second scale
        self.plot.setObjectName(name + "Plot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(120)
        # room above the plot for half of the topmost tick's text, which is centred on it
        half_line = self.fontMetrics().height() // 2 + 2
        self.plot.getPlotItem().setContentsMargins(0, half_line, 4, 0)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.save_button = self._button(name + "Save", self.tr("Save PNG…"))
        self.copy_button = self._button(name + "Copy", self.tr("Copy"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG image"))
        self.copy_button.setToolTip(self.tr("Copy this chart to the clipboard as an image"))
        self.head = head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        head.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        self._kept: list[pg.GraphicsObject] = []
        self._ticks: tuple[list[str], str] | None = None
        # shown over an empty plot instead of axes around nothing
        self.empty = QLabel(self.plot)
        self.empty.setObjectName(name + "Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.plot.installEventFilter(self)
        self.save_button.clicked.connect(self._on_save)
        self.copy_button.clicked.connect(self.copy)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        item = self.plot.getPlotItem()
        self.adopt(item.ctrlMenu, item.stateGroup, item.getViewBox().menu)
        self.apply_palette()

    def adopt(self, *helpers: QObject | None) -> None:
        """Make pyqtgraph's parentless menus and state groups children of this chart."""
        # pyqtgraph creates them without a Qt parent, reachable only through its items'
        # reference cycles, so the cyclic collector used to destroy them (and their
        # widgets) — once in the middle of a Qt call, a deadlock. As children, Qt deletes
        # them with the chart and the collector only frees empty wrappers.
        for helper in helpers:
            if helper is None or helper.parent() is not None:
                continue
            if isinstance(helper, QWidget):
                helper.setParent(self, helper.windowFlags())  # still a popup, not embedded
            else:
                helper.setParent(self)

    def _button(self, name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        return button

    # ---- look ---------------------------------------------------------------------------

    def apply_palette(self) -> None:
        """Background, axes and text in the window's light or dark palette."""
        palette = self.palette()
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for side in ("left", "bottom", "right"):
            axis = self.plot.getPlotItem().getAxis(side)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(text))
            axis.setStyle(tickFont=self.font())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Thin the period labels again when the plot is resized."""
        if watched is self.plot and event.type() == QEvent.Type.Resize:
            self._thin_ticks()
            self.empty.setGeometry(self.plot.rect())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Follow palette changes (light/dark)."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_palette()
        super().changeEvent(event)

    def fit_axis(self, side: str, highest: float, lowest: float = 0.0) -> None:
        """Make a value axis wide enough for its widest tick text and its label.

        pyqtgraph widens an axis only after painting ticks that did not fit, so the first
        picture (a saved PNG, a screenshot) would show the label over the figures.
        """
        axis = self.plot.getPlotItem().getAxis(side)
        metrics = self.fontMetrics()
        texts = [f"{round(v):d}" for v in (highest, lowest, highest * 1.1, lowest * 1.1)]
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        label = metrics.height() + 6 if axis.label.isVisible() else 0
        axis.setWidth(widest + label + 12)

    def show_empty(self, empty: bool) -> bool:
        """Say "no data yet" over a plot with nothing to draw, with no figures on its axes.

        Returns `empty`, so a chart can stop drawing: `if self.show_empty(...): return`.
        """
        item = self.plot.getPlotItem()
        for side in ("left", "right"):
            item.getAxis(side).setStyle(showValues=not empty)
        if not empty:
            self.empty.hide()
            return False
        self.clear()
        self.empty.setText(self.tr("No data yet — import a chat or type a day"))
        self.empty.setGeometry(self.plot.rect())
        self.empty.show()
        self.empty.raise_()
        # a fixed range instead of pyqtgraph's guess around nothing (a "(x0.001)" axis)
        item.setYRange(0, 1, padding=0)
        item.getAxis("bottom").setTicks([[], []])
        self._ticks = None
        self.legend.setText("")
        self.settle()
        return True

    def text_color(self) -> QColor:
        """The palette's text colour (for lines that must show on light and dark)."""
        return self.palette().color(QPalette.ColorRole.Text)

    def set_period_ticks(self, labels: Sequence[str], axis: str = "bottom") -> None:
        """Label positions 0..n-1 with `labels`, thinned so they never overlap.

        They are thinned again whenever the plot changes width (a chart drawn before its
        window was laid out would otherwise keep the two labels that fitted then).
        """
        self._ticks = (list(labels), axis)
        self._thin_ticks()

    def _thin_ticks(self) -> None:
        if self._ticks is None:
            return
        labels, axis = self._ticks
        widest = max((self.fontMetrics().horizontalAdvance(t) for t in labels), default=1) + 14
        room = max(2, min(MAX_TICKS, int(self.plot.width() * 0.8 / widest)))
        step = max(1, math.ceil(len(labels) / room))
        major = [(float(i), text) for i, text in enumerate(labels) if i % step == 0]
        self.plot.getPlotItem().getAxis(axis).setTicks([major, []])

    # ---- save, copy, tips ---------------------------------------------------------------

    def image(self) -> object:
        """The chart as a pixmap, exactly as shown."""
        return self.plot.grab()

    def save_png(self, path: Path) -> None:
        """Write the chart to a PNG file, whole or not at all; OSError when it cannot be."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        encoded = self.plot.grab().save(buffer, "PNG")
        buffer.close()
        if not encoded:
            raise OSError(self.tr("The chart could not be drawn as an image."))
        write_user_file(path, bytes(data.data()))

    def copy(self) -> None:
        """Put the chart on the clipboard as an image."""
        QGuiApplication.clipboard().setPixmap(self.plot.grab())

    def _on_save(self) -> None:
        path = ChartSaveDialog.ask(self, self.objectName())
        if path is None:
            return
        try:
            self.save_png(path)
        except OSError as exc:
            QToolTip.showText(QCursor.pos(), saving.save_failed_text(exc, path), self)
            return
        saving.show_saved(self, self.tr("Chart saved to %1").replace("%1", str(path)), path)

    # a method to override, not a callable attribute: a chart holding its own bound method
    # is a reference cycle, which left every destroyed chart to the cyclic collector
    def tip(self, x: float, y: float) -> str | None:
        """The tooltip at a point in data coordinates; None for none (charts override it)."""
        return None

    def _on_mouse_moved(self, pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(pos):
            QToolTip.hideText()
            return
        point = view.mapSceneToView(pos)
        text = self.tip(point.x(), point.y())
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot)
        else:
            QToolTip.hideText()

    def keep(self, item: Kept, view: pg.ViewBox | None = None) -> Kept:
        """Add an item the chart keeps and redraws with new data (hidden until drawn)."""
        (view if view is not None else self.plot.getPlotItem()).addItem(item)
        item.hide()
        self._kept.append(item)
        return item

    def clear(self) -> None:
        """Hide everything drawn; the next drawing shows the items it fills again.

        Updating kept items is much cheaper than removing and adding new ones, and they
        keep the order (and so the stacking) they were created in.
        """
        for item in self._kept:
            item.hide()

    def settle(self) -> None:
        """Fit the ranges now rather than at the next paint.

        pyqtgraph fits auto ranges as it starts painting; the items that moved then ask
        for a second paint of the plot. Fitting them after drawing makes it one paint.
        """
        item = self.plot.getPlotItem()
        item.layout.activate()  # axes that changed width resize the view now, not later
        self.plot.scene().prepareForPaint()


class TwinAxisChart(ChartFrame):
    """A chart with a second value axis on the right, for a line of another scale."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(name, title, parent)
        item = self.plot.getPlotItem()
        self.right = pg.ViewBox()
        self.right.setMouseEnabled(x=False, y=False)
        self.adopt(self.right.menu, *getattr(self.right.menu, "widgetGroups", ()))
        item.showAxis("right")
        item.scene().addItem(self.right)
        item.getAxis("right").linkToView(self.right)
        self.right.setXLink(item)
        item.getViewBox().sigResized.connect(self._sync_views)
        self.apply_palette()

    def _sync_views(self) -> None:
        self.right.setGeometry(self.plot.getPlotItem().getViewBox().sceneBoundingRect())
        self.right.linkedViewChanged(self.plot.getPlotItem().getViewBox(), self.right.XAxis)


def bar_opts(
    x: Sequence[float],
    heights: Sequence[float],
    colors: Sequence[str] | str,
    width: float = 0.7,
    y0: Sequence[float] | None = None,
) -> dict[str, object]:
    """BarGraphItem options for vertical bars at x, one colour each (or one for all).

    One colour is given as one brush: pyqtgraph then paints all the bars in one call.
    """
    opts: dict[str, object] = {
        "x": list(x),
        "height": list(heights),
        "width": width,
        "y0": list(y0) if y0 is not None else 0,
        "pen": pg.mkPen(None),
    }
    if isinstance(colors, str):
        opts["brush"] = pg.mkBrush(colors)
    else:
        opts["brushes"] = [pg.mkBrush(c) for c in colors]
    return opts


def empty_bars() -> pg.BarGraphItem:
    """A bar item with no bars yet, for a chart to keep and fill with `setOpts`."""
    return pg.BarGraphItem(x=[], height=[], width=0.7, pen=pg.mkPen(None))


def set_bars(item: pg.BarGraphItem, **opts: object) -> None:
    """Give a kept bar item new bars and show it."""
    item.setOpts(**opts)
    item.show()


def step_points(x: Sequence[int], y: Sequence[float | None]) -> tuple[list[float], list[float]]:
    """The segment ends of `step_line`: pairs of points, one pair per run of equal values."""
    xs: list[float] = []
    ys: list[float] = []
    for i, value in zip(x, y, strict=True):
        if value is None:
            continue
        if xs and ys[-1] == value and xs[-1] == i - 0.5:
            xs[-1] = i + 0.5
        else:
            xs += [i - 0.5, i + 0.5]
            ys += [value, value]
    return xs, ys


def step_pen(color: str | QColor, dashed: bool = False) -> QPen:
    """The pen of a band edge or goal line."""
    style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    return pg.mkPen(color, width=2, style=style)


def step_line(
    x: Sequence[int], y: Sequence[float | None], color: str | QColor, dashed: bool = False
) -> pg.PlotCurveItem:
    """A horizontal segment across each period that has a value (a band's edge or a goal).

    Neighbouring periods with the same value share one segment, so a dashed line shows its
    dashes even when each period is only a few pixels wide.
    """
    xs, ys = step_points(x, y)
    return pg.PlotCurveItem(xs, ys, connect="pairs", pen=step_pen(color, dashed))


def set_step_line(
    item: pg.PlotCurveItem,
    x: Sequence[int],
    y: Sequence[float | None],
    color: str | QColor,
    dashed: bool = False,
) -> None:
    """Give a kept step line new values and show it."""
    xs, ys = step_points(x, y)
    item.setData(xs, ys, connect="pairs", pen=step_pen(color, dashed))
    item.show()


def line(
    x: Sequence[float], y: Sequence[float], color: str | QColor, width: int = 2
) -> pg.PlotDataItem:
    """A line through the points, with small dots."""
    return pg.PlotDataItem(
        list(x),
        list(y),
        pen=pg.mkPen(color, width=width),
        symbol="o",
        symbolSize=4,
        symbolBrush=pg.mkBrush(color),
        symbolPen=pg.mkPen(None),
    )


def set_line(item: pg.PlotDataItem, x: Sequence[float], y: Sequence[float | None]) -> None:
    """Give a kept line new points and show it; a None is a gap in the line, not a zero.

    A line of gaps only is hidden (its bounds would be all NaN for the auto-range)."""
    values = [math.nan if v is None else float(v) for v in y]
    if all(math.isnan(v) for v in values):
        item.setData([], [])
        item.hide()
        return
    item.setData(list(x), values, connect="finite")
    item.show()


def index_at(x: float, count: int) -> int | None:
    """The period under a mouse x, or None outside the bars."""
    index = round(x)
    return index if 0 <= index < count and abs(x - index) <= 0.5 else None
