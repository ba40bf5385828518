"""Files the app writes: owner-only data, user files written through links, stale leftovers.

Personal data (the data and backup folders; databases with their -wal, -shm and lock;
backups; the log files) is created owner-only on POSIX: folders 0700, files 0600. Files
made for the user to share (exports) keep the user's umask. Only files and folders the app
creates are given a mode, except the app's own data folder, which `tighten_folder` narrows
at start.

A crash (SIGKILL) can leave a file the app was writing under a temporary name; the next
start removes those (`clean_stale`), matching only the app's own names (`BESIDE_PATTERNS`
beside databases, backups and exports; `TEMP_PATTERNS` in the app's temporary folder) and
only when they have not been touched for `STALE_AFTER_S`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.models.core.errors import ReadOnlyTargetError
from desktop.models.core.messages import msg
from desktop.models.storage.places import long_path

POSIX = os.name == "posix"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def _user_file_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


# Read once at import (on the main thread): umask can only be read by setting it.
USER_FILE_MODE = _user_file_mode()

# A temporary file untouched this long belongs to a copy of the app that is gone: the
# slowest writer (a full export of 100,000 members) takes about a minute and touches its
# files all along, so ten minutes leaves a wide margin.
STALE_AFTER_S = 10 * 60

# mkstemp/mkdtemp put 8 of these characters between prefix and suffix.
_RANDOM = r"[a-z0-9_]{8}"
# Beside a database, in its backup folder and beside an export: files only.
BESIDE_PATTERNS = (
    # the workbook / CSV / table export: .<name>.<random>[.xlsx].part (common.save_csv,
    # exporting.export_workbook, views.table_export.write_table)
    re.compile(rf"^\..+\.{_RANDOM}(?:\.xlsx)?\.part$"),
    # a backup, a copied backup, a salvage, a rebuild or an export zip: .<name>.partial
    re.compile(r"^\..+\.partial$"),
    # the restored copy waiting to be swapped in: .<database>.restoring
    re.compile(r"^\..+\.restoring$"),
    # a stale lock moved aside before it is deleted: <database>.lock.stale-<pid>
    re.compile(r"^.+\.lock\.stale-\d+$"),
)
# In the app's own temporary folder (`temp_folder`): openpyxl's streamed sheets are files;
# the migrated copy an export of an older database reads, and the workbook export's row
# streams (exchange.workbook), are folders.
TEMP_PATTERNS = (re.compile(rf"^openpyxl\.{_RANDOM}$"),)
TEMP_FOLDER_PATTERNS = (
    re.compile(rf"^qundesk-upgrade-{_RANDOM}$"),
    re.compile(rf"^qundesk-export-{_RANDOM}$"),
)


def is_writable(path: Path) -> bool:
    """Whether `path` (a file or a folder) can be written, found by trying.

    A folder is tried by creating (and removing) a file in it, a file by opening it for
    writing (nothing is written). Mode bits alone mislead on Windows, which reports 0o555
    for a folder marked Read-only although files can be made in it (Documents, Downloads
    and every folder the shell customised carry that mark). On POSIX a file or folder
    without any write bit also counts as read-only: root could write it anyway, but the
    owner's intent is in the bits.
    """
    if POSIX and not _has_write_bit(path):
        return False
    return _can_create_in(path) if path.is_dir() else _can_open_for_writing(path)


def _has_write_bit(path: Path) -> bool:
    return bool(path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _can_create_in(folder: Path) -> bool:
    try:
        # A name `clean_stale` removes, should the app be killed between the two steps.
        fd, probe = tempfile.mkstemp(prefix=".write-check.", suffix=".part", dir=folder)
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return True


def _can_open_for_writing(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # no O_TRUNC: unchanged
    except OSError:
        return False
    os.close(fd)
    return True


def sync_file(path: Path) -> None:
    """Flush the file at `path` to the disk.

    Through a handle opened for writing: Windows' fsync (_commit) refuses a read-only one
    with EBADF, where POSIX would accept either.
    """
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename, a new file) to the disk, where that is possible.

    POSIX only: Windows cannot open a folder as a file (os.open raises PermissionError),
    so there is no handle to flush a folder through there.
    """
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_folder(folder: Path) -> Path:
    """Create `folder` and any missing parents, each owner-only (0700); existing ones stay.

    Missing parents too, as the XDG base directory rules ask of folders an app creates: a
    data folder made as the parent of the temporary one must not be left readable.
    """
    missing = [folder, *(p for p in folder.parents if not p.exists())]
    for made in reversed([p for p in missing if not p.is_dir()]):
        try:
            made.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            continue  # made by someone else meanwhile: theirs to keep as it is
        if POSIX:
            os.chmod(made, PRIVATE_DIR_MODE)  # mkdir's mode is narrowed by umask, not widened
    return folder


def tighten_folder(folder: Path) -> None:
    """Make the app's own existing data folder owner-only (0700) on POSIX; errors are ignored."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        real_folder = folder.is_dir() and not folder.is_symlink()
        if real_folder and stat.S_IMODE(folder.stat().st_mode) & 0o077:
            os.chmod(folder, PRIVATE_DIR_MODE)


def new_private_file(path: Path) -> bool:
    """Create the empty file `path` owner-only (0600); False when it already existed.

    SQLite gives a database's -wal, -shm and -journal files the mode of the database itself,
    so a database created this way keeps all of them private.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def private_file(path: Path) -> None:
    """Make sure the app's own file `path` (a temporary copy, a log) exists, owner-only (0600)."""
    if not new_private_file(path) and POSIX:
        os.chmod(path, PRIVATE_FILE_MODE)


def user_file_target(path: Path) -> Path:
    """Where a file made for the user (an export) is really written; refuse a read-only one.

    A symbolic link is written through: the file it points to is replaced and the link
    stays a link. An existing file that cannot be written (read-only, or held open by
    Excel or WPS on Windows) is refused with `ReadOnlyTargetError` instead of being
    replaced. A Windows path too long for MAX_PATH comes back with the extended-length prefix.
    """
    longer = long_path(path)
    target = long_path(longer.resolve()) if longer.is_symlink() else longer
    if target.exists() and not target.is_dir() and not is_writable(target):
        raise _held_or_read_only(path)
    return target


def _held_or_read_only(path: Path) -> ReadOnlyTargetError:
    # Windows cannot tell the two apart: a file Excel or WPS holds open refuses to be
    # opened for writing or replaced exactly as a read-only one does (PermissionError).
    return ReadOnlyTargetError(
        msg(
            "{path} is read-only or open in another program (Excel or WPS?), so it "
            "was not replaced; close it, or choose another name, and save again",
            path=path,
        )
    )


def replace_user_file(temp: str | os.PathLike[str], target: Path) -> None:
    """Move the finished `temp` over the user's file `target` in one step.

    A target held open by another program (Excel, WPS) or read-only raises
    `ReadOnlyTargetError`, naming the target rather than the temporary file; `temp` is the
    caller's to remove then.
    """
    try:
        os.replace(temp, target)
    except PermissionError as exc:
        raise _held_or_read_only(target) from exc


def write_user_file(path: Path, data: bytes) -> Path:
    """Write `data` to the user's file `path` whole or not at all; returns where it went.

    Written under a temporary name beside it (removed on any failure), synced, then moved
    over `path` (see `user_file_target` and `replace_user_file`).
    """
    target = user_file_target(path)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        if POSIX:
            os.chmod(temp, USER_FILE_MODE)  # mkstemp makes it private; this is for sharing
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_user_file(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return target


# Characters no file name may hold on Windows (and "/" nowhere), and the device names
# Windows reserves whatever the extension ("CON.csv" opens the console).
_UNSAFE_CHARACTERS = re.compile(r'[/\\:"?*<>|]+')
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
_RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{kind}{n}" for kind in ("COM", "LPT") for n in range(1, 10)]
)
# Long enough for any group name; short enough that folder + name stay far from limits.
MAX_NAME_CHARACTERS = 100


def safe_file_name(text: str, fallback: str = "QunDesk") -> str:
    """`text` (a group's name, say) made fit to be a file name on every system.

    Characters Windows forbids become "_", control characters go, and so do the dots and
    spaces Windows drops from a name's end; a reserved device name gets a "_" in front.
    The caller adds the extension.
    """
    name = _UNSAFE_CHARACTERS.sub("_", _CONTROL_CHARACTERS.sub("", text))
    name = name[:MAX_NAME_CHARACTERS].strip().rstrip(". ")
    if not name:
        return fallback
    if name.split(".")[0].strip().upper() in _RESERVED_NAMES:
        name = "_" + name
    return name


def is_disk_full(exc: OSError) -> bool:
    """Whether the file system refused a write for lack of space (or of quota)."""
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


@contextlib.contextmanager
def temp_folder(folder: Path | None) -> Iterator[Path | None]:
    """Make temporary files (openpyxl's sheets too) go to the app's own folder meanwhile.

    The folder is created owner-only; when it cannot be, the system's folder stays in use
    and None is yielded.
    """
    if folder is None:
        yield None
        return
    try:
        private_folder(folder)
    except OSError:
        yield None
        return
    before = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        yield folder
    finally:
        tempfile.tempdir = before


def clean_stale(folders: Iterable[Path | None], now: float, *, temp: bool = False) -> list[Path]:
    """Remove the app's leftover temporary files from `folders`; returns what was removed.

    `now` is the system clock's timestamp (file times are the system's). Only names of
    `BESIDE_PATTERNS` (with `temp`: `TEMP_PATTERNS` and `TEMP_FOLDER_PATTERNS`) untouched for
    `STALE_AFTER_S` and owned by this user go; a folder marked read-only, and anything that
    cannot be read or removed, is left alone.
    """
    file_patterns = TEMP_PATTERNS if temp else BESIDE_PATTERNS
    folder_patterns = TEMP_FOLDER_PATTERNS if temp else ()
    removed: list[Path] = []
    for folder in folders:
        if folder is None:
            continue
        try:
            if not is_writable(folder):
                continue  # its owner marked it read-only: not ours to change (root could)
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                info = entry.stat(follow_symlinks=False)
                if now - info.st_mtime < STALE_AFTER_S:
                    continue
                if POSIX and info.st_uid != os.getuid():
                    continue
                if stat.S_ISREG(info.st_mode) and _matches(file_patterns, entry.name):
                    os.unlink(entry.path)
                elif stat.S_ISDIR(info.st_mode) and _matches(folder_patterns, entry.name):
                    shutil.rmtree(entry.path)
                else:
                    continue
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed


def _matches(patterns: Iterable[re.Pattern[str]], name: str) -> bool:
    return any(p.match(name) for p in patterns)
