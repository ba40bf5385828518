"""The bundled Chinese font: it loads, writes Chinese, and stands in when the system has none."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QRawFont
from PySide6.QtWidgets import QApplication

from desktop import fonts
from desktop.resources import resource_path

_DEJAVU = "/usr/share/fonts/truetype/dejavu"


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; its font and the bundled font are put back afterwards."""
    before = QFont(qapp.font())
    yield qapp
    fonts.remove_bundled_font(qapp)
    qapp.setFont(before)


def test_bundled_font_is_small_and_licensed() -> None:
    font = resource_path("fonts", fonts.BUNDLED_FONT_FILE)
    assert 1_000_000 < font.stat().st_size <= 6_000_000
    licence = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert resource_path("fonts", "make_subset.py").is_file()


def test_bundled_font_loads_and_writes_simplified_chinese(app: QApplication) -> None:
    family = fonts.load_bundled_font()
    assert family == fonts.BUNDLED_FAMILY
    simplified = QFontDatabase.WritingSystem.SimplifiedChinese
    assert simplified in QFontDatabase.writingSystems(family)
    raw = QRawFont(fonts.bundled_font_path(), 16)
    # GB2312, Big5 common characters, full-width punctuation and the app's own words
    for text in ("中文群台社群成员", "群臺會員資料", "，。：（）￥", "灵魂人物种子用户"):
        assert all(raw.supportsCharacter(ord(ch)) for ch in text), text


def test_nothing_is_loaded_when_the_system_writes_chinese(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(fonts.PRETEND_NO_CJK_ENV, raising=False)
    if not fonts.system_chinese_families():
        pytest.skip("this machine has no Chinese font of its own")
    assert fonts.ensure_chinese_font(app) is None
    assert fonts.BUNDLED_FAMILY not in app.font().families()


def test_without_a_chinese_font_the_bundled_one_is_the_fallback(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fonts.PRETEND_NO_CJK_ENV, "1")
    assert fonts.system_chinese_families() == []
    family = fonts.ensure_chinese_font(app)
    assert family == fonts.BUNDLED_FAMILY
    assert app.font().families()[-1] == family
    assert family.casefold() in QFont.substitutes("Sans Serif")  # Qt keeps them lower-case
    assert fonts.ensure_chinese_font(app) == family  # a second call changes nothing
    assert app.font().families().count(family) == 1
    # Chinese text is laid out with real glyphs, as wide as the bundled font draws them
    metrics = QFontMetricsF(app.font())
    assert metrics.horizontalAdvance("群台") > 1.5 * metrics.horizontalAdvance("i")
    fonts.remove_bundled_font(app)
    assert family not in app.font().families()
    assert family.casefold() not in QFont.substitutes("Sans Serif")


_PROBE = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop import fonts
family = fonts.ensure_chinese_font(app) if sys.argv[1] == "with" else None
def drawn(text):
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(app.font())
    painter.drawText(4, 30, text)
    painter.end()
    return image
# without a font for them, different characters are drawn as the same empty box
print(family, drawn("群") == drawn("台"), drawn("群") == drawn(" "))
"""


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not Path(_DEJAVU).is_dir(),
    reason="needs fontconfig and DejaVu to stand for a machine without Chinese fonts",
)
def test_a_machine_without_chinese_fonts_draws_chinese(tmp_path: Path) -> None:
    """With fontconfig shown only DejaVu, Chinese is boxes until the bundled font loads."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{_DEJAVU}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    env.pop(fonts.PRETEND_NO_CJK_ENV, None)
    root = Path(__file__).resolve().parents[3]

    def probe(mode: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", _PROBE, mode],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return done.stdout.strip().splitlines()[-1]

    assert probe("without") == "None True False"  # boxes, all alike
    assert probe("with") == f"{fonts.BUNDLED_FAMILY} False False"  # real, different glyphs
