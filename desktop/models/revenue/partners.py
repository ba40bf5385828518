"""Partners (co-organisers, sponsors, accountants), their shares per group and statements.

Rounding rule of a statement: a partner's share is computed per group and currency as
base × share_bp / 10,000 and rounded half to even at the fen (0.5 fen goes to the even
fen); the remainder of the fen stays with the owner. A negative base (a loss) owes nothing:
partners share income, not losses.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from desktop.models.core import vocabulary
from desktop.models.core.codes import EntryKind
from desktop.models.core.common import is_int, iso
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.core.money import currency_order, share_of
from desktop.models.groups.queries import group_name
from desktop.models.revenue.payouts import Payout, paid_per_currency, payouts_of
from desktop.models.revenue.revenue import ENTRY_SQL, Entry, entry_from_row
from desktop.models.storage.db import Database

BASIS_NET = "net"
BASIS_CATEGORIES = "categories"
FULL_SHARE_BP = 10_000
# The first day of "to date" figures: every entry and payout up to a day.
BEGINNING = dt.date(1, 1, 1)


@dataclass(frozen=True, slots=True)
class Partner:
    """A partner: who they are and how to reach them."""

    id: int
    name: str
    contact: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Share:
    """A partner's share of one group: basis points of net, or of chosen categories."""

    partner_id: int
    group_id: int
    group_name: str
    share_bp: int
    basis: str = BASIS_NET
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One group and currency of a statement: the base, the share and what is owed."""

    group_id: int
    group_name: str
    currency: str
    share_bp: int
    basis: str
    categories: tuple[str, ...]
    income: int
    expense: int
    owed: int
    entries: tuple[Entry, ...]

    @property
    def base(self) -> int:
        """What the share is taken of: income minus expense of the counted entries."""
        return self.income - self.expense


def _ordered(sums: dict[str, int]) -> dict[str, int]:
    return {c: sums[c] for c in currency_order(sums)}


def _minus(owed: dict[str, int], paid: dict[str, int]) -> dict[str, int]:
    """owed − paid per currency (every currency of either), CNY first."""
    return {c: owed.get(c, 0) - paid.get(c, 0) for c in currency_order({*owed, *paid})}


def owed_of(lines: tuple[StatementLine, ...]) -> dict[str, int]:
    """Total owed of statement lines per currency, CNY first."""
    sums: dict[str, int] = {}
    for line in lines:
        sums[line.currency] = sums.get(line.currency, 0) + line.owed
    return _ordered(sums)


@dataclass(frozen=True, slots=True)
class Statement:
    """A partner's statement for a date range: owed, paid and balance per currency.

    Amounts are per currency, never summed across. `balance` is the period's owed − paid;
    `balance_to_date` is everything owed up to `end` − everything paid up to `end`.
    """

    partner: Partner
    start: dt.date
    end: dt.date
    lines: tuple[StatementLine, ...]
    payouts: tuple[Payout, ...] = ()  # dated in the period
    owed_to_date: dict[str, int] = field(default_factory=dict)
    paid_to_date: dict[str, int] = field(default_factory=dict)

    @property
    def owed(self) -> dict[str, int]:
        """Total owed per currency, CNY first."""
        return owed_of(self.lines)

    @property
    def paid(self) -> dict[str, int]:
        """Paid in the period per currency, CNY first."""
        return _ordered(paid_per_currency(self.payouts))

    @property
    def balance(self) -> dict[str, int]:
        """Owed − paid in the period, per currency (negative: paid ahead)."""
        return _minus(self.owed, self.paid)

    @property
    def balance_to_date(self) -> dict[str, int]:
        """Owed up to `end` − paid up to `end`, per currency."""
        return _minus(self.owed_to_date, self.paid_to_date)


# ---- partners -----------------------------------------------------------------------------


def _checked(conn: sqlite3.Connection, name: str, partner_id: int | None) -> str:
    clean = (name or "").strip()
    if not clean:
        raise ValidationError("name", msg("Enter the partner's name."))
    clash = conn.execute(
        "SELECT id FROM partners WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
        (clean, partner_id),
    ).fetchone()
    if clash is not None:
        raise ValidationError(
            "name", msg("There is already a partner called “{name}”.", name=clean)
        )
    return clean


def list_partners(db: Database) -> list[Partner]:
    """Every partner, by name."""
    rows = db.conn.execute("SELECT id, name, contact, notes FROM partners ORDER BY name, id")
    return [Partner(int(i), n, c, x) for i, n, c, x in rows]


def get_partner(db: Database, partner_id: int) -> Partner:
    """One partner; ValidationError when there is none."""
    found = db.conn.execute(
        "SELECT id, name, contact, notes FROM partners WHERE id = ?", (partner_id,)
    ).fetchone()
    if found is None:
        raise ValidationError("partner", msg("There is no partner with id {id}.", id=partner_id))
    return Partner(int(found[0]), found[1], found[2], found[3])


def create_partner(db: Database, name: str, contact: str = "", notes: str = "") -> int:
    """Add a partner; return the id."""
    with db.transaction() as conn:
        clean = _checked(conn, name, None)
        cursor = conn.execute(
            "INSERT INTO partners (name, contact, notes) VALUES (?, ?, ?)",
            (clean, contact.strip(), notes.strip()),
        )
        return int(cursor.lastrowid or 0)


def update_partner(db: Database, partner_id: int, name: str, contact: str, notes: str) -> None:
    """Change a partner's name, contact and notes."""
    with db.transaction() as conn:
        get_partner(db, partner_id)
        clean = _checked(conn, name, partner_id)
        conn.execute(
            "UPDATE partners SET name = ?, contact = ?, notes = ? WHERE id = ?",
            (clean, contact.strip(), notes.strip(), partner_id),
        )


def delete_partner(db: Database, partner_id: int) -> None:
    """Delete a partner and their shares; their entries stay, no longer naming them."""
    with db.transaction() as conn:
        get_partner(db, partner_id)
        conn.execute("DELETE FROM partners WHERE id = ?", (partner_id,))


# ---- shares -------------------------------------------------------------------------------


def shares_of(db: Database, partner_id: int) -> list[Share]:
    """A partner's shares, by group name."""
    rows = db.conn.execute(
        "SELECT s.partner_id, s.group_id, g.name, s.share_bp, s.basis, s.categories "
        "FROM partner_shares s JOIN groups g ON g.id = s.group_id "
        "WHERE s.partner_id = ? ORDER BY g.name",
        (partner_id,),
    )
    return [
        Share(int(p), int(g), n, int(bp), basis, tuple(json.loads(cats or "[]")))
        for p, g, n, bp, basis, cats in rows
    ]


def set_share(
    db: Database,
    partner_id: int,
    group_id: int,
    share_bp: int,
    basis: str = BASIS_NET,
    categories: tuple[str, ...] = (),
) -> None:
    """Give a partner a share of a group (replacing any earlier one)."""
    if not is_int(share_bp) or not 0 <= share_bp <= FULL_SHARE_BP:
        raise ValidationError("share", msg("A share is between 0% and 100%."))
    if basis not in (BASIS_NET, BASIS_CATEGORIES):
        raise ValidationError("basis", msg("A share is of the net or of chosen categories."))
    chosen = tuple(dict.fromkeys(categories)) if basis == BASIS_CATEGORIES else ()
    if basis == BASIS_CATEGORIES and not chosen:
        raise ValidationError("categories", msg("Choose the categories the share is taken of."))
    unknown = [c for c in chosen if not vocabulary.is_known(db.conn, "category", c)]
    if unknown:
        raise ValidationError("categories", msg("Unknown category “{code}”.", code=unknown[0]))
    with db.transaction() as conn:
        get_partner(db, partner_id)
        group_name(db, group_id)
        conn.execute(
            "INSERT OR REPLACE INTO partner_shares (partner_id, group_id, share_bp, basis, "
            "categories) VALUES (?, ?, ?, ?, ?)",
            (partner_id, group_id, share_bp, basis, json.dumps(list(chosen))),
        )


def remove_share(db: Database, partner_id: int, group_id: int) -> None:
    """Take a partner's share of a group away."""
    with db.transaction() as conn:
        conn.execute(
            "DELETE FROM partner_shares WHERE partner_id = ? AND group_id = ?",
            (partner_id, group_id),
        )


# ---- statements ---------------------------------------------------------------------------


def statement(db: Database, partner_id: int, start: dt.date, end: dt.date) -> Statement:
    """The partner's entries, owed, paid and balance per group and currency between two days.

    The rounding rule is in this module's docstring; "to date" figures count everything up
    to `end` as one span (a loss of one month nets against the gains of another).
    """
    if end < start:
        raise ValidationError("end", msg("The statement ends before it starts."))
    partner = get_partner(db, partner_id)
    lines = statement_lines(db, partner_id, start, end)
    whole = lines if start <= BEGINNING else statement_lines(db, partner_id, BEGINNING, end)
    return Statement(
        partner,
        start,
        end,
        lines,
        tuple(payouts_of(db, partner_id, start, end)),
        owed_of(whole),
        _ordered(paid_per_currency(payouts_of(db, partner_id, None, end))),
    )


def balances(db: Database, through: dt.date) -> dict[int, dict[str, int]]:
    """Every partner's balance up to a day (owed − paid, per currency; {} when nothing)."""
    found: dict[int, dict[str, int]] = {}
    for partner in list_partners(db):
        owed = owed_of(statement_lines(db, partner.id, BEGINNING, through))
        paid = paid_per_currency(payouts_of(db, partner.id, None, through))
        found[partner.id] = _minus(owed, paid)
    return found


def statement_lines(
    db: Database, partner_id: int, start: dt.date, end: dt.date
) -> tuple[StatementLine, ...]:
    """Per group and currency: the counted entries between two days, base and owed."""
    lines: list[StatementLine] = []
    for share in shares_of(db, partner_id):
        params: list[Any] = [share.group_id, iso(start), iso(end)]
        where = "r.group_id = ? AND r.day BETWEEN ? AND ?"
        if share.basis == BASIS_CATEGORIES:
            where += f" AND r.category IN ({', '.join('?' for _ in share.categories)})"
            params += list(share.categories)
        rows = db.conn.execute(f"{ENTRY_SQL} WHERE {where} ORDER BY r.day, r.id", params)
        per_currency: dict[str, list[Entry]] = {}
        for row in rows:
            entry = entry_from_row(row)
            per_currency.setdefault(entry.currency, []).append(entry)
        for currency in currency_order(per_currency):
            entries = per_currency[currency]
            income = sum(e.amount_minor for e in entries if e.kind == EntryKind.INCOME)
            expense = sum(e.amount_minor for e in entries if e.kind == EntryKind.EXPENSE)
            owed = share_of(max(income - expense, 0), share.share_bp)
            lines.append(
                StatementLine(
                    share.group_id,
                    share.group_name,
                    currency,
                    share.share_bp,
                    share.basis,
                    share.categories,
                    income,
                    expense,
                    owed,
                    tuple(entries),
                )
            )
    return tuple(lines)
