"""The main window's keyboard: new item, find, redo keys, Ctrl+1…5 for the tabs, F1 help.

Ctrl+N makes a new item of the tab in front (a group, a member, an event, a revenue
entry): that is what the owner does every day. Making a new database is rare, so it
moves to Ctrl+Shift+N. Ctrl+F goes to the tab's search box; Ctrl+Z undoes, Ctrl+Y and
Ctrl+Shift+Z redo on every platform; Ctrl+1…Ctrl+5 switch tabs; F1 opens the user guide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QMenuBar, QTabWidget, QWidget

if TYPE_CHECKING:
    from desktop.views.calendar.calendar_tab import CalendarTab
    from desktop.views.groups.groups_tab import GroupsTab
    from desktop.views.members.members_tab import MembersTab
    from desktop.views.revenue.revenue_tab import RevenueTab

NEW_DATABASE_KEY = "Ctrl+Shift+N"
REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


class KeyedWindow(Protocol):
    """What the keys need of the main window (a QWidget): its tabs and two of its actions."""

    tabs: QTabWidget
    action_new: QAction
    action_redo: QAction

    @property
    def groups_tab(self) -> GroupsTab: ...

    @property
    def members_tab(self) -> MembersTab: ...

    @property
    def calendar_tab(self) -> CalendarTab: ...

    @property
    def revenue_tab(self) -> RevenueTab: ...


class WindowKeys(QObject):
    """Keyboard actions of one main window; they are in its menus, so Alt works too."""

    def __init__(
        self,
        window: KeyedWindow,
        menu_bar: QMenuBar,
        file_menu: QMenu,
        edit_menu: QMenu,
        help_menu: QMenu,
    ) -> None:
        super().__init__(cast(QWidget, window))
        self.setObjectName("windowKeys")
        self.window = window
        self._build_actions()
        self._build_menus(menu_bar, file_menu, edit_menu, help_menu)
        self._connect_signals()
        self.update_actions()

    def _action(self, name: str, text: str, keys: list[QKeySequence]) -> QAction:
        action = QAction(text, cast(QWidget, self.window))
        action.setObjectName(name)
        action.setShortcuts(keys)
        return action

    def _build_actions(self) -> None:
        window = self.window
        std = QKeySequence.StandardKey
        window.action_new.setShortcut(QKeySequence(NEW_DATABASE_KEY))
        self.new_item = self._action(
            "actionNewItem", self.tr("&New item"), QKeySequence.keyBindings(std.New)
        )
        self.find = self._action("actionFind", self.tr("&Find"), QKeySequence.keyBindings(std.Find))
        window.action_redo.setShortcuts([QKeySequence(key) for key in REDO_KEYS])
        self.help = self._action(
            "actionHelp", self.tr("&User guide"), QKeySequence.keyBindings(std.HelpContents)
        )
        self.tabs: list[QAction] = []
        for index in range(window.tabs.count()):
            n = index + 1
            title = window.tabs.tabText(index).replace("&", "")
            self.tabs.append(
                self._action(f"actionTab{n}", f"&{n} {title}", [QKeySequence(f"Ctrl+{n}")])
            )

    def _build_menus(
        self, menu_bar: QMenuBar, file_menu: QMenu, edit_menu: QMenu, help_menu: QMenu
    ) -> None:
        window = self.window
        file_menu.insertAction(window.action_new, self.new_item)
        actions = edit_menu.actions()  # Find goes right after Redo
        after = actions.index(window.action_redo) + 1 if window.action_redo in actions else 0
        if after and after < len(actions):
            edit_menu.insertAction(actions[after], self.find)
        else:
            edit_menu.addAction(self.find)
        view_menu = QMenu(self.tr("&View"), menu_bar)
        view_menu.setObjectName("menuView")
        view_menu.addActions(self.tabs)
        menu_bar.insertMenu(help_menu.menuAction(), view_menu)
        if help_menu.actions():  # the guide first, then About
            first = help_menu.actions()[0]
            help_menu.insertAction(first, self.help)
            help_menu.insertSeparator(first)
        else:
            help_menu.addAction(self.help)

    def _connect_signals(self) -> None:
        self.new_item.triggered.connect(self.on_new_item)
        self.find.triggered.connect(self.on_find)
        self.help.triggered.connect(self.on_help)
        for action in self.tabs:
            action.triggered.connect(self.on_tab_key)
        self.window.tabs.currentChanged.connect(self.update_actions)

    # ---- what each key does on the tab in front -------------------------------------------------

    def search_box(self, tab: QWidget | None = None) -> QLineEdit | None:
        """The search box of a tab (default: the one in front), if it has one."""
        tab = tab if tab is not None else self.window.tabs.currentWidget()
        found = getattr(tab, "search", None)
        return found if isinstance(found, QLineEdit) else None

    def update_actions(self, *_args: object) -> None:
        """Name "New…" after what the tab in front makes; Find only where there is a search."""
        tab = self.window.tabs.currentWidget()
        # by name: asking the window for a tab would build it
        texts = {
            "groupsTab": self.tr("&New group"),
            "membersTab": self.tr("&New member…"),
            "calendarTab": self.tr("&New event…"),
            "revenueTab": self.tr("&New revenue entry"),
        }
        name = tab.objectName() if tab is not None else ""
        self.new_item.setText(texts.get(name, self.tr("&New item")))
        self.new_item.setEnabled(name in texts)
        self.find.setEnabled(self.search_box(tab) is not None)

    def on_new_item(self) -> None:
        """Start a new item on the tab in front, as its own New button would."""
        window = self.window
        name = window.tabs.currentWidget().objectName()  # the tab in front is always built
        if name == "groupsTab":
            window.groups_tab.new_button.click()
        elif name == "membersTab":
            window.members_tab.actions_by_name["memberNew"].trigger()
        elif name == "calendarTab":
            window.calendar_tab.new_button.click()
        elif name == "revenueTab":
            # the quick-entry row under the ledger is the new entry: start at its amount
            amount = window.revenue_tab.entry.amount
            amount.setFocus(Qt.FocusReason.ShortcutFocusReason)
            amount.selectAll()

    def on_tab_key(self) -> None:
        """Ctrl+1…Ctrl+5: bring that tab to the front."""
        action = self.sender()
        if isinstance(action, QAction) and action in self.tabs:
            self.window.tabs.setCurrentIndex(self.tabs.index(action))

    def on_find(self) -> None:
        """Put the cursor in the tab's search box, its text selected to type over."""
        box = self.search_box()
        if box is not None:
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()

    def on_help(self) -> None:
        """Open the user guide beside the window."""
        from desktop.views.shell.help_dialog import HelpDialog

        HelpDialog.show_guide(cast(QWidget, self.window))


def install(
    window: KeyedWindow, menu_bar: QMenuBar, file_menu: QMenu, edit_menu: QMenu, help_menu: QMenu
) -> WindowKeys:
    """Add the keyboard actions to a main window's menus."""
    return WindowKeys(window, menu_bar, file_menu, edit_menu, help_menu)
