"""Qt item models of the Revenue tab: the ledger and the summary tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from desktop.models.codes import Category, Channel, EntryKind
from desktop.models.revenue import (
    Attribution,
    CategoryTotal,
    Conversion,
    Entry,
    EventProfit,
    MemberValue,
    MonthTotal,
    RenewalDue,
)
from desktop.views.formatting import format_date, format_money
from desktop.views.group_models import RowTableModel
from desktop.views.labels import label_for

_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_EXPENSE = QColor("#b3261e")
_MUTED = QColor("#8a8a8a")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RevenueModels", text)


def percent(fraction: float | None) -> str:
    """A fraction as a whole percentage, "—" when unknown."""
    return "—" if fraction is None else f"{100 * fraction:.0f}%"


class MoneyTableModel(RowTableModel):
    """A summary table: `columns()` gives (title, display, sort value, is money) per column."""

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return [title for title, *_ in self.columns()]

    def columns(self) -> list[tuple[str, Any, Any, bool]]:
        """Per column: title, a row → text function, a row → sort value function, right-align."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """Text, native sort values, right-aligned figures, negative figures red."""
        _title, show, sort, figure = self.columns()[column]
        if role == _DISPLAY:
            return show(row)
        if role == self.SortRole:
            return sort(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and figure:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and figure:
            value = sort(row)
            if isinstance(value, int) and value < 0:
                return _EXPENSE
        return None


class LedgerModel(RowTableModel):
    """Every entry of the scope: one row each, expenses shown negative in red."""

    SearchRole = Qt.ItemDataRole.UserRole + 3
    DATE, GROUP, CATEGORY, AMOUNT, CHANNEL, MEMBER, EVENT, REFERRER, PARTNER, NOTE = range(10)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search: list[str] = []
        # Qt asks columnCount() for nearly every cell: translate the titles once
        self._headers = self._titles()
        self._order: tuple[int, Qt.SortOrder] | None = None  # the column and order last sorted
        all_groups = self.tr("(all groups)")
        # Each column's text, one function per column: this runs for every cell painted and
        # for every row's search text, so no column computes the others'.
        self._show: tuple[Callable[[Entry], str], ...] = (
            lambda r: format_date(r.day),
            lambda r: r.group_name or all_groups,
            lambda r: label_for(Category, r.category),
            lambda r: format_money(r.signed_minor, r.currency),
            lambda r: label_for(Channel, r.channel),
            attrgetter("member_name"),
            attrgetter("event_title"),
            attrgetter("referrer_name"),
            attrgetter("partner_name"),
            attrgetter("note"),
        )

    def headers(self) -> list[str]:
        """Column titles, translated."""
        return self._headers

    def _titles(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Group"),
            self.tr("Category"),
            self.tr("Amount"),
            self.tr("Channel"),
            self.tr("Member"),
            self.tr("Event"),
            self.tr("Referrer"),
            self.tr("Partner"),
            self.tr("Note"),
        ]

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row (in the last sort order), precomputing each one's search text."""
        if self._order is not None:
            rows = [rows[n] for n in self._sorted(rows, *self._order)]
        self._search = [self._search_text(entry) for entry in rows]
        super().set_rows(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's SortRole value in Python, keeping selections on their rows.

        One key per row and a C-level sort: a proxy comparing pairs of cells through
        Qt took seconds for 20,000 entries.
        """
        if not 0 <= column < len(self._headers):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        moved = self._sorted(self._rows, column, order)
        new_row = {old: new for new, old in enumerate(moved)}
        self._rows = [self._rows[n] for n in moved]
        self._search = [self._search[n] for n in moved]
        before = self.persistentIndexList()
        after = [self.index(new_row[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Entry], column: int, order: Qt.SortOrder) -> list[int]:
        """Row positions in sort order (stable; descending keeps ties in their order)."""
        keys = [self._sort_value(row, column) for row in rows]
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)

    def row_of(self, entry_id: int) -> int:
        """The model row of an entry, or -1."""
        return next((n for n, e in enumerate(self._rows) if e.id == entry_id), -1)

    def _search_text(self, entry: Entry) -> str:
        parts = [show(entry) for show in self._show]
        return " ".join([*parts, str(entry.amount_minor / 100)]).casefold()

    def _display(self, row: Entry, column: int) -> str:
        return self._show[column](row)

    def data(self, index: Any, role: int = _DISPLAY) -> Any:
        """Like RowTableModel, plus SearchRole: the row's text in lower case."""
        if role == self.SearchRole and index.isValid() and 0 <= index.row() < len(self._search):
            return self._search[index.row()]
        return super().data(index, role)

    def cell(self, row: Entry, column: int, role: int) -> Any:
        """Display text, native sort values, red expenses, renewal tooltips."""
        if role == _DISPLAY:
            return self._display(row, column)
        if role == self.SortRole:
            return self._sort_value(row, column)
        if column == self.AMOUNT and role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if column == self.AMOUNT and role == Qt.ItemDataRole.ForegroundRole:
            return _EXPENSE if row.kind == EntryKind.EXPENSE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _sort_value(self, row: Entry, column: int) -> Any:
        if column == self.DATE:
            return (row.day.toordinal(), row.id)
        if column == self.AMOUNT:
            return (row.currency != "CNY", row.currency, row.signed_minor)
        return self._display(row, column).casefold()

    def _tooltip(self, row: Entry, column: int) -> str | None:
        if row.is_renewal and column in (self.CATEGORY, self.MEMBER):
            return self.tr("This fee extended the membership; deleting it reverses that.")
        if column in (self.DATE, self.AMOUNT, self.CHANNEL):
            return None
        # the columns share the ledger's width, so long names and titles may be cut short
        return self._display(row, column) or None


class LedgerProxy(QSortFilterProxyModel):
    """Filters the ledger; sorting is handed to the LedgerModel underneath (much faster)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model; this proxy keeps its order."""
        source = self.sourceModel()
        if isinstance(source, LedgerModel):
            source.sort(column, order)


def _money(attr: str) -> tuple[Any, Any]:
    return (
        lambda r: format_money(getattr(r, attr), r.currency),
        lambda r: (r.currency != "CNY", r.currency, getattr(r, attr)),
    )


class CategoryModel(MoneyTableModel):
    """Sums per category and currency."""

    def columns(self) -> list[tuple[str, Any, Any, bool]]:
        """Category, kind, amount, entries."""
        amount = _money("amount")
        return [
            (
                _tr("Category"),
                lambda r: label_for(Category, r.category),
                lambda r: r.category,
                False,
            ),
            (_tr("Kind"), lambda r: label_for(EntryKind, r.kind), lambda r: r.kind, False),
            (_tr("Amount"), amount[0], amount[1], True),
            (_tr("Entries"), lambda r: f"{r.entries:,}", lambda r: r.entries, True),
        ]

    def cell(self, row: CategoryTotal, column: int, role: int) -> Any:
        """Expense amounts in red."""
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return _EXPENSE if row.kind == EntryKind.EXPENSE else None
        return super().cell(row, column, role)


class MonthModel(MoneyTableModel):
    """Income, expense and net per month and currency; empty months muted."""

    def columns(self) -> list[tuple[str, Any, Any, bool]]:
        """Month, currency, income, expense, net."""
        income, expense, net = _money("income"), _money("expense"), _money("net")
        return [
            (_tr("Month"), lambda r: r.month, lambda r: (r.currency, r.month), False),
            (_tr("Income"), income[0], income[1], True),
            (_tr("Expense"), expense[0], expense[1], True),
            (_tr("Net"), net[0], lambda r: r.net, True),
        ]

    def cell(self, row: MonthTotal, column: int, role: int) -> Any:
        """Months without entries in grey."""
        if role == Qt.ItemDataRole.ForegroundRole and not (row.income or row.expense):
            return _MUTED
        return super().cell(row, column, role)


class MemberValueModel(MoneyTableModel):
    """What each buyer paid in the scope's sales groups."""

    def columns(self) -> list[tuple[str, Any, Any, bool]]:
        """Member, paid, purchases."""
        amount = _money("amount")
        return [
            (_tr("Member"), lambda r: r.member_name, lambda r: r.member_name, False),
            (_tr("Paid"), amount[0], amount[1], True),
            (_tr("Purchases"), lambda r: f"{r.purchases:,}", lambda r: r.purchases, True),
        ]

    def cell(self, row: MemberValue, column: int, role: int) -> Any:
        """As MoneyTableModel."""
        return super().cell(row, column, role)


class EventProfitModel(MoneyTableModel):
    """Ticket income, costs and profit per event."""

    COSTS = 3

    def columns(self) -> list[tuple[str, Any, Any, bool]]:
        """Event, date, tickets, costs (the ones the profit counts), profit."""
        tickets, costs = _money("tickets"), _money("costs")
        return [
            (_tr("Event"), lambda r: r.title, lambda r: r.title, False),
            (_tr("Date"), lambda r: format_date(r.day), lambda r: r.day.toordinal(), False),
            (_tr("Tickets"), tickets[0], tickets[1], True),
            (_tr("Costs"), costs[0], costs[1], True),
            (_tr("Profit"), lambda r: format_money(r.profit, r.currency), lambda r: r.profit, True),
        ]

    def cell(self, row: EventProfit, column: int, role: int) -> Any:
        """A planned cost (no expense linked yet) in grey, and says so in its tooltip."""
        planned = column == self.COSTS and not row.expenses and row.cost
        if role == Qt.ItemDataRole.ForegroundRole and planned:
            return _MUTED
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COSTS:
            return (
                _tr("The event's planned cost: no expense is linked to it yet.")
                if planned
                else _tr("Expenses linked to the event.")
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.title
        return super().cell(row, column, role)


class AttributionModel(MoneyTableModel):
    """Income credited to events or referrers."""

    def __init__(self, name_title: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.name_title = name_title

    def columns(self) -> list[tuple[str, Any, Any, bool]]:
        """Name, income, entries, buyers."""
        amount = _money("amount")
        return [
            (self.name_title, lambda r: r.name, lambda r: r.name, False),
            (_tr("Income"), amount[0], amount[1], True),
            (_tr("Entries"), lambda r: f"{r.entries:,}", lambda r: r.entries, True),
            (_tr("Buyers"), lambda r: f"{r.buyers:,}", lambda r: r.buyers, True),
        ]

    def cell(self, row: Attribution, column: int, role: int) -> Any:
        """As MoneyTableModel."""
        return super().cell(row, column, role)


class ConversionModel(MoneyTableModel):
    """Attendees per event who paid within N days, and what they paid."""

    def columns(self) -> list[tuple[str, Any, Any, bool]]:
        """Event, date, attendees, converted, rate, revenue."""

        def revenue(row: Conversion) -> str:
            return " + ".join(format_money(a, c) for c, a in row.revenue.items()) or "—"

        return [
            (_tr("Event"), lambda r: r.title, lambda r: r.title, False),
            (_tr("Date"), lambda r: format_date(r.day), lambda r: r.day.toordinal(), False),
            (_tr("Attended"), lambda r: f"{r.attendees:,}", lambda r: r.attendees, True),
            (_tr("Paid"), lambda r: f"{r.converted:,}", lambda r: r.converted, True),
            (_tr("Rate"), lambda r: percent(r.rate), lambda r: r.rate or 0.0, True),
            (_tr("Revenue"), revenue, lambda r: r.revenue.get("CNY", 0), True),
        ]

    def cell(self, row: Conversion, column: int, role: int) -> Any:
        """The whole title in the event's tooltip (the column may be too narrow for it)."""
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.title
        return super().cell(row, column, role)


class RenewalsModel(MoneyTableModel):
    """Paid memberships ending soon (or just ended), soonest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def columns(self) -> list[tuple[str, Any, Any, bool]]:
        """Member, group, paid until, days left, fee."""

        def left(row: RenewalDue) -> str:
            days = row.days_left(self.today)
            if days < 0:
                return _tr("ended %1 d ago").replace("%1", str(-days))
            return _tr("%1 d").replace("%1", str(days))

        return [
            (_tr("Member"), lambda r: r.member_name, lambda r: r.member_name, False),
            (_tr("Group"), lambda r: r.group_name, lambda r: r.group_name, False),
            (
                _tr("Paid until"),
                lambda r: format_date(r.paid_until),
                lambda r: r.paid_until.toordinal(),
                False,
            ),
            (_tr("Left"), left, lambda r: r.days_left(self.today), True),
            (
                _tr("Fee"),
                lambda r: format_money(r.fee_minor, r.fee_currency),
                lambda r: r.fee_minor,
                True,
            ),
        ]

    def cell(self, row: RenewalDue, column: int, role: int) -> Any:
        """Ended memberships in red."""
        if role == Qt.ItemDataRole.ForegroundRole and row.days_left(self.today) < 0:
            return _EXPENSE
        return super().cell(row, column, role)
