"""Payouts to partners: what the owner paid each partner, when, how, and what is paid per period."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.models.core.common import is_int, iso
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.core.money import DEFAULT_CURRENCY, per_currency
from desktop.models.revenue.revenue import checked_money
from desktop.models.storage import trash
from desktop.models.storage.db import Database

MAX_NOTE = 500
TRASH_KIND = "payout"  # the trash's kind of a deleted payout (registered in trash_kinds)


class PayoutMethod(StrEnum):
    """How a payout was made (labels are the views')."""

    BANK = "bank"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    CASH = "cash"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class PayoutDraft:
    """A payout as typed: day, amount in fen (> 0), currency, method code and a note."""

    day: dt.date
    amount_minor: int
    currency: str = DEFAULT_CURRENCY
    method: str = PayoutMethod.BANK.value
    note: str = ""


@dataclass(frozen=True, slots=True)
class Payout:
    """A recorded payout to a partner."""

    id: int
    partner_id: int
    day: dt.date
    amount_minor: int
    currency: str
    method: str
    note: str

    @property
    def draft(self) -> PayoutDraft:
        """Its values as a draft (to edit, or to put back on undo)."""
        return PayoutDraft(self.day, self.amount_minor, self.currency, self.method, self.note)


_COLUMNS = "id, partner_id, day, amount_minor, currency, method, note"


def _payout(row: tuple[Any, ...]) -> Payout:
    pid, partner, day, amount, currency, method, note = row
    return Payout(
        int(pid), int(partner), dt.date.fromisoformat(day), int(amount), currency, method, note
    )


def _checked(draft: PayoutDraft) -> tuple[str, int, str, str, str]:
    """(day, amount, currency, method, note) to store; ValidationError naming the field."""
    if not isinstance(draft.day, dt.date):
        raise ValidationError("day", msg("Enter the date of the payout."))
    if not is_int(draft.amount_minor) or draft.amount_minor <= 0:
        raise ValidationError("amount", msg("A payout is more than zero."))
    currency = checked_money(draft.amount_minor, draft.currency)
    if draft.method not in {m.value for m in PayoutMethod}:
        raise ValidationError(
            "method", msg("Unknown payout method “{method}”.", method=draft.method)
        )
    note = (draft.note or "").strip()
    if len(note) > MAX_NOTE:
        raise ValidationError("note", msg("A note has at most {count} characters.", count=MAX_NOTE))
    return iso(draft.day), draft.amount_minor, currency, draft.method, note


def _require_partner(conn: sqlite3.Connection, partner_id: int) -> None:
    if conn.execute("SELECT 1 FROM partners WHERE id = ?", (partner_id,)).fetchone() is None:
        raise ValidationError("partner", msg("There is no partner with id {id}.", id=partner_id))


def get_payout(db: Database, payout_id: int) -> Payout:
    """One payout; ValidationError when there is none (deleted meanwhile)."""
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM partner_payouts WHERE id = ?", (payout_id,)
    ).fetchone()
    if row is None:
        raise ValidationError("payout", msg("This payout no longer exists."))
    return _payout(row)


def add_payout(db: Database, partner_id: int, draft: PayoutDraft) -> int:
    """Record a payout to a partner; return its id."""
    values = _checked(draft)
    with db.transaction() as conn:
        _require_partner(conn, partner_id)
        cursor = conn.execute(
            "INSERT INTO partner_payouts (partner_id, day, amount_minor, currency, method, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (partner_id, *values),
        )
        return int(cursor.lastrowid or 0)


def update_payout(db: Database, payout_id: int, draft: PayoutDraft) -> None:
    """Change a payout's day, amount, currency, method and note."""
    values = _checked(draft)
    with db.transaction() as conn:
        get_payout(db, payout_id)
        conn.execute(
            "UPDATE partner_payouts SET day = ?, amount_minor = ?, currency = ?, method = ?, "
            "note = ? WHERE id = ?",
            (*values, payout_id),
        )


def delete_payout(db: Database, payout_id: int, *, to_trash: bool = True) -> Payout:
    """Delete a payout; return it as it was (restore_payout puts it back).

    Unless `to_trash` is off, one trash row in the same transaction can bring it back.
    """
    with db.transaction() as conn:
        found = get_payout(db, payout_id)
        conn.execute("DELETE FROM partner_payouts WHERE id = ?", (payout_id,))
        if to_trash:
            trash.put(conn, TRASH_KIND, found, db.clock.now())
    return found


def restore_payout(db: Database, payout: Payout) -> int:
    """Put a deleted payout back, under its old id while that is free; return the id now.

    Refused (ValidationError) when its partner was deleted meanwhile.
    """
    values = _checked(payout.draft)
    with db.transaction() as conn:
        _require_partner(conn, payout.partner_id)
        taken = conn.execute("SELECT 1 FROM partner_payouts WHERE id = ?", (payout.id,)).fetchone()
        cursor = conn.execute(
            "INSERT INTO partner_payouts (id, partner_id, day, amount_minor, currency, method, "
            "note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (None if taken else payout.id, payout.partner_id, *values),
        )
        return int(cursor.lastrowid or 0)


def payouts_of(
    db: Database, partner_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> list[Payout]:
    """A partner's payouts dated from `start` to `end` (both inclusive; None: open), by day."""
    rows = db.conn.execute(
        f"SELECT {_COLUMNS} FROM partner_payouts WHERE partner_id = ? "
        "AND day >= ? AND day <= ? ORDER BY day, id",
        (partner_id, iso(start) if start else "", iso(end) if end else "9999-12-31"),
    )
    return [_payout(row) for row in rows]


def paid_per_currency(payouts: Iterable[Payout]) -> dict[str, int]:
    """What the payouts add up to, per currency (never across)."""
    return per_currency((p.currency, p.amount_minor) for p in payouts)
