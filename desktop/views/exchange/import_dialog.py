"""Import members from a spreadsheet: pick the file, check the mapping, preview, import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
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
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.errors import QunDeskError
from desktop.models.core.text_safety import one_line
from desktop.models.exchange import importing as imp
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.backups import REASON_IMPORT, backup_before
from desktop.models.storage.db import Database
from desktop.views.common.tasks import Task, TaskRunner
from desktop.views.groups.group_item_models import RowTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ERROR_BG = QColor("#fbe3e1")
_ERROR_CELL = QColor("#f4b4ae")
_WARNING_BG = QColor("#fff4d6")
_ERROR_FG = QColor("#b3261e")
_WARNING_FG = QColor("#8a5a00")
# The most of a cell's text the preview shows.
PREVIEW_CHARS = 200


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    """The widget with its objectName set (tests find widgets by name)."""
    widget.setObjectName(name)
    return widget


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


class PreviewModel(RowTableModel):
    """The rows of the file as read, with rows and cells that have problems coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._all: tuple[imp.SheetRow, ...] = ()
        self._problems: dict[int, list[imp.Problem]] = {}
        self._only_problems = False

    def set_data(self, sheet: imp.SheetData | None, problems: tuple[imp.Problem, ...]) -> None:
        """Show a sheet's rows and the problems found in them."""
        self._headers = sheet.headers if sheet is not None else ()
        self._all = sheet.rows if sheet is not None else ()
        self._problems = {}
        for problem in problems:
            if problem.row is not None:
                self._problems.setdefault(problem.row, []).append(problem)
        self.set_only_problems(self._only_problems)

    def set_only_problems(self, only: bool) -> None:
        """Show every row, or only rows with problems."""
        self._only_problems = only
        wanted = self._problems
        self.set_rows([r for r in self._all if r.number in wanted] if only else list(self._all))

    def headers(self) -> list[str]:
        """The row number, then the file's own column titles."""
        return [self.tr("Row"), *self._headers] if self._headers else []

    def cell(self, row: imp.SheetRow, column: int, role: int) -> Any:
        """Cell text; problem rows tinted, the offending cells darker, reasons as tooltips."""
        if role in (_DISPLAY, self.SortRole):
            if column == 0:
                return row.number
            text = imp.cell_text(row.cells[column - 1]) if column <= len(row.cells) else ""
            # A cell may hold 10,000 characters and control characters: neither is shown.
            return one_line(text[:PREVIEW_CHARS]) + ("…" if len(text) > PREVIEW_CHARS else "")
        problems = self._problems.get(row.number)
        if not problems or role not in (_TOOLTIP, _BACKGROUND):
            return None
        here = [p for p in problems if column == 0 or p.column == self._headers[column - 1]]
        if role == _TOOLTIP:
            return "\n".join(p.reason() for p in here) or None
        if column and any(p.severity is imp.Severity.ERROR for p in here):
            return _ERROR_CELL
        error = any(p.severity is imp.Severity.ERROR for p in problems)
        return _ERROR_BG if error else _WARNING_BG


class ProblemModel(RowTableModel):
    """Every problem: sheet row, column, reason; errors in red, warnings in amber."""

    ROW, COLUMN, REASON = range(3)

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("Row"), self.tr("Column"), self.tr("Problem")]

    def cell(self, row: imp.Problem, column: int, role: int) -> Any:
        """Row number (blank for the whole file), header text, reason."""
        if role == _FOREGROUND:
            return _WARNING_FG if row.severity is imp.Severity.WARNING else _ERROR_FG
        if role not in (_DISPLAY, self.SortRole, _TOOLTIP):
            return None
        if column == self.ROW:
            return (row.row or 0) if role == self.SortRole else (row.row or "")
        if column == self.COLUMN:
            return row.column
        warning = row.severity is imp.Severity.WARNING
        return (self.tr("Warning: ") if warning and role == _DISPLAY else "") + row.message


class ImportDialog(TaskRunner, QDialog):
    """Read a member list, let the owner fix the column mapping, preview problems, import."""

    planReady = Signal()  # a fresh preview is shown
    workFailed = Signal(str)  # reading, checking or importing failed (message shown)

    def __init__(
        self,
        parent: QWidget | None,
        database: Database,
        path: Path | None = None,
        default_group_id: int | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import members"))
        self.database = database
        self.today = today
        self.default_group_id = default_group_id
        self.path: Path | None = None
        self.sheet: imp.SheetData | None = None
        self.plan: imp.ImportPlan | None = None
        self.result_value: imp.ImportResult | None = None
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
        self.file_edit = _named(QLineEdit(self), "importFile")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("An .xlsx or .csv file with one member a row"))
        self.choose_button = _named(QPushButton(self.tr("Choose file…"), self), "importChoose")
        top.addWidget(QLabel(self.tr("File:"), self))
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)
        layout.addLayout(self._build_source())
        self.mapping_area = _named(QScrollArea(self), "importMapping")
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.mapping_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mapping_area.setFixedHeight(self.fontMetrics().height() * 4 + 34)
        layout.addWidget(self.mapping_area)

        self.preview_model = PreviewModel(self)
        self.preview = self._table("importPreview", self.preview_model)
        self.preview_model.modelReset.connect(lambda: self.preview.setColumnWidth(0, 56))
        self.problem_model = ProblemModel(self)
        self.problems = self._table("importProblems", self.problem_model)
        self.problem_model.modelReset.connect(lambda: self.problems.setColumnWidth(0, 56))
        self.problems.horizontalHeader().setSectionResizeMode(
            ProblemModel.REASON, QHeaderView.ResizeMode.Stretch
        )
        self.only_problems = _named(
            QCheckBox(self.tr("Show only rows with problems"), self), "importOnlyProblems"
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.problems)
        splitter.setSizes([380, 180])
        layout.addWidget(self.only_problems)
        layout.addWidget(splitter, 1)

        self.summary = _named(QLabel(self), "importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_buttons())
        self._fill_groups()

    def _build_buttons(self) -> QHBoxLayout:
        """The progress bar and Import / Import valid rows only / Cancel."""
        bottom = QHBoxLayout()
        self.progress = _named(QProgressBar(self), "importProgress")
        self.progress.setTextVisible(True)
        self.run_button = _named(QPushButton(self.tr("Import"), self), "importRun")
        self.run_button.setDefault(True)
        self.valid_only_button = _named(
            QPushButton(self.tr("Import valid rows only"), self), "importValidOnly"
        )
        self.cancel_button = _named(QPushButton(self.tr("Cancel"), self), "importCancel")
        bottom.addWidget(self.progress, 3)
        bottom.addStretch(1)
        bottom.addWidget(self.run_button)
        bottom.addWidget(self.valid_only_button)
        bottom.addWidget(self.cancel_button)
        return bottom

    def _build_source(self) -> QHBoxLayout:
        """Where the data comes from: sheet, header row, and which groups rows go to."""
        source = QHBoxLayout()
        self.source_label = _named(QLabel(self), "importSource")
        self.sheet_combo = _named(QComboBox(self), "importSheet")
        self.sheet_label = QLabel(self.tr("Sheet:"), self)
        self.header_spin = _named(QSpinBox(self), "importHeaderRow")
        self.header_spin.setRange(1, 1_048_576)
        self.header_spin.setKeyboardTracking(False)
        self.group_combo = _named(QComboBox(self), "importGroup")
        self.group_combo.setMinimumContentsLength(16)
        # A CSV file's delimiter: the one found in the file is shown, another can be chosen.
        self.delimiter_label = QLabel(self.tr("Columns split by:"), self)
        self.delimiter_combo = _named(QComboBox(self), "importDelimiter")
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
        return source

    def _table(self, name: str, model: QAbstractTableModel) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        # Fixed heights: a preview can hold 100,000 rows.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        view.horizontalHeader().setDefaultSectionSize(110)
        view.horizontalHeader().setMinimumSectionSize(44)
        return view

    def _fill_groups(self) -> None:
        self.group_combo.addItem(self.tr("From the file's group column"), None)
        for ref in list_group_refs(self.database):
            self.group_combo.addItem(self.tr("All rows into %s") % ref.name, ref.id)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose)
        self.sheet_combo.activated.connect(self._on_sheet_changed)
        self.delimiter_combo.activated.connect(self._on_delimiter_changed)
        self.header_spin.valueChanged.connect(self._on_header_changed)
        self.group_combo.activated.connect(self._on_mapping_changed)
        self.only_problems.toggled.connect(self.preview_model.set_only_problems)
        self.run_button.clicked.connect(self._on_run)
        self.valid_only_button.clicked.connect(self._on_run_valid_only)
        self.cancel_button.clicked.connect(self._on_cancel)

    # ---- reading and checking -------------------------------------------------------------

    def load(
        self,
        path: Path,
        *,
        sheet: str | None = None,
        header_row: int | None = None,
        delimiter: str | None = None,
    ) -> None:
        """Read a file (in a worker) and check it with the guessed mapping; a CSV file's
        delimiter is found in it unless given."""
        self.path = path
        self.file_edit.setText(str(path))
        self.sheet, self.plan = None, None
        self._show_plan()

        group_id = self.group_combo.currentData()

        def work(progress: imp.ProgressFn, cancelled: imp.CancelledFn) -> object:
            read = imp.read_sheet(path, sheet=sheet, header_row=header_row, delimiter=delimiter)
            return read, self._check(read, None, group_id, progress, cancelled)

        self._start(work, self.tr("Reading %s…") % path.name, self._on_loaded)

    def _check(
        self,
        sheet: imp.SheetData,
        mapping: tuple[str | None, ...] | None,
        group_id: int | None,
        progress: imp.ProgressFn,
        cancelled: imp.CancelledFn,
    ) -> imp.ImportPlan | QunDeskError:
        """A plan, or the mapping error to show beside the preview (runs in the worker,
        so it gets everything it needs from the widgets as arguments)."""
        chosen = mapping if mapping is not None else imp.guess_mapping(sheet.headers)
        if group_id is None and mapping is None and "group" not in chosen:
            group_id = self.default_group_id  # no group column: the toolbar's group
        try:
            if mapping is None:  # two columns titled alike: the owner maps them
                imp.check_same_titles(sheet, chosen)
            return imp.plan_import(
                self.database, sheet, chosen, group_id=group_id, today=self.today,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip
        except imp.ImportCancelledError:
            raise
        except QunDeskError as exc:
            return exc

    def _on_loaded(self, result: object) -> None:
        sheet, checked = result  # type: ignore[misc]
        self.sheet = sheet
        self._fill_source(sheet)
        self._fill_mapping(sheet, imp.guess_mapping(sheet.headers))
        self._on_checked(checked)

    def _on_checked(self, checked: object) -> None:
        if isinstance(checked, imp.ImportPlan):
            self.plan = checked
            if checked.group_id is not None:
                self.group_combo.setCurrentIndex(self.group_combo.findData(checked.group_id))
            self._show_plan()
        else:
            self.plan = None
            self._show_plan()
            self.summary.setText(str(checked))
        self.planReady.emit()

    def _fill_source(self, sheet: imp.SheetData) -> None:
        if sheet.kind == "xlsx":
            kind = self.tr("Excel workbook")
        else:
            encoding = imp.ENCODING_NAMES.get(sheet.encoding, sheet.encoding)
            kind = self.tr("CSV text, %s") % encoding
        self.source_label.setText(
            self.tr("%1 · %2 rows below the header")
            .replace("%1", kind)
            .replace("%2", f"{len(sheet.rows):,}")
        )
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
            combo.setObjectName(f"importMapping{column}")
            combo.addItem(self.tr("(not imported)"), None)
            for field, label in labels.items():
                combo.addItem(label, field)
            combo.setCurrentIndex(max(combo.findData(code), 0) if code else 0)
            combo.activated.connect(self._on_mapping_changed)
            grid.addWidget(title, 0, column)
            grid.addWidget(combo, 1, column)
            self.mapping_combos.append(combo)
        grid.setColumnStretch(len(sheet.headers), 1)
        grid.setRowStretch(2, 1)
        self.mapping_area.setWidget(panel)

    def mapping(self) -> tuple[str | None, ...]:
        """The field each column is imported as, from the combos."""
        return tuple(combo.currentData() for combo in self.mapping_combos)

    def _on_mapping_changed(self, *_args: object) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        mapping, group_id = self.mapping(), self.group_combo.currentData()
        self.plan = None

        def work(progress: imp.ProgressFn, cancelled: imp.CancelledFn) -> object:
            return self._check(sheet, mapping, group_id, progress, cancelled)

        self._start(work, self.tr("Checking rows…"), self._on_checked)

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
        if plan is None:
            self.summary.clear()
        else:
            self.summary.setText(self._summary_text(plan))
        self._set_busy(None)

    def _summary_text(self, plan: imp.ImportPlan) -> str:
        text = (
            self.tr("%1 rows: %2 ready, %3 with problems. Warnings: %4.")
            .replace("%1", f"{len(plan.rows) + len(plan.invalid_rows):,}")
            .replace("%2", f"{len(plan.rows):,}")
            .replace("%3", f"{len(plan.invalid_rows):,}")
            .replace("%4", f"{len(plan.warnings):,}")
        )
        if plan.new_groups:
            text += " " + self.tr("New groups: %s.") % imp.GROUP_SEPARATOR.join(plan.new_groups)
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
        if plan.new_groups and not self.confirm_new_groups(self, plan.new_groups):
            self.summary.setText(
                self.tr("Nothing was imported: the new groups were not confirmed.")
            )
            return

        def work(progress: imp.ProgressFn, cancelled: imp.CancelledFn) -> object:
            backup_before(self.database, REASON_IMPORT)  # a bulk write: keep a copy first
            return imp.apply_import(
                self.database, plan, valid_only=valid_only, create_groups=True,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip

        self._start(work, self.tr("Importing…"), self._on_imported)

    def _on_imported(self, result: object) -> None:
        assert isinstance(result, imp.ImportResult)
        self.result_value = result
        self.accept()

    # ---- the worker -----------------------------------------------------------------------

    def _set_busy(self, text: str | None) -> None:
        busy = text is not None
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # until the first report: just busy
            self.progress.setFormat(f"{text} %p%")
        plan = self.plan
        for widget in (self.choose_button, self.sheet_combo, self.header_spin, self.group_combo,
                       self.delimiter_combo, self.mapping_area):  # fmt: skip
            widget.setEnabled(not busy)
        self.run_button.setEnabled(not busy and plan is not None and not plan.invalid_rows)
        self.valid_only_button.setEnabled(
            not busy and plan is not None and bool(plan.invalid_rows) and bool(plan.rows)
        )
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Cancel"))

    def _on_cancel(self) -> None:
        if self.is_busy():
            assert self._task is not None
            self._task.cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(True)
        else:
            self.reject()

    # ---- entry points (tests patch these) --------------------------------------------------

    @classmethod
    def choose_file(cls, parent: QWidget | None) -> Path | None:
        """Ask for the spreadsheet to import; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Import members"),
            "",
            QCoreApplication.translate(
                "ImportDialog", "Member lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)"
            ),
        )
        return Path(name) if name else None

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

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        database: Database,
        path: Path | None = None,
        default_group_id: int | None = None,
    ) -> imp.ImportResult | None:
        """Pick a file (unless given), preview and import it; the result, or None."""
        if path is None:
            path = cls.choose_file(parent)
            if path is None:
                return None
        dialog = cls(parent, database, path, default_group_id)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_value if accepted else None
        finally:
            dialog.deleteLater()
