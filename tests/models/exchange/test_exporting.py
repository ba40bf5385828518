"""The Excel export: round trip, formula safety, masking, partner scope, cancel and failure."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from desktop.models.exchange import export_sheets, exporting
from desktop.models.exchange.contact_scan import Masker
from desktop.models.exchange.export_text import describe_rule, display_width
from desktop.models.exchange.exporting import (
    ExportCancelledError,
    ExportError,
    ExportOptions,
    export_workbook,
)
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.members import create_member, join_group
from desktop.models.revenue.partners import list_partners, shares_of
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)
WIDE = {"start": dt.date(2000, 1, 1), "end": dt.date(2030, 12, 31), "today": TODAY}


def _sheets(path: Path) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        }


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".part" in p.name or p.suffix == ".xlsx")


@pytest.fixture(scope="module")
def full_export(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo exported once in Chinese over a wide range (shared by the read-only tests)."""
    db = Database.open(demo_template)
    try:
        out = tmp_path_factory.mktemp("export") / "全部.xlsx"
        export_workbook(db, out, ExportOptions(**WIDE))  # type: ignore[arg-type]
    finally:
        db.close()
    return out


def test_round_trip_members_events_revenue(full_export: Path, demo_template: Path) -> None:
    db = Database.open(demo_template)
    sheets = _sheets(full_export)
    try:
        assert list(sheets) == [
            "概览",
            "社群",
            "成员",
            "角色",
            "活动",
            "出席",
            "活跃度",
            "收入",
            "目标",
        ]
        members = sheets["成员"]
        assert members[0][:6] == ["编号", "姓名", "昵称", "微信号", "手机", "邮箱"]
        by_id = {int(row[0]): row for row in members[1:]}
        stored = db.conn.execute(
            "SELECT id, name, nickname, wechat_id, phone, email, notes FROM members"
        ).fetchall()
        assert len(by_id) == len(stored) == 300
        for mid, name, nick, wx, phone, email, notes in stored:
            row = by_id[mid]
            assert row[1:6] == [name, nick, wx, phone, email]
            assert row[13] == notes
        joined = [row[8] for row in members[1:] if row[8] != ""]
        assert joined and all(isinstance(day, dt.date) for day in joined)

        events = sheets["活动"]
        titles = {row[1] for row in events[1:-2]}
        stored_titles = {t for (t,) in db.conn.execute("SELECT title FROM events")}
        assert titles == stored_titles
        assert all(isinstance(row[3], dt.datetime) for row in events[1:-2])
        # the totals below a blank row, outside the table's filter
        assert set(events[-2]) == {""} and events[-1][0] == "合计"
        assert (
            f'<autoFilter ref="A1:L{len(events) - 2}"/>'
            in _xml(full_export)["xl/worksheets/sheet5.xml"]
        )

        revenue = sheets["收入"]
        data = [row for row in revenue[1:] if isinstance(row[0], dt.date)]
        assert len(data) == db.conn.execute("SELECT count(*) FROM revenue").fetchone()[0]
        sums: dict[tuple[str, str], Decimal] = {}
        for row in data:
            kind = "expense" if row[2] == "支出" else "income"
            key = (kind, row[5])
            sums[key] = sums.get(key, Decimal(0)) + Decimal(repr(row[4]))
        for kind, currency, minor in db.conn.execute(
            "SELECT kind, currency, sum(amount_minor) FROM revenue GROUP BY 1, 2"
        ):
            assert sums[(kind, currency)] == Decimal(minor) / 100
        totals = [row[0] for row in revenue if str(row[0]).startswith("合计")]
        assert "合计 直接收入（CNY）" in totals and "合计 净额（CNY）" in totals
        sheet = _xml(full_export)["xl/worksheets/sheet8.xml"]
        assert "<f>SUMIFS($E$2:$E$" in sheet.replace("&quot;", '"')

        attendance = sheets["出席"]
        assert (
            len(attendance) - 1 == db.conn.execute("SELECT count(*) FROM attendance").fetchone()[0]
        )
    finally:
        db.close()


def test_presentation_frozen_header_filter_formats_properties(full_export: Path) -> None:
    xml = _xml(full_export)
    members = xml["xl/worksheets/sheet3.xml"]
    assert '<pane ySplit="1"' in members and 'topLeftCell="A2"' in members
    assert '<autoFilter ref="A1:N301"' in members
    assert 'customWidth="1"' in members
    assert '<tabColor rgb="FF548235"/>' in members
    styles = xml["xl/styles.xml"]
    assert "yyyy-mm-dd" in styles and "¥" in styles
    assert '<b val="1"' in styles or "<b/>" in styles
    core = xml["docProps/core.xml"]
    assert "群台导出" in core and "<dcterms:created" in core
    charts = [v for k, v in xml.items() if "charts/chart" in k]
    assert len(charts) == 2 and all("<c:barChart>" in c for c in charts)


def test_formula_like_text_is_literal_and_only_totals_are_formulas(
    demo_db: Database, tmp_path: Path
) -> None:
    evil = ['=HYPERLINK("http://x","y")', "+SUM(1,2)", "-2+3", "@cmd", "=1+1"]
    # XlsxWriter writes "<r>…</r>" into the sheet's XML as it is: it must show as text
    evil += ['<r></t></is></c><c r="Z1"><f>HYPERLINK("x")</f></c><c r="Y1"><is><t>x</r>']
    evil += ["<r>a & b _x0041_</r>"]
    for name in evil:
        mid = create_member(demo_db, MemberDraft(name=name, notes=name), today=TODAY)
        join_group(demo_db, mid, 1, on=TODAY)
    # Tabs and carriage returns are trimmed on entry, so these come in through SQL.
    with demo_db.transaction() as conn:
        for name in ("\tTAB", "\rCR"):
            mid = conn.execute(
                "INSERT INTO members (name, notes, created_at) VALUES (?, ?, ?)",
                (name, name, "2026-11-23T00:00:00"),
            ).lastrowid
            conn.execute(
                "INSERT INTO memberships (member_id, group_id, joined_on) VALUES (?, 1, ?)",
                (mid, "2026-11-23"),
            )
        evil += ["\tTAB", "\rCR"]
    out = tmp_path / "evil.xlsx"
    sheets = ("summary", "groups", "members", "revenue")
    export_workbook(demo_db, out, ExportOptions(sheets=sheets, **WIDE))  # type: ignore[arg-type]
    members = _sheets(out)["成员"]
    names = {row[1] for row in members[1:]}
    notes = {row[13] for row in members[1:]}
    for name in evil:
        # XML reads a bare carriage return back as a line feed; either way it is text
        assert {name, name.replace("\r", "\n")} & names
        assert {name, name.replace("\r", "\n")} & notes
    formulas = []
    for part, text in _xml(out).items():
        found = re.findall(r"<f>(.*?)</f>", text)
        if part.startswith("xl/worksheets/"):
            formulas += found  # only the totals written on purpose
        else:
            assert part.startswith("xl/charts/") or not found, part
            assert all(re.fullmatch(r"'概览'!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?", f) for f in found)
    assert formulas
    for formula in formulas:
        assert re.fullmatch(r"(SUM|SUMIFS)\(.*\)|E\d+\+E\d+-E\d+", formula), formula
    assert "HYPERLINK" not in "".join(formulas)


def test_masked_export_contains_no_contact(demo_db: Database, tmp_path: Path) -> None:
    mid = create_member(
        demo_db,
        MemberDraft(
            name="王小明",
            wechat_id="wangxm_2026",
            phone="13912345678",
            email="wangxm@example.com",
            notes="备用手机 139-8765-4321，邮箱 backup.wang@example.org，微信 lin_xiaolan",
        ),
        today=TODAY,
    )
    join_group(demo_db, mid, 1, on=TODAY)
    out = tmp_path / "masked.xlsx"
    export_workbook(demo_db, out, ExportOptions(mask_contacts=True, **WIDE))  # type: ignore[arg-type]
    secrets = {"13987654321", "139-8765-4321", "backup.wang@example.org"}
    for wx, phone, email in demo_db.conn.execute("SELECT wechat_id, phone, email FROM members"):
        secrets |= {s for s in (phone, email) if s}
        if len(wx) >= 5:
            secrets.add(wx)
    # Every run of characters a contact is made of, in the raw XML (inline and shared
    # strings, properties, charts) and in every cell as a reader sees it.
    token = re.compile(r"[A-Za-z0-9_.@+\-]+")
    xml_tokens = set(token.findall("\n".join(_xml(out).values())))
    cells = "\n".join(str(c) for rows in _sheets(out).values() for row in rows for c in row)
    cell_tokens = set(token.findall(cells))
    assert sorted(secrets & xml_tokens) == []
    assert sorted(secrets & cell_tokens) == []
    digits = {t for t in re.findall(r"\d{11,}", cells)}
    assert not digits & secrets
    row = next(r for r in _sheets(out)["成员"] if r[1] == "王小明")
    assert row[3:6] == ["w***", "139*****78", "w***@***.com"]
    assert "139*****21" in row[13] and "b***@***.org" in row[13] and "l***" in row[13]


def test_partner_export_holds_only_its_groups_and_range(demo_db: Database, tmp_path: Path) -> None:
    partner = next(p for p in list_partners(demo_db) if shares_of(demo_db, p.id))
    groups = {s.group_name for s in shares_of(demo_db, partner.id)}
    start, end = dt.date(2026, 1, 1), dt.date(2026, 6, 30)
    out = tmp_path / "partner.xlsx"
    result = export_workbook(
        demo_db,
        out,
        ExportOptions(
            partner_id=partner.id, start=start, end=end, lang="en", mask_contacts=True, today=TODAY
        ),
    )
    sheets = _sheets(out)
    assert list(sheets) == ["Partner statement", "Entries", "Figures by month"]
    assert result.rows["partner_statement"] >= 1
    entries = [row for row in sheets["Entries"][1:] if isinstance(row[0], dt.date)]
    assert entries and all(start <= row[0] <= end and row[1] in groups for row in entries)
    assert {row[1] for row in sheets["Figures by month"][1:] if row[1]} == groups
    statement = sheets["Partner statement"]
    head = next(i for i, row in enumerate(statement) if row[0] == "By group")
    assert statement[head + 1][:3] == ["Group", "Currency", "Share"]
    lines = statement[head + 2 : head + 2 + len(groups)]
    assert {row[0] for row in lines if row[1] == "CNY"} == groups


def test_english_and_chinese_names_and_labels(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "en.xlsx"
    export_workbook(
        demo_db,
        out,
        ExportOptions(lang="en", sheets=("members", "revenue"), **WIDE),  # type: ignore[arg-type]
    )
    sheets = _sheets(out)
    assert list(sheets) == ["Members", "Revenue"]
    assert sheets["Members"][0][1] == "Name"
    assert {row[2] for row in sheets["Revenue"][1:] if row[2]} >= {"Direct income", "Expense"}


def test_owner_vocabulary_wins(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as conn:
        conn.execute(
            "INSERT INTO vocabulary (domain, code, label_zh, label_en) "
            "VALUES ('role', 'follower', '潜水员', 'Lurker')"
        )
    out = tmp_path / "vocab.xlsx"
    export_workbook(demo_db, out, ExportOptions(sheets=("roles",), **WIDE))  # type: ignore[arg-type]
    roles = {row[3] for row in _sheets(out)["角色"][1:]}
    assert "潜水员" in roles and "追随者" not in roles


def test_cancel_leaves_no_file(demo_db: Database, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(exporting, "REPORT_EVERY", 50)
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) > 3

    out = tmp_path / "cancel.xlsx"
    with pytest.raises(ExportCancelledError):
        export_workbook(
            demo_db,
            out,
            ExportOptions(**WIDE),
            lambda d, t: seen.append(d),
            cancelled,  # type: ignore[arg-type]
        )
    assert _leftovers(tmp_path) == []


def test_failure_and_locked_target_leave_old_file(
    demo_db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    out = tmp_path / "locked.xlsx"
    out.write_bytes(b"old")

    def locked(_src: Any, _dst: Any) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(exporting.os, "replace", locked)
    with pytest.raises(ExportError, match="open in another program"):
        export_workbook(demo_db, out, ExportOptions(sheets=("groups",), **WIDE))  # type: ignore[arg-type]
    assert out.read_bytes() == b"old"
    assert _leftovers(tmp_path) == ["locked.xlsx"]
    monkeypatch.undo()

    def broken(run: Any) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(export_sheets, "write_roles", broken)
    with pytest.raises(RuntimeError):
        export_workbook(demo_db, tmp_path / "new.xlsx", ExportOptions(**WIDE))  # type: ignore[arg-type]
    assert _leftovers(tmp_path) == ["locked.xlsx"]


def test_unknown_partner_and_bad_options(demo_db: Database, tmp_path: Path) -> None:
    from desktop.models.core.errors import ValidationError

    with pytest.raises(ValidationError, match="partner"):
        export_workbook(demo_db, tmp_path / "x.xlsx", ExportOptions(partner_id=999))
    with pytest.raises(ValidationError, match="lang"):
        export_workbook(demo_db, tmp_path / "x.xlsx", ExportOptions(lang="fr"))
    with pytest.raises(ExportError, match="does not exist"):
        export_workbook(demo_db, tmp_path / "no" / "x.xlsx", ExportOptions())
    assert _leftovers(tmp_path) == []


def test_text_helpers() -> None:
    assert describe_rule("FREQ=WEEKLY;BYDAY=TU,FR", "zh_CN") == "每周二、五"
    assert describe_rule("FREQ=MONTHLY;BYDAY=2SA", "en") == "Monthly on 2nd Sat"
    assert describe_rule("FREQ=DAILY;COUNT=21", "zh_CN") == "每天，共21次"
    assert describe_rule(None, "en") == ""
    assert display_width("群台ab") == 6
    masker = Masker(["abc_123"])
    assert masker.scrub("call +86 138 1234 5678 or abc_123") == "call +86 138*****78 or a***"


def test_summary_goals_table_shows_status_and_days_with_data(
    database: Database, tmp_path: Path
) -> None:
    with database.transaction() as conn:
        conn.execute("INSERT INTO groups (id, name, created_on) VALUES (1, '读书会', '2026-01-01')")
        conn.executemany(
            "INSERT INTO goals (group_id, metric, period, min_value, max_value, effective_from) "
            "VALUES (1, ?, ?, ?, ?, ?)",
            [
                ("new_members", "week", 2, None, "2026-11-04"),
                ("messages_per_day", "week", 10, 20, "2026-01-01"),
                ("revenue", "month", 1000, None, "2026-12-01"),
            ],
        )
        for n, day in enumerate(("2026-10-20", "2026-11-05", "2026-11-10"), start=1):
            conn.execute(
                "INSERT INTO members (id, name, created_at) VALUES (?, ?, '2026-01-01T00:00:00')",
                (n, f"m{n}"),
            )
            conn.execute(
                "INSERT INTO memberships (member_id, group_id, joined_on) VALUES (?, 1, ?)",
                (n, day),
            )
        conn.executemany(
            "INSERT INTO activity_daily (group_id, day, messages) VALUES (1, ?, 12)",
            [(f"2026-10-{d:02d}",) for d in range(1, 21)],
        )
    out = tmp_path / "summary.xlsx"
    options = ExportOptions(
        start=dt.date(2026, 10, 1), end=dt.date(2026, 11, 30), today=TODAY, sheets=("summary",)
    )
    export_workbook(database, out, options)
    rows = _sheets(out)["概览"]
    head = next(n for n, row in enumerate(rows) if row[:1] == ["目标与实际"]) + 1
    assert rows[head][:9] == [
        "社群", "指标", "周期", "目标下限", "目标上限", "实际", "结果", "有数据天数", "评估天数",
    ]  # fmt: skip
    table = [row[:9] for row in rows[head + 1 : head + 4]]
    # new members from Wednesday 4 November to today (20 days): 1 + 2 + 2 + 0 (2 × 1/7) = 5
    # messages: 20 of the 54 days from 1 October to 23 November have data, under half
    assert table == [
        ["读书会", "新成员", "每周", 5, "", 2, "进行中", "", 20],
        ["读书会", "日均消息数", "每周", 10, 20, 12, "数据不足", 20, 54],
        ["读书会", "收入", "每月", "", "", 0, "未设目标", "", 0],
    ]


def test_a_table_longer_than_a_sheet_is_refused_and_leaves_nothing(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.models.exchange import workbook

    options = ExportOptions(sheets=("members",), **WIDE)  # type: ignore[arg-type]
    members = demo_db.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    assert members == 300
    # a sheet of `limit` rows holds the header and limit − 1 members
    monkeypatch.setattr(workbook, "EXCEL_MAX_ROWS", members + 1)
    export_workbook(demo_db, tmp_path / "fits.xlsx", options)
    assert len(_sheets(tmp_path / "fits.xlsx")["成员"]) == members + 1
    monkeypatch.setattr(workbook, "EXCEL_MAX_ROWS", members)
    with pytest.raises(ExportError, match="more rows than Excel allows"):
        export_workbook(demo_db, tmp_path / "long.xlsx", options)
    assert _leftovers(tmp_path) == ["fits.xlsx"]
