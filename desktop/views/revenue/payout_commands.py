"""Undoable payouts to partners: record, edit and delete (into the trash), one transaction each."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from desktop.models.revenue import payouts
from desktop.models.revenue.payouts import Payout, PayoutDraft
from desktop.models.storage import trash
from desktop.models.storage.db import Database
from desktop.views.common.undo import DataCommand

PAYOUT_TABLES = frozenset({"partner_payouts"})


class PayoutHost(Protocol):
    """What payout commands need from the dialog that made them."""

    def payout_done(self, payout_id: int | None) -> None:
        """Refresh after a command ran or was undone, showing `payout_id` when it exists."""
        ...

    def payout_failed(self, text: str, error: Exception) -> None:
        """Tell the owner an undo or redo could not be applied."""
        ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("PayoutCommands", text)


class PayoutCommand(DataCommand):
    """An edit of one payout."""

    tables = PAYOUT_TABLES

    def __init__(self, host: PayoutHost, database: Database, payout_id: int, text: str) -> None:
        super().__init__(text)
        self.host = host
        self.database = database
        self.payout_id = payout_id
        self.present = True  # whether the payout exists after the last do/revert

    def changed_ids(self) -> dict[str, frozenset[int]]:
        """The payout it edited, by its id now."""
        return {"partner_payouts": frozenset({self.payout_id})}

    def origin(self) -> object | None:
        """The dialog (it refreshes itself)."""
        return self.host

    def failed(self, error: Exception) -> None:
        """Report a redo or undo the data layer refused."""
        self.host.payout_failed(self.text(), error)

    def finished(self, *, undone: bool) -> None:
        """Reload the payouts and select this one while it exists."""
        self.host.payout_done(self.payout_id if self.present else None)


class AddPayout(PayoutCommand):
    """Record a payout; undo deletes it (not into the trash), redo puts the same row back."""

    def __init__(
        self, host: PayoutHost, database: Database, partner_id: int, draft: PayoutDraft
    ) -> None:
        super().__init__(host, database, 0, _tr("Record payout"))
        self.partner_id = partner_id
        self.draft = draft
        self._removed: Payout | None = None

    def do(self) -> None:
        """Insert the payout (first time) or restore the row undo removed."""
        if self._removed is None:
            self.payout_id = payouts.add_payout(self.database, self.partner_id, self.draft)
        else:
            self.payout_id = payouts.restore_payout(self.database, self._removed)
        self.present = True

    def revert(self) -> None:
        """Delete it again: undoing a record is not a delete for the trash."""
        self._removed = payouts.delete_payout(self.database, self.payout_id, to_trash=False)
        self.present = False


class EditPayout(PayoutCommand):
    """Change a payout; undo puts the old values back."""

    def __init__(self, host: PayoutHost, database: Database, old: Payout, new: PayoutDraft) -> None:
        super().__init__(host, database, old.id, _tr("Edit payout"))
        self.old, self.new = old.draft, new

    def do(self) -> None:
        """Write the new values."""
        payouts.update_payout(self.database, self.payout_id, self.new)

    def revert(self) -> None:
        """Write the old values."""
        payouts.update_payout(self.database, self.payout_id, self.old)


class DeletePayout(PayoutCommand):
    """Delete a payout into the trash; undo takes it back out."""

    def __init__(self, host: PayoutHost, database: Database, payout_id: int) -> None:
        super().__init__(host, database, payout_id, _tr("Delete payout"))
        self.trash_id: int | None = None

    def do(self) -> None:
        """Delete the payout into the trash, keeping the trash row's id."""
        payout_id = self.payout_id
        _gone, self.trash_id = trash.capture(
            self.database, lambda: payouts.delete_payout(self.database, payout_id)
        )
        self.present = False

    def revert(self) -> None:
        """Take the payout back out of the trash (refused if restored or purged there)."""
        if self.trash_id is not None:
            restored = trash.restore_from_trash(self.database, self.trash_id)
            self.payout_id = restored.ids.get(self.payout_id, self.payout_id)
            self.trash_id = None
        self.present = True
