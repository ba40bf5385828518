"""A command SQLite refuses is explained with SQLite's words and not put on the stack."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.storage.db import Database
from desktop.views.members.member_commands import MemberCommand
from desktop.views.members.members_tab import MembersTab


class LockedCommand(MemberCommand):
    """Finds the database locked when applied."""

    def do(self) -> None:
        raise sqlite3.OperationalError("database is locked")

    def revert(self) -> None:
        raise AssertionError("never applied")


def test_an_sqlite_failure_is_returned_as_a_database_refusal(
    qtbot: QtBot, database: Database
) -> None:
    stack = QUndoStack()
    tab = MembersTab(stack, settings=make_settings(), clock=database.clock)
    qtbot.addWidget(tab)
    tab.set_database(database)
    refusal = tab.execute(LockedCommand(tab, database, [1], "Edit"))
    assert refusal is not None
    assert (refusal.field, refusal.message) == ("database", "database is locked")
    assert stack.count() == 0
