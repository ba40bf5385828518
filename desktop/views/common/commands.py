"""The one path of an edit: apply a command, push it on the undo stack, announce what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.models.core.errors import QunDeskError, ValidationError, data_errors
from desktop.views.common.undo import Change, DataCommand


class CommandRunner(QObject):
    """Applies data commands onto one undo stack and announces every change they make.

    `changed` carries a `Change` after a command is applied, and after each undo and redo
    of it (one that failed and wrote nothing announces too: what shows it re-reads).
    """

    changed = Signal(object)  # a Change

    def __init__(self, stack: QUndoStack) -> None:
        super().__init__(stack)
        self.setObjectName("commandRunner")
        self.stack = stack

    def run(self, command: DataCommand) -> None:
        """Apply `command` (its refusal reaches the caller, nothing pushed), push, announce."""
        command.apply()
        command.announce = self.announce
        self.stack.push(command)
        self.announce(command.change(undone=False))

    def attempt(self, command: DataCommand) -> ValidationError | None:
        """Run `command`; its refusal as a ValidationError (nothing pushed), else None.

        A failure of the file itself (disk full, a damaged page) is a refusal too, named
        after the database, so each tab shows it where it shows a refusal.
        """
        try:
            with data_errors():
                self.run(command)
        except ValidationError as exc:
            return exc
        except QunDeskError as exc:
            return ValidationError("database", str(exc))
        return None

    def announce(self, change: Change) -> None:
        """Tell subscribers of a change (also for writes that are not undoable)."""
        if change.tables:
            self.changed.emit(change)


def runner_for(stack: QUndoStack) -> CommandRunner:
    """The runner of an undo stack (made on first use): tabs sharing a stack share it."""
    found = stack.findChild(CommandRunner, "commandRunner")
    return found if isinstance(found, CommandRunner) else CommandRunner(stack)
