"""WeChat Pay and Alipay bills: read by their header names, planned, imported once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.exchange.payments import payment_import as pi
from desktop.models.exchange.payments.bills import (
    ALIPAY,
    EXPENSE,
    INCOME,
    NEUTRAL,
    WECHAT,
    BillError,
    read_bill,
)
from desktop.models.revenue import payments, refunds, revenue
from desktop.models.storage.db import Database
from tests.models.exchange.hostile_sheets import row, sheet_xml, text_cell, workbook

FIXTURES = Path(__file__).parents[2] / "fixtures" / "payments"
XLSX, OLD_CSV, ALIPAY_CSV = (
    FIXTURES / "wechat_2025-06.xlsx",
    FIXTURES / "wechat_2025-05.csv",
    FIXTURES / "alipay_2025-06.csv",
)
CLUB = 1
LIN, ZHANG, MOBAI_1, MOBAI_2 = 1, 2, 3, 4


@pytest.fixture
def db(database: Database) -> Database:
    return bill_database(database)


def bill_database(database: Database) -> Database:
    """Two groups (a paid 读书会) and members the fixtures' payers are matched against."""
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO groups (id, name, created_on, fee_minor, fee_period_months) "
            "VALUES (1, '读书会', '2025-01-01', 29900, 12), (2, '沙龙', '2025-01-01', 0, NULL)"
        )
        conn.executemany(
            "INSERT INTO members (id, name, nickname, created_at) "
            "VALUES (?, ?, ?, '2025-01-01T00:00:00')",
            [
                (LIN, "林雨", "林小雨"),
                (ZHANG, "张三", ""),
                (MOBAI_1, "墨白", ""),
                (MOBAI_2, "墨白", ""),
            ],
        )
        conn.execute(
            "INSERT INTO memberships (member_id, group_id, joined_on, paid_until) "
            "VALUES (1, 1, '2025-01-01', '2025-05-01')"
        )
    return database


def test_wechat_xlsx_is_read_below_its_summary_block() -> None:
    bill = read_bill(XLSX)
    assert (bill.source, bill.header_row, len(bill.lines), bill.problems) == (WECHAT, 17, 9, ())
    first = bill.lines[0]
    assert (first.row, first.time, first.counterpart, first.item) == (
        18,
        dt.datetime(2025, 6, 1, 10, 0),
        "林小雨",
        "读书会年费",
    )
    assert (first.direction, first.amount_minor, first.txn, first.order) == (
        INCOME,
        29900,
        "100001",
        "",
    )
    assert bill.lines[6].amount_minor == 888 and bill.lines[6].item == ""  # "/" is empty
    refund = bill.lines[5]
    assert refund.is_refund and refund.completed and refund.order == "M100005"
    assert not bill.lines[4].is_refund and bill.lines[4].completed  # 已全额退款: it was paid
    assert not bill.lines[7].completed  # 对方已退还: the transfer came back
    assert bill.lines[8].direction == NEUTRAL


def test_old_wechat_csv_reads_yuan_marks_and_tab_ended_numbers() -> None:
    bill = read_bill(OLD_CSV)
    assert (bill.source, bill.header_row) == (WECHAT, 17)
    assert [(x.amount_minor, x.txn, x.order) for x in bill.lines] == [
        (3000, "200001", ""),
        (3000, "200002", ""),
        (29900, "100001", ""),
    ]


def test_alipay_gbk_csv_is_read_below_its_preamble() -> None:
    bill = read_bill(ALIPAY_CSV)
    assert (bill.source, bill.header_row, len(bill.lines)) == (ALIPAY, 25, 5)
    income, deposit, refund, closed, fund = bill.lines
    assert (income.counterpart, income.item, income.amount_minor) == (
        "林小雨",
        "读书会季度费",
        9900,
    )
    assert income.txn == "2025061022001"  # the padding and the tab are gone
    assert (deposit.direction, refund.direction, refund.is_refund) == (EXPENSE, NEUTRAL, True)
    assert not closed.completed and fund.direction == NEUTRAL and not fund.is_refund


def test_header_is_found_by_its_names_however_long_the_preamble(tmp_path: Path) -> None:
    preamble = "\n".join(f"说明第{n}行" for n in range(60))  # beyond any look-ahead
    header = (
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"
    )
    line = "2025-06-01 10:00:00,二维码收款,林小雨,读书会,收入,¥10.00,零钱,已收钱,9,/,/"
    path = tmp_path / "long.csv"
    path.write_text(f"{preamble}\n{header}\n{line}\n", encoding="utf-8")
    bill = read_bill(path)
    assert (bill.header_row, [x.amount_minor for x in bill.lines]) == (61, [1000])


def test_bad_lines_are_reported_by_row_field_and_reason(tmp_path: Path) -> None:
    header = (
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"
    )
    lines = [
        "2025-06-01 10:00:00,二维码收款,甲,读书会,收入,¥10.00,零钱,已收钱,1,/,/",
        "昨天,二维码收款,乙,读书会,收入,¥10.00,零钱,已收钱,2,/,/",
        "2025-06-02 10:00:00,二维码收款,丙,读书会,收入,¥1.2.3,零钱,已收钱,3,/,/",
        "2025-02-30 10:00:00,二维码收款,丁,读书会,收入,¥10.00,零钱,已收钱,4,/,/",
    ]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    bill = read_bill(path)
    assert [x.counterpart for x in bill.lines] == ["甲"]
    assert [(p.row, p.field) for p in bill.problems] == [
        (3, "交易时间"),
        (4, "金额(元)"),
        (5, "交易时间"),
    ]
    assert str(bill.problems[0]).startswith("row 3: 交易时间: ")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "cannot be read"),
        (b"PK\x03\x04 not really a zip", "cannot be read"),
        ("姓名,电话\n张三,138\n".encode(), "not a WeChat Pay or Alipay bill"),
    ],
)
def test_files_that_are_not_bills_are_refused(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(BillError, match=expected):
        read_bill(path)


def test_hostile_xlsx_is_refused_not_crashed(tmp_path: Path) -> None:
    # a sheet claiming a billion rows: the guard reads it sparsely, there is no header
    xml = sheet_xml(
        row(1, text_cell("A1", "交易时间")) + row(1048576, text_cell("A1048576", "x")),
        "A1:XFD1048576",
    )
    path = workbook(tmp_path / "huge.xlsx", xml)
    with pytest.raises(BillError):
        read_bill(path)


def test_plan_imports_income_and_refunds_and_skips_the_rest(db: Database) -> None:
    payments.save_rule(db, "item", "读书会", CLUB, "membership")
    plan = pi.plan_file(db, XLSX, group_id=2)
    states = [(p.kind, p.state, p.include) for p in plan.lines]
    assert states == [
        ("income", "new", True),
        ("income", "new", True),
        ("income", "new", True),
        ("expense", "new", False),  # expenses only when asked for
        ("income", "new", True),
        ("refund", "new", True),
        ("income", "new", True),
        ("income", "skipped", False),  # 对方已退还
        ("", "skipped", False),  # 零钱提现
    ]
    lin, mobai, salon = plan.lines[0], plan.lines[1], plan.lines[2]
    assert (lin.group_id, lin.category, lin.member_id) == (CLUB, "membership", LIN)  # by nickname
    assert (mobai.member_id, mobai.members_named) == (None, 2)  # two 墨白: not guessed
    assert (salon.group_id, salon.category, salon.rule_id) == (2, "other_income", None)
    assert plan.lines[5].refund_of_line == 4
    assert plan.counts() == {"import": 6, "duplicate": 0, "skipped": 3}

    result = pi.apply_payment_import(db, plan)
    assert (result.income, result.expenses, result.refunds) == (5, 0, 1)
    entries = {e.payment_ref: e for e in revenue.list_entries(db, _all())}
    assert entries["100006"].refund_of == entries["100005"].id
    assert entries["100006"].amount_minor == -29900
    assert entries["100001"].member_id == LIN and entries["100001"].is_renewal
    # a fee renews the membership as a typed one would
    (until,) = db.conn.execute("SELECT paid_until FROM memberships WHERE member_id = 1").fetchone()
    assert until == "2026-06-01"
    # the same bill again adds nothing; the older bill adds only what is new in it
    again = pi.apply_payment_import(db, pi.plan_file(db, XLSX, group_id=2))
    assert again.imported == 0
    assert sum(reason == "already imported" for _, reason in again.skipped) == 6
    older = pi.apply_payment_import(db, pi.plan_file(db, OLD_CSV))
    assert (older.income, [r for _, r in older.skipped]) == (2, ["already imported"])


def test_expenses_and_refunds_of_expenses_when_asked(db: Database) -> None:
    plan = pi.plan_file(db, ALIPAY_CSV, expenses=True)
    refund = plan.lines[2]
    assert (refund.kind, refund.include, refund.refund_of_line) == ("refund", True, 1)
    result = pi.apply_payment_import(db, plan)
    assert (result.income, result.expenses, result.refunds) == (1, 1, 1)
    deposit = next(e for e in revenue.list_entries(db, _all()) if e.payment_ref == "2025061122002")
    assert deposit.kind == "expense" and refunds.refundable(db, deposit.id).left_minor == 30000
    # without expenses the refund of one has nothing to give back: left out, and says why
    plain = pi.plan_file(db, ALIPAY_CSV)
    assert plain.lines[2].state == "duplicate"


def test_a_refund_in_a_later_bill_finds_its_payment_in_the_ledger(
    db: Database, tmp_path: Path
) -> None:
    pi.apply_payment_import(db, pi.plan_file(db, ALIPAY_CSV, expenses=True))
    header = (
        "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,"
        "交易订单号,商家订单号,备注,"
    )
    deposit = "退款,某书店,/,退款-场地押金,不计收支"
    later = [
        f"2025-07-01 10:00:00,{deposit},300.00,余额,退款成功,R2,T2025061100,,",
        f"2025-07-02 10:00:00,{deposit},0.01,余额,退款成功,R3,T2025061100,,",
        "2025-07-03 10:00:00,退款,陌生人,/,退款-别的,不计收支,1.00,余额,退款成功,R4,X1,,",
    ]
    path = tmp_path / "alipay_july.csv"
    path.write_bytes("\n".join([header, *later]).encode("gbk"))
    plan = pi.plan_file(db, path)
    # 500.00 paid, 200.00 back already: 300.00 is exactly what is left; 0.01 more is not
    assert [(p.state, p.include, p.refund_of_entry is not None) for p in plan.lines] == [
        ("new", True, True),
        ("skipped", False, False),
        ("skipped", False, False),
    ]
    assert plan.lines[1].reason == "more than is left of its payment"
    assert plan.lines[2].reason == "its payment is neither in this bill nor in the ledger"
    result = pi.apply_payment_import(db, plan)
    assert result.refunds == 1


def test_a_refused_line_names_its_row_and_writes_nothing(db: Database) -> None:
    plan = pi.plan_file(db, XLSX)
    before = db.conn.execute("SELECT count(*) FROM revenue").fetchone()
    choices = {2: pi.LineChoice(True, None, "venue", None)}  # income booked as an expense
    with pytest.raises(ValidationError) as caught:
        pi.apply_payment_import(db, plan, choices)
    assert (caught.value.row, caught.value.field) == (20, "category")
    assert db.conn.execute("SELECT count(*) FROM revenue").fetchone() == before


def test_rules_are_remembered_most_specific_first(db: Database) -> None:
    payments.save_rule(db, "item", "读书会", CLUB, "membership")
    payments.save_rule(db, "item", "读书会书签", 2, "product")
    payments.save_rule(db, "item", "读书会", CLUB, "course")  # the same text: replaced
    rules = payments.list_rules(db)
    assert [(r.contains, r.category) for r in rules] == [
        ("读书会书签", "product"),
        ("读书会", "course"),
    ]
    assert payments.rule_for(rules, "买读书会书签", "").contains == "读书会书签"
    assert payments.rule_for(rules, "读书会年费", "").category == "course"
    assert payments.rule_for(rules, "别的", "读书会") is None  # looks at the item only
    for bad in (
        ("item", " ", None, None),
        ("amount", "x", None, None),
        ("item", "x", 99, None),
        ("item", "x", None, "nope"),
    ):
        with pytest.raises(ValidationError):
            payments.save_rule(db, *bad)
    payments.delete_rule(db, rules[0].id)
    assert len(payments.list_rules(db)) == 1


def _all() -> object:
    from desktop.models.core.scope import Scope

    return Scope(None, dt.date(2000, 1, 1), dt.date(2100, 1, 1))
