"""The Members tab: roster model, search, filters, sort, detail, dialogs, bulk actions, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from pypinyin import Style, lazy_pinyin
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QFont, QImage, QPalette, QRegion, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QStyledItemDelegate
from pytestqt.qtbot import QtBot

from desktop.app import make_settings
from desktop.models.core.clock import FixedClock
from desktop.models.core.scope import Scope
from desktop.models.members import members, referrals, roster
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.roster import RosterQuery
from desktop.models.storage.db import Database
from desktop.views.members import member_delegate
from desktop.views.members.member_delegate import RosterDelegate
from desktop.views.members.member_dialogs import (
    GroupAction,
    GroupActionDialog,
    JoinChoice,
    MemberDialog,
    MemberEdit,
    MergeDialog,
    TagDialog,
)
from desktop.views.members.members_tab import MembersTab
from desktop.views.members.roster_view import RosterModel

TODAY = dt.date(2026, 11, 23)
ALL = Scope(None, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
# Tables holding a member's own rows, compared before a delete and after its undo.
HISTORY_SQL = {
    "member": "SELECT * FROM members WHERE id = :id",
    "tags": "SELECT tag FROM member_tags WHERE member_id = :id ORDER BY tag",
    "memberships": "SELECT * FROM memberships WHERE member_id = :id ORDER BY id",
    "roles": "SELECT r.* FROM role_history r JOIN memberships s ON s.id = r.membership_id "
    "WHERE s.member_id = :id ORDER BY r.id",
    "attendance": "SELECT * FROM attendance WHERE member_id = :id ORDER BY id",
    "revenue": "SELECT id FROM revenue WHERE member_id = :id OR referrer_id = :id ORDER BY id",
    "referred": "SELECT id FROM members WHERE referrer_id = :id ORDER BY id",
}


@pytest.fixture
def settings() -> QSettings:
    return make_settings()


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


def make_tab(qtbot: QtBot, db: Database, stack: QUndoStack, settings: QSettings) -> MembersTab:
    db.clock = FixedClock(TODAY)
    tab = MembersTab(stack, settings=settings, clock=db.clock)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.set_database(db)
    tab.set_scope(ALL)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(tab.is_loaded)
    return tab


@pytest.fixture
def tab(
    qtbot: QtBot, demo_db: Database, undo_stack: QUndoStack, settings: QSettings
) -> Iterator[MembersTab]:
    widget = make_tab(qtbot, demo_db, undo_stack, settings)
    yield widget
    widget.close()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Answers for QMessageBox.question, in order; warnings and notes are refused."""
    queue: list[Any] = []

    def question(*_args: object) -> object:
        assert queue, "unexpected question"
        return queue.pop(0)

    def note(_parent: object, _title: str, text: str, *_args: object) -> object:
        raise AssertionError(f"unexpected message: {text}")

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", note)
    monkeypatch.setattr(QMessageBox, "information", note)
    return queue


def shown_ids(tab: MembersTab) -> list[int]:
    return [tab.model.id_at(row) for row in range(tab.model.rowCount())]


def query(**fields: Any) -> RosterQuery:
    return RosterQuery(today=TODAY, **fields)


def trigger(tab: MembersTab, name: str) -> None:
    action = tab.findChild(QAction, name)
    assert action is not None and action.isEnabled(), name
    action.trigger()


def history(db: Database, member_id: int) -> dict[str, list[tuple[Any, ...]]]:
    return {
        key: [tuple(row) for row in db.conn.execute(sql, {"id": member_id})]
        for key, sql in HISTORY_SQL.items()
    }


# ---- the roster model ----------------------------------------------------------------------


def test_rows_and_cells_match_sqlite_before_and_after_the_cache_loads(
    qtbot: QtBot, demo_db: Database, undo_stack: QUndoStack, settings: QSettings, qtmodeltester: Any
) -> None:
    demo_db.clock = FixedClock(TODAY)
    tab = MembersTab(undo_stack, settings=settings, clock=demo_db.clock)
    qtbot.addWidget(tab)
    tab.set_database(demo_db)
    expected = roster.roster_rows(demo_db, query())
    total = demo_db.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    assert total == 300
    for phase in ("sql", "cache"):
        if phase == "cache":
            qtbot.waitUntil(tab.is_loaded)
        model = tab.model
        assert model.rowCount() == len(expected) == total, phase
        assert model.columnCount() == 13
        for row, values in enumerate(expected):
            assert model.index(row, 0).data(RosterModel.IdRole) == values[0]
            assert model.index(row, 0).data(RosterModel.RowRole) == values
            for column in range(13):
                index = model.index(row, column)
                assert index.data(RosterModel.SortRole) == values[column + 1]
                if column not in (RosterModel.ROLE, RosterModel.STATUS):
                    assert index.data() == values[column + 1]
        assert tab.findChild(type(tab.count), "memberCount").text() == "300 of 300 members"
    assert model.index(0, RosterModel.STATUS).data() in {"Active", "Expired", "Left"}
    roles = {model.index(r, RosterModel.ROLE).data() for r in range(model.rowCount())}
    assert "Follower" in roles and "follower" not in roles
    assert tab.table.verticalHeader().sectionResizeMode(0).name == "Fixed"
    qtmodeltester.check(model)


def _count_screen_paints(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record what each `RosterDelegate.paint_view` answered (True: it painted)."""
    answers: list[bool] = []
    original = RosterDelegate.paint_view

    def counted(self: RosterDelegate, view: Any, event: Any) -> bool:
        answers.append(original(self, view, event))
        return answers[-1]

    monkeypatch.setattr(RosterDelegate, "paint_view", counted)
    return answers


def _same_pixels_as_qt(table: Any, answers: list[bool]) -> None:
    """The roster's painting (the whole-screen painter) equals Qt's own delegate's."""
    qt_delegate = QStyledItemDelegate(table)

    def pixels(delegate: QStyledItemDelegate) -> QImage:
        table.setItemDelegate(delegate)
        QApplication.processEvents()  # the delegate's layout request
        return table.viewport().grab().toImage()

    QApplication.processEvents()  # the new rows' layout (scroll bars come and go)
    answers.clear()
    ours = pixels(table.delegate)
    assert answers and all(answers), "the whole-screen painter did not paint"
    assert ours == pixels(qt_delegate)
    table.setItemDelegate(table.delegate)


def test_the_roster_paints_exactly_as_qts_own_delegate(
    tab: MembersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast painting is only faster: same pixels, also for left and expired members
    (coloured), selected rows, elided texts, another palette and font, and with its
    cache of laid-out texts full."""
    table = tab.table
    assert isinstance(table.itemDelegate(), RosterDelegate)
    answers = _count_screen_paints(monkeypatch)

    def same_pixels() -> None:
        _same_pixels_as_qt(table, answers)

    same_pixels()
    for status in ("expired", "left"):
        tab.status_filter.setCurrentIndex(tab.status_filter.findData(status))
        assert tab.model.rowCount() > 0
        same_pixels()
    tab.clear_all_filters()
    tab.select_ids([tab.model.id_at(1), tab.model.id_at(2)])
    same_pixels()
    dark = QPalette(table.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.AlternateBase, QColor("#2a2a2a"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    table.setPalette(dark)
    same_pixels()
    table.setFocus()  # the current cell gets a focus frame
    for step in (3, -2):  # row heights stay: texts taller, then shorter than before
        font = QFont(table.font())
        font.setPointSizeF(font.pointSizeF() + step)
        table.setFont(font)
        same_pixels()
    assert any("…" in text.layout.text() for text in table.delegate._texts.values())  # elided
    monkeypatch.setattr(member_delegate, "CACHE_SIZE", 40)
    table.scrollToBottom()  # a screen of texts not seen yet
    same_pixels()
    assert 0 < len(table.delegate._texts) <= 40


def test_the_whole_screen_painter_follows_the_tables_layout(
    tab: MembersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moved and hidden columns, a horizontal scroll, no grid or alternate colours, texts
    taller than their rows, a multi-line text and a repaint of part of the screen all
    paint as Qt paints them."""
    table = tab.table
    answers = _count_screen_paints(monkeypatch)
    header = table.horizontalHeader()
    header.moveSection(header.visualIndex(RosterModel.PHONE), 0)
    table.setColumnHidden(RosterModel.NICKNAME, True)
    _same_pixels_as_qt(table, answers)
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum() // 2)
    _same_pixels_as_qt(table, answers)
    table.setShowGrid(False)
    table.setAlternatingRowColors(False)
    _same_pixels_as_qt(table, answers)
    table.setShowGrid(True)
    table.setAlternatingRowColors(True)
    # Texts taller than their rows are clipped to them, as Qt clips every cell.
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    table.setFont(font)
    _same_pixels_as_qt(table, answers)
    # A name of two lines is painted by Qt's delegate (as QStyledItemDelegate would).
    rows = list(tab.model.rows())
    first = list(rows[0])
    first[1] = "王小明\n第二行"
    tab.model.set_rows([tuple(first), *rows[1:]])
    _same_pixels_as_qt(table, answers)
    # Only part of the screen painted (a cell's update, a scroll's new strip).
    part = QRegion(40, 30, 150, 45)

    def part_pixels(delegate: QStyledItemDelegate) -> QImage:
        table.setItemDelegate(delegate)
        image = QImage(table.viewport().size(), QImage.Format.Format_ARGB32)
        image.fill(QColor("#ff00ff"))
        table.viewport().render(image, QPoint(), part)
        return image

    answers.clear()
    ours = part_pixels(table.delegate)
    assert answers == [True]
    assert ours == part_pixels(QStyledItemDelegate(table))
    assert ours.pixelColor(160, 50) == QColor("#ff00ff")  # only the part is painted
    table.setItemDelegate(table.delegate)
    # Right to left is left to Qt.
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    answers.clear()
    table.viewport().repaint()
    assert answers == [False]


def test_sorting_by_every_column_in_both_directions(tab: MembersTab) -> None:
    header = tab.table.horizontalHeader()
    for column in RosterModel.COLUMNS:
        for descending in (False, True):
            tab.sort_by(column, descending=descending)
            expected = roster.roster_ids(tab.database, query(sort=column, descending=descending))
            assert shown_ids(tab) == expected, (column, descending)
        assert header.sortIndicatorSection() == RosterModel.COLUMNS.index(column)
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_clicking_a_header_sorts_and_the_sort_is_remembered(
    qtbot: QtBot, tab: MembersTab, demo_db: Database, undo_stack: QUndoStack, settings: QSettings
) -> None:
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(RosterModel.JOINED) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    order = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.sortIndicatorSection() == RosterModel.JOINED
    assert shown_ids(tab) == roster.roster_ids(demo_db, query(sort="joined", descending=order))
    again = make_tab(qtbot, demo_db, undo_stack, settings)
    assert shown_ids(again) == shown_ids(tab)


# ---- search and filters --------------------------------------------------------------------


def _search(tab: MembersTab, text: str) -> list[str]:
    tab.search.setText(text)
    tab.apply_search()
    return [tab.model.index(r, RosterModel.NAME).data() for r in range(tab.model.rowCount())]


def test_search_finds_names_by_full_pinyin_and_initials(tab: MembersTab) -> None:
    # polyphonic surnames: 单 shan (not dan), 解 xie (not jie), 曾 zeng (not ceng)
    for name, surname in (
        ("单婉清", "shan"),
        ("解明哲", "xie"),
        ("曾可欣", "zeng"),
        ("欧阳晨", "ou"),
    ):
        syllables = lazy_pinyin(name, style=Style.NORMAL)
        full = "".join(syllables)
        initials = "".join(s[0] for s in syllables)
        assert name in _search(tab, surname + full[len(syllables[0]) :])
        for text in (full, initials, full.upper(), name):
            found = _search(tab, text)
            assert name in found, text
            expected = [r[1] for r in roster.roster_rows(tab.database, query(text=text))]
            assert found == expected, text
        assert tab.count.text() == f"{tab.model.rowCount()} of 300 members"


def test_typing_letter_by_letter_narrows_like_sql(tab: MembersTab) -> None:
    typed = ""
    for letter in "zhang":
        typed += letter
        tab.search.setText(typed)  # from memory, applied at once: no timer to wait for
        assert shown_ids(tab) == roster.roster_ids(tab.database, query(text=typed)), typed
    tab.search.setText("zhang 138")
    assert shown_ids(tab) == roster.roster_ids(tab.database, query(text="zhang 138"))
    tab.search.clear()
    assert tab.model.rowCount() == 300


def test_search_matches_wechat_phone_digits_tags_and_notes(tab: MembersTab) -> None:
    db = tab.database
    assert db is not None
    wechat, phone = db.conn.execute(
        "SELECT wechat_id, phone FROM members WHERE wechat_id <> '' AND phone <> '' LIMIT 1"
    ).fetchone()
    for text in (wechat, phone[-6:], f"{phone[:3]}-{phone[3:7]}", "老客户"):
        expected = roster.roster_ids(db, query(text=text))
        assert expected
        tab.search.setText(text)
        assert shown_ids(tab) == expected, text


@pytest.mark.parametrize(
    ("widget", "fields"),
    [
        ("role", {"role": "seed"}),
        ("status", {"status": "left"}),
        ("status", {"status": "expired"}),
        ("tag", {"tag": "老客户"}),
        ("joined", {"joined_from": dt.date(2025, 1, 1), "joined_to": dt.date(2025, 6, 30)}),
        ("expiring", {"expiring_within_days": 30}),
    ],
)
def test_every_filter_matches_sql(tab: MembersTab, widget: str, fields: dict[str, Any]) -> None:
    if widget == "role":
        tab.role_filter.setCurrentIndex(tab.role_filter.findData(fields["role"]))
    elif widget == "status":
        tab.status_filter.setCurrentIndex(tab.status_filter.findData(fields["status"]))
    elif widget == "tag":
        assert tab.tag_filter.findText(fields["tag"]) >= 0  # offered from the data
        tab.tag_filter.setEditText(fields["tag"])
    elif widget == "joined":
        tab.joined_from.setDate(fields["joined_from"])
        tab.joined_to.setDate(fields["joined_to"])
        tab.joined_filter.setChecked(True)
    else:
        tab.expiring_filter.setChecked(True)
    expected = roster.roster_ids(tab.database, query(**fields))
    assert 0 < len(expected) < 300
    assert shown_ids(tab) == expected
    assert tab.count.text() == f"{len(expected)} of 300 members"
    # combined with a search and another sort, still what SQL says
    tab.sort_by("joined", descending=True)
    tab.search.setText("a")
    combined = query(**fields, text="a", sort="joined", descending=True)
    assert shown_ids(tab) == roster.roster_ids(tab.database, combined)
    tab.clear_all_filters()
    assert tab.model.rowCount() == 300


def test_the_toolbar_group_filters_and_role_shows_the_groups_role(
    qtbot: QtBot, tab: MembersTab
) -> None:
    db = tab.database
    assert db is not None
    group_id = db.conn.execute("SELECT id FROM groups ORDER BY id LIMIT 1").fetchone()[0]
    tab.set_scope(Scope(group_id, ALL.start, ALL.end))
    qtbot.waitUntil(tab.is_loaded)
    expected = roster.roster_rows(db, query(group_id=group_id))
    assert [row[0] for row in expected] == shown_ids(tab)
    assert tab.count.text() == f"{len(expected)} of {len(expected)} members"
    tab.role_filter.setCurrentIndex(tab.role_filter.findData("follower"))
    followers = roster.roster_ids(db, query(group_id=group_id, role="follower"))
    assert shown_ids(tab) == followers
    assert {tab.model.index(r, RosterModel.ROLE).data() for r in range(len(followers))} == {
        "Follower"
    }


# ---- detail pane ---------------------------------------------------------------------------


def test_detail_pane_shows_role_timeline_and_referral_counts(tab: MembersTab) -> None:
    db = tab.database
    assert db is not None
    member_id = db.conn.execute(
        """
        SELECT s.member_id FROM role_history r JOIN memberships s ON s.id = r.membership_id
        WHERE s.member_id IN (SELECT referrer_id FROM members WHERE referrer_id IS NOT NULL)
        GROUP BY r.membership_id HAVING count(*) >= 2 LIMIT 1
        """
    ).fetchone()[0]
    tab.select_ids([member_id])
    detail = tab.findChild(type(tab.detail), "memberDetail")
    assert detail.currentWidget() is detail.page
    member = members.get_member(db, member_id)
    assert detail.name.text() == member.name
    spans = members.role_history(db, member_id)
    tree = detail.roles
    children = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount())]  # fmt: skip
    assert [c.text(1) for c in children] == [s.since.isoformat() for s in spans]
    assert any("→" in tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount()))
    direct, total = referrals.referral_counts(db, [member_id])[member_id]
    assert direct > 0
    counts = detail.referral_counts.text()
    assert f"Referred {direct} directly, {total} in total" in counts
    assert detail.referrals.topLevelItemCount() == direct
    assert detail.memberships.topLevelItemCount() == len(members.memberships_of(db, member_id))
    # a referred member is one double-click away
    first = detail.referrals.topLevelItem(0)
    referred = first.data(0, Qt.ItemDataRole.UserRole)
    detail.referrals.itemDoubleClicked.emit(first, 0)
    assert tab.current_id() == referred
    assert member.name in detail.fields["referrer"].text()


def test_detail_pane_lists_attendance_and_revenue_in_money(tab: MembersTab) -> None:
    db = tab.database
    assert db is not None
    member_id = db.conn.execute(
        "SELECT member_id FROM revenue WHERE member_id IN (SELECT member_id FROM attendance) "
        "GROUP BY member_id LIMIT 1"
    ).fetchone()[0]
    tab.select_ids([member_id])
    detail = tab.detail.detail
    assert detail is not None and detail.member.id == member_id
    assert tab.detail.attendance.topLevelItemCount() == len(detail.attendance)
    assert tab.detail.revenue.topLevelItemCount() == len(detail.revenue)
    assert "¥" in tab.detail.revenue.topLevelItem(0).text(2)
    assert tab.detail.revenue_total.text().startswith("Total from this member: ¥")


# ---- dialogs and actions -------------------------------------------------------------------


def test_invalid_phone_shows_inline_error_and_writes_nothing(qtbot: QtBot, tab: MembersTab) -> None:
    db = tab.database
    assert db is not None
    before = db.counts()
    dialog = MemberDialog(tab, db, None, today=TODAY, groups=[], group_id=None)
    qtbot.addWidget(dialog)
    dialog.edits["name"].setText("新朋友")
    dialog.edits["phone"].setText("12345")
    dialog.edits["email"].setText("not-an-email")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    phone_error = dialog.findChild(type(dialog.errors["phone"]), "phoneError")
    assert not phone_error.isHidden() and "12345" in phone_error.text()
    assert not dialog.errors["email"].isHidden()
    assert dialog.errors["name"].isHidden()
    assert db.counts() == before
    # editing: a bad phone on an existing member is refused the same way
    member = members.get_member(db, shown_ids(tab)[0])
    edit = MemberDialog(tab, db, member, today=TODAY, groups=[])
    qtbot.addWidget(edit)
    edit.edits["phone"].setText("＋86 138")
    edit.edits["name"].setText("")
    edit.accept()
    assert not edit.errors["phone"].isHidden() and not edit.errors["name"].isHidden()
    assert members.get_member(db, member.id) == member
    assert db.counts() == before


def test_duplicate_wechat_id_warns_and_can_open_the_existing_member(
    qtbot: QtBot, tab: MembersTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tab.database
    assert db is not None
    existing, wechat = db.conn.execute(
        "SELECT id, wechat_id FROM members WHERE wechat_id <> '' LIMIT 1"
    ).fetchone()
    asked: list[list[str]] = []
    monkeypatch.setattr(
        MemberDialog,
        "ask_duplicate",
        classmethod(lambda cls, _p, names: asked.append(names) or cls.OPEN),
    )
    dialog = MemberDialog(tab, db, None, today=TODAY, groups=[])
    qtbot.addWidget(dialog)
    dialog.edits["name"].setText("重复的人")
    dialog.edits["wechat_id"].setText(wechat.upper())
    dialog.accept()
    assert asked and dialog.result_value == MemberEdit(dialog.draft(), None, existing)
    monkeypatch.setattr(MemberDialog, "ask", classmethod(lambda *_a, **_k: dialog.result_value))
    tab.search.setText("nobody matches this")
    trigger(tab, "memberNew")
    assert tab.current_id() == existing and tab.search.text() == ""


def test_new_member_joins_a_group_and_undo_redo(
    qtbot: QtBot, tab: MembersTab, undo_stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tab.database
    assert db is not None
    group_id = db.conn.execute("SELECT id FROM groups ORDER BY id LIMIT 1").fetchone()[0]
    draft = MemberDraft(name="欧阳新", phone="139 1234 0000", tags=("新人",))
    result = MemberEdit(draft, JoinChoice(group_id, "seed", dt.date(2026, 11, 1)))
    monkeypatch.setattr(MemberDialog, "ask", classmethod(lambda *_a, **_k: result))
    with qtbot.waitSignal(tab.membersChanged):
        trigger(tab, "memberNew")
    new_id = tab.current_id()
    assert new_id is not None and members.get_member(db, new_id).phone == "13912340000"
    assert [s.role for s in members.role_history(db, new_id)] == ["seed"]
    assert tab.count.text() == "301 of 301 members"
    assert "oyx" in members.get_member(db, new_id).search_key
    tab.search.setText("ouyangxin")
    assert shown_ids(tab) == [new_id]
    undo_stack.undo()
    assert (
        db.conn.execute("SELECT count(*) FROM members WHERE id = ?", (new_id,)).fetchone()[0] == 0
    )
    assert shown_ids(tab) == []
    undo_stack.redo()
    assert shown_ids(tab) == [new_id]
    assert [s.since for s in members.role_history(db, new_id)] == [dt.date(2026, 11, 1)]


def test_edit_member_through_the_dialog_and_undo(
    tab: MembersTab, undo_stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tab.database
    assert db is not None
    member_id = shown_ids(tab)[5]
    member = members.get_member(db, member_id)
    tab.select_ids([member_id])
    changed = replace(member.draft(), nickname="新昵称", notes="改过了")
    monkeypatch.setattr(MemberDialog, "ask", classmethod(lambda *_a, **_k: MemberEdit(changed)))
    trigger(tab, "memberEdit")
    assert members.get_member(db, member_id).nickname == "新昵称"
    row = tab.model.row_of(member_id)
    assert tab.model.index(row, RosterModel.NICKNAME).data() == "新昵称"
    assert tab.detail.fields["notes"].text() == "改过了"
    undo_stack.undo()
    assert members.get_member(db, member_id).draft() == member.draft()
    assert tab.model.index(tab.model.row_of(member_id), RosterModel.NICKNAME).data() == (
        member.nickname
    )


def test_bulk_add_tag_and_undo_touches_only_who_changed(
    tab: MembersTab, undo_stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tab.database
    assert db is not None
    tagged = db.conn.execute("SELECT member_id FROM member_tags WHERE tag = 'VIP'").fetchall()
    untagged = [i for i in shown_ids(tab) if (i,) not in tagged][:3]
    chosen = untagged + ([tagged[0][0]] if tagged else [])
    tab.select_ids(chosen)
    assert sorted(tab.selected_ids()) == sorted(chosen)
    monkeypatch.setattr(TagDialog, "ask", classmethod(lambda *_a, **_k: "VIP"))
    trigger(tab, "memberAddTag")
    assert members.members_tagged(db, chosen, "VIP") == set(chosen)
    for member_id in chosen:
        row = tab.model.row_of(member_id)
        assert "VIP" in tab.model.index(row, RosterModel.TAGS).data()
    tab.search.setText("vip")
    assert set(chosen) <= set(shown_ids(tab))
    undo_stack.undo()
    assert members.members_tagged(db, chosen, "VIP") == ({tagged[0][0]} if tagged else set())
    assert not set(untagged) & set(shown_ids(tab))


def test_change_role_through_the_dialog_adds_a_dated_row_and_undo_restores(
    tab: MembersTab, undo_stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tab.database
    assert db is not None
    member_id, group_id, role_id, role, since = db.conn.execute(
        """
        SELECT s.member_id, s.group_id, r.id, r.role, r.since FROM memberships s
        JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
        WHERE s.left_on IS NULL AND r.role = 'follower' AND r.since < '2026-06-01' LIMIT 1
        """
    ).fetchone()
    before = db.conn.execute("SELECT * FROM role_history ORDER BY id").fetchall()
    tab.select_ids([member_id])
    day = dt.date(2026, 6, 1)
    seen: dict[str, Any] = {}

    def ask(_cls: object, *_args: object, **kwargs: Any) -> GroupAction:
        seen.update(kwargs)
        return GroupAction(group_id, "leader", day)

    monkeypatch.setattr(GroupActionDialog, "ask", classmethod(ask))
    trigger(tab, "memberChangeRole")
    assert seen["with_role"] is True and seen["today"] == TODAY
    history_now = members.role_history(db, member_id, group_id)
    spans = [s for s in history_now if s.since.isoformat() >= since]
    old = next(s for s in spans if s.id == role_id)
    assert (old.role, old.since.isoformat(), old.until) == (role, since, day)  # closed, kept
    assert [(s.role, s.since, s.until) for s in spans if s.id != role_id] == [("leader", day, None)]
    after = db.conn.execute("SELECT * FROM role_history ORDER BY id").fetchall()
    assert len(after) == len(before) + 1
    assert [r for r in after if r[0] != role_id][: len(before) - 1] == [
        r for r in before if r[0] != role_id
    ]
    undo_stack.undo()
    assert db.conn.execute("SELECT * FROM role_history ORDER BY id").fetchall() == before
    undo_stack.redo()
    assert members.role_history(db, member_id, group_id)[-1].role == "leader"


def test_join_and_leave_groups_in_bulk_with_undo(
    tab: MembersTab, undo_stack: QUndoStack, monkeypatch: pytest.MonkeyPatch, answers: list[Any]
) -> None:
    db = tab.database
    assert db is not None
    group_id = db.conn.execute("SELECT id FROM groups ORDER BY id DESC LIMIT 1").fetchone()[0]
    outside = [
        r[0]
        for r in db.conn.execute(
            "SELECT id FROM members WHERE id NOT IN (SELECT member_id FROM memberships "
            "WHERE group_id = ? AND left_on IS NULL) ORDER BY id LIMIT 3",
            (group_id,),
        )
    ]
    before = db.conn.execute("SELECT * FROM memberships ORDER BY id").fetchall()
    tab.select_ids(outside)
    monkeypatch.setattr(
        GroupActionDialog,
        "ask",
        classmethod(lambda *_a, **_k: GroupAction(group_id, "seed", dt.date(2026, 11, 20))),
    )
    trigger(tab, "memberJoinGroup")
    assert set(members.current_roles(db, outside, group_id).values()) == {"seed"}
    trigger(tab, "memberLeaveGroup")  # same dialog answer: leave that group on the 20th
    assert members.current_roles(db, outside, group_id) == {}
    left = members.memberships_of(db, outside[0])[-1]
    assert (left.group_id, left.left_on) == (group_id, dt.date(2026, 11, 20))
    undo_stack.undo()
    assert set(members.current_roles(db, outside, group_id)) == set(outside)
    undo_stack.undo()
    assert db.conn.execute("SELECT * FROM memberships ORDER BY id").fetchall() == before


def test_mark_left_closes_every_group_and_undo_reopens(
    tab: MembersTab, undo_stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tab.database
    assert db is not None
    member_id = db.conn.execute(
        "SELECT member_id FROM memberships WHERE left_on IS NULL GROUP BY member_id "
        "HAVING count(*) >= 2 LIMIT 1"
    ).fetchone()[0]
    before = history(db, member_id)
    tab.select_ids([member_id])
    monkeypatch.setattr(
        GroupActionDialog,
        "ask",
        classmethod(lambda *_a, **_k: GroupAction(None, "follower", TODAY)),
    )
    trigger(tab, "memberMarkLeft")
    assert members.open_groups(db, [member_id]) == {}
    row = tab.model.row_of(member_id)
    assert tab.model.index(row, RosterModel.STATUS).data() == "Left"
    undo_stack.undo()
    assert history(db, member_id) == before


def test_delete_with_confirmation_and_undo_restores_all_history(
    qtbot: QtBot, tab: MembersTab, undo_stack: QUndoStack, answers: list[Any]
) -> None:
    db = tab.database
    assert db is not None
    member_id = db.conn.execute(
        """
        SELECT s.member_id FROM role_history r JOIN memberships s ON s.id = r.membership_id
        WHERE s.member_id IN (SELECT referrer_id FROM members)
          AND s.member_id IN (SELECT member_id FROM attendance)
        GROUP BY s.member_id HAVING count(*) >= 2 LIMIT 1
        """
    ).fetchone()[0]
    before = history(db, member_id)
    assert before["roles"] and before["referred"] and before["attendance"]
    counts = db.counts()
    tab.select_ids([member_id])
    answers.append(QMessageBox.StandardButton.No)
    trigger(tab, "memberDelete")
    assert db.counts() == counts
    answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.membersChanged):
        trigger(tab, "memberDelete")
    assert history(db, member_id)["member"] == []
    assert member_id not in shown_ids(tab)
    assert tab.count.text() == "299 of 299 members"
    undo_stack.undo()
    assert history(db, member_id) == before
    assert db.counts() == counts
    assert member_id in shown_ids(tab) and tab.current_id() == member_id
    undo_stack.redo()
    assert history(db, member_id)["member"] == []


def test_merge_two_members_and_undo(
    tab: MembersTab, undo_stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tab.database
    assert db is not None
    first, second = shown_ids(tab)[10:12]
    before = (history(db, first), history(db, second))
    counts = db.counts()
    tab.select_ids([first, second])
    monkeypatch.setattr(MergeDialog, "ask", classmethod(lambda *_a, **_k: (first, second)))
    trigger(tab, "memberMerge")
    assert history(db, second)["member"] == []
    assert len(history(db, first)["memberships"]) >= len(before[0]["memberships"])
    assert tab.current_id() == first
    undo_stack.undo()
    assert (history(db, first), history(db, second)) == before
    assert db.counts() == counts


# ---- columns -------------------------------------------------------------------------------


def test_column_choice_and_order_are_remembered(
    qtbot: QtBot, tab: MembersTab, demo_db: Database, undo_stack: QUndoStack, settings: QSettings
) -> None:
    tab.set_column_visible("phone", False)
    tab.set_column_visible("name", False)  # the name always stays
    header = tab.table.horizontalHeader()
    header.moveSection(header.visualIndex(RosterModel.TAGS), 1)
    order = tab.table.column_order()
    assert order[1] == "tags"
    again = make_tab(qtbot, demo_db, undo_stack, settings)
    assert not again.column_visible("phone")
    assert again.column_visible("name") and again.column_visible("tags")
    assert again.table.column_order() == order
    again.set_column_visible("phone", True)
    assert make_tab(qtbot, demo_db, undo_stack, settings).column_visible("phone")
