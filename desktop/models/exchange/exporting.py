"""The Excel workbook for partners: streamed, formula-safe, optionally masked, atomic.

`export_workbook` reads one consistent snapshot of the database through its own read-only
connection (so a worker thread can run it while the window keeps the main one) and streams
rows into an openpyxl write-only workbook, saved under a temporary name beside the target
and renamed over it at the end: a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateutil.rrule import rrulestr
from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.cell.cell import (  # type: ignore[import-untyped]
    ILLEGAL_CHARACTERS_RE,
    Cell,
)
from openpyxl.compat import safe_string  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # type: ignore[import-untyped]

from desktop.models.calendar.events import parse_stamp
from desktop.models.core.clock import SYSTEM_CLOCK
from desktop.models.core.codes import ROLE_RANK, CategoryKind, Metric, category_kind
from desktop.models.core.common import FORMULA_START
from desktop.models.core.errors import QunDeskError, ReadOnlyTargetError, ValidationError
from desktop.models.core.money import MINOR_PER_MAJOR, currency_order
from desktop.models.exchange import export_labels as xl
from desktop.models.exchange.contact_scan import Masker
from desktop.models.exchange.export_rows import (
    SERIALS_KEPT,
    Number,
    cells_for_openpyxl,
    excel_serial,
    stream_rows,
)
from desktop.models.exchange.export_text import describe_rule, display_width
from desktop.models.storage import files
from desktop.models.storage.db import Database, file_stamp
from desktop.models.storage.places import read_only_uri

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

SHEETS = (
    "summary",
    "groups",
    "members",
    "roles",
    "events",
    "attendance",
    "activity",
    "revenue",
    "goals",
    "partner_statement",
)
# A spreadsheet runs text starting with one of these as a formula (or DDE command).
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.00%"
CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "JP¥"}
MAX_WIDTH = 60
WIDTH_SAMPLE_ROWS = 300
REPORT_EVERY = 2000
MIN_PARTNER_ID = 5  # a word of a partner's contact this long is masked wherever it appears
EXCEL_MAX_ROWS = 1_048_576
_FAR_PAST, _FAR_FUTURE = "0001-01-01", "9999-12-31"
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_TAB_COLOURS = {
    "summary": "1F4E79",
    "groups": "2E75B6",
    "members": "548235",
    "roles": "70AD47",
    "events": "C55A11",
    "attendance": "ED7D31",
    "activity": "7030A0",
    "revenue": "BF8F00",
    "goals": "A5A5A5",
    "partner_statement": "C00000",
}


def _file_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


# Read once at import (on the main thread): umask can only be read by setting it.
_FILE_MODE = _file_mode()


class ExportError(QunDeskError):
    """The workbook could not be written; nothing was left behind."""


class ExportCancelledError(ExportError):
    """The owner cancelled the export; no file was written."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to export: groups (None = all), an inclusive range (None = open), sheets, ..."""

    group_ids: tuple[int, ...] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    sheets: tuple[str, ...] = SHEETS
    mask_contacts: bool = False
    lang: str = "zh_CN"
    partner_id: int | None = None
    author: str = ""
    today: dt.date | None = None  # for "expired" and the open end of the summary period


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written: the file, rows per sheet key, and how long it took."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


# ---- columns --------------------------------------------------------------------------------

TEXT, FREE, INT, DATE, DATETIME, MONEY, PERCENT, PHONE, WECHAT, EMAIL, WRAP, CODE = range(12)
# TEXT holds labels and names, FREE the owner's own words; both are scanned for contacts in
# a masked export. CODE is checked machine text (an RRULE), written as it is.


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its header key, how its values are written, and whether it is summed."""

    key: str
    kind: int = TEXT
    total: bool = False


# ---- the export -----------------------------------------------------------------------------


def export_workbook(
    database: Database,
    path: str | os.PathLike[str],
    options: ExportOptions,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    """Write the workbook to `path` atomically; raise ExportError (or a ValidationError).

    A symbolic link `path` is written through (the file it points to is replaced, the link
    kept); a read-only `path` is refused. The database is only read, creating nothing
    beside it; leftovers of an export killed earlier in the same folder are removed.
    """
    started = time.perf_counter()
    _check_options(options)
    try:
        target = files.user_file_target(Path(path))
    except ReadOnlyTargetError as exc:
        raise ExportError(str(exc)) from exc
    if not target.parent.is_dir():
        raise ExportError(f"cannot save {target}: the folder {target.parent} does not exist")
    files.clean_stale([target.parent], SYSTEM_CLOCK.timestamp())
    source = Path(database.path)
    uri = read_only_uri(source)
    # An immutable read (no log beside the file) tells no copy that starts writing meanwhile
    # that someone is reading; such a copy changes the file itself only when it checkpoints
    # its log, so a file unchanged at the end means the snapshot was whole.
    before = file_stamp(source) if "immutable=1" in uri else None
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    temp: str | None = None
    writer: _Exporter | None = None
    try:
        conn.execute("BEGIN")  # one snapshot for every sheet
        writer = _Exporter(
            Database(Path(database.path), conn, clock=database.clock), options, progress, cancelled
        )
        writer.prepare()
        try:
            fd, temp = tempfile.mkstemp(
                prefix=f".{target.stem}.", suffix=".xlsx.part", dir=target.parent
            )
        except PermissionError as exc:
            raise ExportError(
                f"cannot save in {target.parent}: the folder is read-only ({exc.strerror})"
            ) from exc
        os.close(fd)
        os.chmod(temp, _FILE_MODE)  # mkstemp makes it private; a workbook is a normal file
        writer.write(temp)
        if before is not None and file_stamp(source) != before:
            raise ExportError(
                f"{source.name} was changed by another copy of QunDesk during the export, so "
                "the workbook may not be consistent and was not saved; export again"
            )
        try:
            files.replace_user_file(temp, target)
        except PermissionError as exc:
            raise ExportError(
                f"cannot replace {target}: the file is open in another program (Excel or "
                "WPS?) or read-only. Close it, or choose another name, and export again."
            ) from exc
        temp = None
        return ExportResult(target, dict(writer.rows), time.perf_counter() - started)
    except OSError as exc:
        raise ExportError(f"cannot save {target}: {exc.strerror or exc}") from exc
    finally:
        if writer is not None:
            writer.discard()
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        conn.close()


def _check_options(options: ExportOptions) -> None:
    if options.lang not in xl.LANGUAGES:
        raise ValidationError("lang", f"unknown language {options.lang!r}; use zh_CN or en")
    unknown = [s for s in options.sheets if s not in SHEETS]
    if unknown:
        raise ValidationError("sheets", f"unknown sheet {unknown[0]!r}")
    if not options.sheets:
        raise ValidationError("sheets", "choose at least one sheet")
    if options.start and options.end and options.end < options.start:
        raise ValidationError("end", "the range ends before it starts")


def _yuan(minor: int | None) -> float | None:
    return None if minor is None else minor / MINOR_PER_MAJOR


def money_format(currency: str) -> str:
    """Excel number format of an amount in `currency`: "¥"#,##0.00 for CNY."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    if symbol:
        return f'"{symbol}"#,##0.00;-"{symbol}"#,##0.00'
    return f'#,##0.00 "{currency}";-#,##0.00 "{currency}"'


def revenue_kind(kind: str, category: str) -> str:
    """Direct income, indirect income or expense, from the entry's kind and category."""
    found = category_kind(category)
    if kind == "expense" or found is CategoryKind.EXPENSE:
        return "expense"
    return "direct" if found is CategoryKind.DIRECT else "indirect"


class _Exporter:
    """One export run: the scope, the labels, the workbook and the progress count."""

    def __init__(
        self,
        db: Database,
        options: ExportOptions,
        progress: ProgressFn | None,
        cancelled: CancelledFn | None,
    ) -> None:
        self.db, self.conn, self.options = db, db.conn, options
        self.lang = options.lang
        self._progress = progress
        self._cancelled = cancelled
        self.today = options.today or db.clock.today()
        self.rows: dict[str, int] = {}
        self.done = 0
        self.total = 0
        self.wb = Workbook(write_only=True)
        self.masker: Masker | None = None
        self.partner: tuple[int, str] | None = None

    # ---- scope ----------------------------------------------------------------------

    def prepare(self) -> None:
        """Resolve the groups, partner, range and row counts; nothing is written yet."""
        o = self.options
        all_groups = {gid: name for gid, name in self.conn.execute("SELECT id, name FROM groups")}
        if o.group_ids is not None:
            missing = [g for g in o.group_ids if g not in all_groups]
            if missing:
                raise ValidationError("groups", f"there is no group with id {missing[0]}")
        chosen: list[int] | None = list(o.group_ids) if o.group_ids is not None else None
        sheets = list(o.sheets)
        if o.partner_id is not None:
            found = self.conn.execute(
                "SELECT id, name FROM partners WHERE id = ?", (o.partner_id,)
            ).fetchone()
            if found is None:
                raise ValidationError("partner", f"there is no partner with id {o.partner_id}")
            self.partner = (int(found[0]), str(found[1]))
            shared = [
                int(g)
                for (g,) in self.conn.execute(
                    "SELECT group_id FROM partner_shares WHERE partner_id = ?", (o.partner_id,)
                )
            ]
            chosen = [g for g in shared if chosen is None or g in chosen]
            if not chosen:
                raise ValidationError(
                    "partner", f"{self.partner[1]} has no share in the chosen groups"
                )
            if "partner_statement" not in sheets:
                sheets.append("partner_statement")
        else:
            sheets = [s for s in sheets if s != "partner_statement"]
        self.sheets = [s for s in SHEETS if s in sheets]
        self.group_ids = chosen
        self.group_names = {g: n for g, n in all_groups.items() if chosen is None or g in chosen}
        self.first = o.start.isoformat() if o.start else _FAR_PAST
        self.last = o.end.isoformat() if o.end else _FAR_FUTURE
        self.period = self._period()
        self.labels = {
            domain: xl.code_labels(domain, self.lang, self.conn) for domain in xl.CODE_LABELS
        }
        if o.mask_contacts:
            self.masker = self._masker()
            # Labels are the owner's words too, and the revenue totals' formulas quote them:
            # masked once here, cells and formulas agree.
            scrub = self.masker.scrub
            self.labels = {
                domain: {code: scrub(label) for code, label in labels.items()}
                for domain, labels in self.labels.items()
            }
        counters = {
            "members": self._members_sql(count=True),
            "roles": self._roles_sql(count=True),
            "attendance": self._attendance_sql(count=True),
            "activity": self._activity_sql(count=True),
            "revenue": self._revenue_sql(count=True),
        }
        for key in self.sheets:
            if key in counters:
                sql, params = counters[key]
                self.total += int(self.conn.execute(sql, params).fetchone()[0])
        self.total += 100 * len(self.group_names)  # summary, groups, events, goals

    def _masker(self) -> Masker:
        """A masker knowing every member's WeChat ID and phone and the partners' IDs."""
        ids: list[str] = []
        phones: list[str] = []
        for wechat, phone in self.conn.execute(
            "SELECT wechat_id, phone FROM members WHERE wechat_id <> '' OR phone <> ''"
        ):
            if wechat:
                ids.append(wechat)
            if phone and phone[:1] == "+":  # mainland mobiles are found by their shape
                phones.append(phone)
        for (contact,) in self.conn.execute("SELECT contact FROM partners WHERE contact <> ''"):
            ids += (w for w in contact.split() if w.isascii() and len(w) >= MIN_PARTNER_ID)
        return Masker(ids, phones)

    def _period(self) -> tuple[dt.date, dt.date]:
        """The summary's period: the chosen range, an open end closed by the data."""
        o = self.options
        start, end = o.start, o.end
        if start is None:
            (first,) = self.conn.execute(
                "SELECT min(d) FROM (SELECT min(created_on) AS d FROM groups "
                "UNION ALL SELECT min(day) FROM revenue UNION ALL SELECT min(day) "
                "FROM activity_daily)"
            ).fetchone()
            start = dt.date.fromisoformat(first) if first else self.today
        if end is None:
            end = max(self.today, start)
        return start, end

    def _in_groups(self, column: str) -> tuple[str, list[Any]]:
        if self.group_ids is None:
            return "1", []
        return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(self.group_ids)]

    def label(self, domain: str, code: str | None) -> str:
        """A code's label in the export language; unknown codes show as themselves."""
        if not code:
            return ""
        return self.labels[domain].get(code, code)

    # ---- progress -------------------------------------------------------------------

    def tick(self) -> None:
        """Count a row; report progress and honour cancel every few thousand rows."""
        self.done += 1
        if self.done % REPORT_EVERY == 0:
            self.report()

    def report(self) -> None:
        """Report progress now and raise ExportCancelledError if cancel was asked."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelledError("the export was cancelled; no file was written")
        if self._progress is not None:
            self._progress(min(self.done, self.total), max(self.total, self.done))

    # ---- writing --------------------------------------------------------------------

    def write(self, temp: str) -> None:
        """Write every chosen sheet and save the workbook to `temp`."""
        props = self.wb.properties
        props.title = self.text(xl.text("title", self.lang))
        props.creator = self.text(self.options.author or "QunDesk")
        props.created = self.db.clock.now().replace(microsecond=0)
        props.language = "zh-CN" if self.lang == "zh_CN" else "en"
        writers: dict[str, Callable[[], None]] = {
            "summary": self._summary,
            "groups": self._groups,
            "members": self._members,
            "roles": self._roles,
            "events": self._events,
            "attendance": self._attendance,
            "activity": self._activity,
            "revenue": self._revenue,
            "goals": self._goals,
            "partner_statement": self._statement,
        }
        self.report()
        for key in self.sheets:
            writers[key]()
            self.report()
        self.wb.save(temp)
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)

    def discard(self) -> None:
        """Remove the temporary files openpyxl streamed sheets into (after save or failure)."""
        for ws in self.wb.worksheets:
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

    def _new_sheet(self, key: str) -> WriteOnlyWorksheet:
        ws: WriteOnlyWorksheet = self.wb.create_sheet(xl.sheet_name(key, self.lang))
        ws.sheet_properties.tabColor = _TAB_COLOURS[key]
        return ws

    def text(self, value: str) -> str:
        """`value` with its contacts masked when the export masks them."""
        return value if self.masker is None else self.masker.scrub(value)

    def _cell(
        self, ws: WriteOnlyWorksheet, value: object, number_format: str | None = None
    ) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws)
        if self.masker is not None and isinstance(value, str):
            value = self.masker.scrub(value)  # summary facts, group and partner names
        cell.value = value
        if isinstance(value, str) and value[:1] in FORMULA_START:
            cell.data_type = "s"
        if number_format:
            cell.number_format = number_format
        return cell

    def _total(self, ws: WriteOnlyWorksheet, formula: str, number_format: str | None = None) -> Any:
        """A bold formula cell of a totals row: the only formulas an export writes."""
        cell = WriteOnlyCell(ws)
        cell.value = formula
        cell.font = Font(bold=True)
        if number_format:
            cell.number_format = number_format
        return cell

    def _bold(self, ws: WriteOnlyWorksheet, value: object, number_format: str | None = None) -> Any:
        cell = self._cell(ws, value, number_format)
        cell.font = Font(bold=True)
        return cell

    def _converters(  # noqa: PLR0915 -- one small closure per column kind, kept together
        self, ws: WriteOnlyWorksheet, columns: Sequence[Column]
    ) -> list[Any]:
        """One function per column turning a raw value into what is appended."""
        masker = self.masker
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

    def _table(
        self,
        key: str,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Any]],
        totals: Callable[[WriteOnlyWorksheet, int, int], list[list[Any]]] | None = None,
    ) -> None:
        """Write one entity sheet: header, rows, totals; widths from the first rows."""
        ws = self._new_sheet(key)
        iterator = iter(rows)
        sample: list[Sequence[Any]] = []
        for row in iterator:
            sample.append(row)
            if len(sample) >= WIDTH_SAMPLE_ROWS:
                break
        headers = [xl.header(c.key, self.lang) for c in columns]
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
            cell = self._bold(ws, text)
            cell.fill = _HEADER_FILL
            cell.alignment = Alignment(vertical="center")
            header_cells.append(cell)
        ws.append(header_cells)
        convs = self._converters(ws, columns)
        if not stream_rows(ws):  # openpyxl writes the rows: it needs cells, not _Numbers
            convs = [cells_for_openpyxl(ws, conv) for conv in convs]
        pairs = list(enumerate(convs))
        count = 0
        append, tick = ws.append, self.tick
        for row in _chain(sample, iterator):
            append([conv(row[i]) for i, conv in pairs])
            count += 1
            tick()
        if count + 1 >= EXCEL_MAX_ROWS:
            raise ExportError(f"the {key} sheet has more rows than Excel allows; narrow the range")
        last_col = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A1:{last_col}{count + 1}"
        if count and totals is not None:
            for extra in totals(ws, 2, count + 1):
                ws.append(extra)
        self.rows[key] = count

    def _sum_row(
        self, ws: WriteOnlyWorksheet, columns: Sequence[Column], first: int, last: int
    ) -> list[list[Any]]:
        """A bold "Total" row with SUM formulas under the summed columns."""
        row: list[Any] = [self._bold(ws, xl.text("total", self.lang))]
        for index, column in enumerate(columns[1:], start=2):
            if column.total:
                letter = get_column_letter(index)
                row.append(self._total(ws, f"=SUM({letter}{first}:{letter}{last})"))
            else:
                row.append(None)
        return [row]

    # ---- sheets ---------------------------------------------------------------------

    def _groups(self) -> None:
        columns = [
            Column("name", FREE),
            Column("platform"),
            Column("purpose"),
            Column("value"),
            Column("theme", FREE),
            Column("audience", FREE),
            Column("structure"),
            Column("stage"),
            Column("thresholds", WRAP),
            Column("fee", MONEY),
            Column("fee_period", INT),
            Column("capacity", INT),
            Column("current_members", INT, total=True),
            Column("rules", WRAP),
            Column("created", DATE),
        ]
        where, params = self._in_groups("g.id")
        sql = f"""
            SELECT g.id, g.name, g.platform, g.purposes, g.value_types, g.theme, g.audience,
                   g.structure,
                   (SELECT l.stage FROM lifecycle_history l WHERE l.group_id = g.id
                    ORDER BY l.began_on DESC, l.id DESC LIMIT 1),
                   g.fee_minor, g.fee_currency, g.fee_period_months, g.capacity,
                   (SELECT count(*) FROM memberships s WHERE s.group_id = g.id
                    AND s.left_on IS NULL),
                   g.created_on
            FROM groups g WHERE {where} ORDER BY g.archived, g.name COLLATE NOCASE
        """
        sep = "、" if self.lang == "zh_CN" else ", "
        colon = "：" if self.lang == "zh_CN" else ": "
        rows = []
        for found in self.conn.execute(sql, params).fetchall():
            (gid, name, platform, purposes, values, theme, audience, structure) = found[:8]
            (stage, fee, currency, months, capacity, members, created) = found[8:]
            thresholds = "\n".join(
                f"{self.label('threshold', kind)}{colon + desc if desc else ''}"
                for kind, desc in self.conn.execute(
                    "SELECT kind, description FROM group_thresholds WHERE group_id = ? "
                    "ORDER BY kind",
                    (gid,),
                )
            )
            rules = "\n".join(
                f"{n}. {text}"
                for n, (text,) in enumerate(
                    self.conn.execute(
                        "SELECT text FROM group_rules WHERE group_id = ? AND retired_on IS NULL "
                        "ORDER BY position, id",
                        (gid,),
                    ),
                    start=1,
                )
            )
            rows.append(
                (
                    name,
                    self.label("platform", platform),
                    sep.join(self.label("purpose", c) for c in _codes(purposes)),
                    sep.join(self.label("value_type", c) for c in _codes(values)),
                    theme,
                    audience,
                    self.label("structure", structure),
                    self.label("lifecycle", stage),
                    thresholds,
                    (fee, currency),
                    months,
                    capacity,
                    members,
                    rules,
                    created,
                )
            )
            self.tick()
        self._table("groups", columns, rows, lambda ws, a, b: self._sum_row(ws, columns, a, b))

    def _members_sql(self, count: bool = False) -> tuple[str, list[Any]]:
        where, params = self._in_groups("s.group_id")
        params += [self.last, self.first]
        scoped = f"""
            {where} AND s.joined_on <= ? AND (s.left_on IS NULL OR s.left_on >= ?)
        """
        everyone = self.group_ids is None and not self.options.start and not self.options.end
        if count:
            if everyone:
                return "SELECT count(*) FROM members", []
            return (
                f"SELECT count(DISTINCT s.member_id) FROM memberships s WHERE {scoped}",
                params,
            )
        rank = " ".join(f"WHEN '{role.value}' THEN {n}" for role, n in ROLE_RANK.items())
        source = (
            "members m LEFT JOIN agg x ON x.member_id = m.id"
            if everyone
            else "agg x JOIN members m ON m.id = x.member_id"
        )
        sql = f"""
            WITH ms AS MATERIALIZED (
                SELECT s.id, s.member_id, s.group_id, s.joined_on, s.left_on, s.paid_until
                FROM memberships s WHERE {scoped}
            ),
            agg AS (
                SELECT s.member_id,
                    min(s.joined_on) AS joined,
                    max(s.paid_until) AS paid_until,
                    max(s.left_on IS NULL) AS has_open,
                    max(s.left_on IS NULL AND g.fee_minor > 0 AND s.paid_until < ?) AS expired,
                    min(CASE WHEN s.left_on IS NULL THEN (CASE r.role {rank} ELSE 9 END)
                        || ':' || r.role END) AS best_role
                FROM ms s JOIN groups g ON g.id = s.group_id
                LEFT JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
                GROUP BY s.member_id
            ),
            names AS (
                SELECT p.member_id, group_concat(g.name, '、') AS groups
                FROM (SELECT DISTINCT member_id, group_id FROM ms) p
                JOIN groups g ON g.id = p.group_id
                GROUP BY p.member_id
            )
            SELECT m.id, m.name, m.nickname, m.wechat_id, m.phone, m.email, n.groups,
                   substr(x.best_role, instr(x.best_role, ':') + 1), x.joined,
                   coalesce(ref.name, m.referrer_text),
                   (SELECT group_concat(t.tag, ', ') FROM member_tags t
                    WHERE t.member_id = m.id),
                   x.paid_until,
                   CASE WHEN coalesce(x.has_open, 0) = 0 THEN 'left'
                        WHEN x.expired THEN 'expired' ELSE 'active' END,
                   m.notes
            FROM {source}
            LEFT JOIN names n ON n.member_id = m.id
            LEFT JOIN members ref ON ref.id = m.referrer_id
            ORDER BY m.id
        """
        return sql, [*params, self.today.isoformat()]

    def _members(self) -> None:
        columns = [
            Column("id", INT),
            Column("member_name", FREE),
            Column("nickname", FREE),
            Column("wechat_id", WECHAT),
            Column("phone", PHONE),
            Column("email", EMAIL),
            Column("groups", FREE),
            Column("role"),
            Column("joined_first", DATE),
            Column("referrer", FREE),
            Column("tags", FREE),
            Column("paid_until", DATE),
            Column("status"),
            Column("notes", FREE),
        ]
        roles = self.labels["role"]
        statuses = self.labels["member_status"]
        sql, params = self._members_sql()

        def rows() -> Iterator[tuple[Any, ...]]:
            for row in self.conn.execute(sql, params):
                role, status = row[7], row[12]
                yield (
                    *row[:7],
                    roles.get(role, role) if role else None,
                    *row[8:12],
                    statuses.get(status, status),
                    row[13],
                )

        self._table("members", columns, rows())

    def _roles_sql(self, count: bool = False) -> tuple[str, list[Any]]:
        where, params = self._in_groups("s.group_id")
        what = "count(*)" if count else "m.id, m.name, g.name, r.role, r.since, r.until"
        sql = f"""
            SELECT {what} FROM role_history r
            JOIN memberships s ON s.id = r.membership_id
            JOIN members m ON m.id = s.member_id
            JOIN groups g ON g.id = s.group_id
            WHERE {where} AND r.since <= ? AND (r.until IS NULL OR r.until >= ?)
        """
        if not count:
            sql += " ORDER BY m.id, g.name, r.since, r.id"
        return sql, [*params, self.last, self.first]

    def _roles(self) -> None:
        columns = [
            Column("id", INT),
            Column("member", FREE),
            Column("group", FREE),
            Column("role"),
            Column("since", DATE),
            Column("until", DATE),
        ]
        roles = self.labels["role"]
        sql, params = self._roles_sql()
        rows = (
            (mid, name, group, roles.get(role, role), since, until)
            for mid, name, group, role, since, until in self.conn.execute(sql, params)
        )
        self._table("roles", columns, rows)

    def _events(self) -> None:
        columns = [
            Column("group", FREE),
            Column("title", FREE),
            Column("type"),
            Column("start", DATETIME),
            Column("end", DATETIME),
            Column("recurrence"),
            Column("rrule", CODE),
            Column("online"),
            Column("location", FREE),
            Column("host", FREE),
            Column("capacity", INT),
            Column("attended", INT, total=True),
        ]
        where, params = self._in_groups("e.group_id")
        low, high = f"{self.first}T00:00:00", f"{self.last}T23:59:59"
        attended = dict(
            self.conn.execute(
                "SELECT event_id, count(*) FROM attendance WHERE status = 'attended' "
                "AND occurrence_start BETWEEN ? AND ? GROUP BY event_id",
                (low, high),
            ).fetchall()
        )
        sql = f"""
            SELECT e.id, g.name, e.title, e.type, e.starts_at, e.ends_at, e.rrule, e.online,
                   e.location, h.name, e.capacity, e.series_id
            FROM events e JOIN groups g ON g.id = e.group_id
            LEFT JOIN members h ON h.id = e.host_id
            WHERE {where} AND e.starts_at <= ?
              AND (e.rrule IS NOT NULL OR e.starts_at >= ?)
            ORDER BY e.starts_at, e.id
        """
        yes, no = xl.text("yes", self.lang), xl.text("no", self.lang)
        first = dt.datetime.fromisoformat(low)
        last = dt.datetime.fromisoformat(high)
        rows = []
        for found in self.conn.execute(sql, [*params, high, low]).fetchall():
            eid, group, title, kind, starts, ends, rule, online = found[:8]
            location, host, capacity, series = found[8:]
            if rule and not _occurs(rule, parse_stamp(starts), first, last):
                continue  # a series with no occurrence in the range
            words = describe_rule(rule, self.lang)
            if series is not None:
                words = xl.text("changed_occurrence", self.lang)
            rows.append(
                (
                    group,
                    title,
                    self.label("event_type", kind),
                    starts,
                    ends,
                    words,
                    rule,
                    yes if online else no,
                    location,
                    host,
                    capacity,
                    attended.get(eid, 0),
                )
            )
            self.tick()
        self._table("events", columns, rows, lambda ws, a, b: self._sum_row(ws, columns, a, b))

    def _attendance_sql(self, count: bool = False) -> tuple[str, list[Any]]:
        where, params = self._in_groups("e.group_id")
        what = (
            "count(*)" if count else "e.title, g.name, a.occurrence_start, m.id, m.name, a.status"
        )
        sql = f"""
            SELECT {what} FROM attendance a
            JOIN events e ON e.id = a.event_id
            JOIN groups g ON g.id = e.group_id
            JOIN members m ON m.id = a.member_id
            WHERE {where} AND a.occurrence_start BETWEEN ? AND ?
        """
        if not count:
            sql += " ORDER BY a.occurrence_start, e.id, m.id"
        return sql, [*params, f"{self.first}T00:00:00", f"{self.last}T23:59:59"]

    def _attendance(self) -> None:
        columns = [
            Column("event", FREE),
            Column("group", FREE),
            Column("date", DATETIME),
            Column("id", INT),
            Column("member", FREE),
            Column("status"),
        ]
        statuses = self.labels["attendance"]
        sql, params = self._attendance_sql()
        rows = (
            (title, group, start, mid, name, statuses.get(status, status))
            for title, group, start, mid, name, status in self.conn.execute(sql, params)
        )
        self._table("attendance", columns, rows)

    def _activity_sql(self, count: bool = False) -> tuple[str, list[Any]]:
        where, params = self._in_groups("a.group_id")
        what = (
            "count(*)"
            if count
            else "g.name, a.day, a.messages, a.active_members, a.joined, a.left_count"
        )
        sql = f"""
            SELECT {what} FROM activity_daily a JOIN groups g ON g.id = a.group_id
            WHERE {where} AND a.day BETWEEN ? AND ?
        """
        if not count:
            sql += " ORDER BY a.day, g.name COLLATE NOCASE"
        return sql, [*params, self.first, self.last]

    def _activity(self) -> None:
        columns = [
            Column("group", FREE),
            Column("date", DATE),
            Column("messages", INT, total=True),
            Column("active", INT),
            Column("joined", INT, total=True),
            Column("left", INT, total=True),
        ]
        sql, params = self._activity_sql()
        self._table(
            "activity",
            columns,
            self.conn.execute(sql, params),
            lambda ws, a, b: self._sum_row(ws, columns, a, b),
        )

    def _revenue_sql(self, count: bool = False) -> tuple[str, list[Any]]:
        where, params = self._in_groups("r.group_id")
        what = (
            "count(*)"
            if count
            else "r.day, g.name, r.kind, r.category, r.amount_minor, r.currency, r.channel, "
            "m.name, e.title, p.name, r.note"
        )
        sql = f"SELECT {what} FROM revenue r"
        if not count:
            sql += """
                LEFT JOIN groups g ON g.id = r.group_id
                LEFT JOIN members m ON m.id = r.member_id
                LEFT JOIN events e ON e.id = r.event_id
                LEFT JOIN partners p ON p.id = r.partner_id
            """
        sql += f" WHERE {where} AND r.day BETWEEN ? AND ?"
        if not count:
            sql += " ORDER BY r.day, r.id"
        return sql, [*params, self.first, self.last]

    def _revenue(self) -> None:
        columns = [
            Column("date", DATE),
            Column("group", FREE),
            Column("kind"),
            Column("category"),
            Column("amount", MONEY),
            Column("currency"),
            Column("channel"),
            Column("member", FREE),
            Column("event", FREE),
            Column("partner", FREE),
            Column("note", FREE),
        ]
        kinds, categories = self.labels["revenue_kind"], self.labels["category"]
        channels = self.labels["channel"]
        currencies: set[str] = set()
        sql, params = self._revenue_sql()

        def rows() -> Iterator[tuple[Any, ...]]:
            for (
                day,
                group,
                kind,
                cat,
                amount,
                cur,
                channel,
                member,
                event,
                partner,
                note,
            ) in self.conn.execute(sql, params):
                currencies.add(cur)
                yield (
                    day,
                    group,
                    kinds[revenue_kind(kind, cat)],
                    categories.get(cat, cat),
                    (amount, cur),
                    cur,
                    channels.get(channel, channel),
                    member,
                    event,
                    partner,
                    note,
                )

        def totals(ws: WriteOnlyWorksheet, first: int, last: int) -> list[list[Any]]:
            out: list[list[Any]] = []
            amount = f"$E${first}:$E${last}"
            kind_range, cur_range = f"$C${first}:$C${last}", f"$F${first}:$F${last}"
            row = last + 1
            for cur in currency_order(currencies):
                fmt = money_format(cur)
                cells = {}
                for code in ("direct", "indirect", "expense"):
                    row += 1
                    label = xl.text("total_of", self.lang, what=kinds[code], currency=cur)
                    formula = (
                        f'=SUMIFS({amount},{kind_range},"{_quote(kinds[code])}",'
                        f'{cur_range},"{_quote(cur)}")'
                    )
                    cells[code] = row
                    blank = [None, None, None]
                    out.append([self._bold(ws, label), *blank, self._total(ws, formula, fmt), cur])
                row += 1
                net = xl.text("total_of", self.lang, what=xl.header("net", self.lang), currency=cur)
                formula = f"=E{cells['direct']}+E{cells['indirect']}-E{cells['expense']}"
                out.append([self._bold(ws, net), *blank, self._total(ws, formula, fmt), cur])
            return [[], *out]

        self._table("revenue", columns, rows(), totals)

    def _goals(self) -> None:
        columns = [
            Column("group", FREE),
            Column("metric"),
            Column("period"),
            Column("min", INT),
            Column("max", INT),
            Column("effective_from", DATE),
        ]
        where, params = self._in_groups("x.group_id")
        order = {m.value: n for n, m in enumerate(Metric)}
        found = self.conn.execute(
            f"""SELECT g.name, x.metric, x.period, x.min_value, x.max_value, x.effective_from
                FROM goals x JOIN groups g ON g.id = x.group_id WHERE {where}""",
            params,
        ).fetchall()
        found.sort(key=lambda r: (r[0].casefold(), order.get(r[1], 99), r[5]))
        rows = []
        for group, metric, period, low, high, since in found:
            if metric == Metric.REVENUE:  # in fen: shown as CNY amounts
                low_v: Any = (low, "CNY")
                high_v: Any = (high, "CNY") if high is not None else None
            else:
                low_v, high_v = low, high
            rows.append(
                (
                    group,
                    self.label("metric", metric),
                    self.label("period", period),
                    low_v,
                    high_v,
                    since,
                )
            )
            self.tick()
        self._table("goals", columns, rows)

    # ---- summary ----------------------------------------------------------------------

    def _summary(self) -> None:
        from desktop.models.exchange.export_summary import write_summary

        write_summary(self)
        self.rows["summary"] = len(self.group_names)

    def _statement(self) -> None:
        from desktop.models.exchange.export_summary import write_statement

        self.rows["partner_statement"] = write_statement(self)


# ---- helpers --------------------------------------------------------------------------------


def _chain(first: Sequence[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


def _occurs(rule: str, start: dt.datetime, low: dt.datetime, high: dt.datetime) -> bool:
    """Whether a series has an occurrence in [low, high] (without expanding it all)."""
    try:
        found = rrulestr(rule, dtstart=start).after(low, inc=True)
    except (ValueError, TypeError, OverflowError):
        return low <= start <= high  # an unreadable rule stands for its first occurrence
    return found is not None and found <= high


def _codes(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _quote(text: str) -> str:
    return text.replace('"', '""')


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
