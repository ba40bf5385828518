"""The four dashboard charts: activity against the goal band, growth, revenue, role pyramid."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.models.core.codes import Metric, Period, Role
from desktop.models.dashboard.dashboard import Growth, MetricSeries, RevenueSeries, RoleCount, Span
from desktop.models.dashboard.level_mix import LEADER_ROLES, MIDDLE_ROLES
from desktop.models.groups.verdict import LOGGED_METRICS
from desktop.views.common.formatting import (
    CURRENCY_SYMBOLS,
    format_date,
    format_money,
    format_number,
)
from desktop.views.common.labels import label_for
from desktop.views.dashboard.dashboard_charts import (
    BAND_FILL,
    BAND_LINE,
    STATUS_COLORS,
    ChartFrame,
    TwinAxisChart,
    bar_opts,
    dash,
    empty_bars,
    index_at,
    legend_rows,
    line,
    set_bars,
    set_line,
    set_step_line,
    step_line,
    swatch,
)
from desktop.views.groups.group_item_models import band_text

JOIN_COLOR = "#66bb6a"
LEAVE_COLOR = "#e57373"
TOTAL_COLOR = "#5c6bc0"
ACTIVE_COLOR = "#26a69a"
DIRECT_COLOR = "#2e7d32"
INDIRECT_COLOR = "#a5d6a7"
EXPENSE_COLOR = "#ef9a9a"
NET_COLOR = "#5c6bc0"
CUMULATIVE_COLOR = "#8d6e63"
LEADER_TIER = frozenset(LEADER_ROLES)
MIDDLE_TIER = frozenset(MIDDLE_ROLES)


def period_label(span: Span, period: str) -> str:
    """A period's axis label: a week by its first day ("11-02"), a month as "2026-11"."""
    if period == Period.MONTH:
        return f"{span.start.year}-{span.start.month:02d}"
    return f"{span.start.month:02d}-{span.start.day:02d}"


def span_text(span: Span) -> str:
    """A period's dates for a tooltip."""
    if span.start == span.end:
        return format_date(span.start)
    return f"{format_date(span.start)} – {format_date(span.end)}"


def currency_unit(currency: str) -> str:
    """An axis unit for a currency: "¥ CNY", "$ USD", or the code alone."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol} {currency}" if symbol else currency


def value_text(metric: str, value: int) -> str:
    """A metric value as read: money for revenue, a number otherwise."""
    return format_money(value) if metric == Metric.REVENUE else f"{value:,}"


class ActivityChart(ChartFrame):
    """Bars of a metric per period over its goal band, coloured below / in / above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("dashboardActivityChart", self.tr("Activity against the goal"), parent)
        self.series: MetricSeries | None = None
        # drawn back to front: the band, the bars, the band's edges
        self.band = self.keep(empty_bars())
        self.bars = self.keep(empty_bars())
        self.lows = self.keep(step_line([], [], BAND_LINE))
        self.highs = self.keep(step_line([], [], BAND_LINE, dashed=True))
        # a row under the title for the metric and period pickers (the tab puts them in)
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.controls.addStretch(1)
        frame = self.layout()
        assert isinstance(frame, QVBoxLayout)
        frame.insertLayout(1, self.controls)

    def show_series(self, series: MetricSeries, all_groups: bool) -> None:
        """Draw one metric's series; revenue is drawn in yuan.

        A period without a value (after today, or no day of data) has no bar: a gap, not a
        zero; the period holding today is hatched (in progress, judged up to today).
        """
        self.clear()
        self.series = series
        if self.show_empty(not series.has_data):
            return
        scale = 100.0 if series.metric == Metric.REVENUE else 1.0
        points = series.points
        x = list(range(len(points)))
        item = self.plot.getPlotItem()
        banded = [(i, p) for i, p in enumerate(points) if p.band_min is not None]
        ranged = [(i, p) for i, p in banded if p.band_max is not None]
        if ranged:
            set_bars(
                self.band,
                x=[i for i, _ in ranged],
                y0=[p.band_min / scale for _, p in ranged if p.band_min is not None],
                height=[
                    (p.band_max - p.band_min) / scale
                    for _, p in ranged
                    if p.band_max is not None and p.band_min is not None
                ],
                width=1.0,
                brush=pg.mkBrush(*BAND_FILL),
            )
        shown = [(i, p.value, p) for i, p in enumerate(points) if p.value is not None]
        opts = bar_opts(
            [i for i, _, _ in shown],
            [v / scale for _, v, _ in shown],
            [STATUS_COLORS[p.status] for _, _, p in shown],
        )
        opts["brushes"] = [
            QBrush(QColor(STATUS_COLORS[p.status]), Qt.BrushStyle.BDiagPattern)
            if p.partial
            else pg.mkBrush(STATUS_COLORS[p.status])
            for _, _, p in shown
        ]
        opts["pens"] = [
            pg.mkPen(STATUS_COLORS[p.status], width=1) if p.partial else pg.mkPen(None)
            for _, _, p in shown
        ]
        set_bars(self.bars, **opts)
        if banded:
            lows = [None if p.band_min is None else p.band_min / scale for p in points]
            set_step_line(self.lows, x, lows, BAND_LINE)
            highs = [None if p.band_max is None else p.band_max / scale for p in points]
            if ranged:
                set_step_line(self.highs, x, highs, BAND_LINE, dashed=True)
        self.set_period_ticks([period_label(p.span, series.period) for p in points])
        item.getAxis("left").setLabel(
            self.tr("yuan") if series.metric == Metric.REVENUE else label_for(Metric, series.metric)
        )
        item.setXRange(-0.6, max(len(points), 1) - 0.4, padding=0)
        item.enableAutoRange(axis="y")
        values = [v / scale for _, v, _ in shown]
        edges = [v / scale for p in points for v in (p.band_min, p.band_max) if v is not None]
        self.fit_axis("left", max([*values, *edges, 1.0]), min([*values, 0.0]))
        self.legend.setText(self._legend(series, all_groups, bool(banded), bool(ranged)))
        self.settle()

    def _legend(self, series: MetricSeries, all_groups: bool, banded: bool, ranged: bool) -> str:
        if all_groups:
            return legend_rows(
                [
                    swatch(
                        STATUS_COLORS[None], self.tr("All groups summed (goal bands are per group)")
                    )
                ]
            )
        if not banded:
            return legend_rows(
                [
                    swatch(
                        STATUS_COLORS[None],
                        self.tr("No goal set for this metric (set one on the Groups tab)"),
                    )
                ],
                self._gap_legend(series),
            )
        # every colour a bar can take: "above" only exists where the band has a maximum
        statuses = {p.status for p in series.points}
        parts = [
            swatch(STATUS_COLORS["below"], self.tr("below band")),
            swatch(STATUS_COLORS["met"], self.tr("in band")),
        ]
        if ranged or "above" in statuses:
            parts.append(swatch(STATUS_COLORS["above"], self.tr("above band")))
        if ranged:
            parts.append(swatch(BAND_LINE, self.tr("goal band (min–max)")))
        else:
            parts.append(swatch(BAND_LINE, self.tr("goal minimum")))
        extra = self._gap_legend(series)
        return legend_rows(parts, extra)

    def _gap_legend(self, series: MetricSeries) -> list[str]:
        """Legend entries for the hatched period in progress and for gaps without data."""
        extra = []
        if any(p.partial and p.value is not None for p in series.points):
            extra.append(
                swatch(STATUS_COLORS["in_progress"], self.tr("▨ in progress (up to today)"))
            )
        if any(p.value is None for p in series.points):
            extra.append(self.tr("gap: no data (or still to come)"))
        return extra

    def tip(self, x: float, _y: float) -> str | None:
        """The period's value and goal under the mouse."""
        series = self.series
        if series is None:
            return None
        index = index_at(x, len(series.points))
        if index is None:
            return None
        point = series.points[index]
        value = (
            self.tr("no data") if point.value is None else value_text(series.metric, point.value)
        )
        lines = [span_text(point.span), f"{label_for(Metric, series.metric)}: {value}"]
        if series.metric in LOGGED_METRICS and point.value is not None:
            lines.append(
                self.tr("data on %1 of %2 days")
                .replace("%1", str(point.days_with_data))
                .replace("%2", str(point.span.days))
            )
        if point.partial:
            lines.append(self.tr("in progress: counted up to today"))
        if point.band_min is not None:
            status = {
                "below": self.tr("below band"),
                "met": self.tr("in band"),
                "above": self.tr("above band"),
                "in_progress": self.tr("in progress"),
            }.get(point.status or "", "")
            lines.append(
                self.tr("Goal: %1 (%2)")
                .replace("%1", band_text(series.metric, point.band_min, point.band_max))
                .replace("%2", status)
            )
        return "\n".join(lines)


class GrowthChart(TwinAxisChart):
    """Joins and leaves per period as bars; members total and active per day as lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("dashboardGrowthChart", self.tr("Member growth"), parent)
        self.growth: Growth | None = None
        self.period = Period.WEEK
        self.joins = self.keep(empty_bars())
        self.leaves = self.keep(empty_bars())
        self.totals = self.keep(line([], [], TOTAL_COLOR), self.right)
        self.actives = self.keep(line([], [], ACTIVE_COLOR), self.right)
        self.goals = self.keep(step_line([], [], TOTAL_COLOR, dashed=True), self.right)

    def show_growth(self, growth: Growth, period: str) -> None:
        """Draw totals (right axis), joins up and leaves down (left axis)."""
        self.clear()
        self.growth, self.period = growth, period
        points = growth.points
        if self.show_empty(not any(p.total or p.joins or p.leaves or p.active for p in points)):
            return
        x = list(range(len(points)))
        item = self.plot.getPlotItem()
        set_bars(self.joins, **bar_opts(x, [p.joins for p in points], JOIN_COLOR, 0.6))
        set_bars(self.leaves, **bar_opts(x, [-p.leaves for p in points], LEAVE_COLOR, 0.6))
        set_line(self.totals, x, [p.total for p in points])
        set_line(self.actives, x, [p.active for p in points])
        goals = [p.goal_min for p in points]
        if any(g is not None for g in goals):
            set_step_line(self.goals, x, goals, TOTAL_COLOR, dashed=True)
        self.set_period_ticks([period_label(p.span, period) for p in points])
        item.getAxis("left").setLabel(self.tr("joined / left"))
        item.getAxis("right").setLabel(self.tr("members"))
        item.setXRange(-0.6, max(len(points), 1) - 0.4, padding=0)
        if any(p.joins or p.leaves for p in points):
            item.enableAutoRange(axis="y")
        else:  # nobody came or went: a plain 0–1 scale, not pyqtgraph's guess around zero
            item.setYRange(0, 1, padding=0)
        highest = max(
            [p.total or 0 for p in points]
            + [p.active or 0 for p in points]
            + [g or 0 for g in goals]
            + [1]
        )
        self.right.setYRange(0, highest * 1.05)
        self.fit_axis(
            "left", max([p.joins for p in points] + [1]), -max([p.leaves for p in points] + [0])
        )
        self.fit_axis("right", highest * 1.05)
        share = growth.referral_share
        referral = (
            self.tr("Came by referral (裂变): %1% of %2 joins")
            .replace("%1", format_number(float(share) * 100))
            .replace("%2", f"{growth.joins:,}")
            if share is not None
            else self.tr("Nobody joined in this range")
        )
        legend = [
            swatch(JOIN_COLOR, self.tr("joined")),
            swatch(LEAVE_COLOR, self.tr("left")),
            swatch(TOTAL_COLOR, self.tr("members")),
            swatch(ACTIVE_COLOR, self.tr("active per day")),
        ]
        if any(g is not None for g in goals):
            legend.append(dash(TOTAL_COLOR, self.tr("goal")))
        # two rows by design: the referral share is a figure of its own, not a colour
        self.legend.setText(legend_rows(legend, [referral]))
        self.settle()

    def tip(self, x: float, _y: float) -> str | None:
        """The period's members, joins and leaves under the mouse."""
        if self.growth is None:
            return None
        index = index_at(x, len(self.growth.points))
        if index is None:
            return None
        p = self.growth.points[index]
        text = (
            self.tr("Members %1 · active %2/day\nJoined %3 (referred %4) · left %5")
            .replace("%1", "–" if p.total is None else f"{p.total:,}")
            .replace("%2", "–" if p.active is None else f"{p.active:,}")
            .replace("%3", f"{p.joins:,}")
            .replace("%4", f"{p.referred:,}")
            .replace("%5", f"{p.leaves:,}")
        )
        goal = (
            ""
            if p.goal_min is None
            else "\n" + self.tr("Goal ≥ %1").replace("%1", f"{p.goal_min:,}")
        )
        return span_text(p.span) + "\n" + text + goal


class RevenueChart(TwinAxisChart):
    """Income (direct under indirect), expense and net per month; goal and running net."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("dashboardRevenueChart", self.tr("Revenue"), parent)
        self.series: RevenueSeries | None = None
        self.period = Period.MONTH
        self.direct = self.keep(empty_bars())
        self.indirect = self.keep(empty_bars())
        self.expense = self.keep(empty_bars())
        self.net = self.keep(empty_bars())
        self.goal = self.keep(step_line([], [], self.text_color(), dashed=True))
        self.cumulative = self.keep(line([], [], CUMULATIVE_COLOR), self.right)
        self.zero = self.keep(pg.InfiniteLine(pos=0, angle=0))

    def show_revenue(self, series: RevenueSeries, period: str, others: Sequence[str]) -> None:
        """Draw one currency's revenue in its major unit."""
        self.clear()
        self.series, self.period = series, period
        points = series.points
        if self.show_empty(not any(p.income or p.expense for p in points) and not others):
            return
        x = [float(i) for i in range(len(points))]
        item = self.plot.getPlotItem()
        direct = [p.direct / 100 for p in points]
        indirect = [p.indirect / 100 for p in points]
        left = [i - 0.27 for i in x]
        set_bars(self.direct, **bar_opts(left, direct, DIRECT_COLOR, 0.26))
        set_bars(self.indirect, **bar_opts(left, indirect, INDIRECT_COLOR, 0.26, y0=direct))
        set_bars(
            self.expense, **bar_opts(x, [p.expense / 100 for p in points], EXPENSE_COLOR, 0.26)
        )
        right = [i + 0.27 for i in x]
        set_bars(self.net, **bar_opts(right, [p.net / 100 for p in points], NET_COLOR, 0.26))
        goals = [None if p.goal_min is None else p.goal_min / 100 for p in points]
        if any(g is not None for g in goals):
            set_step_line(self.goal, range(len(points)), goals, self.text_color(), dashed=True)
        set_line(self.cumulative, x, [p.cumulative / 100 for p in points])
        # net below zero is drawn below this line (expense is drawn upwards, beside income)
        self.zero.setPen(pg.mkPen(self.text_color(), width=1))
        self.zero.show()
        self.set_period_ticks([period_label(p.span, period) for p in points])
        unit = currency_unit(series.currency)
        item.getAxis("left").setLabel(self.tr("per month, %1").replace("%1", unit))
        item.getAxis("right").setLabel(self.tr("running net, %1").replace("%1", unit))
        item.setXRange(-0.6, max(len(points), 1) - 0.4, padding=0)
        item.enableAutoRange(axis="y")
        self.right.enableAutoRange(axis="y")
        tall = [*(p.income / 100 for p in points), *(p.expense / 100 for p in points)]
        lowest = min([p.net / 100 for p in points] + [0.0])
        self.fit_axis("left", max([*tall, *(g for g in goals if g is not None), 1.0]), lowest)
        running = [p.cumulative / 100 for p in points] + [0.0]
        self.fit_axis("right", max(running) / 100, min(running) / 100)
        legend = [
            swatch(DIRECT_COLOR, self.tr("direct income")),
            swatch(INDIRECT_COLOR, self.tr("indirect income")),
            swatch(EXPENSE_COLOR, self.tr("expense")),
            swatch(NET_COLOR, self.tr("net")),
        ]
        second = [swatch(CUMULATIVE_COLOR, self.tr("running net (right axis)"))]
        if any(g is not None for g in goals):
            second.append(dash(self.text_color().name(), self.tr("net goal (minimum)")))
        if others:
            second.append(self.tr("also in: %1").replace("%1", ", ".join(others)))
        self.legend.setText(legend_rows(legend, second))
        self.settle()

    def tip(self, x: float, _y: float) -> str | None:
        """The month's income, expense and net under the mouse."""
        if self.series is None:
            return None
        index = index_at(x, len(self.series.points))
        if index is None:
            return None
        p, cur = self.series.points[index], self.series.currency
        text = (
            self.tr("Income %1 (direct %2, indirect %3)\nExpense %4 · net %5\nRunning net %6")
            .replace("%1", format_money(p.income, cur))
            .replace("%2", format_money(p.direct, cur))
            .replace("%3", format_money(p.indirect, cur))
            .replace("%4", format_money(p.expense, cur))
            .replace("%5", format_money(p.net, cur))
            .replace("%6", format_money(p.cumulative, cur))
        )
        if p.goal_min is not None:
            text += "\n" + self.tr("Goal: net ≥ %1").replace("%1", format_money(p.goal_min, cur))
        return span_text(p.span) + "\n" + text


PLOT_MIN_HEIGHT = 120  # as every chart's (ChartFrame)


class StructureChart(ChartFrame):
    """The role pyramid: one centred bar per role, founder at the top, followers at the bottom.

    Bar widths follow the square root of the count so a single founder still shows next to
    thousands of followers; the exact counts are written beside the bars.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("dashboardStructureChart", self.tr("Structure: roles"), parent)
        self.rows: list[RoleCount] = []
        self.bars = self.keep(empty_bars())
        self.counts: list[pg.TextItem] = []  # one per role, made when first needed

    def show_pyramid(self, rows: list[RoleCount]) -> None:
        """Draw the roles, highest at the top."""
        self.clear()
        self.rows = rows
        if self.show_empty(not any(r.count for r in rows)):
            return
        item = self.plot.getPlotItem()
        n = len(rows)
        widths = [math.sqrt(r.count) for r in rows]
        widest = max([*widths, 1.0])
        colors = [
            "#5c6bc0"
            if r.role in LEADER_TIER
            else "#26a69a"
            if r.role in MIDDLE_TIER
            else "#90a4ae"
            for r in rows
        ]
        y = [float(n - 1 - i) for i in range(n)]
        set_bars(
            self.bars,
            x0=[-w / 2 for w in widths],
            y=y,
            height=0.7,
            width=widths,
            brushes=[pg.mkBrush(c) for c in colors],
        )
        while len(self.counts) < n:
            self.counts.append(self.keep(pg.TextItem(anchor=(0, 0.5))))
        for row, at, width, label in zip(rows, y, widths, self.counts, strict=False):
            label.setColor(self.text_color())
            if label.toPlainText() != f"{row.count:,}":
                label.setText(f"{row.count:,}")
            label.setPos(width / 2 + widest * 0.02, at)
            label.show()
        # one text line per role at least, so the role names never overlap (at 200% too)
        line = self.fontMetrics().height()
        self.plot.setMinimumHeight(max(PLOT_MIN_HEIGHT, n * (line + 2) + 2 * line))
        axis = item.getAxis("left")
        names = [label_for(Role, r.role) for r in rows]
        axis.setTicks([[(at, name) for name, at in zip(names, y, strict=True)], []])
        # the axis does not widen for long tick texts by itself
        axis.setWidth(max(self.fontMetrics().horizontalAdvance(t) for t in [*names, "M"]) + 12)
        item.getAxis("bottom").setTicks([[], []])
        item.setXRange(-widest * 0.55, widest * 0.75, padding=0)
        item.setYRange(-0.6, n - 0.4, padding=0)
        self.legend.setText(
            legend_rows(
                [
                    swatch("#5c6bc0", self.tr("leadership")),
                    swatch("#26a69a", self.tr("active middle")),
                    swatch("#90a4ae", self.tr("followers")),
                    self.tr("width ∝ √count"),
                ]
            )
        )
        self.settle()

    def tip(self, _x: float, y: float) -> str | None:
        """The role's count and share under the mouse."""
        n = len(self.rows)
        index = index_at(y, n)
        if index is None:
            return None
        row = self.rows[n - 1 - index]
        total = sum(r.count for r in self.rows)
        share = format_number(100 * row.count / total) if total else "0"
        return f"{label_for(Role, row.role)}: {row.count:,} ({share}%)"
