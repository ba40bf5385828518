"""Another QunDesk holds the database: say who and since when; view read-only or quit, or
take over a lock whose holder the owner knows is gone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.models.storage.lockfile import LockHolder, may_be_gone

READ_ONLY = "read_only"
QUIT = "quit"
TAKE_OVER = "take_over"


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
    def build(
        cls, parent: QWidget | None, path: str, holder: LockHolder | None, *, can_take_over: bool
    ) -> QMessageBox:
        """The question, with "Take over" only when the holder may be gone."""
        tr = QCoreApplication.translate
        box = QMessageBox(parent)
        box.setObjectName("lockDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("LockDialog", "Database in use"))
        box.setText(holder_text(holder))
        text = tr(
            "LockDialog",
            "Only one copy of QunDesk may change %1 at a time, so two copies never "
            "overwrite each other's work. You can look at it read-only meanwhile, or "
            "quit and use the other copy.",
        ).replace("%1", path)
        if can_take_over:
            text += "\n\n" + tr(
                "LockDialog",
                "If that copy is no longer running — its computer was switched off, or it "
                "crashed — you can take the database over and change it here. Only do this "
                "when you are sure: if it is still running, the two copies would overwrite "
                "each other's work.",
            )
        box.setInformativeText(text)
        view = box.addButton(tr("LockDialog", "View read-only"), QMessageBox.ButtonRole.AcceptRole)
        view.setObjectName("lockViewReadOnly")
        if can_take_over:
            take = box.addButton(tr("LockDialog", "Take over"), QMessageBox.ButtonRole.ActionRole)
            take.setObjectName("lockTakeOver")
        box.addButton(tr("LockDialog", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(view)
        return box

    @staticmethod
    def answer(box: QMessageBox) -> str:
        """What the clicked button of a `build` box means."""
        chosen = box.clickedButton()
        name = chosen.objectName() if chosen is not None else ""
        return {"lockViewReadOnly": READ_ONLY, "lockTakeOver": TAKE_OVER}.get(name, QUIT)

    @classmethod
    def ask(cls, parent: QWidget | None, path: str, holder: LockHolder | None) -> str:
        """READ_ONLY to view the file unchanged, TAKE_OVER to open it here, else QUIT.

        Taking over is offered only when the holder may be gone (`lockfile.may_be_gone`).
        """
        box = cls.build(parent, path, holder, can_take_over=may_be_gone(holder))
        box.exec()
        chosen = cls.answer(box)
        box.deleteLater()
        return chosen
