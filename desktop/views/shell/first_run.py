"""First run: when no database was named and none exists yet, welcome the owner.

Never shown when `--db` names a database, when the default database exists, or when a
database was opened before: the welcome must not stand between an owner and their data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import paths
from desktop.models.core.errors import QunDeskError
from desktop.models.groups.queries import group_count
from desktop.models.storage.db import Database
from desktop.views.common.field_labels import error_text
from desktop.views.shell.main_window import SETTING_LAST_DB

# Every start asks `is_first_run`; the welcome, the demo and the wizard are loaded only on
# the first run itself (function-level imports), not before every other start's first paint.

DEMO_DB_NAME = "qundesk-demo.sqlite"
DEMO_MEMBERS = 300
# what generate_demo reports, in order: the progress bar moves one step for each
DEMO_STAGES = (
    "members",
    "memberships",
    "groups",
    "events",
    "attendance",
    "revenue",
    "activity",
    "goals",
    "done",
)

Opener = Callable[[Path], Database | None]
FollowUp = Callable[[QWidget], None]


class DemoCancelledError(QunDeskError):
    """The owner stopped the demo; its transaction was rolled back."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


def is_first_run(explicit: Path | None, settings: QSettings, default: Path | None = None) -> bool:
    """True only with no --db, no database at the default place and none opened before."""
    if explicit is not None:
        return False
    if str(settings.value(SETTING_LAST_DB, "") or ""):
        return False
    default = default if default is not None else paths.default_db_path()
    return not default.exists()


def demo_path() -> Path:
    """Where the demo database goes: beside the default one, never in its place."""
    return paths.default_db_path().with_name(DEMO_DB_NAME)


def demo_work(
    database: Database, members: int, today: dt.date
) -> Callable[[Callable[[int, int], None], Callable[[], bool]], object]:
    """The demo generation as a `work(progress, cancelled)` step for a worker thread."""

    from desktop.models.demo.demo import generate_demo

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
        def report(stage: str) -> None:
            if cancelled():
                raise DemoCancelledError(_tr("The demo was stopped; nothing was written."))
            step = DEMO_STAGES.index(stage) if stage in DEMO_STAGES else 0
            progress(step, len(DEMO_STAGES) - 1)

        return generate_demo(database, members=members, today=today, progress=report)

    return work


def make_demo(opener: Opener, today: dt.date | None = None) -> Database | None:
    """Create and fill the demo database with progress and Stop; None when stopped."""
    from desktop.views.shell.file_menu import WorkDialog

    path = demo_path()
    database = opener(path)
    if database is None:
        return None
    if group_count(database):
        return database  # a demo made on an earlier first run: open it as it is
    work = demo_work(database, DEMO_MEMBERS, today or database.clock.today())
    try:
        WorkDialog.run(None, _tr("Making the demo…"), work)
    except DemoCancelledError:
        _discard(database)
        return None
    except (QunDeskError, OSError) as exc:
        QMessageBox.critical(None, _tr("The demo could not be made"), error_text(exc))
        _discard(database)
        return None
    return database


def _discard(database: Database) -> None:
    """Close and remove an empty demo file, so the next start welcomes the owner again."""
    path = database.path
    database.close()
    for leftover in (path, *path.parent.glob(path.name + "-*")):
        leftover.unlink(missing_ok=True)


def _import_follow_up(window: QWidget) -> None:
    action = getattr(window, "action_import", None)
    if action is not None:
        action.trigger()


def _wizard_follow_up(today: dt.date | None) -> FollowUp:
    def follow_up(window: QWidget) -> None:
        from desktop.views.groups.first_group_wizard import FirstGroupWizard

        database = getattr(window, "database", None)
        if not isinstance(database, Database):
            return
        group_id = FirstGroupWizard.ask(window, database, today or database.clock.today())
        refresh = getattr(window, "refresh_all", None)
        if group_id is not None and refresh is not None:
            refresh()

    return follow_up


def start(
    default: Path, opener: Opener, today: dt.date | None = None
) -> tuple[Database, FollowUp | None] | None:
    """Welcome the owner and open what they chose, with what to do once the window is up.

    Start empty and import open (creating) the default database; the guided group setup
    or the import dialog follows over the main window. The demo is generated into its own
    file. None when the owner quits.
    """
    from desktop.views.shell.welcome_dialog import (
        IMPORT_SHEET,
        OPEN_DEMO,
        START_EMPTY,
        WelcomeDialog,
    )

    while True:
        choice = WelcomeDialog.ask(None, default)
        if choice is None:
            return None
        if choice == OPEN_DEMO:
            database = make_demo(opener, today)
            if database is None:
                continue  # stopped: back to the welcome
            return database, None
        database = opener(default)
        if database is None:
            return None
        if choice == IMPORT_SHEET:
            return database, _import_follow_up
        assert choice == START_EMPTY
        return database, _wizard_follow_up(today)
