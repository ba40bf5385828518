"""Nothing is mangled without a word: encodings, duplicate titles, delimiters, control
characters, NaN amounts, blank-row floods and files that are no regular file."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.core.text_safety import multi_line, one_line, terminal_safe
from desktop.models.exchange import csv_text, sheet_files
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import member_import as imp
from desktop.models.exchange import revenue_import as ri
from desktop.models.storage.db import Database
from tests.models.exchange import hostile_sheets as hs


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# ---- one encoding per file ----------------------------------------------------------------


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_a_gbk_row_in_a_utf8_file_is_refused_by_its_row(tmp_path: Path, bom: bytes) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        bom
        + "姓名,备注\n张三,老客户\n".encode()
        + "李四,新客户\n".encode("gbk")
        + "王五,朋友\n".encode()
    )
    with pytest.raises(sheet_files.SpreadsheetError) as caught:
        imp.read_sheet(path)
    assert str(caught.value) == (
        "mixed.csv: row 3: GBK text in a UTF-8 file (the file mixes two encodings); "
        "save the whole file again as UTF-8"
    )


def test_the_row_named_counts_records_not_lines(tmp_path: Path) -> None:
    """A quoted cell across two lines is one row, as Excel shows it."""
    path = tmp_path / "mixed.csv"
    path.write_bytes('姓名,备注\n张三,"第一行\n第二行"\n\n'.encode() + "李四,新\n".encode("gbk"))
    with pytest.raises(sheet_files.SpreadsheetError, match="row 4: GBK text in a UTF-8 file"):
        imp.read_sheet(path)


def test_a_gbk_file_stays_gbk(tmp_path: Path) -> None:
    sheet = imp.read_sheet(write(tmp_path / "gbk.csv", "姓名,备注\n张三,老客户\n李四,新\n", "gbk"))
    assert sheet.encoding == "gb18030"
    assert [r.cells for r in sheet.rows] == [["张三", "老客户"], ["李四", "新"]]


# ---- columns titled alike ----------------------------------------------------------------


def test_two_columns_titled_alike_are_refused_by_their_letters(
    tmp_path: Path, database: Database
) -> None:
    path = write(tmp_path / "twice.csv", "姓名,手机,手机,姓名\n张三,13800000001,13800000002,张\n")
    sheet = imp.read_sheet(path)
    with pytest.raises(ValidationError) as caught:
        imp.plan_import(database, sheet)
    assert caught.value.message == (
        "Columns A, D are all titled “姓名”: rename all but one (or choose each column's "
        "field in the import window); nothing was imported."
    )
    # Mapped by the owner (the import window's combo boxes), the file imports.
    plan = imp.plan_import(database, sheet, ["name", "phone", None, "nickname"])
    assert plan.rows[0].member["nickname"] == "张"


def test_revenue_columns_titled_alike_are_refused(tmp_path: Path, database: Database) -> None:
    path = write(tmp_path / "ledger.csv", "日期,类别,金额,金额\n2026-11-01,门票,100,200\n")
    with pytest.raises(ValidationError, match="Columns C, D are all titled “金额”"):
        ri.plan_revenue_import(database, ri.read_revenue_sheet(path))


# ---- the delimiter --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        # more commas in the notes than tabs in the file: a count of each picked commas
        ("姓名\t备注\n张三\t烘焙, 阅读, 旅行, 摄影\n李四\t老客户, 宝妈\n", "\t"),
        ("姓名,备注\n张三,喜欢烘焙\t阅读\n李四,老客户\n", ","),  # a tab in the notes
        ("姓名;手机;备注\n张三;13800000001;a,b\n李四;13800000002;c\n", ";"),
        ('姓名,备注\n张三,"a;b;c\td"\n', ","),  # quotes respected
        ("姓名\n张三\n", ","),  # one column: nothing to split
    ],
)
def test_the_delimiter_is_found_by_the_shape_of_the_rows(
    tmp_path: Path, text: str, delimiter: str
) -> None:
    sheet = imp.read_sheet(write(tmp_path / "m.csv", text))
    assert sheet.delimiter == delimiter
    assert sheet.rows[0].cells[0] == "张三"
    assert sheet.headers[0] == "姓名"


@pytest.mark.parametrize("chosen", ["\t", "tab"])
def test_the_delimiter_can_be_chosen(tmp_path: Path, chosen: str) -> None:
    path = write(tmp_path / "m.csv", "姓名,备注\ta\n张三,x\ty\n")
    assert imp.read_sheet(path).headers == ("姓名", "备注 a")  # a title is one line
    assert imp.read_sheet(path, delimiter=chosen).headers == ("姓名,备注", "a")
    with pytest.raises(sheet_files.SpreadsheetError, match="not a delimiter"):
        imp.read_sheet(path, delimiter="|")


# ---- control characters -------------------------------------------------------------------


def test_control_characters_are_stripped_on_import(tmp_path: Path, database: Database) -> None:
    text = (
        "姓名,昵称,备注,标签\n"
        '\x1b]0;pwned\x07张\u202e三\x1b,"小\t\n雪","第一行\r\n第二行\t缩进\x1b\x85",宝妈\n老客户\n'
    )
    path = write(tmp_path / "ctl.csv", text)
    plan = imp.plan_import(database, imp.read_sheet(path))
    assert not plan.errors
    member = plan.rows[0].member
    assert member["name"] == "]0;pwned张三"  # ESC, BEL and U+202E gone: the rest is text
    assert member["nickname"] == "小 雪"  # a one-line field: tab and line break become a space
    assert member["notes"] == "第一行\n第二行\t缩进"  # notes keep their lines and tabs
    assert plan.rows[0].tags == ("宝妈",)


@pytest.mark.parametrize(
    ("text", "one", "multi"),
    [
        ("a\x00b\x1fc\x7fd\x9fe", "abcde", "abcde"),
        ("\u202ax\u202ey\u2066z\u2069", "xyz", "xyz"),
        ("l1\r\nl2\rl3\nl4\tt", "l1 l2 l3 l4 t", "l1\nl2\nl3\nl4\tt"),
        ("张三 🙂", "张三 🙂", "张三 🙂"),
    ],
)
def test_which_characters_go(text: str, one: str, multi: str) -> None:
    assert one_line(text) == one
    assert multi_line(text) == multi


def test_terminal_output_escapes_what_is_not_printable() -> None:
    assert terminal_safe("row 2: 姓名: “\x1b[2J张三\u202e” 🙂") == (
        "row 2: 姓名: “\\x1b[2J张三\\u202e” 🙂"
    )


# ---- revenue amounts that are no numbers -------------------------------------------------------


def test_nan_and_infinite_amounts_are_not_a_number(tmp_path: Path, database: Database) -> None:
    def entry(number: int, day: str, amount: str) -> str:
        cells = (hs.text_cell(f"A{number}", day), hs.text_cell(f"B{number}", "门票"), amount)
        return hs.row(number, *cells)

    title = ("日期", "类别", "金额(元)")
    rows = (
        hs.row(1, *(hs.text_cell(f"{c}1", t) for c, t in zip("ABC", title, strict=True)))
        + entry(2, "2026-11-01", '<c r="C2"><v>1e400</v></c>')  # calamine: inf
        + entry(3, "2026-11-02", '<c r="C3"><v>NaN</v></c>')
        + entry(4, "2026-11-03", hs.text_cell("C4", "1e400"))  # the text
        + entry(5, "2026-11-04", '<c r="C5"><v>99.5</v></c>')
    )
    path = hs.workbook(tmp_path / "ledger.xlsx", hs.sheet_xml(rows, "A1:C5"))
    plan = ri.plan_revenue_import(database, ri.read_revenue_sheet(path))
    assert engine.problem_lines(plan.problems) == [
        "row 2: 金额(元): not a number",
        "row 3: 金额(元): not a number",
        "row 4: 金额(元): not a number",
    ]
    assert [p.values["amount_minor"] for p in plan.rows] == [9950]


# ---- floods and limits of CSV files -------------------------------------------------------------


def test_a_flood_of_blank_lines_costs_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "flood.csv"
    path.write_bytes(b"\r\n" * 1_000_000 + "姓名\n张三\n".encode() + b"\n" * 1_000_000 + b",,,\n")
    sheet = imp.read_sheet(path)
    assert sheet.header_row == 1_000_001
    assert [(r.number, r.cells) for r in sheet.rows] == [(1_000_002, ["张三"])]


def test_blank_lines_inside_quotes_are_content(tmp_path: Path) -> None:
    path = write(tmp_path / "q.csv", '姓名,备注\n\n张三,"a\n\n\nb"\n\n李四,c\n')
    sheet = imp.read_sheet(path)
    assert [(r.number, r.cells) for r in sheet.rows] == [
        (3, ["张三", "a\n\n\nb"]),
        (5, ["李四", "c"]),
    ]


@pytest.mark.parametrize(("rows", "ok"), [(5, True), (6, False)])
def test_the_row_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: int, ok: bool
) -> None:
    monkeypatch.setattr(csv_text, "MAX_ROWS", 6)  # the header and five rows
    path = write(tmp_path / "m.csv", "姓名\n" + "张三\n" * rows)
    if ok:
        assert len(imp.read_sheet(path).rows) == rows
    else:
        with pytest.raises(sheet_files.SpreadsheetError, match="more than 6 rows"):
            imp.read_sheet(path)


@pytest.mark.parametrize(("extra", "note"), [(0, False), (1, True)])
def test_csv_columns_past_the_limit_are_left_with_a_note(
    tmp_path: Path, extra: int, note: bool
) -> None:
    width = sheet_files.MAX_COLUMNS + extra
    path = write(
        tmp_path / "wide.csv", "姓名" + ",h" * (width - 1) + "\n张三" + ",v" * (width - 1) + "\n"
    )
    sheet = imp.read_sheet(path)
    assert len(sheet.headers) == sheet_files.MAX_COLUMNS
    assert sheet.notes == (
        ("cells right of column SR are not read (the first in row 1)",) if note else ()
    )


# ---- what is no regular file ------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="a POSIX device")
def test_devices_and_folders_are_never_read(tmp_path: Path) -> None:
    for path in (Path("/dev/zero"), tmp_path):
        with pytest.raises(sheet_files.SpreadsheetError, match="not a regular file"):
            imp.read_sheet(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "members.csv"
    os.mkfifo(fifo)  # opening it to read would wait for a writer forever
    with pytest.raises(sheet_files.SpreadsheetError, match=r"members\.csv: not a regular file"):
        imp.read_sheet(fifo)


@pytest.mark.parametrize(
    ("data", "days"),
    [(b"\r\x00", 0), (b"day,messages\r2026-01-01,5\r", 1)],  # old Mac line ends (a lone CR)
)
def test_a_daily_log_with_lone_carriage_returns_is_read(data: bytes, days: int) -> None:
    from desktop.models.groups import activity_log

    assert len(activity_log.parse_csv(data)) == days
