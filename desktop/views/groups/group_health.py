"""The health line: how many of a group's goals are met in the toolbar's period."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent
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

    def show_checking(self, start: dt.date, end: dt.date) -> None:
        """The line while the goals of start..end are being judged (at start-up)."""
        period = (
            self.tr("%1 – %2").replace("%1", format_date(start)).replace("%2", format_date(end))
        )
        self.setText(self.tr("Checking the goals for %1…").replace("%1", period))
        self._style("none")

    def show_checks(self, checks: list[GoalCheck], start: dt.date, end: dt.date) -> None:
        """Summarise `verdict.group_health` for the range start..end."""
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
        groups = (
            (GoalStatus.BELOW, self.tr("Below: %1.")),
            (GoalStatus.ABOVE, self.tr("Above: %1.")),
            (GoalStatus.IN_PROGRESS, self.tr("In progress: %1.")),
            (GoalStatus.NOT_ENOUGH_DATA, self.tr("Not enough data: %1.")),
            (GoalStatus.NO_GOAL, self.tr("No goal then: %1.")),
        )
        for status, text in groups:
            found = [describe_check(c, start) for c in checks if c.status == status]
            if found:
                parts.append(text.replace("%1", "; ".join(found)))
        self.setText("  ".join(parts))
        judged = [c for c in checks if c.status != GoalStatus.NO_GOAL]
        if not judged:
            self._style("none")
        else:
            self._style("met" if all(c.status == GoalStatus.MET for c in judged) else "off")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Verdict", text)


def status_text(status: str, pace: str | None = None) -> str:
    """A verdict's status in words; "in progress" says how it is going so far."""
    words: dict[str, str] = {
        GoalStatus.MET: _tr("met"),  # 达标
        GoalStatus.BELOW: _tr("below"),  # 未达标
        GoalStatus.ABOVE: _tr("above"),  # 超出目标
        GoalStatus.IN_PROGRESS: _tr("in progress"),
        GoalStatus.NOT_ENOUGH_DATA: _tr("not enough data"),
        GoalStatus.NO_GOAL: _tr("no goal"),
    }
    word = words.get(str(status), str(status))
    if status == GoalStatus.IN_PROGRESS and pace is not None:
        return _tr("%1 · %2").replace("%1", word).replace("%2", pace_text(pace))
    return word


def pace_text(pace: str) -> str:
    """How a verdict in progress is going: "on track so far", "behind so far", …"""
    return {
        GoalStatus.MET.value: _tr("on track so far"),
        GoalStatus.BELOW.value: _tr("behind so far"),
        GoalStatus.ABOVE.value: _tr("ahead so far"),
    }.get(str(pace), str(pace))


def coverage_text(check: GoalCheck) -> str:
    """ "data on 23 of 30 days" for a level read from the activity log; "" otherwise."""
    if check.days_with_data is None:
        return ""
    return (
        _tr("data on %1 of %2 days")
        .replace("%1", str(check.days_with_data))
        .replace("%2", str(check.days_judged))
    )


def describe_check(check: GoalCheck, start: dt.date | None = None) -> str:
    """One verdict in words: metric, actual, band, since when and the data it rests on.

    "since" names the first day judged when a goal began after the range's `start`.
    """
    metric = check.goal.metric
    name = label_for(Metric, metric)
    if check.status == GoalStatus.NO_GOAL:
        return name
    notes = []
    if check.days_judged and check.status != GoalStatus.NOT_ENOUGH_DATA:
        actual = format_money(check.actual) if metric == Metric.REVENUE else f"{check.actual:,}"
        notes.append(
            _tr("goal %1").replace("%1", band_text(metric, check.band_min, check.band_max))
        )
    else:
        actual = ""
    if check.status == GoalStatus.IN_PROGRESS and check.pace is not None:
        notes.append(pace_text(check.pace))
    coverage = coverage_text(check)
    if coverage:
        notes.append(coverage)
    if start is not None and check.judged_from is not None and check.judged_from > start:
        notes.append(_tr("since %1").replace("%1", format_date(check.judged_from)))
    head = f"{name} {actual}".strip()
    return _tr("%1 (%2)").replace("%1", head).replace("%2", " · ".join(notes)) if notes else head
