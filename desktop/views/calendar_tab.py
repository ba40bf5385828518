"""The Calendar tab: month, week and agenda views of events, with edits and check-ins."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import attendance, events, ics
from desktop.models.codes import EventType, codes
from desktop.models.db import Database
from desktop.models.errors import QunDeskError, ValidationError
from desktop.models.events import EventDraft, Occurrence
from desktop.models.scope import Scope
from desktop.views.attendance_dialog import AttendanceDialog
from desktop.views.calendar_grid import CalendarGrid
from desktop.views.calendar_models import AgendaModel, EventCommand, type_colour, type_icon
from desktop.views.event_dialog import EditScope, EventDialog
from desktop.views.labels import label_for

MONTH, WEEK, AGENDA = range(3)


@lru_cache(maxsize=32)
def china_days(year: int) -> tuple[dict[dt.date, str], frozenset[dt.date]]:
    """Public holidays (with names) and adjusted working days (调休) in China for a year."""
    try:
        import holidays
    except ImportError:
        return {}, frozenset()
    calendar = holidays.country_holidays("CN", years=year, language="zh_CN")
    marked = {day: str(name) for day, name in calendar.items() if day.year == year}
    workdays = frozenset(d for d in getattr(calendar, "weekend_workdays", ()) if d.year == year)
    return marked, workdays


class CalendarTab(QWidget):
    """Month / week / agenda of the scope's group; new, edit, skip, delete, check in, .ics."""

    def __init__(
        self, undo_stack: QUndoStack, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.database: Database | None = None
        self.scope: Scope | None = None
        self._today = today
        self.anchor = self.today()
        self.mode = MONTH
        self.visible: list[Occurrence] = []
        self.current: Occurrence | None = None
        self._build_ui()
        self._connect_signals()
        self._update_buttons()

    def today(self) -> dt.date:
        """The day treated as today (fixed in tests)."""
        return self._today or dt.date.today()

    # ---- construction -------------------------------------------------------------------

    def _button(self, name: str, text: str, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        return button

    def _build_ui(self) -> None:
        self.prev_button = self._button("calendarPrev", "‹", self.tr("Previous month or week"))
        self.today_button = self._button("calendarToday", self.tr("Today"))
        self.next_button = self._button("calendarNext", "›", self.tr("Next month or week"))
        self.title = QLabel(self)
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.view_buttons = QButtonGroup(self)
        views = QHBoxLayout()
        views.setSpacing(0)
        for mode, name, text in (
            (MONTH, "calendarShowMonth", self.tr("Month")),
            (WEEK, "calendarShowWeek", self.tr("Week")),
            (AGENDA, "calendarShowAgenda", self.tr("Agenda")),
        ):
            button = self._button(name, text)
            button.setCheckable(True)
            button.setChecked(mode == MONTH)
            self.view_buttons.addButton(button, mode)
            views.addWidget(button)
        self.new_button = self._button("eventNew", self.tr("New event…"))
        self.edit_button = self._button("eventEdit", self.tr("Edit…"))
        self.skip_button = self._button(
            "eventSkip",
            self.tr("Skip this one"),
            self.tr("Leave this occurrence out of its series"),
        )
        self.delete_button = self._button("eventDelete", self.tr("Delete…"))
        self.checkin_button = self._button("eventCheckIn", self.tr("Attendance…"))
        self.export_button = self._button(
            "calendarExport",
            self.tr("Export .ics…"),
            self.tr("The visible range of the chosen group"),
        )
        self.import_button = self._button("calendarImport", self.tr("Import .ics…"))
        top = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addWidget(self.title, 1)
        top.addLayout(views)
        actions = QHBoxLayout()
        for widget in (
            self.new_button,
            self.edit_button,
            self.skip_button,
            self.delete_button,
            self.checkin_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
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
        self.details = QLabel(self)
        self.details.setObjectName("calendarDetails")
        self.details.setWordWrap(True)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self._legend())
        layout.addWidget(self.details)

    def _legend(self) -> QWidget:
        legend = QLabel(self)
        legend.setObjectName("calendarLegend")
        chips = [
            f'<span style="color:{type_colour(code).name()}">■</span> '
            f"{type_icon(code)} {label_for(EventType, code)}"
            for code in codes(EventType)
        ]
        chips.append(
            '<span style="color:#fdecea;background:#fdecea">■■</span> ' + self.tr("public holiday")
        )
        chips.append(
            '<span style="color:#eef3fb;background:#eef3fb">■■</span> '
            + self.tr("adjusted working day")
        )
        legend.setText(" &nbsp; ".join(chips))
        legend.setWordWrap(True)
        return legend

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
        self.export_button.clicked.connect(self._on_export)
        self.import_button.clicked.connect(self._on_import)

    # ---- public -------------------------------------------------------------------------

    def set_database(self, database: Database) -> None:
        """Point the tab at another database."""
        self.database = database
        self.current = None
        self.reload()

    def set_scope(self, scope: Scope) -> None:
        """Follow the toolbar's group (the month shown stays under the owner's control)."""
        self.scope = scope
        self.reload()

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

    def reload(self) -> None:
        """Expand the visible range and show it."""
        first, last = self.visible_range()
        self._update_title(first, last)
        if self.database is None:
            self.visible = []
        else:
            group = self.scope.group_id if self.scope else None
            self.visible = events.occurrences(self.database, first, last, group)
        by_day: dict[dt.date, list[Occurrence]] = {}
        for occ in self.visible:
            by_day.setdefault(occ.start.date(), []).append(occ)
        conflicts = events.find_conflicts(self.visible)
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

    def _update_title(self, first: dt.date, last: dt.date) -> None:
        locale = QLocale()
        if self.mode == WEEK:
            text = self.tr("Week of %1").replace(
                "%1",
                locale.toString(
                    QDate(first.year, first.month, first.day), QLocale.FormatType.ShortFormat
                ),
            )
        else:
            text = locale.toString(QDate(self.anchor.year, self.anchor.month, 1), "MMMM yyyy")
        self.title.setText(text)

    def _fill_agenda(self, conflicts: set[tuple[int, str]]) -> None:
        assert self.database is not None or not self.visible
        model = self.agenda_model
        if self.database is not None:
            model.group_names = dict(self.database.conn.execute("SELECT id, name FROM groups"))
            hosts = {o.host_id for o in self.visible if o.host_id is not None}
            model.member_names = dict(
                self.database.conn.execute(
                    "SELECT id, name FROM members WHERE id IN (SELECT value FROM json_each(?))",
                    ("[" + ",".join(map(str, hosts)) + "]",),
                )
            )
        model.conflicts = conflicts
        model.set_rows(self.visible)

    def _update_buttons(self) -> None:
        has_db = self.database is not None
        occ = self.current
        for button in (self.edit_button, self.delete_button, self.checkin_button):
            button.setEnabled(occ is not None)
        self.skip_button.setEnabled(occ is not None and occ.recurring)
        for button in (self.new_button, self.export_button, self.import_button):
            button.setEnabled(has_db)
        self._update_details()

    def _update_details(self) -> None:
        occ = self.current
        if occ is None or self.database is None:
            self.details.setText(self.tr("Click an event to select it; drag it to move it."))
            return
        counts = attendance.counts(self.database, occ.event_id, occ.start)
        room = f" / {occ.capacity}" if occ.capacity is not None else ""
        text = self.tr("%1 · %2 · %3 signed up, %4 attended%5")
        for n, value in enumerate(
            (
                occ.title,
                f"{occ.start:%Y-%m-%d %H:%M}",
                str(counts.signed_up),
                str(counts.attended),
                room,
            ),
            start=1,
        ):
            text = text.replace(f"%{n}", value)
        if occ.key in self.month.conflicts:
            text += " · " + self.tr("⚠ the host has another event at that time")
        self.details.setText(text)

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

    def execute(self, text: str, ids: set[int], action: object) -> EventCommand | None:
        """Run an edit as an undoable command; a refused edit is shown and not pushed."""
        command = EventCommand(self, text, ids, action)  # type: ignore[arg-type]
        try:
            command.run()
        except ValidationError as exc:
            QMessageBox.warning(
                self, text, self.tr("%1\nNothing was changed.").replace("%1", exc.message)
            )
            return None
        self.undo_stack.push(command)
        return command

    def command_done(self) -> None:
        """Reload after an edit, an undo or a redo."""
        self.reload()

    def command_failed(self, text: str, error: Exception) -> None:
        """Tell the owner an undo or redo could not be applied."""
        QMessageBox.warning(self, text, str(error))

    def move_occurrence(self, occurrence: Occurrence, day: dt.date) -> None:
        """Move one occurrence (dragged chip) to another day, keeping its time."""
        if self.database is None:
            return
        db = self.database
        ids = {occurrence.event_id} | ({occurrence.series_id} if occurrence.series_id else set())
        done = self.execute(
            self.tr("Move event"), ids, lambda: events.move_occurrence(db, occurrence, day)
        )
        if done is not None:
            self.current = None
            self.reload()

    def _choices(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        assert self.database is not None
        conn = self.database.conn
        groups = [(g, n) for g, n in conn.execute("SELECT id, name FROM groups ORDER BY id")]
        group = self.scope.group_id if self.scope else None
        hosts = [
            (m, n)
            for m, n in conn.execute(
                """SELECT DISTINCT m.id, m.name FROM members m JOIN memberships s
                   ON s.member_id = m.id JOIN role_history r ON r.membership_id = s.id
                   WHERE r.until IS NULL AND r.role NOT IN ('follower')
                   AND (? IS NULL OR s.group_id = ?) ORDER BY m.name""",
                (group, group),
            )
        ]
        return groups, hosts

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
                parts = events.rule_parts(event.rrule or "")
                cut = events.rule_until(parts, occ.original_start)
                draft = replace(event.draft(), rrule=events.join_rule(cut))
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
        self.execute(
            self.tr("Delete event"), {occ.event_id}, lambda: events.delete_event(db, occ.event_id)
        )
        self.current = None
        self.reload()

    def _on_check_in(self) -> None:
        occ, db = self.current, self.database
        if occ is None or db is None:
            return
        wanted = AttendanceDialog.ask(self, db, occ, self.today())
        if wanted is None:
            return
        if occ.capacity is not None and len(wanted) > occ.capacity:
            QMessageBox.warning(
                self,
                self.tr("Attendance"),
                self.tr("More people than the capacity (%1).").replace("%1", str(occ.capacity)),
            )
        start = occ.start
        self.execute(
            self.tr("Attendance"),
            {occ.event_id},
            lambda: attendance.set_attendance(db, occ.event_id, start, wanted),
        )

    def _on_export(self) -> None:
        if self.database is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), "qundesk.ics", self.tr("iCalendar (*.ics)")
        )
        if not path:
            return
        first, last = self.visible_range()
        group = self.scope.group_id if self.scope else None
        data = ics.export_ics(self.database, group_id=group, start=first, end=last)
        Path(path).write_bytes(data)

    def _on_import(self) -> None:
        if self.database is None:
            return
        group = self.scope.group_id if self.scope else None
        if group is None:
            QMessageBox.information(
                self, self.tr("Import calendar"), self.tr("Choose a group in the toolbar first.")
            )
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import calendar"), "", self.tr("iCalendar (*.ics)")
        )
        if not path:
            return
        try:
            result = ics.import_ics(self.database, Path(path).read_bytes(), group)
        except (QunDeskError, OSError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Import calendar"),
                self.tr("%1\nNothing was imported.").replace("%1", str(exc)),
            )
            return
        self.undo_stack.clear()  # an import is not undoable; older commands may not apply
        QMessageBox.information(
            self,
            self.tr("Import calendar"),
            self.tr("%1 events and %2 series imported.")
            .replace("%1", str(result.events))
            .replace("%2", str(result.series)),
        )
        self.reload()
