"""Import ledger entries from a spreadsheet: the import wizard with the revenue target."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.models.exchange import revenue_import as ri
from desktop.models.exchange.sheets import ENCODING_NAMES, SheetData
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.db import Database
from desktop.views.exchange.import_wizard import ImportWizard, Step, Target


def field_labels() -> dict[str, str]:
    """What each revenue import field is called in the mapping combos."""
    tr = QCoreApplication.translate
    return {
        "day": tr("RevenueImportDialog", "Date"),  # 日期
        "group": tr("RevenueImportDialog", "Group"),  # 群
        "kind": tr("RevenueImportDialog", "Income / expense"),  # 收支
        "category": tr("RevenueImportDialog", "Category"),  # 类别
        "amount": tr("RevenueImportDialog", "Amount"),  # 金额
        "currency": tr("RevenueImportDialog", "Currency"),  # 币种
        "channel": tr("RevenueImportDialog", "Payment channel"),  # 渠道
        "member": tr("RevenueImportDialog", "Member"),  # 成员
        "event": tr("RevenueImportDialog", "Event"),  # 活动
        "partner": tr("RevenueImportDialog", "Partner"),  # 合伙人
        "note": tr("RevenueImportDialog", "Note"),  # 备注
        "item": tr("RevenueImportDialog", "Item (goes in the note)"),  # 商品（记入备注）
        "order": tr("RevenueImportDialog", "Order number"),  # 订单号
        "status": tr("RevenueImportDialog", "Order status"),  # 订单状态
    }


class RevenueImportDialog(ImportWizard):
    """Read a ledger sheet, let the owner fix the mapping, preview problems, import."""

    NAME = "revenueImport"
    TARGET = Target(ri.read_revenue_sheet, ri.REVENUE_FIELDS, field_labels)

    def __init__(
        self, parent: QWidget | None, database: Database, path: Path | None = None
    ) -> None:
        super().__init__(parent, database)
        self.plan: ri.RevenueImportPlan | None = None
        self.result_value: ri.RevenueImportResult | None = None
        self._start_up(path)

    def _target_texts(self) -> tuple[str, str]:
        return (
            self.tr("Import revenue entries"),
            self.tr("An .xlsx or .csv file with one entry a row: date, category, amount…"),
        )

    def _target_plan(self, step: Step) -> ri.RevenueImportPlan:
        assert step.sheet is not None
        return ri.plan_revenue_import(
            self.database, step.sheet, step.mapping, group_id=step.options.get("group_id"),
            progress=step.progress, cancelled=step.cancelled,
        )  # fmt: skip

    def _target_ready(self, plan: ri.RevenueImportPlan) -> bool:
        return bool(plan.rows) or bool(plan.invalid_rows)

    # ---- the group of rows that name none (an order sheet names none) ------------------------

    def _source_build(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("revenueImportGroup")
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_combo.addItem(self.tr("(no group)"), None)
        for ref in list_group_refs(self.database, include_archived=False):
            self.group_combo.addItem(ref.name, ref.id)
        row.addWidget(self.source_label, 1)
        row.addWidget(QLabel(self.tr("Group of rows without one:"), self))
        row.addWidget(self.group_combo)
        layout.addLayout(row)
        self.group_combo.activated.connect(self._on_mapping_changed)

    def _source_options(self) -> dict[str, Any]:
        return {"group_id": self.group_combo.currentData()}

    def _source_widgets(self) -> list[QWidget]:
        return [self.group_combo]

    def _target_apply(self, step: Step) -> ri.RevenueImportResult:
        return ri.apply_revenue_import(
            self.database, step.plan, valid_only=step.valid_only, progress=step.progress,
            cancelled=step.cancelled,
        )  # fmt: skip

    def _source_text(self, sheet: SheetData) -> str:
        if sheet.kind == "xlsx":
            kind = self.tr("Excel workbook, sheet %s") % sheet.sheet_name
        else:
            kind = self.tr("CSV text, %s") % ENCODING_NAMES.get(sheet.encoding, sheet.encoding)
        return (
            self.tr("%1 · header on row %2 · %3 rows below it")
            .replace("%1", kind)
            .replace("%2", str(sheet.header_row))
            .replace("%3", f"{len(sheet.rows):,}")
        )

    def _summary_text(self, plan: ri.RevenueImportPlan) -> str:
        text = self._row_counts(self.tr("%1 rows: %2 ready, %3 with problems."), plan)
        if plan.skipped_rows:
            text += " " + self.tr(
                "%1 orders left out (not paid, or in the ledger already); see the warnings."
            ).replace("%1", f"{len(plan.skipped_rows):,}")
        if plan.invalid_rows:
            text += " " + self.tr("Fix the file, or import the valid rows only.")
        elif not plan.rows:
            text += " " + self.tr("Nothing new to import.")
        return text

    # ---- entry points (tests patch these) --------------------------------------------------
