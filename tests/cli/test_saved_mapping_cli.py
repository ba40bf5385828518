"""`qundesk import members` uses the column mapping saved by the window's import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.models.exchange import import_engine as engine
from desktop.models.exchange.member_fields import MEMBER_FIELDS
from desktop.models.storage.db import Database
from tests.cli.test_import_cli import query, qundesk


def test_the_saved_mapping_is_used_when_the_titles_match(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "q.sqlite"
    database = Database.open(db)
    try:
        engine.remember_mapping(
            database, MEMBER_FIELDS, ("姓名", "外号"), ("name", "nickname"), dt.date(2026, 5, 4)
        )
    finally:
        database.close()
    sheet = tmp_path / "m.csv"
    sheet.write_text("外号,姓名\n芳芳,王芳\n", encoding="utf-8")
    result = qundesk("--db", db, "import", "members", sheet, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Using the column mapping saved on 2026-05-04." in result.stdout
    assert query(db, "SELECT name, nickname FROM members") == [("王芳", "芳芳")]
    # other titles: the guess, and 外号 is not imported
    other = tmp_path / "n.csv"
    other.write_text("外号,姓名,备注\n阿明,李明,x\n", encoding="utf-8")
    result = qundesk("--db", db, "import", "members", other, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "saved on" not in result.stdout
    assert query(db, "SELECT name, nickname FROM members ORDER BY id")[1] == ("李明", "")
