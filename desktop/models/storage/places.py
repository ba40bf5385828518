"""Where a file lives, as each system sees it: SQLite URIs, network drives, long paths, case.

Windows paths are handled as `PureWindowsPath` wherever they come from, so the rules here
are the same on every system and can be checked anywhere.
"""

from __future__ import annotations

import contextlib
import ntpath
import os
from collections.abc import Iterable
from pathlib import Path, PurePath, PureWindowsPath
from typing import TypeVar
from urllib.parse import quote

import psutil

WINDOWS = os.name == "nt"
# Windows' MAX_PATH is 260 characters with the closing NUL, and a folder must leave room
# for an 8.3 name in it (248); past that a path needs the extended-length prefix.
LONG_PATH_FROM = 248
LONG_PREFIX = "\\\\?\\"
LONG_UNC_PREFIX = "\\\\?\\UNC\\"
# File system types of network mounts (as /proc/mounts and macOS's mount name them).
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smbfs",
        "smb2",
        "smb3",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs",
        "9p",
    }
)

P = TypeVar("P", bound=PurePath)


def _plain(text: str) -> str:
    """A Windows path's text without the extended-length prefix."""
    if text.startswith(LONG_UNC_PREFIX):
        return "\\\\" + text[len(LONG_UNC_PREFIX) :]
    if text.startswith(LONG_PREFIX):
        return text[len(LONG_PREFIX) :]
    return text


def is_unc(path: PurePath) -> bool:
    """Whether `path` is a Windows network path (`\\\\nas\\share\\…`)."""
    return isinstance(path, PureWindowsPath) and _plain(str(path)).startswith("\\\\")


def sqlite_uri(path: PurePath) -> str:
    """A `file:` URI of the absolute `path` that SQLite opens, network shares included.

    pathlib writes `\\\\nas\\share\\x` as `file://nas/share/x`, whose authority ("nas")
    SQLite refuses with "invalid uri authority" unless it was built with
    SQLITE_ALLOW_URI_AUTHORITY; its documented form of a UNC path has four slashes,
    `file:////nas/share/x`, handed to Windows as `//nas/share/x`. Query parameters are
    the caller's to add after "?".
    """
    if isinstance(path, PureWindowsPath):
        plain = PureWindowsPath(_plain(str(path)))
        if is_unc(plain):
            return "file://" + quote(plain.as_posix(), safe="/")
        return plain.as_uri()
    return path.as_uri()


def long_path(path: P) -> P:
    """`path` with Windows' extended-length prefix (`\\\\?\\`) when it is too long without.

    Only absolute Windows paths of `LONG_PATH_FROM` characters or more change (a prefixed
    path is taken literally, so it is normalised first); every other path comes back as it
    is, on every system.
    """
    if not isinstance(path, PureWindowsPath) or not path.is_absolute():
        return path
    text = str(path)
    if len(text) < LONG_PATH_FROM or text.startswith(LONG_PREFIX):
        return path
    text = ntpath.normpath(text)
    if text.startswith("\\\\"):
        return type(path)(LONG_UNC_PREFIX + text[2:])
    return type(path)(LONG_PREFIX + text)


def is_network_path(path: PurePath) -> bool:
    """Whether `path` is on a network drive, where SQLite's write-ahead log is not safe.

    A UNC path is (a mapped drive letter resolves to one); otherwise the mount holding the
    path decides: psutil marks Windows' network drives "remote" and names the file system
    of a POSIX mount (nfs, cifs, smbfs…). When the mounts cannot be read, False.
    """
    if is_unc(path):
        return True
    try:
        partitions = psutil.disk_partitions(all=True)
    except (OSError, psutil.Error):
        return False
    windows = isinstance(path, PureWindowsPath)
    text = _plain(str(path))
    best: tuple[int, bool] = (-1, False)
    for part in partitions:
        mount = part.mountpoint
        if windows:
            inside = text.lower().startswith(mount.lower().rstrip("\\") + "\\")
        else:
            inside = mount in ("/", text) or text.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > best[0]:
            remote = "remote" in part.opts.split(",") or part.fstype.lower() in NETWORK_FILE_SYSTEMS
            best = (len(mount), remote)
    return best[1]


def names_fold_case(folder: Path, names: Iterable[str] = ()) -> bool:
    """Whether the file system holding `folder` takes names differing in case as one.

    Windows always does (NTFS, FAT); elsewhere it is the volume's choice (macOS's APFS and
    HFS+ ignore case by default, Linux's file systems do not), so it is found by looking
    up a name known to be in `folder` — one of `names`, else the folder itself — with its
    case swapped: found and the same file means case does not count.
    """
    if WINDOWS:
        return True
    candidates = [(folder / n, folder / n.swapcase()) for n in names if n.swapcase() != n]
    if folder.name.swapcase() != folder.name:
        candidates.append((folder, folder.with_name(folder.name.swapcase())))
    for real, swapped in candidates[:3]:
        with contextlib.suppress(OSError):
            return os.path.samefile(real, swapped)
        with contextlib.suppress(OSError):
            real.stat()
            return False  # the real name is there and the swapped one is not
    return False


def read_only_uri(path: PurePath) -> str:
    """A URI opening `path` for reading without creating anything beside it.

    Without a write-ahead log beside the file no connection has it open (each connection to
    a WAL database keeps one), and `immutable=1` keeps SQLite from creating one (and its
    index) just to read, which `mode=ro` alone would leave behind, even in a read-only
    folder when run as root. With a log (or a rollback journal left by a crash) its
    content belongs to the file, so it must be read through it.
    """
    absolute = path.resolve() if isinstance(path, Path) else path
    uri = f"{sqlite_uri(absolute)}?mode=ro"
    if not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal")):
        uri += "&immutable=1"
    return uri
