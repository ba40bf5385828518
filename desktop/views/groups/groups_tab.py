"""The Groups tab: the list of groups on the left, one group's settings and life on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.clock import SYSTEM_CLOCK, Clock
from desktop.models.core.codes import Platform
from desktop.models.core.errors import ValidationError
from desktop.models.core.scope import Scope
from desktop.models.groups import groups
from desktop.models.groups.groups import Group, GroupDraft, GroupSummary
from desktop.models.groups.lifecycle import current_lifecycle
from desktop.models.storage.db import Database
from desktop.views.common.commands import runner_for
from desktop.views.common.date_range import PRESETS
from desktop.views.common.undo import Change, report_undo_failure
from desktop.views.groups.goals_panel import GoalsPanel
from desktop.views.groups.group_commands import (
    ArchiveGroup,
    CreateGroup,
    DissolveGroup,
    DuplicateGroup,
    GroupCommand,
    IdMap,
    SaveGroup,
)
from desktop.views.groups.group_details import GroupDetails
from desktop.views.groups.group_dialogs import DissolveDialog, TextDialog
from desktop.views.groups.group_item_models import GroupListModel
from desktop.views.groups.lifecycle_panel import LifecyclePanel
from desktop.views.groups.rules_panel import RulesPanel, table_view

Index = QModelIndex | QPersistentModelIndex
SAVED_STYLE = "color: #2e7d32;"


class GroupsTab(QWidget):
    """Create, edit, duplicate, archive, dissolve and delete groups; every edit undoable."""

    groupsChanged = Signal()  # a group was created, renamed, archived, dissolved or deleted

    def __init__(
        self,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.clock = clock  # the session's: asked for today each time it matters
        self.database: Database | None = None
        self.ids = IdMap()
        self.scope: Scope | None = None
        self._scope_group: int | None = None
        self.group: Group | None = None
        self.new_mode = False
        self._reloading = False
        # the rules, lifecycle and goals pages not in front: what they are to do when shown
        self._waiting: dict[QWidget, str] = {}
        self._health_waits = False  # at start: judged once the window has painted
        self._build_ui()
        details = self.details
        # the parts of the details the tab drives, by their short names
        self.editor, self.health, self.pages = details.editor, details.health, details.pages
        self.rules, self.lifecycle, self.goals = details.rules, details.lifecycle, details.goals
        self.save_button, self.revert_button = details.save_button, details.revert_button
        self._connect_signals()
        self._show_group(None)

    def today(self) -> dt.date:
        """The day new groups, rules and stages are dated with (the session's clock, each time)."""
        return self.clock.today()

    # ---- construction -------------------------------------------------------------------

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _build_ui(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("groupsSplitter")
        splitter.addWidget(self._build_list())
        self.details = GroupDetails(self, self)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 35)
        splitter.setStretchFactor(1, 65)
        splitter.setSizes([35_000, 65_000])  # proportions; Qt scales them to the width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def _build_list(self) -> QWidget:
        self.model = GroupListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(GroupListModel.SortRole)
        self.list = table_view(self, "groupList")
        self.list.setModel(self.proxy)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(GroupListModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GroupListModel.NAME, QHeaderView.ResizeMode.Stretch)

        self.new_button = self._button(
            "groupNew", self.tr("&New group"), self.tr("Set up a new group")
        )
        self.duplicate_button = self._button(
            "groupDuplicate",
            self.tr("D&uplicate…"),
            self.tr("Copy settings, thresholds, rules and goals as a template for a new group"),
        )
        self.dissolve_button = self._button(
            "groupDissolve",
            self.tr("Archive / dissolve…"),
            self.tr("Hide the group, or record that it ended; its data is kept"),
        )
        self.delete_button = self._button(
            "groupDelete",
            self.tr("Delete"),
            self.tr("Only a group without members, events or revenue can be deleted"),
        )
        self.texts_button = self._button(
            "groupTexts",
            self.tr("Texts for the chat"),
            self.tr("Group notice, weekly report, welcome and renewal reminders, ready to copy"),
        )
        # the menu's texts (and their code) are made the first time it opens
        texts_menu = QMenu(self)
        texts_menu.setObjectName("groupTextsMenu")
        texts_menu.aboutToShow.connect(self._fill_texts_menu)
        self.texts_button.setMenu(texts_menu)
        # everyday actions above the list, the ones that end a group's life below it
        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.duplicate_button)
        top.addWidget(self.texts_button)
        top.addStretch(1)
        bottom.addStretch(1)
        bottom.addWidget(self.dissolve_button)
        bottom.addWidget(self.delete_button)

        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        return panel

    def _fill_texts_menu(self) -> None:
        menu = self.texts_button.menu()
        if menu.actions():
            return
        from desktop.views.texts.chat_texts import group_texts_menu

        made = group_texts_menu(
            self,
            lambda: self.database,
            lambda: self.group.id if self.group is not None and not self.new_mode else None,
            self.today,
        )
        for action in made.actions():
            action.setParent(menu)
            menu.addAction(action)
        made.deleteLater()

    def _connect_signals(self) -> None:
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self._on_new)
        self.duplicate_button.clicked.connect(self._on_duplicate)
        self.dissolve_button.clicked.connect(self._on_dissolve)
        self.delete_button.clicked.connect(self._on_delete)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._on_revert)
        self.editor.changed.connect(self._on_edited)
        self.pages.currentChanged.connect(self._on_page_shown)

    # ---- the tab's contract with the main window -----------------------------------------

    def set_database(self, database: Database) -> None:
        """Show another database's groups."""
        self.database = database
        self.ids = IdMap()
        self.new_mode = False
        self.group = None
        self.reload()

    def set_scope(self, scope: Scope) -> None:
        """Follow the toolbar: a chosen group is selected here; the dates drive the health line."""
        self.scope = scope
        if scope.group_id is not None and scope.group_id != self._scope_group:
            self.select_group(scope.group_id)
        self._scope_group = scope.group_id
        self._update_health()

    # ---- list and selection -------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Re-read the list and show `select` (or the shown group, or the first one)."""
        database = self.database
        rows = groups.list_group_summaries(database) if database is not None else []
        ids = {row.id for row in rows}
        target = select if select is not None else (self.group.id if self.group else None)
        self._reloading = True
        try:
            self.model.set_rows(rows)
            if target not in ids:
                target = self._first_id()
            if not self.new_mode:
                self._select_row(target)
        finally:
            self._reloading = False
        if not self.new_mode:
            self._show_group(target)
        else:
            self._update_buttons()

    def _first_id(self) -> int | None:
        index = self.proxy.index(0, 0)
        return index.data(GroupListModel.RowRole).id if index.isValid() else None

    def _select_row(self, group_id: int | None) -> None:
        selection = self.list.selectionModel()
        row = self.model.row_of(group_id)
        if row < 0:
            selection.clear()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.list.scrollTo(index)

    def select_group(self, group_id: int) -> None:
        """Select a group in the list (asks about unsaved changes first)."""
        if self.group is not None and self.group.id == group_id and not self.new_mode:
            return
        self._select_row(group_id)

    def selected_summary(self) -> GroupSummary | None:
        """The selected list row (read through RowRole)."""
        rows = self.list.selectionModel().selectedRows()
        return rows[0].data(GroupListModel.RowRole) if rows else None

    def _on_current_changed(self, current: Index, _previous: Index) -> None:
        if self._reloading:
            return
        target = current.data(GroupListModel.RowRole) if current.isValid() else None
        target_id = target.id if target is not None else None
        if self.has_unsaved_changes():
            # Asking, and saving (which reloads the list), must not run inside the selection
            # model's own signal: resetting the model there crashes Qt. Decide right after.
            QTimer.singleShot(0, lambda: self._switch_after_asking(target_id))
            return
        self.new_mode = False
        self._show_group(target_id)

    def _switch_after_asking(self, target_id: int | None) -> None:
        self._quiet_select(self.group.id if self.group is not None else None)
        if not self.confirm_leave():
            return
        self.new_mode = False
        self._quiet_select(target_id)
        self._show_group(target_id)

    def _quiet_select(self, group_id: int | None) -> None:
        self._reloading = True
        try:
            self._select_row(group_id)
        finally:
            self._reloading = False

    def has_unsaved_changes(self) -> bool:
        """Whether the settings form holds edits that are not saved."""
        return (self.new_mode or self.group is not None) and self.editor.is_dirty()

    def confirm_leave(self) -> bool:
        """Whether unsaved settings may be left (saved or discarded after asking)."""
        if not self.has_unsaved_changes():
            return True
        name = self.group.name if self.group is not None else self.tr("the new group")
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1”?").replace("%1", name),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    # ---- the right-hand side ------------------------------------------------------------

    def _show_group(self, group_id: int | None) -> None:
        database = self.database
        previous = self.group.id if self.group is not None else None
        self.group = (
            groups.get_group(database, group_id)
            if group_id is not None and database is not None
            else None
        )
        self.details.show_page(self.group is not None or self.new_mode, self.model.rowCount() > 0)
        if self.group is not None:
            summary = self.model.rows()[self.model.row_of(self.group.id)]
            self.editor.load(
                self.group.draft(),
                members=summary.member_count,
                today=self.today(),
                database=database,
                group_id=self.group.id,
            )
            self.details.show_header(self.group, summary, self.editor.holders.stored_names())
        same = group_id is not None and group_id == previous
        for panel in (self.rules, self.lifecycle, self.goals):
            # a page not in front is read when it is shown (`_on_page_shown`)
            waiting = self._waiting.get(panel)
            self._waiting[panel] = "refresh" if same and waiting != "set" else "set"
        self._on_page_shown()
        self.details.set_status("")
        self._update_health()
        self._update_buttons()

    def _on_page_shown(self, *_args: object) -> None:
        """Bring the page in front up to date with the shown group (hidden ones wait)."""
        current = self.pages.currentWidget()
        action = self._waiting.pop(current, None)  # only pages with work waiting are keys
        if not isinstance(current, RulesPanel | LifecyclePanel | GoalsPanel) or action is None:
            return
        if action == "refresh":
            current.refresh()
        else:
            current.set_group(self.group.id if self.group is not None else None)

    def _period(self) -> tuple[dt.date, dt.date]:
        if self.scope is not None:
            return self.scope.start, self.scope.end
        return PRESETS["this_month"](self.today())

    def wait_for_first_paint(self) -> None:
        """At start-up: the health line says it is checking until `first_painted` (judging
        the goals reads the period's days and expands the recurring events)."""
        self._health_waits = True

    def first_painted(self) -> None:
        """The window is on screen: judge the goals the health line waited for."""
        if self._health_waits:
            self._health_waits = False
            self._update_health()

    def _update_health(self) -> None:
        database = self.database
        if self.group is None or database is None or self.new_mode:
            self.health.hide()
            return
        start, end = self._period()
        if self._health_waits:
            self.health.show_checking(start, end)
        else:
            from desktop.models.groups.verdict import group_health

            self.health.show_checks(group_health(database, self.group.id, start, end), start, end)
        self.health.show()

    def _update_buttons(self) -> None:
        has_group = self.group is not None and not self.new_mode
        for button in (
            self.duplicate_button,
            self.dissolve_button,
            self.delete_button,
            self.texts_button,
        ):
            button.setEnabled(has_group)
        self.new_button.setEnabled(self.database is not None)
        archived = has_group and self.group is not None and self.group.archived
        self.dissolve_button.setText(
            self.tr("Un&archive") if archived else self.tr("&Archive / dissolve…")
        )
        dirty = self.editor.is_dirty()
        self.save_button.setEnabled(self.database is not None and (self.new_mode or dirty))
        self.revert_button.setEnabled(self.new_mode or dirty)

    # ---- running commands ---------------------------------------------------------------

    def execute(self, command: GroupCommand) -> ValidationError | None:
        """Apply a command, push it on the undo stack and refresh; the refusal, if any."""
        refused = runner_for(self.undo_stack).attempt(command)
        if refused is not None:
            return refused
        self.command_done(command.shown_group(), groups_changed=command.groups_changed)
        return None

    def command_done(self, group_id: int | None, *, groups_changed: bool) -> None:
        """Refresh after a command was applied, undone or redone, showing its group."""
        self.new_mode = False
        self.reload(select=group_id)
        if groups_changed:
            self.groupsChanged.emit()

    def command_failed(self, text: str, error: Exception) -> None:
        """An undo or redo the data no longer allows: say so (nothing was written)."""
        report_undo_failure(self, text, error)

    def _deleted_for_good(self, group_id: int) -> None:
        """A group deleted without undo: the toolbar and other tabs hear of it."""
        self.groupsChanged.emit()
        change = Change(frozenset({"groups"}), {"groups": frozenset({group_id})}, source=self)
        runner_for(self.undo_stack).announce(change)

    def stale_after(self, change: Change) -> bool:
        """Member counts show here; a form with unsaved edits waits for them."""
        shown = change.tables & {"members", "memberships"}
        return bool(shown) and not self.has_unsaved_changes()

    def _warn(self, title: str, error: ValidationError) -> None:
        QMessageBox.warning(
            self, title, self.tr("%1\n\nNothing was changed.").replace("%1", error.message)
        )

    # ---- actions ------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the settings form (create in new mode); False when refused."""
        database = self.database
        if database is None:
            return False
        try:
            draft = self.editor.draft()
        except ValidationError as exc:
            self.editor.show_error(exc)
            return False
        command: GroupCommand
        if self.new_mode or self.group is None:
            command = CreateGroup(self, database, draft)
        else:
            holders = self.editor.holders.change()
            command = SaveGroup(self, database, self.group.id, self.group.draft(), draft, holders)
        error = self.execute(command)
        if error is not None:
            self.editor.show_error(error)
            self.details.set_status("")
            return False
        self.details.set_status(self.tr("Saved."))
        return True

    def _on_edited(self) -> None:
        self.details.set_status("")
        self._update_buttons()

    def _on_revert(self) -> None:
        if self.new_mode:
            self._load_new()
        elif self.group is not None:
            self._show_group(self.group.id)

    def _on_new(self) -> None:
        if self.database is None or not self.confirm_leave():
            return
        self.new_mode = True
        self._quiet_select(None)
        self._show_group(None)
        self._load_new()
        self.pages.setCurrentIndex(0)
        self.editor.name.setFocus()

    def _load_new(self) -> None:
        draft = GroupDraft(
            name="",
            platform=Platform.WECHAT.value,
            capacity=groups.default_capacity(Platform.WECHAT.value),
            created_on=self.today(),
        )
        self.editor.load(draft, members=0, today=self.today())
        self.details.show_new_header()
        self._update_buttons()

    def _on_duplicate(self) -> None:
        group, database = self.group, self.database
        if group is None or database is None or not self.confirm_leave():
            return
        name = TextDialog.ask(
            self,
            self.tr("Duplicate as template"),
            self.tr(
                "Name of the new group. Settings, entry thresholds, rules in force and current "
                "goals are copied; members, events, money and history are not."
            ),
            self.tr("%1 (copy)").replace("%1", group.name),
        )
        if name is None:
            return
        error = self.execute(DuplicateGroup(self, database, group.id, name))
        if error is not None:
            self._warn(self.tr("Cannot duplicate group"), error)

    def _on_dissolve(self) -> None:
        group, database = self.group, self.database
        if group is None or database is None or not self.confirm_leave():
            return
        group = self.group or group  # saving may have renamed it
        if group.archived:
            error = self.execute(ArchiveGroup(self, database, group.id, group.name, False))
        else:
            error = self.ask_dissolve(group)
        if error is not None:
            self._warn(self.tr("Group not changed"), error)

    def ask_dissolve(self, group: Group) -> ValidationError | None:
        """Ask whether to archive or dissolve the group, then do it."""
        database = self.database
        if database is None:
            return None
        current = current_lifecycle(database, group.id)
        earliest = max(group.created_on, current.began_on) if current else group.created_on
        choice = DissolveDialog.ask(self, group.name, earliest, self.today())
        if choice is None:
            return None
        command: GroupCommand
        if choice.dissolve:
            command = DissolveGroup(self, database, group.id, group.name, choice.on, choice.note)
        else:
            command = ArchiveGroup(self, database, group.id, group.name, True)
        return self.execute(command)

    def _on_delete(self) -> None:
        group, database = self.group, self.database
        if group is None or database is None or not self.confirm_leave():
            return
        group = self.group or group  # saving may have renamed it
        buttons = QMessageBox.StandardButton
        if any(groups.group_usage(database, group.id)):
            try:
                groups.delete_group(database, group.id)  # refused: it only explains why
            except ValidationError as exc:
                answer = QMessageBox.question(
                    self,
                    self.tr("Cannot delete group"),
                    self.tr("%1\n\nDissolve it instead?").replace("%1", exc.message),
                    buttons.Yes | buttons.No,
                    buttons.No,
                )
                if answer == buttons.Yes:
                    error = self.ask_dissolve(group)
                    if error is not None:
                        self._warn(self.tr("Group not changed"), error)
                return
            else:  # its members, events or revenue went away meanwhile: it was deletable
                self.group = None
                self.reload()
                self._deleted_for_good(group.id)
                return
        answer = QMessageBox.question(
            self,
            self.tr("Delete group"),
            self.tr(
                "Delete “%1” with its settings, rules, goals and lifecycle history? "
                "This cannot be undone."
            ).replace("%1", group.name),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        if answer != buttons.Yes:
            return
        try:
            groups.delete_group(database, group.id)
        except ValidationError as exc:
            self._warn(self.tr("Cannot delete group"), exc)
            return
        self.group = None
        self.reload()
        self._deleted_for_good(group.id)
