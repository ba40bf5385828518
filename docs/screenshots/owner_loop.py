"""The owner's everyday loop on the demo data: the screens added for it, one PNG each.

Called by make_screenshots.py (``shoot_owner_loop``) with the window on the demo database:
a roster with role words the app maps in the preview, a WeChat Pay bill, a refund in the
ledger, a partner's statement with payouts, the texts copied back into WeChat, a 接龙 with
guests, and the dashboard's threshold and promotion lists.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"


def _wait(app: Any, done: Callable[[], bool], seconds: float = 30.0) -> None:
    """Let the event loop run until `done` (a worker finished) or the time is up."""
    stop = time.perf_counter() + seconds
    while not done() and time.perf_counter() < stop:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def _save(app: Any, widget: Any, out: Path, name: str, size: tuple[int, int]) -> None:
    widget.resize(*size)
    widget.show()  # non-modal: exec() would block the script
    app.processEvents()
    target = out / f"{name}.png"
    widget.grab().save(str(target))
    print(target)
    widget.close()
    widget.deleteLater()


def shoot_owner_loop(app: Any, window: Any, database: Any, out: Path, tmp: Path) -> None:
    """Save one picture of each screen of the owner's loop (`tmp`: a scratch folder)."""
    _roster_import(app, window, database, out, tmp)
    _bill_import(app, window, database, out)
    _refund_in_ledger(app, window, database, out)
    _partner_statement(app, window, database, out)
    _texts(app, window, database, out)
    _jielong_guests(app, window, database, out)
    _method_lists(app, window, out)


def _roster_import(app: Any, window: Any, database: Any, out: Path, tmp: Path) -> None:
    """The member import of a WPS roster: 领读人 mapped in the preview, nickname-only rows."""
    import shutil

    from desktop.views.exchange.import_dialog import ImportDialog

    roster = tmp / "读书会名单.xlsx"  # a name as the owner's own file would have
    shutil.copyfile(FIXTURES / "sheets" / "wps_roster.xlsx", roster)
    today = database.clock.today()
    dialog = ImportDialog(window, database, roster, today=today)
    _wait(app, lambda: not dialog.is_busy())
    _save(app, dialog, out, "import-roster-roles", (1100, 720))


def _bill_import(app: Any, window: Any, database: Any, out: Path) -> None:
    """A WeChat Pay bill: which lines belong to the community, group, category, member."""
    from desktop.views.exchange.payment_import_dialog import PaymentImportDialog

    dialog = PaymentImportDialog(database, FIXTURES / "payments" / "wechat_2025-06.xlsx", window)
    # the bill's lines are of June 2025: the filter shows them all
    _save(app, dialog, out, "import-payment-bill", (1280, 600))


def _refund_in_ledger(app: Any, window: Any, database: Any, out: Path) -> None:
    """The ledger after a partial refund of a membership fee."""
    import datetime as dt

    from desktop.models.core.scope import Scope
    from desktop.models.revenue import refunds

    today = database.clock.today()
    fee = database.conn.execute(
        """SELECT id, amount_minor FROM revenue WHERE category = 'membership'
           AND refund_of IS NULL AND day <= ? ORDER BY day DESC LIMIT 1""",
        (today.isoformat(),),
    ).fetchone()
    if fee is not None:
        refunds.add_refund(
            database,
            int(fee[0]),
            refunds.RefundDraft(day=today, amount_minor=int(fee[1]) // 2, note="半年退费"),
        )
    tab = window.revenue_tab
    window.tabs.setCurrentWidget(tab)
    tab.set_scope(Scope(None, today - dt.timedelta(days=30), today))
    app.processEvents()
    target = out / "revenue-refund.png"
    window.grab().save(str(target))
    print(target)


def _partner_statement(app: Any, window: Any, database: Any, out: Path) -> None:
    """The partners: each one's balance, the statement's owed, paid and balance, payouts."""
    from desktop.views.revenue.partner_dialog import PartnerDialog

    dialog = PartnerDialog(database, None, window)
    _save(app, dialog, out, "partner-settlement", (1100, 720))


def _texts(app: Any, window: Any, database: Any, out: Path) -> None:
    """Texts for the chat: the group notice and the renewal reminders."""
    from desktop.models.texts import render
    from desktop.models.texts.render import Piece
    from desktop.models.texts.templates import TextKind
    from desktop.views.texts.text_preview import TextPreview

    group_id = int(database.conn.execute("SELECT min(id) FROM groups").fetchone()[0])
    notice = TextPreview(
        database,
        "群公告",
        (TextKind.NOTICE,),
        lambda language: [Piece("", render.notice_text(database, group_id, language))],
        window,
    )
    _save(app, notice, out, "texts-group-notice", (760, 620))
    today = database.clock.today()
    reminders = TextPreview(
        database,
        "续费提醒",
        (TextKind.RENEWAL, TextKind.RENEWAL_LIST),
        lambda language: render.renewal_texts(database, None, today, language),
        window,
    )
    _save(app, reminders, out, "texts-renewal-reminders", (900, 560))


def _jielong_guests(app: Any, window: Any, database: Any, out: Path) -> None:
    """A 接龙 for an upcoming salon pasted in: names matched, guests counted."""
    import datetime as dt

    from desktop.models.calendar.occurrences import occurrences
    from desktop.views.calendar.attendance_dialog import AttendanceDialog

    today = database.clock.today()
    coming = [
        o
        for o in occurrences(database, today, today + dt.timedelta(days=30))
        if o.type != "content" and o.start.date() > today
    ]
    if not coming:
        return
    occ = coming[0]
    names = [
        str(name)
        for (name,) in database.conn.execute(
            """SELECT m.name FROM members m JOIN memberships s ON s.member_id = m.id
               WHERE s.group_id = ? AND s.left_on IS NULL ORDER BY m.id LIMIT 3""",
            (occ.group_id,),
        )
    ]
    dialog = AttendanceDialog(database, occ, today, window)
    lines = [f"{names[0]} 带一个朋友", f"{names[1]} +1", f"{names[2]}（2人）", "王小明"]
    dialog.paste.setPlainText(
        f"#接龙 {occ.title}\n" + "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))
    )
    dialog.match_button.click()
    dialog.apply_button.click()
    _save(app, dialog, out, "calendar-jielong-guests", (900, 640))


def _method_lists(app: Any, window: Any, out: Path) -> None:
    """The dashboard's threshold and promotion lists for all groups."""
    tab = window.dashboard_tab
    window.tabs.setCurrentWidget(tab)
    tab.finish()
    for name, listing in (
        ("dashboard-thresholds", tab.thresholds),
        ("dashboard-promotions", tab.promotions),
    ):
        tab.lists.setCurrentWidget(listing)
        app.processEvents()
        target = out / f"{name}.png"
        window.grab().save(str(target))
        print(target)
    tab.lists.setCurrentIndex(0)
