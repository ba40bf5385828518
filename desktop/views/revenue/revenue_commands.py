"""Undoable ledger edits: add, edit and delete entries, each direction one transaction."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from desktop.models.revenue import refunds, revenue
from desktop.models.revenue.refunds import RefundDraft
from desktop.models.revenue.revenue import DeletedEntry, EntryDraft
from desktop.models.storage import trash
from desktop.models.storage.db import Database
from desktop.views.common.undo import DataCommand


class LedgerHost(Protocol):
    """What ledger commands need from the tab that made them."""

    def command_done(self, entry_id: int | None) -> None:
        """Refresh after a command ran or was undone, showing `entry_id` when it exists."""
        ...

    def command_failed(self, text: str, error: Exception) -> None:
        """Tell the owner an undo or redo could not be applied."""
        ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("RevenueCommands", text)


# What a ledger edit writes: a membership fee renews (its delete reverses) paid-until.
LEDGER_TABLES = frozenset({"revenue", "memberships"})


class EntryCommand(DataCommand):
    """An edit of one ledger entry."""

    def __init__(self, host: LedgerHost, database: Database, entry_id: int, text: str) -> None:
        super().__init__(text)
        self.host = host
        self.database = database
        self.entry_id = entry_id
        self.renewal = False  # the entry renewed a membership: its paid-until moves too

    @property
    def tables(self) -> frozenset[str]:  # type: ignore[override]
        """The ledger, and the memberships when the entry renewed one."""
        return LEDGER_TABLES if self.renewal else frozenset({"revenue"})

    def changed_ids(self) -> dict[str, frozenset[int]]:
        """The entry it edited, by its id now."""
        return {"revenue": frozenset({self.entry_id})}

    def origin(self) -> object | None:
        """The Revenue tab (it refreshes itself)."""
        return self.host

    def shown_entry(self) -> int | None:
        """The entry to select after the command ran."""
        return self.entry_id

    def failed(self, error: Exception) -> None:
        """Report a redo or undo the data layer refused."""
        self.host.command_failed(self.text(), error)

    def finished(self, *, undone: bool) -> None:
        """Reload the ledger and select the entry."""
        self.host.command_done(self.shown_entry())


class AddEntry(EntryCommand):
    """Record an entry; undo deletes it (reversing a renewal), redo puts the same row back."""

    def __init__(self, host: LedgerHost, database: Database, draft: EntryDraft) -> None:
        super().__init__(host, database, 0, _tr("Add entry"))
        self.draft = draft
        self._deleted: DeletedEntry | None = None
        self._present = False

    def do(self) -> None:
        """Insert the entry (first time) or restore the row undo removed."""
        if self._deleted is None:
            self.entry_id = revenue.add_entry(self.database, self.draft)
            self.renewal = revenue.get_entry(self.database, self.entry_id).is_renewal
        else:
            self.entry_id = revenue.restore_entry(self.database, self._deleted)
        self._present = True

    def revert(self) -> None:
        """Delete it again (not into the trash: undoing an add is not a delete)."""
        self._deleted = revenue.delete_entry(self.database, self.entry_id, to_trash=False)
        self._present = False

    def shown_entry(self) -> int | None:
        """The entry while it exists."""
        return self.entry_id if self._present else None


class AddRefund(AddEntry):
    """Record a refund of an entry (maybe moving paid-until back); undo deletes it."""

    def __init__(
        self, host: LedgerHost, database: Database, original_id: int, refund: RefundDraft
    ) -> None:
        super().__init__(host, database, EntryDraft(refund.day, None, "", 0))
        self.setText(_tr("Record refund"))
        self.original_id = original_id
        self.refund = refund
        self.renewal = refund.paid_until is not None

    def do(self) -> None:
        """Insert the refund (first time) or restore the row undo removed."""
        if self._deleted is None:
            self.entry_id = refunds.add_refund(self.database, self.original_id, self.refund)
        else:
            self.entry_id = revenue.restore_entry(self.database, self._deleted)
        self._present = True


class EditEntry(EntryCommand):
    """Change an entry; undo puts the old values back."""

    def __init__(
        self, host: LedgerHost, database: Database, entry_id: int, old: EntryDraft, new: EntryDraft
    ) -> None:
        super().__init__(host, database, entry_id, _tr("Edit entry"))
        self.old, self.new = old, new

    def do(self) -> None:
        """Write the new values."""
        revenue.update_entry(self.database, self.entry_id, self.new)

    def revert(self) -> None:
        """Write the old values."""
        revenue.update_entry(self.database, self.entry_id, self.old)


class DeleteEntry(EntryCommand):
    """Delete an entry (reversing its renewal); undo restores it and the membership."""

    def __init__(self, host: LedgerHost, database: Database, entry_id: int) -> None:
        super().__init__(host, database, entry_id, _tr("Delete entry"))
        self.trash_id: int | None = None

    def do(self) -> None:
        """Delete the entry into the trash, keeping the trash row's id."""
        entry_id = self.entry_id
        deleted, self.trash_id = trash.capture(
            self.database, lambda: revenue.delete_entry(self.database, entry_id)
        )
        self.renewal = deleted.membership_until is not None

    def revert(self) -> None:
        """Take the entry back out of the trash (refused if restored or purged there)."""
        if self.trash_id is not None:
            restored = trash.restore_from_trash(self.database, self.trash_id)
            self.entry_id = restored.ids.get(self.entry_id, self.entry_id)
            self.trash_id = None

    def shown_entry(self) -> int | None:
        """The entry once it is back."""
        return self.entry_id if self.trash_id is None else None
