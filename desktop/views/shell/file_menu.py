"""The main window's data-safety actions: backup now, restore, export everything, rebuild,
opening with the one-writer lock, read-only viewing and recovering a damaged file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QThread, Signal, SignalInstance
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.clock import SYSTEM_CLOCK, Clock
from desktop.models.core.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    QunDeskError,
    data_errors,
)
from desktop.models.storage import backups, lockfile, places
from desktop.models.storage.db import Database
from desktop.models.storage.lockfile import LockHolder
from desktop.views.common import saving

# Every start opens the file through here; what only a menu action or a damaged file needs
# (export, restore, salvage, the worker thread) is imported by the function that needs it.

SETTING_BACKUP_FOLDER = "backup/folder"


class DatabaseWindow(Protocol):
    """What the File menu needs of the main window (a QWidget): its database and a few
    of its parts, not the whole window."""

    database: Database
    databaseChanged: SignalInstance
    undo_stack: QUndoStack
    action_restore: QAction
    action_import: QAction
    action_import_chat: QAction

    def statusBar(self) -> QStatusBar:
        """The window's status bar."""

    def setWindowTitle(self, title: str) -> None:
        """Set the title bar's text."""

    def show_error(self, title: str, text: str) -> None:
        """A modal error message."""

    def refresh_all(self) -> None:
        """Every tab reloads (the hidden ones when next shown)."""

    def open_database(self, path: Path, *, create: bool) -> bool:
        """Switch to another database file; False (explained) when it cannot be opened."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataSafety", text)


def backup_folder_setting(settings: QSettings) -> Path | None:
    """The configured backup folder, or None for `backups/` beside the database."""
    value = str(settings.value(SETTING_BACKUP_FOLDER, "") or "")
    return Path(value).expanduser() if value else None


def open_writer(
    path: Path,
    settings: QSettings,
    *,
    create: bool,
    clock: Clock = SYSTEM_CLOCK,
    check_later: bool = False,
) -> Database:
    """Open for writing, holding the one-writer lock, with the configured backup folder.

    `check_later`: see `Database.open` (the start-up checks the file while its code loads).
    """
    return Database.open(
        path,
        create=create,
        lock=True,
        backup_folder=backup_folder_setting(settings),
        clock=clock,
        check_later=check_later,
    )


def backup_problem(exc: BaseException) -> str:
    """The status bar's line when the daily backup failed."""
    return _tr("The daily backup could not be made: %1").replace("%1", str(exc))


class DailyBackup(QThread):
    """The once-a-day backup, made off the GUI thread through its own read-only connection:
    copying a large file takes seconds, and the window answers meanwhile. `failed` carries
    the status bar's line. Its parent waits for it before closing (see MainWindow)."""

    failed = Signal(str)

    def __init__(self, database: Database, now: dt.datetime, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("dailyBackup")
        self.path, self.folder, self.now = database.path, database.backup_folder, now

    def run(self) -> None:
        """Copy, verify and rotate (in the worker thread)."""
        try:
            backups.backup_of_file(
                self.path, backups.REASON_DAILY, folder=self.folder, now=self.now
            )
        except (QunDeskError, OSError) as exc:
            self.failed.emit(backup_problem(exc))


def start_daily_backup(database: Database, parent: QObject) -> DailyBackup | None:
    """Start the day's backup in the background when one is due (None when not)."""
    now = database.clock.now()
    try:
        due = backups.daily_backup_due(database, now)
    except OSError:  # the backup folder cannot be listed: the copy will say why
        due = True
    if not due:
        return None
    worker = DailyBackup(database, now, parent)
    worker.start()
    return worker


# ---- running a long step with progress --------------------------------------------------------


class WorkDialog(QDialog):
    """A progress bar with Stop for one long step run off the GUI thread."""

    def __init__(self, title: str, work: Callable[..., object], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("workDialog")
        self.setWindowTitle(title)
        self.result_value: object = None
        self.error: BaseException | None = None
        layout = QVBoxLayout(self)
        self.label = QLabel(title, self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("workProgress")
        self.progress.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(420, 120)
        from desktop.views.common.tasks import Task

        self.task = Task(work, self)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.buttons.rejected.connect(self.reject)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_succeeded(self, result: object) -> None:
        self.result_value = result
        self.task.wait()
        self.accept()

    def _on_failed(self, error: object) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self.task.wait()
        super().reject()

    def reject(self) -> None:
        """Stop: cancel the step and wait for it (it leaves nothing behind)."""
        self.task.cancel.set()
        self.task.wait()
        super().reject()

    @classmethod
    def run(cls, parent: QWidget | None, title: str, work: Callable[..., object]) -> object:
        """Run `work(progress, cancelled)`; its result, or raise its error."""
        dialog = cls(title, work, parent)
        try:
            dialog.task.start()
            dialog.exec()
            dialog.task.wait()
            if dialog.error is not None:
                raise dialog.error
            return dialog.result_value
        finally:
            dialog.deleteLater()


class PortableFiles:
    """File choosers for export and rebuild (tests patch these)."""

    @classmethod
    def ask_export_path(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where to save the export zip."""
        name, _ = QFileDialog.getSaveFileName(
            parent, _tr("Export everything"), str(suggested), _tr("Zip archives (*.zip)")
        )
        return Path(name) if name else None

    @classmethod
    def ask_zip(cls, parent: QWidget | None, folder: Path) -> Path | None:
        """An export zip to rebuild from."""
        name, _ = QFileDialog.getOpenFileName(
            parent, _tr("Rebuild from export"), str(folder), _tr("Zip archives (*.zip)")
        )
        return Path(name) if name else None

    @classmethod
    def ask_new_database(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The new database file to build."""
        name, _ = QFileDialog.getSaveFileName(
            parent, _tr("New database from export"), str(suggested),
            _tr("QunDesk databases (*.sqlite)"),
        )  # fmt: skip
        return Path(name) if name else None


def _unused_path(path: Path) -> Path:
    n, candidate = 2, path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


# ---- the window's actions -----------------------------------------------------------------------


def database_opened(window: DatabaseWindow) -> None:
    """Show read-only viewing in the title and status bar; switch write actions off."""
    read_only = window.database.read_only
    if read_only:
        window.setWindowTitle(
            _tr("QunDesk — %1 (read-only)").replace("%1", window.database.path.name)
        )
        window.statusBar().showMessage(
            _tr("Read-only: another copy of QunDesk is changing this database."), 0
        )
    for action in (window.action_restore, window.action_import, window.action_import_chat):
        action.setEnabled(not read_only)
    show_network_warning(window)


def show_network_warning(window: DatabaseWindow) -> bool:
    """Warn in the status bar, for as long as it is open, of a database on a network drive.

    SQLite's write-ahead log needs memory shared by every program using the file, which a
    network drive cannot give: another computer, or a dropped connection, can damage it.
    Whether the warning shows.
    """
    label = window.statusBar().findChild(QLabel, "networkDriveWarning")
    if label is None:
        label = QLabel(window.statusBar())
        label.setObjectName("networkDriveWarning")
        label.setText(_tr("⚠ On a network drive: keep the database on this computer"))
        window.statusBar().insertPermanentWidget(0, label)
    path = window.database.path
    try:
        remote = places.is_network_path(path.resolve())  # a mapped drive resolves to UNC
    except OSError:
        remote = False
    label.setToolTip(
        _tr(
            "%1 is on a network drive. QunDesk's database is safe only on this computer's "
            "own disk: another computer, or a dropped connection, can damage it there. Copy "
            "it to a folder on this computer (such as Documents) and open the copy."
        ).replace("%1", str(path))
    )
    label.setVisible(remote)
    return remote


def backup_now(window: DatabaseWindow) -> None:
    """File → Backup now: a verified copy rotation never deletes, made off the GUI thread."""
    from desktop.models.storage.backup_now import backup_in_background

    database = window.database

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
        return backup_in_background(database, progress=progress, cancelled=cancelled)

    try:
        info = WorkDialog.run(window, _tr("Backing up…"), work)
    except backups.BackupCancelledError:
        window.statusBar().showMessage(_tr("Backup stopped; no copy was kept."), 8000)
        return
    except (QunDeskError, OSError) as exc:
        window.show_error(_tr("Backup failed"), str(exc))
        return
    assert isinstance(info, backups.BackupInfo)
    window.statusBar().showMessage(_tr("Backup saved to %1").replace("%1", str(info.path)), 8000)


def restore(window: DatabaseWindow) -> bool:
    """File → Restore…: pick a backup, back up the current file, swap, reload the window."""
    from desktop.models.storage import restoring
    from desktop.views.shell.restore_dialog import RestoreDialog

    chosen = RestoreDialog.ask(window, window.database)
    if chosen is None:
        return False
    current = window.database
    try:
        # The copies run off the GUI thread with a Stop button; the swap itself is quick.
        # The dialog hands back another database's backup only once the owner confirmed it.
        prepared = WorkDialog.run(
            window,
            _tr("Restoring…"),
            lambda progress, cancelled: restoring.prepare_restore(
                current, chosen, progress=progress, cancelled=cancelled, other_database_ok=True
            ),
        )
        assert isinstance(prepared, restoring.PreparedRestore)
        database = restoring.finish_restore(current, prepared)
    except backups.BackupCancelledError:
        window.statusBar().showMessage(_tr("Restore stopped; nothing was changed."), 8000)
        return False
    except restoring.RestoreFailedError as exc:
        window.database = exc.database  # the old file, reopened: the window goes on with it
        window.databaseChanged.emit(exc.database)
        window.refresh_all()
        text = str(exc)
        if exc.file_in_use:
            text = _tr(
                "%1 could not be replaced: another program is using it (for example an "
                "antivirus or a sync app such as OneDrive). Nothing was changed. Wait a "
                "moment, or close that program, and restore again."
            ).replace("%1", str(current.path))
        window.show_error(_tr("Restore failed"), text)
        return False
    except (QunDeskError, OSError) as exc:
        window.show_error(
            _tr("Restore failed"),
            _tr("%1\n\nThe current database was not changed.").replace("%1", str(exc)),
        )
        return False
    window.database = database
    window.undo_stack.clear()  # the steps belong to the file that was replaced
    window.databaseChanged.emit(database)
    window.refresh_all()
    window.statusBar().showMessage(
        _tr("Restored the backup %1; the previous state was backed up first.").replace(
            "%1", chosen.name
        ),
        10000,
    )
    return True


def export_all(window: DatabaseWindow) -> Path | None:
    """File → Export everything…: a zip of one CSV per table plus schema.json."""
    from desktop.models.exchange import portable

    database = window.database
    stamp = database.clock.today().strftime("%Y%m%d")
    suggested = saving.suggested_path(f"{database.path.stem}-export-{stamp}", ".zip")
    target = PortableFiles.ask_export_path(window, suggested)
    if target is None:
        return None
    saving.remember_folder(target)
    try:
        with data_errors():
            WorkDialog.run(
                window,
                _tr("Exporting everything…"),
                lambda progress, cancelled: portable.export_zip(
                    database, target, progress=progress, cancelled=cancelled
                ),
            )
    except portable.ExportCancelledError:
        window.statusBar().showMessage(_tr("Export cancelled; nothing was written."), 8000)
        return None
    except (QunDeskError, OSError) as exc:
        window.show_error(_tr("Export failed"), saving.save_failed_text(exc, target))
        return None
    saving.show_saved(window, _tr("Everything exported to %1").replace("%1", str(target)), target)
    return target


def rebuild(window: DatabaseWindow) -> Path | None:
    """File → Rebuild from export…: a new database from an export zip, then open it."""
    from desktop.models.exchange import portable

    source = PortableFiles.ask_zip(window, saving.default_folder())  # where exports go
    if source is None:
        return None
    suggested = _unused_path(source.with_suffix(".sqlite"))
    target = PortableFiles.ask_new_database(window, suggested)
    if target is None:
        return None
    try:
        with data_errors():
            WorkDialog.run(
                window,
                _tr("Rebuilding the database…"),
                lambda progress, cancelled: portable.rebuild_from_zip(
                    source, target, progress=progress, cancelled=cancelled
                ),
            )
    except (QunDeskError, OSError) as exc:
        window.show_error(
            _tr("Rebuild failed"), _tr("%1\n\nNo database was created.").replace("%1", str(exc))
        )
        return None
    window.open_database(target, create=False)
    return target


# ---- opening at start --------------------------------------------------------------------------


def open_read_only(path: Path, settings: QSettings, clock: Clock = SYSTEM_CLOCK) -> Database:
    """Open for viewing while another copy holds the file."""
    return Database.open(
        path, read_only=True, backup_folder=backup_folder_setting(settings), clock=clock
    )


def handle_locked(
    path: Path, settings: QSettings, holder: object, clock: Clock = SYSTEM_CLOCK
) -> Database | None:
    """Ask what to do about a held file; the database opened as chosen, or None to quit.

    Taking over breaks the lock only if it still names the holder shown; when another copy
    took it meanwhile, opening raises `DatabaseLockedError` naming that copy.
    """
    from desktop.views.shell.lock_dialog import READ_ONLY, TAKE_OVER, LockDialog

    shown = holder if isinstance(holder, LockHolder) else None
    chosen = LockDialog.ask(None, str(path), shown)
    if chosen == TAKE_OVER and shown is not None:
        lockfile.break_lock(path, shown)
        return open_writer(path, settings, create=False, clock=clock)
    if chosen != READ_ONLY:
        return None
    return open_read_only(path, settings, clock)


def handle_damaged(
    path: Path, settings: QSettings, clock: Clock = SYSTEM_CLOCK
) -> Database | Path | None:
    """Offer the newest good backup or a salvage for a damaged file (never written to).

    Returns the database opened on the new file, None to quit, or the Path "open another"
    should start from.
    """
    from desktop.models.storage import restoring, salvage
    from desktop.views.shell.damaged_dialog import OPEN_OTHER, SALVAGE, USE_BACKUP, DamagedDialog
    from desktop.views.shell.restore_dialog import table_label

    folder = backup_folder_setting(settings)
    good = restoring.newest_good_backup(path, folder)
    choice = DamagedDialog.ask(None, path, good)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    if choice == USE_BACKUP and good is not None:
        target = _unused_path(path.with_name(f"{path.stem}-restored-{stamp}.sqlite"))
        restoring.copy_backup_to(good.path, target)
    elif choice == SALVAGE:
        target = _unused_path(path.with_name(f"{path.stem}-salvaged-{stamp}.sqlite"))
        report = salvage.salvage(path, target)
        QMessageBox.information(
            None,
            _tr("Salvage finished"),
            _tr(
                "%1 rows were saved into %2. Tables with unreadable parts: %3. The damaged "
                "file was left as it was."
            )
            .replace("%1", f"{report.copied:,}")
            .replace("%2", str(target))
            .replace(
                "%3",
                ", ".join(table_label(t) for t in report.damaged_tables) or _tr("none"),
            ),
        )
    elif choice == OPEN_OTHER:
        return path
    else:
        return None
    return open_writer(target, settings, create=False, clock=clock)


def is_locked(exc: BaseException) -> bool:
    """Whether an open failed because another copy holds the file."""
    return isinstance(exc, DatabaseLockedError)


def is_damaged(exc: BaseException) -> bool:
    """Whether an open failed because the file is a damaged QunDesk database."""
    return isinstance(exc, DamagedDatabaseError)
