"""Revenue entries from a spreadsheet: map columns, check every row, then write all at once.

The same steps and rules as the member import (`desktop.models.exchange.importing`): the sheet is
read with `read_sheet`, `plan_revenue_import` checks every row and writes nothing, and
`apply_revenue_import` writes the plan in one transaction — nothing at all while any row is
invalid, unless only the valid rows are asked for.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from desktop.models.core.codes import Category, Channel, EntryKind
from desktop.models.core.errors import ValidationError
from desktop.models.core.money import DEFAULT_CURRENCY, MoneyError, check_currency, parse_amount
from desktop.models.core.text_safety import multi_line, one_line

# The header texts are compared the way the member import compares them (width, case,
# spaces and bracketed units such as "金额(元)" ignored).
from desktop.models.exchange.importing import (
    CHUNK_ROWS,
    FORMULA_GAP,
    HEADER_SCAN_ROWS,
    CancelledFn,
    Cell,
    ImportCancelledError,
    InvalidRowsError,
    Problem,
    ProgressFn,
    SheetData,
    cell_text,
    check_same_titles,
    header_key,
    mapped_gaps,
    parse_day,
    read_sheet,
    sheet_warnings,
    too_long,
)
from desktop.models.exchange.sheet_files import MAX_CELL_CHARS
from desktop.models.revenue import revenue
from desktop.models.storage.db import Database


class RevenueField(StrEnum):
    """What a spreadsheet column can be imported as."""

    DAY = "day"
    GROUP = "group"
    KIND = "kind"
    CATEGORY = "category"
    AMOUNT = "amount"
    CURRENCY = "currency"
    CHANNEL = "channel"
    MEMBER = "member"
    EVENT = "event"
    PARTNER = "partner"
    NOTE = "note"


REQUIRED_FIELDS = (RevenueField.DAY, RevenueField.CATEGORY, RevenueField.AMOUNT)

_HEADER_ALIASES: dict[RevenueField, tuple[str, ...]] = {
    RevenueField.DAY: ("日期", "时间", "交易日期", "收款日期", "付款日期", "入账日期", "记账日期",
                       "date", "day", "paidon"),
    RevenueField.GROUP: ("群", "群名", "群名称", "社群", "所在群", "所属群", "group", "groupname"),
    RevenueField.KIND: ("类型", "收支", "收支类型", "收入支出", "kind", "type", "incomeexpense"),
    RevenueField.CATEGORY: ("类别", "分类", "科目", "项目", "收支类别", "category"),
    RevenueField.AMOUNT: ("金额", "金额元", "数额", "收款金额", "amount", "sum", "value"),
    RevenueField.CURRENCY: ("币种", "货币", "currency"),
    RevenueField.CHANNEL: ("渠道", "支付方式", "付款方式", "收款方式", "支付渠道", "channel",
                           "paymentchannel", "paymentmethod", "payment"),
    RevenueField.MEMBER: ("成员", "付款人", "会员", "客户", "姓名", "member", "payer", "name"),
    RevenueField.EVENT: ("活动", "活动名称", "课程", "event"),
    RevenueField.PARTNER: ("合伙人", "合作方", "partner"),
    RevenueField.NOTE: ("备注", "说明", "note", "notes", "remark", "remarks", "memo"),
}  # fmt: skip
_ALIAS_FIELD = {header_key(a): f for f, aliases in _HEADER_ALIASES.items() for a in aliases}
# Chinese aliases of two or more characters are also found inside longer headers (收款金额).
_CONTAINED = sorted((a for a in _ALIAS_FIELD if len(a) >= 2 and not a.isascii()), key=len)[::-1]

# Cell values: codes, English labels and Chinese labels, compared by `header_key`.
_KIND_WORDS: dict[EntryKind, tuple[str, ...]] = {
    EntryKind.INCOME: ("收入", "收", "进账", "入账", "income", "in"),
    EntryKind.EXPENSE: ("支出", "支", "成本", "费用", "花费", "expense", "expenses", "cost", "out"),
}
_CATEGORY_WORDS: dict[Category, tuple[str, ...]] = {
    Category.MEMBERSHIP: ("会员费", "会费", "入群费", "年费", "membership", "membershipfee",
                          "paidmembership", "fee"),
    Category.TICKET: ("门票", "课程票", "讲座票", "课程", "票", "ticket", "tickets",
                      "lectureticket", "lecturetickets", "courseticket"),
    Category.PRODUCT: ("产品销售", "产品", "商品", "销售", "product", "products", "productsale",
                       "productsales", "sales"),
    Category.AUCTION: ("拍卖", "auction"),
    Category.CROWDFUNDING: ("众筹", "crowdfunding"),
    Category.CONSULTING: ("咨询", "咨询费", "consulting"),
    Category.SPONSORSHIP: ("赞助", "赞助费", "sponsorship", "sponsor"),
    Category.REFERRAL: ("推荐佣金", "佣金", "返佣", "referral", "referralfees", "commission",
                        "referralcommission"),
    Category.PARTNER_DEAL: ("合作分成", "合作", "分成", "partnerdeal"),
    Category.OTHER_INCOME: ("其他收入", "otherincome"),
    Category.VENUE: ("场地", "场地费", "venue"),
    Category.GIFTS: ("礼品", "gifts", "gift"),
    Category.ADS: ("广告", "广告费", "投放", "ads", "ad", "advertising"),
    Category.TOOLS: ("工具", "软件", "tools", "tool"),
    Category.SPEAKER_FEE: ("讲师费", "嘉宾费", "speakerfee", "speaker"),
    Category.OTHER_EXPENSE: ("其他支出", "otherexpense"),
}  # fmt: skip
_CHANNEL_WORDS: dict[Channel, tuple[str, ...]] = {
    Channel.WECHAT_PAY: ("微信支付", "微信", "微信转账", "微信红包", "wechatpay", "wechat",
                         "wxpay"),
    Channel.ALIPAY: ("支付宝", "alipay"),
    Channel.BANK: ("银行", "银行转账", "转账", "对公", "bank", "banktransfer", "transfer"),
    Channel.CASH: ("现金", "cash"),
    Channel.OTHER: ("其他", "其它", "other", "otherchannel"),
}  # fmt: skip
_CURRENCY_WORDS = {
    "人民币": "CNY", "元": "CNY", "rmb": "CNY", "¥": "CNY", "美元": "USD", "港币": "HKD",
    "港元": "HKD", "欧元": "EUR", "英镑": "GBP", "日元": "JPY",
}  # fmt: skip


def _words(table: Mapping[Any, tuple[str, ...]]) -> dict[str, str]:
    found = {header_key(str(code.value)): str(code.value) for code in table}
    found.update({header_key(w): str(code.value) for code, ws in table.items() for w in ws})
    return found


_KINDS, _CATEGORIES, _CHANNELS = (
    _words(_KIND_WORDS),
    _words(_CATEGORY_WORDS),
    _words(_CHANNEL_WORDS),
)


class PlannedEntry(NamedTuple):
    """A valid row, ready to store: its sheet row number and the `revenue` columns."""

    row: int
    values: Mapping[str, Any]  # as revenue.checked_entry_row gives them


@dataclass(frozen=True, slots=True)
class RevenueImportPlan:
    """What an import would write, checked against the database; nothing is written yet."""

    sheet: SheetData
    mapping: tuple[str | None, ...]
    rows: tuple[PlannedEntry, ...]
    problems: tuple[Problem, ...]
    invalid_rows: tuple[int, ...]  # sheet row numbers with at least one problem
    stamp: tuple[int, ...]  # the database's state when planned; apply refuses a changed one


@dataclass(frozen=True, slots=True)
class RevenueImportResult:
    """What an import wrote."""

    imported: int
    skipped: int
    renewals: int
    entry_ids: tuple[int, ...]


# ---- the header ------------------------------------------------------------------------------


def _header_field(text: Cell) -> tuple[RevenueField | None, bool]:
    """The field a header names, and whether it named it exactly."""
    if not isinstance(text, str) or len(text) > 30:
        return None, False
    key = header_key(text)
    if not key:
        return None, False
    if key in _ALIAS_FIELD:
        return _ALIAS_FIELD[key], True
    inside = next((a for a in _CONTAINED if a in key), None)
    return (_ALIAS_FIELD[inside], False) if inside else (None, False)


def guess_revenue_mapping(headers: Sequence[str]) -> tuple[str | None, ...]:
    """The field of each column from its header (None: not imported); each field once."""
    guesses = [_header_field(h) for h in headers]
    result: list[str | None] = [None] * len(headers)
    taken: set[RevenueField] = set()
    for want_exact in (True, False):  # exact names win over names inside longer headers
        for i, (found, exact) in enumerate(guesses):
            if found is not None and exact == want_exact and found not in taken:
                result[i] = found.value
                taken.add(found)
    return tuple(result)


def _score(cells: Sequence[Cell]) -> int:
    return sum(2 if exact else 1 for _f, exact in {_header_field(c) for c in cells} if _f)


def read_revenue_sheet(path: str | Path, *, sheet: str | None = None) -> SheetData:
    """`read_sheet`, with the header row found by the revenue headers (title rows skipped)."""
    data = read_sheet(path, sheet=sheet)
    candidates = [(data.header_row, _score(data.headers))]
    candidates += [(r.number, _score(r.cells)) for r in data.rows[:HEADER_SCAN_ROWS]]
    best = max(candidates, key=lambda c: c[1])  # the first of equal scores
    if best[0] == data.header_row:
        return data
    return read_sheet(path, sheet=data.sheet_name or None, header_row=best[0])


def check_revenue_mapping(headers: Sequence[str], mapping: Sequence[str | None]) -> None:
    """ValidationError unless the mapping fits the columns, uses each field at most once
    and has a date, a category and an amount."""
    if len(mapping) != len(headers):
        raise ValidationError("mapping", f"Expected {len(headers)} columns, got {len(mapping)}.")
    known = {f.value for f in RevenueField}
    seen: dict[str, str] = {}
    for header, code in zip(headers, mapping, strict=True):
        if code is None:
            continue
        if code not in known:
            raise ValidationError("mapping", f"“{code}” is not something a column can be.")
        if code in seen:
            raise ValidationError(
                "mapping", f"Both {seen[code]} and {header} are mapped to {code}."
            )
        seen[code] = header
    missing = [f.value for f in REQUIRED_FIELDS if f.value not in seen]
    if missing:
        raise ValidationError(
            "mapping",
            f"No column holds {', '.join(missing)} (such as 日期, 类别, 金额); map one.",
        )


# ---- checking the rows -----------------------------------------------------------------------


def _stamp(conn: sqlite3.Connection) -> tuple[int, ...]:
    """Counts and top ids of the tables a plan reads and writes."""
    parts = ", ".join(
        f"(SELECT count(*) FROM {t}), (SELECT coalesce(max(id), 0) FROM {t})"
        for t in ("revenue", "groups", "members", "events", "partners")
    )
    return tuple(int(v) for v in conn.execute(f"SELECT {parts}").fetchone())


# Floats this large are never whole fen (and past 1e15 their hundreds are not exact).
_FLOAT_FEN_LIMIT = 1e13


def _amount(value: Cell) -> int:
    """Fen from an amount cell; Excel's floats are taken to the cent when they are whole fen.

    Infinity and NaN (a cell holding 1e400 or NaN) are "not a number", never Python's own
    error text.
    """
    if isinstance(value, float):
        if not math.isfinite(value):
            raise MoneyError(cell_text(value), "not a number")
        if abs(value) < _FLOAT_FEN_LIMIT and abs(value * 100 - round(value * 100)) < 1e-6:
            return parse_amount(f"{value:.2f}")
    text = cell_text(value)
    try:
        return parse_amount(text)
    except MoneyError:
        if _non_finite(text):
            raise MoneyError(text, "not a number") from None
        raise


def _non_finite(text: str) -> bool:
    """Whether the text reads as a number too large for a float, or as NaN."""
    try:
        return not math.isfinite(float(text))
    except ValueError:
        return False


class _Planner:
    """Checks rows one by one against lookups read once from the database."""

    def __init__(self, conn: sqlite3.Connection, sheet: SheetData, mapping: Sequence[str | None]):
        self.conn = conn
        self.column = {code: i for i, code in enumerate(mapping) if code is not None}
        self.header = {code: sheet.headers[i] for code, i in self.column.items()}
        self.gaps = mapped_gaps(sheet, self.column)
        self.groups = {
            str(name).strip().casefold(): int(gid)
            for gid, name in conn.execute("SELECT id, name FROM groups")
        }
        self.partners = {
            str(name).strip().casefold(): int(pid)
            for pid, name in conn.execute("SELECT id, name FROM partners")
        }
        self.members: dict[str, set[int]] = {}
        for mid, name, wechat in conn.execute("SELECT id, name, wechat_id FROM members"):
            self.members.setdefault(str(name).strip(), set()).add(int(mid))
            if wechat:
                self.members.setdefault(str(wechat).strip().lower(), set()).add(int(mid))
        # the owner's own words name categories too: renamed built-ins and added entries
        self.categories = dict(_CATEGORIES)
        for code, *words in conn.execute(
            "SELECT code, label_zh, label_en FROM vocabulary WHERE domain = 'category'"
        ):
            for word in (code, *words):
                if str(word or "").strip():
                    self.categories[header_key(str(word))] = str(code)
        self.events: dict[str, list[tuple[int, int]]] = {}
        for eid, gid, title in conn.execute("SELECT id, group_id, title FROM events"):
            self.events.setdefault(str(title).strip(), []).append((int(eid), int(gid)))
        self.problems: list[Problem] = []
        self.rows: list[PlannedEntry] = []
        self.invalid: list[int] = []

    def add(self, row: int, code: str, message: str) -> None:
        self.problems.append(Problem(row, self.header.get(code, ""), code, message))

    def cell(self, cells: Sequence[Cell], code: str) -> Cell:
        at = self.column.get(code)
        return cells[at] if at is not None and at < len(cells) else None

    def text(self, cells: Sequence[Cell], code: str) -> str:
        # Control characters out (see text_safety); only the note keeps its line breaks.
        text = cell_text(self.cell(cells, code))
        text = multi_line(text) if code == RevenueField.NOTE else one_line(text)
        return unicodedata.normalize("NFKC", text).strip()

    def check_row(self, number: int, cells: Sequence[Cell]) -> None:
        before = len(self.problems)
        for code in self.gaps.get(number, ()):
            self.add(number, code, FORMULA_GAP)
        for code, at in self.column.items():
            value = cells[at] if at < len(cells) else None
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                self.add(number, code, too_long(len(value), MAX_CELL_CHARS))
        if len(self.problems) > before:
            self.invalid.append(number)
            return
        draft = self._draft(number, cells)
        if draft is not None and len(self.problems) == before:
            try:
                values = revenue.checked_entry_row(self.conn, draft)
            except ValidationError as exc:
                self.add(number, str(exc.field), exc.message)
            else:
                self.rows.append(PlannedEntry(number, values))
        if len(self.problems) > before:
            self.invalid.append(number)

    def _draft(self, number: int, cells: Sequence[Cell]) -> revenue.EntryDraft | None:
        day: dt.date | None = None
        try:
            day = parse_day(self.cell(cells, "day"))
            if day is None:
                self.add(number, "day", "the date is missing")
        except ValueError as exc:
            self.add(number, "day", str(exc))
        kind = self._code(number, cells, "kind", _KINDS, "income or expense (收入/支出)")
        category = self._code(number, cells, "category", self.categories, "a ledger category")
        if not category and self.text(cells, "category") == "":
            self.add(number, "category", "the category is missing")
        amount = 0
        try:
            amount = _amount(self.cell(cells, "amount"))
        except MoneyError as exc:
            self.add(number, "amount", exc.message)
        currency = self.text(cells, "currency")
        currency = _CURRENCY_WORDS.get(currency.casefold(), currency) or DEFAULT_CURRENCY
        try:
            currency = check_currency(currency)
        except MoneyError as exc:
            self.add(number, "currency", exc.message)
        channel = self._code(number, cells, "channel", _CHANNELS, "a payment channel")
        group_id = self._named(number, cells, "group", self.groups)
        partner_id = self._named(number, cells, "partner", self.partners)
        member_id = self._member(number, cells)
        event_id = self._event(number, cells, group_id)
        if day is None:
            return None
        return revenue.EntryDraft(
            day=day,
            group_id=group_id,
            category=category,
            amount_minor=amount,
            currency=currency,
            channel=channel or Channel.OTHER.value,
            member_id=member_id,
            event_id=event_id,
            partner_id=partner_id,
            note=self.text(cells, "note"),
            kind=kind or None,
        )

    def _code(
        self, number: int, cells: Sequence[Cell], code: str, words: Mapping[str, str], what: str
    ) -> str:
        text = self.text(cells, code)
        if not text:
            return ""
        found = words.get(header_key(text))
        if found is None:
            self.add(number, code, f"“{text}” is not {what}")
            return ""
        return found

    def _named(
        self, number: int, cells: Sequence[Cell], code: str, known: Mapping[str, int]
    ) -> int | None:
        text = self.text(cells, code)
        if not text:
            return None
        found = known.get(text.casefold())
        if found is None:
            self.add(number, code, f"there is no {code} named “{text}”")
        return found

    def _member(self, number: int, cells: Sequence[Cell]) -> int | None:
        text = self.text(cells, "member")
        if not text:
            return None
        found = self.members.get(text, set()) | self.members.get(text.lower(), set())
        if not found:
            self.add(number, "member", f"no member has the name or WeChat ID “{text}”")
            return None
        if len(found) > 1:
            self.add(
                number, "member", f"{len(found)} members are called “{text}”; use the WeChat ID"
            )
            return None
        return next(iter(found))

    def _event(self, number: int, cells: Sequence[Cell], group_id: int | None) -> int | None:
        text = self.text(cells, "event")
        if not text:
            return None
        found = {e for e, g in self.events.get(text, []) if group_id is None or g == group_id}
        if not found:
            where = " in this group" if group_id is not None else ""
            self.add(number, "event", f"there is no event titled “{text}”{where}")
            return None
        if len(found) > 1:
            self.add(number, "event", f"{len(found)} events are titled “{text}”; name the group")
            return None
        return next(iter(found))


def plan_revenue_import(
    db: Database,
    sheet: SheetData,
    mapping: Sequence[str | None] | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> RevenueImportPlan:
    """Check every row of the sheet against the database; write nothing.

    `mapping` gives each column's field code (None: not imported; default: guessed from
    the headers). Every bad field is a Problem with the row number the sheet shows.
    """
    chosen = tuple(mapping) if mapping is not None else guess_revenue_mapping(sheet.headers)
    check_revenue_mapping(sheet.headers, chosen)
    if mapping is None:
        check_same_titles(sheet, chosen)
    if not sheet.rows:
        raise ValidationError(
            "file", f"There are no entry rows below the header (row {sheet.header_row})."
        )
    planner = _Planner(db.conn, sheet, chosen)
    planner.problems.extend(sheet_warnings(sheet))
    total = len(sheet.rows)
    for start in range(0, total, CHUNK_ROWS):
        if cancelled is not None and cancelled():
            raise ImportCancelledError("Checking the file was cancelled; nothing was imported.")
        for number, cells in sheet.rows[start : start + CHUNK_ROWS]:
            planner.check_row(number, cells)
        if progress is not None:
            progress(min(start + CHUNK_ROWS, total), total)
    order = {code: n for n, code in enumerate(chosen)}
    problems = sorted(planner.problems, key=lambda p: (p.row or 0, order.get(p.field, 99)))
    return RevenueImportPlan(
        sheet=sheet,
        mapping=chosen,
        rows=tuple(planner.rows),
        problems=tuple(problems),
        invalid_rows=tuple(planner.invalid),
        stamp=_stamp(db.conn),
    )


# ---- writing ---------------------------------------------------------------------------------

_COLUMNS = revenue.COLUMNS[1:13]  # day … note: what checked_entry_row gives, without the id


def apply_revenue_import(
    db: Database,
    plan: RevenueImportPlan,
    *,
    valid_only: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> RevenueImportResult:
    """Write the planned entries in one transaction; membership fees renew as typed ones do.

    With invalid rows nothing is written unless `valid_only`. A cancel between chunks, or
    any error, rolls everything back.
    """
    if plan.invalid_rows and not valid_only:
        raise InvalidRowsError(plan.problems, len(plan.invalid_rows), len(plan.rows))
    if not plan.rows:
        raise ValidationError("file", "No row is valid, so nothing was imported.")
    total = len(plan.rows)
    insert = (
        f"INSERT INTO revenue (id, {', '.join(_COLUMNS)}) "
        f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})"
    )
    with db.transaction() as conn:
        if _stamp(conn) != plan.stamp:
            raise ValidationError(
                "file", "The database changed since the file was checked; check it again."
            )
        first = int(conn.execute("SELECT coalesce(max(id), 0) FROM revenue").fetchone()[0]) + 1
        for start in range(0, total, CHUNK_ROWS):
            if cancelled is not None and cancelled():
                raise ImportCancelledError("The import was cancelled; nothing was changed.")
            chunk = plan.rows[start : start + CHUNK_ROWS]
            conn.executemany(
                insert,
                [
                    (first + start + n, *(p.values[c] for c in _COLUMNS))
                    for n, p in enumerate(chunk)
                ],
            )
            # In file order, as if typed one after another: a second fee extends the first.
            for n, p in enumerate(chunk):
                if p.values["category"] == Category.MEMBERSHIP and p.values["member_id"]:
                    revenue.renew_membership(conn, first + start + n, dict(p.values))
            if progress is not None:
                progress(min(start + CHUNK_ROWS, total), total)
        if cancelled is not None and cancelled():
            raise ImportCancelledError("The import was cancelled; nothing was changed.")
        renewals = conn.execute(
            "SELECT count(*) FROM revenue WHERE id >= ? AND renewal_membership_id IS NOT NULL",
            (first,),
        ).fetchone()
    return RevenueImportResult(
        imported=total,
        skipped=len(plan.invalid_rows),
        renewals=int(renewals[0]),
        entry_ids=tuple(range(first, first + total)),
    )


def import_revenue(
    db: Database, path: str | Path, *, valid_only: bool = False
) -> RevenueImportResult:
    """Read, check and import a ledger sheet in one go (see the step functions)."""
    sheet = read_revenue_sheet(path)
    return apply_revenue_import(db, plan_revenue_import(db, sheet), valid_only=valid_only)
