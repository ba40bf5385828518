"""Revenue entries from a spreadsheet: the ledger target of the import

The same steps and rules as the member import (see `import_engine`): `read_revenue_sheet`
finds the header by the ledger's column titles, `plan_revenue_import` checks every row and
writes nothing, and `apply_revenue_import` writes the plan in one transaction through
`revenue.bulk` — nothing at all while any row is invalid, unless only the valid rows are
asked for.
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
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import sheets
from desktop.models.exchange.sheet_files import MAX_CELL_CHARS, Cell
from desktop.models.exchange.sheets import SheetData, cell_text, parse_day
from desktop.models.revenue import bulk, revenue
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
REVENUE_FIELDS = engine.FieldSchema(
    tuple(
        engine.FieldSpec(f.value, _HEADER_ALIASES[f], f in REQUIRED_FIELDS) for f in RevenueField
    ),
    missing=lambda keys: f"No column holds {', '.join(keys)} (such as 日期, 类别, 金额); map one.",
    duplicate=lambda code, used: f"Both {used[0]} and {used[1]} are mapped to {code}.",
)

# Cell values: codes, English labels and Chinese labels, compared by `header_key`.
_KIND_WORDS: dict[EntryKind, tuple[str, ...]] = {
    EntryKind.INCOME: ("收入", "收", "进账", "入账", "income", "in"),
    EntryKind.EXPENSE: ("支出", "支", "成本", "费用", "花费", "expense", "expenses", "cost", "out"),
}
_CATEGORY_WORDS: dict[Category, tuple[str, ...]] = {
    Category.MEMBERSHIP: ("会员费", "会费", "入群费", "年费", "membership", "membershipfee",
                          "paidmembership", "fee"),
    Category.TICKET: ("门票", "讲座门票", "讲座票", "票", "ticket", "tickets",
                      "lectureticket", "lecturetickets"),
    Category.OFFLINE_TICKET: ("线下活动门票", "线下门票", "活动门票", "沙龙门票", "沙龙票",
                              "offlineticket", "offlinetickets", "offlineeventtickets"),
    Category.COURSE: ("课程", "课程销售", "课程费", "课程票", "学费", "course", "courses",
                      "courseticket", "coursesales"),
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
    found = {engine.header_key(str(code.value)): str(code.value) for code in table}
    found.update({engine.header_key(w): str(code.value) for code, ws in table.items() for w in ws})
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
    problems: tuple[engine.Problem, ...]
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


def read_revenue_sheet(path: str | Path, *, sheet: str | None = None) -> SheetData:
    """`sheets.read_sheet`, with the header row found by the revenue headers (title rows
    skipped)."""
    return sheets.read_sheet(path, sheet=sheet, score=REVENUE_FIELDS.score)


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
        self.gaps = engine.mapped_gaps(sheet, self.column)
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
                    self.categories[engine.header_key(str(word))] = str(code)
        self.events: dict[str, list[tuple[int, int]]] = {}
        for eid, gid, title in conn.execute("SELECT id, group_id, title FROM events"):
            self.events.setdefault(str(title).strip(), []).append((int(eid), int(gid)))
        self.problems: list[engine.Problem] = []
        self.rows: list[PlannedEntry] = []
        self.invalid: list[int] = []

    def add(self, row: int, code: str, message: str) -> None:
        self.problems.append(engine.Problem(row, self.header.get(code, ""), code, message))

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
            self.add(number, code, engine.FORMULA_GAP)
        for code, at in self.column.items():
            value = cells[at] if at < len(cells) else None
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                self.add(number, code, engine.too_long(len(value), MAX_CELL_CHARS))
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
        found = words.get(engine.header_key(text))
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
    progress: engine.ProgressFn | None = None,
    cancelled: engine.CancelledFn | None = None,
) -> RevenueImportPlan:
    """Check every row of the sheet against the database; write nothing.

    `mapping` gives each column's field code (None: not imported; default: guessed from
    the headers). Every bad field is a Problem with the row number the sheet shows.
    """
    chosen = engine.chosen_mapping(REVENUE_FIELDS, sheet, mapping, "entry")
    planner = _Planner(db.conn, sheet, chosen)
    planner.problems.extend(engine.sheet_warnings(sheet))
    engine.check_rows(sheet, planner.check_row, progress, cancelled)
    return RevenueImportPlan(
        sheet=sheet,
        mapping=chosen,
        rows=tuple(planner.rows),
        problems=engine.sorted_problems(planner.problems, chosen),
        invalid_rows=tuple(planner.invalid),
        stamp=_stamp(db.conn),
    )


# ---- writing ---------------------------------------------------------------------------------


def apply_revenue_import(
    db: Database,
    plan: RevenueImportPlan,
    *,
    valid_only: bool = False,
    progress: engine.ProgressFn | None = None,
    cancelled: engine.CancelledFn | None = None,
) -> RevenueImportResult:
    """Write the planned entries in one transaction; membership fees renew as typed ones do.

    With invalid rows nothing is written unless `valid_only`. A cancel between chunks, or
    any error, rolls everything back.
    """
    engine.check_ready(plan.problems, len(plan.invalid_rows), len(plan.rows), valid_only=valid_only)
    total = len(plan.rows)
    with db.transaction() as conn:
        engine.check_unchanged(_stamp(conn), plan.stamp)
        first = bulk.next_entry_id(conn)

        def write(start: int, chunk: Sequence[PlannedEntry]) -> None:
            bulk.insert_entries(conn, first + start, [p.values for p in chunk])

        engine.write_chunks(plan.rows, write, progress, cancelled)
        engine.check_not_cancelled(cancelled)
        renewals = bulk.renewals_since(conn, first)
    return RevenueImportResult(
        imported=total,
        skipped=len(plan.invalid_rows),
        renewals=renewals,
        entry_ids=tuple(range(first, first + total)),
    )


def import_revenue(
    db: Database, path: str | Path, *, valid_only: bool = False
) -> RevenueImportResult:
    """Read, check and import a ledger sheet in one go (see the step functions)."""
    sheet = read_revenue_sheet(path)
    return apply_revenue_import(db, plan_revenue_import(db, sheet), valid_only=valid_only)
