"""A payment bill into the ledger: plan every line (nothing written), then apply in one go.

`plan_payment_import` decides for each line of a bill what it would become: completed
income (checked), an expense (checked only when expenses are asked for), a refund of the
payment it names (by order number, transaction number or counterpart and item), a line
already imported (by its transaction number), or a line left out and why. The owner's
rules give group and category; the payer is matched to the one member whose name or
nickname is the counterpart. `apply_payment_import` writes the chosen lines in one
transaction (payments first, then refunds), skipping any imported meanwhile.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.models.core.codes import Category, CategoryKind, Channel, category_kind
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.exchange.payments.bills import (
    ALIPAY,
    EXPENSE,
    INCOME,
    NEUTRAL,
    Bill,
    BillLine,
    read_bill,
)
from desktop.models.revenue import payments, refunds, revenue
from desktop.models.revenue.refunds import RefundDraft
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database

NEW, DUPLICATE, SKIPPED = "new", "duplicate", "skipped"
REFUND = "refund"
MAX_NOTE = 200
_CHANNELS = {ALIPAY: Channel.ALIPAY.value}
_REFUND_MARKS = ("退款-", "退款：", "退款:", "-退款", "退款")


@dataclass(frozen=True, slots=True)
class PlannedLine:
    """What one bill line would become; `index` is its place in the bill's lines."""

    index: int
    line: BillLine
    kind: str  # INCOME, EXPENSE or REFUND ("" when left out before it had one)
    state: str  # NEW, DUPLICATE or SKIPPED
    reason: str = ""  # why it is left out or unchecked, in the UI language
    include: bool = False  # imported unless the owner changes it
    group_id: int | None = None
    category: str = ""
    member_id: int | None = None
    members_named: int = 0  # members the counterpart names (1: matched)
    member_ids: tuple[int, ...] = ()  # those members, for the owner to choose from
    rule_id: int | None = None
    refund_of_entry: int | None = None  # the ledger entry a refund gives back
    refund_of_line: int | None = None  # or the bill line it gives back

    @property
    def entry_kind(self) -> str:
        """Income or expense: a refund's is its payment's."""
        return self.kind if self.kind != REFUND else ""


@dataclass(frozen=True, slots=True)
class LineChoice:
    """What the owner chose for a line in the preview."""

    include: bool
    group_id: int | None
    category: str
    member_id: int | None


@dataclass(frozen=True, slots=True)
class PaymentPlan:
    """A bill planned against the ledger; nothing written yet."""

    bill: Bill
    group_id: int | None
    lines: tuple[PlannedLine, ...]

    def counts(self) -> dict[str, int]:
        """Lines to import, already imported and left out."""
        return {
            "import": sum(p.include for p in self.lines),
            "duplicate": sum(p.state == DUPLICATE for p in self.lines),
            "skipped": sum(not p.include and p.state != DUPLICATE for p in self.lines),
        }


@dataclass(frozen=True, slots=True)
class PaymentImportResult:
    """What an import wrote, and what it left out with the reasons."""

    income: int
    expenses: int
    refunds: int
    entry_ids: tuple[int, ...]
    skipped: tuple[tuple[PlannedLine, str], ...]

    @property
    def imported(self) -> int:
        """Entries written."""
        return self.income + self.expenses + self.refunds


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def _members(db: Database) -> dict[str, set[int]]:
    """Members by name and by nickname (folded)."""
    found: dict[str, set[int]] = {}
    for member_id, name, nickname in db.conn.execute("SELECT id, name, nickname FROM members"):
        for text in (name, nickname):
            if text and _key(str(text)):
                found.setdefault(_key(str(text)), set()).add(int(member_id))
    return found


def _bare_item(item: str) -> str:
    for mark in _REFUND_MARKS:
        item = item.replace(mark, "")
    return _key(item)


def _default_category(kind: str, rule_category: str | None) -> str:
    """The rule's category when it fits the kind; else other income / other expense."""
    expense = kind == EXPENSE
    if rule_category is not None:
        found = category_kind(rule_category)
        if found is not None and (found is CategoryKind.EXPENSE) == expense:
            return rule_category
    return Category.OTHER_EXPENSE.value if expense else Category.OTHER_INCOME.value


def plan_payment_import(
    db: Database, bill: Bill, *, group_id: int | None = None, expenses: bool = False
) -> PaymentPlan:
    """What each line of the bill would become (see the module); nothing is written."""
    conn = db.conn
    rules = payments.list_rules(db)
    members = _members(db)
    known = payments.known_refs(conn, (line.key for line in bill.lines))
    by_order = payments.entries_by_order(
        conn, (line.order for line in bill.lines if line.is_refund)
    )
    planned: list[PlannedLine] = []
    seen: set[str] = set()
    for index, line in enumerate(bill.lines):
        plan = _first_look(index, line, known, seen, expenses)
        seen.add(line.key)
        if plan.state == NEW and plan.kind in (INCOME, EXPENSE):
            rule = payments.rule_for(rules, line.item, line.counterpart)
            named = members.get(_key(line.counterpart), set()) if line.counterpart else set()
            plan = replace(
                plan,
                group_id=rule.group_id if rule and rule.group_id is not None else group_id,
                category=_default_category(plan.kind, rule.category if rule else None),
                member_id=next(iter(named)) if len(named) == 1 else None,
                members_named=len(named),
                member_ids=tuple(sorted(named)),
                rule_id=rule.id if rule else None,
            )
        planned.append(plan)
    for n, plan in enumerate(planned):
        if plan.kind == REFUND and plan.state == NEW:
            planned[n] = _refund_of(db, plan, planned, by_order)
    return PaymentPlan(bill, group_id, tuple(planned))


def _first_look(
    index: int, line: BillLine, known: Mapping[str, int], seen: set[str], expenses: bool
) -> PlannedLine:
    """The line's kind and whether it is new, a duplicate or left out (and why)."""
    kind = REFUND if line.is_refund else (line.direction if line.direction != NEUTRAL else "")
    if line.key in known or line.key in seen:
        return PlannedLine(index, line, kind, DUPLICATE, msg("already imported"))
    if not line.completed:
        return PlannedLine(
            index, line, kind, SKIPPED, msg("not completed ({status})", status=line.status)
        )
    if not kind:
        return PlannedLine(
            index,
            line,
            kind,
            SKIPPED,
            msg("neither income nor expense ({kind})", kind=line.kind or line.status),
        )
    if line.amount_minor <= 0:
        return PlannedLine(index, line, kind, SKIPPED, msg("no amount"))
    if kind == EXPENSE and not expenses:
        return PlannedLine(index, line, kind, NEW, msg("an expense: imported only when asked for"))
    return PlannedLine(index, line, kind, NEW, include=True)


def _refund_of(
    db: Database, plan: PlannedLine, planned: list[PlannedLine], by_order: Mapping[str, int]
) -> PlannedLine:
    """A refund linked to its payment (a line of this bill, else a ledger entry)."""
    line = plan.line
    earlier = [p for p in planned if p.kind in (INCOME, EXPENSE) and p.index != plan.index]
    found = None
    if line.order:
        found = next((p for p in earlier if p.line.order == line.order), None)
    if found is None and line.txn:
        found = next(
            (p for p in earlier if len(p.line.txn) >= 8 and line.txn.startswith(p.line.txn)),
            None,
        )
    if found is None:
        bare = _bare_item(line.item)
        same = [
            p
            for p in earlier
            if p.line.counterpart == line.counterpart
            and _bare_item(p.line.item) == bare
            and p.line.time <= line.time
            and p.line.amount_minor >= line.amount_minor
        ]
        found = max(same, key=lambda p: p.line.time, default=None)
    if found is not None:
        if found.state == DUPLICATE:
            entry = payments.known_refs(db.conn, [found.line.key]).get(found.line.key)
            return _refund_of_entry(db, plan, entry, planned)
        if found.state == SKIPPED:
            return replace(
                plan, state=SKIPPED, include=False, reason=msg("its payment is left out")
            )
        given = sum(
            p.line.amount_minor
            for p in planned
            if p.refund_of_line == found.index and p.index < plan.index
        )
        if given + line.amount_minor > found.line.amount_minor:
            return replace(
                plan, state=SKIPPED, include=False, reason=msg("more than is left of its payment")
            )
        return replace(
            plan,
            include=found.include,
            reason="" if found.include else msg("its payment is not imported"),
            refund_of_line=found.index,
            group_id=found.group_id,
            category=found.category,
            member_id=found.member_id,
        )
    entry_id = by_order.get(line.order) if line.order else None
    return _refund_of_entry(db, plan, entry_id, planned)


def _refund_of_entry(
    db: Database, plan: PlannedLine, entry_id: int | None, planned: list[PlannedLine]
) -> PlannedLine:
    if entry_id is None:
        return replace(
            plan,
            state=SKIPPED,
            include=False,
            reason=msg("its payment is neither in this bill nor in the ledger"),
        )
    left = refunds.refundable(db, entry_id).left_minor
    left -= sum(
        p.line.amount_minor
        for p in planned
        if p.refund_of_entry == entry_id and p.include and p.index < plan.index
    )
    if plan.line.amount_minor > left:
        return replace(
            plan, state=SKIPPED, include=False, reason=msg("more than is left of its payment")
        )
    entry = revenue.get_entry(db, entry_id)
    return replace(
        plan,
        include=True,
        refund_of_entry=entry_id,
        group_id=entry.group_id,
        category=entry.category,
        member_id=entry.member_id,
    )


def _note(line: BillLine) -> str:
    text = " · ".join(t for t in (line.counterpart, line.item) if t)
    return text[:MAX_NOTE]


def apply_payment_import(
    db: Database, plan: PaymentPlan, choices: Mapping[int, LineChoice] | None = None
) -> PaymentImportResult:
    """Write the chosen lines in one transaction: payments in time order, then refunds.

    `choices` (by line index) override the plan's include, group, category and member.
    A line whose transaction number was imported meanwhile is skipped; a refused line
    (ValidationError naming its row) rolls the whole import back.
    """
    chosen: list[PlannedLine] = []
    for planned in plan.lines:
        choice = (choices or {}).get(planned.index)
        if choice is not None and planned.state == NEW:
            planned = replace(  # noqa: PLW2901 (the plan's line as the owner changed it)
                planned,
                include=choice.include,
                group_id=choice.group_id,
                category=choice.category or planned.category,
                member_id=choice.member_id,
            )
        chosen.append(planned)
    channel = _CHANNELS.get(plan.bill.source, Channel.WECHAT_PAY.value)
    written: dict[int, int] = {}
    counts = {INCOME: 0, EXPENSE: 0, REFUND: 0}
    skipped: list[tuple[PlannedLine, str]] = [
        (p, p.reason) for p in chosen if not p.include and p.reason
    ]
    with db.transaction() as conn:
        known = payments.known_refs(conn, (p.line.key for p in chosen if p.include))
        ordered = sorted(
            (p for p in chosen if p.include), key=lambda p: (p.kind == REFUND, p.line.time)
        )
        for p in ordered:
            if p.line.key in known:
                skipped.append((p, msg("already imported")))
                continue
            try:
                entry_id = _write(conn, p, channel, written)
            except ValidationError as exc:
                raise ValidationError(exc.field, exc.message, p.line.row) from exc
            if entry_id is None:
                skipped.append((p, msg("its payment is not imported")))
                continue
            written[p.index] = entry_id
            counts[p.kind] += 1
    return PaymentImportResult(
        counts[INCOME], counts[EXPENSE], counts[REFUND], tuple(written.values()), tuple(skipped)
    )


def _write(
    conn: sqlite3.Connection, p: PlannedLine, channel: str, written: Mapping[int, int]
) -> int | None:
    """Store one line; None for a refund whose payment was not written."""
    line = p.line
    if p.kind == REFUND:
        original = p.refund_of_entry
        if p.refund_of_line is not None:
            original = written.get(p.refund_of_line)
        if original is None:
            return None
        draft = RefundDraft(line.day, line.amount_minor, channel, _note(line), payment_ref=line.key)
        return refunds.insert_refund(conn, original, draft)
    entry = EntryDraft(
        day=line.day,
        group_id=p.group_id,
        category=p.category,
        amount_minor=line.amount_minor,
        channel=channel,
        member_id=p.member_id,
        note=_note(line),
        kind=p.kind,
    )
    return payments.insert_payment(conn, entry, line.key, line.order or None)


def plan_file(
    db: Database, path: str | Path, *, group_id: int | None = None, expenses: bool = False
) -> PaymentPlan:
    """Read a bill and plan it (BillError when the file is not one)."""
    return plan_payment_import(db, read_bill(path), group_id=group_id, expenses=expenses)
