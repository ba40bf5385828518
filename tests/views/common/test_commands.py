"""The command runner: applies, pushes, and names what changed on apply, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.models.core.errors import ValidationError
from desktop.views.common.commands import runner_for
from desktop.views.common.undo import Change, DataCommand


class Note(DataCommand):
    """A command over a list standing in for a table."""

    tables = frozenset({"notes"})

    def __init__(self, rows: list[int], row: int, *, refuse: bool = False) -> None:
        super().__init__("Add note")
        self.rows, self.row, self.refuse = rows, row, refuse

    def do(self) -> None:
        if self.refuse:
            raise ValidationError("note", "no")
        self.rows.append(self.row)

    def revert(self) -> None:
        self.rows.remove(self.row)

    def failed(self, error: Exception) -> None:
        del error

    def changed_ids(self) -> dict[str, frozenset[int]]:
        return {"notes": frozenset({self.row})}


def test_the_change_names_tables_and_ids_on_apply_undo_and_redo(qtbot: QtBot) -> None:
    stack = QUndoStack()
    runner = runner_for(stack)
    assert runner_for(stack) is runner  # one runner per stack, shared by its tabs
    heard: list[Change] = []
    runner.changed.connect(heard.append)
    rows: list[int] = []
    runner.run(Note(rows, 7))
    stack.undo()
    assert rows == []
    stack.redo()
    assert rows == [7]
    assert [(c.tables, dict(c.ids), c.undone) for c in heard] == [
        (frozenset({"notes"}), {"notes": frozenset({7})}, False),
        (frozenset({"notes"}), {"notes": frozenset({7})}, True),
        (frozenset({"notes"}), {"notes": frozenset({7})}, False),
    ]


def test_a_refused_command_is_not_pushed_nor_announced(qtbot: QtBot) -> None:
    stack = QUndoStack()
    heard: list[Change] = []
    runner_for(stack).changed.connect(heard.append)
    with pytest.raises(ValidationError):
        runner_for(stack).run(Note([], 1, refuse=True))
    assert stack.count() == 0 and heard == []


class Broken(Note):
    """A command whose write fails in the file itself (SQLite's error, or a full disk)."""

    def __init__(self, rows: list[int], error: Exception) -> None:
        super().__init__(rows, 1)
        self.error = error

    def do(self) -> None:
        raise self.error


def test_attempt_returns_a_refusal_and_pushes_nothing(qtbot: QtBot) -> None:
    stack = QUndoStack()
    heard: list[Change] = []
    runner = runner_for(stack)
    runner.changed.connect(heard.append)
    rows: list[int] = []
    assert runner.attempt(Note(rows, 3)) is None  # applied: nothing to show
    assert rows == [3] and stack.count() == 1 and len(heard) == 1
    refused = runner.attempt(Note(rows, 4, refuse=True))
    assert refused is not None and refused.field == "note" and refused.message == "no"
    assert stack.count() == 1 and len(heard) == 1


def test_attempt_turns_a_failure_of_the_file_into_a_refusal(qtbot: QtBot) -> None:
    import sqlite3

    from desktop.models.core.errors import WriteFailedError

    stack = QUndoStack()
    runner = runner_for(stack)
    rows: list[int] = []
    locked = runner.attempt(Broken(rows, sqlite3.OperationalError("database is locked")))
    assert locked is not None and locked.field == "database"
    assert "database is locked" in locked.message
    full = runner.attempt(Broken(rows, WriteFailedError("The disk is full.")))
    assert full is not None and full.field == "database" and "disk is full" in full.message
    assert stack.count() == 0 and rows == []
