"""Start the GUI: QApplication, settings, the database to open, the main window."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__, paths
from desktop.models.db import Database
from desktop.models.errors import QunDeskError
from desktop.views.dialogs.database_files import DatabaseFileDialog
from desktop.views.main_window import SETTING_LAST_DB, MainWindow


def make_settings() -> QSettings:
    """Settings in an INI file in the config folder (so tests and --data-dir redirect it)."""
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "qundesk.ini"), QSettings.Format.IniFormat)


def choose_db_path(explicit: Path | None, settings: QSettings) -> Path:
    """--db if given, else the last database opened if it still exists, else the default."""
    if explicit is not None:
        return explicit
    last = settings.value(SETTING_LAST_DB)
    if last and Path(str(last)).is_file():
        return Path(str(last))
    return paths.default_db_path()


def open_with_recovery(path: Path, *, create: bool) -> Database | None:
    """Open `path`; when refused, explain and let the owner pick another file or quit."""
    while True:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return Database.open(path, create=create)
        except (QunDeskError, sqlite3.Error, OSError) as exc:
            answer = QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "Cannot open database"),
                QCoreApplication.translate(
                    "App", "%1\n\nThe file was not changed. Open another database?"
                ).replace("%1", str(exc)),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            )
            if answer != QMessageBox.StandardButton.Open:
                return None
            chosen = DatabaseFileDialog.ask_open(None, path)
            if chosen is None:
                return None
            path, create = chosen, False


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with QunDesk's names set (reuses one if it exists)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("QunDesk")
    app.setApplicationDisplayName("QunDesk")
    app.setOrganizationName("QunDesk")
    app.setApplicationVersion(__version__)
    return app


def run_gui(db: Path | None) -> int:
    """Open the main window and run the event loop; returns the exit code."""
    app = create_application()
    settings = make_settings()
    path = choose_db_path(db, settings)
    database = open_with_recovery(path, create=True)
    if database is None:
        return 1
    window = MainWindow(database, settings)
    window.show()
    code = app.exec()
    window.database.close()
    return int(code)
