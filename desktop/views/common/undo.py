"""The base of every undoable edit: applied once by the tab, then redone/undone by Qt."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.models.core.errors import QunDeskError, ValidationError, data_errors


@dataclass(frozen=True)
class Change:
    """What an edit (or its undo or redo) changed: tables, and the ids in them it knows."""

    tables: frozenset[str]
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)
    undone: bool = False
    source: object | None = None  # the tab that ran it (it refreshes itself)


def report_undo_failure(parent: QWidget, text: str, error: Exception) -> None:
    """Tell the owner an undo or redo the data no longer allows was dropped (nothing written)."""
    message = error.message if isinstance(error, ValidationError) else str(error)
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Undo", "Cannot undo or redo"),
        QCoreApplication.translate(
            "Undo", "“%1” cannot be applied any more: %2\n\nNothing was changed."
        )
        .replace("%1", text)
        .replace("%2", message),
    )


class DataCommand(QUndoCommand):
    """Base: `apply()` runs the first time (errors reach the caller); redo/undo after that.

    A redo or undo that the data layer refuses (the data changed meanwhile) is reported
    through `failed`, writes nothing, and makes the command obsolete, so Qt drops it.
    """

    tables: frozenset[str] = frozenset()  # the tables an edit of this kind writes

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._applied = False
        # Set by the runner that pushed it: told what each undo and redo changed.
        self.announce: Callable[[Change], None] | None = None

    def changed_ids(self) -> dict[str, frozenset[int]]:
        """The ids it changed, per table (as they are now), where it knows them."""
        return {}

    def origin(self) -> object | None:
        """The tab that ran it (it refreshes itself)."""
        return None

    def change(self, *, undone: bool) -> Change:
        """What this edit, or its undo, changed."""
        return Change(self.tables, self.changed_ids(), undone=undone, source=self.origin())

    def apply(self) -> None:
        """Do the edit for the first time; raises ValidationError when refused."""
        self.do()
        self._applied = True

    def do(self) -> None:
        """Apply the edit (one transaction)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Reverse the edit (one transaction)."""
        raise NotImplementedError

    def failed(self, error: Exception) -> None:
        """Tell the owner a redo or undo could not be applied."""
        raise NotImplementedError

    def finished(self, *, undone: bool) -> None:
        """Refresh what shows the data after a redo or undo ran (or failed)."""

    def redo(self) -> None:
        """Qt calls this on push (already applied then) and on every redo."""
        if self._applied:
            self._applied = False
            return
        self._guard(undone=False)

    def undo(self) -> None:
        """Reverse the edit."""
        self._guard(undone=True)

    def _guard(self, *, undone: bool) -> None:
        try:
            with data_errors():
                self.revert() if undone else self.do()
        except QunDeskError as exc:
            self.setObsolete(True)
            self.failed(exc)
        self.finished(undone=undone)
        if self.announce is not None:
            self.announce(self.change(undone=undone))
