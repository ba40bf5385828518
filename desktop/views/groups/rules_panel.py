"""The rules (群规) of one group: numbered, reorderable, retired, and their history."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.groups import rules
from desktop.models.groups.rules import Rule
from desktop.views.groups.group_commands import (
    AddRule,
    EditRule,
    GroupCommand,
    MoveRule,
    PanelHost,
    RestoreRule,
    RetireRule,
)
from desktop.views.groups.group_dialogs import TextDialog
from desktop.views.groups.group_item_models import RuleHistoryModel, RulesModel


def table_view(parent: QWidget, name: str) -> QTableView:
    """A compact, read-only, whole-row-selecting table as every list of this tab uses."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    return view


class RulesPanel(QWidget):
    """Add, edit, reorder and retire a group's rules; every change shows in the history."""

    def __init__(self, host: PanelHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.group_id: int | None = None
        self._build_ui()
        self._connect_signals()
        self._update_buttons()

    def _build_ui(self) -> None:
        self.model = RulesModel(self)
        self.history_model = RuleHistoryModel(self)
        intro = QLabel(
            self.tr(
                "Rules are numbered and improved over time. Retire a rule instead of deleting "
                "it: every change is kept in the history below."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = table_view(self, "ruleList")
        self.list.setModel(self.model)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(RulesModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RulesModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (RulesModel.ADDED, RulesModel.RETIRED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setColumnHidden(RulesModel.RETIRED, True)

        self.add_button = self._button("ruleAdd", self.tr("&Add…"))
        self.edit_button = self._button("ruleEdit", self.tr("&Edit…"))
        self.up_button = self._button("ruleUp", self.tr("Move &up"))
        self.down_button = self._button("ruleDown", self.tr("Move do&wn"))
        self.retire_button = self._button("ruleRetire", self.tr("&Retire"))
        self.restore_button = self._button("ruleRestore", self.tr("Re&store"))
        self.show_retired = QCheckBox(self.tr("Show retired rules"), self)
        self.show_retired.setObjectName("ruleShowRetired")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.retire_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        intro_row = QHBoxLayout()
        intro_row.addWidget(intro, 1)
        intro_row.addWidget(self.show_retired, 0, Qt.AlignmentFlag.AlignBottom)
        top_layout.addLayout(intro_row)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self._build_history())
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_history(self) -> QWidget:
        self.history = table_view(self, "ruleHistory")
        self.history.setModel(self.history_model)
        header = self.history.horizontalHeader()
        for column in (RuleHistoryModel.WHEN, RuleHistoryModel.ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RuleHistoryModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        bottom = QWidget(self)
        layout = QVBoxLayout(bottom)
        layout.setContentsMargins(0, 6, 0, 0)
        title = QLabel(self.tr("<b>History</b> — when each rule was added, changed or retired"))
        title.setBuddy(self.history)
        layout.addWidget(title)
        layout.addWidget(self.history, 1)
        return bottom

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(1))
        self.retire_button.clicked.connect(self._on_retire)
        self.restore_button.clicked.connect(self._on_restore)
        self.show_retired.toggled.connect(self._on_show_retired)
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list.doubleClicked.connect(self._on_edit)

    # ---- state --------------------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        """Show another group's rules (None: nothing)."""
        self.group_id = group_id
        self.refresh()

    def refresh(self) -> None:
        """Reload rules and history, keeping the selected rule selected."""
        keep = self.selected()
        database = self.host.database
        if self.group_id is None or database is None:
            self.model.set_rows([])
            self.history_model.set_rows([])
        else:
            self.model.set_rows(
                rules.list_rules(database, self.group_id, self.show_retired.isChecked())
            )
            self.history_model.set_rows(rules.rule_history(database, self.group_id))
        if keep is not None:
            self.select_rule(keep.id)
        self._update_buttons()

    def selected(self) -> Rule | None:
        """The selected rule (read through RowRole)."""
        rows = self.list.selectionModel().selectedRows()
        return rows[0].data(RulesModel.RowRole) if rows else None

    def select_rule(self, rule_id: int) -> None:
        """Select a rule by id, if shown."""
        for row, rule in enumerate(self.model.rows()):
            if rule.id == rule_id:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    def _active_count(self) -> int:
        return sum(1 for rule in self.model.rows() if rule.active)

    def _update_buttons(self, *_args: object) -> None:
        rule = self.selected()
        active = rule is not None and rule.active
        self.add_button.setEnabled(self.group_id is not None)
        self.edit_button.setEnabled(active)
        self.retire_button.setEnabled(active)
        self.up_button.setEnabled(active and rule is not None and rule.position > 1)
        self.down_button.setEnabled(
            active and rule is not None and rule.position < self._active_count()
        )
        self.restore_button.setVisible(self.show_retired.isChecked())
        self.restore_button.setEnabled(rule is not None and not rule.active)

    # ---- actions ------------------------------------------------------------------------

    def _run(self, command: GroupCommand) -> bool:
        error = self.host.execute(command)
        if error is not None:
            QMessageBox.warning(
                self,
                self.tr("Rule not changed"),
                self.tr("%1\n\nNothing was changed.").replace("%1", error.message),
            )
            return False
        return True

    def _on_add(self) -> None:
        database = self.host.database
        if self.group_id is None or database is None:
            return
        number = self._active_count() + 1
        text = TextDialog.ask(
            self,
            self.tr("Add rule"),
            self.tr("Rule %1:").replace("%1", str(number)),
            multiline=True,
        )
        if text is None:
            return
        command = AddRule(self.host, database, self.group_id, text)
        if self._run(command):
            self.select_rule(command.rule_id)

    def _on_edit(self, *_args: object) -> None:
        rule = self.selected()
        database = self.host.database
        if rule is None or not rule.active or self.group_id is None or database is None:
            return
        text = TextDialog.ask(
            self,
            self.tr("Edit rule"),
            self.tr("Rule %1:").replace("%1", str(rule.position)),
            rule.text,
            multiline=True,
        )
        if text is None or text == rule.text:
            return
        self._run(EditRule(self.host, database, self.group_id, rule.id, rule.text, text))

    def _on_move(self, step: int) -> None:
        rule = self.selected()
        database = self.host.database
        if rule is None or not rule.active or self.group_id is None or database is None:
            return
        target = rule.position + step
        if not 1 <= target <= self._active_count():
            return
        if self._run(MoveRule(self.host, database, self.group_id, rule.id, rule.position, target)):
            self.select_rule(rule.id)

    def _on_retire(self) -> None:
        rule = self.selected()
        database = self.host.database
        if rule is None or not rule.active or self.group_id is None or database is None:
            return
        self._run(RetireRule(self.host, database, self.group_id, rule.id, rule.position))

    def _on_restore(self) -> None:
        rule = self.selected()
        database = self.host.database
        if rule is None or rule.active or self.group_id is None or database is None:
            return
        if self._run(RestoreRule(self.host, database, self.group_id, rule.id)):
            self.select_rule(rule.id)

    def _on_show_retired(self, shown: bool) -> None:
        self.list.setColumnHidden(RulesModel.RETIRED, not shown)
        self.refresh()
