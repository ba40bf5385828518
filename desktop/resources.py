"""Where the bundled resources (icons, translations, fonts) are, from source or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    """The `resources/` folder: in the PyInstaller bundle when frozen, else the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder under `resources/`, e.g. resource_path("i18n", "qundesk_zh_CN.qm")."""
    return resources_dir().joinpath(*parts)


def app_icon() -> QIcon:
    """The QunDesk icon in every size we ship (for the windows and the task bar)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for path in sorted(resource_path("icons").glob("qundesk-*.png")):
        icon.addFile(str(path))
    return icon
