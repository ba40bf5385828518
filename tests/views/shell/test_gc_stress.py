"""The heavy widgets built and destroyed many times with collection thresholds forced low."""

# The suite once hung for good when Python's cyclic collector started inside a Qt call
# (PlotItem.addItem → QObject::disconnect → gc → ~QObject → a lock the disconnect held). With
# thresholds this low an automatic collection would fall inside Qt calls all the time; under
# desktop.collector's policy none does, the idle timer collects instead, and every widget
# built is destroyed by Qt, not left to the collector.

from __future__ import annotations

import datetime as dt
import gc
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop import collector
from desktop.app import make_settings
from desktop.collector import INTERVAL_MS, IdleCollector
from desktop.models.core.scope import Scope
from desktop.models.storage.db import Database
from desktop.views.dashboard.dashboard_charts import ChartFrame
from desktop.views.dashboard.dashboard_tab import DashboardTab
from desktop.views.exchange.export_dialog import ExportDialog
from desktop.views.exchange.import_dialog import ImportDialog
from desktop.views.exchange.revenue_import_dialog import RevenueImportDialog
from desktop.views.shell.main_window import MainWindow

# Python's default is (700, 10, 10): were automatic collection on, these would start one
# every 10 allocations, and every 4th a full one.
THRESHOLDS = (10, 1, 1)
DASHBOARD_CYCLES = 20
WINDOW_CYCLES = 4
DIALOG_CYCLES = 10  # of each of the three dialogs
TODAY = dt.date(2026, 11, 23)
YEAR = Scope(None, TODAY - dt.timedelta(days=364), TODAY)
SHEETS = Path(__file__).resolve().parents[2] / "fixtures" / "sheets"
REVENUE_CSV = "日期,类别,金额\n2026-01-05,课程,199\n2026-01-09,场地,-80\n"


class Ledger:
    """Counts what was built and what Qt destroyed; checks the policy at every step."""

    def __init__(self, policy: IdleCollector) -> None:
        self.policy = policy
        self.built = 0
        self.destroyed = 0
        self.steps = 0
        self.collections = 0  # every collection Python ran, whoever started it
        self.stray: list[str] = []  # where those not started by the idle collector began

    def on_gc(self, phase: str, _info: dict[str, int]) -> None:
        """A gc callback: note who started each collection."""
        if phase != "start":
            return
        self.collections += 1
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code is IdleCollector.collect.__code__:
                return
            frame = frame.f_back  # type: ignore[assignment]
        self.stray.append("".join(traceback.format_stack(limit=6)))

    def watch(self, *objects: QObject) -> None:
        """Count these objects' destruction."""
        for obj in objects:
            self.built += 1
            obj.destroyed.connect(self._on_destroyed)

    def _on_destroyed(self) -> None:
        self.destroyed += 1

    def step(self) -> None:
        """The policy holds: automatic collection off, the idle timer running."""
        self.steps += 1
        assert not gc.isenabled(), "automatic collection came back on"
        assert collector.installed() is self.policy and self.policy.attached


@pytest.fixture
def stress(idle_collector: IdleCollector, qapp: object) -> Iterator[Ledger]:
    """Thresholds forced low, the idle timer at every turn of the event loop."""
    previous = gc.get_threshold()
    gc.set_threshold(*THRESHOLDS)
    idle_collector.set_interval(0)
    ledger = Ledger(idle_collector)
    gc.callbacks.append(ledger.on_gc)
    try:
        yield ledger
    finally:
        gc.callbacks.remove(ledger.on_gc)
        idle_collector.set_interval(INTERVAL_MS)
        gc.set_threshold(*previous)


def destroy(qtbot: QtBot, widget: QWidget) -> None:
    """Close and delete a widget the way the app does, and wait until Qt has deleted it."""
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))


def pyqtgraph_helpers(chart: ChartFrame) -> list[QObject]:
    """The menus and state groups pyqtgraph makes without a Qt parent (the chart adopts them)."""
    item = chart.plot.getPlotItem()
    helpers: list[QObject] = [item.ctrlMenu, item.stateGroup]
    right = getattr(chart, "right", None)
    if right is not None:
        helpers += [right.menu, *right.menu.widgetGroups]
    return helpers


def build_dashboard(qtbot: QtBot, ledger: Ledger, database: Database) -> None:
    tab = DashboardTab(QUndoStack())
    tab.resize(1280, 720)
    tab.show()  # builds the charts (the hang was here, in RevenueChart.__init__)
    tab.set_database(database)
    tab.set_scope(YEAR)
    qtbot.waitUntil(tab.is_drawn)
    charts = [tab.activity, tab.growth, tab.revenue, tab.structure]
    assert all(c is not None for c in charts)
    ledger.watch(tab)
    for chart in charts:
        assert chart is not None
        ledger.watch(chart, *pyqtgraph_helpers(chart))
    ledger.step()
    destroy(qtbot, tab)


def build_window(qtbot: QtBot, ledger: Ledger, database: Database, settings: QSettings) -> None:
    # the settings outlive the window, as in the app (run_gui holds them)
    window = MainWindow(database, settings)
    window.show()
    qtbot.waitExposed(window)
    ledger.watch(window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        assert tab is not None
        ledger.watch(tab)
        loaded: Callable[[], bool] = getattr(tab, "is_loaded", lambda: True)
        qtbot.waitUntil(loaded, timeout=20_000)
        ledger.step()
    destroy(qtbot, window)


def build_dialogs(qtbot: QtBot, ledger: Ledger, database: Database, csv: Path) -> None:
    imports = ImportDialog(None, database, SHEETS / "bad_rows.xlsx")
    imports.show()
    qtbot.waitUntil(lambda: not imports.is_busy())
    revenue = RevenueImportDialog(None, database, csv)
    revenue.show()
    qtbot.waitUntil(lambda: not revenue.is_busy())
    export = ExportDialog(database, YEAR)
    export.show()
    qtbot.waitExposed(export)
    ledger.watch(imports, revenue, export)
    ledger.step()
    for dialog in (imports, revenue, export):
        destroy(qtbot, dialog)


def test_building_and_destroying_never_collects_inside_qt_calls(
    qtbot: QtBot, stress: Ledger, demo_db: Database, tmp_path: Path
) -> None:
    csv = tmp_path / "revenue.csv"
    csv.write_text(REVENUE_CSV, encoding="utf-8")
    policy = stress.policy
    before, seen = list(policy.collections), stress.collections
    started = time.perf_counter()
    for _ in range(DASHBOARD_CYCLES):
        build_dashboard(qtbot, stress, demo_db)
    settings = make_settings()
    for _ in range(WINDOW_CYCLES):
        build_window(qtbot, stress, demo_db, settings)
    for _ in range(DIALOG_CYCLES):
        build_dialogs(qtbot, stress, demo_db, csv)
    seconds = time.perf_counter() - started
    runs = [after - was for after, was in zip(policy.collections, before, strict=True)]
    print(f"gc stress: {seconds:.1f} s, thresholds {THRESHOLDS}, collections by generation {runs}")
    # every widget, chart and pyqtgraph helper built was destroyed by Qt, in order
    assert stress.built > 0 and stress.destroyed == stress.built
    # every collection was started by the idle collector from the event loop, none by an
    # allocation (inside a Qt call or anywhere else); and there were many
    assert stress.stray == []
    assert stress.collections - seen == sum(runs) >= stress.steps
    assert runs[2] > 0, "full collections ran too, each from the event loop"


def test_a_destroyed_dashboard_leaves_no_cycles(
    qtbot: QtBot, stress: Ledger, demo_db: Database
) -> None:
    stress.policy.collect()  # earlier tests' garbage goes first
    # what any collection finds from now on is kept in gc.garbage instead of freed
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        build_dashboard(qtbot, stress, demo_db)
        stress.policy.collect()
        left = [o for o in gc.garbage if isinstance(o, QObject)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert stress.destroyed == stress.built
    # charts used to keep their own bound method (a cycle), and pyqtgraph's menus were
    # destroyed by the collector: now all of it goes by reference counting, as Qt deletes it
    assert [type(o).__name__ for o in left] == []


def test_windows_and_dialogs_leave_no_live_qt_object_to_the_collector(
    qtbot: QtBot, stress: Ledger, demo_db: Database, tmp_path: Path
) -> None:
    csv = tmp_path / "revenue.csv"
    csv.write_text(REVENUE_CSV, encoding="utf-8")
    settings = make_settings()
    stress.policy.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        build_window(qtbot, stress, demo_db, settings)
        build_dialogs(qtbot, stress, demo_db, csv)
        stress.policy.collect()
        live = [o for o in gc.garbage if isinstance(o, QObject) and shiboken6.isValid(o)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    # Python wrappers may still wait in cycles, but no Qt object behind them: whatever the
    # collector frees, it never runs a QObject's destructor
    assert [type(o).__name__ for o in live] == []
