"""The Calendar tab's file actions: .ics export and import, each behind a file dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.models.core.errors import QunDeskError
from desktop.models.groups.queries import group_name
from desktop.models.storage.db import Database
from desktop.models.storage.files import write_user_file
from desktop.views.common import saving
from desktop.views.common.field_labels import error_text


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

    data = ics.export_ics(database, group_id=group_id, start=first, end=last)
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
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Import calendar"), "", _tr("iCalendar (*.ics)")
    )
    if not path:
        return False
    try:
        from desktop.models.calendar import ics

        result = ics.import_ics(database, Path(path).read_bytes(), group_id)
    except (QunDeskError, OSError) as exc:
        QMessageBox.warning(
            parent,
            _tr("Import calendar"),
            _tr("%1\nNothing was imported.").replace("%1", error_text(exc)),
        )
        return False
    QMessageBox.information(
        parent,
        _tr("Import calendar"),
        _tr("%1 events and %2 series imported.")
        .replace("%1", str(result.events))
        .replace("%2", str(result.series)),
    )
    return True
