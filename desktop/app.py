"""Start the GUI: QApplication, settings, the database to open, the main window."""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import collector, i18n, paths
from desktop.models.core.clock import SYSTEM_CLOCK, Clock
from desktop.models.core.errors import DamagedDatabaseError, DatabaseLockedError, QunDeskError
from desktop.models.storage import files, migrations
from desktop.models.storage.db import Database, closed_fingerprint, inspect_file, quick_check
from desktop.models.storage.migrations import APPLICATION_ID
from desktop.resources import app_icon
from desktop.views.common import labels
from desktop.views.shell.database_files import DatabaseFileDialog
from desktop.views.shell.main_window import SETTING_LAST_DB, MainWindow, import_front_tab

# The fingerprint of the file open when QunDesk last ended (`closed_fingerprint`), or "".
SETTING_CLOSED = "database/closedAs"


def make_settings() -> QSettings:
    """Settings in an INI file in the config folder (so tests and --data-dir redirect it)."""
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def choose_db_path(explicit: Path | None, settings: QSettings) -> Path:
    """--db if given, else the last database opened if it still exists, else the default."""
    if explicit is not None:
        return explicit
    last = settings.value(SETTING_LAST_DB)
    if last and Path(str(last)).is_file():
        return Path(str(last))
    return paths.default_db_path()


def open_with_recovery(
    path: Path,
    *,
    create: bool,
    settings: QSettings | None = None,
    clock: Clock = SYSTEM_CLOCK,
    check_later: bool = False,
) -> Database | None:
    """Open `path` holding its lock; when refused, explain and offer a way on (or quit).

    A file another copy holds can be viewed read-only; a damaged file is never written to
    (a copy of its newest good backup, or a salvage into a new file, is offered instead).
    `check_later`: the file's `quick_check` may wait (see `Database.open`; `StartCheck`).
    """
    from desktop.views.shell import file_menu as data_safety

    settings = settings if settings is not None else make_settings()
    while True:
        error: BaseException
        try:
            files.private_folder(path.parent)  # a folder made for the database: owner-only
            return data_safety.open_writer(
                path, settings, create=create, clock=clock, check_later=check_later
            )
        except DatabaseLockedError as exc:
            try:
                return data_safety.handle_locked(path, settings, exc.holder, clock)
            except (QunDeskError, sqlite3.Error, OSError) as again:
                error = again
        except DamagedDatabaseError:
            try:
                outcome = data_safety.handle_damaged(path, settings, clock)
                if not isinstance(outcome, Path):
                    return outcome
                chosen = DatabaseFileDialog.ask_open(None, outcome)
                if chosen is None:
                    return None
                path, create = chosen, False
                continue
            except (QunDeskError, sqlite3.Error, OSError) as again:
                error = again
        except (QunDeskError, sqlite3.Error, OSError) as exc:
            error = exc
        answer = QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open database"),
            QCoreApplication.translate(
                "App", "%1\n\nThe file was not changed. Open another database?"
            ).replace("%1", str(error)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
        chosen = DatabaseFileDialog.ask_open(None, path)
        if chosen is None:
            return None
        path, create = chosen, False


class StartCheck:
    """The `quick_check` of the database opened at start, run while the code loads.

    SQLite lets go of Python's lock while it reads, so the check of a large file runs on
    the other core beside the start's own work: begun as soon as the start knows which
    file it opens (`early`), it runs beside the window's imports, the opening of the file
    and the loading of the first tab's code. Its verdict is awaited before anything of the
    file is written, and before it is read unless nothing has changed the file since
    QunDesk last closed it (`read_before_verdict`).
    """

    def __init__(self, path: Path, *, run: bool = True) -> None:
        self.path = path
        self.fingerprint = closed_fingerprint(path) if run else None  # before it is opened
        self._problems: list[str] = []
        self._thread: threading.Thread | None = None
        if run:
            self._thread = threading.Thread(target=self._run, name="start-check", daemon=True)
            self._thread.start()

    @classmethod
    def early(cls, path: Path) -> StartCheck | None:
        """The check of the file at `path`, begun before it is opened; None when no check
        can be due (no such file, or not a QunDesk file of this schema: opening a file to
        migrate checks it first, and a foreign file is refused)."""
        path = path.expanduser()  # as `Database.open` names it
        try:
            if not path.is_file():
                return None
            app_id, version, _tables = inspect_file(path)
        except (QunDeskError, OSError):
            return None
        if app_id != APPLICATION_ID or version != migrations.LATEST_VERSION:
            return None
        return cls(path)

    @classmethod
    def of(cls, database: Database, early: StartCheck | None = None) -> StartCheck:
        """The check `database` waits for: `early` when it reads the same file, else one
        begun now (or none when the file was checked as it opened)."""
        if not database.check_pending:
            return cls(database.path, run=False)
        if early is not None and early.path == database.path:
            return early
        return cls(database.path)

    def _run(self) -> None:
        self._problems = quick_check(self.path)

    def problems(self) -> list[str]:
        """What the check found (empty when sound), once it is done."""
        if self._thread is not None:
            self._thread.join()
        return self._problems


def checked(
    database: Database, check: StartCheck, settings: QSettings, clock: Clock
) -> Database | None:
    """`database` once its check found it sound; a damaged file is closed unwritten and the
    usual recovery offered (the database it opens, or None to quit)."""
    if not check.problems():
        database.check_pending = False
        return database
    database.read_only = True  # closed without a write (no `PRAGMA optimize`)
    database.close()
    return open_with_recovery(check.path, create=False, settings=settings, clock=clock)


def window_before_verdict(
    database: Database, settings: QSettings, clock: Clock
) -> MainWindow | None:
    """The main window built while the file's check runs: the owner's words (a small read,
    the only one before the verdict: the forms' choices are labelled with them) and the
    window's widgets, but none of its data (`MainWindow.read_database`: at once for a file
    unchanged since it was last closed, else once the file is found sound). None when that
    read already failed: the check's verdict says why."""
    try:
        labels.load_vocabulary(database)  # the owner's words for roles, stages, categories…
        return MainWindow(database, settings, clock=clock, read_now=False)
    except (sqlite3.Error, QunDeskError):
        return None


def read_before_verdict(window: MainWindow, check: StartCheck, settings: QSettings) -> bool:
    """Read the data of a file unchanged since QunDesk last closed it while its check still
    runs (its writes wait for the check, `verdict_after_paint`). False when the check must
    come first: the file was changed since, or reading it failed."""
    database = window.database
    last = str(settings.value(SETTING_CLOSED, "") or "")
    if not database.check_pending or check.fingerprint is None or last != check.fingerprint:
        return False
    failures: list[BaseException] = []
    reported = sys.excepthook  # a failure inside a slot the read signals comes this way
    sys.excepthook = lambda _type, error, _trace: failures.append(error)
    try:
        window.read_database()
    except (sqlite3.Error, QunDeskError) as error:
        failures.append(error)
    finally:
        sys.excepthook = reported
    if failures:
        return False  # the check decides: a damaged file is let go, else read again
    database.pending_check = check.problems
    return True


def verdict_after_paint(
    window: MainWindow, database: Database, check: StartCheck, settings: QSettings, clock: Clock
) -> None:
    """The check of a file read before it ended, awaited once the window has painted: sound,
    and writes go ahead; damaged, and the window lets go of the file unwritten and offers
    the usual recovery (it shows what that opens, or the app ends)."""
    if window.database is not database or database.closed:
        return  # another file is open by now
    if not check.problems():
        database.await_check()
        return
    window.hide()
    recovered = checked(database, check, settings, clock)  # closed unwritten, then recovery
    if recovered is None:
        QCoreApplication.exit(1)
        return
    window.use_database(recovered)
    window.show()


def remember_closed(settings: QSettings, database: Database) -> None:
    """After the app closed `database`: its fingerprint, when QunDesk wrote it and found it
    sound (the next start may then show its data while checking it), else none. A check
    still running (the app quit right after the first paint) is waited for."""
    if database.read_only:
        sound = False
    elif database.pending_check is not None:
        sound = not database.pending_check()
    else:
        sound = not database.check_pending
    fingerprint = closed_fingerprint(database.path) if sound else None
    settings.setValue(SETTING_CLOSED, fingerprint or "")
    settings.sync()


def after_first_paint(window: MainWindow) -> None:
    """What waits until the window is on screen: the app's version (reading it loads
    importlib.metadata), the daily backup (in the background, through a connection of its
    own: a large file takes seconds to copy; a failure shows in the status bar)."""
    from desktop import __version__
    from desktop.views.shell import file_menu as data_safety

    QCoreApplication.setApplicationVersion(__version__)

    backup = data_safety.start_daily_backup(window.database, window)  # at most once a day
    if backup is not None:
        backup.failed.connect(window.statusBar().showMessage)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with QunDesk's names set (reuses one if it exists)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    # first of all: no cyclic collection at any point inside a Qt call (it can deadlock)
    collector.install(app)
    app.setApplicationName("QunDesk")
    app.setApplicationDisplayName("QunDesk")
    app.setOrganizationName("QunDesk")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("qundesk")  # the Wayland app id, as in the .desktop file
    from desktop import fonts
    from desktop.views.common import theme

    fonts.ensure_chinese_font(app)  # Chinese renders even where the system has no such font
    theme.follow_system_scheme(app)  # light or dark, as the system is set
    return app


def run_gui(db: Path | None, clock: Clock = SYSTEM_CLOCK) -> int:
    """Open the main window and run the event loop; returns the exit code.

    `clock` is the session's one clock: the window, its tabs and every database it opens
    ask it for "now" and "today". Temporary files go to the app's own folder meanwhile.
    """
    with files.temp_folder(paths.temp_dir()):
        return _run_gui(db, clock)


def _run_gui(db: Path | None, clock: Clock) -> int:
    settings = make_settings()
    path = choose_db_path(db, settings)
    early = StartCheck.early(path)  # on the other core from here on
    app = create_application()
    # before any widget exists: the language applies from the first window on
    i18n.install_translators(i18n.chosen_language(settings))
    from desktop.views.shell import file_menu as data_safety
    from desktop.views.shell import file_open, first_run

    opener = file_open.FileOpenFilter.install(app)  # macOS: Finder's files come as events

    # the leftovers of a run that was killed: beside the database, its backups, temp files
    paths.tidy_at_start(path, data_safety.backup_folder_setting(settings))

    follow_up: first_run.FollowUp | None = None
    database: Database | None
    if first_run.is_first_run(db, settings):  # never when a database is named or exists
        started = first_run.start(
            path,
            lambda chosen: open_with_recovery(chosen, create=True, settings=settings, clock=clock),
        )
        if started is None:
            return 0
        database, follow_up = started
    else:
        database = open_with_recovery(
            path, create=True, settings=settings, clock=clock, check_later=True
        )
    if database is None:
        return 1
    check = StartCheck.of(database, early)  # begun early, or now
    import_front_tab(settings)
    window = window_before_verdict(database, settings, clock)
    if window is not None and read_before_verdict(window, check, settings):
        shown = window
        window.verdict = lambda: verdict_after_paint(shown, database, check, settings, clock)
    else:
        sound = checked(database, check, settings, clock)
        if sound is None:
            return 1
        if window is not None and sound is database:
            window.read_database()
        else:  # another file now (a backup's copy, a salvage): its own window, words, data
            if window is not None:
                window.deleteLater()
            labels.load_vocabulary(sound)
            window = MainWindow(sound, settings, clock=clock)
    opener.attach(window)  # and opens a file that came before the window
    window.databaseChanged.connect(labels.load_vocabulary)
    window.firstPainted.connect(lambda: after_first_paint(window))
    window.show()
    if follow_up is not None:  # the first group's setup, or the import, over the window
        QTimer.singleShot(0, lambda: follow_up(window))
    code = app.exec()
    window.wait_for_workers()  # quit without closing the window (a signal, the OS's logout)
    window.database.close()
    remember_closed(settings, window.database)
    policy = collector.installed()
    if policy is not None:  # the last cycles go now, with Qt whole, not during its teardown
        policy.finish()
    return int(code)
