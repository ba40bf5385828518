"""The revenue ledger: entries, membership-fee renewals, and the ledger read in pages.

Amounts are integer fen with a currency; totals are never added across currencies (see
summaries for the reports built on the ledger).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta

from desktop.models.core import vocabulary
from desktop.models.core.codes import (
    DIRECT_CATEGORIES,
    INDIRECT_CATEGORIES,
    Category,
    CategoryKind,
    Channel,
    EntryKind,
    category_kind,
    codes,
)
from desktop.models.core.common import is_int, iso, parse_date
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.core.money import (
    DEFAULT_CURRENCY,
    MAX_MINOR,
    MoneyError,
    check_currency,
    plain_text,
)
from desktop.models.core.scope import Scope
from desktop.models.storage import trash
from desktop.models.storage.db import Database

# The stored columns of an entry, in table order; DeletedEntry rows follow this order.
COLUMNS = (
    "id",
    "day",
    "group_id",
    "kind",
    "category",
    "amount_minor",
    "currency",
    "channel",
    "member_id",
    "event_id",
    "referrer_id",
    "partner_id",
    "note",
    "renewal_membership_id",
    "renewal_previous_until",
    "refund_of",
    "payment_ref",
    "payment_order",
)
INCOME_CATEGORIES = DIRECT_CATEGORIES | INDIRECT_CATEGORIES


def kind_for(category: str) -> EntryKind:
    """Income or expense, as the category says (unknown codes count as income)."""
    expense = category_kind(category) is CategoryKind.EXPENSE
    return EntryKind.EXPENSE if expense else EntryKind.INCOME


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """What the owner types for one entry; the kind follows the category unless given."""

    day: dt.date
    group_id: int | None
    category: str
    amount_minor: int
    currency: str = DEFAULT_CURRENCY
    channel: str = Channel.OTHER.value
    member_id: int | None = None
    event_id: int | None = None
    referrer_id: int | None = None
    partner_id: int | None = None
    note: str = ""
    kind: str | None = None

    @property
    def entry_kind(self) -> str:
        """The kind to store."""
        return self.kind or kind_for(self.category).value


@dataclass(frozen=True, slots=True)
class Entry:
    """One stored ledger entry with the names it links to."""

    id: int
    day: dt.date
    group_id: int | None
    group_name: str
    kind: str
    category: str
    amount_minor: int
    currency: str
    channel: str
    member_id: int | None
    member_name: str
    event_id: int | None
    event_title: str
    referrer_id: int | None
    referrer_name: str
    partner_id: int | None
    partner_name: str
    note: str
    renewal_membership_id: int | None
    renewal_previous_until: dt.date | None
    refund_of: int | None = None  # the entry this one refunds (its amount is negative)
    refund_of_day: dt.date | None = None  # that entry's day
    payment_ref: str | None = None  # the payment's transaction number, from a bill

    @property
    def signed_minor(self) -> int:
        """The amount with expenses negative (a refund of income is negative too)."""
        return -self.amount_minor if self.kind == EntryKind.EXPENSE else self.amount_minor

    @property
    def is_refund(self) -> bool:
        """Whether this entry gives back (part of) another entry."""
        return self.refund_of is not None

    @property
    def is_renewal(self) -> bool:
        """Whether recording this entry extended a membership."""
        return self.renewal_membership_id is not None and self.refund_of is None

    @property
    def shortened_membership(self) -> bool:
        """Whether recording this refund moved a membership's paid-until back."""
        return self.renewal_membership_id is not None and self.refund_of is not None

    def draft(self) -> EntryDraft:
        """The entry as an editable draft."""
        return EntryDraft(
            day=self.day,
            group_id=self.group_id,
            category=self.category,
            amount_minor=abs(self.amount_minor),
            currency=self.currency,
            channel=self.channel,
            member_id=self.member_id,
            event_id=self.event_id,
            referrer_id=self.referrer_id,
            partner_id=self.partner_id,
            note=self.note,
            kind=self.kind,
        )


@dataclass(frozen=True, slots=True)
class DeletedEntry:
    """Everything needed to put a deleted entry back exactly, renewal included."""

    row: tuple[Any, ...]  # the stored columns, in COLUMNS order
    membership_until: tuple[int, str | None] | None  # (membership, paid_until before delete)
    later_previous: tuple[tuple[int, str | None], ...] = ()  # later renewals' old values

    @property
    def entry_id(self) -> int:
        """The id the entry had."""
        return int(self.row[0])


# ---- validation and writing ---------------------------------------------------------------


def _exists(conn: sqlite3.Connection, table: str, row_id: int) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None


def _missing_link(name: str, row_id: object) -> str:
    """ "There is no member with id 5." in the UI language, for each linked record."""
    texts = {
        "group": msg("There is no group with id {id}.", id=row_id),
        "member": msg("There is no member with id {id}.", id=row_id),
        "event": msg("There is no event with id {id}.", id=row_id),
        "referrer": msg("There is no referrer with id {id}.", id=row_id),
        "partner": msg("There is no partner with id {id}.", id=row_id),
    }
    return texts[name]


def gone_message(entry_id: int) -> str:
    """The message for an entry that no longer exists."""
    return msg("There is no entry with id {id}; it was deleted.", id=entry_id)


def _checked_category(conn: sqlite3.Connection, draft: EntryDraft) -> tuple[str, str]:
    """(kind, category) of a draft; a built-in or added category the kind agrees with."""
    category = (draft.category or "").strip()
    if not category:
        raise ValidationError("category", msg("Choose a category."))
    found = category_kind(category)
    if found is None or not vocabulary.is_known(conn, "category", category):
        raise ValidationError(
            "category", msg("“{category}” is not a ledger category.", category=category)
        )
    kind = draft.entry_kind
    if kind not in codes(EntryKind):
        raise ValidationError(
            "kind", msg("Unknown kind “{kind}”: use income or expense.", kind=kind)
        )
    if found is CategoryKind.EXPENSE and kind != EntryKind.EXPENSE:
        raise ValidationError("category", msg("This category is an expense, not income."))
    if found is not CategoryKind.EXPENSE and kind != EntryKind.INCOME:
        raise ValidationError("category", msg("This category is income, not an expense."))
    return kind, category


def checked_money(amount_minor: int, currency: str | None) -> str:
    """The currency code to store with an amount (CNY when none); ValidationError naming the
    field when the amount is too large or the currency is not a three-letter code."""
    if amount_minor > MAX_MINOR:
        raise ValidationError("amount", msg("This amount is too large."))
    try:
        return check_currency(currency or DEFAULT_CURRENCY)
    except MoneyError as exc:
        raise ValidationError("currency", exc.message) from exc


def checked_entry_row(conn: sqlite3.Connection, draft: EntryDraft) -> dict[str, Any]:
    """The columns to store for a draft; ValidationError naming the field otherwise."""
    if not isinstance(draft.day, dt.date):
        raise ValidationError("day", msg("Enter the date of the entry."))
    kind, category = _checked_category(conn, draft)
    if not is_int(draft.amount_minor):
        raise ValidationError("amount", msg("The amount must be a whole number of fen."))
    if draft.amount_minor < 0:
        raise ValidationError(
            "amount",
            msg("The amount cannot be negative; record money given back as a refund."),
        )
    currency = checked_money(draft.amount_minor, draft.currency)
    channel = draft.channel or Channel.OTHER.value
    if channel not in codes(Channel):
        raise ValidationError(
            "channel", msg("Unknown payment channel “{channel}”.", channel=channel)
        )
    links = (
        ("group", "groups", draft.group_id),
        ("member", "members", draft.member_id),
        ("event", "events", draft.event_id),
        ("referrer", "members", draft.referrer_id),
        ("partner", "partners", draft.partner_id),
    )
    for name, table, row_id in links:
        if row_id is not None and (not is_int(row_id) or not _exists(conn, table, row_id)):
            raise ValidationError(name, _missing_link(name, row_id))
    if draft.referrer_id is not None and draft.referrer_id == draft.member_id:
        raise ValidationError("referrer", msg("A member cannot refer themselves."))
    return {
        "day": iso(draft.day),
        "group_id": draft.group_id,
        "kind": kind,
        "category": category,
        "amount_minor": draft.amount_minor,
        "currency": currency,
        "channel": channel,
        "member_id": draft.member_id,
        "event_id": draft.event_id,
        "referrer_id": draft.referrer_id,
        "partner_id": draft.partner_id,
        "note": (draft.note or "").strip(),
    }


# ---- refunds: checks shared by recording, editing and restoring one ----------------------


def refunded_minor(conn: sqlite3.Connection, original_id: int, *, besides: int = 0) -> int:
    """How much of an entry its refunds give back (positive), leaving out entry `besides`."""
    found = conn.execute(
        "SELECT coalesce(-sum(amount_minor), 0) FROM revenue WHERE refund_of = ? AND id <> ?",
        (original_id, besides),
    ).fetchone()
    return int(found[0])


def check_refund_amount(
    conn: sqlite3.Connection, original: dict[str, Any], amount: int, *, besides: int = 0
) -> None:
    """ValidationError unless `amount` (positive) fits in what is left of the original."""
    if not is_int(amount) or amount <= 0:
        raise ValidationError("amount", msg("A refund is more than zero."))
    left = int(original["amount_minor"]) - refunded_minor(conn, original["id"], besides=besides)
    if amount > left:
        raise ValidationError(
            "amount",
            msg(
                "At most {left} {currency} of this entry can still be refunded.",
                left=plain_text(left),
                currency=original["currency"],
            ),
        )


def stored_original(conn: sqlite3.Connection, original_id: int) -> dict[str, Any]:
    """The stored columns of an entry to be refunded; it cannot be a refund itself."""
    original = _stored(conn, original_id)
    if original["refund_of"] is not None:
        raise ValidationError("entry", msg("A refund cannot be refunded; edit it instead."))
    return original


def refund_row_update(
    conn: sqlite3.Connection, old: dict[str, Any], row: dict[str, Any]
) -> dict[str, Any]:
    """The columns to store when a refund is edited: day, amount, channel and note change;
    the rest stays its original's (the amount is stored negative)."""
    original = stored_original(conn, int(old["refund_of"]))
    check_refund_amount(conn, original, int(row["amount_minor"]), besides=int(old["id"]))
    if row["day"] < original["day"]:
        raise ValidationError("day", msg("A refund cannot be dated before its payment."))
    for name in ("group_id", "kind", "category", "currency", "member_id"):
        if row[name] != original[name]:
            raise ValidationError(
                name.removesuffix("_id"),
                msg("A refund keeps the group, category, member and currency of its payment."),
            )
    return {**row, "amount_minor": -int(row["amount_minor"])}


def check_refund_restorable(conn: sqlite3.Connection, values: dict[str, Any]) -> None:
    """ValidationError unless a deleted refund can come back: its payment is still there and
    still has that much left to refund."""
    if not _exists(conn, "revenue", values["refund_of"]):
        raise ValidationError(
            "entry", msg("The payment this refund gave back was deleted; it cannot come back.")
        )
    original = _stored(conn, int(values["refund_of"]))
    check_refund_amount(conn, original, -int(values["amount_minor"]))


def _period_months(conn: sqlite3.Connection, group_id: int) -> int | None:
    found = conn.execute(
        "SELECT fee_period_months FROM groups WHERE id = ?", (group_id,)
    ).fetchone()
    return int(found[0]) if found and found[0] else None


def renew_membership(conn: sqlite3.Connection, entry_id: int, row: dict[str, Any]) -> None:
    """Extend the member's paid-until when the entry is a membership fee in a paid group.

    The new period starts where the paid one ends, or on the payment day when the
    membership had lapsed (or was never paid): paid_until = max(paid_until, day) + period.
    """
    if (
        row["kind"] != EntryKind.INCOME
        or row["category"] != Category.MEMBERSHIP
        or row["member_id"] is None
        or row["group_id"] is None
    ):
        return
    months = _period_months(conn, row["group_id"])
    if months is None:
        return
    found = conn.execute(
        "SELECT id, paid_until FROM memberships WHERE member_id = ? AND group_id = ? "
        "ORDER BY left_on IS NULL DESC, joined_on DESC LIMIT 1",
        (row["member_id"], row["group_id"]),
    ).fetchone()
    if found is None:
        return
    membership_id, previous = int(found[0]), found[1]
    base = max(parse_date(previous), parse_date(row["day"])) if previous else parse_date(row["day"])
    until = iso(base + relativedelta(months=months))
    conn.execute("UPDATE memberships SET paid_until = ? WHERE id = ?", (until, membership_id))
    conn.execute(
        "UPDATE revenue SET renewal_membership_id = ?, renewal_previous_until = ? WHERE id = ?",
        (membership_id, previous, entry_id),
    )


def add_entry(db: Database, draft: EntryDraft) -> int:
    """Record an entry (a membership fee also extends paid-until); return its id."""
    with db.transaction() as conn:
        row = checked_entry_row(conn, draft)
        names = ", ".join(row)
        marks = ", ".join(f":{name}" for name in row)
        cursor = conn.execute(f"INSERT INTO revenue ({names}) VALUES ({marks})", row)
        entry_id = int(cursor.lastrowid or 0)
        renew_membership(conn, entry_id, row)
    return entry_id


def update_entry(db: Database, entry_id: int, draft: EntryDraft) -> None:
    """Change an entry; one that renewed a membership keeps its member, group and category."""
    with db.transaction() as conn:
        old = _stored(conn, entry_id)
        row = checked_entry_row(conn, draft)
        if old["refund_of"] is not None:
            row = refund_row_update(conn, old, row)
        elif old["renewal_membership_id"] is not None:
            for name in ("member_id", "group_id", "category", "kind"):
                if row[name] != old[name]:
                    raise ValidationError(
                        name.removesuffix("_id"),
                        msg(
                            "This fee renewed a membership; delete it and record it again "
                            "to change its member, group or category."
                        ),
                    )
        assignments = ", ".join(f"{name} = :{name}" for name in row)
        conn.execute(f"UPDATE revenue SET {assignments} WHERE id = :id", {**row, "id": entry_id})


def _stored(conn: sqlite3.Connection, entry_id: int) -> dict[str, Any]:
    found = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM revenue WHERE id = ?", (entry_id,)
    ).fetchone()
    if found is None:
        raise ValidationError("entry", gone_message(entry_id))
    return dict(zip(COLUMNS, found, strict=True))


def delete_entry(db: Database, entry_id: int, *, to_trash: bool = True) -> DeletedEntry:
    """Delete an entry, reversing the renewal it made; return what restores it.

    If it was the membership's latest renewal, paid-until goes back to what it was before.
    If later renewals were recorded after it, the membership loses one period instead
    (paid-until and the later entries' "previous" dates move back by the group's period).
    Unless `to_trash` is off, one trash row in the same transaction can bring it back.
    """
    with db.transaction() as conn:
        old = _stored(conn, entry_id)
        refunds = conn.execute(
            "SELECT count(*) FROM revenue WHERE refund_of = ?", (entry_id,)
        ).fetchone()[0]
        if refunds:
            raise ValidationError(
                "entry",
                msg(
                    "This entry has {count} refund(s); delete them first, then the entry.",
                    count=refunds,
                ),
            )
        row = tuple(old[name] for name in COLUMNS)
        membership_id = old["renewal_membership_id"]
        membership_until: tuple[int, str | None] | None = None
        later: list[tuple[int, str | None]] = []
        if membership_id is not None:
            found = conn.execute(
                "SELECT paid_until FROM memberships WHERE id = ?", (membership_id,)
            ).fetchone()
            if found is not None:
                membership_until = (int(membership_id), found[0])
                later = [
                    (int(r[0]), r[1])
                    for r in conn.execute(
                        "SELECT id, renewal_previous_until FROM revenue "
                        "WHERE renewal_membership_id = ? AND id > ? AND refund_of IS NULL "
                        "ORDER BY id",
                        (membership_id, entry_id),
                    )
                ]
                _reverse(conn, old, found[0], later)
        conn.execute("DELETE FROM revenue WHERE id = ?", (entry_id,))
        deleted = DeletedEntry(row, membership_until, tuple(later))
        if to_trash:
            trash.put(conn, "revenue", deleted, db.clock.now())
    return deleted


def _reverse(
    conn: sqlite3.Connection,
    old: dict[str, Any],
    current: str | None,
    later: list[tuple[int, str | None]],
) -> None:
    membership_id = old["renewal_membership_id"]
    if old["refund_of"] is not None:
        # a refund that shortened paid-until: lengthen it again unless renewed since
        if not later:
            conn.execute(
                "UPDATE memberships SET paid_until = ? WHERE id = ?",
                (old["renewal_previous_until"], membership_id),
            )
        return
    if not later:
        conn.execute(
            "UPDATE memberships SET paid_until = ? WHERE id = ?",
            (old["renewal_previous_until"], membership_id),
        )
        return
    months = _period_months(conn, old["group_id"]) if old["group_id"] is not None else None
    if months is None or current is None:
        return

    def back(day: str | None) -> str | None:
        return iso(parse_date(day) - relativedelta(months=months)) if day else day

    conn.execute(
        "UPDATE memberships SET paid_until = ? WHERE id = ?", (back(current), membership_id)
    )
    conn.executemany(
        "UPDATE revenue SET renewal_previous_until = ? WHERE id = ?",
        [(back(previous), later_id) for later_id, previous in later],
    )


def restore_entry(db: Database, deleted: DeletedEntry) -> int:
    """Put a deleted entry back (same id when free) with the membership as it was."""
    with db.transaction() as conn:
        values = dict(zip(COLUMNS, deleted.row, strict=True))
        if _exists(conn, "revenue", deleted.entry_id):
            values.pop("id")
        if values["refund_of"] is not None:
            check_refund_restorable(conn, values)
        if (
            values["payment_ref"] is not None
            and conn.execute(
                "SELECT 1 FROM revenue WHERE payment_ref = ?", (values["payment_ref"],)
            ).fetchone()
        ):
            values["payment_ref"] = None  # imported again meanwhile: that entry keeps it
        for name, table in (("member_id", "members"), ("event_id", "events")):
            if values[name] is not None and not _exists(conn, table, values[name]):
                values[name] = None  # deleted meanwhile, as ON DELETE SET NULL would have done
        names = ", ".join(values)
        marks = ", ".join(f":{name}" for name in values)
        cursor = conn.execute(f"INSERT INTO revenue ({names}) VALUES ({marks})", values)
        entry_id = int(cursor.lastrowid or 0)
        if deleted.membership_until is not None:
            conn.execute(
                "UPDATE memberships SET paid_until = ? WHERE id = ?",
                (deleted.membership_until[1], deleted.membership_until[0]),
            )
            conn.executemany(
                "UPDATE revenue SET renewal_previous_until = ? WHERE id = ?",
                [(previous, later_id) for later_id, previous in deleted.later_previous],
            )
    return entry_id


# ---- reading the ledger -------------------------------------------------------------------


ENTRY_SQL = """
    SELECT r.id, r.day, r.group_id, coalesce(g.name, ''), r.kind, r.category, r.amount_minor,
           r.currency, r.channel, r.member_id, coalesce(m.name, ''), r.event_id,
           coalesce(e.title, ''), r.referrer_id, coalesce(rf.name, ''), r.partner_id,
           coalesce(p.name, ''), r.note, r.renewal_membership_id, r.renewal_previous_until,
           r.refund_of, o.day, r.payment_ref
    FROM revenue r
    LEFT JOIN revenue o ON o.id = r.refund_of
    LEFT JOIN groups g ON g.id = r.group_id
    LEFT JOIN members m ON m.id = r.member_id
    LEFT JOIN events e ON e.id = r.event_id
    LEFT JOIN members rf ON rf.id = r.referrer_id
    LEFT JOIN partners p ON p.id = r.partner_id
"""


def entry_from_row(row: Sequence[Any]) -> Entry:
    """An Entry from a row of ENTRY_SQL."""
    values = list(row)
    values[1] = parse_date(values[1])
    values[19] = parse_date(values[19]) if values[19] else None
    values[21] = parse_date(values[21]) if values[21] else None
    return Entry(*values)


def scope_sql(scope: Scope, alias: str = "r") -> tuple[str, list[Any]]:
    """WHERE conditions (and their parameters) for entries in a scope."""
    sql = f"{alias}.day BETWEEN ? AND ?"
    params: list[Any] = [iso(scope.start), iso(scope.end)]
    if scope.group_id is not None:
        sql += f" AND {alias}.group_id = ?"
        params.append(scope.group_id)
    return sql, params


def get_entry(db: Database, entry_id: int) -> Entry:
    """One entry; ValidationError when it does not exist."""
    found = db.conn.execute(ENTRY_SQL + " WHERE r.id = ?", (entry_id,)).fetchone()
    if found is None:
        raise ValidationError("entry", gone_message(entry_id))
    return entry_from_row(found)


def list_entries(db: Database, scope: Scope) -> list[Entry]:
    """The entries of a scope, newest first."""
    where, params = scope_sql(scope)
    rows = db.conn.execute(f"{ENTRY_SQL} WHERE {where} ORDER BY r.day DESC, r.id DESC", params)
    return [entry_from_row(row) for row in rows]


# ---- the ledger in pages: filtered, searched and sorted in SQL ------------------------------


# Sort keys of the ledger's columns (LedgerQuery.order); ties keep the newest first.
LEDGER_ORDERS = (
    "day",
    "group",
    "category",
    "amount",
    "channel",
    "member",
    "event",
    "referrer",
    "partner",
    "note",
)
# The joins each sort key or the search needs, by the alias they bring in.
_JOINS = {
    "g": "LEFT JOIN groups g ON g.id = r.group_id",
    "m": "LEFT JOIN members m ON m.id = r.member_id",
    "e": "LEFT JOIN events e ON e.id = r.event_id",
    "rf": "LEFT JOIN members rf ON rf.id = r.referrer_id",
    "p": "LEFT JOIN partners p ON p.id = r.partner_id",
}
_NAME_ORDERS = {
    "group": ("g", "g.name"),
    "member": ("m", "m.name"),
    "event": ("e", "e.title"),
    "referrer": ("rf", "rf.name"),
    "partner": ("p", "p.name"),
}


@dataclass(frozen=True, slots=True)
class LedgerQuery:
    """Which entries the ledger shows and in what order.

    `text` is matched (case-insensitively, anywhere) against the date, amount, note and the
    names an entry links to; categories and channels are codes, so the caller passes the
    codes whose translated label matches the text. `labels_order` gives, per "category" and
    "channel", the codes in the order their labels sort (codes not named sort after them).
    """

    scope: Scope
    text: str = ""
    categories: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    no_group: bool = False  # the text matches the label of entries without a group
    order: str = "day"
    descending: bool = True
    labels_order: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search_sql(query: LedgerQuery) -> tuple[str, list[Any]]:
    """A condition matching the query's text, or "" without text.

    Names are matched in their own tables first (a small scan each) so the ledger's scan
    tests only ids and never joins.
    """
    text = query.text.strip()
    if not text:
        return "", []
    like = _like(text)
    esc = " ESCAPE '\\'"
    parts = [
        f"r.day LIKE ?{esc}",
        f"r.note LIKE ?{esc}",
        f"r.category LIKE ?{esc}",
        f"r.channel LIKE ?{esc}",
        f"CAST(r.amount_minor / 100.0 AS TEXT) LIKE ?{esc}",
        f"r.group_id IN (SELECT id FROM groups WHERE name LIKE ?{esc})",
        f"r.member_id IN (SELECT id FROM members WHERE name LIKE ?{esc})",
        f"r.referrer_id IN (SELECT id FROM members WHERE name LIKE ?{esc})",
        f"r.event_id IN (SELECT id FROM events WHERE title LIKE ?{esc})",
        f"r.partner_id IN (SELECT id FROM partners WHERE name LIKE ?{esc})",
    ]
    params: list[Any] = [like] * len(parts)
    for column, found in (("category", query.categories), ("channel", query.channels)):
        if found:
            parts.append(f"r.{column} IN ({', '.join('?' * len(found))})")
            params.extend(found)
    if query.no_group:
        parts.append("r.group_id IS NULL")
    return "(" + " OR ".join(parts) + ")", params


def _ledger_where(query: LedgerQuery) -> tuple[str, list[Any]]:
    where, params = scope_sql(query.scope)
    search, found = _search_sql(query)
    if search:
        where += " AND " + search
        params += found
    return where, params


def _order_sql(query: LedgerQuery) -> tuple[str, str, list[Any]]:
    """(joins, ORDER BY terms, parameters) for the query's sort key."""
    way = "DESC" if query.descending else "ASC"
    newest = "r.day DESC, r.id DESC"
    if query.order == "day":
        return "", f"r.day {way}, r.id {way}", []
    if query.order == "amount":
        signed = "CASE WHEN r.kind = 'expense' THEN -r.amount_minor ELSE r.amount_minor END"
        return "", f"r.currency <> 'CNY' {way}, r.currency {way}, {signed} {way}, {newest}", []
    if query.order == "note":
        return "", f"r.note COLLATE NOCASE {way}, {newest}", []
    if query.order in _NAME_ORDERS:
        alias, column = _NAME_ORDERS[query.order]
        return _JOINS[alias], f"coalesce({column}, '') COLLATE NOCASE {way}, {newest}", []
    if query.order in ("category", "channel"):
        codes_in_order = dict(query.labels_order).get(query.order, ())
        if not codes_in_order:
            return "", f"r.{query.order} {way}, {newest}", []
        whens = " ".join("WHEN ? THEN ?" for _ in codes_in_order)
        params: list[Any] = [v for n, c in enumerate(codes_in_order) for v in (c, n)]
        rank = f"CASE r.{query.order} {whens} ELSE {len(codes_in_order)} END"
        return "", f"{rank} {way}, r.{query.order} {way}, {newest}", params
    raise ValidationError("order", msg("Unknown ledger order “{order}”.", order=query.order))


def count_entries(db: Database, query: LedgerQuery) -> int:
    """How many entries of the query's scope match its text."""
    where, params = _ledger_where(query)
    return int(
        db.conn.execute(f"SELECT count(*) FROM revenue r WHERE {where}", params).fetchone()[0]
    )


def count_after(db: Database, scope: Scope) -> int:
    """How many entries of the scope's group(s) are dated after its last day."""
    sql = "SELECT count(*) FROM revenue r WHERE r.day > ?"
    params: list[Any] = [iso(scope.end)]
    if scope.group_id is not None:
        sql += " AND r.group_id = ?"
        params.append(scope.group_id)
    return int(db.conn.execute(sql, params).fetchone()[0])


def entry_page(db: Database, query: LedgerQuery, limit: int, offset: int = 0) -> list[Entry]:
    """One page of the query's entries in its order: only these rows are read in full."""
    where, params = _ledger_where(query)
    joins, order, order_params = _order_sql(query)
    ids = [
        int(found[0])
        for found in db.conn.execute(
            f"SELECT r.id FROM revenue r {joins} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, *order_params, limit, offset],
        )
    ]
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = {
        int(row[0]): entry_from_row(row)
        for row in db.conn.execute(f"{ENTRY_SQL} WHERE r.id IN ({marks})", ids)
    }
    return [rows[i] for i in ids if i in rows]


# ---- choices for entry forms --------------------------------------------------------------


def event_choices(
    db: Database, group_id: int | None, today: dt.date, days: int = 365
) -> list[tuple[int, str, dt.date]]:
    """(id, title, day) of events for an entry to name: today's and coming ones first,
    nearest first (pre-sold tickets, a booked venue), then past ones, newest first; each
    side reaches `days` days from today."""
    params: dict[str, Any] = {
        "first": iso(today - dt.timedelta(days=days)),
        "last": iso(today + dt.timedelta(days=days)),
        "today": iso(today),
        "group": group_id,
    }
    extra = "" if group_id is None else " AND group_id = :group"
    rows = db.conn.execute(
        "SELECT id, title, date(starts_at) AS day FROM events "
        f"WHERE date(starts_at) BETWEEN :first AND :last{extra} "
        "ORDER BY day < :today, CASE WHEN day >= :today THEN starts_at END, "
        "starts_at DESC, id",
        params,
    )
    return [(int(i), str(t), parse_date(d)) for i, t, d in rows]
