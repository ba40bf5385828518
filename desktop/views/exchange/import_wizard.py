"""The import wizard: pick a file, check the column mapping, preview the problems, import.

`ImportWizard` drives any import target of `desktop.models.exchange.import_engine` off the
GUI thread (reading, checking and writing each run in a `Task`, with progress and a stop
button); a named dialog per target (`ImportDialog`, `RevenueImportDialog`) supplies the
target's steps, its texts and the prefix of its widgets' objectNames.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
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
from desktop.models.core.text_safety import one_line
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange.sheets import SheetData, SheetRow, cell_text
from desktop.models.storage.backups import REASON_IMPORT, backup_before
from desktop.models.storage.db import Database
from desktop.views.common.formatting import format_date
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class Plan(Protocol):
    """What the wizard reads of any target's plan."""

    @property
    def rows(self) -> tuple[object, ...]: ...

    @property
    def problems(self) -> tuple[engine.Problem, ...]: ...

    @property
    def invalid_rows(self) -> tuple[int, ...]: ...


@dataclass(frozen=True, slots=True)
class Step:
    """What a target's check or import step gets, in the worker: the sheet and mapping
    (None: guessed) or plan, the source choices, and the worker's progress and cancel."""

    progress: engine.ProgressFn
    cancelled: engine.CancelledFn
    sheet: SheetData | None = None
    mapping: tuple[str | None, ...] | None = None
    options: dict[str, Any] = field(default_factory=dict)
    plan: Any = None
    valid_only: bool = False
    saved: engine.SavedMapping | None = None  # `mapping` is this one, saved earlier


# The file picker's title and file types of each target dialog (by its `NAME`), in the
# dialog's tr() context (its class name).
FILE_TEXTS: dict[str, tuple[str, str]] = {
    "import": (
        QT_TRANSLATE_NOOP("ImportDialog", "Import members"),
        QT_TRANSLATE_NOOP(
            "ImportDialog", "Member lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)"
        ),
    ),
    "revenueImport": (
        QT_TRANSLATE_NOOP("RevenueImportDialog", "Import revenue entries"),
        QT_TRANSLATE_NOOP(
            "RevenueImportDialog", "Ledger sheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"
        ),
    ),
}


@dataclass(frozen=True)
class Target:
    """The data layer's side of an import target that the wizard calls directly: the
    reader, the field schema (guessing the mapping) and the combos' field labels."""

    read: Callable[..., SheetData]
    schema: engine.FieldSchema
    labels: Callable[[], dict[str, str]]


class PreviewModel(RowTableModel):
    """The rows of the file as read, with rows and cells that have problems coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._all: tuple[SheetRow, ...] = ()
        self._problems: dict[int, list[engine.Problem]] = {}
        self._only_problems = False

    def set_data(self, sheet: SheetData | None, problems: tuple[engine.Problem, ...]) -> None:
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

    def cell(self, row: SheetRow, column: int, role: int) -> Any:
        """Cell text; problem rows tinted, the offending cells darker, reasons as tooltips."""
        if role in (_DISPLAY, self.SortRole):
            if column == 0:
                return row.number
            text = cell_text(row.cells[column - 1]) if column <= len(row.cells) else ""
            # A cell may hold 10,000 characters and control characters: neither is shown.
            return one_line(text[:PREVIEW_CHARS]) + ("…" if len(text) > PREVIEW_CHARS else "")
        problems = self._problems.get(row.number)
        if not problems or role not in (_TOOLTIP, _BACKGROUND):
            return None
        here = [p for p in problems if column == 0 or p.column == self._headers[column - 1]]
        if role == _TOOLTIP:
            return "\n".join(p.reason() for p in here) or None
        if column and any(p.severity is engine.Severity.ERROR for p in here):
            return _ERROR_CELL
        error = any(p.severity is engine.Severity.ERROR for p in problems)
        return _ERROR_BG if error else _WARNING_BG


class ProblemModel(RowTableModel):
    """Every problem: sheet row, column, reason; errors in red, warnings in amber."""

    ROW, COLUMN, REASON = range(3)

    def headers(self) -> list[str]:
        """Column titles."""
        return [self.tr("Row"), self.tr("Column"), self.tr("Problem")]

    def cell(self, row: engine.Problem, column: int, role: int) -> Any:
        """Row number (blank for the whole file), header text, reason."""
        if role == _FOREGROUND:
            return _WARNING_FG if row.severity is engine.Severity.WARNING else _ERROR_FG
        if role not in (_DISPLAY, self.SortRole, _TOOLTIP):
            return None
        if column == self.ROW:
            return (row.row or 0) if role == self.SortRole else (row.row or "")
        if column == self.COLUMN:
            return row.column
        warning = row.severity is engine.Severity.WARNING
        return (self.tr("Warning: ") if warning and role == _DISPLAY else "") + row.message


class ImportWizard(TaskRunner, QDialog):
    """Read a file, let the owner fix the column mapping, preview problems, import.

    A target's dialog sets `NAME` (the objectName prefix; its file picker's texts are
    `FILE_TEXTS[NAME]`) and `TARGET`, and implements the `_target_*` steps and texts; the
    `_source_*` hooks add the controls of where the rows come from.
    """

    planReady = Signal()  # a fresh preview is shown
    workFailed = Signal(str)  # reading, checking or importing failed (message shown)

    NAME = "import"
    TARGET: Target

    def __init__(self, parent: QWidget | None, database: Database) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.NAME}Dialog")
        self.database = database
        self.path: Path | None = None
        self.sheet: SheetData | None = None
        self.plan: Any = None  # the target's plan, once checked
        self.result_value: Any = None  # the target's result, once imported
        self.mapping_combos: list[QComboBox] = []
        self.saved: engine.SavedMapping | None = None  # the saved mapping the file opened with
        self._task: Task | None = None
        self._done: Callable[[object], None] = lambda _result: None

    def _start_up(self, path: Path | None) -> None:
        """Build the window (after the target's own attributes are set); read `path`."""
        self._build_ui()
        self._connect_signals()
        self._set_busy(None)
        if path is not None:
            self.load(path)

    # ---- the target's part (a dialog per target implements these) ------------------------

    def _target_plan(self, step: Step) -> object:
        """The plan of `step.sheet` with `step.mapping` (ValidationError when it can't be
        made)."""
        raise NotImplementedError

    def _target_apply(self, step: Step) -> object:
        """Write `step.plan`; the result."""
        raise NotImplementedError

    def _target_texts(self) -> tuple[str, str]:
        """The window title and the file box's placeholder."""
        raise NotImplementedError

    def _source_text(self, sheet: SheetData) -> str:
        raise NotImplementedError

    def _summary_text(self, plan: Any) -> str:
        raise NotImplementedError

    @staticmethod
    def _row_counts(text: str, plan: Any) -> str:
        """A translated summary with its rows (%1: ready, with problems and left out), ready
        rows (%2) and rows with problems (%3) filled in from the plan."""
        rows = len(plan.rows) + len(plan.invalid_rows) + len(getattr(plan, "skipped_rows", ()))
        return (
            text.replace("%1", f"{rows:,}")
            .replace("%2", f"{len(plan.rows):,}")
            .replace("%3", f"{len(plan.invalid_rows):,}")
        )

    def _source_build(self, layout: QVBoxLayout) -> None:
        """Add the source controls (at least `source_label`) below the file row."""
        layout.addWidget(self.source_label)

    def _source_options(self) -> dict[str, Any]:
        """The choices a check needs from the source controls (read on the GUI thread)."""
        return {}

    def _source_fill(self, sheet: SheetData) -> None:
        """Show where the rows come from once a sheet is read."""

    def _source_widgets(self) -> list[QWidget]:
        """The source controls disabled while a step runs."""
        return []

    def _source_planned(self, plan: Any) -> None:
        """Reflect a fresh plan in the source controls."""

    def _confirmed(self, plan: Any) -> bool:
        """Whether the owner agrees to what the plan would do beyond adding its rows."""
        return True

    def _target_ready(self, plan: Any) -> bool:
        """Whether the plan can be imported once its rows are fine (the member list waits
        for its unknown role values to be mapped)."""
        return True

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        title, placeholder = self._target_texts()
        self.setWindowTitle(title)
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_edit = _named(QLineEdit(self), f"{self.NAME}File")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(placeholder)
        self.choose_button = _named(QPushButton(_tr("Choose file…"), self), f"{self.NAME}Choose")
        top.addWidget(QLabel(_tr("File:"), self))
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)
        self.source_label = _named(QLabel(self), f"{self.NAME}Source")
        self._source_build(layout)
        layout.addLayout(self._build_saved_note())
        self.mapping_area = _named(QScrollArea(self), f"{self.NAME}Mapping")
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.mapping_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mapping_area.setFixedHeight(self.fontMetrics().height() * 4 + 34)
        layout.addWidget(self.mapping_area)

        self.preview_model = PreviewModel(self)
        self.preview = self._table(f"{self.NAME}Preview", self.preview_model)
        self.preview_model.modelReset.connect(lambda: self.preview.setColumnWidth(0, 56))
        self.problem_model = ProblemModel(self)
        self.problems = self._table(f"{self.NAME}Problems", self.problem_model)
        self.problem_model.modelReset.connect(lambda: self.problems.setColumnWidth(0, 56))
        self.problems.horizontalHeader().setSectionResizeMode(
            ProblemModel.REASON, QHeaderView.ResizeMode.Stretch
        )
        self.only_problems = _named(
            QCheckBox(_tr("Show only rows with problems"), self), f"{self.NAME}OnlyProblems"
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.problems)
        splitter.setSizes([380, 180])
        layout.addWidget(self.only_problems)
        layout.addWidget(splitter, 1)

        self.summary = _named(QLabel(self), f"{self.NAME}Summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_buttons())

    def _build_saved_note(self) -> QBoxLayout:
        """The line saying the mapping comes from an earlier import, with "Forget"."""
        row = QHBoxLayout()
        self.saved_note = _named(QLabel(self), f"{self.NAME}SavedMapping")
        self.forget_button = _named(
            QPushButton(_tr("Forget this mapping"), self), f"{self.NAME}ForgetMapping"
        )
        self.forget_button.setToolTip(
            _tr("Map the columns afresh from their titles; the next file is not pre-mapped")
        )
        row.addWidget(self.saved_note, 1)
        row.addWidget(self.forget_button)
        self.saved_note.hide()
        self.forget_button.hide()
        return row

    def _build_buttons(self) -> QBoxLayout:
        """The progress bar and Import / Import valid rows only / Cancel."""
        bottom = QHBoxLayout()
        self.progress = _named(QProgressBar(self), f"{self.NAME}Progress")
        self.progress.setTextVisible(True)
        self.run_button = _named(QPushButton(_tr("Import"), self), f"{self.NAME}Run")
        self.run_button.setDefault(True)
        self.valid_only_button = _named(
            QPushButton(_tr("Import valid rows only"), self), f"{self.NAME}ValidOnly"
        )
        self.cancel_button = _named(QPushButton(_tr("Cancel"), self), f"{self.NAME}Cancel")
        bottom.addWidget(self.progress, 3)
        bottom.addStretch(1)
        for button in (self.run_button, self.valid_only_button, self.cancel_button):
            bottom.addWidget(button)
        return bottom

    def _table(self, name: str, model: QAbstractTableModel) -> QTableView:
        view = _named(QTableView(self), name)
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

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose)
        self.only_problems.toggled.connect(self.preview_model.set_only_problems)
        self.run_button.clicked.connect(self._on_run)
        self.valid_only_button.clicked.connect(self._on_run_valid_only)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.forget_button.clicked.connect(self._on_forget_mapping)

    # ---- reading and checking -------------------------------------------------------------

    def load(self, path: Path, **source: Any) -> None:
        """Read a file (in a worker) and check it with the guessed mapping; `source` holds
        the target's reading choices (such as the sheet or the header row)."""
        self.path = path
        self.file_edit.setText(str(path))
        self.sheet, self.plan = None, None
        self._show_plan()
        options = self._source_options()

        def work(progress: engine.ProgressFn, cancelled: engine.CancelledFn) -> object:
            read = self.TARGET.read(path, **source)
            saved = engine.saved_mapping(self.database, self.TARGET.schema, read.headers)
            mapping = saved.mapping if saved is not None else None
            step = Step(progress, cancelled, read, mapping, options, saved=saved)
            return read, saved, self._check(step)

        self._start(work, _tr("Reading %s…") % path.name, self._on_loaded)

    def _check(self, step: Step) -> object:
        """A plan, or the mapping error to show beside the preview (runs in the worker,
        so it gets everything it needs from the widgets in `step`)."""
        try:
            return self._target_plan(step)
        except engine.ImportCancelledError:
            raise
        except QunDeskError as exc:
            return exc

    def _on_loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        sheet, saved, checked = result
        assert isinstance(sheet, SheetData)
        self.sheet = sheet
        self.saved = saved
        self.source_label.setText(self._source_text(sheet))
        self._source_fill(sheet)
        mapping = saved.mapping if saved is not None else self.TARGET.schema.guess(sheet.headers)
        self._fill_mapping(sheet, mapping)
        self._show_saved_note()
        self._on_checked(checked)

    def _show_saved_note(self) -> None:
        """Say where the mapping comes from while it is the saved one."""
        saved = self.saved
        shown = saved is not None and self.mapping() == saved.mapping
        if saved is not None:
            self.saved_note.setText(
                _tr("Using the column mapping saved on %1.").replace(
                    "%1", format_date(saved.saved_on)
                )
            )
        self.saved_note.setVisible(shown)
        self.forget_button.setVisible(shown)

    def _on_forget_mapping(self) -> None:
        """Forget the saved mapping and check the file with the one its titles suggest."""
        sheet = self.sheet
        if sheet is None or self.is_busy():
            return
        engine.forget_mapping(self.database, self.TARGET.schema, sheet.headers)
        self.saved = None
        self._fill_mapping(sheet, self.TARGET.schema.guess(sheet.headers))
        self._show_saved_note()
        self._recheck(None)

    def _on_checked(self, checked: object) -> None:
        if isinstance(checked, QunDeskError):
            self.plan = None
            self._show_plan()
            self.summary.setText(str(checked))
        else:
            self.plan = checked
            self._source_planned(checked)
            self._show_plan()
        self.planReady.emit()

    def _fill_mapping(self, sheet: SheetData, mapping: tuple[str | None, ...]) -> None:
        panel = QWidget(self.mapping_area)
        grid = QGridLayout(panel)
        grid.setContentsMargins(4, 2, 4, 2)
        labels = self.TARGET.labels()
        self.mapping_combos = []
        for column, (header, code) in enumerate(zip(sheet.headers, mapping, strict=True)):
            title = QLabel(header, panel)
            title.setToolTip(header)
            combo = QComboBox(panel)
            combo.setObjectName(f"{self.NAME}Mapping{column}")
            combo.addItem(_tr("(not imported)"), None)
            for key, label in labels.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(code), 0) if code else 0)
            # As wide as its longest label: "（不导入）" is wider than its characters count.
            widest = max(
                combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                for i in range(combo.count())
            )
            combo.setMinimumWidth(widest + combo.iconSize().width() + 40)
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
        self._show_saved_note()
        self._recheck(self.mapping())

    def _recheck(self, mapping: tuple[str | None, ...] | None) -> None:
        """Check the rows again with this mapping (None: the guessed one)."""
        sheet = self.sheet
        if sheet is None:
            return
        options = self._source_options()
        saved = self.saved if self.saved is not None and mapping == self.saved.mapping else None
        self.plan = None

        def work(progress: engine.ProgressFn, cancelled: engine.CancelledFn) -> object:
            step = Step(progress, cancelled, sheet, mapping, options, saved=saved)
            return self._check(step)

        self._start(work, _tr("Checking rows…"), self._on_checked)

    def _on_choose(self) -> None:
        path = self.choose_file(self)
        if path is not None:
            self.load(path)

    def _show_plan(self) -> None:
        plan: Plan | None = self.plan
        problems = plan.problems if plan is not None else ()
        self.preview_model.set_data(self.sheet, problems)
        self.problem_model.set_rows(list(problems))
        self.problems.resizeColumnToContents(ProblemModel.COLUMN)
        self.summary.setText(self._summary_text(plan) if plan is not None else "")
        self._set_busy(None)

    # ---- importing ----------------------------------------------------------------------

    def _on_run(self) -> None:
        self._apply(valid_only=False)

    def _on_run_valid_only(self) -> None:
        self._apply(valid_only=True)

    def _apply(self, *, valid_only: bool) -> None:
        plan = self.plan
        if plan is None or not self._confirmed(plan):
            return

        def work(progress: engine.ProgressFn, cancelled: engine.CancelledFn) -> object:
            backup_before(self.database, REASON_IMPORT)  # a bulk write: keep a copy first
            step = Step(progress, cancelled, plan=plan, valid_only=valid_only)
            result = self._target_apply(step)
            # Imported: the mapping the owner confirmed opens the next such file.
            engine.remember_mapping(
                self.database, self.TARGET.schema, plan.sheet.headers, plan.mapping,
                self.database.clock.today(),
            )  # fmt: skip
            return result

        self._start(work, _tr("Importing…"), self._on_imported)

    def _on_imported(self, result: object) -> None:
        self.result_value = result
        self.accept()

    # ---- the worker -----------------------------------------------------------------------

    def _set_busy(self, text: str | None) -> None:
        busy = text is not None
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # until the first report: just busy
            self.progress.setFormat(f"{text} %p%")
        plan: Plan | None = self.plan
        for widget in (
            self.choose_button, *self._source_widgets(), self.mapping_area, self.forget_button,
        ):  # fmt: skip
            widget.setEnabled(not busy)
        ready = not busy and plan is not None and self._target_ready(plan)
        self.run_button.setEnabled(ready and plan is not None and not plan.invalid_rows)
        self.valid_only_button.setEnabled(
            ready and plan is not None and bool(plan.invalid_rows) and bool(plan.rows)
        )
        self.cancel_button.setText(_tr("Stop") if busy else _tr("Cancel"))

    def _on_cancel(self) -> None:
        if self.is_busy():
            assert self._task is not None
            self._task.cancel.set()
            self.progress.setFormat(_tr("Cancelling…"))
        else:
            self.reject()

    # ---- entry points (tests patch these) --------------------------------------------------

    @classmethod
    def file_texts(cls) -> tuple[str, str]:
        """The file picker's title and its file types (`FILE_TEXTS`), translated in the
        dialog's own context."""
        title, types = FILE_TEXTS[cls.NAME]
        tr = QCoreApplication.translate
        return tr(cls.__name__, title), tr(cls.__name__, types)

    @classmethod
    def choose_file(cls, parent: QWidget | None) -> Path | None:
        """Ask for the spreadsheet to import; None when cancelled."""
        title, types = cls.file_texts()
        name, _ = QFileDialog.getOpenFileName(parent, title, "", types)
        return Path(name) if name else None

    @classmethod
    def ask(
        cls, parent: QWidget | None, database: Database, path: Path | None = None, **options: Any
    ) -> Any:
        """Pick a file (unless given), preview and import it; the target's result, or None.
        `options` go to the dialog (such as the member import's `default_group_id`)."""
        if path is None:
            path = cls.choose_file(parent)
            if path is None:
                return None
        dialog = cls(parent, database, path, **options)  # type: ignore[call-arg]
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_value if accepted else None
        finally:
            dialog.deleteLater()
