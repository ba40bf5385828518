"""A command SQLite refuses is explained with SQLite's words and not put on the stack."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.storage.db import Database
from desktop.views.members.member_commands import MemberCommand
from desktop.views.members.members_tab import MembersTab
from tests.conftest import TEST_NOW


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


def test_a_roster_load_finishing_after_its_database_closed_is_dropped(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    """The window closed and its database with it while the worker read the roster: the
    result arrives later and is let go, instead of reading the closed connection."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = Database.open(path, clock=FixedClock(TEST_NOW))
    tab = MembersTab(QUndoStack(), settings=make_settings(), clock=database.clock)
    qtbot.addWidget(tab)
    tab.set_database(database)
    assert not tab.is_loaded()
    database.close()
    assert database.closed
    qtbot.waitUntil(lambda: not tab._loaders)  # the worker reported (to no one)
    assert not tab.is_loaded()


def test_a_roster_load_for_an_open_database_is_taken(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = Database.open(path, clock=FixedClock(TEST_NOW))
    try:
        tab = MembersTab(QUndoStack(), settings=make_settings(), clock=database.clock)
        qtbot.addWidget(tab)
        tab.set_database(database)
        assert not database.closed
        qtbot.waitUntil(tab.is_loaded)
        assert not tab._loaders
    finally:
        database.close()
