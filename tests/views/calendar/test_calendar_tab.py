"""The Calendar tab on the demo data: chips per day, navigation, drag with undo, check-in."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from dateutil.rrule import rrulestr
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.models.calendar import attendance, events
from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.storage.db import Database
from desktop.views.calendar.attendance_dialog import AttendanceDialog
from desktop.views.calendar.calendar_grid import chip_colours
from desktop.views.calendar.calendar_tab import CalendarTab
from desktop.views.calendar.event_dialog import EventDialog

TODAY = dt.date(2026, 11, 23)
FMT = "%Y-%m-%dT%H:%M:%S"
_CHIP_MIDDLE = 9  # a row through the middle of an 18-pixel chip


def expected_per_day(db: Database, first: dt.date, last: dt.date) -> dict[dt.date, int]:
    """Occurrences per day computed straight from the tables, without the events module."""
    counts: dict[dt.date, int] = {}
    low, high = dt.datetime.combine(first, dt.time()), dt.datetime.combine(last, dt.time(23, 59))
    for start, rule, eid in db.conn.execute("SELECT starts_at, rrule, id FROM events"):
        begin = dt.datetime.strptime(start, FMT)
        if rule is None:
            starts = [begin] if low <= begin <= high else []
        else:
            gone = {
                r[0]
                for r in db.conn.execute(
                    "SELECT occurrence_start FROM event_exdates WHERE event_id = ? UNION "
                    "SELECT recurrence_start FROM events WHERE series_id = ?",
                    (eid, eid),
                )
            }
            starts = [
                w
                for w in rrulestr(rule, dtstart=begin).between(low, high, inc=True)
                if w.strftime(FMT) not in gone
            ]
        for when in starts:
            counts[when.date()] = counts.get(when.date(), 0) + 1
    return counts


@pytest.fixture
def tab(qtbot: QtBot, demo_db: Database) -> CalendarTab:
    demo_db.clock = FixedClock(TODAY)
    widget = CalendarTab(QUndoStack(), clock=demo_db.clock)
    qtbot.addWidget(widget)
    widget.set_database(demo_db)
    widget.set_scope(Scope(None, dt.date(2026, 11, 1), TODAY))
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_month_view_shows_the_right_chips_per_day(tab: CalendarTab, demo_db: Database) -> None:
    tab.go_to(dt.date(2026, 10, 15))
    first, last = tab.visible_range()
    assert (first, last) == (dt.date(2026, 9, 28), dt.date(2026, 11, 8))
    expected = expected_per_day(demo_db, first, last)
    shown = {d: len(tab.month.occurrences_on(d)) for d in tab.month.days()}
    assert {d: n for d, n in shown.items() if n} == expected
    assert sum(expected.values()) > 60
    tab.month.repaint()
    assert len(tab.month.chip_rects()) > 0
    # holidays and adjusted working days are marked (国庆节, and 10 Oct 2026 is worked)
    assert dt.date(2026, 10, 1) in tab.month.holidays
    assert dt.date(2026, 10, 10) in tab.month.workdays


def test_navigation_and_group_filter(qtbot: QtBot, tab: CalendarTab, demo_db: Database) -> None:
    tab.go_to(TODAY)
    qtbot.mouseClick(tab.findChild(QPushButton, "calendarNext"), Qt.MouseButton.LeftButton)
    assert tab.anchor.month == 12
    qtbot.mouseClick(tab.findChild(QPushButton, "calendarPrev"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.findChild(QPushButton, "calendarPrev"), Qt.MouseButton.LeftButton)
    assert tab.anchor.month == 10
    qtbot.mouseClick(tab.findChild(QPushButton, "calendarToday"), Qt.MouseButton.LeftButton)
    assert tab.anchor == TODAY
    everyone = len(tab.visible)
    tab.set_scope(Scope(2, dt.date(2026, 11, 1), TODAY))
    assert 0 < len(tab.visible) < everyone and {o.group_id for o in tab.visible} == {2}
    tab.set_mode(1)
    assert tab.stack.currentWidget().objectName() == "calendarWeek"
    assert all(o.start.date().isocalendar()[1] == TODAY.isocalendar()[1] for o in tab.visible)
    tab.set_mode(2)
    assert tab.agenda_model.rowCount() == len(tab.visible) > 0


def test_agenda_model(qtmodeltester: Any, tab: CalendarTab) -> None:
    tab.set_mode(2)
    qtmodeltester.check(tab.agenda_model)


def test_drag_a_chip_to_another_day_and_undo(
    qtbot: QtBot, tab: CalendarTab, demo_db: Database
) -> None:
    tab.go_to(dt.date(2026, 12, 1))
    tab.month.repaint()
    rect, occ = next((r, o) for r, o in tab.month.chip_rects() if o.series_id is None)
    target = occ.start.date() + dt.timedelta(days=1)
    drop = tab.month.cell_rect(target).center()
    qtbot.mousePress(tab.month, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseMove(tab.month, pos=QPoint(rect.center().x() + 30, rect.center().y() + 30))
    qtbot.mouseMove(tab.month, pos=drop)
    qtbot.mouseRelease(tab.month, Qt.MouseButton.LeftButton, pos=drop)
    moved = events.get_event(demo_db, occ.event_id)
    assert moved.starts_at == dt.datetime.combine(target, occ.start.time())
    assert any(o.event_id == occ.event_id for o in tab.month.occurrences_on(target))
    tab.undo_stack.undo()
    assert events.get_event(demo_db, occ.event_id).starts_at == occ.start
    assert any(o.event_id == occ.event_id for o in tab.month.occurrences_on(occ.start.date()))


def test_new_event_through_the_dialog(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tab: CalendarTab, demo_db: Database
) -> None:
    seen: list[Any] = []

    def fake(_parent: Any, _db: Any, _groups: Any, _hosts: Any, draft: Any, **_kw: Any) -> Any:
        seen.append(draft)
        return events.validate(
            demo_db,
            draft.__class__(
                **{
                    **{f: getattr(draft, f) for f in draft.__dataclass_fields__},
                    "title": "新年读书会",
                    "rrule": "FREQ=WEEKLY;BYDAY=SA;COUNT=3",
                }
            ),
        )

    monkeypatch.setattr(EventDialog, "ask", classmethod(lambda cls, *a, **k: fake(*a, **k)))
    before = demo_db.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    qtbot.mouseClick(tab.findChild(QPushButton, "eventNew"), Qt.MouseButton.LeftButton)
    assert demo_db.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before + 1
    assert sum(o.title == "新年读书会" for o in tab.visible) >= 1
    tab.undo_stack.undo()
    assert demo_db.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_check_in_through_the_dialog(qtbot: QtBot, tab: CalendarTab, demo_db: Database) -> None:
    tab.go_to(dt.date(2026, 10, 1))
    occ = next(o for o in tab.visible if o.title == "VIP年度见面会")
    dialog = AttendanceDialog(demo_db, occ, TODAY)
    qtbot.addWidget(dialog)
    before = set(dialog.checked_ids())
    assert before == {a.member_id for a in attendance.attendees(demo_db, occ.event_id, occ.start)}
    name = demo_db.conn.execute(
        """SELECT m.name FROM members m JOIN memberships s ON s.member_id = m.id
           WHERE s.group_id = ? AND s.left_on IS NULL AND m.id NOT IN
           (SELECT member_id FROM attendance WHERE event_id = ?)
           AND (SELECT count(*) FROM members x WHERE x.name = m.name) = 1 LIMIT 1""",
        (occ.group_id, occ.event_id),
    ).fetchone()[0]
    already = attendance.attendees(demo_db, occ.event_id, occ.start)[0].name
    dialog.paste.setPlainText(f"#接龙\n1. {name}\n2、{already}(带一位朋友)\n3) 查无此人")
    qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
    text = dialog.preview.text()
    assert name in text and already in text and "查无此人" in text
    assert set(dialog.checked_ids()) == before  # nothing applied before confirming
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    added = set(dialog.checked_ids()) - before
    assert len(added) == 1
    # pinyin search filters the roster
    dialog.search.setText("zzzzzz")
    assert all(i.isHidden() for i in dialog.items())
    dialog.search.setText("")
    wanted, guests = dialog.wanted(), dialog.guests()
    # the one already on the list brings a friend: kept with their row
    assert sum(guests.values()) == 1
    assert dialog.heads() == len(wanted) + 1
    tab.select(occ)
    tab.execute(
        "Attendance",
        {occ.event_id},
        lambda: attendance.set_attendance(demo_db, occ.event_id, occ.start, wanted, guests),
    )
    after = {a.member_id for a in attendance.attendees(demo_db, occ.event_id, occ.start)}
    assert after == before | added
    assert {a.name: a.guests for a in attendance.attendees(demo_db, occ.event_id, occ.start)}[
        already
    ] == 1
    assert str(len(after)) in tab.details.text()
    assert f"1 guest(s), {len(after) + 1} people in all" in tab.details.text()
    tab.undo_stack.undo()
    assert {a.member_id for a in attendance.attendees(demo_db, occ.event_id, occ.start)} == before


def test_full_days_show_what_fits_and_chips_follow_resizes(tab: CalendarTab) -> None:
    tab.go_to(dt.date(2026, 12, 1))
    grid = tab.month
    seen = []
    for size in ((1280, 800), (760, 420), (1280, 800)):  # wide, narrow, wide again
        tab.resize(*size)
        image = grid.grab().toImage()
        drawn: dict[dt.date, int] = {}
        for rect, occ in grid.chip_rects():
            day = occ.start.date()
            drawn[day] = drawn.get(day, 0) + 1
            assert grid.cell_rect(day).contains(rect)
            if occ.key not in grid.conflicts:  # December is after TODAY: full colours
                # the chip's colour reaches its right edge and nothing is drawn just past
                # it, so no chip drawing kept from another width was reused
                y = rect.top() + _CHIP_MIDDLE
                fill, _text = chip_colours(occ.type, past=False, dark=grid.colours.dark)
                assert image.pixel(rect.right(), y) == fill.rgb()
                right = {image.pixel(rect.right() + 2, r) for r in range(rect.top(), rect.bottom())}
                assert right == {image.pixel(rect.right() + 2, rect.top() - 1)}
        # a day shows all its chips, or fewer and "+N more"; hidden chips are not drawn
        assert all(n <= len(grid.occurrences_on(d)) for d, n in drawn.items())
        seen.append((sum(drawn.values()), grid.chip_rects()[0][0].width()))
    (wide, wide_width), (narrow, narrow_width), again = seen
    assert narrow < wide and narrow_width < wide_width and again == (wide, wide_width)
    assert sum(len(grid.occurrences_on(d)) for d in grid.days()) > narrow


def test_the_dialog_offers_only_sign_ups_before_an_occurrence_starts(
    qtbot: QtBot, tab: CalendarTab, demo_db: Database
) -> None:
    tab.go_to(dt.date(2026, 12, 1))
    now = demo_db.clock.now()
    upcoming = next(o for o in tab.visible if o.start > now)
    dialog = AttendanceDialog(demo_db, upcoming, TODAY)
    qtbot.addWidget(dialog)
    offered = [dialog.status.itemData(n) for n in range(dialog.status.count())]
    assert offered == ["signed_up"]
    assert dialog.status.toolTip()
    tab.go_to(dt.date(2026, 10, 1))
    past = next(o for o in tab.visible if o.start <= now)
    held = AttendanceDialog(demo_db, past, TODAY)
    qtbot.addWidget(held)
    assert [held.status.itemData(n) for n in range(held.status.count())] == [
        "attended",
        "signed_up",
    ]
