"""Light and dark colours: the calendar stays readable, the palette follows the system."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models.calendar.occurrences import Occurrence
from desktop.models.core.codes import EventType, codes
from desktop.views.calendar.calendar_grid import CalendarGrid
from desktop.views.common import theme

TODAY = dt.date(2026, 10, 15)
FIRST = dt.date(2026, 9, 28)  # the Monday before October 2026


def occurrences() -> dict[dt.date, list[Occurrence]]:
    """One event of every type in the past and one in the future, the first few clashing."""
    by_day: dict[dt.date, list[Occurrence]] = {}
    for n, code in enumerate(codes(EventType)):
        for day in (dt.date(2026, 10, 6 + n % 3), dt.date(2026, 10, 27 + n % 3)):
            start = dt.datetime.combine(day, dt.time(9 + n))
            occ = Occurrence(
                n + 1, None, start, start, start + dt.timedelta(hours=1), 1,
                f"活动 {code}", code, 1 if n < 3 else None, True, "", None,
            )  # fmt: skip
            by_day.setdefault(day, []).append(occ)
    return by_day


def month_grid(qtbot: QtBot, palette: QPalette) -> CalendarGrid:
    grid = CalendarGrid(6)
    qtbot.addWidget(grid)
    grid.setPalette(palette)
    by_day = occurrences()
    grid.set_days(FIRST, by_day, month=10, today=TODAY)
    grid.conflicts = {occ.key for occs in by_day.values() for occ in occs if occ.host_id}
    grid.holidays = {dt.date(2026, 10, 1): "国庆节"}
    grid.workdays = {dt.date(2026, 10, 10)}
    grid.resize(1280, 900)
    grid.show()
    grid.grab()  # paints: the chips are made on their first paint
    return grid


@pytest.mark.parametrize("dark", [False, True])
def test_calendar_text_is_readable_on_every_background(qtbot: QtBot, dark: bool) -> None:
    palette = theme.dark_palette() if dark else QPalette(QColor("#efefef"))
    grid = month_grid(qtbot, palette)
    colours = grid.colours
    assert colours.dark is dark
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    chips = [chip for row in grid._chip_rows.values() for chip in row]
    assert len(chips) == 2 * len(codes(EventType))  # every chip was made and painted
    assert len(grid.chip_rects()) == len(chips)
    assert any("⚠" in chip.text for chip in chips)
    for chip in chips:
        ratio = theme.contrast_ratio(chip.pen, chip.fill)
        assert ratio >= theme.MIN_TEXT_CONTRAST, (chip.text, chip.fill.name(), chip.pen.name())
    pairs = {
        "today": (colours.today_text, colours.today_badge),
        "holiday": (colours.holiday_text, colours.holiday_fill),
        "workday": (colours.workday_text, colours.workday_fill),
        "weekend day": (text, colours.weekend_fill),
        "holiday number": (text, colours.holiday_fill),
        "more": (colours.more_text, base),
        "warning": (colours.warning_text, base),
    }
    for name, (front, back) in pairs.items():
        assert theme.contrast_ratio(front, back) >= theme.MIN_TEXT_CONTRAST, name
    # other months' days are dimmed, still at WCAG's 3:1 for large or inactive text
    assert theme.contrast_ratio(colours.outside_text, base) >= 3.0
    # what is painted is the dark (or light) set: a plain day cell shows the base colour
    image = grid.grab().toImage()
    cell = grid.cell_rect(dt.date(2026, 10, 14))
    assert QColor(image.pixel(cell.center())) == base


def test_the_grid_repaints_its_chips_when_the_palette_turns_dark(qtbot: QtBot) -> None:
    grid = month_grid(qtbot, QPalette(QColor("#efefef")))
    light_fills = {chip.fill.name() for row in grid._chip_rows.values() for chip in row}
    grid.setPalette(theme.dark_palette())
    assert grid.colours is theme.DARK
    grid.grab()
    dark_fills = {chip.fill.name() for row in grid._chip_rows.values() for chip in row}
    assert dark_fills and dark_fills != light_fills


def test_contrast_ratio_matches_wcag() -> None:
    assert theme.contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert theme.contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    fixed = theme.readable(QColor("#8080ff"), QColor("white"))
    assert theme.contrast_ratio(fixed, QColor("white")) >= 4.5


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    """The application; its palette is put back afterwards."""
    yield qapp
    qapp.setPalette(QPalette())
    follower = qapp.findChild(theme.SchemeFollower, "schemeFollower")
    if follower is not None:
        follower.forced_dark = False


def test_the_palette_follows_the_wanted_scheme(
    app_palette: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    follower = theme.follow_system_scheme(app_palette)
    assert theme.follow_system_scheme(app_palette) is follower  # one per application
    assert theme.is_dark(app_palette.palette())
    assert theme.calendar_colours() is theme.DARK
    monkeypatch.setenv(theme.SCHEME_ENV, "light")
    # the system switching back arrives as colorSchemeChanged
    app_palette.styleHints().colorSchemeChanged.emit(app_palette.styleHints().colorScheme())
    assert not theme.is_dark(app_palette.palette())
    assert not follower.forced_dark


def test_the_health_line_turns_dark_with_the_application(
    qtbot: QtBot, app_palette: QApplication
) -> None:
    from desktop.views.groups.group_health import HealthLine

    line = HealthLine()
    qtbot.addWidget(line)
    line.show()
    line._style("met")
    assert "#e8f5e9" in line.styleSheet()
    app_palette.setPalette(theme.dark_palette())
    qtbot.waitUntil(lambda: "#1f3a25" in line.styleSheet())  # restyled on the change
    text = app_palette.palette().color(QPalette.ColorRole.WindowText)
    assert theme.contrast_ratio(text, QColor("#1f3a25")) >= theme.MIN_TEXT_CONTRAST
    app_palette.setPalette(QPalette())
    qtbot.waitUntil(lambda: "#e8f5e9" in line.styleSheet())
