"""A full disk in the window: the action fails with a message, the window goes on working."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.exchange.portable import table_contents
from desktop.models.members.drafts import MemberDraft
from desktop.models.storage.db import Database
from desktop.views.members.member_dialogs import MemberDialog, MemberEdit
from desktop.views.shell.main_window import MainWindow
from tests.models.storage.test_disk_full import fill_disk, free_disk

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, make_settings(), clock=FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_new_member_on_a_full_disk_says_so_and_the_window_goes_on(
    qtbot: QtBot, window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.members_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.is_loaded)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: warnings.append((title, text))
    )
    edit = MemberEdit(MemberDraft(name="满盘", notes="备注" * 3000), None)
    monkeypatch.setattr(MemberDialog, "ask", classmethod(lambda cls, *a, **k: edit))
    fill_disk(demo_db)
    before = table_contents(demo_db.conn)
    tab.actions_by_name["memberNew"].trigger()
    assert len(warnings) == 1
    assert "disk is full" in warnings[0][1] and "Nothing was changed" in warnings[0][1]
    assert table_contents(demo_db.conn) == before
    assert window.undo_stack.count() == 0
    free_disk(demo_db)
    tab.actions_by_name["memberNew"].trigger()  # the same action works once there is room
    assert len(warnings) == 1
    assert demo_db.counts()["members"] == 301 and window.undo_stack.count() == 1
