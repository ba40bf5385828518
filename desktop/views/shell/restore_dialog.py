"""Restore: the list of backups with date, kind, size and rows per table; pick one to restore."""

from __future__ import annotations

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
    QCheckBox,
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

from desktop.models.core.errors import DataError
from desktop.models.storage import backups
from desktop.models.storage.db import Database

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
        "partner_payouts": tr("Backups", "Partner payouts"),
        "vocabulary": tr("Backups", "Own words"),
        "settings": tr("Backups", "Settings"),
        "rule_history": tr("Backups", "Rule history"),
        "trash": tr("Backups", "Trash"),
    }
    return names.get(table, table)


def origin_label(origin: str) -> str:
    """Whose a backup is, in words."""
    tr = QCoreApplication.translate
    return {
        backups.ORIGIN_OWN: tr("Backups", "This database"),
        backups.ORIGIN_OTHER: tr("Backups", "Another database"),
        backups.ORIGIN_UNKNOWN: tr("Backups", "Origin unknown"),
    }.get(origin, origin)


class BackupListModel(QAbstractTableModel):
    """The backups of one database, newest first, with their main row counts and origin."""

    DATE, KIND, SIZE, GROUPS, MEMBERS, REVENUE, ORIGIN = range(7)

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
        """Date, kind, size, three counts and whose it is."""
        return 0 if parent.isValid() else 7

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
            tr("Backups", "Origin"),
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
            if column in self.COUNTED:
                return (counts or {}).get(self.COUNTED[column], -1)
            return info.origin if column == self.ORIGIN else natives[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, counts, column)
        return self._decoration(info, column, role)

    def _decoration(self, info: backups.BackupInfo, column: int, role: int) -> Any:
        """Alignment of the numbers; the origin's tooltip says where the copy came from."""
        if role == Qt.ItemDataRole.TextAlignmentRole and self.SIZE <= column < self.ORIGIN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ORIGIN and info.copied_from:
            return QCoreApplication.translate("Backups", "Copied from %1").replace(
                "%1", info.copied_from
            )
        return None

    def _display(self, info: backups.BackupInfo, counts: dict[str, int] | None, column: int) -> str:
        locale = QLocale()
        if column == self.DATE:
            return info.taken.strftime("%Y-%m-%d %H:%M")
        if column == self.KIND:
            return reason_label(info.reason)
        if column == self.SIZE:
            return locale.formattedDataSize(info.size)
        if column == self.ORIGIN:
            return origin_label(info.origin)
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
        self._problems: dict[Path, str] = {}  # why a listed copy cannot be restored
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
        self.show_others = QCheckBox(
            self.tr("Also show backups with this name that belong to &another database"), self
        )
        self.show_others.setObjectName("restoreShowOthers")
        self.warning = QLabel(self)
        self.warning.setObjectName("restoreWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
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
        layout.addWidget(self.warning)
        row = QHBoxLayout()
        row.addWidget(self.show_others)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._on_restore)
        self.show_others.toggled.connect(self.reload)

    def reload(self, *_args: object) -> None:
        """Read the backup folder again."""
        # Copies of unknown origin (made by an older QunDesk) are listed, marked; another
        # database's only when asked for. Either needs a second confirmation to restore.
        origins = [backups.ORIGIN_OWN, backups.ORIGIN_UNKNOWN]
        if self.show_others.isChecked():
            origins.append(backups.ORIGIN_OTHER)
        rows: list[tuple[backups.BackupInfo, dict[str, int] | None]] = []
        self._problems = {}
        listed = backups.list_backups(
            self.database.path, self.database.backup_folder, origins=origins
        )
        for info in listed:
            try:
                problem = backups.structure_problem(info.path)
                counts = None if problem else backups.table_counts(info.path)
            except (OSError, DataError) as exc:
                problem, counts = str(exc), None
            if problem:
                self._problems[info.path] = problem
            rows.append((info, counts))
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
        info, counts = self.model.row_at(index.row()) if index.isValid() else (None, None)
        self.restore_button.setEnabled(counts is not None)
        self._show_warning(info)
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

    def _show_warning(self, info: backups.BackupInfo | None) -> None:
        tr = QCoreApplication.translate
        text = ""
        if info is not None and info.path in self._problems:
            text = tr("Backups", "This backup cannot be restored: %1").replace(
                "%1", self._problems[info.path]
            )
        elif info is not None and info.origin == backups.ORIGIN_OTHER:
            text = tr(
                "Backups",
                "This backup belongs to another database (copied from %1), not to the one "
                "open now.",
            ).replace("%1", info.copied_from or "?")
        elif info is not None and info.origin == backups.ORIGIN_UNKNOWN:
            text = tr(
                "Backups",
                "This backup was made by an older QunDesk, which did not record which "
                "database it came from.",
            )
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _on_restore(self, *_args: object) -> None:
        info = self.selected()
        if info is None or not self.restore_button.isEnabled():
            return
        confirm = self.confirm if info.origin == backups.ORIGIN_OWN else self.confirm_other
        if not confirm(self, info):
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
    def confirm_other(cls, parent: QWidget, info: backups.BackupInfo) -> bool:
        """Ask before restoring a backup not known to be this database's (tests patch this)."""
        tr = QCoreApplication.translate
        buttons = QMessageBox.StandardButton
        if info.origin == backups.ORIGIN_OTHER:
            whose = tr(
                "Backups",
                "This backup belongs to another database: it was copied from %1.",
            ).replace("%1", info.copied_from or "?")
        else:
            whose = tr(
                "Backups",
                "Nobody can tell which database this backup came from: an older QunDesk "
                "made it without recording that.",
            )
        answer = QMessageBox.question(
            parent,
            tr("Backups", "Restore a backup of another database?"),
            whose
            + "\n\n"
            + tr(
                "Backups",
                "Restoring it replaces everything in the database open now with that "
                "database's data from %1. The current file is backed up first. Restore it "
                "anyway?",
            ).replace("%1", info.taken.strftime("%Y-%m-%d %H:%M")),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        return answer == buttons.Yes

    @classmethod
    def ask(cls, parent: QWidget | None, database: Database) -> Path | None:
        """Show the list; the backup chosen (and confirmed) to restore, or None.

        A backup of another database (or of unknown origin) is returned only after the
        owner confirmed it in `confirm_other`.
        """
        dialog = cls(database, parent)
        try:
            return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
