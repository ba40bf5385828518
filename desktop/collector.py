"""Python's cyclic garbage collection, run from the Qt event loop instead of at any allocation."""

# Why: CPython starts a collection whenever enough objects were allocated, wherever that
# happens to be, inside a Qt call too (PySide allocates in QObject::disconnect, for one). If
# it destroys a QObject there, ~QObject waits for a signal-slot lock the interrupted call
# holds and the GUI thread hangs for good (the test suite once did, building a dashboard
# chart); one started in a worker thread destroys GUI objects in the wrong thread. pyqtgraph
# documents the hazard and ships pyqtgraph.util.garbage_collector; this is our small version
# of its policy: automatic collection off, the same thresholds checked from a timer of the GUI
# thread, where no Qt call is on the stack. Qt is imported only when a timer is attached, so
# the tests of the Qt-free layers run under the policy too.

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTimer

# How often the GUI thread compares the allocation counts with the thresholds; the check
# itself is a few integer comparisons.
INTERVAL_MS = 500
GENERATIONS = 3


class IdleCollector:
    """Keeps automatic collection off and collects from a main-thread QTimer instead."""

    def __init__(self, interval_ms: int = INTERVAL_MS) -> None:
        self.interval_ms = interval_ms
        self.collections = [0] * GENERATIONS  # collections run, per generation
        self.collected = 0  # unreachable objects those collections found
        self._timer: QTimer | None = None
        self._was_enabled: bool | None = None  # gc's state before start(); None when stopped

    @property
    def active(self) -> bool:
        """Whether the policy is on (automatic collection turned off by it)."""
        return self._was_enabled is not None

    @property
    def attached(self) -> bool:
        """Whether a timer checks the thresholds from an event loop."""
        return self._timer is not None and _alive(self._timer)

    def start(self) -> None:
        """Turn Python's automatic collection off (a second call changes nothing)."""
        if self._was_enabled is None:
            self._was_enabled = gc.isenabled()
        gc.disable()

    def attach(self, app: QCoreApplication) -> None:
        """Check the thresholds from a timer in `app`'s thread (the GUI thread)."""
        if self.attached:
            return
        from PySide6.QtCore import QThread, QTimer

        if QThread.currentThread() is not app.thread():
            raise RuntimeError("the idle collector must be attached from the GUI thread")
        # a child of the application: Qt destroys it with the application, never the gc
        timer = QTimer(app)
        timer.setObjectName("idleCollector")
        timer.setInterval(self.interval_ms)
        timer.timeout.connect(self.check)
        timer.start()
        self._timer = timer

    def set_interval(self, interval_ms: int) -> None:
        """Check every `interval_ms` from now on (0: at every idle turn of the event loop)."""
        self.interval_ms = interval_ms
        if self._timer is not None and _alive(self._timer):
            self._timer.setInterval(interval_ms)

    def check(self) -> int:
        """Collect what Python would have collected by now; returns the objects found."""
        # as CPython: once the youngest count passed its threshold, the oldest generation
        # past its own is collected (one collection per check); a first threshold of 0 is off
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        if thresholds[0] == 0 or counts[0] <= thresholds[0]:
            return 0
        oldest = max(g for g in range(GENERATIONS) if counts[g] > thresholds[g])
        return self.collect(oldest)

    def collect(self, generation: int = GENERATIONS - 1) -> int:
        """Collect `generation` and the younger ones now (only where no Qt call is running)."""
        found = gc.collect(generation)
        self.collections[generation] += 1
        self.collected += found
        return found

    def finish(self) -> None:
        """Stop the timer and collect everything once (at exit, while Qt is still whole)."""
        # automatic collection stays off: PySide tears the application down at exit, and a
        # collection started in the middle of that would be the same hazard
        self._stop_timer()
        self.collect()

    def stop(self) -> None:
        """Stop the timer and give collection back to Python, as it was before start()."""
        self._stop_timer()
        if self._was_enabled:
            gc.enable()
        self._was_enabled = None

    def _stop_timer(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None and _alive(timer):
            timer.stop()
            timer.deleteLater()


def _alive(timer: QTimer) -> bool:
    """Whether the timer's C++ object exists (the application may have deleted it)."""
    import shiboken6

    return bool(shiboken6.isValid(timer))


_installed: IdleCollector | None = None


def install(app: QCoreApplication | None = None) -> IdleCollector:
    """Start the process's collector, attached to `app`'s event loop when given."""
    global _installed
    if _installed is None:
        _installed = IdleCollector()
    _installed.start()
    if app is not None:
        _installed.attach(app)
    return _installed


def installed() -> IdleCollector | None:
    """The process's collector, if installed."""
    return _installed


def uninstall() -> None:
    """Stop the process's collector; Python collects by itself again."""
    global _installed
    if _installed is not None:
        _installed.stop()
        _installed = None
