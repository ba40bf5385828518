"""Payouts to partners: validation, edit and delete, the trash, and owed/paid/balance."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.revenue import partners, payouts
from desktop.models.revenue.payouts import PayoutDraft
from desktop.models.storage import trash
from desktop.models.storage.db import Database
from tests.models.groups.group_data import snapshot
from tests.models.revenue.test_revenue import SALON, build_ledger

D = dt.date
OCT = (D(2026, 10, 1), D(2026, 10, 31))
NOV = (D(2026, 11, 1), D(2026, 11, 30))
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "databases"


@pytest.fixture
def settled(database: Database) -> dict[str, int]:
    """Partner 1 takes 33.33% of the salon's net; four payouts around the month ends."""
    build_ledger(database)
    partners.set_share(database, 1, SALON, 3333)
    return {
        "p1": payouts.add_payout(database, 1, PayoutDraft(D(2026, 10, 31), 4000, note="十月")),
        "p2": payouts.add_payout(database, 1, PayoutDraft(D(2026, 11, 1), 30000, "cny", "wechat")),
        "p3": payouts.add_payout(database, 1, PayoutDraft(D(2026, 12, 1), 5000, method="cash")),
        "p4": payouts.add_payout(database, 1, PayoutDraft(D(2026, 11, 10), 100, "USD", "other")),
    }


def test_payouts_are_stored_as_given(database: Database, settled: dict[str, int]) -> None:
    found = payouts.payouts_of(database, 1)
    assert [(p.day, p.amount_minor, p.currency, p.method, p.note) for p in found] == [
        (D(2026, 10, 31), 4000, "CNY", "bank", "十月"),
        (D(2026, 11, 1), 30000, "CNY", "wechat", ""),
        (D(2026, 11, 10), 100, "USD", "other", ""),
        (D(2026, 12, 1), 5000, "CNY", "cash", ""),
    ]
    assert payouts.payouts_of(database, 2) == []


def test_statement_shows_owed_paid_and_balance_per_period(
    database: Database, settled: dict[str, int]
) -> None:
    october = partners.statement(database, 1, *OCT)
    # tickets 9900 + 9900 − venue 5000 = 14800 × 33.33% = 4932.84 → 4933
    assert october.owed == {"CNY": 4933}
    # 10-31 is the last day (counted); 11-01 is the day after (not)
    assert october.paid == {"CNY": 4000}
    assert october.balance == {"CNY": 933}
    assert october.balance_to_date == {"CNY": 933}

    november = partners.statement(database, 1, *NOV)
    assert november.owed == {"CNY": 33330}  # sponsorship 100000 × 33.33%
    # 11-01 is the first day (counted), 10-31 and 12-01 are outside; USD is never added
    assert november.paid == {"CNY": 30000, "USD": 100}
    assert november.balance == {"CNY": 3330, "USD": -100}
    assert [p.day for p in november.payouts] == [D(2026, 11, 1), D(2026, 11, 10)]
    # to date: (19800 + 100000 − 5000) × 33.33% = 38262.84 → 38263, paid 4000 + 30000
    assert november.owed_to_date == {"CNY": 38263}
    assert november.paid_to_date == {"CNY": 34000, "USD": 100}
    assert november.balance_to_date == {"CNY": 4263, "USD": -100}


def test_partner_balances_to_a_day(database: Database, settled: dict[str, int]) -> None:
    assert partners.balances(database, D(2026, 11, 30)) == {
        1: {"CNY": 4263, "USD": -100},
        2: {},
    }
    # the 12-01 payout of 50.00 leaves the partner paid 7.37 ahead
    assert partners.balances(database, D(2026, 12, 1))[1] == {"CNY": -737, "USD": -100}


@pytest.mark.parametrize(
    ("partner", "draft", "field"),
    [
        (1, PayoutDraft(D(2026, 11, 1), 0), "amount"),
        (1, PayoutDraft(D(2026, 11, 1), -1), "amount"),
        (1, PayoutDraft(D(2026, 11, 1), 1.5), "amount"),  # type: ignore[arg-type]
        (1, PayoutDraft(D(2026, 11, 1), 10**15), "amount"),
        (1, PayoutDraft(D(2026, 11, 1), 1, "元"), "currency"),
        (1, PayoutDraft(D(2026, 11, 1), 1, method="paypal"), "method"),
        (1, PayoutDraft(D(2026, 11, 1), 1, note="长" * 501), "note"),
        (1, PayoutDraft("2026-11-01", 1), "day"),  # type: ignore[arg-type]
        (99, PayoutDraft(D(2026, 11, 1), 1), "partner"),
    ],
)
def test_a_refused_payout_writes_nothing(
    database: Database, partner: int, draft: PayoutDraft, field: str
) -> None:
    build_ledger(database)
    before = snapshot(database)
    with pytest.raises(ValidationError) as caught:
        payouts.add_payout(database, partner, draft)
    assert caught.value.field == field
    assert snapshot(database) == before
    # the smallest payout and the longest note are fine
    payouts.add_payout(database, 1, PayoutDraft(D(2026, 11, 1), 1, note="长" * 500))


def test_edit_delete_to_trash_and_restore(database: Database, settled: dict[str, int]) -> None:
    payouts.update_payout(database, settled["p1"], PayoutDraft(D(2026, 10, 30), 4500, note="改"))
    assert partners.statement(database, 1, *OCT).balance == {"CNY": 433}
    with pytest.raises(ValidationError):
        payouts.update_payout(database, settled["p1"], PayoutDraft(D(2026, 10, 30), 0))

    gone = payouts.delete_payout(database, settled["p2"])
    assert partners.statement(database, 1, *NOV).paid == {"USD": 100}
    (item,) = trash.list_trash(database)
    assert (item.kind, item.label, item.count) == ("payout", "2026-11-01 · 300.00 CNY", 1)
    restored = trash.restore_from_trash(database, item.id)
    assert restored.ids == {gone.id: gone.id}
    assert payouts.get_payout(database, gone.id) == gone
    assert partners.statement(database, 1, *NOV).paid == {"CNY": 30000, "USD": 100}

    # undoing an add does not fill the trash; its restore takes the old id back
    removed = payouts.delete_payout(database, settled["p3"], to_trash=False)
    assert trash.list_trash(database) == []
    assert payouts.restore_payout(database, removed) == settled["p3"]
    with pytest.raises(ValidationError) as caught:
        payouts.get_payout(database, 999)
    assert caught.value.field == "payout"


def test_a_partner_deleted_takes_its_payouts_and_refuses_their_restore(
    database: Database, settled: dict[str, int]
) -> None:
    payouts.delete_payout(database, settled["p1"])
    (item,) = trash.list_trash(database)
    partners.delete_partner(database, 1)
    assert database.conn.execute("SELECT count(*) FROM partner_payouts").fetchone() == (0,)
    with pytest.raises(ValidationError) as caught:
        trash.restore_from_trash(database, item.id)
    assert caught.value.field == "partner"
    assert [t.id for t in trash.list_trash(database)] == [item.id]  # still there


def test_v7_upgrades_with_an_empty_payouts_table_and_its_trash_kept(tmp_path: Path) -> None:
    path = tmp_path / "v7.sqlite"
    shutil.copyfile(FIXTURES / "v7.sqlite", path)
    old = Database.open(path)  # upgrades to the latest version
    try:
        assert old.conn.execute("SELECT count(*) FROM partner_payouts").fetchone() == (0,)
        kinds = {i.kind for i in trash.list_trash(old)}
        assert kinds and kinds <= {"member", "event", "revenue"}
        (pid,) = old.conn.execute("SELECT min(id) FROM partners").fetchone()
        new = payouts.add_payout(old, pid, PayoutDraft(D(2026, 1, 2), 100))
        payouts.delete_payout(old, new)
        assert "payout" in {i.kind for i in trash.list_trash(old)}
    finally:
        old.close()
