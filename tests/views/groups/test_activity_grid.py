"""The daily activity grid on the demo data: edits through the table, validation, undo, CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.groups import activity_log
from desktop.models.groups.activity_log import DayActivity
from desktop.models.storage.db import Database
from desktop.views.calendar.calendar_tab import CalendarTab
from desktop.views.groups.activity_grid import ActivityLogDialog, ActivityModel

TODAY = dt.date(2026, 11, 23)
GROUP = 2


def stored(db: Database, day: dt.date) -> tuple[int, ...] | None:
    row = db.conn.execute(
        "SELECT messages, active_members, joined, left_count FROM activity_daily"
        " WHERE group_id = ? AND day = ?",
        (GROUP, day.isoformat()),
    ).fetchone()
    return tuple(row) if row else None


def all_rows(db: Database) -> list[tuple[Any, ...]]:
    return db.conn.execute("SELECT * FROM activity_daily ORDER BY group_id, day").fetchall()


@pytest.fixture
def log(qtbot: QtBot, demo_db: Database) -> ActivityLogDialog:
    demo_db.clock = FixedClock(TODAY)
    tab = CalendarTab(QUndoStack(), clock=demo_db.clock)
    qtbot.addWidget(tab)
    tab.set_database(demo_db)
    tab.set_scope(Scope(GROUP, dt.date(2026, 11, 1), dt.date(2026, 12, 31)))
    qtbot.mouseClick(tab.findChild(QPushButton, "calendarActivity"), Qt.MouseButton.LeftButton)
    dialog = tab.activity_dialog
    assert dialog is not None and dialog.objectName() == "activityLog"
    return dialog


def test_days_newest_first_with_the_stored_figures(
    qtmodeltester: Any, log: ActivityLogDialog, demo_db: Database
) -> None:
    model = log.model
    qtmodeltester.check(model)
    # the toolbar's range, but not past today, newest first
    days = [model.index(r, 0).data(model.SortRole) for r in range(model.rowCount())]
    assert days == [TODAY - dt.timedelta(days=n) for n in range(23)]
    for r, day in enumerate(days):
        figures = tuple(int(model.index(r, c).data()) for c in range(1, 5))
        assert figures == stored(demo_db, day)
    log.recent.setChecked(True)
    assert model.rowCount() == 14 and model.index(13, 0).data(model.SortRole) == dt.date(
        2026, 11, 10
    )


def test_edit_through_the_table_and_undo(
    qtbot: QtBot, log: ActivityLogDialog, demo_db: Database
) -> None:
    log.show()
    model, table = log.model, log.table
    index = model.index(2, ActivityModel.MESSAGES)
    day = model.index(2, 0).data(model.SortRole)
    old = stored(demo_db, day)
    assert old is not None
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QSpinBox)
    assert editor is not None
    editor.setValue(321)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: stored(demo_db, day) == (321, *old[1:]))
    assert model.index(2, ActivityModel.MESSAGES).data() == "321"
    assert log.undo_stack.count() == 1 and log.error.text() == ""
    log.undo_stack.undo()
    assert stored(demo_db, day) == old
    assert model.index(2, ActivityModel.MESSAGES).data() == str(old[0])
    log.undo_stack.redo()
    assert stored(demo_db, day) == (321, *old[1:])


def test_a_day_with_nothing_entered_gets_a_row_and_undo_forgets_it(
    log: ActivityLogDialog, demo_db: Database
) -> None:
    day = TODAY - dt.timedelta(days=4)
    activity_log.delete_day(demo_db, GROUP, day)
    log.reload()
    model = log.model
    assert model.index(4, ActivityModel.JOINED).data() == ""
    assert model.index(4, ActivityModel.JOINED).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.setData(model.index(4, ActivityModel.JOINED), "３")  # full-width digit
    assert stored(demo_db, day) == (0, 0, 3, 0)
    log.undo_stack.undo()
    assert stored(demo_db, day) is None


@pytest.mark.parametrize("typed", ["-3", "abc", "1.5", ""])
def test_invalid_figures_are_refused_with_row_and_field(
    typed: str, log: ActivityLogDialog, demo_db: Database
) -> None:
    before = all_rows(demo_db)
    model = log.model
    assert not model.setData(model.index(1, ActivityModel.ACTIVE), typed)
    assert all_rows(demo_db) == before
    assert log.undo_stack.count() == 0
    text = log.error.text()
    assert "2026-11-22" in text and "Active members" in text and "Nothing was changed" in text


def test_csv_import_is_one_undoable_edit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, log: ActivityLogDialog, demo_db: Database
) -> None:
    before = all_rows(demo_db)
    path = tmp_path / "log.csv"
    path.write_bytes("日期,消息,活跃,新成员,退群\n2026-11-20,88,20,3,1\n2026/11/21,5\n".encode())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    log.import_button.click()
    assert stored(demo_db, dt.date(2026, 11, 20)) == (88, 20, 3, 1)
    assert stored(demo_db, dt.date(2026, 11, 21)) == (5, 0, 0, 0)
    assert log.model.entry(dt.date(2026, 11, 20)) == DayActivity(
        dt.date(2026, 11, 20), 88, 20, 3, 1
    )
    assert log.undo_stack.count() == 1
    log.undo_stack.undo()
    assert all_rows(demo_db) == before


def test_a_bad_csv_row_is_named_and_nothing_imported(
    log: ActivityLogDialog, demo_db: Database
) -> None:
    before = all_rows(demo_db)
    assert not log.import_bytes(b"2026-11-20,1,2,3,4\n2026-11-21,7,x,0,0\n")
    assert all_rows(demo_db) == before
    assert "Row 2" in log.error.text() and "Active members" in log.error.text()


def test_xlsx_import_through_the_grid_is_one_undoable_edit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, log: ActivityLogDialog, demo_db: Database
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["读书会 11月活跃统计"])
    sheet.append(["日期", "消息数", "活跃人数", "入群", "退群"])
    sheet.append([dt.date(2026, 11, 20), 88, 20, 3, 1])
    sheet.append([dt.datetime(2026, 11, 21), 5])
    sheet["A3"].number_format = sheet["A4"].number_format = "yyyy-mm-dd"
    path = tmp_path / "log.xlsx"
    book.save(path)
    before = all_rows(demo_db)
    shown = log.model.entry(dt.date(2026, 11, 20))  # the demo's figures for that day
    seen: list[str] = []

    def ask(*args: Any, **kwargs: Any) -> tuple[str, str]:
        seen.append(args[3])
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(ask))
    log.import_button.click()
    assert "*.xlsx" in seen[0] and "*.csv" in seen[0]
    assert stored(demo_db, dt.date(2026, 11, 20)) == (88, 20, 3, 1)
    assert stored(demo_db, dt.date(2026, 11, 21)) == (5, 0, 0, 0)
    assert log.model.entry(dt.date(2026, 11, 21)) == DayActivity(dt.date(2026, 11, 21), 5)
    assert log.error.text() == ""
    assert log.undo_stack.count() == 1
    log.undo_stack.undo()
    assert all_rows(demo_db) == before
    assert (
        log.model.entry(dt.date(2026, 11, 20))
        == shown
        != DayActivity(dt.date(2026, 11, 20), 88, 20, 3, 1)
    )


def test_a_bad_xlsx_row_is_named_by_its_sheet_row(
    tmp_path: Path, log: ActivityLogDialog, demo_db: Database
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["标题"],
        ["日期", "消息"],
        [dt.date(2026, 11, 20), 1],
        [dt.date(2026, 11, 21), -1],
    ):
        sheet.append(row)
    book.save(tmp_path / "log.xlsx")
    before = all_rows(demo_db)
    assert not log.import_file(tmp_path / "log.xlsx")
    assert all_rows(demo_db) == before and log.undo_stack.count() == 0
    assert "Row 4" in log.error.text() and "Messages" in log.error.text()
