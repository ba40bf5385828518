"""A text for the chat, previewed and editable before one click copies it to the clipboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.storage.db import Database
from desktop.models.texts.render import Piece
from desktop.models.texts.templates import TextKind
from desktop.models.texts.words import text_language
from desktop.views.texts.template_editor import TemplateEditor

# (language) → the texts to show, in that language
Renderer = Callable[[str], list[Piece]]


def ui_text_language() -> str:
    """The language of the texts: the UI's (zh_CN, zh_TW or en)."""
    return text_language(QLocale().name())


class TextPreview(QDialog):
    """One or more texts (a list on the left when several); "Copy" copies the one shown."""

    def __init__(
        self,
        database: Database,
        title: str,
        kinds: tuple[TextKind, ...],
        render: Renderer,
        parent: QWidget | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("textPreview")
        self.setWindowTitle(title)
        self.database = database
        self.kinds = kinds
        self.renderer = render
        self.language = ui_text_language()
        self.pieces: list[Piece] = []
        self.edited: dict[int, str] = {}  # the owner's changes per piece, until re-rendered
        self._build_ui(note)
        self._connect_signals()
        self.reload()

    def _build_ui(self, note: str) -> None:
        self.note = QLabel(note, self)
        self.note.setObjectName("textNote")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.list = QListWidget(self)
        self.list.setObjectName("textPieces")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("textEditor")
        self.status = QLabel(self)
        self.status.setObjectName("textStatus")
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("textCopy")
        self.copy_button.setDefault(True)
        self.copy_button.setToolTip(self.tr("Copy this text, then paste it in the chat"))
        self.template_button = QPushButton(self.tr("Edit the wording…"), self)
        self.template_button.setObjectName("textTemplate")
        self.template_button.setToolTip(
            self.tr("Change the template this text is made from (kept for next time)")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("textButtons")
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.editor, 3)
        actions = QHBoxLayout()
        actions.addWidget(self.template_button)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(body, 1)
        layout.addLayout(actions)

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self._on_row)
        self.editor.textChanged.connect(self._on_edited)
        self.copy_button.clicked.connect(self.copy)
        self.template_button.clicked.connect(self._on_template)
        self.buttons.rejected.connect(self.reject)

    def reload(self) -> None:
        """Render the texts again (after the wording changed); the owner's edits are dropped."""
        self.pieces = self.renderer(self.language)
        self.edited = {}
        self.list.blockSignals(True)
        self.list.clear()
        for piece in self.pieces:
            self.list.addItem(piece.label or self.tr("All, for you"))
        self.list.blockSignals(False)
        self.list.setVisible(len(self.pieces) > 1)
        self.list.setCurrentRow(0)
        self._on_row(0)

    def _on_row(self, row: int) -> None:
        if not 0 <= row < len(self.pieces):
            return
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.edited.get(row, self.pieces[row].text))
        self.editor.blockSignals(False)
        self.status.clear()

    def _on_edited(self) -> None:
        self.edited[self.list.currentRow()] = self.editor.toPlainText()
        self.status.clear()

    def text(self) -> str:
        """The text shown, with the owner's changes."""
        return self.editor.toPlainText()

    def copy(self) -> None:
        """Put the text shown on the clipboard as plain text."""
        QApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("Copied: paste it in the chat."))

    def _on_template(self) -> None:
        if TemplateEditor.ask(self, self.database, self.kinds, self.language):
            self.reload()

    @classmethod
    def show_text(
        cls,
        parent: QWidget | None,
        database: Database,
        title: str,
        kinds: tuple[TextKind, ...],
        render: Renderer,
        note: str = "",
    ) -> None:
        """Run the preview until it is closed."""
        dialog = cls(database, title, kinds, render, parent, note)
        dialog.resize(760, 520)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
