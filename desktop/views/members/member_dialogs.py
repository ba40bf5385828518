"""Dialogs of the Members tab: a member's fields, a group action, a tag, merging two records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.core.codes import Role
from desktop.models.core.errors import ValidationError
from desktop.models.groups.groups import GroupRef
from desktop.models.members import drafts, members
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.members import Member
from desktop.models.storage.db import Database
from desktop.views.common.date_range import from_qdate, to_qdate
from desktop.views.common.inline_errors import error_label
from desktop.views.common.labels import choices

EARLIEST = dt.date(1990, 1, 1)
# Separators people type between tags: ASCII and full-width commas, the Chinese list comma.
_TAG_SEPARATORS = ("，", "、", ";", "；")


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed in one line, separated by commas (ASCII or Chinese) or semicolons."""
    for separator in _TAG_SEPARATORS:
        text = text.replace(separator, ",")
    return tuple(tag.strip() for tag in text.split(",") if tag.strip())


def date_edit(parent: QWidget, name: str, day: dt.date, latest: dt.date) -> QDateEdit:
    """An ISO date field with a calendar, limited to days up to `latest`."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(to_qdate(EARLIEST), to_qdate(latest))
    edit.setDate(to_qdate(min(day, latest)))
    return edit


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons wired to the dialog's accept (override) and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


@dataclass(frozen=True, slots=True)
class JoinChoice:
    """A group to join, with the first role and the day."""

    group_id: int
    role: str
    on: dt.date


@dataclass(frozen=True, slots=True)
class MemberEdit:
    """What the member dialog returns: the fields, a group to join, or a record to open."""

    draft: MemberDraft
    join: JoinChoice | None = None
    open_existing: int | None = None  # the owner chose the duplicate instead of saving


class MemberDialog(QDialog):
    """A member's fields with a message under each field the data layer refuses.

    A new member can join a group at once. Saving a WeChat ID or phone that another
    member has asks whether to save anyway or open that member instead.
    """

    FIELDS = ("name", "nickname", "wechat_id", "phone", "email", "referrer", "tags", "notes")
    CONTINUE, OPEN, CANCEL = "continue", "open", "cancel"

    def __init__(
        self,
        parent: QWidget | None,
        database: Database,
        member: Member | None,
        *,
        today: dt.date,
        groups: list[GroupRef],
        group_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.database = database
        self.member = member
        self.today = today
        self.result_value: MemberEdit | None = None
        title = self.tr("New member") if member is None else self.tr("Edit “%1”")
        self.setWindowTitle(title.replace("%1", member.name if member else ""))
        self._referrer_name = self._referrer_text(member)
        self._build_ui(groups, group_id)
        self._connect_signals()
        if member is not None:
            self._load(member)

    def _referrer_text(self, member: Member | None) -> str:
        if member is None:
            return ""
        if member.referrer_id is not None:
            try:
                return members.get_member(self.database, member.referrer_id).name
            except ValidationError:
                return ""
        return member.referrer_text

    def _build_ui(self, groups: list[GroupRef], group_id: int | None) -> None:
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        titles = {
            "name": self.tr("Name:"),
            "nickname": self.tr("Nickname:"),
            "wechat_id": self.tr("WeChat ID:"),
            "phone": self.tr("Phone:"),
            "email": self.tr("Email:"),
            "referrer": self.tr("Referred by:"),
            "tags": self.tr("Tags:"),
        }
        hints = {
            "name": self.tr("Required"),
            "wechat_id": self.tr("The account ID, e.g. zhangsan_88"),
            "phone": self.tr("138 1234 5678, +86…, or +country code for abroad"),
            "referrer": self.tr("A member's name; unmatched names are kept as text"),
            "tags": self.tr("Separated by commas, e.g. VIP, 老客户"),
        }
        names = {"wechat_id": "memberWechat"}
        for field, title in titles.items():
            edit = QLineEdit(self)
            edit.setObjectName(names.get(field, "member" + field.title()))
            edit.setPlaceholderText(hints.get(field, ""))
            edit.setMinimumWidth(340)
            self.edits[field] = edit
            self._add_row(form, title, edit, field)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("memberNotes")
        self.notes.setFixedHeight(80)
        self.notes.setTabChangesFocus(True)  # Tab moves on to the next field
        self._add_row(form, self.tr("Notes:"), self.notes, "notes")
        self.join_group = QComboBox(self)
        self.join_group.setObjectName("memberJoinGroup")
        self.join_role = QComboBox(self)
        self.join_role.setObjectName("memberJoinRole")
        self.join_date = date_edit(self, "memberJoinDate", self.today, self.today)
        if self.member is None:
            self.join_group.addItem(self.tr("No group for now"), None)
            for ref in groups:
                if not ref.archived:
                    self.join_group.addItem(ref.name, ref.id)
            self.join_group.setCurrentIndex(max(self.join_group.findData(group_id), 0))
            for code, text in choices(Role):
                self.join_role.addItem(text, code)
            self.join_role.setCurrentIndex(self.join_role.findData(Role.FOLLOWER.value))
            self._add_row(form, self.tr("Joins group:"), self.join_group, "group")
            self._add_row(form, self.tr("As:"), self.join_role, "role")
            self._add_row(form, self.tr("On:"), self.join_date, "joined")
            self._on_group_changed()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _add_row(self, form: QFormLayout, title: str, editor: QWidget, field: str) -> None:
        error = error_label(self, field)
        self.errors[field] = error
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        label = QLabel(title, self)
        label.setBuddy(editor)
        form.addRow(label, column)

    def _connect_signals(self) -> None:
        for field, edit in self.edits.items():
            edit.textEdited.connect(lambda _text, f=field: self._clear_error(f))
            edit.editingFinished.connect(lambda f=field: self._check_field(f))
        self.join_group.currentIndexChanged.connect(self._on_group_changed)

    def _load(self, member: Member) -> None:
        values = {
            "name": member.name,
            "nickname": member.nickname,
            "wechat_id": member.wechat_id,
            "phone": member.phone,
            "email": member.email,
            "referrer": self._referrer_name,
            "tags": ", ".join(member.tags),
        }
        for field, value in values.items():
            self.edits[field].setText(value)
        self.notes.setPlainText(member.notes)

    def _on_group_changed(self, *_args: object) -> None:
        joins = self.join_group.currentData() is not None
        self.join_role.setEnabled(joins)
        self.join_date.setEnabled(joins)

    # ---- reading and checking -----------------------------------------------------------

    def draft(self) -> MemberDraft:
        """The fields as typed; the referrer linked when exactly one member has that name."""
        text = self.edits["referrer"].text().strip()
        referrer_id: int | None = None
        referrer_text = text
        if self.member is not None and text and text == self._referrer_name:
            referrer_id, referrer_text = self.member.referrer_id, self.member.referrer_text
        elif text:
            found = members.members_named(self.database, text)
            if len(found) == 1 and (self.member is None or found[0] != self.member.id):
                referrer_id, referrer_text = found[0], ""
        return MemberDraft(
            name=self.edits["name"].text(),
            nickname=self.edits["nickname"].text(),
            wechat_id=self.edits["wechat_id"].text(),
            phone=self.edits["phone"].text(),
            email=self.edits["email"].text(),
            referrer_id=referrer_id,
            referrer_text=referrer_text,
            notes=self.notes.toPlainText(),
            tags=split_tags(self.edits["tags"].text()),
        )

    def join_choice(self) -> JoinChoice | None:
        """The group a new member joins, or None."""
        group_id = self.join_group.currentData()
        if self.member is not None or group_id is None:
            return None
        return JoinChoice(
            int(group_id), str(self.join_role.currentData()), from_qdate(self.join_date.date())
        )

    def _errors(self) -> list[ValidationError]:
        member_id = self.member.id if self.member is not None else None
        return drafts.member_draft_errors(self.database, self.draft(), member_id=member_id)

    def show_errors(self, errors: list[ValidationError]) -> None:
        """One message under each bad field; the others cleared."""
        by_field = {}
        for error in errors:
            by_field.setdefault(error.field, error.message)
        for field, label in self.errors.items():
            message = by_field.pop(field, "")
            label.setText(message)
            label.setVisible(bool(message))
        if by_field:  # a field without its own row (should not happen): under the name
            label = self.errors["name"]
            label.setText("\n".join([label.text(), *by_field.values()]).strip())
            label.show()
        # Wrapped messages need height the form did not have before they appeared.
        self.adjustSize()

    def _clear_error(self, field: str) -> None:
        self.errors[field].hide()

    def _check_field(self, field: str) -> None:
        if not self.edits[field].text().strip() and field != "name":
            self._clear_error(field)
            return
        message = next((e.message for e in self._errors() if e.field == field), "")
        self.errors[field].setText(message)
        self.errors[field].setVisible(bool(message))

    def accept(self) -> None:
        """Save only when every field passes; warn about duplicates first."""
        errors = self._errors()
        if errors:
            self.show_errors(errors)
            first = next((self.edits.get(e.field) for e in errors if e.field in self.edits), None)
            if first is not None:
                first.setFocus()
            return
        self.show_errors([])
        draft = self.draft()
        member_id = self.member.id if self.member is not None else None
        duplicates = members.find_duplicates(
            self.database, wechat_id=draft.wechat_id, phone=draft.phone, exclude_id=member_id
        )
        if duplicates:
            names = [members.get_member(self.database, i).name for i in duplicates[:3]]
            answer = self.ask_duplicate(self, names)
            if answer == self.CANCEL:
                return
            if answer == self.OPEN:
                self.result_value = MemberEdit(draft, None, duplicates[0])
                super().accept()
                return
        self.result_value = MemberEdit(replace(draft), self.join_choice())
        super().accept()

    @classmethod
    def ask_duplicate(cls, parent: QWidget, names: list[str]) -> str:
        """Ask what to do about a duplicate: CONTINUE, OPEN the existing record, or CANCEL."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(parent.tr("Possible duplicate"))
        box.setText(
            parent.tr(
                "%1 already has this WeChat ID or phone number. Save anyway, or open the "
                "existing record?"
            ).replace("%1", "、".join(names))
        )
        save = box.addButton(parent.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        open_button = box.addButton(parent.tr("Open existing"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            return cls.CONTINUE
        return cls.OPEN if clicked is open_button else cls.CANCEL

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        database: Database,
        member: Member | None,
        *,
        today: dt.date,
        groups: list[GroupRef],
        group_id: int | None = None,
    ) -> MemberEdit | None:
        """Run the dialog; the checked fields (and choices), or None when cancelled."""
        dialog = cls(parent, database, member, today=today, groups=groups, group_id=group_id)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_value if accepted else None
        finally:
            dialog.deleteLater()


@dataclass(frozen=True, slots=True)
class GroupAction:
    """A group (None: every group they are in), a role and a day for a bulk action."""

    group_id: int | None
    role: str
    on: dt.date


class GroupActionDialog(QDialog):
    """Ask which group, which role (when it matters) and from which day."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        groups: list[GroupRef],
        *,
        group_id: int | None,
        today: dt.date,
        with_role: bool,
        all_groups: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("groupActionDialog")
        self.setWindowTitle(title)
        intro = QLabel(prompt, self)
        intro.setWordWrap(True)
        self.group = QComboBox(self)
        self.group.setObjectName("actionGroup")
        if all_groups:
            self.group.addItem(all_groups, None)
        for ref in groups:
            if not ref.archived or ref.id == group_id:
                self.group.addItem(ref.name, ref.id)
        self.group.setCurrentIndex(max(self.group.findData(group_id), 0))
        self.role = QComboBox(self)
        self.role.setObjectName("actionRole")
        for code, text in choices(Role):
            self.role.addItem(text, code)
        self.role.setCurrentIndex(self.role.findData(Role.FOLLOWER.value))
        self.day = date_edit(self, "actionDate", today, today)
        form = QFormLayout()
        form.addRow(self.tr("Group:"), self.group)
        if with_role:
            form.addRow(self.tr("Role:"), self.role)
        else:
            self.role.hide()
        form.addRow(self.tr("On:"), self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.group.count() > 0)

    def choice(self) -> GroupAction:
        """What the owner picked."""
        group = self.group.currentData()
        return GroupAction(
            None if group is None else int(group),
            str(self.role.currentData()),
            from_qdate(self.day.date()),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        prompt: str,
        groups: list[GroupRef],
        *,
        group_id: int | None,
        today: dt.date,
        with_role: bool,
        all_groups: str = "",
    ) -> GroupAction | None:
        """Run the dialog; the choice, or None when cancelled."""
        dialog = cls(
            parent,
            title,
            prompt,
            groups,
            group_id=group_id,
            today=today,
            with_role=with_role,
            all_groups=all_groups,
        )
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class TagDialog(QDialog):
    """Pick an existing tag or type a new one; commas are refused inline."""

    def __init__(self, parent: QWidget | None, tags: list[str], *, remove: bool) -> None:
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(self.tr("Remove tag") if remove else self.tr("Add tag"))
        self.tag = QComboBox(self)
        self.tag.setObjectName("tagChoice")
        self.tag.setEditable(True)
        self.tag.addItems(tags)
        self.tag.setCurrentIndex(-1)
        self.tag.setMinimumWidth(260)
        self.error = error_label(self, "tags")
        layout = QVBoxLayout(self)
        prompt = (
            self.tr("Take this tag off the selected members:")
            if remove
            else self.tr("Give the selected members this tag:")
        )
        layout.addWidget(QLabel(prompt, self))
        layout.addWidget(self.tag)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))

    def text(self) -> str:
        """The tag as typed, trimmed."""
        return self.tag.currentText().strip()

    def accept(self) -> None:
        """Close only with one valid tag."""
        text = self.text()
        message = ""
        if not text:
            message = self.tr("Type or pick a tag.")
        elif any(sep in text for sep in (",", "，")):
            message = self.tr("One tag at a time: a tag cannot contain a comma.")
        elif len(text) > drafts.TAG_MAX_LENGTH:
            message = self.tr("A tag is at most %1 characters.").replace(
                "%1", str(drafts.TAG_MAX_LENGTH)
            )
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if not message:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, tags: list[str], *, remove: bool = False) -> str | None:
        """Run the dialog; the tag, or None when cancelled."""
        dialog = cls(parent, tags, remove=remove)
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class MergeDialog(QDialog):
    """Show two records side by side and pick the one to keep; the other is folded into it."""

    def __init__(self, parent: QWidget | None, first: Member, second: Member) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two members"))
        self.first, self.second = first, second
        intro = QLabel(
            self.tr(
                "Both records' groups, role history, attendance, revenue, referrals and tags "
                "are kept. Empty fields of the kept record are filled from the other one."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.keep_first = QRadioButton(self.tr("Keep this one"), self)
        self.keep_first.setObjectName("mergeKeepFirst")
        self.keep_second = QRadioButton(self.tr("Keep this one"), self)
        self.keep_second.setObjectName("mergeKeepSecond")
        self.keep_first.setChecked(first.created_at <= second.created_at)
        self.keep_second.setChecked(not self.keep_first.isChecked())
        grid = QGridLayout()
        rows = [
            (self.tr("Name"), lambda m: m.name),
            (self.tr("Nickname"), lambda m: m.nickname),
            (self.tr("WeChat ID"), lambda m: m.wechat_id),
            (self.tr("Phone"), lambda m: m.phone),
            (self.tr("Email"), lambda m: m.email),
            (self.tr("Tags"), lambda m: ", ".join(m.tags)),
            (self.tr("Added"), lambda m: m.created_at.date().isoformat()),
        ]
        grid.addWidget(self.keep_first, 0, 1)
        grid.addWidget(self.keep_second, 0, 2)
        for n, (title, value) in enumerate(rows, start=1):
            grid.addWidget(QLabel(title, self), n, 0)
            for column, member in ((1, first), (2, second)):
                label = QLabel(value(member) or "—", self)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, n, column)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(ok_cancel(self))

    def choice(self) -> tuple[int, int]:
        """(keep id, drop id)."""
        if self.keep_first.isChecked():
            return self.first.id, self.second.id
        return self.second.id, self.first.id

    @classmethod
    def ask(cls, parent: QWidget | None, first: Member, second: Member) -> tuple[int, int] | None:
        """Run the dialog; (keep id, drop id), or None when cancelled."""
        dialog = cls(parent, first, second)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
