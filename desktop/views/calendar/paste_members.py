"""Add a name from a pasted 接龙 as a member of the group, as one undoable edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.db import Database
from desktop.views.calendar.calendar_commands import translate
from desktop.views.common.commands import runner_for
from desktop.views.common.field_labels import error_text
from desktop.views.members.member_commands import CreateMember, MemberIdMap
from desktop.views.members.member_dialogs import MemberDialog


class PasteMemberHost:
    """What a member command run from the Calendar needs: the day, and where to report."""

    def __init__(self, parent: QWidget, today: Callable[[], dt.date]) -> None:
        self.parent = parent
        self.ids = MemberIdMap()
        self._today = today

    def today(self) -> dt.date:
        """The day the membership starts on by default."""
        return self._today()

    def command_done(self, touched: list[int], select: list[int]) -> None:
        """Nothing to do here: the Members tab refreshes on the runner's change signal."""

    def command_failed(self, text: str, error: Exception) -> None:
        """Tell the owner an undo or redo could not be applied."""
        QMessageBox.warning(self.parent, text, error_text(error))


def add_member_named(
    parent: QWidget,
    database: Database,
    undo_stack: QUndoStack,
    group_id: int,
    name: str,
    today: Callable[[], dt.date],
) -> int | None:
    """Ask for a new member of the group with `name` filled in; their id, or None."""
    dialog = MemberDialog(
        parent,
        database,
        None,
        today=today(),
        groups=list_group_refs(database, include_archived=False),
        group_id=group_id,
    )
    dialog.edits["name"].setText(name)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
            return None
        result = dialog.result_value
    finally:
        dialog.deleteLater()
    if result.open_existing is not None:
        return result.open_existing
    command = CreateMember(PasteMemberHost(parent, today), database, result.draft, result.join)
    refused = runner_for(undo_stack).attempt(command)
    if refused is not None:
        text = translate("%1\nNothing was changed.").replace("%1", refused.message)
        QMessageBox.warning(parent, command.text(), text)
        return None
    return command.member_ids[0]
