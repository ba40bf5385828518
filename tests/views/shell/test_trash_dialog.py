"""Edit → Trash: list deleted records, restore them (window reloads) or delete them for good."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.calendar import events
from desktop.models.core.clock import FixedClock
from desktop.models.members import snapshots
from desktop.models.revenue import revenue
from desktop.models.storage import trash
from desktop.models.storage.db import Database
from desktop.views.shell.main_window import MainWindow
from desktop.views.shell.trash_dialog import TrashDialog, TrashModel

NOW = dt.datetime(2026, 11, 23, 12, 0)


def first(db: Database, sql: str) -> int:
    return int(db.conn.execute(sql).fetchone()[0])


@pytest.fixture
def filled(demo_db: Database) -> Database:
    """Three items: two members, an event, a revenue entry (newest last)."""
    snapshots.delete_members(demo_db, [first(demo_db, "SELECT min(id) FROM members"), 2])
    events.delete_event(demo_db, first(demo_db, "SELECT min(id) FROM events"))
    revenue.delete_entry(demo_db, first(demo_db, "SELECT min(id) FROM revenue"))
    return demo_db


@pytest.fixture
def dialog(qtbot: QtBot, filled: Database) -> Iterator[TrashDialog]:
    filled.clock = FixedClock(NOW + dt.timedelta(days=3))
    widget = TrashDialog(None, filled)
    qtbot.addWidget(widget)
    widget.show()
    yield widget


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    queue: list[Any] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: queue.pop(0))
    return queue


def texts(dialog: TrashDialog, column: int) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_lists_kind_label_and_days_left(dialog: TrashDialog, qtmodeltester: Any) -> None:
    qtmodeltester.check(dialog.model)
    assert dialog.proxy.rowCount() == 3
    assert sorted(texts(dialog, TrashModel.KIND)) == ["2 members", "Event", "Revenue entry"]
    # deleted "now" by the wall clock; the dialog's clock is 3 days later than the test's
    assert all(int(t) <= trash.KEEP_DAYS for t in texts(dialog, TrashModel.DAYS_LEFT))
    assert dialog.selected() is not None and dialog.restore_button.isEnabled()
    assert dialog.empty_label.isHidden()


def test_restore_puts_records_back(dialog: TrashDialog, filled: Database) -> None:
    row = texts(dialog, TrashModel.KIND).index("2 members")
    dialog.table.selectRow(row)
    before = first(filled, "SELECT count(*) FROM members")
    dialog.restore_button.click()
    assert first(filled, "SELECT count(*) FROM members") == before + 2
    assert dialog.restored_any
    assert dialog.proxy.rowCount() == 2 and "2 members" not in texts(dialog, TrashModel.KIND)


def test_restore_refused_is_explained(
    dialog: TrashDialog, filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    row = texts(dialog, TrashModel.KIND).index("2 members")
    dialog.table.selectRow(row)
    # someone restored it elsewhere meanwhile (e.g. by undo)
    trash.delete_from_trash(filled, dialog.selected().id)  # type: ignore[union-attr]
    dialog.restore_button.click()
    assert shown and "no longer in the trash" in shown[0] and "Nothing was changed" in shown[0]
    assert not dialog.restored_any


def test_delete_permanently_asks_first(
    dialog: TrashDialog, filled: Database, answers: list[Any]
) -> None:
    dialog.table.selectRow(0)
    answers.append(QMessageBox.StandardButton.No)
    dialog.delete_button.click()
    assert first(filled, "SELECT count(*) FROM trash") == 3
    answers.extend([QMessageBox.StandardButton.Yes] * 3)
    for _ in range(3):
        dialog.delete_button.click()
    assert first(filled, "SELECT count(*) FROM trash") == 0
    assert dialog.table.isHidden() and not dialog.empty_label.isHidden()
    assert not dialog.restore_button.isEnabled()


def test_expired_items_are_purged_on_open(qtbot: QtBot, filled: Database) -> None:
    filled.clock = FixedClock(NOW + dt.timedelta(days=31))
    later = TrashDialog(None, filled)
    qtbot.addWidget(later)
    assert later.model.rowCount() == 0
    assert first(filled, "SELECT count(*) FROM trash") == 0


def test_edit_menu_trash_restores_and_reloads_window(
    qtbot: QtBot, filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(filled, make_settings(), clock=FixedClock(NOW.date()))
    qtbot.addWidget(window)
    window.show()
    before = window.status_label.text()
    assert window.action_trash.objectName() == "actionTrash"
    edit_menu = window.findChild(QMenu, "menuEdit")
    assert edit_menu is not None and window.action_trash in edit_menu.actions()

    def ask(_cls: object, parent: object, database: Database, now: object = None) -> bool:
        item = next(i for i in trash.list_trash(database) if i.kind == "member")
        trash.restore_from_trash(database, item.id)
        return True

    monkeypatch.setattr(TrashDialog, "ask", classmethod(ask))
    window.action_trash.trigger()
    assert window.status_label.text() != before and "300 members" in window.status_label.text()
    window.close()
