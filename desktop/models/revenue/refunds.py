"""Refunds: money given back for a ledger entry, recorded as an entry linked to it.

A refund keeps its payment's kind, group, category, member, event and currency and stores
its amount negative (`revenue.refund_of` names the payment), so every sum of the ledger nets
it out. Refunds of one payment never give back more than it was; a refund of a membership
fee may move the member's paid-until back, which deleting the refund undoes.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta

from desktop.models.core.codes import Category, Channel, EntryKind, codes
from desktop.models.core.common import iso, parse_date
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.revenue import revenue
from desktop.models.storage.db import Database


@dataclass(frozen=True, slots=True)
class RefundDraft:
    """What the owner gives back: when, how much (positive fen), how, and why.

    `paid_until` moves the refunded member's paid-until to that day (a membership fee only);
    None leaves it. `channel` None is the payment's own.
    """

    day: dt.date
    amount_minor: int
    channel: str | None = None
    note: str = ""
    paid_until: dt.date | None = None
    payment_ref: str | None = None


@dataclass(frozen=True, slots=True)
class Refundable:
    """What is left to refund of an entry, and the paid-until a full refund would give."""

    entry_id: int
    amount_minor: int  # the payment
    refunded_minor: int  # already given back
    currency: str
    membership_id: int | None  # the membership the fee paid for, if any
    paid_until: dt.date | None  # its paid-until now
    period_months: int | None  # its group's fee period

    @property
    def left_minor(self) -> int:
        """What can still be refunded."""
        return self.amount_minor - self.refunded_minor

    def shortened_until(self, amount_minor: int) -> dt.date | None:
        """Paid-until after refunding `amount_minor`: the share of one period it paid for
        comes off (a full refund takes the whole period); None when there is nothing to move."""
        if (
            self.paid_until is None
            or self.period_months is None
            or self.amount_minor <= 0
            or amount_minor <= 0
        ):
            return None
        start = self.paid_until - relativedelta(months=self.period_months)
        period_days = (self.paid_until - start).days
        if amount_minor >= self.amount_minor:
            return start
        days = period_days * amount_minor // self.amount_minor
        return self.paid_until - dt.timedelta(days=days)


def _membership(conn: sqlite3.Connection, original: dict[str, Any]) -> tuple[int, str] | None:
    """(membership id, paid_until) a membership fee paid for, if it is one of a paid group."""
    if original["category"] != Category.MEMBERSHIP or original["kind"] != EntryKind.INCOME:
        return None
    found = None
    if original["renewal_membership_id"] is not None:
        found = conn.execute(
            "SELECT id, paid_until FROM memberships WHERE id = ?",
            (original["renewal_membership_id"],),
        ).fetchone()
    elif original["member_id"] is not None and original["group_id"] is not None:
        found = conn.execute(
            "SELECT id, paid_until FROM memberships WHERE member_id = ? AND group_id = ? "
            "ORDER BY left_on IS NULL DESC, joined_on DESC LIMIT 1",
            (original["member_id"], original["group_id"]),
        ).fetchone()
    if found is None or found[1] is None:
        return None
    return int(found[0]), str(found[1])


def refundable(db: Database, entry_id: int) -> Refundable:
    """What is left to refund of an entry (ValidationError for a refund or a deleted one)."""
    conn = db.conn
    original = revenue.stored_original(conn, entry_id)
    membership = _membership(conn, original)
    months = None
    if membership is not None and original["group_id"] is not None:
        row = conn.execute(
            "SELECT fee_period_months FROM groups WHERE id = ?", (original["group_id"],)
        ).fetchone()
        months = int(row[0]) if row and row[0] else None
    return Refundable(
        entry_id=entry_id,
        amount_minor=int(original["amount_minor"]),
        refunded_minor=revenue.refunded_minor(conn, entry_id),
        currency=str(original["currency"]),
        membership_id=membership[0] if membership else None,
        paid_until=parse_date(membership[1]) if membership else None,
        period_months=months,
    )


def add_refund(db: Database, entry_id: int, draft: RefundDraft) -> int:
    """Record a refund of an entry (and move paid-until when asked); return its id."""
    with db.transaction() as conn:
        return insert_refund(conn, entry_id, draft)


def insert_refund(conn: sqlite3.Connection, entry_id: int, draft: RefundDraft) -> int:
    """`add_refund` inside the caller's transaction (an import writes several)."""
    original = revenue.stored_original(conn, entry_id)
    if not isinstance(draft.day, dt.date):
        raise ValidationError("day", msg("Enter the date of the entry."))
    if iso(draft.day) < original["day"]:
        raise ValidationError("day", msg("A refund cannot be dated before its payment."))
    revenue.check_refund_amount(conn, original, draft.amount_minor)
    channel = draft.channel or original["channel"]
    if channel not in codes(Channel):
        raise ValidationError(
            "channel", msg("Unknown payment channel “{channel}”.", channel=channel)
        )
    row = {
        name: original[name]
        for name in ("group_id", "kind", "category", "currency", "member_id", "event_id")
    }
    row.update(
        day=iso(draft.day),
        amount_minor=-draft.amount_minor,
        channel=channel,
        referrer_id=original["referrer_id"],
        partner_id=original["partner_id"],
        note=" ".join((draft.note or "").split()),
        refund_of=entry_id,
        payment_ref=draft.payment_ref or None,
    )
    names = ", ".join(row)
    marks = ", ".join(f":{name}" for name in row)
    cursor = conn.execute(f"INSERT INTO revenue ({names}) VALUES ({marks})", row)
    refund_id = int(cursor.lastrowid or 0)
    if draft.paid_until is not None:
        membership = _membership(conn, original)
        if membership is None:
            raise ValidationError(
                "paid_until", msg("Only a membership fee's refund can move paid-until.")
            )
        membership_id, previous = membership
        conn.execute(
            "UPDATE memberships SET paid_until = ? WHERE id = ?",
            (iso(draft.paid_until), membership_id),
        )
        conn.execute(
            "UPDATE revenue SET renewal_membership_id = ?, renewal_previous_until = ? WHERE id = ?",
            (membership_id, previous, refund_id),
        )
    return refund_id


def refunds_of(db: Database, entry_id: int) -> list[revenue.Entry]:
    """The refunds recorded for an entry, oldest first."""
    rows = db.conn.execute(
        f"{revenue.ENTRY_SQL} WHERE r.refund_of = ? ORDER BY r.day, r.id", (entry_id,)
    )
    return [revenue.entry_from_row(row) for row in rows]
