"""The chat import preview: facts, group guessed and changed, senders, conflicts, cancel, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QRadioButton, QTableWidget
from pytestqt.qtbot import QtBot

from desktop.models.chats.speakers import unlinked_speakers
from desktop.models.exchange.chat_import import ChatImportResult
from desktop.models.groups.activity_log import TYPED, DayActivity, recorded_days, store_days
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.members import create_member
from desktop.models.storage.db import Database
from desktop.models.storage.settings import chat_zone_name, set_chat_zone
from desktop.views.exchange import chat_import_dialog as module
from desktop.views.exchange.chat_import_dialog import ChatImportDialog
from desktop.views.exchange.chat_import_parts import MemberSearch, result_text

CHATS = Path(__file__).resolve().parents[2] / "fixtures" / "chats"
CHATLAB = CHATS / "chatlab_group.json"
JAN5, JAN6 = dt.date(2024, 1, 5), dt.date(2024, 1, 6)


def add_group(db: Database, name: str) -> int:
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO groups (name, created_on) VALUES (?, '2020-01-01')", (name,)
        )
        return int(cursor.lastrowid or 0)


def count(db: Database, table: str) -> int:
    return int(db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def db(database: Database) -> Database:
    """The test database, counting chat days in China's time (the fixture's times are
    09:00–22:00 there)."""
    set_chat_zone(database, "Asia/Shanghai")
    return database


def nothing_written(db: Database) -> bool:
    return (count(db, "chat_speakers"), count(db, "members"), count(db, "chat_sources")) == (
        0,
        0,
        0,
    )


def open_dialog(qtbot: QtBot, db: Database, *paths: Path) -> ChatImportDialog:
    dialog = ChatImportDialog(None, db, list(paths))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    return dialog


def child(dialog: Any, kind: type, name: str) -> Any:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def choose_group(qtbot: QtBot, dialog: ChatImportDialog, group_id: int | None) -> None:
    combo = child(dialog.pages[0], QComboBox, "chatGroup")
    combo.setCurrentIndex(combo.findData(group_id))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: not dialog.is_busy())


def run(qtbot: QtBot, dialog: ChatImportDialog) -> list[ChatImportResult]:
    with qtbot.waitSignal(dialog.accepted):
        child(dialog, QPushButton, "chatImportRun").click()
    assert dialog.result_value is not None
    return dialog.result_value


def test_preview_shows_the_file_and_guesses_the_group_by_the_chats_name(
    qtbot: QtBot, db: Database
) -> None:
    add_group(db, "跑步群")
    readers = add_group(db, "读书会🌿")
    dialog = open_dialog(qtbot, db, CHATLAB)
    page = dialog.pages[0]
    assert child(page, QComboBox, "chatGroup").currentData() == readers
    assert child(page, QLabel, "chatGroupReason").text() == "The group has the chat's name."
    assert child(page, QLabel, "chatFormat").text() == "ChatLab JSON"
    assert child(page, QLabel, "chatName").text() == "读书会🌿"
    assert child(page, QLabel, "chatDates").text() == "2024-01-05 – 2024-01-06"
    assert child(page, QLabel, "chatMessages").text() == "7 (of 12 read)"
    assert child(page, QLabel, "chatSpeakers").text() == "4"
    assert "Message text is not saved" in child(dialog, QLabel, "chatPrivacy").text()
    senders = child(page, QTableWidget, "chatSenders")
    rows = [(senders.item(r, 0).text(), senders.item(r, 1).text()) for r in range(4)]
    assert rows == [("Alice🌸 (you)", "2"), ("王大哥 / 老王", "2"), ("Carol", "2"), ("小周", "1")]
    joins = child(page, QTableWidget, "chatJoins")
    assert [(joins.item(r, 0).text(), joins.item(r, 1).text(), joins.item(r, 2).text())
            for r in range(joins.rowCount())] == [
        ("2024-01-05", "小李", "Alice🌸"), ("2024-01-05", "小赵", "Alice🌸"),
        ("2024-01-06", "小周", "Alice🌸"),
    ]  # fmt: skip
    leaves = child(page, QTableWidget, "chatLeaves")
    assert (leaves.rowCount(), leaves.item(0, 1).text(), leaves.item(0, 2).text()) == (
        1, "小赵", "removed",
    )  # fmt: skip
    assert child(dialog, QPushButton, "chatImportRun").isEnabled()
    # a preview writes nothing
    assert nothing_written(db)


def test_without_a_group_import_is_off_and_choosing_one_replans_without_reading(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = add_group(db, "另一个群")
    reads: list[Path] = []
    real = module.plan_chat_import

    def counted(database: Database, path: Path, **options: Any) -> Any:
        reads.append(path)
        return real(database, path, **options)

    monkeypatch.setattr(module, "plan_chat_import", counted)
    dialog = open_dialog(qtbot, db, CHATLAB)
    run_button = child(dialog, QPushButton, "chatImportRun")
    assert child(dialog.pages[0], QComboBox, "chatGroup").currentData() is None
    assert not run_button.isEnabled()
    assert dialog.summary.text() == "Choose the group of each chat to import it."
    choose_group(qtbot, dialog, other)
    assert reads == [CHATLAB]  # replanned, not read again
    assert dialog.pages[0].plan is not None and dialog.pages[0].plan.group_id == other
    assert child(dialog.pages[0], QLabel, "chatGroupReason").text() == "Chosen by you."
    assert run_button.isEnabled()
    choose_group(qtbot, dialog, None)
    assert not run_button.isEnabled()


def test_a_plan_shown_again_leaves_no_widget_of_the_one_before(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db, CHATLAB)
    page = dialog.pages[0]
    assert page.plan is not None
    page.show_outcome(page.plan)  # at once, before the event loop turns
    assert len(page.findChildren(QLabel, "chatGroupReason")) == 1
    assert len(page.findChildren(QComboBox, "chatGroup")) == 1


def test_senders_linked_added_and_left_unlinked(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    readers = add_group(db, "读书会🌿")
    carol = create_member(db, MemberDraft(name="卡罗尔"))  # in no group: found by search only
    monkeypatch.setattr(MemberSearch, "ask", classmethod(lambda cls, p, d: (carol, "卡罗尔")))
    dialog = open_dialog(qtbot, db, CHATLAB)
    page = dialog.pages[0]
    carol_combo = child(page, QComboBox, "chatSenderLink2")
    carol_combo.setCurrentIndex(carol_combo.count() - 1)  # "Link to another member…"
    carol_combo.activated.emit(carol_combo.count() - 1)
    assert (carol_combo.currentData(), carol_combo.currentText()) == (carol, "Link to 卡罗尔")
    wang = child(page, QComboBox, "chatSenderLink1")
    wang.setCurrentIndex(wang.findText("Add as a new member"))
    child(page, QCheckBox, "chatAddJoiners").setChecked(False)  # nobody else is added
    results = run(qtbot, dialog)
    assert (results[0].members_added, results[0].messages, results[0].days) == (1, 7, 2)
    linked = dict(db.conn.execute("SELECT display_name, member_id FROM chat_speakers"))
    wang_id = db.conn.execute("SELECT id FROM members WHERE name = '王大哥'").fetchone()[0]
    assert linked == {"Alice🌸": None, "王大哥": wang_id, "Carol": carol, "小周": None}
    assert [(s.display_name, s.messages) for s in unlinked_speakers(db, readers)] == [
        ("Alice🌸", 2), ("小周", 1),
    ]  # fmt: skip


def test_picking_no_member_keeps_the_previous_choice(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_group(db, "读书会🌿")
    monkeypatch.setattr(MemberSearch, "ask", classmethod(lambda cls, p, d: None))
    dialog = open_dialog(qtbot, db, CHATLAB)
    combo = child(dialog.pages[0], QComboBox, "chatSenderLink3")
    combo.setCurrentIndex(1)
    combo.activated.emit(1)  # "Add as a new member"
    combo.setCurrentIndex(combo.count() - 1)
    combo.activated.emit(combo.count() - 1)  # another member…, then cancelled
    assert combo.currentText() == "Add as a new member"


def test_add_all_unknown_adds_every_sender(qtbot: QtBot, db: Database) -> None:
    add_group(db, "读书会🌿")
    dialog = open_dialog(qtbot, db, CHATLAB)
    child(dialog.pages[0], QPushButton, "chatAddAllUnknown").click()
    combos = [child(dialog.pages[0], QComboBox, f"chatSenderLink{i}") for i in range(4)]
    assert [c.currentText() for c in combos] == ["Add as a new member"] * 4
    run(qtbot, dialog)
    linked = db.conn.execute("SELECT count(*) FROM chat_speakers WHERE member_id IS NOT NULL")
    assert linked.fetchone()[0] == 4


@pytest.mark.parametrize(
    ("keep", "expected"),
    [(False, DayActivity(JAN5, 4, 3, 2, 0)), (True, DayActivity(JAN5, 10, 5, 0, 0))],
)
def test_conflicting_typed_day_is_settled_as_chosen(
    qtbot: QtBot, db: Database, keep: bool, expected: DayActivity
) -> None:
    readers = add_group(db, "读书会🌿")
    with db.transaction() as conn:
        store_days(conn, readers, [DayActivity(JAN5, 10, 5, 0, 0)], source=TYPED)
    dialog = open_dialog(qtbot, db, CHATLAB)
    conflicts = child(dialog.pages[0], QTableWidget, "chatConflicts")
    assert [conflicts.item(0, c).text() for c in range(3)] == [
        "2024-01-05", "10 / 5 / 0 / 0", "4 / 3 / 2 / 0",
    ]  # fmt: skip
    assert child(dialog.pages[0], QRadioButton, "chatUseChat").isChecked()
    child(dialog.pages[0], QRadioButton, "chatKeepTyped").setChecked(keep)
    results = run(qtbot, dialog)
    assert results[0].days == (1 if keep else 2)
    days = recorded_days(db.conn, readers, JAN5, JAN6)
    assert days[JAN5][0] == expected
    assert days[JAN6][0] == DayActivity(JAN6, 3, 3, 1, 1)


def test_cancel_writes_nothing(qtbot: QtBot, db: Database) -> None:
    add_group(db, "读书会🌿")
    dialog = open_dialog(qtbot, db, CHATLAB)
    with qtbot.waitSignal(dialog.rejected):
        child(dialog, QPushButton, "chatImportCancel").click()
    assert nothing_written(db)


def test_stopping_the_import_rolls_every_file_back(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_group(db, "读书会🌿")
    add_group(db, "摄影爱好者📷")
    dialog = open_dialog(qtbot, db, CHATLAB, CHATS / "qq_group.txt")
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("Asia/Tokyo"))
    real = module.apply_chat_import
    calls: list[str] = []

    def stopped_at_second(database: Database, plan: Any, decisions: Any, **kw: Any) -> Any:
        calls.append(plan.chat_name)
        if len(calls) == 2:
            assert dialog._task is not None
            dialog._task.cancel.set()  # Stop pressed while the second file is written
        return real(database, plan, decisions, **kw)

    monkeypatch.setattr(module, "apply_chat_import", stopped_at_second)
    with qtbot.waitSignal(dialog.workFailed) as failed:
        child(dialog, QPushButton, "chatImportRun").click()
    assert failed.args == ["Cancelled; nothing was changed."]
    assert calls == ["读书会🌿", "摄影爱好者📷"]
    assert (count(db, "chat_speakers"), count(db, "chat_sources")) == (0, 0)
    assert chat_zone_name(db) == "Asia/Shanghai"
    assert dialog.isVisible() and child(dialog, QPushButton, "chatImportRun").isEnabled()


def test_zone_chosen_rereads_and_is_saved_on_import(qtbot: QtBot, db: Database) -> None:
    add_group(db, "读书会🌿")
    dialog = open_dialog(qtbot, db, CHATLAB)
    assert dialog.zone_combo.currentData() == "Asia/Shanghai"
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("America/Los_Angeles"))
    dialog.zone_combo.activated.emit(dialog.zone_combo.currentIndex())
    qtbot.waitUntil(lambda: not dialog.is_busy())
    plan = dialog.pages[0].plan
    assert plan is not None and plan.zone == "America/Los_Angeles"
    # 09:00 on the 5th in Shanghai is 17:00 on the 4th in Los Angeles
    assert plan.first_day == dt.date(2024, 1, 4)
    assert chat_zone_name(db) == "Asia/Shanghai"  # not before the import
    run(qtbot, dialog)
    assert chat_zone_name(db) == "America/Los_Angeles"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (CHATLAB.read_bytes()[:900], "the file ends before the JSON does (it was cut off)"),
        (b"name,phone\nA,1\n", "not a chat export QunDesk reads"),
    ],
)
def test_a_broken_file_shows_one_clear_line_and_writes_nothing(
    qtbot: QtBot, db: Database, tmp_path: Path, content: bytes, reason: str
) -> None:
    add_group(db, "读书会🌿")
    broken = tmp_path / "broken.json"
    broken.write_bytes(content)
    dialog = open_dialog(qtbot, db, broken)
    text = child(dialog.pages[0], QLabel, "chatFileError").text()
    assert text.startswith("broken.json cannot be imported: ")
    assert reason in text and text.endswith("Nothing was imported.")
    assert text in dialog.summary.text()
    assert not child(dialog, QPushButton, "chatImportRun").isEnabled()
    assert count(db, "chat_sources") == 0


def test_a_good_file_beside_a_broken_one_is_still_imported(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    add_group(db, "读书会🌿")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    dialog = open_dialog(qtbot, db, empty, CHATLAB)
    assert [page.plan is not None for page in dialog.pages] == [False, True]
    results = run(qtbot, dialog)
    assert len(results) == 1 and results[0].messages == 7


def test_result_text_sums_the_files() -> None:
    one = ChatImportResult(2, 7, 1, 3, 3, 1, 2, 0)
    two = ChatImportResult(1, 5, 0, 1, 0, 0, 0, 4)
    assert result_text([one, two]) == (
        "Chat imported: 3 days, 12 messages, 1 members added, 4 joins, 3 referrals, "
        "1 leaves, 2 sign-ups, 4 check-ins."
    )


def test_in_chinese_the_preview_and_the_refusal_read_in_chinese(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    chinese: None,
) -> None:
    add_group(db, "读书会🌿")
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    dialog = open_dialog(qtbot, db, CHATLAB, empty)
    assert child(dialog, QLabel, "chatPrivacy").text() == (
        "消息内容不会保存：只记录条数、日期、入群/退群和接龙名单"
    )
    assert child(dialog.pages[0], QLabel, "chatGroupReason").text() == "社群名称与群聊名称相同。"
    error = child(dialog.pages[1], QLabel, "chatFileError").text()
    assert error == "无法导入 空.txt：文件是空的。未导入任何内容。"


def test_a_long_qq_export_is_read_on_every_core_from_the_dialogs_worker(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The preview's worker thread starts the helper processes (spawn, beside Qt's
    threads); the preview and the import count what one pass counts."""
    from desktop.models.exchange.chat import open_chat, parts
    from desktop.models.exchange.chat.tally import read_tally
    from desktop.models.storage.settings import zone_named
    from tests.models.exchange.test_chat_parts import export

    path = export(tmp_path / "读书会.txt", 2000)
    group = add_group(db, "读书会")
    monkeypatch.setattr(parts, "PARALLEL_BYTES", 1024)
    monkeypatch.setattr(parts, "cores", lambda: 2)
    started: list[object] = []
    real_init = parts.Helper.__init__

    def counted(self: parts.Helper, *args: Any) -> None:
        started.append(self)
        real_init(self, *args)

    monkeypatch.setattr(parts.Helper, "__init__", counted)
    expected = read_tally(open_chat(path), zone_named("Asia/Shanghai"), parts=1).count({})
    dialog = open_dialog(qtbot, db, path)
    assert len(started) == 1  # the later half read by a helper process
    plan = dialog.pages[0].plan
    assert plan is not None and plan.group_id == group
    assert plan.messages == expected.messages
    (result,) = run(qtbot, dialog)
    assert result.messages == expected.messages
    total = db.conn.execute("SELECT sum(messages) FROM chat_speaker_days").fetchone()[0]
    assert total == expected.messages
