"""A group's lifecycle: its current stage, a suggestion explained in numbers, the history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Lifecycle
from desktop.models.groups import lifecycle
from desktop.models.groups.groups import get_group
from desktop.models.groups.lifecycle import (
    ACTIVITY_DROP_PCT,
    GROWTH_PCT,
    HINT_WEEKS,
    SHRINK_PCT,
    LifecycleEntry,
    LifecycleHint,
)
from desktop.views.common.formatting import format_change, format_date, format_number
from desktop.views.common.labels import label_for
from desktop.views.groups.group_commands import ChangeStage, PanelHost
from desktop.views.groups.group_dialogs import StageDialog
from desktop.views.groups.group_item_models import LifecycleHistoryModel
from desktop.views.groups.rules_panel import table_view


class LifecyclePanel(QWidget):
    """Show and change the stage; offer the computed suggestion, never apply it silently."""

    def __init__(self, host: PanelHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.group_id: int | None = None
        self.current: LifecycleEntry | None = None
        self.hint: LifecycleHint | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("stageCurrent")
        font = self.stage_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.stage_label.setFont(font)
        self.stage_since = QLabel(self)
        self.stage_since.setObjectName("stageSince")
        self.change_button = QPushButton(self.tr("&Change stage…"), self)
        self.change_button.setObjectName("stageChange")
        current = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.stage_label)
        text.addWidget(self.stage_since)
        current.addLayout(text, 1)
        current.addWidget(self.change_button)

        self.hint_box = QGroupBox(
            self.tr("Suggestion from the last %1 weeks").replace("%1", str(HINT_WEEKS)), self
        )
        self.hint_box.setObjectName("lifecycleHint")
        self.hint_text = QLabel(self.hint_box)
        self.hint_text.setObjectName("hintText")
        self.hint_text.setWordWrap(True)
        self.hint_reasons = QLabel(self.hint_box)
        self.hint_reasons.setObjectName("hintReasons")
        self.hint_reasons.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("&Accept suggestion"), self.hint_box)
        self.accept_button.setObjectName("hintAccept")
        hint_layout = QVBoxLayout(self.hint_box)
        hint_layout.addWidget(self.hint_text)
        hint_layout.addWidget(self.hint_reasons)
        accept_row = QHBoxLayout()
        note = QLabel(self.tr("A suggestion is only applied when you accept it."), self.hint_box)
        note.setStyleSheet("color: palette(placeholder-text);")
        accept_row.addWidget(note, 1)
        accept_row.addWidget(self.accept_button)
        hint_layout.addLayout(accept_row)

        self.model = LifecycleHistoryModel(self)
        self.history = table_view(self, "lifecycleHistory")
        self.history.setModel(self.model)
        header = self.history.horizontalHeader()
        for column in (
            LifecycleHistoryModel.STAGE,
            LifecycleHistoryModel.BEGAN,
            LifecycleHistoryModel.LASTED,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LifecycleHistoryModel.NOTE, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addLayout(current)
        layout.addSpacing(6)
        layout.addWidget(self.hint_box)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("<b>History</b> — newest first"), self))
        layout.addWidget(self.history, 1)

    def _connect_signals(self) -> None:
        self.change_button.clicked.connect(self._on_change)
        self.accept_button.clicked.connect(self._on_accept)

    # ---- state --------------------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        """Show another group's lifecycle (None: nothing)."""
        self.group_id = group_id
        self.refresh()

    def refresh(self) -> None:
        """Reload stage, suggestion and history."""
        database = self.host.database
        today = self.host.today()
        if self.group_id is None or database is None:
            self.current, self.hint = None, None
            self.model.set_history([], today)
        else:
            entries = lifecycle.lifecycle_history(database, self.group_id)
            self.current = entries[-1] if entries else None
            self.hint = lifecycle.suggest_lifecycle(database, self.group_id, today=today)
            self.model.set_history(entries, today)
        self._show_current()
        self._show_hint()

    def _show_current(self) -> None:
        entry = self.current
        self.change_button.setEnabled(
            entry is not None and entry.stage != Lifecycle.DISSOLVED and self.group_id is not None
        )
        if entry is None:
            self.stage_label.setText(self.tr("No stage recorded"))
            self.stage_since.clear()
            return
        days = (self.host.today() - entry.began_on).days
        self.stage_label.setText(label_for(Lifecycle, entry.stage))
        self.stage_since.setText(
            self.tr("since %1 (%2)")
            .replace("%1", format_date(entry.began_on))
            .replace("%2", self.days(days))
        )

    def _show_hint(self) -> None:
        hint = self.hint
        self.accept_button.setEnabled(hint is not None and hint.is_change)
        if hint is None:
            dissolved = self.current is not None and self.current.stage == Lifecycle.DISSOLVED
            self.hint_text.setText(
                self.tr("No suggestion for a dissolved group.")
                if dissolved
                else self.tr("Not enough data yet: no members or activity recorded.")
            )
            self.hint_reasons.clear()
            self.hint_reasons.hide()
            return
        stage = label_for(Lifecycle, hint.stage)
        if hint.is_change:
            headline = self.tr("Suggested stage: <b>%1</b>, because %2.")
        else:
            headline = self.tr("The numbers agree with the current stage, <b>%1</b>: %2.")
        self.hint_text.setText(headline.replace("%1", stage).replace("%2", self.why(hint)))
        self.hint_reasons.setText(self.reasons_text(hint))
        self.hint_reasons.show()

    def days(self, count: int) -> str:
        """A number of days in words."""
        return self.tr("1 day") if count == 1 else self.tr("%1 days").replace("%1", f"{count:,}")

    def why(self, hint: LifecycleHint) -> str:
        """The rule of `suggest_lifecycle` that decided the stage, in words."""
        growth = hint.reason("member_growth_pct")
        if hint.stage == Lifecycle.INTRODUCTION:
            return self.tr("the group is younger than %1 weeks").replace("%1", str(HINT_WEEKS))
        if hint.stage == Lifecycle.DECLINE:
            if growth is not None and growth <= SHRINK_PCT:
                return self.tr("members fell by %1% or more").replace("%1", f"{-SHRINK_PCT:g}")
            return self.tr("messages per day fell by %1% or more").replace(
                "%1", f"{-ACTIVITY_DROP_PCT:g}"
            )
        if hint.stage == Lifecycle.GROWTH:
            if growth is None:
                return self.tr("it went from no members to some")
            return self.tr("members grew by %1% or more").replace("%1", f"{GROWTH_PCT:g}")
        return self.tr("members and messages are steady")

    def reasons_text(self, hint: LifecycleHint) -> str:
        """The numbers behind a hint, one line each."""
        value = hint.reason
        lines: list[str] = []
        before, now = value("members_before"), value("members_now")
        if before is not None and now is not None:
            line = (
                self.tr("Members: %1 → %2 over %3 weeks")
                .replace("%1", format_number(before))
                .replace("%2", format_number(now))
                .replace("%3", str(HINT_WEEKS))
            )
            change = format_change(value("member_growth_pct"))
            lines.append(f"{line} ({change})" if change else line)
        joins, leaves, net = value("joins"), value("leaves"), value("net_joins_per_week")
        if joins is not None and leaves is not None and net is not None:
            lines.append(
                self.tr("Joined %1, left %2; net joins per week: %3")
                .replace("%1", format_number(joins))
                .replace("%2", format_number(leaves))
                .replace("%3", format_number(net))
            )
        first, last = (
            value("messages_per_day_first_4_weeks"),
            value("messages_per_day_last_4_weeks"),
        )
        if first is not None and last is not None:
            line = (
                self.tr("Messages per day: %1 → %2")
                .replace("%1", format_number(first))
                .replace("%2", format_number(last))
            )
            change = format_change(value("messages_change_pct"))
            if change:
                line += " " + self.tr("(%1 vs the previous 4 weeks)").replace("%1", change)
            lines.append(line)
        first, last = value("active_members_first_4_weeks"), value("active_members_last_4_weeks")
        if first is not None and last is not None:
            line = (
                self.tr("Active members per day: %1 → %2")
                .replace("%1", format_number(first))
                .replace("%2", format_number(last))
            )
            change = format_change(value("active_members_change_pct"))
            lines.append(f"{line} ({change})" if change else line)
        age = value("age_days")
        if age is not None:
            lines.append(self.tr("Age of the group: %1").replace("%1", self.days(int(age))))
        return "\n".join(f"• {line}" for line in lines)

    # ---- actions ------------------------------------------------------------------------

    def _record(self, stage: str, began_on: dt.date, note: str, text: str) -> None:
        database = self.host.database
        if self.group_id is None or database is None:
            return
        command = ChangeStage(self.host, database, self.group_id, stage, began_on, note, text)
        error = self.host.execute(command)
        if error is not None:
            QMessageBox.warning(
                self,
                self.tr("Stage not changed"),
                self.tr("%1\n\nNothing was changed.").replace("%1", error.message),
            )

    def _on_change(self) -> None:
        database = self.host.database
        if self.group_id is None or database is None:
            return
        created = get_group(database, self.group_id).created_on
        earliest = max(created, self.current.began_on) if self.current else created
        suggested = self.hint.stage if self.hint is not None and self.hint.is_change else None
        choice = StageDialog.ask(
            self,
            self.current.stage if self.current else None,
            earliest,
            self.host.today(),
            suggested,
        )
        if choice is None:
            return
        text = self.tr("Change stage to %1").replace("%1", label_for(Lifecycle, choice.stage))
        self._record(choice.stage, choice.began_on, choice.note, text)

    def _on_accept(self) -> None:
        hint = self.hint
        if hint is None or not hint.is_change:
            return
        stage = label_for(Lifecycle, hint.stage)
        note = self.tr("Accepted the suggestion: %1").replace("%1", self.why(hint))
        text = self.tr("Accept suggested stage %1").replace("%1", stage)
        self._record(hint.stage, self.host.today(), note, text)
