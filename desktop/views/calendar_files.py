"""The Calendar tab's file actions: .ics export and import, each behind a file dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.models.db import Database
from desktop.models.errors import QunDeskError


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarTab", text)


def export_ics_file(
    parent: QWidget, database: Database, group_id: int | None, first: dt.date, last: dt.date
) -> bool:
    """Ask for a file name and write the range's events there; whether a file was written."""
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export calendar"), "qundesk.ics", _tr("iCalendar (*.ics)")
    )
    if not path:
        return False
    from desktop.models import ics  # icalendar loads slowly: only when a file is wanted

    data = ics.export_ics(database, group_id=group_id, start=first, end=last)
    Path(path).write_bytes(data)
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
        from desktop.models import ics

        result = ics.import_ics(database, Path(path).read_bytes(), group_id)
    except (QunDeskError, OSError) as exc:
        QMessageBox.warning(
            parent,
            _tr("Import calendar"),
            _tr("%1\nNothing was imported.").replace("%1", str(exc)),
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
