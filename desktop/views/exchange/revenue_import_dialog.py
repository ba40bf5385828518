"""Import ledger entries from a spreadsheet: pick the file, check the mapping, preview, import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.errors import QunDeskError
from desktop.models.exchange import importing as imp
from desktop.models.exchange import revenue_import as ri
from desktop.models.storage.backups import REASON_IMPORT, backup_before
from desktop.models.storage.db import Database
from desktop.views.common.tasks import Task, TaskRunner

# The member import's preview and problem tables and its worker thread serve here as they
# are: a revenue plan holds the same Problem records for the same SheetData.
from desktop.views.exchange.import_dialog import PreviewModel, ProblemModel

Plan = ri.RevenueImportPlan
W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    """The widget with its objectName set (tests find widgets by name)."""
    widget.setObjectName(name)
    return widget


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


class RevenueImportDialog(TaskRunner, QDialog):
    """Read a ledger sheet, let the owner fix the mapping, preview problems, import."""

    planReady = Signal()  # a fresh preview is shown
    workFailed = Signal(str)  # reading, checking or importing failed (message shown)

    def __init__(
        self, parent: QWidget | None, database: Database, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revenueImportDialog")
        self.setWindowTitle(self.tr("Import revenue entries"))
        self.database = database
        self.path: Path | None = None
        self.sheet: imp.SheetData | None = None
        self.plan: Plan | None = None
        self.result_value: ri.RevenueImportResult | None = None
        self.mapping_combos: list[QComboBox] = []
        self._task: Task | None = None
        self._done: Callable[[object], None] = lambda _result: None
        self._build_ui()
        self._connect_signals()
        self._set_busy(None)
        if path is not None:
            self.load(path)

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_edit = _named(QLineEdit(self), "revenueImportFile")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(
            self.tr("An .xlsx or .csv file with one entry a row: date, category, amount…")
        )
        self.choose_button = _named(
            QPushButton(self.tr("Choose file…"), self), "revenueImportChoose"
        )
        self.source_label = _named(QLabel(self), "revenueImportSource")
        top.addWidget(QLabel(self.tr("File:"), self))
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)
        layout.addWidget(self.source_label)
        self.mapping_area = _named(QScrollArea(self), "revenueImportMapping")
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mapping_area.setFixedHeight(self.fontMetrics().height() * 4 + 34)
        layout.addWidget(self.mapping_area)

        self.preview_model = PreviewModel(self)
        self.preview = self._table("revenueImportPreview", self.preview_model)
        self.preview_model.modelReset.connect(lambda: self.preview.setColumnWidth(0, 56))
        self.problem_model = ProblemModel(self)
        self.problems = self._table("revenueImportProblems", self.problem_model)
        self.problem_model.modelReset.connect(lambda: self.problems.setColumnWidth(0, 56))
        self.problems.horizontalHeader().setSectionResizeMode(
            ProblemModel.REASON, QHeaderView.ResizeMode.Stretch
        )
        self.only_problems = _named(
            QCheckBox(self.tr("Show only rows with problems"), self), "revenueImportOnlyProblems"
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.problems)
        splitter.setSizes([380, 180])
        layout.addWidget(self.only_problems)
        layout.addWidget(splitter, 1)
        self.summary = _named(QLabel(self), "revenueImportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_buttons())

    def _build_buttons(self) -> QHBoxLayout:
        """The progress bar and Import / Import valid rows only / Cancel."""
        bottom = QHBoxLayout()
        self.progress = _named(QProgressBar(self), "revenueImportProgress")
        self.run_button = _named(QPushButton(self.tr("Import"), self), "revenueImportRun")
        self.run_button.setDefault(True)
        self.valid_only_button = _named(
            QPushButton(self.tr("Import valid rows only"), self), "revenueImportValidOnly"
        )
        self.cancel_button = _named(QPushButton(self.tr("Cancel"), self), "revenueImportCancel")
        bottom.addWidget(self.progress, 3)
        bottom.addStretch(1)
        for button in (self.run_button, self.valid_only_button, self.cancel_button):
            bottom.addWidget(button)
        return bottom

    def _table(self, name: str, model: PreviewModel | ProblemModel) -> QTableView:
        view = _named(QTableView(self), name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        view.horizontalHeader().setDefaultSectionSize(110)
        return view

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose)
        self.only_problems.toggled.connect(self.preview_model.set_only_problems)
        self.run_button.clicked.connect(self._on_run)
        self.valid_only_button.clicked.connect(self._on_run_valid_only)
        self.cancel_button.clicked.connect(self._on_cancel)

    # ---- reading and checking -------------------------------------------------------------

    def load(self, path: Path) -> None:
        """Read a file (in a worker) and check it with the guessed mapping."""
        self.path = path
        self.file_edit.setText(str(path))
        self.sheet, self.plan = None, None
        self._show_plan()

        def work(progress: imp.ProgressFn, cancelled: imp.CancelledFn) -> object:
            read = ri.read_revenue_sheet(path)
            return read, self._check(read, None, progress, cancelled)

        self._start(work, self.tr("Reading %s…") % path.name, self._on_loaded)

    def _check(
        self,
        sheet: imp.SheetData,
        mapping: tuple[str | None, ...] | None,
        progress: imp.ProgressFn,
        cancelled: imp.CancelledFn,
    ) -> Plan | QunDeskError:
        """A plan, or the mapping error to show beside the preview (runs in the worker)."""
        try:
            return ri.plan_revenue_import(
                self.database, sheet, mapping, progress=progress, cancelled=cancelled
            )
        except imp.ImportCancelledError:
            raise
        except QunDeskError as exc:
            return exc

    def _on_loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        sheet, checked = result
        assert isinstance(sheet, imp.SheetData)
        self.sheet = sheet
        if sheet.kind == "xlsx":
            kind = self.tr("Excel workbook, sheet %s") % sheet.sheet_name
        else:
            kind = self.tr("CSV text, %s") % imp.ENCODING_NAMES.get(sheet.encoding, sheet.encoding)
        self.source_label.setText(
            self.tr("%1 · header on row %2 · %3 rows below it")
            .replace("%1", kind)
            .replace("%2", str(sheet.header_row))
            .replace("%3", f"{len(sheet.rows):,}")
        )
        self._fill_mapping(sheet, ri.guess_revenue_mapping(sheet.headers))
        self._on_checked(checked)

    def _on_checked(self, checked: object) -> None:
        self.plan = checked if isinstance(checked, ri.RevenueImportPlan) else None
        self._show_plan()
        if self.plan is None:
            self.summary.setText(str(checked))
        self.planReady.emit()

    def _fill_mapping(self, sheet: imp.SheetData, mapping: tuple[str | None, ...]) -> None:
        panel = QWidget(self.mapping_area)
        grid = QGridLayout(panel)
        grid.setContentsMargins(4, 2, 4, 2)
        labels = field_labels()
        self.mapping_combos = []
        for column, (header, code) in enumerate(zip(sheet.headers, mapping, strict=True)):
            title = QLabel(header, panel)
            title.setToolTip(header)
            combo = QComboBox(panel)
            combo.setObjectName(f"revenueImportMapping{column}")
            combo.addItem(self.tr("(not imported)"), None)
            for field, label in labels.items():
                combo.addItem(label, field)
            combo.setCurrentIndex(max(combo.findData(code), 0) if code else 0)
            combo.activated.connect(self._on_mapping_changed)
            grid.addWidget(title, 0, column)
            grid.addWidget(combo, 1, column)
            self.mapping_combos.append(combo)
        grid.setColumnStretch(len(sheet.headers), 1)
        self.mapping_area.setWidget(panel)

    def mapping(self) -> tuple[str | None, ...]:
        """The field each column is imported as, from the combos."""
        return tuple(combo.currentData() for combo in self.mapping_combos)

    def _on_mapping_changed(self, *_args: object) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        mapping = self.mapping()
        self.plan = None

        def work(progress: imp.ProgressFn, cancelled: imp.CancelledFn) -> object:
            return self._check(sheet, mapping, progress, cancelled)

        self._start(work, self.tr("Checking rows…"), self._on_checked)

    def _on_choose(self) -> None:
        path = self.choose_file(self)
        if path is not None:
            self.load(path)

    def _show_plan(self) -> None:
        plan = self.plan
        problems = plan.problems if plan is not None else ()
        self.preview_model.set_data(self.sheet, problems)
        self.problem_model.set_rows(list(problems))
        self.problems.resizeColumnToContents(ProblemModel.COLUMN)
        self.summary.setText(self._summary_text(plan) if plan is not None else "")
        self._set_busy(None)

    def _summary_text(self, plan: Plan) -> str:
        text = (
            self.tr("%1 rows: %2 ready, %3 with problems.")
            .replace("%1", f"{len(plan.rows) + len(plan.invalid_rows):,}")
            .replace("%2", f"{len(plan.rows):,}")
            .replace("%3", f"{len(plan.invalid_rows):,}")
        )
        if plan.invalid_rows:
            text += " " + self.tr("Fix the file, or import the valid rows only.")
        return text

    # ---- importing ----------------------------------------------------------------------

    def _on_run(self) -> None:
        self._apply(valid_only=False)

    def _on_run_valid_only(self) -> None:
        self._apply(valid_only=True)

    def _apply(self, *, valid_only: bool) -> None:
        plan = self.plan
        if plan is None:
            return

        def work(progress: imp.ProgressFn, cancelled: imp.CancelledFn) -> object:
            backup_before(self.database, REASON_IMPORT)  # a bulk write: keep a copy first
            return ri.apply_revenue_import(
                self.database, plan, valid_only=valid_only, progress=progress, cancelled=cancelled
            )

        self._start(work, self.tr("Importing…"), self._on_imported)

    def _on_imported(self, result: object) -> None:
        assert isinstance(result, ri.RevenueImportResult)
        self.result_value = result
        self.accept()

    def _set_busy(self, text: str | None) -> None:
        busy = text is not None
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # until the first report: just busy
            self.progress.setFormat(f"{text} %p%")
        plan = self.plan
        self.choose_button.setEnabled(not busy)
        self.mapping_area.setEnabled(not busy)
        self.run_button.setEnabled(not busy and plan is not None and not plan.invalid_rows)
        self.valid_only_button.setEnabled(
            not busy and plan is not None and bool(plan.invalid_rows) and bool(plan.rows)
        )
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Cancel"))

    def _on_cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self.progress.setFormat(self.tr("Cancelling…"))
        else:
            self.reject()

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
        if path is None:
            path = cls.choose_file(parent)
            if path is None:
                return None
        dialog = cls(parent, database, path)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_value if accepted else None
        finally:
            dialog.deleteLater()
