"""Where QunDesk keeps its files: data, config, logs, temp; overridable for tests, --data-dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "QunDesk"
APP_AUTHOR = "QunDesk"
DEFAULT_DB_NAME = "qundesk.sqlite"
SETTINGS_NAME = "qundesk.ini"
# Tests and portable installs point everything at one folder with this variable.
ENV_DATA_DIR = "QUNDESK_DATA_DIR"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Keep data, config and logs under `path` (None restores the platform defaults)."""
    global _override
    _override = Path(path).expanduser().resolve() if path is not None else None


def _base() -> Path | None:
    if _override is not None:
        return _override
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env).expanduser().resolve() if env else None


def data_dir() -> Path:
    """The folder for the database and its backups."""
    base = _base()
    return base if base is not None else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """The folder for settings (window geometry, last database)."""
    base = _base()
    if base is not None:
        return base / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """The folder for log files."""
    base = _base()
    return (
        base / "logs" if base is not None else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    )


def temp_dir() -> Path:
    """The app's own folder for temporary files (openpyxl's sheets, upgraded copies).

    Its own, so stale files found there after a crash are surely the app's to remove.
    """
    base = _base()
    if base is not None:
        return base / "tmp"
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "tmp"


def settings_file() -> Path:
    """The settings file (window geometry, last database, last folder saved to)."""
    return config_dir() / SETTINGS_NAME


def documents_dir() -> Path:
    """The user's Documents folder, where files made for the user are saved by default.

    Asked of the system each time (on Windows it may be redirected into OneDrive); never
    the data folder, which Explorer hides under AppData.
    """
    return Path(platformdirs.user_documents_dir())


def default_db_path() -> Path:
    """The database used when none is given and none was opened before."""
    return data_dir() / DEFAULT_DB_NAME


def tidy_at_start(db_path: Path | None, backup_folder: Path | None = None) -> list[Path]:
    """Make the data folder owner-only and remove the stale leftovers of a killed run.

    The data folder is the app's own, so an existing one made readable by others (by an
    older version) is narrowed to 0700. Leftovers (see `desktop.models.storage.files`) are looked
    for beside the database, in its backup folder and in `temp_dir()`; what was removed is
    returned. Nothing here stops the start: a folder that cannot be read is skipped.
    """
    from desktop.models.core.clock import SYSTEM_CLOCK
    from desktop.models.storage import backups, files

    files.tighten_folder(data_dir())
    now = SYSTEM_CLOCK.timestamp()  # compared with file times, which are the system's
    beside: list[Path | None] = []
    if db_path is not None:
        beside = [db_path.parent, backups.backup_folder(db_path, backup_folder)]
    return files.clean_stale(beside, now) + files.clean_stale([temp_dir()], now, temp=True)
