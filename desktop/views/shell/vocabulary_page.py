"""The owner's own words for roles, purposes, stages, event types and categories.

Purposes, value types, event types and revenue categories also take entries of the owner's
(a new category says whether it is direct income, indirect income or an expense); roles and
lifecycle stages can only be renamed.
"""

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

from desktop.models.calendar.events import relabelled_types
from desktop.models.core.codes import CategoryKind, category_kind
from desktop.models.core.vocabulary import (
    DOMAIN_ENUMS,
    EXTENSIBLE,
    Word,
    list_vocabulary,
    save_vocabulary,
    usage_count,
)
from desktop.models.storage.db import Database
from desktop.views.common.labels import builtin_label, choices, label_for

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
    kind: str = ""  # categories: a CategoryKind code


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


def domain_notes() -> dict[str, str]:
    """One short line under the list picker, per domain."""
    tr = QCoreApplication.translate
    fixed = tr(
        "VocabularyPage",
        "Roles and lifecycle stages can only be renamed: their order drives the pyramid, "
        "the level mix and the stage hints.",
    )
    added = tr("VocabularyPage", "Add your own entries; one in use cannot be deleted.")
    return {
        "role": fixed,
        "lifecycle": fixed,
        "purpose": added,
        "value_type": added,
        "event_type": tr(
            "VocabularyPage",
            "Your own event types show in the calendar like other activities and count as "
            "events held.",
        ),
        "category": tr(
            "VocabularyPage",
            "A new category counts as direct income, indirect income or an expense; "
            "choose before adding it.",
        ),
    }


class VocabularyModel(QAbstractTableModel):
    """The codes of one domain; the Chinese and English words are editable."""

    BUILTIN, ZH, EN, KIND = range(4)
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
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Built-in word"),
            self.tr("中文"),
            self.tr("English"),
            self.tr("Counts as"),
        )[section]

    def remove(self, row: int) -> VocabularyRow:
        """Take a row out of the table; returns it."""
        self.beginRemoveRows(QModelIndex(), row, row)
        found = self.rows.pop(row)
        self.endRemoveRows()
        return found

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
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in self._EDITABLE:
            return self.tr("Leave empty to use the built-in word")
        return None

    def _text(self, row: VocabularyRow, column: int) -> str:
        if column == self.BUILTIN:
            return row.builtin or self.tr("(your own entry)")
        if column == self.KIND:
            return label_for(CategoryKind, row.kind) if row.kind else ""
        return row.label_zh if column == self.ZH else row.label_en

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
    """Pick a domain, then rename its entries, add the owner's own or delete an unused one."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularyPage")
        self.database = database
        self._rows: dict[str, list[VocabularyRow]] = {}
        self._deleted: dict[str, list[str]] = {}
        self._load()
        self._build_ui()
        self._connect_signals()
        self._on_domain_changed()

    def _load(self) -> None:
        stored = {(e.domain, e.code): e for e in list_vocabulary(self.database)}
        self._deleted = {}
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
                        self._kind(domain, member.value),
                    )
                )
            self._rows[domain] = rows
        for (domain, code), entry in stored.items():  # the owner's own entries
            if domain in self._rows:
                self._rows[domain].append(
                    VocabularyRow(
                        code, "", entry.label_zh, entry.label_en, self._kind(domain, code)
                    )
                )

    @staticmethod
    def _kind(domain: str, code: str) -> str:
        found = category_kind(code) if domain == "category" else None
        return found.value if found is not None else ""

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
        self.domain.setAccessibleName(self.tr("List"))
        for domain, title in domain_titles().items():
            self.domain.addItem(title, domain)
        domain_label = QLabel(self.tr("&List:"), self)
        domain_label.setBuddy(self.domain)
        self.kind = QComboBox(self)
        self.kind.setObjectName("vocabularyKind")
        self.kind.setAccessibleName(self.tr("A new category counts as"))
        for code, text in choices(CategoryKind):
            self.kind.addItem(text, code)
        self.kind_label = QLabel(self.tr("&New one counts as:"), self)
        self.kind_label.setBuddy(self.kind)
        self.add_button = QPushButton(self.tr("&Add entry"), self)
        self.add_button.setObjectName("vocabularyAdd")
        self.delete_button = QPushButton(self.tr("&Delete entry"), self)
        self.delete_button.setObjectName("vocabularyDelete")
        self.delete_button.setToolTip(self.tr("Only your own entries, and only when unused"))
        self.note = QLabel(self)
        self.note.setObjectName("vocabularyNote")
        self.note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("vocabularyMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self._build_table()
        top = QHBoxLayout()
        top.addWidget(domain_label)
        top.addWidget(self.domain, 1)
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def _build_table(self) -> None:
        self.model = VocabularyModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("vocabularyTable")
        self.table.setAccessibleName(self.tr("Words of the chosen list"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VocabularyModel.KIND, QHeaderView.ResizeMode.ResizeToContents)

    def _connect_signals(self) -> None:
        self.domain.currentIndexChanged.connect(self._on_domain_changed)
        self.add_button.clicked.connect(self._on_add)
        self.delete_button.clicked.connect(self._on_delete)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_changed)

    def current_domain(self) -> str:
        """The domain whose entries are shown."""
        return str(self.domain.currentData())

    def current_row(self) -> VocabularyRow | None:
        """The selected row, if any."""
        index = self.table.currentIndex()
        return self.model.data(index, RowRole) if index.isValid() else None

    def _on_domain_changed(self, *_args: object) -> None:
        domain = self.current_domain()
        self.model.set_rows(self._rows[domain])
        is_category = domain == "category"
        self.table.setColumnHidden(VocabularyModel.KIND, not is_category)
        self.kind.setVisible(is_category)
        self.kind_label.setVisible(is_category)
        self.add_button.setEnabled(domain in EXTENSIBLE)
        self.add_button.setToolTip(
            "" if domain in EXTENSIBLE else self.tr("Roles and stages can only be renamed")
        )
        self.note.setText(domain_notes()[domain])
        self.message.hide()
        self._on_current_changed()

    def _on_current_changed(self, *_args: object) -> None:
        row = self.current_row()
        self.delete_button.setEnabled(row is not None and not row.builtin)

    def _on_add(self) -> None:
        kind = str(self.kind.currentData()) if self.current_domain() == "category" else ""
        index = self.model.append(VocabularyRow(None, "", "", "", kind))
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _on_delete(self) -> None:
        """Drop the selected own entry (saved with the rest); refused while records use it."""
        index = self.table.currentIndex()
        row = self.current_row()
        if row is None or row.builtin:
            return
        domain = self.current_domain()
        if row.code is not None:
            uses = usage_count(self.database, domain, row.code)
            if uses:
                self.message.setText(
                    self._in_use(domain, uses).replace(
                        "%1", row.label_zh or row.label_en or row.code
                    )
                )
                self.message.show()
                return
            self._deleted.setdefault(domain, []).append(row.code)
        self.model.remove(index.row())
        self.message.hide()
        self._on_current_changed()

    def _in_use(self, domain: str, uses: int) -> str:
        """Why an entry stays: how many records of which kind use it ("%1" is its word)."""
        if domain == "category":
            return self.tr(
                "“%1” is used by %n ledger entry(s) or partner share(s); change them before "
                "deleting it.",
                "",
                uses,
            )
        if domain == "event_type":
            return self.tr(
                "“%1” is used by %n event(s); change their type before deleting it.", "", uses
            )
        return self.tr("“%1” is used by %n group(s); change them before deleting it.", "", uses)

    def save(self) -> None:
        """Write every list's words in one transaction; ValidationError names the row."""
        save_vocabulary(
            self.database,
            {
                domain: [
                    Word(row.code, row.label_zh, row.label_en, row.kind)
                    for row in rows
                    if row.code is not None or row.label_zh or row.label_en
                ]
                for domain, rows in self._rows.items()
            },
            self._deleted,
            relabelled=relabelled_types(self.database),  # calendars see renamed types
        )
        self._load()
        self._on_domain_changed()
