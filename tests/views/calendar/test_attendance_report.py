"""The attendance report on the demo data: figures, highlight, lately list, CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.models.calendar import attendance
from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.storage.db import Database
from desktop.views.calendar.attendance_report import AttendanceReportDialog, AttendanceReportModel
from desktop.views.calendar.calendar_tab import CalendarTab

TODAY = dt.date(2026, 11, 23)
START = dt.date(2025, 12, 1)
GROUP = 2  # 读书会·每日干货


@pytest.fixture
def report(qtbot: QtBot, demo_db: Database) -> AttendanceReportDialog:
    demo_db.clock = FixedClock(TODAY)
    tab = CalendarTab(QUndoStack(), clock=demo_db.clock)
    qtbot.addWidget(tab)
    tab.set_database(demo_db)
    tab.set_scope(Scope(GROUP, START, TODAY))
    qtbot.mouseClick(tab.findChild(QPushButton, "calendarReport"), Qt.MouseButton.LeftButton)
    dialog = tab.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.objectName() == "attendanceReport"
    return dialog


def test_figures_match_the_data_layer(
    qtmodeltester: Any, report: AttendanceReportDialog, demo_db: Database
) -> None:
    expected = attendance.report(demo_db, GROUP, START, TODAY, TODAY)
    model = report.model
    qtmodeltester.check(model)
    assert report.group_id() == GROUP
    shown = [
        (
            model.index(r, 0).data(model.RowRole).member_id,
            int(model.index(r, model.ATTENDED).data()),
            int(model.index(r, model.HELD).data()),
        )
        for r in range(model.rowCount())
    ]
    assert shown == [(e.member_id, e.attended, e.held) for e in expected]
    assert len(shown) > 50 and any(a > 0 for _m, a, _h in shown)
    best = max(expected, key=lambda e: e.percent)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == best.name)
    percent = f"{best.attended * 100 / best.held:.1f}".removesuffix(".0")
    assert model.index(row, model.PERCENT).data() == f"{percent}%"
    held = len(attendance.held_occurrences(demo_db, GROUP, START, TODAY, TODAY))
    assert report.summary.text().startswith(f"{held} ")
    lately = attendance.not_attended_lately(demo_db, GROUP, TODAY, 60)
    assert [r.member_id for r in report.lately_model.rows()] == [r.member_id for r in lately]
    assert str(len(lately)) in report.lately_title.text()
    qtmodeltester.check(report.lately_model)


def test_members_below_the_threshold_are_highlighted(report: AttendanceReportDialog) -> None:
    model = report.model
    assert report.threshold.value() == 50

    def highlighted() -> set[int]:
        return {
            model.index(r, 0).data(model.RowRole).member_id
            for r in range(model.rowCount())
            if model.index(r, model.NAME).data(Qt.ItemDataRole.BackgroundRole) is not None
        }

    report.threshold.setValue(20)
    rows = model.rows()
    low = {r.member_id for r in rows if r.held and r.percent < 20}
    assert highlighted() == low and 0 < len(low) < len(rows)
    assert all(r.held == 0 or r.percent >= 20 for r in rows if r.member_id not in low)
    assert f"{len(low)} below 20%" in report.summary.text()
    report.threshold.setValue(0)
    assert highlighted() == set()
    report.threshold.setValue(100)
    # members with nothing held are never called out
    assert highlighted() == {r.member_id for r in rows if r.held}


def test_follows_the_toolbar_scope(report: AttendanceReportDialog, demo_db: Database) -> None:
    tab = report.parent()
    assert isinstance(tab, CalendarTab)
    start = dt.date(2026, 9, 1)
    tab.set_scope(Scope(4, start, TODAY))
    assert report.group_id() == 4
    assert report.range_label.text() == "2026-09-01 – 2026-11-23"
    expected = attendance.report(demo_db, 4, start, TODAY, TODAY)
    assert [r.member_id for r in report.model.rows()] == [e.member_id for e in expected]


def test_export_csv_reads_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, report: AttendanceReportDialog
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "出席.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    report.threshold.setValue(20)
    report.export_button.click()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel on Windows reads it as UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [*report.model.headers(), "Below threshold", "Absent lately"]
    model_rows = report.model.rows()
    assert len(rows) == len(model_rows) + 1
    lately = {r.member_id for r in report.lately_model.rows()}
    for line, row in zip(rows[1:], model_rows, strict=True):
        assert line[:3] == [row.name, str(row.attended), str(row.held)]
        assert line[3] == (str(round(row.percent, 1)) if row.held else "")
        assert line[5] == ("yes" if row.held and row.percent < 20 else "")
        assert line[6] == ("yes" if row.member_id in lately else "")
    assert [p.name for p in folder.iterdir()] == ["出席.csv"]  # the temporary was renamed


def test_model_sort_role_is_native(report: AttendanceReportDialog) -> None:
    model = report.model
    index = model.index(0, AttendanceReportModel.PERCENT)
    assert isinstance(index.data(model.SortRole), float)
    assert isinstance(model.index(0, AttendanceReportModel.LAST).data(model.SortRole), dt.date)
