"""Backups belong to the database whose identity they carry, never to a file with its name."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.core.clock import FixedClock
from desktop.models.exchange import portable
from desktop.models.storage import backups, migrations, restoring, salvage
from desktop.models.storage.db import Database

FIXTURES = Path(__file__).parents[2] / "fixtures" / "databases"
NOW = dt.datetime(2026, 11, 23, 10, 0)


@pytest.fixture(autouse=True)
def no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dozens of copies in well under a second each: skip the disk syncs."""
    monkeypatch.setattr(backups.os, "fsync", lambda fd: None)


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    """Databases a test opens, closed after it (whatever handle a restore left)."""
    handles: list[Database] = []
    yield handles
    for handle in handles:
        handle.close()  # a handle a restore replaced is closed already: this does nothing


def _open(path: Path, folder: Path | None, opened: list[Database]) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    database = Database.open(path, backup_folder=folder, clock=FixedClock(NOW))
    opened.append(database)
    return database


def _add_members(database: Database, count: int) -> None:
    with database.transaction() as conn:
        conn.executemany(
            "INSERT INTO members (name, created_at) VALUES (?, '2026-01-01T09:00:00')",
            [(f"成员{n}",) for n in range(count)],
        )


def _identity(path: Path) -> tuple[str | None, str | None]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT database_id, copied_from FROM database_identity").fetchone()
    finally:
        conn.close()
    return row[0], row[1]


def _members(path: Path) -> int:
    return backups.table_counts(path)["members"]


def test_a_new_database_has_a_random_identity_its_backups_carry(
    database: Database, tmp_path: Path
) -> None:
    own = backups.database_id_of(database.conn)
    assert own is not None and uuid.UUID(own).version == 4
    other = Database.open(tmp_path / "other.sqlite")
    try:
        assert backups.database_id_of(other.conn) not in (None, own)
    finally:
        other.close()
    info = backups.manual_backup(database, now=NOW)
    # A page copy carries the identity; the copy also records where it came from.
    assert _identity(info.path) == (own, backups.path_key(database.path))
    assert _identity(database.path) == (own, None)  # the database itself is not stamped
    assert info.origin == backups.ORIGIN_OWN
    assert "database_identity" not in backups.table_counts(info.path)  # not the owner's rows


def test_two_databases_with_one_name_sharing_a_backup_folder_keep_their_own(
    demo_db: Database, tmp_path: Path, opened: list[Database]
) -> None:
    shared = tmp_path / "shared-backups"
    a = demo_db
    a.backup_folder = shared
    b = _open(tmp_path / "club" / "demo.sqlite", shared, opened)  # the same name elsewhere
    _add_members(b, 10)
    assert (_members(a.path), _members(b.path)) == (300, 10)

    # Ten days of starts: every morning A, then B, back up into the one folder.
    for day in range(1, 11):
        assert backups.daily_backup(a, now=dt.datetime(2026, 11, day, 9)) is not None
        assert backups.daily_backup(b, now=dt.datetime(2026, 11, day, 9, 30)) is not None
    assert len(list(shared.iterdir())) == 16

    # Each keeps what rotation keeps of one database: the last 7 days (4–10 Nov) plus the
    # newest of ISO week 44 (1 Nov); weeks 45, 46 and November are among those already.
    expected = [dt.date(2026, 11, d) for d in (10, 9, 8, 7, 6, 5, 4, 1)]
    for database, members in ((a, 300), (b, 10)):
        own = backups.list_backups(database.path, shared)
        assert [info.taken.date() for info in own] == expected
        assert {_members(info.path) for info in own} == {members}
        assert {_identity(info.path)[0] for info in own} == {backups.database_id_of(database.conn)}

    # The damaged-file dialog offers A only A's newest copy, though B's is newer.
    offered = restoring.newest_good_backup(a.path, shared)
    assert offered is not None and offered.taken == dt.datetime(2026, 11, 10, 9)
    assert _members(offered.path) == 300
    # B's copies show up for A only when asked for, marked as another database's.
    others = backups.list_backups(a.path, shared, origins=[backups.ORIGIN_OTHER])
    assert len(others) == 8 and {o.origin for o in others} == {backups.ORIGIN_OTHER}
    assert {o.copied_from for o in others} == {backups.path_key(b.path)}


def test_restoring_another_databases_backup_is_refused_unless_confirmed(
    demo_db: Database, tmp_path: Path, opened: list[Database]
) -> None:
    shared = tmp_path / "shared-backups"
    demo_db.backup_folder = shared
    b = _open(tmp_path / "elsewhere" / "demo.sqlite", shared, opened)
    _add_members(b, 10)
    theirs = backups.manual_backup(b, now=dt.datetime(2026, 11, 23, 9))
    ours = backups.manual_backup(demo_db, now=dt.datetime(2026, 11, 23, 8))
    own_id = backups.database_id_of(demo_db.conn)
    data = demo_db.path.read_bytes()

    with pytest.raises(restoring.OtherDatabaseBackupError, match="another database") as caught:
        restoring.restore(demo_db, theirs.path, now=NOW)
    assert caught.value.origin == backups.ORIGIN_OTHER
    assert str(b.path.resolve()) in str(caught.value) and "nothing was changed" in str(caught.value)
    assert demo_db.counts()["members"] == 300 and demo_db.path.read_bytes() == data
    assert [i.path for i in backups.list_backups(demo_db.path, shared)] == [ours.path]

    restored = restoring.restore(demo_db, theirs.path, now=NOW, other_database_ok=True)
    opened.append(restored)
    assert restored.counts()["members"] == 10
    # The file keeps its own identity: its backups (the one just taken, too) stay its own,
    # and B's stay B's.
    assert backups.database_id_of(restored.conn) == own_id
    assert _identity(restored.path) == (own_id, None)
    kept = backups.list_backups(restored.path, shared)
    assert sorted(i.reason for i in kept) == ["before-restore", "manual"]
    assert _members(next(i for i in kept if i.reason == "before-restore").path) == 300
    assert [i.path for i in backups.list_backups(b.path, shared)] == [theirs.path]


def test_club_sqlite_and_club_db_side_by_side_rotate_only_their_own(
    tmp_path: Path, opened: list[Database]
) -> None:
    sqlite_file = _open(tmp_path / "club.sqlite", None, opened)
    db_file = _open(tmp_path / "club.db", None, opened)
    _add_members(db_file, 3)
    day = dt.datetime(2026, 3, 1, 7)
    assert backups.daily_backup(sqlite_file, now=day) is not None
    # club.db gets its daily copy too: club.sqlite's copy from today is not its own.
    assert backups.daily_backup(db_file, now=day + dt.timedelta(minutes=30)) is not None
    backups.backup_before(sqlite_file, "import", now=day + dt.timedelta(hours=1))
    for hour in range(2, 8):  # six imports into club.db in one morning
        backups.backup_before(db_file, "import", now=day + dt.timedelta(hours=hour))
    assert len(list((tmp_path / "backups").iterdir())) == 2 + 4

    mine = backups.list_backups(sqlite_file.path)
    assert [(i.reason, i.taken.hour) for i in mine] == [("before-import", 8), ("daily", 7)]
    theirs = backups.list_backups(db_file.path)
    assert [(i.reason, i.taken.hour) for i in theirs] == [
        ("before-import", 14), ("before-import", 13), ("before-import", 12), ("daily", 7)
    ]  # fmt: skip
    assert {_members(i.path) for i in theirs} == {3} and {_members(i.path) for i in mine} == {0}


def test_same_day_keeps_the_newest_three_before_copies_and_the_daily(
    database: Database,
) -> None:
    day = dt.datetime(2026, 5, 4, 9)
    daily = backups.daily_backup(database, now=day)
    manual = backups.manual_backup(database, now=day + dt.timedelta(minutes=30))
    imports = [
        backups.backup_before(database, "import", now=day + dt.timedelta(hours=h))
        for h in (1, 2, 3)
    ]
    assert daily and all(imports)
    kept = {i.path for i in backups.list_backups(database.path)}
    assert kept == {daily.path, manual.path} | {i.path for i in imports if i}  # N = 3 kept

    fourth = backups.backup_before(database, "import", now=day + dt.timedelta(hours=4))
    assert fourth is not None
    kept = {i.path for i in backups.list_backups(database.path)}
    assert imports[0] is not None and imports[0].path not in kept  # the oldest import went
    assert kept == {daily.path, manual.path, fourth.path} | {i.path for i in imports[1:] if i}
    # A delete counts among the same day's `before-*` copies as well.
    delete = backups.backup_before(database, "delete", now=day + dt.timedelta(hours=5))
    assert delete is not None
    reasons = sorted(i.reason for i in backups.list_backups(database.path))
    assert reasons == ["before-delete", "before-import", "before-import", "daily", "manual"]


def test_a_backup_from_before_identities_is_matched_by_its_recorded_path(
    tmp_path: Path, opened: list[Database]
) -> None:
    shared = tmp_path / "shared-backups"
    paths = [tmp_path / folder / "owner.sqlite" for folder in ("a", "b")]
    for path in paths:
        path.parent.mkdir()
        shutil.copyfile(FIXTURES / "v5.sqlite", path)
    a, b = (_open(path, shared, opened) for path in paths)  # each upgrades: a before-v7 copy
    assert a.version == b.version == migrations.LATEST_VERSION
    ids = {backups.database_id_of(a.conn), backups.database_id_of(b.conn)}
    assert None not in ids and len(ids) == 2  # one file, upgraded twice: two databases

    (a_copy,) = backups.list_backups(a.path, shared)
    (b_copy,) = backups.list_backups(b.path, shared)
    assert a_copy.path != b_copy.path and a_copy.reason == f"before-v{migrations.LATEST_VERSION}"
    # The copy is of schema 5: no identity, only the path it was copied from.
    assert backups.table_counts(a_copy.path)["members"] == 3
    assert _identity(a_copy.path) == (None, backups.path_key(a.path))
    assert backups.origin_of(a_copy.path, a.path) == (backups.ORIGIN_OWN, a_copy.copied_from)

    with pytest.raises(restoring.OtherDatabaseBackupError):
        restoring.restore(a, b_copy.path, now=NOW)
    a_id = backups.database_id_of(a.conn)
    restored = restoring.restore(a, a_copy.path, now=NOW + dt.timedelta(minutes=1))
    opened.append(restored)
    # Restored from schema 5 and upgraded again, it is still the same database.
    assert restored.version == migrations.LATEST_VERSION
    assert backups.database_id_of(restored.conn) == a_id
    # Its copies: the first upgrade's, the one before the restore, and the second upgrade's.
    reasons = sorted(i.reason for i in backups.list_backups(a.path, shared))
    assert reasons == ["before-restore", *[f"before-v{migrations.LATEST_VERSION}"] * 2]
    assert [i.path for i in backups.list_backups(b.path, shared)] == [b_copy.path]


def test_a_backup_without_identity_or_path_is_of_unknown_origin(
    database: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    # Two copies of one day, as an older QunDesk named them; rotation alone would keep one.
    earlier = folder / "test-daily-20260101-080000.sqlite"
    old = folder / "test-daily-20260101-090000.sqlite"
    for path in (earlier, old):
        shutil.copyfile(FIXTURES / "v5.sqlite", path)
    assert backups.verify(old) is None
    assert backups.list_backups(database.path) == []
    listed = backups.list_backups(database.path, origins=[backups.ORIGIN_UNKNOWN])
    assert [i.path for i in listed] == [old, earlier] and listed[0].copied_from is None
    assert restoring.newest_good_backup(database.path) is None  # never offered for a damaged file
    for day in range(1, 40):  # rotation never deletes what may be another database's
        backups.daily_backup(database, now=dt.datetime(2026, 2, 1, 9) + dt.timedelta(days=day))
    assert earlier.exists() and old.exists()
    own_id = backups.database_id_of(database.conn)
    with pytest.raises(restoring.OtherDatabaseBackupError, match="which database") as caught:
        restoring.restore(database, old, now=NOW)
    assert caught.value.origin == backups.ORIGIN_UNKNOWN
    restored = restoring.restore(database, old, now=NOW, other_database_ok=True)
    try:
        assert restored.counts()["members"] == 3
        assert backups.database_id_of(restored.conn) == own_id
    finally:
        restored.close()


def _empty_quindesk_file(path: Path, identity: tuple[str | None, str] | None = None) -> Path:
    """A file with QunDesk's application id and the current version but no tables."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION}")
    if identity is not None:
        conn.execute(migrations.IDENTITY_SCHEMA)
        conn.execute("INSERT INTO database_identity VALUES (1, ?, ?)", identity)
    conn.commit()
    conn.close()
    return path


def test_verify_refuses_a_file_without_the_tables_of_its_version(
    database: Database, tmp_path: Path
) -> None:
    empty = _empty_quindesk_file(tmp_path / "empty.sqlite")
    assert (backups.verify(empty) or "").startswith("it lacks tables QunDesk needs (activity_")
    good = backups.manual_backup(database, now=NOW)
    assert backups.verify(good.path) is None
    one_short = tmp_path / "one-short.sqlite"
    shutil.copyfile(good.path, one_short)
    conn = sqlite3.connect(one_short)
    conn.execute("DROP TABLE partner_shares")
    conn.commit()
    conn.close()
    assert backups.verify(one_short) == "it lacks tables QunDesk needs (partner_shares)"
    # Each version is checked against its own tables: a sound v1 file passes.
    assert backups.verify(FIXTURES / "v1.sqlite") is None

    # A hollow copy of this very database is never offered nor restored.
    own = (backups.database_id_of(database.conn), backups.path_key(database.path))
    hollow = _empty_quindesk_file(tmp_path / "backups" / "test-daily-20261123-120000.sqlite", own)
    assert backups.list_backups(database.path)[0].path == hollow
    assert backups.structure_problem(hollow) is not None
    offered = restoring.newest_good_backup(database.path)
    assert offered is not None and offered.path == good.path
    with pytest.raises(backups.BackupError, match="cannot be restored: it lacks tables"):
        restoring.restore(database, hollow, now=NOW)
    assert database.counts()["groups"] == 0  # still open and untouched


def test_rebuilt_and_salvaged_files_are_new_databases_a_copied_backup_is_not(
    demo_db: Database, tmp_path: Path
) -> None:
    own = backups.database_id_of(demo_db.conn)
    archive = portable.export_zip(demo_db, tmp_path / "all.zip").path
    portable.rebuild_from_zip(archive, tmp_path / "rebuilt.sqlite")
    demo_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    salvage.salvage(demo_db.path, tmp_path / "salvaged.sqlite")
    backup = backups.manual_backup(demo_db, now=NOW)
    restoring.copy_backup_to(backup.path, tmp_path / "brought-back.sqlite")
    ids = {
        name: _identity(tmp_path / f"{name}.sqlite")
        for name in ("rebuilt", "salvaged", "brought-back")
    }
    assert ids["brought-back"] == (own, None)
    assert ids["rebuilt"][0] not in (None, own) and ids["salvaged"][0] not in (None, own)
    assert ids["rebuilt"][0] != ids["salvaged"][0]


def test_listing_reads_each_backup_once(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = backups.manual_backup(database, now=NOW)
    for n in range(99):  # a hundred copies made by hand
        stamp = (NOW + dt.timedelta(minutes=n + 1)).strftime(backups.STAMP_FORMAT)
        shutil.copyfile(first.path, first.path.with_name(f"test-{stamp}.sqlite"))
    reads: list[Path] = []
    real = backups._read_facts

    def counted(path: Path) -> backups._Facts:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(backups, "_read_facts", counted)
    assert len(backups.list_backups(database.path)) == 100
    assert len(reads) == 99  # the first copy was read when it was made
    assert len(backups.list_backups(database.path)) == 100
    assert len(reads) == 99
    assert backups.space_used(database.path) == (100, 100 * first.size)
