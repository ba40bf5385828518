"""The roster's chat columns: last day spoken and messages in the last 30 days, per scope."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop.models.chats.history import add_speaker_days
from desktop.models.chats.speakers import save_speakers
from desktop.models.core.errors import ValidationError
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members import members as m
from desktop.models.members import roster, roster_cache
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.roster import RosterQuery
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)
D = dt.date.fromisoformat
LAST, MESSAGES = (
    roster.ROSTER_COLUMN_INDEX["last_spoke"],
    roster.ROSTER_COLUMN_INDEX["messages_30d"],
)


def _speak(db: Database, group: int, key: str, member: int | None, days: dict[str, int]) -> None:
    with db.transaction() as conn:
        speaker = save_speakers(conn, "wechat", [(key, key, member)])[key]
        add_speaker_days(conn, group, [(D(day), [speaker], [n]) for day, n in days.items()])


@pytest.fixture
def chat(database: Database) -> dict[str, int]:
    """Three members of 读书会, one also in 私董会, with chat history at both window edges.

    The window is 10-25 … 11-23 (today−29 … today); 10-24 (today−30) is outside.
    """
    db = database
    ids = {}
    for key, name in (("group1", "读书会"), ("group2", "私董会")):
        draft = GroupDraft(name=name, created_on=D("2025-01-01"))
        ids[key] = create_group(db, draft, today=TODAY)
    for name in ("阿安", "白冰", "陈晨"):
        ids[name] = m.create_member(db, MemberDraft(name=name), today=TODAY)
        m.join_group(db, ids[name], ids["group1"], on=D("2026-01-01"))
    m.join_group(db, ids["阿安"], ids["group2"], on=D("2026-01-01"))
    group1, group2 = ids["group1"], ids["group2"]
    _speak(db, group1, "wxid_an", ids["阿安"], {"2026-10-24": 5, "2026-10-25": 3, "2026-11-23": 2})
    _speak(db, group2, "wxid_an", ids["阿安"], {"2026-11-01": 7})
    _speak(db, group1, "name:安安", ids["阿安"], {"2026-11-10": 1})  # a second identity
    _speak(db, group1, "wxid_bing", ids["白冰"], {"2026-10-24": 4})  # only the day before
    _speak(db, group1, "wxid_stranger", None, {"2026-11-20": 9})  # not linked: no one's
    return ids


def _cells(db: Database, query: RosterQuery) -> dict[str, tuple[str, str]]:
    return {r[1]: (r[LAST], r[MESSAGES]) for r in roster.roster_rows(db, query)}


def test_last_spoke_and_recent_messages_in_all_groups(
    database: Database, chat: dict[str, int]
) -> None:
    assert _cells(database, RosterQuery(today=TODAY)) == {
        "阿安": ("2026-11-23", "13"),  # 3 (10-25) + 2 (11-23) + 7 (私董会) + 1 (second identity)
        "白冰": ("2026-10-24", "0"),  # spoke, but 10-24 is today−30
        "陈晨": ("", ""),  # never spoke
    }


def test_columns_count_only_the_group_shown(database: Database, chat: dict[str, int]) -> None:
    group1 = _cells(database, RosterQuery(today=TODAY, group_id=chat["group1"]))
    assert group1 == {"阿安": ("2026-11-23", "6"), "白冰": ("2026-10-24", "0"), "陈晨": ("", "")}
    group2 = _cells(database, RosterQuery(today=TODAY, group_id=chat["group2"]))
    assert group2 == {"阿安": ("2026-11-01", "7")}


def test_the_window_moves_with_today(database: Database, chat: dict[str, int]) -> None:
    # A day later 10-25 falls out (today−30) and 10-26 would be the first day in.
    later = _cells(database, RosterQuery(today=TODAY + dt.timedelta(days=1)))
    assert later["阿安"] == ("2026-11-23", "10")
    # A day earlier 10-24 is today−29 and counts; 11-23 is in the future and does not.
    earlier = _cells(database, RosterQuery(today=TODAY - dt.timedelta(days=1)))
    assert earlier["白冰"] == ("2026-10-24", "4")
    assert earlier["阿安"] == ("2026-11-23", "16")  # 5 + 3 + 7 + 1


@pytest.mark.parametrize("descending", [False, True])
def test_sorting_by_messages_is_numeric_with_the_silent_before_the_never(
    database: Database, chat: dict[str, int], descending: bool
) -> None:
    more = m.create_member(database, MemberDraft(name="丁丁"), today=TODAY)
    _speak(database, chat["group1"], "wxid_ding", more, {"2026-11-22": 2})  # "2" < "13" as text
    query = RosterQuery(today=TODAY, sort="messages_30d", descending=descending)
    names = [r[1] for r in roster.roster_rows(database, query)]
    expected = ["阿安", "丁丁", "白冰"] if descending else ["白冰", "丁丁", "阿安"]
    assert names == [*expected, "陈晨"]
    assert roster.roster_ids(database, query) == [r[0] for r in roster.roster_rows(database, query)]
    cache = roster_cache.RosterCache.load(database, RosterQuery(today=TODAY))
    assert cache.apply(database, query) == roster.roster_rows(database, query)


def test_sorting_by_last_spoke_puts_the_never_last(
    database: Database, chat: dict[str, int]
) -> None:
    for descending, expected in (
        (False, ["白冰", "阿安", "陈晨"]),
        (True, ["阿安", "白冰", "陈晨"]),
    ):
        query = RosterQuery(today=TODAY, sort="last_spoke", descending=descending)
        assert [r[1] for r in roster.roster_rows(database, query)] == expected
        cache = roster_cache.RosterCache.load(database, RosterQuery(today=TODAY))
        assert cache.apply(database, query) == roster.roster_rows(database, query)


@pytest.mark.parametrize(
    ("spoke", "expected"),
    [(roster.CHAT_RECENT, ["阿安"]), (roster.CHAT_SILENT, ["白冰"]), (roster.CHAT_NEVER, ["陈晨"])],
)
@pytest.mark.parametrize("group", [None, "group1"])
def test_the_chat_filter_in_sql_and_in_the_cache(
    database: Database, chat: dict[str, int], spoke: str, expected: list[str], group: str | None
) -> None:
    query = RosterQuery(today=TODAY, spoke=spoke, group_id=chat[group] if group else None)
    assert [r[1] for r in roster.roster_rows(database, query)] == expected
    cache = roster_cache.RosterCache.load(database, replace(query, spoke=None))
    assert cache.apply(database, query) == roster.roster_rows(database, query)


def test_an_unknown_chat_filter_is_refused(database: Database) -> None:
    with pytest.raises(ValidationError):
        roster.roster_rows(database, RosterQuery(today=TODAY, spoke="chatty"))


def test_a_page_of_rows_reads_the_same_cells(database: Database, chat: dict[str, int]) -> None:
    query = RosterQuery(today=TODAY)
    rows = roster.roster_rows_for(database, query, [chat["陈晨"], chat["阿安"]])
    assert [(r[1], r[LAST], r[MESSAGES]) for r in rows] == [
        ("陈晨", "", ""),
        ("阿安", "2026-11-23", "13"),
    ]
