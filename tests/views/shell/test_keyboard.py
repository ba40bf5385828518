"""Keyboard: standard shortcuts in the main window, Enter/Escape and Tab order in dialogs."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.calendar.events import EventDraft
from desktop.models.core.clock import FixedClock
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.db import Database
from desktop.views.calendar.event_dialog import EventDialog
from desktop.views.groups.group_dialogs import DissolveDialog, StageDialog, TextDialog
from desktop.views.members.member_dialogs import GroupActionDialog, MemberDialog, TagDialog
from desktop.views.shell.help_dialog import HelpDialog
from desktop.views.shell.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    settings: QSettings = make_settings()
    win = MainWindow(demo_db, settings, clock=FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    activate(qtbot, win)
    yield win
    win.close()


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make `widget`'s window the active one: window shortcuts and focus need that."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def keys(found: QAction) -> list[str]:
    return [k.toString(QKeySequence.SequenceFormat.PortableText) for k in found.shortcuts()]


def test_standard_shortcuts_are_on_the_actions(window: MainWindow) -> None:
    expected = {
        "actionNewItem": "Ctrl+N",
        "actionNew": "Ctrl+Shift+N",
        "actionOpen": "Ctrl+O",
        "actionFind": "Ctrl+F",
        "actionUndo": "Ctrl+Z",
        "actionExport": "Ctrl+E",
        "actionHelp": "F1",
        **{f"actionTab{n}": f"Ctrl+{n}" for n in range(1, 6)},
    }
    for name, key in expected.items():
        assert key in keys(action(window, name)), name
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(keys(action(window, "actionRedo")))
    # every action is in a menu, so it can be found (and reached with Alt) there too
    menus = [entry.menu() for entry in window.menuBar().actions()]
    assert set(expected) <= {found.objectName() for menu in menus for found in menu.actions()}
    # an ambiguous key does nothing in Qt (and warns): each may belong to one action only
    owners: dict[str, list[str]] = {}
    for found in window.findChildren(QAction):
        if found.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue  # only while its own widget has focus (Delete in a table)
        for key in keys(found):
            owners.setdefault(key, []).append(found.objectName() or found.text())
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_ctrl_digits_switch_tabs_and_f1_opens_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    for n in (3, 5, 2, 4, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), CTRL)
        assert window.tabs.currentIndex() == n - 1
    assert action(window, "actionTab2").text().endswith("Members")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(HelpDialog, "helpDialog")
    assert isinstance(guide, HelpDialog) and guide.isVisible()
    action(window, "actionHelp").trigger()  # the open guide comes to the front, not a second
    assert len(window.findChildren(HelpDialog)) == 1
    guide.close()


def test_ctrl_n_makes_a_new_item_of_the_tab_in_front(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake_member(*_args: Any, **_kwargs: Any) -> None:
        asked.append("member")

    def fake_event(*_args: Any, **_kwargs: Any) -> None:
        asked.append("event")

    monkeypatch.setattr(MemberDialog, "ask", fake_member)
    monkeypatch.setattr(EventDialog, "ask", fake_event)
    new_item = action(window, "actionNewItem")

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # Groups: an empty group form, name first
    assert window.groups_tab.new_mode
    assert window.groups_tab.editor.name.text() == ""
    assert QApplication.focusWidget() is window.groups_tab.editor.name
    window.groups_tab.new_mode = False
    window.groups_tab.reload()

    window.tabs.setCurrentWidget(window.members_tab)
    assert new_item.text() == "&New member…"
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    window.tabs.setCurrentWidget(window.calendar_tab)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert asked == ["member", "event"]

    window.tabs.setCurrentWidget(window.revenue_tab)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is window.revenue_tab.entry.amount

    window.tabs.setCurrentWidget(window.dashboard_tab)
    assert not new_item.isEnabled()  # the dashboard makes nothing


def test_ctrl_shift_n_asks_for_a_new_database(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.views.shell.database_files import DatabaseFileDialog

    asked: list[object] = []
    monkeypatch.setattr(DatabaseFileDialog, "ask_new", asked.append)
    window.tabs.setCurrentWidget(window.members_tab)  # the tab once had its own Ctrl+Shift+N
    window.members_tab.table.setFocus()
    qtbot.keyClick(window.members_tab.table, Qt.Key.Key_N, CTRL | SHIFT)
    assert asked == [window]


def test_ctrl_f_goes_to_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    find = action(window, "actionFind")
    assert not find.isEnabled()  # the Groups tab has no search box
    for tab in (window.members_tab, window.revenue_tab):
        window.tabs.setCurrentWidget(tab)
        tab.search.setText("张")
        window.tabs.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
        assert QApplication.focusWidget() is tab.search
        assert tab.search.selectedText() == "张"  # typing replaces the old search
        tab.search.clear()


class Counted(QUndoCommand):
    """An undo step that records what happened to it."""

    def __init__(self, log: list[str]) -> None:
        super().__init__("counted")
        self.log = log

    def redo(self) -> None:
        self.log.append("do")

    def undo(self) -> None:
        self.log.append("undo")


def test_undo_and_both_redo_keys(qtbot: QtBot, window: MainWindow) -> None:
    log: list[str] = []
    window.undo_stack.push(Counted(log))
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert log == ["do", "undo", "do", "undo", "do"]
    assert window.undo_stack.index() == 1


# ---- dialogs ------------------------------------------------------------------------------------


def focus_walk(qtbot: QtBot, dialog: QDialog) -> list[QWidget]:
    """Press Tab from the dialog's first field until focus comes back; the widgets visited."""
    dialog.show()
    activate(qtbot, dialog)
    first = dialog.focusWidget()
    assert first is not None
    seen = [first]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            return seen
        if now is seen[-1]:  # a date edit takes Tab from section to section first
            continue
        assert now is not None and now not in seen, f"Tab is stuck at {now!r}"
        seen.append(now)
    raise AssertionError("Tab never came back to the first field")


def in_reading_order(dialog: QWidget, widgets: list[QWidget]) -> list[str]:
    """Each widget is right of the one before on its row, or on a lower row; the misfits."""
    wrong = []
    for before, after in itertools.pairwise(widgets):
        a, b = before.mapTo(dialog, QPoint(0, 0)), after.mapTo(dialog, QPoint(0, 0))
        same_row = abs(a.y() - b.y()) <= 8
        if not (b.y() > a.y() + 8 or (same_row and b.x() > a.x())):
            wrong.append(f"{before.objectName()} → {after.objectName()}")
    return wrong


def form_dialogs(db: Database) -> dict[str, QDialog]:
    refs = list_group_refs(db)
    start = dt.datetime(2026, 11, 25, 19, 0)
    draft = EventDraft(
        group_id=refs[0].id, title="", starts_at=start, ends_at=start + dt.timedelta(hours=2)
    )
    return {
        "text": TextDialog(None, "Rename", "Name:", "旧名"),
        "rule": TextDialog(None, "Rule", "Rule:", "不发广告", multiline=True),
        "stage": StageDialog(None, "introduction", dt.date(2025, 1, 1), TODAY),
        "dissolve": DissolveDialog(None, "读书会", dt.date(2025, 1, 1), TODAY),
        "member": MemberDialog(None, db, None, today=TODAY, groups=refs),
        "groupAction": GroupActionDialog(
            None, "Role", "Group:", refs, group_id=None, today=TODAY, with_role=True
        ),
        "tag": TagDialog(None, ["老客户", "讲师"], remove=False),
        "event": EventDialog(db, [(r.id, r.name) for r in refs], [], draft),
    }


def test_tab_visits_every_form_field_in_reading_order(qtbot: QtBot, demo_db: Database) -> None:
    for name, dialog in form_dialogs(demo_db).items():
        qtbot.addWidget(dialog)
        visited = focus_walk(qtbot, dialog)
        fields = [w for w in visited if not isinstance(w, QAbstractButton)]
        assert len(fields) >= 1, name
        assert in_reading_order(dialog, visited) == [], name
        # a notes box hands Tab on instead of typing a tab into the text
        for box in dialog.findChildren(QPlainTextEdit):
            assert box in visited and box.tabChangesFocus(), (name, box.objectName())
        dialog.close()


def test_enter_accepts_and_escape_cancels(qtbot: QtBot, demo_db: Database) -> None:
    dialogs = form_dialogs(demo_db)
    typed = {"member": ("memberName", "赵敏"), "event": ("eventTitle", "周六读书会")}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        activate(qtbot, dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible(), name
        dialog.show()
        activate(qtbot, dialog)
        field = QApplication.focusWidget()
        if name in typed:
            found = dialog.findChild(QLineEdit, typed[name][0])
            assert isinstance(found, QLineEdit)
            found.setFocus()
            found.setText(typed[name][1])
            field = found
        elif name == "tag":  # an empty tag is refused: pick one, Enter in the box
            combo = dialog.findChild(QComboBox, "tagChoice")
            assert isinstance(combo, QComboBox)
            combo.setCurrentText("讲师")
            field = combo.lineEdit()
        elif name == "rule":  # Enter makes a new line in a rule; the OK button takes it
            field = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
            field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted, name
    assert dialogs["member"].result_value is not None
    assert dialogs["member"].result_value.draft.name == "赵敏"
    assert dialogs["event"].result_draft is not None
    assert dialogs["event"].result_draft.title == "周六读书会"
    assert dialogs["tag"].text() == "讲师"


def test_the_revenue_entry_row_is_walked_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.revenue_tab)
    entry = window.revenue_tab.entry
    entry.date.setFocus()
    visited: list[QWidget] = [entry.date]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or not entry.isAncestorOf(now):
            break
        if now is not visited[-1]:  # the date takes Tab from section to section first
            visited.append(now)
    names = [widget.objectName() for widget in visited]
    assert names[0] == "revenueDate" and names[-1] == "revenueSave"
    assert {"revenueAmount", "revenueMember", "revenueNote"} <= set(names)
    assert in_reading_order(window, visited) == []
