"""desktop/logs.py: the rotating log file in the log folder, and crashes recorded in it."""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from desktop import __version__, logs, paths


@pytest.fixture
def logging_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """setup_logging with the previous exception hooks replaced by recorders."""
    calls: list[Any] = []
    monkeypatch.setattr(logs, "_previous_excepthook", lambda *args: calls.append(args))
    monkeypatch.setattr(logs, "_previous_thread_hook", calls.append)
    yield calls
    logs.shutdown_logging()


def read_log() -> str:
    logs.flush()
    return logs.log_path().read_text(encoding="utf-8")


def test_the_log_file_is_in_the_log_folder_and_says_which_version_started(
    logging_on: list[Any], data_dir: Path
) -> None:
    path = logs.setup_logging()
    logging.getLogger("qundesk.test").warning("一条中文警告")

    assert path == data_dir / "logs" / "qundesk.log" == logs.log_path()
    text = read_log()
    assert f"QunDesk {__version__} starting" in text
    assert "WARNING  qundesk.test: 一条中文警告" in text


def test_data_dir_moves_the_log_and_a_second_setup_does_not_log_twice(
    logging_on: list[Any], tmp_path: Path
) -> None:
    logs.setup_logging()
    paths.set_data_dir(tmp_path / "portable")
    path = logs.setup_logging()
    logging.getLogger("qundesk.test").info("once")

    assert path == tmp_path / "portable" / "logs" / "qundesk.log"
    assert read_log().count("qundesk.test: once") == 1


def test_uncaught_exceptions_are_logged_with_their_traceback(
    logging_on: list[Any], data_dir: Path
) -> None:
    logs.setup_logging()
    assert sys.excepthook is logs._excepthook
    traceback: TracebackType | None = None
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        traceback = exc.__traceback__
        sys.excepthook(ValueError, exc, traceback)

    text = read_log()
    assert "CRITICAL qundesk: Uncaught exception" in text
    assert "ValueError: boom in a slot" in text
    assert 'raise ValueError("boom in a slot")' in text
    assert logging_on[0][0] is ValueError  # the previous hook still runs (prints it)


def test_uncaught_exceptions_in_threads_are_logged(logging_on: list[Any]) -> None:
    logs.setup_logging()
    assert threading.excepthook is logs._thread_excepthook
    try:
        raise RuntimeError("worker died")
    except RuntimeError as exc:
        thread = threading.Thread(name="roster-loader")
        args = threading.ExceptHookArgs([RuntimeError, exc, exc.__traceback__, thread])
        threading.excepthook(args)

    text = read_log()
    assert "Uncaught exception in thread roster-loader" in text
    assert "RuntimeError: worker died" in text
    assert logging_on == [args]


def test_the_log_rotates(logging_on: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup_logging()
    for i in range(200):
        logging.getLogger("qundesk.test").info("line %d of a long session", i)
    logs.flush()

    files = sorted(path.parent.glob("qundesk.log*"))
    assert [p.name for p in files][:2] == ["qundesk.log", "qundesk.log.1"]
    assert len(files) == logs.BACKUP_COUNT + 1
    assert all(p.stat().st_size <= 2_100 for p in files)


def test_shutdown_restores_the_hooks(logging_on: list[Any]) -> None:
    logs.setup_logging()
    logs.shutdown_logging()

    assert sys.excepthook is logs._previous_excepthook
    assert threading.excepthook is logs._previous_thread_hook
    assert not any(
        isinstance(h, logging.handlers.RotatingFileHandler) for h in logging.getLogger().handlers
    )


def test_qt_messages_go_to_the_log(logging_on: list[Any], qapp: Any) -> None:
    from PySide6.QtCore import qInfo, qInstallMessageHandler

    logs.setup_logging()
    previous = logs.install_qt_message_handler()
    try:
        qInfo("a message from Qt")
    finally:
        qInstallMessageHandler(previous)

    assert "INFO     qt: [default] a message from Qt" in read_log()


@pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")
def test_the_logs_are_owner_only_also_after_rotating(
    logging_on: list[Any], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    before = os.umask(0o022)
    try:
        path = logs.setup_logging()
        for n in range(100):
            logging.getLogger("qundesk.test").info("第 %d 行：张三 13812345678", n)
        logs.flush()
    finally:
        os.umask(before)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()}
    assert "qundesk.log.1" in modes and "crash.log" in modes
    assert set(modes.values()) == {0o600}
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
