"""`qundesk import payments FILE [--group NAME] [--expenses]`: what it prints and writes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.revenue import payments
from desktop.models.storage.db import Database
from tests.cli.test_cli import _one_line_error, qundesk

FIXTURES = Path(__file__).parents[1] / "fixtures" / "payments"


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "owner.sqlite"
    db = Database.open(path)
    try:
        club = create_group(db, GroupDraft(name="读书会"), today=dt.date(2025, 1, 1))
        create_group(db, GroupDraft(name="沙龙"), today=dt.date(2025, 1, 1))
        payments.save_rule(db, "item", "读书会", club, "membership")
    finally:
        db.close()
    return path


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_imports_income_applies_rules_and_adds_nothing_the_second_time(
    tmp_path: Path, data_dir: Path
) -> None:
    db = _database(tmp_path)
    bill = FIXTURES / "wechat_2025-06.xlsx"
    done = qundesk("--db", db, "import", "payments", bill, "--group", "沙龙", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "wechat_2025-06.xlsx: WeChat Pay bill, 9 lines" in out
    assert "imported: 6 (5 income, 0 expenses, 1 refunds)" in out
    assert "+ 2025-06-01 299.00 林小雨 读书会年费" in out
    assert "skipped: 3" in out
    assert "1 × an expense: imported only when asked for" in out
    assert "1 × not completed (对方已退还)" in out
    rows = _rows(
        db,
        "SELECT g.name, r.category, r.amount_minor, r.payment_ref FROM revenue r "
        "JOIN groups g ON g.id = r.group_id ORDER BY r.id",
    )
    assert rows[0] == ("读书会", "membership", 29900, "100001")  # the rule's group
    assert ("沙龙", "other_income", 8800, "100003") in rows  # no rule: the given group
    assert _rows(db, "SELECT sum(amount_minor) FROM revenue") == [
        (29900 * 3 + 8800 + 888 - 29900,)
    ]  # the refund nets
    again = qundesk(
        "--db", db, "import", "payments", bill, "--group", "沙龙", "--expenses", data_dir=data_dir
    )
    assert again.returncode == 0, again.stderr
    assert "imported: 1 (0 income, 1 expenses, 0 refunds)" in again.stdout
    assert "6 × already imported" in again.stdout
    third = qundesk("--db", db, "import", "payments", bill, "--expenses", data_dir=data_dir)
    assert "imported: 0 (0 income, 0 expenses, 0 refunds)" in third.stdout
    assert len(_rows(db, "SELECT id FROM revenue")) == 7


def test_refuses_what_is_not_a_bill_and_an_unknown_group(tmp_path: Path, data_dir: Path) -> None:
    db = _database(tmp_path)
    other = tmp_path / "roster.csv"
    other.write_text("姓名,电话\n张三,138\n", encoding="utf-8")
    refused = qundesk("--db", db, "import", "payments", other, data_dir=data_dir)
    assert "not a WeChat Pay or Alipay bill" in _one_line_error(refused)
    bill = FIXTURES / "alipay_2025-06.csv"
    unknown = qundesk(
        "--db", db, "import", "payments", bill, "--group", "无此群", data_dir=data_dir
    )
    assert "无此群" in _one_line_error(unknown)
    assert _rows(db, "SELECT count(*) FROM revenue") == [(0,)]
    fresh = tmp_path / "new" / "none.sqlite"
    qundesk("--db", fresh, "import", "payments", other, data_dir=data_dir)
    assert not fresh.exists()  # a bad file leaves no new database behind
