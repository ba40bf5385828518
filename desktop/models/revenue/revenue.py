"""The revenue ledger: entries, membership-fee renewals, and the summaries built on them.

Amounts are integer fen with a currency; every total is kept per currency and currencies are
never added together. Summaries take a `Scope` (group or all groups, inclusive dates).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
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
    Metric,
    Purpose,
    category_kind,
    codes,
    direct_category_sql,
)
from desktop.models.core.common import is_int, iso, parse_date
from desktop.models.core.errors import ValidationError
from desktop.models.core.money import (
    DEFAULT_CURRENCY,
    MAX_MINOR,
    MoneyError,
    check_currency,
    currency_order,
)
from desktop.models.core.scope import Scope
from desktop.models.groups.goals import (
    GoalCheck,
    actual_value,
    classify,
    goal_in_force,
    scaled_band,
)
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
)
INCOME_CATEGORIES = DIRECT_CATEGORIES | INDIRECT_CATEGORIES
# Beyond this a date range is "everything": month rows start at the first entry instead.
MAX_EMPTY_MONTHS = 120
DEFAULT_CONVERSION_DAYS = 30
DEFAULT_RENEWAL_DAYS = 30


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

    @property
    def signed_minor(self) -> int:
        """The amount with expenses negative."""
        return -self.amount_minor if self.kind == EntryKind.EXPENSE else self.amount_minor

    @property
    def is_renewal(self) -> bool:
        """Whether recording this entry extended a membership."""
        return self.renewal_membership_id is not None

    def draft(self) -> EntryDraft:
        """The entry as an editable draft."""
        return EntryDraft(
            day=self.day,
            group_id=self.group_id,
            category=self.category,
            amount_minor=self.amount_minor,
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


def _checked_category(conn: sqlite3.Connection, draft: EntryDraft) -> tuple[str, str]:
    """(kind, category) of a draft; a built-in or added category the kind agrees with."""
    category = (draft.category or "").strip()
    if not category:
        raise ValidationError("category", "Choose a category.")
    found = category_kind(category)
    if found is None or not vocabulary.is_known(conn, "category", category):
        raise ValidationError("category", f"“{category}” is not a ledger category.")
    kind = draft.entry_kind
    if kind not in codes(EntryKind):
        raise ValidationError("kind", f"Unknown kind {kind!r}: use income or expense.")
    if found is CategoryKind.EXPENSE and kind != EntryKind.EXPENSE:
        raise ValidationError("category", "This category is an expense, not income.")
    if found is not CategoryKind.EXPENSE and kind != EntryKind.INCOME:
        raise ValidationError("category", "This category is income, not an expense.")
    return kind, category


def checked_entry_row(conn: sqlite3.Connection, draft: EntryDraft) -> dict[str, Any]:
    """The columns to store for a draft; ValidationError naming the field otherwise."""
    if not isinstance(draft.day, dt.date):
        raise ValidationError("day", "Enter the date of the entry.")
    kind, category = _checked_category(conn, draft)
    if not is_int(draft.amount_minor):
        raise ValidationError("amount", "The amount must be a whole number of fen.")
    if draft.amount_minor < 0:
        raise ValidationError("amount", "The amount cannot be negative.")
    if draft.amount_minor > MAX_MINOR:
        raise ValidationError("amount", "This amount is too large.")
    try:
        currency = check_currency(draft.currency or DEFAULT_CURRENCY)
    except MoneyError as exc:
        raise ValidationError("currency", exc.message) from exc
    channel = draft.channel or Channel.OTHER.value
    if channel not in codes(Channel):
        raise ValidationError("channel", f"Unknown payment channel {channel!r}.")
    links = (
        ("group", "groups", draft.group_id),
        ("member", "members", draft.member_id),
        ("event", "events", draft.event_id),
        ("referrer", "members", draft.referrer_id),
        ("partner", "partners", draft.partner_id),
    )
    for name, table, row_id in links:
        if row_id is not None and (not is_int(row_id) or not _exists(conn, table, row_id)):
            raise ValidationError(name, f"There is no {name} with id {row_id}.")
    if draft.referrer_id is not None and draft.referrer_id == draft.member_id:
        raise ValidationError("referrer", "A member cannot refer themselves.")
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
        if old["renewal_membership_id"] is not None:
            for name in ("member_id", "group_id", "category", "kind"):
                if row[name] != old[name]:
                    raise ValidationError(
                        name.removesuffix("_id"),
                        "This fee renewed a membership; delete it and record it again "
                        "to change its member, group or category.",
                    )
        assignments = ", ".join(f"{name} = :{name}" for name in row)
        conn.execute(f"UPDATE revenue SET {assignments} WHERE id = :id", {**row, "id": entry_id})


def _stored(conn: sqlite3.Connection, entry_id: int) -> dict[str, Any]:
    found = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM revenue WHERE id = ?", (entry_id,)
    ).fetchone()
    if found is None:
        raise ValidationError("entry", f"There is no entry with id {entry_id}; it was deleted.")
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
                        "WHERE renewal_membership_id = ? AND id > ? ORDER BY id",
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
           coalesce(p.name, ''), r.note, r.renewal_membership_id, r.renewal_previous_until
    FROM revenue r
    LEFT JOIN groups g ON g.id = r.group_id
    LEFT JOIN members m ON m.id = r.member_id
    LEFT JOIN events e ON e.id = r.event_id
    LEFT JOIN members rf ON rf.id = r.referrer_id
    LEFT JOIN partners p ON p.id = r.partner_id
"""


def entry_from_row(row: Sequence[Any]) -> Entry:
    values = list(row)
    values[1] = parse_date(values[1])
    values[19] = parse_date(values[19]) if values[19] else None
    return Entry(*values)


def _scope_sql(scope: Scope, alias: str = "r") -> tuple[str, list[Any]]:
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
        raise ValidationError("entry", f"There is no entry with id {entry_id}; it was deleted.")
    return entry_from_row(found)


def list_entries(db: Database, scope: Scope) -> list[Entry]:
    """The entries of a scope, newest first."""
    where, params = _scope_sql(scope)
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
    where, params = _scope_sql(query.scope)
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
    raise ValidationError("order", f"Unknown ledger order {query.order!r}.")


def count_entries(db: Database, query: LedgerQuery) -> int:
    """How many entries of the query's scope match its text."""
    where, params = _ledger_where(query)
    return int(
        db.conn.execute(f"SELECT count(*) FROM revenue r WHERE {where}", params).fetchone()[0]
    )


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


# ---- summaries ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CurrencyTotals:
    """Income, expense and net of one currency; income split into direct and indirect."""

    currency: str
    income: int = 0
    expense: int = 0
    direct: int = 0
    indirect: int = 0
    entries: int = 0

    @property
    def net(self) -> int:
        """Income minus expense."""
        return self.income - self.expense

    @property
    def direct_share(self) -> float | None:
        """Direct income as a fraction of income (for display only); None without income."""
        return self.direct / self.income if self.income else None


def totals(db: Database, scope: Scope) -> list[CurrencyTotals]:
    """One row per currency used in the scope, CNY first."""
    where, params = _scope_sql(scope)
    direct = direct_category_sql()
    rows = db.conn.execute(
        f"""
        SELECT currency,
               sum(CASE WHEN kind = 'income' THEN amount_minor ELSE 0 END),
               sum(CASE WHEN kind = 'expense' THEN amount_minor ELSE 0 END),
               sum(CASE WHEN kind = 'income' AND {direct}
                        THEN amount_minor ELSE 0 END),
               count(*)
        FROM revenue r WHERE {where} GROUP BY currency
        """,
        params,
    ).fetchall()
    # sum() over integers stays an integer in SQLite: no float ever touches an amount
    found = {
        c: CurrencyTotals(c, int(i), int(e), int(d), int(i) - int(d), n) for c, i, e, d, n in rows
    }
    return [found[c] for c in currency_order(found)]


@dataclass(frozen=True, slots=True)
class CategoryTotal:
    """The sum of one category in one currency."""

    kind: str
    category: str
    currency: str
    amount: int
    entries: int


def by_category(db: Database, scope: Scope) -> list[CategoryTotal]:
    """Per category and currency: income categories first, then expenses, biggest first."""
    where, params = _scope_sql(scope)
    rows = db.conn.execute(
        f"""
        SELECT kind, category, currency, sum(amount_minor), count(*)
        FROM revenue r WHERE {where}
        GROUP BY kind, category, currency
        ORDER BY kind = 'expense', currency <> 'CNY', currency, sum(amount_minor) DESC
        """,
        params,
    )
    return [CategoryTotal(k, c, cur, int(a), int(n)) for k, c, cur, a, n in rows]


@dataclass(frozen=True, slots=True)
class MonthTotal:
    """Income and expense of one calendar month ("2026-11") in one currency."""

    month: str
    currency: str
    income: int
    expense: int

    @property
    def net(self) -> int:
        """Income minus expense."""
        return self.income - self.expense


def _months(first: dt.date, last: dt.date) -> list[str]:
    months: list[str] = []
    cursor = first.replace(day=1)
    while cursor <= last:
        months.append(f"{cursor.year:04d}-{cursor.month:02d}")
        cursor += relativedelta(months=1)
    return months


def by_month(db: Database, scope: Scope) -> list[MonthTotal]:
    """Every month of the scope for every currency used (CNY when none), empty months zero."""
    where, params = _scope_sql(scope)
    rows = db.conn.execute(
        f"""
        SELECT substr(day, 1, 7), currency,
               sum(CASE WHEN kind = 'income' THEN amount_minor ELSE 0 END),
               sum(CASE WHEN kind = 'expense' THEN amount_minor ELSE 0 END)
        FROM revenue r WHERE {where} GROUP BY 1, 2
        """,
        params,
    ).fetchall()
    found = {(m, c): (int(i), int(e)) for m, c, i, e in rows}
    first = scope.start
    if len(_months(scope.start, scope.end)) > MAX_EMPTY_MONTHS and found:
        first = dt.date.fromisoformat(min(m for m, _ in found) + "-01")
    currencies = currency_order({c for _, c in found}) or [DEFAULT_CURRENCY]
    return [
        MonthTotal(month, currency, *found.get((month, currency), (0, 0)))
        for currency in currencies
        for month in _months(first, scope.end)
    ]


# ---- members: lifetime value and repeat purchases in sales groups --------------------------

_SALES_GROUP = (
    "r.group_id IN (SELECT g.id FROM groups g WHERE EXISTS "
    f"(SELECT 1 FROM json_each(g.purposes) WHERE value = '{Purpose.SALES.value}'))"
)
_DIRECT_SQL = direct_category_sql("r.category")


@dataclass(frozen=True, slots=True)
class MemberValue:
    """What one member paid in one currency over the scope, and in how many purchases."""

    member_id: int
    member_name: str
    currency: str
    amount: int
    purchases: int


@dataclass(frozen=True, slots=True)
class RepeatRate:
    """Buyers and repeat buyers (two or more purchases) in sales groups: 复购率."""

    buyers: int
    repeat_buyers: int

    @property
    def rate(self) -> float | None:
        """Repeat buyers as a fraction of buyers; None without buyers."""
        return self.repeat_buyers / self.buyers if self.buyers else None


def member_values(db: Database, scope: Scope, limit: int | None = None) -> list[MemberValue]:
    """Direct income per member and currency in the scope's sales groups, biggest first.

    "Lifetime" is the scope's date range: choose a long range for the whole lifetime.
    With `limit`, only that many rows (the biggest buyers) are returned.
    """
    where, params = _scope_sql(scope)
    rows = db.conn.execute(
        f"""
        SELECT r.member_id, m.name, r.currency, sum(r.amount_minor), count(*)
        FROM revenue r JOIN members m ON m.id = r.member_id
        WHERE {where} AND r.kind = 'income' AND {_DIRECT_SQL}
          AND {_SALES_GROUP}
        GROUP BY r.member_id, r.currency
        ORDER BY r.currency <> 'CNY', r.currency, sum(r.amount_minor) DESC, m.name
        LIMIT ?
        """,
        [*params, -1 if limit is None else limit],
    )
    return [MemberValue(int(i), n, c, int(a), int(p)) for i, n, c, a, p in rows]


def repeat_rate(db: Database, scope: Scope) -> RepeatRate:
    """Members with a direct purchase in a sales group, and those with two or more."""
    where, params = _scope_sql(scope)
    buyers, repeaters = db.conn.execute(
        f"""
        SELECT count(*), coalesce(sum(n >= 2), 0) FROM (
            SELECT count(*) AS n FROM revenue r
            WHERE {where} AND r.kind = 'income' AND r.member_id IS NOT NULL
              AND {_DIRECT_SQL} AND {_SALES_GROUP}
            GROUP BY r.member_id)
        """,
        params,
    ).fetchone()
    return RepeatRate(int(buyers), int(repeaters))


# ---- events: profit, attribution, conversion ----------------------------------------------


@dataclass(frozen=True, slots=True)
class EventProfit:
    """Ticket income − costs (linked expenses, else the event's own cost), in one currency."""

    event_id: int
    title: str
    day: dt.date
    currency: str
    tickets: int
    cost: int
    expenses: int

    @property
    def costs(self) -> int:
        """Linked expense entries; the event's own cost when none were recorded.

        The ledger usually records an event's cost as an expense linked to it (the demo does,
        for every occurrence), so adding both would count the cost twice.
        """
        return self.expenses if self.expenses else self.cost

    @property
    def profit(self) -> int:
        """Tickets minus costs (negative for a loss)."""
        return self.tickets - self.costs


def _event_scope(scope: Scope) -> tuple[str, list[Any]]:
    sql = "date(e.starts_at) BETWEEN ? AND ?"
    params: list[Any] = [iso(scope.start), iso(scope.end)]
    if scope.group_id is not None:
        sql += " AND e.group_id = ?"
        params.append(scope.group_id)
    return sql, params


def event_profits(db: Database, scope: Scope) -> list[EventProfit]:
    """Events starting in the scope that have a cost or linked entries, newest first.

    The event's cost counts in the event's currency; linked entries in another currency
    make a row of their own.
    """
    where, params = _event_scope(scope)
    rows = db.conn.execute(
        f"""
        WITH scoped AS (
            SELECT e.id, e.title, date(e.starts_at) AS day, e.currency, e.cost_minor
            FROM events e WHERE {where}),
        linked AS (
            SELECT r.event_id, r.currency,
                   sum(CASE WHEN r.kind = 'income' AND r.category = 'ticket'
                            THEN r.amount_minor ELSE 0 END) AS tickets,
                   sum(CASE WHEN r.kind = 'expense' THEN r.amount_minor ELSE 0 END) AS spent
            FROM revenue r WHERE r.event_id IN (SELECT id FROM scoped)
            GROUP BY r.event_id, r.currency)
        SELECT s.id, s.title, s.day, s.currency, coalesce(l.tickets, 0), s.cost_minor,
               coalesce(l.spent, 0), s.currency <> 'CNY' AS foreign_money
        FROM scoped s LEFT JOIN linked l ON l.event_id = s.id AND l.currency = s.currency
        WHERE s.cost_minor > 0 OR l.event_id IS NOT NULL
        UNION ALL
        SELECT s.id, s.title, s.day, l.currency, l.tickets, 0, l.spent, l.currency <> 'CNY'
        FROM scoped s JOIN linked l ON l.event_id = s.id AND l.currency <> s.currency
        ORDER BY 3 DESC, 1, 8, 4
        """,
        params,
    ).fetchall()
    return [
        EventProfit(int(i), t, parse_date(d), c, int(k), int(cost), int(x))
        for i, t, d, c, k, cost, x, _ in rows
    ]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Income credited to one event or one referrer, in one currency."""

    key_id: int
    name: str
    currency: str
    amount: int
    entries: int
    buyers: int


def _attribution(db: Database, scope: Scope, column: str, name_sql: str) -> list[Attribution]:
    where, params = _scope_sql(scope)
    rows = db.conn.execute(
        f"""
        SELECT r.{column}, {name_sql}, r.currency, sum(r.amount_minor), count(*),
               count(DISTINCT r.member_id)
        FROM revenue r
        LEFT JOIN events e ON e.id = r.event_id
        LEFT JOIN members rf ON rf.id = r.referrer_id
        WHERE {where} AND r.kind = 'income' AND r.{column} IS NOT NULL
        GROUP BY r.{column}, r.currency
        ORDER BY r.currency <> 'CNY', r.currency, sum(r.amount_minor) DESC
        """,
        params,
    )
    return [Attribution(int(k), n or "", c, int(a), int(e), int(b)) for k, n, c, a, e, b in rows]


def by_event(db: Database, scope: Scope) -> list[Attribution]:
    """Income in the scope that names the event it came from, per event and currency."""
    return _attribution(db, scope, "event_id", "e.title")


def by_referrer(db: Database, scope: Scope) -> list[Attribution]:
    """Income in the scope credited to a referring member, per referrer and currency."""
    return _attribution(db, scope, "referrer_id", "rf.name")


@dataclass(frozen=True, slots=True)
class Conversion:
    """Attendees of one event occurrence who paid within N days, and what they paid."""

    event_id: int
    title: str
    day: dt.date
    attendees: int
    converted: int
    revenue: dict[str, int] = field(default_factory=dict)  # per currency

    @property
    def rate(self) -> float | None:
        """Converted attendees as a fraction of attendees."""
        return self.converted / self.attendees if self.attendees else None


def conversions(
    db: Database, scope: Scope, days: int = DEFAULT_CONVERSION_DAYS
) -> list[Conversion]:
    """For each event held in the scope: attendees who paid within `days` days after it.

    A payment counts from the event's day through `days` days later, in any group; a ticket
    for the event itself is not a conversion. Newest events first.
    """
    if not is_int(days) or days < 0:
        raise ValidationError("days", "The conversion window is a number of days, 0 or more.")
    where, params = _event_scope(scope)
    occ = f"""
        SELECT a.event_id, e.title, a.occurrence_start AS start,
               date(a.occurrence_start) AS day, a.member_id
        FROM attendance a JOIN events e ON e.id = a.event_id
        WHERE a.status = 'attended' AND {where.replace("e.starts_at", "a.occurrence_start")}
    """
    counts = db.conn.execute(
        f"SELECT event_id, title, start, day, count(DISTINCT member_id) FROM ({occ}) "
        "GROUP BY event_id, start ORDER BY start DESC, event_id",
        params,
    ).fetchall()
    paid = db.conn.execute(
        f"""
        SELECT o.event_id, o.start, o.member_id, r.currency, sum(r.amount_minor)
        FROM ({occ}) o JOIN revenue r
          ON r.member_id = o.member_id AND r.kind = 'income'
         AND r.day BETWEEN o.day AND date(o.day, '+' || ? || ' days')
         AND NOT (r.event_id IS o.event_id AND r.category = 'ticket')
        GROUP BY o.event_id, o.start, o.member_id, r.currency
        """,
        [*params, days],
    ).fetchall()
    converted: dict[tuple[int, str], set[int]] = {}
    revenue: dict[tuple[int, str], dict[str, int]] = {}
    for event_id, start, member_id, currency, amount in paid:
        key = (int(event_id), str(start))
        converted.setdefault(key, set()).add(int(member_id))
        sums = revenue.setdefault(key, {})
        sums[currency] = sums.get(currency, 0) + int(amount)
    return [
        Conversion(
            int(event_id),
            title,
            parse_date(day),
            int(n),
            len(converted.get((int(event_id), start), ())),
            {
                c: revenue.get((int(event_id), start), {})[c]
                for c in currency_order(revenue.get((int(event_id), start), {}))
            },
        )
        for event_id, title, start, day, n in counts
    ]


# ---- revenue goals -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RevenueGoal:
    """One group's net CNY revenue over a range, judged against its revenue goal band."""

    group_id: int
    group_name: str
    actual: int  # CNY income minus expense in fen, as goals.actual_value counts it
    check: GoalCheck | None  # None when no revenue goal is in force on the range's last day


def revenue_goals(db: Database, scope: Scope) -> list[RevenueGoal]:
    """The scope's group (or every open group, by name) against its revenue goal.

    Judged as the Groups tab's health line judges it (goals.group_health): the goal in force
    on the range's last day, its band scaled to the range, net CNY revenue as the actual.
    """
    sql = "SELECT id, name FROM groups WHERE archived = 0 ORDER BY name COLLATE NOCASE"
    params: tuple[object, ...] = ()
    if scope.group_id is not None:
        sql, params = "SELECT id, name FROM groups WHERE id = ?", (scope.group_id,)
    found = []
    for group_id, name in db.conn.execute(sql, params).fetchall():
        actual = actual_value(db, group_id, Metric.REVENUE, scope.start, scope.end)
        goal = goal_in_force(db, group_id, Metric.REVENUE, scope.end)
        check = None
        if goal is not None:
            low, high = scaled_band(goal, scope.start, scope.end)
            check = GoalCheck(goal, actual, classify(actual, low, high), low, high)
        found.append(RevenueGoal(int(group_id), str(name), actual, check))
    return found


# ---- renewals -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RenewalDue:
    """An open membership of a paid group whose paid period ends soon (or just ended)."""

    membership_id: int
    member_id: int
    member_name: str
    group_id: int
    group_name: str
    paid_until: dt.date
    fee_minor: int
    fee_currency: str

    def days_left(self, today: dt.date) -> int:
        """Days until the paid period ends; negative once it has."""
        return (self.paid_until - today).days


def renewals_due(
    db: Database,
    group_id: int | None,
    today: dt.date,
    within_days: int = DEFAULT_RENEWAL_DAYS,
) -> list[RenewalDue]:
    """Open paid memberships ending within `within_days` days either side of today."""
    params: list[Any] = [
        iso(today - dt.timedelta(days=within_days)),
        iso(today + dt.timedelta(days=within_days)),
    ]
    extra = ""
    if group_id is not None:
        extra = " AND g.id = ?"
        params.append(group_id)
    rows = db.conn.execute(
        f"""
        SELECT s.id, m.id, m.name, g.id, g.name, s.paid_until, g.fee_minor, g.fee_currency
        FROM memberships s
        JOIN members m ON m.id = s.member_id
        JOIN groups g ON g.id = s.group_id
        WHERE s.left_on IS NULL AND g.fee_period_months IS NOT NULL AND g.archived = 0
          AND s.paid_until BETWEEN ? AND ?{extra}
        ORDER BY s.paid_until, m.name
        """,
        params,
    )
    return [
        RenewalDue(int(s), int(m), n, int(g), gn, parse_date(u), int(f), c)
        for s, m, n, g, gn, u, f, c in rows
    ]


# ---- choices for entry forms --------------------------------------------------------------


def event_choices(
    db: Database, group_id: int | None, start: dt.date, end: dt.date
) -> list[tuple[int, str, dt.date]]:
    """(id, title, day) of events starting between two days, newest first."""
    params: list[Any] = [iso(start), iso(end)]
    extra = ""
    if group_id is not None:
        extra = " AND group_id = ?"
        params.append(group_id)
    rows = db.conn.execute(
        "SELECT id, title, date(starts_at) FROM events "
        f"WHERE date(starts_at) BETWEEN ? AND ?{extra} ORDER BY starts_at DESC, id",
        params,
    )
    return [(int(i), str(t), parse_date(d)) for i, t, d in rows]
