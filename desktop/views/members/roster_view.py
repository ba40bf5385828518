"""The roster's Qt item model over compact row tuples, and the worker that fills its cache."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRunnable,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.models.core.codes import Role
from desktop.models.members import roster
from desktop.models.members.members import MemberStatus
from desktop.models.members.roster import RosterQuery, RosterRow
from desktop.models.members.roster_cache import RosterCache
from desktop.models.storage.db import Database
from desktop.views.common.date_range import from_qdate
from desktop.views.common.labels import choices, labels
from desktop.views.members.member_delegate import RosterDelegate
from desktop.views.members.member_dialogs import date_edit

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_MUTED = QColor("#8a8a8a")
_WARN = QColor("#b3261e")
# Rows fetched per SQL query while the roster is still paging from SQLite.
PAGE_SIZE = 200


class PagedRows(Sequence[RosterRow]):
    """The rows of an id list, read from SQLite a page at a time as the view asks for them.

    The first screen needs only the matching ids in order (one query) and the few rows
    on screen; the view then shows at once while the full cache loads in a worker.
    """

    def __init__(self, database: Database, query: RosterQuery, ids: list[int]) -> None:
        self.database = database
        self.query = query
        self.ids = ids
        self._pages: dict[int, list[RosterRow]] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, position: Any) -> Any:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self.ids)))]
        page = position // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._pages[page] = self._fetch(page)
        return rows[position - page * PAGE_SIZE]

    def id_at(self, position: int) -> int:
        """The member id of a row without reading the row."""
        return self.ids[position]

    def _fetch(self, page: int) -> list[RosterRow]:
        chunk = self.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        found = {row[0]: row for row in roster.roster_rows_for(self.database, self.query, chunk)}
        # A member deleted since the ids were read keeps a blank row until the next reload,
        # so rowCount and data never disagree.
        return [found.get(i) or _blank_row(i) for i in chunk]


_first = itemgetter(0)


def _blank_row(member_id: int) -> RosterRow:
    return (member_id, "—", "", "", "", "", "", "", "", "", "", MemberStatus.LEFT.value, "", "")


class RosterModel(QAbstractTableModel):
    """The roster: one row per member, thirteen columns, sorted and filtered by the caller.

    Rows are the data layer's tuples (see `roster.ROSTER_COLUMNS`); the model never
    sorts or filters, so `set_rows` with a new list is the whole update.
    """

    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    IdRole = Qt.ItemDataRole.UserRole + 3
    # Model columns in order; each is the data-layer column name (and its sort key).
    COLUMNS = roster.ROSTER_COLUMNS[1:]
    (NAME, NICKNAME, WECHAT, PHONE, GROUPS, ROLE, JOINED, REFERRER, TAGS, PAID, STATUS) = range(11)
    LAST_SPOKE, MESSAGES = 11, 12  # from the imported chats, in the roster's scope

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[RosterRow] = []
        self._row_of: dict[int, int] | None = None
        self._role_labels = labels(Role)
        self._status_labels = labels(MemberStatus)

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [
            self.tr("Name"),
            self.tr("Nickname"),
            self.tr("WeChat ID"),
            self.tr("Phone"),
            self.tr("Groups"),
            self.tr("Role"),
            self.tr("Joined"),
            self.tr("Referrer"),
            self.tr("Tags"),
            self.tr("Paid until"),
            self.tr("Status"),
            self.tr("Last spoke"),
            self.tr("Messages (30 days)"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Rows under the invisible root; none under a row."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Columns under the invisible root; none under a row."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles; rows have none."""
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            titles = self.headers()
            if 0 <= section < len(titles):
                return titles[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Display text, raw sort values, the row tuple (RowRole) and member id (IdRole)."""
        # Painting asks every cell for about eight roles; most are unused and must cost
        # next to nothing (plain int comparisons, no enum arithmetic).
        if role not in _USED_ROLES or not index.isValid():
            return None
        position = index.row()
        if not 0 <= position < len(self._rows):
            return None
        if role == _ID:
            return self.id_at(position)
        column = index.column()
        row = self._rows[position]
        value: Any = None
        if role in (_DISPLAY_INT, _FOREGROUND):
            text, colour = self.display(position, column) or ("", None)
            value = text if role == _DISPLAY_INT else colour
        elif role == _ROW:
            value = row
        elif role == _SORT:
            value = row[column + 1]
        elif column in (self.GROUPS, self.TAGS):  # the tooltip: the whole list
            value = row[column + 1] or None
        return value

    def display(self, position: int, column: int) -> tuple[str, QColor | None] | None:
        """A cell's text and colour (None: no such row); the delegate's one call a cell."""
        rows = self._rows
        if not 0 <= position < len(rows):
            return None
        row = rows[position]
        value = cast(str, row[column + 1])  # every shown column is text
        if column == _ROLE_COLUMN:
            value = self._role_labels.get(value, value)
        elif column == _STATUS_COLUMN:
            value = self._status_labels.get(value, value)
        # Plain strings: an enum member's attribute look-up costs more than the test.
        status = row[11]
        if status == _LEFT:
            return value, _MUTED
        if status == _EXPIRED and column in _WARNED_COLUMNS:
            return value, _WARN
        return value, None

    # ---- rows ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[RosterRow]) -> None:
        """Show these rows, in this order."""
        self.beginResetModel()
        self._rows = rows
        self._row_of = None
        self._role_labels = labels(Role)
        self._status_labels = labels(MemberStatus)
        self.endResetModel()

    def rows(self) -> Sequence[RosterRow]:
        """The rows in model order."""
        return self._rows

    def id_at(self, position: int) -> int:
        """The member id shown in a row."""
        rows = self._rows
        if isinstance(rows, PagedRows):
            return rows.id_at(position)
        return int(rows[position][0])

    def row_of(self, member_id: int) -> int:
        """The row showing a member, or -1."""
        return self.rows_of([member_id])[0]

    def rows_of(self, member_ids: list[int]) -> list[int]:
        """The rows showing these members (-1 for those not shown)."""
        if not member_ids:
            return []
        rows = self._rows
        if self._row_of is None and len(member_ids) <= 2:
            # One or two look-ups right after a keystroke: a C-level scan beats indexing.
            ids = rows.ids if isinstance(rows, PagedRows) else list(map(_first, rows))
            return [ids.index(i) if i in ids else -1 for i in member_ids]
        if self._row_of is None:
            ids = rows.ids if isinstance(rows, PagedRows) else list(map(_first, rows))
            self._row_of = {mid: n for n, mid in enumerate(ids)}
        return [self._row_of.get(i, -1) for i in member_ids]

    def column_key(self, column: int) -> str:
        """The data-layer name of a model column (also its sort key)."""
        return self.COLUMNS[column]


_ROLE_COLUMN, _PAID_COLUMN, _STATUS_COLUMN = RosterModel.ROLE, RosterModel.PAID, RosterModel.STATUS
_LEFT, _EXPIRED = MemberStatus.LEFT.value, MemberStatus.EXPIRED.value
_WARNED_COLUMNS = frozenset({_PAID_COLUMN, _STATUS_COLUMN})  # of an expired member
_DISPLAY_INT = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SORT = int(RosterModel.SortRole)
_ROW = int(RosterModel.RowRole)
_ID = int(RosterModel.IdRole)
_USED_ROLES = frozenset({_DISPLAY_INT, _FOREGROUND, _TOOLTIP, _SORT, _ROW, _ID})


class _LoadSignals(QObject):
    loaded = Signal(int, object)  # generation, RosterCache
    failed = Signal(int, str)


class RosterLoader(QRunnable):
    """Read the whole roster of one scope into a `RosterCache` on a worker thread.

    The cache arrives through `signals.loaded` on the GUI thread (a queued connection);
    a stale generation is ignored by the receiver.
    """

    def __init__(self, path: Path, today: dt.date, group_id: int | None, generation: int) -> None:
        super().__init__()
        self.signals = _LoadSignals()
        self.path = path
        self.today = today
        self.group_id = group_id
        self.generation = generation

    def run(self) -> None:
        """Load (in the worker); report the cache or the error."""
        try:
            cache = RosterCache.read(self.path, today=self.today, group_id=self.group_id)
        except Exception as exc:  # reported on the GUI thread; the roster stays on SQL
            self.signals.failed.emit(self.generation, str(exc))
            return
        self.signals.loaded.emit(self.generation, cache)


SETTING_HIDDEN = "members/hiddenColumns"
SETTING_ORDER = "members/columnOrder"
SETTING_SORT = "members/sort"
_COLUMN_WIDTHS = (90, 100, 120, 110, 170, 110, 90, 80, 150, 90, 70, 90, 90)


class RosterTable(QTableView):
    """The roster view: fixed row height, movable columns, hide/show from the header menu.

    Column choice, order and the sort column are kept in QSettings when given some.
    """

    def __init__(self, model: RosterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberTable")
        self.settings: QSettings | None = None
        self.setModel(model)
        self.roster = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.delegate = RosterDelegate(model, self)
        self.setItemDelegate(self.delegate)
        vertical = self.verticalHeader()
        vertical.hide()
        # Fixed heights: measuring 100,000 rows to fit their contents would freeze the view.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSortIndicator(RosterModel.NAME, Qt.SortOrder.AscendingOrder)
        # The header only shows the order: the tab sorts in the cache or SQL and resets.
        self.setSortingEnabled(True)
        header.sectionMoved.connect(self.save_columns)
        header.customContextMenuRequested.connect(self._on_header_menu)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the rows; the delegate re-reads font, palette and state once per paint and
        paints a screen of plain rows itself (see `RosterDelegate.paint_view`)."""
        self.delegate.new_paint()
        if not self.delegate.paint_view(self, event):
            super().paintEvent(event)

    def set_column_visible(self, column: str, visible: bool) -> None:
        """Show or hide a column (the name always stays) and remember it."""
        index = RosterModel.COLUMNS.index(column)
        if index != RosterModel.NAME:
            self.setColumnHidden(index, not visible)
            self.save_columns()

    def column_visible(self, column: str) -> bool:
        """Whether a column is shown."""
        return not self.isColumnHidden(RosterModel.COLUMNS.index(column))

    def column_order(self) -> list[str]:
        """Column keys in the order they are shown."""
        header = self.horizontalHeader()
        return [RosterModel.COLUMNS[header.logicalIndex(v)] for v in range(header.count())]

    def save_columns(self, *_args: object) -> None:
        """Remember which columns are hidden and their order."""
        if self.settings is None:
            return
        hidden = [c for c in RosterModel.COLUMNS if not self.column_visible(c)]
        self.settings.setValue(SETTING_HIDDEN, ",".join(hidden))
        self.settings.setValue(SETTING_ORDER, ",".join(self.column_order()))

    def save_sort(self, column: str, descending: bool) -> None:
        """Remember the sort column and direction."""
        if self.settings is not None:
            self.settings.setValue(SETTING_SORT, f"{column},{int(descending)}")

    def set_settings(self, settings: QSettings | None) -> tuple[str, bool] | None:
        """Apply the remembered columns; return the remembered sort, if any."""
        self.settings = settings
        if settings is None:
            return None
        header = self.horizontalHeader()
        header.blockSignals(True)
        try:
            order = str(settings.value(SETTING_ORDER, "") or "").split(",")
            known = [c for c in order if c in RosterModel.COLUMNS]
            for visual, column in enumerate(known):
                header.moveSection(header.visualIndex(RosterModel.COLUMNS.index(column)), visual)
            hidden = set(str(settings.value(SETTING_HIDDEN, "") or "").split(","))
            for index, column in enumerate(RosterModel.COLUMNS):
                self.setColumnHidden(index, column in hidden and index != RosterModel.NAME)
            column, _sep, flag = str(settings.value(SETTING_SORT, "") or "").partition(",")
            if column not in RosterModel.COLUMNS:
                return None
            descending = flag == "1"
            order_flag = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(RosterModel.COLUMNS.index(column), order_flag)
            return column, descending
        finally:
            header.blockSignals(False)

    def _on_header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("memberColumnMenu")
        for index, title in enumerate(self.roster.headers()):
            column = RosterModel.COLUMNS[index]
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(self.column_visible(column))
            action.setEnabled(index != RosterModel.NAME)
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        menu.exec(self.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()


class RosterFilters(QWidget):
    """The search box and the role, status, chat, tag, joined and expiring filters in one row."""

    filtersChanged = Signal()  # any filter but the search text changed

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberFilters")
        self.search = QLineEdit(self)
        self.search.setObjectName("memberSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search name, pinyin (zhangsan / zs), WeChat ID, phone, tags, notes")
        )
        self.search.setMinimumWidth(240)
        self.role = self._combo("memberRoleFilter", self.tr("Any role"), choices(Role))
        self.status = self._combo(
            "memberStatusFilter", self.tr("Any status"), choices(MemberStatus)
        )
        self.tag = QComboBox(self)
        self.tag.setObjectName("memberTagFilter")
        self.tag.setEditable(True)
        self.tag.setMinimumContentsLength(8)
        self.tag.lineEdit().setPlaceholderText(self.tr("Any tag"))
        self.joined = QCheckBox(self.tr("Joined"), self)
        self.joined.setObjectName("memberJoinedFilter")
        self.joined_from = date_edit(self, "memberJoinedFrom", dt.date(2020, 1, 1), today)
        self.joined_to = date_edit(self, "memberJoinedTo", today, today)
        self.spoke = self._combo(
            "memberChatFilter",
            self.tr("Any chat activity"),
            [
                (roster.CHAT_RECENT, self.tr("Spoke in the last 30 days")),
                (roster.CHAT_SILENT, self.tr("Silent for 30 days")),
                (roster.CHAT_NEVER, self.tr("Never spoke")),
            ],
        )
        self.expiring = QCheckBox(self.tr("Paid, expiring in 30 days"), self)
        self.expiring.setObjectName("memberExpiringFilter")
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("memberClearFilters")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for widget in (self.role, self.status, self.spoke, self.tag, self.joined, self.joined_from):
            layout.addWidget(widget)
        layout.addWidget(QLabel("–", self))
        for widget in (self.joined_to, self.expiring, self.clear_button):
            layout.addWidget(widget)
        self._enable_dates()
        for combo in (self.role, self.status, self.spoke):
            combo.currentIndexChanged.connect(self.filtersChanged)
        self.tag.currentTextChanged.connect(self.filtersChanged)
        self.joined.toggled.connect(self._on_joined_toggled)
        for edit in (self.joined_from, self.joined_to):
            edit.dateChanged.connect(self._on_dates_changed)
        self.expiring.toggled.connect(self.filtersChanged)
        self.clear_button.clicked.connect(self.clear)

    def _combo(self, name: str, anything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(anything, None)
        for code, text in items:
            combo.addItem(text, code)
        return combo

    def _enable_dates(self) -> None:
        for edit in (self.joined_from, self.joined_to):
            edit.setEnabled(self.joined.isChecked())

    def _on_joined_toggled(self, _checked: bool) -> None:
        self._enable_dates()
        self.filtersChanged.emit()

    def _on_dates_changed(self, *_args: object) -> None:
        if self.joined.isChecked():
            self.filtersChanged.emit()

    def fields(self, expiring_days: int) -> dict[str, Any]:
        """The RosterQuery fields these widgets describe."""
        joined = self.joined.isChecked()
        return {
            "text": self.search.text(),
            "role": self.role.currentData(),
            "status": self.status.currentData(),
            "tag": self.tag.currentText().strip() or None,
            "joined_from": from_qdate(self.joined_from.date()) if joined else None,
            "joined_to": from_qdate(self.joined_to.date()) if joined else None,
            "expiring_within_days": expiring_days if self.expiring.isChecked() else None,
            "spoke": self.spoke.currentData(),
        }

    def set_tags(self, tags: list[str]) -> None:
        """Offer these tags, keeping what is typed."""
        text = self.tag.currentText()
        self.tag.blockSignals(True)
        try:
            self.tag.clear()
            self.tag.addItem("")
            self.tag.addItems(tags)
            self.tag.setEditText(text)
        finally:
            self.tag.blockSignals(False)

    def clear(self) -> None:
        """Empty the search and every filter; one change signal at the end."""
        widgets = (self.search, self.role, self.status, self.spoke, self.tag, self.joined)
        widgets += (self.expiring,)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.clear()
            self.role.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.spoke.setCurrentIndex(0)
            self.tag.setEditText("")
            self.joined.setChecked(False)
            self.expiring.setChecked(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._enable_dates()
        self.filtersChanged.emit()
