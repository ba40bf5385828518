"""Where the bundled resources (icons, translations, fonts, the guide) are, wherever we run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


# The folder beside this module that an installed wheel carries them in (setup.py fills it).
PACKAGED_RESOURCES = "assets"


def resources_dir() -> Path:
    """The resources folder, laid out as `resources/` in the repository.

    In the PyInstaller bundle when frozen (sys._MEIPASS); in the package, `desktop/assets/`,
    when installed from a wheel; else (the source tree, an editable install) `resources/`.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / PACKAGED_RESOURCES
    if installed.is_dir():
        return installed
    return package.parent / "resources"


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
