"""Partners, their shares per group, and statement arithmetic with its rounding rule."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.revenue import partners, revenue
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database
from tests.models.groups.group_data import snapshot
from tests.models.revenue.test_revenue import SALES, SALON, VIP, build_ledger

D = dt.date
START, END = D(2026, 9, 1), D(2026, 11, 30)


@pytest.fixture
def ledger(database: Database) -> Database:
    build_ledger(database)
    return database


def test_partner_crud_and_validation(ledger: Database) -> None:
    new = partners.create_partner(ledger, "  会计小王 ", "138 0000 0000", "月底对账")
    assert partners.get_partner(ledger, new) == partners.Partner(
        new, "会计小王", "138 0000 0000", "月底对账"
    )
    before = snapshot(ledger)
    for bad in ("", "  ", "联合主办", "麦香源".upper()):
        with pytest.raises(ValidationError) as caught:
            partners.create_partner(ledger, bad)
        assert caught.value.field == "name"
    assert snapshot(ledger) == before
    partners.update_partner(ledger, new, "会计老王", "", "")
    assert [p.name for p in partners.list_partners(ledger)] == sorted(
        ["联合主办", "麦香源", "会计老王"]
    )
    partners.set_share(ledger, new, SALES, 0)
    partners.delete_partner(ledger, new)
    assert ledger.conn.execute("SELECT count(*) FROM partner_shares").fetchone()[0] == 0
    with pytest.raises(ValidationError):
        partners.get_partner(ledger, new)


def test_shares_are_validated(ledger: Database) -> None:
    for args, field in [
        ((1, SALES, 10001), "share"),
        ((1, SALES, -1), "share"),
        ((1, SALES, 100, "gross"), "basis"),
        ((1, SALES, 100, "categories", ()), "categories"),
        ((1, SALES, 100, "categories", ("gold",)), "categories"),
        ((1, 99, 100), "group"),
        ((99, SALES, 100), "partner"),
    ]:
        with pytest.raises(ValidationError) as caught:
            partners.set_share(ledger, *args)  # type: ignore[arg-type]
        assert caught.value.field == field
    partners.set_share(ledger, 1, SALES, 1250, "categories", ("product", "product"))
    partners.set_share(ledger, 1, SALON, 3333)
    shares = partners.shares_of(ledger, 1)
    assert [(s.group_name, s.share_bp, s.basis, s.categories) for s in shares] == [
        ("城市沙龙", 3333, "net", ()),
        ("好物团购群", 1250, "categories", ("product",)),
    ]
    partners.remove_share(ledger, 1, SALES)
    assert len(partners.shares_of(ledger, 1)) == 1


def test_statement_arithmetic(ledger: Database) -> None:
    partners.set_share(ledger, 1, SALON, 3333)  # a third of the salon's net
    partners.set_share(ledger, 1, SALES, 1250, "categories", ("product",))
    statement = partners.statement(ledger, 1, START, END)
    lines = [
        (x.group_name, x.currency, x.income, x.expense, x.base, x.owed) for x in statement.lines
    ]
    assert lines == [
        # tickets 9900 + 9900 + sponsorship 100000 − venue 5000 = 114800 × 33.33% = 38262.84
        ("城市沙龙", "CNY", 119800, 5000, 114800, 38263),
        # products 10000 + 25050 + 5000 + 3000 = 43050 × 12.5% = 5381.25
        ("好物团购群", "CNY", 43050, 0, 43050, 5381),
        # USD 999 × 12.5% = 124.875; never added to the yuan
        ("好物团购群", "USD", 999, 0, 999, 125),
    ]
    assert statement.owed == {"CNY": 38263 + 5381, "USD": 125}
    assert [e.note for e in statement.lines[0].entries][-1] == ""
    assert len(statement.lines[1].entries) == 4  # e10 (August) is outside the dates
    with pytest.raises(ValidationError):
        partners.statement(ledger, 1, END, START)


def test_rounding_is_half_to_even_and_losses_owe_nothing(ledger: Database) -> None:
    partners.set_share(ledger, 2, VIP, 5000)  # half the net of the VIP group
    revenue.add_entry(ledger, EntryDraft(D(2026, 9, 1), VIP, "consulting", 10001))
    assert partners.statement(ledger, 2, START, END).owed == {"CNY": 5000}  # 5000.5 → 5000
    revenue.add_entry(ledger, EntryDraft(D(2026, 9, 2), VIP, "consulting", 2))
    assert partners.statement(ledger, 2, START, END).owed == {"CNY": 5002}  # 5001.5 → 5002
    revenue.add_entry(ledger, EntryDraft(D(2026, 9, 3), VIP, "ads", 50000))
    (line,) = partners.statement(ledger, 2, START, END).lines
    assert (line.base, line.owed) == (10003 - 50000, 0)


def test_a_partner_without_shares_has_an_empty_statement(ledger: Database) -> None:
    statement = partners.statement(ledger, 2, START, END)
    assert statement.lines == () and statement.owed == {}
