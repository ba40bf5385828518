"""The revenue ledger: validation, renewals and their reversal, and every summary by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.core.scope import Scope
from desktop.models.groups import goals
from desktop.models.groups.goals import GoalStatus
from desktop.models.members import role_holders
from desktop.models.members.search import member_search_key
from desktop.models.revenue import revenue, summaries
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database
from tests.models.groups.group_data import snapshot

D = dt.date
AUTUMN = Scope(None, D(2026, 9, 1), D(2026, 11, 30))
SALES, VIP, SALON = 1, 2, 3
ZHANG, LI, WANG, ZHAO = 1, 2, 3, 4


def build_ledger(db: Database) -> dict[str, int]:
    """A small ledger whose figures are worked out by hand in the tests below."""
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO groups (id, name, purposes, fee_minor, fee_period_months, created_on)"
            " VALUES (?, ?, ?, ?, ?, '2025-01-01')",
            [
                (SALES, "好物团购群", '["sales"]', 0, None),
                (VIP, "VIP会员群", '["learning"]', 36500, 12),
                (SALON, "城市沙龙", '["networking"]', 0, None),
            ],
        )
        conn.executemany(
            "INSERT INTO members (id, name, created_at) VALUES (?, ?, '2025-01-01T00:00:00')",
            [(ZHANG, "张三"), (LI, "李四"), (WANG, "王五"), (ZHAO, "赵六")],
        )
        conn.executemany(
            "INSERT INTO memberships (member_id, group_id, joined_on, paid_until)"
            " VALUES (?, ?, ?, ?)",
            [
                (ZHANG, VIP, "2025-12-01", "2026-12-01"),
                (ZHAO, VIP, "2025-01-01", "2026-01-01"),
                (WANG, VIP, "2026-11-01", None),
                (LI, SALES, "2026-01-01", None),
                (WANG, SALES, "2026-01-01", None),
                (ZHANG, SALON, "2026-01-01", None),
                (LI, SALON, "2026-01-01", None),
            ],
        )
        conn.execute(
            "INSERT INTO events (id, group_id, title, type, starts_at, ends_at, cost_minor)"
            " VALUES (1, ?, '十月沙龙', 'salon', '2026-10-10T19:00:00', '2026-10-10T21:00:00',"
            " 20000)",
            (SALON,),
        )
        conn.executemany(
            "INSERT INTO attendance (event_id, occurrence_start, member_id, status)"
            " VALUES (1, '2026-10-10T19:00:00', ?, ?)",
            [(ZHANG, "attended"), (LI, "attended"), (WANG, "signed_up")],
        )
        conn.execute("INSERT INTO partners (id, name) VALUES (1, '联合主办'), (2, '麦香源')")
    ids: dict[str, int] = {}
    for key, draft in {
        "e1": EntryDraft(D(2026, 9, 5), SALES, "product", 10000, member_id=LI, referrer_id=WANG),
        "e2": EntryDraft(D(2026, 10, 12), SALES, "product", 25050, member_id=LI),
        "e3": EntryDraft(D(2026, 10, 20), SALES, "product", 5000, member_id=WANG),
        "e4": EntryDraft(D(2026, 10, 10), SALON, "ticket", 9900, member_id=ZHANG, event_id=1),
        "e5": EntryDraft(D(2026, 10, 10), SALON, "ticket", 9900, member_id=LI, event_id=1),
        "e6": EntryDraft(D(2026, 10, 9), SALON, "venue", 5000, event_id=1),
        "e7": EntryDraft(D(2026, 11, 2), SALON, "sponsorship", 100000, partner_id=2),
        "e8": EntryDraft(D(2026, 11, 3), SALES, "product", 999, "USD", member_id=WANG),
        "e9": EntryDraft(D(2026, 11, 15), None, "tools", 9900, note="工具月费"),
        "e10": EntryDraft(D(2026, 8, 20), SALES, "product", 7777, member_id=LI),  # before
        "e11": EntryDraft(D(2026, 11, 20), SALES, "product", 3000, member_id=ZHAO),
    }.items():
        ids[key] = revenue.add_entry(db, draft)
    return ids


@pytest.fixture
def ledger(database: Database) -> Database:
    build_ledger(database)
    return database


def paid_until(db: Database, member: int, group: int) -> str | None:
    row = db.conn.execute(
        "SELECT paid_until FROM memberships WHERE member_id = ? AND group_id = ?", (member, group)
    ).fetchone()
    return None if row[0] is None else str(row[0])


def test_entries_are_stored_with_their_kind_and_links(ledger: Database) -> None:
    entries = revenue.list_entries(ledger, AUTUMN)
    assert len(entries) == 10  # e10 is before the scope
    assert [e.day for e in entries] == sorted((e.day for e in entries), reverse=True)
    venue = next(e for e in entries if e.category == "venue")
    assert (venue.kind, venue.signed_minor, venue.event_title) == ("expense", -5000, "十月沙龙")
    first = next(e for e in entries if e.referrer_id == WANG)
    assert (first.member_name, first.referrer_name, first.group_name) == (
        "李四",
        "王五",
        "好物团购群",
    )
    assert revenue.get_entry(ledger, first.id).draft().amount_minor == 10000
    only_sales = revenue.list_entries(ledger, Scope(SALES, AUTUMN.start, AUTUMN.end))
    assert {e.group_id for e in only_sales} == {SALES}
    assert len(only_sales) == 5


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"category": ""}, "category"),
        ({"category": "venue", "kind": "income"}, "category"),
        ({"category": "product", "kind": "expense"}, "category"),
        ({"kind": "gift"}, "kind"),
        ({"amount_minor": -1}, "amount"),
        ({"amount_minor": 1.5}, "amount"),
        ({"currency": "RMB1"}, "currency"),
        ({"channel": "paypal"}, "channel"),
        ({"group_id": 99}, "group"),
        ({"member_id": 99}, "member"),
        ({"event_id": 99}, "event"),
        ({"partner_id": 99}, "partner"),
        ({"referrer_id": LI, "member_id": LI}, "referrer"),
    ],
)
def test_bad_entries_are_refused_and_change_nothing(
    ledger: Database, changes: dict[str, object], field: str
) -> None:
    before = snapshot(ledger)
    base = {"day": D(2026, 11, 1), "group_id": SALES, "category": "product", "amount_minor": 100}
    with pytest.raises(ValidationError) as caught:
        revenue.add_entry(ledger, EntryDraft(**{**base, **changes}))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert snapshot(ledger) == before


def test_update_and_delete(ledger: Database) -> None:
    entry = revenue.list_entries(ledger, AUTUMN)[0]
    revenue.update_entry(ledger, entry.id, EntryDraft(entry.day, SALES, "product", 4321, "usd"))
    changed = revenue.get_entry(ledger, entry.id)
    assert (changed.amount_minor, changed.currency, changed.member_id) == (4321, "USD", None)
    deleted = revenue.delete_entry(ledger, entry.id)
    with pytest.raises(ValidationError):
        revenue.get_entry(ledger, entry.id)
    assert revenue.restore_entry(ledger, deleted) == entry.id
    assert revenue.get_entry(ledger, entry.id) == changed


def test_membership_fee_extends_and_delete_reverses(ledger: Database) -> None:
    fee = EntryDraft(D(2026, 11, 20), VIP, "membership", 36500, member_id=ZHANG)
    first = revenue.add_entry(ledger, fee)
    assert paid_until(ledger, ZHANG, VIP) == "2027-12-01"  # from the old end, not from today
    stored = revenue.get_entry(ledger, first)
    assert stored.is_renewal and stored.renewal_previous_until == D(2026, 12, 1)
    second = revenue.add_entry(ledger, fee)
    assert paid_until(ledger, ZHANG, VIP) == "2028-12-01"

    undo_second = revenue.delete_entry(ledger, second)
    assert paid_until(ledger, ZHANG, VIP) == "2027-12-01"
    assert revenue.restore_entry(ledger, undo_second) == second
    assert paid_until(ledger, ZHANG, VIP) == "2028-12-01"

    # an earlier renewal deleted under a later one: the membership loses one period
    undo_first = revenue.delete_entry(ledger, first)
    assert paid_until(ledger, ZHANG, VIP) == "2027-12-01"
    assert revenue.get_entry(ledger, second).renewal_previous_until == D(2026, 12, 1)
    revenue.restore_entry(ledger, undo_first)
    assert paid_until(ledger, ZHANG, VIP) == "2028-12-01"
    assert revenue.get_entry(ledger, second).renewal_previous_until == D(2027, 12, 1)


def test_renewal_of_lapsed_and_unpaid_memberships_starts_on_the_payment_day(
    ledger: Database,
) -> None:
    revenue.add_entry(ledger, EntryDraft(D(2026, 3, 15), VIP, "membership", 36500, member_id=ZHAO))
    assert paid_until(ledger, ZHAO, VIP) == "2027-03-15"  # lapsed on 2026-01-01
    entry = revenue.add_entry(
        ledger, EntryDraft(D(2026, 11, 2), VIP, "membership", 36500, member_id=WANG)
    )
    assert paid_until(ledger, WANG, VIP) == "2027-11-02"
    revenue.delete_entry(ledger, entry)
    assert paid_until(ledger, WANG, VIP) is None


def test_fees_that_renew_nothing(ledger: Database) -> None:
    # not a paid group, no membership in it, or not a membership fee: paid_until is untouched
    for draft in (
        EntryDraft(D(2026, 11, 2), SALES, "membership", 100, member_id=LI),
        EntryDraft(D(2026, 11, 2), VIP, "membership", 100, member_id=LI),
        EntryDraft(D(2026, 11, 2), VIP, "product", 100, member_id=ZHANG),
        EntryDraft(D(2026, 11, 2), VIP, "membership", 100),
    ):
        entry = revenue.add_entry(ledger, draft)
        assert not revenue.get_entry(ledger, entry).is_renewal
    assert paid_until(ledger, ZHANG, VIP) == "2026-12-01"


def test_a_renewal_keeps_its_member_group_and_category(ledger: Database) -> None:
    entry_id = revenue.add_entry(
        ledger, EntryDraft(D(2026, 11, 20), VIP, "membership", 36500, member_id=ZHANG)
    )
    entry = revenue.get_entry(ledger, entry_id)
    with pytest.raises(ValidationError) as caught:
        revenue.update_entry(
            ledger, entry_id, EntryDraft(entry.day, VIP, "membership", 1, member_id=LI)
        )
    assert caught.value.field == "member"
    revenue.update_entry(
        ledger, entry_id, EntryDraft(D(2026, 11, 21), VIP, "membership", 30000, member_id=ZHANG)
    )
    assert revenue.get_entry(ledger, entry_id).amount_minor == 30000
    assert paid_until(ledger, ZHANG, VIP) == "2027-12-01"


def test_totals_per_currency(ledger: Database) -> None:
    cny, usd = summaries.totals(ledger, AUTUMN)
    # income 10000 + 25050 + 5000 + 9900 + 9900 + 100000 + 3000; expense 5000 + 9900
    assert (cny.currency, cny.income, cny.expense, cny.net) == ("CNY", 162850, 14900, 147950)
    assert (cny.direct, cny.indirect, cny.entries) == (62850, 100000, 9)
    assert cny.direct_share == pytest.approx(62850 / 162850)
    assert (usd.currency, usd.income, usd.expense, usd.net, usd.entries) == ("USD", 999, 0, 999, 1)
    (sales_cny, sales_usd) = summaries.totals(ledger, Scope(SALES, AUTUMN.start, AUTUMN.end))
    assert (sales_cny.income, sales_usd.income) == (43050, 999)
    assert summaries.totals(ledger, Scope(VIP, AUTUMN.start, AUTUMN.end)) == []


def test_by_category(ledger: Database) -> None:
    rows = [
        (r.kind, r.category, r.currency, r.amount, r.entries)
        for r in summaries.by_category(ledger, AUTUMN)
    ]
    assert rows == [
        ("income", "sponsorship", "CNY", 100000, 1),
        ("income", "product", "CNY", 43050, 4),
        ("income", "ticket", "CNY", 19800, 2),
        ("income", "product", "USD", 999, 1),
        ("expense", "tools", "CNY", 9900, 1),
        ("expense", "venue", "CNY", 5000, 1),
    ]


def test_by_month_has_every_month_for_every_currency(ledger: Database) -> None:
    rows = [
        (m.month, m.currency, m.income, m.expense, m.net)
        for m in summaries.by_month(ledger, AUTUMN)
    ]
    assert rows == [
        ("2026-09", "CNY", 10000, 0, 10000),
        ("2026-10", "CNY", 49850, 5000, 44850),
        ("2026-11", "CNY", 103000, 9900, 93100),
        ("2026-09", "USD", 0, 0, 0),
        ("2026-10", "USD", 0, 0, 0),
        ("2026-11", "USD", 999, 0, 999),
    ]
    empty = summaries.by_month(ledger, Scope(VIP, D(2026, 1, 1), D(2026, 2, 15)))
    assert [(m.month, m.currency, m.income) for m in empty] == [
        ("2026-01", "CNY", 0),
        ("2026-02", "CNY", 0),
    ]
    # an "everything" range starts at the first entry rather than listing empty decades
    everything = summaries.by_month(ledger, Scope(None, D(1990, 1, 1), D(2026, 11, 30)))
    assert everything[0].month == "2026-08"


def test_member_value_and_repeat_rate_in_sales_groups(ledger: Database) -> None:
    rows = [
        (v.member_name, v.currency, v.amount, v.purchases)
        for v in summaries.member_values(ledger, AUTUMN)
    ]
    assert rows == [
        ("李四", "CNY", 35050, 2),
        ("王五", "CNY", 5000, 1),
        ("赵六", "CNY", 3000, 1),
        ("王五", "USD", 999, 1),
    ]
    rate = summaries.repeat_rate(ledger, AUTUMN)
    assert (rate.buyers, rate.repeat_buyers) == (3, 2)  # 王五 bought twice, in two currencies
    assert rate.rate == pytest.approx(2 / 3)
    salon = Scope(SALON, AUTUMN.start, AUTUMN.end)  # tickets, but not a sales group
    assert summaries.member_values(ledger, salon) == []
    assert summaries.repeat_rate(ledger, salon).rate is None


def test_event_profit_attribution_and_conversion(ledger: Database) -> None:
    (profit,) = summaries.event_profits(ledger, AUTUMN)
    assert (profit.title, profit.tickets, profit.cost, profit.expenses) == (
        "十月沙龙",
        19800,
        20000,
        5000,
    )
    # the recorded venue expense is the cost; the event's planned 200.00 is not added on top
    assert (profit.costs, profit.profit) == (5000, 14800)
    revenue.delete_entry(
        ledger, revenue.list_entries(ledger, Scope(SALON, D(2026, 10, 9), D(2026, 10, 9)))[0].id
    )
    (planned,) = summaries.event_profits(ledger, AUTUMN)
    assert (planned.costs, planned.profit) == (20000, -200)
    (event,) = summaries.by_event(ledger, AUTUMN)
    assert (event.name, event.amount, event.entries, event.buyers) == ("十月沙龙", 19800, 2, 2)
    (referrer,) = summaries.by_referrer(ledger, AUTUMN)
    assert (referrer.key_id, referrer.name, referrer.amount, referrer.buyers) == (
        WANG,
        "王五",
        10000,
        1,
    )

    (month,) = summaries.conversions(ledger, AUTUMN, days=30)
    # 张三 and 李四 attended (王五 only signed up); their own tickets do not count;
    # 李四 bought for 250.50 two days later
    assert (month.attendees, month.converted, month.revenue) == (2, 1, {"CNY": 25050})
    assert month.rate == pytest.approx(0.5)
    (short,) = summaries.conversions(ledger, AUTUMN, days=1)
    assert (short.converted, short.revenue) == (0, {})
    assert summaries.conversions(ledger, Scope(SALES, AUTUMN.start, AUTUMN.end)) == []
    with pytest.raises(ValidationError):
        summaries.conversions(ledger, AUTUMN, days=-1)


def test_renewals_due(ledger: Database) -> None:
    today = D(2026, 11, 23)
    (due,) = summaries.renewals_due(ledger, None, today)
    assert (due.member_name, due.group_name, due.paid_until) == (
        "张三",
        "VIP会员群",
        D(2026, 12, 1),
    )
    assert (due.days_left(today), due.fee_minor) == (8, 36500)
    assert summaries.renewals_due(ledger, SALES, today) == []
    assert summaries.renewals_due(ledger, None, today, within_days=5) == []


def test_hundred_thousand_dimes_total_exactly(database: Database) -> None:
    with database.transaction() as conn:
        conn.executemany(
            "INSERT INTO revenue (day, kind, category, amount_minor)"
            " VALUES (?, 'income', 'product', ?)",
            [("2026-05-01", 10)] * 100_000,
        )
    (cny,) = summaries.totals(database, Scope(None, D(2026, 1, 1), D(2026, 12, 31)))
    assert cny.income == 1_000_000
    assert isinstance(cny.income, int)
    from desktop.views.common.formatting import format_money

    assert format_money(cny.income) == "¥10,000.00"


def add_revenue_goals(db: Database) -> None:
    """Revenue goals of the small ledger's groups (VIP has none)."""
    goals.set_goal(db, SALES, "revenue", "month", 15000, None, effective_from=D(2026, 1, 1))
    goals.set_goal(db, SALES, "revenue", "week", 7000, None, effective_from=D(2026, 11, 1))
    goals.set_goal(db, SALON, "revenue", "month", 20000, 30000, effective_from=D(2026, 1, 1))


def test_revenue_goals_are_judged_period_by_period_up_to_today(ledger: Database) -> None:
    add_revenue_goals(ledger)
    found = summaries.revenue_goals(ledger, AUTUMN)
    # every open group, by name: "VIP…" sorts before the Chinese names
    assert [(g.group_id, g.group_name) for g in found] == [
        (VIP, "VIP会员群"),
        (SALON, "城市沙龙"),
        (SALES, "好物团购群"),
    ]
    vip, salon, sales = found
    assert (vip.actual, vip.check) == (0, None)  # no goal, no entries
    # The range runs to 30 November; today is Monday 23 November, so it is judged up to today
    # and is in progress. SALON: tickets 99 + 99, sponsorship 1,000, venue −50 = ¥1,148.00;
    # band: September and October whole (¥200–¥300 each), November's 23 of 30 days:
    # ¥200 × 23/30 = ¥153.33, ¥300 × 23/30 = ¥230.00 → ¥553.33–¥830.00, so ahead so far
    assert salon.actual == 9900 + 9900 + 100000 - 5000 == 114800
    assert salon.check is not None
    assert (salon.check.band_min, salon.check.band_max) == (55333, 83000)
    assert (salon.check.status, salon.check.pace) == (GoalStatus.IN_PROGRESS, GoalStatus.ABOVE)
    # SALES: 100 + 250.50 + 50 + 30 in CNY (the $9.99 and August's entry do not count);
    # ¥150 a month for September and October, then ¥70 a week from Sunday 1 November:
    # 1 November alone (1/7 week = ¥10), three whole weeks (¥210), Monday 23rd (¥10)
    # → 150 + 150 + 10 + 210 + 10 = ¥530, so behind so far
    assert sales.actual == 10000 + 25050 + 5000 + 3000 == 43050
    assert sales.check is not None
    assert sales.check.goal.period == "week"  # the goal in force at the range's end
    assert (sales.check.band_min, sales.check.band_max) == (53000, None)
    assert (sales.check.status, sales.check.pace) == (GoalStatus.IN_PROGRESS, GoalStatus.BELOW)


def test_revenue_goals_count_no_entry_dated_after_today(ledger: Database) -> None:
    add_revenue_goals(ledger)
    # a pre-sold ticket dated next week is on the ledger but not yet in the verdict
    revenue.add_entry(ledger, EntryDraft(D(2026, 11, 24), SALON, "ticket", 50000))
    (salon,) = summaries.revenue_goals(ledger, Scope(SALON, AUTUMN.start, AUTUMN.end))
    assert salon.actual == 114800
    revenue.add_entry(ledger, EntryDraft(D(2026, 11, 23), SALON, "ticket", 100))
    (salon,) = summaries.revenue_goals(ledger, Scope(SALON, AUTUMN.start, AUTUMN.end))
    assert salon.actual == 114900  # today counts


def test_revenue_goal_of_one_group_and_a_part_month(ledger: Database) -> None:
    add_revenue_goals(ledger)
    # October is a whole month under SALES' monthly ¥150 goal: 250.50 + 50 = ¥300.50, met
    (october,) = summaries.revenue_goals(ledger, Scope(SALES, D(2026, 10, 1), D(2026, 10, 31)))
    assert october.check is not None
    assert (october.actual, october.check.band_min, october.check.status) == (
        30050,
        15000,
        GoalStatus.MET,
    )
    # 5–20 October is 16 of October's 31 days: ¥200 × 16/31 = ¥103.2258… → ¥103.23,
    # ¥300 × 16/31 = ¥154.8387… → ¥154.84; actual 99 + 99 − 50 = ¥148.00 lies inside
    (part,) = summaries.revenue_goals(ledger, Scope(SALON, D(2026, 10, 5), D(2026, 10, 20)))
    assert part.check is not None
    assert (part.actual, part.check.band_min, part.check.band_max) == (14800, 10323, 15484)
    assert part.check.status == GoalStatus.MET
    # a day whose actual is under its band is below
    (low,) = summaries.revenue_goals(ledger, Scope(SALON, D(2026, 10, 9), D(2026, 10, 9)))
    assert low.check is not None  # the venue alone: −¥50 against ¥6.45–¥9.68
    assert (low.actual, low.check.status) == (-5000, GoalStatus.BELOW)
    # an archived group is still judged when it is the one asked for, never in "all groups"
    with ledger.transaction() as conn:
        conn.execute("UPDATE groups SET archived = 1 WHERE id = ?", (SALON,))
    assert [g.group_id for g in summaries.revenue_goals(ledger, AUTUMN)] == [VIP, SALES]
    (archived,) = summaries.revenue_goals(ledger, Scope(SALON, AUTUMN.start, AUTUMN.end))
    assert archived.check is not None and archived.check.pace == GoalStatus.ABOVE


def test_member_search_for_the_entry_row(ledger: Database) -> None:
    fill_search_keys(ledger)
    # every word must match name, nickname or pinyin (full or initials), by name
    assert [c.name for c in role_holders.all_member_choices(ledger, "zs")] == ["张三"]
    assert [c.name for c in role_holders.all_member_choices(ledger, "a")] == [
        "张三",
        "王五",
        "赵六",
    ]
    assert [c.member_id for c in role_holders.all_member_choices(ledger, "a", limit=2)] == [
        ZHANG,
        WANG,
    ]
    assert role_holders.all_member_choices(ledger, "li si")[0].member_id == LI
    assert role_holders.all_member_choices(ledger, "%") == []  # wildcards are plain text
    with pytest.raises(ValidationError):
        role_holders.all_member_choices(ledger, "a", limit=0)


def fill_search_keys(db: Database) -> None:
    """The raw inserts of build_ledger leave search keys empty; compute them."""
    with db.transaction() as conn:
        rows = conn.execute("SELECT id, name, nickname FROM members").fetchall()
        conn.executemany(
            "UPDATE members SET search_key = ? WHERE id = ?",
            [(member_search_key(name, nickname), mid) for mid, name, nickname in rows],
        )
