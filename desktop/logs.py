"""The log file: a rotating qundesk.log in the user log folder, with crashes recorded in it."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from desktop import __version__, paths
from desktop.models.storage import files

LOG_NAME = "qundesk.log"
# Native crashes (a segfault in Qt) cannot go through logging; faulthandler writes them here.
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

log = logging.getLogger("qundesk")

_handler: logging.handlers.RotatingFileHandler | None = None
_crash_file: IO[str] | None = None
_previous_excepthook = sys.excepthook
_previous_thread_hook = threading.excepthook
_faulthandler_before: list[bool] = []


def log_path() -> Path:
    """The current log file (in the log folder, which --data-dir redirects)."""
    return paths.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the log folder and record uncaught exceptions; returns its path.

    Calling it again (say after --data-dir changed the folder) moves logging to the new file.
    The logs name people and files: the folder and the files are owner-only on POSIX.
    """
    global _handler, _crash_file
    path = log_path()
    files.private_folder(path.parent)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    files.private_file(path)
    _handler = _PrivateRotatingHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    _handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(_handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    log.setLevel(level)

    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
    else:
        _faulthandler_before[:] = [faulthandler.is_enabled()]
    files.private_file(path.parent / CRASH_NAME)
    _crash_file = (path.parent / CRASH_NAME).open("a", encoding="utf-8")
    faulthandler.enable(file=_crash_file)

    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    log.info("QunDesk %s%s starting, Python %s", __version__, frozen, sys.version.split()[0])
    return path


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose new file after each rotation is owner-only too.

    A rotation that fails leaves logging going on in the current file, tried again only
    once that has grown by another `maxBytes`.
    """

    # Rotate no sooner than when the file reaches this size (raised after a failure).
    _retry_at = 0

    def shouldRollover(self, record: logging.LogRecord) -> int:
        """Whether to rotate before `record`: not while a failed rotation waits its turn."""
        if self.stream is not None and self.stream.tell() < self._retry_at:
            return 0
        return int(super().shouldRollover(record))

    def doRollover(self) -> None:
        """Rotate, then make the fresh file owner-only (open() gives it the umask's mode)."""
        try:
            super().doRollover()
        except OSError:
            # WORKAROUND: Windows refuses to rename a file another process holds open (a
            # second copy of QunDesk writing the same log): PermissionError, WinError 32.
            # Keep appending to the current file instead of losing every record after it.
            if self.stream is None:
                self.stream = self._open()
            self._retry_at = self.stream.tell() + self.maxBytes
            return
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(self.baseFilename, files.PRIVATE_FILE_MODE)


def shutdown_logging() -> None:
    """Undo setup_logging: close the files and restore the exception hooks."""
    global _handler, _crash_file
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None
        if _faulthandler_before == [True] and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__)  # as it was (pytest turns it on, for one)
    sys.excepthook = _previous_excepthook
    threading.excepthook = _previous_thread_hook


def _excepthook(
    kind: type[BaseException], value: BaseException, traceback: TracebackType | None
) -> None:
    # PySide6 also sends exceptions raised in slots here and keeps running afterwards.
    log.critical("Uncaught exception", exc_info=(kind, value, traceback))
    flush()
    _previous_excepthook(kind, value, traceback)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    name = args.thread.name if args.thread is not None else "?"
    exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
    log.critical("Uncaught exception in thread %s", name, exc_info=exc_info)  # type: ignore[arg-type]
    flush()
    _previous_thread_hook(args)


def flush() -> None:
    """Write buffered log records to disk (before exiting or after a crash)."""
    if _handler is not None:
        _handler.flush()


def install_qt_message_handler() -> Any:
    """Send Qt's own warnings and errors (qWarning and friends) to the log as well.

    Returns the handler it replaced (which it still calls), so a caller can put it back.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")
    previous: Any = None

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        category = getattr(context, "category", None) or "default"
        qt_log.log(levels.get(kind, logging.WARNING), "[%s] %s", category, message)
        if previous is not None:
            previous(kind, context, message)
        elif sys.stderr is not None:  # None in a windowed (no console) build
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    return previous
