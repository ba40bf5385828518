"""A worksheet read cell by cell, keeping only filled cells: for workbooks calamine must not see.

`xlsx_guard` sends here what calamine would read as one huge dense grid (a stray cell at
XFD1048576, cells without references, implausible counts). This reader streams the sheet
XML with lxml, keeps each row's filled cells, drops those right of `MAX_COLUMNS` (with a
note), and refuses a sheet whose rows would span more cells than the file's size allows.
Values come out as calamine gives them (numbers as floats, dates by their number format,
rich text joined, error cells blank), so an import reads the same either way.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from desktop.models.core.messages import msg
from desktop.models.exchange import xlsx_guard
from desktop.models.exchange.sheet_files import (
    MAX_COLUMNS,
    MAX_ROWS,
    Cell,
    RawSheet,
    SpreadsheetError,
    column_letter,
)

_MS_PER_DAY = 86_400_000
_LAST_SERIAL = 2_958_465  # 9999-12-31, the last day Excel shows
_EPOCH_1900 = dt.date(1899, 12, 30)
_EPOCH_1904 = dt.date(1904, 1, 1)
# The number formats Excel builds in that show dates and times, and elapsed time.
_BUILTIN_DATES = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 47})
_BUILTIN_DURATION = 46
_DATE, _DURATION = "date", "duration"
_NUMBER = re.compile(
    r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?(?:inf|nan)", re.I
)
_REFERENCE = re.compile(r"([A-Za-z]+)([0-9]+)")
_WORKSHEET = "worksheets"


def read_sheet(data: bytes, name: str, wanted: str | None, unpacked: int) -> RawSheet:
    """The chosen worksheet (default: the first with data) of an .xlsx, filled cells only.

    `unpacked` is the workbook's real unpacked size (`xlsx_guard.Verdict.unpacked`); the
    rows read may span at most `xlsx_guard.allowance(unpacked)` cells.
    """
    archive = xlsx_guard.open_archive(data, name)
    book = _Workbook(archive, data, name)
    sheets = book.worksheets()
    names = tuple(sheet for sheet, _part in sheets)
    if not names:
        raise SpreadsheetError(msg("{name}: the workbook has no worksheet", name=name))
    if wanted is not None and wanted not in names:
        raise SpreadsheetError(
            msg("{name}: there is no sheet named “{wanted}”", name=name, wanted=wanted)
        )
    for sheet, part in sheets:
        if wanted is not None and sheet != wanted:
            continue
        raw = _SheetReader(book, xlsx_guard.allowance(unpacked)).read(part, sheet)
        if raw.grid:
            raw.names = names
            return raw
    raise SpreadsheetError(msg("{name}: the workbook has no data", name=name))


def sheet_parts(data: bytes, name: str) -> list[tuple[str, str]]:
    """(name, part path) of each worksheet of an .xlsx, in the workbook's order."""
    return _Workbook(xlsx_guard.open_archive(data, name), data, name).worksheets()


@functools.lru_cache(maxsize=1024)  # a sheet has a handful of tag names, seen millions of times
def _local(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""
    return text[text.rfind("}") + 1 :]


def _parser_options() -> dict[str, Any]:
    # No entity expansion nor network, and libxml2's size limits kept (no huge_tree).
    return {"resolve_entities": False, "no_network": True, "huge_tree": False}


class _Workbook:
    """The parts of a workbook the sheet reader needs, each read once."""

    def __init__(self, archive: zipfile.ZipFile, data: bytes, name: str) -> None:
        self.archive = archive
        self.data = data
        self.name = name
        # calamine looks parts up ignoring case; names were checked unique that way.
        self.parts = {
            info.filename.replace("\\", "/").lstrip("/").lower(): info
            for info in archive.infolist()
        }
        self.is_1904 = False
        self.strings: list[str] | None = None
        self.styles: list[str] | None = None

    def part(self, path: str) -> bytes | None:
        info = self.parts.get(path.lower())
        return None if info is None else xlsx_guard.inflate(self.data, info, self.name)

    def tree(self, path: str) -> Any:
        data = self.part(path)
        if data is None:
            return None
        try:
            return etree.fromstring(data, etree.XMLParser(**_parser_options()))
        except etree.LxmlError as exc:
            raise SpreadsheetError(
                msg(
                    "{name}: the part {path} is damaged ({exc})", name=self.name, path=path, exc=exc
                )
            ) from None

    def events(
        self, path: str, tags: tuple[str, ...], tag: str | None = None
    ) -> Iterator[tuple[str, Any]]:
        """(event, element) of the part's XML, streamed; only elements named `tag` if given."""
        info = self.parts.get(path.lower())
        if info is None:
            raise SpreadsheetError(
                msg("{name}: the workbook lacks its part {path}", name=self.name, path=path)
            )
        # Streamed from the zip: `check_workbook` has unpacked every part once already, so
        # the sizes zipfile stops at are the real ones.
        try:
            with self.archive.open(info) as stream:
                yield from etree.iterparse(stream, events=tags, tag=tag, **_parser_options())
        except (etree.LxmlError, zipfile.BadZipFile, OSError) as exc:
            raise SpreadsheetError(
                msg(
                    "{name}: the part {path} is damaged ({exc})", name=self.name, path=path, exc=exc
                )
            ) from None

    def worksheets(self) -> list[tuple[str, str]]:
        """(name, part path) of each worksheet, in the workbook's order."""
        book = self.tree("xl/workbook.xml")
        rels = self.tree("xl/_rels/workbook.xml.rels")
        if book is None or rels is None:
            raise SpreadsheetError(
                msg("{name}: not a readable .xlsx workbook (no workbook part)", name=self.name)
            )
        targets = {
            rel.get("Id"): rel.get("Target") or ""
            for rel in rels.iter()
            if _local(rel.tag) == "Relationship" and rel.get("TargetMode") != "External"
        }
        found: list[tuple[str, str]] = []
        for element in book.iter():
            local = _local(element.tag)
            if local == "workbookPr":
                self.is_1904 = (element.get("date1904") or "").lower() in ("1", "true")
            if local != "sheet":
                continue
            rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
            target = targets.get(rid, "")
            # where calamine looks for it: /xl/… and xl/… as given, else under xl/
            path = target[1:] if target.startswith("/xl/") else target
            path = path if path.startswith("xl/") else f"xl/{path}"
            if path.split("/")[1:2] == [_WORKSHEET]:
                found.append((element.get("name") or "", path))
        return found

    def shared_strings(self) -> list[str]:
        if self.strings is None:
            self.strings = []
            if "xl/sharedstrings.xml" in self.parts:
                for _event, element in self.events("xl/sharedStrings.xml", ("end",)):
                    if _local(element.tag) == "si":
                        self.strings.append(_rich_text(element))
                        element.clear()
        return self.strings

    def number_kinds(self) -> list[str]:
        """For each cell style (`s`), whether it shows a date, an elapsed time or neither."""
        if self.styles is None:
            self.styles = []
            styles = self.tree("xl/styles.xml")
            if styles is not None:
                codes = {
                    element.get("numFmtId"): element.get("formatCode") or ""
                    for element in styles.iter()
                    if _local(element.tag) == "numFmt"
                }
                for group in styles.iter():
                    if _local(group.tag) != "cellXfs":
                        continue
                    for xf in group:
                        if _local(xf.tag) == "xf":
                            number = xf.get("numFmtId") or "0"
                            code = codes.get(number)
                            kind = format_kind(code) if code else _builtin_kind(number)
                            self.styles.append(kind)
        return self.styles


def _rich_text(element: Any) -> str:
    """The text of a shared or inline string: its runs joined, phonetic hints left out."""
    if len(element) == 1 and _local(element[0].tag) == "t":  # plain text, the common case
        return str(element[0].text or "")
    parts: list[str] = []
    for node in element.iter():
        if _local(node.tag) == "t" and _local(node.getparent().tag) in ("si", "is", "r"):
            parts.append(node.text or "")
    return "".join(parts)


def _builtin_kind(number: str) -> str:
    code = int(number) if number.isdigit() else -1
    if code in _BUILTIN_DATES:
        return _DATE
    return _DURATION if code == _BUILTIN_DURATION else ""


def format_kind(code: str) -> str:
    """Whether an Excel number format shows a date or time ("date"), an elapsed time
    ("duration", as `[h]:mm`) or neither (""). Only its first section counts; quoted text,
    escaped characters and bracketed colours or conditions are not date parts."""
    plain: list[str] = []
    at = 0
    while at < len(code):
        char = code[at]
        if char == ";":
            break
        if char in "\\_*":
            at += 2
            continue
        if char == '"':
            end = code.find('"', at + 1)
            at = len(code) if end < 0 else end + 1
            continue
        if char == "[":
            end = code.find("]", at + 1)
            inside = code[at + 1 : len(code) if end < 0 else end].lower()
            if inside and set(inside) <= set("hms") and len(set(inside)) == 1:
                return _DURATION
            at = len(code) if end < 0 else end + 1
            continue
        plain.append(char.lower())
        at += 1
    text = "".join(plain)
    if any(letter in text for letter in "dmyhs") or "am/pm" in text or "a/p" in text:
        return _DATE
    return ""


def excel_date(serial: float, kind: str, is_1904: bool) -> Cell:
    """A date-formatted number as calamine gives it: a date, a datetime, a time of day, an
    elapsed time (timedelta), or the number itself past 9999-12-31; to the millisecond."""
    if kind == _DURATION:
        return dt.timedelta(milliseconds=round(serial * _MS_PER_DAY))
    if not math.isfinite(serial) or serial > _LAST_SERIAL:
        return serial
    days = math.floor(serial)
    ms = round((serial - days) * _MS_PER_DAY)
    if ms >= _MS_PER_DAY:
        days, ms = days + 1, 0
    moment = (dt.datetime.min + dt.timedelta(milliseconds=ms)).time()
    if serial < 1 and not is_1904:
        return moment  # Excel's day 0 holds times of day alone
    if is_1904:
        day = _EPOCH_1904 + dt.timedelta(days=days)
    elif days < 60:
        day = _EPOCH_1900 + dt.timedelta(days=days + 1)
    elif days == 60:
        day = dt.date(1900, 2, 28)  # Excel's 1900-02-29, a day that never was
    else:
        day = _EPOCH_1900 + dt.timedelta(days=days)
    if serial == math.floor(serial):
        return day
    return dt.datetime.combine(day, moment)


class _SheetReader:
    """Streams one worksheet's XML into filled cells, rows bounded in number and span."""

    def __init__(self, book: _Workbook, cells: int) -> None:
        self.book = book
        self.budget = cells
        self.rows: dict[int, dict[int, Cell]] = {}
        self.gaps: set[tuple[int, int]] = set()
        self.dropped = ""  # the first filled cell right of MAX_COLUMNS or below MAX_ROWS

    def read(self, part: str, sheet: str) -> RawSheet:
        # Row by row (a row's cells are its children): far fewer events than cell by cell.
        # A cell's place is its reference, else the one after the cell before it, as in
        # calamine; a row's is its `r`, else the one after the row before it.
        row_index = 0
        for _event, row in self.book.events(part, ("end",), tag="{*}row"):
            if row.get("r") is not None:
                row_index = self._number(row.get("r"), part) - 1
            col_index = 0
            for element in row:
                if _local(element.tag) != "c":
                    continue
                ref = element.get("r")
                if ref is not None:
                    cell_row, col_index = self._reference(ref, part)
                else:
                    cell_row = row_index
                self._cell(element, cell_row, col_index)
                col_index += 1
            row_index += 1
            _forget(row)
        return self._sheet(sheet)

    def _number(self, text: str, part: str) -> int:
        if not text.isdigit() or int(text) < 1:
            raise SpreadsheetError(
                msg(
                    "{name}: the part {part} is damaged (row {text})",
                    name=self.book.name,
                    part=part,
                    text=text,
                )
            )
        return int(text)

    def _reference(self, ref: str, part: str) -> tuple[int, int]:
        found = _REFERENCE.fullmatch(ref)
        if found is None or int(found[2]) < 1:
            raise SpreadsheetError(
                msg(
                    "{name}: the part {part} is damaged (cell {ref})",
                    name=self.book.name,
                    part=part,
                    ref=ref,
                )
            )
        return int(found[2]) - 1, _column(found[1])

    def _cell(self, element: Any, row: int, col: int) -> None:
        kind = element.get("t")
        value_text: str | None = None
        inline: Any = None
        formula = False
        for child in element:
            local = _local(child.tag)
            if local == "v":
                value_text = child.text
            elif local == "is":
                inline = child
            elif local == "f":
                formula = True
        value = self._value(kind, value_text, inline, element.get("s"))
        if value == "" or value is None:
            if formula and kind != "str":
                self.gaps.add((row + 1, col))
            return
        if col >= MAX_COLUMNS or row >= MAX_ROWS:
            self.dropped = self.dropped or f"{column_letter(col)}{row + 1}"
            return
        cells = self.rows.get(row)
        if cells is None:
            cells = self.rows[row] = {}
        cells[col] = value

    def _value(self, kind: str | None, text: str | None, inline: Any, style: str | None) -> Cell:
        """A cell's value as calamine reads it; "" for a blank or error cell."""
        if kind == "inlineStr" or (inline is not None and kind in (None, "inlineStr")):
            return _rich_text(inline).strip() if inline is not None else ""
        if text is None or text == "" or kind == "e":  # calamine reads #N/A… as blank
            return ""
        if kind in (None, "n"):
            return self._numeric(text, style)
        return self._typed(kind, text)

    def _typed(self, kind: str, text: str) -> Cell:
        """The value of a shared-string, text, true/false or ISO-date cell."""
        name = self.book.name
        if kind == "s":
            strings = self.book.shared_strings()
            if not text.isdigit() or int(text) >= len(strings):
                raise SpreadsheetError(
                    msg("{name}: a cell names a shared string that is missing", name=name)
                )
            return strings[int(text)]
        if kind == "str":
            return text
        if kind == "b":
            if text.lower() not in ("0", "1", "true", "false"):
                raise SpreadsheetError(
                    msg("{name}: a true/false cell holds “{value}”", name=name, value=text[:20])
                )
            return text.lower() in ("1", "true")
        if kind != "d":
            raise SpreadsheetError(
                msg("{name}: a cell of unknown type “{value}”", name=name, value=kind[:20])
            )
        try:
            moment = dt.datetime.fromisoformat(text.strip())
        except ValueError:
            return text
        return moment.date() if "T" not in text and ":" not in text else moment

    def _numeric(self, text: str, style: str | None) -> Cell:
        """A number cell's value: a float, or a date, time or duration by its format."""
        if not _NUMBER.fullmatch(text):
            raise SpreadsheetError(
                msg("{name}: a number cell holds “{value}”", name=self.book.name, value=text[:20])
            )
        number = float(text)
        kinds = self.book.number_kinds()
        at = int(style) if style and style.isdigit() else 0
        date_kind = kinds[at] if at < len(kinds) else ""
        return excel_date(number, date_kind, self.book.is_1904) if date_kind else number

    def _sheet(self, sheet: str) -> RawSheet:
        notes = []
        if self.dropped:
            notes.append(
                msg(
                    "cells right of column {column} or below row {limit:,} are not read (the "
                    "first is {first})",
                    column=column_letter(MAX_COLUMNS - 1),
                    limit=MAX_ROWS,
                    first=self.dropped,
                )
            )
        if not self.rows:
            return RawSheet((), sheet, [], [], 0, frozenset(self.gaps), notes)
        first_col = min(min(cells) for cells in self.rows.values())
        numbers = sorted(self.rows)
        span = sum(max(self.rows[n]) - first_col + 1 for n in numbers)
        if span > self.budget:
            raise SpreadsheetError(
                msg(
                    "{name}: sheet “{sheet}” spreads its few filled cells over {span:,} "
                    "cells; copy the list to a new sheet",
                    name=self.book.name,
                    sheet=sheet,
                    span=span,
                )
            )
        grid: list[list[Cell]] = []
        for number in numbers:
            cells = self.rows.pop(number)
            row: list[Cell] = [""] * (max(cells) - first_col + 1)
            for col, value in cells.items():
                row[col - first_col] = value
            grid.append(row)
        return RawSheet(
            (), sheet, [n + 1 for n in numbers], grid, first_col, frozenset(self.gaps), notes
        )


@functools.lru_cache(maxsize=4096)  # the columns in use, each met once per row
def _column(letters: str) -> int:
    return xlsx_guard.column_number(letters) - 1


def _forget(element: Any) -> None:
    """Free a row read to the end, and the rows before it (iterparse keeps the tree)."""
    element.clear()
    parent = element.getparent()
    while element.getprevious() is not None and parent is not None:
        del parent[0]
