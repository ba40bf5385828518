"""Child process: start QunDesk (or a bare five-tab window) and report when it first painted.

`python -m benchmarks.probe_startup app DB [--roster]` runs the real start-up path
(`desktop.app.run_gui`); `... bare` shows an empty QMainWindow with five empty tabs. An
application-wide event filter sees the first paint event of the main window (or any of its
children); a zero timer then fires once that paint pass is done, and the probe prints
`time.perf_counter()` at that moment. On Linux perf_counter is CLOCK_MONOTONIC, shared by
every process, so the parent subtracts the value it read just before starting the child.

With --roster the probe then switches to the Members tab and also reports when the roster
table first painted: the owner's "open the roster" time. The window opens with the Groups
tab in front every time: the tab remembered from the last run is forgotten first.

Only the standard library is imported before Qt: whatever the app loads is on its clock.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

RESULT_MARK = "BENCH-RESULT "


def _watch(app: Any, on_first_paint: Callable[[], None]) -> Any:
    """Install an event filter that calls `on_first_paint` after the window's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class FirstPaint(QObject):
        """Waits for a paint event of the widget named mainWindow or anything inside it."""

        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window().objectName() == "mainWindow"
            ):
                self.seen = True
                # The children of the window paint in the same pass; the timer runs after it.
                QTimer.singleShot(0, on_first_paint)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    return watcher


def _roster_watch(window: Any, results: dict[str, float]) -> None:
    """Show the Members tab and record when its table first painted, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTableView, QTabWidget

    tabs = window.findChild(QTabWidget, "tabs")

    def done() -> None:
        results["roster_paint"] = time.perf_counter()
        QApplication.quit()

    class TablePaint(QObject):
        """Waits for the roster viewport's first paint."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, done)
            return False

    for index in range(tabs.count()):  # the tab is built when first shown
        if tabs.widget(index).objectName() == "membersTab":
            tabs.setCurrentIndex(index)
    table = window.findChild(QTableView, "memberTable")
    if table is None:
        raise RuntimeError("no roster table after showing the Members tab")
    watcher = TablePaint(window)
    table.viewport().installEventFilter(watcher)  # its first paint is still to come


def run_app(db: str, roster: bool) -> dict[str, float]:
    """Start QunDesk on `db` through its own start-up function; return the paint times."""
    results: dict[str, float] = {}
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_application, make_settings, run_gui
    from desktop.views.shell.main_window import SETTING_TAB

    app = create_application([sys.argv[0]])
    settings = make_settings()
    settings.remove(SETTING_TAB)  # the first tab in front, whatever the last run showed
    settings.sync()
    del settings

    def painted() -> None:
        results["first_paint"] = time.perf_counter()
        if not roster:
            QApplication.quit()
            return
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
        try:
            _roster_watch(window, results)
        except Exception:  # a failing probe ends the run instead of waiting for ever
            traceback.print_exc()
            QApplication.exit(3)

    watcher = _watch(app, painted)
    from pathlib import Path

    code = run_gui(Path(db))
    del watcher
    if code != 0:
        raise SystemExit(f"qundesk exited with {code}")
    return results


def run_bare() -> dict[str, float]:
    """An empty QMainWindow with five empty tabs, the size QunDesk opens at."""
    results: dict[str, float] = {}
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication([sys.argv[0]])

    def painted() -> None:
        results["first_paint"] = time.perf_counter()
        QApplication.quit()

    watcher = _watch(app, painted)
    window = QMainWindow()
    window.setObjectName("mainWindow")
    tabs = QTabWidget(window)
    for title in ("Groups", "Members", "Calendar", "Revenue", "Dashboard"):
        tabs.addTab(QWidget(tabs), title)
    window.setCentralWidget(tabs)
    window.resize(1200, 780)
    window.show()
    app.exec()
    del watcher
    return results


def main(argv: list[str]) -> int:
    """Run one probe and print its result line."""
    if argv[:1] == ["bare"]:
        results = run_bare()
    elif argv[:1] == ["app"] and len(argv) >= 2:
        results = run_app(argv[1], roster="--roster" in argv[2:])
    else:
        print("usage: probe_startup (bare | app DB [--roster])", file=sys.stderr)
        return 2
    print(RESULT_MARK + json.dumps(results), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
