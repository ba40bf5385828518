"""A Chinese font for machines that have none: the bundled Noto Sans CJK SC subset."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from desktop.resources import resource_path

log = logging.getLogger(__name__)

BUNDLED_FONT_FILE = "QunDeskSansCJKsc-Regular.otf"
BUNDLED_FAMILY = "QunDesk Sans CJK SC"
# Set to 1 to behave as if the system had no Chinese font (for tests and screenshots).
PRETEND_NO_CJK_ENV = "QUNDESK_PRETEND_NO_CJK_FONT"
# Names widgets and style sheets ask for by name; each falls back to the bundled font too.
_GENERIC_FAMILIES = ("Sans Serif", "SansSerif", "Helvetica", "Arial", "Segoe UI", "DejaVu Sans")


@dataclass(slots=True)
class _Bundled:
    """The loaded font and the substitutions made for it (so tests can undo them)."""

    font_id: int
    family: str
    substituted: list[str] = field(default_factory=list)


_bundled: list[_Bundled] = []  # at most one


def bundled_font_path() -> str:
    """The bundled font file (in the source tree or the frozen app)."""
    return str(resource_path("fonts", BUNDLED_FONT_FILE))


def pretending_no_cjk() -> bool:
    """Whether the environment asks to behave as if no Chinese font were installed."""
    return os.environ.get(PRETEND_NO_CJK_ENV, "") not in ("", "0")


def system_chinese_families() -> list[str]:
    """Installed families that can write Simplified Chinese (the bundled one excluded)."""
    if pretending_no_cjk():
        return []
    simplified = QFontDatabase.WritingSystem.SimplifiedChinese
    return [family for family in QFontDatabase.families(simplified) if family != BUNDLED_FAMILY]


def load_bundled_font() -> str | None:
    """Add the bundled font to the application's fonts; its family, or None if it failed."""
    if _bundled:
        return _bundled[0].family
    font_id = QFontDatabase.addApplicationFont(bundled_font_path())
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load the bundled Chinese font %s", bundled_font_path())
        return None
    _bundled.append(_Bundled(font_id, families[0]))
    return families[0]


def ensure_chinese_font(app: QGuiApplication) -> str | None:
    """Make Chinese render: load the bundled font as a fallback when the system has none.

    Returns the bundled family when it was put in place, None when the system's fonts
    already write Chinese (or the bundled file could not be read: boxes, but a working app).
    """
    if system_chinese_families():
        return None
    family = load_bundled_font()
    if family is None:
        return None
    font = app.font()
    families = list(font.families()) or [font.family()]
    if family not in families:
        # After the UI font, so Latin text keeps the system's look; Han characters, which
        # the UI font lacks, come from the bundled one.
        font.setFamilies([*families, family])
        app.setFont(font)
    substituted = _bundled[0].substituted
    for name in dict.fromkeys([families[0], *_GENERIC_FAMILIES]):
        if family.casefold() not in QFont.substitutes(name):  # Qt keeps them lower-case
            QFont.insertSubstitution(name, family)
            substituted.append(name)
    return family


def remove_bundled_font(app: QGuiApplication) -> None:
    """Undo `ensure_chinese_font` (for tests): substitutions, the app font, the file."""
    if not _bundled:
        return
    bundled = _bundled.pop()
    family = bundled.family
    for name in bundled.substituted:
        others = [s for s in QFont.substitutes(name) if s != family.casefold()]
        QFont.removeSubstitutions(name)
        if others:
            QFont.insertSubstitutions(name, others)
    font = app.font()
    if family in font.families():
        font.setFamilies([f for f in font.families() if f != family])
        app.setFont(font)
    QFontDatabase.removeApplicationFont(bundled.font_id)
