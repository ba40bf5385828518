"""The roster's chat columns and filter, and the member detail's monthly strip, on screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.chats.history import monthly_messages
from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.demo.chat_export import write_demo_chat
from desktop.models.exchange.chat_import import (
    ChatDecisions,
    Link,
    apply_chat_import,
    plan_chat_import,
)
from desktop.models.members import roster
from desktop.models.members.roster import RosterQuery
from desktop.models.storage.db import Database
from desktop.views.members.members_tab import MembersTab
from desktop.views.members.roster_view import RosterModel

TODAY = dt.date(2026, 11, 23)
GROUP = Scope(1, dt.date(2026, 11, 1), dt.date(2026, 11, 30))


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[MembersTab]:
    chat = write_demo_chat(demo_db, 1, tmp_path / "chat.jsonl", today=TODAY)
    plan = plan_chat_import(demo_db, chat.path, group_id=1, zone="Asia/Shanghai")
    links: dict[int, int | Link] = {
        s.index: chat.members.get(s.platform_id or "", Link.LEAVE) for s in plan.unmatched
    }
    apply_chat_import(demo_db, plan, ChatDecisions(links=links))
    demo_db.clock = FixedClock(TODAY)
    settings: QSettings = make_settings()
    widget = MembersTab(QUndoStack(), settings=settings, clock=demo_db.clock)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.set_database(demo_db)
    widget.set_scope(GROUP)
    widget.show()
    qtbot.waitUntil(widget.is_loaded)
    yield widget
    widget.close()


def test_sorted_by_messages_the_roster_shows_what_sql_gives(tab: MembersTab) -> None:
    assert tab.database is not None
    tab.sort_by("messages_30d", descending=True)
    query = RosterQuery(today=TODAY, group_id=1, sort="messages_30d", descending=True)
    expected = roster.roster_rows(tab.database, query)
    assert [tab.model.index(r, 0).data(RosterModel.RowRole) for r in range(len(expected))] == (
        expected
    )
    top = tab.model.index(0, RosterModel.MESSAGES).data()
    assert int(top) > 0 and tab.model.index(0, RosterModel.LAST_SPOKE).data() == "2026-11-23"
    horizontal = Qt.Orientation.Horizontal
    assert tab.model.headerData(RosterModel.LAST_SPOKE, horizontal) == "Last spoke"
    assert tab.model.headerData(RosterModel.MESSAGES, horizontal) == "Messages (30 days)"
    counts = [tab.model.index(r, RosterModel.MESSAGES).data() for r in range(len(expected))]
    numbers = [int(c) for c in counts if c != ""]
    assert numbers == sorted(numbers, reverse=True)
    assert counts[len(numbers) :] == [""] * (len(counts) - len(numbers))  # never spoke: last


@pytest.mark.parametrize("code", [roster.CHAT_RECENT, roster.CHAT_SILENT, roster.CHAT_NEVER])
def test_the_chat_filter_keeps_the_rows_sql_keeps(tab: MembersTab, code: str) -> None:
    assert tab.database is not None
    combo = tab.filters.spoke
    combo.setCurrentIndex(combo.findData(code))
    expected = roster.roster_rows(tab.database, RosterQuery(today=TODAY, group_id=1, spoke=code))
    assert expected and tab.model.rowCount() == len(expected)
    assert {tab.model.id_at(r) for r in range(tab.model.rowCount())} == {r[0] for r in expected}
    tab.clear_all_filters()
    assert combo.currentIndex() == 0


def test_the_detail_shows_messages_per_month(tab: MembersTab) -> None:
    assert tab.database is not None
    tab.sort_by("messages_30d", descending=True)
    member = tab.model.id_at(0)
    tab.select_ids([member])
    strip = tab.detail.chat_strip
    assert strip.months[0] == "2025-12" and strip.months[-1] == "2026-11"
    expected = {
        c.month: c.messages for c in monthly_messages(tab.database, member) if c.month >= "2025-12"
    }
    (name, values), *_others = strip.rows
    assert name == "烘焙爱好者交流群"
    assert {m: n for m, n in zip(strip.months, values, strict=True) if n} == expected
    assert not strip.isHidden()
    silent = next(
        tab.model.id_at(r)
        for r in range(tab.model.rowCount())
        if tab.model.index(r, RosterModel.MESSAGES).data() == ""
    )
    tab.select_ids([silent])
    assert strip.rows == [] and strip.isHidden()
