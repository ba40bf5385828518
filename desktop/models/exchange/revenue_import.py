"""Revenue entries from a spreadsheet: the ledger target of the import

The same steps and rules as the member import (see `import_engine`): `read_revenue_sheet`
finds the header by the ledger's column titles, `plan_revenue_import` checks every row and
writes nothing, and `apply_revenue_import` writes the plan in one transaction through
`revenue.bulk` — nothing at all while any row is invalid, unless only the valid rows are
asked for.

Order sheets of course and membership platforms (小鹅通, 知识星球, 千聊, 荔枝微课, 有赞)
import the same way: their columns map by title (订单号, 商品名称, 实收金额, 支付时间, 买家昵称,
订单状态); an order number becomes the entry's `payment_ref` (with the platform in front),
so a re-import skips the orders already in the ledger; only paid or completed orders are
imported, the rest are left out with the reason; a buyer nobody matches is kept in the note.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from desktop.models.core.codes import Category, Channel, EntryKind
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.core.money import DEFAULT_CURRENCY, MoneyError, check_currency, parse_amount
from desktop.models.core.text_safety import multi_line, one_line
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import sheets
from desktop.models.exchange.sheet_files import MAX_CELL_CHARS, Cell
from desktop.models.exchange.sheets import SheetData, cell_text, parse_day
from desktop.models.revenue import bulk, payments, revenue
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
    ITEM = "item"
    ORDER = "order"
    STATUS = "status"


# The category is required unless the rows are orders (an order or item column): an
# order's category comes from its item (see `order_category`).
REQUIRED_FIELDS = (RevenueField.DAY, RevenueField.AMOUNT)
ORDER_FIELDS = (RevenueField.ITEM.value, RevenueField.ORDER.value)

_HEADER_ALIASES: dict[RevenueField, tuple[str, ...]] = {
    RevenueField.DAY: ("日期", "时间", "交易日期", "收款日期", "付款日期", "入账日期", "记账日期",
                       "支付时间", "付款时间", "买家付款时间", "交易时间", "成交时间", "加入时间",
                       "下单时间", "创建时间", "订单创建时间", "date", "day", "paidon", "paidat",
                       "paytime"),
    RevenueField.GROUP: ("群", "群名", "群名称", "社群", "所在群", "所属群", "group", "groupname"),
    RevenueField.KIND: ("类型", "收支", "收支类型", "收入支出", "kind", "type", "incomeexpense"),
    RevenueField.CATEGORY: ("类别", "分类", "科目", "项目", "收支类别", "category"),
    RevenueField.AMOUNT: ("实收金额", "实付金额", "订单实付金额", "实付款", "实收款", "实际支付",
                          "金额", "金额元", "数额", "收款金额", "支付金额", "付款金额", "订单金额",
                          "amount", "sum", "value", "paid", "amountpaid"),
    RevenueField.CURRENCY: ("币种", "货币", "currency"),
    RevenueField.CHANNEL: ("渠道", "支付方式", "付款方式", "收款方式", "支付渠道", "channel",
                           "paymentchannel", "paymentmethod", "payment"),
    RevenueField.MEMBER: ("成员", "付款人", "会员", "客户", "姓名", "买家昵称", "用户昵称",
                          "微信昵称", "昵称", "学员昵称", "成员昵称", "星球昵称", "买家", "用户名",
                          "member", "payer", "name", "buyer", "nickname"),
    RevenueField.EVENT: ("活动", "活动名称", "课程", "event"),
    RevenueField.PARTNER: ("合伙人", "合作方", "partner"),
    RevenueField.NOTE: ("备注", "说明", "买家备注", "订单备注", "note", "notes", "remark",
                        "remarks", "memo"),
    RevenueField.ITEM: ("商品名称", "课程名称", "商品标题", "产品名称", "商品名", "商品",
                        "内容名称", "专栏名称", "星球名称", "item", "product", "productname"),
    RevenueField.ORDER: ("订单号", "订单编号", "订单id", "订单号码", "订单流水号", "order",
                         "orderid", "orderno", "ordernumber"),
    RevenueField.STATUS: ("订单状态", "交易状态", "支付状态", "状态", "status", "orderstatus"),
}  # fmt: skip
REVENUE_FIELDS = engine.FieldSchema(
    tuple(
        engine.FieldSpec(f.value, _HEADER_ALIASES[f], f in REQUIRED_FIELDS) for f in RevenueField
    ),
    missing=lambda keys: msg(
        "No column holds {fields} (such as 日期, 类别, 金额); map one.", fields=", ".join(keys)
    ),
    duplicate=lambda code, used: msg(
        "Both {first} and {second} are mapped to {field}.",
        first=used[0],
        second=used[1],
        field=code,
    ),
    target="revenue",
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

# ---- orders of course and membership platforms ----------------------------------------------

PAID, REFUNDED, PART_REFUNDED = "paid", "refunded", "part_refunded"
# Order states (compared by `header_key`): paid or completed orders are imported.
_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    PAID: ("已支付", "支付成功", "已付款", "付款成功", "交易成功", "已完成", "完成", "交易完成",
           "已成交", "成功", "待发货", "已发货", "待收货", "已收货", "已签收", "已开通", "生效中",
           "有效", "paid", "completed", "complete", "success", "succeeded"),
    PART_REFUNDED: ("部分退款", "已部分退款", "部分退款成功", "partiallyrefunded"),
    REFUNDED: ("已退款", "退款成功", "全额退款", "已全额退款", "退款完成", "已退费", "refunded"),
}  # fmt: skip
_STATUSES = {engine.header_key(w): state for state, ws in _STATUS_WORDS.items() for w in ws}
# Items naming a membership (知识星球 joins and renewals) or an offline event; other orders
# are course sales.
_MEMBERSHIP_ITEM = re.compile(r"会员|星球|年费|会费|续费|续期|入群|社群|年卡|季卡|月卡|membership")
_TICKET_ITEM = re.compile(r"门票|沙龙|线下|见面会|ticket")
# The platform an order number comes from, by its shape (小鹅通 o_…, 有赞 E + digits) or a
# column title only that platform uses; the entry's reference is "<platform>:<number>".
_ORDER_SHAPES = ((re.compile(r"o_\w+"), "xiaoe"), (re.compile(r"E\d{15,}"), "youzan"))
_PLATFORM_TITLES = (("星球", "zsxq"), ("千聊", "qianliao"), ("荔枝", "lizhi"), ("小鹅", "xiaoe"))


def order_category(item: str, headers: Sequence[str] = ()) -> str:
    """The ledger category of an order by its item: membership, offline ticket or course."""
    if _MEMBERSHIP_ITEM.search(item.casefold()):
        return Category.MEMBERSHIP.value
    if _TICKET_ITEM.search(item.casefold()):
        return Category.OFFLINE_TICKET.value
    if any("星球" in h for h in headers):  # 知识星球 sells only its membership
        return Category.MEMBERSHIP.value
    return Category.COURSE.value


def order_ref(number: str, headers: Sequence[str] = ()) -> str:
    """The reference an order number is stored under: the platform, a colon, the number."""
    for shape, platform in _ORDER_SHAPES:
        if shape.fullmatch(number):
            return f"{platform}:{number}"
    for word, platform in _PLATFORM_TITLES:
        if any(word in h for h in headers):
            return f"{platform}:{number}"
    return f"order:{number}"


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
    invalid_rows: tuple[int, ...]  # sheet row numbers with at least one error
    stamp: tuple[int, ...]  # the database's state when planned; apply refuses a changed one
    skipped_rows: tuple[int, ...] = ()  # orders left out: not paid, or imported already

    @property
    def errors(self) -> tuple[engine.Problem, ...]:
        """The problems that keep a row out (the others are warnings)."""
        return tuple(p for p in self.problems if p.severity is engine.Severity.ERROR)


@dataclass(frozen=True, slots=True)
class RevenueImportResult:
    """What an import wrote."""

    imported: int
    skipped: int
    renewals: int
    entry_ids: tuple[int, ...]
    left_out: int = 0  # orders not paid or imported already


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

    def __init__(
        self,
        conn: sqlite3.Connection,
        sheet: SheetData,
        mapping: Sequence[str | None],
        default_group: int | None = None,
    ):
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
        self.nicknames: dict[str, set[int]] = {}
        for mid, name, nickname, wechat in conn.execute(
            "SELECT id, name, nickname, wechat_id FROM members"
        ):
            self.members.setdefault(str(name).strip(), set()).add(int(mid))
            if wechat:
                self.members.setdefault(str(wechat).strip().lower(), set()).add(int(mid))
            if nickname and str(nickname).strip():
                self.nicknames.setdefault(str(nickname).strip(), set()).add(int(mid))
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
        self.skipped: list[int] = []
        self.errors = 0
        self.headers = sheet.headers
        self.default_group = default_group
        self.orders = any(code in self.column for code in ORDER_FIELDS)
        self.known_refs: dict[str, int] = {}
        self.file_refs: dict[str, int] = {}  # reference -> the row that holds it first
        if RevenueField.ORDER.value in self.column:
            refs = (self.ref(cells) for _number, cells in sheet.rows)
            self.known_refs = payments.known_refs(conn, (r for r in refs if r))

    def add(
        self, row: int, code: str, message: str, severity: engine.Severity = engine.Severity.ERROR
    ) -> None:
        self.problems.append(
            engine.Problem(row, self.header.get(code, ""), code, message, severity)
        )
        self.errors += severity is engine.Severity.ERROR

    def ref(self, cells: Sequence[Cell]) -> str:
        """The reference of a row's order number ("" without one)."""
        number = self.text(cells, RevenueField.ORDER.value)
        return order_ref(number, self.headers) if number else ""

    def left_out(self, number: int, cells: Sequence[Cell]) -> bool:
        """Whether the row is an order not to import (not paid, or imported already); the
        reason is a warning."""
        status = self.text(cells, RevenueField.STATUS.value)
        state = _STATUSES.get(engine.header_key(status)) if status else PAID
        reason = ""
        if state == REFUNDED:
            reason = msg("refunded order ({status}): not imported", status=status)
        elif state is None:
            reason = msg("order not paid or completed ({status}): not imported", status=status)
        ref = self.ref(cells)
        if not reason and ref:
            if ref in self.known_refs:
                reason = msg("order {number} is in the ledger already", number=ref.split(":", 1)[1])
            elif ref in self.file_refs:
                reason = msg(
                    "order {number} is in row {row} already",
                    number=ref.split(":", 1)[1],
                    row=self.file_refs[ref],
                )
        if not reason:
            if state == PART_REFUNDED:
                self.add(
                    number,
                    RevenueField.STATUS.value,
                    msg("partly refunded: record the refund in the ledger"),
                    engine.Severity.WARNING,
                )
            if ref:
                self.file_refs[ref] = number
            return False
        code = RevenueField.STATUS.value if status and state != PAID else RevenueField.ORDER.value
        self.add(number, code, reason, engine.Severity.WARNING)
        self.skipped.append(number)
        return True

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
        if self.left_out(number, cells):
            return
        errors = self.errors
        draft = self._draft(number, cells)
        if draft is not None and self.errors == errors:
            try:
                values = revenue.checked_entry_row(self.conn, draft)
            except ValidationError as exc:
                self.add(number, str(exc.field), exc.message)
            else:
                values["payment_ref"] = self.ref(cells) or None
                self.rows.append(PlannedEntry(number, values))
        if self.errors > errors:
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
        item = self.text(cells, RevenueField.ITEM.value)
        if not category and self.text(cells, "category") == "":
            if self.orders:
                category = order_category(item, self.headers)
            else:
                self.add(number, "category", msg("the category is missing"))
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
        if group_id is None and not self.text(cells, "group"):
            group_id = self.default_group
        partner_id = self._named(number, cells, "partner", self.partners)
        member_id = self._member(number, cells)
        event_id = self._event(number, cells, group_id)
        if day is None:
            return None
        # An order keeps what it sold and, when no member matched, who bought it.
        buyer = self.text(cells, "member") if self.orders and member_id is None else ""
        note = "；".join(t for t in (item, self.text(cells, "note"), buyer) if t)
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
            note=note,
            kind=kind or None,
        )

    def _code(
        self, number: int, cells: Sequence[Cell], code: str, words: Mapping[str, str], what: str
    ) -> str:
        text = self.text(cells, code)
        if not text:
            return ""
        found = words.get(engine.header_key(text))
        if found is None and self.orders and code in ("channel", "kind"):
            # 余额, 小程序支付; 加入星球, 续期: an order is income, paid some other way
            return Channel.OTHER.value if code == "channel" else ""
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
        if not found:  # a buyer's nickname on an order sheet
            found = self.nicknames.get(text, set())
        # A buyer no member matches is an order all the same: kept in the note.
        severity = engine.Severity.WARNING if self.orders else engine.Severity.ERROR
        if not found:
            self.add(
                number,
                "member",
                msg("no member has the name, nickname or WeChat ID “{value}”", value=text),
                severity,
            )
            return None
        if len(found) > 1:
            self.add(
                number,
                "member",
                msg(
                    "{count} members are called “{value}”; use the WeChat ID",
                    count=len(found),
                    value=text,
                ),
                severity,
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
    group_id: int | None = None,
    progress: engine.ProgressFn | None = None,
    cancelled: engine.CancelledFn | None = None,
) -> RevenueImportPlan:
    """Check every row of the sheet against the database; write nothing.

    `mapping` gives each column's field code (None: not imported; default: guessed from
    the headers); `group_id` is the group of rows that name none. Every bad field is a
    Problem with the row number the sheet shows; orders left out (not paid, imported
    already) are warnings, and their rows are `skipped_rows`.
    """
    looked = tuple(mapping) if mapping is not None else REVENUE_FIELDS.guess(sheet.headers)
    if RevenueField.CATEGORY.value not in looked and not set(ORDER_FIELDS) & set(looked):
        wanted = (RevenueField.DAY.value, RevenueField.CATEGORY.value, RevenueField.AMOUNT.value)
        missing = [code for code in wanted if code not in looked]
        raise ValidationError("mapping", REVENUE_FIELDS.missing(missing))
    chosen = engine.chosen_mapping(REVENUE_FIELDS, sheet, mapping, "entry")
    planner = _Planner(db.conn, sheet, chosen, group_id)
    planner.problems.extend(engine.sheet_warnings(sheet))
    engine.check_rows(sheet, planner.check_row, progress, cancelled)
    return RevenueImportPlan(
        sheet=sheet,
        mapping=chosen,
        rows=tuple(planner.rows),
        problems=engine.sorted_problems(planner.problems, chosen),
        invalid_rows=tuple(planner.invalid),
        stamp=_stamp(db.conn),
        skipped_rows=tuple(planner.skipped),
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
    if not plan.rows and not plan.invalid_rows and plan.skipped_rows:
        raise ValidationError("file", nothing_new_text())
    engine.check_ready(plan.errors, len(plan.invalid_rows), len(plan.rows), valid_only=valid_only)
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
        left_out=len(plan.skipped_rows),
    )


def nothing_new_text() -> str:
    """Why a sheet whose every order is left out imports nothing."""
    return msg(
        "Every order in the file is in the ledger already or was not paid; nothing to import."
    )


def import_revenue(
    db: Database, path: str | Path, *, valid_only: bool = False
) -> RevenueImportResult:
    """Read, check and import a ledger sheet in one go (see the step functions)."""
    sheet = read_revenue_sheet(path)
    return apply_revenue_import(db, plan_revenue_import(db, sheet), valid_only=valid_only)
