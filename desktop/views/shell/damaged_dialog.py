"""A damaged database: explain in plain words; offer the newest good backup or a salvage."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.models.storage.backups import BackupInfo

USE_BACKUP = "backup"
SALVAGE = "salvage"
OPEN_OTHER = "other"
QUIT = "quit"


class DamagedDialog:
    """The question shown when the database fails its check on open."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, backup: BackupInfo | None) -> str:
        """USE_BACKUP, SALVAGE, OPEN_OTHER or QUIT."""
        tr = QCoreApplication.translate
        box = QMessageBox(parent)
        box.setObjectName("damagedDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("DamagedDialog", "The database is damaged"))
        box.setText(
            tr(
                "DamagedDialog",
                "Part of %1 cannot be read: the file was damaged, perhaps by a disk error, "
                "a power cut or a copy that did not finish.",
            ).replace("%1", path.name)
        )
        if backup is not None:
            when = backup.taken.strftime("%Y-%m-%d %H:%M")
            offer = tr(
                "DamagedDialog",
                "QunDesk will not change the damaged file. The newest good backup is from %1: "
                "open a copy of it (changes since then are not in it), or salvage what can "
                "still be read into a new file.",
            ).replace("%1", when)
        else:
            offer = tr(
                "DamagedDialog",
                "QunDesk will not change the damaged file. There is no good backup of it; "
                "you can salvage what can still be read into a new file.",
            )
        box.setInformativeText(offer)
        buttons = {}
        if backup is not None:
            buttons[USE_BACKUP] = box.addButton(
                tr("DamagedDialog", "Use the backup"), QMessageBox.ButtonRole.AcceptRole
            )
        buttons[SALVAGE] = box.addButton(
            tr("DamagedDialog", "Salvage into a new file"), QMessageBox.ButtonRole.ActionRole
        )
        buttons[OPEN_OTHER] = box.addButton(
            tr("DamagedDialog", "Open another…"), QMessageBox.ButtonRole.ActionRole
        )
        buttons[QUIT] = box.addButton(
            tr("DamagedDialog", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(buttons[USE_BACKUP] if backup is not None else buttons[SALVAGE])
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        for choice, button in buttons.items():
            if button is clicked:
                return choice
        return QUIT
