"""The Summary sheet of an export: goals vs actuals, activity and revenue, with charts."""

from __future__ import annotations

from typing import Any

from desktop.models.core.codes import Metric
from desktop.models.core.money import MINOR_PER_MAJOR, currency_order
from desktop.models.exchange import export_labels as xl
from desktop.models.exchange.export_rows import DATETIME_FORMAT, money_format
from desktop.models.exchange.export_sheets import ExportRun
from desktop.models.exchange.workbook import CHART_ROWS, Sheet
from desktop.models.groups.goals import GoalStatus, actual_value
from desktop.models.groups.verdict import group_health
from desktop.models.revenue.sheet_rows import monthly_totals

SUMMARY_WIDTHS = (24, 20, 14, 14, 14, 14, 14, 14, 14)
SECOND_CHART_COLUMN = 4  # E: the two charts side by side under the tables


def write_summary(run: ExportRun) -> int:
    """The Summary sheet: what the export holds, goals vs actuals, activity and revenue.

    Returns how many groups it covers.
    """
    lang = run.lang
    sheet = run.sheet("summary")
    sheet.set_widths(SUMMARY_WIDTHS)
    start, end = run.period
    put = sheet.append

    put([sheet.heading(xl.text("title", lang))])
    sep = "、" if lang == "zh_CN" else ", "
    facts: list[tuple[str, Any]] = [
        (xl.text("period", lang), f"{start.isoformat()} – {end.isoformat()}"),
        (xl.text("groups_in_export", lang), sep.join(sorted(run.group_names.values()))),
    ]
    if run.partner is not None:
        facts.append((xl.text("partner", lang), run.partner[1]))
    yes, no = xl.text("yes", lang), xl.text("no", lang)
    facts.append((xl.text("masked", lang), yes if run.masked else no))
    stamp = run.database.clock.now().replace(microsecond=0)
    facts.append((xl.text("exported", lang), sheet.cell(stamp, DATETIME_FORMAT)))
    for label, value in facts:
        put([sheet.bold(label), value if not isinstance(value, str) else sheet.cell(value)])
    put([])

    activity = _goals_table(run, sheet)

    # Activity vs goal: messages per day (charted below the tables).
    sheet.keep_together(2 + len(activity))
    put([sheet.bold(xl.text("activity_vs_goal", lang))])
    head = put(
        [sheet.bold(xl.header(k, lang)) for k in ("group", "actual", "goal_min", "goal_max")]
    )
    for name, actual_msgs, low_msgs, high_msgs in activity:
        put([sheet.cell(name), actual_msgs, low_msgs, high_msgs])
    put([])
    months = _revenue_by_month(run, sheet)
    # The charts side by side under the tables, on a page of their own if need be.
    sheet.keep_together(CHART_ROWS)
    at = sheet.rows
    if activity:
        sheet.bar_chart(
            (at, 0),
            xl.text("activity_vs_goal", lang),
            columns=(2, 4),
            rows=(head, head + len(activity)),
            y_title=xl.header("messages", lang),
        )
    if months is not None:
        title, month_head, last = months
        sheet.bar_chart((at, SECOND_CHART_COLUMN), title, columns=(2, 3), rows=(month_head, last))
    if activity or months is not None:
        sheet.skip(CHART_ROWS)
    return len(run.group_names)


def _goals_table(run: ExportRun, sheet: Sheet) -> list[tuple[str, int, int | None, int | None]]:
    """Goals vs actual per group and metric: band, actual, status, days with data.

    Returns each group's messages per day (actual, band) for the activity chart.
    """
    lang = run.lang
    put = sheet.append
    start, end = run.period
    # Goals vs actual, per group: judged as the health line judges them (groups.verdict).
    checked = [
        (gid, name, group_health(run.database, gid, start, end))
        for gid, name in sorted(run.group_names.items(), key=lambda item: item[1].casefold())
    ]
    # Landscape if the goals table fits on a landscape page, else portrait (more rows).
    goals = 2 + sum(len(checks) for _gid, _name, checks in checked)
    sheet.print_setup(
        len(SUMMARY_WIDTHS), landscape=goals + sheet.rows <= sheet.rows_per_page(True)
    )
    sheet.keep_together(goals)
    put([sheet.bold(xl.text("goals_vs_actual", lang))])
    keys = (
        "group", "metric", "period", "goal_min", "goal_max", "actual", "result",
        "days_with_data", "days_judged",
    )  # fmt: skip
    put([sheet.bold(xl.header(k, lang)) for k in keys])
    activity: list[tuple[str, int, int | None, int | None]] = []  # messages per day
    for gid, name, checks in checked:
        messages: tuple[str, int, int | None, int | None] | None = None
        for check in checks:
            goal = check.goal
            low: Any = check.band_min
            high: Any = check.band_max
            actual: Any = check.actual
            if goal.metric == Metric.REVENUE:
                low = sheet.money(check.band_min, "CNY")
                high = sheet.money(check.band_max, "CNY")
                actual = sheet.money(check.actual, "CNY")
            if check.status == GoalStatus.NO_GOAL:
                low = high = None  # no band was in force on any day judged
            if check.days_with_data == 0:
                actual = None  # a level without a day of data has no value
            put(
                [
                    sheet.cell(name),
                    run.label("metric", goal.metric),
                    run.label("period", goal.period),
                    low,
                    high,
                    actual,
                    run.label("goal_status", check.status.value),
                    check.days_with_data,
                    check.days_judged,
                ]
            )
            if goal.metric == Metric.MESSAGES_PER_DAY:
                messages = (name, check.actual, check.band_min, check.band_max)
        if messages is None:
            actual_msgs = actual_value(run.database, gid, Metric.MESSAGES_PER_DAY, start, end)
            messages = (name, actual_msgs, None, None)
        activity.append(messages)
        run.tick()
    put([])
    return activity


def _revenue_by_month(run: ExportRun, sheet: Sheet) -> tuple[str, int, int] | None:
    """Revenue by month in the main currency, with its totals row.

    Returns the chart's title, header row and last month's row (None without months).
    """
    lang = run.lang
    put = sheet.append
    start, end = run.period
    months = monthly_totals(run.database, run.scope, start, end)
    currencies = currency_order({c for (_m, c) in months}) or ["CNY"]
    currency = currencies[0]
    month_keys = sorted({m for (m, c) in months if c == currency})
    sheet.keep_together(2 + len(month_keys) + (1 if month_keys else 0))
    title = xl.text("revenue_by_month", lang, currency=currency)
    put([sheet.bold(title)])
    head = put([sheet.bold(xl.header(k, lang)) for k in ("month", "income", "expense", "net")])
    sums = [0, 0, 0]
    for month in month_keys:
        income, expense = months[(month, currency)]
        row = (income, expense, income - expense)
        put([month, *(sheet.money(v, currency) for v in row)])
        sums = [a + b for a, b in zip(sums, row, strict=True)]
    if not month_keys:
        return None
    fmt = money_format(currency)
    first, last = head + 1, head + len(month_keys)
    put(
        [sheet.bold(xl.text("total", lang))]
        + [
            sheet.total(f"=SUM({letter}{first}:{letter}{last})", minor / MINOR_PER_MAJOR, fmt)
            for letter, minor in zip("BCD", sums, strict=True)
        ]
    )
    put([])
    return title, head, last
