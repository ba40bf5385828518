"""The Groups tab: list, settings form, rules, lifecycle, goals, health line and undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.groups import goals, groups, lifecycle, rules, verdict
from desktop.models.groups.goals import GoalStatus
from desktop.models.groups.groups import GroupDraft
from desktop.models.members import drafts, members, role_holders
from desktop.models.storage.db import Database
from desktop.views.groups.group_dialogs import (
    DissolveChoice,
    DissolveDialog,
    StageChoice,
    StageDialog,
    TextDialog,
)
from desktop.views.groups.group_item_models import GroupListModel
from desktop.views.groups.groups_tab import GroupsTab
from tests.models.groups.group_data import join, snapshot

D = dt.date
TODAY = D(2026, 11, 23)
NOVEMBER = Scope(None, D(2026, 11, 1), D(2026, 11, 30))


class Messages:
    """Every QMessageBox shown, as (kind, title, text); answers come from `answers`."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list[QMessageBox.StandardButton] = []

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    record = Messages()

    def make(kind: str) -> Any:
        def show(_parent: object, title: str, text: str, *_args: object) -> object:
            record.shown.append((kind, title, text))
            if kind == "question":
                assert record.answers, f"unexpected question: {text}"
                return record.answers.pop(0)
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, make(kind))
    return record


def seed(database: Database) -> dict[str, int]:
    """Two groups: a book club with rules, and a nearly full QQ baking group with members."""
    book = groups.create_group(
        database,
        GroupDraft(
            name="读书会",
            platform="wechat",
            capacity=500,
            purposes=("learning",),
            value_types=("knowledge",),
            theme="每月一本书",
            created_on=D(2025, 1, 1),
            thresholds={"interest": "爱读书"},
        ),
        today=TODAY,
    )
    bake = groups.create_group(
        database,
        GroupDraft(name="烘焙交流群", platform="qq", capacity=3, created_on=D(2025, 6, 1)),
        today=TODAY,
    )
    rules.add_rule(database, book, "不发广告", today=D(2025, 1, 1))
    rules.add_rule(database, book, "每周五分享读书笔记", today=D(2025, 1, 1))
    join(database, bake, "2025-06-01", name="王芳")
    join(database, bake, "2025-06-02", name="李娜")
    return {"book": book, "bake": bake}


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    return seed(database)


@pytest.fixture
def tab(
    qtbot: QtBot, database: Database, ids: dict[str, int], undo_stack: QUndoStack
) -> Iterator[GroupsTab]:
    database.clock = FixedClock(TODAY)
    widget = GroupsTab(undo_stack, clock=database.clock)
    widget.setObjectName("groupsTab")
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.set_database(database)
    widget.set_scope(NOVEMBER)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def child(tab: GroupsTab, kind: type[Any], name: str) -> Any:
    found = tab.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot: QtBot, tab: GroupsTab, name: str) -> None:
    button = child(tab, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select(tab: GroupsTab, group_id: int) -> None:
    tab.select_group(group_id)
    assert tab.group is not None and tab.group.id == group_id


def error_shown(tab: GroupsTab, name: str) -> str:
    label = child(tab, QLabel, name)
    assert not label.isHidden(), f"{name} is hidden"
    assert label.text()
    return str(label.text())


def list_texts(tab: GroupsTab) -> list[list[str]]:
    model = tab.list.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


# --- list ------------------------------------------------------------------------------


def test_models_pass_the_model_tester(tab: GroupsTab, qtmodeltester: Any) -> None:
    qtmodeltester.check(tab.model)
    for model in (tab.rules.model, tab.rules.history_model, tab.lifecycle.model, tab.goals.model):
        qtmodeltester.check(model)


def test_list_shows_platform_stage_and_capacity_use(tab: GroupsTab, ids: dict[str, int]) -> None:
    assert child(tab, type(tab.list), "groupList") is tab.list
    assert child(tab, type(tab.editor), "groupEditor") is tab.editor
    assert list_texts(tab) == [
        ["烘焙交流群", "QQ group", "Introduction", "2/3"],
        ["读书会", "WeChat group", "Introduction", "0/500"],
    ]
    # sorting by members uses the native count, read back through RowRole
    tab.list.sortByColumn(GroupListModel.MEMBERS, Qt.SortOrder.DescendingOrder)
    first = tab.list.model().index(0, 0).data(GroupListModel.RowRole)
    assert first.id == ids["bake"]
    assert first.member_count == 2


# --- create, edit, validation ----------------------------------------------------------


def test_create_a_group_through_the_form(tab: GroupsTab, qtbot: QtBot, database: Database) -> None:
    click(qtbot, tab, "groupNew")
    assert tab.new_mode
    # QTest types Latin-1 only; Chinese text goes in with setText below
    qtbot.keyClicks(child(tab, QLineEdit, "groupName"), "VIP Club")
    platform = child(tab, QComboBox, "groupPlatform")
    platform.setCurrentIndex(platform.findData("knowledge_planet"))
    assert child(tab, QLineEdit, "groupCapacity").text() == ""  # no fixed limit there
    platform.setCurrentIndex(platform.findData("wecom"))
    assert child(tab, QLineEdit, "groupCapacity").text() == "500"  # proposed default
    child(tab, QLineEdit, "groupCapacity").setText("200")
    child(tab, QCheckBox, "purpose_sales").setChecked(True)
    child(tab, QCheckBox, "purpose_service").setChecked(True)
    child(tab, QCheckBox, "valueType_benefit").setChecked(True)
    child(tab, QCheckBox, "threshold_payment").setChecked(True)
    child(tab, QLineEdit, "thresholdText_payment").setText("年费，到期未续费移出")
    child(tab, QLineEdit, "groupFee").setText("¥1,299.50")
    tab.editor.fee_period.setValue(12)
    tab.editor.structure.setCurrentIndex(tab.editor.structure.findData("ring"))
    with qtbot.waitSignal(tab.groupsChanged):
        click(qtbot, tab, "groupSave")

    (ref,) = [r for r in groups.list_group_refs(database) if r.name == "VIP Club"]
    group = groups.get_group(database, ref.id)
    assert (group.platform, group.capacity, group.structure) == ("wecom", 200, "ring")
    assert group.purposes == ("sales", "service")
    assert group.value_types == ("benefit",)
    assert (group.fee_minor, group.fee_period_months) == (129950, 12)
    assert group.thresholds == {"payment": "年费，到期未续费移出"}
    assert group.created_on == TODAY
    # the new group is selected, shown, and the form is clean again
    assert not tab.new_mode
    assert tab.group is not None and tab.group.id == ref.id
    assert tab.selected_summary() is not None and tab.selected_summary().id == ref.id
    assert child(tab, QLineEdit, "groupFee").text() == "1299.50"
    assert not tab.save_button.isEnabled()
    assert tab.undo_stack.count() == 1


def test_edit_a_group_then_undo_and_redo(
    tab: GroupsTab, qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    select(tab, ids["book"])
    before = groups.get_group(database, ids["book"])
    name = child(tab, QLineEdit, "groupName")
    name.setText("读书会·二期")
    child(tab, QLineEdit, "groupTheme").setText("每月两本书")
    child(tab, QCheckBox, "threshold_interest").setChecked(False)
    child(tab, QCheckBox, "threshold_identity").setChecked(True)
    assert tab.save_button.isEnabled()
    with qtbot.waitSignal(tab.groupsChanged):
        click(qtbot, tab, "groupSave")
    after = groups.get_group(database, ids["book"])
    assert (after.name, after.theme, after.thresholds) == (
        "读书会·二期",
        "每月两本书",
        {"identity": ""},
    )
    assert "读书会·二期" in [row[0] for row in list_texts(tab)]
    assert child(tab, QLabel, "saveStatus").text() == "Saved."

    with qtbot.waitSignal(tab.groupsChanged):
        tab.undo_stack.undo()
    assert groups.get_group(database, ids["book"]) == before
    assert name.text() == "读书会"
    assert child(tab, QLineEdit, "groupTheme").text() == "每月一本书"

    tab.undo_stack.redo()
    assert groups.get_group(database, ids["book"]) == after
    assert name.text() == "读书会·二期"


def test_revert_forgets_unsaved_changes(tab: GroupsTab, qtbot: QtBot, ids: dict[str, int]) -> None:
    select(tab, ids["book"])
    child(tab, QLineEdit, "groupTheme").setText("改了")
    assert tab.revert_button.isEnabled()
    click(qtbot, tab, "groupRevert")
    assert child(tab, QLineEdit, "groupTheme").text() == "每月一本书"
    assert not tab.save_button.isEnabled()


INVALID = [
    ("name", "nameError", {"groupName": "   "}),
    ("duplicate name", "nameError", {"groupName": "读书会"}),
    ("negative fee", "feeMinorError", {"fee": "-20", "period": 12}),
    ("unreadable fee", "feeMinorError", {"fee": "二十", "period": 12}),
    ("paid without period", "feePeriodMonthsError", {"fee": "199"}),
    ("capacity below members", "capacityError", {"groupCapacity": "1"}),
    ("unreadable capacity", "capacityError", {"groupCapacity": "many"}),
    ("negative capacity", "capacityError", {"groupCapacity": "-5"}),
]


@pytest.mark.parametrize(("case", "error", "fields"), INVALID, ids=[c[0] for c in INVALID])
def test_invalid_input_shows_an_inline_message_and_writes_nothing(
    tab: GroupsTab,
    qtbot: QtBot,
    database: Database,
    ids: dict[str, int],
    case: str,
    error: str,
    fields: dict[str, Any],
) -> None:
    select(tab, ids["bake"])
    before = snapshot(database)
    for name, value in fields.items():
        if name == "fee":
            child(tab, QCheckBox, "threshold_payment").setChecked(True)
            child(tab, QLineEdit, "groupFee").setText(value)
        elif name == "period":
            tab.editor.fee_period.setValue(value)
        else:
            child(tab, QLineEdit, name).setText(value)
    click(qtbot, tab, "groupSave")
    message = error_shown(tab, error)
    if case == "capacity below members":
        assert "2 current members" in message
    if case == "duplicate name":
        assert "读书会" in message
    assert snapshot(database) == before
    assert tab.undo_stack.count() == 0
    # only that field's message is shown, and editing the field clears it
    shown = [name for name, label in tab.editor.errors.items() if not label.isHidden()]
    assert len(shown) == 1
    target = "groupFee" if error == "feeMinorError" else None
    if target:
        child(tab, QLineEdit, target).setText("10")
        assert child(tab, QLabel, error).isHidden()


def test_new_group_with_an_empty_name_is_refused(
    tab: GroupsTab, qtbot: QtBot, database: Database
) -> None:
    before = snapshot(database)
    click(qtbot, tab, "groupNew")
    click(qtbot, tab, "groupSave")
    assert "name" in error_shown(tab, "nameError")
    assert snapshot(database) == before
    assert tab.new_mode


def test_leaving_unsaved_changes_asks_first(
    tab: GroupsTab, qtbot: QtBot, messages: Messages, ids: dict[str, int], database: Database
) -> None:
    select(tab, ids["book"])
    child(tab, QLineEdit, "groupTheme").setText("还没保存")
    messages.answers = [QMessageBox.StandardButton.Cancel]
    tab.select_group(ids["bake"])
    qtbot.waitUntil(lambda: not messages.answers)
    assert tab.group is not None and tab.group.id == ids["book"]
    assert tab.selected_summary() is not None and tab.selected_summary().id == ids["book"]
    assert child(tab, QLineEdit, "groupTheme").text() == "还没保存"

    messages.answers = [QMessageBox.StandardButton.Save]
    tab.select_group(ids["bake"])
    qtbot.waitUntil(lambda: tab.group is not None and tab.group.id == ids["bake"])
    assert tab.selected_summary() is not None and tab.selected_summary().id == ids["bake"]
    assert groups.get_group(database, ids["book"]).theme == "还没保存"

    child(tab, QLineEdit, "groupTheme").setText("不要了")
    messages.answers = [QMessageBox.StandardButton.Discard]
    tab.select_group(ids["book"])
    qtbot.waitUntil(lambda: tab.group is not None and tab.group.id == ids["book"])
    assert groups.get_group(database, ids["bake"]).theme == ""
    assert len(messages.texts("question")) == 3


# --- duplicate, archive, dissolve, delete ----------------------------------------------


def test_duplicate_as_template(
    tab: GroupsTab,
    qtbot: QtBot,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def ask(
        cls: object, _parent: object, _title: str, _prompt: str, text: str = "", **_k: object
    ) -> str:
        asked.append(text)
        return "读书会·深圳"

    monkeypatch.setattr(TextDialog, "ask", classmethod(ask))
    select(tab, ids["book"])
    with qtbot.waitSignal(tab.groupsChanged):
        click(qtbot, tab, "groupDuplicate")
    assert asked == ["读书会 (copy)"]
    (copy,) = [r for r in groups.list_group_refs(database) if r.name == "读书会·深圳"]
    assert [r.text for r in rules.list_rules(database, copy.id)] == [
        "不发广告",
        "每周五分享读书笔记",
    ]
    assert groups.get_group(database, copy.id).theme == "每月一本书"
    assert tab.group is not None and tab.group.id == copy.id

    tab.undo_stack.undo()
    assert "读书会·深圳" not in [r.name for r in groups.list_group_refs(database)]
    tab.undo_stack.redo()
    assert "读书会·深圳" in [r.name for r in groups.list_group_refs(database)]


def test_duplicate_with_a_taken_name_is_refused(
    tab: GroupsTab,
    qtbot: QtBot,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, *a, **k: "烘焙交流群"))
    select(tab, ids["book"])
    before = snapshot(database)
    click(qtbot, tab, "groupDuplicate")
    assert snapshot(database) == before
    (text,) = messages.texts("warning")
    assert "烘焙交流群" in text and "Nothing was changed" in text


def test_dissolve_records_the_stage_and_archives_then_undo(
    tab: GroupsTab,
    qtbot: QtBot,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choice = DissolveChoice(True, D(2026, 11, 20), "目标达成")
    monkeypatch.setattr(DissolveDialog, "ask", classmethod(lambda cls, *a: choice))
    select(tab, ids["bake"])
    before = snapshot(database)
    with qtbot.waitSignal(tab.groupsChanged):
        click(qtbot, tab, "groupDissolve")
    group = groups.get_group(database, ids["bake"])
    assert group.archived
    last = lifecycle.lifecycle_history(database, ids["bake"])[-1]
    assert (last.stage, last.began_on, last.note) == ("dissolved", D(2026, 11, 20), "目标达成")
    assert ["烘焙交流群 (archived)", "QQ group", "Dissolved", "2/3"] in list_texts(tab)
    assert child(tab, QPushButton, "groupDissolve").text() == "Un&archive"
    assert "archived" in child(tab, QLabel, "groupSubtitle").text()

    tab.undo_stack.undo()
    assert snapshot(database) == before
    tab.undo_stack.redo()
    assert groups.get_group(database, ids["bake"]).archived


def test_archive_only_and_unarchive(
    tab: GroupsTab,
    qtbot: QtBot,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choice = DissolveChoice(False, TODAY, "")
    monkeypatch.setattr(DissolveDialog, "ask", classmethod(lambda cls, *a: choice))
    select(tab, ids["book"])
    click(qtbot, tab, "groupDissolve")
    assert groups.get_group(database, ids["book"]).archived
    assert lifecycle.current_lifecycle(database, ids["book"]).stage == "introduction"  # type: ignore[union-attr]
    click(qtbot, tab, "groupDissolve")  # now "Unarchive"
    assert not groups.get_group(database, ids["book"]).archived
    assert tab.undo_stack.count() == 2


def test_refused_delete_explains_and_offers_dissolve(
    tab: GroupsTab,
    qtbot: QtBot,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:
    monkeypatch.setattr(
        DissolveDialog, "ask", classmethod(lambda cls, *a: DissolveChoice(True, TODAY, ""))
    )
    select(tab, ids["bake"])
    before = snapshot(database)
    messages.answers = [QMessageBox.StandardButton.No]
    click(qtbot, tab, "groupDelete")
    (text,) = messages.texts("question")
    assert "members: 2," in text and "dissolve it instead" in text
    assert snapshot(database) == before

    messages.answers = [QMessageBox.StandardButton.Yes]
    click(qtbot, tab, "groupDelete")
    assert groups.get_group(database, ids["bake"]).archived
    assert lifecycle.current_lifecycle(database, ids["bake"]).stage == "dissolved"  # type: ignore[union-attr]
    assert groups.group_usage(database, ids["bake"]).members == 2


def test_delete_an_unused_group_after_confirming(
    tab: GroupsTab, qtbot: QtBot, database: Database, ids: dict[str, int], messages: Messages
) -> None:
    select(tab, ids["book"])
    messages.answers = [QMessageBox.StandardButton.No]
    click(qtbot, tab, "groupDelete")
    assert "读书会" in [r.name for r in groups.list_group_refs(database)]
    messages.answers = [QMessageBox.StandardButton.Yes]
    with qtbot.waitSignal(tab.groupsChanged):
        click(qtbot, tab, "groupDelete")
    assert [r.id for r in groups.list_group_refs(database)] == [ids["bake"]]
    assert [row[0] for row in list_texts(tab)] == ["烘焙交流群"]
    assert tab.group is not None and tab.group.id == ids["bake"]


# --- rules -----------------------------------------------------------------------------


def test_rules_add_edit_move_retire_show_in_list_and_history(
    tab: GroupsTab,
    qtbot: QtBot,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = ["实名入群", "每周五晚八点分享读书笔记"]
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, *a, **k: answers.pop(0)))
    select(tab, ids["book"])
    tab.pages.setCurrentWidget(tab.rules)
    panel = tab.rules

    click(qtbot, tab, "ruleAdd")
    assert [r.text for r in rules.list_rules(database, ids["book"])][-1] == "实名入群"
    assert panel.selected() is not None and panel.selected().text == "实名入群"

    panel.select_rule(rules.list_rules(database, ids["book"])[1].id)
    click(qtbot, tab, "ruleEdit")
    click(qtbot, tab, "ruleUp")
    assert [(r.position, r.text) for r in rules.list_rules(database, ids["book"])] == [
        (1, "每周五晚八点分享读书笔记"),
        (2, "不发广告"),
        (3, "实名入群"),
    ]
    panel.select_rule(rules.list_rules(database, ids["book"])[1].id)
    click(qtbot, tab, "ruleRetire")
    assert [r.text for r in rules.list_rules(database, ids["book"])] == [
        "每周五晚八点分享读书笔记",
        "实名入群",
    ]
    shown = [
        [panel.model.index(r, c).data() for c in (0, 1)] for r in range(panel.model.rowCount())
    ]
    assert shown == [[1, "每周五晚八点分享读书笔记"], [2, "实名入群"]]
    history = [
        (panel.history_model.index(r, 1).data(), panel.history_model.index(r, 2).data())
        for r in range(panel.history_model.rowCount())
    ]
    assert [action for action, _ in history] == [
        "Retired",
        "Moved",
        "Edited",
        "Added",
        "Added",
        "Added",
    ]
    assert history[1][1] == "“每周五晚八点分享读书笔记”: No. 2 → No. 1"
    assert history[2][1] == "“每周五分享读书笔记” → “每周五晚八点分享读书笔记”"

    child(tab, QCheckBox, "ruleShowRetired").setChecked(True)
    assert panel.model.rowCount() == 3
    assert panel.model.index(2, 1).data() == "不发广告"
    assert panel.model.index(2, 3).data() == TODAY.isoformat()


def test_undo_and_redo_of_a_rule_add(
    tab: GroupsTab,
    qtbot: QtBot,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, *a, **k: "禁止刷屏"))
    select(tab, ids["book"])
    tab.pages.setCurrentWidget(tab.rules)
    before = [(r.id, r.position, r.text) for r in rules.list_rules(database, ids["book"])]
    click(qtbot, tab, "ruleAdd")
    added = [(r.id, r.position, r.text) for r in rules.list_rules(database, ids["book"])]
    assert added[:-1] == before and added[-1][1:] == (3, "禁止刷屏")

    tab.undo_stack.undo()
    assert [(r.id, r.position, r.text) for r in rules.list_rules(database, ids["book"])] == before
    assert tab.rules.model.rowCount() == 2
    tab.undo_stack.redo()
    assert [(r.id, r.position, r.text) for r in rules.list_rules(database, ids["book"])] == added
    assert tab.rules.model.rowCount() == 3
    # history is kept through undo: added, retired, added again
    actions = [
        c.action for c in rules.rule_history(database, ids["book"]) if c.rule_id == added[-1][0]
    ]
    assert actions == ["added", "retired", "added"]


def test_rule_added_to_a_new_group_survives_undo_and_redo_of_both(
    tab: GroupsTab,
    qtbot: QtBot,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, *a, **k: "先自我介绍"))
    click(qtbot, tab, "groupNew")
    child(tab, QLineEdit, "groupName").setText("新群")
    click(qtbot, tab, "groupSave")
    tab.pages.setCurrentWidget(tab.rules)
    click(qtbot, tab, "ruleAdd")
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    assert "新群" not in [r.name for r in groups.list_group_refs(database)]
    tab.undo_stack.redo()
    tab.undo_stack.redo()
    (ref,) = [r for r in groups.list_group_refs(database) if r.name == "新群"]
    assert [r.text for r in rules.list_rules(database, ref.id)] == ["先自我介绍"]


# --- lifecycle -------------------------------------------------------------------------


def test_stage_change_records_history_and_undo_takes_it_back(
    tab: GroupsTab,
    qtbot: QtBot,
    database: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choice = StageChoice("growth", D(2026, 3, 1), "破百人")
    monkeypatch.setattr(StageDialog, "ask", classmethod(lambda cls, *a: choice))
    select(tab, ids["book"])
    tab.pages.setCurrentWidget(tab.lifecycle)
    click(qtbot, tab, "stageChange")
    history = lifecycle.lifecycle_history(database, ids["book"])
    assert [(e.stage, e.began_on, e.note) for e in history] == [
        ("introduction", D(2025, 1, 1), ""),
        ("growth", D(2026, 3, 1), "破百人"),
    ]
    assert child(tab, QLabel, "stageCurrent").text() == "Growth"
    assert "2026-03-01" in child(tab, QLabel, "stageSince").text()
    model = tab.lifecycle.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Growth",
        "Introduction",
    ]
    assert model.index(0, 2).data() == "267 days so far"
    assert model.index(1, 2).data() == "424 days"
    assert ["读书会", "WeChat group", "Growth", "0/500"] in list_texts(tab)

    tab.undo_stack.undo()
    assert [e.stage for e in lifecycle.lifecycle_history(database, ids["book"])] == ["introduction"]
    assert child(tab, QLabel, "stageCurrent").text() == "Introduction"


def test_suggestion_explains_its_numbers_and_waits_for_accept(
    tab: GroupsTab, qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    book = ids["book"]
    for n in range(10):
        join(database, book, "2026-06-01", name=f"老成员{n}")
    for n in range(4):
        join(database, book, "2026-11-01", name=f"新成员{n}")
    days = [TODAY - dt.timedelta(days=n) for n in range(56)]
    with database.transaction() as conn:
        conn.executemany(
            "INSERT INTO activity_daily (group_id, day, messages, active_members) "
            "VALUES (?, ?, ?, ?)",
            [
                (book, d.isoformat(), 20 if d > TODAY - dt.timedelta(days=28) else 30, 5)
                for d in days
            ],
        )
    tab.reload()
    select(tab, ids["book"])
    tab.pages.setCurrentWidget(tab.lifecycle)
    headline = child(tab, QLabel, "hintText").text()
    reasons = child(tab, QLabel, "hintReasons").text()
    assert "Suggested stage: <b>Decline</b>" in headline
    assert "messages per day fell by 30% or more" in headline
    assert "Members: 10 → 14 over 8 weeks (+40%)" in reasons
    assert "net joins per week: 0.5" in reasons
    assert "Messages per day: 30 → 20 (−33% vs the previous 4 weeks)" in reasons
    # shown, never applied by itself
    assert lifecycle.current_lifecycle(database, book).stage == "introduction"  # type: ignore[union-attr]
    click(qtbot, tab, "hintAccept")
    current = lifecycle.current_lifecycle(database, book)
    assert current is not None
    assert (current.stage, current.began_on) == ("decline", TODAY)
    assert "messages per day fell" in current.note
    assert not child(tab, QPushButton, "hintAccept").isEnabled()


# --- goals and health ------------------------------------------------------------------


def fill_goal(tab: GroupsTab, metric: str, low: str, high: str, period: str = "month") -> None:
    form = tab.goals
    form.metric_combo.setCurrentIndex(form.metric_combo.findData(metric))
    form.period.setCurrentIndex(form.period.findData(period))
    child(tab, QLineEdit, "goalMin").setText(low)
    child(tab, QLineEdit, "goalMax").setText(high)


def test_goals_add_edit_delete_with_revenue_in_yuan(
    tab: GroupsTab, qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    select(tab, ids["book"])
    tab.pages.setCurrentWidget(tab.goals)
    fill_goal(tab, "revenue", "1,000", "2000.50")
    click(qtbot, tab, "goalSave")
    (goal,) = goals.list_goals(database, ids["book"])
    assert (goal.metric, goal.period, goal.min_value, goal.max_value) == (
        "revenue",
        "month",
        100000,
        200050,
    )
    assert goal.effective_from == TODAY
    assert tab.goals.model.index(0, 1).data() == "¥1,000.00–¥2,000.50"
    assert tab.goals.model.index(0, 4).data() == "In force"

    # max below min: inline message, nothing written
    before = snapshot(database)
    fill_goal(tab, "revenue", "3000", "2000")
    click(qtbot, tab, "goalSave")
    assert "maximum" in error_shown(tab, "maxValueError")
    assert snapshot(database) == before

    # edit the selected goal, then delete it, then undo the delete
    tab.goals.select_goal("revenue", TODAY)
    child(tab, QLineEdit, "goalMin").setText("1000")
    child(tab, QLineEdit, "goalMax").setText("")
    click(qtbot, tab, "goalSave")
    (goal,) = goals.list_goals(database, ids["book"])
    assert (goal.min_value, goal.max_value) == (100000, None)
    tab.goals.select_goal("revenue", TODAY)
    click(qtbot, tab, "goalDelete")
    assert goals.list_goals(database, ids["book"]) == []
    tab.undo_stack.undo()
    (restored,) = goals.list_goals(database, ids["book"])
    assert (restored.min_value, restored.max_value) == (100000, None)


def test_a_new_effective_date_keeps_the_past_goal(
    tab: GroupsTab, qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    goals.set_goal(
        database, ids["book"], "new_members", "week", 2, None, effective_from=D(2025, 1, 1)
    )
    select(tab, ids["book"])
    tab.pages.setCurrentWidget(tab.goals)
    click(qtbot, tab, "goalNew")
    fill_goal(tab, "new_members", "5", "20", period="week")
    click(qtbot, tab, "goalSave")
    stored = goals.list_goals(database, ids["book"])
    assert [(g.min_value, g.effective_from) for g in stored] == [(2, D(2025, 1, 1)), (5, TODAY)]
    assert [tab.goals.model.index(r, 4).data() for r in range(2)] == ["Replaced", "In force"]
    old = goals.goal_in_force(database, ids["book"], "new_members", D(2026, 6, 1))
    assert old is not None and old.min_value == 2


def test_health_line_reflects_group_health(
    tab: GroupsTab, database: Database, ids: dict[str, int]
) -> None:
    bake = ids["bake"]
    goals.set_goal(database, bake, "members_total", "month", 2, 3, effective_from=D(2025, 6, 1))
    goals.set_goal(database, bake, "new_members", "month", 5, None, effective_from=D(2025, 6, 1))
    goals.set_goal(database, bake, "messages_per_day", "week", 0, 10, effective_from=D(2025, 6, 1))
    with database.transaction() as conn:
        conn.executemany(
            "INSERT INTO activity_daily (group_id, day, messages) VALUES (?, ?, 600)",
            [(bake, f"2026-11-{d:02d}") for d in range(1, 31)],
        )
    tab.reload()
    select(tab, bake)
    checks = verdict.group_health(database, bake, NOVEMBER.start, NOVEMBER.end)
    assert [c.status for c in checks] == [GoalStatus.IN_PROGRESS] * 3
    assert [c.pace for c in checks] == [GoalStatus.MET, GoalStatus.BELOW, GoalStatus.ABOVE]
    text = child(tab, QLabel, "groupHealth").text()
    assert "Goals 2026-11-01 – 2026-11-30: 0 of 3 met." in text
    assert "In progress: Members total 2 (goal 2–3 · on track so far); " in text
    assert "New members 0 (goal ≥ 4 · behind so far)" in text  # 5 × 23/30 = 3.8
    assert "Messages per day 600 (goal 0–10 · ahead so far · data on 23 of 23 days)." in text
    assert tab.health.state == "off"

    tab.set_scope(Scope(None, D(2026, 10, 1), D(2026, 10, 31)))
    text = child(tab, QLabel, "groupHealth").text()
    assert "Below: New members 0 (goal ≥ 5)." in text
    assert "Not enough data: Messages per day (data on 0 of 31 days)." in text

    # the toolbar's period drives it
    tab.set_scope(Scope(None, D(2025, 6, 1), D(2025, 6, 30)))
    assert "2025-06-01 – 2025-06-30" in child(tab, QLabel, "groupHealth").text()


def test_health_line_without_goals(tab: GroupsTab, ids: dict[str, int]) -> None:
    select(tab, ids["book"])
    assert "No goals in force" in tab.health.text()
    assert tab.health.state == "none"


def test_toolbar_group_selects_it(tab: GroupsTab, ids: dict[str, int]) -> None:
    tab.set_scope(Scope(ids["book"], NOVEMBER.start, NOVEMBER.end))
    assert tab.group is not None and tab.group.id == ids["book"]
    tab.set_scope(Scope(ids["bake"], NOVEMBER.start, NOVEMBER.end))
    assert tab.group is not None and tab.group.id == ids["bake"]
    # the same toolbar choice again (e.g. after the selector was refilled) moves nothing
    select(tab, ids["book"])
    tab.set_scope(Scope(ids["bake"], NOVEMBER.start, NOVEMBER.end))
    assert tab.group is not None and tab.group.id == ids["book"]


# --- in the main window ----------------------------------------------------------------


def test_main_window_refreshes_its_group_selector(
    qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    from desktop.app import make_settings
    from desktop.views.shell.main_window import MainWindow

    settings: QSettings = make_settings()
    window = MainWindow(database, settings, clock=FixedClock(TODAY))
    qtbot.addWidget(window)
    tab = window.findChild(GroupsTab, "groupsTab")
    assert tab is window.tabs.widget(0)
    assert window.tabs.tabText(0) == "Groups"
    assert tab.undo_stack is window.undo_stack
    tab.new_button.click()
    tab.editor.name.setText("线下读书沙龙")
    tab.save_button.click()
    combo = window.group_filter
    assert "线下读书沙龙" in [combo.itemText(i) for i in range(combo.count())]
    assert "3 groups" in window.status_label.text()
    assert window.action_undo.isEnabled()
    window.action_undo.trigger()
    assert "线下读书沙龙" not in [combo.itemText(i) for i in range(combo.count())]
    window.close()


# --- soul figure and leaders -----------------------------------------------------------


def staff(database: Database, group_id: int) -> dict[str, int]:
    """Members of a group with search keys and dated roles: a soul figure, a leader, two more."""
    found = {}
    for name, nickname, role in [
        ("张三", "三哥", "founder"),
        ("李娜", "", "leader"),
        ("王芳", "芳芳", "active"),
        ("赵磊", "", "follower"),
    ]:
        member_id = members.create_member(
            database, drafts.MemberDraft(name=name, nickname=nickname), today=TODAY
        )
        members.join_group(database, member_id, group_id, on=D(2025, 3, 1), role=role)
        found[name] = member_id
    return found


def roles_of(database: Database, member_id: int, group_id: int) -> list[tuple[str, str, str]]:
    """(role, since, until) of the member in the group, oldest first."""
    return [
        (span.role, span.since.isoformat(), span.until.isoformat() if span.until else "")
        for span in members.role_history(database, member_id, group_id)
    ]


def soul_picker(tab: GroupsTab) -> Any:
    picker = tab.editor.holders.soul
    assert child(tab, type(picker), "groupSoulFigure") is picker
    return picker


def leaders_picker(tab: GroupsTab) -> Any:
    picker = tab.editor.holders.leaders
    assert child(tab, type(picker), "groupLeaders") is picker
    return picker


# The picker's match list is a popup; offscreen Qt cannot grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_soul_figure_found_by_pinyin_initials_is_saved_dated_and_undone(
    tab: GroupsTab, qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    people = staff(database, ids["book"])
    select(tab, ids["book"])
    picker = soul_picker(tab)
    assert picker.isVisible() and not leaders_picker(tab).isVisible()
    assert tab.editor.holders.label.text() == "Soul fi&gure:"
    assert [c.name for c in picker.chosen()] == ["张三"]
    assert "Soul figure: 张三" in child(tab, QLabel, "groupSubtitle").text()

    qtbot.keyClicks(picker.search, "wf")  # 王芳: Wang Fang
    popup = picker.popup()
    qtbot.waitUntil(popup.isVisible)
    assert [c.name for c in picker.model.rows()] == ["王芳"]
    assert "王芳 (芳芳) · Active member" == picker.model.index(0, 0).data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert [c.name for c in picker.chosen()] == ["王芳"]
    assert picker.search.text() == ""
    assert tab.save_button.isEnabled()
    with qtbot.waitSignal(tab.groupsChanged):
        click(qtbot, tab, "groupSave")

    today = TODAY.isoformat()
    assert roles_of(database, people["王芳"], ids["book"]) == [
        ("active", "2025-03-01", today),
        ("founder", today, ""),
    ]
    # the replaced soul figure's role is closed, not overwritten; they lead on one level down
    assert roles_of(database, people["张三"], ids["book"]) == [
        ("founder", "2025-03-01", today),
        ("leader", today, ""),
    ]
    assert "Soul figure: 王芳" in child(tab, QLabel, "groupSubtitle").text()
    assert [c.name for c in soul_picker(tab).chosen()] == ["王芳"]
    assert not tab.save_button.isEnabled()

    with qtbot.waitSignal(tab.groupsChanged):
        tab.undo_stack.undo()
    holders = role_holders.current_role_holders(database, ids["book"], "founder")
    assert [h.name for h in holders] == ["张三"]
    assert roles_of(database, people["王芳"], ids["book"])[-1] == ("active", today, "")
    assert len(roles_of(database, people["张三"], ids["book"])) == 3  # the history keeps all
    assert "Soul figure: 张三" in child(tab, QLabel, "groupSubtitle").text()
    assert [c.name for c in soul_picker(tab).chosen()] == ["张三"]

    tab.undo_stack.redo()
    holders = role_holders.current_role_holders(database, ids["book"], "founder")
    assert [h.name for h in holders] == ["王芳"]
    assert "Soul figure: 王芳" in child(tab, QLabel, "groupSubtitle").text()


def test_ring_leaders_are_picked_removed_and_undone_with_the_structure(
    tab: GroupsTab, qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    people = staff(database, ids["book"])
    select(tab, ids["book"])
    structure = tab.editor.structure
    structure.setCurrentIndex(structure.findData("ring"))
    picker = leaders_picker(tab)
    assert picker.isVisible() and not soul_picker(tab).isVisible()
    assert tab.editor.holders.label.text() == "Lea&ders:"
    assert [c.name for c in picker.chosen()] == ["李娜"]
    # nickname and full pinyin find members too; each word must match
    assert [c.name for c in picker.matches("芳芳")] == ["王芳"]
    assert [c.name for c in picker.matches("zhao lei")] == ["赵磊"]
    picker.choose(picker.matches("zhaolei")[0])
    picker.choose(picker.matches("wang")[0])
    (li_chip,) = [chip for chip in picker.chips() if chip.text().startswith("李娜")]
    qtbot.mouseClick(li_chip, Qt.MouseButton.LeftButton)
    assert [c.name for c in picker.chosen()] == ["赵磊", "王芳"]
    with qtbot.waitSignal(tab.groupsChanged):
        click(qtbot, tab, "groupSave")

    today = TODAY.isoformat()
    assert groups.get_group(database, ids["book"]).structure == "ring"
    holders = role_holders.current_role_holders(database, ids["book"], "leader")
    assert sorted(h.name for h in holders) == ["王芳", "赵磊"]
    assert roles_of(database, people["李娜"], ids["book"])[-2:] == [
        ("leader", "2025-03-01", today),
        ("active", today, ""),
    ]
    # the soul figure of the pyramid is not touched by choosing ring leaders
    assert roles_of(database, people["张三"], ids["book"]) == [("founder", "2025-03-01", "")]
    subtitle = child(tab, QLabel, "groupSubtitle").text()
    assert "Leaders: " in subtitle and "王芳" in subtitle and "赵磊" in subtitle
    assert "李娜" not in subtitle

    with qtbot.waitSignal(tab.groupsChanged):
        tab.undo_stack.undo()
    assert groups.get_group(database, ids["book"]).structure == "pyramid"
    holders = role_holders.current_role_holders(database, ids["book"], "leader")
    assert [h.name for h in holders] == ["李娜"]
    assert roles_of(database, people["赵磊"], ids["book"])[-1] == ("follower", today, "")
    assert roles_of(database, people["王芳"], ids["book"])[-1] == ("active", today, "")
    assert "Soul figure: 张三" in child(tab, QLabel, "groupSubtitle").text()


def test_a_refused_role_change_saves_none_of_the_form(
    tab: GroupsTab, qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    people = staff(database, ids["book"])
    select(tab, ids["book"])
    picker = soul_picker(tab)
    picker.choose(picker.matches("zl")[0])
    child(tab, QLineEdit, "groupTheme").setText("改了主题")
    # 赵磊 leaves in another window before the owner saves
    members.leave_group(database, people["赵磊"], ids["book"], on=TODAY)
    before = snapshot(database)
    click(qtbot, tab, "groupSave")
    assert "赵磊 is not a current member" in error_shown(tab, "rolesError")
    assert snapshot(database) == before
    assert groups.get_group(database, ids["book"]).theme == "每月一本书"
    assert tab.undo_stack.count() == 0


def test_picker_revert_and_a_new_group_without_members(
    tab: GroupsTab, qtbot: QtBot, database: Database, ids: dict[str, int]
) -> None:
    staff(database, ids["book"])
    select(tab, ids["book"])
    picker = soul_picker(tab)
    picker.remove(picker.chosen_ids()[0])
    assert picker.chosen() == [] and tab.save_button.isEnabled()
    assert "None yet" in picker.search.placeholderText()
    click(qtbot, tab, "groupRevert")
    assert [c.name for c in soul_picker(tab).chosen()] == ["张三"]
    assert not tab.save_button.isEnabled()

    # the bake group's members came in without search keys or roles: no holders shown
    select(tab, ids["bake"])
    assert soul_picker(tab).chosen() == [] and soul_picker(tab).search.isEnabled()
    assert "Soul figure: —" in child(tab, QLabel, "groupSubtitle").text()
    click(qtbot, tab, "groupNew")
    assert not soul_picker(tab).search.isEnabled()
    assert "Save the group" in soul_picker(tab).search.placeholderText()


def test_the_texts_menu_is_made_when_it_first_opens_and_opens_the_shown_groups_text(
    tab: GroupsTab, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.views.texts.text_preview import TextPreview

    shown: list[str] = []
    monkeypatch.setattr(
        TextPreview, "show_text", classmethod(lambda cls, p, db, title, *a: shown.append(title))
    )
    menu = tab.texts_button.menu()
    assert menu is not None and menu.objectName() == "groupTextsMenu"
    assert menu.actions() == []  # nothing made before it is opened
    select(tab, ids["bake"])
    menu.aboutToShow.emit()
    menu.aboutToShow.emit()  # opened again: the same four texts, not eight
    assert [action.text() for action in menu.actions()] == [
        "Group notice and rules…",
        "Weekly report…",
        "Welcome newcomers…",
        "Renewal reminders…",
    ]
    menu.actions()[0].trigger()
    assert shown == ["Group notice — 烘焙交流群"]


def test_the_hidden_pages_are_read_when_shown_for_the_group_shown_then(
    tab: GroupsTab, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    suggest = lifecycle.suggest_lifecycle
    monkeypatch.setattr(
        lifecycle, "suggest_lifecycle", lambda *a, **k: read.append("lifecycle") or suggest(*a, **k)
    )
    history = rules.rule_history
    monkeypatch.setattr(rules, "rule_history", lambda *a: read.append("rules") or history(*a))
    tab.pages.setCurrentIndex(0)  # the settings in front
    select(tab, ids["book"])
    select(tab, ids["bake"])
    assert read == []  # two groups shown, neither's rules nor lifecycle read
    tab.pages.setCurrentWidget(tab.rules)
    assert read == ["rules"]
    assert tab.rules.group_id == ids["bake"] and tab.rules.model.rowCount() == 0
    select(tab, ids["book"])  # the rules in front follow at once, the lifecycle waits
    assert read == ["rules", "rules"] and tab.rules.model.rowCount() == 2
    tab.pages.setCurrentWidget(tab.lifecycle)
    tab.pages.setCurrentWidget(tab.rules)  # nothing changed meanwhile: not read again
    assert read == ["rules", "rules", "lifecycle"]
    assert tab.lifecycle.group_id == ids["book"]
    assert child(tab, QLabel, "stageCurrent").text() == "Introduction"
