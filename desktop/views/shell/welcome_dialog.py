"""The first-run welcome: start empty, open the demo, or import a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

START_EMPTY = "empty"
OPEN_DEMO = "demo"
IMPORT_SHEET = "import"


class WelcomeDialog(QDialog):
    """Three ways to begin; `ask` returns START_EMPTY, OPEN_DEMO, IMPORT_SHEET or None."""

    def __init__(self, parent: QWidget | None, database_path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to QunDesk"))
        self.choice: str | None = None
        self._build_ui(database_path)
        self._connect_signals()

    def _build_ui(self, database_path: Path) -> None:
        title = QLabel(self.tr("Welcome to QunDesk 群台"), self)
        title.setObjectName("welcomeTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Keep your groups, members, activities, revenue and goals in one place, "
                "and judge each group against its own purpose. How would you like to begin?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.empty_button = self._choice(
            "welcomeEmpty",
            self.tr("Start empty"),
            self.tr(
                "Set up your first group in a few steps: its purpose, the value it offers "
                "its members, its structure and a goal or two."
            ),
        )
        self.demo_button = self._choice(
            "welcomeDemo",
            self.tr("Open the demo"),
            self.tr(
                "Look around first: five made-up groups with 300 members, a year of "
                "activities, revenue and goals. Your own database stays untouched."
            ),
        )
        self.import_button = self._choice(
            "welcomeImport",
            self.tr("Import my spreadsheet"),
            self.tr("Bring in the member list you keep today, from Excel (.xlsx) or CSV."),
        )
        self.empty_button.setDefault(True)
        where = QLabel(
            self.tr("Everything stays on this computer, in %1").replace(
                "%1", str(database_path.parent)
            ),
            self,
        )
        where.setObjectName("welcomeWhere")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(self)
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("welcomeQuit")
        self.quit_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        for button in (self.empty_button, self.demo_button, self.import_button):
            layout.addWidget(button)
        layout.addSpacing(6)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _choice(self, name: str, text: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        return button

    def _connect_signals(self) -> None:
        self.empty_button.clicked.connect(lambda: self._on_choice(START_EMPTY))
        self.demo_button.clicked.connect(lambda: self._on_choice(OPEN_DEMO))
        self.import_button.clicked.connect(lambda: self._on_choice(IMPORT_SHEET))
        self.buttons.rejected.connect(self.reject)

    def _on_choice(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, database_path: Path) -> str | None:
        """Run the dialog; the way the owner chose to begin, or None to quit."""
        dialog = cls(parent, database_path)
        try:
            return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
