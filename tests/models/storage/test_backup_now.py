"""Backup now through a connection of its own, and SQLite's failures as DataError."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.models.core.errors import DataError
from desktop.models.storage import backups
from desktop.models.storage.backup_now import backup_in_background
from desktop.models.storage.db import Database


def test_backup_in_background_makes_a_verified_manual_copy(database: Database) -> None:
    with database.transaction() as conn:
        conn.execute("INSERT INTO groups (name, created_on) VALUES ('读书会', '2025-01-01')")
    steps: list[tuple[int, int]] = []
    result: list[backups.BackupInfo] = []
    worker = threading.Thread(
        target=lambda: result.append(
            backup_in_background(database, progress=lambda d, t: steps.append((d, t)))
        )
    )
    worker.start()
    worker.join()
    (info,) = result
    assert info.reason == backups.REASON_MANUAL
    assert backups.verify(info.path) is None
    assert backups.table_counts(info.path)["groups"] == 1
    assert steps


def test_backup_in_background_raises_data_error_when_sqlite_fails(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", refuse)
    with pytest.raises(DataError, match="unable to open database file"):
        backup_in_background(database)


def test_opening_and_counting_raise_data_error_with_sqlites_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.open(tmp_path / "club.sqlite").close()

    def refuse(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", refuse)
    with pytest.raises(DataError, match="unable to open database file"):
        backups.table_counts(tmp_path / "club.sqlite")
    with pytest.raises(DataError, match="unable to open database file"):
        Database.open(tmp_path / "new.sqlite")
