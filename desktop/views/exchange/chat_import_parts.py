"""Parts of the chat import preview: texts of a plan, the senders table and a member search."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.calendar.occurrences import Occurrence
from desktop.models.exchange.chat.records import ChatFileError
from desktop.models.exchange.chat_import import (
    ChatImportResult,
    GroupGuess,
    How,
    Link,
    SenderPlan,
)
from desktop.models.members.role_holders import all_member_choices
from desktop.models.storage.db import Database

PICK = "pick"  # the sender combo's "another member…" entry
# The time zones offered besides this computer's (IANA names).
ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "Australia/Sydney",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChatImport", text)


def how_text(how: How, candidates: int = 0) -> str:
    """How a sender was matched, in words."""
    texts = {
        How.LINKED: _tr("Linked before"),
        How.PLATFORM_ID: _tr("WeChat ID"),
        How.ALIAS: _tr("Name seen before"),
        How.NAME: _tr("Name"),
        How.NICKNAME: _tr("Nickname"),
        How.PINYIN: _tr("Pinyin"),
        How.AMBIGUOUS: _tr("Several members (%1)").replace("%1", str(candidates)),
        How.UNKNOWN: _tr("Not found"),
    }
    return texts[how]


def guess_text(guess: GroupGuess) -> str:
    """Why the group was chosen, in words."""
    texts = {
        GroupGuess.GIVEN: _tr("Chosen by you."),
        GroupGuess.REMEMBERED: _tr("This chat was imported into this group before."),
        GroupGuess.NAME: _tr("The group has the chat's name."),
        GroupGuess.NONE: _tr("No group has the chat's name: choose one."),
    }
    return texts[guess]


def format_text(name: str) -> str:
    """A chat format's name."""
    texts = {
        "chatlab-json": _tr("ChatLab JSON"),
        "chatlab-jsonl": _tr("ChatLab JSONL"),
        "memotrace-csv": _tr("WeChat CSV (MemoTrace)"),
        "echotrace-json": _tr("WeChat JSON (EchoTrace)"),
        "qq-txt": _tr("QQ message export (.txt)"),
    }
    return texts.get(name, name)


def file_error_text(error: ChatFileError) -> str:
    """A chat file that cannot be read, in one line of the UI's language."""
    reason = error.reason  # in the UI language (the data layer's messages)
    if error.line is not None:
        reason = _tr("line %1: %2").replace("%1", f"{error.line:,}").replace("%2", reason)
    return (
        _tr("%1 cannot be imported: %2. Nothing was imported.")
        .replace("%1", error.name)
        .replace("%2", reason)
    )


def result_text(results: Iterable[ChatImportResult]) -> str:
    """What an import wrote, summed over its files, in one line."""
    total = [0] * 8
    for result in results:
        values = (
            result.days, result.messages, result.members_added, result.joins,
            result.referrals, result.leaves, result.signups, result.checkins,
        )  # fmt: skip
        total = [a + b for a, b in zip(total, values, strict=True)]
    text = _tr(
        "Chat imported: %1 days, %2 messages, %3 members added, %4 joins, %5 referrals, "
        "%6 leaves, %7 sign-ups, %8 check-ins."
    )
    for at in range(8, 0, -1):
        text = text.replace(f"%{at}", f"{total[at - 1]:,}")
    return text


def occurrence_text(occurrence: Occurrence) -> str:
    """An occurrence in a combo: day, time and title."""
    return f"{occurrence.start:%Y-%m-%d %H:%M} {occurrence.title}"


def item(text: object, tooltip: str | None = None) -> QTableWidgetItem:
    """A read-only table cell."""
    cell = QTableWidgetItem(str(text))
    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if isinstance(text, int):
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    cell.setToolTip(tooltip if tooltip is not None else str(text))
    return cell


def table(parent: QWidget, name: str, headers: Sequence[str]) -> QTableWidget:
    """A read-only table with its columns titled; the last one stretches."""
    view = QTableWidget(0, len(headers), parent)
    view.setObjectName(name)
    view.setHorizontalHeaderLabels(list(headers))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    return view


def fill(view: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    """Put rows of cells into a table and size its columns to them."""
    view.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            view.setItem(r, c, item(value))
    view.resizeColumnsToContents()


class MemberSearch(QDialog):
    """Find a member by name, nickname or pinyin and pick one."""

    def __init__(self, parent: QWidget | None, database: Database) -> None:
        super().__init__(parent)
        self.setObjectName("memberSearch")
        self.setWindowTitle(self.tr("Link to a member"))
        self.database = database
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("memberSearchText")
        self.search.setPlaceholderText(self.tr("Name, nickname or pinyin"))
        self.list = QListWidget(self)
        self.list.setObjectName("memberSearchList")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(360, 420)
        self.search.textChanged.connect(self.find)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.find("")

    def find(self, text: str) -> None:
        """List the members whose name, nickname or pinyin holds `text`."""
        self.list.clear()
        for choice in all_member_choices(self.database, text, limit=100):
            label = choice.name + (f" ({choice.nickname})" if choice.nickname else "")
            entry = QListWidgetItem(label, self.list)
            entry.setData(Qt.ItemDataRole.UserRole, choice.member_id)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> int | None:
        """The member picked (None: none)."""
        current = self.list.currentItem()
        return None if current is None else int(current.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(cls, parent: QWidget | None, database: Database) -> tuple[int, str] | None:
        """A member picked (id, label), or None when cancelled (tests patch this)."""
        dialog = cls(parent, database)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.list.currentItem() is None:
                return None
            member = dialog.chosen()
            return None if member is None else (member, dialog.list.currentItem().text())
        finally:
            dialog.deleteLater()


class SenderTable(QTableWidget):
    """The senders with new messages: names, messages, how matched, and for those
    matched to nobody, what to do (leave unlinked, add as a member, link to one)."""

    NAMES, MESSAGES, HOW, LINK = range(4)

    def __init__(self, parent: QWidget, database: Database) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("chatSenders")
        self.database = database
        self.setHorizontalHeaderLabels(
            [self.tr("Display names"), self.tr("New messages"), self.tr("Matched by"),
             self.tr("Member")]
        )  # fmt: skip
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.NAMES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.LINK, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.senders: list[SenderPlan] = []
        self.combos: dict[int, QComboBox] = {}  # sender index → its choice

    def load(self, senders: Sequence[SenderPlan], names: dict[int, str]) -> None:
        """Show senders (most messages first); `names` the matched members' names."""
        self.senders = sorted((s for s in senders if s.messages), key=lambda s: -s.messages)
        self.combos = {}
        self.setRowCount(len(self.senders))
        for row, sender in enumerate(self.senders):
            shown = " / ".join(sender.names) or sender.name
            if sender.from_owner:
                shown += " " + self.tr("(you)")
            tip = shown + (f"\n{sender.platform_id}" if sender.platform_id else "")
            self.setItem(row, self.NAMES, item(shown, tip))
            self.setItem(row, self.MESSAGES, item(sender.messages))
            found = sender.found
            self.setItem(row, self.HOW, item(how_text(found.how, len(found.candidates))))
            if found.member_id is not None:
                self.setItem(row, self.LINK, item(names.get(found.member_id, "?")))
            else:
                self.setCellWidget(row, self.LINK, self._combo(sender))
        self.resizeColumnToContents(self.MESSAGES)
        self.resizeColumnToContents(self.HOW)

    def _combo(self, sender: SenderPlan) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"chatSenderLink{sender.index}")
        combo.addItem(self.tr("Leave unlinked"), Link.LEAVE)
        combo.addItem(self.tr("Add as a new member"), Link.ADD)
        for candidate in sender.found.candidates:
            label = candidate.name + (f" ({candidate.nickname})" if candidate.nickname else "")
            combo.addItem(self.tr("Link to %1").replace("%1", label), candidate.member_id)
        combo.addItem(self.tr("Link to another member…"), PICK)
        combo.setProperty("previous", 0)
        combo.activated.connect(lambda at, c=combo: self._on_chosen(c, at))
        self.combos[sender.index] = combo
        return combo

    def _on_chosen(self, combo: QComboBox, at: int) -> None:
        if combo.itemData(at) != PICK:
            combo.setProperty("previous", at)
            return
        picked = MemberSearch.ask(self, self.database)
        if picked is None:
            combo.setCurrentIndex(int(combo.property("previous")))
            return
        self.link(combo, *picked)

    def link(self, combo: QComboBox, member_id: int, label: str) -> None:
        """Choose a member in a sender's combo (added to it when not listed)."""
        found = combo.findData(member_id)
        if found < 0:
            found = combo.count() - 1  # before "another member…"
            combo.insertItem(found, self.tr("Link to %1").replace("%1", label), member_id)
        combo.setCurrentIndex(found)
        combo.setProperty("previous", found)

    def add_all_unknown(self) -> int:
        """Set every sender found nowhere (not the ambiguous) to be added; how many."""
        done = 0
        for sender in self.senders:
            combo = self.combos.get(sender.index)
            if combo is not None and sender.found.how == How.UNKNOWN:
                combo.setCurrentIndex(combo.findData(Link.ADD))
                combo.setProperty("previous", combo.currentIndex())
                done += 1
        return done

    def links(self) -> dict[int, Any]:
        """The owner's choice per unmatched sender index (member id or `Link.ADD`); those
        left unlinked are not named, so a person the notices add is linked to them."""
        chosen = {index: combo.currentData() for index, combo in self.combos.items()}
        return {index: value for index, value in chosen.items() if value != Link.LEAVE}
