"""Import ledger entries from a spreadsheet: the import wizard with the revenue target."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import revenue_import as ri
from desktop.models.exchange.sheets import ENCODING_NAMES, SheetData
from desktop.models.storage.db import Database
from desktop.views.exchange.import_wizard import ImportWizard


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
    }


class RevenueImportDialog(ImportWizard):
    """Read a ledger sheet, let the owner fix the mapping, preview problems, import."""

    NAME = "revenueImport"

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

    def _target_labels(self) -> dict[str, str]:
        return field_labels()

    def _target_read(self, path: Path, **source: Any) -> SheetData:
        return ri.read_revenue_sheet(path, **source)

    def _target_guess(self, headers: tuple[str, ...]) -> tuple[str | None, ...]:
        return ri.REVENUE_FIELDS.guess(headers)

    def _target_plan(
        self,
        sheet: SheetData,
        mapping: tuple[str | None, ...] | None,
        options: dict[str, Any],
        progress: engine.ProgressFn,
        cancelled: engine.CancelledFn,
    ) -> ri.RevenueImportPlan:
        return ri.plan_revenue_import(
            self.database, sheet, mapping, progress=progress, cancelled=cancelled
        )

    def _target_apply(
        self,
        plan: ri.RevenueImportPlan,
        valid_only: bool,
        progress: engine.ProgressFn,
        cancelled: engine.CancelledFn,
    ) -> ri.RevenueImportResult:
        return ri.apply_revenue_import(
            self.database, plan, valid_only=valid_only, progress=progress, cancelled=cancelled
        )

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
        text = (
            self.tr("%1 rows: %2 ready, %3 with problems.")
            .replace("%1", f"{len(plan.rows) + len(plan.invalid_rows):,}")
            .replace("%2", f"{len(plan.rows):,}")
            .replace("%3", f"{len(plan.invalid_rows):,}")
        )
        if plan.invalid_rows:
            text += " " + self.tr("Fix the file, or import the valid rows only.")
        return text

    # ---- entry points (tests patch these) --------------------------------------------------

    @classmethod
    def choose_file(cls, parent: QWidget | None) -> Path | None:
        """Ask for the spreadsheet to import; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("RevenueImportDialog", "Import revenue entries"),
            "",
            QCoreApplication.translate(
                "RevenueImportDialog", "Ledger sheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"
            ),
        )
        return Path(name) if name else None

    @classmethod
    def ask(
        cls, parent: QWidget | None, database: Database, path: Path | None = None
    ) -> ri.RevenueImportResult | None:
        """Pick a file (unless given), preview and import it; the result, or None."""
        return cls._ask_with(parent, path, lambda chosen: cls(parent, database, chosen))
