"""Daily counts written in bulk: the speakers' index is built again after a long first
import (faster) and kept as it was otherwise; the counts and the schema come out the same."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.chats import history
from desktop.models.chats.history import add_speaker_days, day_totals
from desktop.models.chats.speakers import save_speakers
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.storage.db import Database

INDEX = "chat_speaker_days_speaker"
FIRST = dt.date(2026, 1, 1)


def _index_sql(database: Database) -> str:
    (sql,) = database.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (INDEX,)
    ).fetchone()
    return str(sql)


def _write(database: Database, days: int, speakers: list[int], group: int) -> list[str]:
    """Write `days` days of counts for `speakers`, saying how many rows come; the
    statements run."""
    statements: list[str] = []
    database.conn.set_trace_callback(statements.append)
    try:
        with database.transaction() as conn:
            add_speaker_days(
                conn,
                group,
                (
                    (FIRST + dt.timedelta(days=n), speakers, [n + 1] * len(speakers))
                    for n in range(days)
                ),
                rows=days * len(speakers),
            )
    finally:
        database.conn.set_trace_callback(None)
    return statements


@pytest.fixture
def speakers(database: Database) -> tuple[int, list[int]]:
    draft = GroupDraft(name="读书会", created_on=FIRST)
    group = create_group(database, draft, today=FIRST + dt.timedelta(days=60))
    with database.transaction() as conn:
        ids = save_speakers(conn, "qq", [(str(10000 + n), f"书友{n}", None) for n in range(5)])
    return group, sorted(ids.values())


def test_a_long_first_import_builds_the_index_again(
    database: Database, speakers: tuple[int, list[int]]
) -> None:
    group, ids = speakers
    before = _index_sql(database)
    ran = _write(database, 40, ids, group)  # 200 rows into an empty table
    assert any(s.startswith(f"DROP INDEX {INDEX}") for s in ran)
    assert _index_sql(database) == before
    assert database.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    totals = day_totals(database.conn, group, FIRST, FIRST + dt.timedelta(days=39))
    assert totals[FIRST + dt.timedelta(days=39)] == (40 * 5, 5)
    # the index is used again by the questions asked per speaker
    plan = database.conn.execute(
        "EXPLAIN QUERY PLAN SELECT max(day) FROM chat_speaker_days WHERE speaker_id = ?",
        (ids[0],),
    ).fetchall()
    assert any(INDEX in str(row) for row in plan)


def test_fewer_rows_than_the_table_holds_keep_the_index(
    database: Database, speakers: tuple[int, list[int]]
) -> None:
    group, ids = speakers
    _write(database, 40, ids, group)
    ran = _write(database, 40, ids[:4], group)  # 160 new rows (they add up) beside 200
    assert not any("DROP INDEX" in s for s in ran)
    ran = _write(database, 41, ids, group)  # 205 rows, the table holds 200: built again
    assert any("DROP INDEX" in s for s in ran)
    totals = day_totals(database.conn, group, FIRST, FIRST)
    assert totals[FIRST] == (1 + 1 + 1 + 1 + 1 + 1 * 4 + 1 * 5, 5)


def test_a_rollback_brings_the_index_back(
    database: Database, speakers: tuple[int, list[int]]
) -> None:
    group, ids = speakers
    before = _index_sql(database)
    with pytest.raises(RuntimeError), database.transaction() as conn:
        add_speaker_days(conn, group, [(FIRST, ids, [1] * len(ids))], rows=5)
        raise RuntimeError("the import failed after writing")
    assert _index_sql(database) == before
    assert database.conn.execute("SELECT count(*) FROM chat_speaker_days").fetchone() == (0,)


def test_counts_written_a_hundred_at_a_time_add_up_like_one_by_one(database: Database) -> None:
    """A day of 250 speakers goes in two statements of 100 and 50 single ones: every count
    lands once, and a second import of the same day adds to each."""
    draft = GroupDraft(name="大群", created_on=FIRST)
    group = create_group(database, draft, today=FIRST + dt.timedelta(days=60))
    with database.transaction() as conn:
        ids = sorted(
            save_speakers(
                conn, "qq", [(str(20000 + n), f"成员{n}", None) for n in range(250)]
            ).values()
        )
    counts = [n % 7 + 1 for n in range(250)]
    for _ in range(2):
        with database.transaction() as conn:
            add_speaker_days(conn, group, [(FIRST, ids, counts)], rows=250)
    stored = dict(
        database.conn.execute(
            "SELECT speaker_id, messages FROM chat_speaker_days WHERE group_id = ?", (group,)
        ).fetchall()
    )
    assert stored == {speaker: 2 * count for speaker, count in zip(ids, counts, strict=True)}
    assert len(stored) == 250 and history.ROWS_PER_STATEMENT == 100
