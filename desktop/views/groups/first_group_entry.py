"""The first-group wizard's page of entry thresholds, fee and exit (strict entry, lenient
exit)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.models.core.codes import Threshold
from desktop.views.common.formatting import parse_money
from desktop.views.common.labels import choices
from desktop.views.groups.group_editor import threshold_placeholders


class EntryPage(QWizardPage):
    """Strict entry, lenient exit: the entry thresholds, the fee, and when members leave."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizardEntryPage")
        self.setTitle(self.tr("Who gets in, and what it costs"))
        self.setSubTitle(
            self.tr(
                "Strict entry, lenient exit: a threshold keeps out who would not fit. Tick "
                "the ones the group uses and say what each asks for."
            )
        )
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        placeholders = threshold_placeholders()
        self.checks: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLineEdit] = {}
        row = 0
        for code, text in choices(Threshold):
            check = QCheckBox(text.replace("&", "&&"), self)
            check.setObjectName(f"firstGroupThreshold_{code}")
            edit = QLineEdit(self)
            edit.setObjectName(f"firstGroupThresholdText_{code}")
            edit.setPlaceholderText(placeholders[code])
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            self.checks[code], self.texts[code] = check, edit
            grid.addWidget(check, row, 0)
            grid.addWidget(edit, row, 1)
            row += 1
            if code == Threshold.PAYMENT:
                grid.addLayout(self._fee_row(), row, 1)
                check.toggled.connect(self._on_paid)
                row += 1
        layout.addLayout(grid)
        form = QFormLayout()
        self.exit_criteria = QLineEdit(self)
        self.exit_criteria.setObjectName("firstGroupExit")
        self.exit_criteria.setPlaceholderText(
            self.tr("e.g. three months without a check-in, or posting ads")
        )
        form.addRow(self.tr("When members &leave:"), self.exit_criteria)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("firstGroupEntryError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._on_paid(False)

    def _fee_row(self) -> QHBoxLayout:
        self.fee = QLineEdit(self)
        self.fee.setObjectName("firstGroupFee")
        self.fee.setPlaceholderText("0.00")
        self.fee.setMaximumWidth(110)
        self.fee.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.fee_period = QSpinBox(self)
        self.fee_period.setObjectName("firstGroupFeePeriod")
        self.fee_period.setRange(1, 120)
        self.fee_period.setValue(12)
        self.fee_period.setSuffix(self.tr(" months"))
        fee_label = QLabel(self.tr("&Fee ¥"), self)
        fee_label.setBuddy(self.fee)
        row = QHBoxLayout()
        row.addWidget(fee_label)
        row.addWidget(self.fee)
        row.addWidget(QLabel(self.tr("every"), self))
        row.addWidget(self.fee_period)
        row.addStretch(1)
        return row

    def _on_paid(self, paid: bool) -> None:
        self.fee.setEnabled(paid)
        self.fee_period.setEnabled(paid)

    def thresholds(self) -> dict[str, str]:
        """Threshold code → what it asks for, of the ticked thresholds."""
        return {
            code: self.texts[code].text().strip()
            for code, c in self.checks.items()
            if c.isChecked()
        }

    def fee_minor(self) -> int:
        """The fee in fen (0 when the group is not paid); ValueError when unreadable."""
        text = self.fee.text().strip()
        return parse_money(text) if self.checks[Threshold.PAYMENT].isChecked() and text else 0

    def validatePage(self) -> bool:
        """Next only with a readable fee; the reason under the fields otherwise."""
        try:
            self.fee_minor()
        except ValueError:
            self.error.setText(self.tr("Enter the fee in yuan, such as 199 or 1299.50."))
            self.error.show()
            self.fee.setFocus()
            return False
        self.error.hide()
        return True
