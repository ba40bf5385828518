"""Another QunDesk holds the database: say who and since when; view read-only or quit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.models.lockfile import LockHolder

READ_ONLY = "read_only"
QUIT = "quit"


def holder_text(holder: LockHolder | None) -> str:
    """Who holds the file, in words."""
    tr = QCoreApplication.translate
    if holder is None:
        return tr("LockDialog", "Another copy of QunDesk is opening this database.")
    since = holder.since.strftime("%Y-%m-%d %H:%M") if holder.since is not None else "?"
    return (
        tr(
            "LockDialog",
            "QunDesk on the computer “%1” (process %2) has had this database open since %3.",
        )
        .replace("%1", holder.host)
        .replace("%2", str(holder.pid))
        .replace("%3", since)
    )


class LockDialog:
    """The question shown when the database is locked by another copy of the app."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: str, holder: LockHolder | None) -> str:
        """READ_ONLY to view the file without changing it, QUIT otherwise."""
        tr = QCoreApplication.translate
        box = QMessageBox(parent)
        box.setObjectName("lockDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("LockDialog", "Database in use"))
        box.setText(holder_text(holder))
        box.setInformativeText(
            tr(
                "LockDialog",
                "Only one copy of QunDesk may change %1 at a time, so two copies never "
                "overwrite each other's work. You can look at it read-only meanwhile, or "
                "quit and use the other copy.",
            ).replace("%1", path)
        )
        view = box.addButton(tr("LockDialog", "View read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("LockDialog", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(view)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        return READ_ONLY if chosen is view else QUIT
