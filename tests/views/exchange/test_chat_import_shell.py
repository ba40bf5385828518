"""File → Import chat history… and chat exports dropped on the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.exchange.chat_import import ChatImportResult
from desktop.models.storage.db import Database
from desktop.views.exchange.chat_import_dialog import ChatImportDialog, is_chat_export
from desktop.views.shell.main_window import MainWindow

CHATS = Path(__file__).resolve().parents[2] / "fixtures" / "chats"


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> Iterator[MainWindow]:
    win = MainWindow(database, make_settings(), clock=FixedClock(dt.datetime(2026, 11, 23, 10)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The files each chat import was opened with; it imports one day."""
    calls: list[Any] = []

    def ask(cls: type, parent: object, database: Database, paths: Any = None) -> Any:
        calls.append(paths)
        return [ChatImportResult(1, 5, 0, 0, 0, 0, 0, 0)]

    monkeypatch.setattr(ChatImportDialog, "ask", classmethod(ask))
    return calls


def drop(window: MainWindow, paths: list[Path]) -> tuple[bool, bool]:
    """Drag `paths` over the window and drop them: (enter accepted, drop accepted)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point, copy, left = QPoint(10, 10), Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(point, copy, data, left, Qt.KeyboardModifier.NoModifier)
    dropped = QDropEvent(point, copy, data, left, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    dropped.ignore()
    window.dragEnterEvent(enter)
    window.dropEvent(dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_file_menu_opens_the_chat_import(window: MainWindow, asked: list[Any]) -> None:
    action = window.findChild(QAction, "actionImportChat")
    assert action is not None and action.text() == "Import &chat history…"
    menu = window.findChild(QMenu, "menuFile")
    assert menu is not None and action in menu.actions()
    action.trigger()
    assert asked == [None]  # the dialog asks for the files
    assert window.statusBar().currentMessage().startswith("Chat imported: 1 days, 5 messages")


def test_dropped_chat_exports_open_the_chat_import(
    window: MainWindow, asked: list[Any], tmp_path: Path
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("just some notes\n", encoding="utf-8")
    chats = [CHATS / "qq_group.txt", CHATS / "chatlab_group.jsonl"]
    assert drop(window, [chats[0], other, chats[1]]) == (True, True)
    assert asked == [chats]


def test_dropped_files_that_are_no_chat_are_named_and_nothing_opens(
    window: MainWindow, asked: list[Any], tmp_path: Path
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("just some notes\n", encoding="utf-8")
    assert drop(window, [other]) == (True, True)
    assert asked == []
    assert window.statusBar().currentMessage() == "Not a chat export QunDesk reads: notes.txt"


def test_drop_is_refused_on_a_read_only_database(window: MainWindow, asked: list[Any]) -> None:
    window.action_import_chat.setEnabled(False)
    assert drop(window, [CHATS / "qq_group.txt"]) == (False, False)
    assert asked == []


def test_is_chat_export_looks_at_the_content(tmp_path: Path) -> None:
    renamed = tmp_path / "chat.dat"
    renamed.write_bytes((CHATS / "echotrace_group.json").read_bytes())
    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert is_chat_export(renamed)
    assert not is_chat_export(folder)
    assert not is_chat_export(tmp_path / "missing.json")
