"""Events: validation, recurrence expansion against hand-computed dates, edits, conflicts."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.rrule import rrulestr

from desktop.models.calendar import attendance, events, occurrences, recurrence
from desktop.models.core.codes import Metric
from desktop.models.core.errors import ValidationError
from desktop.models.groups import goals
from desktop.models.storage.db import Database
from tests.models.calendar.event_data import T, draft, make_group, members
from tests.models.groups.group_data import snapshot

D = dt.date


def starts(database: Database, first: dt.date, last: dt.date) -> list[dt.datetime]:
    return [o.start for o in occurrences.occurrences(database, first, last)]


@pytest.mark.parametrize(
    ("rule", "dtstart", "expected"),
    [
        # BYMONTHDAY=31 skips months without a 31st (RFC 5545: invalid dates are ignored)
        (
            "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4",
            T(2027, 1, 31, 9),
            [T(2027, 1, 31, 9), T(2027, 3, 31, 9), T(2027, 5, 31, 9), T(2027, 7, 31, 9)],
        ),
        # BYMONTHDAY=-1 is every month's last day, leap February included
        (
            "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4",
            T(2027, 12, 31, 9),
            [T(2027, 12, 31, 9), T(2028, 1, 31, 9), T(2028, 2, 29, 9), T(2028, 3, 31, 9)],
        ),
        # a leap day repeats only in leap years
        (
            "FREQ=YEARLY;COUNT=3",
            T(2024, 2, 29, 20),
            [T(2024, 2, 29, 20), T(2028, 2, 29, 20), T(2032, 2, 29, 20)],
        ),
        # weekly on two days with an end date (inclusive)
        (
            "FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20261113T235959",
            T(2026, 11, 3, 12),
            [T(2026, 11, 3, 12), T(2026, 11, 6, 12), T(2026, 11, 10, 12), T(2026, 11, 13, 12)],
        ),
        # the second Saturday of each month
        (
            "FREQ=MONTHLY;BYDAY=2SA;COUNT=3",
            T(2026, 1, 10, 19, 30),
            [T(2026, 1, 10, 19, 30), T(2026, 2, 14, 19, 30), T(2026, 3, 14, 19, 30)],
        ),
        # local dates have no DST: China's clocks, and the stored times, never jump
        (
            "FREQ=DAILY;COUNT=3",
            T(2026, 3, 28, 10),
            [T(2026, 3, 28, 10), T(2026, 3, 29, 10), T(2026, 3, 30, 10)],
        ),
    ],
)
def test_expansion_matches_hand_computed_dates(
    database: Database, rule: str, dtstart: dt.datetime, expected: list[dt.datetime]
) -> None:
    group = make_group(database)
    events.create_event(database, draft(group, dtstart, rrule=rule))
    assert starts(database, D(2020, 1, 1), D(2040, 1, 1)) == expected


def test_only_the_range_is_expanded_and_skips_are_left_out(database: Database) -> None:
    group = make_group(database)
    sid = events.create_event(database, draft(group, T(2021, 1, 1, 10), rrule="FREQ=DAILY"))
    events.skip_occurrence(database, sid, T(2026, 2, 27, 10))
    feb = starts(database, D(2026, 2, 26), D(2026, 3, 1))
    assert feb == [T(2026, 2, 26, 10), T(2026, 2, 28, 10), T(2026, 3, 1, 10)]
    assert events.exdates(database, sid) == [T(2026, 2, 27, 10)]
    events.restore_occurrence(database, sid, T(2026, 2, 27, 10))
    assert len(starts(database, D(2026, 2, 26), D(2026, 3, 1))) == 4
    # goals count through the same expansion
    assert (
        goals.actual_value(database, group, Metric.EVENTS_HELD, D(2026, 2, 1), D(2026, 2, 28)) == 28
    )


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY",
        "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=30",
        "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20250301T000000",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
    ],
)
def test_kept_expansion_answers_ranges_asked_in_any_order(rule: str) -> None:
    """Later, earlier and repeated ranges of one rule agree with a fresh dateutil expansion."""
    dtstart = T(2024, 1, 31, 9)
    fresh = rrulestr(rule, dtstart=dtstart)
    for low, high in [
        (T(2026, 3, 1), T(2026, 4, 12, 23, 59, 59)),
        (T(2024, 2, 1), T(2024, 3, 1, 9)),  # ends exactly on an occurrence: included
        (T(2024, 2, 29, 9), T(2024, 2, 29, 9)),  # one instant, itself an occurrence
        (T(2040, 1, 1), T(2040, 3, 1)),
        (T(2023, 1, 1), T(2024, 2, 2)),  # from before the series starts
        (T(2026, 3, 1), T(2026, 4, 12, 23, 59, 59)),  # asked again
    ]:
        expected = list(fresh.between(low, high, inc=True))
        assert recurrence.rule_between(rule, dtstart, low, high) == expected


def test_stamps_round_trip() -> None:
    when = T(2026, 3, 7, 8, 5, 9)
    assert recurrence.stamp(when) == "2026-03-07T08:05:09"
    assert recurrence.stamp(when.replace(microsecond=250)) == "2026-03-07T08:05:09"
    assert recurrence.parse_stamp("2026-03-07T08:05:09") == when
    assert recurrence.parse_stamp("2026-3-7T8:05:09") == when  # what strptime always accepted
    with pytest.raises(ValueError):
        recurrence.parse_stamp("2026-03-07 08:05")


def test_this_occurrence_becomes_its_own_row(database: Database) -> None:
    group = make_group(database)
    sid = events.create_event(database, draft(group, T(2026, 11, 4, 20), rrule="FREQ=WEEKLY"))
    (who,) = members(database, group, "张三")
    attendance.record(database, sid, T(2026, 11, 11, 20), [who])
    moved = draft(group, T(2026, 11, 12, 20), title="共读直播（改到周四）")
    oid = events.edit_occurrence(database, sid, T(2026, 11, 11, 20), moved)
    got = occurrences.occurrences(database, D(2026, 11, 1), D(2026, 11, 20))
    assert [(o.start, o.event_id) for o in got] == [
        (T(2026, 11, 4, 20), sid),
        (T(2026, 11, 12, 20), oid),
        (T(2026, 11, 18, 20), sid),
    ]
    assert got[1].series_id == sid and got[1].original_start == T(2026, 11, 11, 20)
    # its check-in moved with it
    assert [a.member_id for a in attendance.attendees(database, oid, T(2026, 11, 12, 20))] == [who]


def test_this_and_following_splits_the_series(database: Database) -> None:
    group = make_group(database)
    sid = events.create_event(
        database, draft(group, T(2026, 1, 5, 8), rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=6")
    )
    events.skip_occurrence(database, sid, T(2026, 2, 2, 8))
    new = events.split_series(
        database, sid, T(2026, 1, 26, 8), draft(group, T(2026, 1, 26, 9), title="改到9点")
    )
    old = events.get_event(database, sid)
    assert old.rrule == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260126T075959"
    assert events.get_event(database, new).rrule == "FREQ=WEEKLY;BYDAY=MO;COUNT=3"
    got = occurrences.occurrences(database, D(2026, 1, 1), D(2026, 3, 31))
    assert [(o.start, o.title) for o in got] == [
        (T(2026, 1, 5, 8), "共读直播"),
        (T(2026, 1, 12, 8), "共读直播"),
        (T(2026, 1, 19, 8), "共读直播"),
        (T(2026, 1, 26, 9), "改到9点"),
        (T(2026, 2, 9, 9), "改到9点"),  # 2 Feb stays skipped, moved along to 9:00
    ]
    assert events.exdates(database, new) == [T(2026, 2, 2, 9)]


def test_whole_series_edit_moves_skips_along(database: Database) -> None:
    group = make_group(database)
    sid = events.create_event(database, draft(group, T(2026, 5, 1, 10), rrule="FREQ=DAILY;COUNT=3"))
    events.skip_occurrence(database, sid, T(2026, 5, 2, 10))
    events.update_event(database, sid, draft(group, T(2026, 5, 1, 11), rrule="FREQ=DAILY;COUNT=3"))
    assert starts(database, D(2026, 5, 1), D(2026, 5, 31)) == [T(2026, 5, 1, 11), T(2026, 5, 3, 11)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ends_at": T(2026, 5, 1, 9)}, "ends_at"),
        ({"capacity": -1}, "capacity"),
        ({"rrule": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"}, "rrule"),
        ({"rrule": "FREQ=MONTHLY;COUNT=0"}, "rrule"),
        ({"rrule": "FREQ=HOURLY"}, "rrule"),
        ({"rrule": "nonsense"}, "rrule"),
        ({"title": "  "}, "title"),
        ({"depth_rating": 6}, "depth_rating"),
        ({"type": "party"}, "type"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    database: Database, changes: dict[str, object], field: str
) -> None:
    group = make_group(database)
    before = snapshot(database)
    with pytest.raises(ValidationError) as caught:
        events.create_event(database, draft(group, T(2026, 5, 1, 10), **changes))
    assert caught.value.field == field
    assert snapshot(database) == before


def test_conflicts_flag_the_same_host_overlapping(database: Database) -> None:
    group = make_group(database)
    host, other = members(database, group, "讲师", "别人")
    a = events.create_event(database, draft(group, T(2026, 6, 1, 20), 90, host_id=host))
    b = events.create_event(database, draft(group, T(2026, 6, 1, 21), 60, host_id=host))
    events.create_event(database, draft(group, T(2026, 6, 1, 20), 60, host_id=other))
    events.create_event(database, draft(group, T(2026, 6, 1, 21, 30), 30, host_id=host))
    got = occurrences.occurrences(database, D(2026, 6, 1), D(2026, 6, 1))
    clashing = occurrences.find_conflicts(got)
    assert (a, "2026-06-01T20:00:00") in clashing and (b, "2026-06-01T21:00:00") in clashing
    assert len(clashing) == 3  # the 21:30 one overlaps b; the other host is fine
    # 20:30–21:30 overlaps a and b; the 21:30 one starts as it ends
    assert (
        occurrences.conflicts_for(database, draft(group, T(2026, 6, 1, 20, 30), host_id=host)) == 2
    )


def test_snapshot_and_restore_undo_a_split(database: Database) -> None:
    group = make_group(database)
    sid = events.create_event(database, draft(group, T(2026, 1, 5, 8), rrule="FREQ=DAILY"))
    before = events.snapshot(database, {sid})
    rows = snapshot(database)
    new = events.split_series(
        database, sid, T(2026, 1, 10, 8), draft(group, T(2026, 1, 10, 8), rrule="FREQ=DAILY")
    )
    events.restore(database, {sid, new}, before)
    assert snapshot(database) == rows


def test_move_occurrence_keeps_the_time(database: Database) -> None:
    group = make_group(database)
    one = events.create_event(database, draft(group, T(2026, 7, 1, 19)))
    occ = occurrences.occurrences(database, D(2026, 7, 1), D(2026, 7, 1))[0]
    assert occurrences.move_occurrence(database, occ, D(2026, 7, 3)) == one
    assert starts(database, D(2026, 7, 1), D(2026, 7, 31)) == [T(2026, 7, 3, 19)]
    sid = events.create_event(database, draft(group, T(2026, 8, 1, 9), rrule="FREQ=DAILY;COUNT=2"))
    occ = occurrences.occurrences(database, D(2026, 8, 1), D(2026, 8, 1))[0]
    moved = occurrences.move_occurrence(database, occ, D(2026, 8, 5))
    assert events.get_event(database, moved).series_id == sid
    assert starts(database, D(2026, 8, 1), D(2026, 8, 31)) == [T(2026, 8, 2, 9), T(2026, 8, 5, 9)]
