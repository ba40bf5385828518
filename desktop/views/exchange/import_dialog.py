"""Import members from a spreadsheet: the import wizard with the member list target."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Role
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import member_import as imp
from desktop.models.exchange.member_fields import MEMBER_FIELDS
from desktop.models.exchange.sheets import ENCODING_NAMES, SheetData
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.db import Database
from desktop.views.common import labels as code_labels
from desktop.views.exchange.import_wizard import ImportWizard, Step, Target

# The most role lines shown without scrolling.
ROLE_LINES_SHOWN = 4


def field_labels() -> dict[str, str]:
    """What each import field is called in the mapping combos."""
    tr = QCoreApplication.translate
    return {
        "name": tr("ImportDialog", "Name"),  # 姓名
        "nickname": tr("ImportDialog", "Nickname"),  # 昵称
        "wechat_id": tr("ImportDialog", "WeChat ID"),  # 微信号
        "phone": tr("ImportDialog", "Phone"),  # 手机
        "email": tr("ImportDialog", "Email"),  # 邮箱
        "joined": tr("ImportDialog", "Joined on"),  # 入群时间
        "group": tr("ImportDialog", "Group"),  # 所在群
        "role": tr("ImportDialog", "Role"),  # 角色
        "referrer": tr("ImportDialog", "Referred by"),  # 邀请人
        "tags": tr("ImportDialog", "Tags"),  # 标签
        "notes": tr("ImportDialog", "Notes"),  # 备注
        "paid_until": tr("ImportDialog", "Paid until"),  # 到期时间
    }


class ImportDialog(ImportWizard):
    """Read a member list, let the owner fix the column mapping, preview problems, import.

    Beyond the wizard: the sheet, the header row, a CSV file's delimiter, and the group
    the rows go to (the toolbar's group when the file has no group column).
    """

    NAME = "import"
    TARGET = Target(imp.read_sheet, MEMBER_FIELDS, field_labels)

    def __init__(
        self,
        parent: QWidget | None,
        database: Database,
        path: Path | None = None,
        default_group_id: int | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent, database)
        self.today = today
        self.default_group_id = default_group_id
        self.plan: imp.ImportPlan | None = None
        self.result_value: imp.ImportResult | None = None
        # The owner's choice for each role value no known word names (value -> code).
        self.role_choices: dict[str, str] = {}
        self.role_combos: list[QComboBox] = []
        self._start_up(path)

    # ---- the member list target -----------------------------------------------------------

    def _target_texts(self) -> tuple[str, str]:
        return self.tr("Import members"), self.tr("An .xlsx or .csv file with one member a row")

    def _target_plan(self, step: Step) -> imp.ImportPlan:
        sheet, mapping = step.sheet, step.mapping
        assert sheet is not None
        group_id = step.options["group_id"]
        chosen = mapping if mapping is not None else MEMBER_FIELDS.guess(sheet.headers)
        first_look = mapping is None or step.saved is not None  # not changed in this window
        if group_id is None and first_look and "group" not in chosen:
            group_id = self.default_group_id  # no group column: the toolbar's group
        if mapping is None:  # two columns titled alike: the owner maps them
            engine.check_same_titles(sheet, chosen)
        return imp.plan_import(
            self.database, sheet, chosen, group_id=group_id, today=self.today,
            role_map=step.options["role_map"], progress=step.progress, cancelled=step.cancelled,
        )  # fmt: skip

    def _target_apply(self, step: Step) -> imp.ImportResult:
        return imp.apply_import(
            self.database, step.plan, valid_only=step.valid_only, create_groups=True,
            progress=step.progress, cancelled=step.cancelled,
        )  # fmt: skip

    def _confirmed(self, plan: imp.ImportPlan) -> bool:
        if plan.new_groups and not self.confirm_new_groups(self, plan.new_groups):
            self.summary.setText(
                self.tr("Nothing was imported: the new groups were not confirmed.")
            )
            return False
        return True

    def _summary_text(self, plan: imp.ImportPlan) -> str:
        text = self._row_counts(
            self.tr("%1 rows: %2 ready, %3 with problems. Warnings: %4."), plan
        ).replace("%4", f"{len(plan.warnings):,}")
        if plan.new_groups:
            text += " " + self.tr("New groups: %s.") % imp.GROUP_SEPARATOR.join(plan.new_groups)
        if plan.unmapped_roles:
            text += " " + self.tr("Choose the role each unknown role value stands for.")
        elif plan.invalid_rows:
            text += " " + self.tr("Fix the file, or import the valid rows only.")
        return text

    def _target_ready(self, plan: imp.ImportPlan) -> bool:
        return not plan.unmapped_roles

    # ---- where the rows come from -------------------------------------------------------------

    def _source_build(self, layout: QVBoxLayout) -> None:
        """Where the data comes from: sheet, header row, and which groups rows go to."""
        source = QHBoxLayout()
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_label = QLabel(self.tr("Sheet:"), self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("importHeaderRow")
        self.header_spin.setRange(1, 1_048_576)
        self.header_spin.setKeyboardTracking(False)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("importGroup")
        self.group_combo.setMinimumContentsLength(16)
        # A CSV file's delimiter: the one found in the file is shown, another can be chosen.
        self.delimiter_label = QLabel(self.tr("Columns split by:"), self)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("importDelimiter")
        self.delimiter_combo.addItem(self.tr("Comma"), ",")
        self.delimiter_combo.addItem(self.tr("Tab"), "\t")
        self.delimiter_combo.addItem(self.tr("Semicolon"), ";")
        for widget in (self.delimiter_label, self.delimiter_combo):
            widget.hide()  # until a CSV file is read
        source.addWidget(self.source_label, 1)
        source.addWidget(self.delimiter_label)
        source.addWidget(self.delimiter_combo)
        source.addWidget(self.sheet_label)
        source.addWidget(self.sheet_combo)
        source.addWidget(QLabel(self.tr("Header on row:"), self))
        source.addWidget(self.header_spin)
        source.addSpacing(12)
        source.addWidget(QLabel(self.tr("Groups:"), self))
        source.addWidget(self.group_combo)
        layout.addLayout(source)
        self._roles_build(layout)
        self.group_combo.addItem(self.tr("From the file's group column"), None)
        for ref in list_group_refs(self.database):
            self.group_combo.addItem(self.tr("All rows into %s") % ref.name, ref.id)
        self.sheet_combo.activated.connect(self._on_sheet_changed)
        self.delimiter_combo.activated.connect(self._on_delimiter_changed)
        self.header_spin.valueChanged.connect(self._on_header_changed)
        self.group_combo.activated.connect(self._on_mapping_changed)

    def _source_options(self) -> dict[str, Any]:
        return {"group_id": self.group_combo.currentData(), "role_map": dict(self.role_choices)}

    def _source_widgets(self) -> list[QWidget]:
        return [
            self.sheet_combo, self.header_spin, self.group_combo, self.delimiter_combo,
            self.role_area,
        ]  # fmt: skip

    def _source_text(self, sheet: SheetData) -> str:
        if sheet.kind == "xlsx":
            kind = self.tr("Excel workbook")
        else:
            kind = self.tr("CSV text, %s") % ENCODING_NAMES.get(sheet.encoding, sheet.encoding)
        return (
            self.tr("%1 · %2 rows below the header")
            .replace("%1", kind)
            .replace("%2", f"{len(sheet.rows):,}")
        )

    def _source_fill(self, sheet: SheetData) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheet.sheet_names))
        self.sheet_combo.setCurrentText(sheet.sheet_name)
        for widget in (self.sheet_combo, self.sheet_label):
            widget.setVisible(len(sheet.sheet_names) > 1)
        self.delimiter_combo.setCurrentIndex(max(self.delimiter_combo.findData(sheet.delimiter), 0))
        for widget in (self.delimiter_combo, self.delimiter_label):
            widget.setVisible(sheet.kind == "csv")
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(sheet.header_row)
        self.header_spin.blockSignals(False)

    def _source_planned(self, plan: imp.ImportPlan) -> None:
        if plan.group_id is not None:
            self.group_combo.setCurrentIndex(self.group_combo.findData(plan.group_id))
        self._roles_fill(plan.unknown_roles)

    # ---- role values no known word names: one line each, with a role picker -------------------

    def _roles_build(self, layout: QVBoxLayout) -> None:
        self.role_area = QScrollArea(self)
        self.role_area.setObjectName("importRoles")
        self.role_area.setWidgetResizable(True)
        self.role_area.setFrameShape(QFrame.Shape.NoFrame)
        self.role_area.hide()  # until a file uses a role value nobody knows
        layout.addWidget(self.role_area)

    def _roles_fill(self, unknown: tuple[imp.UnknownRole, ...]) -> None:
        """One line per unknown role value: the value, its rows, and a role picker set to
        the role chosen (or remembered from an earlier import)."""
        panel = QWidget(self.role_area)
        grid = QGridLayout(panel)
        grid.setContentsMargins(4, 2, 4, 2)
        title = QLabel(self.tr("Roles this app doesn't know yet — choose what each stands for:"))
        grid.addWidget(title, 0, 0, 1, 3)
        self.role_combos = []
        choices = code_labels.choices(Role)
        for line, role in enumerate(unknown, start=1):
            text = self.tr("“%1” (%2 rows)").replace("%1", role.value)
            grid.addWidget(QLabel(text.replace("%2", f"{role.rows:,}"), panel), line, 0)
            combo = QComboBox(panel)
            combo.setObjectName(f"importRole{line - 1}")
            combo.addItem(self.tr("(choose a role)"), None)
            for code, label in choices:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(combo.findData(role.role), 0) if role.role else 0)
            combo.setProperty("roleValue", role.value)
            combo.activated.connect(self._on_role_chosen)
            grid.addWidget(combo, line, 1)
            self.role_combos.append(combo)
        grid.setColumnStretch(2, 1)
        self.role_area.setWidget(panel)
        self.role_area.setVisible(bool(unknown))
        shown = min(len(unknown), ROLE_LINES_SHOWN) + 1
        self.role_area.setFixedHeight(shown * (self.fontMetrics().height() + 14) + 8)

    def _on_role_chosen(self, *_args: object) -> None:
        for combo in self.role_combos:
            value, code = str(combo.property("roleValue")), combo.currentData()
            if code is None:
                self.role_choices.pop(value, None)
            else:
                self.role_choices[value] = str(code)
        self._on_mapping_changed()

    def _on_sheet_changed(self, *_args: object) -> None:
        if self.path is not None:  # another sheet: find its header afresh
            self.load(self.path, sheet=self.sheet_combo.currentText() or None)

    def _on_header_changed(self, row: int) -> None:
        if self.path is not None:
            self.load(
                self.path,
                sheet=self.sheet_combo.currentText() or None,
                header_row=row,
                delimiter=self._chosen_delimiter(),
            )

    def _on_delimiter_changed(self, *_args: object) -> None:
        if self.path is not None:  # split otherwise: the header is found afresh
            self.load(self.path, delimiter=self._chosen_delimiter())

    def _chosen_delimiter(self) -> str | None:
        """The delimiter the combo shows, for a CSV file (None for a workbook)."""
        if self.sheet is None or self.sheet.kind != "csv":
            return None
        return str(self.delimiter_combo.currentData())

    # ---- entry points (tests patch these) --------------------------------------------------

    @classmethod
    def confirm_new_groups(cls, parent: QWidget | None, names: tuple[str, ...]) -> bool:
        """Ask before creating the groups the file names that don't exist yet."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ImportDialog", "Create groups?"),
            QCoreApplication.translate(
                "ImportDialog", "The file names groups that don't exist yet:\n\n%1\n\nCreate them?"
            ).replace("%1", "\n".join(names)),
        )
        return answer == QMessageBox.StandardButton.Yes
