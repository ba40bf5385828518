"""Ledger entries from payment bills: their transaction numbers, and the owner's bill rules.

An entry imported from a bill keeps the payment's transaction number (`payment_ref`, unique:
a re-import skips it) and order number (`payment_order`, which its refunds name). A rule
says that a bill line whose item or counterpart contains a text goes to a group and a
category; the longest matching text wins.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.models.core import vocabulary
from desktop.models.core.codes import category_kind
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.revenue import revenue
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database

RULE_FIELDS = ("item", "counterpart")
MAX_RULE_TEXT = 100


@dataclass(frozen=True, slots=True)
class PaymentRule:
    """Lines whose `field` ("item" or "counterpart") contains `contains` go to the group
    and category (either may be None: left as the import would choose)."""

    id: int
    field: str
    contains: str
    group_id: int | None
    category: str | None

    def matches(self, item: str, counterpart: str) -> bool:
        """Whether a line with this item and counterpart falls under the rule."""
        text = item if self.field == "item" else counterpart
        return self.contains.casefold() in text.casefold()


def list_rules(db: Database) -> list[PaymentRule]:
    """Every rule, the most specific (longest text) first."""
    rows = db.conn.execute(
        "SELECT id, field, contains, group_id, category FROM payment_rules "
        "ORDER BY length(contains) DESC, id"
    )
    return [PaymentRule(int(i), f, c, g, k) for i, f, c, g, k in rows]


def rule_for(rules: Iterable[PaymentRule], item: str, counterpart: str) -> PaymentRule | None:
    """The first (most specific) rule a line falls under."""
    return next((r for r in rules if r.matches(item, counterpart)), None)


def save_rule(
    db: Database, field: str, contains: str, group_id: int | None, category: str | None
) -> int:
    """Remember a rule (replacing the one with the same field and text); return its id."""
    text = " ".join(contains.split())
    if field not in RULE_FIELDS:
        raise ValidationError("field", msg("A rule looks at the item or the counterpart."))
    if not text:
        raise ValidationError("contains", msg("Enter the text the rule looks for."))
    if len(text) > MAX_RULE_TEXT:
        raise ValidationError(
            "contains", msg("A rule's text is at most {count} characters.", count=MAX_RULE_TEXT)
        )
    with db.transaction() as conn:
        if (
            group_id is not None
            and not conn.execute("SELECT 1 FROM groups WHERE id = ?", (group_id,)).fetchone()
        ):
            raise ValidationError("group", msg("There is no group with id {id}.", id=group_id))
        if category is not None and (
            category_kind(category) is None or not vocabulary.is_known(conn, "category", category)
        ):
            raise ValidationError(
                "category", msg("“{category}” is not a ledger category.", category=category)
            )
        conn.execute(
            "INSERT INTO payment_rules (field, contains, group_id, category) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (field, contains) DO UPDATE SET group_id = excluded.group_id, "
            "category = excluded.category",
            (field, text, group_id, category),
        )
        found = conn.execute(
            "SELECT id FROM payment_rules WHERE field = ? AND contains = ?", (field, text)
        ).fetchone()
    return int(found[0])


def delete_rule(db: Database, rule_id: int) -> None:
    """Forget a rule."""
    with db.transaction() as conn:
        conn.execute("DELETE FROM payment_rules WHERE id = ?", (rule_id,))


def known_refs(conn: sqlite3.Connection, refs: Iterable[str]) -> dict[str, int]:
    """The entries already holding these transaction numbers: number → entry id."""
    wanted = list(dict.fromkeys(refs))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for ref, entry_id in conn.execute(
            f"SELECT payment_ref, id FROM revenue WHERE payment_ref IN ({marks})", chunk
        ):
            found[str(ref)] = int(entry_id)
    return found


def entries_by_order(conn: sqlite3.Connection, orders: Iterable[str]) -> dict[str, int]:
    """Payments (not refunds) by their order number: order → entry id (the first)."""
    wanted = list(dict.fromkeys(o for o in orders if o))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for order, entry_id in conn.execute(
            f"SELECT payment_order, min(id) FROM revenue WHERE payment_order IN ({marks}) "
            "AND refund_of IS NULL GROUP BY payment_order",
            chunk,
        ):
            found[str(order)] = int(entry_id)
    return found


def insert_payment(conn: sqlite3.Connection, draft: EntryDraft, ref: str, order: str | None) -> int:
    """Store a bill's payment as an entry (a membership fee renews as a typed one does)."""
    row = revenue.checked_entry_row(conn, draft)
    row.update(payment_ref=ref, payment_order=order or None)
    names = ", ".join(row)
    marks = ", ".join(f":{name}" for name in row)
    cursor = conn.execute(f"INSERT INTO revenue ({names}) VALUES ({marks})", row)
    entry_id = int(cursor.lastrowid or 0)
    revenue.renew_membership(conn, entry_id, row)
    return entry_id
