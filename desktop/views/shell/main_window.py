"""The one window: five tabs, a toolbar that scopes them, menus and a status bar."""

from __future__ import annotations

import importlib
import linecache
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from desktop import paths
from desktop.models.core.clock import Clock
from desktop.models.core.errors import QunDeskError
from desktop.models.core.scope import Scope
from desktop.models.groups.groups import list_group_refs
from desktop.models.groups.queries import group_count
from desktop.models.members.queries import member_count
from desktop.models.storage import files, migrations
from desktop.models.storage.db import Database
from desktop.views.common import saving
from desktop.views.common.commands import runner_for
from desktop.views.common.date_range import DateRangePicker
from desktop.views.common.tab import Tab
from desktop.views.common.undo import Change
from desktop.views.shell import file_menu as data_safety
from desktop.views.shell import shortcuts
from desktop.views.shell.database_files import DatabaseFileDialog

if TYPE_CHECKING:
    from desktop.views.calendar.calendar_tab import CalendarTab
    from desktop.views.dashboard.dashboard_tab import DashboardTab
    from desktop.views.groups.groups_tab import GroupsTab
    from desktop.views.members.members_tab import MembersTab
    from desktop.views.revenue.revenue_tab import RevenueTab

SETTING_LAST_DB = "database/last"
SETTING_GEOMETRY = "window/geometry"
SETTING_STATE = "window/state"
SETTING_PRESET = "window/datePreset"
SETTING_TAB = "window/tab"  # the objectName of the tab in front when the window closed
TAB_NAMES = ("groupsTab", "membersTab", "calendarTab", "revenueTab", "dashboardTab")
TAB_MODULES = tuple(
    f"desktop.views.{feature}.{feature}_tab"
    for feature in ("groups", "members", "calendar", "revenue", "dashboard")
)


def front_tab(settings: QSettings) -> int:
    """The index of the tab the window opens with: the one last open, else the first."""
    saved = str(settings.value(SETTING_TAB, "") or "")
    return TAB_NAMES.index(saved) if saved in TAB_NAMES else 0


def import_front_tab(settings: QSettings) -> None:
    """Load the code of the tab the window will open with (start-up does it meanwhile)."""
    importlib.import_module(TAB_MODULES[front_tab(settings)])


DAY_CHECK_MS = 60_000  # how often the window looks whether the day has changed


class MainWindow(QMainWindow):
    """QunDesk's main window over one open database."""

    scopeChanged = Signal(object)  # carries a Scope
    databaseChanged = Signal(object)  # carries the new Database
    firstPainted = Signal()  # once, in the event loop's turn after the window first painted

    def __init__(
        self,
        database: Database,
        settings: QSettings,
        parent: QWidget | None = None,
        clock: Clock | None = None,
        *,
        read_now: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # The session's one clock: every database the window holds is given it, so the
        # tabs and the data layer agree on "now"; it is asked again each time it matters.
        self.clock = clock if clock is not None else database.clock
        self.database = database
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self._day = self.clock.today()
        self._scope: Scope | None = None
        self._stale_database: set[QWidget] = set()
        self._stale_scope: set[QWidget] = set()
        self._stale_data: set[QWidget] = set()  # same database, changed by another tab
        self._build_ui()
        self._connect_signals()
        self._restore_settings()
        if read_now:  # else `read_database`: at start, when the file may be read (app.py)
            self._on_database_opened()

    def read_database(self) -> None:
        """Show the database of a window built with `read_now=False` (nothing read yet)."""
        self._on_database_opened()

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setMinimumSize(720, 480)
        self.setAcceptDrops(True)  # chat exports dropped on the window are imported
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        # Only the tab in front is built now (the one the owner last had open); the others
        # are built when first shown, or one per idle turn of the event loop after the
        # window first painted. Until then a bare page of the same name holds their place.
        self._factories: list[Callable[[], QWidget]] = [
            self._make_groups_tab,
            self._make_members_tab,
            self._make_calendar_tab,
            self._make_revenue_tab,
            self._make_dashboard_tab,
        ]
        self._pages: list[QWidget | None] = [None] * len(TAB_NAMES)
        self._painted = False
        self.verdict: Callable[[], None] | None = None  # run first after the first paint
        titles = [
            self.tr("Groups"),
            self.tr("Members"),
            self.tr("Calendar"),
            self.tr("Revenue"),
            self.tr("Dashboard"),
        ]
        front = front_tab(self.settings)
        for index, (name, title) in enumerate(zip(TAB_NAMES, titles, strict=True)):
            page = QWidget(self.tabs) if index != front else self._factories[index]()
            page.setObjectName(name)
            if index == front:
                self._pages[index] = page
            self.tabs.addTab(page, title)
        self.tabs.setCurrentIndex(front)
        # before the keys hear of a new tab in front, it is built
        self.tabs.currentChanged.connect(self._build_current)

        self._build_toolbar()
        self._build_menus()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusDatabase")
        self.statusBar().addPermanentWidget(self.status_label)
        # A window left open past midnight moves on to the new day within a minute.
        self.day_timer = QTimer(self)
        self.day_timer.setObjectName("dayTimer")
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.start()

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Filter"), self)
        self.toolbar.setObjectName("filterToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        group_label = QLabel(self.tr("Group:"), self)
        self.group_filter = QComboBox(self)
        self.group_filter.setObjectName("groupFilter")
        self.group_filter.setMinimumContentsLength(14)
        self.group_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        group_label.setBuddy(self.group_filter)
        self.date_range = DateRangePicker(self, clock=self.clock)
        self.date_range.setObjectName("dateRange")
        self.toolbar.addWidget(group_label)
        self.toolbar.addWidget(self.group_filter)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(self.tr("Dates:"), self))
        self.toolbar.addWidget(self.date_range)

    def _action(
        self, name: str, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_menus(self) -> None:
        std = QKeySequence.StandardKey
        self.action_new = self._action("actionNew", self.tr("&New database…"), std.New)
        self.action_open = self._action("actionOpen", self.tr("&Open database…"), std.Open)
        self.action_import = self._action("actionImport", self.tr("&Import…"))
        self.action_import_chat = self._action("actionImportChat", self.tr("Import &chat history…"))
        self.action_import_payments = self._action(
            "actionImportPayments", self.tr("Import payment &bill…")
        )
        self.action_export = self._action(
            "actionExport", self.tr("&Export to Excel…"), QKeySequence("Ctrl+E")
        )
        self.action_backup = self._action("actionBackup", self.tr("&Backup now"))
        self.action_restore = self._action("actionRestore", self.tr("&Restore…"))
        self.action_export_all = self._action("actionExportAll", self.tr("Export e&verything…"))
        self.action_rebuild = self._action("actionRebuild", self.tr("Re&build from export…"))
        self.action_quit = self._action("actionQuit", self.tr("&Quit"), std.Quit)
        self.action_restore.setEnabled(False)  # on once a writable database is open
        self.action_export_table = self._action(
            "actionExportTable", self.tr("Export current &table…")
        )
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcut(std.Undo)
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcut(std.Redo)
        self.action_about = self._action("actionAbout", self.tr("&About QunDesk"))
        self.action_show_logs = self._action("actionShowLogs", self.tr("Show &log folder"))
        self.action_trash = self._action("actionTrash", self.tr("&Trash…"))
        # Ctrl+, is Cmd+, on macOS; Windows has no standard Preferences key
        self.action_settings = self._action(
            "actionSettings", self.tr("&Settings…"), QKeySequence("Ctrl+,")
        )
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)

        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addActions([self.action_new, self.action_open])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.action_import, self.action_import_chat, self.action_import_payments]
        )
        file_menu.addActions([self.action_export, self.action_export_table])
        file_menu.addSeparator()
        file_menu.addActions([self.action_backup, self.action_restore])
        file_menu.addActions([self.action_export_all, self.action_rebuild])
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menuEdit")
        edit_menu.addActions([self.action_undo, self.action_redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_trash)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_settings)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        help_menu.addActions([self.action_show_logs, self.action_about])
        # Ctrl+N new item, Ctrl+Shift+N new database, Ctrl+F, Ctrl+1…5, F1: see shortcuts.py
        self.keys = shortcuts.install(self, menu_bar, file_menu, edit_menu, help_menu)

    def _connect_signals(self) -> None:
        self.action_new.triggered.connect(self._on_new)
        self.action_open.triggered.connect(self._on_open)
        self.action_backup.triggered.connect(lambda: data_safety.backup_now(self))
        self.action_restore.triggered.connect(lambda: data_safety.restore(self))
        self.action_export_all.triggered.connect(lambda: data_safety.export_all(self))
        self.action_rebuild.triggered.connect(lambda: data_safety.rebuild(self))
        self.action_import.triggered.connect(self._on_import)
        self.action_import_chat.triggered.connect(lambda: self.import_chats(None))
        self.action_import_payments.triggered.connect(lambda: self.import_payments(None))
        self.action_export.triggered.connect(self._on_export)
        self.action_export_table.triggered.connect(self._on_export_table)
        self.action_quit.triggered.connect(self.close)
        self.action_about.triggered.connect(self._on_about)
        self.action_show_logs.triggered.connect(self._on_show_logs)
        self.action_trash.triggered.connect(self._on_trash)
        self.action_settings.triggered.connect(self._on_settings)
        self.day_timer.timeout.connect(self.check_day)
        self.group_filter.currentIndexChanged.connect(self._emit_scope)
        self.date_range.rangeChanged.connect(self._emit_scope)
        self.scopeChanged.connect(self._on_scope_changed)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        # tabs hear of edits, undos and redos made elsewhere only through the change signal
        runner_for(self.undo_stack).changed.connect(self._on_data_changed)

    def _restore_settings(self) -> None:
        geometry = self.settings.value(SETTING_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = self.settings.value(SETTING_STATE)
        if state is not None:
            self.restoreState(state)
        self.date_range.set_preset(str(self.settings.value(SETTING_PRESET, "")))

    # ---- the tabs, built when first needed ----------------------------------------------

    def _make_groups_tab(self) -> QWidget:
        from desktop.views.groups.groups_tab import GroupsTab

        tab = GroupsTab(self.undo_stack, self.tabs, self.clock)
        tab.groupsChanged.connect(self.reload_groups)
        tab.groupsChanged.connect(self.refresh_status)
        if not self._painted:  # in front at start: its goals are judged once the window is up
            tab.wait_for_first_paint()
            self.firstPainted.connect(tab.first_painted)
        return tab

    def _make_members_tab(self) -> QWidget:
        from desktop.views.members.members_tab import MembersTab

        tab = MembersTab(self.undo_stack, self.tabs, settings=self.settings, clock=self.clock)
        tab.membersChanged.connect(self.refresh_status)
        return tab

    def _make_calendar_tab(self) -> QWidget:
        from desktop.views.calendar.calendar_tab import CalendarTab

        return CalendarTab(self.undo_stack, self.tabs, self.clock)

    def _make_revenue_tab(self) -> QWidget:
        from desktop.views.revenue.revenue_tab import RevenueTab

        return RevenueTab(self.undo_stack, self.tabs, self.clock)

    def _make_dashboard_tab(self) -> QWidget:
        from desktop.views.dashboard.dashboard_tab import DashboardTab

        tab = DashboardTab(self.undo_stack, self.tabs, self.clock)
        tab.open_member.connect(self._on_open_member)
        tab.open_event.connect(self._on_open_event)
        return tab

    def page(self, index: int) -> QWidget:
        """The tab page at `index`, built now if it was not yet.

        A page built late gets what it would have had if built at start: the database and
        the toolbar's scope, handed over when it is shown (as to any tab shown again).
        """
        page = self._pages[index]
        if page is not None:
            return page
        page = self._factories[index]()
        page.setObjectName(TAB_NAMES[index])
        self._pages[index] = page
        placeholder = self.tabs.widget(index)
        title, current = self.tabs.tabText(index), self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.setParent(None)
        placeholder.deleteLater()
        self._stale_database.add(page)
        self._stale_scope.add(page)
        # PySide6 reads each imported module's source and linecache keeps it (27 MB with
        # pyqtgraph and numpy): let go once a tab's imports are done (tracebacks reread)
        linecache.clearcache()
        return page

    def is_built(self, index: int) -> bool:
        """Whether the tab page at `index` has been built."""
        return self._pages[index] is not None

    @property
    def groups_tab(self) -> GroupsTab:
        """The Groups tab (built on first use)."""
        return cast("GroupsTab", self.page(0))

    @property
    def members_tab(self) -> MembersTab:
        """The Members tab (built on first use)."""
        return cast("MembersTab", self.page(1))

    @property
    def calendar_tab(self) -> CalendarTab:
        """The Calendar tab (built on first use)."""
        return cast("CalendarTab", self.page(2))

    @property
    def revenue_tab(self) -> RevenueTab:
        """The Revenue tab (built on first use)."""
        return cast("RevenueTab", self.page(3))

    @property
    def dashboard_tab(self) -> DashboardTab:
        """The Dashboard tab (built on first use)."""
        return cast("DashboardTab", self.page(4))

    def _build_current(self, index: int) -> None:
        if index >= 0:
            self.page(index)

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint, the tabs not yet built are built in idle turns."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self._modal_waits(self._after_first_paint):
            return
        verdict, self.verdict = self.verdict, None
        if verdict is not None:  # the file's check, when its data was read before it (app.py)
            verdict()
        if self.database.closed:
            return  # found damaged and nothing else opened: the app ends
        linecache.clearcache()  # the sources read while starting (see `page`)
        self.firstPainted.emit()
        QTimer.singleShot(0, self._build_next_tab)

    def _modal_waits(self, work: Callable[[], None]) -> bool:
        """While a dialog is open, idle work waits (its worker may be using the database)."""
        if self.database.closed or QApplication.activeModalWidget() is None:
            return self.database.closed  # a closed window's database: nothing left to do
        QTimer.singleShot(100, work)
        return True

    def _build_next_tab(self) -> None:
        """Build one tab not yet built; the next one in the loop's next idle turn."""
        if self._modal_waits(self._build_next_tab):
            return
        missing = [index for index, page in enumerate(self._pages) if page is None]
        if missing:
            self.page(missing[0])
        if len(missing) > 1:
            QTimer.singleShot(0, self._build_next_tab)

    # ---- state --------------------------------------------------------------------------

    def tab_widgets(self) -> list[QWidget]:
        """The tab pages built so far, in order (the others get everything when built)."""
        return [page for page in self._pages if page is not None]

    @staticmethod
    def _tab(page: QWidget) -> Tab:
        """A page as the tab protocol the window talks to it through."""
        return page  # type: ignore[return-value]

    def scope(self) -> Scope:
        """The group and date range chosen in the toolbar."""
        start, end = self.date_range.range()
        return Scope(self.group_filter.currentData(), start, end)

    def reload_groups(self) -> None:
        """Refill the group selector, keeping the chosen group if it still exists."""
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        try:
            self.group_filter.clear()
            self.group_filter.addItem(self.tr("All groups"), None)
            for ref in list_group_refs(self.database):
                label = ref.name if not ref.archived else self.tr("%s (archived)") % ref.name
                self.group_filter.addItem(label, ref.id)
            index = self.group_filter.findData(current) if current is not None else 0
            self.group_filter.setCurrentIndex(max(index, 0))
        finally:
            self.group_filter.blockSignals(False)
        self._emit_scope()

    def _emit_scope(self, *_args: object) -> None:
        self.scopeChanged.emit(self.scope())

    # Tabs hear of a new database or scope only when they are shown: with 100,000 members
    # and 200,000 entries, refreshing every hidden tab on each change would cost seconds.

    def _on_scope_changed(self, scope: Scope) -> None:
        self._scope = scope
        self._stale_scope = set(self.tab_widgets())
        self._deliver(self.tabs.currentWidget())

    def _on_tab_changed(self, _index: int) -> None:
        self._deliver(self.tabs.currentWidget())

    def _deliver(self, tab: QWidget | None) -> None:
        """Hand the current tab the database and scope it has not seen yet."""
        if tab is None:
            return
        if tab in self._stale_database:
            self._stale_database.discard(tab)
            self._stale_data.discard(tab)
            self._tab(tab).set_database(self.database)
        if tab in self._stale_data:
            self._stale_data.discard(tab)
            self._tab(tab).reload()
        if tab in self._stale_scope and self._scope is not None:
            self._stale_scope.discard(tab)
            self._tab(tab).set_scope(self._scope)

    def check_day(self) -> bool:
        """Move on to a new day when the clock has passed midnight; True when it did.

        The toolbar's preset ("This month", "Last 30 days"…) follows the new day and every
        tab re-reads what "today" colours: statuses, renewals due, nudges, the calendar.
        """
        today = self.clock.today()
        if today == self._day or QApplication.activeModalWidget() is not None:
            return False  # with a dialog open, on the next tick (its worker may be writing)
        self._day = today
        self.date_range.follow_today()
        self.refresh_all()
        return True

    def _on_database_opened(self) -> None:
        self.database.clock = self.clock
        self.undo_stack.clear()
        self._stale_database = set(self.tab_widgets())
        self.settings.setValue(SETTING_LAST_DB, str(self.database.path))
        self.setWindowTitle(self.tr("QunDesk — %s") % self.database.path.name)
        self.setWindowFilePath(str(self.database.path))
        self.reload_groups()
        self.refresh_status()
        data_safety.database_opened(self)  # read-only viewing shows, restore switches on
        self.databaseChanged.emit(self.database)

    def refresh_status(self) -> None:
        """Show the open file and its size in the status bar."""
        groups, members = group_count(self.database), member_count(self.database)
        self.status_label.setText(
            self.tr("%1 · %2 groups · %3 members")
            .replace("%1", self.database.path.name)
            .replace("%2", f"{groups:,}")
            .replace("%3", f"{members:,}")
        )
        self.status_label.setToolTip(str(self.database.path))

    def open_database(self, path: Path, *, create: bool) -> bool:
        """Switch the window to another database; on failure explain and keep the current one."""
        try:
            database = data_safety.open_writer(path, self.settings, create=create, clock=self.clock)
        except (QunDeskError, OSError) as exc:
            self.show_error(
                self.tr("Cannot open database"),
                self.tr("%1\n\nThe file was not changed.").replace("%1", str(exc)),
            )
            return False
        self.use_database(database)
        self.statusBar().showMessage(self.tr("Opened %s") % path, 5000)
        return True

    def use_database(self, database: Database) -> None:
        """Show `database` (already open) instead of the current one, which is closed."""
        old, self.database = self.database, database
        old.close()
        self._on_database_opened()

    def show_error(self, title: str, text: str) -> None:
        """A modal error message (tests patch QMessageBox.critical)."""
        QMessageBox.critical(self, title, text)

    # ---- actions ------------------------------------------------------------------------

    def _on_new(self) -> None:
        path = DatabaseFileDialog.ask_new(self)
        if path is None:
            return
        if path.exists() and path.stat().st_size > 0:
            self.show_error(
                self.tr("Cannot create database"),
                self.tr("%s already exists. Use Open database… to open it, or pick a new name.")
                % path,
            )
            return
        self.open_database(path, create=True)

    def _on_open(self) -> None:
        path = DatabaseFileDialog.ask_open(self, self.database.path)
        if path is not None:
            self.open_database(path, create=False)

    def _on_data_changed(self, change: Change) -> None:
        """An edit, undo or redo: the other tabs showing what it changed re-read it."""
        for page in self.tab_widgets():
            if page is not change.source and self._tab(page).stale_after(change):
                self._mark_stale(page)

    def _on_open_member(self, member_id: int) -> None:
        self.tabs.setCurrentWidget(self.members_tab)
        self.members_tab.select_member(member_id)

    def _on_open_event(self, event_id: int) -> None:
        from desktop.models.calendar.events import get_event

        self.tabs.setCurrentWidget(self.calendar_tab)
        self.calendar_tab.go_to(get_event(self.database, event_id).starts_at.date())

    def _mark_stale(self, tab: QWidget) -> None:
        """Have `tab` re-read its data now if shown, else when it is next shown."""
        self._stale_data.add(tab)
        if tab is self.tabs.currentWidget():
            self._deliver(tab)

    def refresh_all(self) -> None:
        """After a bulk change: every tab reloads (the hidden ones when next shown)."""
        self._stale_database = set(self.tab_widgets())
        self._deliver(self.tabs.currentWidget())
        self.reload_groups()
        self.refresh_status()

    def _on_import(self) -> None:
        from desktop.views.exchange.import_dialog import ImportDialog

        result = ImportDialog.ask(
            self, self.database, default_group_id=self.group_filter.currentData()
        )
        if result is None:
            return
        # An import cannot be undone step by step; older undo steps may no longer apply.
        self.undo_stack.clear()
        self.refresh_all()
        self.statusBar().showMessage(
            self.tr("Imported %1 members (%2 rows skipped).")
            .replace("%1", f"{result.imported:,}")
            .replace("%2", f"{result.skipped:,}"),
            8000,
        )

    def import_chats(self, paths: list[Path] | None = None) -> bool:
        """File → Import chat history… (or files dropped): preview, import, reload the tabs."""
        from desktop.views.exchange.chat_import_dialog import ChatImportDialog
        from desktop.views.exchange.chat_import_parts import result_text

        results = ChatImportDialog.ask(self, self.database, paths)
        if results is None:
            return False
        # An import cannot be undone step by step; older undo steps may no longer apply.
        self.undo_stack.clear()
        self.refresh_all()
        self.statusBar().showMessage(result_text(results), 10000)
        return True

    def import_payments(self, path: Path | None = None) -> bool:
        """File → Import payment bill…: preview the bill's lines, import the ticked ones."""
        from desktop.views.exchange.payment_import_dialog import PaymentImportDialog

        if self.database.read_only:
            return False
        result = PaymentImportDialog.ask(self, self.database, path)
        if result is None:
            return False
        # An import cannot be undone step by step; older undo steps may no longer apply.
        self.undo_stack.clear()
        self.refresh_all()
        self.statusBar().showMessage(
            self.tr("Imported %1 entries from the bill; %2 lines skipped.")
            .replace("%1", str(result.imported))
            .replace("%2", str(len(result.skipped))),
            10000,
        )
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Files dragged over the window: accepted when some of them are local files."""
        if self.action_import_chat.isEnabled() and _dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Dropped chat exports open the chat import; other files are named as not read."""
        from desktop.views.exchange.chat_import_dialog import is_chat_export

        files = _dropped_files(event)
        chats = [path for path in files if is_chat_export(path)]
        others = [path.name for path in files if path not in chats]
        if not files or not self.action_import_chat.isEnabled():
            return
        event.acceptProposedAction()
        if others:
            self.statusBar().showMessage(
                self.tr("Not a chat export QunDesk reads: %1").replace("%1", ", ".join(others)),
                10000,
            )
        if chats:
            self.import_chats(chats)

    def _on_export(self) -> None:
        from desktop.views.exchange.export_dialog import ExportDialog

        result = ExportDialog.ask(self, self.database, self.scope())
        if result is not None:
            saving.show_saved(self, self.tr("Exported to %s") % result.path, result.path)

    def _on_export_table(self) -> None:
        from desktop.views.common.table_export import export_view, visible_table

        view = visible_table(self.tabs.currentWidget())
        if view is None:
            self.show_error(
                self.tr("Nothing to export"), self.tr("This tab shows no table to export.")
            )
            return
        name = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        chosen = saving.ask_save_path(
            self,
            self.tr("Export current table"),
            name,
            ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
            also=(".csv",),
        )
        if chosen is None:
            return
        try:
            rows = export_view(view, chosen)
        except (OSError, ValueError) as exc:
            self.show_error(self.tr("Export failed"), saving.save_failed_text(exc, chosen))
            return
        saving.show_saved(
            self,
            self.tr("Exported %1 rows to %2").replace("%1", f"{rows:,}").replace("%2", str(chosen)),
            chosen,
        )

    def _on_trash(self) -> None:
        from desktop.views.shell.trash_dialog import TrashDialog

        # Undo steps stay: a delete whose item was restored here reports that and is dropped.
        if TrashDialog.ask(self, self.database):
            self.refresh_all()

    def _on_settings(self) -> None:
        from desktop.views.shell.settings_dialog import SettingsDialog

        language_changed = SettingsDialog.ask(self, self.settings, self.database)
        if language_changed is None:
            return
        self.refresh_all()  # the owner's words for roles, stages… show everywhere
        if language_changed:
            self.statusBar().showMessage(
                self.tr("The new language applies when QunDesk restarts."), 8000
            )

    def _on_about(self) -> None:
        from PySide6 import __version__ as pyside_version

        from desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About QunDesk"),
            self.tr(
                "<h3>QunDesk %1</h3><p>Your groups, members, activities, revenue and goals "
                "in one file on this computer.</p><p>Database: %2<br>Schema version %3</p>"
                "<p>Qt for Python %4</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.database.path))
            .replace("%3", str(migrations.LATEST_VERSION))
            .replace("%4", pyside_version),
        )

    def _on_show_logs(self) -> None:
        folder = paths.log_dir()
        try:
            files.private_folder(folder)  # none yet if logging could not start; owner-only
            shown = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        except OSError:
            shown = False
        if not shown:  # no file manager to show it (a bare Linux desktop): say where it is
            QMessageBox.information(
                self,
                self.tr("Show log folder"),
                self.tr("The log is in %1").replace("%1", str(folder)),
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember geometry and the date preset before closing."""
        self.settings.setValue(SETTING_GEOMETRY, self.saveGeometry())
        self.settings.setValue(SETTING_STATE, self.saveState())
        self.settings.setValue(SETTING_PRESET, self.date_range.preset_key())
        self.settings.setValue(SETTING_TAB, self.tabs.currentWidget().objectName())
        self.settings.sync()
        self.wait_for_workers()
        super().closeEvent(event)

    def wait_for_workers(self) -> None:
        """Let the window's threads (the day's backup) finish: one destroyed running aborts."""
        for worker in self.findChildren(QThread, options=Qt.FindChildOption.FindDirectChildrenOnly):
            worker.wait()


def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
