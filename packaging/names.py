"""The names of what the build makes, in one place: the spec, build.py and the tests read them."""

from __future__ import annotations

from collections.abc import Iterable

APP_NAME = "QunDesk"
# Windows builds two executables into one folder: the app without a console window, and a
# console twin for the command line. Windows file names ignore case, so these two must
# differ in more than case or one overwrites the other (QunDesk.exe / qundesk.exe did).
WINDOWS_GUI = "QunDesk"
WINDOWS_CLI = "qundesk-cli"
# Linux and macOS build one executable (a terminal waits for it; Finder starts it windowless).
UNIX_EXECUTABLE = "qundesk"
BUNDLE_ID = "app.qundesk.QunDesk"

# What QunDesk opens: its own extension, owned outright (a proper file association), and
# SQLite's usual ones, offered only as "Open with" (other programs use them too).
OWN_SUFFIX = ".qundesk"
SQLITE_SUFFIXES = (".sqlite", ".db")
DATABASE_UTI = "app.qundesk.database"


def executables(platform: str) -> list[str]:
    """The executables (names without .exe) the spec builds on `platform` (a sys.platform)."""
    if platform == "win32":
        return [WINDOWS_GUI, WINDOWS_CLI]
    return [UNIX_EXECUTABLE]


def console_executable(platform: str) -> str:
    """The file name of the executable scripts and the release check run on `platform`."""
    return f"{WINDOWS_CLI}.exe" if platform == "win32" else UNIX_EXECUTABLE


def case_clashes(names: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of names a case-insensitive file system (Windows, macOS) takes for one file."""
    seen: dict[str, str] = {}
    clashes = []
    for name in names:
        key = name.casefold()
        if key in seen:
            clashes.append((seen[key], name))
        else:
            seen[key] = name
    return clashes
