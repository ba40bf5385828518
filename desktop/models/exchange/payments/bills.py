"""WeChat Pay and Alipay bill exports read into lines: who paid whom, how much, for what.

WeChat Pay (微信支付账单明细) exports an .xlsx since mid-2025 and a UTF-8 .csv before it:
a block of summary lines and notes, then the header row 交易时间, 交易类型, 交易对方, 商品,
收/支, 金额(元), 支付方式, 当前状态, 交易单号, 商户单号, 备注 (amounts "¥299.00" in the
.csv, plain numbers in the .xlsx; long numbers followed by a tab). Alipay exports a GBK .csv
whose long preamble ends in a "电子客户回单" separator line, then 交易时间, 交易分类, 交易对方,
对方账号, 商品说明, 收/支, 金额, 收/付款方式, 交易状态, 交易订单号, 商家订单号, 备注, with
space-padded cells and a comma ending every row; 收/支 may be 不计收支.

The header row is found by its names wherever it is (never by counting lines), the file is
read by the guarded spreadsheet readers (`sheets.read_sheet`: size limits, .xlsx checked
before it is unpacked, encodings told apart), and a line that cannot be read is reported by
its row, field and reason instead of stopping the others.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.models.core.errors import QunDeskError
from desktop.models.core.messages import msg
from desktop.models.core.money import MoneyError, parse_amount
from desktop.models.exchange import sheets
from desktop.models.exchange.import_engine import header_key
from desktop.models.exchange.sheet_files import Cell, SpreadsheetError

WECHAT, ALIPAY = "wechat", "alipay"
INCOME, EXPENSE, NEUTRAL = "income", "expense", "neutral"

# Each field of a line, and the header names that hold it (compared by `header_key`).
_NAMES: dict[str, tuple[str, ...]] = {
    "time": ("交易时间", "交易创建时间", "付款时间"),
    "kind": ("交易类型", "交易分类", "类型"),
    "counterpart": ("交易对方",),
    "account": ("对方账号",),
    "item": ("商品", "商品说明", "商品名称"),
    "direction": ("收/支",),
    "amount": ("金额(元)", "金额"),
    "method": ("支付方式", "收/付款方式"),
    "status": ("当前状态", "交易状态"),
    "txn": ("交易单号", "交易订单号", "交易号"),
    "order": ("商户单号", "商家订单号"),
    "note": ("备注",),
}
_KEYS = {header_key(name): code for code, names in _NAMES.items() for name in names}
REQUIRED = ("time", "direction", "amount", "status")
# Names only one of the two exports uses: they tell which one a file is.
_ALIPAY_ONLY = frozenset(header_key(n) for n in ("交易分类", "商品说明", "交易状态", "对方账号"))
# A line's 当前状态 / 交易状态 when the money really moved (a payment later refunded in full
# moved too: its refund is a line of its own).
COMPLETED = frozenset(
    {
        "支付成功", "已收钱", "已存入零钱", "已到账", "已转账", "对方已收钱", "朋友已收钱",
        "已全额退款", "交易成功", "退款成功", "已退款", "充值成功", "充值完成", "提现已到账",
        "还款成功", "代付成功",
    }
)  # fmt: skip
_COMPLETED_PREFIXES = ("已退款", "已部分退款")  # "已退款(￥10.00)"
_EMPTY = frozenset({"", "/", "-", "—"})
_TIME = re.compile(
    r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)


class BillError(QunDeskError):
    """The file is not a bill QunDesk can read; nothing was imported."""


@dataclass(frozen=True, slots=True)
class LineProblem:
    """A line that could not be read: its row in the file, the field and why."""

    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        return msg(
            "row {row}: {field}: {reason}", row=self.row, field=self.field, reason=self.reason
        )


@dataclass(frozen=True, slots=True)
class BillLine:
    """One transaction of a bill, its texts trimmed ("/" read as empty)."""

    row: int  # the row number in the file
    source: str  # WECHAT or ALIPAY
    time: dt.datetime
    kind: str  # 交易类型 / 交易分类
    counterpart: str
    item: str
    direction: str  # INCOME, EXPENSE or NEUTRAL (不计收支, "/")
    amount_minor: int
    method: str
    status: str
    txn: str  # 交易单号: the payment's own number, "" when the file has none
    order: str  # 商户单号 / 商家订单号
    note: str = ""
    account: str = ""

    @property
    def day(self) -> dt.date:
        """The day of the transaction."""
        return self.time.date()

    @property
    def is_refund(self) -> bool:
        """Money given back for another line (退款 in its type, item or status)."""
        return (
            "退款" in self.kind
            or self.item.startswith("退款")
            or self.status in ("退款成功", "已退款")
        )

    @property
    def completed(self) -> bool:
        """Whether the money really moved (not closed, pending or returned)."""
        return self.status in COMPLETED or self.status.startswith(_COMPLETED_PREFIXES)

    @property
    def key(self) -> str:
        """What tells this transaction apart on a later import: its number, else when,
        how much and with whom."""
        if self.txn:
            return self.txn
        return f"{self.source}:{self.time.isoformat()}:{self.amount_minor}:{self.counterpart}"


@dataclass(frozen=True, slots=True)
class Bill:
    """A bill read: which export, its lines, and the lines that could not be read."""

    path: Path
    source: str
    header_row: int
    lines: tuple[BillLine, ...]
    problems: tuple[LineProblem, ...] = field(default=())


def _text(cell: Cell) -> str:
    text = unicodedata.normalize("NFKC", sheets.cell_text(cell)).strip()
    return "" if text in _EMPTY else " ".join(text.split())


def _columns(cells: Sequence[Cell]) -> dict[str, int]:
    """The fields a row's cells name, by column; the first column of a name wins."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        code = _KEYS.get(header_key(sheets.cell_text(cell)))
        if code is not None and code not in found:
            found[code] = index
    return found


def header_score(cells: Sequence[Cell]) -> int:
    """How many of a bill's column names a row holds."""
    return len(_columns(cells))


def _is_header(cells: Sequence[Cell]) -> bool:
    return all(code in _columns(cells) for code in REQUIRED)


def _time(cell: Cell) -> dt.datetime:
    if isinstance(cell, dt.datetime):
        return cell
    if isinstance(cell, dt.date):
        return dt.datetime.combine(cell, dt.time())
    if isinstance(cell, float | int) and not isinstance(cell, bool):
        if not math.isfinite(cell) or not 1 <= cell < 2_958_466:  # 9999-12-31
            raise ValueError(msg("not a date and time"))
        return (_EXCEL_EPOCH + dt.timedelta(days=float(cell))).replace(microsecond=0)
    match = _TIME.fullmatch(_text(cell))
    if match is None:
        raise ValueError(msg("not a date and time such as 2025-06-01 10:30:00"))
    year, month, day, hour, minute, second = (int(p) if p else 0 for p in match.groups())
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise ValueError(msg("not a date and time such as 2025-06-01 10:30:00")) from None


def _amount(cell: Cell) -> int:
    if isinstance(cell, float | int) and not isinstance(cell, bool):
        if not math.isfinite(cell) or abs(cell) >= 1e13:
            raise ValueError(msg("not an amount"))
        cents = round(cell * 100)
        if abs(cell * 100 - cents) > 1e-6:
            raise ValueError(msg("more than two decimals"))
        return abs(int(cents))
    try:
        return abs(parse_amount(_text(cell), allow_negative=True))
    except MoneyError as exc:
        raise ValueError(exc.message) from None


def _direction(text: str) -> str:
    if text.startswith("收入") or text == "收":
        return INCOME
    if text.startswith("支出") or text == "支":
        return EXPENSE
    return NEUTRAL


def read_bill(path: str | Path) -> Bill:
    """Read a WeChat Pay or Alipay bill (.xlsx or .csv); BillError when it is neither."""
    path = Path(path)
    try:
        sheet = sheets.read_sheet(path, score=header_score)
    except SpreadsheetError as exc:
        raise BillError(
            msg("{file} cannot be read: {reason}", file=path.name, reason=str(exc))
        ) from None
    header: Sequence[Cell] = sheet.headers
    header_row = sheet.header_row
    rows = sheet.rows
    if not _is_header(header):
        # a preamble longer than the reader's look-ahead: the header is further down
        at = next((n for n, row in enumerate(rows) if _is_header(row.cells)), None)
        if at is None:
            raise BillError(
                msg(
                    "{file}: not a WeChat Pay or Alipay bill (no row names 交易时间, 收/支, "
                    "金额 and 当前状态 or 交易状态).",
                    file=path.name,
                )
            )
        header, header_row, rows = rows[at].cells, rows[at].number, rows[at + 1 :]
    columns = _columns(header)
    keys = {header_key(sheets.cell_text(c)) for c in header}
    source = ALIPAY if keys & _ALIPAY_ONLY else WECHAT
    lines: list[BillLine] = []
    problems: list[LineProblem] = []
    for number, cells in rows:
        line = _line(number, cells, columns, source, problems)
        if line is not None:
            lines.append(line)
    return Bill(path, source, header_row, tuple(lines), tuple(problems))


def _line(
    number: int,
    cells: Sequence[Cell],
    columns: dict[str, int],
    source: str,
    problems: list[LineProblem],
) -> BillLine | None:
    """One row as a line; None (a problem noted) when its time or amount is unreadable, or
    silently for a row with no time at all (a footer, a blank or separator row)."""

    def cell(code: str) -> Cell:
        index = columns.get(code)
        return cells[index] if index is not None and index < len(cells) else ""

    if not _text(cell("time")) or _text(cell("time")).startswith("-"):
        return None
    values: dict[str, object] = {}
    for code, read in (("time", _time), ("amount", _amount)):
        try:
            values[code] = read(cell(code))
        except ValueError as exc:
            problems.append(LineProblem(number, _NAMES[code][0], str(exc)))
            return None
    return BillLine(
        row=number,
        source=source,
        time=values["time"],  # type: ignore[arg-type]
        kind=_text(cell("kind")),
        counterpart=_text(cell("counterpart")),
        item=_text(cell("item")),
        direction=_direction(_text(cell("direction"))),
        amount_minor=values["amount"],  # type: ignore[arg-type]
        method=_text(cell("method")),
        status=_text(cell("status")),
        txn=_text(cell("txn")),
        order=_text(cell("order")),
        note=_text(cell("note")),
        account=_text(cell("account")),
    )
