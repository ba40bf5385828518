"""The settings form of one group: purpose, value, structure, thresholds, exit, notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Platform, Purpose, Structure, Threshold, ValueType
from desktop.models.core.errors import ValidationError
from desktop.models.groups.groups import GroupDraft, default_capacity
from desktop.models.storage.db import Database
from desktop.views.common.date_range import from_qdate, to_qdate
from desktop.views.common.formatting import format_yuan_input, parse_count, parse_money
from desktop.views.common.inline_errors import error_label
from desktop.views.common.labels import choices, label_for
from desktop.views.members.member_picker import RoleHolders

HINT_STYLE = "color: palette(placeholder-text);"
# Data-layer fields shown by another field's message label.
_ERROR_ALIASES = {"fee_currency": "fee_minor"}


class GroupEditor(QWidget):
    """Edit every setting of a group; `draft()` reads them, `show_error` marks a field."""

    changed = Signal()  # the owner edited a field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._loaded: GroupDraft | None = None
        self._currency = "CNY"
        self._members = 0
        self.errors: dict[str, QLabel] = {}
        self._build_ui()
        self._connect_signals()

    # ---- construction -------------------------------------------------------------------

    def _error_label(self, field: str) -> QLabel:
        return error_label(self, field, self.errors)

    def _with_error(self, widget: QWidget, field: str, hint: QLabel | None = None) -> QWidget:
        """The widget with its (hidden) message label underneath."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if hint is None:
            layout.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.addWidget(widget)
            row.addWidget(hint, 1)
            layout.addLayout(row)
        layout.addWidget(self._error_label(field))
        return box

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        return edit

    def _checks(
        self, enum: type[Purpose] | type[ValueType], prefix: str
    ) -> tuple[QWidget, dict[str, QCheckBox]]:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        boxes: dict[str, QCheckBox] = {}
        for n, (code, text) in enumerate(choices(enum)):
            check = QCheckBox(_mnemonic_safe(text), box)
            check.setObjectName(f"{prefix}_{code}")
            grid.addWidget(check, n // 2, n % 2)
            boxes[code] = check
        return box, boxes

    def _build_ui(self) -> None:
        self.setObjectName("groupEditor")
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._build_basics())
        left.addWidget(self._build_purpose())
        left.addStretch(1)
        right.addWidget(self._build_thresholds())
        right.addWidget(self._build_exit())
        right.addStretch(1)
        # thresholds and exit criteria are sentences: give that column a little more room
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)

    def _build_basics(self) -> QGroupBox:
        box = QGroupBox(self.tr("Basics"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = self._line("groupName", self.tr("e.g. 烘焙爱好者交流群"))
        self.platform = QComboBox(self)
        self.platform.setObjectName("groupPlatform")
        for code, text in choices(Platform):
            self.platform.addItem(text, code)
        self.capacity = self._line("groupCapacity", self.tr("No limit"))
        self.capacity.setFixedWidth(self.capacity.fontMetrics().horizontalAdvance("0000000") + 16)
        self.capacity_hint = QLabel(self)
        self.capacity_hint.setObjectName("capacityHint")
        self.capacity_hint.setStyleSheet(HINT_STYLE)
        self.created = QDateEdit(self)
        self.created.setObjectName("groupCreated")
        self.created.setCalendarPopup(True)
        self.created.setDisplayFormat("yyyy-MM-dd")
        self.created.setMinimumDate(QDate(2000, 1, 1))
        self.structure = QComboBox(self)
        self.structure.setObjectName("groupStructure")
        for code, text in choices(Structure):
            self.structure.addItem(text, code)
        form.addRow(self.tr("&Name:"), self._with_error(self.name, "name"))
        form.addRow(self.tr("&Platform:"), self._with_error(self.platform, "platform"))
        form.addRow(
            self.tr("&Capacity:"), self._with_error(self.capacity, "capacity", self.capacity_hint)
        )
        form.addRow(self.tr("Created &on:"), self._with_error(self.created, "created_on"))
        form.addRow(self.tr("&Structure:"), self._with_error(self.structure, "structure"))
        self.holders = RoleHolders(self)
        form.addRow(self.holders.label, self._with_error(self.holders, "roles"))
        return box

    def _build_purpose(self) -> QGroupBox:
        box = QGroupBox(self.tr("Purpose and value"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        purposes, self.purposes = self._checks(Purpose, "purpose")
        purposes.setObjectName("groupPurposes")
        self._purpose_grid = purposes
        values, self.value_types = self._checks(ValueType, "valueType")
        values.setObjectName("groupValueTypes")
        self._value_grid = values
        self.theme = self._line("groupTheme", self.tr("What the group is about"))
        self.audience = self._line("groupAudience", self.tr("Who it is for"))
        self.mission = self._text(
            "groupMission", self.tr("Why it exists; what members can count on")
        )
        form.addRow(self.tr("Purposes:"), self._with_error(purposes, "purposes"))
        form.addRow(self.tr("Value offered:"), self._with_error(values, "value_types"))
        form.addRow(self.tr("&Theme:"), self._with_error(self.theme, "theme"))
        form.addRow(self.tr("&Audience:"), self._with_error(self.audience, "audience"))
        form.addRow(self.tr("&Mission:"), self._with_error(self.mission, "mission"))
        return box

    def _build_thresholds(self) -> QGroupBox:
        box = QGroupBox(self.tr("Entry thresholds (strict entry)"), self)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        placeholders = threshold_placeholders()
        self.threshold_checks: dict[str, QCheckBox] = {}
        self.threshold_texts: dict[str, QLineEdit] = {}
        row = 0
        for code, text in choices(Threshold):
            check = QCheckBox(_mnemonic_safe(text), box)
            check.setObjectName(f"threshold_{code}")
            edit = self._line(f"thresholdText_{code}", placeholders[Threshold(code)])
            self.threshold_checks[code] = check
            self.threshold_texts[code] = edit
            grid.addWidget(check, row, 0)
            grid.addWidget(edit, row, 1)
            row += 1
            if code == Threshold.PAYMENT:
                grid.addWidget(self._build_fee(box), row, 1)
                row += 1
        grid.addWidget(self._error_label("thresholds"), row, 0, 1, 2)
        return box

    def _build_fee(self, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.fee = self._line("groupFee", "0.00")
        self.fee.setMaximumWidth(110)
        self.fee.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.fee_period = QSpinBox(self)
        self.fee_period.setObjectName("groupFeePeriod")
        self.fee_period.setRange(0, 120)
        self.fee_period.setSpecialValueText(self.tr("no period"))
        self.fee_period.setSuffix(self.tr(" months"))
        self.fee_label = QLabel(self.tr("Fee ¥"), holder)
        self.fee_label.setBuddy(self.fee)
        every = QLabel(self.tr("every"), holder)
        row.addWidget(self.fee_label)
        row.addWidget(self.fee)
        row.addWidget(every)
        row.addWidget(self.fee_period)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._error_label("fee_minor"))
        layout.addWidget(self._error_label("fee_period_months"))
        return holder

    def _build_exit(self) -> QGroupBox:
        box = QGroupBox(self.tr("Exit and notes (lenient exit)"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.exit_criteria = self._text(
            "groupExit", self.tr("When members leave, or when the group should be dissolved")
        )
        self.notes = self._text("groupNotes", self.tr("Anything else worth remembering"))
        form.addRow(
            self.tr("E&xit criteria:"), self._with_error(self.exit_criteria, "exit_criteria")
        )
        form.addRow(self.tr("Not&es:"), self._with_error(self.notes, "notes"))
        self.general_error = self._error_label("form")
        form.addRow(self.general_error)
        return box

    def _connect_signals(self) -> None:
        watch: list[tuple[Callable[..., object], str]] = [
            (self.name.textChanged.connect, "name"),
            (self.capacity.textChanged.connect, "capacity"),
            (self.created.dateChanged.connect, "created_on"),
            (self.structure.currentIndexChanged.connect, "structure"),
            (self.theme.textChanged.connect, "theme"),
            (self.audience.textChanged.connect, "audience"),
            (self.mission.textChanged.connect, "mission"),
            (self.fee.textChanged.connect, "fee_minor"),
            (self.fee_period.valueChanged.connect, "fee_period_months"),
            (self.exit_criteria.textChanged.connect, "exit_criteria"),
            (self.notes.textChanged.connect, "notes"),
        ]
        watch += [(c.toggled.connect, "purposes") for c in self.purposes.values()]
        watch += [(c.toggled.connect, "value_types") for c in self.value_types.values()]
        watch += [(c.toggled.connect, "thresholds") for c in self.threshold_checks.values()]
        watch += [(e.textChanged.connect, "thresholds") for e in self.threshold_texts.values()]
        for connect, field in watch:
            connect(lambda *_a, f=field: self._on_field_changed(f))
        self.platform.currentIndexChanged.connect(self._on_platform_changed)
        self.structure.currentIndexChanged.connect(
            lambda *_a: self.holders.set_structure(str(self.structure.currentData()))
        )
        self.holders.changed.connect(lambda: self._on_field_changed("roles"))
        self.threshold_checks[Threshold.PAYMENT].toggled.connect(self._on_payment_toggled)
        for code, check in self.threshold_checks.items():
            check.toggled.connect(self.threshold_texts[code].setEnabled)

    # ---- state --------------------------------------------------------------------------

    def load(
        self,
        draft: GroupDraft,
        *,
        members: int,
        today: dt.date,
        database: Database | None = None,
        group_id: int | None = None,
    ) -> None:
        """Show a group's settings (or a new group's defaults) and who leads it; clears messages."""
        self._loading = True
        try:
            self.holders.load(database, group_id, draft.structure)
            self._members = members
            self.created.setMaximumDate(to_qdate(today))
            self.name.setText(draft.name)
            self._select(self.platform, draft.platform)
            self.capacity.setText("" if draft.capacity is None else str(draft.capacity))
            self._select(self.structure, draft.structure)
            self.created.setDate(to_qdate(draft.created_on or today))
            self._load_checks(self._purpose_grid, self.purposes, draft.purposes, "purpose")
            self._load_checks(self._value_grid, self.value_types, draft.value_types, "valueType")
            self.theme.setText(draft.theme)
            self.audience.setText(draft.audience)
            self.mission.setPlainText(draft.mission)
            for code, check in self.threshold_checks.items():
                on = code in draft.thresholds or (code == Threshold.PAYMENT and draft.fee_minor > 0)
                check.setChecked(on)
                self.threshold_texts[code].setText(draft.thresholds.get(code, ""))
                self.threshold_texts[code].setEnabled(on)
            self._currency = draft.fee_currency
            self.fee_label.setText(
                self.tr("Fee ¥")
                if draft.fee_currency == "CNY"
                else self.tr("Fee %1").replace("%1", draft.fee_currency)
            )
            self.fee.setText(format_yuan_input(draft.fee_minor) if draft.fee_minor else "")
            self.fee_period.setValue(draft.fee_period_months or 0)
            self._on_payment_toggled(self.threshold_checks[Threshold.PAYMENT].isChecked())
            self.exit_criteria.setPlainText(draft.exit_criteria)
            self.notes.setPlainText(draft.notes)
            self._update_capacity_hint()
            self.clear_errors()
            # show the start of long texts, not where the cursor ended up
            for edit in self.findChildren(QLineEdit):
                edit.setCursorPosition(0)
        finally:
            self._loading = False
        # compare with the form's own reading, so a stored code order is not a change
        self._loaded = self._read_or_none()

    def _select(self, combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index < 0:  # a code this version has no label for: keep it selectable
            combo.addItem(code, code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _load_checks(
        self, holder: QWidget, boxes: dict[str, QCheckBox], wanted: tuple[str, ...], prefix: str
    ) -> None:
        builtin = {code for code, _ in choices(Purpose if prefix == "purpose" else ValueType)}
        for code in [c for c in boxes if c not in builtin and c not in wanted]:
            boxes.pop(code).deleteLater()  # an owner-defined code of the previous group
        grid = holder.layout()
        assert isinstance(grid, QGridLayout)
        for code in wanted:
            if code not in boxes:
                text = label_for(Purpose if prefix == "purpose" else ValueType, code)
                check = QCheckBox(_mnemonic_safe(text), holder)
                check.setObjectName(f"{prefix}_{code}")
                check.toggled.connect(lambda *_a, f=prefix: self._on_field_changed(f))
                n = len(boxes)
                grid.addWidget(check, n // 2, n % 2)
                boxes[code] = check
        for code, check in boxes.items():
            check.setChecked(code in wanted)

    def draft(self) -> GroupDraft:
        """The settings as entered; ValidationError when a number or amount is unreadable."""
        capacity_text = self.capacity.text().strip()
        try:
            capacity = parse_count(capacity_text) if capacity_text else None
        except ValueError:
            raise ValidationError(
                "capacity",
                self.tr("Enter a whole number of members, or leave it empty for no limit."),
            ) from None
        paid = self.threshold_checks[Threshold.PAYMENT].isChecked()
        fee_text = self.fee.text().strip()
        try:
            fee = parse_money(fee_text) if paid and fee_text else 0
        except ValueError:
            raise ValidationError(
                "fee_minor", self.tr("Enter the fee in yuan, such as 199 or 1299.50.")
            ) from None
        period = self.fee_period.value() if paid and self.fee_period.value() else None
        loaded_purposes = self._loaded.purposes if self._loaded else ()
        loaded_values = self._loaded.value_types if self._loaded else ()
        return GroupDraft(
            name=self.name.text(),
            platform=str(self.platform.currentData()),
            capacity=capacity,
            purposes=_in_order(self.purposes, loaded_purposes),
            value_types=_in_order(self.value_types, loaded_values),
            theme=self.theme.text(),
            audience=self.audience.text(),
            mission=self.mission.toPlainText(),
            structure=str(self.structure.currentData()),
            fee_minor=fee,
            fee_currency=self._currency,
            fee_period_months=period,
            created_on=from_qdate(self.created.date()),
            exit_criteria=self.exit_criteria.toPlainText(),
            notes=self.notes.toPlainText(),
            thresholds={
                code: self.threshold_texts[code].text()
                for code, check in self.threshold_checks.items()
                if check.isChecked()
            },
        )

    def _read_or_none(self) -> GroupDraft | None:
        try:
            return self.draft()
        except ValidationError:
            return None

    def is_dirty(self) -> bool:
        """Whether the form differs from what was loaded."""
        current = self._read_or_none()
        return current is None or current != self._loaded or self.holders.is_dirty()

    def show_error(self, error: ValidationError) -> None:
        """Show a refused field's message under that field (others under the form)."""
        self.clear_errors()
        field = _ERROR_ALIASES.get(error.field, error.field)
        label = self.errors.get(field, self.general_error)
        label.setText(error.message)
        label.show()
        target = {
            "name": self.name,
            "capacity": self.capacity,
            "fee_minor": self.fee,
            "fee_period_months": self.fee_period,
            "created_on": self.created,
        }.get(field)
        if target is not None:
            target.setFocus()

    def clear_errors(self) -> None:
        """Hide every inline message."""
        for label in self.errors.values():
            label.clear()
            label.hide()

    # ---- reactions ----------------------------------------------------------------------

    def _on_field_changed(self, field: str) -> None:
        if self._loading:
            return
        label = self.errors.get(field)
        if label is not None:
            label.hide()
        self.changed.emit()

    def _on_platform_changed(self, _index: int) -> None:
        if not self._loading:
            # a new platform proposes its usual limit; the owner may type another
            code = str(self.platform.currentData())
            proposed = default_capacity(code) if code in {c.value for c in Platform} else None
            self.capacity.setText("" if proposed is None else str(proposed))
            self._on_field_changed("platform")
        self._update_capacity_hint()

    def _update_capacity_hint(self) -> None:
        code = str(self.platform.currentData())
        usual = default_capacity(code) if code in {c.value for c in Platform} else None
        name = label_for(Platform, code)
        if usual is None:
            hint = self.tr("no fixed limit")
            tip = self.tr("%1 has no fixed member limit.").replace("%1", name)
        else:
            hint = self.tr("usually %1").replace("%1", f"{usual:,}")
            tip = self.tr("%1 usually allows %2 members; QQ groups allow more at higher levels.")
            tip = tip.replace("%1", name).replace("%2", f"{usual:,}")
        if self._members:
            hint += " · " + self.tr("%1 now").replace("%1", f"{self._members:,}")
        self.capacity_hint.setText(hint)
        self.capacity_hint.setToolTip(tip)

    def _on_payment_toggled(self, on: bool) -> None:
        for widget in (self.fee, self.fee_period, self.fee_label):
            widget.setEnabled(on)


def threshold_placeholders() -> dict[str, str]:
    """An example of each entry threshold, shown in its empty description (also by the
    first-group wizard)."""
    return {
        Threshold.INTEREST: _tr("e.g. loves baking, shares a photo of a bake"),
        Threshold.IDENTITY: _tr("e.g. customers only, real name required"),
        Threshold.PAYMENT: _tr("e.g. yearly fee, refund within 7 days"),
        Threshold.PROCESS: _tr("e.g. application form, introduce yourself"),
        Threshold.ACTIVITY: _tr("e.g. check in at least once a month"),
    }


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupEditor", text)


def _mnemonic_safe(text: str) -> str:
    """Label text for a button or check box, where "&" would mark a shortcut key."""
    return text.replace("&", "&&")


def _in_order(boxes: dict[str, QCheckBox], previous: tuple[str, ...]) -> tuple[str, ...]:
    """Ticked codes: those already stored in their stored order, then new ones."""
    ticked = [code for code, check in boxes.items() if check.isChecked()]
    kept = [code for code in previous if code in ticked]
    return tuple(kept + [code for code in ticked if code not in kept])
