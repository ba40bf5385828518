"""Daily activity log of a group: an editable grid of days, undoable edits, CSV/xlsx import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.errors import ValidationError
from desktop.models.core.scope import Scope
from desktop.models.groups import activity_log
from desktop.models.groups.activity_log import FIELDS, DayActivity
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.db import Database
from desktop.views.common.commands import runner_for
from desktop.views.common.field_labels import error_text, field_label
from desktop.views.common.formatting import format_date, parse_count
from desktop.views.common.undo import DataCommand

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_UNRECORDED = QColor("#f4f4f4")
RECENT_DAYS = 14


class ActivityHost(Protocol):
    """What an activity edit needs from the screen that made it."""

    database: Database

    def edit_done(self, error: str | None = None) -> None:
        """Reload after an edit, its undo or redo (with the error, when one failed)."""
        ...


class ActivityCommand(DataCommand):
    """Figures of some days of one group replaced; undo puts back (or forgets) the old ones."""

    tables = frozenset({"activity_daily"})

    def __init__(
        self,
        host: ActivityHost,
        text: str,
        group_id: int,
        before: dict[dt.date, DayActivity | None],
        after: list[DayActivity],
    ) -> None:
        super().__init__(text)
        self._host = host
        self._group = group_id
        self._before = before
        self._after = after
        self._error: str | None = None

    def changed_ids(self) -> dict[str, frozenset[int]]:
        """The group whose days changed (a day's figures have no id of their own)."""
        return {"groups": frozenset({self._group})}

    def origin(self) -> object | None:
        """The log it was made in (it refreshes itself)."""
        return self._host

    def do(self) -> None:
        """Write the new figures."""
        activity_log.replace_days(self._host.database, self._group, self._after)

    def revert(self) -> None:
        """Put back the figures as they were, forgetting days that had none."""
        put = [entry for entry in self._before.values() if entry is not None]
        gone = [day for day, entry in self._before.items() if entry is None]
        activity_log.replace_days(self._host.database, self._group, put, gone)

    def failed(self, error: Exception) -> None:
        """Keep the reason a redo or undo was refused, for the log to show."""
        self._error = error_text(error)

    def finished(self, *, undone: bool) -> None:
        """Reload the log (showing why, when the redo or undo was refused)."""
        error, self._error = self._error, None
        self._host.edit_done(error)


class ActivityModel(QAbstractTableModel):
    """One row per day, newest first: messages, active members, joined, left (editable)."""

    DAY, MESSAGES, ACTIVE, JOINED, LEFT = range(5)
    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    editRequested = Signal(object, object)  # the day's figures before (or None) and after
    editRefused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._days: list[dt.date] = []
        self._entries: dict[dt.date, DayActivity] = {}

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [
            self.tr("Day"),
            self.tr("Messages"),
            self.tr("Active members"),
            self.tr("New members"),
            self.tr("Left"),
        ]

    def set_days(self, days: list[dt.date], entries: list[DayActivity]) -> None:
        """Show these days (in this order) with the recorded figures."""
        if days == self._days:
            # Same rows: a change, not a reset, so an open editor (the one that made the
            # edit) stays valid while the view closes it.
            self._entries = {e.day: e for e in entries}
            if days:
                self.dataChanged.emit(self.index(0, 0), self.index(len(days) - 1, 4))
            return
        self.beginResetModel()
        self._days = list(days)
        self._entries = {e.day: e for e in entries}
        self.endResetModel()

    def entry(self, day: dt.date) -> DayActivity | None:
        """The recorded figures of a day, None when nothing was entered."""
        return self._entries.get(day)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Days under the invisible root; none under a row."""
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The day and four figures."""
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles; rows have none."""
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < 5:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Figures are editable; the day is not."""
        base = super().flags(index)
        if index.isValid() and index.column() != self.DAY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """The day, the figures ("" when not entered), native values and the row's figures."""
        if not index.isValid() or not 0 <= index.row() < len(self._days):
            return None
        day = self._days[index.row()]
        entry = self._entries.get(day)
        if role == self.RowRole:
            return entry or DayActivity(day)
        if index.column() == self.DAY:
            return self._day_data(day, role)
        return self._figure_data(day, entry, index.column(), role)

    def _day_data(self, day: dt.date, role: int) -> Any:
        if role == _DISPLAY:
            name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            return f"{format_date(day)} {name}"
        return day if role == self.SortRole else None

    def _figure_data(self, day: dt.date, entry: DayActivity | None, column: int, role: int) -> Any:
        value = getattr(entry or DayActivity(day), FIELDS[column - 1])
        if role == _DISPLAY:
            return str(value) if entry is not None else ""
        if role in (_EDIT, self.SortRole):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and entry is None:
            return _UNRECORDED
        return None

    def field_label(self, field: str) -> str:
        """The column title of a data-layer field name ("messages" → "Messages")."""
        if field in FIELDS:
            return self.headers()[FIELDS.index(field) + 1]
        if field == "file":
            return self.tr("File")
        return self.headers()[self.DAY] if field in ("day", "date") else field_label(field)

    def setData(self, index: Index, value: Any, role: int = _EDIT) -> bool:
        """Check a typed figure and ask for it to be saved; refuse (with why) when invalid."""
        if role != _EDIT or not index.isValid() or index.column() == self.DAY:
            return False
        day = self._days[index.row()]
        field = FIELDS[index.column() - 1]
        try:
            number = value if isinstance(value, int) else parse_count(str(value))
        except ValueError:
            number = -1
        if number < 0 or isinstance(number, bool):
            message = self.tr("%1, %2: “%3” is not a whole number of 0 or more.")
            message = (
                message.replace("%1", format_date(day))
                .replace("%2", self.headers()[index.column()])
                .replace("%3", str(value))
            )
            self.editRefused.emit(message)
            return False
        before = self._entries.get(day)
        figures: dict[str, Any] = {field: number}
        after = replace(before or DayActivity(day), **figures)
        if after == before:
            return True
        self.editRequested.emit(before, after)
        return True


class ActivityLogDialog(QDialog):
    """The daily log of one group over the toolbar's dates (or the last two weeks)."""

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        scope: Scope,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityLog")
        self.setWindowTitle(self.tr("Daily activity log"))
        self.database = database
        self.undo_stack = undo_stack
        self.scope = scope
        self.today = today
        self._build_ui()
        self._fill_groups()
        self._connect_signals()
        self.reload()
        self.resize(720, 640)

    def _build_ui(self) -> None:
        self.group = QComboBox(self)
        self.group.setObjectName("activityGroup")
        self.recent = QCheckBox(self.tr("Only the last 14 days"), self)
        self.recent.setObjectName("activityRecent")
        self.range_label = QLabel(self)
        self.range_label.setObjectName("activityRange")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group:"), self))
        top.addWidget(self.group)
        top.addWidget(self.range_label, 1)
        top.addWidget(self.recent)
        self.model = ActivityModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("activityTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self)
        self.hint.setObjectName("activityHint")
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("activityError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.import_button = QPushButton(self.tr("Import CSV/Excel…"), self)
        self.import_button.setObjectName("activityImport")
        self.import_button.setToolTip(
            self.tr("Rows of date, messages, active members, new members, left")
        )
        self.speakers_button = QPushButton(self.tr("Chat speakers…"), self)
        self.speakers_button.setObjectName("activitySpeakers")
        self.speakers_button.setToolTip(self.tr("Link people from imported chats to members"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.speakers_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _connect_signals(self) -> None:
        self.group.currentIndexChanged.connect(lambda _n: self.reload())
        self.recent.toggled.connect(lambda _on: self.reload())
        self.model.editRequested.connect(self._on_edit)
        self.model.editRefused.connect(self._show_error)
        self.import_button.clicked.connect(self._on_import)
        self.speakers_button.clicked.connect(self.open_speakers)

    def _fill_groups(self) -> None:
        self.group.blockSignals(True)
        for ref in list_group_refs(self.database):
            self.group.addItem(ref.name, ref.id)
        self._pick_scope_group()
        self.group.blockSignals(False)

    def _pick_scope_group(self) -> None:
        found = self.group.findData(self.scope.group_id) if self.scope.group_id else -1
        if found >= 0:
            self.group.setCurrentIndex(found)

    # ---- public -------------------------------------------------------------------------

    def group_id(self) -> int | None:
        """The group whose log is shown."""
        value = self.group.currentData()
        return int(value) if value is not None else None

    def days(self) -> tuple[dt.date, dt.date]:
        """First and last day shown: the toolbar's dates up to today, or the last 14 days."""
        last = min(self.scope.end, self.today)
        if self.recent.isChecked() or last < self.scope.start:
            last = self.today
            return last - dt.timedelta(days=RECENT_DAYS - 1), last
        return self.scope.start, last

    def set_scope(self, scope: Scope) -> None:
        """Follow the toolbar: its group (when one is chosen) and its dates."""
        self.scope = scope
        self.group.blockSignals(True)
        self._pick_scope_group()
        self.group.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Read the shown days' figures again."""
        first, last = self.days()
        self.range_label.setText(f"{format_date(first)} – {format_date(last)}")
        group = self.group_id()
        count = (last - first).days + 1
        days = [last - dt.timedelta(days=n) for n in range(count)]
        entries = [] if group is None else activity_log.activity(self.database, group, first, last)
        self.model.set_days(days, entries)
        self.hint.setText(
            self.tr(
                "%1 of %2 days entered. Double-click a figure to change it; grey days have "
                "nothing entered yet. Ctrl+Z undoes an edit."
            )
            .replace("%1", str(len(entries)))
            .replace("%2", str(count))
        )

    def edit_done(self, error: str | None = None) -> None:
        """Reload after an edit, an undo or a redo."""
        self.reload()
        self._show_error(error or "")

    # ---- handlers -----------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        if message:
            message += " " + self.tr("Nothing was changed.")
        self.error.setText(message)

    def _show_refusal(self, exc: ValidationError) -> None:
        where = self.tr("Row %1, ").replace("%1", str(exc.row)) if exc.row else ""
        label = self.model.field_label(exc.field)
        what = self.tr("%1: %2").replace("%1", label).replace("%2", exc.message)
        self._show_error(where + (what if label else exc.message))

    def _run(
        self, text: str, before: dict[dt.date, DayActivity | None], after: list[DayActivity]
    ) -> bool:
        group = self.group_id()
        if group is None:
            return False
        command = ActivityCommand(self, text, group, before, after)
        refused = runner_for(self.undo_stack).attempt(command)
        if refused is not None:
            self._show_refusal(refused)
            return False
        self.edit_done()
        return True

    def _on_edit(self, before: DayActivity | None, after: DayActivity) -> None:
        self._run(self.tr("Edit daily activity"), {after.day: before}, [after])

    def import_bytes(self, data: bytes) -> bool:
        """Add or replace days from CSV bytes (date + numbers), as one undoable edit."""
        return self._import(lambda: activity_log.parse_csv(data))

    def import_file(self, path: str | Path) -> bool:
        """Add or replace days from an .xlsx or .csv file, as one undoable edit."""
        return self._import(lambda: activity_log.parse_file(path))

    def _import(self, parse: Callable[[], list[DayActivity]]) -> bool:
        group = self.group_id()
        if group is None:
            return False
        try:
            rows = parse()
        except ValidationError as exc:
            self._show_refusal(exc)
            return False
        if not rows:
            self._show_error(self.tr("The file holds no dated rows."))
            return False
        low, high = min(r.day for r in rows), max(r.day for r in rows)
        old = {e.day: e for e in activity_log.activity(self.database, group, low, high)}
        before = {r.day: old.get(r.day) for r in rows}
        return self._run(self.tr("Import daily activity"), before, rows)

    def open_speakers(self) -> QDialog | None:
        """The group's unlinked chat speakers, to link to members."""
        from desktop.views.exchange.chat_speakers_dialog import ChatSpeakersDialog

        group = self.group_id()
        if group is None:
            return None
        dialog = ChatSpeakersDialog(self.database, self.undo_stack, group, self)
        dialog.open()
        return dialog

    def _on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import daily activity"),
            "",
            self.tr(
                "Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;Excel (*.xlsx *.xlsm);;CSV (*.csv *.txt)"
            ),
        )
        if path:
            self.import_file(path)
