"""The export dialog: writes the workbook in a worker, shows progress, cancels cleanly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.exchange import exporting
from desktop.models.storage.db import Database
from desktop.views.exchange.export_dialog import ExportDialog

TODAY = dt.date(2026, 11, 23)


def _dialog(qtbot: QtBot, db: Database, scope: Scope | None = None) -> ExportDialog:
    scope = scope or Scope(None, dt.date(2025, 1, 1), TODAY)
    db.clock = FixedClock(TODAY)
    dialog = ExportDialog(db, scope)
    qtbot.addWidget(dialog)
    return dialog


def test_export_runs_in_worker_and_window_keeps_painting(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "REPORT_EVERY", 100)
    dialog = _dialog(qtbot, demo_db)
    dialog.show()
    out = tmp_path / "合作方.xlsx"
    dialog.path.setText(str(out))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    ticks: list[int] = []
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(dialog.grab().width()))  # a repaint
    timer.start(5)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        dialog.export_button.click()
        assert dialog.is_busy() and not dialog.export_button.isEnabled()
    timer.stop()
    assert len(ticks) >= 3  # the event loop kept running while the worker wrote
    assert len(set(values)) >= 3 and values == sorted(values)
    assert blocker.args[0].path == out and dialog.result_value is not None
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names[:3] == ["Summary", "Groups", "Members"]
    members = book.get_sheet_by_name("Members").to_python()
    assert all("****" in row[4] for row in members[1:] if row[4])  # masked by default


def test_cancel_stops_and_leaves_no_file(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "REPORT_EVERY", 20)
    dialog = _dialog(qtbot, demo_db)
    dialog.path.setText(str(tmp_path / "cancel.xlsx"))
    started = []

    def cancel_once(done: int, _total: int) -> None:
        if done and not started:
            started.append(done)
            dialog.cancel_button.click()

    dialog.progress.valueChanged.connect(lambda v: cancel_once(v, 0))
    with qtbot.waitSignal(dialog.workFailed, timeout=60_000) as blocker:
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert "Cancelled" in blocker.args[0]
    assert dialog.export_button.isEnabled()
    assert list(tmp_path.glob("*.xlsx*")) == []
    assert dialog.result() != ExportDialog.DialogCode.Accepted


def test_choices_become_options(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _dialog(qtbot, demo_db, Scope(2, dt.date(2026, 1, 1), dt.date(2026, 3, 31)))
    options = dialog.options()
    assert options.group_ids == (2,)
    assert (options.start, options.end) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert options.mask_contacts and options.lang in ("zh_CN", "en")
    dialog.sheets.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.partner.setCurrentIndex(1)
    options = dialog.options()
    assert "summary" not in options.sheets and options.partner_id is not None
    assert not dialog.groups.isEnabled()


def test_partner_tick_boxes_become_options(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _dialog(qtbot, demo_db, Scope(2, dt.date(2026, 1, 1), dt.date(2026, 3, 31)))
    boxes = (dialog.with_members, dialog.with_nicknames, dialog.with_notes, dialog.unmask_names)
    assert not any(box.isEnabled() or box.isChecked() for box in boxes)  # no partner yet
    dialog.with_notes.setChecked(True)
    assert not dialog.options().include_notes  # without a partner it means nothing
    dialog.partner.setCurrentIndex(1)
    assert not dialog.sheets.isEnabled() and not dialog.groups.isEnabled()
    assert dialog.with_members.isEnabled() and dialog.with_notes.isEnabled()
    assert not dialog.with_nicknames.isEnabled() and not dialog.unmask_names.isEnabled()
    options = dialog.options()
    # a partner's workbook covers the partner's groups, whatever the tab showed
    assert options.group_ids is None and options.include_notes
    assert not (options.include_members or options.include_nicknames or options.unmask_names)
    dialog.with_nicknames.setChecked(True)  # ticked while disabled: not without members
    assert not dialog.options().include_nicknames
    dialog.with_members.setChecked(True)
    dialog.unmask_names.setChecked(True)
    assert dialog.with_nicknames.isEnabled() and dialog.unmask_names.isEnabled()
    options = dialog.options()
    assert options.include_members and options.include_nicknames and options.unmask_names
    dialog.partner.setCurrentIndex(0)
    assert dialog.sheets.isEnabled() and not dialog.with_members.isEnabled()
    assert not dialog.options().include_members


def test_partner_workbook_written_from_the_dialog(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, demo_db)
    dialog.partner.setCurrentIndex(dialog.partner.findText("王建华"))
    dialog.with_members.setChecked(True)
    out = tmp_path / "王建华.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == ["合作方结算", "分成明细", "月度汇总", "成员名单"]


def test_failure_is_explained(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, demo_db)
    dialog.path.setText(str(tmp_path / "missing" / "x.xlsx"))
    with qtbot.waitSignal(dialog.workFailed, timeout=60_000) as blocker:
        dialog.export_button.click()
    assert "does not exist" in blocker.args[0] and "No file was written" in blocker.args[0]
    qtbot.waitUntil(lambda: not dialog.is_busy())


def test_main_window_actions_open_export_and_table_export(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop.app import make_settings
    from desktop.views.shell.main_window import MainWindow

    window = MainWindow(demo_db, make_settings(), clock=FixedClock(TODAY))
    qtbot.addWidget(window)
    window.show()
    asked: list[Scope] = []
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda c, p, d, s: asked.append(s)))
    assert window.action_export.isEnabled()
    window.action_export.trigger()
    assert asked == [window.scope()]

    window.tabs.setCurrentWidget(window.members_tab)
    qtbot.waitUntil(window.members_tab.isVisible)
    out = tmp_path / "roster.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.action_export_table.trigger()
    qtbot.waitUntil(out.exists)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) > 1 and "林晓岚" in out.read_text(encoding="utf-8-sig")
    window.close()
