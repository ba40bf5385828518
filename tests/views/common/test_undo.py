"""A redo or undo SQLite refuses reaches `failed` as the data layer's DataError."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.models.core.errors import DataError
from desktop.views.common.undo import DataCommand


class LockedUndo(DataCommand):
    """Applies, then finds the file locked when undone."""

    def __init__(self) -> None:
        super().__init__("Edit")
        self.errors: list[Exception] = []

    def do(self) -> None:
        pass

    def revert(self) -> None:
        raise sqlite3.OperationalError("database is locked")

    def failed(self, error: Exception) -> None:
        self.errors.append(error)


def test_an_sqlite_failure_on_undo_is_reported_as_data_error(qtbot: QtBot) -> None:
    stack = QUndoStack()
    command = LockedUndo()
    command.apply()
    stack.push(command)
    stack.undo()
    (error,) = command.errors
    assert isinstance(error, DataError) and str(error) == "database is locked"
    assert stack.count() == 0  # obsolete: Qt dropped it
