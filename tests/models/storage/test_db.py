"""Opening, refusing and transacting on the database file."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.core.errors import (
    DataError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotSQLiteError,
    ReadOnlyError,
)
from desktop.models.storage import migrations
from desktop.models.storage.db import Database
from desktop.models.storage.tables import TABLES


def table_names(conn: sqlite3.Connection) -> set[str]:
    """The names of every table in the file."""
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_new_database_is_ours_latest_wal_with_foreign_keys(database: Database) -> None:
    conn = database.conn
    assert database.version == migrations.LATEST_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert set(TABLES) <= table_names(conn)


def test_every_entity_has_a_table(database: Database) -> None:
    conn = database.conn
    columns = {
        t: {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in table_names(conn)
    }
    assert {"purposes", "value_types", "structure", "fee_minor", "fee_currency"} <= columns[
        "groups"
    ]
    assert {"role", "since", "until"} <= columns["role_history"]
    assert {"rrule", "series_id", "recurrence_start"} <= columns["events"]
    assert {"amount_minor", "currency", "partner_id", "referrer_id"} <= columns["revenue"]
    assert {"min_value", "max_value", "effective_from", "period"} <= columns["goals"]
    assert {"referrer_id", "search_key"} <= columns["members"]
    assert "share_bp" in columns["partner_shares"]


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    db = Database.open(path)
    with db.transaction() as conn:
        conn.execute("INSERT INTO groups (name, created_on) VALUES ('读书会', '2025-01-01')")
    db.close()
    db = Database.open(path, create=False)
    assert db.conn.execute("SELECT name FROM groups").fetchall() == [("读书会",)]
    db.close()


def test_transaction_rolls_back_everything_on_error(database: Database) -> None:
    with pytest.raises(DataError) as caught, database.transaction() as conn:
        conn.execute("INSERT INTO groups (name, created_on) VALUES ('A', '2025-01-01')")
        conn.execute("INSERT INTO groups (name, created_on) VALUES ('a', '2025-01-01')")
    assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)
    assert database.counts()["groups"] == 0
    assert not database.conn.in_transaction


def test_nested_transaction_is_a_savepoint(database: Database) -> None:
    with database.transaction() as conn:
        conn.execute("INSERT INTO groups (name, created_on) VALUES ('A', '2025-01-01')")
        with pytest.raises(ValueError), database.transaction() as inner:
            inner.execute("INSERT INTO groups (name, created_on) VALUES ('B', '2025-01-01')")
            raise ValueError("inner action refused")
    assert [r[0] for r in database.conn.execute("SELECT name FROM groups")] == ["A"]


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        (
            "INSERT INTO revenue (day, kind, category, amount_minor) "
            "VALUES ('2025-01-01', 'income', 'ticket', 9.9)",
            "money as a float",
        ),
        (
            "INSERT INTO revenue (day, kind, category, amount_minor) "
            "VALUES ('2025/01/01', 'income', 'ticket', 990)",
            "date not ISO",
        ),
        (
            "INSERT INTO goals (group_id, metric, period, min_value, max_value, effective_from) "
            "VALUES (1, 'revenue', 'month', 10, 5, '2025-01-01')",
            "max below min",
        ),
        (
            "INSERT INTO memberships (member_id, group_id, joined_on) "
            "VALUES (999, 1, '2025-01-01')",
            "unknown member",
        ),
    ],
)
def test_schema_refuses_bad_rows(database: Database, sql: str, reason: str) -> None:
    with database.transaction() as conn:
        conn.execute("INSERT INTO groups (id, name, created_on) VALUES (1, 'G', '2025-01-01')")
    with pytest.raises(DataError) as caught, database.transaction() as conn:
        conn.execute(sql)
    assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)
    assert database.counts()["revenue"] == 0, reason


def test_money_column_accepts_integers_only(database: Database) -> None:
    # STRICT tables are not used, so the CHECK constraints above carry the type rule; a
    # typeof() check makes the intent explicit for amounts that are whole numbers.
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO revenue (day, kind, category, amount_minor) "
            "VALUES ('2025-01-01', 'income', 'ticket', 129900)"
        )
    assert database.conn.execute("SELECT typeof(amount_minor) FROM revenue").fetchone() == (
        "integer",
    )


def test_one_open_membership_and_one_current_role(database: Database) -> None:
    with database.transaction() as conn:
        conn.execute("INSERT INTO groups (id, name, created_on) VALUES (1, 'G', '2025-01-01')")
        conn.execute(
            "INSERT INTO members (id, name, created_at) VALUES (1, '张三', '2025-01-01T09:00:00')"
        )
        conn.execute(
            "INSERT INTO memberships (id, member_id, group_id, joined_on) "
            "VALUES (1, 1, 1, '2025-01-01')"
        )
        conn.execute(
            "INSERT INTO role_history (membership_id, role, since) VALUES (1, 'seed', '2025-01-01')"
        )
    with pytest.raises(DataError) as caught, database.transaction() as conn:
        conn.execute(
            "INSERT INTO memberships (member_id, group_id, joined_on) VALUES (1, 1, '2025-02-01')"
        )
    assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)
    with pytest.raises(DataError) as caught, database.transaction() as conn:
        conn.execute(
            "INSERT INTO role_history (membership_id, role, since) "
            "VALUES (1, 'leader', '2025-03-01')"
        )
    assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)


# ---- files that are not ours: refused, and left byte-for-byte untouched -----------------


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[list[Path]]:
    """Paths to chmod read-only for a test; write permission is given back afterwards."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('someone else''s data')")
    conn.commit()
    conn.close()


def _newer_qundesk(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    conn.execute("CREATE TABLE groups (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda p: p.write_text("name,phone\n张三,13812345678\n"), NotSQLiteError),
        (lambda p: p.write_bytes(bytes(range(256)) * 64), NotSQLiteError),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000), NotSQLiteError),
        (_foreign_sqlite, ForeignDatabaseError),
        (_newer_qundesk, NewerSchemaError),
    ],
    ids=["csv", "random-bytes", "damaged-header", "other-program", "newer-version"],
)
def test_bad_files_are_refused_and_untouched(tmp_path: Path, make, error) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.sqlite"
    make(path)
    before = path.read_bytes()
    with pytest.raises(error) as info:
        Database.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.sqlite", "data"]


def test_newer_version_message_says_to_update(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    _newer_qundesk(path)
    with pytest.raises(NewerSchemaError, match="newer QunDesk"):
        Database.open(path)


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotSQLiteError, match="folder"):
        Database.open(tmp_path)
    with pytest.raises(NotSQLiteError, match="does not exist"):
        Database.open(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()


def test_read_only_file_is_refused(tmp_path: Path, read_only: list[Path]) -> None:
    path = tmp_path / "ro.sqlite"
    Database.open(path).close()
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    read_only.append(path)
    with pytest.raises(ReadOnlyError, match="read-only"):
        Database.open(path)
    assert path.read_bytes() == before


def test_read_only_folder_is_refused(tmp_path: Path, read_only: list[Path]) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    read_only.append(folder)
    with pytest.raises(ReadOnlyError, match="folder"):
        Database.open(folder / "new.sqlite")
    assert list(folder.iterdir()) == []


def test_models_do_not_import_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, desktop.models as m\n"
        "for info in pkgutil.iter_modules(m.__path__):\n"
        "    importlib.import_module(f'desktop.models.{info.name}')\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_an_action_raises_the_data_layers_error_with_sqlites_message(database: Database) -> None:
    with (
        pytest.raises(DataError, match="no such table: nowhere") as caught,
        database.transaction() as conn,
    ):
        conn.execute("SELECT * FROM nowhere")
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert not database.conn.in_transaction


def test_a_savepoint_passes_sqlites_error_to_the_outer_action(database: Database) -> None:
    with database.transaction():
        with pytest.raises(sqlite3.OperationalError), database.transaction() as conn:
            conn.execute("SELECT * FROM nowhere")
        assert database.conn.in_transaction


def test_larger_cache_lasts_for_its_block_only(database: Database) -> None:
    def cache() -> int:
        return int(database.conn.execute("PRAGMA cache_size").fetchone()[0])

    usual = cache()
    with database.larger_cache(64):
        assert cache() == -64 * 1024
    assert cache() == usual
    with pytest.raises(RuntimeError), database.larger_cache(8):
        assert cache() == -8 * 1024
        raise RuntimeError
    assert cache() == usual
