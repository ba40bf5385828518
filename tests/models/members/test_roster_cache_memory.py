"""The roster cache's lean parts: stored name keys for the name sort, compact orders."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

from desktop.models.members import roster, roster_cache
from desktop.models.members.roster import RosterQuery
from desktop.models.storage.db import Database
from tests.conftest import TEST_NOW

TODAY = TEST_NOW.date()


def _q(**fields: object) -> RosterQuery:
    return RosterQuery(today=TODAY, **fields)  # type: ignore[arg-type]


def _ids_by_name(db: Database, *, descending: bool = False) -> list[int]:
    rows = roster.roster_rows(db, _q(sort="name", descending=descending))
    return [r[0] for r in rows]


def _move_first(db: Database, member_id: int) -> None:
    """Give one member a stored name key before every other (the name itself unchanged)."""
    db.conn.execute("UPDATE members SET name_key = ' ' || name_key WHERE id = ?", (member_id,))


def test_name_sort_follows_the_stored_keys_as_the_sql_does(demo_db: Database) -> None:
    rows = roster.roster_rows(demo_db, _q(sort="id"))
    last = _ids_by_name(demo_db)[-1]
    _move_first(demo_db, last)
    assert _ids_by_name(demo_db)[0] == last  # the SQL now sorts it first
    assert _ids_by_name(demo_db, descending=True)[-1] == last
    cache = roster_cache.RosterCache.load(demo_db, _q(sort="id"))
    for descending in (False, True):
        cache.sort("name", descending=descending)
        assert [r[0] for r in cache.rows] == _ids_by_name(demo_db, descending=descending)
    # Without the stored keys the names are read again, and the moved member is last again.
    computed = roster_cache.RosterCache(rows, roster.roster_search_keys(demo_db))
    computed.sort("name")
    assert computed.rows[-1][0] == last


def test_read_from_the_file_sorts_names_by_the_stored_keys(demo_db: Database) -> None:
    first = _ids_by_name(demo_db)[-1]
    _move_first(demo_db, first)
    cache = roster_cache.RosterCache.read(demo_db.path, today=TODAY, group_id=None)
    cache.sort("name")
    assert cache.rows[0][0] == first
    assert [r[0] for r in cache.rows] == _ids_by_name(demo_db)


def test_refresh_reads_the_new_name_key_of_an_edited_member(demo_db: Database) -> None:
    cache = roster_cache.RosterCache.load(demo_db, _q())
    cache.sort("name")
    moved = cache.rows[len(cache.rows) // 2][0]
    _move_first(demo_db, moved)
    cache.sort("name", descending=True)  # orders made before the edit are dropped on refresh
    cache.refresh(demo_db, _q(), [moved])
    assert [r[0] for r in cache.rows] == _ids_by_name(demo_db, descending=True)
    assert cache.rows[-1][0] == moved
    cache.sort("name")
    assert cache.rows[0][0] == moved
    assert cache.rows == roster.roster_rows(demo_db, _q(sort="name"))


def test_every_sort_and_search_still_agrees_with_sql(demo_db: Database) -> None:
    query = _q(sort="id")
    cache = roster_cache.RosterCache.read(demo_db.path, today=TODAY, group_id=None)
    for column in roster.ROSTER_COLUMNS:
        for descending in (False, True):
            cache.sort(column, descending=descending)
            ordered = replace(query, sort=column, descending=descending)
            assert cache.rows == roster.roster_rows(demo_db, ordered), column
            for text in ("zhang", "王", "ls", "138", "vip 1", "wxid_", "qqqzx"):
                found = roster.roster_rows(demo_db, replace(ordered, text=text))
                assert cache.search(text) == found, (column, text)


def test_loading_and_sorting_the_cache_leaves_pypinyin_unloaded(demo_db: Database) -> None:
    code = (
        "import sys, datetime as dt; from pathlib import Path; "
        "from desktop.models.members.roster_cache import RosterCache; "
        f"c = RosterCache.read(Path({str(demo_db.path)!r}), today=dt.date({TODAY:%Y, %-m, %-d}),"
        " group_id=None); c.sort('name'); c.search('zhang'); c.search('王'); "
        "sys.exit(2 if 'pypinyin' in sys.modules else 0 if c.total > 0 else 1)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# Keys as `member_search_key` builds them (fields joined by \x1f), and odd ones: runs at
# either end, emoji, a field separator inside an ASCII run, the run mark itself, empty.
_KEYS = [
    "张三\x1f三哥\x1fzhangsan_88\x1f8613812345678\x1fvip\x1f讲师\x1fzhangsan\x1fzs",
    "wang王\x1fwxid_王五\x1f王五wangwu",
    "amy chen\x1famy\x1f13900001111",
    "李四",
    "🌙小玲\x1fxiaoling\x1fxl",
    "tony张\x1ftony\x1fzhang",
    "a王b李c\x1f王\x1fb",
    "",
    "会员vip\x1e王五",  # holds the run mark: kept whole
    "\x1e",
    "vip会员\x1fvip 会员\x1f会员vip",
]
_MIXED = ("wang王", "g王", "王w", "a王b", "王b李", "b李c", "tony张", "y张", "vip会员",
          "p会", "员v", "会员vip", "五wang", "玲x", "wxid_王", "🌙小", "e王", "x王五", "vip王",
          "p王")  # fmt: skip


def _brute(rows: list[roster.RosterRow], text: str) -> list[roster.RosterRow]:
    terms = roster.search_terms(text)
    return [r for r in rows if all(t in _KEYS[r[0] - 1] for t in terms)]


def _rows() -> list[roster.RosterRow]:
    blank = ("",) * 12
    return [(n + 1, f"member {n}", *blank) for n in range(len(_KEYS))]  # type: ignore[misc]


def test_full_keys_are_rebuilt_exactly_from_their_projections() -> None:
    for key in _KEYS:
        if roster_cache._RUN_MARK in key:
            continue
        ascii_key, cjk_key = roster_cache._ascii_part(key), roster_cache._cjk_part(key)
        assert ascii_key.isascii()
        assert roster_cache._full_key(ascii_key, cjk_key) == key


def test_every_search_finds_what_a_test_of_the_whole_key_finds() -> None:
    rows = _rows()
    cache = roster_cache.RosterCache(rows, {r[0]: _KEYS[r[0] - 1] for r in rows})
    texts = [*_MIXED, "wang", "王", "zs", "vip", "会员", "v", "员", "wang 王五", "vip 会员v"]
    for text in texts:
        for column in ("id", "name"):
            cache.sort(column, descending=True)
            expected = _brute(cache.rows, text)
            assert cache.search(text) == expected, text
            assert cache.search(text + "x") == _brute(cache.rows, text + "x"), text
    # Hits of every kind, including the key kept whole and a run at each end.
    cache.sort("id")
    assert [r[0] for r in cache.search("会员vip")] == [9, 11]
    assert [r[0] for r in cache.search("wang王")] == [2]
    assert [r[0] for r in cache.search("a王b")] == [7]
    assert [r[0] for r in cache.search("🌙小")] == [5]
    assert [r[0] for r in cache.search("玲x")] == []  # a field separator lies between
    assert [r[0] for r in cache.search("vip王")] == []  # the run mark in key 9 is its own


def test_typing_a_mixed_term_narrows_the_last_matches_exactly() -> None:
    rows = _rows()
    cache = roster_cache.RosterCache(rows, {r[0]: _KEYS[r[0] - 1] for r in rows})
    for typed in ("w", "wa", "wan", "wang", "wang王", "wang王五", "wang王五w"):
        assert cache.search(typed) == _brute(rows, typed), typed


def test_refresh_keeps_and_replaces_keys_holding_the_run_mark(demo_db: Database) -> None:
    cache = roster_cache.RosterCache.load(demo_db, _q(sort="id"))
    first, second = cache.rows[0][0], cache.rows[1][0]
    for member_id, key in ((first, "会员vip\x1e王五"), (second, "ok会员")):
        demo_db.conn.execute("UPDATE members SET search_key = ? WHERE id = ?", (key, member_id))
    cache.refresh(demo_db, _q(sort="id"), [first, second])
    # Rebuilt from its projections the first key would lose its mark and hold "vip王".
    assert [r[0] for r in cache.search("vip王")] == []
    assert [r[0] for r in cache.search("k会")] == [second]
    assert [r[0] for r in cache.search("员v")] == [first]
    cache.refresh(demo_db, _q(sort="id"), [second])  # the first keeps its whole key
    assert [r[0] for r in cache.search("vip王")] == []
    assert [r[0] for r in cache.search("员v")] == [first]
    demo_db.conn.execute("UPDATE members SET search_key = '会员vip王五' WHERE id = ?", (first,))
    cache.refresh(demo_db, _q(sort="id"), [first])
    assert [r[0] for r in cache.search("vip王")] == [first]


def test_a_cache_read_from_the_file_keeps_a_key_holding_the_run_mark_whole(
    demo_db: Database,
) -> None:
    member_id = roster.roster_rows(demo_db, _q(sort="id"))[0][0]
    demo_db.conn.execute(
        "UPDATE members SET search_key = '会员vip\x1e王五' WHERE id = ?", (member_id,)
    )
    cache = roster_cache.RosterCache.read(demo_db.path, today=TODAY, group_id=None)
    assert [r[0] for r in cache.search("员v")] == [member_id]
    assert [r[0] for r in cache.search("vip王")] == []
