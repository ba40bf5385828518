"""Choosing database files to create or open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop import paths


def _filter() -> str:
    return QCoreApplication.translate(
        "DatabaseFiles", "QunDesk databases (*.sqlite *.qundesk *.db);;All files (*)"
    )


class DatabaseFileDialog:
    """File pickers for New database… and Open database…."""

    @classmethod
    def ask_new(cls, parent: QWidget | None) -> Path | None:
        """Ask where to create a new database; None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("DatabaseFiles", "New database"),
            str(paths.data_dir() / "qundesk-new.sqlite"),
            _filter(),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".sqlite")

    @classmethod
    def ask_open(cls, parent: QWidget | None, start: Path | None = None) -> Path | None:
        """Ask for an existing database to open; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("DatabaseFiles", "Open database"),
            str(start.parent if start else paths.data_dir()),
            _filter(),
        )
        return Path(name) if name else None
