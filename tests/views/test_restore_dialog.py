"""File → Restore, Backup now, Export everything and Rebuild in the main window."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models import backups, portable
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.groups import list_group_refs
from desktop.views import data_safety
from desktop.views.dialogs.restore_dialog import BackupListModel, RestoreDialog, RowRole
from desktop.views.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def settings() -> QSettings:
    return make_settings()


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, settings: QSettings) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, settings, clock=FixedClock(TODAY))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    if win.database is not demo_db:
        win.database.close()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def critical(_parent: object, title: str, text: str, *_args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def _three_backups(database: Database) -> list[backups.BackupInfo]:
    made = [
        backups.daily_backup(database, now=dt.datetime(2026, 11, 21, 9, 0)),
        backups.backup_before(database, "import", now=dt.datetime(2026, 11, 22, 15, 30)),
    ]
    with database.transaction() as conn:
        conn.execute("DELETE FROM attendance")
    made.append(backups.manual_backup(database, now=dt.datetime(2026, 11, 23, 8, 15)))
    assert all(made)
    return [m for m in made if m is not None]


def test_dialog_lists_backups_with_date_kind_size_and_counts(
    qtbot: QtBot, demo_db: Database, qtmodeltester: object
) -> None:
    made = _three_backups(demo_db)
    dialog = RestoreDialog(demo_db)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3
    assert [model.index(r, 0).data(RowRole).path for r in range(3)] == [
        made[2].path, made[1].path, made[0].path
    ]  # fmt: skip
    assert model.index(0, BackupListModel.DATE).data() == "2026-11-23 08:15"
    assert model.index(0, BackupListModel.KIND).data() == "Made by hand"
    assert model.index(1, BackupListModel.KIND).data() == "Before an import"
    assert model.index(2, BackupListModel.KIND).data() == "Daily, on start"
    assert model.index(0, BackupListModel.MEMBERS).data() == "300"
    assert model.index(0, BackupListModel.SIZE).data(RowRole).size == made[2].path.stat().st_size
    # details: rows per table in the chosen backup and now
    dialog.table.selectRow(2)
    labels = [dialog.details.verticalHeaderItem(r).text() for r in range(dialog.details.rowCount())]
    row = labels.index("Check-ins")
    in_backup = int(dialog.details.item(row, 0).text().replace(",", ""))
    assert in_backup == backups.table_counts(made[0].path)["attendance"] > 0
    assert dialog.details.item(row, 1).text() == "0"
    assert dialog.restore_button.isEnabled()


def test_restore_from_the_menu_replaces_the_file_and_reloads(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, errors: list[tuple[str, str]]
) -> None:
    old = window.database
    made = _three_backups(old)
    members_before = old.counts()["members"]
    assert window.action_restore.isEnabled()
    with old.transaction() as conn:
        conn.execute("UPDATE groups SET name = '改名了' WHERE id = 1")
    window.refresh_all()
    assert window.group_filter.findText("改名了") >= 0
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, *a: made[0].path))
    window.action_restore.trigger()
    assert errors == []
    assert window.database is not old and window.database.path == old.path
    assert window.database.counts()["attendance"] > 0  # the backup's data is back
    assert window.database.counts()["members"] == members_before
    assert window.group_filter.findText("改名了") < 0  # the window reloaded
    names = [r.name for r in list_group_refs(window.database)]
    assert window.group_filter.findText(names[0]) >= 0
    assert "Restored" in window.statusBar().currentMessage()
    kinds = [b.reason for b in backups.list_backups(window.database.path)]
    assert "before-restore" in kinds


def test_restore_dialog_asks_before_restoring(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _three_backups(demo_db)
    dialog = RestoreDialog(demo_db)
    qtbot.addWidget(dialog)
    answers = [False, True]
    monkeypatch.setattr(RestoreDialog, "confirm", classmethod(lambda cls, *a: answers.pop(0)))
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert dialog.chosen is None and dialog.result() != RestoreDialog.DialogCode.Accepted
    dialog.restore_button.click()
    assert dialog.chosen == made[1].path
    assert dialog.result() == RestoreDialog.DialogCode.Accepted


def test_backup_now_uses_the_configured_folder(
    window: MainWindow, settings: QSettings, tmp_path: Path
) -> None:
    settings.setValue(data_safety.SETTING_BACKUP_FOLDER, str(tmp_path / "stick"))
    window.database.backup_folder = data_safety.backup_folder_setting(settings)
    window.action_backup.trigger()
    found = backups.list_backups(window.database.path, tmp_path / "stick")
    assert [b.reason for b in found] == ["manual"]
    assert "Backup saved" in window.statusBar().currentMessage()


def test_export_everything_then_rebuild_opens_an_identical_database(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    errors: list[tuple[str, str]],
) -> None:
    zip_path, rebuilt = tmp_path / "all.zip", tmp_path / "rebuilt.sqlite"
    files = data_safety.PortableFiles
    monkeypatch.setattr(files, "ask_export_path", classmethod(lambda cls, *a: zip_path))
    monkeypatch.setattr(files, "ask_zip", classmethod(lambda cls, *a: zip_path))
    monkeypatch.setattr(files, "ask_new_database", classmethod(lambda cls, *a: rebuilt))
    original = portable.table_contents(window.database.conn)
    window.action_export_all.trigger()
    assert errors == []
    with zipfile.ZipFile(zip_path) as archive:
        assert "members.csv" in archive.namelist() and "schema.json" in archive.namelist()
    assert "exported" in window.statusBar().currentMessage()
    old = window.database
    window.action_rebuild.trigger()
    assert errors == []
    assert window.database.path == rebuilt and window.database is not old
    assert portable.table_contents(window.database.conn) == original
    assert window.windowTitle().endswith("rebuilt.sqlite")


def test_read_only_viewing_shows_in_title_and_switches_writes_off(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    viewer = Database.open(demo_db.path, read_only=True)
    win = MainWindow(viewer, settings, clock=FixedClock(TODAY))
    qtbot.addWidget(win)
    try:
        assert "read-only" in win.windowTitle()
        assert "Read-only" in win.statusBar().currentMessage()
        assert not win.action_restore.isEnabled() and not win.action_import.isEnabled()
    finally:
        win.close()
        viewer.close()


def test_dialog_renders_without_backups(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    _three_backups(demo_db)
    dialog = RestoreDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.empty.isVisible()
    assert dialog.grab().save(str(tmp_path / "restore.png"))
    demo_db.backup_folder = tmp_path / "none-yet"
    empty = RestoreDialog(demo_db)
    qtbot.addWidget(empty)
    assert empty.model.rowCount() == 0 and not empty.restore_button.isEnabled()
    assert not empty.empty.isHidden()
