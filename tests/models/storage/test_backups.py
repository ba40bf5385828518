"""Automatic backups: verified copies, rotation over a simulated year, restore round trip."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.models.core.errors import BackupError, WriteFailedError
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage import backups, restoring
from desktop.models.storage.db import Database


@pytest.fixture
def no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """A year of copies in well under a second each: skip the disk syncs."""
    monkeypatch.setattr(backups.os, "fsync", lambda fd: None)


def _dates(infos: list[backups.BackupInfo]) -> list[dt.date]:
    return sorted(b.taken.date() for b in infos)


def test_a_year_of_daily_starts_keeps_exactly_7_daily_4_weekly_12_monthly(
    database: Database, no_fsync: None
) -> None:
    day = dt.datetime(2026, 1, 1, 9, 0)
    made = 0
    while day.year == 2026:
        made += backups.daily_backup(database, now=day) is not None
        # a second start the same day makes no second copy
        assert backups.daily_backup(database, now=day + dt.timedelta(hours=5)) is None
        day += dt.timedelta(days=1)
    assert made == 365
    d = dt.date
    months = ((1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30))
    expected = sorted(
        [d(2026, 12, n) for n in range(25, 32)]  # the last 7 days
        + [d(2026, 12, 20), d(2026, 12, 13)]  # newest of ISO weeks 51 and 50 (52, 53 above)
        + [d(2026, m, n) for m, n in (*months, (10, 31), (11, 30))]  # newest of each month
    )
    kept = backups.list_backups(database.path)
    assert _dates(kept) == expected
    assert len(kept) == 20
    assert {b.reason for b in kept} == {"daily"}
    assert sorted(p.name for p in kept[0].path.parent.iterdir()) == sorted(
        b.path.name for b in kept
    )  # no temporary files left behind


def test_copies_from_the_last_day_and_manual_copies_survive_rotation(
    database: Database, no_fsync: None
) -> None:
    start = dt.datetime(2026, 3, 1, 9, 0)
    manual = backups.manual_backup(database, now=start - dt.timedelta(days=300))
    first = backups.daily_backup(database, now=start)
    before_import = backups.backup_before(database, "import", now=start + dt.timedelta(hours=2))
    before_delete = backups.backup_before(database, "delete", now=start + dt.timedelta(hours=3))
    assert first and before_import and before_delete
    assert before_import.path.name.startswith("test-before-import-20260301-1100")
    names = {b.path for b in backups.list_backups(database.path)}
    assert names == {manual.path, first.path, before_import.path, before_delete.path}
    # Two days later: only the newest of 1 March is left, the manual copy stays.
    later = backups.daily_backup(database, now=start + dt.timedelta(days=2))
    assert later is not None
    names = {b.path for b in backups.list_backups(database.path)}
    assert names == {manual.path, before_delete.path, later.path}


def test_a_copy_that_fails_its_check_rotates_nothing_out(
    database: Database, monkeypatch: pytest.MonkeyPatch, no_fsync: None
) -> None:
    old = [backups.daily_backup(database, now=dt.datetime(2025, m, 1, 9)) for m in range(1, 13)]
    assert all(old)
    monkeypatch.setattr(backups, "verify", lambda path: "it is damaged (page 3)")
    with pytest.raises(BackupError, match="failed its check"):
        backups.daily_backup(database, now=dt.datetime(2026, 6, 1, 9))
    monkeypatch.undo()
    assert len(backups.list_backups(database.path)) == 12
    assert [
        p.name for p in database.path.parent.joinpath("backups").iterdir() if p.name.startswith(".")
    ] == []


def test_backup_folder_is_configurable_and_copies_are_verified(
    demo_db: Database, tmp_path: Path
) -> None:
    demo_db.backup_folder = tmp_path / "elsewhere"
    info = backups.backup_before(demo_db, "import", now=dt.datetime(2026, 11, 23, 10))
    assert info is not None and info.path.parent == tmp_path / "elsewhere"
    assert backups.verify(info.path) is None
    counts = backups.table_counts(info.path)
    assert counts == backups.table_counts(demo_db.path)
    assert counts["members"] == 300 and counts["trash"] == 0
    assert info.size == info.path.stat().st_size > 0
    # The copy stands alone: no write-ahead log needed beside it.
    assert not Path(f"{info.path}-wal").exists()


def test_restore_round_trip(demo_db: Database, no_fsync: None) -> None:
    before = demo_db.counts()
    groups_before = list_group_refs(demo_db)
    saved = backups.manual_backup(demo_db, now=dt.datetime(2026, 11, 23, 8))
    with demo_db.transaction() as conn:
        conn.execute("DELETE FROM attendance")
        conn.execute("UPDATE groups SET name = name || '（改）'")
    assert demo_db.counts()["attendance"] == 0
    restored = restoring.restore(demo_db, saved.path, now=dt.datetime(2026, 11, 23, 9))
    try:
        assert restored.path == demo_db.path
        assert restored.counts() == before
        assert list_group_refs(restored) == groups_before
        assert restored.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        # The state just before the restore was kept: the restore can itself be undone.
        safety = [b for b in backups.list_backups(restored.path) if b.reason == "before-restore"]
        assert len(safety) == 1
        assert backups.table_counts(safety[0].path)["attendance"] == 0
        with restored.transaction() as conn:  # and the restored file takes writes
            conn.execute("DELETE FROM member_tags")
    finally:
        restored.close()
    # the old handle is closed: nothing can write through it any more
    with pytest.raises(sqlite3.ProgrammingError):
        demo_db.conn.execute("SELECT 1")


def test_restore_refuses_a_damaged_backup_and_keeps_the_file(
    demo_db: Database, tmp_path: Path
) -> None:
    bad = tmp_path / "backups" / "demo-daily-20260101-090000.sqlite"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    before = demo_db.counts()
    with pytest.raises(BackupError, match="cannot be restored"):
        restoring.restore(demo_db, bad)
    assert demo_db.counts() == before  # still open and untouched


def test_read_only_database_refuses_writes_in_plain_words(demo_db: Database) -> None:
    path = demo_db.path
    viewer = Database.open(path, read_only=True)
    try:
        assert viewer.read_only
        assert viewer.counts() == demo_db.counts()
        with pytest.raises(WriteFailedError, match="read-only"), viewer.transaction() as conn:
            conn.execute("DELETE FROM members")
        assert backups.backup_before(viewer, "import") is None
    finally:
        viewer.close()
    assert demo_db.counts()["members"] == 300


def test_parse_name_tells_backups_of_this_file_from_others() -> None:
    assert backups.parse_name("demo", "demo-20260101-090000.sqlite").reason == "manual"  # type: ignore[union-attr]
    info = backups.parse_name("demo", "demo-before-v3-20260101-090000-2.sqlite")
    assert info is not None and info.reason == "before-v3"
    assert info.taken == dt.datetime(2026, 1, 1, 9, 0)
    assert backups.parse_name("demo", "demo-2-daily-20260101-090000.sqlite") is None
    assert backups.parse_name("demo", ".demo-daily-20260101-090000.sqlite.partial") is None


def test_a_stopped_backup_keeps_no_copy_and_no_partial_file(tmp_path: Path) -> None:
    from desktop.models.storage.backups import BackupCancelledError, list_backups, make_backup

    database = Database.open(tmp_path / "owner.sqlite")
    try:
        database.conn.execute("CREATE TABLE filler (x BLOB)")
        database.conn.executemany(  # several backup steps' worth of pages
            "INSERT INTO filler VALUES (?)", [(b"x" * 4000,) for _ in range(3000)]
        )
        steps: list[tuple[int, int]] = []
        with pytest.raises(BackupCancelledError):
            make_backup(
                database.conn,
                database.path,
                "manual",
                now=dt.datetime(2026, 11, 23, 8),
                progress=lambda done, total: steps.append((done, total)),
                cancelled=lambda: len(steps) >= 1,
            )
        assert steps and steps[0][0] < steps[0][1]  # stopped part-way, after one step
        assert list_backups(database.path) == []
        assert list((tmp_path / "backups").iterdir()) == []
        done: list[tuple[int, int]] = []
        info = make_backup(
            database.conn,
            database.path,
            "manual",
            now=dt.datetime(2026, 11, 23, 9),
            progress=lambda d, t: done.append((d, t)),
        )
        assert done[-1][0] == done[-1][1] and len(done) > 1
        assert [b.path for b in list_backups(database.path)] == [info.path]
    finally:
        database.close()


def test_a_stopped_restore_changes_nothing_and_leaves_no_copy_behind(
    demo_db: Database, no_fsync: None
) -> None:
    saved = backups.manual_backup(demo_db, now=dt.datetime(2026, 11, 23, 8))
    with demo_db.transaction() as conn:
        conn.execute("DELETE FROM attendance")
    data = demo_db.path.read_bytes()
    calls: list[int] = []

    def stop_on_the_second_copy() -> bool:  # the safety copy finishes, the restore copy stops
        calls.append(1)
        return any(p.name.endswith(".restoring") for p in demo_db.path.parent.iterdir())

    with pytest.raises(backups.BackupCancelledError):
        restoring.prepare_restore(demo_db, saved.path, cancelled=stop_on_the_second_copy)
    assert calls
    assert not any(p.name.endswith(".restoring") for p in demo_db.path.parent.iterdir())
    assert demo_db.path.read_bytes() == data  # still the current file, open and usable
    assert demo_db.counts()["attendance"] == 0
    reasons = sorted(b.reason for b in backups.list_backups(demo_db.path))
    assert reasons == ["before-restore", "manual"]


def test_a_backup_through_its_own_connection_copies_what_was_committed(
    database: Database, tmp_path: Path
) -> None:
    """The start's backup runs on a worker through a read-only connection of its own: it
    copies the committed data, belongs to the file, and the day's backup is then done."""
    database.conn.execute("INSERT INTO groups (name, created_on) VALUES ('读书会', '2026-01-01')")
    day = dt.datetime(2026, 3, 2, 9, 0)
    assert backups.daily_backup_due(database, day)
    with database.transaction() as conn:  # a write in progress is not in the copy
        conn.execute("INSERT INTO groups (name, created_on) VALUES ('写作营', '2026-01-01')")
        info = backups.backup_of_file(database.path, backups.REASON_DAILY, folder=None, now=day)
    copy = sqlite3.connect(info.path)
    try:
        assert copy.execute("SELECT name FROM groups").fetchall() == [("读书会",)]
    finally:
        copy.close()
    assert backups.origin_of(info.path, database.path)[0] == backups.ORIGIN_OWN
    assert not backups.daily_backup_due(database, day + dt.timedelta(hours=3))
    assert backups.daily_backup_due(database, day + dt.timedelta(days=1))
    database.read_only = True
    assert not backups.daily_backup_due(database, day + dt.timedelta(days=1))


def test_a_backup_of_a_file_that_is_gone_says_so(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="could not be read"):
        backups.backup_of_file(
            tmp_path / "gone.sqlite", backups.REASON_DAILY, folder=None, now=dt.datetime(2026, 3, 2)
        )
