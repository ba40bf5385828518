"""A group's goal bands per metric, with effective-from dates, and a form to change them."""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Metric, Period
from desktop.models.core.errors import ValidationError
from desktop.models.groups import goals
from desktop.models.groups.goals import LEVEL_METRICS, Goal
from desktop.views.common.date_range import from_qdate, to_qdate
from desktop.views.common.formatting import format_yuan_input, parse_count, parse_money
from desktop.views.common.inline_errors import error_label
from desktop.views.common.labels import choices, label_for
from desktop.views.groups.group_commands import ChangeGoals, GoalBand, PanelHost
from desktop.views.groups.group_item_models import GoalsModel
from desktop.views.groups.rules_panel import table_view


class GoalsPanel(QWidget):
    """List every goal (past ones too) and add, edit or delete bands."""

    def __init__(self, host: PanelHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.group_id: int | None = None
        self.editing: Goal | None = None
        self.errors: dict[str, QLabel] = {}
        self._build_ui()
        self._connect_signals()
        self._on_new()

    # ---- construction -------------------------------------------------------------------

    def _error_label(self, field: str) -> QLabel:
        return error_label(self, field, self.errors)

    def _build_ui(self) -> None:
        intro = QLabel(
            self.tr(
                "A goal is a band: below the minimum or above the maximum is off-goal. A goal "
                "counts from its effective date, so past periods keep the goal in force then."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = GoalsModel(self)
        self.list = table_view(self, "goalList")
        self.list.setModel(self.model)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GoalsModel.BAND, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self._build_form())

    def _build_form(self) -> QGroupBox:
        self.form_box = QGroupBox(self)
        self.form_box.setObjectName("goalForm")
        self.metric_combo = QComboBox(self)
        self.metric_combo.setObjectName("goalMetric")
        for code, text in choices(Metric):
            self.metric_combo.addItem(text, code)
        self.period = QComboBox(self)
        self.period.setObjectName("goalPeriod")
        for code, text in choices(Period):
            self.period.addItem(text, code)
        self.minimum = QLineEdit(self)
        self.minimum.setObjectName("goalMin")
        self.maximum = QLineEdit(self)
        self.maximum.setObjectName("goalMax")
        self.maximum.setPlaceholderText(self.tr("no maximum"))
        self.unit = QLabel(self)
        self.unit.setObjectName("goalUnit")
        self.level_note = QLabel(self)
        self.level_note.setObjectName("goalLevelNote")
        self.level_note.setWordWrap(True)
        self.level_note.setStyleSheet("color: palette(placeholder-text);")
        self.effective = QDateEdit(self)
        self.effective.setObjectName("goalFrom")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.effective.setMinimumDate(QDate(2000, 1, 1))
        self.new_button = QPushButton(self.tr("&New goal"), self)
        self.new_button.setObjectName("goalNew")
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("goalDelete")
        self.save_button = QPushButton(self.tr("&Save goal"), self)
        self.save_button.setObjectName("goalSave")

        grid = QGridLayout(self.form_box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        cells: list[tuple[QWidget, tuple[int, ...]]] = [
            (QLabel(self.tr("Metric:"), self), (0, 0)),
            (self.metric_combo, (0, 1)),
            (QLabel(self.tr("Period:"), self), (0, 2)),
            (self.period, (0, 3)),
            (self._error_label("metric"), (1, 1)),
            (self._error_label("period"), (1, 3)),
            (QLabel(self.tr("Minimum:"), self), (2, 0)),
            (self.minimum, (2, 1)),
            (QLabel(self.tr("Maximum:"), self), (2, 2)),
            (self.maximum, (2, 3)),
            (self.unit, (2, 4)),
            (self.level_note, (6, 1, 1, 4)),
            (self._error_label("min_value"), (3, 1)),
            (self._error_label("max_value"), (3, 3, 1, 2)),
            (QLabel(self.tr("Effective from:"), self), (4, 0)),
            (self.effective, (4, 1)),
            (self._error_label("effective_from"), (5, 1, 1, 3)),
        ]
        for widget, position in cells:
            grid.addWidget(widget, *position)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 8, 0, 1, 5)
        self.general_error = self._error_label("goal")
        grid.addWidget(self.general_error, 7, 0, 1, 5)
        return self.form_box

    def _connect_signals(self) -> None:
        self.list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.metric_combo.currentIndexChanged.connect(self._update_unit)
        self.new_button.clicked.connect(self._on_new)
        self.save_button.clicked.connect(self._on_save)
        self.delete_button.clicked.connect(self._on_delete)

    # ---- state --------------------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        """Show another group's goals (None: nothing)."""
        self.group_id = group_id
        self.refresh()
        self._on_new()

    def refresh(self) -> None:
        """Reload the goals, keeping the selected one selected."""
        keep = self.selected()
        database = self.host.database
        if self.group_id is None or database is None:
            self.model.set_goals([], self.host.today())
        else:
            self.model.set_goals(goals.list_goals(database, self.group_id), self.host.today())
        if keep is not None:
            self.select_goal(keep.metric, keep.effective_from)
        self._update_buttons()

    def selected(self) -> Goal | None:
        """The selected goal (read through RowRole)."""
        rows = self.list.selectionModel().selectedRows()
        return rows[0].data(GoalsModel.RowRole) if rows else None

    def select_goal(self, metric: str, effective_from: object) -> None:
        """Select the goal of a metric from a date, if shown."""
        for row, goal in enumerate(self.model.rows()):
            if goal.metric == metric and goal.effective_from == effective_from:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def _update_buttons(self) -> None:
        enabled = self.group_id is not None
        self.form_box.setEnabled(enabled)
        self.delete_button.setEnabled(enabled and self.editing is not None)
        self.form_box.setTitle(
            self.tr("Edit the selected goal") if self.editing else self.tr("New goal")
        )

    def _update_unit(self, *_args: object) -> None:
        metric = str(self.metric_combo.currentData())
        self.unit.setText(self.tr("yuan") if metric == Metric.REVENUE else "")
        self.level_note.setText(
            self.tr("A level, not a count: the same band holds for a week or a month.")
            if metric in LEVEL_METRICS
            else self.tr("A count: the band is scaled to the length of the period shown.")
        )
        self.period.setEnabled(metric not in LEVEL_METRICS)

    def _fill(self, goal: Goal | None) -> None:
        self.editing = goal
        self.clear_errors()
        if goal is None:
            self.minimum.clear()
            self.maximum.clear()
            self.effective.setDate(to_qdate(self.host.today()))
        else:
            self.metric_combo.setCurrentIndex(max(self.metric_combo.findData(goal.metric), 0))
            self.period.setCurrentIndex(max(self.period.findData(goal.period), 0))
            self.minimum.setText(self._amount_text(goal.metric, goal.min_value))
            maximum = goal.max_value
            self.maximum.setText("" if maximum is None else self._amount_text(goal.metric, maximum))
            self.effective.setDate(to_qdate(goal.effective_from))
        self._update_unit()
        self._update_buttons()

    @staticmethod
    def _amount_text(metric: str, value: int) -> str:
        return format_yuan_input(value) if metric == Metric.REVENUE else str(value)

    def _parse(self, field: str, text: str, metric: str) -> int:
        try:
            return parse_money(text) if metric == Metric.REVENUE else parse_count(text)
        except ValueError:
            message = (
                self.tr("Enter an amount in yuan, such as 5000.")
                if metric == Metric.REVENUE
                else self.tr("Enter a whole number.")
            )
            raise ValidationError(field, message) from None

    def band(self) -> GoalBand:
        """The band in the form; ValidationError when a number is unreadable."""
        metric = str(self.metric_combo.currentData())
        min_text, max_text = self.minimum.text().strip(), self.maximum.text().strip()
        if not min_text:
            raise ValidationError("min_value", self.tr("Enter the minimum (0 for none)."))
        low = self._parse("min_value", min_text, metric)
        high = self._parse("max_value", max_text, metric) if max_text else None
        return GoalBand(
            metric, str(self.period.currentData()), low, high, from_qdate(self.effective.date())
        )

    def show_error(self, error: ValidationError) -> None:
        """Show a refused field's message under it."""
        self.clear_errors()
        label = self.errors.get(error.field, self.general_error)
        label.setText(error.message)
        label.show()

    def clear_errors(self) -> None:
        """Hide every message."""
        for label in self.errors.values():
            label.clear()
            label.hide()

    # ---- actions ------------------------------------------------------------------------

    def _on_selection_changed(self, *_args: object) -> None:
        goal = self.selected()
        if goal is not None:
            self._fill(goal)

    def _on_new(self) -> None:
        self.list.clearSelection()
        self._fill(None)

    def _on_save(self) -> None:
        database = self.host.database
        if self.group_id is None or database is None:
            return
        try:
            band = self.band()
        except ValidationError as exc:
            self.show_error(exc)
            return
        before = [GoalBand.of(self.editing)] if self.editing is not None else []
        for goal in self.model.rows():
            # a goal of the same metric from the same day is replaced; keep it for undo
            same_key = (goal.metric, goal.effective_from) == (band.metric, band.effective_from)
            if same_key and (self.editing is None or goal.id != self.editing.id):
                before.append(GoalBand.of(goal))
        metric = label_for(Metric, band.metric)
        text = (self.tr("Edit goal: %1") if before else self.tr("Set goal: %1")).replace(
            "%1", metric
        )
        error = self.host.execute(
            ChangeGoals(self.host, database, self.group_id, before, [band], text)
        )
        if error is not None:
            self.show_error(error)
            return
        self.clear_errors()
        self.select_goal(band.metric, band.effective_from)

    def _on_delete(self) -> None:
        database = self.host.database
        goal = self.editing
        if goal is None or self.group_id is None or database is None:
            return
        text = self.tr("Delete goal: %1").replace("%1", label_for(Metric, goal.metric))
        error = self.host.execute(
            ChangeGoals(self.host, database, self.group_id, [GoalBand.of(goal)], [], text)
        )
        if error is not None:
            self.show_error(error)
            return
        self._on_new()
