"""Attendance: sign-ups and check-ins, duplicates refused, counts, report, absentees."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.calendar import attendance, events
from desktop.models.core.common import save_csv
from desktop.models.core.errors import ValidationError
from desktop.models.groups import activity_log
from desktop.models.storage.db import Database
from tests.models.calendar.event_data import T, draft, make_group, members
from tests.models.groups.group_data import snapshot

D = dt.date


def test_duplicate_check_in_is_refused_and_nothing_written(database: Database) -> None:
    group = make_group(database)
    a, b = members(database, group, "张三", "李四")
    eid = events.create_event(database, draft(group, T(2026, 5, 1, 20), capacity=1))
    assert attendance.record(database, eid, T(2026, 5, 1, 20), [a], "signed_up") == 1
    # checking in someone who signed up upgrades their row
    assert attendance.record(database, eid, T(2026, 5, 1, 20), [a, b]) == 2
    before = snapshot(database)
    with pytest.raises(ValidationError, match="张三"):
        attendance.record(database, eid, T(2026, 5, 1, 20), [b, a])
    assert snapshot(database) == before
    assert attendance.record(database, eid, T(2026, 5, 1, 20), [a], skip_existing=True) == 0
    counts = attendance.counts(database, eid, T(2026, 5, 1, 20))
    assert (counts.signed_up, counts.attended, counts.over_capacity) == (2, 2, True)


def test_report_and_did_not_attend_lately(database: Database) -> None:
    group = make_group(database)
    a, b, c = members(database, group, "常来", "偶尔", "不来")
    sid = events.create_event(
        database, draft(group, T(2026, 3, 2, 20), rrule="FREQ=WEEKLY;COUNT=4")
    )
    events.create_event(
        database, draft(group, T(2026, 3, 3, 10), type="content", rrule="FREQ=DAILY;COUNT=20")
    )
    for week in range(4):
        attendance.record(database, sid, T(2026, 3, 2, 20) + dt.timedelta(weeks=week), [a])
    attendance.record(database, sid, T(2026, 3, 2, 20), [b])
    rows = {
        r.name: r
        for r in attendance.report(database, group, D(2026, 3, 1), D(2026, 3, 31), D(2026, 4, 1))
    }
    assert (rows["常来"].attended, rows["常来"].held, rows["常来"].percent) == (4, 4, 100.0)
    assert (rows["偶尔"].attended, rows["偶尔"].held) == (1, 4)  # content posts are not held
    assert rows["不来"].attended == 0
    lately = attendance.not_attended_lately(database, group, D(2026, 3, 31), days=25)
    assert [(r.name, r.last_attended) for r in lately] == [("不来", None), ("偶尔", D(2026, 3, 2))]
    assert c in {r.member_id for r in lately}


def test_activity_log_entry_and_csv(database: Database) -> None:
    group = make_group(database)
    days = activity_log.parse_csv(
        "日期,消息,活跃,新成员,退群\n2026-03-01,120,30,2,1\n2026/03/02,1,200,,\n".encode()
    )
    assert activity_log.set_days(database, group, days) == 2
    got = activity_log.activity(database, group, D(2026, 3, 1), D(2026, 3, 31))
    assert got == [
        activity_log.DayActivity(D(2026, 3, 1), 120, 30, 2, 1),
        activity_log.DayActivity(D(2026, 3, 2), 1, 200, 0, 0),
    ]
    before = snapshot(database)
    with pytest.raises(ValidationError) as caught:
        activity_log.parse_csv(b"2026-03-01,12\n2026-03-02,-3\n")
    assert (caught.value.field, caught.value.row) == ("messages", 2)
    with pytest.raises(ValidationError):
        activity_log.set_days(database, group, [activity_log.DayActivity(D(2026, 3, 3), -1)])
    assert snapshot(database) == before


def test_replace_days_puts_and_forgets_in_one_go(database: Database) -> None:
    group = make_group(database)
    first = activity_log.DayActivity(D(2026, 3, 1), 5, 3, 1, 0)
    activity_log.set_days(database, group, [first])
    second = activity_log.DayActivity(D(2026, 3, 2), 7, 4, 0, 1)
    activity_log.replace_days(database, group, [second], [D(2026, 3, 1)])
    assert activity_log.activity(database, group, D(2026, 3, 1), D(2026, 3, 31)) == [second]
    before = snapshot(database)
    with pytest.raises(ValidationError):  # a bad figure: the removal is not applied either
        activity_log.replace_days(
            database, group, [activity_log.DayActivity(D(2026, 3, 3), -1)], [D(2026, 3, 2)]
        )
    assert snapshot(database) == before


def test_save_csv_has_a_bom_defuses_formulas_and_replaces_atomically(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "report.csv"
    target.write_text("old", encoding="utf-8")
    save_csv(target, ["成员", "出席"], [["张三", 3], ["=1+1", 0]])
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == [
        ["成员", "出席"],
        ["张三", "3"],
        ["'=1+1", "0"],
    ]

    def broken() -> Iterator[list[object]]:
        yield ["李四", 1]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        save_csv(target, ["成员", "出席"], broken())
    assert target.read_bytes() == data  # the old file is untouched
    assert [p.name for p in folder.iterdir()] == ["report.csv"]  # no temporary left


def test_nobody_attends_an_occurrence_that_has_not_started(database: Database) -> None:
    group = make_group(database)
    (who,) = members(database, group, "张三")
    later = dt.datetime(2026, 11, 23, 10, 1)  # a minute after the clock's now
    event = events.create_event(database, draft(group, later))
    with pytest.raises(ValidationError, match="has not started yet") as err:
        attendance.record(database, event, later, [who])
    assert err.value.field == "status"
    with pytest.raises(ValidationError, match="has not started yet"):
        attendance.set_attendance(database, event, later, {who: "attended"})
    assert attendance.attendees(database, event, later) == []
    assert attendance.record(database, event, later, [who], "signed_up") == 1
    attendance.set_attendance(database, event, later, {who: "signed_up"})
    assert [a.status for a in attendance.attendees(database, event, later)] == ["signed_up"]
    now = dt.datetime(2026, 11, 23, 10, 0)
    started = events.create_event(database, draft(group, now))
    assert attendance.record(database, started, now, [who]) == 1


def test_guests_count_for_the_headcount_and_stay_with_the_sign_up(database: Database) -> None:
    group = make_group(database)
    a, b = members(database, group, "张三", "李四")
    later = dt.datetime(2026, 11, 28, 14, 0)  # after the clock's now: sign-ups only
    eid = events.create_event(database, draft(group, later, capacity=4))
    attendance.record(database, eid, later, [a, b], "signed_up", guests={a: 1})
    counts = attendance.counts(database, eid, later)
    assert (counts.signed_up, counts.guests, counts.heads, counts.over_capacity) == (2, 1, 3, False)
    # the last seat taken by a guest: 4 heads fill a capacity of 4; a fifth is one too many
    attendance.set_attendance(database, eid, later, {a: "signed_up", b: "signed_up"}, {b: 1})
    counts = attendance.counts(database, eid, later)
    assert (counts.heads, counts.over_capacity) == (4, False)  # 张三 kept his guest
    attendance.set_attendance(database, eid, later, {a: "signed_up", b: "signed_up"}, {b: 2})
    assert attendance.counts(database, eid, later).over_capacity
    assert {x.name: x.guests for x in attendance.attendees(database, eid, later)} == {
        "张三": 1,
        "李四": 2,
    }
    # a re-sign-up without guests named leaves them as they were
    attendance.record(database, eid, later, [a], "signed_up", skip_existing=True)
    assert attendance.counts(database, eid, later).guests == 3


@pytest.mark.parametrize(("guests", "ok"), [(0, True), (99, True), (100, False), (-1, False)])
def test_guests_are_a_whole_number_up_to_99(database: Database, guests: int, ok: bool) -> None:
    group = make_group(database)
    (a,) = members(database, group, "张三")
    later = dt.datetime(2026, 11, 28, 14, 0)
    eid = events.create_event(database, draft(group, later))
    if ok:
        attendance.set_attendance(database, eid, later, {a: "signed_up"}, {a: guests})
        assert attendance.counts(database, eid, later).guests == guests
    else:
        with pytest.raises(ValidationError) as err:
            attendance.set_attendance(database, eid, later, {a: "signed_up"}, {a: guests})
        assert err.value.field == "guests"
        assert attendance.attendees(database, eid, later) == []


def test_only_someone_on_the_list_brings_guests(database: Database) -> None:
    group = make_group(database)
    a, b = members(database, group, "张三", "李四")
    later = dt.datetime(2026, 11, 28, 14, 0)
    eid = events.create_event(database, draft(group, later))
    with pytest.raises(ValidationError, match="on the list"):
        attendance.record(database, eid, later, [a], "signed_up", guests={b: 1})
    assert attendance.attendees(database, eid, later) == []
