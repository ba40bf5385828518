"""Edit → Trash: deleted members, events and entries, restorable for 30 days."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.errors import QunDeskError, ValidationError, data_errors
from desktop.models.storage import trash
from desktop.models.storage.db import Database
from desktop.models.storage.trash import TrashItem
from desktop.views.groups.group_item_models import RowTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole


class TrashModel(RowTableModel):
    """One row per trash item: kind, what it was, when it was deleted, days left."""

    KIND, LABEL, DELETED, DAYS_LEFT = range(4)

    def __init__(self, now: dt.datetime, parent: Any = None) -> None:
        super().__init__(parent)
        self.now = now  # days left are counted from it

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [self.tr("Kind"), self.tr("What"), self.tr("Deleted"), self.tr("Days left")]

    def kind_text(self, row: TrashItem) -> str:
        """“3 members”, “Event”, “Revenue entry”."""
        if row.kind == "member":
            if row.count == 1:
                return self.tr("Member")
            return self.tr("%n members").replace("%n", f"{row.count:,}")
        if row.kind == "payout":
            return self.tr("Partner payout")
        return self.tr("Event") if row.kind == "event" else self.tr("Revenue entry")

    def cell(self, row: TrashItem, column: int, role: int) -> Any:
        """Display text and native sort values."""
        if role == _DISPLAY:
            return (
                self.kind_text(row),
                row.label,
                row.deleted_at.strftime("%Y-%m-%d %H:%M"),
                str(row.days_left(self.now)),
            )[column]
        if role == self.SortRole:
            return (row.kind, row.label, row.deleted_at, row.days_left(self.now))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TrashDialog(QDialog):
    """List the trash; restore an item or delete it for good."""

    def __init__(self, parent: QWidget | None, database: Database) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.database = database
        self.restored_any = False
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.hint = QLabel(
            self.tr(
                "Deleted members, events and revenue entries stay here for %1 days, "
                "then they are removed for good."
            ).replace("%1", str(trash.KEEP_DAYS)),
            self,
        )
        self.hint.setObjectName("trashHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.model = TrashModel(self.database.clock.now(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(TrashModel.SortRole)
        self.table = QTableView(self)
        self.table.setObjectName("trashTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TrashModel.DELETED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TrashModel.LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(TrashModel.KIND, 140)
        self.table.setColumnWidth(TrashModel.DELETED, 150)
        layout.addWidget(self.table)
        self.empty_label = QLabel(self.tr("The trash is empty."), self)
        self.empty_label.setObjectName("trashEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.delete_button = QPushButton(self.tr("&Delete permanently"), self)
        self.delete_button.setObjectName("deleteForGoodButton")
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.buttons.addButton(self.restore_button, role)
        self.buttons.addButton(self.delete_button, role)
        layout.addWidget(self.buttons)
        self.resize(760, 420)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore)
        self.delete_button.clicked.connect(self._on_delete)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._on_restore)

    @classmethod
    def ask(cls, parent: QWidget | None, database: Database) -> bool:
        """Show the trash; True when something was restored (the window should reload)."""
        dialog = cls(parent, database)
        dialog.exec()
        return dialog.restored_any

    def reload(self) -> None:
        """Read the trash again (expired items are purged first), counting from now."""
        now = self.database.clock.now()
        self.model.now = now
        trash.purge_expired(self.database, now)
        self.model.set_rows(trash.list_trash(self.database))
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if not empty:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> TrashItem | None:
        """The selected item, read through RowRole."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = rows[0].data(TrashModel.RowRole)
        return item if isinstance(item, TrashItem) else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_restore(self, *_args: object) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            with data_errors():
                trash.restore_from_trash(self.database, item.id)
        except QunDeskError as exc:
            message = exc.message if isinstance(exc, ValidationError) else str(exc)
            QMessageBox.warning(
                self,
                self.tr("Cannot restore"),
                self.tr("%1\n\nNothing was changed.").replace("%1", message),
            )
            return
        self.restored_any = True
        self.reload()

    def _on_delete(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete permanently"),
            self.tr("Delete “%1” for good? This cannot be undone.").replace("%1", item.label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        trash.delete_from_trash(self.database, item.id)
        self.reload()
