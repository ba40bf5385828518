"""The Summary sheet of an export: goals vs actuals, activity and revenue, with charts."""

from __future__ import annotations

from typing import Any

from desktop.models.core.codes import Metric
from desktop.models.core.money import currency_order
from desktop.models.exchange import export_labels as xl
from desktop.models.exchange.export_sheets import ExportRun
from desktop.models.exchange.workbook import (
    DATETIME_FORMAT,
    Sheet,
    money_format,
)
from desktop.models.groups.goals import GoalStatus, actual_value
from desktop.models.groups.verdict import group_health
from desktop.models.revenue.sheet_rows import monthly_totals

SUMMARY_WIDTHS = (24, 20, 14, 14, 14, 14, 14, 14, 14)
CHART_COLUMN = "K"  # right of the goals table's nine columns


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

    # Activity vs goal: messages per day, with a bar chart.
    put([sheet.bold(xl.text("activity_vs_goal", lang))])
    head = put(
        [sheet.bold(xl.header(k, lang)) for k in ("group", "actual", "goal_min", "goal_max")]
    )
    for name, actual_msgs, low_msgs, high_msgs in activity:
        put([sheet.cell(name), actual_msgs, low_msgs, high_msgs])
    if activity:
        sheet.bar_chart(
            f"{CHART_COLUMN}2",
            xl.text("activity_vs_goal", lang),
            columns=(2, 4),
            rows=(head, head + len(activity)),
            y_title=xl.header("messages", lang),
        )
    put([])
    _revenue_by_month(run, sheet)
    return len(run.group_names)


def _goals_table(run: ExportRun, sheet: Sheet) -> list[tuple[str, int, int | None, int | None]]:
    """Goals vs actual per group and metric: band, actual, status, days with data.

    Returns each group's messages per day (actual, band) for the activity chart.
    """
    lang = run.lang
    put = sheet.append
    start, end = run.period
    # Goals vs actual, per group: judged as the health line judges them (groups.verdict).
    put([sheet.bold(xl.text("goals_vs_actual", lang))])
    keys = (
        "group", "metric", "period", "goal_min", "goal_max", "actual", "result",
        "days_with_data", "days_judged",
    )  # fmt: skip
    put([sheet.bold(xl.header(k, lang)) for k in keys])
    activity: list[tuple[str, int, int | None, int | None]] = []  # messages per day
    for gid, name in sorted(run.group_names.items(), key=lambda item: item[1].casefold()):
        checks = group_health(run.database, gid, start, end)
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


def _revenue_by_month(run: ExportRun, sheet: Sheet) -> None:
    """Revenue by month in the main currency, with a bar chart."""
    lang = run.lang
    put = sheet.append
    start, end = run.period
    months = monthly_totals(run.database, run.scope, start, end)
    currencies = currency_order({c for (_m, c) in months}) or ["CNY"]
    currency = currencies[0]
    put([sheet.bold(xl.text("revenue_by_month", lang, currency=currency))])
    head = put([sheet.bold(xl.header(k, lang)) for k in ("month", "income", "expense", "net")])
    month_keys = sorted({m for (m, c) in months if c == currency})
    for month in month_keys:
        income, expense = months[(month, currency)]
        put(
            [
                month,
                sheet.money(income, currency),
                sheet.money(expense, currency),
                sheet.money(income - expense, currency),
            ]
        )
    if month_keys:
        fmt = money_format(currency)
        first, last = head + 1, head + len(month_keys)
        put(
            [sheet.bold(xl.text("total", lang))]
            + [
                sheet.total(f"=SUM({letter}{first}:{letter}{last})", fmt)
                for letter in ("B", "C", "D")
            ]
        )
        sheet.bar_chart(
            f"{CHART_COLUMN}18",
            xl.text("revenue_by_month", lang, currency=currency),
            columns=(2, 3),
            rows=(head, last),
        )
