"""The Dashboard tab: activity against goal bands, growth, revenue, structure and nudges.

The charts (and pyqtgraph) are built when the tab first gets a database or is shown. A
change of group or range draws the main chart at once and the other panels after it while
the switch is quick, else in the next turns of the event loop, as many per turn as fit in
a short budget, so the window never waits long for all of them; figures read for a scope
are kept, so switching the metric or the period only re-buckets them.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCursor, QHideEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.clock import SYSTEM_CLOCK, Clock
from desktop.models.core.codes import Metric, Period
from desktop.models.core.errors import ValidationError, WriteFailedError
from desktop.models.core.scope import Scope
from desktop.models.dashboard import dashboard, level_mix, nudges
from desktop.models.dashboard.facts import Facts
from desktop.models.dashboard.promotions import promotions
from desktop.models.dashboard.thresholds import threshold_report
from desktop.models.storage.db import Database
from desktop.views.common.field_labels import error_text
from desktop.views.common.labels import label_for
from desktop.views.common.undo import Change
from desktop.views.dashboard.dashboard_method import PromotionList, ThresholdList
from desktop.views.dashboard.dashboard_panels import (
    LeadersTable,
    LevelMixBar,
    NudgeList,
    Scorecards,
)
from desktop.views.texts.chat_texts import open_renewals

if TYPE_CHECKING:
    from desktop.views.dashboard.dashboard_figures import (
        ActivityChart,
        GrowthChart,
        RevenueChart,
        StructureChart,
    )

LEADERS_SHOWN = 12  # rows of the leaders' table
CACHED_SCOPES = 6  # scopes whose figures are kept (switching back is instant)
STEP_BUDGET_S = 0.05  # queued panels drawn in one turn of the event loop until this is spent
# a switch draws panels before the window paints while it has taken less than this
SWITCH_BUDGET_S = 0.1


class DashboardTab(QWidget):
    """Charts and lists of one scope; clicking a nudge asks to open its member or event."""

    open_member = Signal(int)
    open_event = Signal(int)

    def __init__(
        self,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTab")
        self.undo_stack = undo_stack
        self.clock = clock  # the session's: asked for today each time it matters
        self.database: Database | None = None
        self.scope: Scope | None = None
        self.activity: ActivityChart | None = None
        self.growth: GrowthChart | None = None
        self.revenue: RevenueChart | None = None
        self.structure: StructureChart | None = None
        self._facts: OrderedDict[Scope, Facts] = OrderedDict()
        self._panels: dict[tuple[Scope, str], Any] = {}
        self._nudges: dict[tuple[int | None, dt.date], nudges.Nudges] = {}
        # the method's lists read every member's activity: read when their tab is shown,
        # then kept per group and day like the nudges
        self._method: dict[tuple[str, int | None, dt.date], Any] = {}
        self._pending: list[Callable[[], None]] = []
        self._step = QTimer(self)
        self._step.setSingleShot(True)
        self._step.setInterval(0)
        self._build_ui()
        self._connect_signals()

    def today(self) -> dt.date:
        """The day nudges are computed for: asked of the session's clock each time."""
        return self.clock.today()

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.metric_box = QComboBox(self)
        self.metric_box.setObjectName("dashboardMetric")
        for code in dashboard.ACTIVITY_METRICS:
            self.metric_box.addItem(label_for(Metric, code), code.value)
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("dashboardPeriod")
        self.period_box.addItem(self.tr("By week"), Period.WEEK.value)
        self.period_box.addItem(self.tr("By month"), Period.MONTH.value)
        self.scorecards = Scorecards(self)
        bar = QHBoxLayout()
        bar.addWidget(self.scorecards, 1)

        self.nudges = NudgeList(self)
        self.leaders = LeadersTable(self)
        self.level_mix = LevelMixBar(self)
        self.thresholds = ThresholdList(self)
        self.promotions = PromotionList(self)
        self.lists = QTabWidget(self)
        self.lists.setObjectName("dashboardLists")
        self.lists.setDocumentMode(True)
        self.lists.addTab(self.nudges, self.tr("Who to nudge today"))
        self.lists.addTab(self.thresholds, self.tr("Thresholds"))
        self.lists.addTab(self.promotions, self.tr("Promote"))
        self.target_leaders = self._percent("dashboardTargetLeaders", level_mix.DEFAULT_LEADERS_BP)
        self.target_active = self._percent("dashboardTargetActive", level_mix.DEFAULT_ACTIVE_BP)
        side = QVBoxLayout()
        side.addWidget(self.lists, 3)
        side.addWidget(QLabel("<b>" + self.tr("Leaders' activity") + "</b>", self))
        side.addWidget(self.leaders, 2)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        body = QHBoxLayout()
        body.addLayout(self.grid, 1)
        body.addLayout(side)
        self.side_width = max(320, self.fontMetrics().horizontalAdvance("M") * 28)
        self.lists.setFixedWidth(self.side_width)
        self.leaders.setFixedWidth(self.side_width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addLayout(body, 1)

    def _percent(self, name: str, basis_points: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(0, 100)
        box.setSuffix("%")
        box.setValue(basis_points // 100)
        return box

    def _build_charts(self) -> None:
        """Create the pyqtgraph charts (imports pyqtgraph on first call)."""
        if self.activity is not None:
            return
        from desktop.views.dashboard.dashboard_figures import (
            ActivityChart,
            GrowthChart,
            RevenueChart,
            StructureChart,
        )

        self.activity = ActivityChart(self)
        # the metric and period belong to the main chart: they sit under its title
        self.activity.controls.insertWidget(0, self.metric_box)
        self.activity.controls.insertWidget(1, self.period_box)
        self.growth = GrowthChart(self)
        self.revenue = RevenueChart(self)
        self.structure = StructureChart(self)
        mix = QWidget(self)
        box = QVBoxLayout(mix)
        box.setContentsMargins(4, 0, 4, 0)
        targets = QHBoxLayout()
        targets.addWidget(QLabel("<b>" + self.tr("Level mix") + "</b>", mix), 1)
        targets.addWidget(QLabel(self.tr("target leaders"), mix))
        targets.addWidget(self.target_leaders)
        targets.addWidget(QLabel(self.tr("active"), mix))
        targets.addWidget(self.target_active)
        box.addLayout(targets)
        box.addWidget(self.level_mix)
        structure = QVBoxLayout()
        structure.addWidget(self.structure, 1)
        structure.addWidget(mix)
        self.grid.addWidget(self.activity, 0, 0)
        self.grid.addWidget(self.growth, 0, 1)
        self.grid.addWidget(self.revenue, 1, 0)
        self.grid.addLayout(structure, 1, 1)
        for n in (0, 1):
            self.grid.setRowStretch(n, 1)
            self.grid.setColumnStretch(n, 1)

    def _connect_signals(self) -> None:
        self.metric_box.currentIndexChanged.connect(self._on_metric_changed)
        self.period_box.currentIndexChanged.connect(self._on_period_changed)
        self.target_leaders.valueChanged.connect(self._on_target_changed)
        self.target_active.valueChanged.connect(self._on_target_changed)
        self.nudges.open_member.connect(self.open_member)
        self.nudges.open_event.connect(self.open_event)
        self.thresholds.open_member.connect(self.open_member)
        self.promotions.open_member.connect(self.open_member)
        self.nudges.remind_renewals.connect(self._on_remind_renewals)
        # a lambda: a method slot is looked up by name on a tab that may be going away
        self.lists.currentChanged.connect(lambda _index: self._draw_method())
        self._step.timeout.connect(self._run_next)

    # ---- the tab protocol ---------------------------------------------------------------

    def set_database(self, database: Database) -> None:
        """Point the tab at another database (and its owner's target level mix)."""
        self.database = database
        self._forget()
        self._build_charts()
        self.refresh()

    def _on_remind_renewals(self) -> None:
        """The renewal reminders of the scope's group (or every group), ready to copy."""
        if self.database is not None:
            group_id = self.scope.group_id if self.scope is not None else None
            open_renewals(self, self.database, group_id, self.today())

    def set_scope(self, scope: Scope) -> None:
        """Show this group and date range."""
        self.scope = scope
        self.refresh()

    def stale_after(self, change: Change) -> bool:
        """Any edit can move a chart or a nudge."""
        del change
        return True

    def reload(self) -> None:
        """Re-read everything (the data changed elsewhere)."""
        self._forget()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Charts are built on first show at the latest; queued panels resume."""
        self._build_charts()
        super().showEvent(event)
        if self._pending:
            self._step.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """A hidden dashboard draws nothing (its window may be closing with the database)."""
        self._step.stop()
        super().hideEvent(event)

    def _forget(self) -> None:
        self._facts.clear()
        self._panels.clear()
        self._nudges.clear()
        self._method.clear()

    # ---- drawing ------------------------------------------------------------------------

    def current_metric(self) -> str:
        """The metric code of the main chart."""
        return str(self.metric_box.currentData())

    def current_period(self) -> str:
        """ "week" or "month"."""
        return str(self.period_box.currentData())

    def facts(self) -> Facts | None:
        """The figures of the current scope (read on first use, kept for a few scopes)."""
        if self.database is None or self.scope is None:
            return None
        found = self._facts.get(self.scope)
        if found is None:
            found = self._facts[self.scope] = Facts(self.database, self.scope)
            while len(self._facts) > CACHED_SCOPES:
                dropped, _ = self._facts.popitem(last=False)
                self._panels = {k: v for k, v in self._panels.items() if k[0] != dropped}
        else:
            self._facts.move_to_end(self.scope)
        return found

    def refresh(self) -> None:
        """Draw the main chart now, then the other panels while the switch budget lasts;
        what is left waits for the next turns of the event loop."""
        if self.facts() is None:
            return
        started = time.perf_counter()
        self._build_charts()
        self._load_targets()
        self.draw_activity()
        self._pending = [
            self.draw_scorecards,
            self.draw_growth,
            self.draw_revenue,
            self.draw_structure,
            self.draw_nudges,
        ]
        if not self.isVisible():
            return  # drawn when shown
        # one paint for the whole switch when the figures come quickly (the usual case)
        while self._pending and time.perf_counter() - started < SWITCH_BUDGET_S:
            self._pending.pop(0)()
        if self._pending:
            self._step.start()

    def _run_next(self) -> None:
        # panels are drawn together while they are quick (figures already read), so the
        # window paints once per switch; slow ones still leave it room to paint between them
        started = time.perf_counter()
        while self._pending:
            self._pending.pop(0)()
            if time.perf_counter() - started > STEP_BUDGET_S:
                break
        if self._pending:
            self._step.start()

    def finish(self) -> None:
        """Draw every queued panel now (tests, screenshots)."""
        self._step.stop()
        while self._pending:
            self._pending.pop(0)()

    def is_drawn(self) -> bool:
        """Whether no panel is waiting to be drawn."""
        return not self._pending

    def is_loaded(self) -> bool:
        """Whether every panel is drawn (what the smoke run waits for)."""
        return self.is_drawn()

    def _cached(self, name: str, compute: Callable[[], Any]) -> Any:
        assert self.scope is not None
        key = (self.scope, name)
        if key not in self._panels:
            self._panels[key] = compute()
        return self._panels[key]

    def draw_activity(self) -> None:
        """The main chart for the chosen metric and period."""
        facts = self.facts()
        if facts is None or self.activity is None:
            return
        series = dashboard.metric_series(facts, self.current_metric(), self.current_period())
        self.activity.show_series(series, all_groups=facts.scope.group_id is None)

    def draw_scorecards(self) -> None:
        """Goal cards for a group; a row per group for all groups."""
        facts = self.facts()
        if facts is None:
            return
        if facts.scope.group_id is None:
            self.scorecards.show_groups(dashboard.group_scores(facts))
        else:
            self.scorecards.show_checks(dashboard.scorecards(facts))

    def draw_growth(self) -> None:
        """Members over time."""
        facts = self.facts()
        if facts is not None and self.growth is not None:
            self.growth.show_growth(
                dashboard.member_growth(facts, self.current_period()), self.current_period()
            )

    def draw_revenue(self) -> None:
        """Monthly revenue of the first currency (CNY); the others are named."""
        facts = self.facts()
        if facts is None or self.revenue is None:
            return
        series = dashboard.revenue_series(facts, Period.MONTH)
        used = [s.currency for s in series if any(p.income or p.expense for p in s.points)]
        self.revenue.show_revenue(series[0], Period.MONTH, used[1:] if used else [])

    def draw_structure(self) -> None:
        """The role pyramid, the level mix and the leaders' activity."""
        facts = self.facts()
        if facts is None or self.structure is None:
            return
        pyramid = self._cached("pyramid", lambda: dashboard.role_pyramid(facts.db, facts.scope))
        self.structure.show_pyramid(pyramid)
        # every leader: the ring's check weighs what each hosted; the table shows the busiest
        leaders = self._cached(
            "leaders",
            lambda: dashboard.leader_activity(facts.db, facts.scope, limit=10_000, facts=facts),
        )
        self._draw_level_mix()
        self.leaders.show_rows(leaders[:LEADERS_SHOWN])

    def _draw_level_mix(self) -> None:
        scope, database = self.scope, self.database
        if scope is None or database is None or (scope, "pyramid") not in self._panels:
            return
        leaders = self.target_leaders.value() * 100
        active = min(self.target_active.value() * 100, 10_000 - leaders)
        structure = self._structure()
        peers = level_mix.RING_PEER_ROLES  # a ring's check weighs what its peers hosted
        hosted = [r.hosted for r in self._panels.get((scope, "leaders"), []) if r.role in peers]
        mix = level_mix.level_mix(
            self._panels[(scope, "pyramid")], leaders, active, structure, hosted
        )
        self.level_mix.show_mix(mix)

    def _structure(self) -> str:
        """The scope's group's structure; "" for all groups (pyramids and rings summed are
        checked for their active middle only)."""
        if self.database is None or self.scope is None or self.scope.group_id is None:
            return ""
        return level_mix.group_structure(self.database, self.scope.group_id)

    def _load_targets(self) -> None:
        """Show the scope's group's targets; for all groups they are not editable."""
        if self.database is None or self.scope is None:
            return
        group = self.scope.group_id
        self._show_targets(*level_mix.level_mix_targets(self.database, group))
        for box in (self.target_leaders, self.target_active):
            box.setEnabled(group is not None)
            box.setToolTip(
                self.tr("The target of the group shown; its default follows its structure")
                if group is not None
                else self.tr("Targets are set per group: choose a group")
            )

    def draw_nudges(self) -> None:
        """Who to nudge today."""
        facts = self.facts()
        if facts is None:
            return
        # today's list of a group does not depend on the range: kept per group and day
        key = (facts.scope.group_id, self.today())
        found = self._nudges.get(key)
        if found is None:
            found = self._nudges[key] = nudges.nudges(facts.db, key[0], key[1])
        self.nudges.show_nudges(found.lines, found.totals)
        for listing in (self.thresholds, self.promotions):
            listing.bind(facts.db, self.undo_stack, key[1])
            listing.shown_for = None  # filled again when its tab is shown
        self._draw_method()

    def _draw_method(self) -> None:
        """Fill the threshold or promotion list if its tab is the one shown."""
        facts = self.facts()
        shown = self.lists.currentWidget()
        if facts is None or shown not in (self.thresholds, self.promotions):
            return
        key = (facts.scope.group_id, self.today())
        if shown.shown_for == key:
            return
        shown.shown_for = key
        if shown is self.thresholds:
            report = self._method.get(("thresholds", *key))
            if report is None:
                report = self._method[("thresholds", *key)] = threshold_report(facts.db, *key)
            self.thresholds.show_report(report)
        else:
            found = self._method.get(("promotions", *key))
            if found is None:
                found = self._method[("promotions", *key)] = promotions(facts.db, *key)
            self.promotions.show_promotions(found)

    # ---- handlers -----------------------------------------------------------------------

    def _on_metric_changed(self, _index: int) -> None:
        self.draw_activity()

    def _on_period_changed(self, _index: int) -> None:
        self.draw_activity()
        self.draw_growth()

    def _show_targets(self, leaders_bp: int, active_bp: int) -> None:
        """Put saved targets in the spin boxes without saving them back."""
        for box, value in ((self.target_leaders, leaders_bp), (self.target_active, active_bp)):
            box.blockSignals(True)
            box.setMaximum(100)
            box.setValue(value // 100)
            box.blockSignals(False)
        self._limit_targets()

    def _limit_targets(self) -> None:
        # the two shares can never add up to more than everyone
        for box, other in (
            (self.target_leaders, self.target_active),
            (self.target_active, self.target_leaders),
        ):
            box.blockSignals(True)
            box.setMaximum(100 - other.value())
            box.blockSignals(False)

    def _on_target_changed(self, _value: int) -> None:
        self._limit_targets()
        self._draw_level_mix()
        database = self.database
        if database is None or database.read_only:
            return  # a database opened for viewing keeps the targets for this session only
        group = self.scope.group_id if self.scope is not None else None
        if group is None:
            return
        try:
            level_mix.save_level_mix_targets(
                database,
                group,
                (self.target_leaders.value() * 100, self.target_active.value() * 100),
            )
        except (ValidationError, WriteFailedError) as exc:
            QToolTip.showText(
                QCursor.pos(),
                self.tr("The target mix could not be saved: %1").replace("%1", error_text(exc)),
                self,
            )
