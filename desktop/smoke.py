"""`qundesk --smoke`: open the window, visit every tab, export a workbook, exit 0 — or fail loudly.

It is the release check of a built bundle (packaging/smoke_test.py runs the frozen binary with
it) and works from source too. Progress goes to stdout as `smoke: …` lines; any failure is
logged with its traceback and gives a non-zero exit code.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktop import __version__, logs

if TYPE_CHECKING:  # Qt is imported only once the check runs
    from PySide6.QtWidgets import QApplication

    from desktop.models.storage.db import Database
    from desktop.views.shell.main_window import MainWindow

log = logging.getLogger("qundesk.smoke")

# How long one tab may take to load its data (the roster loads in a worker thread).
TAB_TIMEOUT_S = 60.0
EXIT_FAILED = 1
SMOKE_LANGUAGE = "zh_CN"
# A folder to save a picture of the window on each tab in (to look at the frozen app).
ENV_SCREENSHOTS = "QUNDESK_SMOKE_SCREENSHOTS"


class SmokeError(Exception):
    """A smoke check failed; the message says which and why."""


class _QtWarningCounter(logging.Handler):
    """Counts the Qt warnings logs.install_qt_message_handler passes to the `qt` logger."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def say(message: str) -> None:
    """One progress line on stdout (absent in a windowed build) and in the log."""
    log.info(message)
    if sys.stdout is not None:
        print(f"smoke: {message}", flush=True)


class _UncaughtExceptions:
    """Records exceptions that reach sys.excepthook: PySide6 reports one raised in a slot
    there and carries on, so without this a tab that fails to load would still pass."""

    def __init__(self) -> None:
        self.seen: list[BaseException] = []
        self._previous = sys.excepthook

    def __enter__(self) -> _UncaughtExceptions:
        sys.excepthook = self._hook
        return self

    def __exit__(self, *_exc: object) -> None:
        sys.excepthook = self._previous

    def _hook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self.seen.append(value)
        self._previous(kind, value, tb)  # logs it (logs.setup_logging) and prints it

    def check(self, during: str) -> None:
        """SmokeError if anything was raised (and not caught) so far."""
        if self.seen:
            first = self.seen[0]
            raise SmokeError(
                f"{len(self.seen)} uncaught exception(s) during {during}, the first: "
                f"{type(first).__name__}: {first} (tracebacks in {logs.log_path()})"
            )


def run_smoke(db: Path | None, export: Path | None, started: float | None = None) -> int:
    """Run the smoke check on `db` (default database if None); returns the exit code."""
    started = time.perf_counter() if started is None else started
    counter = _QtWarningCounter()
    logging.getLogger("qt").addHandler(counter)
    try:
        with tempfile.TemporaryDirectory(prefix="qundesk-smoke-", ignore_cleanup_errors=True) as t:
            scratch = Path(t)
            with _UncaughtExceptions() as uncaught:
                _run(db, export or scratch / "smoke-export.xlsx", scratch, started, uncaught)
    except Exception as exc:
        log.exception("Smoke check failed")
        logs.flush()
        if sys.stderr is not None:
            traceback.print_exc()
            print(f"qundesk: smoke check failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        logging.getLogger("qt").removeHandler(counter)
    if counter.messages:
        say(f"{len(counter.messages)} Qt warnings (see {logs.log_path()})")
    say(f"passed in {time.perf_counter() - started:.2f} s")
    logs.flush()
    return 0


def _run(
    db: Path | None, export: Path, scratch: Path, started: float, uncaught: _UncaughtExceptions
) -> None:
    # A machine without a display (CI, ssh) still runs the check, offscreen.
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from desktop import paths

    path = db if db is not None else paths.default_db_path()
    if not path.is_file():
        raise SmokeError(f"no database at {path}; make one with: qundesk --db {path} demo")

    from PySide6.QtCore import QSettings

    from desktop.app import create_application
    from desktop.models.storage.db import Database
    from desktop.resources import app_icon, resource_path
    from desktop.views.common import labels
    from desktop.views.shell.main_window import MainWindow

    frozen = bool(getattr(sys, "frozen", False))
    say(f"QunDesk {__version__}{' (frozen)' if frozen else ''} on {sys.platform}")
    if __version__.endswith("+source") and frozen:
        raise SmokeError("the bundle has no package metadata for qundesk: About shows no version")
    _check_resources()

    app = create_application()
    # Scratch settings: the check must not change the owner's last database or window layout.
    settings = QSettings(str(scratch / "smoke.ini"), QSettings.Format.IniFormat)
    _check_translations()
    if app_icon().isNull():
        raise SmokeError(f"the app icon cannot be loaded from {resource_path('icons')}")
    database = Database.open(path, create=False)
    try:
        labels.load_vocabulary(database)
        window = MainWindow(database, settings)
        window.show()
        _settle(app, window.isVisible, "the main window to show")
        uncaught.check("start-up")
        say(f"window shown after {time.perf_counter() - started:.2f} s")
        titles = [window.tabs.tabText(index) for index in range(window.tabs.count())]
        say(f"tabs: {' | '.join(titles)}")
        for index in range(window.tabs.count()):
            _visit_tab(app, window, index)
            uncaught.check(f"the visit of tab {index} ({window.tabs.tabText(index)})")
        _export(window.database, export)
        window.close()
        _settle(app, lambda: not window.isVisible(), "the main window to close")
        uncaught.check("closing")
        _check_collector()
    finally:
        database.close()


def _check_collector() -> None:
    """The app ran under desktop.collector's policy; its last collection runs here, as at exit."""
    import gc

    from desktop import collector

    policy = collector.installed()
    if policy is None or not policy.attached or gc.isenabled():
        raise SmokeError(
            "Python's automatic garbage collection is on: a collection inside a Qt call can "
            "freeze the app (desktop.collector is not installed)"
        )
    runs = sum(policy.collections)
    policy.finish()
    say(f"idle garbage collector: {runs} collections while running, the last one at exit")


def _check_resources() -> None:
    from desktop.resources import resource_path

    icons = resource_path("icons")
    if not (icons / "qundesk-256.png").is_file():
        raise SmokeError(f"the app icons are missing from {icons}")
    translations = sorted(p.name for p in resource_path("i18n").glob("*.qm"))
    fonts = sorted(p.name for p in resource_path("fonts").glob("*.[ot]t[fc]"))
    say(
        f"resources in {icons.parent}: icons; translations {', '.join(translations) or 'none'}; "
        f"fonts {', '.join(fonts) or 'none'}"
    )
    from desktop.views.shell.help_dialog import guide_root

    # the project folder from source; the bundle's or the installed wheel's guide/ otherwise
    guide = guide_root() / "README.md"
    if not guide.is_file():
        raise SmokeError(f"the user guide is missing: {guide}")


def _check_translations() -> None:
    """Install the Simplified Chinese UI (the default audience; exercises CJK text)."""
    from desktop import i18n

    loaded = i18n.install_translators(SMOKE_LANGUAGE)
    files = [translator.filePath() for translator in loaded]
    if not any(Path(f).name == f"qundesk_{SMOKE_LANGUAGE}.qm" for f in files):
        raise SmokeError(
            f"QunDesk's {SMOKE_LANGUAGE} translation did not load from "
            f"{i18n.translation_file(SMOKE_LANGUAGE)}"
        )
    if not any(Path(f).name.startswith("qtbase_") for f in files):
        say(f"warning: Qt's own {SMOKE_LANGUAGE} translation (qtbase) did not load")
    say(f"translations loaded: {', '.join(Path(f).name for f in files)}")


def _settle(
    app: QApplication, ready: Callable[[], bool], what: str, timeout: float = TAB_TIMEOUT_S
) -> None:
    """Process events until `ready()` holds, then once more for queued follow-ups."""
    from PySide6.QtCore import QEventLoop, QThread

    deadline = time.perf_counter() + timeout
    while True:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if ready():
            break
        if time.perf_counter() > deadline:
            raise SmokeError(f"timed out after {timeout:.0f} s waiting for {what}")
        QThread.msleep(10)
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _visit_tab(app: QApplication, window: MainWindow, index: int) -> None:
    window.tabs.setCurrentIndex(index)
    tab = window.tabs.widget(index)
    if tab is None:
        raise SmokeError(f"tab {index} has no page")
    name = tab.objectName() or f"tab {index}"
    tab_started = time.perf_counter()

    def loaded() -> bool:
        # Tabs get the database only when shown; some then load in a worker (is_loaded).
        database = getattr(tab, "database", window.database)
        is_loaded = getattr(tab, "is_loaded", None)
        return database is window.database and (is_loaded is None or bool(is_loaded()))

    _settle(app, loaded, f"the {name} to load its data")
    if window.tabs.currentIndex() != index:
        raise SmokeError(f"could not switch to the {name}")
    picture = window.grab()
    if picture.isNull():
        raise SmokeError(f"the {name} did not paint")
    shots = os.environ.get(ENV_SCREENSHOTS)
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(shots) / f"smoke-{index}-{name}.png"))
    say(f"{name} shown in {time.perf_counter() - tab_started:.2f} s")


def _export(database: Database, out: Path) -> None:
    try:
        from desktop.models.exchange.exporting import ExportOptions, export_workbook
    except ImportError as exc:
        raise SmokeError(
            "cannot export: desktop.models.exchange.exporting.export_workbook and ExportOptions "
            f"are not importable ({exc})"
        ) from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    result = export_workbook(database, out, ExportOptions(lang=SMOKE_LANGUAGE))
    sheets = workbook_sheets(out)
    if not sheets:
        raise SmokeError(f"the exported workbook {out} has no worksheets")
    rows = ", ".join(f"{key} {count:,}" for key, count in result.rows.items())
    say(
        f"exported {out} ({out.stat().st_size:,} bytes; {len(sheets)} sheets; rows: {rows}) "
        f"in {result.seconds:.2f} s"
    )


def workbook_sheets(path: Path) -> list[str]:
    """The worksheet names of an .xlsx file (SmokeError if it is not one)."""
    if not path.is_file():
        raise SmokeError(f"the export wrote no file at {path}")
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = archive.read("xl/workbook.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise SmokeError(f"{path} is not an .xlsx workbook ({exc})") from exc
    return re.findall(r'<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"', workbook)
