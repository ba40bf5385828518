"""First run: when the welcome shows, and where each of its three choices leads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from desktop import app as app_module
from desktop import i18n, paths
from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.core.codes import Metric, Purpose, Structure, Threshold, ValueType
from desktop.models.groups import goals, groups
from desktop.models.storage.db import Database
from desktop.views.common import labels
from desktop.views.exchange.import_dialog import ImportDialog
from desktop.views.groups.first_group_entry import EntryPage
from desktop.views.groups.first_group_wizard import SUGGESTED, FirstGroupWizard
from desktop.views.shell import first_run
from desktop.views.shell.main_window import SETTING_LAST_DB, MainWindow
from desktop.views.shell.welcome_dialog import (
    IMPORT_SHEET,
    OPEN_DEMO,
    START_EMPTY,
    WelcomeDialog,
)

TODAY = dt.date(2026, 11, 23)


def opener(path: Path) -> Database:
    return Database.open(path, create=True)


def answers(monkeypatch: pytest.MonkeyPatch, *choices: str | None) -> list[Path]:
    """Make the welcome answer `choices` in turn; the database paths it was shown for."""
    shown: list[Path] = []
    queue = list(choices)

    def ask(_parent: object, path: Path) -> str | None:
        shown.append(path)
        return queue.pop(0)

    monkeypatch.setattr(WelcomeDialog, "ask", ask)
    return shown


# ---- when -----------------------------------------------------------------------------------


def test_welcome_only_without_db_default_or_last_database(tmp_path: Path) -> None:
    settings = make_settings()
    default = tmp_path / "qundesk.sqlite"
    assert first_run.is_first_run(None, settings, default)
    assert not first_run.is_first_run(tmp_path / "named.sqlite", settings, default)
    settings.setValue(SETTING_LAST_DB, str(tmp_path / "elsewhere.sqlite"))
    assert not first_run.is_first_run(None, settings, default)
    settings.remove(SETTING_LAST_DB)
    default.write_bytes(b"")
    assert not first_run.is_first_run(None, settings, default)
    assert first_run.is_first_run(None, settings) == (not paths.default_db_path().exists())


@pytest.fixture
def no_event_loop(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    """run_gui returns at once instead of running the event loop; the windows it made.

    It runs in English, and leaves the C locale and no translators behind, as it found them.
    """
    made: list[MainWindow] = []
    original = MainWindow.show

    def show(window: MainWindow) -> None:
        made.append(window)
        original(window)

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    make_settings().setValue(i18n.SETTING_LANGUAGE, "en")
    yield made
    for window in made:
        window.close()
    for translator in i18n.installed_translators():
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())
    labels.reset()


def test_run_gui_with_a_named_database_never_welcomes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_event_loop: list[MainWindow], qapp: Any
) -> None:
    shown = answers(monkeypatch)  # any call would fail: nothing to pop
    named = tmp_path / "named.sqlite"
    assert app_module.run_gui(named) == 0
    assert named.is_file() and shown == []
    assert not paths.default_db_path().exists()
    assert len(no_event_loop) == 1


def test_run_gui_on_first_run_welcomes_and_quitting_creates_nothing(
    monkeypatch: pytest.MonkeyPatch, no_event_loop: list[MainWindow], qapp: Any
) -> None:
    shown = answers(monkeypatch, None)
    assert app_module.run_gui(None) == 0
    assert shown == [paths.default_db_path()]
    assert not paths.default_db_path().exists()
    assert no_event_loop == []


def test_run_gui_with_an_existing_default_database_never_welcomes(
    monkeypatch: pytest.MonkeyPatch, no_event_loop: list[MainWindow], qapp: Any
) -> None:
    paths.default_db_path().parent.mkdir(parents=True, exist_ok=True)
    Database.open(paths.default_db_path(), create=True).close()
    shown = answers(monkeypatch)
    assert app_module.run_gui(None) == 0
    assert shown == [] and len(no_event_loop) == 1


# ---- where each choice leads --------------------------------------------------------------------


def test_start_empty_creates_the_default_database_and_then_sets_up_a_group(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answers(monkeypatch, START_EMPTY)
    default = tmp_path / "qundesk.sqlite"
    started = first_run.start(default, opener, TODAY)
    assert started is not None
    database, follow_up = started
    assert database.path == default and default.is_file()
    assert groups.list_group_refs(database) == []  # empty until the setup saves
    asked: list[Database] = []

    def wizard(_parent: object, db: Database, today: dt.date) -> int:
        asked.append(db)
        return groups.create_group(db, groups.GroupDraft(name="读书会"), today=today)

    monkeypatch.setattr(FirstGroupWizard, "ask", wizard)
    window = MainWindow(database, make_settings(), clock=FixedClock(TODAY))
    qtbot.addWidget(window)
    assert follow_up is not None
    follow_up(window)
    assert asked == [database]
    assert [window.group_filter.itemText(i) for i in range(window.group_filter.count())][1:] == [
        "读书会"
    ]  # the window shows the new group at once
    window.close()
    database.close()


def test_open_the_demo_generates_it_beside_the_default(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_run, "DEMO_MEMBERS", 25)
    answers(monkeypatch, OPEN_DEMO)
    started = first_run.start(paths.default_db_path(), opener, TODAY)
    assert started is not None
    database, follow_up = started
    assert follow_up is None
    assert database.path == first_run.demo_path() != paths.default_db_path()
    assert len(groups.list_group_refs(database)) == 5
    (members,) = database.conn.execute("SELECT count(*) FROM members").fetchone()
    assert members == 25
    assert not paths.default_db_path().exists()  # the owner's own database stays free
    database.close()


def test_stopping_the_demo_writes_nothing_and_welcomes_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    database = opener(tmp_path / "demo.sqlite")
    steps: list[tuple[int, int]] = []
    work = first_run.demo_work(database, 20, TODAY)
    with pytest.raises(first_run.DemoCancelledError):
        work(lambda done, total: steps.append((done, total)), lambda: len(steps) >= 2)
    assert steps == [(0, 8), (1, 8)]
    assert database.conn.execute("SELECT count(*) FROM members").fetchone() == (0,)
    database.close()

    from desktop.views.shell.file_menu import WorkDialog

    def stopped(*_args: object) -> None:
        raise first_run.DemoCancelledError("stopped")

    monkeypatch.setattr(WorkDialog, "run", stopped)
    shown = answers(monkeypatch, OPEN_DEMO, None)
    assert first_run.start(paths.default_db_path(), opener, TODAY) is None
    assert len(shown) == 2  # back to the welcome, then quit
    assert not first_run.demo_path().exists()


def test_demo_progress_runs_through_every_stage(tmp_path: Path) -> None:
    database = opener(tmp_path / "demo.sqlite")
    steps: list[tuple[int, int]] = []
    first_run.demo_work(database, 10, TODAY)(lambda d, t: steps.append((d, t)), lambda: False)
    assert steps == [(n, 8) for n in range(9)]
    database.close()


def test_import_opens_the_import_dialog_over_the_new_database(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answers(monkeypatch, IMPORT_SHEET)
    started = first_run.start(tmp_path / "qundesk.sqlite", opener, TODAY)
    assert started is not None
    database, follow_up = started
    calls: list[Database] = []
    monkeypatch.setattr(ImportDialog, "ask", lambda _parent, db, **_kw: calls.append(db))
    window = MainWindow(database, make_settings(), clock=FixedClock(TODAY))
    qtbot.addWidget(window)
    assert follow_up is not None
    follow_up(window)
    assert calls == [database]
    window.close()
    database.close()


# ---- the dialogs themselves ---------------------------------------------------------------------


def test_welcome_dialog_choices_and_keys(qtbot: QtBot, tmp_path: Path) -> None:
    for button, expected in (("empty_button", START_EMPTY), ("demo_button", OPEN_DEMO)):
        dialog = WelcomeDialog(None, tmp_path / "qundesk.sqlite")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        assert dialog.choice == expected and dialog.result() == dialog.DialogCode.Accepted
    dialog = WelcomeDialog(None, tmp_path / "qundesk.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_button.isDefault()  # Enter starts empty
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is None and dialog.result() == dialog.DialogCode.Rejected


def fill_wizard(qtbot: QtBot, wizard: FirstGroupWizard) -> None:
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # a group needs a name
    wizard.name_page.name.setText("烘焙爱好者交流群")
    assert next_button.isEnabled()
    wizard.next()
    page = wizard.value_page
    assert not page.isComplete()  # a purpose and a value are asked for
    page.purposes[Purpose.NETWORKING].setChecked(True)
    assert not page.isComplete()
    page.values[ValueType.SERVICE].setChecked(True)
    assert page.isComplete()
    page.mission.setText("每月一起烤一款新点心")
    wizard.next()
    wizard.structure_page.buttons[Structure.RING].setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.entry_page
    wizard.next()  # no threshold, no fee: a free group anyone may join


def test_wizard_writes_the_group_and_its_goals_together(qtbot: QtBot, database: Database) -> None:
    wizard = FirstGroupWizard(None, database, TODAY)
    qtbot.addWidget(wizard)
    fill_wizard(qtbot, wizard)
    rows = wizard.goals_page.rows
    # suggested from the purpose: a chat band with a maximum, and events
    assert [row.band() for row in rows] == list(SUGGESTED[Purpose.NETWORKING])
    rows[1].keep.setChecked(False)
    rows[0].maximum.setValue(150)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == wizard.DialogCode.Accepted
    (group,) = groups.list_group_refs(database)
    assert wizard.group_id == group.id
    stored = groups.get_group(database, group.id)
    assert (stored.name, stored.purposes, stored.value_types, stored.structure) == (
        "烘焙爱好者交流群",
        ("networking",),
        ("service",),
        "ring",
    )
    assert stored.mission == "每月一起烤一款新点心"
    [goal] = goals.list_goals(database, group.id)
    assert (goal.metric, goal.min_value, goal.max_value, goal.effective_from) == (
        Metric.MESSAGES_PER_DAY,
        20,
        150,
        TODAY,
    )


def test_wizard_saves_nothing_when_a_goal_is_refused(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = FirstGroupWizard(None, database, TODAY)
    qtbot.addWidget(wizard)
    fill_wizard(qtbot, wizard)
    monkeypatch.setattr(goals, "set_goal", _refuse)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.group_id is None
    assert "Nothing was saved" in wizard.goals_page.error.text()
    assert groups.list_group_refs(database) == []  # the group was rolled back with it
    wizard.reject()


def at_entry_page(qtbot: QtBot, database: Database) -> tuple[FirstGroupWizard, EntryPage]:
    """A filled wizard, back on its page of thresholds and fee."""
    wizard = FirstGroupWizard(None, database, TODAY)
    qtbot.addWidget(wizard)
    fill_wizard(qtbot, wizard)
    wizard.back()
    return wizard, wizard.entry_page


def test_wizard_asks_for_thresholds_fee_and_exit(qtbot: QtBot, database: Database) -> None:
    wizard, page = at_entry_page(qtbot, database)
    assert not page.fee.isEnabled()  # a fee belongs to the payment threshold
    page.checks[Threshold.PAYMENT].setChecked(True)
    assert page.fee.isEnabled() and page.fee_period.value() == 12
    page.texts[Threshold.PAYMENT].setText("年费，7 天内可退")
    page.checks[Threshold.ACTIVITY].setChecked(True)
    page.texts[Threshold.ACTIVITY].setText("每月至少打卡4次")
    page.exit_criteria.setText("三个月不打卡")
    page.fee.setText("1.2.3")
    wizard.next()  # an unreadable fee keeps the page
    assert wizard.currentPage() is page and page.error.isVisible()
    page.fee.setText("1,299.50")
    wizard.next()
    assert wizard.currentPage() is wizard.goals_page and not page.error.isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    (group,) = groups.list_group_refs(database)
    stored = groups.get_group(database, group.id)
    assert (stored.fee_minor, stored.fee_period_months) == (129950, 12)
    assert stored.thresholds == {"payment": "年费，7 天内可退", "activity": "每月至少打卡4次"}
    assert stored.exit_criteria == "三个月不打卡"


def test_wizard_ignores_a_fee_once_payment_is_unticked(qtbot: QtBot, database: Database) -> None:
    wizard, page = at_entry_page(qtbot, database)
    page.checks[Threshold.PAYMENT].setChecked(True)
    page.fee.setText("99")
    page.checks[Threshold.PAYMENT].setChecked(False)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    (group,) = groups.list_group_refs(database)
    stored = groups.get_group(database, group.id)
    assert (stored.fee_minor, stored.fee_period_months, stored.thresholds) == (0, None, {})


def _refuse(*_args: object, **_kwargs: object) -> int:
    from desktop.models.core.errors import ValidationError

    raise ValidationError("min_value", "The minimum must be a whole number, 0 or more.")
