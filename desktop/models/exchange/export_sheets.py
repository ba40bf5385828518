"""The entity sheets of an export: columns, labels and formats over each feature's row source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.models.calendar import sheet_rows as calendar_rows
from desktop.models.core.codes import Metric
from desktop.models.core.money import MINOR_PER_MAJOR, currency_order
from desktop.models.exchange import export_labels as xl
from desktop.models.exchange.export_rows import (
    CODE,
    DATE,
    DATETIME,
    EMAIL,
    FREE,
    INT,
    MONEY,
    PHONE,
    WECHAT,
    WRAP,
    Column,
    money_format,
)
from desktop.models.exchange.export_text import describe_rule
from desktop.models.exchange.workbook import (
    Sheet,
    Totals,
    WorkbookWriter,
    quote,
    sum_totals,
)
from desktop.models.groups import sheet_rows as group_rows
from desktop.models.groups.sheet_rows import SheetScope
from desktop.models.members import sheet_rows as member_rows
from desktop.models.revenue import sheet_rows as revenue_rows
from desktop.models.storage.db import Database

TAB_COLOURS = {
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
    "partner_entries": "BF8F00",
    "partner_figures": "7030A0",
    "partner_members": "548235",
}


@dataclass(frozen=True, slots=True)
class ExportRun:
    """One export under way: the snapshot read, its scope, language and labels, the writer."""

    database: Database
    writer: WorkbookWriter
    scope: SheetScope
    lang: str
    today: dt.date
    period: tuple[dt.date, dt.date]  # the summary's period: the range, closed by the data
    group_names: dict[int, str]
    partner: tuple[int, str] | None
    labels: dict[str, dict[str, str]]
    masked: bool
    details: frozenset[str] = frozenset()  # what the owner added to a partner's workbook

    def label(self, domain: str, code: str | None) -> str:
        """A code's label in the export language; unknown codes show as themselves."""
        if not code:
            return ""
        return self.labels[domain].get(code, code)

    def tick(self) -> None:
        """Count a row read for progress (and cancel)."""
        self.writer.progress.tick()

    def sheet(self, key: str) -> Sheet:
        """A new free-form sheet named and coloured for `key`."""
        return self.writer.sheet(xl.sheet_name(key, self.lang), TAB_COLOURS[key])

    def table(
        self,
        key: str,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Any]],
        totals: Totals | None = None,
    ) -> int:
        """Write the table sheet `key` with headers in the export language; rows written."""
        headers = [xl.header(c.key, self.lang) for c in columns]
        title = xl.sheet_name(key, self.lang)
        return self.writer.table(title, TAB_COLOURS[key], columns, headers, rows, totals)

    def sum_totals(self, columns: Sequence[Column]) -> Totals:
        """A "Total" row summing the columns marked as totals."""
        return sum_totals(xl.text("total", self.lang), columns)


def write_groups(run: ExportRun) -> int:
    """The groups sheet: one row per group with its thresholds and rules."""
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
    label = run.label
    sep = "、" if run.lang == "zh_CN" else ", "
    colon = "：" if run.lang == "zh_CN" else ": "
    rows = []
    for group in group_rows.group_rows(run.database, run.scope):
        thresholds = "\n".join(
            f"{label('threshold', kind)}{colon + desc if desc else ''}"
            for kind, desc in group.thresholds
        )
        rules = "\n".join(f"{n}. {text}" for n, text in enumerate(group.rules, start=1))
        rows.append(
            (
                group.name,
                label("platform", group.platform),
                sep.join(label("purpose", c) for c in group.purposes),
                sep.join(label("value_type", c) for c in group.value_types),
                group.theme,
                group.audience,
                label("structure", group.structure),
                label("lifecycle", group.stage),
                thresholds,
                (group.fee_minor, group.fee_currency),
                group.fee_period_months,
                group.capacity,
                group.current_members,
                rules,
                group.created_on,
            )
        )
        run.tick()
    return run.table("groups", columns, rows, run.sum_totals(columns))


def write_members(run: ExportRun) -> int:
    """The members sheet: contacts, groups, best role, membership status."""
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
    roles = run.labels["role"]
    statuses = run.labels["member_status"]

    def rows() -> Iterator[tuple[Any, ...]]:
        for row in member_rows.member_rows(run.database, run.scope, run.today):
            role, status = row[7], row[12]
            yield (
                *row[:7],
                roles.get(role, role) if role else None,
                *row[8:12],
                statuses.get(status, status),
                row[13],
            )

    return run.table("members", columns, rows())


def write_roles(run: ExportRun) -> int:
    """The roles sheet: who held which role in which group, and when."""
    columns = [
        Column("id", INT),
        Column("member", FREE),
        Column("group", FREE),
        Column("role"),
        Column("since", DATE),
        Column("until", DATE),
    ]
    roles = run.labels["role"]
    rows = (
        (mid, name, group, roles.get(role, role), since, until)
        for mid, name, group, role, since, until in member_rows.role_rows(run.database, run.scope)
    )
    return run.table("roles", columns, rows)


def write_events(run: ExportRun) -> int:
    """The events sheet: events and series in the range, with check-ins counted."""
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
    lang = run.lang
    yes, no = xl.text("yes", lang), xl.text("no", lang)
    changed = xl.text("changed_occurrence", lang)
    rows = []
    for event in calendar_rows.event_rows(run.database, run.scope):
        rows.append(
            (
                event.group,
                event.title,
                run.label("event_type", event.type),
                event.starts_at,
                event.ends_at,
                changed if event.changed_occurrence else describe_rule(event.rrule, lang),
                event.rrule,
                yes if event.online else no,
                event.location,
                event.host,
                event.capacity,
                event.attended,
            )
        )
        run.tick()
    return run.table("events", columns, rows, run.sum_totals(columns))


def write_attendance(run: ExportRun) -> int:
    """The attendance sheet: one row per member and occurrence."""
    columns = [
        Column("event", FREE),
        Column("group", FREE),
        Column("date", DATETIME),
        Column("id", INT),
        Column("member", FREE),
        Column("status"),
    ]
    statuses = run.labels["attendance"]
    rows = (
        (title, group, start, mid, name, statuses.get(status, status))
        for title, group, start, mid, name, status in calendar_rows.attendance_rows(
            run.database, run.scope
        )
    )
    return run.table("attendance", columns, rows)


def write_activity(run: ExportRun) -> int:
    """The activity sheet: messages, active members, joins and leaves per group and day."""
    columns = [
        Column("group", FREE),
        Column("date", DATE),
        Column("messages", INT, total=True),
        Column("active", INT),
        Column("joined", INT, total=True),
        Column("left", INT, total=True),
    ]
    rows = group_rows.activity_rows(run.database, run.scope)
    return run.table("activity", columns, rows, run.sum_totals(columns))


def write_revenue(run: ExportRun) -> int:
    """The revenue sheet: every entry, with totals per kind and currency as formulas."""
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
    lang = run.lang
    kinds, categories = run.labels["revenue_kind"], run.labels["category"]
    channels = run.labels["channel"]
    revenue_kind = revenue_rows.revenue_kind
    currencies: set[str] = set()
    amounts: dict[tuple[str, str], int] = {}  # (kind's label, currency) -> minor units

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
        ) in revenue_rows.revenue_rows(run.database, run.scope):
            currencies.add(cur)
            shown = kinds[revenue_kind(kind, cat)]
            amounts[(shown, cur)] = amounts.get((shown, cur), 0) + amount
            yield (
                day,
                group,
                shown,
                categories.get(cat, cat),
                (amount, cur),
                cur,
                channels.get(channel, channel),
                member,
                event,
                partner,
                note,
            )

    def totals(sheet: Sheet, first: int, last: int, _sums: dict[int, float]) -> list[list[Any]]:
        # SUMIFS over the kind's label as the sheet shows it: the value is what it comes to
        out: list[list[Any]] = []
        amount = f"$E${first}:$E${last}"
        kind_range, cur_range = f"$C${first}:$C${last}", f"$F${first}:$F${last}"
        row = last + 1  # the blank row above the totals
        blank = [None, None, None]
        for cur in currency_order(currencies):
            fmt = money_format(cur)
            cells: dict[str, tuple[int, int]] = {}
            for code in ("direct", "indirect", "expense"):
                row += 1
                label = xl.text("total_of", lang, what=kinds[code], currency=cur)
                formula = (
                    f'=SUMIFS({amount},{kind_range},"{quote(kinds[code])}",'
                    f'{cur_range},"{quote(cur)}")'
                )
                minor = amounts.get((kinds[code], cur), 0)
                cells[code] = (row, minor)
                total = sheet.total(formula, minor / MINOR_PER_MAJOR, fmt)
                out.append([sheet.bold(label), *blank, total, cur])
            row += 1
            net = xl.text("total_of", lang, what=xl.header("net", lang), currency=cur)
            (direct, d), (indirect, i), (expense, e) = (
                cells[c] for c in ("direct", "indirect", "expense")
            )
            formula = f"=E{direct}+E{indirect}-E{expense}"
            value = (d + i - e) / MINOR_PER_MAJOR
            out.append([sheet.bold(net), *blank, sheet.total(formula, value, fmt), cur])
        return out

    return run.table("revenue", columns, rows(), totals)


def write_goals(run: ExportRun) -> int:
    """The goals sheet: every goal band of the groups, revenue bands as CNY amounts."""
    columns = [
        Column("group", FREE),
        Column("metric"),
        Column("period"),
        Column("min", INT),
        Column("max", INT),
        Column("effective_from", DATE),
    ]
    rows = []
    for group, metric, period, low, high, since in group_rows.goal_rows(run.database, run.scope):
        if metric == Metric.REVENUE:  # in fen: shown as CNY amounts
            low_v: Any = (low, "CNY")
            high_v: Any = (high, "CNY") if high is not None else None
        else:
            low_v, high_v = low, high
        rows.append(
            (
                group,
                run.label("metric", metric),
                run.label("period", period),
                low_v,
                high_v,
                since,
            )
        )
        run.tick()
    return run.table("goals", columns, rows)
