"""Deleted revenue entries and payouts in the trash: how they are labelled, stored, put back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from desktop.models.core.money import grouped_text
from desktop.models.revenue.payouts import TRASH_KIND, Payout, restore_payout
from desktop.models.revenue.revenue import COLUMNS, DeletedEntry, restore_entry
from desktop.models.storage import trash
from desktop.models.storage.db import Database


def entry_payload(deleted: DeletedEntry) -> dict[str, Any]:
    """A deleted revenue entry as JSON-ready lists."""
    return {
        "row": list(deleted.row),
        "membership_until": list(deleted.membership_until) if deleted.membership_until else None,
        "later_previous": trash.as_lists(deleted.later_previous),
    }


def deleted_entry(data: dict[str, Any]) -> DeletedEntry:
    """The deleted entry a payload holds."""
    until = data["membership_until"]
    row = tuple(data["row"])
    # entries deleted before refunds existed have no refund_of and payment_ref
    row += (None,) * (len(COLUMNS) - len(row))
    return DeletedEntry(
        row=row,
        membership_until=(int(until[0]), until[1]) if until else None,
        later_previous=tuple((int(i), day) for i, day in data["later_previous"]),
    )


def describe(deleted: DeletedEntry) -> str:
    """Day · amount currency (· the note's start)."""
    row = dict(zip(COLUMNS, deleted.row, strict=True))
    label = f"{row['day']} · {grouped_text(int(row['amount_minor']))} {row['currency']}"
    if row["note"]:
        label += f" · {str(row['note'])[:40]}"
    return label


def restore_deleted_entry(db: Database, deleted: DeletedEntry) -> dict[int, int]:
    """Put a revenue entry back; links to records deleted meanwhile are dropped."""
    conn = db.conn
    values = dict(zip(COLUMNS, deleted.row, strict=True))
    trash.require_group(conn, values["group_id"], "this entry")
    for name, table in (
        ("referrer_id", "members"),
        ("partner_id", "partners"),
        ("renewal_membership_id", "memberships"),
    ):
        if values[name] is not None and not trash.exists(conn, table, values[name]):
            values[name] = None
    cleaned = replace(deleted, row=tuple(values[name] for name in COLUMNS))
    if values["renewal_membership_id"] is None:
        cleaned = replace(cleaned, membership_until=None, later_previous=())
    return {deleted.entry_id: restore_entry(db, cleaned)}


def _restore(db: Database, data: dict[str, Any]) -> dict[int, int]:
    return restore_deleted_entry(db, deleted_entry(data))


ENTRIES: trash.TrashKind[DeletedEntry] = trash.TrashKind(
    name="revenue",
    describe=describe,
    ids=lambda deleted: [deleted.entry_id],
    to_payload=entry_payload,
    restore=_restore,
)
trash.register(ENTRIES)


def payout_payload(payout: Payout) -> dict[str, Any]:
    """A deleted payout as JSON-ready values."""
    return {
        "id": payout.id,
        "partner_id": payout.partner_id,
        "day": payout.day.isoformat(),
        "amount_minor": payout.amount_minor,
        "currency": payout.currency,
        "method": payout.method,
        "note": payout.note,
    }


def deleted_payout(data: dict[str, Any]) -> Payout:
    """The deleted payout a payload holds."""
    return Payout(
        int(data["id"]),
        int(data["partner_id"]),
        dt.date.fromisoformat(data["day"]),
        int(data["amount_minor"]),
        str(data["currency"]),
        str(data["method"]),
        str(data["note"]),
    )


def describe_payout(payout: Payout) -> str:
    """Day · amount currency (· the note's start)."""
    label = f"{payout.day.isoformat()} · {grouped_text(payout.amount_minor)} {payout.currency}"
    return label + (f" · {payout.note[:40]}" if payout.note else "")


def _restore_payout(db: Database, data: dict[str, Any]) -> dict[int, int]:
    payout = deleted_payout(data)
    return {payout.id: restore_payout(db, payout)}


PAYOUTS: trash.TrashKind[Payout] = trash.TrashKind(
    name=TRASH_KIND,
    describe=describe_payout,
    ids=lambda payout: [payout.id],
    to_payload=payout_payload,
    restore=_restore_payout,
)
trash.register(PAYOUTS)
