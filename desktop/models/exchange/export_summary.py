"""The Summary sheet (goals vs actuals, charts) and the partner statement of an export."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openpyxl.chart import BarChart, Reference  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop.models.core.codes import Metric
from desktop.models.core.money import MINOR_PER_MAJOR, currency_order
from desktop.models.exchange import export_labels as xl
from desktop.models.groups.goals import group_health
from desktop.models.revenue.partners import statement

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # type: ignore[import-untyped]

    from desktop.models.exchange.exporting import _Exporter

SUMMARY_WIDTHS = (24, 20, 14, 14, 14, 14, 14)
CHART_COLUMN = "I"


def _money_cell(ex: _Exporter, ws: WriteOnlyWorksheet, minor: int | None, currency: str) -> Any:
    from desktop.models.exchange.exporting import money_format

    if minor is None:
        return None
    return ex._cell(ws, minor / MINOR_PER_MAJOR, money_format(currency))


def write_summary(ex: _Exporter) -> None:  # noqa: PLR0912, PLR0915 -- one sheet, top to bottom
    """The Summary sheet: what the export holds, goals vs actuals, activity and revenue."""
    lang = ex.lang
    ws = ex._new_sheet("summary")
    for index, width in enumerate(SUMMARY_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    start, end = ex.period
    row = 0

    def put(values: list[Any]) -> int:
        nonlocal row
        ws.append(values)
        row += 1
        return row

    title = ex._cell(ws, xl.text("title", lang))
    title.font = Font(bold=True, size=14)
    put([title])
    sep = "、" if lang == "zh_CN" else ", "
    facts: list[tuple[str, Any]] = [
        (xl.text("period", lang), f"{start.isoformat()} – {end.isoformat()}"),
        (xl.text("groups_in_export", lang), sep.join(sorted(ex.group_names.values()))),
    ]
    if ex.partner is not None:
        facts.append((xl.text("partner", lang), ex.partner[1]))
    yes, no = xl.text("yes", lang), xl.text("no", lang)
    facts.append((xl.text("masked", lang), yes if ex.options.mask_contacts else no))
    stamp = ex.db.clock.now().replace(microsecond=0)
    facts.append((xl.text("exported", lang), ex._cell(ws, stamp, "yyyy-mm-dd hh:mm")))
    for label, value in facts:
        put([ex._bold(ws, label), value if not isinstance(value, str) else ex._cell(ws, value)])
    put([])

    # Goals vs actual, per group.
    put([ex._bold(ws, xl.text("goals_vs_actual", lang))])
    keys = ("group", "metric", "period", "goal_min", "goal_max", "actual", "result")
    put([ex._bold(ws, xl.header(k, lang)) for k in keys])
    activity: list[tuple[str, int, int | None, int | None]] = []  # messages per day
    for gid, name in sorted(ex.group_names.items(), key=lambda item: item[1].casefold()):
        checks = group_health(ex.db, gid, start, end)
        messages: tuple[str, int, int | None, int | None] | None = None
        for check in checks:
            goal = check.goal
            if goal.metric == Metric.REVENUE:
                low = _money_cell(ex, ws, check.band_min, "CNY")
                high = _money_cell(ex, ws, check.band_max, "CNY")
                actual = _money_cell(ex, ws, check.actual, "CNY")
            else:
                low, high, actual = check.band_min, check.band_max, check.actual
            put(
                [
                    ex._cell(ws, name),
                    ex.label("metric", goal.metric),
                    ex.label("period", goal.period),
                    low,
                    high,
                    actual,
                    ex.label("goal_status", check.status.value),
                ]
            )
            if goal.metric == Metric.MESSAGES_PER_DAY:
                messages = (name, check.actual, check.band_min, check.band_max)
        if messages is None:
            from desktop.models.groups.goals import actual_value

            actual_msgs = actual_value(ex.db, gid, Metric.MESSAGES_PER_DAY, start, end)
            messages = (name, actual_msgs, None, None)
        activity.append(messages)
        ex.tick()
    put([])

    # Activity vs goal: messages per day, with a bar chart.
    put([ex._bold(ws, xl.text("activity_vs_goal", lang))])
    head = put(
        [ex._bold(ws, xl.header(k, lang)) for k in ("group", "actual", "goal_min", "goal_max")]
    )
    for name, actual_msgs, low_msgs, high_msgs in activity:
        put([ex._cell(ws, name), actual_msgs, low_msgs, high_msgs])
    if activity:
        chart = BarChart()
        chart.type = "col"
        chart.title = xl.text("activity_vs_goal", lang)
        chart.y_axis.title = xl.header("messages", lang)
        data = Reference(ws, min_col=2, max_col=4, min_row=head, max_row=head + len(activity))
        cats = Reference(ws, min_col=1, min_row=head + 1, max_row=head + len(activity))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        chart.height, chart.width = 7.5, 16
        ws.add_chart(chart, f"{CHART_COLUMN}2")
    put([])

    # Revenue by month in the main currency, with a bar chart.
    months = _months(ex)
    currencies = currency_order({c for (_m, c) in months}) or ["CNY"]
    currency = currencies[0]
    put([ex._bold(ws, xl.text("revenue_by_month", lang, currency=currency))])
    head = put([ex._bold(ws, xl.header(k, lang)) for k in ("month", "income", "expense", "net")])
    month_keys = sorted({m for (m, c) in months if c == currency})
    for month in month_keys:
        income, expense = months[(month, currency)]
        put(
            [
                month,
                _money_cell(ex, ws, income, currency),
                _money_cell(ex, ws, expense, currency),
                _money_cell(ex, ws, income - expense, currency),
            ]
        )
    if month_keys:
        from desktop.models.exchange.exporting import money_format

        fmt = money_format(currency)
        first, last = head + 1, head + len(month_keys)
        put(
            [ex._bold(ws, xl.text("total", lang))]
            + [
                ex._total(ws, f"=SUM({letter}{first}:{letter}{last})", fmt)
                for letter in ("B", "C", "D")
            ]
        )
        chart = BarChart()
        chart.type = "col"
        chart.title = xl.text("revenue_by_month", lang, currency=currency)
        data = Reference(ws, min_col=2, max_col=3, min_row=head, max_row=last)
        cats = Reference(ws, min_col=1, min_row=first, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        chart.height, chart.width = 7.5, 16
        ws.add_chart(chart, f"{CHART_COLUMN}18")


def _months(ex: _Exporter) -> dict[tuple[str, str], tuple[int, int]]:
    """(month, currency) -> (income, expense) in the summary's period and groups."""
    where, params = ex._in_groups("r.group_id")
    start, end = ex.period
    rows = ex.conn.execute(
        f"""
        SELECT substr(r.day, 1, 7), r.currency,
               sum(CASE WHEN r.kind = 'income' THEN r.amount_minor ELSE 0 END),
               sum(CASE WHEN r.kind = 'expense' THEN r.amount_minor ELSE 0 END)
        FROM revenue r WHERE {where} AND r.day BETWEEN ? AND ?
        GROUP BY 1, 2
        """,
        [*params, start.isoformat(), end.isoformat()],
    ).fetchall()
    return {(m, c): (int(i), int(e)) for m, c, i, e in rows}


def write_statement(ex: _Exporter) -> int:
    """The partner statement sheet: each group and currency, the share and what is owed."""
    from desktop.models.exchange.exporting import (
        INT,
        MONEY,
        PERCENT,
        TEXT,
        Column,
        _quote,
        money_format,
    )

    assert ex.partner is not None
    lang = ex.lang
    start, end = ex.period
    found = statement(ex.db, ex.partner[0], start, end)
    columns = [
        Column("group", TEXT),
        Column("currency", TEXT),
        Column("share", PERCENT),
        Column("basis", TEXT),
        Column("entries", INT),
        Column("income", MONEY),
        Column("expense", MONEY),
        Column("base", MONEY),
        Column("owed", MONEY),
    ]
    sep = "、" if lang == "zh_CN" else ", "
    rows = []
    for line in found.lines:
        if line.group_id not in ex.group_names:
            continue
        basis = ex.label("basis", line.basis)
        if line.categories:
            basis += "：" if lang == "zh_CN" else ": "
            basis += sep.join(ex.label("category", c) for c in line.categories)
        rows.append(
            (
                line.group_name,
                line.currency,
                line.share_bp / 10_000,
                basis,
                len(line.entries),
                (line.income, line.currency),
                (line.expense, line.currency),
                (line.base, line.currency),
                (line.owed, line.currency),
            )
        )
    currencies = currency_order({r[1] for r in rows})

    def totals(ws: WriteOnlyWorksheet, first: int, last: int) -> list[list[Any]]:
        out: list[list[Any]] = [[]]
        for cur in currencies:
            formula = f'=SUMIFS($I${first}:$I${last},$B${first}:$B${last},"{_quote(cur)}")'
            out.append(
                [ex._bold(ws, xl.text("owed_total", lang, currency=cur)), ex._cell(ws, cur)]
                + [None] * 6
                + [ex._total(ws, formula, money_format(cur))]
            )
        return out

    ex._table("partner_statement", columns, rows, totals)
    return len(rows)
