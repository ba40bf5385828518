"""File → Restore, Backup now, Export everything and Rebuild in the main window."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.exchange import portable
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage import backups, migrations
from desktop.models.storage.db import Database
from desktop.views.shell import file_menu as data_safety
from desktop.views.shell.main_window import MainWindow
from desktop.views.shell.restore_dialog import BackupListModel, RestoreDialog, RowRole

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


@pytest.fixture
def other_demo(tmp_path: Path) -> Iterator[Database]:
    """Another database named demo.sqlite, backing up into the demo's backup folder."""
    (tmp_path / "other").mkdir()
    other = Database.open(
        tmp_path / "other" / "demo.sqlite",
        backup_folder=tmp_path / "backups",
        clock=FixedClock(TODAY),
    )
    with other.transaction() as conn:
        conn.executemany(
            "INSERT INTO members (name, created_at) VALUES (?, '2026-01-01T09:00:00')",
            [(f"成员{n}",) for n in range(10)],
        )
    yield other
    other.close()


def test_another_databases_backup_shows_on_request_and_needs_its_own_confirmation(
    qtbot: QtBot, demo_db: Database, other_demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _three_backups(demo_db)
    theirs = backups.manual_backup(other_demo, now=dt.datetime(2026, 11, 23, 9, 0))
    dialog = RestoreDialog(demo_db)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.index(r, 0).data(RowRole).path for r in range(model.rowCount())] == [
        m.path for m in reversed(made)
    ]  # the newer copy of the other database is not offered
    assert model.index(0, BackupListModel.ORIGIN).data() == "This database"
    dialog.show_others.setChecked(True)
    assert model.rowCount() == 4
    assert model.index(0, 0).data(RowRole).path == theirs.path
    assert model.index(0, BackupListModel.ORIGIN).data() == "Another database"
    tip = model.index(0, BackupListModel.ORIGIN).data(Qt.ItemDataRole.ToolTipRole)
    assert str(other_demo.path.resolve()) in tip
    dialog.table.selectRow(0)
    assert dialog.warning.isVisibleTo(dialog) and "another database" in dialog.warning.text()
    assert dialog.restore_button.isEnabled()

    asked: list[str] = []
    answers = [False, True]

    def confirm_other(_cls: object, _parent: object, info: backups.BackupInfo) -> bool:
        asked.append(info.origin)
        return answers.pop(0)

    monkeypatch.setattr(RestoreDialog, "confirm", classmethod(lambda cls, *a: asked.append("!")))
    monkeypatch.setattr(RestoreDialog, "confirm_other", classmethod(confirm_other))
    dialog.restore_button.click()  # "No": nothing chosen, the dialog stays
    assert dialog.chosen is None and dialog.result() != RestoreDialog.DialogCode.Accepted
    dialog.restore_button.click()  # "Yes"
    assert dialog.chosen == theirs.path
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert asked == ["other", "other"]  # never the plain question


def test_restoring_another_databases_backup_keeps_this_databases_identity(
    window: MainWindow,
    other_demo: Database,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[tuple[str, str]],
) -> None:
    old = window.database
    own_id = backups.database_id_of(old.conn)
    theirs = backups.manual_backup(other_demo, now=dt.datetime(2026, 11, 23, 9, 0))
    # the dialog returns another database's backup only once the owner said yes
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, *a: theirs.path))
    window.action_restore.trigger()
    assert errors == []
    assert window.database is not old and window.database.counts()["members"] == 10
    assert backups.database_id_of(window.database.conn) == own_id
    (safety,) = backups.list_backups(window.database.path)
    assert safety.reason == "before-restore" and backups.table_counts(safety.path)["members"] == 300
    theirs_now = backups.list_backups(other_demo.path, other_demo.backup_folder)
    assert [b.path for b in theirs_now] == [theirs.path]


def test_copies_of_unknown_origin_are_marked_and_hollow_ones_cannot_be_restored(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = demo_db.path.parent / "backups"
    folder.mkdir()
    fixtures = Path(__file__).parents[2] / "fixtures" / "databases"
    older = folder / "demo-daily-20261101-090000.sqlite"  # made by an older QunDesk
    shutil.copyfile(fixtures / "v5.sqlite", older)
    hollow = folder / "demo-daily-20261102-090000.sqlite"  # our id, our version, no tables
    conn = sqlite3.connect(hollow)
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION}")
    conn.execute(migrations.IDENTITY_SCHEMA)
    conn.execute(
        "INSERT INTO database_identity VALUES (1, ?, ?)",
        (backups.database_id_of(demo_db.conn), backups.path_key(demo_db.path)),
    )
    conn.commit()
    conn.close()
    dialog = RestoreDialog(demo_db)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.index(r, 0).data(RowRole).path for r in range(2)] == [hollow, older]
    assert model.index(0, BackupListModel.MEMBERS).data() == "unreadable"
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored: it lacks tables" in dialog.warning.text()
    monkeypatch.setattr(RestoreDialog, "confirm", classmethod(lambda cls, *a: True))
    dialog.table.doubleClicked.emit(model.index(0, 0))
    assert dialog.chosen is None  # a double click does not get around it
    dialog.table.selectRow(1)
    assert model.index(1, BackupListModel.ORIGIN).data() == "Origin unknown"
    assert model.index(1, BackupListModel.MEMBERS).data() == "3"
    assert "older QunDesk" in dialog.warning.text() and dialog.restore_button.isEnabled()
    monkeypatch.setattr(RestoreDialog, "confirm_other", classmethod(lambda cls, *a: False))
    dialog.restore_button.click()
    assert dialog.chosen is None
