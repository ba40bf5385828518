"""The line under the Calendar tab's views: the picked event, its counts and any clash."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.models.calendar import attendance
from desktop.models.calendar.occurrences import Occurrence
from desktop.models.storage.db import Database


class CalendarDetails(QLabel):
    """Title, start, sign-ups and check-ins (against capacity) of the selected occurrence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDetails")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def show_occurrence(
        self, database: Database | None, occ: Occurrence | None, *, clash: bool
    ) -> None:
        """Describe an occurrence, or say how to pick one."""
        if occ is None or database is None:
            self.setText(self.tr("Click an event to select it; drag it to move it."))
            return
        counts = attendance.counts(database, occ.event_id, occ.start)
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
        if counts.guests:
            text += " · " + self.tr("%n guest(s), %1 people in all", "", counts.guests).replace(
                "%1", str(counts.heads)
            )
        if counts.over_capacity:
            text += " · " + self.tr("over capacity")
        if clash:
            text += " · " + self.tr("⚠ the host has another event at that time")
        self.setText(text)
