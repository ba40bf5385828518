"""Refunds: linked to their payment, never more than it, netted out of every total."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.models.core import messages
from desktop.models.core.errors import ValidationError
from desktop.models.core.scope import Scope
from desktop.models.groups import goals
from desktop.models.revenue import refunds, revenue, summaries, trash_kinds
from desktop.models.revenue.refunds import RefundDraft
from desktop.models.revenue.revenue import EntryDraft, LedgerQuery
from desktop.models.storage import migrations, trash
from desktop.models.storage.db import Database
from tests.models.groups.group_data import snapshot
from tests.models.revenue.test_revenue import LI, SALES, SALON, VIP, ZHANG, build_ledger, paid_until

D = dt.date
AUTUMN = Scope(None, D(2026, 9, 1), D(2026, 11, 30))
FIXTURES = Path(__file__).parents[2] / "fixtures" / "databases"


@pytest.fixture
def ledger(database: Database) -> tuple[Database, dict[str, int]]:
    return database, build_ledger(database)


def cny(db: Database, scope: Scope = AUTUMN) -> summaries.CurrencyTotals:
    return next(t for t in summaries.totals(db, scope) if t.currency == "CNY")


def test_partial_refund_nets_out_of_every_total(ledger: tuple[Database, dict[str, int]]) -> None:
    db, ids = ledger
    before = cny(db)
    # e4: a 99.00 salon ticket; 30.00 of it given back a week later
    refund_id = refunds.add_refund(db, ids["e4"], RefundDraft(D(2026, 10, 17), 3000))
    after = cny(db)
    assert (after.income, after.direct) == (before.income - 3000, before.direct - 3000)
    assert after.entries == before.entries  # a refund is not another sale
    ticket = next(c for c in summaries.by_category(db, AUTUMN) if c.category == "ticket")
    assert (ticket.amount, ticket.entries) == (9900 + 9900 - 3000, 2)
    october = next(
        m for m in summaries.by_month(db, AUTUMN) if (m.month, m.currency) == ("2026-10", "CNY")
    )
    assert october.income == 25050 + 5000 + 9900 + 9900 - 3000
    profit = next(p for p in summaries.event_profits(db, AUTUMN) if p.event_id == 1)
    assert (profit.tickets, profit.costs, profit.profit) == (16800, 5000, 11800)
    # the dashboard's per-day totals and the goal's actual value net it too
    (day_income,) = db.conn.execute(
        "SELECT income FROM revenue_days WHERE group_key = ? AND day = '2026-10-17'", (SALON,)
    ).fetchone()
    assert day_income == -3000
    salon = goals.actual_value(db, SALON, "revenue", AUTUMN.start, AUTUMN.end)
    assert salon == 9900 + 9900 - 3000 - 5000 + 100000
    entry = revenue.get_entry(db, refund_id)
    assert (entry.is_refund, entry.refund_of, entry.refund_of_day) == (
        True,
        ids["e4"],
        D(2026, 10, 10),
    )
    assert (entry.amount_minor, entry.signed_minor, entry.member_id) == (-3000, -3000, ZHANG)
    assert (entry.category, entry.event_id, entry.group_id) == ("ticket", 1, SALON)
    assert entry.draft().amount_minor == 3000  # edited as the positive amount given back


def test_refund_of_an_expense_lowers_the_expense(ledger: tuple[Database, dict[str, int]]) -> None:
    db, ids = ledger
    before = cny(db)
    refunds.add_refund(db, ids["e6"], RefundDraft(D(2026, 10, 11), 1000, note="场地退押金"))
    after = cny(db)
    assert (after.expense, after.income) == (before.expense - 1000, before.income)
    assert revenue.get_entry(db, ids["e6"]).kind == "expense"


def test_refunds_never_give_back_more_than_the_payment(
    ledger: tuple[Database, dict[str, int]],
) -> None:
    db, ids = ledger
    refunds.add_refund(db, ids["e4"], RefundDraft(D(2026, 10, 10), 4000))  # same day: fine
    assert refunds.refundable(db, ids["e4"]).left_minor == 5900
    before = snapshot(db)
    for amount in (5901, 0, -1):
        with pytest.raises(ValidationError) as caught:
            refunds.add_refund(db, ids["e4"], RefundDraft(D(2026, 10, 12), amount))
        assert caught.value.field == "amount"
        if amount > 0:  # says how much is left, in yuan
            assert "59.00 CNY" in caught.value.message
    with pytest.raises(ValidationError) as early:
        refunds.add_refund(db, ids["e4"], RefundDraft(D(2026, 10, 9), 100))
    assert early.value.field == "day"
    assert snapshot(db) == before
    last = refunds.add_refund(db, ids["e4"], RefundDraft(D(2026, 10, 12), 5900))  # the rest
    assert refunds.refundable(db, ids["e4"]).left_minor == 0
    with pytest.raises(ValidationError, match="refund cannot be refunded"):
        refunds.add_refund(db, last, RefundDraft(D(2026, 10, 12), 1))
    assert [r.amount_minor for r in refunds.refunds_of(db, ids["e4"])] == [-4000, -5900]


def test_editing_a_refund_keeps_it_within_the_payment(
    ledger: tuple[Database, dict[str, int]],
) -> None:
    db, ids = ledger
    first = refunds.add_refund(db, ids["e4"], RefundDraft(D(2026, 10, 11), 4000))
    refunds.add_refund(db, ids["e4"], RefundDraft(D(2026, 10, 12), 4000))
    draft = revenue.get_entry(db, first).draft()
    revenue.update_entry(db, first, EntryDraft(**{**_fields(draft), "amount_minor": 5900}))
    assert revenue.get_entry(db, first).amount_minor == -5900  # 5900 + 4000 = 9900: all of it
    with pytest.raises(ValidationError) as caught:
        revenue.update_entry(db, first, EntryDraft(**{**_fields(draft), "amount_minor": 5901}))
    assert caught.value.field == "amount"
    with pytest.raises(ValidationError) as moved:
        revenue.update_entry(db, first, EntryDraft(**{**_fields(draft), "member_id": LI}))
    assert moved.value.field == "member"


def _fields(draft: EntryDraft) -> dict[str, object]:
    return {name: getattr(draft, name) for name in EntryDraft.__dataclass_fields__}


def test_a_payment_with_refunds_is_deleted_only_after_them(
    ledger: tuple[Database, dict[str, int]],
) -> None:
    db, ids = ledger
    refund_id = refunds.add_refund(db, ids["e5"], RefundDraft(D(2026, 10, 12), 9900))
    with pytest.raises(ValidationError, match="1 refund"):
        revenue.delete_entry(db, ids["e5"])
    income = cny(db).income
    deleted = revenue.delete_entry(db, refund_id)
    assert cny(db).income == income + 9900
    revenue.delete_entry(db, ids["e5"])
    # the refund cannot come back without its payment
    with pytest.raises(ValidationError, match="was deleted"):
        revenue.restore_entry(db, deleted)


def test_restoring_a_refund_is_refused_when_the_rest_was_refunded_meanwhile(
    ledger: tuple[Database, dict[str, int]],
) -> None:
    db, ids = ledger
    refund_id = refunds.add_refund(db, ids["e5"], RefundDraft(D(2026, 10, 12), 5000))
    deleted = revenue.delete_entry(db, refund_id)
    refunds.add_refund(db, ids["e5"], RefundDraft(D(2026, 10, 13), 5000))
    with pytest.raises(ValidationError) as caught:
        revenue.restore_entry(db, deleted)
    assert caught.value.field == "amount"
    refunds.add_refund(db, ids["e5"], RefundDraft(D(2026, 10, 13), 4900))  # 4900 left: fits


def test_membership_refund_moves_paid_until_back_and_delete_undoes_it(
    database: Database,
) -> None:
    build_ledger(database)
    assert paid_until(database, ZHANG, VIP) == "2026-12-01"
    fee = revenue.add_entry(
        database, EntryDraft(D(2026, 11, 20), VIP, "membership", 36500, member_id=ZHANG)
    )
    assert paid_until(database, ZHANG, VIP) == "2027-12-01"
    left = refunds.refundable(database, fee)
    assert (left.paid_until, left.period_months) == (D(2027, 12, 1), 12)
    assert left.shortened_until(36500) == D(2026, 12, 1)  # all of it: the whole year
    # half of it: half of the year's 365 days, rounded down (182)
    assert left.shortened_until(18250) == D(2027, 12, 1) - dt.timedelta(days=182)
    assert left.shortened_until(0) is None
    refund_id = refunds.add_refund(
        database, fee, RefundDraft(D(2026, 11, 25), 36500, paid_until=D(2026, 12, 1))
    )
    assert paid_until(database, ZHANG, VIP) == "2026-12-01"
    entry = revenue.get_entry(database, refund_id)
    assert entry.shortened_membership and not entry.is_renewal
    deleted = revenue.delete_entry(database, refund_id)
    assert paid_until(database, ZHANG, VIP) == "2027-12-01"
    revenue.restore_entry(database, deleted)
    assert paid_until(database, ZHANG, VIP) == "2026-12-01"
    # not a membership fee: nothing to move
    product = revenue.add_entry(database, EntryDraft(D(2026, 11, 20), SALES, "product", 100))
    assert refunds.refundable(database, product).paid_until is None
    with pytest.raises(ValidationError) as caught:
        refunds.add_refund(
            database, product, RefundDraft(D(2026, 11, 21), 100, paid_until=D(2026, 1, 1))
        )
    assert caught.value.field == "paid_until"


def test_a_refund_goes_through_the_trash_and_old_trash_rows_still_restore(
    ledger: tuple[Database, dict[str, int]],
) -> None:
    db, ids = ledger
    refund_id = refunds.add_refund(db, ids["e2"], RefundDraft(D(2026, 10, 13), 50))
    deleted, trash_id = trash.capture(db, lambda: revenue.delete_entry(db, refund_id))
    assert deleted.row[-3:] == (ids["e2"], None, None)
    trash.restore_from_trash(db, trash_id)
    assert revenue.get_entry(db, refund_id).refund_of == ids["e2"]
    # a payload written before v8 has 15 columns: read as an ordinary entry
    old = trash_kinds.entry_payload(revenue.delete_entry(db, ids["e3"]))
    old["row"] = old["row"][:15]
    restored = trash_kinds.deleted_entry(old)
    assert restored.row[-3:] == (None, None, None)
    assert revenue.restore_entry(db, restored) == ids["e3"]


def test_ledger_count_agrees_with_its_range_and_says_what_lies_after(
    ledger: tuple[Database, dict[str, int]],
) -> None:
    db, _ = ledger
    to_nov_23 = Scope(None, D(2026, 9, 1), D(2026, 11, 23))
    revenue.add_entry(db, EntryDraft(D(2026, 11, 23), SALON, "offline_ticket", 100))  # last day
    revenue.add_entry(db, EntryDraft(D(2026, 11, 24), SALON, "offline_ticket", 100))  # after
    revenue.add_entry(db, EntryDraft(D(2026, 12, 5), SALON, "venue", 100))
    query = LedgerQuery(to_nov_23)
    page = revenue.entry_page(db, query, 100)
    assert revenue.count_entries(db, query) == len(page) == 11
    assert revenue.count_after(db, to_nov_23) == 2
    assert revenue.count_after(db, Scope(SALES, to_nov_23.start, to_nov_23.end)) == 0
    assert revenue.count_after(db, Scope(SALON, to_nov_23.start, D(2026, 12, 5))) == 0


def test_event_picker_lists_coming_events_nearest_first_then_past(database: Database) -> None:
    today = D(2026, 11, 23)
    with database.transaction() as conn:
        conn.execute("INSERT INTO groups (id, name, created_on) VALUES (1, '读书会', '2025-01-01')")
        conn.executemany(
            "INSERT INTO events (id, group_id, title, type, starts_at, ends_at) "
            "VALUES (?, 1, ?, 'salon', ?, ?)",
            [
                (1, "去年", "2025-11-22T19:00:00", "2025-11-22T21:00:00"),  # 366 days ago
                (2, "一年前", "2025-11-23T19:00:00", "2025-11-23T21:00:00"),  # 365 days ago
                (3, "上周", "2026-11-16T19:00:00", "2026-11-16T21:00:00"),
                (4, "今天", "2026-11-23T19:00:00", "2026-11-23T21:00:00"),
                (5, "下周沙龙", "2026-11-30T19:00:00", "2026-11-30T21:00:00"),
                (6, "明天", "2026-11-24T09:00:00", "2026-11-24T11:00:00"),
                (7, "明年", "2027-11-23T19:00:00", "2027-11-23T21:00:00"),  # 365 days on
                (8, "太远", "2027-11-24T19:00:00", "2027-11-24T21:00:00"),  # 366 days on
            ],
        )
    titles = [t for _, t, _ in revenue.event_choices(database, 1, today)]
    assert titles == ["今天", "明天", "下周沙龙", "明年", "上周", "一年前"]
    # a pre-sold ticket linked to next week's salon counts in its profit
    revenue.add_entry(database, EntryDraft(today, 1, "offline_ticket", 8800, event_id=5))
    revenue.add_entry(database, EntryDraft(today, 1, "venue", 30000, event_id=5))
    week = Scope(1, D(2026, 11, 30), D(2026, 11, 30))
    (profit,) = summaries.event_profits(database, week)
    assert (profit.tickets, profit.costs, profit.profit) == (8800, 30000, -21200)


def test_course_and_offline_ticket_are_built_in_direct_income(database: Database) -> None:
    with database.transaction() as conn:
        conn.execute("INSERT INTO groups (id, name, created_on) VALUES (1, '读书会', '2025-01-01')")
    revenue.add_entry(database, EntryDraft(D(2026, 11, 1), 1, "course", 19900))
    revenue.add_entry(database, EntryDraft(D(2026, 11, 1), 1, "offline_ticket", 8800))
    totals = cny(database, Scope(None, D(2026, 11, 1), D(2026, 11, 1)))
    assert (totals.income, totals.direct, totals.indirect) == (28700, 28700, 0)


def test_messages_follow_the_installed_language(ledger: tuple[Database, dict[str, int]]) -> None:
    db, _ = ledger
    messages.install(
        {
            "The amount cannot be negative; record money given back as a refund.": "金额不能为负数"
        }.get
    )
    try:
        with pytest.raises(ValidationError) as caught:
            revenue.add_entry(db, EntryDraft(D(2026, 11, 1), SALES, "product", -1))
    finally:
        messages.install(None)
    assert (caught.value.field, caught.value.message) == ("amount", "金额不能为负数")


def _v7_database(path: Path) -> None:
    """A database at schema 7 with an owner's own "课程" category in use."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    for number, step in enumerate(migrations.MIGRATIONS[:7], start=1):
        step(conn)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute("INSERT INTO groups (id, name, created_on) VALUES (1, '读书会', '2025-01-01')")
    conn.execute(
        "INSERT INTO vocabulary (domain, code, label_zh, label_en) VALUES "
        "('category', 'custom_direct_kecheng', '课程', 'Courses'), "
        "('category', 'custom_direct_books', '图书', 'Books')"
    )
    conn.execute(
        "INSERT INTO revenue (day, group_id, kind, category, amount_minor) VALUES "
        "('2025-03-01', 1, 'income', 'custom_direct_kecheng', 19900), "
        "('2025-03-02', 1, 'income', 'custom_direct_books', 5000)"
    )
    conn.execute("COMMIT")
    conn.close()


def test_v8_takes_over_an_own_course_category_and_accepts_refunds(tmp_path: Path) -> None:
    path = tmp_path / "v7.sqlite"
    _v7_database(path)
    db = Database.open(path)
    try:
        assert db.version == migrations.LATEST_VERSION >= 8
        rows = db.conn.execute("SELECT category FROM revenue ORDER BY id").fetchall()
        assert rows == [("course",), ("custom_direct_books",)]
        codes = [c for (c,) in db.conn.execute("SELECT code FROM vocabulary")]
        assert codes == ["custom_direct_books"]
        # per-day totals still kept by their triggers on the rebuilt table
        refunds.add_refund(db, 1, RefundDraft(D(2025, 3, 5), 900))
        (income,) = db.conn.execute(
            "SELECT sum(income) FROM revenue_days WHERE group_key = 1"
        ).fetchone()
        assert income == 19900 + 5000 - 900
        # the table itself refuses a negative amount that is not a refund, and vice versa
        for sql in (
            "INSERT INTO revenue (day, kind, category, amount_minor) "
            "VALUES ('2025-03-05', 'income', 'course', -1)",
            "INSERT INTO revenue (day, kind, category, amount_minor, refund_of) "
            "VALUES ('2025-03-05', 'income', 'course', 1, 1)",
        ):
            with pytest.raises(sqlite3.IntegrityError):
                db.conn.execute(sql)
    finally:
        db.close()


def test_the_stored_v7_fixture_upgrades_with_its_ledger(tmp_path: Path) -> None:
    path = tmp_path / "owner-v7.sqlite"
    shutil.copyfile(FIXTURES / "v7.sqlite", path)
    db = Database.open(path)
    try:
        fee = db.conn.execute("SELECT id FROM revenue WHERE note = '续费'").fetchone()[0]
        refunds.add_refund(db, fee, RefundDraft(D(2025, 3, 2), 29900))
        assert cny(db, Scope(2, D(2025, 3, 1), D(2025, 3, 31))).income == 0
        assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
