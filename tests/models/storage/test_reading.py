"""Reading a database never writes it: read-only opens, older schemas, a consistent export."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from desktop.models.core.errors import DatabaseOpenError, NewerSchemaError
from desktop.models.exchange.exporting import ExportError, ExportOptions, export_workbook
from desktop.models.storage import migrations
from desktop.models.storage.db import Database, open_for_reading

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "databases"
TODAY = dt.date(2026, 11, 23)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _older(tmp_path: Path) -> Path:
    db = tmp_path / "old" / "club.sqlite"
    db.parent.mkdir()
    shutil.copyfile(FIXTURES / "v1.sqlite", db)
    return db


def test_read_only_opens_an_older_schema_only_when_asked(tmp_path: Path) -> None:
    db = _older(tmp_path)
    before = _sha(db)
    with pytest.raises(DatabaseOpenError, match="schema 1"):
        Database.open(db, read_only=True)
    database = Database.open(db, read_only=True, older=True)
    try:
        assert database.version == 1 and database.read_only
        assert "members" in database.counts() and "vocabulary" not in database.counts()
    finally:
        database.close()
    assert _sha(db) == before and sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_read_only_refuses_a_newer_schema_even_with_older(tmp_path: Path) -> None:
    db = _older(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerSchemaError, match="newer QunDesk"):
        Database.open(db, read_only=True, older=True)


def test_reading_an_older_file_goes_through_an_upgraded_copy_that_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _older(tmp_path)
    before = _sha(db)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with open_for_reading(db) as database:
        assert database.version == migrations.LATEST_VERSION and database.read_only
        assert database.path != db and database.path.parent.parent == temp
        assert database.counts()["members"] == 3
    assert list(temp.iterdir()) == []
    assert _sha(db) == before and sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_an_export_read_without_a_log_refuses_a_file_changed_meanwhile(
    demo_template: Path, tmp_path: Path
) -> None:
    """Another copy that checkpoints during the export changes the file under the reader."""
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    out = tmp_path / "out.xlsx"
    changed: list[bool] = []

    def another_copy_writes(_done: int, _total: int) -> None:
        if changed:
            return
        writer = sqlite3.connect(db)
        writer.execute("UPDATE members SET name = '改过的名字' WHERE id = 1")
        writer.commit()
        writer.close()  # the last connection checkpoints its log into the file
        changed.append(True)

    with open_for_reading(db) as database:
        with pytest.raises(ExportError, match="changed by another copy"):
            export_workbook(database, out, ExportOptions(today=TODAY), another_copy_writes)
        assert not out.exists()
        export_workbook(database, out, ExportOptions(today=TODAY))  # unchanged now: saved
    assert out.is_file()
