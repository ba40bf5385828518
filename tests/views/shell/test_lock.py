"""Starting the app on a held or damaged database: the dialogs and what they open."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import make_settings, open_with_recovery
from desktop.models.storage import lockfile
from desktop.models.storage.backups import BackupInfo
from desktop.models.storage.db import Database
from desktop.views.shell import damaged_dialog, lock_dialog
from desktop.views.shell.damaged_dialog import DamagedDialog
from desktop.views.shell.lock_dialog import LockDialog
from tests.models.storage.test_salvage import _leaf_pages


def damaged_copy(demo_template: Path, tmp_path: Path) -> Path:
    """A migrated copy of the demo whose members table lost one leaf page to garbage."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    Database.open(path).close()
    leaf = _leaf_pages(path, "members")[3]
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    with path.open("r+b") as fh:
        fh.seek((leaf - 1) * size)
        fh.write(b"\xa5" * size)
    return path


def _hold(path: Path) -> lockfile.LockHolder:
    """A live holder on this host (this test process itself)."""
    since = dt.datetime(2026, 11, 23, 9, 5)
    holder = lockfile.LockHolder(socket.gethostname(), os.getpid(), since)
    lockfile.lock_path(path).write_text(holder.to_json(), encoding="utf-8")
    return holder


def test_second_copy_says_who_holds_it_and_opens_read_only(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "held.sqlite"
    shutil.copyfile(demo_template, path)
    Database.open(path).close()
    holder = _hold(path)
    asked: list[object] = []

    def ask(cls: object, parent: object, shown: str, who: object) -> str:
        asked.append(who)
        return lock_dialog.READ_ONLY

    monkeypatch.setattr(LockDialog, "ask", classmethod(ask))
    database = open_with_recovery(path, create=False, settings=make_settings())
    assert database is not None
    try:
        assert asked == [holder] and database.read_only
        assert database.counts()["members"] == 300
    finally:
        database.close()
    assert lockfile.read_holder(path) == holder  # the holder's lock is left alone
    text = lock_dialog.holder_text(holder)
    assert socket.gethostname() in text and "2026-11-23 09:05" in text
    monkeypatch.setattr(LockDialog, "ask", classmethod(lambda cls, *a: lock_dialog.QUIT))
    assert open_with_recovery(path, create=False, settings=make_settings()) is None


def test_damaged_file_offers_the_backup_and_is_never_written(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    Database.open(path).close()
    (tmp_path / "backups").mkdir(exist_ok=True)
    good = tmp_path / "backups" / "demo-daily-20261122-090000.sqlite"
    shutil.copyfile(path, good)
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\x5a" * 8192
    path.write_bytes(bytes(data))
    offered: list[BackupInfo | None] = []

    def ask(cls: object, parent: object, where: Path, backup: BackupInfo | None) -> str:
        offered.append(backup)
        return damaged_dialog.USE_BACKUP

    monkeypatch.setattr(DamagedDialog, "ask", classmethod(ask))
    database = open_with_recovery(path, create=False, settings=make_settings())
    assert database is not None
    try:
        assert offered and offered[0] is not None and offered[0].path == good
        assert database.path != path and "restored" in database.path.name
        assert database.counts()["members"] == 300
        assert database.lock is not None  # the new file is held like any other
    finally:
        database.close()
    assert path.read_bytes() == bytes(data)


def test_damaged_file_salvage_from_the_dialog(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = damaged_copy(demo_template, tmp_path)
    before = path.read_bytes()
    monkeypatch.setattr(DamagedDialog, "ask", classmethod(lambda cls, *a: damaged_dialog.SALVAGE))
    notes: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: notes.append(text))
    database = open_with_recovery(path, create=False, settings=make_settings())
    assert database is not None
    try:
        assert "salvaged" in database.path.name
        assert database.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert database.counts()["groups"] == 5
        assert 250 <= database.counts()["members"] < 300
    finally:
        database.close()
    assert path.read_bytes() == before
    assert notes and "rows were saved" in notes[0]
