"""Files the app writes: exports through links and never over read-only files, owner-only
personal data, and the leftovers of a killed run cleaned up."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop.models.core.common import save_csv
from desktop.models.core.errors import ReadOnlyTargetError
from desktop.models.exchange import portable
from desktop.models.exchange.exporting import ExportError, ExportOptions, export_workbook
from desktop.models.storage import backups, files, restoring, salvage
from desktop.models.storage.db import Database

POSIX = os.name == "posix"
posix_only = pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
TODAY = dt.date(2026, 11, 23)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, whatever the test runner's is."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


# ---- exports: a symbolic link is written through, a read-only file is refused ---------------

Writer = Callable[[Database, Path], object]


def _workbook(database: Database, path: Path) -> object:
    return export_workbook(database, path, ExportOptions(today=TODAY))


def _csv(_database: Database, path: Path) -> object:
    save_csv(path, ["姓名"], [["张三"], ["=1+1"]])
    return None


def _zip(database: Database, path: Path) -> object:
    return portable.export_zip(database, path)


WRITERS: dict[str, tuple[Writer, str]] = {
    "workbook": (_workbook, ".xlsx"),
    "csv": (_csv, ".csv"),
    "zip": (_zip, ".zip"),
}


def _is_written(path: Path, suffix: str) -> bool:
    data = path.read_bytes()
    if suffix == ".csv":
        return data.startswith(b"\xef\xbb\xbf") and "张三" in data.decode("utf-8-sig")
    return data.startswith(b"PK")  # workbook and zip alike


@pytest.mark.parametrize("kind", WRITERS)
def test_an_export_over_a_read_only_file_is_refused_and_changes_nothing(
    database: Database, tmp_path: Path, kind: str
) -> None:
    write, suffix = WRITERS[kind]
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"out{suffix}"
    target.write_bytes(b"the partner's own copy")
    os.chmod(target, 0o444)
    with pytest.raises((ExportError, ReadOnlyTargetError)) as caught:
        write(database, target)
    assert "read-only" in str(caught.value) and target.name in str(caught.value)
    assert target.read_bytes() == b"the partner's own copy"
    assert _mode(target) == 0o444
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temporary file left


@pytest.mark.parametrize("kind", WRITERS)
def test_an_export_through_a_symbolic_link_replaces_the_file_it_points_to(
    database: Database, tmp_path: Path, kind: str
) -> None:
    write, suffix = WRITERS[kind]
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / f"real{suffix}"
    real.write_bytes(b"last month")
    link = tmp_path / f"link{suffix}"
    link.symlink_to(real)
    write(database, link)
    assert link.is_symlink() and link.readlink() == real  # still the same link
    assert _is_written(real, suffix)
    assert sorted(p.name for p in shared.iterdir()) == [real.name]  # no temporary file left


def test_an_export_to_a_new_name_still_works_and_a_writable_file_is_replaced(
    database: Database, tmp_path: Path
) -> None:
    new = tmp_path / "new.xlsx"
    _workbook(database, new)
    old = tmp_path / "old.csv"
    old.write_bytes(b"x")
    os.chmod(old, 0o644)
    _csv(database, old)
    assert CalamineWorkbook.from_path(str(new)).sheet_names and _is_written(old, ".csv")


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_exports_keep_the_users_umask_for_sharing(database: Database, tmp_path: Path) -> None:
    for kind, (write, suffix) in WRITERS.items():
        target = tmp_path / f"{kind}{suffix}"
        write(database, target)
        assert _mode(target) == 0o644, kind


# ---- personal data is owner-only -------------------------------------------------------------


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_a_new_database_its_log_lock_and_backups_are_owner_only(tmp_path: Path) -> None:
    tmp_path = tmp_path / "club"
    tmp_path.mkdir()
    path = tmp_path / "club.sqlite"
    database = Database.open(path, lock=True)
    try:
        with database.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
        beside = {p.name: _mode(p) for p in tmp_path.iterdir()}
        assert beside == {
            "club.sqlite": 0o600,
            "club.sqlite-wal": 0o600,
            "club.sqlite-shm": 0o600,
            "club.sqlite.lock": 0o600,
        }
        info = backups.manual_backup(database, now=dt.datetime(2026, 11, 23, 10, 0))
        assert _mode(info.path.parent) == 0o700 and _mode(info.path) == 0o600
        restored = restoring.restore(database, info.path, now=dt.datetime(2026, 11, 23, 10, 5))
    finally:
        database.close()
    restored.close()
    assert _mode(path) == 0o600  # the restored file is the backup's copy, private too
    assert {_mode(p) for p in (tmp_path / "backups").iterdir()} == {0o600}


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_databases_made_from_others_are_owner_only(database: Database, tmp_path: Path) -> None:
    archive = tmp_path / "all.zip"
    portable.export_zip(database, archive)
    rebuilt = tmp_path / "rebuilt.sqlite"
    portable.rebuild_from_zip(archive, rebuilt)
    saved = tmp_path / "salvaged.sqlite"
    salvage.salvage(database.path, saved)
    copied = tmp_path / "copied.sqlite"
    restoring.copy_backup_to(database.path, copied)
    assert [_mode(p) for p in (rebuilt, saved, copied)] == [0o600] * 3
    assert _mode(archive) == 0o644  # an export, meant to be shared


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_an_existing_file_opened_is_never_chmodded(tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite"
    Database.open(path).close()
    os.chmod(path, 0o640)  # the owner's own choice
    Database.open(path).close()
    assert _mode(path) == 0o640


@posix_only
def test_private_folder_makes_owner_only_folders_and_leaves_existing_ones_alone(
    tmp_path: Path, umask_022: None
) -> None:
    made = files.private_folder(tmp_path / "a" / "b")
    assert _mode(made) == 0o700 and _mode(tmp_path / "a") == 0o700
    os.chmod(tmp_path, 0o755)
    files.private_folder(tmp_path / "c")
    assert _mode(tmp_path) == 0o755  # an existing parent: untouched
    existing = tmp_path / "mine"
    existing.mkdir(mode=0o755)
    files.private_folder(existing)
    assert _mode(existing) == 0o755
    files.tighten_folder(existing)  # only ever called on the app's own data folder
    assert _mode(existing) == 0o700


# ---- leftovers of a killed run -----------------------------------------------------------------

NOW = 2_000_000_000.0  # any moment: clean_stale compares file times with the `now` it is given
OLD = NOW - files.STALE_AFTER_S - 1
FRESH = NOW - files.STALE_AFTER_S + 1

LEFTOVERS = [
    ".会员.a1b2c3d4.xlsx.part",  # the workbook export (mkstemp), killed
    ".members.csv.k9_x0z1q.part",  # a CSV export
    ".qundesk-backup-20261123-100000.sqlite.partial",  # a backup being copied
    ".qundesk-export-20261123.zip.partial",  # the export zip
    ".qundesk.sqlite.restoring",  # a restore's copy
    "qundesk.sqlite.lock.stale-4242",  # a stale lock moved aside
]
NOT_OURS = [
    "notes.part",  # Firefox's and others' partial downloads: not hidden
    ".notes.part",  # no random part
    "report.xlsx",
    ".hidden",
    "qundesk.sqlite",
    "qundesk.sqlite.lock",  # the lock itself: its own rules decide
    "openpyxl.a1b2c3d4",  # openpyxl's name: only in the app's own temporary folder
]


def _touch(path: Path, when: float) -> Path:
    path.write_bytes(b"")
    os.utime(path, (when, when))
    return path


def test_only_the_apps_own_old_leftovers_are_removed(tmp_path: Path) -> None:
    old = [_touch(tmp_path / name, OLD) for name in LEFTOVERS]
    fresh = _touch(tmp_path / ".other.abcdefgh.xlsx.part", FRESH)  # a copy exporting now
    kept = [_touch(tmp_path / name, OLD) for name in NOT_OURS]
    folder = tmp_path / ".qundesk.sqlite.partial"  # a folder, not a file of ours
    folder.mkdir()
    os.utime(folder, (OLD, OLD))

    removed = files.clean_stale([tmp_path, tmp_path / "missing", None], NOW)

    assert sorted(removed) == sorted(old)
    assert not any(p.exists() for p in old)
    assert fresh.exists() and all(p.exists() for p in kept) and folder.is_dir()


def test_a_read_only_folder_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    leftover = _touch(folder / ".club.sqlite.restoring", OLD)
    os.chmod(folder, 0o555)
    try:
        assert files.clean_stale([folder], NOW) == []
    finally:
        os.chmod(folder, 0o755)
    assert leftover.exists()
    assert files.clean_stale([folder], NOW) == [leftover]


def test_the_temporary_folder_loses_openpyxl_sheets_and_upgraded_copies(tmp_path: Path) -> None:
    sheet = _touch(tmp_path / "openpyxl.a1b2c3d4", OLD)
    busy = _touch(tmp_path / "openpyxl.zzzzzzzz", FRESH)
    copy = tmp_path / "qundesk-upgrade-k2j4h6g8"
    copy.mkdir()
    _touch(copy / "club.sqlite", OLD)
    os.utime(copy, (OLD, OLD))
    others = [_touch(tmp_path / name, OLD) for name in ("tmpa1b2c3d4", "openpyxl.txt")]
    beside = _touch(tmp_path / ".x.sqlite.partial", OLD)  # not looked for here

    removed = files.clean_stale([tmp_path], NOW, temp=True)

    assert sorted(removed) == sorted([sheet, copy])
    assert busy.exists() and beside.exists() and all(p.exists() for p in others)
