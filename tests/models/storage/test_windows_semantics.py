"""Windows' and macOS's documented file-system behaviour, simulated on the test machine.

No Windows or macOS machine runs these tests: each one makes this system behave as the
other one is documented to (a refused fsync, a folder reporting 0o555, names compared
without case, a file another program holds, a UNC path) and checks what QunDesk does.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import logging
import os
import re
import socket
import sqlite3
import stat
import subprocess
import sys
from collections import namedtuple
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import pytest

from desktop import logs
from desktop.models.core.clock import FixedClock
from desktop.models.core.errors import ReadOnlyTargetError
from desktop.models.groups.groups import GroupDraft, create_group, list_group_refs
from desktop.models.storage import backups, files, lockfile, places, restoring
from desktop.models.storage.db import Database
from desktop.models.storage.places import read_only_uri

ROOT = Path(__file__).resolve().parents[3]
NOW = dt.datetime(2026, 11, 23, 10, 0)
# What Windows says when a file is open in another program (as Python shows it there).
SHARING_VIOLATION = "另一个程序正在使用此文件，进程无法访问。"


def _in_use(path: object) -> PermissionError:
    """The PermissionError Windows raises for a file another process holds (WinError 32)."""
    exc = PermissionError(errno.EACCES, SHARING_VIOLATION, str(path))
    exc.winerror = 32  # type: ignore[attr-defined]  # set by Windows only; kept for realism
    return exc


@pytest.fixture
def windows_fsync(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Windows: fsync (_commit) refuses a descriptor opened read-only, and folders are
    never opened at all; returns the descriptors synced."""
    real = os.fsync
    synced: list[int] = []

    def fsync(fd: int) -> None:
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        synced.append(fd)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(files, "POSIX", False)
    return synced


def _add_group(database: Database, name: str) -> None:
    create_group(database, GroupDraft(name=name), today=NOW.date())


# ---- 1. backups flush through a handle that may flush ------------------------------------------


def test_backups_and_restores_flush_where_fsync_needs_a_writable_handle(
    tmp_path: Path, windows_fsync: list[int]
) -> None:
    """Windows' _commit fails with EBADF on a read-only descriptor (MS docs: _commit needs
    a handle opened for writing); folders cannot be opened to be flushed there."""
    database = Database.open(tmp_path / "club.sqlite", clock=FixedClock(NOW))
    _add_group(database, "读书会")
    daily = backups.daily_backup(database)
    assert daily is not None and backups.verify(daily.path) is None
    before = backups.backup_before(database, backups.REASON_IMPORT)
    assert before is not None and before.path.is_file()
    _add_group(database, "跑步群")
    restored = restoring.restore(database, daily.path)  # closes `database`
    try:
        assert [g.name for g in list_group_refs(restored)] == ["读书会"]
    finally:
        restored.close()
    assert windows_fsync  # every copy was flushed, through handles that may flush


# ---- 3. Documents and Downloads report 0o555 yet are writable --------------------------------


def test_a_folder_windows_reports_read_only_is_written_when_it_can_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows sets the Read-only attribute on customised shell folders (Documents,
    Downloads); Python's os.stat then reports mode 0o555 for a folder files can be made in
    (the attribute means nothing for folders: Microsoft KB 326549)."""
    documents = tmp_path / "Documents"
    documents.mkdir()
    real_stat = os.stat

    def stat_as_windows(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        found = real_stat(path, *args, **kwargs)
        if os.fspath(path) == str(documents):
            return os.stat_result((stat.S_IFDIR | 0o555, *tuple(found)[1:]))
        return found

    monkeypatch.setattr(files, "POSIX", False)
    monkeypatch.setattr(os, "stat", stat_as_windows)
    assert stat.S_IMODE(documents.stat().st_mode) == 0o555  # as Windows reports it
    database = Database.open(documents / "club.sqlite", clock=FixedClock(NOW))
    try:
        _add_group(database, "读书会")
        assert database.counts()["groups"] == 1
    finally:
        database.close()
    assert files.is_writable(documents)
    assert files.user_file_target(documents / "out.csv") == documents / "out.csv"
    assert not [p for p in documents.iterdir() if p.name.startswith(".write-check")]


# ---- 7. a reused pid with another start time is stale -----------------------------------------


def test_a_windows_pid_reused_by_another_process_is_a_stale_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows hands a dead process's pid (a multiple of 4) to the next process soon
    (Raymond Chen, "The Old New Thing"); OpenProcess then succeeds for the new one."""
    path = tmp_path / "club.sqlite"
    Database.open(path).close()
    crashed_start = 1_790_000_000.0
    since = dt.datetime(2026, 11, 23, 9, 0)
    holder = lockfile.LockHolder(socket.gethostname(), 4188, since, crashed_start)
    lockfile.lock_path(path).write_text(holder.to_json(), encoding="utf-8")
    svchost_start = crashed_start + 3600.0  # the pid now runs something started later
    monkeypatch.setattr(lockfile, "pid_alive", lambda pid: pid == 4188)
    monkeypatch.setattr(
        lockfile, "process_started", lambda pid: svchost_start if pid == 4188 else None
    )
    assert lockfile.is_stale(holder)
    taken = lockfile.DatabaseLock.acquire(path)
    try:
        assert taken.taken_over == holder
        assert lockfile.read_holder(path) == taken.holder
    finally:
        taken.release()
    # a pid whose process the system will not show (a SYSTEM service) is respected, and
    # the owner may take it over from the window (`may_be_gone`)
    lockfile.lock_path(path).write_text(holder.to_json(), encoding="utf-8")
    monkeypatch.setattr(lockfile, "process_started", lambda pid: None)
    assert not lockfile.is_stale(holder) and lockfile.may_be_gone(holder)
    assert lockfile.break_lock(path, holder) and not lockfile.lock_path(path).exists()


# ---- 8. a restore while another program holds the file ---------------------------------------


def test_a_restore_refused_by_a_program_holding_the_file_keeps_the_database_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' MoveFileEx (os.replace) fails with ERROR_SHARING_VIOLATION (32) while an
    antivirus, a sync app or a second reader has the target open without FILE_SHARE_DELETE."""
    path = tmp_path / "club.sqlite"
    database = Database.open(path, lock=True, clock=FixedClock(NOW))
    _add_group(database, "读书会")
    copy = backups.manual_backup(database)
    _add_group(database, "跑步群")
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == path:
            raise _in_use(dst)
        real_replace(src, dst)

    prepared = restoring.prepare_restore(database, copy.path)
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(restoring.RestoreFailedError) as caught:
        restoring.finish_restore(database, prepared)
    failed = caught.value
    reopened = failed.database
    try:
        assert failed.file_in_use and "another program" in str(failed)
        assert "antivirus" in str(failed) and "Nothing was changed" in str(failed)
        assert {g.name for g in list_group_refs(reopened)} == {"读书会", "跑步群"}
        _add_group(reopened, "新群")  # the connection is open and writable
        assert reopened.lock is not None and reopened.lock.still_held()
        assert not prepared.temp.exists()  # no .restoring left behind
    finally:
        reopened.close()


# ---- 9. network drives: SQLite's URI form and the warning's detection ----------------------


def test_a_database_on_a_network_share_gets_a_uri_sqlite_accepts(tmp_path: Path) -> None:
    """SQLite refuses a URI authority ("invalid uri authority") unless built with
    SQLITE_ALLOW_URI_AUTHORITY; its documented form of a UNC path is file:////host/path
    (sqlite3ParseUri); Python resolves a mapped drive (Z:) to its UNC path."""
    share = PureWindowsPath(r"\\nas\share\社群\club.sqlite")
    assert share.as_uri() == "file://nas/share/%E7%A4%BE%E7%BE%A4/club.sqlite"  # pathlib's
    assert read_only_uri(share) == (
        "file:////nas/share/%E7%A4%BE%E7%BE%A4/club.sqlite?mode=ro&immutable=1"
    )
    assert places.sqlite_uri(PureWindowsPath(r"\\?\UNC\nas\share\a b#1.sqlite")) == (
        "file:////nas/share/a%20b%231.sqlite"
    )
    assert places.sqlite_uri(PureWindowsPath(r"C:\Users\李\club.sqlite")) == (
        "file:///C:/Users/%E6%9D%8E/club.sqlite"
    )
    # SQLite itself: pathlib's form is refused, the four-slash form opens the file
    real = tmp_path / "club.sqlite"
    Database.open(real).close()
    with pytest.raises(sqlite3.OperationalError, match="invalid uri authority"):
        sqlite3.connect("file://nas/share/club.sqlite?mode=ro", uri=True)
    four_slashes = places.sqlite_uri(real).replace("file:///", "file:////", 1)  # //tmp/…
    conn = sqlite3.connect(f"{four_slashes}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM groups").fetchone() == (0,)
    finally:
        conn.close()
    # every URI the app builds goes through the one helper
    built = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in (ROOT / "desktop").rglob("*.py")
        if p.name != "places.py"
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "as_uri(" in line
    ]
    assert built == []


Partition = namedtuple("Partition", "device mountpoint fstype opts")


@pytest.mark.parametrize(
    ("path", "partitions", "network"),
    [
        (PureWindowsPath(r"\\nas\share\club.sqlite"), [], True),
        (
            PureWindowsPath(r"Z:\社群\club.sqlite"),
            [
                Partition("C:\\", "C:\\", "NTFS", "rw,fixed"),
                Partition("Z:\\", "Z:\\", "", "rw,remote"),
            ],
            True,
        ),
        (
            PureWindowsPath(r"c:\Users\li\club.sqlite"),
            [
                Partition("C:\\", "C:\\", "NTFS", "rw,fixed"),
                Partition("Z:\\", "Z:\\", "", "rw,remote"),
            ],
            False,
        ),
        (
            PurePosixPath("/Volumes/share/club.sqlite"),
            [
                Partition("/dev/disk1", "/", "apfs", "rw"),
                Partition("//li@nas/share", "/Volumes/share", "smbfs", "rw"),
            ],
            True,
        ),
        (
            PurePosixPath("/mnt/nas/club.sqlite"),
            [
                Partition("/dev/sda1", "/", "ext4", "rw"),
                Partition("nas:/x", "/mnt/nas", "nfs4", "rw"),
            ],
            True,
        ),
        (
            PurePosixPath("/mnt/nasty/club.sqlite"),
            [
                Partition("/dev/sda1", "/", "ext4", "rw"),
                Partition("nas:/x", "/mnt/nas", "cifs", "rw"),
            ],
            False,
        ),
    ],
    ids=["unc", "mapped-drive", "local-drive", "macos-smb", "linux-nfs", "prefix-is-not-inside"],
)
def test_network_drives_are_recognised(
    path: Any, partitions: list[Partition], network: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """psutil.disk_partitions marks Windows network drives "remote" and reports the file
    system of POSIX mounts (nfs, cifs, smbfs); a UNC path is a network path by itself."""
    monkeypatch.setattr(places.psutil, "disk_partitions", lambda all=False: partitions)
    assert places.is_network_path(path) is network


# ---- 10. names compared without case ---------------------------------------------------------


@pytest.fixture
def case_insensitive_lookups(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make lookups under a folder ignore case, as APFS and HFS+ (macOS's defaults) do."""
    real_stat = os.stat
    roots: list[str] = []

    def folded(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        try:
            return real_stat(path, *args, **kwargs)
        except FileNotFoundError:
            text = os.fspath(path)
            if not isinstance(text, str) or not any(text.startswith(r) for r in roots):
                raise
            parent, name = os.path.split(text)
            for entry in os.listdir(parent):
                if entry.casefold() == name.casefold():
                    return real_stat(os.path.join(parent, entry), *args, **kwargs)
            raise

    monkeypatch.setattr(os, "stat", folded)
    return lambda folder: roots.append(str(folder))


@pytest.mark.parametrize("system", ["windows", "macos"])
def test_backups_are_found_and_rotated_whatever_the_case_of_the_name(
    tmp_path: Path,
    system: str,
    monkeypatch: pytest.MonkeyPatch,
    case_insensitive_lookups: Callable[[Path], None],
) -> None:
    """NTFS, APFS and HFS+ compare names without case but keep the case written:
    `club.sqlite` opens the file created as `Club.sqlite`, whose copies are `Club-….sqlite`."""
    created = tmp_path / "Club.sqlite"
    database = Database.open(created, clock=FixedClock(NOW))
    try:
        made = [
            backups.make_backup(
                database.conn,
                created,
                backups.REASON_DAILY,
                now=NOW - dt.timedelta(days=3 * n),
                rotate_old=False,
            )
            for n in range(20)
        ]
    finally:
        database.close()
    # one file, two spellings: a hard link stands for the case-insensitive lookup
    opened = tmp_path / "club.sqlite"
    os.link(created, opened)
    names = [p.name for p in (tmp_path / "backups").iterdir()]
    assert not places.names_fold_case(tmp_path / "backups", names)  # this (Linux) disk
    if system == "windows":
        monkeypatch.setattr(places, "WINDOWS", True)
    else:
        case_insensitive_lookups(tmp_path)
    found = backups.list_backups(opened)
    assert sorted(b.path for b in found) == sorted(b.path for b in made)
    assert {b.origin for b in found} == {backups.ORIGIN_OWN}
    removed = backups.rotate(opened, None, NOW)
    assert removed and all(not p.exists() for p in removed)
    assert len(backups.list_backups(opened)) == len(made) - len(removed)


# ---- 12. a second copy holding the log; UTF-8 when asked; long paths ---------------------------


def test_the_log_goes_on_when_another_process_holds_it_at_rotation(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Windows refuses to rename a file another process holds open (a second QunDesk
    writing the same log): PermissionError [WinError 32] from os.rename in doRollover."""
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup_logging()
    real_rename = os.rename
    refused: list[str] = []

    def rename(src: Any, dst: Any) -> None:
        if os.fspath(src) == str(path):
            refused.append(os.fspath(dst))
            raise _in_use(src)
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    try:
        for n in range(60):
            logging.getLogger("qundesk.test").info("记录 %03d %s", n, "x" * 60)
        logs.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        logs.shutdown_logging()
    assert all(f"记录 {n:03d}" in text for n in range(60))  # nothing lost
    assert 1 <= len(refused) <= 3  # retried after more growth, not before every record
    assert "Logging error" not in capsys.readouterr().err


def test_the_app_writes_utf8_when_asked_even_where_python_ignores_the_environment(
    tmp_path: Path,
) -> None:
    """A frozen (PyInstaller) app ignores PYTHON* variables, like `python -E`; Windows
    writes a pipe in the ANSI code page (cp936) unless told otherwise."""
    code = (
        "import sys\n"
        "sys.stdout.reconfigure(encoding='cp936')\n"  # a Chinese Windows' pipe
        "from desktop import console\n"
        "console.make_output_safe()\n"
        "print('群台 😅')\n"
    )
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-E", "-c", code], capture_output=True, env=env, cwd=ROOT, check=True
    )
    assert done.stdout.decode("utf-8") == "群台 😅\n"
    # the release check asks for it and never fails on a stray byte
    for name in ("smoke_test", "build", "names"):
        sys.modules.pop(name, None)
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import smoke_test

        assert smoke_test.app_environment(tmp_path)["PYTHONIOENCODING"] == "utf-8"
        printed = smoke_test.run(
            [sys.executable, "-c", "import sys; sys.stdout.buffer.write('中文'.encode('gbk'))"],
            dict(os.environ),
        )
        assert printed and set(printed) == {"\ufffd"}
    finally:
        sys.path.remove(str(ROOT / "packaging"))
        for name in ("smoke_test", "build", "names"):
            sys.modules.pop(name, None)


def test_long_windows_paths_get_the_extended_length_prefix() -> None:
    """Windows limits a path to MAX_PATH (260) unless it starts with \\\\?\\ (or
    \\\\?\\UNC\\ for a share), which must then be absolute and normalised (MS docs,
    "Maximum Path Length Limitation")."""
    folder = "社群运营" * 60
    long_local = PureWindowsPath(rf"C:\Users\li\OneDrive\文档\{folder}\..\{folder}\读书会.xlsx")
    prefixed = places.long_path(long_local)
    assert str(prefixed) == rf"\\?\C:\Users\li\OneDrive\文档\{folder}\读书会.xlsx"
    assert isinstance(prefixed, PureWindowsPath) and prefixed.name == "读书会.xlsx"
    long_share = PureWindowsPath(rf"\\nas\share\{folder}\读书会.xlsx")
    assert str(places.long_path(long_share)) == rf"\\?\UNC\nas\share\{folder}\读书会.xlsx"
    assert places.long_path(places.long_path(long_share)) == places.long_path(long_share)
    short = PureWindowsPath(r"C:\Users\li\Documents\读书会.xlsx")
    assert places.long_path(short) == short
    assert places.long_path(PureWindowsPath(f"{folder}.xlsx")).is_absolute() is False
    posix = PurePosixPath("/home/li/" + folder + "/x.xlsx")
    assert places.long_path(posix) is posix
    # a prefixed path still makes a URI SQLite opens
    assert places.sqlite_uri(prefixed).startswith("file:///C:/Users/li/")


# ---- 6. file names built from group names ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ('读书会 2026/秋: "精读"?', "读书会 2026_秋_ _精读_"),
        ("a<b>c|d*e\\f", "a_b_c_d_e_f"),
        ("跑步群...  ", "跑步群"),
        ("tab\there\x07", "tabhere"),
        ("CON", "_CON"),
        ("com1.backup", "_com1.backup"),
        ("Lpt9", "_Lpt9"),
        ("console", "console"),
        ("...", "QunDesk"),
        ("", "QunDesk"),
        ("😅群", "😅群"),
    ],
)
def test_file_names_from_group_names_are_valid_everywhere(name: str, safe: str) -> None:
    """Windows forbids \\ / : * ? " < > | and control characters in names, drops trailing
    dots and spaces, and reserves CON, PRN, AUX, NUL, COM1-9, LPT1-9 (MS docs, "Naming
    Files, Paths, and Namespaces")."""
    made = files.safe_file_name(name)
    assert made == safe
    assert not re.search(r'[\\/:*?"<>|\x00-\x1f]', made)
    assert not made.endswith((".", " "))


# ---- 5. a file open in Excel or WPS -----------------------------------------------------------


def test_replacing_a_file_excel_holds_open_names_it_and_leaves_no_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel and WPS open a workbook without FILE_SHARE_DELETE: replacing it fails with
    PermissionError [WinError 5] access denied, naming the temporary file."""
    target = tmp_path / "读书会.csv"
    target.write_bytes(b"old")
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == target:
            raise PermissionError(errno.EACCES, "拒绝访问。", os.fspath(src), None, os.fspath(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(ReadOnlyTargetError) as caught:
        files.write_user_file(target, b"new")
    assert str(target) in str(caught.value) and ".part" not in str(caught.value)
    assert "open in another program" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "读书会.csv"]
