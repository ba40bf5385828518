"""ICS: export parsed back by icalendar gives the same occurrences; a foreign file imports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from desktop.models.calendar import events, ics, occurrences
from desktop.models.core.errors import ValidationError
from desktop.models.storage.db import Database
from tests.models.calendar.event_data import T, draft, make_group
from tests.models.groups.group_data import snapshot

D = dt.date
SH = ZoneInfo("Asia/Shanghai")
FIXTURE = Path(__file__).parents[2] / "fixtures" / "ics" / "other_program.ics"


def _wall(value: dt.datetime) -> dt.datetime:
    """A time of the file as a Shanghai wall-clock time (naive)."""
    return value.astimezone(SH).replace(tzinfo=None)


def _expand(cal: Calendar, low: dt.datetime, high: dt.datetime) -> list[tuple[dt.datetime, str]]:
    """Occurrences from the parsed file alone (RRULE, EXDATE, RECURRENCE-ID), on the wall."""
    low, high = low.replace(tzinfo=SH), high.replace(tzinfo=SH)
    found: list[tuple[dt.datetime, str]] = []
    replaced = {
        (str(c["uid"]), c.decoded("recurrence-id"))
        for c in cal.walk("VEVENT")
        if c.get("recurrence-id")
    }
    for comp in cal.walk("VEVENT"):
        start, title, uid = comp.decoded("dtstart"), str(comp["summary"]), str(comp["uid"])
        if comp.get("rrule") is None:
            if low <= start <= high:
                found.append((_wall(start), title))
            continue
        skipped = {
            d.dt for prop in ([comp["exdate"]] if "exdate" in comp else []) for d in prop.dts
        }
        rule = rrulestr(comp["rrule"].to_ical().decode(), dtstart=start)
        for when in rule.between(low, high, inc=True):
            if when not in skipped and (uid, when) not in replaced:
                found.append((_wall(when), title))
    return sorted(found)


def test_export_parses_back_to_the_same_occurrences(database: Database, tmp_path: Path) -> None:
    group = make_group(database)
    sid = events.create_event(
        database,
        draft(
            group, T(2026, 1, 31, 9), notes="月末复盘", rrule="FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=6"
        ),
    )
    events.skip_occurrence(database, sid, T(2026, 3, 31, 9))
    events.edit_occurrence(
        database, sid, T(2026, 4, 30, 9), draft(group, T(2026, 5, 1, 10), title="顺延")
    )
    events.create_event(
        database, draft(group, T(2026, 2, 14, 14), title="沙龙", type="salon", location="上海")
    )
    data = ics.export_ics(database, group_id=group)
    cal = Calendar.from_ical(data)
    low, high = T(2026, 1, 1), T(2026, 12, 31, 23, 59)
    ours = [
        (o.start, o.title)
        for o in occurrences.occurrences(database, D(2026, 1, 1), D(2026, 12, 31))
    ]
    assert _expand(cal, low, high) == sorted(ours)
    assert len(ours) == 6  # 5 monthly (one skipped, one moved) + the salon
    # and it imports into another database the same way
    second = Database.open(tmp_path / "second.sqlite", clock=database.clock)
    other = make_group(second, "第二个群")
    result = ics.import_ics(second, data, other)
    assert (result.series, result.events, result.skipped_dates, result.edited_occurrences) == (
        1,
        1,
        1,
        1,
    )
    again = [
        (o.start, o.title)
        for o in occurrences.occurrences(second, D(2026, 1, 1), D(2026, 12, 31), other)
    ]
    second.close()
    assert again == ours


def test_import_a_file_written_by_another_program(database: Database) -> None:
    group = make_group(database)
    result = ics.import_ics(
        database, FIXTURE.read_bytes(), group, local_tz=ZoneInfo("Asia/Shanghai")
    )
    assert (result.series, result.events, result.skipped_dates, result.edited_occurrences) == (
        1,
        2,
        1,
        1,
    )
    got = [
        (o.start, o.end, o.title)
        for o in occurrences.occurrences(database, D(2027, 1, 1), D(2027, 3, 1))
    ]
    assert got == [
        (T(2027, 1, 6, 20), T(2027, 1, 6, 21, 30), "共读直播"),
        (T(2027, 1, 13, 20), T(2027, 1, 13, 21, 30), "共读直播"),
        # 20 Jan is an EXDATE; 27 Jan moved to Thursday; UNTIL 3 Feb 12:00Z = 20:00 local
        (T(2027, 1, 28, 20), T(2027, 1, 28, 21, 30), "共读直播（改到周四）"),
        (T(2027, 2, 3, 20), T(2027, 2, 3, 21, 30), "共读直播"),
        (T(2027, 2, 6, 0), T(2027, 2, 6, 23, 59, 59), "除夕停更"),
        (T(2027, 2, 13, 14), T(2027, 2, 13, 17), "城市咖啡沙龙"),  # 06:00Z is 14:00 in Shanghai
    ]
    first = occurrences.occurrences(database, D(2027, 1, 6), D(2027, 1, 6))[0]
    series = events.get_event(database, first.event_id)
    assert series.location == "腾讯会议" and series.notes == "每周三晚8点，\n节假日停一次"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\xff garbage",
        b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ],
)
def test_unreadable_files_write_nothing(database: Database, data: bytes) -> None:
    group = make_group(database)
    before = snapshot(database)
    with pytest.raises(ValidationError):
        ics.import_ics(database, data, group)
    assert snapshot(database) == before
