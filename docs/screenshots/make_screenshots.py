"""Render every tab of the main window on the Chinese demo data into docs/screenshots/.

Run with ``.venv/bin/python docs/screenshots/make_screenshots.py [--lang {en,zh_CN,all}]``
(offscreen; no display needed). The English pictures go to docs/screenshots/, the Chinese
ones, under the same file names, to docs/screenshots/zh_CN/; at 200% (``--scale 2``, made by
the default run too) the five tabs go to a ``200/`` folder inside each. Without a Chinese
system font the app's bundled one is used, so Chinese never shows as boxes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 23)
# The calendar's default month (November 2026) has no public holiday; October has 国庆节
# and an adjusted working day, so its grid shows the holiday markings.
CALENDAR_MONTH = dt.date(2026, 10, 1)
# Where each language's pictures go (the READMEs link to these folders).
OUTPUT = {"en": HERE, "zh_CN": HERE / "zh_CN"}


def main(argv: list[str] | None = None) -> int:
    """Write one PNG per tab for the languages asked for; return 0 when all went well."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=(*OUTPUT, "all"), default="all")
    parser.add_argument(
        "--scale", type=int, choices=(1, 2), help="1 = every picture, 2 = the five tabs at 200%%"
    )
    parser.add_argument("--out", type=Path, help="write under this folder, not docs/screenshots")
    parser.add_argument("--tabs-only", action="store_true", help="only the five tabs")
    args = parser.parse_args(argv)
    root = args.out.resolve() if args.out else HERE
    if args.lang != "all" and args.scale is not None:
        return shoot_language(args.lang, root, args.scale, tabs_only=args.tabs_only)
    # One process per language and scale: a translator installed after the window exists
    # would not retranslate it, and the scale factor is read when the application starts.
    code = 0
    for each in OUTPUT if args.lang == "all" else (args.lang,):
        for scale in (1, 2) if args.scale is None else (args.scale,):
            command = [sys.executable, str(Path(__file__).resolve()), "--lang", each]
            command += ["--scale", str(scale), "--out", str(root)]
            command += ["--tabs-only"] if args.tabs_only else []
            code = code or subprocess.run(command, check=False).returncode
    return code


def shoot_language(language: str, root: Path, scale: int = 1, *, tabs_only: bool = False) -> int:
    """Write one PNG per tab with the UI in `language` at `scale` and return 0."""
    out = root / OUTPUT[language].relative_to(HERE)
    if scale != 1:
        out, tabs_only = out / f"{scale}00", True  # docs/screenshots/[zh_CN/]200/
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QUNDESK_DATA_DIR"] = tmp
        from desktop import i18n
        from desktop.app import create_application, make_settings
        from desktop.models.core.clock import FixedClock
        from desktop.models.demo.demo import generate_demo
        from desktop.models.storage.db import Database
        from desktop.views.common import labels
        from desktop.views.shell.main_window import MainWindow

        app = create_application()
        # as the app does: before any widget exists (also sets the default QLocale)
        i18n.install_translators(language)
        # the pictures show the demo's day whatever the date they are taken on
        database = Database.open(Path(tmp) / "demo.sqlite", clock=FixedClock(TODAY))
        generate_demo(database, members=300, seed=7, today=TODAY)
        labels.load_vocabulary(database)
        window = MainWindow(database, make_settings())
        window.resize(1280, 800)
        window.show()
        from PySide6.QtWidgets import QTabWidget

        def shoot(name: str) -> None:
            app.processEvents()
            target = out / f"{name}.png"
            window.grab().save(str(target))
            print(target)

        for index in range(window.tabs.count()):
            tab = window.tabs.widget(index)
            window.tabs.setCurrentIndex(index)
            prepare(tab)
            shoot(tab.objectName())
            if tabs_only:
                continue
            # Each page of a tab's own sub-tabs (e.g. a group's rules, lifecycle, goals).
            for pages in tab.findChildren(QTabWidget):
                for page in range(1, pages.count()):
                    pages.setCurrentIndex(page)
                    shoot(f"{tab.objectName()}-{pages.objectName()}-{page}")
                pages.setCurrentIndex(0)
        if not tabs_only:
            shoot_check_in(app, window, database, out)
            shoot_dashboard(app, window, shoot)
            shoot_after_chat_import(window, database, Path(tmp), shoot)
            from owner_loop import shoot_owner_loop  # beside this script

            shoot_owner_loop(app, window, database, out, Path(tmp))
        window.close()
        database.close()
    return 0


def prepare(tab: object) -> None:
    """Put a tab in the state worth a picture before it is grabbed."""
    from desktop.views.calendar.calendar_tab import CalendarTab
    from desktop.views.members.members_tab import MembersTab

    if isinstance(tab, CalendarTab):
        tab.go_to(CALENDAR_MONTH)
    if isinstance(tab, MembersTab):
        _show_member_with_history(tab)
    from desktop.views.dashboard.dashboard_tab import DashboardTab

    if isinstance(tab, DashboardTab):
        tab.finish()


def _show_member_with_history(tab: object) -> None:
    """Wait for the roster's instant search, then select the member with the richest past."""
    import time

    from PySide6.QtWidgets import QApplication

    from desktop.views.members.members_tab import MembersTab

    assert isinstance(tab, MembersTab) and tab.database is not None
    deadline = time.monotonic() + 30
    while not tab.is_loaded() and time.monotonic() < deadline:
        QApplication.processEvents()
    member_id = tab.database.conn.execute(
        """
        SELECT ms.member_id FROM role_history r JOIN memberships ms ON ms.id = r.membership_id
        GROUP BY ms.member_id
        ORDER BY count(*) + (SELECT count(*) FROM members c WHERE c.referrer_id = ms.member_id)
                 DESC, ms.member_id
        LIMIT 1
        """
    ).fetchone()[0]
    tab.select_member(member_id)


def shoot_check_in(app: object, window: object, database: object, out: Path) -> None:
    """Save the attendance check-in of a past demo event, with a 接龙 paste matched."""
    from PySide6.QtWidgets import QApplication

    from desktop.models.calendar import attendance
    from desktop.models.storage.db import Database
    from desktop.views.calendar.attendance_dialog import AttendanceDialog
    from desktop.views.shell.main_window import MainWindow

    assert isinstance(app, QApplication)
    assert isinstance(window, MainWindow) and isinstance(database, Database)
    tab = window.calendar_tab
    tab.go_to(CALENDAR_MONTH)
    past = [o for o in tab.visible if o.start.date() < TODAY and o.type != "content"]
    occ = max(past, key=lambda o: attendance.counts(database, o.event_id, o.start).attended)
    dialog = AttendanceDialog(database, occ, TODAY, window)
    came = {a.member_id for a in attendance.attendees(database, occ.event_id, occ.start)}
    roster = database.conn.execute(
        """SELECT m.id, m.name, m.nickname FROM members m JOIN memberships s
           ON s.member_id = m.id WHERE s.group_id = ? AND s.left_on IS NULL
           AND m.nickname != '' ORDER BY m.id""",
        (occ.group_id,),
    ).fetchall()
    ticked = next(name for mid, name, _nick in roster if mid in came)
    nickname = next(nick for mid, _name, nick in roster if mid not in came)
    # A name already ticked, a nickname to match, and a stranger left for the owner.
    dialog.paste.setPlainText(
        f"#接龙 {occ.title}\n1. {ticked}\n2、{nickname}(带一位朋友)\n3) 王小明"
    )
    dialog.match_button.click()
    dialog.resize(900, 640)
    dialog.show()  # non-modal: exec() would block the script
    app.processEvents()
    target = out / "calendar-checkin.png"
    dialog.grab().save(str(target))
    print(target)
    dialog.close()
    dialog.deleteLater()


def shoot_dashboard(app: object, window: object, shoot: object) -> None:
    """The dashboard over the last year, for one group and for all groups.

    Until the main window holds the Dashboard tab, it is put in place of the placeholder.
    """
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from desktop.views.dashboard.dashboard_tab import DashboardTab
    from desktop.views.shell.main_window import MainWindow

    assert isinstance(app, QApplication) and isinstance(window, MainWindow) and callable(shoot)
    take: Callable[[str], None] = shoot
    tabs = window.tabs
    index = next(i for i in range(tabs.count()) if tabs.widget(i).objectName() == "dashboardTab")
    tab = tabs.widget(index)
    if not isinstance(tab, DashboardTab):
        title = tabs.tabText(index)
        tabs.removeTab(index)
        tab.deleteLater()
        tab = DashboardTab(window.undo_stack, tabs, window.clock)
        tabs.insertTab(index, tab, title)
        window.scopeChanged.connect(tab.set_scope)
        tab.set_database(window.database)
    window.date_range.set_range(TODAY - dt.timedelta(days=364), TODAY)
    tabs.setCurrentIndex(index)
    for name, group in (("dashboardTab", 1), ("dashboardTab-all", None)):
        window.group_filter.setCurrentIndex(window.group_filter.findData(group))
        tab.set_scope(window.scope())
        tab.finish()
        take(name)


def shoot_after_chat_import(window: object, database: object, tmp: Path, shoot: object) -> None:
    """The dashboard of group 1 and the roster by messages after importing its demo chat.

    The export is planned and applied as the import would: ambiguous senders linked to the
    demo member behind them (the owner's pick in the preview), strangers added.
    """
    from collections.abc import Callable

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget

    from desktop.models.dashboard.nudges import NudgeReason, nudges
    from desktop.models.demo.chat_export import write_demo_chat
    from desktop.models.exchange.chat_import import (
        ChatDecisions,
        Link,
        apply_chat_import,
        plan_chat_import,
    )
    from desktop.models.storage.db import Database
    from desktop.views.dashboard.dashboard_nudges import NudgeList
    from desktop.views.shell.main_window import MainWindow

    assert isinstance(window, MainWindow) and isinstance(database, Database) and callable(shoot)
    take: Callable[[str], None] = shoot
    exact = Qt.MatchFlag.MatchExactly
    chat = write_demo_chat(database, 1, tmp / "demo-chat.jsonl", today=TODAY)
    plan = plan_chat_import(database, chat.path, group_id=1, zone="Asia/Shanghai")
    links: dict[int, int | Link] = {
        s.index: chat.members.get(s.platform_id or "", Link.ADD) for s in plan.unmatched
    }
    apply_chat_import(database, plan, ChatDecisions(links=links))
    tabs = window.tabs
    window.group_filter.setCurrentIndex(window.group_filter.findData(1))
    for index in range(tabs.count()):
        tab = tabs.widget(index)
        if tab.objectName() == "dashboardTab":
            tabs.setCurrentIndex(index)
            tab.set_database(database)
            tab.set_scope(window.scope())
            tab.finish()
            # the chat's nudges come after the others: scroll them into view
            silent = NudgeReason.SILENT.value
            total = nudges(database, 1, TODAY).totals[silent]
            listing = tab.findChild(NudgeList)
            if listing is not None:
                for item in listing.findItems(listing.heading(silent, total), exact):
                    listing.scrollToItem(item, QListWidget.ScrollHint.PositionAtTop)
            take("dashboard-after-chat-import")
    members = window.members_tab
    tabs.setCurrentWidget(members)
    members.set_database(database)
    members.set_scope(window.scope())
    _show_member_with_history(members)
    # room for the two chat columns: the contact columns step aside (settings are temporary)
    for column in ("wechat_id", "phone", "groups", "referrer", "tags"):
        members.set_column_visible(column, False)
    members.sort_by("messages_30d", descending=True)
    members.select_ids([members.model.id_at(0)])
    members.detail.pages.setCurrentIndex(members.detail.pages.count() - 1)  # the chat strip
    take("roster-after-chat-import")


if __name__ == "__main__":
    sys.exit(main())
