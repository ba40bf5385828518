"""macOS's file-open events (Finder's double-click, Open With) open the database in the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.db import Database
from desktop.views.shell.file_open import FileOpenFilter
from desktop.views.shell.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, make_settings(), clock=FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    if win.database is not demo_db:
        win.database.close()


@pytest.fixture
def opener(qapp: QApplication) -> Iterator[FileOpenFilter]:
    """The filter on the application, as on macOS; taken off again afterwards."""
    installed = FileOpenFilter.install(qapp, platform="darwin")
    yield installed
    installed.uninstall()
    installed.deleteLater()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every QMessageBox.critical shown; none is really shown."""
    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str, *_args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """A second database, empty, in a folder with a Chinese name."""
    path = tmp_path / "社群" / "other.qundesk"
    path.parent.mkdir()
    Database.open(path, clock=FixedClock(dt.datetime(2026, 11, 23, 10))).close()
    return path


def send_file_open(path: Path) -> bool:
    """What macOS does for a double-click in Finder: the event, to the application."""
    app = QCoreApplication.instance()
    assert app is not None
    return QCoreApplication.sendEvent(app, QFileOpenEvent(str(path)))


def test_a_file_open_event_switches_the_window_to_that_database(
    window: MainWindow, opener: FileOpenFilter, other: Path, errors: list[str]
) -> None:
    opener.attach(window)
    assert list_group_refs(window.database)  # the demo's groups before
    assert send_file_open(other)
    assert errors == []
    assert window.database.path == other
    assert list_group_refs(window.database) == []
    assert window.group_filter.count() == 1  # only "All groups"
    assert "other.qundesk" in window.status_label.text()


def test_a_file_that_comes_before_the_window_is_opened_when_it_exists(
    window: MainWindow, opener: FileOpenFilter, other: Path, errors: list[str]
) -> None:
    demo = window.database
    assert send_file_open(other)  # taken, though there is no window to show it yet
    assert opener.pending == other
    assert window.database is demo
    opener.attach(window)
    assert opener.pending is None
    assert window.database.path == other
    assert errors == []


def test_a_file_that_is_no_database_is_explained_and_the_current_one_kept(
    window: MainWindow, opener: FileOpenFilter, tmp_path: Path, errors: list[str]
) -> None:
    opener.attach(window)
    current = window.database
    bad = tmp_path / "roster.sqlite"
    bad.write_bytes(b"PK\x03\x04 a workbook renamed")
    send_file_open(bad)
    assert len(errors) == 1 and "not a QunDesk database" in errors[0]
    assert window.database is current
    assert bad.read_bytes() == b"PK\x03\x04 a workbook renamed"


def test_the_database_already_open_is_not_opened_again(
    window: MainWindow, opener: FileOpenFilter, errors: list[str]
) -> None:
    opener.attach(window)
    current = window.database
    assert send_file_open(current.path)
    assert window.database is current
    assert errors == []


def test_other_events_and_urls_pass_through(
    window: MainWindow, opener: FileOpenFilter, errors: list[str]
) -> None:
    opener.attach(window)
    current = window.database
    app = QCoreApplication.instance()
    assert app is not None
    remote = QFileOpenEvent(QUrl("https://example.com/club.sqlite"))
    assert not opener.eventFilter(app, remote)
    assert window.database is current and errors == []


def test_only_macos_pays_for_an_application_wide_filter(
    qapp: QApplication, window: MainWindow, other: Path
) -> None:
    elsewhere = FileOpenFilter.install(qapp, platform="win32")
    try:
        elsewhere.attach(window)
        current = window.database
        assert not send_file_open(other)  # no filter: the event is no one's
        assert window.database is current
    finally:
        elsewhere.deleteLater()
