"""Upgrading stored copies of every earlier schema version, and failed upgrades."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from desktop.models.core.errors import DataError, MigrationError
from desktop.models.storage import migrations
from desktop.models.storage.db import BACKUP_DIR_NAME, Database

FIXTURES = Path(__file__).parents[2] / "fixtures" / "databases"
OLD_VERSIONS = sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.sqlite"))


def _copy(version: int, tmp_path: Path) -> Path:
    target = tmp_path / f"owner-v{version}.sqlite"
    shutil.copyfile(FIXTURES / f"v{version}.sqlite", target)
    return target


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_earlier_version() -> None:
    assert OLD_VERSIONS == list(range(1, migrations.LATEST_VERSION))


def test_migrations_are_documented_and_numbered() -> None:
    for step in migrations.MIGRATIONS:
        assert step.__doc__ and "\n" not in step.__doc__.strip(), step.__name__
    assert migrations.LATEST_VERSION == len(migrations.MIGRATIONS) >= 2


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_old_version_upgrades_with_data_intact(version: int, tmp_path: Path) -> None:
    path = _copy(version, tmp_path)
    tables = [
        "groups",
        "members",
        "memberships",
        "role_history",
        "events",
        "attendance",
        "revenue",
        "goals",
    ]
    before = {t: _rows(path, f"SELECT * FROM {t} ORDER BY rowid") for t in tables}

    database = Database.open(path)
    try:
        assert database.version == migrations.LATEST_VERSION
        for table, rows in before.items():
            after = database.conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            # Columns may have been added at the end; the old ones keep their values.
            assert [row[: len(rows[0])] for row in after] == rows, table
        assert database.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert database.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        database.close()

    backups = list((tmp_path / BACKUP_DIR_NAME).glob(f"{path.stem}-before-v*.sqlite"))
    assert len(backups) == 1
    assert _rows(backups[0], "PRAGMA user_version") == [(version,)]


def test_v2_fills_pinyin_search_keys(tmp_path: Path) -> None:
    database = Database.open(_copy(1, tmp_path))
    try:
        keys = dict(database.conn.execute("SELECT name, search_key FROM members"))
    finally:
        database.close()
    assert "zhangsan" in keys["张三"] and "zs" in keys["张三"].split("\x1f")
    # 曾 is read zeng in names and ceng elsewhere: both readings must find her.
    assert "zengxiaoxue" in keys["曾小雪"] and "cengxiaoxue" in keys["曾小雪"]
    assert "宝妈" in keys["曾小雪"] and "13900001111" in keys["曾小雪"]


def test_v8_gives_every_event_a_random_uid(tmp_path: Path) -> None:
    database = Database.open(_copy(7, tmp_path))
    try:
        held = database.conn.execute("SELECT id, uid, sequence, last_modified FROM events")
        rows = held.fetchall()
        assert len(rows) == 2
        uids = [str(uid) for _id, uid, _seq, _modified in rows]
        assert len(set(uids)) == 2
        for uid in uids:
            assert uid.endswith("@qundesk")
            assert uuid.UUID(uid.removesuffix("@qundesk")).version == 4
        assert [(seq, modified) for _id, _uid, seq, modified in rows] == [(0, None)] * 2
        # an insert that names no UID (an older snapshot, a bulk writer) gets a new one
        with database.transaction() as conn:
            conn.execute(
                "INSERT INTO events (group_id, title, starts_at, ends_at) SELECT group_id, "
                "'新的', starts_at, ends_at FROM events LIMIT 1"
            )
        (new,) = database.conn.execute("SELECT uid FROM events WHERE title = '新的'").fetchone()
        assert new not in uids and uuid.UUID(new.removesuffix("@qundesk")).version == 4
        taken = "UPDATE events SET uid = ? WHERE title = '新的'"
        with pytest.raises(DataError, match="UNIQUE"), database.transaction() as conn:
            conn.execute(taken, (uids[0],))  # never two events with one UID
    finally:
        database.close()


def test_failing_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy(1, tmp_path)
    before = path.read_bytes()

    def broken(conn: sqlite3.Connection) -> None:
        """A step that fails half-way through."""
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO groups (name, created_on) VALUES ('新群', '2025-01-01')")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    with pytest.raises(MigrationError, match="nothing was changed"):
        Database.open(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-journal").exists()
    assert _rows(path, "PRAGMA user_version") == [(1,)]


def test_failure_inside_a_real_step_rolls_back_earlier_statements(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy(1, tmp_path)
    before = path.read_bytes()

    def explode(*_args: object) -> str:
        raise sqlite3.DataError("search key too long")

    monkeypatch.setattr(migrations, "member_search_key", explode)
    with pytest.raises(MigrationError):
        Database.open(path)
    assert path.read_bytes() == before
    tables = {name for (name,) in _rows(path, "SELECT name FROM sqlite_master")}
    assert "partner_shares" not in tables


def test_latest_database_is_not_backed_up_again(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite"
    Database.open(path).close()
    Database.open(path).close()
    assert not (tmp_path / BACKUP_DIR_NAME).exists()
