"""The Calendar tab's file actions: .ics export and import (on a worker), behind file dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.models.core.errors import QunDeskError
from desktop.models.exchange.import_engine import CancelledFn, ImportCancelledError, ProgressFn
from desktop.models.groups.queries import group_name
from desktop.models.storage.db import Database
from desktop.models.storage.files import write_user_file
from desktop.views.common import saving
from desktop.views.common.field_labels import error_text
from desktop.views.shell.file_menu import WorkDialog

if TYPE_CHECKING:
    from desktop.models.calendar import ics


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarTab", text)


def export_ics_file(
    parent: QWidget, database: Database, group_id: int | None, first: dt.date, last: dt.date
) -> bool:
    """Ask for a file name and write the range's events there; whether a file was written."""
    name = "QunDesk" if group_id is None else group_name(database, group_id)
    path = saving.ask_save_path(
        parent, _tr("Export calendar"), name, ".ics", _tr("iCalendar (*.ics)")
    )
    if path is None:
        return False
    from desktop.models.calendar import ics

    data = ics.export_ics(
        database, group_id=group_id, start=first, end=last, lang=export_language()
    )
    try:
        write_user_file(path, data)  # whole or not at all, never over a file held open
    except OSError as exc:
        QMessageBox.warning(parent, _tr("Export calendar"), saving.save_failed_text(exc, path))
        return False
    saving.show_saved(parent, _tr("Calendar saved to %1").replace("%1", str(path)), path)
    return True


def import_ics_file(parent: QWidget, database: Database, group_id: int | None) -> bool:
    """Ask for an .ics file and add its events to the group; whether anything was imported."""
    if group_id is None:
        QMessageBox.information(
            parent, _tr("Import calendar"), _tr("Choose a group in the toolbar first.")
        )
        return False
    path = ask_ics_file(parent)
    if path is None:
        return False
    from desktop.models.calendar import ics

    def work(progress: ProgressFn, cancelled: CancelledFn) -> ics.ImportResult:
        data = path.read_bytes()
        return ics.import_ics(database, data, group_id, progress=progress, cancelled=cancelled)

    try:
        result = WorkDialog.run(parent, _tr("Importing the calendar…"), work)
    except ImportCancelledError:
        return False  # stopped: the transaction rolled back
    except (QunDeskError, OSError) as exc:
        QMessageBox.warning(
            parent,
            _tr("Import calendar"),
            _tr("%1\nNothing was imported.").replace("%1", error_text(exc)),
        )
        return False
    if not isinstance(result, ics.ImportResult):  # stopped: the transaction rolled back
        return False
    QMessageBox.information(parent, _tr("Import calendar"), import_summary(result))
    return bool(result.events or result.series or result.edited_occurrences or result.updated)


def ask_ics_file(parent: QWidget) -> Path | None:
    """The .ics file to import, None when cancelled (tests patch this)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Import calendar"), "", _tr("iCalendar (*.ics)")
    )
    return Path(path) if path else None


def import_summary(result: ics.ImportResult) -> str:
    """What an import did, in a sentence or two."""
    text = (
        _tr("%1 events and %2 series imported.")
        .replace("%1", str(result.events))
        .replace("%2", str(result.series))
    )
    if result.updated or result.unchanged:
        text += " " + (
            _tr("%1 already held were updated, %2 were unchanged.")
            .replace("%1", str(result.updated))
            .replace("%2", str(result.unchanged))
        )
    return text


def export_language() -> str:
    """The language of a calendar file's labels: the window's (Chinese or English)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
