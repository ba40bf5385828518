"""Where the texts for the chat open from: one function per text, and the groups' menu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from desktop.models.calendar.occurrences import Occurrence
from desktop.models.groups.queries import group_name
from desktop.models.storage.db import Database
from desktop.models.texts import render
from desktop.models.texts.render import Piece
from desktop.models.texts.templates import TextKind
from desktop.views.texts.text_preview import TextPreview


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChatTexts", text)


def _titled(text: str, name: str) -> str:
    return text.replace("%1", name)


def open_notice(parent: QWidget | None, database: Database, group_id: int) -> None:
    """The group notice with its rules, to copy into the chat."""
    title = _titled(_tr("Group notice — %1"), group_name(database, group_id))
    TextPreview.show_text(
        parent,
        database,
        title,
        (TextKind.NOTICE,),
        lambda language: [Piece("", render.notice_text(database, group_id, language))],
    )


def open_weekly(parent: QWidget | None, database: Database, group_id: int) -> None:
    """This week's group report."""
    title = _titled(_tr("Weekly report — %1"), group_name(database, group_id))
    TextPreview.show_text(
        parent,
        database,
        title,
        (TextKind.WEEKLY,),
        lambda language: [Piece("", render.weekly_report(database, group_id, language))],
    )


def open_welcome(
    parent: QWidget | None,
    database: Database,
    group_id: int,
    today: dt.date,
    days: int = render.WELCOME_DAYS,
) -> None:
    """A welcome for the newcomers of the last days."""
    names = render.newcomers(database, group_id, today, days)
    note = (
        _tr("Newcomers of the last %1 days: %2").replace("%2", "、".join(names))
        if names
        else _tr("Nobody joined in the last %1 days: the welcome greets newcomers in general.")
    ).replace("%1", str(days))
    title = _titled(_tr("Welcome — %1"), group_name(database, group_id))
    TextPreview.show_text(
        parent,
        database,
        title,
        (TextKind.WELCOME,),
        lambda language: [
            Piece("", render.welcome_text(database, group_id, today, language, days))
        ],
        note,
    )


def open_renewals(
    parent: QWidget | None, database: Database, group_id: int | None, today: dt.date
) -> None:
    """Renewal reminders: the list for the owner, then one message per member."""
    TextPreview.show_text(
        parent,
        database,
        _tr("Renewal reminders"),
        (TextKind.RENEWAL, TextKind.RENEWAL_LIST),
        lambda language: render.renewal_texts(database, group_id, today, language),
        _tr("Pick a member on the left for their own message, or copy the list for yourself."),
    )


def open_signup(parent: QWidget | None, database: Database, occurrence: Occurrence) -> None:
    """A 接龙 for an occurrence, to post in the chat; pasted back, it checks people in."""
    TextPreview.show_text(
        parent,
        database,
        _titled(_tr("接龙 — %1"), occurrence.title),
        (TextKind.SIGNUP,),
        lambda language: [Piece("", render.signup_text(database, occurrence, language))],
        _tr("When the list comes back filled in, paste it under Attendance… to record it."),
    )


def group_texts_menu(
    parent: QWidget,
    database: Callable[[], Database | None],
    group_id: Callable[[], int | None],
    today: Callable[[], dt.date],
) -> QMenu:
    """The menu of texts about the group `group_id()` names (asked when one is picked)."""
    menu = QMenu(parent)
    menu.setObjectName("groupTextsMenu")

    def run(action: Callable[[Database, int], None]) -> Callable[[], None]:
        def chosen() -> None:
            db, gid = database(), group_id()
            if db is not None and gid is not None:
                action(db, gid)

        return chosen

    for text, action in (
        (_tr("Group notice and rules…"), lambda db, gid: open_notice(parent, db, gid)),
        (_tr("Weekly report…"), lambda db, gid: open_weekly(parent, db, gid)),
        (_tr("Welcome newcomers…"), lambda db, gid: open_welcome(parent, db, gid, today())),
        (_tr("Renewal reminders…"), lambda db, gid: open_renewals(parent, db, gid, today())),
    ):
        menu.addAction(text).triggered.connect(run(action))
    return menu
