"""Linking a group's unlinked chat speakers later: from the activity log, undoable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.models.chats.speakers import unlinked_speakers
from desktop.models.core.scope import Scope
from desktop.models.exchange.chat_import import ChatDecisions, apply_chat_import, plan_chat_import
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.members import create_member
from desktop.models.storage.db import Database
from desktop.views.common.commands import runner_for
from desktop.views.common.undo import Change
from desktop.views.exchange.chat_import_parts import MemberSearch
from desktop.views.exchange.chat_speakers_dialog import ChatSpeakersDialog
from desktop.views.groups.activity_grid import ActivityLogDialog

CHATLAB = Path(__file__).resolve().parents[2] / "fixtures" / "chats" / "chatlab_group.json"


@pytest.fixture
def imported(database: Database) -> int:
    """A group with the ChatLab fixture imported, every sender left unlinked."""
    with database.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO groups (name, created_on) VALUES ('读书会🌿', '2020-01-01')"
        )
    group = int(cursor.lastrowid or 0)
    plan = plan_chat_import(database, CHATLAB, zone="Asia/Shanghai")
    apply_chat_import(database, plan, ChatDecisions(add_joiners=False))
    return group


def test_a_speaker_linked_later_brings_their_history_and_undo_unlinks(
    qtbot: QtBot, database: Database, imported: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    carol = create_member(database, MemberDraft(name="卡罗尔"))
    monkeypatch.setattr(MemberSearch, "ask", classmethod(lambda cls, p, d: (carol, "卡罗尔")))
    stack = QUndoStack()
    changes: list[Change] = []
    runner_for(stack).changed.connect(changes.append)
    dialog = ChatSpeakersDialog(database, stack, imported, None)
    qtbot.addWidget(dialog)
    names = [dialog.view.item(r, 0).text() for r in range(dialog.view.rowCount())]
    assert names == ["Alice🌸", "Carol", "王大哥", "小周"]  # most messages first, then by name
    button = dialog.findChild(QPushButton, "chatSpeakersLink")
    assert button is not None and not button.isEnabled()
    dialog.view.selectRow(1)
    assert button.isEnabled()
    button.click()
    assert [s.display_name for s in unlinked_speakers(database, imported)] == [
        "Alice🌸", "王大哥", "小周",
    ]  # fmt: skip
    linked = database.conn.execute(
        "SELECT member_id FROM chat_speakers WHERE display_name = 'Carol'"
    ).fetchone()[0]
    assert linked == carol
    assert dialog.status.text() == "Carol linked to 卡罗尔: their 2 messages now count for them."
    assert changes and "chat_speakers" in changes[-1].tables
    stack.undo()
    assert len(unlinked_speakers(database, imported)) == 4


def test_the_activity_log_opens_the_groups_speakers(
    qtbot: QtBot, database: Database, imported: int
) -> None:
    day = dt.date(2026, 11, 23)
    log = ActivityLogDialog(database, QUndoStack(), Scope(imported, day, day), day)
    qtbot.addWidget(log)
    dialog = log.open_speakers()
    assert isinstance(dialog, ChatSpeakersDialog)
    assert dialog.group_id == imported and dialog.view.rowCount() == 4
    dialog.close()
