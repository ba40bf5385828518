"""Table columns that fit their view: a minimum each, spare width shared by weight."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFit(QObject):
    """Keeps a table's shown columns inside its width (until the owner drags one).

    Every column gets its minimum, the spare width is shared by weight (0: never wider),
    and the last shown column takes what is left, also after the owner resized others.
    Narrower than the minimums together, the table scrolls sideways instead.
    """

    def __init__(self, view: QTableView, minimums: Sequence[int], weights: Sequence[int]) -> None:
        super().__init__(view)
        self.view = view
        self.minimums = list(minimums)
        self.weights = list(weights)
        self.manual = False  # the owner resized a column: their widths win from then on
        self._fitting = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # WORKAROUND: not setStretchLastSection: the header keeps a stretched last section
        # at least defaultSectionSize wide, which scrolls a narrow table sideways. fit()
        # gives the last column what is left instead.
        header.sectionResized.connect(self._on_section_resized)
        viewport = view.viewport()
        assert viewport is not None  # every QAbstractScrollArea has one
        viewport.installEventFilter(self)

    def shown(self) -> list[int]:
        """The columns not hidden, left to right."""
        header = self.view.horizontalHeader()
        return [c for c in range(len(self.minimums)) if not header.isSectionHidden(c)]

    def fit(self) -> None:
        """Spread the columns over the view's width (after a manual resize: only the last)."""
        shown = self.shown()
        viewport = self.view.viewport()
        if not shown or viewport is None:
            return
        width = viewport.width()
        self._fitting = True
        try:
            if not self.manual:
                spare = max(0, width - sum(self.minimums[c] for c in shown))
                weight = sum(self.weights[c] for c in shown) or 1
                for column in shown[:-1]:
                    share = spare * self.weights[column] // weight
                    self.view.setColumnWidth(column, self.minimums[column] + share)
            last = shown[-1]
            used = sum(self.view.columnWidth(c) for c in shown[:-1])
            self.view.setColumnWidth(last, max(self.minimums[last], width - used))
        finally:
            self._fitting = False

    def set_hidden(self, column: int, hidden: bool) -> None:
        """Hide or show a column and fit the others again."""
        self._fitting = True
        try:
            self.view.setColumnHidden(column, hidden)
        finally:
            self._fitting = False
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again whenever the view's width changes."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        shown = self.shown()
        # the last column follows the others; only dragging another one is the owner's choice
        if self._fitting or new == 0 or not shown or column == shown[-1]:
            return
        self.manual = True
        self.fit()  # the last column gives or takes what the dragged one took or gave
