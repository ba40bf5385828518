"""The cells of an export's table rows: column kinds, styles, and one cell writer per column.

A table sheet is streamed (XlsxWriter's `constant_memory` mode writes each row to disk as
soon as the next one starts), through the library's public `write_string`/`write_number`
only. Every column gets one small function writing a row's value the way its `Column` kind
says: text always as a string (never a formula), dates and amounts as numbers in their
column's format, contacts masked when the export masks them. Columns marked as totals add
up what they write, so their totals row carries its value beside its formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.models.core.money import MINOR_PER_MAJOR
from desktop.models.exchange.contact_scan import Masker

TEXT, FREE, INT, DATE, DATETIME, MONEY, PERCENT, PHONE, WECHAT, EMAIL, WRAP, CODE = range(12)
# TEXT holds labels and names, FREE the owner's own words; both are scanned for contacts in
# a masked export. CODE is checked machine text (an RRULE), written as it is. A MONEY value
# (and an INT one that is a tuple) is (amount in minor units, currency).

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.00%"
CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "JP¥"}
SERIALS_KEPT = 100_000
_EPOCH = dt.datetime(1899, 12, 30)  # Excel's day 0 (1900 system, from 1 March 1900 on)
_FIRST_PLAIN_DAY = dt.date(1900, 3, 1)  # before it Excel counts a 29 February 1900


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its header key, how its values are written, and whether it is summed."""

    key: str
    kind: int = TEXT
    total: bool = False


@dataclass(frozen=True, slots=True)
class Style:
    """How a cell looks: bold, font size (None: the workbook's), number format, wrapping."""

    bold: bool = False
    size: int | None = None
    number_format: str | None = None
    wrap: bool = False
    header: bool = False  # a table's header row: filled, centred vertically


PLAIN = Style()
BOLD = Style(bold=True)

Formats = Callable[[Style], Any]  # a Style's XlsxWriter Format (one per distinct style)
CellWriter = Callable[[int, int, Any], None]  # writes a row's value at (row, column)


def money_format(currency: str) -> str:
    """Excel number format of an amount in `currency`: "¥"#,##0.00 for CNY."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    if symbol:
        return f'"{symbol}"#,##0.00;-"{symbol}"#,##0.00'
    return f'#,##0.00 "{currency}";-#,##0.00 "{currency}"'


def literal(text: str) -> str:
    """`text` as `write_string` must be given it to show exactly that text.

    In `constant_memory` mode XlsxWriter writes a string that starts with "<r>" and ends
    with "</r>" into the sheet's XML as it is (taking it for one of its own rich strings),
    so such a text, from a roster or a note, could add cells or formulas. It is handed
    over as the rich string of one run holding the text, escaped: it shows as itself.
    """
    if text[-4:] == "</r>" and text[:3] == "<r>":
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<r><t xml:space="preserve">{escaped}</t></r>'
    return text


def excel_serial(value: dt.date) -> float | None:
    """Excel's serial day number of a naive date or time; None before 1 March 1900."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None or value.date() < _FIRST_PLAIN_DAY:
            return None
        delta = value - _EPOCH
        return delta.days + delta.seconds / 86_400 + delta.microseconds / 86_400e6
    if value < _FIRST_PLAIN_DAY:
        return None
    return float((value - _EPOCH.date()).days)


def _to_date(value: Any) -> Any:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _to_datetime(value: Any) -> Any:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def plain_text_columns(columns: Sequence[Column], masker: Masker | None) -> frozenset[int]:
    """The columns whose text is written as it is (unmasked, unstyled): the writers of
    `column_writers` take their other values."""
    as_is = {CODE} if masker is not None else {TEXT, CODE, FREE, PHONE, WECHAT, EMAIL}
    return frozenset(i for i, c in enumerate(columns) if c.kind in as_is and not c.total)


def column_writers(  # noqa: PLR0915 -- one small closure per column kind, kept together
    ws: Any,
    columns: Sequence[Column],
    masker: Masker | None,
    formats: Formats,
    sums: dict[int, float],
) -> list[CellWriter]:
    """One function per column writing a row's (non-empty) value into `ws`.

    A column marked as a total adds each number it writes to `sums[index]` (money in
    major units, as the cells hold it).
    """
    write_string, write_number = ws.write_string, ws.write_number

    def text_writer(scrub: bool, style: Style = PLAIN) -> CellWriter:
        fmt = formats(style) if style != PLAIN else None
        scrub_text = masker.scrub if scrub and masker is not None else None

        def put(r: int, c: int, value: Any) -> None:
            if type(value) is not str:
                if isinstance(value, int | float):
                    write_number(r, c, value, fmt)
                    return
                value = str(value)
            if scrub_text is not None:
                value = scrub_text(value)
            if value[-4:] == "</r>":
                value = literal(value)
            # A string, never a formula; XlsxWriter escapes control characters (_xHHHH_)
            # and cuts a text longer than a cell holds.
            write_string(r, c, value, fmt)

        def put_plain(r: int, c: int, value: Any) -> None:
            # The most common column: the owner's labels and names, unmasked, unstyled.
            if type(value) is str and value[-4:] != "</r>":
                write_string(r, c, value)
            else:
                put(r, c, value)

        return put_plain if scrub_text is None and fmt is None else put

    def dated(number_format: str, parse: Callable[[Any], Any]) -> CellWriter:
        # The serial number of a date is worked out once per distinct text (dates repeat).
        fmt = formats(Style(number_format=number_format))
        serials: dict[Any, float] = {}

        def put(r: int, c: int, value: Any) -> None:
            serial = serials.get(value)
            if serial is None:
                parsed = parse(value)
                found = excel_serial(parsed)
                if found is None:  # before 1900 or with a zone: as a date's text
                    write_string(r, c, str(parsed), fmt)
                    return
                serial = found
                if len(serials) < SERIALS_KEPT:
                    serials[value] = serial
            write_number(r, c, serial, fmt)

        return put

    def money_writer() -> CellWriter:
        # One format per currency (a column may hold several currencies).
        found: dict[str, Any] = {}

        def put(r: int, c: int, value: Any) -> None:
            minor, currency = value
            if minor is None:
                return
            fmt = found.get(currency)
            if fmt is None:
                fmt = found[currency] = formats(Style(number_format=money_format(currency)))
            write_number(r, c, minor / MINOR_PER_MAJOR, fmt)

        return put

    def counted(put_money: CellWriter) -> CellWriter:
        # A count, or an amount (fen, currency) where a row holds money (goals).
        def put(r: int, c: int, value: Any) -> None:
            if type(value) is tuple:
                put_money(r, c, value)
            else:
                write_number(r, c, value)

        return put

    def number_writer(number_format: str) -> CellWriter:
        fmt = formats(Style(number_format=number_format))

        def put(r: int, c: int, value: Any) -> None:
            write_number(r, c, value, fmt)

        return put

    def masked(mask: Callable[[str], str]) -> CellWriter:
        def put(r: int, c: int, value: Any) -> None:
            write_string(r, c, literal(mask(str(value))))

        return put

    def summed(put_value: CellWriter, index: int) -> CellWriter:
        sums[index] = 0

        def put(r: int, c: int, value: Any) -> None:
            put_value(r, c, value)
            if type(value) is not tuple:
                sums[index] += value
            elif value[0] is not None:
                sums[index] += value[0] / MINOR_PER_MAJOR

        return put

    writers: list[CellWriter] = []
    for index, column in enumerate(columns):
        kind = column.kind
        put: CellWriter
        if kind in (TEXT, CODE):
            put = text_writer(kind == TEXT and masker is not None)
        elif kind == FREE:
            put = text_writer(masker is not None)
        elif kind == WRAP:
            put = text_writer(masker is not None, Style(wrap=True))
        elif kind == INT:
            put = counted(money_writer())
        elif kind == DATE:
            put = dated(DATE_FORMAT, _to_date)
        elif kind == DATETIME:
            put = dated(DATETIME_FORMAT, _to_datetime)
        elif kind == MONEY:
            put = money_writer()
        elif kind == PERCENT:
            put = number_writer(PERCENT_FORMAT)
        elif masker is None:
            put = text_writer(False)  # contacts as they are
        else:
            put = masked({PHONE: masker.phone, WECHAT: masker.wechat}.get(kind, masker.email))
        writers.append(summed(put, index) if column.total else put)
    return writers
