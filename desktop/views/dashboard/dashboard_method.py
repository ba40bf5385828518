"""The method's lists on the dashboard: who misses the group's thresholds, who to promote.

Each line has its one-click action — "Mark left" (严进宽出's exit side) or "Promote" — run
as an undoable edit through the command runner; a threshold the app cannot check is
listed as not checked, with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.models.core.codes import Role, Threshold
from desktop.models.dashboard.promotions import Promotion
from desktop.models.dashboard.thresholds import Miss, ThresholdReport
from desktop.models.members import members, snapshots
from desktop.models.members.snapshots import MembershipState
from desktop.models.storage.db import Database
from desktop.views.common.commands import runner_for
from desktop.views.common.formatting import format_date, format_day_month
from desktop.views.common.labels import label_for
from desktop.views.common.undo import DataCommand, report_undo_failure
from desktop.views.dashboard.dashboard_panels import read_only_rows

LINES_SHOWN = 30  # lines per list (the heading says how many there are in all)
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("MethodLists", text)


class MembershipEdit(DataCommand):
    """Mark one member as left, or give them a new role, in one group; undo puts it back."""

    LEAVE, ROLE = "leave", "role"
    tables = frozenset({"memberships", "role_history"})

    def __init__(
        self,
        widget: QWidget,
        database: Database,
        kind: str,
        member_id: int,
        group_id: int,
        on: dt.date,
        text: str,
        role: str = "",
    ) -> None:
        super().__init__(text)
        self.widget = widget
        self.database = database
        self.kind = kind
        self.member_id = member_id
        self.group_id = group_id
        self.on = on
        self.role = role
        self.state: MembershipState | None = None

    def changed_ids(self) -> dict[str, frozenset[int]]:
        """The member it is about."""
        return {"members": frozenset({self.member_id})}

    def do(self) -> None:
        """Record the state, then leave or change the role (one transaction)."""
        db, ids = self.database, [self.member_id]
        with db.transaction():
            self.state = snapshots.membership_state(db, ids, self.group_id)
            if self.kind == self.LEAVE:
                members.bulk_leave(db, ids, self.group_id, on=self.on, today=self.on)
            else:
                members.bulk_change_role(
                    db, ids, self.group_id, self.role, on=self.on, today=self.on
                )

    def revert(self) -> None:
        """Put the membership and its roles back as they were."""
        if self.state is not None:
            snapshots.restore_membership_state(self.database, self.state)

    def failed(self, error: Exception) -> None:
        """Tell the owner the undo or redo could not be applied."""
        report_undo_failure(self.widget, self.text(), error)


class MethodList(QTableWidget):
    """Lines of people, each with why and a one-click action; headings span the row."""

    open_member = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName(name)
        self.database: Database | None = None
        self.undo_stack: QUndoStack | None = None
        self.today = dt.date.min
        self.shown_for: tuple[int | None, dt.date] | None = None  # (group, day) listed
        self.horizontalHeader().setVisible(False)
        read_only_rows(self, stretched=1, wrap=True)
        self.buttons: list[QPushButton] = []
        self.itemClicked.connect(self._on_clicked)

    def bind(self, database: Database, undo_stack: QUndoStack, today: dt.date) -> None:
        """Where actions write, and the day they are dated."""
        self.database, self.undo_stack, self.today = database, undo_stack, today

    def _start(self) -> None:
        self.clearSpans()
        self.setRowCount(0)
        self.buttons = []

    def _heading(self, text: str, tip: str = "") -> None:
        row = self.rowCount()
        self.insertRow(row)
        item = QTableWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setToolTip(tip or text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.setItem(row, 0, item)
        self.setSpan(row, 0, 1, 3)

    def _line(
        self, member_id: int, who: str, why: str, action: str, run: Callable[[], None]
    ) -> None:
        row = self.rowCount()
        self.insertRow(row)
        name = QTableWidgetItem(who)
        name.setData(MEMBER_ROLE, member_id)
        name.setToolTip(who)
        self.setItem(row, 0, name)
        reason = QTableWidgetItem(why)
        reason.setToolTip(why)
        self.setItem(row, 1, reason)
        cell = QWidget(self)  # the button keeps its own height when the row grows
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(2, 0, 2, 0)
        button = QPushButton(action, cell)
        button.setObjectName("methodAction")
        button.clicked.connect(run)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setCellWidget(row, 2, cell)
        self.buttons.append(button)

    def _done(self, empty: str) -> None:
        if not self.rowCount():
            self._heading(empty)
        self.resizeRowsToContents()

    def _run(self, command: MembershipEdit) -> None:
        if self.undo_stack is None:
            return
        refused = runner_for(self.undo_stack).attempt(command)
        if refused is not None:
            QMessageBox.warning(self, command.text(), refused.message)

    def _on_clicked(self, item: QTableWidgetItem) -> None:
        member = item.data(MEMBER_ROLE)
        if member is not None:
            self.open_member.emit(int(member))


class ThresholdList(MethodList):
    """Members not meeting their group's thresholds, and thresholds not checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("dashboardThresholds", parent)

    def why(self, miss: Miss) -> str:
        """A miss in words."""
        if miss.kind == Threshold.PAYMENT:
            return self.tr("Paid until %1, not renewed (%n day(s) ago)", "", miss.done).replace(
                "%1", format_date(miss.last)
            )
        same_year = miss.first.year == miss.last.year == self.today.year
        shown = format_day_month if same_year else format_date
        return (
            self.tr("%1 of %2 from %3 to %4")
            .replace("%1", str(miss.done))
            .replace("%2", str(miss.needed))
            .replace("%3", shown(miss.first))
            .replace("%4", shown(miss.last))
        )

    def show_report(self, report: ThresholdReport) -> None:
        """Fill the list: per group and threshold a heading, its members, then what is not
        checked and why."""
        self._start()
        several = len({m.group_id for m in report.misses}) > 1
        sections: dict[tuple[str, int], list[Miss]] = {}
        for miss in report.misses:
            sections.setdefault((miss.kind, miss.group_id), []).append(miss)
        for (kind, _), found in sections.items():
            heading = (
                self.tr("Expired and not renewed · %1 (%2)")
                if kind == Threshold.PAYMENT
                else self.tr("Not meeting the activity threshold · %1 (%2)")
            )
            self._heading(
                heading.replace("%1", found[0].group_name).replace("%2", f"{len(found):,}")
            )
            for miss in found[:LINES_SHOWN]:
                who = f"{miss.name} · {miss.group_name}" if several else miss.name
                self._line(
                    miss.member_id, who, self.why(miss), self.tr("Mark left"), self._leave(miss)
                )
            if len(found) > LINES_SHOWN:
                more = self.tr("… and %1 more").replace("%1", f"{len(found) - LINES_SHOWN:,}")
                self._heading(more)
        for note in report.unchecked:
            text = (
                self.tr("Not checked · %1 · %2: %3")
                .replace("%1", note.group_name)
                .replace("%2", label_for(Threshold, note.kind))
                .replace("%3", note.reason)
            )
            self._heading(text, f"{note.text}\n{note.reason}")
        self._done(self.tr("Everyone meets the thresholds the app can check."))

    def _leave(self, miss: Miss) -> Callable[[], None]:
        def run() -> None:
            if self.database is None:
                return
            text = self.tr("Mark %1 as left %2").replace("%1", miss.name)
            self._run(
                MembershipEdit(
                    self,
                    self.database,
                    MembershipEdit.LEAVE,
                    miss.member_id,
                    miss.group_id,
                    self.today,
                    text.replace("%2", miss.group_name),
                )
            )

        return run


class PromotionList(MethodList):
    """Members whose contribution puts them above their role's peers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("dashboardPromotions", parent)

    def why(self, found: Promotion) -> str:
        """The contribution in words, and what the promotion is."""
        c = found.contribution
        return (
            self.tr("%1 → %2: %3 points (%4 messages, %5 attended, %6 hosted, %7 referred)")
            .replace("%1", label_for(Role, found.role))
            .replace("%2", label_for(Role, found.to_role))
            .replace("%3", f"{c.points:,}")
            .replace("%4", f"{c.messages:,}")
            .replace("%5", f"{c.attended:,}")
            .replace("%6", f"{c.hosted:,}")
            .replace("%7", f"{c.referred:,}")
        )

    def show_promotions(self, found: list[Promotion]) -> None:
        """Fill the list, highest contribution first."""
        self._start()
        several = len({p.group_id for p in found}) > 1
        if found:
            self._heading(
                self.tr("Suggested promotions, last 90 days (%1)").replace("%1", f"{len(found):,}"),
                self.tr(
                    "Top tenth of their role, above the median of the role they would get, "
                    "20 points at least: 1 per message, 5 per attendance, 10 per occurrence "
                    "hosted or member referred"
                ),
            )
        for each in found[:LINES_SHOWN]:
            who = f"{each.name} · {each.group_name}" if several else each.name
            self._line(each.member_id, who, self.why(each), self.tr("Promote"), self._promote(each))
        self._done(self.tr("Nobody stands out from their role's peers yet."))

    def _promote(self, found: Promotion) -> Callable[[], None]:
        def run() -> None:
            if self.database is None:
                return
            text = (
                self.tr("Promote %1 to %2")
                .replace("%1", found.name)
                .replace("%2", label_for(Role, found.to_role))
            )
            self._run(
                MembershipEdit(
                    self,
                    self.database,
                    MembershipEdit.ROLE,
                    found.member_id,
                    found.group_id,
                    self.today,
                    text,
                    found.to_role,
                )
            )

        return run
