"""The health line: how many of a group's goals are met in the toolbar's period."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.models.core.codes import Metric
from desktop.models.groups.goals import GoalCheck, GoalStatus
from desktop.views.common import theme
from desktop.views.common.formatting import format_date, format_money
from desktop.views.common.labels import label_for
from desktop.views.groups.group_item_models import band_text

# Background and border per overall state: all met, some off-goal, no goals at all.
_STYLES = {
    "met": "background: #e8f5e9; border: 1px solid #a5d6a7;",
    "off": "background: #fff4e5; border: 1px solid #ffcc80;",
    "none": "background: palette(alternate-base); border: 1px solid palette(mid);",
}
# The same states on a dark palette (light text): deep tints instead of pastel ones.
_DARK_STYLES = {
    **_STYLES,
    "met": "background: #1f3a25; border: 1px solid #356b41;",
    "off": "background: #45311a; border: 1px solid #85602a;",
}


class HealthLine(QLabel):
    """One line: "3 of 5 goals met · below: … · above: …" for a date range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupHealth")
        self.setWordWrap(True)
        self.state = "none"
        self._dark = False
        self._style("none")

    def _style(self, state: str) -> None:
        self.state = state
        # the application's palette: this label's own is pinned by its style sheet
        self._dark = theme.is_dark()
        styles = _DARK_STYLES if self._dark else _STYLES
        self.setStyleSheet(
            f"QLabel#groupHealth {{ {styles[state]} border-radius: 4px; padding: 6px 10px; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        """The system turned dark or light: tint the line to match."""
        super().changeEvent(event)
        # only when light/dark flips: restyling itself must not loop through here
        if event.type() == QEvent.Type.PaletteChange and theme.is_dark() != self._dark:
            self._style(self.state)

    def show_checks(self, checks: list[GoalCheck], start: dt.date, end: dt.date) -> None:
        """Summarise `goals.group_health` for the range start..end."""
        period = (
            self.tr("%1 – %2").replace("%1", format_date(start)).replace("%2", format_date(end))
        )
        if not checks:
            self.setText(
                self.tr("No goals in force for %1. Set goal bands on the Goals page.").replace(
                    "%1", period
                )
            )
            self._style("none")
            return
        met = sum(1 for check in checks if check.status == GoalStatus.MET)
        parts = [
            self.tr("Goals %1: %2 of %3 met.")
            .replace("%1", period)
            .replace("%2", str(met))
            .replace("%3", str(len(checks)))
        ]
        below = [self._describe(c) for c in checks if c.status == GoalStatus.BELOW]
        above = [self._describe(c) for c in checks if c.status == GoalStatus.ABOVE]
        if below:
            parts.append(self.tr("Below: %1.").replace("%1", "; ".join(below)))
        if above:
            parts.append(self.tr("Above: %1.").replace("%1", "; ".join(above)))
        self.setText("  ".join(parts))
        self._style("met" if met == len(checks) else "off")

    def _describe(self, check: GoalCheck) -> str:
        metric = check.goal.metric
        actual = format_money(check.actual) if metric == Metric.REVENUE else f"{check.actual:,}"
        return (
            self.tr("%1 %2 (goal %3)")
            .replace("%1", label_for(Metric, metric))
            .replace("%2", actual)
            .replace("%3", band_text(metric, check.band_min, check.band_max))
        )
