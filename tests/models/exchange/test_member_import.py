"""Importing members from spreadsheets: reading, mapping, checking every row, writing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.core.codes import Role
from desktop.models.core.errors import DataError, QunDeskError, ValidationError
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import member_cells, sheet_files, sheets
from desktop.models.exchange import member_import as imp
from desktop.models.exchange.import_engine import Severity
from desktop.models.exchange.sheet_files import SpreadsheetError
from desktop.models.members import members as m
from desktop.models.members import referrals
from desktop.models.members.drafts import MemberDraft
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)
SHEETS = Path(__file__).resolve().parents[2] / "fixtures" / "sheets"
D = dt.date.fromisoformat


# ---- helpers ----------------------------------------------------------------------------


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8") -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for values in rows:
        ws.append(values)
    wb.save(path)
    return path


def plan(db: Database, path: Path, **options: object) -> imp.ImportPlan:
    return imp.plan_import(db, imp.read_sheet(path), today=TODAY, **options)  # type: ignore[arg-type]


def add_group(db: Database, name: str) -> int:
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO groups (name, created_on) VALUES (?, '2020-01-01')", (name,)
        )
        return int(cursor.lastrowid or 0)


def member_rows(db: Database) -> dict[str, tuple[object, ...]]:
    """Every member by name: (phone, wechat, email, referrer name, referrer text, tags)."""
    rows = db.conn.execute(
        """
        SELECT m.name, m.phone, m.wechat_id, m.email, r.name, m.referrer_text,
               coalesce((SELECT group_concat(tag, ',') FROM
                         (SELECT tag FROM member_tags t WHERE t.member_id = m.id ORDER BY tag)),
                        '')
        FROM members m LEFT JOIN members r ON r.id = m.referrer_id
        """
    ).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


def memberships(db: Database) -> set[tuple[str, str, str, str, str | None]]:
    """(member, group, joined, role, paid until) of every membership and its first role."""
    rows = db.conn.execute(
        """
        SELECT m.name, g.name, s.joined_on, r.role, s.paid_until
        FROM memberships s JOIN members m ON m.id = s.member_id
        JOIN groups g ON g.id = s.group_id
        JOIN role_history r ON r.membership_id = s.id AND r.since = s.joined_on
        """
    ).fetchall()
    return {tuple(row) for row in rows}  # type: ignore[misc]


def problem_rows(the_plan: imp.ImportPlan, severity: Severity = Severity.ERROR) -> set[int | None]:
    return {p.row for p in the_plan.problems if p.severity is severity}


# ---- reading ----------------------------------------------------------------------------


def test_title_rows_and_blank_rows_above_the_header() -> None:
    sheet = imp.read_sheet(SHEETS / "title_rows.xlsx")
    assert (sheet.kind, sheet.sheet_name, sheet.sheet_names) == ("xlsx", "成员名单", ("成员名单",))
    assert sheet.header_row == 5
    assert sheet.headers[:3] == ("序号", "姓名", "昵称")
    # Row 8 is blank in the sheet: the numbers are Excel's, blank rows are left out.
    assert [r.number for r in sheet.rows] == [6, 7, 9, 10]
    assert imp.MEMBER_FIELDS.guess(sheet.headers) == (
        None, "name", "nickname", "wechat_id", "phone", "email", "joined", "group", "role",
        "referrer", "tags", "notes",
    )  # fmt: skip


def test_gbk_csv_is_detected(database: Database) -> None:
    sheet = imp.read_sheet(SHEETS / "gbk.csv")
    assert (sheet.kind, sheet.encoding, sheet.header_row) == ("csv", "gb18030", 1)
    assert sheet.headers[0] == "姓名" and sheet.rows[0].cells[0] == "刘德华"
    result = imp.apply_import(database, plan(database, SHEETS / "gbk.csv"), create_groups=True)
    assert result.imported == 3 and result.groups_created == ("影迷会",)
    rows = member_rows(database)
    assert rows["张学友"][:2] == ("13911113333", "jacky")  # full-width digits folded
    assert rows["张学友"][3] == "刘德华"  # referrer by name
    assert rows["郭富城"][0] == "13911114444"  # +86 dropped
    assert rows["郭富城"][3] == "刘德华"  # referrer by WeChat ID
    assert ("刘德华", "影迷会", "2024-03-05", "founder", None) in memberships(database)
    assert ("郭富城", "影迷会", "2024-03-07", "follower", None) in memberships(database)


def test_utf8_bom_csv_is_detected(database: Database) -> None:
    sheet = imp.read_sheet(SHEETS / "bom.csv")
    assert sheet.encoding == "utf-8-sig" and sheet.headers[0] == "Name"  # no BOM in the name
    imp.apply_import(database, imp.plan_import(database, sheet, today=TODAY), create_groups=True)
    rows = member_rows(database)
    assert rows["陈奕迅"] == (
        "13822223333",
        "eason_chan",
        "eason@example.com",
        None,
        "",
        "HK,singer",
    )
    assert rows["Faye Wong"][0] == "+85291234567"
    assert memberships(database) == {
        ("陈奕迅", "Music Club", "2024-02-01", "leader", None),
        ("Faye Wong", "Music Club", "2024-02-02", "founder", None),
    }


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030")],
)
def test_csv_encodings(tmp_path: Path, encoding: str, expected: str) -> None:
    # GBK cannot hold 𠮷 or ☕; GB18030 and UTF-8 can.
    notes = "好" if encoding == "gbk" else "𠮷 and ☕"
    path = write_csv(tmp_path / "m.csv", [["姓名", "备注"], ["曾小贤", notes]], encoding)
    sheet = imp.read_sheet(path)
    assert sheet.encoding == expected and sheet.rows[0].cells == ["曾小贤", notes]


def test_utf16_tab_separated_text(tmp_path: Path) -> None:
    # Excel's "Unicode text" export: UTF-16 with a BOM, tab-separated.
    path = tmp_path / "unicode.txt"
    path.write_bytes("姓名\t手机\r\n单田芳\t13800001111\r\n".encode("utf-16"))
    sheet = imp.read_sheet(path)
    assert sheet.encoding == "utf-16" and sheet.headers == ("姓名", "手机")
    assert sheet.rows[0].cells == ["单田芳", "13800001111"]


def test_short_csv_rows_are_padded_and_blank_headers_get_letters(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["姓名", "", "手机"], ["甲"], ["乙", "x", "", "extra"]])
    sheet = imp.read_sheet(path)
    assert sheet.headers == ("姓名", "(B)", "手机", "(D)")
    assert [r.cells for r in sheet.rows] == [["甲", "", "", ""], ["乙", "x", "", "extra"]]


def test_header_row_can_be_chosen(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["会员", "电话号"], ["甲", "13800001111"]])
    assert imp.read_sheet(path).header_row == 1  # nothing known: first row with text
    sheet = imp.read_sheet(path, header_row=2)
    assert sheet.headers == ("甲", "13800001111") and sheet.rows == ()
    with pytest.raises(SpreadsheetError, match="row 9"):
        imp.read_sheet(path, header_row=9)


def test_sheet_is_chosen_by_name_or_first_with_data(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "说明"
    second = wb.create_sheet("名单")
    second.append(["姓名"])
    second.append(["甲"])
    third = wb.create_sheet("其他")
    third.append(["name"])
    third.append(["乙"])
    wb.save(tmp_path / "m.xlsx")
    sheet = imp.read_sheet(tmp_path / "m.xlsx")
    assert sheet.sheet_name == "名单" and sheet.sheet_names == ("说明", "名单", "其他")
    assert imp.read_sheet(tmp_path / "m.xlsx", sheet="其他").rows[0].cells[0] == "乙"
    with pytest.raises(SpreadsheetError, match="no sheet named"):
        imp.read_sheet(tmp_path / "m.xlsx", sheet="没有")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("姓名", "name"), ("Name", "name"), ("姓名*", "name"), ("姓名（必填）", "name"),
        ("昵称", "nickname"), ("微信昵称", "nickname"), ("微信号", "wechat_id"),
        ("WeChat ID", "wechat_id"), ("微信", "wechat_id"), ("手机", "phone"),
        ("手机号", "phone"), ("电话", "phone"), ("联系手机", "phone"), ("Phone", "phone"),
        ("Mobile", "phone"), ("邮箱", "email"), ("E-mail", "email"), ("入群时间", "joined"),
        ("加入时间", "joined"), ("Joined", "joined"), ("所在群", "group"), ("群名", "group"),
        ("Group", "group"), ("角色", "role"), ("身份", "role"), ("Role", "role"),
        ("邀请人", "referrer"), ("推荐人", "referrer"), ("邀请人微信号", "referrer"),
        ("Referrer", "referrer"), ("标签", "tags"), ("Tags", "tags"), ("备注", "notes"),
        ("Notes", "notes"), ("到期时间", "paid_until"), ("序号", None), ("username", None),
    ],
)  # fmt: skip
def test_header_names(header: str, field: str | None) -> None:
    assert imp.MEMBER_FIELDS.guess([header]) == (field,)


def test_each_field_is_guessed_once_exact_names_first() -> None:
    assert imp.MEMBER_FIELDS.guess(["联系电话号码", "手机", "电话"]) == (None, "phone", None)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "no data"),
        (b"\n\n , \n", "no data"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "old Excel"),
        (b"PK\x03\x04garbage", "not a readable .xlsx"),
        (b"\xff\xfe\x00\xd8", "not a CSV text"),
        (b"a,b\n\x00\x01", "binary"),
        (b'"unclosed,\n', "not valid CSV"),
        (b"name\n" + b"x" * 200_000, "row 2: a cell is too long"),  # past csv's field limit
    ],
)
def test_unreadable_files_say_why(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError, match=reason):
        imp.read_sheet(path)


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="does not exist"):
        imp.read_sheet(tmp_path / "nope.csv")
    (tmp_path / "m.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(SpreadsheetError, match=r"\.xlsx and \.csv"):
        imp.read_sheet(tmp_path / "m.pdf")
    (tmp_path / "m.xlsx").write_text("姓名\n张三\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="not an Excel"):
        imp.read_sheet(tmp_path / "m.xlsx")


# ---- cell values ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2024-03-05", "2024/3/5", "2024年3月5日", "2024.3.5", "2024-3-5", "2024/03/05",
        "2024年03月05日", "2024年3月5号", "2024 年 3 月 5 日", "２０２４年３月５日",
        "2024-03-05 10:30", "2024/3/5 8:05:09", "2024-03-05T10:30:00+08:00", "20240305",
        " 2024-03-05 ", dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 23, 59), 20240305.0,
    ],
)  # fmt: skip
def test_every_date_form(value: sheet_files.Cell) -> None:
    assert sheets.parse_day(value) == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("03/05/24", "ambiguous"), ("5/3/2024", "ambiguous"), ("3-5-2024", "ambiguous"),
        ("2024-02-30", "not a real date"), ("2024/3-5", "not a date"), ("March 5", "not a date"),
        ("昨天", "not a date"), (45356.0, "a number, not a date"), ("1899-12-31", "before 1900"),
        (dt.time(10, 30), "not a date"), (True, "not a date"),
    ],
)  # fmt: skip
def test_dates_that_are_refused(value: sheet_files.Cell, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        sheets.parse_day(value)


def test_blank_dates_are_none() -> None:
    assert (
        sheets.parse_day("") is None
        and sheets.parse_day("  ") is None
        and sheets.parse_day(None) is None
    )


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("灵魂人物", "founder"), ("创始人", "founder"), ("群主", "owner"), ("管理员", "admin"),
        ("小秘书", "admin"), ("领导者", "leader"), ("专家", "leader"), ("意见领袖", "leader"),
        ("代言人", "spokesperson"), ("活跃分子", "active"), ("活跃成员", "active"),
        ("种子用户", "seed"), ("追随者", "follower"), ("普通成员", "follower"),
        ("成员", "follower"), ("Founder", "founder"), ("soul figure", "founder"),
        ("OWNER", "owner"), ("Admin", "admin"), ("secretary", "admin"), ("Leader", "leader"),
        ("expert", "leader"), ("Spokesperson", "spokesperson"), ("active member", "active"),
        ("Active_Member", "active"), ("seed user", "seed"), ("Seed-User", "seed"),
        ("follower", "follower"), (" 群主 ", "owner"), ("Leader / expert", "leader"),
    ],
)  # fmt: skip
def test_roles_in_chinese_and_english(word: str, code: str) -> None:
    assert member_cells.parse_role(word) == code


def test_unknown_role_and_the_owners_own_words(database: Database, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown role “大佬”"):
        member_cells.parse_role("大佬")
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO vocabulary (domain, code, label_zh, label_en) "
            "VALUES ('role', 'leader', '大佬', 'Big shot')"
        )
    path = write_csv(
        tmp_path / "m.csv", [["姓名", "角色", "群"], ["甲", "大佬", "g"], ["乙", "大王", "g"]]
    )
    the_plan = plan(database, path)
    assert [r.role for r in the_plan.rows] == ["leader", "follower"]  # 大王 waits for a role
    assert not the_plan.errors  # an unknown role is no row's error
    assert the_plan.unknown_roles == (imp.UnknownRole("大王", 1, None),)
    assert the_plan.unmapped_roles == the_plan.unknown_roles
    with pytest.raises(ValidationError, match="“大王” \\(1 rows\\)"):
        imp.apply_import(database, the_plan, create_groups=True)
    assert database.counts()["members"] == 0


# ---- phones, duplicates, referrers -------------------------------------------------------

PHONE_FORMS = [
    ("13812345678", "13812345678"), ("138 1234 5678", "13812345678"),
    ("138-1234-5678", "13812345678"), ("+86 138 1234 5678", "13812345678"),
    ("+8613812345678", "13812345678"), ("008613812345678", "13812345678"),
    ("8613812345678", "13812345678"), ("(+86) 138-1234-5678", "13812345678"),
    ("１３８１２３４５６７８", "13812345678"), ("１３８－１２３４－５６７８", "13812345678"),
    ("＋８６ １３８１２３４５６７８", "13812345678"), ("138.1234.5678", "13812345678"),
    (13812345678.0, "13812345678"), (13812345678, "13812345678"),
    ("+852 9123 4567", "+85291234567"), ("001 415 555 0100", "+14155550100"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "stored"), PHONE_FORMS)
def test_every_phone_form(database: Database, tmp_path: Path, written: object, stored: str) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", [["姓名", "手机"], ["甲", written]])
    imp.apply_import(database, plan(database, path))
    assert member_rows(database)["甲"][0] == stored


@pytest.mark.parametrize(
    "written", ["12345", "0571-8888 6666", "138123456789", "+86 12345", "电话"]
)
def test_bad_phones_are_row_problems(database: Database, tmp_path: Path, written: str) -> None:
    path = write_csv(tmp_path / "m.csv", [["姓名", "手机"], ["甲", written], ["乙", ""]])
    the_plan = plan(database, path)
    assert [(p.row, p.column) for p in the_plan.errors] == [(2, "手机")]
    assert [r.row for r in the_plan.rows] == [3]


def test_duplicates_in_the_file_and_in_the_database(database: Database, tmp_path: Path) -> None:
    m.create_member(
        database, MemberDraft(name="老会员", phone="13800000000", wechat_id="Old_One"), today=TODAY
    )
    path = write_csv(
        tmp_path / "m.csv",
        [
            ["姓名", "手机", "微信号"],
            ["甲", "138 0000 0000", ""],  # 2: phone already in the database
            ["乙", "", "old_one"],  # 3: WeChat ID in the database, other case
            ["丙", "13900000001", "bing"],  # 4
            ["丁", "+86 139-0000-0001", ""],  # 5: same phone as row 4
            ["戊", "", "BING"],  # 6: same WeChat ID as row 4
            ["己", "13900000002", ""],  # 7
        ],
    )
    the_plan = plan(database, path)
    messages = {p.row: p.message for p in the_plan.errors}
    assert set(messages) == {2, 3, 5, 6}
    assert "老会员" in messages[2] and "老会员" in messages[3]
    assert "row 4" in messages[5] and "row 4" in messages[6]
    assert [r.row for r in the_plan.rows] == [4, 7]
    with pytest.raises(engine.InvalidRowsError, match="4 rows have problems"):
        imp.apply_import(database, the_plan)
    result = imp.apply_import(database, the_plan, valid_only=True)
    assert (result.imported, result.skipped) == (2, 4)
    assert set(member_rows(database)) == {"老会员", "丙", "己"}


def test_referrers_linked_when_unambiguous(database: Database, tmp_path: Path) -> None:
    old = m.create_member(database, MemberDraft(name="老王", wechat_id="laowang"), today=TODAY)
    for twin in ("双胞胎", "双胞胎"):
        m.create_member(database, MemberDraft(name=twin), today=TODAY)
    path = write_csv(
        tmp_path / "m.csv",
        [
            ["姓名", "微信号", "手机", "推荐人"],
            ["甲", "jia", "13900000001", "老王"],  # 2: by name in the database
            ["乙", "", "", "LaoWang"],  # 3: by WeChat ID in the database, any case
            ["丙", "", "", "jia"],  # 4: by WeChat ID in the file
            ["丁", "", "", "139 0000 0001"],  # 5: by phone in the file
            ["戊", "", "", "双胞胎"],  # 6: two members of that name
            ["己", "", "", "路人甲"],  # 7: nobody
            ["庚", "", "", "庚"],  # 8: themselves
        ],
    )
    the_plan = plan(database, path)
    assert not the_plan.errors
    warnings = {p.row: p.message for p in the_plan.warnings}
    assert set(warnings) == {6, 7, 8}
    assert "matches 2 members" in warnings[6] and "no member" in warnings[7]
    assert "own referrer" in warnings[8]
    result = imp.apply_import(database, the_plan)
    assert (result.referrers_linked, result.referrers_as_text) == (4, 3)
    rows = member_rows(database)
    assert [rows[n][3] for n in "甲乙丙丁"] == ["老王", "老王", "甲", "甲"]
    assert [(rows[n][3], rows[n][4]) for n in "戊己庚"] == [
        (None, "双胞胎"), (None, "路人甲"), (None, "庚"),
    ]  # fmt: skip
    assert referrals.referral_counts(database, [old])[old] == (2, 4)  # 甲 and 乙, then 丙 and 丁


def test_a_repeated_referrer_text_gives_each_row_its_own_outcome(
    database: Database, tmp_path: Path
) -> None:
    # Each distinct referrer text is looked up once; every row naming it still gets it.
    path = write_csv(
        tmp_path / "m.csv",
        [
            ["姓名", "推荐人"],
            ["甲", "路人"],  # 2: nobody
            ["乙", "甲"],  # 3: linked
            ["甲乙", "路人"],  # 4: nobody, again
            ["丙", "甲"],  # 5: linked, again
            ["甲", "甲"],  # 6: 甲 twice in the file now: "甲" matches 2 members everywhere
        ],
    )
    the_plan = plan(database, path)
    warnings = {p.row: p.message for p in the_plan.warnings}
    assert set(warnings) == {2, 3, 4, 5, 6}
    assert warnings[2] == warnings[4] == "no member is called “路人”; kept as text"
    assert warnings[3] == warnings[5] == warnings[6] == "“甲” matches 2 members; kept as text"
    assert (the_plan.referrers_linked, the_plan.referrers_as_text) == (0, 5)

    path = write_csv(
        tmp_path / "n.csv",
        [["姓名", "推荐人"], ["乙", "甲"], ["甲", "甲"], ["丙", "甲"]],
    )
    the_plan = plan(database, path)
    # the same text: linked on rows 2 and 4, the member's own name on row 3
    assert [(p.row, p.message) for p in the_plan.warnings] == [
        (3, "a member cannot be their own referrer; kept as text")
    ]
    imp.apply_import(database, the_plan)
    rows = member_rows(database)
    assert [(rows[n][3], rows[n][4]) for n in "乙甲丙"] == [("甲", ""), (None, "甲"), ("甲", "")]


def test_a_referral_loop_in_the_file_is_cut(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv",
        [["姓名", "推荐人"], ["甲", "乙"], ["乙", "丙"], ["丙", "甲"], ["丁", "甲"]],
    )
    the_plan = plan(database, path)
    (warning,) = the_plan.warnings
    assert warning.row in {2, 3, 4} and "loop" in warning.message
    imp.apply_import(database, the_plan)
    rows = member_rows(database)
    assert sum(rows[n][3] is not None for n in "甲乙丙") == 2 and rows["丁"][3] == "甲"
    assert the_plan.referrers_linked == 3


def test_referrers_further_down_the_file_are_linked(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "CHUNK_ROWS", 4)  # links that cross chunks too
    names = [f"成员{n}" for n in range(10)]
    # each member referred by the next row, the last one by the first
    rows = [[name, names[(i + 1) % 10]] for i, name in enumerate(names)]
    the_plan = plan(database, write_csv(tmp_path / "m.csv", [["姓名", "推荐人"], *rows]))
    result = imp.apply_import(database, the_plan)
    found = member_rows(database)
    linked = [n for n in names if found[n][3] is not None]
    assert result.referrers_linked == len(linked) == 9  # the loop is cut once
    assert all(found[n][3] == names[(i + 1) % 10] for i, n in enumerate(names) if n in linked)
    assert all(found[n][4] == "" for n in linked)
    assert database.conn.execute("PRAGMA foreign_key_check").fetchall() == []


# ---- whole files ------------------------------------------------------------------------


def test_title_rows_file_imports(database: Database) -> None:
    the_plan = plan(database, SHEETS / "title_rows.xlsx")
    assert not the_plan.problems
    assert the_plan.new_groups == ("读书会", "烘焙群")
    with pytest.raises(ValidationError, match="读书会、烘焙群"):
        imp.apply_import(database, the_plan)  # groups need a confirmation
    assert database.counts()["members"] == 0 and database.counts()["groups"] == 0
    result = imp.apply_import(database, the_plan, create_groups=True)
    assert (result.imported, result.memberships, result.groups_created) == (
        4,
        5,
        ("读书会", "烘焙群"),
    )
    rows = member_rows(database)
    assert rows["张三"] == (
        "13812345678",
        "zhangsan_01",
        "zhang@example.com",
        None,
        "",
        "宝妈,老客户",
    )
    assert rows["李四"][3] == "张三" and rows["欧阳娜娜"][3] == "李四"
    assert rows["Amy Wang"][2] == "AMY@example.com"
    assert memberships(database) == {
        ("张三", "读书会", "2024-03-05", "owner", None),
        ("李四", "读书会", "2024-03-06", "admin", None),
        ("欧阳娜娜", "读书会", "2023-12-31", "seed", None),
        ("欧阳娜娜", "烘焙群", "2023-12-31", "seed", None),
        ("Amy Wang", "烘焙群", "2024-01-02", "active", None),
    }
    created = dict(database.conn.execute("SELECT name, created_on FROM groups"))
    assert created == {"读书会": "2023-12-31", "烘焙群": "2023-12-31"}
    key = database.conn.execute("SELECT search_key FROM members WHERE name = '欧阳娜娜'").fetchone()
    assert "oynn" in key[0] and "ouyangnana" in key[0]


def test_bad_rows_file_imports_nothing_and_names_each_row(database: Database) -> None:
    before = database.counts()
    the_plan = plan(database, SHEETS / "bad_rows.xlsx")
    assert the_plan.invalid_rows == (4, 5, 7, 8, 9, 10, 11)
    reasons = {p.row: (p.column, p.message) for p in the_plan.errors}
    assert reasons[4] == ("姓名", "a name, nickname or WeChat ID is required")
    assert reasons[5][0] == "手机" and "12345" in reasons[5][1]
    assert reasons[7] == (
        "加入时间",
        "3000000 is not an Excel date serial (from 1 to 2958465); write it as 2024-03-05",
    )
    assert reasons[8] == ("加入时间", "2099-01-01 is in the future")
    assert reasons[9][0] == "加入时间" and "ambiguous" in reasons[9][1]
    assert reasons[10][0] == "微信号" and "row 3" in reasons[10][1]
    assert reasons[11][0] == "邮箱"
    lines = engine.problem_lines(the_plan.errors)
    assert lines[0].startswith("row 4: 姓名: ") and len(lines) == 7
    with pytest.raises(engine.InvalidRowsError) as caught:
        imp.apply_import(database, the_plan, create_groups=True)
    assert len(caught.value.problems) == 7 and "3 valid rows" in str(caught.value)
    assert database.counts() == before


def test_valid_rows_only_into_a_chosen_group(database: Database) -> None:
    bakers = add_group(database, "烘焙群")
    the_plan = plan(database, SHEETS / "bad_rows.xlsx", group_id=bakers)
    assert not the_plan.warnings and not the_plan.new_groups
    result = imp.apply_import(database, the_plan, valid_only=True)
    assert (result.imported, result.skipped, result.groups_created) == (3, 7, ())
    assert memberships(database) == {
        ("王芳", "烘焙群", "2024-01-03", "follower", None),
        ("钱多多", "烘焙群", "2024-01-06", "admin", None),
        ("陈晨", "烘焙群", "2024-01-10", "seed", None),
    }
    assert result.member_ids == tuple(
        r[0] for r in database.conn.execute("SELECT id FROM members ORDER BY id")
    )


def test_without_a_group_column_members_come_without_memberships(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "m.csv", [["姓名", "角色"], ["甲", "群主"]])
    the_plan = plan(database, path)
    (warning,) = the_plan.warnings
    assert warning.row is None and "角色" in warning.message
    imp.apply_import(database, the_plan)
    assert database.counts()["members"] == 1 and database.counts()["memberships"] == 0


def test_blank_group_cell_with_a_role_is_a_warning(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv", [["姓名", "群", "角色"], ["甲", "", "群主"], ["乙", "g", ""]]
    )
    the_plan = plan(database, path)
    assert [(w.row, w.column) for w in the_plan.warnings] == [(2, "群")]
    assert the_plan.new_groups == ("g",)


def test_group_names_match_existing_groups_in_any_case(database: Database, tmp_path: Path) -> None:
    add_group(database, "Book Club")
    add_group(database, "读书会、分会")  # a name with the separator in it
    path = write_csv(
        tmp_path / "m.csv",
        [
            ["姓名", "群"],
            ["甲", "book club"],
            ["乙", "读书会、分会"],
            ["丙", "BOOK CLUB、新群、新群"],
        ],
    )
    the_plan = plan(database, path)
    assert the_plan.new_groups == ("新群",)
    imp.apply_import(database, the_plan, create_groups=True)
    groups = {(r[0], r[1]) for r in memberships(database)}
    assert groups == {
        ("甲", "Book Club"),
        ("乙", "读书会、分会"),
        ("丙", "Book Club"),
        ("丙", "新群"),
    }


def test_paid_until_and_future_dates(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv",
        [
            ["姓名", "群", "入群时间", "到期时间"],
            ["甲", "g", "2026-01-01", "2027-01-01"],  # paid ahead: fine
            ["乙", "g", "2026-11-24", ""],  # joined tomorrow: not possible
            ["丙", "g", "", ""],  # no date: today
        ],
    )
    the_plan = plan(database, path)
    assert [(p.row, p.column) for p in the_plan.errors] == [(3, "入群时间")]
    imp.apply_import(database, the_plan, valid_only=True, create_groups=True)
    assert memberships(database) == {
        ("甲", "g", "2026-01-01", "follower", "2027-01-01"),
        ("丙", "g", TODAY.isoformat(), "follower", None),
    }


def test_explicit_mapping(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["会员", "号码", "手机"], ["甲", "13800001111", "备用"]])
    sheet = imp.read_sheet(path)
    with pytest.raises(ValidationError, match="names"):
        imp.plan_import(database, sheet, today=TODAY)  # nothing maps to the name
    the_plan = imp.plan_import(database, sheet, ["name", "phone", "notes"], today=TODAY)
    imp.apply_import(database, the_plan)
    assert database.conn.execute("SELECT name, phone, notes FROM members").fetchall() == [
        ("甲", "13800001111", "备用")
    ]


@pytest.mark.parametrize(
    ("mapping", "reason"),
    [(["name", "name", None], "are all mapped to Name"), (["name"], "Expected 3 columns"),
     (["name", "shoe size", None], "shoe size"), ([None, "phone", None], "names")],
)  # fmt: skip
def test_bad_mappings(
    database: Database, tmp_path: Path, mapping: list[str | None], reason: str
) -> None:
    path = write_csv(tmp_path / "m.csv", [["a", "b", "c"], ["1", "2", "3"]])
    with pytest.raises(ValidationError, match=reason):
        imp.plan_import(database, imp.read_sheet(path), mapping, today=TODAY)


def test_header_without_rows(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["报名表"], ["姓名", "手机"]])
    with pytest.raises(ValidationError, match=r"no rows below the header \(row 2\)"):
        plan(database, path)


def test_every_bad_field_of_a_row_is_reported(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv",
        [["姓名", "微信号", "手机", "邮箱", "标签"], ["", "有 空格", "1", "a@b", "x" * 41]],
    )
    the_plan = plan(database, path)
    # The bad WeChat ID is the row's only "who": once fixed, the row needs no name.
    assert [p.column for p in the_plan.errors] == ["微信号", "手机", "邮箱", "标签"]
    assert the_plan.invalid_rows == (2,)


def test_stale_plan_is_refused(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["姓名", "手机"], ["甲", "13800001111"]])
    the_plan = plan(database, path)
    m.create_member(database, MemberDraft(name="乙", phone="13800001111"), today=TODAY)
    with pytest.raises(ValidationError, match="changed since"):
        imp.apply_import(database, the_plan)
    assert database.counts()["members"] == 1


def test_rows_are_stored_exactly_as_create_member_stores_them(
    database: Database, tmp_path: Path
) -> None:
    drafts = [
        MemberDraft(name=" 单田芳 ", nickname=" 评书🎙 ", wechat_id="ＳＨＡＮ_tf",
                    phone="+86 13800001111", email="Shan@Example.COM", notes=" 曾经\n说过 ",
                    tags=("乐乐", "重阳", "乐乐")),
        MemberDraft(name="Zoë 曾", phone="00852 9123 4567", tags=("KOC",)),
    ]  # fmt: skip
    rows: list[list[object]] = [["姓名", "昵称", "微信号", "手机", "邮箱", "备注", "标签"]]
    rows += [
        [d.name, d.nickname, d.wechat_id, d.phone, d.email, d.notes, "，".join(d.tags)]
        for d in drafts
    ]
    imp.apply_import(database, plan(database, write_xlsx(tmp_path / "m.xlsx", rows)))
    other = Database.open(tmp_path / "other.sqlite")
    try:
        for draft in drafts:
            m.create_member(other, draft, today=TODAY)
        columns = "name, nickname, wechat_id, phone, email, referrer_text, notes, search_key"
        query = f"SELECT {columns} FROM members ORDER BY id"
        assert database.conn.execute(query).fetchall() == other.conn.execute(query).fetchall()
        tags = "SELECT member_id, tag FROM member_tags ORDER BY 1, 2"
        assert database.conn.execute(tags).fetchall() == other.conn.execute(tags).fetchall()
    finally:
        other.close()


# ---- progress and cancelling -------------------------------------------------------------


@pytest.fixture
def twelve_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(engine, "CHUNK_ROWS", 5)
    rows: list[list[object]] = [["姓名", "手机", "群"]]
    rows += [[f"成员{n}", f"1380000{n:04d}", "g"] for n in range(12)]
    yield write_csv(tmp_path / "m.csv", rows)


def test_progress_is_reported_per_chunk(database: Database, twelve_rows: Path) -> None:
    seen: list[tuple[int, int]] = []
    the_plan = plan(database, twelve_rows, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(5, 12), (10, 12), (12, 12)]
    seen.clear()
    result = imp.apply_import(
        database, the_plan, create_groups=True, progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(5, 12), (10, 12), (12, 12)] and result.imported == 12


def test_cancel_mid_way_leaves_the_database_unchanged(
    database: Database, twelve_rows: Path
) -> None:
    the_plan = plan(database, twelve_rows)
    before, indexes_before = database.counts(), indexes(database)
    chunks: list[int] = []

    def cancel_after_first_chunk() -> bool:
        written = database.conn.execute("SELECT count(*) FROM members").fetchone()[0]
        chunks.append(written)
        return written > 0

    with pytest.raises(engine.ImportCancelledError, match="nothing was changed"):
        imp.apply_import(database, the_plan, create_groups=True, cancelled=cancel_after_first_chunk)
    assert chunks == [0, 5]  # it really was half-way through
    assert database.counts() == before
    assert not database.conn.in_transaction
    assert indexes(database) == indexes_before  # dropped for speed, back after rollback


def indexes(db: Database) -> list[tuple[str, str]]:
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    return db.conn.execute(query).fetchall()


@pytest.mark.parametrize("existing", [0, 20])
def test_indexes_are_the_same_after_an_import(
    database: Database, twelve_rows: Path, existing: int
) -> None:
    for n in range(existing):  # more members than the file has: no index rebuild
        m.create_member(database, MemberDraft(name=f"老{n}"), today=TODAY)
    before = indexes(database)
    imp.apply_import(database, plan(database, twelve_rows), create_groups=True)
    assert indexes(database) == before
    assert database.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    found = database.conn.execute("SELECT name FROM members WHERE phone = '13800000007'").fetchall()
    assert found == [("成员7",)]


def test_cancel_while_checking(database: Database, twelve_rows: Path) -> None:
    with pytest.raises(engine.ImportCancelledError):
        plan(database, twelve_rows, cancelled=lambda: True)


def test_a_failure_in_the_last_chunk_rolls_everything_back(
    database: Database, twelve_rows: Path
) -> None:
    the_plan = plan(database, twelve_rows)
    # A blank name the table's CHECK refuses, in the last chunk only (as a disk error would).
    last = the_plan.rows[-1]
    broken = last._replace(member={**last.member, "name": " "})
    the_plan = replace(the_plan, rows=(*the_plan.rows[:-1], broken))
    with pytest.raises(DataError) as caught:
        imp.apply_import(database, the_plan, create_groups=True)
    assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)
    assert database.counts()["members"] == 0 and database.counts()["groups"] == 0


# ---- robustness and round trips (hypothesis) --------------------------------------------


# One database for every example: a rejected file writes nothing, which is the point.
_SHARED_DB = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SHARED_DB
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]),
       zip_header=st.booleans())  # fmt: skip
def test_arbitrary_bytes_give_a_clear_error_and_write_nothing(
    database: Database, tmp_path: Path, data: bytes, suffix: str, zip_header: bool
) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes((b"PK\x03\x04" if zip_header else b"") + data)
    before = database.counts()
    with pytest.raises(QunDeskError) as caught:
        imp.import_members(database, path, create_groups=True, today=TODAY)
    assert str(caught.value).strip()
    assert database.counts() == before
    assert not database.conn.in_transaction


@_SHARED_DB
@given(text=st.text(max_size=300))
def test_arbitrary_text_as_csv_gives_a_clear_error_and_writes_nothing(
    database: Database, tmp_path: Path, text: str
) -> None:
    path = tmp_path / "random.csv"
    path.write_text(text, encoding="utf-8")
    before = database.counts()
    try:
        result = imp.import_members(database, path, create_groups=True, today=TODAY)
    except QunDeskError as exc:
        assert str(exc).strip()
        assert database.counts() == before
    else:  # hypothesis wrote a header with a name column and a valid row: fine
        assert any(word in text.casefold() for word in ("姓名", "名字", "name"))
        assert database.counts()["members"] == before["members"] + result.imported


_HAN = "张王李赵刘陈杨黄周吴曾单乐欧阳小明华丽芳娜伟强敏静军"
_ROLE_WORDS = {
    Role.FOUNDER: ["灵魂人物", "founder"], Role.OWNER: ["群主", "Owner"],
    Role.ADMIN: ["管理员", "小秘书", "admin"], Role.LEADER: ["专家", "leader"],
    Role.SPOKESPERSON: ["代言人", "spokesperson"], Role.ACTIVE: ["活跃分子", "active member"],
    Role.SEED: ["种子用户", "seed"], Role.FOLLOWER: ["普通成员", "follower", ""],
}  # fmt: skip
_DATE_TEXTS = [
    lambda d: d.isoformat(),
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}.{d.month}.{d.day}",
]
_PHONE_TEXTS = [
    lambda p: p,
    lambda p: f"{p[:3]} {p[3:7]} {p[7:]}",
    lambda p: f"+86 {p[:3]}-{p[3:7]}-{p[7:]}",
    lambda p: p.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}),
]


@st.composite
def rosters(draw: st.DrawFn) -> list[dict[str, object]]:
    size = draw(st.integers(1, 8))
    phones = draw(st.lists(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), min_size=size,
                           max_size=size, unique=True))  # fmt: skip
    wechats = draw(st.lists(st.from_regex(r"[a-z][a-z0-9_]{5,10}", fullmatch=True),
                            min_size=size, max_size=size, unique=True))  # fmt: skip
    people = []
    for n in range(size):
        role = draw(st.sampled_from(list(Role)))
        joined = draw(st.dates(dt.date(2000, 1, 1), TODAY))
        people.append(
            {
                "name": draw(st.text(_HAN + "abcXYZ ", min_size=1, max_size=6)).strip() or "某",
                "phone": phones[n] if draw(st.booleans()) else "",
                "wechat": wechats[n] if draw(st.booleans()) else "",
                "joined": joined,
                "joined_text": draw(st.sampled_from(_DATE_TEXTS))(joined),
                "phone_text": draw(st.sampled_from(_PHONE_TEXTS)),
                "role": role.value,
                "role_text": draw(st.sampled_from(_ROLE_WORDS[role])),
                "group": draw(st.sampled_from(["读书会", "烘焙群", "Book Club"])),
                "tags": draw(st.sets(st.sampled_from(["宝妈", "老客户", "KOC", "上海"]))),
            }
        )
    return people


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=rosters(), as_xlsx=st.booleans(), real_dates=st.booleans(), title=st.booleans())
def test_any_valid_roster_reads_back_the_same(
    people: list[dict[str, object]], as_xlsx: bool, real_dates: bool, title: bool
) -> None:
    header = ["姓名", "手机号", "微信号", "入群时间", "所在群", "角色", "标签"]
    rows: list[list[object]] = [["2024 名单"], []] if title else []
    rows.append(header)
    for p in people:
        phone = p["phone_text"](p["phone"]) if p["phone"] else ""  # type: ignore[operator]
        joined = p["joined"] if as_xlsx and real_dates else p["joined_text"]
        tags = "、".join(sorted(p["tags"]))  # type: ignore[call-overload]
        rows.append([p["name"], phone, p["wechat"], joined, p["group"], p["role_text"], tags])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("roster.xlsx" if as_xlsx else "roster.csv")
        write_xlsx(path, rows) if as_xlsx else write_csv(path, rows, "gbk" if title else "utf-8")
        db = Database.open(Path(folder) / "db.sqlite")
        try:
            result = imp.import_members(db, path, create_groups=True, today=TODAY)
            assert result.imported == len(people)
            stored = db.conn.execute(
                """
                SELECT m.name, m.phone, m.wechat_id, s.joined_on, g.name, r.role,
                       coalesce((SELECT group_concat(tag, ',') FROM (SELECT tag FROM member_tags
                                 WHERE member_id = m.id ORDER BY tag)), '')
                FROM members m JOIN memberships s ON s.member_id = m.id
                JOIN groups g ON g.id = s.group_id JOIN role_history r ON r.membership_id = s.id
                ORDER BY m.id
                """
            ).fetchall()
        finally:
            db.close()
    expected = [
        (p["name"], p["phone"], p["wechat"], p["joined"].isoformat(), p["group"],  # type: ignore[attr-defined]
         p["role"], ",".join(sorted(p["tags"])))  # type: ignore[call-overload]
        for p in people
    ]  # fmt: skip
    assert stored == expected


def test_the_importer_does_not_load_qt() -> None:
    code = (
        "import sys, desktop.models.exchange.member_import; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
