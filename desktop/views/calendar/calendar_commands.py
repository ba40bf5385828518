"""Qt side of the Calendar tab: type colours and icons, the agenda model, undoable edits."""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.models.calendar import events
from desktop.models.calendar.occurrences import Occurrence
from desktop.models.core.codes import EventType
from desktop.models.storage import trash
from desktop.models.storage.db import Database
from desktop.views.common.labels import label_for
from desktop.views.common.theme import calendar_colours
from desktop.views.common.undo import DataCommand
from desktop.views.groups.group_item_models import RowTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole

# One colour and one glyph per type; the glyph keeps types apart for colour-blind owners.
TYPE_COLOURS: dict[str, str] = {
    EventType.LECTURE: "#1e88e5",
    EventType.SALON: "#8e24aa",
    EventType.QA: "#00897b",
    EventType.CHECKIN: "#f4511e",
    EventType.CONTENT: "#7cb342",
    EventType.WELCOME: "#fbc02d",
    EventType.AUCTION: "#6d4c41",
    EventType.CROWDFUNDING: "#d81b60",
    EventType.OTHER: "#757575",
}
TYPE_ICONS: dict[str, str] = {
    EventType.LECTURE: "▶",
    EventType.SALON: "◆",
    EventType.QA: "?",
    EventType.CHECKIN: "✓",
    EventType.CONTENT: "✎",
    EventType.WELCOME: "★",
    EventType.AUCTION: "¥",
    EventType.CROWDFUNDING: "♥",
    EventType.OTHER: "•",
}


# The owner's own event types take one of these, the same one every time for a code.
FALLBACK_COLOURS = ("#3949ab", "#00acc1", "#c0ca33", "#fb8c00", "#5e35b1", "#43a047")


def type_colour(code: str) -> QColor:
    """The chip colour of an event type (one of FALLBACK_COLOURS for the owner's own)."""
    found = TYPE_COLOURS.get(code)
    if found is None:
        found = FALLBACK_COLOURS[zlib.crc32(code.encode()) % len(FALLBACK_COLOURS)]
    return QColor(found)


def type_icon(code: str) -> str:
    """The one-character glyph of an event type."""
    return TYPE_ICONS.get(code, TYPE_ICONS[EventType.OTHER])


class AgendaModel(RowTableModel):
    """One row per occurrence in the visible range: when, title, type, group, host, place."""

    WHEN, TITLE, TYPE, GROUP, HOST, PLACE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.group_names: dict[int, str] = {}
        self.member_names: dict[int, str] = {}
        self.conflicts: set[tuple[int, str]] = set()

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [
            self.tr("When"),
            self.tr("Title"),
            self.tr("Type"),
            self.tr("Group"),
            self.tr("Host"),
            self.tr("Place or link"),
        ]

    def cell(self, row: Occurrence, column: int, role: int) -> Any:
        """Display text, native sort values, type colour and conflict warning."""
        if role == _DISPLAY:
            return self._display(row, column)
        if role == self.SortRole:
            if column == self.WHEN:
                return row.start
            return self._display(row, column)
        return self._decoration(row, column, role)

    def _decoration(self, row: Occurrence, column: int, role: int) -> Any:
        clash = row.key in self.conflicts
        if role == Qt.ItemDataRole.DecorationRole and column == self.TYPE:
            return type_colour(row.type)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.HOST and clash:
            return calendar_colours().warning_text  # readable in light and dark
        if role == Qt.ItemDataRole.ToolTipRole and clash:
            return self.tr("The host has another event at the same time.")
        return None

    def _display(self, row: Occurrence, column: int) -> str:
        if column == self.WHEN:
            end = row.end.strftime("%H:%M")
            if row.end.date() != row.start.date():
                end = row.end.strftime("%m-%d %H:%M")
            return f"{row.start:%Y-%m-%d %H:%M}–{end}"
        if column == self.TITLE:
            return row.title
        if column == self.TYPE:
            return f"{type_icon(row.type)} {label_for(EventType, row.type)}"
        if column == self.GROUP:
            return self.group_names.get(row.group_id, "")
        if column == self.HOST:
            name = self.member_names.get(row.host_id, "") if row.host_id else ""
            return f"⚠ {name}" if row.key in self.conflicts else name
        return row.location


class CommandHost(Protocol):
    """What the Calendar tab offers its commands."""

    database: Database | None

    def command_done(self) -> None:
        """Reload after a command ran or was undone."""
        ...

    def command_failed(self, text: str, error: Exception) -> None:
        """Tell the owner an undo or redo could not be applied."""
        ...


# What an edit of events writes: the events, their skipped dates and their attendance.
EVENT_TABLES = frozenset({"events", "event_exdates", "attendance"})
ATTENDANCE_TABLES = frozenset({"attendance"})  # a check-in changes only who came


class CalendarCommand(DataCommand):
    """An edit on the Calendar tab: it names the events it touched; the tab refreshes."""

    def __init__(self, host: CommandHost, text: str) -> None:
        super().__init__(text)
        self._host = host

    def event_ids(self) -> frozenset[int]:
        """The events it touched."""
        raise NotImplementedError

    def changed_ids(self) -> dict[str, frozenset[int]]:
        """The events it touched, by their ids now."""
        return {"events": self.event_ids()}

    def origin(self) -> object | None:
        """The Calendar tab (it refreshes itself)."""
        return self._host

    def failed(self, error: Exception) -> None:
        """Report a redo or undo the data layer refused."""
        self._host.command_failed(self.text(), error)

    def finished(self, *, undone: bool) -> None:
        """Reload what the tab shows."""
        self._host.command_done()

    def _database(self) -> Database:
        database = self._host.database
        assert database is not None
        return database


class EventCommand(CalendarCommand):
    """An edit of some events, undone by putting back the rows as they were.

    The rows of the touched events (with edited occurrences, skipped dates, attendance)
    are saved before and after the edit, so undo and redo restore the same ids.
    """

    def __init__(
        self,
        host: CommandHost,
        text: str,
        ids: set[int],
        action: Callable[[], int | None],
        tables: frozenset[str] = EVENT_TABLES,
    ) -> None:
        super().__init__(host, text)
        self.tables = tables
        self._ids = set(ids)
        self._action = action
        self._before: events.Snapshot | None = None
        self._after: events.Snapshot | None = None
        self.result: int | None = None

    def event_ids(self) -> frozenset[int]:
        """The events before and after the edit (a new one, a split series)."""
        before = self._before.ids if self._before is not None else frozenset()
        after = self._after.ids if self._after is not None else frozenset()
        return frozenset(self._ids) | before | after

    def do(self) -> None:
        """Apply the edit the first time (saving the rows around it), then put back its rows."""
        database = self._database()
        if self._before is None or self._after is None:
            self._before = events.snapshot(database, self._ids)
            self.result = self._action()
            touched = self._ids | ({self.result} if self.result is not None else set())
            self._after = events.snapshot(database, touched)
        else:
            events.restore(database, self._before.ids | self._after.ids, self._after)

    def revert(self) -> None:
        """Put the rows back as they were before the edit."""
        assert self._before is not None and self._after is not None
        events.restore(self._database(), self._after.ids | self._before.ids, self._before)


class DeleteEventCommand(CalendarCommand):
    """Delete an event into the trash; undo takes it back out, redo deletes it again."""

    # a deleted event takes its dates and attendance along and unlinks its revenue
    tables = EVENT_TABLES | {"revenue"}

    def __init__(self, host: CommandHost, text: str, event_id: int) -> None:
        super().__init__(host, text)
        self.event_id = event_id
        self.trash_id: int | None = None

    def event_ids(self) -> frozenset[int]:
        """The deleted event."""
        return frozenset({self.event_id})

    def do(self) -> None:
        """Delete the event (ValidationError when it is gone; nothing written)."""
        database = self._database()
        event_id = self.event_id
        _none, self.trash_id = trash.capture(
            database, lambda: events.delete_event(database, event_id)
        )

    def revert(self) -> None:
        """Take the event back out of the trash (refused if restored or purged there)."""
        if self.trash_id is None:
            return
        restored = trash.restore_from_trash(self._database(), self.trash_id)
        self.event_id = restored.ids.get(self.event_id, self.event_id)
        self.trash_id = None


def translate(text: str) -> str:
    """A string of this module's context, translated."""
    return QCoreApplication.translate("Calendar", text)


def day_range(first: dt.date, days: int) -> list[dt.date]:
    """`days` consecutive dates from `first`."""
    return [first + dt.timedelta(days=n) for n in range(days)]
