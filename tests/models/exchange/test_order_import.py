"""Order sheets of course and membership platforms through the revenue import target."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import revenue_import as ri
from desktop.models.storage.db import Database
from tests.models.exchange.test_revenue_import import SALON, ZHANG, seed, write_csv

ORDERS = Path(__file__).resolve().parents[2] / "fixtures" / "orders"
XIAOE = ORDERS / "xiaoe_orders_2026-10.xlsx"
YOUZAN = ORDERS / "youzan_orders_2026-10.xlsx"
ZSXQ = ORDERS / "zsxq_income_2026-10.xlsx"


@pytest.fixture
def db(database: Database) -> Database:
    seed(database)
    with database.transaction() as conn:
        conn.execute("UPDATE members SET nickname = '小张' WHERE id = ?", (ZHANG,))
    return database


def plan(db: Database, path: Path, **options: object) -> ri.RevenueImportPlan:
    return ri.plan_revenue_import(db, ri.read_revenue_sheet(path), **options)  # type: ignore[arg-type]


def warnings(result: ri.RevenueImportPlan) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for p in result.problems:
        assert p.severity is engine.Severity.WARNING and p.row is not None
        found.setdefault(p.row, []).append(p.reason())
    return found


def stored(db: Database) -> list[tuple[object, ...]]:
    return db.conn.execute(
        "SELECT day, category, amount_minor, channel, member_id, group_id, note, payment_ref "
        "FROM revenue ORDER BY id"
    ).fetchall()


def test_a_xiaoe_sheet_imports_its_paid_orders_once(db: Database) -> None:
    first = plan(db, XIAOE, group_id=SALON)
    assert [r.row for r in first.rows] == [2, 3, 4, 7]
    assert first.invalid_rows == () and first.skipped_rows == (5, 6)
    assert warnings(first) == {
        3: ["用户昵称: no member has the name, nickname or WeChat ID “路人甲”"],
        4: ["用户昵称: 2 members are called “李四”; use the WeChat ID"],
        5: ["订单状态: refunded order (已退款): not imported"],
        6: ["订单状态: order not paid or completed (待支付): not imported"],
    }
    result = ri.apply_revenue_import(db, first)
    assert (result.imported, result.skipped, result.left_out) == (4, 0, 2)
    course = "《写作训练营》第3期"
    assert stored(db) == [
        # 实收金额 (299), not 订单金额 (399); 支付时间's day; the buyer by nickname
        ("2026-10-03", "course", 29900, "wechat_pay", ZHANG, SALON, course,
         "xiaoe:o_1759492265_a1b2"),
        # a buyer no member matches is kept in the note
        ("2026-10-04", "course", 39900, "wechat_pay", None, SALON, f"{course}；路人甲",
         "xiaoe:o_1759578610_c3d4"),
        ("2026-10-05", "membership", 36500, "wechat_pay", None, SALON, "读书会会员年卡；李四",
         "xiaoe:o_1759665011_e5f6"),
        # by WeChat ID; 余额 is another channel
        ("2026-10-08", "course", 29900, "other", ZHANG, SALON, course,
         "xiaoe:o_1759924200_k1l2"),
    ]  # fmt: skip
    again = plan(db, XIAOE, group_id=SALON)
    assert again.rows == () and again.skipped_rows == (2, 3, 4, 5, 6, 7)
    assert warnings(again)[2] == ["订单号: order o_1759492265_a1b2 is in the ledger already"]
    with pytest.raises(ValidationError, match="nothing to import"):
        ri.apply_revenue_import(db, again)
    assert len(stored(db)) == 4


def test_a_youzan_sheet_imports_its_successful_trades(db: Database) -> None:
    first = plan(db, YOUZAN)
    assert [r.row for r in first.rows] == [2, 5] and first.skipped_rows == (3, 4)
    ri.apply_revenue_import(db, first)
    assert stored(db) == [
        ("2026-10-11", "offline_ticket", 9800, "wechat_pay", ZHANG, None,
         "《城市沙龙》十月场 门票；带一位朋友", "youzan:E20261011093012345678901"),
        ("2026-10-14", "course", 19900, "wechat_pay", None, None, "《写作课》录播；墨白",
         "youzan:E20261014080800000000004"),
    ]  # fmt: skip
    assert plan(db, YOUZAN).rows == ()


def test_a_zsxq_income_sheet_is_membership_fees(db: Database) -> None:
    ri.apply_revenue_import(db, plan(db, ZSXQ))
    rows = db.conn.execute(
        "SELECT kind, category, amount_minor, member_id, payment_ref FROM revenue ORDER BY id"
    ).fetchall()
    assert rows == [
        ("income", "membership", 19900, ZHANG, "zsxq:22811458521"),
        ("income", "membership", 15900, None, "zsxq:22811458522"),
    ]


def test_an_order_twice_in_one_file_is_imported_once(db: Database, tmp_path: Path) -> None:
    rows = [
        ["订单号", "商品名称", "实付金额", "支付时间"],
        ["A-1", "写作课", "99", "2026-10-01 10:00"],
        ["A-1", "写作课", "99", "2026-10-01 10:00"],
        ["A-2", "写作课", "99", "2026-10-02 10:00"],
    ]
    result = plan(db, write_csv(tmp_path / "o.csv", rows, "utf-8"))
    assert [r.row for r in result.rows] == [2, 4] and result.skipped_rows == (3,)
    assert warnings(result) == {3: ["订单号: order A-1 is in row 2 already"]}
    assert [r.values["payment_ref"] for r in result.rows] == ["order:A-1", "order:A-2"]


def test_a_ledger_without_orders_still_needs_its_category(db: Database, tmp_path: Path) -> None:
    # no order or item column: rows are ledger lines, a category column is required and
    # an unknown member is an error, not a note
    path = write_csv(
        tmp_path / "l.csv", [["日期", "金额", "成员"], ["2026-10-01", "9", "无名"]], "utf-8"
    )
    with pytest.raises(ValidationError, match="category"):
        plan(db, path)
    path = write_csv(
        tmp_path / "m.csv", [["日期", "类别", "金额", "成员"], ["2026-10-01", "门票", "9", "无名"]],
        "utf-8",
    )  # fmt: skip
    result = plan(db, path)
    assert result.invalid_rows == (2,) and result.rows == ()
    assert result.errors[0].message == "no member has the name, nickname or WeChat ID “无名”"


def test_order_refs_name_their_platform() -> None:
    assert ri.order_ref("o_17_ab") == "xiaoe:o_17_ab"
    assert ri.order_ref("E20261011093012345678901") == "youzan:E20261011093012345678901"
    assert ri.order_ref("E2026") == "order:E2026"  # too short for 有赞's numbers
    assert ri.order_ref("123", ("订单号", "千聊课程")) == "qianliao:123"
    assert ri.order_ref("123", ("订单号",)) == "order:123"
    assert ri.order_category("读书会年卡") == "membership"
    assert ri.order_category("十月沙龙门票") == "offline_ticket"
    assert ri.order_category("写作课") == "course"
    assert ri.order_category("", ("星球名称",)) == "membership"
