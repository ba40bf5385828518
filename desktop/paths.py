"""Where QunDesk keeps its files: data, config and logs, overridable for tests and --data-dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "QunDesk"
APP_AUTHOR = "QunDesk"
DEFAULT_DB_NAME = "qundesk.sqlite"
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


def default_db_path() -> Path:
    """The database used when none is given and none was opened before."""
    return data_dir() / DEFAULT_DB_NAME
