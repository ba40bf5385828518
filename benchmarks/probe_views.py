"""Child process: drive the real tabs offscreen on the scale database and time them.

`python -m benchmarks.probe_views KIND DB REPEAT` with KIND one of:

- members: the Members tab's first screen, search keystrokes (and the same filter through
  a QSortFilterProxyModel as the baseline), and sorting by name and by joined date;
- calendar: switching the Calendar tab's month;
- dashboard: switching the Dashboard's group and metric (if the tab exists yet);
- views: calendar and dashboard in one process;
- memory: the main window with every tab visited, then the process's peak RSS.

Every timing runs from the action to the end of `processEvents()` and a synchronous
`repaint()` of the window, so what the owner would see is on the clock. The result is one
`BENCH-RESULT {json}` line on stdout, times in seconds.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import inspect
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULT_MARK = "BENCH-RESULT "
WINDOW_SIZE = (1280, 800)
LOAD_TIMEOUT_S = 600.0
# Twenty searches an owner types: Chinese, full pinyin, initials, WeChat ids, phone
# digits, tags, English nicknames and one that matches nobody.
QUERIES = (
    "王", "张伟", "李", "小雪", "老师",
    "wang", "zhangwei", "liuyang", "chen", "huang",
    "zw", "ly", "wj", "lx",
    "wxid_", "138", "1862",
    "烘焙", "amy", "qqqzx",
)  # fmt: skip
SWITCHES_PER_REPEAT = 6


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    return app


def _frame(widget_factory: Callable[[Any], Any]) -> tuple[Any, Any]:
    """A MainWindow-sized top-level holding one widget, shown."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    frame = QWidget()
    frame.resize(*WINDOW_SIZE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    inner = widget_factory(frame)
    layout.addWidget(inner)
    frame.show()
    _app().processEvents()
    return frame, inner


def _dispose(frame: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    frame.close()
    frame.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def timed(frame: Any, action: Callable[[], object]) -> float:
    """Seconds from `action` to the window repainted with its result."""
    app = _app()
    started = time.perf_counter()
    action()
    app.processEvents()
    frame.repaint()
    return time.perf_counter() - started


def timed_until(
    frame: Any, action: Callable[[], object], done: Callable[[], bool]
) -> tuple[float, float]:
    """Seconds until the first repaint after `action`, and until `done()` and repainted."""
    from PySide6.QtCore import QEventLoop

    app = _app()
    started = time.perf_counter()
    action()
    app.processEvents()
    frame.repaint()
    first = time.perf_counter() - started
    if done():
        return first, first
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    app.processEvents()
    frame.repaint()
    return first, time.perf_counter() - started


def _wait(condition: Callable[[], bool], timeout: float = LOAD_TIMEOUT_S) -> float:
    """Process events until `condition` holds; the seconds it took."""
    from PySide6.QtCore import QEventLoop

    app = _app()
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout:
            raise TimeoutError("timed out waiting for the tab to load")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.002)
    return time.perf_counter() - started


def _scope(group_id: int | None, today: dt.date, days: int) -> Any:
    from desktop.models.core.scope import Scope

    return Scope(group_id, today - dt.timedelta(days=days - 1), today)


# ---- members ------------------------------------------------------------------------------


def _proxy_baseline(rows: list[tuple[Any, ...]], keys: list[str]) -> tuple[Any, Any, Any]:
    """A plain table model with a search-key column, a QSortFilterProxyModel, a table."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    display = Qt.ItemDataRole.DisplayRole
    columns = len(rows[0]) if rows else 12  # id + 11 shown; the key replaces the id

    class PlainModel(QAbstractTableModel):
        """The roster's rows as display text, plus the search key as the last column."""

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else columns

        def data(self, index: Any, role: int = display) -> Any:
            if role != display:
                return None
            column = index.column()
            if column == columns - 1:
                return keys[index.row()]
            return rows[index.row()][column + 1]

    source = PlainModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterKeyColumn(columns - 1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def make_view(parent: Any) -> Any:
        view = QTableView(parent)
        view.setModel(proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        vertical = view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.hideColumn(columns - 1)
        return view

    frame, _view = _frame(make_view)
    return source, proxy, frame


def _keystrokes(frame: Any, set_text: Callable[[str], object]) -> list[float]:
    """Per query: type all but its last character (untimed), then time the last one."""
    times = []
    for query in QUERIES:
        set_text("")
        set_text(query[:-1])
        _app().processEvents()
        times.append(timed(frame, lambda q=query: set_text(q)))
    set_text("")
    return times


def bench_members(db_path: Path, repeat: int) -> dict[str, Any]:
    """First screen, keystrokes (tab and proxy baseline), sort by name and joined date."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLineEdit, QTableView

    from desktop.models.members import roster
    from desktop.models.storage.db import Database
    from desktop.views.members.members_tab import MembersTab

    out: dict[str, list[float]] = {
        "first_screen": [], "cache_ready": [], "search": [], "search_proxy": [],
        "sort_name": [], "sort_joined": [], "rows": [],
    }  # fmt: skip
    for _ in range(repeat):
        database = Database.open(db_path, create=False)
        frame, tab = _frame(lambda parent: MembersTab(QUndoStack(parent), parent))
        table = tab.findChild(QTableView, "memberTable")
        search = tab.findChild(QLineEdit, "memberSearch")
        assert table is not None and search is not None, "memberTable / memberSearch missing"
        # The main window hands a tab its database, then its scope, when it is shown.
        scope = _scope(None, dt.date.today(), 30)
        out["first_screen"].append(
            timed(frame, lambda db=database, t=tab, s=scope: (t.set_database(db), t.set_scope(s)))
        )
        out["rows"].append(float(table.model().rowCount()))
        out["cache_ready"].append(_wait(tab.is_loaded))
        out["search"].append(statistics.median(_keystrokes(frame, search.setText)))
        out["sort_joined"].append(timed(frame, lambda t=tab: t.sort_by("joined")))
        out["sort_name"].append(timed(frame, lambda t=tab: t.sort_by("name")))
        # The baseline filters the very rows the tab shows, on their search keys.
        rows = list(tab.cache.rows) if tab.cache is not None else []
        key_of = roster.roster_search_keys(database)
        keys = [key_of.get(row[0], "") for row in rows]
        _dispose(frame)
        _source, proxy, proxy_frame = _proxy_baseline(rows, keys)
        out["search_proxy"].append(
            statistics.median(_keystrokes(proxy_frame, proxy.setFilterFixedString))
        )
        _dispose(proxy_frame)
        del rows, keys, key_of, _source, proxy
        database.close()
        gc.collect()
    return out


# ---- calendar and dashboard ---------------------------------------------------------------


def bench_calendar(db_path: Path, repeat: int) -> dict[str, Any]:
    """Month switches (three forward, three back) of the month grid for all groups."""
    from PySide6.QtGui import QUndoStack

    from desktop.models.storage.db import Database
    from desktop.views.calendar.calendar_tab import CalendarTab

    database = Database.open(db_path, create=False)
    frame, tab = _frame(lambda parent: CalendarTab(QUndoStack(parent), parent))
    tab.set_database(database)
    tab.set_scope(_scope(None, dt.date.today(), 30))
    _app().processEvents()
    samples = []
    for _ in range(repeat):
        times = [timed(frame, tab.next_button.click) for _ in range(SWITCHES_PER_REPEAT // 2)]
        times += [timed(frame, tab.prev_button.click) for _ in range(SWITCHES_PER_REPEAT // 2)]
        samples.append(statistics.median(times))
    occurrences = len(tab.visible)
    _dispose(frame)
    database.close()
    return {"month": samples, "occurrences": occurrences}


def _construct(cls: type, undo_stack: Any, parent: Any) -> Any:
    """Build a tab the way MainWindow builds the others: undo stack, parent, today."""
    parameters = inspect.signature(cls).parameters
    kwargs: dict[str, Any] = {}
    if "today" in parameters:
        kwargs["today"] = None
    if "undo_stack" in parameters or next(iter(parameters), "") == "undo_stack":
        return cls(undo_stack, parent, **kwargs)
    return cls(parent, **kwargs)


def bench_dashboard(db_path: Path, repeat: int) -> dict[str, Any]:
    """Switching the dashboard's group (set_scope) and metric (the dashboardMetric combo).

    Each group switch goes to a scope the tab has not shown yet (the range moves back a day
    per repeat), so its figures are read afresh rather than from the tab's scope cache.
    """
    try:
        module = importlib.import_module("desktop.views.dashboard.dashboard_tab")
    except ModuleNotFoundError as exc:
        if exc.name != "desktop.views.dashboard.dashboard_tab":
            raise
        return {"unavailable": "desktop/views/dashboard/dashboard_tab.py does not exist yet"}
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QComboBox

    from desktop.models.storage.db import Database

    database = Database.open(db_path, create=False)
    frame, tab = _frame(lambda parent: _construct(module.DashboardTab, QUndoStack(parent), parent))
    drawn: Callable[[], bool] = getattr(tab, "is_drawn", lambda: True)
    today = dt.date.today()
    tab.set_database(database)
    tab.set_scope(_scope(None, today, 365))
    _wait(drawn)
    groups = [g for (g,) in database.conn.execute("SELECT id FROM groups ORDER BY id")]
    combo = tab.findChild(QComboBox, "dashboardMetric")
    result: dict[str, Any] = {"group": [], "group_first": [], "metric": []}
    for n in range(repeat):
        end = today - dt.timedelta(days=n + 1)
        first, complete = [], []
        for group in [*groups, None][:SWITCHES_PER_REPEAT]:
            times = timed_until(
                frame, lambda g=group, e=end: tab.set_scope(_scope(g, e, 365)), drawn
            )
            first.append(times[0])
            complete.append(times[1])
        result["group_first"].append(statistics.median(first))
        result["group"].append(statistics.median(complete))
        if combo is None or combo.count() < 2:
            result["metric_unavailable"] = "no dashboardMetric combo with two or more metrics"
            continue
        times = []
        for _n in range(min(SWITCHES_PER_REPEAT, combo.count() - 1)):
            index = (combo.currentIndex() + 1) % combo.count()
            times.append(timed_until(frame, lambda i=index: combo.setCurrentIndex(i), drawn)[1])
        result["metric"].append(statistics.median(times))
    _dispose(frame)
    database.close()
    return result


# ---- memory -------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (10^6 bytes)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak * (1 if sys.platform == "darwin" else 1024) / 1e6


def rss_now_mb() -> tuple[float, float] | None:
    """(resident, peak resident) MB of this process now, from /proc (None elsewhere)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    kb = {
        name: int(value.split()[0])
        for name, _, value in (line.partition(":") for line in status.splitlines())
        if name in ("VmRSS", "VmHWM")
    }
    return kb["VmRSS"] * 1024 / 1e6, kb["VmHWM"] * 1024 / 1e6


def bench_memory(db_path: Path) -> dict[str, Any]:
    """The main window on the scale database with every tab shown until it settled."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    from desktop.app import create_application, make_settings
    from desktop.models.storage.db import Database
    from desktop.views.shell.main_window import MainWindow

    app = create_application([sys.argv[0]])
    database = Database.open(db_path, create=False)
    window = MainWindow(database, make_settings())
    window.show()
    app.processEvents()
    started = time.perf_counter()
    tabs = window.findChild(QTabWidget, "tabs")
    visited = []
    # Where the memory goes: resident and peak MB after the window and after each tab.
    by_tab = {"window": rss_now_mb()}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        visited.append(page.objectName())
        loaded = getattr(page, "is_loaded", None)
        if loaded is not None:
            _wait(loaded)
        app.processEvents()
        window.repaint()
        by_tab[page.objectName()] = rss_now_mb()
    visit = time.perf_counter() - started
    rss = peak_rss_mb()
    window.close()
    database.close()
    QApplication.processEvents()
    return {"peak_rss_mb": rss, "visit_s": visit, "tabs": visited, "rss_by_tab_mb": by_tab}


def main(argv: list[str]) -> int:
    """Run one probe and print its result line."""
    if len(argv) < 2 or argv[0] not in ("members", "views", "calendar", "dashboard", "memory"):
        print(
            "usage: probe_views (members|views|calendar|dashboard|memory) DB [REPEAT]",
            file=sys.stderr,
        )
        return 2
    kind, db_path = argv[0], Path(argv[1])
    repeat = int(argv[2]) if len(argv) > 2 else 1
    _app()
    if kind == "members":
        result = bench_members(db_path, repeat)
    elif kind == "views":  # both in one process: one interpreter start fewer
        result = {"calendar": bench_calendar(db_path, repeat)}
        result["dashboard"] = bench_dashboard(db_path, repeat)
    elif kind == "calendar":
        result = bench_calendar(db_path, repeat)
    elif kind == "dashboard":
        result = bench_dashboard(db_path, repeat)
    else:
        result = bench_memory(db_path)
    print(RESULT_MARK + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
