"""A partner's workbook: the statement first, as values a phone shows; no roster unless added."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from desktop.models.core.errors import ValidationError
from desktop.models.exchange.export_text import mask_name
from desktop.models.exchange.exporting import ExportOptions, export_workbook
from desktop.models.revenue import partners, payouts
from desktop.models.revenue.payouts import PayoutDraft
from desktop.models.storage.db import Database
from tests.models.revenue.test_revenue import SALON, build_ledger

D = dt.date
TODAY = D(2026, 11, 23)
DEFAULT_SHEETS = ["合作方结算", "分成明细", "月度汇总"]
CO_ORGANISER = 1  # the demo's 王建华: 30% of the salon's net, 20% of another group's


def _sheets(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet as a non-recalculating reader (a phone preview) sees it."""
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _cells(sheets: dict[str, list[list[Any]]]) -> list[str]:
    return [str(c) for rows in sheets.values() for row in rows for c in row if c != ""]


def _export(db: Database, out: Path, **options: Any) -> dict[str, list[list[Any]]]:
    export_workbook(db, out, ExportOptions(partner_id=CO_ORGANISER, today=TODAY, **options))
    return _sheets(out)


@pytest.fixture
def ledger(database: Database) -> Database:
    """Partner 1 takes 33.33% of the salon's net; payouts on both sides of the range."""
    build_ledger(database)
    partners.set_share(database, 1, SALON, 3333)
    for draft in (
        PayoutDraft(D(2026, 9, 30), 1000, method="cash"),  # the day before: not in it
        PayoutDraft(D(2026, 10, 31), 4000, note="十月分成"),
        PayoutDraft(D(2026, 11, 30), 30000, method="wechat"),  # the last day: in it
        PayoutDraft(D(2026, 12, 1), 5000),  # the day after: not in it
        PayoutDraft(D(2026, 11, 10), 100, "USD", "alipay"),
    ):
        payouts.add_payout(database, 1, draft)
    return database


def test_first_sheet_is_the_statement_with_owed_paid_and_balance_as_values(
    ledger: Database, tmp_path: Path
) -> None:
    out = tmp_path / "partner.xlsx"
    sheets = _export(ledger, out, start=D(2026, 10, 1), end=D(2026, 11, 30), lang="en")
    assert list(sheets) == ["Partner statement", "Entries", "Figures by month"]
    statement = sheets["Partner statement"]
    assert statement[0][0] == "Statement for 联合主办"
    assert statement[1][:2] == ["Period", "2026-10-01 – 2026-11-30"]
    head = next(i for i, row in enumerate(statement) if row[0] == "This period")
    assert statement[head + 1][:7] == [
        "Currency", "Owed", "Paid", "Balance", "Owed to date", "Paid to date", "Balance to date"
    ]  # fmt: skip
    # (9900 + 9900 + 100000 − 5000) × 33.33% = 38262.84 → 382.63 owed; paid 40.00 + 300.00;
    # to date adds the 10.00 of 30 September: 382.63 − 350.00
    assert statement[head + 2][:7] == ["CNY", 382.63, 340.0, 42.63, 382.63, 350.0, 32.63]
    assert statement[head + 3][:7] == ["USD", 0.0, 1.0, -1.0, 0.0, 1.0, -1.0]
    payouts_at = next(i for i, row in enumerate(statement) if row[0] == "Payouts in this period")
    assert [row[:5] for row in statement[payouts_at + 2 : payouts_at + 5]] == [
        [D(2026, 10, 31), "Bank transfer", 40.0, "CNY", "十月分成"],
        [D(2026, 11, 10), "Alipay", 1.0, "USD", ""],
        [D(2026, 11, 30), "WeChat Pay", 300.0, "CNY", ""],
    ]
    # no formula anywhere on the statement: a reader that does not recalculate shows it all
    with zipfile.ZipFile(out) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
    entries = sheets["Entries"]
    assert entries[0] == ["Date", "Group", "Kind", "Category", "Amount", "Currency",
                          "Channel", "Event"]  # fmt: skip
    assert [(row[0], row[4]) for row in entries[1:]] == [
        (D(2026, 10, 9), 50.0),
        (D(2026, 10, 10), 99.0),
        (D(2026, 10, 10), 99.0),
        (D(2026, 11, 2), 1000.0),
    ]
    figures = sheets["Figures by month"]
    assert figures[1:3] == [
        ["2026-10", "城市沙龙", "CNY", 198.0, 50.0, 148.0],
        ["2026-11", "城市沙龙", "CNY", 1000.0, 0.0, 1000.0],
    ]
    assert figures[-1] == ["Total", "", "CNY", 1198.0, 50.0, 1148.0]


def test_no_payouts_says_so(ledger: Database, tmp_path: Path) -> None:
    sheets = _export(ledger, tmp_path / "p.xlsx", start=D(2026, 8, 1), end=D(2026, 8, 31))
    statement = sheets["合作方结算"]
    assert ["本期没有付款记录"] == [row[0] for row in statement if row[0] == "本期没有付款记录"]
    head = next(i for i, row in enumerate(statement) if row[0] == "本期结算")
    assert statement[head + 2][:4] == ["CNY", 0.0, 0.0, 0.0]


def _people(db: Database) -> tuple[set[str], set[str], set[str]]:
    names, nicks, notes = set(), set(), set()
    for name, nick, note in db.conn.execute("SELECT name, nickname, notes FROM members"):
        names.add(name)
        nicks |= {nick} if nick else set()
        notes |= {note} if note else set()
    return names, nicks, notes


def test_the_default_partner_workbook_holds_no_roster(demo_db: Database, tmp_path: Path) -> None:
    sheets = _export(demo_db, tmp_path / "p.xlsx", start=D(2026, 1, 1), end=TODAY)
    assert list(sheets) == DEFAULT_SHEETS
    names, nicks, notes = _people(demo_db)
    assert len(names) > 100 and nicks and notes
    cells = _cells(sheets)
    assert [c for c in cells if c in names | nicks | notes] == []
    # nor inside a longer cell (every name of two characters or more, every note)
    text = "\n".join(cells)
    assert [n for n in names | nicks | notes if len(n) >= 2 and n in text] == []
    assert sheets["分成明细"][0][-1] == "活动"  # no payer, no note column


def test_members_added_are_masked_unless_unmasked(demo_db: Database, tmp_path: Path) -> None:
    names, nicks, notes = _people(demo_db)
    span = {"start": D(2026, 1, 1), "end": TODAY}
    sheets = _export(demo_db, tmp_path / "m.xlsx", include_members=True, **span)
    assert list(sheets) == [*DEFAULT_SHEETS, "成员名单"]
    members = sheets["成员名单"]
    assert members[0] == ["姓名", "所在社群", "角色", "首次入群", "会费到期", "状态"]
    assert len(members) > 10
    assert all(row[0].endswith("**") and len(row[0]) <= 3 for row in members[1:])
    assert not set(_cells(sheets)) & (names | nicks | notes)
    payers = {row[8] for row in sheets["分成明细"][1:] if row[8]}
    assert payers and all(p.endswith("**") for p in payers)

    sheets = _export(
        demo_db, tmp_path / "n.xlsx", include_members=True, include_nicknames=True,
        include_notes=True, **span,
    )  # fmt: skip
    members = sheets["成员名单"]
    assert members[0] == [
        "姓名",
        "昵称",
        "所在社群",
        "角色",
        "首次入群",
        "会费到期",
        "状态",
        "备注",
    ]
    shown_nicks = {row[1] for row in members[1:] if row[1]}
    assert shown_nicks and all(n.endswith("**") for n in shown_nicks)
    assert {row[7] for row in members[1:]} & notes  # notes in full
    assert not {row[0] for row in members[1:]} & names

    sheets = _export(
        demo_db, tmp_path / "u.xlsx", include_members=True, include_nicknames=True,
        unmask_names=True, **span,
    )  # fmt: skip
    members = sheets["成员名单"]
    assert len(members) > 10 and all(row[0] in names for row in members[1:])
    assert {row[1] for row in members[1:] if row[1]} <= nicks
    assert "备注" not in members[0]


def test_nicknames_need_the_members(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        _export(demo_db, tmp_path / "x.xlsx", include_nicknames=True)
    assert caught.value.field == "nicknames"
    assert not (tmp_path / "x.xlsx").exists()


def test_names_are_masked_to_a_fixed_width() -> None:
    assert [mask_name(n) for n in ("王小明", "Lily Chen", "李四", "王", " ", "")] == [
        "王**", "L**", "李**", "**", "", ""
    ]  # fmt: skip
