"""The partner workbook's sheets: the statement first, its entries, figures by month, members.

A partner needs the statement (owed, paid and balance on the first printed page), the
entries the share is taken of and the figures they add up to; members' names, nicknames
and notes only when the owner adds them (`ExportRun.details`), names masked unless asked.
Every figure is written as a value, not a formula: a phone's preview of the file does not
recalculate, and would show empty totals.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.models.core.money import DEFAULT_CURRENCY, MINOR_PER_MAJOR, currency_order
from desktop.models.exchange import export_labels as xl
from desktop.models.exchange.export_rows import (
    DATE,
    DATE_FORMAT,
    DATETIME_FORMAT,
    FREE,
    MONEY,
    PERCENT_FORMAT,
    TEXT,
    Column,
    money_format,
)
from desktop.models.exchange.export_sheets import ExportRun
from desktop.models.exchange.export_text import mask_name
from desktop.models.exchange.workbook import Sheet
from desktop.models.members import sheet_rows as member_rows
from desktop.models.revenue.partners import Statement, StatementLine, statement
from desktop.models.revenue.sheet_rows import revenue_kind

# What the owner may add to a partner's workbook (ExportRun.details).
MEMBERS, NICKNAMES, NOTES, UNMASKED = "members", "nicknames", "notes", "unmasked"
STATEMENT_WIDTHS = (22, 14, 16, 16, 16, 16, 16, 16, 16)


def partner_statement(run: ExportRun) -> Statement:
    """The statement of the export's partner for its period."""
    assert run.partner is not None
    start, end = run.period
    return statement(run.database, run.partner[0], start, end)


def _lines(run: ExportRun, found: Statement) -> list[StatementLine]:
    return [line for line in found.lines if line.group_id in run.group_names]


def _person(run: ExportRun, name: str) -> str:
    return name if UNMASKED in run.details else mask_name(name)


def write_statement(run: ExportRun) -> int:
    """The statement sheet: period, owed/paid/balance per currency, per group, payouts.

    Returns how many group lines it shows.
    """
    assert run.partner is not None
    lang = run.lang
    found = partner_statement(run)
    sheet = run.sheet("partner_statement")
    sheet.set_widths(STATEMENT_WIDTHS)
    sheet.print_setup(len(STATEMENT_WIDTHS))
    put = sheet.append
    start, end = run.period
    put([sheet.heading(xl.text("statement", lang, partner=run.partner[1]))])
    sep = "、" if lang == "zh_CN" else ", "
    stamp = run.database.clock.now().replace(microsecond=0)
    for label, value in (
        (xl.text("period", lang), sheet.cell(f"{start.isoformat()} – {end.isoformat()}")),
        (xl.text("groups_in_export", lang), sheet.cell(sep.join(sorted(run.group_names.values())))),
        (xl.text("exported", lang), sheet.cell(stamp, DATETIME_FORMAT)),
    ):
        put([sheet.bold(label), value])
    put([])
    _settlement(run, sheet, found)
    put([])
    lines = _per_group(run, sheet, found)
    put([])
    _payouts(run, sheet, found)
    put([])
    sheet.keep_together(2)
    for key in ("balance_rule", "rounding"):
        sheet.note(xl.text(key, lang), len(STATEMENT_WIDTHS))
    # A typical statement prints on one page; a long one keeps each block on one page.
    sheet.fit_one_page()
    return len(lines)


def _head(run: ExportRun, sheet: Sheet, keys: tuple[str, ...]) -> None:
    sheet.append([sheet.bold(xl.header(k, run.lang)) for k in keys])


def _settlement(run: ExportRun, sheet: Sheet, found: Statement) -> None:
    """Owed, paid and balance of the period and to date, one row per currency."""
    currencies = currency_order({*found.balance, *found.balance_to_date}) or [DEFAULT_CURRENCY]
    sheet.keep_together(2 + len(currencies))
    sheet.append([sheet.bold(xl.text("settlement", run.lang))])
    _head(run, sheet, ("currency", "owed", "paid", "balance", "owed_to_date", "paid_to_date",
                       "balance_to_date"))  # fmt: skip
    owed, paid, balance = found.owed, found.paid, found.balance
    to_date = found.balance_to_date
    for cur in currencies:
        sheet.append(
            [
                sheet.bold(cur),
                sheet.money(owed.get(cur, 0), cur),
                sheet.money(paid.get(cur, 0), cur),
                sheet.bold(balance.get(cur, 0) / MINOR_PER_MAJOR, money_format(cur)),
                sheet.money(found.owed_to_date.get(cur, 0), cur),
                sheet.money(found.paid_to_date.get(cur, 0), cur),
                sheet.bold(to_date.get(cur, 0) / MINOR_PER_MAJOR, money_format(cur)),
            ]
        )


def _per_group(run: ExportRun, sheet: Sheet, found: Statement) -> list[StatementLine]:
    """Each group and currency: share, basis, entries, income, expense, base and owed."""
    lang = run.lang
    lines = _lines(run, found)
    sheet.keep_together(2 + len(lines))
    sheet.append([sheet.bold(xl.text("per_group", lang))])
    _head(run, sheet, ("group", "currency", "share", "basis", "entries", "income", "expense",
                       "base", "owed"))  # fmt: skip
    sep = "、" if lang == "zh_CN" else ", "
    for line in lines:
        basis = run.label("basis", line.basis)
        if line.categories:
            basis += "：" if lang == "zh_CN" else ": "
            basis += sep.join(run.label("category", c) for c in line.categories)
        cur = line.currency
        sheet.append(
            [
                sheet.cell(line.group_name),
                sheet.cell(cur),
                sheet.cell(line.share_bp / 10_000, PERCENT_FORMAT),
                sheet.cell(basis),
                len(line.entries),
                sheet.money(line.income, cur),
                sheet.money(line.expense, cur),
                sheet.money(line.base, cur),
                sheet.money(line.owed, cur),
            ]
        )
    return lines


def _payouts(run: ExportRun, sheet: Sheet, found: Statement) -> None:
    """The payouts dated in the period."""
    lang = run.lang
    sheet.keep_together(2 + max(len(found.payouts), 1))
    sheet.append([sheet.bold(xl.text("payouts", lang))])
    if not found.payouts:
        sheet.append([sheet.cell(xl.text("no_payouts", lang))])
        return
    _head(run, sheet, ("date", "method", "amount", "currency", "note"))
    for payout in found.payouts:
        sheet.append(
            [
                sheet.cell(payout.day, DATE_FORMAT),
                sheet.cell(run.label("payout_method", payout.method)),
                sheet.money(payout.amount_minor, payout.currency),
                sheet.cell(payout.currency),
                sheet.cell(payout.note) if payout.note else None,
            ]
        )


def write_entries(run: ExportRun) -> int:
    """The entries the share is taken of: day, group, kind, category, amount, event, ...

    The payer is shown with members added (masked unless unmasked), the note with notes.
    """
    found = partner_statement(run)
    with_members, with_notes = MEMBERS in run.details, NOTES in run.details
    columns = [
        Column("date", DATE),
        Column("group", TEXT),
        Column("kind"),
        Column("category"),
        Column("amount", MONEY),
        Column("currency"),
        Column("channel"),
        Column("event", FREE),
    ]
    if with_members:
        columns.append(Column("member", FREE))
    if with_notes:
        columns.append(Column("note", FREE))
    kinds, categories = run.labels["revenue_kind"], run.labels["category"]
    channels = run.labels["channel"]

    def rows() -> Iterator[tuple[Any, ...]]:
        for line in _lines(run, found):
            for e in line.entries:
                row: tuple[Any, ...] = (
                    e.day,
                    line.group_name,
                    kinds[revenue_kind(e.kind, e.category)],
                    categories.get(e.category, e.category),
                    (e.amount_minor, e.currency),
                    e.currency,
                    channels.get(e.channel, e.channel),
                    e.event_title,
                )
                if with_members:
                    row += (_person(run, e.member_name),)
                if with_notes:
                    row += (e.note,)
                run.tick()
                yield row

    return run.table("partner_entries", columns, rows())


def write_figures(run: ExportRun) -> int:
    """Income, expense and base per month, group and currency, with totals per currency."""
    found = partner_statement(run)
    months: dict[tuple[str, str, str], list[int]] = {}
    for line in _lines(run, found):
        for e in line.entries:
            key = (e.day.isoformat()[:7], line.group_name, e.currency)
            sums = months.setdefault(key, [0, 0])
            sums[1 if e.kind == "expense" else 0] += e.amount_minor
    columns = [
        Column("month"),
        Column("group", TEXT),
        Column("currency"),
        Column("income", MONEY),
        Column("expense", MONEY),
        Column("base", MONEY),
    ]
    rows = [
        (month, group, cur, (inc, cur), (exp, cur), (inc - exp, cur))
        for (month, group, cur), (inc, exp) in sorted(months.items())
    ]
    totals: dict[str, list[int]] = {}
    for _m, _g, cur, (inc, _c), (exp, _d), _b in rows:
        found_sums = totals.setdefault(cur, [0, 0])
        found_sums[0] += inc
        found_sums[1] += exp

    def total_rows(sheet: Sheet, _first: int, _last: int, _sums: Any) -> list[list[Any]]:
        out: list[list[Any]] = []
        for cur in currency_order(totals):
            inc, exp = totals[cur]
            out.append(
                [sheet.bold(xl.text("total", run.lang)), None, sheet.bold(cur)]
                + [sheet.money(v, cur) for v in (inc, exp, inc - exp)]
            )
        return out

    return run.table("partner_figures", columns, rows, total_rows)


def write_members(run: ExportRun) -> int:
    """Members of the partner's groups: name (masked unless unmasked), groups, role, status.

    Nicknames and notes only when added; no contacts at all.
    """
    with_nicks, with_notes = NICKNAMES in run.details, NOTES in run.details
    columns = [Column("member_name", FREE)]
    if with_nicks:
        columns.append(Column("nickname", FREE))
    columns += [
        Column("groups", TEXT),
        Column("role"),
        Column("joined_first", DATE),
        Column("paid_until", DATE),
        Column("status"),
    ]
    if with_notes:
        columns.append(Column("notes", FREE))
    roles, statuses = run.labels["role"], run.labels["member_status"]

    def rows() -> Iterator[tuple[Any, ...]]:
        for found in member_rows.member_rows(run.database, run.scope, run.today):
            name, nickname, groups, role, joined = found[1], found[2], found[6], found[7], found[8]
            paid_until, status, notes = found[11], found[12], found[13]
            row: tuple[Any, ...] = (_person(run, name),)
            if with_nicks:
                row += (_person(run, nickname) if nickname else None,)
            row += (
                groups,
                roles.get(role, role) if role else None,
                joined,
                paid_until,
                statuses.get(status, status),
            )
            if with_notes:
                row += (notes,)
            run.tick()
            yield row

    return run.table("partner_members", columns, rows())
