"""Light and dark colours for painted views, and following the system's light/dark setting.

Widgets take their colours from the palette; views that paint their own (the calendar, the
charts) ask here, so every colour pair stays readable (WCAG contrast 4.5:1 for text) in
both schemes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Overrides the system setting ("dark" or "light"), e.g. for screenshots.
SCHEME_ENV = "QUNDESK_COLOR_SCHEME"
MIN_TEXT_CONTRAST = 4.5  # WCAG 2 AA for normal text

_WHITE = QColor("#ffffff")
_INK = QColor("#1a1a1a")


# ---- contrast ----------------------------------------------------------------------------------


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of a colour (0 black … 1 white)."""
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    a, b = luminance(first), luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def readable(text: QColor, background: QColor, minimum: float = MIN_TEXT_CONTRAST) -> QColor:
    """`text`, lightened or darkened just enough to reach `minimum` contrast on `background`."""
    found = QColor(text)
    towards_white = luminance(background) < 0.18  # the side of the background with more room
    for _step in range(40):
        if contrast_ratio(found, background) >= minimum:
            return found
        found = found.lighter(112) if towards_white else found.darker(112)
        if towards_white and found.lightness() >= 250:
            found = QColor(_WHITE)
    return _WHITE if towards_white else QColor("#000000")


def _deepened(fill: QColor, text: QColor, minimum: float = MIN_TEXT_CONTRAST) -> QColor:
    """`fill` darkened (under light text) or lightened (under dark text) to reach `minimum`."""
    found = QColor(fill)
    for _step in range(40):
        if contrast_ratio(text, found) >= minimum:
            break
        found = found.darker(108) if luminance(text) > 0.5 else found.lighter(108)
    return found


def _mixed(first: QColor, second: QColor, amount: float) -> QColor:
    """`first` moved `amount` (0…1) of the way to `second`."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


# ---- schemes -----------------------------------------------------------------------------------


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether a palette (default: the application's) draws light text on dark windows."""
    if palette is None:
        palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return luminance(window) < luminance(text)


@dataclass(frozen=True, slots=True)
class CalendarColours:
    """The colours the calendar grid paints with (day text comes from the palette)."""

    dark: bool
    grid_line: QColor
    outside_text: QColor  # days of the next or previous month (inactive: WCAG asks 3:1 at most)
    today_badge: QColor
    today_text: QColor
    holiday_fill: QColor
    holiday_text: QColor
    workday_fill: QColor
    workday_text: QColor
    weekend_fill: QColor
    more_text: QColor
    selected_outline: QColor
    warning_text: QColor  # a double-booked host, on the window background


LIGHT = CalendarColours(
    dark=False,
    grid_line=QColor("#d0d0d0"),
    outside_text=QColor("#8a8a8a"),
    today_badge=QColor("#1565c0"),
    today_text=QColor("#ffffff"),
    holiday_fill=QColor("#fdecea"),
    holiday_text=QColor("#c62828"),
    workday_fill=QColor("#eef3fb"),
    workday_text=QColor("#1565c0"),
    weekend_fill=QColor("#f7f7f7"),
    more_text=QColor("#606060"),
    selected_outline=QColor("#202020"),
    warning_text=QColor("#b3261e"),
)
DARK = CalendarColours(
    dark=True,
    grid_line=QColor("#4a4a4a"),
    outside_text=QColor("#8c8c8c"),
    today_badge=QColor("#90caf9"),
    today_text=QColor("#0d1b2a"),
    holiday_fill=QColor("#47201d"),
    holiday_text=QColor("#ff8a80"),
    workday_fill=QColor("#1b2d44"),
    workday_text=QColor("#90caf9"),
    weekend_fill=QColor("#2a2a2a"),
    more_text=QColor("#b8b8b8"),
    selected_outline=QColor("#f0f0f0"),
    warning_text=QColor("#ff8a80"),
)


def calendar_colours(palette: QPalette | None = None) -> CalendarColours:
    """The calendar's colours for a palette (default: the application's)."""
    return DARK if is_dark(palette) else LIGHT


@lru_cache(maxsize=128)
def chip_colours(base: str, past: bool, dark: bool) -> tuple[QColor, QColor]:
    """Fill and text colour of an event chip of colour `base` ("#rrggbb"), readable (4.5:1).

    Coming events are filled with their type's colour; white text unless the colour is
    so light that dark text reads better, the fill deepened until the pair is readable.
    Past events fade into the background and keep their hue in the text.
    """
    colour = QColor(base)
    if past:
        if dark:
            fill = _mixed(colour, QColor("#202020"), 0.7)
            return fill, readable(colour.lighter(150), fill)
        fill = colour.lighter(170)
        return fill, readable(colour.darker(250), fill)
    if dark:
        colour = colour.darker(115)  # softer on a dark window
    text = _WHITE if contrast_ratio(_WHITE, colour) >= 3.0 else _INK
    return _deepened(colour, text), QColor(text)


def warning_on(fill: QColor) -> QColor:
    """The warning red, adjusted to be readable on `fill` (a chip or a cell)."""
    red = QColor("#ff8a80") if luminance(fill) < 0.18 else QColor("#b3261e")
    if contrast_ratio(red, fill) >= MIN_TEXT_CONTRAST:
        return red
    # a red chip: the warning sign carries the meaning, the text only has to be read
    return _WHITE if contrast_ratio(_WHITE, fill) >= contrast_ratio(_INK, fill) else _INK


# ---- following the system ----------------------------------------------------------------------


def dark_palette() -> QPalette:
    """A dark palette for styles that do not make one when the system turns dark."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#202124",
        role.WindowText: "#e8eaed",
        role.Base: "#1b1b1d",
        role.AlternateBase: "#26272a",
        role.ToolTipBase: "#303134",
        role.ToolTipText: "#e8eaed",
        role.PlaceholderText: "#9aa0a6",
        role.Text: "#e8eaed",
        role.Button: "#2d2e31",
        role.ButtonText: "#e8eaed",
        role.BrightText: "#ff8a80",
        role.Light: "#3c3d40",
        role.Midlight: "#333437",
        role.Mid: "#4a4b4f",
        role.Dark: "#141415",
        role.Shadow: "#000000",
        role.Highlight: "#3d74c5",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
    }
    for colour_role, name in colours.items():
        palette.setColor(colour_role, QColor(name))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7d82"))
    return palette


def _wanted_scheme(app: QGuiApplication) -> Qt.ColorScheme:
    forced = os.environ.get(SCHEME_ENV, "").strip().lower()
    if forced == "dark":
        return Qt.ColorScheme.Dark
    if forced == "light":
        return Qt.ColorScheme.Light
    return app.styleHints().colorScheme()


class SchemeFollower(QObject):
    """Keeps the application's palette in step with the system's light or dark setting.

    Most platform styles switch palettes themselves; where one stays light on a dark
    system, a dark palette (and the Fusion style, which honours palettes) is put in.
    """

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)  # lives as long as the application
        self.setObjectName("schemeFollower")
        self.app = app
        self.forced_dark = False
        app.styleHints().colorSchemeChanged.connect(self.apply)
        self.apply()

    def apply(self, *_args: object) -> None:
        """Match the palette to the wanted scheme."""
        wanted = _wanted_scheme(self.app)
        if wanted == Qt.ColorScheme.Dark and not is_dark(self.app.palette()):
            from PySide6.QtWidgets import QApplication

            if isinstance(self.app, QApplication) and self.app.style().name() in (
                "windowsvista",
                "windows",
            ):
                self.app.setStyle("Fusion")  # the native Windows styles ignore palettes
            self.app.setPalette(dark_palette())
            self.forced_dark = True
        elif wanted != Qt.ColorScheme.Dark and self.forced_dark:
            self.app.setPalette(QPalette())  # nothing set: back to the platform's own
            self.forced_dark = False


def follow_system_scheme(app: QGuiApplication) -> SchemeFollower:
    """Follow the system's light/dark setting from now on (one follower per application)."""
    found = app.findChild(SchemeFollower, "schemeFollower")
    if isinstance(found, SchemeFollower):
        found.apply()  # match the setting as it is now
        return found
    return SchemeFollower(app)
