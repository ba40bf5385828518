"""The screenshot script runs, and its pictures are real: not blank, Chinese drawn as glyphs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "make_screenshots.py"
TABS = ("groupsTab", "membersTab", "calendarTab", "revenueTab", "dashboardTab")


def _distinct_colours(image: QImage, step: int = 7) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_the_script_draws_every_tab_in_chinese(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--lang", "zh_CN", "--tabs-only", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    for scale, folder, width in (
        (1, tmp_path / "zh_CN", 1280),
        (2, tmp_path / "zh_CN" / "200", 2560),
    ):
        for tab in TABS:
            image = QImage(str(folder / f"{tab}.png"))
            assert image.width() == width, (scale, tab)
            # a blank or one-colour grab has a handful of colours; a drawn tab has hundreds
            assert _distinct_colours(image) > 50, (scale, tab)


def test_chinese_is_drawn_with_glyphs_not_boxes(qapp: QApplication) -> None:
    from desktop import fonts

    fonts.ensure_chinese_font(qapp)
    metrics = QFontMetrics(QFont())
    # Boxes for missing glyphs all have one width; real 汉字 differ from each other and from
    # a code point no font has (a private-use character).
    box = metrics.horizontalAdvance("\U000f0000")
    chinese = [metrics.horizontalAdvance(ch) for ch in "社群成员"]
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "社群成员裂变")
    assert chinese[0] > 0 and any(width != box for width in chinese)
