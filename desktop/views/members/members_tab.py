"""The Members tab: the roster with search and filters, a detail pane, and bulk actions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.models.chats.history import monthly_strip
from desktop.models.core.clock import SYSTEM_CLOCK, Clock
from desktop.models.core.errors import ValidationError
from desktop.models.core.scope import Scope
from desktop.models.members import members, referrals, roster
from desktop.models.members.detail import member_detail
from desktop.models.members.roster import RosterQuery
from desktop.models.members.roster_cache import RosterCache
from desktop.models.storage.db import Database
from desktop.views.common.commands import runner_for
from desktop.views.common.undo import Change, report_undo_failure
from desktop.views.members.member_commands import (
    ChangeMemberships,
    MemberActions,
    MemberCommand,
    MemberIdMap,
)
from desktop.views.members.member_detail import MemberDetailPane
from desktop.views.members.roster_view import (
    PagedRows,
    RosterFilters,
    RosterLoader,
    RosterModel,
    RosterTable,
)

SEARCH_DELAY_MS = 120  # only while the roster still searches through SQL
EXPIRING_DAYS = 30


class MembersTab(QWidget):
    """Find, filter, edit and act on members; every write undoable."""

    membersChanged = Signal()  # a member was created, edited, deleted or moved between groups

    def __init__(
        self,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.clock = clock  # the session's: asked for today each time it matters
        self.settings = settings
        self.database: Database | None = None
        self.scope: Scope | None = None
        self.ids = MemberIdMap()
        self.cache: RosterCache | None = None
        self._generation = 0
        self._written: set[int] = set()  # members written while the cache was loading
        self._loaders: list[RosterLoader] = []
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._sort = ("name", False)
        self._selecting = False
        self._filtered: RosterQuery | None = None  # the filters the cache holds
        self.member_actions = MemberActions(self, self)
        self._build_ui()
        self._connect_signals()
        self._restore_columns()
        self._update_actions()

    def today(self) -> dt.date:
        """The day edits are dated with and statuses are computed for (asked each time)."""
        return self.clock.today()

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self._build_toolbar()
        self.filters = RosterFilters(self.today(), self)
        f = self.filters  # the filter widgets, reachable from the tab as before
        self.search, self.role_filter, self.status_filter = f.search, f.role, f.status
        self.tag_filter, self.joined_filter = f.tag, f.joined
        self.joined_from, self.joined_to, self.expiring_filter = (
            f.joined_from,
            f.joined_to,
            f.expiring,
        )
        self.model = RosterModel(self)
        self.table = RosterTable(self.model, self)
        self.table.addAction(self.actions_by_name["memberDelete"])
        self.detail = MemberDetailPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("memberSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 64)
        self.splitter.setStretchFactor(1, 36)
        self.splitter.setSizes([64_000, 36_000])

        self.count = QLabel(self)
        self.count.setObjectName("memberCount")
        self.loading = QLabel(self.tr("Preparing instant search…"), self)
        self.loading.setObjectName("memberLoading")
        self.loading.setStyleSheet("color: #6b6b6b;")
        self.loading.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.loading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("memberToolbar")
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, tip in (
            ("memberNew", self.tr("New"), self.tr("Add a member")),
            ("memberEdit", self.tr("Edit"), self.tr("Edit the selected member")),
            ("memberDelete", self.tr("Delete"), self.tr("Delete the selected members (undoable)")),
            ("", "", ""),
            ("memberAddTag", self.tr("Add tag"), self.tr("Tag the selected members")),
            ("memberRemoveTag", self.tr("Remove tag"), self.tr("Untag the selected members")),
            ("", "", ""),
            ("memberChangeRole", self.tr("Change role"), self.tr("New dated role in a group")),
            ("memberJoinGroup", self.tr("Add to group"), self.tr("Start a membership")),
            ("memberLeaveGroup", self.tr("Remove from group"), self.tr("Mark as left a group")),
            ("memberMarkLeft", self.tr("Mark left"), self.tr("Mark as left every group")),
            ("", "", ""),
            ("memberMerge", self.tr("Merge"), self.tr("Merge two selected duplicates")),
        ):
            if not name:
                self.toolbar.addSeparator()
                continue
            action = QAction(text, self)
            action.setObjectName(name)
            action.setToolTip(tip)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(action)
            self.addAction(action)
            self.actions_by_name[name] = action
        delete = self.actions_by_name["memberDelete"]
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        # Only in the table: the Delete key in the search box edits the search.
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _connect_signals(self) -> None:
        handlers = {
            "memberNew": self.member_actions.on_new,
            "memberEdit": self.member_actions.on_edit,
            "memberDelete": self.member_actions.on_delete,
            "memberAddTag": lambda: self.member_actions.on_tag(add=True),
            "memberRemoveTag": lambda: self.member_actions.on_tag(add=False),
            "memberChangeRole": lambda: self.member_actions.on_membership(ChangeMemberships.ROLE),
            "memberJoinGroup": lambda: self.member_actions.on_membership(ChangeMemberships.JOIN),
            "memberLeaveGroup": lambda: self.member_actions.on_membership(ChangeMemberships.LEAVE),
            "memberMarkLeft": lambda: self.member_actions.on_membership(
                ChangeMemberships.LEAVE_ALL
            ),
            "memberMerge": self.member_actions.on_merge,
        }
        for name, handler in handlers.items():
            self.actions_by_name[name].triggered.connect(handler)
        self.search.textChanged.connect(self._on_search_changed)
        self._search_timer.timeout.connect(self.apply_search)
        self.filters.filtersChanged.connect(self.apply_filters)
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        self.table.customContextMenuRequested.connect(self._on_table_menu)
        self.table.doubleClicked.connect(lambda _index: self.member_actions.on_edit())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.detail.memberActivated.connect(self.select_member)

    # ---- the tab's contract with the main window -----------------------------------------

    def set_database(self, database: Database) -> None:
        """Show another database's members."""
        self.database = database
        self.ids = MemberIdMap()
        self.reload()

    def set_scope(self, scope: Scope) -> None:
        """Follow the toolbar's group; the dates do not filter the roster."""
        previous = self.scope.group_id if self.scope is not None else None
        self.scope = scope
        if self.database is not None and previous != scope.group_id:
            self.reload()

    def set_settings(self, settings: QSettings) -> None:
        """Remember column choice, order and sort in these settings."""
        self.settings = settings
        self._restore_columns()
        if self.database is not None:
            self._update_rows()

    def group_id(self) -> int | None:
        """The toolbar's group, or None for all groups."""
        return self.scope.group_id if self.scope is not None else None

    # ---- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the first screen from SQL now and load the whole roster in a worker."""
        self._generation += 1
        self.cache = None
        self._written = set()
        self._reload_tags()
        self._update_rows()
        database = self.database
        if database is None or not database.path.is_file():
            return
        # Loads still waiting for the thread are for a scope nobody looks at any more.
        self._loaders = [x for x in self._loaders if not self._pool.tryTake(x)]
        loader = RosterLoader(database.path, self.today(), self.group_id(), self._generation)
        loader.setAutoDelete(False)
        loader.signals.loaded.connect(self._on_cache_loaded)
        loader.signals.failed.connect(self._on_cache_failed)
        self._loaders.append(loader)  # kept alive until it reports
        self.loading.show()
        # Started once the first screen has painted: a worker reading 100,000 rows would
        # share the interpreter with that paint and slow it down several times.
        QTimer.singleShot(0, self, lambda: self._start_loader(loader))

    def _start_loader(self, loader: RosterLoader) -> None:
        if loader.generation != self._generation:  # reloaded meanwhile: nobody needs it
            self._loaders = [x for x in self._loaders if x is not loader]
            return
        self._pool.start(loader)

    def is_loaded(self) -> bool:
        """Whether search and sort run from the in-memory cache."""
        return self.cache is not None

    def _forget_loader(self, generation: int) -> bool:
        """Forget a loader that reported; whether its result is still wanted (the same
        scope, and the database still open: a load can finish after its window closed)."""
        self._loaders = [x for x in self._loaders if x.generation != generation]
        database = self.database
        return generation == self._generation and database is not None and not database.closed

    def _on_cache_loaded(self, generation: int, cache: RosterCache) -> None:
        if not self._forget_loader(generation) or self.database is None:
            return  # (None never passes `_forget_loader`; said again for the type checker)
        if self._written:
            cache.refresh(self.database, self._base_query(), sorted(self._written))
        self.cache = cache
        self._filtered = None
        self.loading.hide()
        self._update_rows()

    def _on_cache_failed(self, generation: int, message: str) -> None:
        if self._forget_loader(generation):
            self.loading.setText(self.tr("Search runs on the database: %1").replace("%1", message))

    def _base_query(self) -> RosterQuery:
        return RosterQuery(today=self.today(), group_id=self.group_id())

    def query(self) -> RosterQuery:
        """The roster query the search box, filters and sort column describe."""
        return RosterQuery(
            today=self.today(),
            group_id=self.group_id(),
            sort=self._sort[0],
            descending=self._sort[1],
            **self.filters.fields(EXPIRING_DAYS),
        )

    def _update_rows(
        self,
        *,
        text_only: bool = False,
        select: list[int] | None = None,
        refilter: bool = False,
    ) -> None:
        """Refill the model for the current query, keeping (or setting) the selection.

        From the cache only what changed is redone: the filters (also after a write, as
        roles and memberships may have moved), the order, and always the search.
        """
        keep = select if select is not None else self.selected_ids()
        query = self.query()
        database = self.database
        cache = self.cache
        if database is None:
            self.model.set_rows([])
        elif cache is not None:
            filters = replace(query, text="", sort="name", descending=False)
            if not text_only and (refilter or filters != self._filtered):
                cache.set_filter(query, roster.roster_filter_ids(database, query))
                self._filtered = filters
            if cache.sorted_by != (query.sort, query.descending):
                cache.sort(query.sort, descending=query.descending)
            self.model.set_rows(cache.search(query.text))
        else:
            ids = roster.roster_ids(database, query)
            self.model.set_rows(PagedRows(database, query, ids))
        self.select_ids(keep, clear=select is not None)
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        database = self.database
        total = self.cache.total if self.cache is not None else 0
        if self.cache is None and database is not None:
            total = roster.roster_total(database, self.group_id())
        self.count.setText(
            self.tr("%1 of %2 members")
            .replace("%1", f"{self.model.rowCount():,}")
            .replace("%2", f"{total:,}")
        )

    def _reload_tags(self) -> None:
        self.filters.set_tags(members.all_tags(self.database) if self.database else [])

    # ---- search, filters, sort ----------------------------------------------------------

    def _on_search_changed(self, _text: str) -> None:
        if self.cache is not None:
            self.apply_search()  # milliseconds from memory: no need to wait for a pause
        else:
            self._search_timer.start()

    def apply_search(self) -> None:
        """Filter by the search box now (typing waits a moment only while on SQL)."""
        self._search_timer.stop()
        self._update_rows(text_only=True)

    def apply_filters(self, *_args: object) -> None:
        """Apply the role, status, tag, joined and expiring filters now."""
        self._search_timer.stop()
        self._update_rows()

    def clear_all_filters(self) -> None:
        """Show every member of the scope again."""
        self.filters.clear()

    def sort_by(self, column: str, *, descending: bool = False) -> None:
        """Sort the roster by a column (a key of `RosterModel.COLUMNS`)."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(RosterModel.COLUMNS.index(column), order)

    def _on_sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if not 0 <= section < len(RosterModel.COLUMNS):
            return
        self._sort = (RosterModel.COLUMNS[section], order == Qt.SortOrder.DescendingOrder)
        self.table.save_sort(*self._sort)
        self._update_rows()

    # ---- columns ------------------------------------------------------------------------

    def set_column_visible(self, column: str, visible: bool) -> None:
        """Show or hide a column (the name always stays) and remember it."""
        self.table.set_column_visible(column, visible)

    def column_visible(self, column: str) -> bool:
        """Whether a column is shown."""
        return self.table.column_visible(column)

    def _restore_columns(self) -> None:
        saved = self.table.set_settings(self.settings)
        if saved is not None:
            self._sort = saved

    def _on_table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for name in ("memberEdit", "memberAddTag", "memberRemoveTag", "memberChangeRole"):
            menu.addAction(self.actions_by_name[name])
        for name in ("memberJoinGroup", "memberLeaveGroup", "memberMarkLeft", "memberMerge"):
            menu.addAction(self.actions_by_name[name])
        menu.addSeparator()
        menu.addAction(self.actions_by_name["memberDelete"])
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # ---- selection and detail -----------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The selected members' ids (read through IdRole), in roster order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.id_at(row) for row in rows]

    def current_id(self) -> int | None:
        """The member shown in the detail pane."""
        detail = self.detail.detail
        return detail.member.id if detail is not None else None

    def select_ids(self, ids: list[int], *, clear: bool = True) -> None:
        """Select these members where shown; the first becomes current."""
        selection = QItemSelection()
        rows = [r for r in self.model.rows_of(ids) if r >= 0]
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        self._selecting = True  # one detail refresh below, not one per selection signal
        try:
            model.select(selection, flags.ClearAndSelect | flags.Rows)
            if rows:
                model.setCurrentIndex(self.model.index(rows[0], 0), flags.NoUpdate)
        finally:
            self._selecting = False
        if rows:
            self.table.scrollTo(self.model.index(rows[0], 0))
            self._show_detail(self.model.id_at(rows[0]))
        elif clear:
            self._show_detail(None)
        self._update_actions()

    def select_member(self, member_id: int) -> None:
        """Show a member, clearing the search and filters if they hide them."""
        if self.model.row_of(member_id) < 0:
            self.clear_all_filters()
        self.select_ids([member_id])

    def _on_selection_changed(self, *_args: object) -> None:
        if self._selecting:
            return
        ids = self.selected_ids()
        current = self.table.selectionModel().currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            shown = self.model.id_at(current.row())
        else:
            shown = ids[0] if ids else None
        if shown != self.current_id():
            self._show_detail(shown)
        self._update_actions()

    def _show_detail(self, member_id: int | None) -> None:
        database = self.database
        if member_id is None or database is None:
            self.detail.show_member(None)
            self._update_actions()
            return
        try:
            detail = member_detail(database, member_id)
            tree = referrals.referral_tree(database, member_id)
            chat = monthly_strip(database, member_id, self.today())
        except ValidationError:  # deleted meanwhile
            self.detail.show_member(None)
            return
        row = self.model.row_of(member_id)
        status = self.model.index(row, RosterModel.STATUS).data() if row >= 0 else ""
        self.detail.show_member(detail, tree, status or "", chat)
        self._update_actions()

    def _update_actions(self) -> None:
        count = len(self.selected_ids())
        has_db = self.database is not None
        self.actions_by_name["memberNew"].setEnabled(has_db)
        self.actions_by_name["memberEdit"].setEnabled(has_db and self.current_id() is not None)
        for name, action in self.actions_by_name.items():
            if name not in ("memberNew", "memberEdit", "memberMerge"):
                action.setEnabled(has_db and count > 0)
        self.actions_by_name["memberMerge"].setEnabled(has_db and count == 2)

    # ---- running commands ---------------------------------------------------------------

    def execute(self, command: MemberCommand) -> ValidationError | None:
        """Apply a command, push it on the undo stack and refresh; the refusal, if any."""
        refused = runner_for(self.undo_stack).attempt(command)
        if refused is not None:
            return refused
        self.command_done(command.member_ids, command.selected_after(undone=False))
        return None

    def command_done(self, touched: list[int], select: list[int]) -> None:
        """Refresh the touched members after a command ran, was undone or redone."""
        database = self.database
        if database is None:
            return
        if self.cache is not None:
            self.cache.refresh(database, self._base_query(), touched)
        else:
            self._written.update(touched)
        self._reload_tags()
        shown = self.current_id()
        self._update_rows(select=select, refilter=True)
        if not select and shown is not None and shown in touched:
            self._show_detail(shown if self.model.row_of(shown) >= 0 else None)
        self.membersChanged.emit()

    def command_failed(self, text: str, error: Exception) -> None:
        """An undo or redo the data no longer allows: say so (nothing was written)."""
        report_undo_failure(self, text, error)

    def stale_after(self, change: Change) -> bool:
        """Group names and roles show in the roster, paid-until (a renewal moves it), and
        what members said in the chats (an import or a linked speaker)."""
        return bool(change.tables & {"groups", "memberships", "chat_speakers", "chat_speaker_days"})
