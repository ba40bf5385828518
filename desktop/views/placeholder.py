"""A tab that says what it will hold, until its own screen is built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.models.db import Database
from desktop.models.scope import Scope


class PlaceholderTab(QWidget):
    """A titled, centred description; follows the scope like a real tab would."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope: Scope | None = None
        self.title = QLabel(title, self)
        self.title.setObjectName("placeholderTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(description, self)
        self.description.setObjectName("placeholderDescription")
        self.description.setWordWrap(True)
        # A fixed width lets the wrapped label compute its height (centred labels clip otherwise).
        self.description.setFixedWidth(520)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.description):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_database(self, database: Database) -> None:
        """Point the tab at another database."""

    def set_scope(self, scope: Scope) -> None:
        """Show data for this group and date range."""
        self.scope = scope
