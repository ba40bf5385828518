"""The right-hand side of the Groups tab: header, health line and the group's four pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Lifecycle, Platform, Role
from desktop.models.groups.groups import Group, GroupSummary
from desktop.views.common.labels import label_for
from desktop.views.groups.goals_panel import GoalsPanel
from desktop.views.groups.group_commands import HOLDER_ROLE, PanelHost
from desktop.views.groups.group_editor import GroupEditor
from desktop.views.groups.group_health import HealthLine
from desktop.views.groups.lifecycle_panel import LifecyclePanel
from desktop.views.groups.rules_panel import RulesPanel

SAVED_STYLE = "color: #2e7d32;"


class GroupDetails(QStackedWidget):
    """One group's header, health line and pages (settings, rules, lifecycle, goals)."""

    def __init__(self, host: PanelHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupDetails")
        self._build_ui(host)

    def _build_ui(self, host: PanelHost) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("groupTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("groupSubtitle")
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        # long names and figures are clipped rather than widening the window
        for label in (self.title, self.subtitle):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.health = HealthLine(self)

        settings = self._build_settings()
        self.rules = RulesPanel(host, self)
        self.lifecycle = LifecyclePanel(host, self)
        self.goals = GoalsPanel(host, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("groupPages")
        self.pages.addTab(settings, self.tr("Settings"))
        self.pages.addTab(self.rules, self.tr("Rules"))
        self.pages.addTab(self.lifecycle, self.tr("Lifecycle"))
        self.pages.addTab(self.goals, self.tr("Goals"))

        details = QWidget(self)
        layout = QVBoxLayout(details)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.health)
        layout.addWidget(self.pages, 1)

        self.empty = QLabel(
            self.tr("No groups yet.\n\nClick “New group” to set up your first community."), self
        )
        self.empty.setObjectName("groupsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.empty)
        self.addWidget(details)

    def _build_settings(self) -> QWidget:
        """The settings form in a scroll area, with Save and Revert under it."""
        self.editor = GroupEditor(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("groupEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setObjectName("groupRevert")
        self.revert_button.setToolTip(self.tr("Forget unsaved changes"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("groupSave")
        self.save_button.setToolTip(self.tr("Save the settings (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setDefault(True)
        bar = QHBoxLayout()
        bar.addWidget(self.save_status, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        settings = QWidget(self)
        settings_layout = QVBoxLayout(settings)
        settings_layout.addWidget(scroll, 1)
        settings_layout.addLayout(bar)
        return settings

    def show_page(self, details: bool, has_groups: bool) -> None:
        """The details, or a hint to pick or create a group."""
        self.setCurrentIndex(1 if details else 0)
        self.empty.setText(
            self.tr("Select a group on the left.")
            if has_groups
            else self.tr("No groups yet.\n\nClick “New group” to set up your first community.")
        )
        for page in (1, 2, 3):
            self.pages.setTabEnabled(page, details and has_groups)

    def show_header(self, group: Group, summary: GroupSummary, holders: Sequence[str] = ()) -> None:
        """Name, platform, stage, members, creation date and leading members of a stored group."""
        self.title.setText(group.name)
        members = (
            self.tr("%1/%2 members")
            .replace("%1", f"{summary.member_count:,}")
            .replace("%2", f"{summary.capacity:,}")
            if summary.capacity
            else (
                self.tr("1 member")
                if summary.member_count == 1
                else self.tr("%1 members").replace("%1", f"{summary.member_count:,}")
            )
        )
        parts = [
            label_for(Platform, group.platform),
            label_for(Lifecycle, summary.stage) or "—",
            members,
            self.tr("since %1").replace("%1", group.created_on.isoformat()),
        ]
        role = HOLDER_ROLE.get(group.structure)
        if role is not None:
            text = self.tr("Soul figure: %1") if role == Role.FOUNDER else self.tr("Leaders: %1")
            parts.append(text.replace("%1", self.tr(", ").join(holders) or "—"))
        if group.archived:
            parts.append(self.tr("archived"))
        self.subtitle.setText(" · ".join(parts))

    def show_new_header(self) -> None:
        """The header while a new group is being set up."""
        self.title.setText(self.tr("New group"))
        self.subtitle.setText(self.tr("Fill in the settings, then Save."))
        for page in (1, 2, 3):
            self.pages.setTabEnabled(page, False)
        self.set_status("")

    def set_status(self, text: str) -> None:
        """A short confirmation beside the Save button ("Saved.")."""
        self.save_status.setStyleSheet(SAVED_STYLE)
        self.save_status.setText(text)
