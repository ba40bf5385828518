"""Portable export: a zip of CSV files plus schema.json, and a database rebuilt from it."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop.models.core.errors import BackupError
from desktop.models.exchange import portable
from desktop.models.storage import migrations
from desktop.models.storage.db import Database


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return portable.table_contents(conn)
    finally:
        conn.close()


def test_export_then_rebuild_gives_identical_tables(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as conn:  # values CSV usually loses: NULL vs "", quotes, newlines
        conn.execute("UPDATE members SET notes = '他说 \"好\",\n第二行' WHERE id = 1")
        conn.execute("UPDATE members SET notes = '' WHERE id = 2")
    target = tmp_path / "export.zip"
    summary = portable.export_zip(demo_db, target)
    assert summary.rows["members"] == 300
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        schema = json.loads(archive.read("schema.json"))
        raw = archive.read("members.csv")
    tables = portable.user_tables(demo_db.conn)
    assert names == {f"{t}.csv" for t in tables} | {"schema.json"}
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    assert schema["schema_version"] == migrations.LATEST_VERSION
    assert [t["name"] for t in schema["tables"]] == tables
    # Any CSV reader can read it (the header and 300 rows).
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 301 and rows[0][0] == "id"

    rebuilt = tmp_path / "rebuilt.sqlite"
    result = portable.rebuild_from_zip(target, rebuilt)
    assert result.rows == summary.rows
    assert _contents(rebuilt) == portable.table_contents(demo_db.conn)
    reopened = Database.open(rebuilt, create=False)
    try:
        assert reopened.counts() == demo_db.counts()
        assert reopened.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        reopened.close()


def test_values_keep_their_type(tmp_path: Path) -> None:
    values = [None, "", "0", 0, -7, 3.25, 1e100, "a,b", 'q"q', "x1", "行\r\n二", b"\x00\xff"]
    text = ",".join(portable.format_value(v) for v in values) + "\r\n"
    assert list(portable.parse_rows(text)) == [values]


def test_rebuild_refuses_a_bad_zip_and_leaves_nothing(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "export.zip"
    portable.export_zip(demo_db, target)
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "memberships.csv":  # a membership of a member who is not there
                data = data.replace(b"\r\n1,1,", b"\r\n1,999999,", 1)
            dst.writestr(name, data)
    out = tmp_path / "out.sqlite"
    with pytest.raises(BackupError, match="refers to rows it does not hold"):
        portable.rebuild_from_zip(broken, out)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    (tmp_path / "not.zip").write_bytes(b"PK\x03\x04 nonsense")
    with pytest.raises(BackupError, match="not a zip"):
        portable.rebuild_from_zip(tmp_path / "not.zip", out)
    with pytest.raises(BackupError, match="already exists"):
        portable.rebuild_from_zip(target, demo_db.path)
