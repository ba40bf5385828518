"""Settings dialog: language, export author, backup folder, the owner's vocabulary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.codes import Lifecycle, Purpose, Role
from desktop.models.core.vocabulary import list_vocabulary
from desktop.models.storage import backups
from desktop.models.storage.db import Database
from desktop.views.common import labels
from desktop.views.shell.main_window import MainWindow
from desktop.views.shell.settings_dialog import SettingsDialog
from desktop.views.shell.vocabulary_page import RowRole, VocabularyModel


@pytest.fixture(autouse=True)
def no_owner_words() -> Iterator[None]:
    yield
    labels.set_vocabulary(())


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot: QtBot, settings: QSettings, database: Database) -> SettingsDialog:
    dlg = SettingsDialog(settings, database)
    qtbot.addWidget(dlg)
    return dlg


def test_saves_language_author_and_backup_folder(
    dialog: SettingsDialog, settings: QSettings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert dialog.objectName() == "settingsDialog"
    assert [dialog.language.itemData(i) for i in range(4)] == ["", "zh_CN", "zh_TW", "en"]
    assert dialog.language.currentData() == ""
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    assert "Restart" in dialog.language_note.text()
    dialog.author.setText("  王小明  ")
    monkeypatch.setattr(SettingsDialog, "ask_folder", classmethod(lambda cls, p, s: str(tmp_path)))
    dialog.browse.click()
    assert dialog.backup_folder.text() == str(tmp_path)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.value("ui/language") == "zh_TW"
    assert settings.value("export/author") == "王小明"
    assert settings.value("backup/folder") == str(tmp_path)
    assert dialog.language_changed()


def test_cancel_changes_nothing(dialog: SettingsDialog, settings: QSettings) -> None:
    settings.setValue("export/author", "张三")
    dialog._load()
    assert dialog.author.text() == "张三"
    dialog.author.setText("李四")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert settings.value("export/author") == "张三"


def test_renaming_a_role_shows_everywhere_and_in_the_database(
    dialog: SettingsDialog, database: Database, qtmodeltester: object
) -> None:
    page = dialog.vocabulary
    assert page is not None
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert page.current_domain() == "role"
    assert not page.add_button.isEnabled()  # roles can be renamed, not added to
    seed = next(
        r
        for r in range(page.model.rowCount())
        if page.model.index(r, 0).data(RowRole).code == "seed"
    )
    page.model.setData(page.model.index(seed, VocabularyModel.ZH), "铁粉")
    page.model.setData(page.model.index(seed, VocabularyModel.EN), "Superfan")
    dialog.accept()
    assert [(e.domain, e.code, e.label_zh, e.label_en) for e in list_vocabulary(database)] == [
        ("role", "seed", "铁粉", "Superfan")
    ]
    assert labels.label(Role.SEED) == "Superfan"  # the C locale of the tests reads English
    assert labels.label(Lifecycle.GROWTH) == "Growth"


def test_adding_a_purpose_and_a_clash_that_saves_nothing(
    dialog: SettingsDialog, database: Database
) -> None:
    page = dialog.vocabulary
    assert page is not None
    page.domain.setCurrentIndex(page.domain.findData("purpose"))
    assert page.add_button.isEnabled()
    page.add_button.click()
    last = page.model.rowCount() - 1
    page.model.setData(page.model.index(last, VocabularyModel.ZH), "公益")
    page.model.setData(page.model.index(last, VocabularyModel.EN), "Charity")
    page.domain.setCurrentIndex(page.domain.findData("role"))
    page.model.setData(page.model.index(0, VocabularyModel.ZH), "灵魂")
    page.model.setData(page.model.index(1, VocabularyModel.ZH), "灵魂")  # the same word twice
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "角色" in dialog.error.text() or "Roles" in dialog.error.text()
    assert list_vocabulary(database) == []  # all or nothing
    page.model.setData(page.model.index(1, VocabularyModel.ZH), "")
    dialog.accept()
    words = {(e.domain, e.code): (e.label_zh, e.label_en) for e in list_vocabulary(database)}
    assert words == {
        ("purpose", "custom_charity"): ("公益", "Charity"),
        ("role", "founder"): ("灵魂", ""),
    }
    assert labels.choices(Purpose)[-1] == ("custom_charity", "Charity")


def test_settings_action_opens_the_dialog(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo_db, make_settings())
    qtbot.addWidget(window)
    action = window.findChild(QAction, "actionSettings")
    assert action is not None
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action in window.findChild(QMenu, "menuEdit").actions()
    seen: list[object] = []

    def ask(_cls: object, parent: object, settings: object, database: object) -> bool:
        seen.append((parent, settings, database))
        return True

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(ask))
    action.trigger()
    assert seen == [(window, window.settings, demo_db)]
    assert "restart" in window.statusBar().currentMessage().lower()
    window.close()


def test_without_a_database_there_is_no_vocabulary_page(qtbot: QtBot, settings: QSettings) -> None:
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    assert dlg.vocabulary is None
    assert dlg.pages.count() == 1
    assert dlg.pages.tabText(0) == "General"
    assert dlg.language.currentIndex() == 0


def test_shows_the_space_the_open_databases_backups_use(
    qtbot: QtBot, settings: QSettings, database: Database, tmp_path: Path
) -> None:
    def shown() -> str:
        dlg = SettingsDialog(settings, database)
        qtbot.addWidget(dlg)
        assert dlg.backup_space.objectName() == "backupSpace"
        assert dlg.backup_space.isVisibleTo(dlg)
        return dlg.backup_space.text()

    assert shown() == "Backups of this database: 0 file(s), " + QLocale().formattedDataSize(0)
    made = [backups.manual_backup(database, now=dt.datetime(2026, 11, 23, 8 + n)) for n in range(2)]
    # Another test.sqlite backing up into the same folder is not counted.
    (tmp_path / "other").mkdir()
    other = Database.open(tmp_path / "other" / "test.sqlite", backup_folder=tmp_path / "backups")
    try:
        backups.manual_backup(other, now=dt.datetime(2026, 11, 23, 7))
    finally:
        other.close()
    assert len(list((tmp_path / "backups").iterdir())) == 3
    size = QLocale().formattedDataSize(sum(m.path.stat().st_size for m in made))
    assert shown() == f"Backups of this database: 2 file(s), {size}"
    # Without a database there is nothing to count.
    bare = SettingsDialog(settings)
    qtbot.addWidget(bare)
    assert not bare.backup_space.isVisibleTo(bare)


def test_the_owners_time_zone_is_one_setting_for_chats_and_calendar_files(
    dialog: SettingsDialog, database: Database
) -> None:
    from desktop.models.storage.settings import chat_zone_name, owner_zone_name

    assert dialog.zone.currentData() == "" and owner_zone_name(database) == "Asia/Shanghai"
    dialog.zone.setCurrentIndex(dialog.zone.findData("Europe/Berlin"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert chat_zone_name(database) == "Europe/Berlin"
    assert owner_zone_name(database) == "Europe/Berlin"
