"""Adding revenue categories and event types on the vocabulary page, then using them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.models.calendar import events
from desktop.models.calendar.events import EventDraft
from desktop.models.core.clock import FixedClock
from desktop.models.core.codes import Category, EventType
from desktop.models.core.scope import Scope
from desktop.models.core.vocabulary import add_entry, list_vocabulary
from desktop.models.storage.db import Database
from desktop.views.calendar.event_dialog import EventDialog
from desktop.views.common import labels
from desktop.views.revenue.revenue_tab import RevenueTab
from desktop.views.shell.settings_dialog import SettingsDialog
from desktop.views.shell.vocabulary_page import RowRole, VocabularyModel, VocabularyPage
from tests.models.revenue.test_revenue import SALES, build_ledger

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def no_owner_words() -> Iterator[None]:
    yield
    labels.set_vocabulary(())


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path, database: Database) -> SettingsDialog:
    dlg = SettingsDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), database)
    qtbot.addWidget(dlg)
    return dlg


def _page(dialog: SettingsDialog, domain: str) -> VocabularyPage:
    page = dialog.vocabulary
    assert page is not None
    page.domain.setCurrentIndex(page.domain.findData(domain))
    return page


def _add(page: VocabularyPage, zh: str, en: str) -> None:
    page.add_button.click()
    last = page.model.rowCount() - 1
    page.model.setData(page.model.index(last, VocabularyModel.ZH), zh)
    page.model.setData(page.model.index(last, VocabularyModel.EN), en)


def test_page_adds_a_category_and_an_event_type(
    dialog: SettingsDialog, database: Database, qtmodeltester: Any
) -> None:
    page = _page(dialog, "role")
    assert not page.add_button.isEnabled() and not page.kind.isVisibleTo(page)
    assert "only be renamed" in page.note.text()
    page = _page(dialog, "category")
    qtmodeltester.check(page.model)
    assert page.add_button.isEnabled() and page.kind.isVisibleTo(page)
    assert not page.table.isColumnHidden(VocabularyModel.KIND)
    assert page.model.index(0, VocabularyModel.KIND).data() == "Direct income"  # membership
    page.kind.setCurrentIndex(page.kind.findData("indirect"))
    _add(page, "展会返点", "Fair rebate")
    last = page.model.rowCount() - 1
    assert page.model.index(last, VocabularyModel.KIND).data() == "Indirect income"
    assert page.model.index(last, VocabularyModel.BUILTIN).data() == "(your own entry)"
    page = _page(dialog, "event_type")
    assert page.table.isColumnHidden(VocabularyModel.KIND)
    _add(page, "品鉴会", "Tasting")
    dialog.accept()
    assert not dialog.error.isVisibleTo(dialog)
    words = {(e.domain, e.code): (e.label_zh, e.label_en) for e in list_vocabulary(database)}
    assert words == {
        ("category", "custom_indirect_fair_rebate"): ("展会返点", "Fair rebate"),
        ("event_type", "custom_tasting"): ("品鉴会", "Tasting"),
    }
    assert ("custom_tasting", "Tasting") in labels.choices(EventType)
    assert ("custom_indirect_fair_rebate", "Fair rebate") in labels.choices(Category)


def test_deleting_an_own_entry_in_use_is_refused(qtbot: QtBot, database: Database) -> None:
    database.conn.execute("INSERT INTO groups (name, created_on) VALUES ('读书会', '2026-01-01')")
    tasting = add_entry(database, "event_type", "品鉴会", "Tasting")
    spare = add_entry(database, "event_type", "备用", "Spare")
    start = dt.datetime(2026, 11, 20, 19)
    for hours in (0, 24):
        events.create_event(
            database,
            EventDraft(
                group_id=1,
                title="品鉴",
                type=tasting,
                starts_at=start + dt.timedelta(hours=hours),
                ends_at=start + dt.timedelta(hours=hours + 1),
            ),
        )
    page = VocabularyPage(database)
    qtbot.addWidget(page)
    page.domain.setCurrentIndex(page.domain.findData("event_type"))
    rows = {page.model.index(r, 0).data(RowRole).code: r for r in range(page.model.rowCount())}
    page.table.setCurrentIndex(page.model.index(rows["salon"], VocabularyModel.ZH))
    assert not page.delete_button.isEnabled()  # built-in: rename only
    page.table.setCurrentIndex(page.model.index(rows[tasting], VocabularyModel.ZH))
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    assert not page.message.isHidden()
    assert page.message.text().startswith("“品鉴会” is used by 2 event")
    assert page.model.rowCount() == len(rows)
    page.table.setCurrentIndex(page.model.index(rows[spare], VocabularyModel.ZH))
    page.delete_button.click()
    assert page.model.rowCount() == len(rows) - 1 and page.message.isHidden()
    page.save()
    assert [e.code for e in list_vocabulary(database)] == [tasting]


def test_revenue_entry_offers_and_saves_an_added_category(qtbot: QtBot, database: Database) -> None:
    build_ledger(database)
    database.clock = FixedClock(TODAY)
    tab = RevenueTab(QUndoStack(), clock=database.clock)
    qtbot.addWidget(tab)
    tab.set_database(database)
    tab.set_scope(Scope(None, dt.date(2026, 9, 1), dt.date(2026, 11, 30)))
    training = add_entry(database, "category", "培训", "Training", "direct")
    labels.load_vocabulary(database)
    tab.set_database(database)  # what the window does after the settings were saved
    combo = tab.entry.category
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert training in codes
    # the own direct category sits with the direct ones, before the indirect ones
    assert codes.index(training) < codes.index("sponsorship")
    assert combo.itemText(codes.index(training)) == "Training"
    combo.setCurrentIndex(codes.index(training))
    tab.entry.group.setCurrentIndex(tab.entry.group.findData(SALES))
    tab.entry.amount.setText("500")
    qtbot.keyClick(tab.entry.amount, Qt.Key.Key_Return)
    row = database.conn.execute(
        "SELECT kind, category, amount_minor FROM revenue ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert row == ("income", training, 50000)
    shown = {tab.model.index(r, tab.model.CATEGORY).data() for r in range(tab.model.rowCount())}
    assert "Training" in shown


def test_event_dialog_offers_and_saves_an_added_type(qtbot: QtBot, database: Database) -> None:
    database.conn.execute("INSERT INTO groups (name, created_on) VALUES ('读书会', '2026-01-01')")
    tasting = add_entry(database, "event_type", "品鉴会", "Tasting")
    labels.load_vocabulary(database)
    start = dt.datetime(2026, 11, 20, 19)
    draft = EventDraft(
        group_id=1, title="品鉴", starts_at=start, ends_at=start + dt.timedelta(hours=1)
    )
    dlg = EventDialog(database, [(1, "读书会")], [], draft)
    qtbot.addWidget(dlg)
    found = dlg.type.findData(tasting)
    assert found == dlg.type.count() - 1 and dlg.type.itemText(found) == "Tasting"
    dlg.type.setCurrentIndex(found)
    dlg.buttons.accepted.emit()
    assert dlg.result_draft is not None and dlg.result_draft.type == tasting
    event_id = events.create_event(database, dlg.result_draft)
    assert events.get_event(database, event_id).type == tasting


def test_renaming_an_event_type_in_settings_updates_its_events_in_calendars(
    dialog: SettingsDialog, database: Database
) -> None:
    database.conn.execute("INSERT INTO groups (name, created_on) VALUES ('读书会', '2026-01-01')")
    start = dt.datetime(2026, 2, 14, 14)
    salon = events.create_event(
        database,
        EventDraft(
            group_id=1, title="沙龙", type="salon", starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
        ),
    )  # fmt: skip
    assert events.get_event(database, salon).sequence == 0
    page = _page(dialog, "event_type")
    row = next(
        r for r in range(page.model.rowCount())
        if page.model.index(r, VocabularyModel.ZH).data(RowRole).code == "salon"
    )  # fmt: skip
    page.model.setData(page.model.index(row, VocabularyModel.ZH), "读书沙龙")
    dialog.accept()
    assert not dialog.error.isVisibleTo(dialog)
    assert events.get_event(database, salon).sequence == 1
