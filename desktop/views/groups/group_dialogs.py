"""Small dialogs of the Groups tab: a name or rule text, a lifecycle stage, dissolving."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Lifecycle
from desktop.views.common.date_range import from_qdate, to_qdate
from desktop.views.common.labels import choices


def _date_edit(
    parent: QWidget, name: str, day: dt.date, earliest: dt.date, latest: dt.date
) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(to_qdate(earliest), to_qdate(latest))
    edit.setDate(to_qdate(min(max(day, earliest), latest)))
    return edit


class TextDialog(QDialog):
    """Ask for one piece of text (a name, a rule); OK stays off while it is blank."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        text: str = "",
        *,
        multiline: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("textDialog")
        self.setWindowTitle(title)
        self._multiline = multiline
        self._build_ui(prompt, text)
        self._connect_signals()
        self._on_text_changed()

    def _build_ui(self, prompt: str, text: str) -> None:
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        if self._multiline:
            self.editor: QLineEdit | QPlainTextEdit = QPlainTextEdit(text, self)
            self.editor.setMinimumSize(420, 110)
            self.editor.setTabChangesFocus(True)  # Tab reaches the buttons
        else:
            self.editor = QLineEdit(text, self)
            self.editor.setMinimumWidth(320)
            self.editor.selectAll()
        self.editor.setObjectName("dialogText")
        label.setBuddy(self.editor)
        layout.addWidget(self.editor)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.editor.textChanged.connect(self._on_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def text(self) -> str:
        """The text as typed, trimmed."""
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText().strip()
        return self.editor.text().strip()

    def _on_text_changed(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        prompt: str,
        text: str = "",
        *,
        multiline: bool = False,
    ) -> str | None:
        """Run the dialog; the trimmed text, or None when cancelled."""
        dialog = cls(parent, title, prompt, text, multiline=multiline)
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class StageChoice(NamedTuple):
    """A lifecycle stage to record, from a day on, with a note."""

    stage: str
    began_on: dt.date
    note: str


class StageDialog(QDialog):
    """Pick the stage a group entered and the day it began."""

    def __init__(
        self,
        parent: QWidget | None,
        current: str | None,
        earliest: dt.date,
        today: dt.date,
        suggested: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stageDialog")
        self.setWindowTitle(self.tr("Change lifecycle stage"))
        form = QFormLayout(self)
        self.stage = QComboBox(self)
        self.stage.setObjectName("stageChoice")
        # Dissolving has its own action: it also archives the group.
        for code, text in choices(Lifecycle):
            if code not in (current, Lifecycle.DISSOLVED):
                self.stage.addItem(text, code)
        if suggested is not None and self.stage.findData(suggested) >= 0:
            self.stage.setCurrentIndex(self.stage.findData(suggested))
        self.began = _date_edit(self, "stageBegan", today, earliest, max(today, earliest))
        self.note = QLineEdit(self)
        self.note.setObjectName("stageNote")
        self.note.setPlaceholderText(self.tr("Why, in a few words (optional)"))
        form.addRow(self.tr("New stage:"), self.stage)
        form.addRow(self.tr("Began on:"), self.began)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> StageChoice:
        """What the owner picked."""
        return StageChoice(
            str(self.stage.currentData()), from_qdate(self.began.date()), self.note.text().strip()
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        current: str | None,
        earliest: dt.date,
        today: dt.date,
        suggested: str | None = None,
    ) -> StageChoice | None:
        """Run the dialog; the chosen stage, or None when cancelled."""
        dialog = cls(parent, current, earliest, today, suggested)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class DissolveChoice(NamedTuple):
    """Archive only, or dissolve on a day with a note."""

    dissolve: bool
    on: dt.date
    note: str


class DissolveDialog(QDialog):
    """Archive a group (hide it) or dissolve it (record the end of its life, then archive)."""

    def __init__(
        self, parent: QWidget | None, name: str, earliest: dt.date, today: dt.date
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dissolveDialog")
        self.setWindowTitle(self.tr("Archive or dissolve “%1”").replace("%1", name))
        layout = QVBoxLayout(self)
        self.archive_only = QRadioButton(
            self.tr("Archive only: hide it from everyday lists; its stage stays as it is."), self
        )
        self.archive_only.setObjectName("archiveOnly")
        self.dissolve = QRadioButton(
            self.tr(
                "Dissolve: the group met its purpose or came to an end. Records the "
                "dissolved stage and archives it; members, events and money are kept."
            ),
            self,
        )
        self.dissolve.setObjectName("dissolveGroup")
        self.dissolve.setChecked(True)
        for button in (self.archive_only, self.dissolve):
            layout.addWidget(button)
        form = QFormLayout()
        self.on = _date_edit(self, "dissolveOn", today, earliest, max(today, earliest))
        self.note = QLineEdit(self)
        self.note.setObjectName("dissolveNote")
        self.note.setPlaceholderText(self.tr("e.g. purpose met, moved to a new group"))
        form.addRow(self.tr("Dissolved on:"), self.on)
        form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = QPushButton(self.tr("Apply"), self)
        self.ok.setDefault(True)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.dissolve.toggled.connect(self._on_mode_changed)
        self.setMinimumWidth(460)

    def _on_mode_changed(self, dissolve: bool) -> None:
        self.on.setEnabled(dissolve)
        self.note.setEnabled(dissolve)

    def choice(self) -> DissolveChoice:
        """What the owner picked."""
        return DissolveChoice(
            self.dissolve.isChecked(), from_qdate(self.on.date()), self.note.text().strip()
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, name: str, earliest: dt.date, today: dt.date
    ) -> DissolveChoice | None:
        """Run the dialog; the choice, or None when cancelled."""
        dialog = cls(parent, name, earliest, today)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
