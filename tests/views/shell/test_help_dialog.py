"""Help → User guide: the README tour with its screenshots, from the source tree or bundle."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QColor, QImage, QPixmap, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.resources import resources_dir
from desktop.views.shell import help_dialog
from desktop.views.shell.help_dialog import HelpDialog, guide_file, guide_root, user_sections


@pytest.fixture
def english_ui() -> Iterator[None]:
    """An English locale (on a Chinese system the guide would be README.zh_CN.md)."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


def test_the_guide_shows_the_readme_with_its_screenshots(qtbot: QtBot, english_ui: None) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert guide_root() == resources_dir().parent  # from source: the project folder
    text = dialog.browser.toPlainText()
    assert "QunDesk" in text and "Members (成员)" in text
    assert "Building the app" not in text  # developer sections are left out
    images = dialog.browser.image_sizes()
    assert len(images) >= 5
    name, width, height = images[0]
    assert name.startswith("docs/screenshots/")
    picture = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(name)
    )
    assert isinstance(picture, (QImage, QPixmap)) and not picture.isNull()
    # pictures are shrunk to fit the page, keeping their shape
    assert 0 < width <= dialog.browser.viewport().width()
    assert abs(width / height - picture.width() / picture.height()) < 0.02
    # and they are really drawn: the first one fills part of the window with many colours
    shot = dialog.browser.viewport().grab().toImage()
    colours = {QColor(shot.pixel(x, y)).name() for x in range(0, 600, 7) for y in range(0, 700, 7)}
    assert len(colours) > 20


def test_a_missing_guide_says_where_it_was_looked_for(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = HelpDialog(None, root=tmp_path)
    qtbot.addWidget(dialog)
    assert str(tmp_path / "README.md") in dialog.browser.toPlainText()


def test_the_bundled_guide_and_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "resources"
    guide = bundle / "guide"
    (guide / "docs" / "screenshots").mkdir(parents=True)
    (guide / "README.md").write_text("# QunDesk\n", encoding="utf-8")
    (guide / "README.zh_CN.md").write_text("# 群台\n", encoding="utf-8")
    monkeypatch.setattr(help_dialog, "resource_path", bundle.joinpath)
    assert guide_root() == guide
    assert guide_file(guide, QLocale("zh_CN")).name == "README.zh_CN.md"
    assert guide_file(guide, QLocale("zh_TW")).name == "README.md"
    assert guide_file(guide, QLocale("en")).name == "README.md"


def test_user_sections_keep_the_tour_and_drop_developer_notes() -> None:
    text = "# T\nintro\n## What it looks like\ntour\n## Developing\ncode\n## Your data\nsafe\n"
    assert user_sections(text) == "# T\nintro\n## What it looks like\ntour\n## Your data\nsafe\n"


def test_the_chinese_ui_shows_the_chinese_guide_with_its_pictures(
    qtbot: QtBot, chinese: None
) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "群台使用指南"
    assert guide_file() == guide_root() / "README.zh_CN.md"
    text = dialog.browser.toPlainText()
    assert "界面一览" in text and "备份与恢复" in text
    assert "What it looks like" not in text
    assert "快速开始" not in text  # the setup commands are for developers, as in English
    images = dialog.browser.image_sizes()
    assert len(images) >= 5
    name, width, height = images[0]
    assert name == "docs/screenshots/zh_CN/groupsTab.png"
    picture = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(name)
    )
    # a real screenshot, not Qt's broken-image placeholder
    assert isinstance(picture, (QImage, QPixmap)) and picture.width() >= 1000
    assert 0 < width <= dialog.browser.viewport().width() and height > 0


@pytest.mark.parametrize("readme", ["README.md", "README.zh_CN.md"])
def test_every_picture_of_the_guides_exists(readme: str) -> None:
    root = resources_dir().parent
    text = (root / readme).read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(pictures) >= 11
    for picture in pictures:
        assert (root / picture).is_file(), picture
        # each tab's picture exists in both languages, under the same name
        english = root / "docs" / "screenshots" / Path(picture).name
        chinese = root / "docs" / "screenshots" / "zh_CN" / Path(picture).name
        assert english.is_file() and chinese.is_file(), picture
    linked = "README.zh_CN.md" if readme == "README.md" else "README.md"
    assert f"]({linked})" in text.split("\n# ", 1)[0]  # the other language, at the top
