"""Render every tab of the main window on the Chinese demo data into docs/screenshots/.

Run with ``.venv/bin/python docs/screenshots/make_screenshots.py`` (offscreen; no display
needed). A CJK font must be installed (run.sh installs fonts-noto-cjk) or Chinese shows as
boxes.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 23)


def main() -> int:
    """Write one PNG per tab and return 0."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QUNDESK_DATA_DIR"] = tmp
        from desktop.app import create_application, make_settings
        from desktop.models.db import Database
        from desktop.models.demo import generate_demo
        from desktop.views.main_window import MainWindow

        app = create_application()
        database = Database.open(Path(tmp) / "demo.sqlite")
        generate_demo(database, members=300, seed=7, today=TODAY)
        window = MainWindow(database, make_settings(), today=TODAY)
        window.resize(1280, 800)
        window.show()
        from PySide6.QtWidgets import QTabWidget

        from desktop.views.placeholder import PlaceholderTab

        def shoot(name: str) -> None:
            app.processEvents()
            target = HERE / f"{name}.png"
            window.grab().save(str(target))
            print(target)

        for index in range(window.tabs.count()):
            tab = window.tabs.widget(index)
            if isinstance(tab, PlaceholderTab):
                continue  # screens not built yet have nothing worth a picture
            window.tabs.setCurrentIndex(index)
            shoot(tab.objectName())
            # Each page of a tab's own sub-tabs (e.g. a group's rules, lifecycle, goals).
            for pages in tab.findChildren(QTabWidget):
                for page in range(1, pages.count()):
                    pages.setCurrentIndex(page)
                    shoot(f"{tab.objectName()}-{pages.objectName()}-{page}")
                pages.setCurrentIndex(0)
        window.close()
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
