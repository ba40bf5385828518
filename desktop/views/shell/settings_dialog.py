"""Settings: UI language, export author, backup folder, the owner's time zone and words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import SETTING_LANGUAGE
from desktop.models.core.errors import ValidationError
from desktop.models.storage import backups
from desktop.models.storage.db import Database
from desktop.models.storage.settings import chat_zone_name, set_chat_zone
from desktop.views.common import labels
from desktop.views.exchange.chat_import_parts import ZONES
from desktop.views.shell.vocabulary_page import VocabularyPage, domain_titles

SETTING_AUTHOR = "export/author"
SETTING_BACKUP_FOLDER = "backup/folder"
# Language names are written in their own language, so anyone can find theirs.
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("zh_TW", "繁體中文"), ("en", "English"))


class SettingsDialog(QDialog):
    """Edits the QSettings keys shared by the app and, with a database, its vocabulary."""

    def __init__(
        self, settings: QSettings, database: Database | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.database = database
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.pages = QTabWidget(self)
        self.pages.setObjectName("settingsPages")
        general = QWidget(self.pages)
        general.setObjectName("settingsGeneral")

        self.language = QComboBox(general)
        self.language.setObjectName("settingsLanguage")
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language_note = QLabel(general)
        self.language_note.setObjectName("settingsLanguageNote")
        self.language_note.setWordWrap(True)

        self.author = QLineEdit(general)
        self.author.setObjectName("settingsAuthor")
        self.author.setPlaceholderText(self.tr("Your name or your business's"))
        self.author.setToolTip(self.tr("Written as the author of exported workbooks"))

        folder_row = self._build_backup_row(general)
        self._build_zone(general)

        form = QFormLayout(general)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Export &author:"), self.author)
        folder_label = QLabel(self.tr("Backup &folder:"), general)
        folder_label.setBuddy(self.backup_folder)  # a row of a layout gets no buddy itself
        form.addRow(folder_label, folder_row)
        form.addRow("", self.backup_space)
        if self.database is not None:
            form.addRow(self.tr("Your &time zone:"), self.zone)
        else:
            self.zone.hide()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pages.addTab(general, self.tr("General"))

        self.vocabulary: VocabularyPage | None = None
        if self.database is not None:
            self.vocabulary = VocabularyPage(self.database, self.pages)
            self.pages.addTab(self.vocabulary, self.tr("Vocabulary"))

        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("settingsButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 460)

    def _build_backup_row(self, general: QWidget) -> QHBoxLayout:
        """The backup folder field with its Browse button, and the space backups use."""
        self.backup_folder = QLineEdit(general)
        self.backup_folder.setObjectName("settingsBackupFolder")
        self.backup_folder.setPlaceholderText(self.tr("Beside the database, in backups/"))
        self.browse = QPushButton(self.tr("&Browse…"), general)
        self.browse.setObjectName("settingsBackupBrowse")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.browse)
        self.backup_space = QLabel(general)
        self.backup_space.setObjectName("backupSpace")
        self.backup_space.setWordWrap(True)
        return folder_row

    def _build_zone(self, general: QWidget) -> None:
        """The database's one time zone: chat days are counted and calendar files written in it."""
        self.zone = QComboBox(general)
        self.zone.setObjectName("settingsZone")
        self.zone.addItem(self.tr("This computer's time zone"), "")
        for zone in ZONES:
            self.zone.addItem(zone, zone)
        self.zone.setToolTip(
            self.tr("Chat days are counted and calendar files written in this time zone")
        )

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._on_browse)
        self.language.currentIndexChanged.connect(self._on_language_changed)

    def _load(self) -> None:
        self._initial_language = str(self.settings.value(SETTING_LANGUAGE, "") or "")
        index = self.language.findData(self._initial_language)
        self.language.setCurrentIndex(max(index, 0))
        self.author.setText(str(self.settings.value(SETTING_AUTHOR, "") or ""))
        self.backup_folder.setText(str(self.settings.value(SETTING_BACKUP_FOLDER, "") or ""))
        self._show_backup_space()
        self._on_language_changed()
        if self.database is not None:
            saved = chat_zone_name(self.database)
            if saved and self.zone.findData(saved) < 0:
                self.zone.addItem(saved, saved)
            self.zone.setCurrentIndex(max(self.zone.findData(saved), 0))

    def _show_backup_space(self) -> None:
        """How many backups of the open database there are and the space they take."""
        self.backup_space.setVisible(self.database is not None)
        if self.database is None:
            return
        count, size = backups.space_used(self.database.path, self.database.backup_folder)
        self.backup_space.setText(
            self.tr("Backups of this database: %n file(s), %1", "", count).replace(
                "%1", QLocale().formattedDataSize(size)
            )
        )

    # ---- handlers -----------------------------------------------------------------------

    def _on_language_changed(self, *_args: object) -> None:
        if self.language.currentData() == self._initial_language:
            self.language_note.setText(self.tr("A new language applies when QunDesk restarts."))
        else:
            self.language_note.setText(self.tr("Restart QunDesk to see it in the new language."))

    @classmethod
    def ask_folder(cls, parent: QWidget, start: str) -> str:
        """The backup folder picker ("" when cancelled); tests patch it."""
        return QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("SettingsDialog", "Choose the backup folder"), start
        )

    def _on_browse(self) -> None:
        folder = type(self).ask_folder(self, self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def accept(self) -> None:
        """Save the owner's words (all or nothing), then the settings; stay open on errors."""
        if self.vocabulary is not None:
            try:
                self.vocabulary.save()
            except ValidationError as exc:
                self._show_error(exc)
                return
            labels.load_vocabulary(self.vocabulary.database)
        if self.database is not None and self.zone.currentData() != chat_zone_name(self.database):
            set_chat_zone(self.database, str(self.zone.currentData()))
        self.settings.setValue(SETTING_LANGUAGE, str(self.language.currentData()))
        self.settings.setValue(SETTING_AUTHOR, self.author.text().strip())
        self.settings.setValue(SETTING_BACKUP_FOLDER, self.backup_folder.text().strip())
        self.settings.sync()
        super().accept()

    def _show_error(self, exc: ValidationError) -> None:
        domain = exc.field.split(".", 1)[0]
        title = domain_titles().get(domain, domain)
        where = (
            self.tr("%1, row %2").replace("%1", title).replace("%2", str(exc.row))
            if exc.row is not None
            else title
        )
        self.error.setText(
            self.tr("%1: %2 Nothing was saved.").replace("%1", where).replace("%2", exc.message)
        )
        self.error.show()
        if self.vocabulary is not None:
            self.pages.setCurrentWidget(self.vocabulary)
            index = self.vocabulary.domain.findData(domain)
            if index >= 0:
                self.vocabulary.domain.setCurrentIndex(index)

    def language_changed(self) -> bool:
        """Whether the saved language differs from the one this dialog opened with."""
        return str(self.language.currentData()) != self._initial_language

    @classmethod
    def ask(
        cls, parent: QWidget | None, settings: QSettings, database: Database | None = None
    ) -> bool | None:
        """Run the dialog; None when cancelled, else whether the language changed."""
        dialog = cls(settings, database, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.language_changed()
        finally:
            dialog.deleteLater()
