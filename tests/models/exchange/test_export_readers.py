"""Every export read by non-recalculating readers: totals with values, charts with data, fonts."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from desktop.models.core.clock import FixedClock
from desktop.models.exchange.exporting import ExportOptions, export_workbook
from desktop.models.storage.db import Database
from tests.conftest import TEST_NOW

TODAY = dt.date(2026, 11, 23)
WIDE = {"start": dt.date(2000, 1, 1), "end": dt.date(2030, 12, 31), "today": TODAY}
CO_ORGANISER = 1  # the demo's partner with shares in two groups

KINDS: dict[str, dict[str, Any]] = {
    "default-zh": dict(WIDE),
    "default-en": {**WIDE, "lang": "en"},
    "masked": {**WIDE, "mask_contacts": True},
    "partner-zh": {"partner_id": CO_ORGANISER, **WIDE},
    "partner-en-members": {
        "partner_id": CO_ORGANISER,
        "lang": "en",
        "include_members": True,
        "include_notes": True,
        **WIDE,
    },
}


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> dict[str, Path]:
    """The demo exported once in each kind (read only by the tests)."""
    db = Database.open(demo_template, clock=FixedClock(TEST_NOW))
    folder = tmp_path_factory.mktemp("kinds")
    try:
        found = {}
        for kind, options in KINDS.items():
            found[kind] = folder / f"{kind}.xlsx"
            export_workbook(db, found[kind], ExportOptions(**options))
    finally:
        db.close()
    return found


def _parts(path: Path, prefix: str) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n).decode() for n in archive.namelist() if n.startswith(prefix)}


def _formula_cells(path: Path) -> list[tuple[str, str]]:
    book = openpyxl.load_workbook(path)
    found = [
        (ws.title, cell.coordinate)
        for ws in book.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    book.close()
    return found


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_formula_cell_is_empty_for_a_reader_that_does_not_recalculate(
    exports: dict[str, Path], kind: str
) -> None:
    path = exports[kind]
    formulas = _formula_cells(path)
    if kind.startswith("default") or kind == "masked":
        assert len(formulas) >= 10  # groups, events, activity, revenue, summary totals
    values = openpyxl.load_workbook(path, data_only=True)
    calamine = CalamineWorkbook.from_path(str(path))
    grids = {name: calamine.get_sheet_by_name(name).to_python() for name in calamine.sheet_names}
    for title, coordinate in formulas:
        cached = values[title][coordinate].value
        assert isinstance(cached, int | float), (title, coordinate, cached)
        row, col = openpyxl.utils.cell.coordinate_to_tuple(coordinate)
        assert grids[title][row - 1][col - 1] == cached, (title, coordinate)
    values.close()


def test_formula_values_are_what_the_formulas_come_to(exports: dict[str, Path]) -> None:
    """Each SUM's cached value equals the sum of the cells it names, as calamine reads them."""
    path = exports["default-zh"]
    book = openpyxl.load_workbook(path)
    calamine = CalamineWorkbook.from_path(str(path))
    checked = 0
    for ws in book.worksheets:
        grid = calamine.get_sheet_by_name(ws.title).to_python()
        for row in ws.iter_rows():
            for cell in row:
                found = re.fullmatch(r"=SUM\(([A-Z])(\d+):\1(\d+)\)", str(cell.value))
                if cell.data_type != "f" or not found:
                    continue
                col = openpyxl.utils.column_index_from_string(found[1]) - 1
                first, last = int(found[2]), int(found[3])
                cells = [grid[r - 1][col] for r in range(first, last + 1)]
                expected = sum(v for v in cells if v != "")
                shown = grid[cell.row - 1][cell.column - 1]
                assert shown == pytest.approx(expected), (ws.title, cell.coordinate)
                checked += 1
    assert checked >= 8
    # the revenue totals by kind: net = direct + indirect − expense, from the database
    revenue = calamine.get_sheet_by_name("收入").to_python()
    totals = {row[0]: row[4] for row in revenue if str(row[0]).startswith("合计")}
    net = (
        totals["合计 直接收入（CNY）"] + totals["合计 间接收入（CNY）"] - totals["合计 支出（CNY）"]
    )
    assert totals["合计 净额（CNY）"] == pytest.approx(net)
    book.close()


def test_revenue_totals_match_the_database(exports: dict[str, Path], demo_template: Path) -> None:
    db = Database.open(demo_template)
    try:
        income, expense = db.conn.execute(
            "SELECT sum(CASE WHEN kind != 'expense' THEN amount_minor ELSE 0 END),"
            " sum(CASE WHEN kind = 'expense' THEN amount_minor ELSE 0 END)"
            " FROM revenue WHERE currency = 'CNY'"
        ).fetchone()
    finally:
        db.close()
    book = CalamineWorkbook.from_path(str(exports["default-zh"]))
    revenue = book.get_sheet_by_name("收入").to_python()
    totals = {row[0]: row[4] for row in revenue if str(row[0]).startswith("合计")}
    assert totals["合计 支出（CNY）"] == pytest.approx(expense / 100)
    assert totals["合计 净额（CNY）"] == pytest.approx((income - expense) / 100)


@pytest.mark.parametrize("kind", ["default-zh", "default-en", "masked"])
def test_every_chart_carries_its_data_and_text_categories_as_strings(
    exports: dict[str, Path], kind: str
) -> None:
    charts = _parts(exports[kind], "xl/charts/chart")
    assert len(charts) == 2
    for name, xml in charts.items():
        series = re.findall(r"<c:ser>.*?</c:ser>", xml, re.S)
        assert series, name
        for ser in series:
            cat = re.search(r"<c:cat>(.*?)</c:cat>", ser, re.S)
            val = re.search(r"<c:val>(.*?)</c:val>", ser, re.S)
            tx = re.search(r"<c:tx>(.*?)</c:tx>", ser, re.S)
            assert cat and val and tx, name
            # group names and months are text: a string reference with its strings cached
            assert "<c:strRef>" in cat[1] and "<c:numRef>" not in cat[1], name
            assert re.search(r"<c:strCache><c:ptCount val=\"[1-9]\d*\"/><c:pt ", cat[1]), name
            assert re.search(r"<c:numCache>.*<c:pt idx=", val[1], re.S), name
            assert re.search(r"<c:strCache>.*<c:v>[^<]+</c:v>", tx[1], re.S), name


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_font_has_a_name_and_a_size(exports: dict[str, Path], kind: str) -> None:
    styles = _parts(exports[kind], "xl/styles.xml")["xl/styles.xml"]
    fonts = re.findall(r"<font>(.*?)</font>", styles, re.S)
    assert len(fonts) >= 3  # plain, bold, the heading's
    for font in fonts:
        assert '<name val="等线"/>' in font and re.search(r'<sz val="\d+"/>', font), font


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_sheet_has_its_print_settings(exports: dict[str, Path], kind: str) -> None:
    path = exports[kind]
    book = CalamineWorkbook.from_path(str(path))
    names = book.sheet_names
    workbook = _parts(path, "xl/workbook.xml")["xl/workbook.xml"]
    for index, name in enumerate(names, start=1):
        xml = _parts(path, f"xl/worksheets/sheet{index}.xml")[f"xl/worksheets/sheet{index}.xml"]
        setup = re.search(r"<pageSetup [^>]*/>", xml)
        assert setup and 'paperSize="9"' in setup[0], name
        assert '<pageSetUpPr fitToPage="1"/>' in xml, name
        footer = re.search(r"<oddFooter>(.*?)</oddFooter>", xml)
        assert footer and "&amp;A" in footer[1] and "&amp;P" in footer[1], name
        assert "&amp;N" in footer[1] and "2026-11-23" in footer[1], name
        columns = max(len(row) for row in book.get_sheet_by_name(name).to_python())
        if name not in ("概览", "Summary"):  # landscape unless its goals need more rows
            assert ('orientation="landscape"' in setup[0]) == (columns > 8), (name, columns)
        autofilter = "<autoFilter " in xml
        repeated = f'<definedName name="_xlnm.Print_Titles" localSheetId="{index - 1}">'
        # a table repeats its header row on every page; the free-form sheets have none
        assert (repeated in workbook) == autofilter, name


def test_footer_in_english_and_chinese(exports: dict[str, Path]) -> None:
    zh = _parts(exports["default-zh"], "xl/worksheets/sheet2.xml")["xl/worksheets/sheet2.xml"]
    en = _parts(exports["default-en"], "xl/worksheets/sheet2.xml")["xl/worksheets/sheet2.xml"]
    assert "第 &amp;P 页，共 &amp;N 页" in zh and "导出于 2026-11-23" in zh
    assert "Page &amp;P of &amp;N" in en and "Exported 2026-11-23" in en
