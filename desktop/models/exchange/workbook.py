"""The Excel workbook writer: sheets, styles, print setup, tables, charts and atomic save.

Everything that knows the spreadsheet library (XlsxWriter, public API only, streaming in
`constant_memory` mode) is here and in export_rows.py; the sheets of an export hand it
plain values, `Column` kinds, and formulas with the values they add up to. What a reader
that does not recalculate (a phone's preview, pandas, Quick Look) shows is therefore what
Excel shows: every formula carries its value, every chart its data. Each sheet prints one
page wide on A4 with its header row repeated and a footer (sheet, page x of y, export
date). Rows are streamed into a workbook saved under a temporary name beside the target
and renamed over it at the end: a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import math
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter  # type: ignore[import-untyped]
from xlsxwriter.exceptions import FileCreateError  # type: ignore[import-untyped]
from xlsxwriter.utility import quote_sheetname, xl_col_to_name  # type: ignore[import-untyped]

from desktop.models.core.errors import QunDeskError
from desktop.models.core.messages import msg
from desktop.models.core.money import MINOR_PER_MAJOR
from desktop.models.exchange.contact_scan import Masker
from desktop.models.exchange.export_rows import (
    BOLD,
    DATE,
    DATE_FORMAT,
    DATETIME,
    DATETIME_FORMAT,
    MONEY,
    PLAIN,
    Column,
    Style,
    column_writers,
    excel_serial,
    literal,
    money_format,
    plain_text_columns,
)
from desktop.models.exchange.export_text import display_width
from desktop.models.storage import files

ProgressFn = Callable[[int, int], None]

# A font every Chinese Excel and WPS has (Excel's own Chinese default), named in every
# style so that no reader falls back to a serif font for bold totals and headings.
FONT_NAME = "等线"
FONT_SIZE = 11
HEADING_SIZE = 14
HEADER_FILL = "#DDEBF7"
MAX_WIDTH = 60
WIDTH_SAMPLE_ROWS = 300
EXCEL_MAX_ROWS = 1_048_576
A4 = 9  # Excel's paper code
WIDE_COLUMNS = 8  # a sheet with more columns prints landscape
# A4 inside Excel's default margins (0.7" left and right, 0.75" top and bottom), in points:
# (width, height), portrait and landscape; a row of the 11-point font is about 15 points.
_PRINTABLE = {False: (494.0, 734.0), True: (741.0, 487.0)}
_ROW_POINTS = 15.0
_SPARE_ROWS = 3  # a taller heading row, the header and footer's own room
CHART_WIDTH, CHART_HEIGHT = 510, 283  # pixels
CHART_ROWS = 15  # rows of 20 pixels a chart covers, with one to spare


def _file_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


# Read once at import (on the main thread): umask can only be read by setting it.
_FILE_MODE = _file_mode()


class WorkbookError(QunDeskError):
    """The workbook could not be written (a sheet too long, a folder or file not writable)."""


class SheetTooLongError(WorkbookError):
    """A table has more rows than a spreadsheet sheet can hold."""


def quote(text: str) -> str:
    """`text` inside a formula's double-quoted string literal."""
    return text.replace('"', '""')


@dataclass(frozen=True, slots=True)
class Cell:
    """A value with its style (text in it already masked where the export masks)."""

    value: Any
    style: Style = PLAIN


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula with the value it comes to, written beside it for readers that do not
    recalculate."""

    formula: str
    value: float
    style: Style = BOLD


class Progress:
    """Counts written rows; reports every `every` rows and lets `stop` end the run there."""

    def __init__(
        self, progress: ProgressFn | None, stop: Callable[[], None], every: int, total: int = 0
    ) -> None:
        self._progress = progress
        self._stop = stop
        self.every = every
        self.total = total
        self.done = 0

    def tick(self) -> None:
        """Count a row; report progress (and maybe stop) every few thousand rows."""
        self.done += 1
        if self.done % self.every == 0:
            self.report()

    def report(self) -> None:
        """Ask whether to stop (`stop` raises), then report progress now."""
        self._stop()
        if self._progress is not None:
            self._progress(min(self.done, self.total), max(self.total, self.done))

    def finish(self) -> None:
        """Report the whole count as done."""
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


class Sheet:
    """One sheet being written top to bottom: rows, cells, widths, pages and charts.

    `append` numbers rows from 1 as Excel does. The plain values of appended rows are kept
    (free-form sheets are short) for the data a chart caches.
    """

    def __init__(self, writer: WorkbookWriter, ws: Any, title: str) -> None:
        self._writer = writer
        self._ws = ws
        self.title = title
        self.rows = 0
        self._kept: dict[int, list[Any]] = {}
        self._widths: list[float] = []
        self._breaks: list[int] = []
        self._page_top = 0  # the first row (0-based) of the page being filled
        self._spilled = False  # the last block kept together ran over its page
        self._per_page = 0  # rows a printed page holds, known once the print setup is

    # ---- rows ---------------------------------------------------------------------------

    def append(self, values: Sequence[Any]) -> int:
        """Write the next row (plain values, `Cell`s, `Formula`s); return its number."""
        row = self.rows
        self._kept[row + 1] = [self._put(row, col, v) for col, v in enumerate(values)]
        self.rows += 1
        return self.rows

    def skip(self, rows: int) -> None:
        """Leave `rows` rows blank (room for a chart)."""
        self.rows += rows

    def _put(self, row: int, col: int, value: Any) -> Any:
        """Write one value; return the plain value a reader sees."""
        ws, fmt = self._ws, None
        if isinstance(value, Formula):
            fmt = self._writer.format(value.style)
            ws.write_formula(row, col, value.formula, fmt, value.value)
            return value.value
        if isinstance(value, Cell):
            fmt = self._writer.format(value.style) if value.style != PLAIN else None
            value = value.value
        if value is None or value == "":
            if fmt is not None:
                ws.write_blank(row, col, None, fmt)
            return None
        if isinstance(value, str):
            ws.write_string(row, col, literal(value), fmt)  # never a formula
        elif isinstance(value, bool | int | float):
            ws.write_number(row, col, value, fmt)
        elif isinstance(value, dt.date):
            if fmt is None:
                is_time = isinstance(value, dt.datetime)
                style = Style(number_format=DATETIME_FORMAT if is_time else DATE_FORMAT)
                fmt = self._writer.format(style)
            serial = excel_serial(value)
            if serial is None:
                ws.write_string(row, col, str(value), fmt)
            else:
                ws.write_number(row, col, serial, fmt)
        else:
            ws.write_string(row, col, literal(str(value)), fmt)
        return value

    # ---- cells --------------------------------------------------------------------------

    def cell(self, value: object, number_format: str | None = None) -> Cell:
        """A cell holding `value` (text masked when the export masks, never a formula)."""
        if isinstance(value, str):
            value = self._writer.text(value)  # summary facts, group and partner names
        return Cell(value, Style(number_format=number_format) if number_format else PLAIN)

    def bold(self, value: object, number_format: str | None = None) -> Cell:
        """A bold cell: a label or a heading."""
        found = self.cell(value, number_format)
        return Cell(found.value, Style(bold=True, number_format=number_format))

    def heading(self, value: str) -> Cell:
        """A sheet's big bold title cell."""
        return Cell(self._writer.text(value), Style(bold=True, size=HEADING_SIZE))

    def total(self, formula: str, value: float, number_format: str | None = None) -> Formula:
        """A bold formula cell of a totals row, carrying the `value` it comes to."""
        return Formula(formula, value, Style(bold=True, number_format=number_format))

    def money(self, minor: int | None, currency: str) -> Cell | None:
        """An amount in minor units as a cell in `currency`'s format; None for no amount."""
        if minor is None:
            return None
        return Cell(minor / MINOR_PER_MAJOR, Style(number_format=money_format(currency)))

    def note(self, text: str, columns: int) -> None:
        """A line of explanation across the first `columns` columns, wrapped to fit."""
        row, width = self.rows, sum(self._widths[:columns]) or 60.0
        lines = max(1, math.ceil(display_width(text) / max(width - 2, 1.0)))
        self._ws.set_row(row, _ROW_POINTS * lines)
        fmt = self._writer.format(Style(wrap=True))
        self._ws.merge_range(row, 0, row, columns - 1, literal(self._writer.text(text)), fmt)
        self._kept[row + 1] = [text]
        self.rows += 1

    # ---- layout -------------------------------------------------------------------------

    def set_widths(self, widths: Sequence[float]) -> None:
        """The widths of the first columns, in characters."""
        self._widths = list(widths)
        for index, width in enumerate(widths):
            self._ws.set_column(index, index, width)

    def rows_per_page(self, landscape: bool) -> int:
        """About how many rows a printed page holds at the scale fitting the widths set
        (on the safe side: Excel's and LibreOffice's rows are no taller than 15 points)."""
        width, height = _PRINTABLE[landscape]
        content = sum((w * 7 + 5) * 0.75 for w in self._widths) or width
        scale = min(1.0, width / content)
        return int(height / (_ROW_POINTS * scale)) - _SPARE_ROWS

    def print_setup(
        self, columns: int, header_row: bool = False, landscape: bool | None = None
    ) -> None:
        """A4, one page wide (landscape when wide), the footer; repeat the header row."""
        ws = self._ws
        if landscape is None:
            landscape = columns > WIDE_COLUMNS
        ws.set_paper(A4)
        if landscape:
            ws.set_landscape()
        else:
            ws.set_portrait()
        ws.fit_to_pages(1, 0)
        if header_row:
            ws.repeat_rows(0)
        ws.set_footer(self._writer.footer)
        self._per_page = self.rows_per_page(landscape)

    def keep_together(self, rows: int) -> None:
        """Start a new printed page here if a block of `rows` rows would be split.

        After a block longer than a page, where its last page ends is not known: the next
        block starts on a page of its own.
        """
        per_page = self._per_page
        if per_page <= 0:
            return
        used = self.rows - self._page_top
        if used and (self._spilled or used + rows > per_page):
            self._breaks.append(self.rows)
            self._ws.set_h_pagebreaks(self._breaks)
            self._page_top = self.rows
        self._spilled = self.rows - self._page_top + rows > per_page

    def fit_one_page(self) -> bool:
        """Print on a single page if the sheet fits on two at its width; whether it does."""
        if self._per_page <= 0 or self.rows > 2 * self._per_page:
            return False
        self._ws.fit_to_pages(1, 1)
        self._breaks.clear()
        self._ws.set_h_pagebreaks([])
        return True

    def bar_chart(
        self,
        at: tuple[int, int],
        title: str,
        columns: tuple[int, int],
        rows: tuple[int, int],
        y_title: str | None = None,
    ) -> None:
        """A column chart at (row, column), 0-based, of `columns` (first..last, 1-based)
        over `rows` (header row..last row), carrying the data it shows.

        The header row names the series; the first column of the data rows names the bars.
        """
        chart = self._writer.book.add_chart({"type": "column"})
        head, last = rows
        name = quote_sheetname(self.title)
        kept = self._kept

        def seen(row: int, col: int) -> Any:
            found = kept.get(row, [])
            return found[col] if col < len(found) else None

        data = range(head + 1, last + 1)
        categories = [str(seen(r, 0) or "") for r in data]  # text: cached as strings
        for col in range(columns[0], columns[1] + 1):
            letter = xl_col_to_name(col - 1)
            chart.add_series(
                {
                    "name": f"={name}!${letter}${head}",
                    "name_data": [str(seen(head, col - 1) or "")],
                    "categories": f"={name}!$A${head + 1}:$A${last}",
                    "categories_data": categories,
                    "values": f"={name}!${letter}${head + 1}:${letter}${last}",
                    "values_data": [seen(r, col - 1) for r in data],
                }
            )
        chart.set_title({"name": self._writer.text(title)})
        if y_title is not None:
            chart.set_y_axis({"name": y_title})
        chart.set_size({"width": CHART_WIDTH, "height": CHART_HEIGHT})
        self._ws.insert_chart(at[0], at[1], chart)


Totals = Callable[[Sheet, int, int, dict[int, float]], list[list[Any]]]


def sum_totals(label: str, columns: Sequence[Column]) -> Totals:
    """Totals of a table: a bold `label` row with SUM formulas under the summed columns."""

    def totals(sheet: Sheet, first: int, last: int, sums: dict[int, float]) -> list[list[Any]]:
        row: list[Any] = [sheet.bold(label)]
        for index, column in enumerate(columns[1:], start=1):
            if column.total:
                letter = xl_col_to_name(index)
                row.append(sheet.total(f"=SUM({letter}{first}:{letter}{last})", sums[index]))
            else:
                row.append(None)
        return [row]

    return totals


class WorkbookWriter:
    """One workbook streamed to disk: its sheets, styles, contacts masker and progress."""

    def __init__(self, masker: Masker | None, progress: Progress) -> None:
        self.masker = masker
        self.progress = progress
        self.footer = "&L&A&C&P / &N"
        self._book: Any = None
        self._formats: dict[Style, Any] = {}
        self._temp: str | None = None
        self._streams: str | None = None  # XlsxWriter's row files, removed at the end
        self._target: Path | None = None

    @property
    def book(self) -> Any:
        """The XlsxWriter workbook (after `reserve`)."""
        assert self._book is not None, "reserve() first"
        return self._book

    def text(self, value: str) -> str:
        """`value` with its contacts masked when the export masks them."""
        return value if self.masker is None else self.masker.scrub(value)

    def format(self, style: Style) -> Any:
        """The workbook's format of `style`, its font named (one per distinct style)."""
        found = self._formats.get(style)
        if found is None:
            props: dict[str, Any] = {"font_name": FONT_NAME, "font_size": style.size or FONT_SIZE}
            if style.bold:
                props["bold"] = True
            if style.number_format:
                props["num_format"] = style.number_format
            if style.wrap:
                props.update(text_wrap=True, valign="top")
            if style.header:
                props.update(bg_color=HEADER_FILL, pattern=1, valign="vcenter")
            found = self._formats[style] = self.book.add_format(props)
        return found

    def set_footer(self, pages: str, exported: str) -> None:
        """Every printed page's footer: sheet name, `pages` (with &P and &N), `exported`."""
        self.footer = f"&L&A&C{pages}&R{self.text(exported).replace('&', '&&')}"

    def set_properties(self, title: str, creator: str, created: dt.datetime) -> None:
        """The document's title, author and creation time (texts masked)."""
        self.book.set_properties(
            {"title": self.text(title), "author": self.text(creator), "created": created}
        )

    def sheet(self, title: str, tab_colour: str) -> Sheet:
        """A new sheet at the end of the workbook."""
        ws = self.book.add_worksheet(title)
        ws.set_tab_color(f"#{tab_colour}")
        return Sheet(self, ws, title)

    def table(
        self,
        title: str,
        tab_colour: str,
        columns: Sequence[Column],
        headers: Sequence[str],
        rows: Iterable[Sequence[Any]],
        totals: Totals | None = None,
    ) -> int:
        """Write one table sheet: header, one row per record under an autofilter, then
        below a blank row its totals; widths from the first rows.

        Returns the number of rows written (the header and totals not counted).
        """
        sheet = self.sheet(title, tab_colour)
        ws = sheet._ws
        iterator = iter(rows)
        sample: list[Sequence[Any]] = []
        for row in iterator:
            sample.append(row)
            if len(sample) >= WIDTH_SAMPLE_ROWS:
                break
        sheet.set_widths(
            [
                min(max([display_width(header) + 3] + [_width(r[i], c.kind) for r in sample]) + 2,
                    MAX_WIDTH)
                for i, (header, c) in enumerate(zip(headers, columns, strict=True))
            ]
        )  # fmt: skip
        sheet.print_setup(len(columns), header_row=True)
        ws.freeze_panes(1, 0)
        header = self.format(Style(bold=True, header=True))
        for col, text in enumerate(headers):
            ws.write_string(0, col, literal(self.text(text)), header)
        sums: dict[int, float] = {}
        writers = column_writers(ws, columns, self.masker, self.format, sums)
        # Text written as it is goes straight to the sheet: a call less per cell.
        direct = plain_text_columns(columns, self.masker)
        cells = [(i, put, i in direct) for i, put in enumerate(writers)]
        write_string, tick, limit = ws.write_string, self.progress.tick, EXCEL_MAX_ROWS
        r = 0
        for r, row in enumerate(itertools.chain(sample, iterator), start=1):
            if r >= limit:
                raise SheetTooLongError(
                    msg("the {title} sheet has more rows than Excel allows", title=title)
                )
            for i, put, as_is in cells:
                value = row[i]
                if value is None or value == "":
                    continue
                if as_is and type(value) is str and value[-4:] != "</r>":
                    write_string(r, i, value)
                else:
                    put(r, i, value)
            tick()
        ws.autofilter(0, 0, r, len(columns) - 1)
        sheet.rows = r + 1
        if r and totals is not None:
            sheet.skip(1)  # totals below a blank row, outside the filtered table
            for extra in totals(sheet, 2, r + 1, sums):
                sheet.append(extra)
        return r

    # ---- saving -----------------------------------------------------------------------

    def reserve(self, target: Path) -> None:
        """Create the temporary file beside `target` the workbook will be saved into."""
        try:
            fd, temp = tempfile.mkstemp(
                prefix=f".{target.stem}.", suffix=".xlsx.part", dir=target.parent
            )
        except PermissionError as exc:
            raise WorkbookError(
                msg(
                    "cannot save in {parent}: the folder is read-only ({strerror})",
                    parent=target.parent,
                    strerror=exc.strerror,
                )
            ) from exc
        self._temp, self._target = temp, target
        os.close(fd)
        os.chmod(temp, _FILE_MODE)  # mkstemp makes it private; a workbook is a normal file
        self._streams = tempfile.mkdtemp(prefix="qundesk-export-")
        self._book = xlsxwriter.Workbook(
            temp,
            {
                "constant_memory": True,  # each row to disk as soon as the next one starts
                "tmpdir": self._streams,
                "default_format_properties": {"font_name": FONT_NAME, "font_size": FONT_SIZE},
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )

    def save(self, before_replace: Callable[[], None] | None = None) -> None:
        """Save into the reserved file, call `before_replace`, then rename it over the target."""
        assert self._temp is not None and self._target is not None, "reserve() first"
        try:
            self.book.close()
        except FileCreateError as exc:
            cause = exc.args[0] if exc.args else exc
            raise cause if isinstance(cause, OSError) else OSError(str(cause)) from exc
        if before_replace is not None:
            before_replace()
        try:
            files.replace_user_file(self._temp, self._target)
        except PermissionError as exc:
            raise WorkbookError(
                msg(
                    "cannot replace {target}: the file is open in another program (Excel "
                    "or WPS?) or read-only. Close it, or choose another name, and export "
                    "again.",
                    target=self._target,
                )
            ) from exc
        self._temp = None

    def discard(self) -> None:
        """Remove the temporary files: the sheets' row streams and an unsaved workbook."""
        if self._book is not None and self._temp is not None:
            # An unsaved workbook's sheets still hold their row files open (XlsxWriter
            # closes them when it saves): closed here, so the folder can go.
            for ws in self._book.worksheets():
                handle = getattr(ws, "row_data_fh", None)
                if handle is not None:
                    with contextlib.suppress(OSError):
                        handle.close()
        if self._streams is not None:
            shutil.rmtree(self._streams, ignore_errors=True)
            self._streams = None
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            self._temp = None


def _width(value: Any, kind: int) -> int:
    if value is None:
        return 0
    if kind == DATE:
        return 10
    if kind == DATETIME:
        return 16
    if kind == MONEY:
        return len(f"{(value[0] or 0) / 100:,.2f}") + 3
    if isinstance(value, str):
        return max((display_width(line) for line in value.split("\n")), default=0)
    return len(str(value))
