"""Check members in to one occurrence: roster search (pinyin too) and paste from the chat."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.calendar import attendance, chat_paste
from desktop.models.calendar.chat_paste import MatchKind
from desktop.models.calendar.occurrences import Occurrence
from desktop.models.core.codes import AttendanceStatus
from desktop.models.members.queries import current_members_and
from desktop.models.storage.db import Database

_MEMBER = Qt.ItemDataRole.UserRole + 1
_KEY = Qt.ItemDataRole.UserRole + 2
_LABEL = Qt.ItemDataRole.UserRole + 4  # the name as shown, before "signed up" and guests


class AttendanceDialog(QDialog):
    """The group's roster with a tick per member; `ask` returns member id → status or None."""

    def __init__(
        self,
        database: Database,
        occurrence: Occurrence,
        today: dt.date,
        parent: QWidget | None = None,
        add_member: Callable[[str], int | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        # adds a member to the group by name (None: they are added on the Members tab)
        self.add_member = add_member
        self.unknown: list[str] = []
        self.pasted_guests = 0  # guests the matched lines of the last paste bring
        self.guests_of: dict[int, int] = {}  # member id → guests they bring (recorded or pasted)
        self.pending_guests: dict[int, int] = {}
        self.occurrence = occurrence
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance — %1").replace("%1", occurrence.title))
        self.goal = attendance.attendance_goal(database, occurrence.group_id, today)
        # nobody can have attended what has not started: only sign-ups are offered then
        self.upcoming = not attendance.has_started(database, occurrence.start)
        self.pending: list[int] = []
        self._build_ui()
        self._load()
        self._connect_signals()
        self._update_count()

    def _build_ui(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("attendanceHeading")
        self.heading.setText(
            f"<b>{self.occurrence.title}</b> · {self.occurrence.start:%Y-%m-%d %H:%M}"
        )
        self.search = QLineEdit(self)
        self.search.setObjectName("attendanceSearch")
        self.search.setPlaceholderText(self.tr("Search name, nickname or pinyin"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("attendanceStatus")
        if not self.upcoming:
            self.status.addItem(self.tr("Attended"), AttendanceStatus.ATTENDED)
        self.status.addItem(self.tr("Signed up"), AttendanceStatus.SIGNED_UP)
        if self.upcoming:
            self.status.setToolTip(
                self.tr("This has not started yet: members can sign up, not attend.")
            )
        self.roster = QListWidget(self)
        self.roster.setObjectName("attendanceRoster")
        self.roster.setUniformItemSizes(True)
        self.count = QLabel(self)
        self.count.setObjectName("attendanceCount")
        self.paste = QPlainTextEdit(self)
        self.paste.setObjectName("attendancePaste")
        self.paste.setTabChangesFocus(True)  # pasted tabs stay; the Tab key moves on
        self.paste.setPlaceholderText(
            self.tr(
                "Paste a 接龙 or 打卡 message here:\n#接龙 周六读书会\n1. 张三\n2. 李四(带一位朋友)"
            )
        )
        self.match_button = QPushButton(self.tr("Match names"), self)
        self.match_button.setObjectName("attendanceMatch")
        self.preview = QLabel(self)
        self.preview.setObjectName("attendancePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.add_button = QPushButton(self.tr("Add them as members…"), self)
        self.add_button.setObjectName("attendanceAddUnknown")
        self.add_button.setToolTip(
            self.tr("Add each name not in this group as a new member of it, name filled in")
        )
        self.add_button.setVisible(False)
        self.apply_button = QPushButton(self.tr("Tick the matched members"), self)
        self.apply_button.setObjectName("attendanceApply")
        self.apply_button.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("attendanceButtons")
        self._build_layout()

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.status)
        left_layout.addLayout(row)
        left_layout.addWidget(self.roster, 1)
        left_layout.addWidget(self.count)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Paste from the chat"), right))
        right_layout.addWidget(self.paste, 2)
        right_layout.addWidget(self.match_button)
        right_layout.addWidget(self.preview, 3)
        right_layout.addWidget(self.add_button)
        right_layout.addWidget(self.apply_button)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([420, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    def _load(self) -> None:
        found = attendance.attendees(self.database, *self._key())
        recorded = {a.member_id: a.status for a in found}
        self.guests_of = {a.member_id: a.guests for a in found if a.guests}
        self.roster.setUpdatesEnabled(False)
        rows = current_members_and(self.database, self.occurrence.group_id, recorded)
        for mid, name, nick, key in rows:
            status = recorded.get(mid)
            item = QListWidgetItem()
            item.setData(_LABEL, f"{name}（{nick}）" if nick else name)
            item.setData(Qt.ItemDataRole.UserRole + 3, status)
            self._label(item, mid)
            item.setData(_MEMBER, mid)
            item.setData(_KEY, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if status is not None else Qt.CheckState.Unchecked
            )
            self.roster.addItem(item)
        self.roster.setUpdatesEnabled(True)

    def _label(self, item: QListWidgetItem, member_id: int) -> None:
        """A roster row's text: the name, "signed up", and the guests they bring."""
        text = str(item.data(_LABEL))
        if item.data(Qt.ItemDataRole.UserRole + 3) == AttendanceStatus.SIGNED_UP:
            text += " · " + self.tr("signed up")
        if self.guests_of.get(member_id):
            text += " " + self.tr("(+%n guest(s))", "", self.guests_of[member_id])
        item.setText(text)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search)
        self.roster.itemChanged.connect(self._update_count)
        self.match_button.clicked.connect(self._on_match)
        self.apply_button.clicked.connect(self._on_apply)
        self.add_button.clicked.connect(self._on_add_unknown)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _key(self) -> tuple[int, dt.datetime]:
        return self.occurrence.event_id, self.occurrence.start

    def items(self) -> list[QListWidgetItem]:
        """Every roster row."""
        return [self.roster.item(n) for n in range(self.roster.count())]

    def item_of(self, member_id: int) -> QListWidgetItem | None:
        """The roster row of a member."""
        return next((i for i in self.items() if i.data(_MEMBER) == member_id), None)

    def checked_ids(self) -> list[int]:
        """Members ticked."""
        return [
            int(i.data(_MEMBER)) for i in self.items() if i.checkState() == Qt.CheckState.Checked
        ]

    def _on_search(self, text: str) -> None:
        terms = text.strip().lower().split()
        for item in self.items():
            key = str(item.data(_KEY))
            item.setHidden(not all(t in key for t in terms))

    def _update_count(self, *_args: object) -> None:
        ticked = len(self.checked_ids())
        heads = self.heads()
        capacity = self.occurrence.capacity
        parts = [self.tr("%n ticked", "", ticked)]
        if heads != ticked:
            parts.append(self.tr("headcount %1 with guests").replace("%1", str(heads)))
        if capacity is not None:
            parts.append(self.tr("capacity %1").replace("%1", str(capacity)))
        if self.goal is not None:
            parts.append(
                self.tr("group goal %1 check-ins per period").replace("%1", str(self.goal))
            )
        over = capacity is not None and heads > capacity
        if over:
            parts.append(self.tr("over capacity!"))
        self.count.setText(" · ".join(parts))
        self.count.setStyleSheet("color: #b3261e" if over else "")

    def _on_match(self) -> None:
        parsed, matches = chat_paste.match_paste(
            self.database, self.occurrence.group_id, self.paste.toPlainText()
        )
        ticked = set(self.checked_ids())
        self.pending = []
        self.pending_guests = {}
        found, already, unclear, unknown = [], [], [], []
        for match in matches:
            mid = match.member_id
            if mid is not None:
                if mid in ticked or mid in self.pending:
                    already.append(match.entry.name)
                    if match.entry.guests and match.entry.guests != self.guests_of.get(mid):
                        self.pending_guests[mid] = match.entry.guests  # "+1" posted later
                else:
                    self.pending.append(mid)
                    if match.entry.guests:
                        self.pending_guests[mid] = match.entry.guests
                    line = f"{match.entry.name} → {match.candidates[0].name}"
                    if match.entry.guests:
                        line += " " + self.tr("(+%n guest(s))", "", match.entry.guests)
                    found.append(line)
            elif match.kind == MatchKind.AMBIGUOUS:
                names = "、".join(
                    c.name + (f"（{c.nickname}）" if c.nickname else "") for c in match.candidates
                )
                unclear.append(f"{match.entry.name}: {names}")
            else:
                unknown.append(match.entry.name)
        self.unknown = list(dict.fromkeys(unknown))
        unknown_title = (
            self.tr("Not in this group — add them as members below")
            if self.add_member is not None
            else self.tr("Not in this group — add them as members first")
        )
        sections = [
            (self.tr("Will be ticked"), found),
            (self.tr("Already ticked"), already),
            (self.tr("Ambiguous — tick the right one by hand"), unclear),
            (unknown_title, unknown),
        ]
        people, self.pasted_guests = chat_paste.headcount(matches)
        html = [self.tr("%n name(s) read from the paste.", "", len(parsed.entries))]
        if self.pasted_guests:
            html.append(
                self.tr(
                    "Headcount %1, with %n guest(s) they bring.",
                    "",
                    self.pasted_guests,
                ).replace("%1", str(people))
            )
        for title, lines in sections:
            if lines:
                html.append(f"<b>{title} ({len(lines)})</b><br>" + "<br>".join(lines))
        self.preview.setText("<br>".join(html))
        self.apply_button.setEnabled(bool(self.pending or self.pending_guests))
        self.add_button.setVisible(self.add_member is not None and bool(self.unknown))

    def _on_add_unknown(self) -> None:
        """Add each unknown name as a member of the group (one dialog each), then match again."""
        if self.add_member is None:
            return
        added = False
        for name in self.unknown:
            if self.add_member(name) is None:
                break  # cancelled: the rest stay unknown
            added = True
        if added:
            ticked = set(self.checked_ids())
            self.roster.clear()
            self._load()
            for mid in ticked:
                item = self.item_of(mid)
                if item is not None:
                    item.setCheckState(Qt.CheckState.Checked)
            self._update_count()
            self._on_match()

    def _on_apply(self) -> None:
        for mid in dict.fromkeys([*self.pending, *self.pending_guests]):
            item = self.item_of(mid)
            if item is not None:
                if mid in self.pending_guests:
                    self.guests_of[mid] = self.pending_guests[mid]
                    self._label(item, mid)
                item.setCheckState(Qt.CheckState.Checked)
        self.pending, self.pending_guests = [], {}
        self.apply_button.setEnabled(False)
        self._update_count()

    def heads(self) -> int:
        """People expected: the ticked members and the guests they bring."""
        return sum(1 + self.guests_of.get(mid, 0) for mid in self.checked_ids())

    def guests(self) -> dict[int, int]:
        """Guests each ticked member brings (recorded before, or from a paste)."""
        return {mid: self.guests_of.get(mid, 0) for mid in self.checked_ids()}

    def wanted(self) -> dict[int, str]:
        """Member id → status to store: new ticks get the chosen status; kept ones theirs."""
        chosen = str(self.status.currentData())
        out: dict[int, str] = {}
        for item in self.items():
            if item.checkState() != Qt.CheckState.Checked:
                continue
            before = item.data(Qt.ItemDataRole.UserRole + 3)
            if self.upcoming and before == AttendanceStatus.ATTENDED:
                before = AttendanceStatus.SIGNED_UP  # not started: at most signed up
            keep = before == AttendanceStatus.ATTENDED or (before and chosen == before)
            out[int(item.data(_MEMBER))] = str(before) if keep else chosen
        return out

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        database: Database,
        occurrence: Occurrence,
        today: dt.date,
        add_member: Callable[[str], int | None] | None = None,
    ) -> tuple[dict[int, str], dict[int, int]] | None:
        """Run the dialog; the list to store (member id → status) and the guests each
        brings, or None when cancelled."""
        dialog = cls(database, occurrence, today, parent, add_member)
        dialog.resize(860, 600)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        result = (dialog.wanted(), dialog.guests()) if ok else None
        dialog.deleteLater()
        return result
