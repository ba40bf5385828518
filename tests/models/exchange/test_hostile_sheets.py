"""Hostile workbooks: a stray far cell, lying counts and sizes, zip bombs, long cells.

calamine would abort the process on several of these (its dense grid or its shared-string
room sized by the file's claims); `xlsx_guard` must route each to the bounded reader
(`xlsx_sparse`) or refuse it, and both readers must agree on ordinary workbooks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import member_import as imp
from desktop.models.exchange import sheet_files, sheets, xlsx_guard, xlsx_sparse
from desktop.models.exchange.sheet_files import MAX_CELL_CHARS, MAX_COLUMNS
from desktop.models.storage.db import Database
from tests.models.exchange import hostile_sheets as hs

HEADER = hs.row(1, hs.text_cell("A1", "姓名"), hs.text_cell("B1", "备注"))
ZHANG = hs.row(2, hs.text_cell("A2", "张三"), hs.text_cell("B2", "老客户"))


def verdict(path: Path) -> xlsx_guard.Verdict:
    return xlsx_guard.check_workbook(path.read_bytes(), path.name)


def far_cell(tmp_path: Path, ref: str, dimension: str | None = "A1:B2") -> Path:
    number = int("".join(c for c in ref if c.isdigit()))
    rows = HEADER + ZHANG + hs.row(number, hs.text_cell(ref, "x"))
    return hs.workbook(tmp_path / "far.xlsx", hs.sheet_xml(rows, dimension))


# ---- the stray far cell ----------------------------------------------------------------


@pytest.mark.parametrize(
    "dimension",
    [
        "A1:XFD1048576",  # what Excel or openpyxl writes for such a sheet
        "A1:B2",  # a lie: calamine does not read the dimension, it places the cell
        None,
    ],
)
def test_a_stray_far_cell_is_read_cell_by_cell(tmp_path: Path, dimension: str | None) -> None:
    path = far_cell(tmp_path, "XFD1048576", dimension)
    assert verdict(path).reason  # calamine would ask for 549,755,813,888 bytes
    sheet = imp.read_sheet(path)
    assert sheet.headers == ("姓名", "备注")
    assert [(r.number, r.cells) for r in sheet.rows] == [(2, ["张三", "老客户"])]
    assert sheet.notes == (
        "cells right of column SR or below row 1,048,576 are not read (the first is XFD1048576)",
    )


def test_a_far_cell_within_excels_columns_is_kept(tmp_path: Path) -> None:
    path = far_cell(tmp_path, "Z1048576")  # 1.17 GB through calamine
    assert verdict(path).reason
    sheet = imp.read_sheet(path)
    assert sheet.rows[-1].number == 1_048_576
    assert sheet.rows[-1].cells[25] == "x" and len(sheet.headers) == 26
    assert sheet.rows[0].cells[:2] == ["张三", "老客户"]


@pytest.mark.parametrize(
    ("last", "kept"),
    [(MAX_COLUMNS, True), (MAX_COLUMNS + 1, False)],  # the 512th column (SR) is the last read
)
def test_columns_are_read_up_to_the_limit(tmp_path: Path, last: int, kept: bool) -> None:
    letters = sheet_files.column_letter(last - 1)
    cells = "".join(hs.text_cell(f"{sheet_files.column_letter(i)}2", f"v{i}") for i in range(last))
    path = hs.workbook(tmp_path / "wide.xlsx", hs.sheet_xml(HEADER + hs.row(2, cells), None))
    sheet = imp.read_sheet(path)
    assert len(sheet.headers) == min(last, MAX_COLUMNS)
    assert sheet.rows[0].cells[MAX_COLUMNS - 1] == f"v{MAX_COLUMNS - 1}"
    assert bool(sheet.notes) is not kept
    if not kept:
        assert f"(the first is {letters}2)" in sheet.notes[0]


@pytest.mark.parametrize(("column", "safe"), [(100, True), (101, False)])
def test_the_allowance_is_met_exactly_and_not_passed(column: int, safe: bool) -> None:
    """calamine's grid may span `cells` cells: 4 rows of 100 columns in 400, not of 101."""
    far = hs.row(4, hs.text_cell(f"{sheet_files.column_letter(column - 1)}4", "x"))
    xml = hs.sheet_xml(HEADER + ZHANG + far, None).encode()
    reason, _gaps = xlsx_guard._sheet_check(xml, 400)
    assert (reason == "") is safe
    assert safe or reason == "a cell at CW4, outside the rest of the sheet"


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("<c><v>1</v></c>", "without a plain reference"),  # placed by counters
        ('<c s="1" r="A3"><v>1</v></c>', "without a plain reference"),
        ('<x:c xmlns:x="x" r="A3"><v>1</v></x:c>', "without a plain reference"),
        ('<c r="A3" r="XFD1048576"><v>1</v></c>', "outside"),  # calamine takes the last r
        ("<c r = 'XFD1048576'><v>1</v></c>", "without a plain reference"),
        ('<c r="A3" r  =  "XFD1048576"><v>1</v></c>', "written oddly"),
        ('<c r="xfd3"><v>1</v></c>', ""),  # lower case: calamine reads it, within bounds here
        ('<c r="ZZZZ3"><v>1</v></c>', "outside"),
        ('<c r="A99999999999"><v>1</v></c>', "1 columns by"),  # more digits than any sheet
    ],
)
def test_cells_calamine_would_place_far_away_are_caught(cell: str, why: str) -> None:
    xml = hs.sheet_xml(HEADER + hs.row(3, cell), None).encode()
    reason, _gaps = xlsx_guard._sheet_check(xml, xlsx_guard.MIN_CELLS)
    assert (why in reason) if why else reason == ""


def test_the_regex_engines_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    """RE2 speeds the scan up; re, where RE2 is missing, must find the same."""
    samples = [
        hs.sheet_xml(HEADER + hs.row(3, cell), None).encode()
        for cell in (
            '<c r="A3"><v>1</v></c>',
            '<c r="XFD3"><v>1</v></c>',
            '<c r="A3" r="B1048576"><v>1</v></c>',
            "<c r='A3'/>",
            '<c r="A3" xr="XFD9"/>',
            '<c r="A3"><f>SUM(B1)</f></c>',
        )
    ]
    with_re2 = [xlsx_guard._sheet_check(xml, 5000) for xml in samples]
    monkeypatch.setattr(xlsx_guard, "_re2", None)
    xlsx_guard._checks.cache_clear()
    try:
        assert [xlsx_guard._sheet_check(xml, 5000) for xml in samples] == with_re2
    finally:
        xlsx_guard._checks.cache_clear()


# ---- claims of the shared strings --------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "unique", "safe"),
    [
        (None, 2, True),  # as many as it holds: calamine reserves room for them
        (None, 3, False),  # one more than it holds
        (None, 4_000_000_000, False),  # 96 GB of room: calamine aborts
        (4_000_000_000, None, False),  # the uses: not reserved today, but no use is that small
    ],
)
def test_shared_string_counts_beyond_the_strings_held(
    tmp_path: Path, count: int | None, unique: int | None, safe: bool
) -> None:
    rows = hs.row(1, '<c r="A1" t="s"><v>0</v></c>') + hs.row(2, '<c r="A2" t="s"><v>1</v></c>')
    strings = hs.shared_strings(["姓名", "张三"], count=count, unique=unique)
    path = hs.workbook(tmp_path / "sst.xlsx", hs.sheet_xml(rows, "A1:A2"), strings)
    assert (verdict(path).reason == "") is safe
    sheet = imp.read_sheet(path)  # either reader gives the same
    assert sheet.headers == ("姓名",) and sheet.rows[0].cells == ["张三"]


def test_a_shared_strings_part_found_by_name_in_any_case(tmp_path: Path) -> None:
    rows = hs.row(1, '<c r="A1" t="s"><v>0</v></c>')
    strings = hs.shared_strings(["姓名"], unique=4_000_000_000).encode()
    path = hs.workbook(
        tmp_path / "case.xlsx",
        hs.sheet_xml(rows, "A1"),
        extra={"XL/SharedStrings.xml": strings},
    )
    assert "4,000,000,000" in verdict(path).reason


# ---- the zip ---------------------------------------------------------------------------


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path: Path) -> None:
    megabyte = b"\0" * (1024 * 1024)
    stream, size, crc = hs.deflated(megabyte for _ in range(300))  # 300 MB in ~300 KB
    data = hs.raw_zip(
        [
            ("[Content_Types].xml", hs.CONTENT_TYPES.encode(), None),
            ("xl/worksheets/sheet1.xml", stream, (size, crc)),
        ]
    )
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(data)
    with pytest.raises(sheet_files.SpreadsheetError, match=r"unpacks to 300 MB from a .* KB file"):
        imp.read_sheet(path)


@pytest.mark.parametrize("over", [0, 1])
def test_the_unpack_limit(over: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = hs.raw_zip([("a.xml", b"<a/>" * 1000, None)])
    monkeypatch.setattr(xlsx_guard, "UNPACK_RATIO", 0)
    monkeypatch.setattr(xlsx_guard, "UNPACK_SLACK", 4000 - over)  # the part unpacks to 4000
    if over:
        with pytest.raises(sheet_files.SpreadsheetError, match="zip bomb"):
            xlsx_guard.open_archive(data, "a.xlsx")
    else:
        xlsx_guard.open_archive(data, "a.xlsx")


def test_a_part_larger_than_it_says_is_damaged(tmp_path: Path) -> None:
    body = hs.sheet_xml(HEADER + ZHANG).encode()
    stream, size, crc = hs.deflated([body])
    data = hs.raw_zip([("xl/worksheets/sheet1.xml", stream, (size - 10, crc))])
    with pytest.raises(sheet_files.SpreadsheetError, match="is damaged"):
        xlsx_guard.check_workbook(data, "lie.xlsx")


@pytest.mark.parametrize(
    ("names", "reason"),
    [
        (["xl/workbook.xml", "XL/Workbook.xml"], "two parts are named"),
        (["a.xml"] * 2, "two parts are named"),
    ],
)
def test_ambiguous_zips_are_refused(names: list[str], reason: str) -> None:
    data = hs.raw_zip([(name, b"<a/>", None) for name in names])
    with pytest.raises(sheet_files.SpreadsheetError, match=reason):
        xlsx_guard.open_archive(data, "twice.xlsx")


def test_an_encrypted_part_is_refused() -> None:
    data = bytearray(hs.raw_zip([("a.xml", b"<a/>", None)]))
    for signature in (b"PK\x03\x04", b"PK\x01\x02"):  # the flag in both headers
        at = data.find(signature)
        data[at + (6 if signature == b"PK\x03\x04" else 8)] |= 1
    with pytest.raises(sheet_files.SpreadsheetError, match="encrypted"):
        xlsx_guard.open_archive(bytes(data), "locked.xlsx")


# ---- formulas, long cells, damaged values ---------------------------------------------------


def test_formula_cells_saved_without_a_value_are_reported(
    tmp_path: Path, database: Database
) -> None:
    rows = (
        hs.row(1, hs.text_cell("A1", "姓名"), hs.text_cell("B1", "备注"))
        + hs.row(2, hs.text_cell("A2", "张三"), '<c r="B2"><f>CONCAT("a","b")</f></c>')
        + hs.row(3, hs.text_cell("A3", "李四"), '<c r="B3" t="str"><f>X</f><v>ab</v></c>')
        + hs.row(4, '<c r="A4"><f>A2</f><v></v></c>', hs.text_cell("B4", "新"))
    )
    path = hs.workbook(tmp_path / "f.xlsx", hs.sheet_xml(rows, "A1:B4"))
    plan = imp.plan_import(database, imp.read_sheet(path))
    assert engine.problem_lines(plan.errors) == [
        "row 2: 备注: a formula without a value; save the file in Excel or WPS first",
        "row 4: 姓名: a formula without a value; save the file in Excel or WPS first",
    ]
    assert [p.member["name"] for p in plan.rows] == ["李四"]


@pytest.mark.parametrize(("length", "ok"), [(MAX_CELL_CHARS, True), (MAX_CELL_CHARS + 1, False)])
@pytest.mark.parametrize("as_xlsx", [True, False])
def test_a_cell_is_at_most_ten_thousand_characters(
    tmp_path: Path, database: Database, length: int, ok: bool, as_xlsx: bool
) -> None:
    notes = "长" * length
    if as_xlsx:
        path = hs.workbook(
            tmp_path / "long.xlsx",
            hs.sheet_xml(HEADER + hs.row(2, hs.text_cell("A2", "张三"), hs.text_cell("B2", notes))),
        )
    else:
        path = tmp_path / "long.csv"
        path.write_text(f"姓名,备注\n张三,{notes}\n", encoding="utf-8")
    plan = imp.plan_import(database, imp.read_sheet(path))
    if ok:
        assert not plan.errors and plan.rows[0].member["notes"] == notes
    else:
        assert engine.problem_lines(plan.errors) == [
            "row 2: 备注: too long (10,001 characters; at most 10,000)"
        ]


# ---- the two readers agree ----------------------------------------------------------------

_VALUES = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn")), max_size=12),
    st.integers(-(10**9), 10**9),
    st.floats(-1e9, 1e9, allow_nan=False).map(lambda f: round(f, 4)),
    st.booleans(),
    st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2100, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    grid=st.lists(
        st.lists(st.one_of(st.none(), _VALUES), min_size=1, max_size=5), min_size=1, max_size=6
    )
)
def test_the_sparse_reader_reads_what_calamine_reads(
    tmp_path: Path, grid: list[list[object]]
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "备注", "金额", "日期", "x"])
    for values in grid:
        sheet.append([v.strip() if isinstance(v, str) else v for v in values])
    path = tmp_path / "both.xlsx"
    book.save(path)
    data = path.read_bytes()
    fast = sheets._read_with_calamine(path, data, None)
    slow = xlsx_sparse.read_sheet(data, path.name, None, len(data))

    def trimmed(raw: object) -> list[tuple[int, list[object]]]:
        rows = [(n, list(r)) for n, r in zip(raw.numbers, raw.grid, strict=True)]  # type: ignore[attr-defined]
        out = []
        for number, cells in rows:
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                out.append((number, cells))
        return out

    assert trimmed(slow) == trimmed(fast)
    assert slow.first_col == fast.first_col
