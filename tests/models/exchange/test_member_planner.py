"""The member planner's two ways of checking rows: column by column (plain rows) and row by
row (every other row, and every problem's wording) must plan the very same import."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from desktop.models.core.common import collection_paused
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import member_import as imp
from desktop.models.exchange.member_planner import Planner
from desktop.models.exchange.sheets import SheetRow
from desktop.models.members import members as m
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.search import member_search_key, name_sort_key
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)
D = dt.date

HEADER = ["姓名", "昵称", "微信号", "手机", "邮箱", "所在群", "角色", "入群时间", "到期时间",
          "邀请人", "标签", "备注"]  # fmt: skip
# Plain rows and rows with one unusual cell each, mixed so chunks of 4 hold both.
ROWS: list[list[object]] = [
    ["张三", "三哥", "zhangsan", "13900000001", "z@example.com", "读书会", "群主",
     D(2024, 1, 2), D(2027, 1, 1), "", "读书, 早起", "第一行"],
    ["李四", "", "LiSi_2", 13900000002.0, "", "读书会、跑团", "", D(2024, 2, 3), "", "张三",
     "", ""],  # a phone stored as a number, two groups, a referrer in the file
    ["王五", "", "ｗａｎｇｗｕ", "139 0000 0003", "Wang@Example.COM", "跑团", "leader",
     "2024-03-04", "", "", "", ""],  # full-width ID, spaced phone, capitals, a text date
    ["", "小六", "", "", "", "跑团", "意见领袖/骨干", D(2024, 3, 5), "", "", "", ""],
    ["", "", "only_wechat", "", "", "", "", "", "", "", "", ""],  # no group: no warning
    ["赵七", "", "", "12345", "", "跑团", "", D(2024, 4, 6), "", "", "", ""],  # bad phone
    ["钱八", "", "", "", "not-an-email", "跑团", "", D(2024, 4, 7), "", "", "", ""],
    ["孙九", "", "zhangsan", "", "", "跑团", "", D(2024, 4, 8), "", "", "", ""],  # dup ID
    ["周十", "", "", "13900000002", "", "跑团", "", D(2024, 4, 9), "", "", "", ""],  # dup
    ["吴一", "", "", "", "", "跑团", "大王", D(2024, 4, 10), "", "", "", ""],  # unknown role
    ["郑二", "", "", "", "", "跑团", "", D(2027, 1, 1), "", "", "", ""],  # joined in future
    ["冯三", "", "", "", "", "", "群主", D(2024, 5, 1), "", "", "", ""],  # role, no group
    ["陈四", "", "", "", "", "跑团", "", dt.datetime(2024, 5, 2, 9, 30), "", "", "", ""],
    ["褚\t五", "", "", "", "", "跑团", "", D(2024, 5, 3), "", "", "", "行一\n行二"],
    ["卫" * 101, "", "", "", "", "跑团", "", D(2024, 5, 4), "", "", "", ""],  # too long
    ["蒋六", "", "", "", "", "跑团", "", D(2024, 5, 5), "", "", "", "备" * 1200],
    ["沈七", "", "", "", "", "跑团", "", D(2024, 5, 6), "", "", "x" * 41, ""],  # bad tag
    ["韩八", "", "", "", "", "新群", "", D(2024, 5, 7), "", "老会员", "KOC", ""],
    ["  ", "", "", "", "", "", "", "", "", "", "", "  "],  # blank where it counts
    ["杨九", "杨杨", "yang9", "13900000009", "", "跑团", "Admin", "", "", "杨杨", "", ""],
]  # fmt: skip


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for values in rows:
        ws.append(list(values))
    wb.save(path)
    return path


def plans(db: Database, path: Path) -> tuple[imp.ImportPlan, imp.ImportPlan]:
    """The plan checked column by column, and the plan checked row by row."""
    sheet = imp.read_sheet(path)
    by_columns = imp.plan_import(db, sheet, today=TODAY)
    original = Planner.check_chunk

    def row_by_row(self: Planner, rows: Sequence[SheetRow]) -> None:
        for number, cells in rows:
            self.check_row(number, cells)

    Planner.check_chunk = row_by_row  # type: ignore[method-assign]
    try:
        by_rows = imp.plan_import(db, sheet, today=TODAY)
    finally:
        Planner.check_chunk = original  # type: ignore[method-assign]
    return by_columns, by_rows


def same(a: imp.ImportPlan, b: imp.ImportPlan) -> None:
    assert a.rows == b.rows
    assert a.problems == b.problems
    assert a.invalid_rows == b.invalid_rows
    assert a.new_groups == b.new_groups
    assert a.unknown_roles == b.unknown_roles
    assert (a.referrers_linked, a.referrers_as_text) == (b.referrers_linked, b.referrers_as_text)


@pytest.mark.parametrize("chunk", [4, 5000])
def test_columns_and_rows_plan_the_same(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(engine, "CHUNK_ROWS", chunk)
    m.create_member(database, MemberDraft(name="老会员", phone="13900000099"), today=TODAY)
    with database.transaction() as conn:
        conn.execute("INSERT INTO groups (name, created_on) VALUES ('读书会', '2020-01-01')")
        conn.execute("INSERT INTO groups (name, created_on) VALUES ('跑团', '2020-01-01')")
    path = write_xlsx(tmp_path / "m.xlsx", [HEADER, *ROWS])
    by_columns, by_rows = plans(database, path)
    same(by_columns, by_rows)
    # The file's rows come out as a hand check says: which are kept, which are refused.
    kept = [p.row for p in by_columns.rows]
    assert kept == [2, 3, 4, 5, 6, 11, 13, 14, 15, 17, 19, 21]
    assert by_columns.invalid_rows == (7, 8, 9, 10, 12, 16, 18)
    assert {(p.row, p.field) for p in by_columns.warnings} == {(13, "group"), (21, "referrer")}
    assert by_columns.new_groups == ("新群",)
    assert by_columns.unknown_roles == (imp.UnknownRole("大王", 1, None),)
    assert by_columns.referrers_linked == 2  # 李四 by 张三, 韩八 by the member in the database


def test_plain_rows_keep_the_search_keys_every_member_gets(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "CHUNK_ROWS", 3)
    names = ["曾小贤", "单田芳", "Tony张", "曾小贤", "Zoë", "乐乐"]  # repeats: read once
    rows = [
        [name, f"昵称{at % 2}", f"wx_{at}", f"1390000001{at}", "", "跑团", "", D(2024, 1, 1),
         "", "", "乐乐, KOC" if at % 2 else "", f" 备注 {at} "]
        for at, name in enumerate(names)
    ]  # fmt: skip
    the_plan = imp.plan_import(
        database, imp.read_sheet(write_xlsx(tmp_path / "m.xlsx", [HEADER, *rows])), today=TODAY
    )
    assert not the_plan.errors
    for p, row in zip(the_plan.rows, rows, strict=True):
        name, nickname, wechat, phone = (str(v) for v in row[:4])
        notes = str(row[11]).strip()
        tags = " ".join(sorted(p.tags))
        assert p.member["search_key"] == member_search_key(
            name, nickname, wechat, phone, tags, notes
        )
        assert p.member["name_key"] == name_sort_key(name)


def test_a_bad_row_in_the_last_chunk_refuses_everything(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "CHUNK_ROWS", 4)
    rows = [[f"成员{n}", "", f"wx_{n}", f"139000000{n:02d}"] for n in range(10)]
    rows[-1][3] = "1390000"  # the last row of the last chunk: too short a number
    path = write_xlsx(tmp_path / "m.xlsx", [["姓名", "昵称", "微信号", "手机"], *rows])
    the_plan = imp.plan_import(database, imp.read_sheet(path), today=TODAY)
    assert the_plan.invalid_rows == (11,) and len(the_plan.rows) == 9
    ((row, field),) = {(p.row, p.field) for p in the_plan.errors}
    assert (row, field) == (11, "phone")
    with pytest.raises(engine.InvalidRowsError):
        imp.apply_import(database, the_plan)
    assert database.counts()["members"] == 0


@pytest.mark.parametrize("enabled", [True, False])
def test_collection_is_paused_while_importing_and_then_as_it_was(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    before = gc.isenabled()  # the suite's own policy, restored at the end
    (gc.enable if enabled else gc.disable)()
    seen: list[bool] = []
    original = Planner.check_chunk

    def watched(self: Planner, rows: Sequence[SheetRow]) -> None:
        seen.append(gc.isenabled())
        original(self, rows)

    monkeypatch.setattr(Planner, "check_chunk", watched)
    try:
        path = write_xlsx(tmp_path / "m.xlsx", [["姓名"], ["甲"], ["乙"]])
        imp.apply_import(database, imp.plan_import(database, imp.read_sheet(path), today=TODAY))
        assert seen == [False]
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), collection_paused():
            assert not gc.isenabled()
            raise ValueError
        assert gc.isenabled() is enabled  # after an error too
    finally:
        (gc.enable if before else gc.disable)()
    assert database.counts()["members"] == 2
