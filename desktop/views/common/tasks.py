"""Running one import step off the GUI thread, with progress, cancel and stale-signal guards."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from desktop.views.common.field_labels import error_text

if TYPE_CHECKING:  # the import engine loads when an import runs, not with every Task
    from desktop.models.exchange import import_engine as imp


class Task(QThread):
    """Run one step of the import off the GUI thread, with progress and a cancel flag."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[imp.ProgressFn, imp.CancelledFn], object], parent: QWidget):
        super().__init__(parent)
        self._work = work
        self.cancel = threading.Event()

    def run(self) -> None:
        """Do the work (in the worker thread); report the result or the exception."""
        try:
            result = self._work(self.progressed.emit, self.cancel.is_set)
        except Exception as exc:  # shown to the owner; the database was rolled back
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


class TaskRunner:
    """Mixin for an import dialog: one `Task` at a time, its progress and its outcome.

    Put it before QDialog in the bases: closing or rejecting the dialog first cancels a
    running step and waits for it, so its transaction rolls back.

    The dialog provides `progress` (QProgressBar), `summary` (QLabel), `workFailed`
    (Signal(str)), `_show_plan()`, `_set_busy(text | None)` and starts with `_task = None`.
    """

    _task: Task | None
    _done: Callable[[object], None]
    progress: Any
    summary: Any
    workFailed: Any

    def _start(
        self, work: Callable[..., object], text: str, done: Callable[[object], None]
    ) -> None:
        self._finish_task()
        task = Task(work, self)
        # Bound methods, not lambdas: they run on the GUI thread (queued), and `sender()`
        # tells a stale step's late signals from the current one's.
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_task_finished)
        self._task, self._done = task, done
        self._set_busy(text)
        task.start()

    def _current(self) -> bool:
        return self._task is not None and self.sender() is self._task

    def _on_progress(self, done: int, total: int) -> None:
        if self._current():
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _on_succeeded(self, result: object) -> None:
        if self._current():
            self._done(result)

    def _on_failed(self, error: object) -> None:
        if not self._current():
            return
        from desktop.models.exchange import import_engine as imp

        if isinstance(error, imp.ImportCancelledError):
            text = self.tr("Cancelled; nothing was changed.")
        elif isinstance(error, imp.InvalidRowsError):
            text = str(error)
        else:
            text = self.tr("%s\n\nNothing was imported.") % error_text(error)
        self._show_plan()
        self.summary.setText(text)
        self.workFailed.emit(text)

    def _on_task_finished(self) -> None:
        task = self.sender()
        if isinstance(task, Task):
            task.deleteLater()
        if task is self._task:
            self._task = None
            self._set_busy(None)

    def _finish_task(self) -> None:
        """Cancel any running step and wait for it: one step at a time."""
        if self._task is not None:
            self._task.cancel.set()
            self._task.wait()

    def is_busy(self) -> bool:
        """Whether a step is running (or its results are still on the way)."""
        return self._task is not None

    def reject(self) -> None:
        """Close; a running step is cancelled first (its transaction rolls back)."""
        self._finish_task()
        super().reject()  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window cancels like the Cancel button."""
        self._finish_task()
        super().closeEvent(event)  # type: ignore[misc]
