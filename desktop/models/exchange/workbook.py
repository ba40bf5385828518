"""The Excel workbook writer: sheets, styles, cell converters, tables, charts and atomic save.

Everything that knows the spreadsheet library (openpyxl, write-only) is here and in
export_rows.py; the sheets of an export hand it plain values, `Column` kinds and formulas.
Rows are streamed into a write-only workbook, saved under a temporary name beside the target
and renamed over it at the end: a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.cell.cell import (  # type: ignore[import-untyped]
    ILLEGAL_CHARACTERS_RE,
    Cell,
)
from openpyxl.chart import BarChart, Reference  # type: ignore[import-untyped]
from openpyxl.compat import safe_string  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # type: ignore[import-untyped]

from desktop.models.core.common import FORMULA_START
from desktop.models.core.errors import QunDeskError
from desktop.models.core.messages import msg
from desktop.models.core.money import MINOR_PER_MAJOR
from desktop.models.exchange.contact_scan import Masker
from desktop.models.exchange.export_rows import (
    SERIALS_KEPT,
    Number,
    cells_for_openpyxl,
    excel_serial,
    stream_rows,
)
from desktop.models.exchange.export_text import display_width
from desktop.models.storage import files

ProgressFn = Callable[[int, int], None]

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.00%"
CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "JP¥"}
MAX_WIDTH = 60
WIDTH_SAMPLE_ROWS = 300
EXCEL_MAX_ROWS = 1_048_576
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")

TEXT, FREE, INT, DATE, DATETIME, MONEY, PERCENT, PHONE, WECHAT, EMAIL, WRAP, CODE = range(12)
# TEXT holds labels and names, FREE the owner's own words; both are scanned for contacts in
# a masked export. CODE is checked machine text (an RRULE), written as it is. A MONEY value
# (and an INT one that is a tuple) is (amount in minor units, currency).


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


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its header key, how its values are written, and whether it is summed."""

    key: str
    kind: int = TEXT
    total: bool = False


def money_format(currency: str) -> str:
    """Excel number format of an amount in `currency`: "¥"#,##0.00 for CNY."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    if symbol:
        return f'"{symbol}"#,##0.00;-"{symbol}"#,##0.00'
    return f'#,##0.00 "{currency}";-#,##0.00 "{currency}"'


def quote(text: str) -> str:
    """`text` inside a formula's double-quoted string literal."""
    return text.replace('"', '""')


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
    """One sheet being written top to bottom: rows, cells, widths and charts."""

    def __init__(self, ws: WriteOnlyWorksheet, masker: Masker | None) -> None:
        self._ws = ws
        self._masker = masker
        self.rows = 0

    def append(self, values: Sequence[Any]) -> int:
        """Write the next row (plain values or cells of this sheet); return its number."""
        self._ws.append(values)
        self.rows += 1
        return self.rows

    def set_widths(self, widths: Sequence[float]) -> None:
        """The widths of the first columns, in characters."""
        for index, width in enumerate(widths, start=1):
            self._ws.column_dimensions[get_column_letter(index)].width = width

    def fit_to_width(self) -> None:
        """Print the sheet one page wide (as many pages down as it needs)."""
        self._ws.sheet_properties.pageSetUpPr.fitToPage = True
        self._ws.page_setup.fitToWidth = 1
        self._ws.page_setup.fitToHeight = 0

    def cell(self, value: object, number_format: str | None = None) -> Any:
        """A cell holding `value` (text masked when the export masks, never a formula)."""
        cell = WriteOnlyCell(self._ws)
        if self._masker is not None and isinstance(value, str):
            value = self._masker.scrub(value)  # summary facts, group and partner names
        cell.value = value
        if isinstance(value, str) and value[:1] in FORMULA_START:
            cell.data_type = "s"
        if number_format:
            cell.number_format = number_format
        return cell

    def bold(self, value: object, number_format: str | None = None) -> Any:
        """A bold cell: a label or a heading."""
        cell = self.cell(value, number_format)
        cell.font = Font(bold=True)
        return cell

    def heading(self, value: str) -> Any:
        """A sheet's big bold title cell."""
        cell = self.cell(value)
        cell.font = Font(bold=True, size=14)
        return cell

    def total(self, formula: str, number_format: str | None = None) -> Any:
        """A bold formula cell of a totals row: the only formulas an export writes."""
        cell = WriteOnlyCell(self._ws)
        cell.value = formula
        cell.font = Font(bold=True)
        if number_format:
            cell.number_format = number_format
        return cell

    def money(self, minor: int | None, currency: str) -> Any:
        """An amount in minor units as a cell in `currency`'s format; None for no amount."""
        if minor is None:
            return None
        return self.cell(minor / MINOR_PER_MAJOR, money_format(currency))

    def bar_chart(
        self,
        anchor: str,
        title: str,
        columns: tuple[int, int],
        rows: tuple[int, int],
        y_title: str | None = None,
    ) -> None:
        """A column chart of `columns` (first..last) over `rows` (header row..last row).

        The header row names the series; the first column of the data rows names the bars.
        """
        chart = BarChart()
        chart.type = "col"
        chart.title = title
        if y_title is not None:
            chart.y_axis.title = y_title
        head, last = rows
        data = Reference(
            self._ws, min_col=columns[0], max_col=columns[1], min_row=head, max_row=last
        )
        cats = Reference(self._ws, min_col=1, min_row=head + 1, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        chart.height, chart.width = 7.5, 16
        self._ws.add_chart(chart, anchor)


Totals = Callable[[Sheet, int, int], list[list[Any]]]


def sum_totals(label: str, columns: Sequence[Column]) -> Totals:
    """Totals of a table: a bold `label` row with SUM formulas under the summed columns."""

    def totals(sheet: Sheet, first: int, last: int) -> list[list[Any]]:
        row: list[Any] = [sheet.bold(label)]
        for index, column in enumerate(columns[1:], start=2):
            if column.total:
                letter = get_column_letter(index)
                row.append(sheet.total(f"=SUM({letter}{first}:{letter}{last})"))
            else:
                row.append(None)
        return [row]

    return totals


class WorkbookWriter:
    """One workbook streamed to disk: its sheets, its contacts masker and its progress."""

    def __init__(self, masker: Masker | None, progress: Progress) -> None:
        self.masker = masker
        self.progress = progress
        self._wb = Workbook(write_only=True)
        self._temp: str | None = None
        self._target: Path | None = None

    def text(self, value: str) -> str:
        """`value` with its contacts masked when the export masks them."""
        return value if self.masker is None else self.masker.scrub(value)

    def set_properties(self, title: str, creator: str, created: dt.datetime, language: str) -> None:
        """The document's title, author, creation time and language (texts masked)."""
        props = self._wb.properties
        props.title = self.text(title)
        props.creator = self.text(creator)
        props.created = created
        props.language = language

    def sheet(self, title: str, tab_colour: str) -> Sheet:
        """A new sheet at the end of the workbook."""
        ws: WriteOnlyWorksheet = self._wb.create_sheet(title)
        ws.sheet_properties.tabColor = tab_colour
        return Sheet(ws, self.masker)

    def table(
        self,
        title: str,
        tab_colour: str,
        columns: Sequence[Column],
        headers: Sequence[str],
        rows: Iterable[Sequence[Any]],
        totals: Totals | None = None,
    ) -> int:
        """Write one table sheet: header, rows, totals; widths from the first rows.

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
        for index, column in enumerate(columns):
            width = max(
                [display_width(headers[index]) + 3]
                + [_width(row[index], column.kind) for row in sample]
            )
            letter = get_column_letter(index + 1)
            ws.column_dimensions[letter].width = min(width + 2, MAX_WIDTH)
        ws.freeze_panes = "A2"
        header_cells = []
        for text in headers:
            cell = sheet.bold(text)
            cell.fill = _HEADER_FILL
            cell.alignment = Alignment(vertical="center")
            header_cells.append(cell)
        ws.append(header_cells)
        convs = _converters(ws, columns, self.masker)
        if not stream_rows(ws):  # openpyxl writes the rows: it needs cells, not Numbers
            convs = [cells_for_openpyxl(ws, conv) for conv in convs]
        pairs = list(enumerate(convs))
        count = 0
        append, tick = ws.append, self.progress.tick
        for row in _chain(sample, iterator):
            append([conv(row[i]) for i, conv in pairs])
            count += 1
            tick()
        if count + 1 >= EXCEL_MAX_ROWS:
            raise SheetTooLongError(
                msg("the {title} sheet has more rows than Excel allows", title=title)
            )
        last_col = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A1:{last_col}{count + 1}"
        sheet.rows = count + 1
        if count and totals is not None:
            for extra in totals(sheet, 2, count + 1):
                sheet.append(extra)
        return count

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

    def save(self, before_replace: Callable[[], None] | None = None) -> None:
        """Save into the reserved file, call `before_replace`, then rename it over the target."""
        assert self._temp is not None and self._target is not None, "reserve() first"
        self._wb.save(self._temp)
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
        """Remove the temporary files: openpyxl's sheet streams and an unsaved workbook."""
        for ws in self._wb.worksheets:
            rows = getattr(ws, "_rows", None)
            if rows is not None and not ws.closed:
                # Ends the sheet's XML stream so nothing is left half-open.
                with contextlib.suppress(Exception):
                    rows.close()
            writer = getattr(ws, "_writer", None)
            if writer is None or not os.path.exists(writer.out):
                continue
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(Exception):
                writer.cleanup()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            self._temp = None


# ---- cells ----------------------------------------------------------------------------------


def _converters(  # noqa: PLR0915 -- one small closure per column kind, kept together
    ws: WriteOnlyWorksheet, columns: Sequence[Column], masker: Masker | None
) -> list[Any]:
    """One function per column turning a raw value into what is appended."""
    convs: list[Any] = []

    def text_conv(scrub: bool) -> Callable[[Any], Any]:
        def conv(value: Any) -> Any:
            if value is None or value == "":
                return None
            if not isinstance(value, str):
                return value
            if ILLEGAL_CHARACTERS_RE.search(value):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            if scrub and masker is not None:
                value = masker.scrub(value)
            if value[:1] in FORMULA_START:
                cell = WriteOnlyCell(ws)
                cell.value = value
                cell.data_type = "s"  # literal text, never a formula
                return cell
            return value

        return conv

    def styled(number_format: str, parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
        # One reusable number per column: write-only rows are serialised as soon as they
        # are appended, so the same object can carry the next row's value. The serial
        # number of a date is worked out once per distinct text (dates repeat a lot).
        number = Number(ws, number_format)
        serials: dict[str, tuple[str, Any]] = {}
        epoch = ws.parent.epoch

        def conv(value: Any) -> Any:
            if value is None or value == "":
                return None
            known = serials.get(value) if type(value) is str else None
            if known is None:
                parsed = parse(value)
                text = excel_serial(parsed, epoch)
                if text is None:  # not a plain number or naive date: openpyxl decides
                    cell = WriteOnlyCell(ws)
                    cell.number_format = number_format
                    cell.value = parsed
                    return cell
                known = (text, parsed)
                if type(value) is str and len(serials) < SERIALS_KEPT:
                    serials[value] = known
            return number.carry(*known)

        return conv

    def money_conv() -> Callable[[Any], Any]:
        # One styled number per currency and column (a row may hold several amounts).
        numbers: dict[str, Number] = {}

        def conv(value: Any) -> Any:
            if value is None or value[0] is None:
                return None
            minor, currency = value
            number = numbers.get(currency)
            if number is None:
                number = numbers[currency] = Number(ws, money_format(currency))
            amount = minor / MINOR_PER_MAJOR
            return number.carry(safe_string(amount), amount)

        return conv

    def wrapped(plain: Callable[[Any], Any]) -> Callable[[Any], Any]:
        # Rules and thresholds are a few lines each in a short sheet: a fresh cell each.
        def conv(value: Any) -> Any:
            found = plain(value)
            if found is None:
                return None
            cell = found if isinstance(found, Cell) else WriteOnlyCell(ws, found)
            if isinstance(found, str):
                cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.style_id  # noqa: B018 -- registers the style in column order, as before
            return cell

        return conv

    def masked(mask: Callable[[str], str]) -> Callable[[Any], Any]:
        plain = text_conv(False)
        if masker is None:
            return plain
        return lambda value: plain(mask(value)) if value else None

    for column in columns:
        kind = column.kind
        if kind in (TEXT, CODE):
            convs.append(text_conv(kind == TEXT and masker is not None))
        elif kind == FREE:
            convs.append(text_conv(True))
        elif kind == WRAP:
            convs.append(wrapped(text_conv(True)))
        elif kind == INT:
            # A count, or an amount (fen, currency) where a row holds money (goals).
            as_money = money_conv()
            convs.append(lambda v, m=as_money: m(v) if type(v) is tuple else v)
        elif kind == DATE:
            convs.append(styled(DATE_FORMAT, _to_date))
        elif kind == DATETIME:
            convs.append(styled(DATETIME_FORMAT, _to_datetime))
        elif kind == MONEY:
            convs.append(money_conv())
        elif kind == PERCENT:
            convs.append(styled(PERCENT_FORMAT, lambda v: v))
        elif kind == PHONE:
            convs.append(masked(masker.phone if masker else str))
        elif kind == WECHAT:
            convs.append(masked(masker.wechat if masker else str))
        else:
            convs.append(masked(masker.email if masker else str))
    return convs


def _chain(first: Sequence[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


def _to_date(value: Any) -> Any:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value


def _to_datetime(value: Any) -> Any:
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value


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
        return display_width(value)
    return len(str(value))
