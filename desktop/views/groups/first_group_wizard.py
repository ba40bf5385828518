"""The guided setup of a first group: name, purpose and value, structure, entry thresholds
and fee, a goal or two."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.models.core.codes import (
    Metric,
    Period,
    Platform,
    Purpose,
    Structure,
    ValueType,
)
from desktop.models.core.errors import QunDeskError, ValidationError
from desktop.models.groups import goals, groups
from desktop.models.groups.groups import GroupDraft
from desktop.models.storage.db import Database
from desktop.views.common.field_labels import error_text
from desktop.views.common.labels import choices
from desktop.views.groups.first_group_entry import EntryPage

HINT_STYLE = "color: palette(placeholder-text);"
MAX_VALUE = 10_000_000


class GoalBand(NamedTuple):
    """One goal to set: a metric's band per period (revenue in fen)."""

    metric: str
    period: str
    min_value: int
    max_value: int | None


# A first guess at two goals for each purpose; the owner changes them on the last page.
# Bands, not targets: a networking group that chatters all night is off its goal too.
SUGGESTED: dict[str, tuple[GoalBand, GoalBand]] = {
    Purpose.SALES: (
        GoalBand(Metric.REVENUE, Period.MONTH, 500_000, None),
        GoalBand(Metric.MESSAGES_PER_DAY, Period.MONTH, 10, 80),
    ),
    Purpose.SERVICE: (
        GoalBand(Metric.MESSAGES_PER_DAY, Period.MONTH, 5, 60),
        GoalBand(Metric.EVENTS_HELD, Period.MONTH, 2, None),
    ),
    Purpose.BRAND: (
        GoalBand(Metric.NEW_MEMBERS, Period.MONTH, 30, None),
        GoalBand(Metric.EVENTS_HELD, Period.MONTH, 1, None),
    ),
    Purpose.NETWORKING: (
        GoalBand(Metric.MESSAGES_PER_DAY, Period.MONTH, 20, 200),
        GoalBand(Metric.EVENTS_HELD, Period.MONTH, 1, None),
    ),
    Purpose.LEARNING: (
        GoalBand(Metric.EVENTS_HELD, Period.WEEK, 1, None),
        GoalBand(Metric.MESSAGES_PER_DAY, Period.MONTH, 5, 50),
    ),
}


def save_first_group(
    database: Database, draft: GroupDraft, bands: list[GoalBand], today: dt.date
) -> int:
    """Create the group and its goals in one transaction; return the group's id."""
    with database.transaction():
        group_id = groups.create_group(database, draft, today=today)
        for band in bands:
            goals.set_goal(
                database,
                group_id,
                band.metric,
                band.period,
                band.min_value,
                band.max_value,
                effective_from=today,
            )
    return group_id


class _Page(QWizardPage):
    def __init__(self, name: str, title: str, subtitle: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTitle(title)
        self.setSubTitle(subtitle)


class NamePage(_Page):
    """The group's name, where it lives and who it is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "wizardNamePage",
            self.tr("Your first group"),
            self.tr("What is it called, and where do its members talk?"),
            parent,
        )
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("firstGroupName")
        self.name.setPlaceholderText(self.tr("e.g. 烘焙爱好者交流群"))
        self.platform = QComboBox(self)
        self.platform.setObjectName("firstGroupPlatform")
        for code, text in choices(Platform):
            self.platform.addItem(text, code)
        self.audience = QLineEdit(self)
        self.audience.setObjectName("firstGroupAudience")
        self.audience.setPlaceholderText(self.tr("e.g. home bakers in Hangzhou"))
        form.addRow(self.tr("Na&me:"), self.name)
        form.addRow(self.tr("&Platform:"), self.platform)
        form.addRow(self.tr("&Who it is for:"), self.audience)
        self.registerField("name*", self.name)


class ValuePage(_Page):
    """Why the group exists: its purposes, the value it offers, its mission."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "wizardValuePage",
            self.tr("Why the group exists"),
            self.tr(
                "Value is the reason a group lives. Pick what the group is for and what "
                "its members get from it."
            ),
            parent,
        )
        layout = QVBoxLayout(self)
        self.purposes = self._checks(layout, self.tr("Purpose"), choices(Purpose), "Purpose")
        self.values = self._checks(layout, self.tr("Value offered"), choices(ValueType), "Value")
        form = QFormLayout()
        self.mission = QLineEdit(self)
        self.mission.setObjectName("firstGroupMission")
        self.mission.setPlaceholderText(
            self.tr("e.g. every member bakes one new recipe a month, with help")
        )
        form.addRow(self.tr("&Mission:"), self.mission)
        layout.addLayout(form)
        self.hint = QLabel(self.tr("Pick at least one purpose and one value."), self)
        self.hint.setObjectName("firstGroupValueHint")
        self.hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def _checks(
        self, layout: QVBoxLayout, title: str, items: list[tuple[str, str]], prefix: str
    ) -> dict[str, QCheckBox]:
        box = QGroupBox(title, self)
        grid = QGridLayout(box)
        found: dict[str, QCheckBox] = {}
        for n, (code, text) in enumerate(items):
            check = QCheckBox(text.replace("&", "&&"), box)  # "Sales & repurchase"
            check.setObjectName(f"firstGroup{prefix}_{code}")
            check.toggled.connect(self.completeChanged)
            grid.addWidget(check, n // 3, n % 3)
            found[code] = check
        layout.addWidget(box)
        return found

    def chosen(self, checks: dict[str, QCheckBox]) -> tuple[str, ...]:
        """The ticked codes, in the order they are shown."""
        return tuple(code for code, check in checks.items() if check.isChecked())

    def isComplete(self) -> bool:
        """Next only with a purpose and a value (PRODUCT: every group states both)."""
        return bool(self.chosen(self.purposes)) and bool(self.chosen(self.values))


class StructurePage(_Page):
    """Pyramid (one soul figure) or ring (several peer leaders)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "wizardStructurePage",
            self.tr("How the group is led"),
            self.tr("You can change this later, as the group grows."),
            parent,
        )
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        notes: dict[str, str] = {
            Structure.PYRAMID: self.tr(
                "One strong soul figure (often you) leads; admins and seed users help."
            ),
            Structure.RING: self.tr(
                "Several peer opinion leaders each bring their own circle and topics."
            ),
        }
        for code, text in choices(Structure):
            button = QRadioButton(text, self)
            button.setObjectName(f"firstGroupStructure_{code}")
            note = QLabel(notes.get(code, ""), self)
            note.setWordWrap(True)
            note.setStyleSheet(HINT_STYLE)
            note.setContentsMargins(24, 0, 0, 8)
            self.group.addButton(button)
            layout.addWidget(button)
            layout.addWidget(note)
            self.buttons[code] = button
        self.buttons[Structure.PYRAMID].setChecked(True)
        layout.addStretch(1)

    def structure(self) -> str:
        """The chosen structure code."""
        return next(code for code, button in self.buttons.items() if button.isChecked())


class GoalRow(QWidget):
    """One goal band: keep it?, metric, from … to …, per week or month."""

    def __init__(self, n: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep = QCheckBox(self)
        self.keep.setObjectName(f"firstGoalKeep{n}")
        self.keep.setChecked(True)
        self.metric_box = QComboBox(self)
        self.metric_box.setObjectName(f"firstGoalMetric{n}")
        for code, text in choices(Metric):
            self.metric_box.addItem(text, code)
        self.minimum = self._spin(f"firstGoalMin{n}", "")
        self.maximum = self._spin(f"firstGoalMax{n}", self.tr("no maximum"))
        self.period = QComboBox(self)
        self.period.setObjectName(f"firstGoalPeriod{n}")
        for code, text in choices(Period):
            self.period.addItem(text, code)
        self.keep.setAccessibleName(self.tr("Keep goal %1").replace("%1", str(n)))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.keep, 0, 0)
        layout.addWidget(self.metric_box, 0, 1)
        layout.addWidget(QLabel(self.tr("from"), self), 0, 2)
        layout.addWidget(self.minimum, 0, 3)
        layout.addWidget(QLabel(self.tr("to"), self), 0, 4)
        layout.addWidget(self.maximum, 0, 5)
        layout.addWidget(self.period, 0, 6)
        layout.setColumnStretch(1, 1)
        self.keep.toggled.connect(self._on_keep)
        self.metric_box.currentIndexChanged.connect(self._on_metric)

    def _spin(self, name: str, special: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, MAX_VALUE)
        spin.setGroupSeparatorShown(True)
        spin.setMinimumWidth(110)
        if special:
            spin.setSpecialValueText(special)  # shown for 0: no upper end to the band
        return spin

    def _on_keep(self, keep: bool) -> None:
        for widget in (self.metric_box, self.minimum, self.maximum, self.period):
            widget.setEnabled(keep)

    def _on_metric(self, _index: int) -> None:
        metric = self.metric_box.currentData()
        for spin in (self.minimum, self.maximum):
            spin.setSuffix(self.tr(" yuan") if metric == Metric.REVENUE else "")
        # a level (members, messages a day) means the same for a week and a month
        self.period.setVisible(metric not in goals.LEVEL_METRICS)

    def set_band(self, band: GoalBand) -> None:
        """Show a suggested band (revenue in yuan)."""
        self.metric_box.setCurrentIndex(self.metric_box.findData(str(band.metric)))
        self.period.setCurrentIndex(self.period.findData(str(band.period)))
        scale = 100 if band.metric == Metric.REVENUE else 1
        self.minimum.setValue(band.min_value // scale)
        self.maximum.setValue((band.max_value or 0) // scale)

    def band(self) -> GoalBand | None:
        """The band to save, or None when not kept."""
        if not self.keep.isChecked():
            return None
        metric = str(self.metric_box.currentData())
        scale = 100 if metric == Metric.REVENUE else 1
        maximum = self.maximum.value()
        return GoalBand(
            metric,
            str(self.period.currentData()),
            self.minimum.value() * scale,
            maximum * scale if maximum else None,
        )


class GoalsPage(_Page):
    """A goal band or two, suggested from the group's purpose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "wizardGoalsPage",
            self.tr("A goal or two"),
            self.tr(
                "Each group is judged against its own goals, not in the abstract: a quiet "
                "daily-tips group can be as healthy as a chatty one. A goal is a band, from "
                "a minimum up to an optional maximum."
            ),
            parent,
        )
        layout = QVBoxLayout(self)
        self.rows = [GoalRow(1, self), GoalRow(2, self)]
        for row in self.rows:
            layout.addWidget(row)
        note = QLabel(
            self.tr("Untick a goal to skip it. More goals can be added on the Groups tab."),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        layout.addWidget(note)
        self.error = QLabel(self)
        self.error.setObjectName("firstGroupError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)

    def suggest(self, purpose: str | None) -> None:
        """Fill the rows with the suggestion for a purpose."""
        bands = SUGGESTED.get(purpose or "", SUGGESTED[Purpose.SERVICE])
        for row, band in zip(self.rows, bands, strict=True):
            row.set_band(band)

    def bands(self) -> list[GoalBand]:
        """The goals kept."""
        return [band for band in (row.band() for row in self.rows) if band is not None]


class FirstGroupWizard(QWizard):
    """Five short pages that set up the first group and its goals, saved together."""

    def __init__(self, parent: QWidget | None, database: Database, today: dt.date) -> None:
        super().__init__(parent)
        self.setObjectName("firstGroupWizard")
        self.setWindowTitle(self.tr("Set up your first group"))
        self.database = database
        self.today = today
        self.group_id: int | None = None
        self._suggested_for: str | None = None
        self.name_page = NamePage(self)
        self.value_page = ValuePage(self)
        self.structure_page = StructurePage(self)
        self.entry_page = EntryPage(self)
        self.goals_page = GoalsPage(self)
        for page in (
            self.name_page,
            self.value_page,
            self.structure_page,
            self.entry_page,
            self.goals_page,
        ):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(680, 480)
        self.currentIdChanged.connect(self._on_page)

    def _on_page(self, _page_id: int) -> None:
        if self.currentPage() is self.goals_page:
            purposes = self.value_page.chosen(self.value_page.purposes)
            first = purposes[0] if purposes else None
            if first != self._suggested_for:  # keep the owner's edits when they go back
                self.goals_page.suggest(first)
                self._suggested_for = first

    def draft(self) -> GroupDraft:
        """The group as set up on the pages."""
        platform = str(self.name_page.platform.currentData())
        entry = self.entry_page
        fee = entry.fee_minor()
        return GroupDraft(
            name=self.name_page.name.text().strip(),
            platform=platform,
            capacity=groups.default_capacity(platform),
            purposes=self.value_page.chosen(self.value_page.purposes),
            value_types=self.value_page.chosen(self.value_page.values),
            audience=self.name_page.audience.text().strip(),
            mission=self.value_page.mission.text().strip(),
            structure=self.structure_page.structure(),
            fee_minor=fee,
            fee_period_months=entry.fee_period.value() if fee else None,
            created_on=self.today,
            exit_criteria=entry.exit_criteria.text().strip(),
            thresholds=entry.thresholds(),
        )

    def validateCurrentPage(self) -> bool:
        """On Finish, save everything in one go; a refusal is shown and nothing is saved."""
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is not self.goals_page:
            return True
        try:
            self.group_id = save_first_group(
                self.database, self.draft(), self.goals_page.bands(), self.today
            )
        except ValidationError as exc:
            self._show_error(error_text(exc))
            return False
        except QunDeskError as exc:
            self._show_error(str(exc))
            return False
        return True

    def _show_error(self, text: str) -> None:
        self.goals_page.error.setText(self.tr("%1\n\nNothing was saved.").replace("%1", text))
        self.goals_page.error.show()

    @classmethod
    def ask(cls, parent: QWidget | None, database: Database, today: dt.date) -> int | None:
        """Run the wizard; the new group's id, or None when it was cancelled."""
        wizard = cls(parent, database, today)
        try:
            wizard.exec()
            return wizard.group_id
        finally:
            wizard.deleteLater()
