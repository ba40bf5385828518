"""The Revenue tab's summary panel: totals per currency and the breakdown tables."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Metric
from desktop.models.core.scope import Scope
from desktop.models.groups.goals import GoalStatus
from desktop.models.revenue import summaries
from desktop.models.revenue.summaries import CurrencyTotals, RevenueGoal
from desktop.models.storage.db import Database
from desktop.views.common.formatting import format_money
from desktop.views.groups.group_health import status_text as verdict_words
from desktop.views.groups.group_item_models import RowTableModel, band_text
from desktop.views.groups.rules_panel import table_view
from desktop.views.revenue.ledger_item_models import (
    AttributionModel,
    CategoryModel,
    ConversionModel,
    EventProfitModel,
    MemberValueModel,
    MonthModel,
    percent,
)

_NET_COLOURS = ("#b3261e", "#2e7d32")  # negative, positive
_STATUS_COLOURS = {
    GoalStatus.MET: "#2e7d32",
    GoalStatus.BELOW: "#b3261e",
    GoalStatus.ABOVE: "#b26a00",
}
_MUTED = "#666"
SIZE_ROWS = 100  # rows measured when sizing summary columns to their contents
BUYER_ROWS = 200  # the Buyers table shows the biggest buyers only: a long tail helps nobody


class SortProxy(QSortFilterProxyModel):
    """Sorts by SortRole with Python's comparison, so tuples and mixed values sort right."""

    def lessThan(self, left: Any, right: Any) -> bool:
        """Compare the SortRole values of two cells."""
        a = left.data(RowTableModel.SortRole)
        b = right.data(RowTableModel.SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


ATTRIBUTION_ROWS = 4  # whole rows each attribution table shows at least


def summary_table(parent: QWidget, name: str, model: RowTableModel) -> QTableView:
    """A sortable read-only table over a summary model, first column stretched."""
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    view = table_view(parent, name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the data layer's order at first
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # fit the widths to the first rows only: measuring thousands of renewals took seconds
    header.setResizeContentsPrecision(SIZE_ROWS)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class RevenueSummary(QWidget):
    """Income, expense and net per currency; by category, month, member, event, referrer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revenueSummary")
        self.database: Database | None = None
        self.scope: Scope | None = None
        self._stale: set[int] = set()  # summary pages not yet read for the scope
        self._build_ui()
        self.conversion_days.valueChanged.connect(self._on_days_changed)
        self.tabs.currentChanged.connect(self._on_page_changed)

    def _build_ui(self) -> None:
        self.totals = QLabel(self)
        self.totals.setObjectName("revenueTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        self.goals = QLabel(self)
        self.goals.setObjectName("revenueGoals")
        self.goals.setTextFormat(Qt.TextFormat.RichText)
        self.goals.setWordWrap(True)
        self.goals.setToolTip(
            self.tr(
                "Net CNY revenue (income − expense) in the toolbar's dates against each "
                "group's revenue goal, scaled to those dates as on the Groups tab."
            )
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("revenueSummaryTabs")
        self.tabs.setDocumentMode(True)

        self.category_model = CategoryModel(self)
        self.month_model = MonthModel(self)
        self.member_model = MemberValueModel(self)
        self.event_model = EventProfitModel(self)
        self.by_event_model = AttributionModel(self.tr("Event"), self)
        self.by_referrer_model = AttributionModel(self.tr("Referrer"), self)
        self.conversion_model = ConversionModel(self)

        self.tabs.addTab(
            summary_table(self, "revenueByCategory", self.category_model), self.tr("Categories")
        )
        self.tabs.addTab(summary_table(self, "revenueByMonth", self.month_model), self.tr("Months"))
        self.tabs.addTab(self._members_page(), self.tr("Buyers"))
        self.tabs.addTab(
            summary_table(self, "revenueEventProfit", self.event_model), self.tr("Event profit")
        )
        self.tabs.addTab(self._attribution_page(), self.tr("Attribution"))
        self.tabs.addTab(self._conversion_page(), self.tr("Conversion"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.totals)
        layout.addWidget(self.goals)
        layout.addWidget(self.tabs, 1)

    def _members_page(self) -> QWidget:
        page = QWidget(self)
        self.repeat_label = QLabel(page)
        self.repeat_label.setObjectName("revenueRepeatRate")
        self.repeat_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.repeat_label)
        layout.addWidget(summary_table(page, "revenueMemberValue", self.member_model), 1)
        return page

    def _attribution_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        for name, model in (
            ("revenueByEvent", self.by_event_model),
            ("revenueByReferrer", self.by_referrer_model),
        ):
            view = summary_table(page, name, model)
            # two tables share the page: each shows at least a few whole rows at any scale
            view.setMinimumHeight(
                view.horizontalHeader().sizeHint().height()
                + ATTRIBUTION_ROWS * view.verticalHeader().defaultSectionSize()
                + 2 * view.frameWidth()
            )
            layout.addWidget(view, 1)
        return page

    def _conversion_page(self) -> QWidget:
        page = QWidget(self)
        self.conversion_days = QSpinBox(page)
        self.conversion_days.setObjectName("revenueConversionDays")
        self.conversion_days.setRange(0, 365)
        self.conversion_days.setValue(summaries.DEFAULT_CONVERSION_DAYS)
        self.conversion_days.setSuffix(self.tr(" days"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Attendees who paid within"), page))
        row.addWidget(self.conversion_days)
        row.addWidget(QLabel(self.tr("after the event"), page))
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(summary_table(page, "revenueConversion", self.conversion_model), 1)
        return page

    # ---- data ---------------------------------------------------------------------------

    def set_data(self, database: Database | None, scope: Scope | None) -> None:
        """Recompute every figure for a scope."""
        self.database, self.scope = database, scope
        self.refresh()

    def refresh(self) -> None:
        """Re-read every figure."""
        db, scope = self.database, self.scope
        if db is None or scope is None:
            for model in self._models():
                model.set_rows([])
            self.totals.setText("")
            self.goals.setText("")
            self.repeat_label.setText("")
            return
        self.totals.setText(self.totals_html(summaries.totals(db, scope)))
        self.goals.setText(self.goals_html(summaries.revenue_goals(db, scope), scope.group_id))
        # Each page is a scan of the scope's entries: read the one shown now, the others
        # when they are opened (a 200,000-entry ledger takes about a second for all of them).
        self._stale = set(range(self.tabs.count()))
        self._fill_page(self.tabs.currentIndex())

    def fill_all(self) -> None:
        """Read every summary page not read yet for the scope."""
        for page in sorted(self._stale):
            self._fill_page(page)

    def _on_page_changed(self, page: int) -> None:
        self._fill_page(page)

    def _fill_page(self, page: int) -> None:
        db, scope = self.database, self.scope
        if page not in self._stale or db is None or scope is None:
            return
        self._stale.discard(page)
        if page == 0:
            self.category_model.set_rows(summaries.by_category(db, scope))
        elif page == 1:
            self.month_model.set_rows(summaries.by_month(db, scope))
        elif page == 2:
            self._fill_buyers(db, scope)
        elif page == 3:
            self.event_model.set_rows(summaries.event_profits(db, scope))
        elif page == 4:
            self.by_event_model.set_rows(summaries.by_event(db, scope))
            self.by_referrer_model.set_rows(summaries.by_referrer(db, scope))
        elif page == 5:
            self._refresh_conversion()

    def _fill_buyers(self, db: Database, scope: Scope) -> None:
        rows = summaries.member_values(db, scope, BUYER_ROWS + 1)
        self.member_model.set_rows(rows[:BUYER_ROWS])
        rate = summaries.repeat_rate(db, scope)
        text = (
            self.tr("Repeat-purchase rate (sales groups): %1 — %2 of %3 buyers bought again.")
            .replace("%1", percent(rate.rate))
            .replace("%2", f"{rate.repeat_buyers:,}")
            .replace("%3", f"{rate.buyers:,}")
        )
        if len(rows) > BUYER_ROWS:
            text += " " + self.tr("The table lists the top %1.").replace("%1", f"{BUYER_ROWS:,}")
        self.repeat_label.setText(text)

    def _models(self) -> list[RowTableModel]:
        return [
            self.category_model,
            self.month_model,
            self.member_model,
            self.event_model,
            self.by_event_model,
            self.by_referrer_model,
            self.conversion_model,
        ]

    def _refresh_conversion(self) -> None:
        if self.database is None or self.scope is None:
            return
        if self.tabs.currentIndex() != 5 and 5 in self._stale:
            return  # read when the page is opened
        self.conversion_model.set_rows(
            summaries.conversions(self.database, self.scope, self.conversion_days.value())
        )

    def _on_days_changed(self, _days: int) -> None:
        self._refresh_conversion()

    def totals_html(self, rows: list[CurrencyTotals]) -> str:
        """One line per currency: income, expense, net and the direct/indirect split."""
        if not rows:
            return "<p>" + html.escape(self.tr("No entries in this group and date range.")) + "</p>"
        lines = []
        for row in rows:
            net_colour = _NET_COLOURS[row.net >= 0]
            share = row.direct_share
            split = (
                self.tr("direct %1 · indirect %2")
                .replace("%1", percent(share))
                .replace("%2", percent(None if share is None else 1 - share))
                if share is not None
                else ""
            )
            lines.append(
                "<tr>"
                f"<td nowrap><b>{html.escape(row.currency)}</b></td>"
                f"<td nowrap>{html.escape(self.tr('Income'))} "
                f"{format_money(row.income, row.currency)}</td>"
                f"<td nowrap>{html.escape(self.tr('Expense'))} "
                f"{format_money(row.expense, row.currency)}</td>"
                f"<td nowrap>{html.escape(self.tr('Net'))} <b style='color:{net_colour}'>"
                f"{format_money(row.net, row.currency)}</b></td>"
                "</tr>"
            )
            if split:
                lines.append(
                    f"<tr><td></td><td colspan='3' style='color:{_MUTED}'>"
                    f"{html.escape(split)}</td></tr>"
                )
        note = ""
        if len(rows) > 1:
            note = (
                f"<p style='color:{_MUTED}'>"
                + html.escape(self.tr("Each currency is totalled on its own, never added up."))
                + "</p>"
            )
        return "<table cellspacing='0' cellpadding='3'>" + "".join(lines) + "</table>" + note

    def goal_text(self, row: RevenueGoal) -> str:
        """ "Goal ≥ ¥4,375.48 · actual ¥6,107.00 · met", or that the group has no revenue goal."""
        actual = format_money(row.actual)
        if row.check is None:
            return self.tr("No revenue goal · actual %1").replace("%1", actual)
        band = band_text(Metric.REVENUE, row.check.band_min, row.check.band_max)
        return (
            self.tr("Goal %1 · actual %2 · %3")
            .replace("%1", band)
            .replace("%2", actual)
            .replace("%3", self.status_text(row.check.status, row.check.pace))
        )

    def status_text(self, status: str, pace: str | None = None) -> str:
        """A goal status in words, as the Groups tab says it ("in progress · behind so far")."""
        return verdict_words(status, pace)

    def goals_html(self, rows: list[RevenueGoal], group_id: int | None) -> str:
        """The group's revenue against its goal; for all groups one line per group."""
        if not rows:
            return ""
        if group_id is None and all(row.check is None for row in rows):
            hint = self.tr("No group has a revenue goal; set one on the Groups tab (Goals).")
            return f"<p style='color:{_MUTED}'>{html.escape(hint)}</p>"
        lines = []
        for row in rows:
            text = html.escape(self.goal_text(row))
            if row.check is not None:
                word = html.escape(self.status_text(row.check.status, row.check.pace))
                shown = row.check.pace if row.check.status == GoalStatus.IN_PROGRESS else None
                colour = _STATUS_COLOURS.get(GoalStatus(shown or row.check.status), _MUTED)
                # colour only the verdict at the end of the line
                text = text.removesuffix(word) + f"<b style='color:{colour}'>{word}</b>"
            else:
                text = f"<span style='color:{_MUTED}'>{text}</span>"
            name = html.escape(self.tr("Net CNY revenue") if group_id else row.group_name)
            lines.append(f"<tr><td nowrap><b>{name}</b></td><td>{text}</td></tr>")
        heading = ""
        if group_id is None:
            title = html.escape(self.tr("Revenue goals (net CNY revenue per group)"))
            heading = f"<tr><td colspan='2' style='color:{_MUTED}'>{title}</td></tr>"
        return "<table cellspacing='0' cellpadding='2'>" + heading + "".join(lines) + "</table>"
