"""The owner's own words for roles, purposes, stages, event types and categories."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.models.vocabulary import (
    DOMAIN_ENUMS,
    EXTENSIBLE,
    Word,
    list_vocabulary,
    save_vocabulary,
)
from desktop.views.labels import builtin_label

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


@dataclass
class VocabularyRow:
    """One code in the table: its built-in label and the owner's words (None = new entry)."""

    code: str | None
    builtin: str
    label_zh: str
    label_en: str


def domain_titles() -> dict[str, str]:
    """The editable domains with their titles, in menu order."""
    tr = QCoreApplication.translate
    return {
        "role": tr("VocabularyPage", "Roles"),
        "purpose": tr("VocabularyPage", "Purposes"),
        "value_type": tr("VocabularyPage", "Value types"),
        "lifecycle": tr("VocabularyPage", "Lifecycle stages"),
        "event_type": tr("VocabularyPage", "Event types"),
        "category": tr("VocabularyPage", "Revenue categories"),
    }


class VocabularyModel(QAbstractTableModel):
    """The codes of one domain; the Chinese and English words are editable."""

    BUILTIN, ZH, EN = range(3)
    _EDITABLE: ClassVar[tuple[int, ...]] = (ZH, EN)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[VocabularyRow] = []

    def set_rows(self, rows: list[VocabularyRow]) -> None:
        """Show these rows (the model keeps the same objects, so edits reach the caller)."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def append(self, row: VocabularyRow) -> QModelIndex:
        """Add a row at the end; returns the index of its Chinese cell."""
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()
        return self.index(len(self.rows) - 1, self.ZH)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Built-in word"), self.tr("中文"), self.tr("English"))[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self._EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SortRole):
            if index.column() == self.BUILTIN:
                return row.builtin or self.tr("(your own entry)")
            return row.label_zh if index.column() == self.ZH else row.label_en
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in self._EDITABLE:
            return self.tr("Leave empty to use the built-in word")
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() not in self._EDITABLE:
            return False
        row = self.rows[index.row()]
        text = str(value or "").strip()
        if index.column() == self.ZH:
            row.label_zh = text
        else:
            row.label_en = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True


class VocabularyPage(QWidget):
    """Pick a domain, then rename its entries (or add one, for purposes and value types)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularyPage")
        self.database = database
        self._rows: dict[str, list[VocabularyRow]] = {}
        self._load()
        self._build_ui()
        self._connect_signals()
        self._on_domain_changed()

    def _load(self) -> None:
        stored = {(e.domain, e.code): e for e in list_vocabulary(self.database)}
        for domain, enum in DOMAIN_ENUMS.items():
            rows = []
            for member in enum:
                found = stored.pop((domain, member.value), None)
                rows.append(
                    VocabularyRow(
                        member.value,
                        builtin_label(enum, member.value),
                        found.label_zh if found else "",
                        found.label_en if found else "",
                    )
                )
            self._rows[domain] = rows
        for (domain, code), entry in stored.items():  # the owner's own entries
            if domain in self._rows:
                self._rows[domain].append(VocabularyRow(code, "", entry.label_zh, entry.label_en))

    def _build_ui(self) -> None:
        intro = QLabel(
            self.tr(
                "Use your own words for these lists. They show in every tab and in exports; "
                "leave a word empty to keep the built-in one."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.domain = QComboBox(self)
        self.domain.setObjectName("vocabularyDomain")
        for domain, title in domain_titles().items():
            self.domain.addItem(title, domain)
        domain_label = QLabel(self.tr("&List:"), self)
        domain_label.setBuddy(self.domain)
        self.add_button = QPushButton(self.tr("&Add entry"), self)
        self.add_button.setObjectName("vocabularyAdd")
        self.add_button.setToolTip(self.tr("Only purposes and value types take new entries"))
        self.model = VocabularyModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("vocabularyTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(domain_label)
        top.addWidget(self.domain, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _connect_signals(self) -> None:
        self.domain.currentIndexChanged.connect(self._on_domain_changed)
        self.add_button.clicked.connect(self._on_add)

    def current_domain(self) -> str:
        """The domain whose entries are shown."""
        return str(self.domain.currentData())

    def _on_domain_changed(self, *_args: object) -> None:
        domain = self.current_domain()
        self.model.set_rows(self._rows[domain])
        self.add_button.setEnabled(domain in EXTENSIBLE)

    def _on_add(self) -> None:
        index = self.model.append(VocabularyRow(None, "", "", ""))
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def save(self) -> None:
        """Write every list's words in one transaction; ValidationError names the row."""
        save_vocabulary(
            self.database,
            {
                domain: [
                    Word(row.code, row.label_zh, row.label_en)
                    for row in rows
                    if row.code is not None or row.label_zh or row.label_en
                ]
                for domain, rows in self._rows.items()
            },
        )
        self._load()
        self._on_domain_changed()
