"""The crafted files of the hostile-input review, written for the import's memory benchmark.

Each is small on disk and claims (or holds) far more than its rows: a stray cell at the
sheet's far corner, a shared-string table that claims four billion strings, 300 MB of text
deflated into a few hundred KB, and 10 MB of blank CSV lines.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

MB = 1024 * 1024
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/></Types>'
    ),
    "_rels/.rels": f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
    f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
    '<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
    f'Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
    f'Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
}


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _sheet(rows: str) -> str:
    return f'<worksheet xmlns="{_MAIN}"><sheetData>{rows}</sheetData></worksheet>'


def _workbook(path: Path, sheet: str, strings: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in _PARTS.items():
            book.writestr(name, text)
        book.writestr("xl/worksheets/sheet1.xml", sheet)
        if strings is not None:
            book.writestr("xl/sharedStrings.xml", strings)
    return path


def far_cell(folder: Path) -> Path:
    """A header, one member and one stray cell at XFD1048576 (2 KB)."""
    rows = (
        f'<row r="1">{_cell("A1", "姓名")}</row><row r="2">{_cell("A2", "张三")}</row>'
        f'<row r="1048576">{_cell("XFD1048576", "x")}</row>'
    )
    return _workbook(folder / "far-cell.xlsx", _sheet(rows))


def string_count(folder: Path) -> Path:
    """Two shared strings in a table that claims four billion."""
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>'
    )
    strings = (
        f'<sst xmlns="{_MAIN}" count="4000000000" uniqueCount="4000000000">'
        "<si><t>姓名</t></si><si><t>张三</t></si></sst>"
    )
    return _workbook(folder / "string-count.xlsx", _sheet(rows), strings)


def text_bomb(folder: Path) -> Path:
    """300 MB of text in one cell, deflated into a few hundred KB."""
    path = folder / "text-bomb.xlsx"
    head = _sheet(
        f'<row r="1">{_cell("A1", "姓名")}</row><row r="2"><c r="A2" t="inlineStr"><is><t>'
    )
    start, end = head.split("</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in _PARTS.items():
            book.writestr(name, text)
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(start.encode())
            chunk = b"a" * MB
            for _ in range(300):
                sheet.write(chunk)
            sheet.write(b"</t></is></c></row></sheetData>" + end.encode())
    return path


def blank_lines(folder: Path) -> Path:
    """A two-line roster followed by 10 MB of empty lines."""
    path = folder / "blank-lines.csv"
    path.write_bytes("姓名\n张三\n".encode() + b"\n" * (10 * MB))
    return path


MAKERS: tuple[tuple[str, Callable[[Path], Path]], ...] = (
    ("stray cell at XFD1048576", far_cell),
    ("shared strings claiming 4e9", string_count),
    ("300 MB of text deflated", text_bomb),
    ("10 MB of blank CSV lines", blank_lines),
)


def unpacked_mb(path: Path) -> float:
    """What the file holds once unpacked, in MB (a CSV is its own size)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as book:
            return sum(info.file_size for info in book.infolist()) / 1e6
    return path.stat().st_size / 1e6
