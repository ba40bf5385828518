"""The Calendar tab's .ics actions: import on a worker with progress and stop, export labels."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.models.calendar import events, ics
from desktop.models.storage.db import Database
from desktop.views.calendar import calendar_files
from desktop.views.common import saving
from desktop.views.shell.file_menu import WorkDialog
from tests.models.calendar.event_data import T, draft, make_group
from tests.models.calendar.test_ics_identity import IMPOSSIBLE, _many_events
from tests.models.groups.group_data import snapshot


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes shown."""
    texts: list[str] = []

    def show(_parent: object, _title: str, text: str, *_rest: object) -> int:
        texts.append(text)
        return 0

    monkeypatch.setattr(QMessageBox, "information", show)
    monkeypatch.setattr(QMessageBox, "warning", show)
    return texts


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path, data: bytes) -> None:
    """The file the owner picks to import, holding `data`."""
    path.write_bytes(data)
    monkeypatch.setattr(calendar_files, "ask_ics_file", lambda _parent: path)


@pytest.fixture
def bulk(database: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    """A group to import into; the file picked holds 450 events."""
    _choose(monkeypatch, tmp_path / "打卡.ics", _many_events(450))
    return make_group(database)


def test_the_import_runs_on_a_worker_and_reports_progress(
    parent: QWidget,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    said: list[str],
    bulk: int,
) -> None:
    group = bulk
    real = ics.import_ics
    threads: list[threading.Thread] = []
    reports: list[tuple[int, int]] = []

    def watched(*args: Any, **kwargs: Any) -> ics.ImportResult:
        threads.append(threading.current_thread())
        progress = kwargs["progress"]

        def report(done: int, total: int) -> None:
            reports.append((done, total))
            progress(done, total)

        return real(*args, **(kwargs | {"progress": report}))

    monkeypatch.setattr(ics, "import_ics", watched)
    assert calendar_files.import_ics_file(parent, database, group)
    assert threads and threads[0] is not threading.main_thread()
    assert reports[-1] == (900, 900)
    assert database.conn.execute("SELECT count(*) FROM events").fetchone() == (450,)
    assert said == ["450 events and 0 series imported."]
    # the same file again adds nothing
    assert not calendar_files.import_ics_file(parent, database, group)
    assert (
        said[-1]
        == "0 events and 0 series imported. 0 already held were updated, 450 were unchanged."
    )
    assert database.conn.execute("SELECT count(*) FROM events").fetchone() == (450,)


def test_stopping_the_import_leaves_nothing_written(
    bulk: int, said: list[str], parent: QWidget, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    real = ics.import_ics

    stop_pressed = threading.Event()

    def held(*args: Any, **kwargs: Any) -> ics.ImportResult:
        cancelled = kwargs["cancelled"]

        def wait_for_stop() -> bool:
            # The worker is inside the import: it waits there for Stop at its first check,
            # so the stop lands mid-import every time.
            started.set()
            stop_pressed.wait(10)
            return bool(cancelled())

        return real(*args, **(kwargs | {"cancelled": wait_for_stop}))

    def press_stop(dialog: WorkDialog) -> int:
        assert started.wait(10)
        dialog.task.cancel.set()  # what Stop does, before it waits for the worker
        stop_pressed.set()
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ics, "import_ics", held)
    monkeypatch.setattr(WorkDialog, "exec", press_stop)
    before = snapshot(database)
    assert not calendar_files.import_ics_file(parent, database, bulk)
    assert snapshot(database) == before
    assert said == []  # a stop is not an error


@pytest.mark.usefixtures("chinese")
def test_an_impossible_rule_is_refused_in_the_ui_language(
    parent: QWidget,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[str],
) -> None:
    group = make_group(database)
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:never@x\r\n"
        f"DTSTART:20260105T090000\r\nRRULE:{IMPOSSIBLE}\r\nSUMMARY:二月三十日\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    _choose(monkeypatch, tmp_path / "永不.ics", data.encode())
    before = snapshot(database)
    assert not calendar_files.import_ics_file(parent, database, group)
    assert snapshot(database) == before
    (text,) = said
    assert "重复规则永远不会发生" in text and "30" in text
    assert text.endswith("未导入任何内容。")


@pytest.mark.parametrize(("language", "label"), [("zh_CN", "线下沙龙"), ("en", "Offline salon")])
def test_the_export_labels_follow_the_window(
    parent: QWidget,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    said: list[str],
    language: str,
    label: str,
) -> None:
    group = make_group(database)
    events.create_event(database, draft(group, T(2026, 11, 28, 14), title="沙龙", type="salon"))
    target = tmp_path / "活动.ics"
    monkeypatch.setattr(saving, "ask_save_path", lambda *_args: target)
    monkeypatch.setattr(saving, "show_saved", lambda *_args: None)
    QLocale.setDefault(QLocale(language))
    try:
        assert calendar_files.export_ics_file(
            parent, database, group, T(2026, 11, 1).date(), T(2026, 11, 30).date()
        )
    finally:
        QLocale.setDefault(QLocale.c())
    cal = Calendar.from_ical(target.read_bytes())
    assert isinstance(cal, Calendar)
    (vevent,) = cal.walk("VEVENT")
    assert [str(c) for c in vevent["categories"].cats] == ["读书会", label]
    assert vevent["dtstart"].params["TZID"] == "Asia/Shanghai"
