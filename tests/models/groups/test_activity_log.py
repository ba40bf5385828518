"""Daily activity log import from .xlsx workbooks and CSV files (one header table)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.groups import activity_log
from desktop.models.groups.activity_log import DayActivity
from desktop.models.storage.db import Database
from tests.models.calendar.event_data import make_group
from tests.models.groups.group_data import snapshot

D = dt.date


def workbook(path: Path, *rows: list[Any], title: str | None = "读书会 11月活跃统计") -> Path:
    """An .xlsx with a title row and a blank row above the rows given (dates as date cells)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if title is not None:
        sheet.append([title])
        sheet.append([])
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def test_xlsx_with_title_row_and_date_cells_is_stored(tmp_path: Path, database: Database) -> None:
    path = workbook(
        tmp_path / "log.xlsx",
        ["日期", "消息数", "活跃人数", "入群", "离开"],
        [D(2026, 3, 1), 120, 30, 2, 1],
        [dt.datetime(2026, 3, 2), 7, None, None, None],  # blank figures are 0
        ["2026/3/3", "1,200", 3.0, 0, 0],  # a date typed as text, a number as text
    )
    days = activity_log.parse_sheet(path)
    assert days == [
        DayActivity(D(2026, 3, 1), 120, 30, 2, 1),
        DayActivity(D(2026, 3, 2), 7, 0, 0, 0),
        DayActivity(D(2026, 3, 3), 1200, 3, 0, 0),
    ]
    group = make_group(database)
    assert activity_log.set_days(database, group, days) == 3
    assert activity_log.activity(database, group, D(2026, 3, 1), D(2026, 3, 31)) == days


def test_xlsx_columns_follow_the_headers_in_any_order(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "log.xlsx",
        ["Left", "Date", "Active", "Messages", "备注"],
        [1, D(2026, 3, 1), 30, 120, "讲座日"],
    )
    assert activity_log.parse_sheet(path) == [DayActivity(D(2026, 3, 1), 120, 30, 0, 1)]


def test_xlsx_without_header_is_positional(tmp_path: Path) -> None:
    path = workbook(tmp_path / "log.xlsx", [D(2026, 3, 1), 5, 4, 3, 2], [D(2026, 3, 2), 1])
    assert activity_log.parse_sheet(path) == [
        DayActivity(D(2026, 3, 1), 5, 4, 3, 2),
        DayActivity(D(2026, 3, 2), 1, 0, 0, 0),
    ]


@pytest.mark.parametrize(
    ("bad", "field", "message"),
    [
        ([D(2026, 3, 2), 7, -3, 0, 0], "active_members", '"-3" is not a whole number'),
        ([D(2026, 3, 2), 7.5, 0, 0, 0], "messages", '"7.5" is not a whole number'),
        ([D(2026, 3, 2), 7, 0, "三", 0], "joined", '"三" is not a whole number'),
        (["3/2/26", 7, 0, 0, 0], "date", "ambiguous"),
        ([None, 7, 0, 0, 0], "date", "A date is needed"),
    ],
)
def test_a_bad_sheet_row_is_named_by_its_excel_row_and_nothing_written(
    tmp_path: Path, database: Database, bad: list[Any], field: str, message: str
) -> None:
    path = workbook(
        tmp_path / "log.xlsx",
        ["日期", "消息", "活跃", "新成员", "退群"],
        [D(2026, 3, 1), 120, 30, 2, 1],
        bad,
    )
    group = make_group(database)
    before = snapshot(database)
    with pytest.raises(ValidationError) as caught:
        activity_log.set_days(database, group, activity_log.parse_sheet(path))
    # title (1), blank (2), header (3), good row (4), bad row (5)
    assert (caught.value.field, caught.value.row) == (field, 5)
    assert message in caught.value.message
    assert snapshot(database) == before


def test_parse_file_picks_the_reader_by_suffix(tmp_path: Path) -> None:
    sheet = workbook(tmp_path / "log.xlsx", ["date", "messages"], [D(2026, 3, 1), 9])
    text = tmp_path / "log.csv"
    text.write_bytes("消息数,日期\n9,2026-03-01\n".encode("gb18030"))  # headers name columns
    expected = [DayActivity(D(2026, 3, 1), 9)]
    assert activity_log.parse_file(sheet) == activity_log.parse_file(text) == expected


def test_unreadable_files_are_refused_as_a_file_problem(tmp_path: Path) -> None:
    fake = tmp_path / "log.xlsx"
    fake.write_bytes(b"not a workbook")
    with pytest.raises(ValidationError) as caught:
        activity_log.parse_file(fake)
    assert caught.value.field == "file" and "log.xlsx" in caught.value.message
    with pytest.raises(ValidationError) as missing:
        activity_log.parse_file(tmp_path / "gone.csv")
    assert missing.value.field == "file"


def test_csv_keeps_its_rules() -> None:
    # A first row that is neither a header nor a date is skipped, as before; later ones are not.
    assert activity_log.parse_csv(b"xx,yy\n2026-03-01,1,2,3,4\n") == [
        DayActivity(D(2026, 3, 1), 1, 2, 3, 4)
    ]
    with pytest.raises(ValidationError) as caught:
        activity_log.parse_csv(b"2026-03-01,1\nlater,2\n")
    assert (caught.value.field, caught.value.row) == ("date", 2)


def test_the_plan_reports_every_bad_row_and_keeps_the_good_ones(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "log.xlsx",
        ["日期", "消息(条)", "活跃人数"],  # a unit in brackets still names the column
        [D(2026, 3, 1), 120, 30],
        [D(2026, 3, 2), -1, "x"],
        ["soon", 5, 0],
        [D(2026, 3, 4), 8, 2],
    )
    plan = activity_log.plan_activity_import(activity_log.read_activity_sheet(path))
    assert plan.mapping == ("date", "messages", "active_members")
    assert plan.rows == (
        DayActivity(D(2026, 3, 1), 120, 30),
        DayActivity(D(2026, 3, 4), 8, 2),
    )
    assert plan.invalid_rows == (5, 6)
    assert [(p.row, p.field, p.column) for p in plan.problems] == [
        (5, "messages", "消息(条)"),
        (5, "active_members", "活跃人数"),
        (6, "date", "日期"),
    ]


def test_store_days_writes_inside_the_callers_transaction(database: Database) -> None:
    group = make_group(database)
    first = DayActivity(D(2026, 3, 1), 5, 3, 1, 0)
    with database.transaction() as conn:
        activity_log.store_days(conn, group, [first])
    with database.transaction() as conn:
        activity_log.store_days(conn, group, [DayActivity(D(2026, 3, 2), 1)], [D(2026, 3, 1)])
    assert activity_log.activity(database, group, D(2026, 3, 1), D(2026, 3, 31)) == [
        DayActivity(D(2026, 3, 2), 1)
    ]
