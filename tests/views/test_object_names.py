"""Contract objectNames (what tests, scripts and the docs find widgets by) are unique."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.db import Database
from desktop.views.shell.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)
TAB_NAMES = {"groupsTab", "membersTab", "calendarTab", "revenueTab", "dashboardTab"}
# Found by name in tests, docs/screenshots/make_screenshots.py and benchmarks/; the sub-tab
# widgets name the screenshots README.md and README.zh_CN.md show (groupsTab-groupPages-1.png),
# and docs/benchmarks.md steps the dashboardMetric combo.
NAMED = {
    "tabs",
    "groupFilter",
    "memberTable",
    "memberSearch",
    "groupPages",
    "detailPages",
    "revenueSummaryTabs",
    "dashboardMetric",
    *TAB_NAMES,
}


def is_contract(name: str) -> bool:
    """Whether something outside the widget's own module finds it by this name."""
    return name in NAMED or name.startswith("action") or name.endswith("Tab")


@pytest.fixture
def built(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    """A window with every part built that is otherwise built when first shown or used."""
    win = MainWindow(demo_db, make_settings(), clock=FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    for index in range(win.tabs.count()):  # tabs get their database when first shown
        win.tabs.setCurrentIndex(index)
    win.dashboard_tab.finish()  # its charts are built on first show, drawn in later turns
    members = win.members_tab
    qtbot.waitUntil(members.is_loaded)
    members.select_ids([members.model.id_at(0)])  # the detail pane's pages
    win.tabs.setCurrentWidget(win.groups_tab)
    for ref in list_group_refs(demo_db):  # pyramid and ring groups: both member pickers
        win.groups_tab.select_group(ref.id)
    yield win
    win.close()


def test_every_contract_name_is_held_by_exactly_one_object(built: MainWindow) -> None:
    names = Counter(
        found.objectName() for found in built.findChildren(QObject) if found.objectName()
    )
    contract = {name: count for name, count in names.items() if is_contract(name)}
    assert {name: count for name, count in contract.items() if count > 1} == {}
    assert NAMED - contract.keys() == set()
    assert {f"actionTab{n}" for n in range(1, 6)} <= contract.keys()  # sanity: actions walked


def test_member_search_by_name_is_the_rosters_box(built: MainWindow) -> None:
    found = built.findChild(QLineEdit, "memberSearch")
    assert found is built.members_tab.search
    assert found is built.members_tab.filters.search
    holders = built.groups_tab.editor.holders
    for picker in (holders.soul, holders.leaders):
        assert picker.search.objectName() == "memberPickerSearch"
