"""Writing an export's body rows straight into openpyxl's write-only XML stream.

openpyxl's write-only sheet turns every appended value into a Cell, works out its type and
style and writes it through three nested lxml contexts. The body rows of a big export are
written here instead, into the same lxml stream, as the very XML openpyxl would write: text
as an inline string (never a formula), numbers as <v>, styled numbers (dates, money) with
the style id of their column. Anything else (formula totals, wrapped or bold cells, error
codes, odd types) still goes through openpyxl's own cell writer. Without lxml, or where
openpyxl's internals differ, the rows go through openpyxl as before: the workbook is the
same either way (a test compares the two byte for byte).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from openpyxl import LXML  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.cell._writer import write_cell  # type: ignore[import-untyped]
from openpyxl.cell.cell import (  # type: ignore[import-untyped]
    ERROR_CODES,
    Cell,
)
from openpyxl.comments.comment_sheet import CommentRecord  # type: ignore[import-untyped]
from openpyxl.compat import safe_string  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.utils.datetime import to_excel  # type: ignore[import-untyped]
from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # type: ignore[import-untyped]
from openpyxl.xml.functions import XML_NS, Element, SubElement  # type: ignore[import-untyped]

SERIALS_KEPT = 100_000
_MAX_TEXT = 32_767  # Excel's (and openpyxl's) longest cell text
_XML_SPACE = f"{{{XML_NS}}}space"
_ERRORS = frozenset(ERROR_CODES)


class Number:
    """A reusable numeric cell of one style: the next number's value and its XML text."""

    __slots__ = ("_template", "style", "text", "value")

    def __init__(self, ws: WriteOnlyWorksheet, number_format: str) -> None:
        self._template = WriteOnlyCell(ws)
        self._template.number_format = number_format
        self.style = ""
        self.text = ""
        self.value: Any = None

    @property
    def number_format(self) -> str:
        """The Excel number format of this column."""
        return str(self._template.number_format)

    def carry(self, text: str, value: Any) -> Number:
        """This number holding `text`; the style is registered at its first use, as before."""
        if not self.style:
            self.style = str(self._template.style_id)
        self.text, self.value = text, value
        return self


def excel_serial(value: Any, epoch: dt.datetime) -> str | None:
    """The <v> text openpyxl writes for a number or a naive date; None for anything else."""
    kind = type(value)
    if kind is int or kind is float:
        return str(safe_string(value))
    if (kind is dt.date or kind is dt.datetime) and getattr(value, "tzinfo", None) is None:
        return str(safe_string(to_excel(value, epoch)))
    return None


def stream_rows(ws: WriteOnlyWorksheet) -> bool:
    """Write the rows appended to `ws` from now on through `_RowWriter` (with lxml only)."""
    writer = getattr(ws, "_writer", None)
    if not LXML or writer is None or len(ws.row_dimensions):
        return False
    ws._values_to_row = _as_given
    writer.write_row = _RowWriter(ws).write_row
    return True


def cells_for_openpyxl(ws: WriteOnlyWorksheet, conv: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`conv` with its `Number`s turned into styled cells (when openpyxl writes the rows)."""

    def cells(value: Any) -> Any:
        found = conv(value)
        if type(found) is not Number:
            return found
        cell = WriteOnlyCell(ws)
        cell.number_format = found.number_format
        cell.value = found.value
        return cell

    return cells


def _as_given(values: Sequence[Any], row_idx: int) -> Sequence[Any]:
    return values


class _RowWriter:
    """Writes one appended row of plain values, `Number`s and openpyxl cells as XML."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.letters: list[str] = []
        # One reusable element per column and shape: lxml serialises it on write.
        self.texts: dict[tuple[int, bool], tuple[Any, Any]] = {}
        self.numbers: dict[tuple[int, str], tuple[Any, Any]] = {}

    def _letter(self, index: int) -> str:
        letters = self.letters
        while len(letters) <= index:
            letters.append(get_column_letter(len(letters) + 1))
        return letters[index]

    def _text_cell(self, index: int, spaced: bool) -> tuple[Any, Any]:
        found = self.texts.get((index, spaced))
        if found is None:
            cell = Element("c", {"r": "", "t": "inlineStr"})
            text = SubElement(
                SubElement(cell, "is"), "t", {_XML_SPACE: "preserve"} if spaced else {}
            )
            found = self.texts[(index, spaced)] = (cell, text)
        return found

    def _number_cell(self, index: int, style: str) -> tuple[Any, Any]:
        found = self.numbers.get((index, style))
        if found is None:
            attrs = {"r": "", "s": style, "t": "n"} if style else {"r": "", "t": "n"}
            cell = Element("c", attrs)
            found = self.numbers[(index, style)] = (cell, SubElement(cell, "v"))
        return found

    def write_row(self, xf: Any, row: Sequence[Any], row_idx: int) -> None:
        """What openpyxl's WorksheetWriter.write_row would write for `row`."""
        r = str(row_idx)
        letters = self.letters
        with xf.element("row", {"r": r}):
            for index, value in enumerate(row):
                if value is None:
                    continue
                letter = letters[index] if index < len(letters) else self._letter(index)
                kind = type(value)
                if kind is str and value and value not in _ERRORS:
                    shown = value if len(value) <= _MAX_TEXT else value[:_MAX_TEXT]
                    cell, text = self._text_cell(index, shown != shown.strip())
                    text.text = shown
                elif kind is Number:
                    cell, text = self._number_cell(index, value.style)
                    text.text = value.text
                elif kind is int or kind is float:
                    cell, text = self._number_cell(index, "")
                    text.text = safe_string(value)
                else:
                    self._write_cell(xf, value, index + 1, row_idx)
                    continue
                cell.set("r", letter + r)
                xf.write(cell)

    def _write_cell(self, xf: Any, value: Any, column: int, row_idx: int) -> None:
        # openpyxl's own way, for formulas, styled cells and anything unusual.
        ws = self.ws
        if isinstance(value, Cell):
            cell = value
        else:
            cell = WriteOnlyCell(ws)
            cell.value = value
        cell.column, cell.row = column, row_idx
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate
        if cell._comment is not None:
            ws._comments.append(CommentRecord.from_cell(cell))
        if cell._value is None and not cell.has_style and not cell._comment:
            return
        write_cell(xf, ws, cell, cell.has_style)
