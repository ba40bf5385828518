"""The command runner: applies, pushes, and names what changed on apply, undo and redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.core.errors import ValidationError
from desktop.models.storage.db import Database
from desktop.views.common.commands import runner_for
from desktop.views.common.undo import Change, DataCommand
from desktop.views.shell.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)


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


@pytest.fixture
def window(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    win = MainWindow(demo_db, make_settings(), clock=FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_a_member_delete_names_its_members_and_a_subscribed_tab_refreshes(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[Change] = []
    runner_for(window.undo_stack).changed.connect(heard.append)
    reloads: list[str] = []
    monkeypatch.setattr(window.groups_tab, "reload", lambda *a, **k: reloads.append("groups"))
    window.tabs.setCurrentWidget(window.members_tab)
    ids = [int(r[0]) for r in demo_db.conn.execute("SELECT id FROM members LIMIT 2")]
    window.members_tab.select_ids(ids)
    action = window.members_tab.findChild(QAction, "memberDelete")
    assert action is not None
    action.trigger()
    [deleted] = heard
    assert "members" in deleted.tables and deleted.ids["members"] == frozenset(ids)
    assert deleted.source is window.members_tab and not deleted.undone
    assert reloads == []  # hidden: it re-reads when shown, once
    window.tabs.setCurrentWidget(window.groups_tab)
    assert reloads == ["groups"]
    window.undo_stack.undo()  # shown now: the undo refreshes it at once
    assert heard[-1].undone and heard[-1].ids["members"] == frozenset(ids)
    assert reloads == ["groups", "groups"]
    window.tabs.setCurrentWidget(window.calendar_tab)
    window.undo_stack.redo()
    assert not heard[-1].undone and len(heard) == 3
