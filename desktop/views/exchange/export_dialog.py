"""Export to Excel: groups, dates, sheets, masking, language and partner; runs in a worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.scope import Scope
from desktop.models.exchange import exporting
from desktop.models.groups.groups import list_group_refs
from desktop.models.revenue.partners import list_partners
from desktop.models.storage.db import Database
from desktop.views.common import saving
from desktop.views.common.date_range import DateRangePicker
from desktop.views.common.tasks import TaskRunner

SETTING_AUTHOR = "export/author"
SETTING_LANGUAGE = "ui/language"


class ExportDialog(TaskRunner, QDialog):
    """Pick what goes into the partner workbook and write it without freezing the window."""

    workFailed = Signal(str)
    exported = Signal(object)  # the ExportResult

    def __init__(
        self,
        database: Database,
        scope: Scope,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.database = database
        self._scope = scope
        self._task = None
        self.result_value: exporting.ExportResult | None = None
        self._target: Path | None = None  # the file the running export writes
        self._build_ui()
        self._connect_signals()
        self._fill()

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Export to Excel"))
        self.groups = QListWidget(self)
        self.groups.setObjectName("exportGroups")
        self.date_range = DateRangePicker(self, clock=self.database.clock)
        self.date_range.setObjectName("exportRange")
        # keep the two dates beside each other instead of at the far ends of the row
        self.date_range.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.sheets = QListWidget(self)
        self.sheets.setObjectName("exportSheets")
        self.mask = QCheckBox(self.tr("Hide phone numbers, WeChat IDs and e-mails"), self)
        self.mask.setObjectName("exportMask")
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        self.language.addItem(self.tr("Chinese (中文)"), "zh_CN")
        self.language.addItem(self.tr("English"), "en")
        self.partner = QComboBox(self)
        self.partner.setObjectName("exportPartner")
        self._build_partner_boxes()
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.path.setPlaceholderText(self.tr("Where to save the workbook (.xlsx)"))
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.setObjectName("exportBrowse")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self._build_buttons()
        self._lay_out()

    def _build_partner_boxes(self) -> None:
        # What a partner's workbook holds beyond the statement, its entries and figures.
        self.with_members = QCheckBox(self.tr("Members and payers"), self)
        self.with_members.setObjectName("exportWithMembers")
        self.with_nicknames = QCheckBox(self.tr("Nicknames"), self)
        self.with_nicknames.setObjectName("exportWithNicknames")
        self.with_notes = QCheckBox(self.tr("Notes"), self)
        self.with_notes.setObjectName("exportWithNotes")
        self.unmask_names = QCheckBox(self.tr("Names in full (not 王**)"), self)
        self.unmask_names.setObjectName("exportUnmaskNames")
        self.partner_boxes = (
            self.with_members, self.with_nicknames, self.with_notes, self.unmask_names
        )  # fmt: skip

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("exportCancel")

    def _lay_out(self) -> None:
        lists = QHBoxLayout()
        for title, widget in ((self.tr("Groups"), self.groups), (self.tr("Sheets"), self.sheets)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            column.addWidget(widget)
            lists.addLayout(column)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Dates:"), self.date_range)
        form.addRow(self.tr("Partner:"), self.partner)
        adds = QHBoxLayout()
        for box in self.partner_boxes:
            adds.addWidget(box)
        adds.addStretch(1)
        form.addRow(self.tr("Partner also gets:"), adds)
        form.addRow(self.tr("Headers in:"), self.language)
        form.addRow(self.tr("Contacts:"), self.mask)
        form.addRow(self.tr("Save to:"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(640, 460)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self._on_export)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.browse.clicked.connect(self._on_browse)
        self.partner.currentIndexChanged.connect(self._on_partner_changed)
        self.with_members.toggled.connect(self._on_partner_changed)

    def _fill(self) -> None:
        for ref in list_group_refs(self.database):
            item = QListWidgetItem(ref.name, self.groups)
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            chosen = self._scope.group_id is None or self._scope.group_id == ref.id
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        names = {
            "summary": self.tr("Summary (goals vs actual, charts)"),
            "groups": self.tr("Groups"),
            "members": self.tr("Members"),
            "roles": self.tr("Roles over time"),
            "events": self.tr("Events"),
            "attendance": self.tr("Attendance"),
            "activity": self.tr("Daily activity"),
            "revenue": self.tr("Revenue"),
            "goals": self.tr("Goals"),
        }
        for key, text in names.items():
            item = QListWidgetItem(text, self.sheets)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Checked)
        self.partner.addItem(self.tr("No partner (everything chosen)"), None)
        for partner in list_partners(self.database):
            self.partner.addItem(partner.name, partner.id)
        self.date_range.set_range(self._scope.start, self._scope.end)
        self.mask.setChecked(True)
        self._on_partner_changed(0)
        settings = QSettings()
        language = str(settings.value(SETTING_LANGUAGE, "") or "")
        self.language.setCurrentIndex(1 if language == "en" else 0)
        stamp = self.database.clock.today().isoformat()
        self.path.setText(str(saving.suggested_path(f"QunDesk-{stamp}", ".xlsx")))

    # ---- reading the choices --------------------------------------------------------

    def _checked(self, widget: QListWidget) -> list[Any]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def options(self) -> exporting.ExportOptions:
        """The choices as export options."""
        start, end = self.date_range.range()
        groups = self._checked(self.groups)
        partner = self.partner.currentData()
        # a partner's workbook covers the groups the partner has a share of
        all_groups = len(groups) == self.groups.count() or partner is not None
        members = partner is not None and self.with_members.isChecked()
        return exporting.ExportOptions(
            group_ids=None if all_groups else tuple(int(g) for g in groups),
            start=start,
            end=end,
            sheets=tuple(self._checked(self.sheets)),
            mask_contacts=self.mask.isChecked(),
            lang=str(self.language.currentData()),
            partner_id=partner,
            author=str(QSettings().value(SETTING_AUTHOR, "") or ""),
            today=self.database.clock.today(),
            include_members=members,
            include_nicknames=members and self.with_nicknames.isChecked(),
            include_notes=partner is not None and self.with_notes.isChecked(),
            unmask_names=members and self.unmask_names.isChecked(),
        )

    # ---- TaskRunner hooks -----------------------------------------------------------

    def _set_busy(self, text: str | None) -> None:
        busy = text is not None
        for widget in (self.groups, self.sheets, self.date_range, self.mask, self.language,
                       self.partner, self.path, self.browse, self.export_button):  # fmt: skip
            widget.setEnabled(not busy)
        if not busy:
            self._on_partner_changed(0)
        else:
            for box in self.partner_boxes:
                box.setEnabled(False)
        self.progress.setVisible(busy or self.progress.value() > 0)
        if busy:
            self.progress.setRange(0, 0)
            self.summary.setText(text)

    def _show_plan(self) -> None:
        """Nothing to show again after a failed export; the choices are still there."""

    def _on_failed(self, error: object) -> None:
        if not self._current():
            return
        if isinstance(error, exporting.ExportCancelledError):
            text = self.tr("Cancelled; no file was written.")
        else:
            refused = None
            if isinstance(error, BaseException) and self._target is not None:
                refused = saving.refusal_reason(error, self._target)  # open in Excel or WPS?
            text = self.tr("%s\n\nNo file was written.") % (refused or error)
        self.progress.setVisible(False)
        self.summary.setText(text)
        self.workFailed.emit(text)

    # ---- actions ----------------------------------------------------------------------

    def _on_partner_changed(self, _index: object) -> None:
        # A partner sees only their own groups (decided by the partner's shares) and gets
        # the partner's own sheets; what else goes in is ticked here.
        partner = self.partner.currentData() is not None
        self.groups.setEnabled(not partner)
        self.sheets.setEnabled(not partner)
        for box in self.partner_boxes:
            box.setEnabled(partner)
        for box in (self.with_nicknames, self.unmask_names):  # they name the members
            box.setEnabled(partner and self.with_members.isChecked())

    def _on_browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save workbook"), self.path.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def _on_cancel(self) -> None:
        if self.is_busy() and self._task is not None:
            self._task.cancel.set()  # the worker stops at its next check and cleans up
            self.summary.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def _on_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.summary.setText(self.tr("Choose where to save the workbook."))
            return
        path = Path(text)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        options = self.options()
        if not options.sheets and options.partner_id is None:
            self.summary.setText(self.tr("Choose at least one sheet."))
            return
        if options.group_ids == () and options.partner_id is None:
            self.summary.setText(self.tr("Choose at least one group."))
            return
        database = self.database
        self._target = path

        def work(progress: Any, cancelled: Any) -> object:
            return exporting.export_workbook(database, path, options, progress, cancelled)

        self._start(work, self.tr("Exporting to %s…") % path.name, self._on_done)

    def _on_done(self, result: object) -> None:
        assert isinstance(result, exporting.ExportResult)
        self.result_value = result
        saving.remember_folder(Path(result.path))  # the next save starts there
        self.summary.setText(self.tr("Saved %s.") % result.path)
        self.exported.emit(result)
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, database: Database, scope: Scope
    ) -> exporting.ExportResult | None:
        """Run the dialog; the written export, or None when cancelled."""
        dialog = cls(database, scope, parent)
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()
