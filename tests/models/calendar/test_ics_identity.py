""".ics files that calendars read right: zones, stored UIDs, SEQUENCE, labels, re-imports."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from desktop.models.calendar import events, ics, recurrence
from desktop.models.core import vocabulary
from desktop.models.core.clock import FixedClock
from desktop.models.core.errors import ValidationError
from desktop.models.exchange.import_engine import ImportCancelledError
from desktop.models.groups import groups
from desktop.models.storage.db import Database
from desktop.models.storage.settings import set_chat_zone
from tests.models.calendar.event_data import T, draft, make_group, members
from tests.models.groups.group_data import snapshot

UID_FORM = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@qundesk$"
)
IMPOSSIBLE = "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"


def _calendar(data: bytes) -> Calendar:
    cal = Calendar.from_ical(data)
    assert isinstance(cal, Calendar)
    return cal


def _vevents(data: bytes) -> list[Any]:
    return list(_calendar(data).walk("VEVENT"))


def _by_title(data: bytes) -> dict[str, Any]:
    return {str(c["summary"]): c for c in _vevents(data) if "recurrence-id" not in c}


def _fill(database: Database) -> dict[str, int]:
    """A series with a skipped and a moved occurrence, a one-off and an all-day event."""
    group = make_group(database)
    sid = events.create_event(
        database, draft(group, T(2026, 1, 7, 20), rrule="FREQ=WEEKLY;UNTIL=20260225T200000")
    )
    events.skip_occurrence(database, sid, T(2026, 1, 21, 20))
    events.edit_occurrence(
        database, sid, T(2026, 1, 28, 20), draft(group, T(2026, 1, 29, 20), title="改到周四")
    )
    salon = events.create_event(
        database, draft(group, T(2026, 2, 14, 14), title="沙龙", type="salon", location="上海")
    )
    day = events.create_event(
        database,
        draft(
            group,
            T(2026, 2, 16),
            title="除夕停更",
            type="other",
            ends_at=T(2026, 2, 16, 23, 59, 59),
        ),
    )
    return {"group": group, "series": sid, "salon": salon, "day": day}


@pytest.fixture
def second(tmp_path: Path, database: Database) -> Iterator[Database]:
    db = Database.open(tmp_path / "second.sqlite", clock=database.clock)
    yield db
    db.close()


# ---- zones -------------------------------------------------------------------------------


def test_every_time_names_the_owners_zone_and_its_vtimezone_is_in_the_file(
    database: Database,
) -> None:
    _fill(database)
    cal = _calendar(ics.export_ics(database))
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    assert cal.get_missing_tzids() == set()
    timed = [c for c in cal.walk("VEVENT") if str(c["summary"]) != "除夕停更"]
    assert len(timed) == 3  # the series, its moved occurrence, the salon
    for comp in timed:
        for name in ("dtstart", "dtend"):
            assert comp[name].params["TZID"] == "Asia/Shanghai", (comp["summary"], name)
    series = _by_title(ics.export_ics(database))["共读直播"]
    assert series["exdate"].params["TZID"] == "Asia/Shanghai"
    # UNTIL is in UTC when DTSTART has a TZID: 20:00 in Shanghai is 12:00Z
    assert series["rrule"].to_ical().decode() == "FREQ=WEEKLY;UNTIL=20260225T120000Z"
    moved = next(c for c in timed if "recurrence-id" in c)
    assert moved["recurrence-id"].params["TZID"] == "Asia/Shanghai"
    # the instant is right in any zone: 20:00 in Shanghai is 12:00 UTC
    assert series.decoded("dtstart").astimezone(dt.UTC) == dt.datetime(
        2026, 1, 7, 12, tzinfo=dt.UTC
    )


def test_an_all_day_event_stays_a_date(database: Database) -> None:
    _fill(database)
    day = _by_title(ics.export_ics(database))["除夕停更"]
    assert day.decoded("dtstart") == dt.date(2026, 2, 16)
    assert day.decoded("dtend") == dt.date(2026, 2, 17)  # exclusive
    assert "TZID" not in day["dtstart"].params


def test_the_owners_zone_is_a_setting(database: Database) -> None:
    _fill(database)
    set_chat_zone(database, "Europe/Berlin")
    cal = _calendar(ics.export_ics(database))
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    series = next(c for c in cal.walk("VEVENT") if str(c["summary"]) == "共读直播")
    assert series["dtstart"].params["TZID"] == "Europe/Berlin"
    # 20:00 in Berlin in winter is 19:00 UTC
    assert series.decoded("dtstart").astimezone(dt.UTC).hour == 19
    set_chat_zone(database, "")  # "this computer's" has no name a file can carry
    assert "TZID:Asia/Shanghai" in ics.export_ics(database).decode()


def test_a_file_in_another_zone_lands_at_the_owners_wall_clock_time(
    database: Database, second: Database
) -> None:
    ids = _fill(database)
    set_chat_zone(database, "America/New_York")
    data = ics.export_ics(database)
    group = make_group(second)
    ics.import_ics(second, data, group)  # the owner's zone there: Asia/Shanghai
    salon = next(
        e for e in _stored(second) if e.title == "沙龙"
    )  # 14:00 New York is 03:00 next day in Shanghai
    assert salon.starts_at == T(2026, 2, 15, 3) and salon.ends_at == T(2026, 2, 15, 4)
    assert events.get_event(database, ids["salon"]).starts_at == T(2026, 2, 14, 14)


def _stored(database: Database) -> list[events.Event]:
    return [
        events.event_from_row(r)
        for r in database.conn.execute(f"SELECT {events.EVENT_COLUMNS} FROM events ORDER BY id")
    ]


# ---- UIDs --------------------------------------------------------------------------------


def test_uids_are_random_and_differ_between_databases(database: Database, second: Database) -> None:
    _fill(database)
    _fill(second)
    first_uids = {e.uid for e in _stored(database)}
    second_uids = {e.uid for e in _stored(second)}
    assert len(first_uids) == len(second_uids) == 4  # the series, its edit, salon, all-day
    assert not first_uids & second_uids
    for uid in first_uids:
        assert UID_FORM.match(uid), uid
        assert uuid.UUID(uid.removesuffix("@qundesk")).version == 4
    exported = {str(c["uid"]) for c in _vevents(ics.export_ics(database))}
    assert exported <= first_uids and len(exported) == 3  # the edit carries its series' UID


def test_the_uid_survives_edits_and_undo(database: Database) -> None:
    ids = _fill(database)
    uid = events.get_event(database, ids["salon"]).uid
    old = events.get_event(database, ids["salon"])
    saved = events.snapshot(database, [ids["salon"]])
    events.update_event(database, ids["salon"], replace(old.draft(), title="改名的沙龙"))
    assert events.get_event(database, ids["salon"]).uid == uid
    events.restore(database, [ids["salon"]], saved)  # undo
    assert events.get_event(database, ids["salon"]).uid == uid
    series_uid = events.get_event(database, ids["series"]).uid
    series = events.get_event(database, ids["series"])
    events.update_event(
        database,
        ids["series"],
        replace(series.draft(), starts_at=T(2026, 1, 8, 20), ends_at=T(2026, 1, 8, 21)),
    )
    assert events.get_event(database, ids["series"]).uid == series_uid


def test_a_deleted_events_id_reused_gets_a_new_uid_and_a_copy_its_own(database: Database) -> None:
    ids = _fill(database)
    old = events.get_event(database, ids["day"])
    events.delete_event(database, ids["day"], to_trash=False)
    again = events.create_event(database, old.draft())  # the same fields, a copy
    assert again == ids["day"]  # SQLite hands out the freed id again
    assert events.get_event(database, again).uid != old.uid
    copy = events.create_event(database, events.get_event(database, ids["salon"]).draft())
    assert events.get_event(database, copy).uid != events.get_event(database, ids["salon"]).uid


def test_a_split_series_continues_under_a_new_uid(database: Database) -> None:
    ids = _fill(database)
    series = events.get_event(database, ids["series"])
    later = events.split_series(
        database, ids["series"], T(2026, 2, 4, 20), replace(series.draft(), title="新学期")
    )
    assert events.get_event(database, later).uid not in {series.uid, ""}
    assert events.get_event(database, ids["series"]).sequence == series.sequence + 1


# ---- SEQUENCE and LAST-MODIFIED ------------------------------------------------------------


def test_sequence_counts_what_a_calendar_shows_and_nothing_else(database: Database) -> None:
    ids = _fill(database)
    assert isinstance(database.clock, FixedClock)
    host = members(database, events.get_event(database, ids["salon"]).group_id, "主讲人")[0]
    created = events.get_event(database, ids["salon"])
    assert created.sequence == 0
    database.clock.advance(dt.timedelta(hours=1))
    unrelated = replace(created.draft(), host_id=host, capacity=30, fee_minor=5000, outcome="好")
    events.update_event(database, ids["salon"], unrelated)
    after = events.get_event(database, ids["salon"])
    assert (after.sequence, after.last_modified) == (0, created.last_modified)
    for n, change in enumerate(
        [
            {"title": "新沙龙"},
            {"location": "北京"},
            {"starts_at": T(2026, 2, 14, 15), "ends_at": T(2026, 2, 14, 16)},
            {"type": "qa"},
            {"notes": "带书"},
        ],
        start=1,
    ):
        database.clock.advance(dt.timedelta(minutes=1))
        events.update_event(
            database,
            ids["salon"],
            replace(events.get_event(database, ids["salon"]).draft(), **change),
        )
        changed = events.get_event(database, ids["salon"])
        assert changed.sequence == n, change
        assert changed.last_modified == database.clock.utc_now().replace(tzinfo=None)
    vevent = _by_title(ics.export_ics(database))["新沙龙"]
    assert int(vevent["sequence"]) == 5
    assert vevent.decoded("last-modified") == database.clock.utc_now()


def test_renaming_the_group_is_a_change_of_each_of_its_events(database: Database) -> None:
    """The group's name is every event's first CATEGORY: a calendar re-importing the export
    takes the new name only from a higher SEQUENCE. Other edits of the group change
    nothing a calendar shows, and another group's events are left as they were."""
    ids = _fill(database)
    other = make_group(database, "写作营")
    theirs = events.create_event(database, draft(other, T(2026, 2, 20, 20), title="写作课"))
    assert isinstance(database.clock, FixedClock)
    before = {e.id: e for e in _stored(database)}
    group = groups.get_group(database, ids["group"])
    database.clock.advance(dt.timedelta(hours=2))
    groups.update_group(database, group.id, replace(group.draft(), capacity=300))
    assert {e.id: (e.sequence, e.last_modified) for e in _stored(database)} == {
        i: (e.sequence, e.last_modified) for i, e in before.items()
    }
    groups.update_group(database, group.id, replace(group.draft(), name="读书会·二期"))
    now = database.clock.utc_now().replace(tzinfo=None)
    for event in _stored(database):
        old = before[event.id]
        if event.group_id == group.id:
            assert (event.sequence, event.last_modified) == (old.sequence + 1, now), event.title
        else:
            assert (event.sequence, event.last_modified) == (old.sequence, old.last_modified)
    assert events.get_event(database, theirs).sequence == 0
    found = _by_title(ics.export_ics(database))
    assert [str(c) for c in found["沙龙"]["categories"].cats] == ["读书会·二期", "线下沙龙"]
    assert int(found["沙龙"]["sequence"]) == before[ids["salon"]].sequence + 1


def test_new_words_for_an_event_type_are_a_change_of_its_events(database: Database) -> None:
    """The type's words are each event's second CATEGORY. Saving the same words, or new
    words for another type or another list, changes nothing a calendar shows."""
    ids = _fill(database)
    assert isinstance(database.clock, FixedClock)
    before = {e.id: (e.sequence, e.last_modified) for e in _stored(database)}

    def save(domain: str, code: str, zh: str, en: str) -> None:
        database.clock.advance(dt.timedelta(minutes=5))
        vocabulary.save_vocabulary(
            database,
            {domain: [vocabulary.Word(code, zh, en)]},
            relabelled=events.relabelled_types(database),
        )

    save("event_type", "lecture", "", "")  # a built-in type keeps its own words
    save("purpose", "sales", "卖课", "Selling")
    save("event_type", "qa", "问答", "Q&A")  # no event is a Q&A
    assert {e.id: (e.sequence, e.last_modified) for e in _stored(database)} == before
    save("event_type", "salon", "读书沙龙", "Book salon")
    now = database.clock.utc_now().replace(tzinfo=None)
    for event in _stored(database):
        if event.id == ids["salon"]:
            assert (event.sequence, event.last_modified) == (before[event.id][0] + 1, now)
        else:
            assert (event.sequence, event.last_modified) == before[event.id]
    save("event_type", "salon", "读书沙龙", "Book salon")  # the same words again
    assert events.get_event(database, ids["salon"]).sequence == before[ids["salon"]][0] + 1
    save("event_type", "salon", "", "")  # back to the built-in words: a change again
    assert events.get_event(database, ids["salon"]).sequence == before[ids["salon"]][0] + 2
    found = _by_title(ics.export_ics(database))["沙龙"]
    assert [str(c) for c in found["categories"].cats] == ["读书会", "线下沙龙"]


def test_skipping_and_restoring_an_occurrence_are_changes_of_the_series(
    database: Database,
) -> None:
    ids = _fill(database)
    before = events.get_event(database, ids["series"]).sequence
    events.skip_occurrence(database, ids["series"], T(2026, 2, 4, 20))
    assert events.get_event(database, ids["series"]).sequence == before + 1
    events.restore_occurrence(database, ids["series"], T(2026, 2, 4, 20))
    assert events.get_event(database, ids["series"]).sequence == before + 2
    events.restore_occurrence(database, ids["series"], T(2026, 2, 4, 20))  # nothing to restore
    assert events.get_event(database, ids["series"]).sequence == before + 2


# ---- CATEGORIES --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "salon", "other"),
    [("zh_CN", "线下沙龙", "其他活动"), ("en", "Offline salon", "Other activity")],
)
def test_categories_are_the_owners_labels_in_the_exports_language(
    database: Database, lang: str, salon: str, other: str
) -> None:
    _fill(database)
    found = _by_title(ics.export_ics(database, lang=lang))
    assert [str(c) for c in found["沙龙"]["categories"].cats] == ["读书会", salon]
    assert [str(c) for c in found["除夕停更"]["categories"].cats] == ["读书会", other]
    assert str(found["沙龙"][ics.TYPE_PROPERTY]) == "salon"  # the code, for a re-import


# ---- importing again -----------------------------------------------------------------------


def test_importing_the_same_file_again_adds_nothing_and_newer_versions_update(
    database: Database, second: Database
) -> None:
    ids = _fill(database)
    group = make_group(second)
    data = ics.export_ics(database)
    first = ics.import_ics(second, data, group)
    assert (first.series, first.events, first.edited_occurrences) == (1, 2, 1)
    assert {e.uid for e in _stored(second) if e.series_id is None} == {
        e.uid for e in _stored(database) if e.series_id is None
    }
    before = snapshot(second)
    again = ics.import_ics(second, data, group)
    assert (again.series, again.events, again.edited_occurrences, again.updated) == (0, 0, 0, 0)
    assert again.unchanged == 4
    assert snapshot(second) == before
    salon = events.get_event(database, ids["salon"])
    events.update_event(
        database,
        ids["salon"],
        replace(salon.draft(), starts_at=T(2026, 2, 14, 16), ends_at=T(2026, 2, 14, 17)),
    )
    newer = ics.import_ics(second, ics.export_ics(database), group)
    assert (newer.events, newer.updated, newer.unchanged) == (0, 1, 3)
    moved = next(e for e in _stored(second) if e.title == "沙龙")
    assert (moved.starts_at, moved.sequence) == (T(2026, 2, 14, 16), 1)


def test_an_older_version_does_not_overwrite_a_newer_one(
    database: Database, second: Database
) -> None:
    ids, old_file = _fill(database), ics.export_ics(database)
    group = make_group(second)
    salon = events.get_event(database, ids["salon"])
    events.update_event(database, ids["salon"], replace(salon.draft(), title="新标题"))
    ics.import_ics(second, ics.export_ics(database), group)
    result = ics.import_ics(second, old_file, group)
    assert result.updated == 0
    assert "新标题" in {e.title for e in _stored(second)}


def test_a_trashed_event_coming_back_after_its_uid_was_imported_gets_a_new_one(
    database: Database,
) -> None:
    from desktop.models.storage import trash

    ids = _fill(database)
    data = ics.export_ics(database)
    uid = events.get_event(database, ids["salon"]).uid
    events.delete_event(database, ids["salon"])
    ics.import_ics(database, data, events.get_event(database, ids["day"]).group_id)
    assert [e.id for e in _stored(database) if e.uid == uid] != [ids["salon"]]
    (entry,) = [e for e in trash.list_trash(database) if e.kind == "event"]
    trash.restore_from_trash(database, entry.id)
    uids = [e.uid for e in _stored(database)]
    assert len(uids) == len(set(uids)) and uids.count(uid) == 1


# ---- impossible rules and cancelling -------------------------------------------------------


def _refuse_expansion(monkeypatch: pytest.MonkeyPatch) -> None:
    def expand(*_args: object) -> Iterator[dt.datetime]:
        raise AssertionError("the rule was expanded")

    monkeypatch.setattr(recurrence, "bounded_starts", expand)


@pytest.mark.parametrize(
    "rule",
    [IMPOSSIBLE, "FREQ=YEARLY;BYMONTH=4,6,9,11;BYMONTHDAY=31", "FREQ=MONTHLY;BYMONTHDAY=-32"],
)
def test_an_impossible_rule_is_refused_without_expanding_it(
    database: Database, monkeypatch: pytest.MonkeyPatch, rule: str
) -> None:
    group = make_group(database)
    _refuse_expansion(monkeypatch)
    with pytest.raises(ValidationError, match="never happens") as refused:
        events.create_event(database, draft(group, T(2026, 1, 1, 9), rrule=rule))
    assert refused.value.field == "rrule"


@pytest.mark.parametrize(
    "rule",
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "FREQ=MONTHLY;BYMONTH=1,2;BYMONTHDAY=30,-31"],
)
def test_possible_rules_at_the_edge_are_kept(database: Database, rule: str) -> None:
    group = make_group(database)
    sid = events.create_event(database, draft(group, T(2026, 1, 1, 9), rrule=rule))
    assert events.get_event(database, sid).rrule == rule


def test_a_file_with_an_impossible_rule_is_refused_whole_without_expanding(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = make_group(database)
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nUID:fine@x\r\nDTSTART:20260105T090000\r\nSUMMARY:ok\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:never@x\r\nDTSTART:20260105T090000\r\nRRULE:{IMPOSSIBLE}\r\n"
        "SUMMARY:二月三十日\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    before = snapshot(database)
    _refuse_expansion(monkeypatch)
    with pytest.raises(ValidationError, match="never happens") as refused:
        ics.import_ics(database, data, group)
    assert refused.value.row == 2
    assert snapshot(database) == before


def test_a_rule_that_never_matches_is_searched_only_so_far(database: Database) -> None:
    group = make_group(database)
    # The 1st of the year is never in February: not seen from the text, found by a search
    # that stops 100 years on (dateutil alone would search until the year 9999).
    with pytest.raises(ValidationError, match="100 years"):
        events.create_event(
            database, draft(group, T(2026, 1, 1, 9), rrule="FREQ=DAILY;BYYEARDAY=1;BYMONTH=2")
        )
    starts = recurrence.bounded_starts
    assert list(starts("FREQ=DAILY;COUNT=3", T(2026, 1, 1, 9))) == [
        T(2026, 1, 1, 9),
        T(2026, 1, 2, 9),
        T(2026, 1, 3, 9),
    ]
    assert list(starts("FREQ=YEARLY", T(2026, 1, 1, 9)))[-1] == T(2126, 1, 1, 9)
    assert list(starts("FREQ=YEARLY;UNTIL=20280101", T(2026, 1, 1, 9)))[-1] == T(2027, 1, 1, 9)


@pytest.mark.parametrize(("checks", "phase"), [(3, "reading"), (4, "writing")])
def test_cancelling_an_import_writes_nothing(database: Database, checks: int, phase: str) -> None:
    group = make_group(database)
    before = snapshot(database)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= checks

    reports: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelledError):
        ics.import_ics(
            database,
            _many_events(500),
            group,
            progress=lambda done, total: reports.append((done, total)),
            cancelled=cancelled,
        )
    assert snapshot(database) == before
    done, total = reports[-1]
    assert total == 1000  # 500 events read, then written
    assert (0 < done < 500) if phase == "reading" else (500 < done < 1000)


def test_progress_reaches_every_event(database: Database) -> None:
    group = make_group(database)
    reports: list[tuple[int, int]] = []
    result = ics.import_ics(
        database, _many_events(450), group, progress=lambda d, t: reports.append((d, t))
    )
    assert result.events == 450
    assert reports[0] == (0, 900) and reports[-1] == (900, 900)
    assert [d for d, _t in reports] == sorted(d for d, _t in reports)


def _many_events(count: int) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    start = dt.datetime(2026, 3, 1, 9, tzinfo=ZoneInfo("Asia/Shanghai"))
    for n in range(count):
        when = start + dt.timedelta(days=n)
        lines += [
            "BEGIN:VEVENT",
            f"UID:bulk-{n}@test",
            f"DTSTART;TZID=Asia/Shanghai:{when:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=Asia/Shanghai:{when + dt.timedelta(hours=1):%Y%m%dT%H%M%S}",
            f"SUMMARY:第{n}次打卡",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def test_an_event_trashed_before_v8_comes_back_with_a_new_uid(database: Database) -> None:
    import json

    from desktop.models.storage import trash

    ids = _fill(database)
    events.delete_event(database, ids["salon"])
    (entry,) = [e for e in trash.list_trash(database) if e.kind == "event"]
    with database.transaction() as conn:  # the payload as v7 wrote it: no uid, sequence…
        (text,) = conn.execute("SELECT payload FROM trash WHERE id = ?", (entry.id,)).fetchone()
        payload = json.loads(text)
        payload["data"]["events"] = [row[:19] for row in payload["data"]["events"]]
        conn.execute("UPDATE trash SET payload = ? WHERE id = ?", (json.dumps(payload), entry.id))
    trash.restore_from_trash(database, entry.id)
    back = events.get_event(database, ids["salon"])
    assert back.title == "沙龙" and UID_FORM.match(back.uid) and back.sequence == 0
