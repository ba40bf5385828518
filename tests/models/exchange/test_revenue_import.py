"""Revenue import: header mapping, every bad field by sheet row, all-or-nothing, cancel."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from desktop.models.core.errors import ValidationError
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import revenue_import as ri
from desktop.models.exchange.import_engine import ImportCancelledError, InvalidRowsError
from desktop.models.revenue import revenue
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database

D = dt.date
VIP, SALON = 1, 2
ZHANG, LI, LI_TWIN = 1, 2, 3
HEADER = ["日期", "群", "类别", "金额", "渠道", "付款人", "活动", "合伙人", "备注"]


def seed(db: Database) -> None:
    """Two groups (VIP with a yearly fee), members (two called 李四), an event, a partner."""
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO groups (id, name, fee_minor, fee_period_months, created_on)"
            " VALUES (?, ?, ?, ?, '2025-01-01')",
            [(VIP, "VIP会员群", 36500, 12), (SALON, "城市沙龙", 0, None)],
        )
        conn.executemany(
            "INSERT INTO members (id, name, wechat_id, created_at)"
            " VALUES (?, ?, ?, '2025-01-01T00:00:00')",
            [(ZHANG, "张三", "zhang_3"), (LI, "李四", "li4"), (LI_TWIN, "李四", "")],
        )
        conn.execute(
            "INSERT INTO memberships (member_id, group_id, joined_on, paid_until)"
            " VALUES (?, ?, '2025-12-01', '2026-12-01')",
            (ZHANG, VIP),
        )
        conn.execute(
            "INSERT INTO events (id, group_id, title, type, starts_at, ends_at)"
            " VALUES (1, ?, '十月沙龙', 'salon', '2026-10-10T19:00:00', '2026-10-10T21:00:00')",
            (SALON,),
        )
        conn.execute("INSERT INTO partners (id, name) VALUES (1, '麦香源')")


@pytest.fixture
def db(database: Database) -> Database:
    seed(database)
    return database


def write_xlsx(path: Path, rows: list[list[Any]], title: str | None = "2026年收支明细") -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("流水")
    if title is not None:
        sheet.append([title])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def stored(db: Database) -> list[tuple[Any, ...]]:
    columns = ", ".join(revenue.COLUMNS[1:])
    return list(db.conn.execute(f"SELECT {columns} FROM revenue ORDER BY id"))


def test_xlsx_with_a_title_row_and_date_cells_imports_like_typed_entries(
    db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "ledger.xlsx",
        [
            [dt.datetime(2026, 10, 10), "城市沙龙", "门票", 99, "微信支付", "zhang_3", "十月沙龙",
             None, "早鸟"],
            [dt.datetime(2026, 11, 2), "城市沙龙", "Sponsorship", "¥1,000.50", "bank", None,
             None, "麦香源", None],
            ["2026年11月3日", "VIP会员群", "会员费", 365, "Alipay", "张三", None, None, "续费"],
            ["2026/11/4", None, "venue", 50.5, "现金", None, None, None, None],
        ],
    )  # fmt: skip
    sheet = ri.read_revenue_sheet(path)
    assert sheet.header_row == 2  # the title row above is skipped
    plan = ri.plan_revenue_import(db, sheet)
    assert plan.mapping == ("day", "group", "category", "amount", "channel", "member", "event",
                            "partner", "note")  # fmt: skip
    assert plan.problems == ()
    result = ri.apply_revenue_import(db, plan)
    assert (result.imported, result.skipped, result.renewals) == (4, 0, 1)
    imported = stored(db)
    assert [r[:7] for r in imported] == [
        ("2026-10-10", SALON, "income", "ticket", 9900, "CNY", "wechat_pay"),
        ("2026-11-02", SALON, "income", "sponsorship", 100050, "CNY", "bank"),
        ("2026-11-03", VIP, "income", "membership", 36500, "CNY", "alipay"),
        ("2026-11-04", None, "expense", "venue", 5050, "CNY", "cash"),
    ]
    # The fee renewed 张三's membership exactly as a typed one does.
    assert db.conn.execute("SELECT paid_until FROM memberships").fetchone()[0] == "2027-12-01"

    # The same entries typed in (after putting the data back) are stored identically.
    with db.transaction() as conn:
        conn.execute("DELETE FROM revenue")
        conn.execute("UPDATE memberships SET paid_until = '2026-12-01'")
    for draft in (
        EntryDraft(D(2026, 10, 10), SALON, "ticket", 9900, channel="wechat_pay",
                   member_id=ZHANG, event_id=1, note="早鸟"),
        EntryDraft(D(2026, 11, 2), SALON, "sponsorship", 100050, channel="bank", partner_id=1),
        EntryDraft(D(2026, 11, 3), VIP, "membership", 36500, channel="alipay", member_id=ZHANG,
                   note="续费"),
        EntryDraft(D(2026, 11, 4), None, "venue", 5050, channel="cash"),
    ):  # fmt: skip
        revenue.add_entry(db, draft)
    assert stored(db) == imported


def test_gbk_csv_with_chinese_labels_and_english_headers(db: Database, tmp_path: Path) -> None:
    rows = [
        ["Date", "Group", "Type", "Category", "Amount", "Currency", "Payment method", "Member",
         "Note"],
        ["2026-11-05", "城市沙龙", "收入", "产品销售", "1,299", "人民币", "微信", "li4", "礼盒"],
        ["2026.11.6", "城市沙龙", "支出", "广告", "200", "CNY", "支付宝", "", "朋友圈广告"],
        ["2026-11-07", "城市沙龙", "income", "课程票", "88", "usd", "other", "", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "ledger.csv", rows, "gbk")
    sheet = ri.read_revenue_sheet(path)
    assert sheet.encoding == "gb18030"
    result = ri.apply_revenue_import(db, ri.plan_revenue_import(db, sheet))
    assert result.imported == 3
    assert [r[:9] for r in stored(db)] == [
        ("2026-11-05", SALON, "income", "product", 129900, "CNY", "wechat_pay", LI, None),
        ("2026-11-06", SALON, "expense", "ads", 20000, "CNY", "alipay", None, None),
        ("2026-11-07", SALON, "income", "course", 8800, "USD", "other", None, None),
    ]
    assert [r[11] for r in stored(db)] == ["礼盒", "朋友圈广告", ""]


BAD_ROWS = [
    ["2026-11-01", "城市沙龙", "门票", "99", "微信支付", "张三", "", "", "ok"],  # row 3
    ["03/11/2026", "不存在的群", "门票", "99", "", "", "", "", ""],  # row 4: day, group
    ["2026-11-02", "城市沙龙", "买菜", "1,29", "刷卡", "", "", "", ""],  # row 5: three fields
    ["2026-11-03", "城市沙龙", "门票", "-5", "", "李四", "", "", ""],  # row 6: amount, member
    ["", "城市沙龙", "门票", "10", "", "王五", "春季沙龙", "无名", ""],  # row 7: four fields
    ["2026-11-04", "VIP会员群", "门票", "20", "", "", "十月沙龙", "", ""],  # row 8: event group
    ["2026-11-05", "城市沙龙", "场地", "300", "现金", "", "十月沙龙", "麦香源", "ok"],  # row 9
]


def test_bad_rows_are_reported_with_sheet_rows_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "bad.csv", [["收支明细"], HEADER, *BAD_ROWS], "utf-8-sig")
    sheet = ri.read_revenue_sheet(path)
    plan = ri.plan_revenue_import(db, sheet)
    found = [(p.row, p.column) for p in plan.problems]
    assert found == [
        (4, "日期"), (4, "群"),
        (5, "类别"), (5, "金额"), (5, "渠道"),
        (6, "金额"), (6, "付款人"),
        (7, "日期"), (7, "付款人"), (7, "活动"), (7, "合伙人"),
        (8, "活动"),
    ]  # fmt: skip
    assert plan.invalid_rows == (4, 5, 6, 7, 8)
    assert [p.row for p in plan.rows] == [3, 9]
    messages = {(p.row, p.column): p.message for p in plan.problems}
    assert "2 members" in messages[(6, "付款人")]
    assert "买菜" in messages[(5, "类别")]
    with pytest.raises(InvalidRowsError) as raised:
        ri.apply_revenue_import(db, plan)
    assert "nothing was imported" in str(raised.value)
    assert stored(db) == []

    result = ri.apply_revenue_import(db, plan, valid_only=True)
    assert (result.imported, result.skipped) == (2, 5)
    assert [(r[0], r[3], r[4]) for r in stored(db)] == [
        ("2026-11-01", "ticket", 9900),
        ("2026-11-05", "venue", 30000),
    ]


def test_cancel_rolls_back_and_a_changed_database_is_refused(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [[f"2026-11-{1 + n % 28:02d}", "城市沙龙", "门票", "10", "", "", "", "", ""]
            for n in range(12)]  # fmt: skip
    path = write_csv(tmp_path / "many.csv", [HEADER, *rows], "utf-8")
    plan = ri.plan_revenue_import(db, ri.read_revenue_sheet(path))
    monkeypatch.setattr(engine, "CHUNK_ROWS", 5)
    calls: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelledError):
        ri.apply_revenue_import(
            db, plan, progress=lambda done, total: calls.append((done, total)),
            cancelled=lambda: len(calls) >= 2,
        )  # fmt: skip
    assert calls == [(5, 12), (10, 12)]  # two chunks were written, then rolled back
    assert stored(db) == []

    revenue.add_entry(db, EntryDraft(D(2026, 11, 1), SALON, "ticket", 100))
    with pytest.raises(ValidationError, match="changed since"):
        ri.apply_revenue_import(db, plan)
    assert len(stored(db)) == 1


def test_mapping_needs_date_category_and_amount(db: Database, tmp_path: Path) -> None:
    # No member-list header here: the revenue headers find the header below the title.
    titled = write_csv(
        tmp_path / "t.csv", [["收支明细"], ["日期", "类别", "金额"], ["2026-11-01", "赞助", "5"]],
        "utf-8",
    )  # fmt: skip
    sheet = ri.read_revenue_sheet(titled)
    assert (sheet.header_row, sheet.headers) == (2, ("日期", "类别", "金额"))
    assert ri.plan_revenue_import(db, sheet).rows[0].values["category"] == "sponsorship"
    path = write_csv(tmp_path / "x.csv", [["日期", "备注"], ["2026-11-01", "x"]], "utf-8")
    sheet = ri.read_revenue_sheet(path)
    with pytest.raises(ValidationError, match="category, amount"):
        ri.plan_revenue_import(db, sheet)
    assert ri.REVENUE_FIELDS.guess(["收款金额(元)", "支付方式", "Category", "?"]) == (
        "amount", "channel", "category", None,
    )  # fmt: skip
