"""The Calendar tab: month, week and agenda views of events, with edits and check-ins."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.calendar import attendance, events, occurrences, recurrence
from desktop.models.calendar.events import EventDraft
from desktop.models.calendar.occurrences import Occurrence
from desktop.models.core.clock import SYSTEM_CLOCK, Clock
from desktop.models.core.scope import Scope
from desktop.models.groups.queries import group_names
from desktop.models.members.queries import host_candidates, member_names
from desktop.models.storage.db import Database
from desktop.views.calendar.attendance_dialog import AttendanceDialog
from desktop.views.calendar.attendance_report import AttendanceReportDialog
from desktop.views.calendar.calendar_commands import (
    ATTENDANCE_TABLES,
    EVENT_TABLES,
    AgendaModel,
    CalendarCommand,
    DeleteEventCommand,
    EventCommand,
)
from desktop.views.calendar.calendar_details import CalendarDetails
from desktop.views.calendar.calendar_files import export_ics_file, import_ics_file
from desktop.views.calendar.calendar_grid import CalendarGrid, china_days
from desktop.views.calendar.calendar_toolbar import AGENDA, MONTH, WEEK, CalendarToolbar, legend
from desktop.views.calendar.event_dialog import EditScope, EventDialog
from desktop.views.calendar.paste_members import add_member_named
from desktop.views.common.commands import runner_for
from desktop.views.common.field_labels import error_text
from desktop.views.common.undo import Change
from desktop.views.groups.activity_grid import ActivityLogDialog
from desktop.views.texts.chat_texts import open_signup


class CalendarTab(QWidget):
    """Month / week / agenda of the scope's group; new, edit, skip, delete, check in, .ics."""

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
        self.scope: Scope | None = None
        self.anchor = self.today()
        self.mode = MONTH
        self.visible: list[Occurrence] = []
        self.current: Occurrence | None = None
        self.report_dialog: AttendanceReportDialog | None = None
        self.activity_dialog: ActivityLogDialog | None = None
        self._build_ui()
        self._connect_signals()
        self._update_buttons()

    def today(self) -> dt.date:
        """The day treated as today: asked of the session's clock each time."""
        return self.clock.today()

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.toolbar = CalendarToolbar(self)
        bar = self.toolbar
        self.prev_button, self.today_button, self.next_button = (
            bar.prev_button,
            bar.today_button,
            bar.next_button,
        )
        self.title, self.view_buttons = bar.title, bar.view_buttons
        self.new_button, self.edit_button, self.skip_button = (
            bar.new_button,
            bar.edit_button,
            bar.skip_button,
        )
        self.delete_button, self.checkin_button = bar.delete_button, bar.checkin_button
        self.signup_button = bar.signup_button
        self.report_button, self.activity_button = bar.report_button, bar.activity_button
        self.export_button, self.import_button = bar.export_button, bar.import_button
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        self._build_views(layout)

    def _build_views(self, layout: QVBoxLayout) -> None:
        self.month = CalendarGrid(6, self)
        self.month.setObjectName("calendarMonth")
        self.week = CalendarGrid(1, self)
        self.week.setObjectName("calendarWeek")
        self.agenda_model = AgendaModel(self)
        self.agenda = QTableView(self)
        self.agenda.setObjectName("calendarAgenda")
        self.agenda.setModel(self.agenda_model)
        self.agenda.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.agenda.verticalHeader().hide()
        self.agenda.verticalHeader().setDefaultSectionSize(24)
        self.agenda.horizontalHeader().setSectionResizeMode(
            AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.agenda.setColumnWidth(AgendaModel.WHEN, 170)
        self.agenda.setColumnWidth(AgendaModel.TYPE, 130)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("calendarStack")
        for widget in (self.month, self.week, self.agenda):
            self.stack.addWidget(widget)
        names = [QLocale().dayName(n, QLocale.FormatType.ShortFormat) for n in range(1, 8)]
        self.month.weekday_names = self.week.weekday_names = names
        self.details = CalendarDetails(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(legend(self))
        layout.addWidget(self.details)

    def _connect_signals(self) -> None:
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self._on_today)
        self.view_buttons.idClicked.connect(self.set_mode)
        for grid in (self.month, self.week):
            grid.selected.connect(self._on_selected)
            grid.activated.connect(lambda _occ: self._on_edit())
            grid.dropped.connect(self.move_occurrence)
        self.agenda.selectionModel().currentRowChanged.connect(self._on_agenda_row)
        self.agenda.doubleClicked.connect(lambda _index: self._on_edit())
        self.new_button.clicked.connect(self._on_new)
        self.edit_button.clicked.connect(self._on_edit)
        self.skip_button.clicked.connect(self._on_skip)
        self.delete_button.clicked.connect(self._on_delete)
        self.checkin_button.clicked.connect(self._on_check_in)
        self.signup_button.clicked.connect(self._on_signup_text)
        self.export_button.clicked.connect(self._on_export)
        self.import_button.clicked.connect(self._on_import)
        self.report_button.clicked.connect(self.open_attendance_report)
        self.activity_button.clicked.connect(self.open_activity_log)

    # ---- public -------------------------------------------------------------------------

    def set_database(self, database: Database) -> None:
        """Point the tab at another database; it opens on the month of the session's today."""
        self.database = database
        self.anchor = self.today()
        self.current = None
        for dialog in (self.report_dialog, self.activity_dialog):
            if dialog is not None:  # they read the old database
                dialog.close()
                dialog.deleteLater()
        self.report_dialog = self.activity_dialog = None
        self.reload()

    def set_scope(self, scope: Scope) -> None:
        """Follow the toolbar's group (the month shown stays under the owner's control)."""
        self.scope = scope
        for dialog in (self.report_dialog, self.activity_dialog):
            if dialog is not None:
                dialog.set_scope(scope)
        self.reload()

    def _scope(self) -> Scope:
        return self.scope or Scope(None, self.today() - dt.timedelta(days=29), self.today())

    def open_attendance_report(self) -> AttendanceReportDialog | None:
        """Show the attendance report of the toolbar's group and dates (non-modal)."""
        if self.database is None:
            return None
        if self.report_dialog is None:
            self.report_dialog = AttendanceReportDialog(
                self.database, self._scope(), self.today(), self
            )
        self.report_dialog.show()
        self.report_dialog.raise_()
        return self.report_dialog

    def open_activity_log(self) -> ActivityLogDialog | None:
        """Show the daily activity grid of the toolbar's group (non-modal)."""
        if self.database is None:
            return None
        if self.activity_dialog is None:
            self.activity_dialog = ActivityLogDialog(
                self.database, self.undo_stack, self._scope(), self.today(), self
            )
        self.activity_dialog.show()
        self.activity_dialog.raise_()
        return self.activity_dialog

    def set_mode(self, mode: int) -> None:
        """Show the month grid, the week grid or the agenda list."""
        self.mode = mode
        self.view_buttons.button(mode).setChecked(True)
        self.stack.setCurrentIndex(mode)
        self.reload()

    def go_to(self, day: dt.date) -> None:
        """Show the month (or week) holding a day."""
        self.anchor = day
        self.reload()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """First and last day the current view shows."""
        if self.mode == WEEK:
            first = self.anchor - dt.timedelta(days=self.anchor.weekday())
            return first, first + dt.timedelta(days=6)
        start = self.anchor.replace(day=1)
        if self.mode == AGENDA:
            nxt = (start + dt.timedelta(days=32)).replace(day=1)
            return start, nxt - dt.timedelta(days=1)
        first = start - dt.timedelta(days=start.weekday())
        return first, first + dt.timedelta(days=41)

    def stale_after(self, change: Change) -> bool:
        """Events show their group and host by name, and their check-in counts."""
        return bool(change.tables & {"members", "groups", "attendance"})

    def reload(self) -> None:
        """Expand the visible range and show it."""
        first, last = self.visible_range()
        self.toolbar.show_title(self.mode, self.anchor, first)
        if self.database is None:
            self.visible = []
        else:
            group = self.scope.group_id if self.scope else None
            self.visible = occurrences.occurrences(self.database, first, last, group)
        by_day: dict[dt.date, list[Occurrence]] = {}
        for occ in self.visible:
            by_day.setdefault(occ.start.date(), []).append(occ)
        conflicts = occurrences.find_conflicts(self.visible)
        marks: dict[dt.date, str] = {}
        workdays: set[dt.date] = set()
        for year in range(first.year, last.year + 1):
            named, adjusted = china_days(year)
            marks.update(named)
            workdays |= adjusted
        if self.current is not None and self.current not in self.visible:
            self.current = next((o for o in self.visible if o.key == self.current.key), None)
        for grid in (self.month, self.week):
            grid.holidays, grid.workdays, grid.conflicts = marks, workdays, conflicts
            grid.current = self.current
        if self.mode == MONTH:
            self.month.set_days(first, by_day, month=self.anchor.month, today=self.today())
        elif self.mode == WEEK:
            self.week.set_days(first, by_day, month=None, today=self.today())
        else:
            self._fill_agenda(conflicts)
        self._update_buttons()

    def selected_occurrence(self) -> Occurrence | None:
        """The occurrence the owner picked."""
        return self.current

    def select(self, occurrence: Occurrence | None) -> None:
        """Pick an occurrence (as a click on its chip would)."""
        self._on_selected(occurrence)

    # ---- refresh helpers ----------------------------------------------------------------

    def _fill_agenda(self, conflicts: set[tuple[int, str]]) -> None:
        assert self.database is not None or not self.visible
        model = self.agenda_model
        if self.database is not None:
            model.group_names = dict(group_names(self.database))
            hosts = {o.host_id for o in self.visible if o.host_id is not None}
            model.member_names = member_names(self.database, hosts)
        model.conflicts = conflicts
        model.set_rows(self.visible)

    def _update_buttons(self) -> None:
        has_db = self.database is not None
        occ = self.current
        for button in (
            self.edit_button,
            self.delete_button,
            self.checkin_button,
            self.signup_button,
        ):
            button.setEnabled(occ is not None)
        self.skip_button.setEnabled(occ is not None and occ.recurring)
        for button in (
            self.new_button,
            self.export_button,
            self.import_button,
            self.report_button,
            self.activity_button,
        ):
            button.setEnabled(has_db)
        clash = occ is not None and occ.key in self.month.conflicts
        self.details.show_occurrence(self.database, occ, clash=clash)

    # ---- navigation ---------------------------------------------------------------------

    def _step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor += dt.timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = dt.date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def _on_today(self) -> None:
        self.go_to(self.today())

    def _on_selected(self, occurrence: Occurrence | None) -> None:
        self.current = occurrence
        self.month.current = self.week.current = occurrence
        self.month.update()
        self.week.update()
        self._update_buttons()

    def _on_agenda_row(self, current: object, _previous: object) -> None:
        index = self.agenda.currentIndex()
        row = index.data(AgendaModel.RowRole) if index.isValid() else None
        self._on_selected(row)

    # ---- commands -----------------------------------------------------------------------

    def execute(
        self,
        text: str,
        ids: set[int],
        action: object,
        command: CalendarCommand | None = None,
        tables: frozenset[str] = EVENT_TABLES,
    ) -> CalendarCommand | None:
        """Run an edit as an undoable command; a refused edit is shown and not pushed."""
        command = command or EventCommand(self, text, ids, action, tables)  # type: ignore[arg-type]
        refused = runner_for(self.undo_stack).attempt(command)
        if refused is not None:
            QMessageBox.warning(
                self, text, self.tr("%1\nNothing was changed.").replace("%1", refused.message)
            )
            return None
        self.command_done()
        return command

    def command_done(self) -> None:
        """Reload after an edit, an undo or a redo."""
        self.reload()
        if self.report_dialog is not None and self.report_dialog.isVisible():
            self.report_dialog.reload()

    def command_failed(self, text: str, error: Exception) -> None:
        """Tell the owner an undo or redo could not be applied."""
        QMessageBox.warning(self, text, error_text(error))

    def move_occurrence(self, occurrence: Occurrence, day: dt.date) -> None:
        """Move one occurrence (dragged chip) to another day, keeping its time."""
        if self.database is None:
            return
        db = self.database
        ids = {occurrence.event_id} | ({occurrence.series_id} if occurrence.series_id else set())
        done = self.execute(
            self.tr("Move event"), ids, lambda: occurrences.move_occurrence(db, occurrence, day)
        )
        if done is not None:
            self.current = None
            self.reload()

    def _choices(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        assert self.database is not None
        group = self.scope.group_id if self.scope else None
        return group_names(self.database), host_candidates(self.database, group)

    def _on_new(self) -> None:
        if self.database is None:
            return
        groups, hosts = self._choices()
        if not groups:
            QMessageBox.information(self, self.tr("New event"), self.tr("Add a group first."))
            return
        day = self.anchor if self.mode != MONTH else max(self.anchor, self.today())
        start = dt.datetime.combine(day, dt.time(20, 0))
        group = self.scope.group_id if self.scope and self.scope.group_id else groups[0][0]
        draft = EventDraft(
            group_id=group, title="", starts_at=start, ends_at=start + dt.timedelta(hours=1)
        )
        result = EventDialog.ask(self, self.database, groups, hosts, draft)
        if result is None:
            return
        db = self.database
        self.execute(self.tr("New event"), set(), lambda: events.create_event(db, result))

    def _on_edit(self) -> None:
        occ, db = self.current, self.database
        if occ is None or db is None:
            return
        event = events.get_event(db, occ.event_id)
        series = occ.series_id == occ.event_id
        choice = EditScope.ask(self, self.tr("Edit event")) if series else EditScope.ALL
        if choice is None:
            return
        draft = event.draft()
        if choice == EditScope.THIS:
            draft = replace(draft, rrule=None, starts_at=occ.start, ends_at=occ.end)
        elif choice == EditScope.FOLLOWING:
            draft = replace(draft, starts_at=occ.start, ends_at=occ.end)
        groups, hosts = self._choices()
        result = EventDialog.ask(
            self,
            db,
            groups,
            hosts,
            draft,
            allow_repeat=choice != EditScope.THIS and event.series_id is None,
            ignore_id=occ.event_id,
        )
        if result is None:
            return
        ids = {occ.event_id}
        action: Callable[[], int | None]
        if choice == EditScope.THIS:
            action = lambda: events.edit_occurrence(db, occ.event_id, occ.original_start, result)  # noqa: E731
        elif choice == EditScope.FOLLOWING:
            action = lambda: events.split_series(db, occ.event_id, occ.original_start, result)  # noqa: E731
        else:
            action = lambda: events.update_event(db, occ.event_id, result)  # noqa: E731
        self.execute(self.tr("Edit event"), ids, action)

    def _on_skip(self) -> None:
        occ, db = self.current, self.database
        if occ is None or db is None or occ.series_id is None:
            return
        series = occ.series_id
        self.execute(
            self.tr("Skip occurrence"),
            {series},
            lambda: events.skip_occurrence(db, series, occ.original_start),
        )
        self.current = None
        self.reload()

    def _on_delete(self) -> None:
        occ, db = self.current, self.database
        if occ is None or db is None:
            return
        if occ.series_id == occ.event_id:
            choice = EditScope.ask(self, self.tr("Delete event"))
            if choice is None:
                return
            if choice == EditScope.THIS:
                self._on_skip()
                return
            if choice == EditScope.FOLLOWING:
                event = events.get_event(db, occ.event_id)
                parts = recurrence.rule_parts(event.rrule or "")
                cut = recurrence.rule_until(parts, occ.original_start)
                draft = replace(event.draft(), rrule=recurrence.join_rule(cut))
                self.execute(
                    self.tr("Delete following"),
                    {occ.event_id},
                    lambda: events.update_event(db, occ.event_id, draft),
                )
                return
        elif (
            QMessageBox.question(
                self, self.tr("Delete event"), self.tr("Delete “%1”?").replace("%1", occ.title)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        text = self.tr("Delete “%1”").replace("%1", occ.title)
        self.execute(text, {occ.event_id}, None, DeleteEventCommand(self, text, occ.event_id))
        self.current = None
        self.reload()

    def _on_check_in(self) -> None:
        occ, db = self.current, self.database
        if occ is None or db is None:
            return
        chosen = AttendanceDialog.ask(
            self,
            db,
            occ,
            self.today(),
            lambda name: add_member_named(
                self, db, self.undo_stack, occ.group_id, name, self.today
            ),
        )
        if chosen is None:
            return
        wanted, guests = chosen
        if occ.capacity is not None and len(wanted) + sum(guests.values()) > occ.capacity:
            QMessageBox.warning(
                self,
                self.tr("Attendance"),
                self.tr("More people than the capacity (%1).").replace("%1", str(occ.capacity)),
            )
        start = occ.start
        self.execute(
            self.tr("Attendance"),
            {occ.event_id},
            lambda: attendance.set_attendance(db, occ.event_id, start, wanted, guests),
            tables=ATTENDANCE_TABLES,
        )

    def _on_signup_text(self) -> None:
        if self.current is not None and self.database is not None:
            open_signup(self, self.database, self.current)

    def _on_export(self) -> None:
        if self.database is None:
            return
        first, last = self.visible_range()
        group = self.scope.group_id if self.scope else None
        export_ics_file(self, self.database, group, first, last)

    def _on_import(self) -> None:
        if self.database is None:
            return
        group = self.scope.group_id if self.scope else None
        if import_ics_file(self, self.database, group):
            self.undo_stack.clear()  # an import is not undoable; older commands may not apply
            self.reload()
            imported = Change(frozenset({"events", "event_exdates"}), source=self)
            runner_for(self.undo_stack).announce(imported)  # the other tabs hear of it
