"""Edit the wording of a text for the chat: its template, placeholders listed, default back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.storage.db import Database
from desktop.models.texts.templates import (
    TextKind,
    default_template,
    placeholders,
    save_template,
    template,
    unknown_placeholders,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChatTexts", text)


def kind_label(kind: TextKind) -> str:
    """A kind of text in the UI language."""
    return {
        TextKind.NOTICE: _tr("Group notice and rules"),
        TextKind.SIGNUP: _tr("接龙 sign-up"),
        TextKind.RENEWAL: _tr("Renewal reminder (one per member)"),
        TextKind.RENEWAL_LIST: _tr("Renewal list (for you)"),
        TextKind.WEEKLY: _tr("Weekly group report"),
        TextKind.WELCOME: _tr("Welcome message"),
    }[kind]


class TemplateEditor(QDialog):
    """The templates of one or more kinds of text in one language; OK keeps the edits."""

    def __init__(
        self,
        database: Database,
        kinds: tuple[TextKind, ...],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Edit the wording"))
        self.database = database
        self.language = language
        self.kinds = kinds
        # the text being edited per kind, all saved together on OK
        self.texts = {kind: template(database, kind, language) for kind in kinds}
        self._build_ui()
        self._connect_signals()
        self._show_kind(kinds[0])

    def _build_ui(self) -> None:
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("templateKind")
        for kind in self.kinds:
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.kind_box.setVisible(len(self.kinds) > 1)
        self.hint = QLabel(
            self.tr("Words in braces are filled in from your data; click one to insert it."),
            self,
        )
        self.hint.setWordWrap(True)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(4)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("templateText")
        self.warning = QLabel(self)
        self.warning.setObjectName("templateWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e")
        self.warning.hide()
        self.restore_button = QPushButton(self.tr("Restore default"), self)
        self.restore_button.setObjectName("templateRestore")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("templateButtons")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_box)
        layout.addWidget(self.hint)
        layout.addLayout(self.chips)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.kind_box.currentIndexChanged.connect(lambda _n: self._show_kind(self.kind))
        self.editor.textChanged.connect(self._on_text_changed)
        self.restore_button.clicked.connect(self._on_restore)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    @property
    def kind(self) -> TextKind:
        """The kind of text being edited."""
        return TextKind(self.kind_box.currentData())

    def placeholder_buttons(self) -> list[QPushButton]:
        """The buttons that insert a placeholder, in order."""
        items = [self.chips.itemAt(n) for n in range(self.chips.count())]
        found = [item.widget() for item in items if item is not None]
        return [w for w in found if isinstance(w, QPushButton)]

    def _show_kind(self, kind: TextKind) -> None:
        for button in self.placeholder_buttons():
            self.chips.removeWidget(button)
            button.deleteLater()
        while self.chips.count():  # the stretch after them
            self.chips.takeAt(0)
        for _key, name in placeholders(kind, self.language):
            chip = QPushButton("{" + name + "}", self)
            chip.setObjectName("templatePlaceholder")
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.clicked.connect(lambda _c=False, n=name: self.insert_placeholder(n))
            self.chips.addWidget(chip)
        self.chips.addStretch(1)
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.texts[kind])
        self.editor.blockSignals(False)
        self._on_text_changed()

    def insert_placeholder(self, name: str) -> None:
        """Put "{name}" at the cursor."""
        self.editor.insertPlainText("{" + name + "}")
        self.editor.setFocus()

    def _on_text_changed(self) -> None:
        text = self.editor.toPlainText()
        self.texts[self.kind] = text
        unknown = unknown_placeholders(text, self.kind, self.language)
        names = "、".join("{" + name + "}" for name in unknown)
        self.warning.setText(
            self.tr("Not a placeholder of this text, left as written: %1").replace("%1", names)
        )
        self.warning.setVisible(bool(unknown))

    def _on_restore(self) -> None:
        self.editor.setPlainText(default_template(self.kind, self.language))

    def _on_ok(self) -> None:
        for kind, text in self.texts.items():
            save_template(self.database, kind, self.language, text)
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        database: Database,
        kinds: tuple[TextKind, ...],
        language: str,
    ) -> bool:
        """Run the editor; whether the owner kept their edits (OK)."""
        dialog = cls(database, kinds, language, parent)
        dialog.resize(680, 480)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
