"""Damaged files: detected on open, never written to, a backup offered, readable rows saved."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.models.core.errors import BackupError, DamagedDatabaseError
from desktop.models.storage import backups, restoring, salvage
from desktop.models.storage.db import Database


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def _leaf_pages(path: Path, table: str) -> list[int]:
    """Page numbers of the leaves of `table`'s b-tree (read straight from the file)."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    data, size = path.read_bytes(), _page_size(path)

    def children(page: int) -> list[int]:
        start = (page - 1) * size
        header = start + (100 if page == 1 else 0)
        kind = data[header]
        if kind in (0x0D, 0x0A):  # a leaf
            return [page]
        cells = int.from_bytes(data[header + 3 : header + 5], "big")
        right = int.from_bytes(data[header + 8 : header + 12], "big")
        found = []
        for i in range(cells):
            pointer = int.from_bytes(data[header + 12 + 2 * i : header + 14 + 2 * i], "big")
            found += children(int.from_bytes(data[start + pointer : start + pointer + 4], "big"))
        return found + children(right)

    return children(root)


@pytest.fixture
def damaged(demo_template: Path, tmp_path: Path) -> tuple[Path, list[int]]:
    """A copy of the demo whose members table lost one leaf page to garbage."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    Database.open(path).close()  # migrate it now, so the damage is what the file holds
    leaves = _leaf_pages(path, "members")
    assert len(leaves) >= 4
    size = _page_size(path)
    victim = leaves[len(leaves) // 2]
    with path.open("r+b") as fh:
        fh.seek((victim - 1) * size)
        fh.write(b"\xa5" * size)
    return path, leaves


def test_damaged_file_is_detected_and_never_written(damaged: tuple[Path, list[int]]) -> None:
    path, _leaves = damaged
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        Database.open(path)
    with pytest.raises(DamagedDatabaseError):
        Database.open(path, read_only=True)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_truncated_file_is_detected(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.sqlite"
    data = demo_template.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        Database.open(path)
    # here the end of the table list itself is gone: salvage says so and points to a backup
    with pytest.raises(BackupError, match="use a backup"):
        salvage.salvage(path, tmp_path / "out.sqlite")
    assert path.read_bytes() == before
    assert not (tmp_path / "out.sqlite").exists()


def test_newest_good_backup_is_offered(
    damaged: tuple[Path, list[int]], demo_template: Path
) -> None:
    path, _leaves = damaged
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    good = folder / "demo-daily-20261120-090000.sqlite"
    shutil.copyfile(demo_template, good)
    bad = folder / "demo-daily-20261122-090000.sqlite"
    shutil.copyfile(path, bad)  # a newer copy that is itself damaged is skipped
    offered = restoring.newest_good_backup(path)
    assert offered is not None and offered.path == good
    restored = restoring.copy_backup_to(good, path.with_name("demo-restored.sqlite"))
    database = Database.open(restored, create=False)
    try:
        assert database.counts()["members"] == 300
    finally:
        database.close()


def test_salvage_recovers_the_readable_rows(damaged: tuple[Path, list[int]]) -> None:
    path, _leaves = damaged
    before = path.read_bytes()
    target = path.with_name("demo-salvaged.sqlite")
    report = salvage.salvage(path, target)
    assert path.read_bytes() == before  # the damaged file is only read
    by_table = {t.table: t for t in report.tables}
    members = by_table["members"]
    assert members.damaged and report.damaged_tables == ["members"]
    # one leaf of ~20 rows is lost, every other row is saved
    assert 250 <= members.copied < 300
    assert by_table["groups"].copied == 5 and not by_table["groups"].damaged
    database = Database.open(target, create=False)
    try:
        conn = database.conn
        assert members.dropped == 0  # a lost referrer empties the link, the member stays
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == members.copied
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # memberships of the lost members went with them (they had no member to belong to)
        assert by_table["memberships"].dropped > 0
        lost = conn.execute(
            "SELECT count(*) FROM memberships WHERE member_id NOT IN (SELECT id FROM members)"
        ).fetchone()[0]
        assert lost == 0
        # the salvaged file is a normal database: it takes writes
        with database.transaction() as write:
            write.execute("UPDATE groups SET name = name WHERE id = 1")
    finally:
        database.close()


def test_salvage_of_a_sound_file_copies_everything(demo_db: Database, tmp_path: Path) -> None:
    demo_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    report = salvage.salvage(demo_db.path, tmp_path / "copy.sqlite")
    assert report.damaged_tables == []
    counts = backups.table_counts(tmp_path / "copy.sqlite")
    assert counts == backups.table_counts(demo_db.path)
