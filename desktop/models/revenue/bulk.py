"""Ledger entries written in bulk (an import): one executemany per chunk, renewals in order."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.models.core.codes import Category
from desktop.models.revenue import revenue

# day … note: what revenue.checked_entry_row gives, without the id
ENTRY_COLUMNS = revenue.COLUMNS[1:13]
# and the reference of an imported order, when the entry has one (else NULL)
_INSERT = (
    f"INSERT INTO revenue (id, {', '.join(ENTRY_COLUMNS)}, payment_ref) "
    f"VALUES ({', '.join('?' * (len(ENTRY_COLUMNS) + 2))})"
)


def next_entry_id(conn: sqlite3.Connection) -> int:
    """The id the next inserted entry gets."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM revenue").fetchone()[0]) + 1


def insert_entries(
    conn: sqlite3.Connection, first_id: int, entries: Sequence[Mapping[str, Any]]
) -> None:
    """Insert checked entries with ids from `first_id` on; membership fees renew as typed
    ones do (run inside a transaction)."""
    conn.executemany(
        _INSERT,
        [
            (first_id + n, *(values[c] for c in ENTRY_COLUMNS), values.get("payment_ref"))
            for n, values in enumerate(entries)
        ],
    )
    # In file order, as if typed one after another: a second fee extends the first.
    for n, values in enumerate(entries):
        if values["category"] == Category.MEMBERSHIP and values["member_id"]:
            revenue.renew_membership(conn, first_id + n, dict(values))


def renewals_since(conn: sqlite3.Connection, first_id: int) -> int:
    """How many entries from `first_id` on renewed a membership."""
    found = conn.execute(
        "SELECT count(*) FROM revenue WHERE id >= ? AND renewal_membership_id IS NOT NULL",
        (first_id,),
    ).fetchone()
    return int(found[0])
