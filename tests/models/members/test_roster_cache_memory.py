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
