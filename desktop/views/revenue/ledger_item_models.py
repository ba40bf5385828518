"""Qt item models of the Revenue tab: the ledger and the summary tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from desktop.models.core.codes import Category, Channel, EntryKind
from desktop.models.core.scope import Scope
from desktop.models.revenue import revenue
from desktop.models.revenue.revenue import Entry, LedgerQuery
from desktop.models.revenue.summaries import (
    Attribution,
    CategoryTotal,
    Conversion,
    EventProfit,
    MemberValue,
    MonthTotal,
    RenewalDue,
)
from desktop.models.storage.db import Database
from desktop.views.common.formatting import format_date, format_money
from desktop.views.common.labels import choices, label_for
from desktop.views.groups.group_item_models import RowTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_EXPENSE = QColor("#b3261e")
_MUTED = QColor("#8a8a8a")
_COMING = QColor("#1565c0")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RevenueModels", text)


def percent(fraction: float | None) -> str:
    """A fraction as a whole percentage, "—" when unknown."""
    return "—" if fraction is None else f"{100 * fraction:.0f}%"


class MoneyTableModel(RowTableModel):
    """A summary table: `columns()` gives (title, display, sort value, is money) per column."""

    def headers(self) -> list[str]:
        """Column titles, translated."""
        if not hasattr(self, "_columns"):
            self._columns = self.columns()
        return [title for title, *_ in self._columns]

    def columns(self) -> list[tuple[str, Any, Any, bool]]:
        """Per column: title, a row → text function, a row → sort value function, right-align."""
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row; the column functions are built once per fill."""
        self._columns = self.columns()
        super().set_rows(rows)

    def cell(self, row: Any, column: int, role: int) -> Any:
        """Text, native sort values, right-aligned figures, negative figures red."""
        if not hasattr(self, "_columns"):
            self._columns = self.columns()
        _title, show, sort, figure = self._columns[column]
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
    """The entries of the scope, read from SQL a page at a time; expenses negative in red.

    Filtering, searching and sorting are SQL (revenue.entry_page): the model holds only the
    pages the view has asked for (canFetchMore/fetchMore), never the whole ledger.
    """

    PAGE = 200  # rows read per fetch: a few screens
    DATE, GROUP, CATEGORY, AMOUNT, CHANNEL, MEMBER, EVENT, REFERRER, PARTNER, NOTE = range(10)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # Qt asks columnCount() for nearly every cell: translate the titles once
        self._headers = self._titles()
        self.database: Database | None = None
        self.query: LedgerQuery | None = None
        self.total = 0  # entries in the scope
        self.matched = 0  # of those, entries matching the search
        self.later = 0  # entries of the scope's groups dated after its range
        self.today = dt.date.max  # the tab sets it: entries after it are marked as coming
        all_groups = self.tr("(all groups)")
        self._all_groups = all_groups
        coming = self.tr("%1 (coming)")
        refund = self.tr("Refund: %1")
        # Each column's text, one function per column: this runs for every cell painted.
        self._show: tuple[Callable[[Entry], str], ...] = (
            lambda r: (
                coming.replace("%1", format_date(r.day))
                if r.day > self.today
                else format_date(r.day)
            ),
            lambda r: r.group_name or all_groups,
            lambda r: (
                refund.replace("%1", label_for(Category, r.category))
                if r.is_refund
                else label_for(Category, r.category)
            ),
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

    # ---- reading from SQL ------------------------------------------------------------------

    def set_query(self, database: Database | None, scope: Scope | None, text: str = "") -> None:
        """Show a scope's entries matching a search text, in the current sort order: page one."""
        self.database = database
        old = self.query
        self.beginResetModel()
        if database is None or scope is None:
            self.query, self.total, self.matched, self._rows = None, 0, 0, []
            self.later = 0
        else:
            order, descending = ("day", True) if old is None else (old.order, old.descending)
            self.query = self._search_query(scope, text, order, descending)
            self.total = revenue.count_entries(database, LedgerQuery(scope))
            self.later = revenue.count_after(database, scope)
            self.matched = (
                revenue.count_entries(database, self.query) if self.query.text else self.total
            )
            self._rows = revenue.entry_page(database, self.query, self.PAGE)
        self.endResetModel()

    def set_rows(self, rows: list[Any]) -> None:
        """Show given entries only (no SQL behind them)."""
        self.query, self.total, self.matched = None, len(rows), len(rows)
        super().set_rows(rows)

    def _search_query(self, scope: Scope, text: str, order: str, descending: bool) -> LedgerQuery:
        """The SQL query for a typed text: codes whose translated label contains it too."""
        folded = text.strip().casefold()

        def matching(enum: Any) -> tuple[str, ...]:
            if not folded:
                return ()
            return tuple(code for code, label in choices(enum) if folded in label.casefold())

        def by_label(enum: Any) -> tuple[str, ...]:
            return tuple(code for code, _ in sorted(choices(enum), key=lambda c: c[1].casefold()))

        return LedgerQuery(
            scope,
            text=folded,
            categories=matching(Category),
            channels=matching(Channel),
            no_group=bool(folded) and folded in self._all_groups.casefold(),
            order=order,
            descending=descending,
            labels_order=(("category", by_label(Category)), ("channel", by_label(Channel))),
        )

    def canFetchMore(self, parent: Any = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        """Whether entries beyond the pages read so far match."""
        return not parent.isValid() and self.query is not None and len(self._rows) < self.matched

    def fetchMore(self, parent: Any = QModelIndex()) -> None:  # noqa: B008
        """Read the next page from SQL and append it."""
        if not self.canFetchMore(parent) or self.database is None or self.query is None:
            return
        page = revenue.entry_page(self.database, self.query, self.PAGE, len(self._rows))
        if not page:
            self.matched = len(self._rows)  # changed underneath: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by a column, keeping selections on their entries (read up to them)."""
        if not 0 <= column < len(self._headers) or self.query is None or self.database is None:
            return
        query = replace(
            self.query,
            order=revenue.LEDGER_ORDERS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query == self.query:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        # persistent indexes hold their old row numbers until changed: note their entries
        old_ids = [
            self._rows[i.row()].id if 0 <= i.row() < len(self._rows) else None for i in before
        ]
        self.query = query
        self._rows = revenue.entry_page(self.database, query, self.PAGE)
        self._read_until({i for i in old_ids if i is not None})
        rows = {entry.id: n for n, entry in enumerate(self._rows)}
        after = [
            self.index(rows[old], index.column()) if old in rows else QModelIndex()
            for index, old in zip(before, old_ids, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _read_until(self, wanted: set[int], pages: int = 2) -> None:
        """Read further pages (at most `pages`) until every wanted entry is loaded."""
        for _ in range(pages):
            missing = wanted - {entry.id for entry in self._rows}
            if not missing or not self.canFetchMore() or self.query is None:
                return
            assert self.database is not None
            self._rows.extend(
                revenue.entry_page(self.database, self.query, self.PAGE, len(self._rows))
            )

    def row_of(self, entry_id: int) -> int:
        """The model row of an entry (reading further pages to find it), or -1."""
        for _ in range(50):
            found = next((n for n, e in enumerate(self._rows) if e.id == entry_id), -1)
            if found >= 0 or not self.canFetchMore():
                return found
            self.fetchMore()
        return -1

    # ---- cells -----------------------------------------------------------------------------

    def _display(self, row: Entry, column: int) -> str:
        return self._show[column](row)

    def cell(self, row: Entry, column: int, role: int) -> Any:
        """Display text, native sort values, red expenses, renewal tooltips."""
        if role == _DISPLAY:
            return self._display(row, column)
        if role == self.SortRole:
            return self._sort_value(row, column)
        if column == self.AMOUNT and role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _colour(self, row: Entry, column: int) -> QColor | None:
        """Money going out in red; the dates of entries still to come in blue."""
        if column == self.AMOUNT and row.signed_minor < 0:
            return _EXPENSE
        if column == self.DATE and row.day > self.today:
            return _COMING
        return None

    def _sort_value(self, row: Entry, column: int) -> Any:
        if column == self.DATE:
            return (row.day.toordinal(), row.id)
        if column == self.AMOUNT:
            return (row.currency != "CNY", row.currency, row.signed_minor)
        return self._display(row, column).casefold()

    def _tooltip(self, row: Entry, column: int) -> str | None:
        if column == self.DATE and row.day > self.today:
            return self.tr("Dated after today: a payment to come or made in advance.")
        if row.is_refund and column in (self.CATEGORY, self.AMOUNT):
            return self.tr("Gives back part or all of the entry of %1.").replace(
                "%1", format_date(row.refund_of_day)
            ) + (
                " " + self.tr("It moved the member's paid-until back.")
                if row.shortened_membership
                else ""
            )
        if row.is_renewal and column in (self.CATEGORY, self.MEMBER):
            return self.tr("This fee extended the membership; deleting it reverses that.")
        if column in (self.DATE, self.AMOUNT, self.CHANNEL):
            return None
        # the columns share the ledger's width, so long names and titles may be cut short
        return self._display(row, column) or None


class LedgerProxy(QSortFilterProxyModel):
    """Passes the ledger through; sorting (and searching) are the LedgerModel's, in SQL."""

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
        self.today = dt.date.min  # the tab sets it with the rows

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
