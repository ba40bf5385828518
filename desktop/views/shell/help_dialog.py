"""Help → User guide: the README's tour with its screenshots, read from this computer."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.resources import resource_path, resources_dir

# Sections of the README for people building QunDesk, not using it.
_DEVELOPER_SECTIONS = (
    "Quick start",
    "Building the app",
    "Benchmarks",
    "Developing",
    "快速开始",
    "构建",
    "开发",
)
_IMAGE_MARGIN = 24  # pixels kept free beside an image (cell padding, the scroll bar)


def guide_root() -> Path:
    """The folder holding the guide and its `docs/screenshots/`.

    A frozen app and an installed wheel carry them in the resources' `guide/` folder;
    from source (or an editable install) it is the project folder.
    """
    bundled = resource_path("guide")
    if (bundled / "README.md").is_file():
        return bundled
    return resources_dir().parent


def guide_file(root: Path | None = None, locale: QLocale | None = None) -> Path:
    """The guide in the UI language when there is one (README.zh_CN.md…), else README.md."""
    root = root if root is not None else guide_root()
    name = (locale if locale is not None else QLocale()).name()  # e.g. zh_CN
    for candidate in (f"README.{name}.md", f"README.{name.split('_')[0]}.md", "README.md"):
        path = root / candidate
        if path.is_file():
            return path
    return root / "README.md"


def user_sections(markdown: str) -> str:
    """The guide without the sections meant for developers (building, benchmarks…)."""
    parts = re.split(r"(?m)^(?=## )", markdown)
    kept = [
        part
        for part in parts
        if not any(part.startswith(f"## {title}") for title in _DEVELOPER_SECTIONS)
    ]
    return "".join(kept)


class GuideBrowser(QTextBrowser):
    """A markdown browser whose pictures shrink to fit its width (and their table column)."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(80)
        self._fit_timer.timeout.connect(self.fit_images)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Pictures from the guide's folder (links are relative to the README)."""
        url = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.ImageResource.value and url.isRelative():
            path = (self.root / url.path()).resolve()
            image = QImage(str(path))
            if not image.isNull():
                return image
        return super().loadResource(kind, name)

    def image_sizes(self) -> list[tuple[str, int, int]]:
        """(name, shown width, shown height) of every picture in the document."""
        found: list[tuple[str, int, int]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    found.append((image.name(), round(image.width()), round(image.height())))
                it += 1
            block = block.next()
        return found

    def fit_images(self) -> None:
        """Give each picture a size no wider than the page (or its share of a table row)."""
        document = self.document()
        available = max(self.viewport().width() - 2 * _IMAGE_MARGIN, 120)
        changes: list[tuple[int, int, QTextCursor]] = []
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    table = cursor.currentTable()
                    columns = table.columns() if table is not None else 1
                    changes.append((columns, fragment.position(), cursor))
                it += 1
            block = block.next()
        for columns, _position, cursor in changes:
            image_format = cursor.charFormat().toImageFormat()
            natural = document.resource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(image_format.name())
            )
            # the document keeps loaded pictures as pixmaps
            if not isinstance(natural, (QImage, QPixmap)) or natural.isNull():
                continue
            width = min(natural.width(), available // columns - _IMAGE_MARGIN)
            image_format.setWidth(width)
            image_format.setHeight(width * natural.height() / natural.width())
            cursor.setCharFormat(image_format)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Pictures follow the width, once the resizing pauses."""
        super().resizeEvent(event)
        self._fit_timer.start()


class HelpDialog(QDialog):
    """The user guide in a window of its own, beside the main window (not modal)."""

    def __init__(self, parent: QWidget | None = None, root: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("QunDesk user guide"))
        self.root = root if root is not None else guide_root()
        self._build_ui()
        self.load()

    def _build_ui(self) -> None:
        self.browser = GuideBrowser(self.root, self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)  # README links go to files or the web: see below
        self.browser.anchorClicked.connect(self._on_link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(1000, 760)

    def load(self) -> None:
        """Show the guide, or say where it was expected when it is missing."""
        path = guide_file(self.root)
        try:
            text = user_sections(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(
                self.tr("The user guide was not found. It should be at %1.").replace(
                    "%1", str(path)
                )
            )
            return
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(self.root) + "/"))
        self.browser.setMarkdown(text)
        self.browser.fit_images()

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
        else:  # another file of the project, e.g. packaging/README.md
            target = self.root / url.path()
            if target.is_file():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    @classmethod
    def show_guide(cls, parent: QWidget) -> HelpDialog:
        """Open the guide beside `parent` (the one already open comes to the front)."""
        dialog = parent.findChild(cls, "helpDialog", Qt.FindChildOption.FindDirectChildrenOnly)
        if not isinstance(dialog, cls):
            dialog = cls(parent)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
