"""Restore: the list of backups with date, kind, size and rows per table; pick one to restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import backups
from desktop.models.db import Database

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def reason_label(reason: str) -> str:
    """Why a backup was made, in words."""
    tr = QCoreApplication.translate
    fixed = {
        backups.REASON_DAILY: tr("Backups", "Daily, on start"),
        backups.REASON_MANUAL: tr("Backups", "Made by hand"),
        backups.REASON_RESTORE: tr("Backups", "Before a restore"),
        backups.REASON_IMPORT: tr("Backups", "Before an import"),
        backups.REASON_DELETE: tr("Backups", "Before a bulk delete"),
    }
    if reason in fixed:
        return fixed[reason]
    if reason.startswith("before-v"):
        return tr("Backups", "Before upgrade to schema %1").replace("%1", reason[len("before-v") :])
    return reason


def table_label(table: str) -> str:
    """A table's name in words."""
    tr = QCoreApplication.translate
    names = {
        "groups": tr("Backups", "Groups"),
        "group_rules": tr("Backups", "Group rules"),
        "group_thresholds": tr("Backups", "Entry thresholds"),
        "lifecycle_history": tr("Backups", "Lifecycle history"),
        "goals": tr("Backups", "Goals"),
        "members": tr("Backups", "Members"),
        "member_tags": tr("Backups", "Member tags"),
        "memberships": tr("Backups", "Memberships"),
        "role_history": tr("Backups", "Role history"),
        "events": tr("Backups", "Activities"),
        "event_exdates": tr("Backups", "Skipped dates"),
        "attendance": tr("Backups", "Check-ins"),
        "activity_daily": tr("Backups", "Daily activity"),
        "revenue": tr("Backups", "Revenue entries"),
        "partners": tr("Backups", "Partners"),
        "partner_shares": tr("Backups", "Partner shares"),
        "vocabulary": tr("Backups", "Own words"),
        "settings": tr("Backups", "Settings"),
        "rule_history": tr("Backups", "Rule history"),
        "trash": tr("Backups", "Trash"),
    }
    return names.get(table, table)


class BackupListModel(QAbstractTableModel):
    """The backups of one database, newest first, with their main row counts."""

    DATE, KIND, SIZE, GROUPS, MEMBERS, REVENUE = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[backups.BackupInfo, dict[str, int] | None]] = []

    def set_backups(self, rows: list[tuple[backups.BackupInfo, dict[str, int] | None]]) -> None:
        """Replace the list; counts None marks a copy that cannot be read."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per backup."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Date, kind, size and three counts."""
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        tr = QCoreApplication.translate
        return (
            tr("Backups", "Date"),
            tr("Backups", "Kind"),
            tr("Backups", "Size"),
            tr("Backups", "Groups"),
            tr("Backups", "Members"),
            tr("Backups", "Revenue entries"),
        )[section]

    COUNTED: ClassVar[dict[int, str]] = {3: "groups", 4: "members", 5: "revenue"}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, native sort values and the BackupInfo itself."""
        if not index.isValid():
            return None
        info, counts = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return info
        if role == SortRole:
            natives = (info.taken.isoformat(), info.reason, info.size)
            return natives[column] if column < 3 else (counts or {}).get(self.COUNTED[column], -1)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, counts, column)
        return None

    def _display(self, info: backups.BackupInfo, counts: dict[str, int] | None, column: int) -> str:
        locale = QLocale()
        if column == self.DATE:
            return info.taken.strftime("%Y-%m-%d %H:%M")
        if column == self.KIND:
            return reason_label(info.reason)
        if column == self.SIZE:
            return locale.formattedDataSize(info.size)
        if counts is None:
            return QCoreApplication.translate("Backups", "unreadable")
        return locale.toString(counts.get(self.COUNTED[column], 0))

    def row_at(self, row: int) -> tuple[backups.BackupInfo, dict[str, int] | None]:
        """The backup and its counts in `row`."""
        return self._rows[row]


class RestoreDialog(QDialog):
    """Lists the backups of the open database; `chosen` is the one to restore."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.database = database
        self.chosen: Path | None = None
        self._current = backups.table_counts(database.path) if database.path.exists() else {}
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(980, 560)
        folder = backups.backup_folder(self.database.path, self.database.backup_folder)
        self.intro = QLabel(
            self.tr(
                "QunDesk copies your database every day and before every upgrade, import, "
                "bulk delete and restore. Restoring puts the chosen copy in place of the "
                "current file; the current file is backed up first, so a restore can itself "
                "be undone. Backups are in %1."
            ).replace("%1", str(folder)),
            self,
        )
        self.intro.setObjectName("restoreIntro")
        self.intro.setWordWrap(True)
        self.model = BackupListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.details = QTableWidget(0, 2, self)
        self.details.setObjectName("backupDetails")
        self.details.setHorizontalHeaderLabels([self.tr("In the backup"), self.tr("Now")])
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.details.verticalHeader().setDefaultSectionSize(22)
        self.empty = QLabel(self.tr("There are no backups of this database yet."), self)
        self.empty.setObjectName("restoreEmpty")
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore this backup…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._on_restore)

    def reload(self) -> None:
        """Read the backup folder again."""
        rows: list[tuple[backups.BackupInfo, dict[str, int] | None]] = []
        for info in backups.list_backups(self.database.path, self.database.backup_folder):
            try:
                rows.append((info, backups.table_counts(info.path)))
            except sqlite3.Error:
                rows.append((info, None))
        self.model.set_backups(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._on_current_changed(self.table.currentIndex())

    def selected(self) -> backups.BackupInfo | None:
        """The backup of the current row."""
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _on_current_changed(self, index: QModelIndex, *_args: object) -> None:
        counts = self.model.row_at(index.row())[1] if index.isValid() else None
        self.restore_button.setEnabled(counts is not None)
        tables = list(counts or {})
        tables += [t for t in self._current if t not in tables]
        # internal bookkeeping tables without rows say nothing to the owner
        tables = [
            t for t in tables
            if table_label(t) != t or (counts or {}).get(t) or self._current.get(t)
        ]  # fmt: skip
        self.details.setRowCount(len(tables))
        self.details.setVerticalHeaderLabels([table_label(t) for t in tables])
        locale = QLocale()
        for row, table in enumerate(tables):
            for column, source in enumerate((counts or {}, self._current)):
                value = source.get(table)
                item = QTableWidgetItem("" if value is None else locale.toString(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.details.setItem(row, column, item)

    def _on_restore(self, *_args: object) -> None:
        info = self.selected()
        if info is None:
            return
        if not self.confirm(self, info):
            return
        self.chosen = info.path
        self.accept()

    @classmethod
    def confirm(cls, parent: QWidget, info: backups.BackupInfo) -> bool:
        """Ask before restoring (tests patch this)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Backups", "Restore a backup"),
            QCoreApplication.translate(
                "Backups",
                "Replace the current database with the backup of %1?\n\nThe current file "
                "is backed up first, so you can come back to it with another restore.",
            ).replace("%1", info.taken.strftime("%Y-%m-%d %H:%M")),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        return answer == buttons.Yes

    @classmethod
    def ask(cls, parent: QWidget | None, database: Database) -> Path | None:
        """Show the list; the backup chosen (and confirmed) to restore, or None."""
        dialog = cls(database, parent)
        try:
            return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
