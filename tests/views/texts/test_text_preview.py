"""The preview copies what it shows; the editor keeps the owner's wording; the entry points."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models.calendar.events import EventDraft, create_event
from desktop.models.calendar.occurrences import occurrences
from desktop.models.core.codes import AttendanceStatus, EventType
from desktop.models.dashboard.nudges import Nudge, NudgeReason
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members import members as m
from desktop.models.members.drafts import MemberDraft
from desktop.models.storage.db import Database
from desktop.models.texts import render
from desktop.models.texts.templates import TextKind, default_template, is_edited, template
from desktop.views.calendar.attendance_dialog import AttendanceDialog
from desktop.views.dashboard.dashboard_nudges import NudgeList
from desktop.views.texts.template_editor import TemplateEditor
from desktop.views.texts.text_preview import TextPreview

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def vip(database: Database) -> int:
    gid = create_group(
        database,
        GroupDraft(name="VIP", fee_minor=29900, fee_period_months=12, created_on=TODAY),
        today=TODAY,
    )
    for name, until in (("小雪", TODAY + dt.timedelta(days=3)), ("Lily", TODAY)):
        mid = m.create_member(database, MemberDraft(name=name), today=TODAY)
        m.join_group(database, mid, gid, on=TODAY, paid_until=until)
    return gid


def test_copy_puts_the_text_as_edited_on_the_clipboard(
    qtbot: QtBot, database: Database, vip: int, chinese: None
) -> None:
    dialog = TextPreview(
        database,
        "群公告",
        (TextKind.NOTICE,),
        lambda language: [render.Piece("", render.notice_text(database, vip, language))],
    )
    qtbot.addWidget(dialog)
    assert dialog.language == "zh_CN"
    assert dialog.text().startswith("📢【VIP】群公告")
    assert dialog.list.isHidden()  # one text: no list beside it
    dialog.editor.setPlainText(dialog.text() + "\n今晚8点见")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().endswith("感谢大家一起守护这个群 🙏\n今晚8点见")
    assert dialog.status.text() == "已复制，去群里粘贴吧。"


def test_renewals_offer_the_list_then_each_member(
    qtbot: QtBot, database: Database, vip: int
) -> None:
    dialog = TextPreview(
        database,
        "Renewals",
        (TextKind.RENEWAL, TextKind.RENEWAL_LIST),
        lambda language: render.renewal_texts(database, vip, TODAY, language),
    )
    qtbot.addWidget(dialog)
    assert dialog.language == "en"  # the C locale of the tests reads as English
    rows = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert rows == ["All, for you", "Lily", "小雪"]
    assert dialog.text() == (
        "VIP: memberships ending within 7 days\n"
        "1. Lily: until 23 Nov 2026 (ends today)\n"
        "2. 小雪: until 26 Nov 2026 (3 days left)"
    )
    dialog.list.setCurrentRow(2)
    assert dialog.text().startswith("Hi 小雪! Your membership of “VIP” runs until 26 Nov 2026")
    # an edit of one piece stays with it while another is looked at
    dialog.editor.setPlainText("自己写的")
    dialog.list.setCurrentRow(1)
    dialog.list.setCurrentRow(2)
    assert dialog.text() == "自己写的"


def test_the_editor_saves_per_language_and_restores_the_default(
    qtbot: QtBot, database: Database
) -> None:
    editor = TemplateEditor(database, (TextKind.RENEWAL, TextKind.RENEWAL_LIST), "zh_TW")
    qtbot.addWidget(editor)
    names = [b.text() for b in editor.placeholder_buttons()]
    assert names[:3] == ["{成員名}", "{群名}", "{到期日}"]
    editor.editor.setPlainText("")
    qtbot.mouseClick(editor.placeholder_buttons()[0], Qt.MouseButton.LeftButton)
    editor.editor.insertPlainText(" 記得續約 {不存在}")
    assert editor.editor.toPlainText() == "{成員名} 記得續約 {不存在}"
    assert editor.warning.isVisibleTo(editor)
    assert "{不存在}" in editor.warning.text()
    editor.kind_box.setCurrentIndex(1)  # the list: restored to its default
    assert editor.placeholder_buttons()[-1].text() == "{到期名單}"
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert editor.editor.toPlainText() == default_template(TextKind.RENEWAL_LIST, "zh_TW")
    editor.buttons.accepted.emit()
    assert template(database, TextKind.RENEWAL, "zh_TW") == "{成員名} 記得續約 {不存在}"
    assert not is_edited(database, TextKind.RENEWAL_LIST, "zh_TW")
    assert not is_edited(database, TextKind.RENEWAL, "zh_CN")


def test_the_nudge_list_offers_remind_to_renew_under_expiring_memberships(qtbot: QtBot) -> None:
    nudges = NudgeList()
    qtbot.addWidget(nudges)
    lapsed = Nudge(NudgeReason.LAPSED.value, 1, "VIP", "老王", member_id=1, day=TODAY, figure=-3)
    nudges.show_nudges([lapsed], {NudgeReason.LAPSED.value: 1})
    assert nudges.action_items() == []
    expiring = Nudge(NudgeReason.EXPIRING.value, 1, "VIP", "小雪", member_id=2, day=TODAY, figure=0)
    nudges.show_nudges([expiring], {NudgeReason.EXPIRING.value: 1})
    (action,) = nudges.action_items()
    with qtbot.waitSignal(nudges.remind_renewals):
        nudges.itemClicked.emit(action)


def _upcoming_salon(database: Database) -> tuple[int, object]:
    gid = create_group(database, GroupDraft(name="读书会", created_on=TODAY), today=TODAY)
    for name in ("Lily", "小雪"):
        mid = m.create_member(database, MemberDraft(name=name), today=TODAY)
        m.join_group(database, mid, gid, on=TODAY)
    start = dt.datetime(2026, 11, 28, 14, 0)
    create_event(
        database,
        EventDraft(
            group_id=gid,
            title="周六读书会",
            type=EventType.SALON,
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
            capacity=10,
        ),
    )
    (occ,) = occurrences(database, TODAY, TODAY + dt.timedelta(days=7), gid)
    return gid, occ


def test_a_paste_for_an_upcoming_salon_signs_up_counts_guests_and_adds_unknown_names(
    qtbot: QtBot, database: Database
) -> None:
    gid, occ = _upcoming_salon(database)
    asked: list[str] = []

    def add_member(name: str) -> int:
        asked.append(name)
        mid = m.create_member(database, MemberDraft(name=name), today=TODAY)
        m.join_group(database, mid, gid, on=TODAY)
        return mid

    dialog = AttendanceDialog(database, occ, TODAY, add_member=add_member)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    # not started: signing up is the only status offered
    assert [dialog.status.itemData(n) for n in range(dialog.status.count())] == [
        AttendanceStatus.SIGNED_UP
    ]
    dialog.paste.setPlainText("#接龙 周六读书会\n1. Lily 带一个朋友\n2. 小雪（2人）\n3. 阿杰 +1")
    dialog._on_match()
    assert "Headcount 4, with 2 guest(s)" in dialog.preview.text()
    assert dialog.unknown == ["阿杰"]
    assert dialog.add_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert asked == ["阿杰"]
    assert dialog.unknown == []
    assert "Headcount 6, with 3 guest(s)" in dialog.preview.text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert sorted(dialog.wanted().values()) == [AttendanceStatus.SIGNED_UP] * 3
    # the guests stay with the sign-ups: one each for Lily, 小雪 and 阿杰
    assert sorted(dialog.guests().values()) == [1, 1, 1]
    assert dialog.heads() == 6
    assert "6" in dialog.count.text()
    assert "not stored" not in dialog.preview.text()
