"""Saving, restoring, locking and network drives in the window, as Windows and macOS behave.

Each test makes this system behave as Windows (or macOS) is documented to — a file Excel
holds open, a second program holding the database, a network mount, a lock whose holder
cannot be seen — and checks what the owner is told and what the window goes on with.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import socket
from collections import namedtuple
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolTip,
)
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.app import make_settings, open_with_recovery
from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.storage import backups, lockfile, places
from desktop.models.storage.db import Database
from desktop.views.calendar.calendar_files import export_ics_file
from desktop.views.calendar.calendar_tab import CalendarTab
from desktop.views.common import saving
from desktop.views.dashboard import dashboard_charts
from desktop.views.exchange.export_dialog import ExportDialog
from desktop.views.shell import file_menu as data_safety
from desktop.views.shell import lock_dialog
from desktop.views.shell.lock_dialog import LockDialog
from desktop.views.shell.main_window import MainWindow
from desktop.views.shell.restore_dialog import RestoreDialog

TODAY = dt.date(2026, 11, 23)
YEAR = (dt.date(2025, 12, 1), TODAY)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    demo_db.clock = FixedClock(TODAY)
    win = MainWindow(demo_db, make_settings(), clock=demo_db.clock)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    if win.database is not demo_db:
        win.database.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of every warning, error and tooltip shown."""
    texts: list[str] = []

    def box(_parent: object, _title: str, text: str, *_args: object) -> int:
        texts.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "critical", box)
    monkeypatch.setattr(QMessageBox, "warning", box)
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: texts.append(text))
    return texts


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's Documents folder, in the test's own folder."""
    folder = tmp_path / "文档"
    folder.mkdir()
    monkeypatch.setattr(paths, "documents_dir", lambda: folder)
    return folder


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path, asked: list[str] | None = None) -> None:
    def save_file_name(_parent: object, _title: str, start: str, *_a: object) -> tuple[str, str]:
        if asked is not None:
            asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))


# ---- 5. every file the owner saves: open in Excel or WPS -----------------------------------

Writer = Callable[[QtBot, MainWindow, Path, pytest.MonkeyPatch, list[str]], None]


def _table(
    qtbot: QtBot, window: MainWindow, target: Path, mp: pytest.MonkeyPatch, _shown: list[str]
) -> None:
    window.tabs.setCurrentWidget(window.members_tab)
    qtbot.waitUntil(window.members_tab.isVisible)
    _choose(mp, target)
    window.action_export_table.trigger()


def _attendance(
    qtbot: QtBot, window: MainWindow, target: Path, mp: pytest.MonkeyPatch, _shown: list[str]
) -> None:
    tab = CalendarTab(QUndoStack(), clock=window.clock)
    qtbot.addWidget(tab)
    tab.set_database(window.database)
    tab.set_scope(Scope(2, *YEAR))
    report = tab.open_attendance_report()
    assert report is not None
    _choose(mp, target)
    report.export_button.click()


def _calendar(
    qtbot: QtBot, window: MainWindow, target: Path, mp: pytest.MonkeyPatch, _shown: list[str]
) -> None:
    _choose(mp, target)
    assert not export_ics_file(window, window.database, 2, *YEAR)


def _everything(
    qtbot: QtBot, window: MainWindow, target: Path, mp: pytest.MonkeyPatch, _shown: list[str]
) -> None:
    mp.setattr(data_safety.PortableFiles, "ask_export_path", classmethod(lambda c, *a: target))
    assert data_safety.export_all(window) is None


def _workbook(
    qtbot: QtBot, window: MainWindow, target: Path, mp: pytest.MonkeyPatch, shown: list[str]
) -> None:
    dialog = ExportDialog(window.database, Scope(None, *YEAR), window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.workFailed, timeout=60_000) as failed:
        dialog.export_button.click()
    shown.append(failed.args[0])  # the dialog says it in its own summary line
    qtbot.waitUntil(lambda: not dialog.is_busy())


def _chart(
    qtbot: QtBot, window: MainWindow, target: Path, mp: pytest.MonkeyPatch, _shown: list[str]
) -> None:
    window.tabs.setCurrentWidget(window.dashboard_tab)
    qtbot.waitUntil(window.dashboard_tab.is_drawn)
    mp.setattr(dashboard_charts.ChartSaveDialog, "ask", classmethod(lambda c, *a: target))
    chart = window.dashboard_tab.activity
    assert chart is not None
    chart.save_button.click()


WRITERS: dict[str, tuple[str, Writer]] = {
    "table": ("成员.xlsx", _table),
    "attendance": ("出勤.csv", _attendance),
    "calendar": ("活动.ics", _calendar),
    "everything": ("全部.zip", _everything),
    "workbook": ("合作方.xlsx", _workbook),
    "chart": ("图表.png", _chart),
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_file_open_in_excel_or_wps_is_named_in_the_owners_language(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[str],
    chinese: None,
    writer: str,
) -> None:
    """Excel and WPS open a file without FILE_SHARE_DELETE, so replacing it fails with
    PermissionError [WinError 5] 拒绝访问, naming the temporary file it came from."""
    folder = tmp_path / "out"
    folder.mkdir()
    name, run = WRITERS[writer]
    target = folder / name
    target.write_bytes(b"the owner's open copy")
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == target:
            raise PermissionError(errno.EACCES, "拒绝访问。", os.fspath(src), None, os.fspath(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    run(qtbot, window, target, monkeypatch, shown)
    assert len(shown) == 1, shown
    (text,) = shown
    assert "Excel 或 WPS" in text and str(target) in text  # zh_CN, naming the owner's file
    assert ".part" not in text and "WinError" not in text and "拒绝访问" not in text
    assert target.read_bytes() == b"the owner's open copy"
    assert sorted(p.name for p in folder.iterdir()) == [name]  # no .part / .partial left


# ---- 6. where exports go, their names, and "Open folder" ---------------------------------------


def test_saving_starts_in_documents_then_the_last_folder_and_offers_to_open_it(
    qtbot: QtBot,
    window: MainWindow,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Explorer hides %LOCALAPPDATA% (the database's folder), and a macOS app started from
    Finder has `/` as its working directory: neither is where the owner looks for a file."""
    asked: list[str] = []
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.tabs.setCurrentWidget(window.members_tab)
    qtbot.waitUntil(window.members_tab.isVisible)
    chosen = tmp_path / "给合作方" / "roster.csv"
    chosen.parent.mkdir()
    _choose(monkeypatch, chosen, asked)
    window.action_export_table.trigger()
    assert chosen.is_file()
    assert Path(asked[0]) == documents / "Members.xlsx"  # not the database's folder
    button = window.statusBar().findChild(QPushButton, "openFolderButton")
    assert button is not None and button.isVisible()
    assert str(chosen) in window.statusBar().currentMessage()
    button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [chosen.parent]
    window.statusBar().showMessage("something else")  # the offer goes with its message
    assert not button.isVisible()
    # the next save starts where the last one went; a group's name becomes a safe file name
    group = create_group(window.database, GroupDraft(name='跑团/夜跑: "周三"?'), today=TODAY)
    _choose(monkeypatch, tmp_path / "x.ics", asked)
    assert export_ics_file(window, window.database, group, *YEAR)
    assert Path(asked[1]) == chosen.parent / "跑团_夜跑_ _周三_.ics"


def test_documents_is_asked_of_the_system_and_missing_folders_fall_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Windows may redirect Documents into OneDrive (SHGetKnownFolderPath knows where)."""
    redirected = tmp_path / "OneDrive" / "文档"
    monkeypatch.setattr(paths.platformdirs, "user_documents_dir", lambda: str(redirected))
    assert paths.documents_dir() == redirected
    assert saving.default_folder() == Path.home()  # not made yet: the home folder
    redirected.mkdir(parents=True)
    assert saving.suggested_path("CON", ".csv") == redirected / "_CON.csv"


# ---- 7. taking over a lock whose holder is gone ---------------------------------------------


def test_the_lock_dialog_offers_to_take_over_only_a_lock_whose_holder_may_be_gone(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock from another computer cannot be checked from here (its processes are not
    ours to see), nor one whose pid Windows gave to a process this user may not inspect."""
    import shutil

    path = tmp_path / "held.sqlite"
    shutil.copyfile(demo_template, path)
    Database.open(path).close()
    since = dt.datetime(2026, 11, 23, 9, 5)
    running = lockfile.LockHolder.current(since)  # this very process: surely running
    laptop = lockfile.LockHolder("办公室的笔记本", 4188, since, 1_790_000_000.0)
    for holder, offered in ((running, False), (laptop, True)):
        box = LockDialog.build(None, str(path), holder, can_take_over=lockfile.may_be_gone(holder))
        buttons = {b.objectName() for b in box.findChildren(QAbstractButton)}
        assert ("lockTakeOver" in buttons) is offered
        assert ("switched off" in box.informativeText()) is offered
        box.deleteLater()

    def click_take_over(box: QMessageBox) -> int:
        button = box.findChild(QAbstractButton, "lockTakeOver")
        assert button is not None
        button.click()
        return 0

    lockfile.lock_path(path).write_text(laptop.to_json(), encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "exec", click_take_over)
    database = open_with_recovery(path, create=False, settings=make_settings())
    assert database is not None
    try:
        assert not database.read_only and database.lock is not None
        assert lockfile.read_holder(path) == database.lock.holder != laptop
        assert database.counts()["members"] == 300
    finally:
        database.close()
    monkeypatch.setattr(LockDialog, "ask", classmethod(lambda c, *a: lock_dialog.QUIT))
    lockfile.lock_path(path).write_text(laptop.to_json(), encoding="utf-8")
    assert open_with_recovery(path, create=False, settings=make_settings()) is None
    assert lockfile.read_holder(path) == laptop  # quitting leaves the lock alone
    assert socket.gethostname() != laptop.host


# ---- 8. a restore another program prevents -------------------------------------------------


def test_a_restore_another_program_prevents_says_so_and_the_window_goes_on(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    """Windows refuses to replace a file an antivirus or a sync app (OneDrive) holds open:
    PermissionError [WinError 32] from os.replace (MoveFileEx)."""
    database = window.database
    copy = backups.manual_backup(database, now=dt.datetime(2026, 11, 23, 8, 0))
    path = database.path
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == path:
            raise PermissionError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda c, *a: copy.path))
    assert not data_safety.restore(window)
    (text,) = shown
    assert "another program" in text and "antivirus" in text and "OneDrive" in text
    assert str(path) in text and "Nothing was changed" in text
    assert window.database is not database  # the old file, reopened
    assert window.database.counts()["members"] == 300
    window.refresh_all()
    window.tabs.setCurrentWidget(window.groups_tab)  # the tabs read through it
    assert not list(path.parent.glob(".*.restoring"))


# ---- 9. a database on a network drive -------------------------------------------------------


Partition = namedtuple("Partition", "device mountpoint fstype opts")


@pytest.mark.parametrize(("fstype", "warned"), [("cifs", True), ("ext4", False)])
def test_a_database_on_a_network_drive_is_flagged_in_the_status_bar(
    qtbot: QtBot,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    fstype: str,
    warned: bool,
) -> None:
    """SQLite: "WAL does not work over a network filesystem" (all processes using the
    database must be on the same host); psutil names the mount's file system."""
    mount = str(demo_db.path.parent.resolve())
    partitions = [
        Partition("/dev/sda1", "/", "ext4", "rw"),
        Partition("//nas/s", mount, fstype, "rw"),
    ]
    monkeypatch.setattr(places.psutil, "disk_partitions", lambda all=False: partitions)
    win = MainWindow(demo_db, make_settings(), clock=FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    label = win.statusBar().findChild(QLabel, "networkDriveWarning")
    assert label is not None and label.isVisible() is warned
    if warned:
        assert str(demo_db.path) in label.toolTip() and "network drive" in label.toolTip()
        win.statusBar().showMessage("Opened")  # a passing message does not hide it
        assert label.isVisible()
    win.close()
