"""Databases macOS hands the running app (Finder's double-click, Open With, the Dock icon)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from desktop.views.shell.main_window import MainWindow


# Windows and Linux pass such a file on the command line (`qundesk FILE`, desktop/__main__.py);
# macOS starts the app without it and sends it as an event, also to an app already running.
class FileOpenFilter(QObject):
    """Opens each file of a QFileOpenEvent in the window, or keeps it until there is one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileOpenFilter")
        self.window: MainWindow | None = None
        self.pending: Path | None = None  # arrived before the window: opened by attach()

    @classmethod
    def install(cls, app: QCoreApplication, platform: str = sys.platform) -> FileOpenFilter:
        """A filter for `app`'s file-open events, hooked in where the system sends them."""
        opener = cls(app)
        # A filter on the application sees every event of every object, each a call into
        # Python; only macOS sends file-open events, so only there is that cost paid.
        if platform == "darwin":
            app.installEventFilter(opener)
        return opener

    def uninstall(self) -> None:
        """Stop filtering the application's events (tests; the app keeps it to the end)."""
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)

    def attach(self, window: MainWindow) -> None:
        """Open files in `window` from now on, first the one that came before it (if any)."""
        self.window = window
        if self.pending is not None:
            path, self.pending = self.pending, None
            self.open(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take a file-open event for a local file; let every other event through."""
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        if not event.file():  # a URL with no local file behind it: not ours to open
            return False
        self.open(Path(event.file()))
        return True

    def open(self, path: Path) -> bool:
        """Switch the window to the database at `path`; whether it is open now."""
        window = self.window
        if window is None:
            self.pending = path  # the last file wins when several come before the window
            return False
        window.raise_()
        window.activateWindow()
        if path.resolve() == window.database.path.resolve():
            return True  # already the one shown
        # a file that is no QunDesk database is explained there, the current one kept
        return window.open_database(path, create=False)
