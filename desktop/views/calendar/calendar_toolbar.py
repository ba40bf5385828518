"""The Calendar tab's two button rows (navigation, views, actions) and its colour legend."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import EventType, codes
from desktop.views.calendar.calendar_commands import type_colour, type_icon
from desktop.views.common import theme
from desktop.views.common.labels import label_for

MONTH, WEEK, AGENDA = range(3)


class CalendarToolbar(QWidget):
    """Previous / today / next, the title, month-week-agenda toggles and the action buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarToolbar")
        self._build_ui()

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
        self._build_actions()
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
            self.signup_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        for widget in (
            self.report_button,
            self.activity_button,
            self.export_button,
            self.import_button,
        ):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(actions)

    def _build_actions(self) -> None:
        self.new_button = self._button("eventNew", self.tr("New event…"))
        self.edit_button = self._button("eventEdit", self.tr("Edit…"))
        self.skip_button = self._button(
            "eventSkip",
            self.tr("Skip this one"),
            self.tr("Leave this occurrence out of its series"),
        )
        self.delete_button = self._button("eventDelete", self.tr("Delete…"))
        self.checkin_button = self._button("eventCheckIn", self.tr("Attendance…"))
        self.signup_button = self._button(
            "eventSignupText",
            self.tr("接龙…"),
            self.tr("A 接龙 for this occurrence to post in the chat (time, place, spots, fee)"),
        )
        self.report_button = self._button(
            "calendarReport",
            self.tr("Attendance report…"),
            self.tr("Who came to how much, over the toolbar's dates"),
        )
        self.activity_button = self._button(
            "calendarActivity",
            self.tr("Daily activity…"),
            self.tr("Messages, active members, joins and leaves per day"),
        )
        self.export_button = self._button(
            "calendarExport",
            self.tr("Export .ics…"),
            self.tr("The visible range of the chosen group"),
        )
        self.import_button = self._button("calendarImport", self.tr("Import .ics…"))

    def show_title(self, mode: int, anchor: dt.date, first: dt.date) -> None:
        """Title the view: the month of `anchor`, or the week starting on `first`."""
        locale = QLocale()
        if mode == WEEK:
            day = QDate(first.year, first.month, first.day)
            text = self.tr("Week of %1").replace(
                "%1", locale.toString(day, QLocale.FormatType.ShortFormat)
            )
        else:
            text = locale.toString(QDate(anchor.year, anchor.month, 1), "MMMM yyyy")
        self.title.setText(text)


def legend(parent: QWidget) -> QLabel:
    """A wrapped line of every event type's colour and glyph, and the day markings."""
    label = QLabel(parent)
    label.setObjectName("calendarLegend")
    chips = [
        (type_colour(code).name(), "■", f"{type_icon(code)} {label_for(EventType, code)}")
        for code in codes(EventType)
    ]
    days = theme.calendar_colours(parent.palette())  # the grid's own day colours
    chips.append(
        (
            days.holiday_fill.name(),
            "■■",
            QCoreApplication.translate("CalendarTab", "public holiday"),
        )
    )
    chips.append(
        (
            days.workday_fill.name(),
            "■■",
            QCoreApplication.translate("CalendarTab", "adjusted working day"),
        )
    )
    # Non-breaking inside a chip, so lines wrap only between chips.
    label.setText(
        " &nbsp; ".join(
            f'<span style="color:{colour};background:{colour if len(mark) > 1 else "none"}">'
            f"{mark}</span>&nbsp;{html.escape(text).replace(' ', '&nbsp;')}"
            for colour, mark, text in chips
        )
    )
    label.setWordWrap(True)
    return label
