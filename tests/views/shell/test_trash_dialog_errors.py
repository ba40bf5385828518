"""A restore SQLite refuses is explained in SQLite's words; nothing is marked restored."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.models.storage import trash
from desktop.models.storage.db import Database
from desktop.views.shell.trash_dialog import TrashDialog


def test_an_sqlite_failure_on_restore_is_explained(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = TrashDialog(None, database)
    qtbot.addWidget(dialog)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(dialog, "selected", lambda: SimpleNamespace(id=7))

    def locked(_database: Database, _trash_id: int) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(trash, "restore_from_trash", locked)
    dialog.restore_button.setEnabled(True)
    dialog.restore_button.click()
    assert shown == ["database is locked\n\nNothing was changed."]
    assert not dialog.restored_any
