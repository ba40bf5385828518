"""Disk full, read-only, file vanished: the write fails in plain words, earlier data stays."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.models.core.errors import BackupError, WriteFailedError
from desktop.models.exchange.portable import table_contents
from desktop.models.members import members
from desktop.models.members.drafts import MemberDraft
from desktop.models.storage import backups
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)


def fill_disk(database: Database) -> None:
    """Make the database's 'disk' full: no page can be added (SQLITE_FULL on the next one)."""
    conn = database.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 8}")
    with pytest.raises(WriteFailedError, match="disk is full"):  # use up the last pages
        for n in range(10_000):
            with database.transaction() as write:
                write.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)", (f"filler{n}", "x" * 3000)
                )


def free_disk(database: Database) -> None:
    database.conn.execute("PRAGMA max_page_count = 4294967294")


def test_disk_full_fails_cleanly_and_keeps_earlier_data(demo_db: Database) -> None:
    fill_disk(demo_db)
    before = table_contents(demo_db.conn)
    draft = MemberDraft(name="新朋友", notes="很长的备注" * 2000)
    with pytest.raises(WriteFailedError) as caught:
        members.create_member(demo_db, draft, today=TODAY)
    message = str(caught.value)
    assert "disk is full" in message and "everything saved before is safe" in message
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert not demo_db.conn.in_transaction  # the app can go on
    assert table_contents(demo_db.conn) == before
    assert demo_db.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    free_disk(demo_db)  # space freed: the same action now works
    new_id = members.create_member(demo_db, draft, today=TODAY)
    assert members.get_member(demo_db, new_id).name == "新朋友"
    # and what was saved before the disk filled is on disk, as a fresh reader sees it
    reader = sqlite3.connect(demo_db.path)
    try:
        assert reader.execute("SELECT count(*) FROM members").fetchone() == (301,)
    finally:
        reader.close()


def test_read_only_storage_fails_in_plain_words(demo_db: Database) -> None:
    demo_db.conn.execute("PRAGMA query_only = ON")  # what a write-protected stick answers
    with pytest.raises(WriteFailedError, match="read-only"):
        members.create_member(demo_db, MemberDraft(name="甲"), today=TODAY)
    demo_db.conn.execute("PRAGMA query_only = OFF")
    assert not demo_db.conn.in_transaction
    members.create_member(demo_db, MemberDraft(name="甲"), today=TODAY)


def test_vanished_file_fails_and_comes_back(demo_db: Database, tmp_path: Path) -> None:
    path = demo_db.path
    away = tmp_path / "unplugged.sqlite"
    path.rename(away)  # the USB stick is pulled out
    try:
        with pytest.raises(WriteFailedError, match="is gone"):
            members.create_member(demo_db, MemberDraft(name="乙"), today=TODAY)
    finally:
        away.rename(path)
    members.create_member(demo_db, MemberDraft(name="乙"), today=TODAY)
    assert demo_db.counts()["members"] == 301


def test_backup_to_an_unwritable_place_says_where(demo_db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    demo_db.backup_folder = blocker
    with pytest.raises(BackupError, match="could not write a backup to"):
        backups.backup_before(demo_db, "import")
    assert demo_db.counts()["members"] == 300
