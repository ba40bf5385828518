"""Saving files for the owner: where (the last folder used, else Documents), names every
system accepts, one message for a file open in Excel or WPS, and "Open folder" afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QPushButton, QStatusBar, QWidget

from desktop import paths
from desktop.models.core.errors import ReadOnlyTargetError
from desktop.models.storage.files import is_disk_full, safe_file_name

SETTING_LAST_FOLDER = "files/lastSaveFolder"
SAVED_MESSAGE_MS = 10_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Saving", text)


def _settings() -> QSettings:
    # The app's own settings file (as desktop.app.make_settings), which tests redirect.
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def default_folder() -> Path:
    """Where a save dialog starts: the folder last saved to, else Documents, else home.

    Never the database's folder (hidden under AppData on Windows) nor the working
    directory (`/` for a macOS app started from Finder).
    """
    last = str(_settings().value(SETTING_LAST_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    documents = paths.documents_dir()
    return documents if documents.is_dir() else Path.home()


def suggested_path(name: str, suffix: str) -> Path:
    """`name` (a group's, say) made a safe file name with `suffix`, in `default_folder()`."""
    return default_folder() / (safe_file_name(name) + suffix)


def remember_folder(path: Path) -> None:
    """Start the next save dialog in the folder `path` was saved to."""
    settings = _settings()
    settings.setValue(SETTING_LAST_FOLDER, str(path.parent))
    settings.sync()


def ask_save_path(
    parent: QWidget | None,
    title: str,
    name: str,
    suffix: str,
    file_filter: str,
    *,
    also: tuple[str, ...] = (),
) -> Path | None:
    """The owner's choice of where to save, starting at `suggested_path`; None if cancelled.

    The chosen folder is remembered for the next time; `suffix` is added to a name that
    ends in neither it nor one of `also`.
    """
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested_path(name, suffix)), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in {s.lower() for s in (suffix, *also)}:
        path = path.with_name(path.name + suffix)
    remember_folder(path)
    return path


def _causes(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in found and len(found) < 8:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def refusal_reason(exc: BaseException, path: Path) -> str | None:
    """Why the system refused to save `path`, in the owner's language; None for other errors.

    A file another program holds open (Excel, WPS) and a read-only one are one case to the
    owner — Windows reports both as "access denied" — and the message names their file,
    never the temporary one it was written to first.
    """
    causes = _causes(exc)
    if any(isinstance(c, ReadOnlyTargetError) for c in causes):
        return _tr(
            "%1 is open in another program (Excel or WPS?) or read-only. Close it, or "
            "choose another name, and save again."
        ).replace("%1", str(path))
    if any(isinstance(c, OSError) and is_disk_full(c) for c in causes):
        return _tr("The disk is full. Free some space and save again.")
    if any(isinstance(c, PermissionError) for c in causes):
        return _tr("QunDesk may not write in the folder %1. Choose another folder.").replace(
            "%1", str(path.parent)
        )
    return None


def save_failed_text(exc: BaseException, path: Path) -> str:
    """Why `path` could not be saved (see `refusal_reason`), and that nothing was saved."""
    reason = refusal_reason(exc, path) or str(exc)
    return _tr("%1\n\nNothing was saved.").replace("%1", reason)


def open_folder(folder: Path) -> bool:
    """Show `folder` in the system's file manager; whether one could be asked to."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class OpenFolderButton(QPushButton):
    """The status bar's "Open folder" button, shown while a "saved" message is."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(_tr("Open folder"), bar)
        self.setObjectName("openFolderButton")
        self.setFlat(True)
        self.folder: Path | None = None
        self.message = ""
        bar.insertPermanentWidget(0, self)
        self.hide()
        bar.messageChanged.connect(self._on_message_changed)
        self.clicked.connect(self._on_clicked)

    def offer(self, message: str, folder: Path) -> None:
        """Show `message` in the status bar with this button opening `folder`."""
        self.folder, self.message = folder, message
        bar = self.parentWidget()
        assert isinstance(bar, QStatusBar)
        bar.showMessage(message, SAVED_MESSAGE_MS)
        self.show()

    def _on_message_changed(self, message: str) -> None:
        # another message (or the timeout) takes the place of the "saved" one
        self.setVisible(bool(message) and message == self.message)

    def _on_clicked(self) -> None:
        if self.folder is not None:
            open_folder(self.folder)


def show_saved(parent: QWidget | None, message: str, path: Path) -> bool:
    """Say `message` in the main window's status bar, offering to open `path`'s folder.

    Whether there was a main window to say it in (a dialog is followed up to its window).
    """
    widget = parent
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    if widget is None:
        return False
    bar = widget.statusBar()
    button = bar.findChild(OpenFolderButton, "openFolderButton")
    if button is None:
        button = OpenFolderButton(bar)
    button.offer(message, path.parent)
    return True
