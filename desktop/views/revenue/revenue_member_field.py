"""The entry row's member fields: type a name, nickname or pinyin, pick one of a few matches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from desktop.models.core.errors import QunDeskError, ValidationError
from desktop.models.members import members, role_holders
from desktop.models.members.role_holders import MemberChoice
from desktop.models.storage.db import Database
from desktop.views.members.member_picker import MemberChoiceModel, choice_text


class MemberField(QLineEdit):
    """One member by name, nickname or pinyin: the row's group first, then everyone.

    Each keystroke asks SQL for at most LIMIT matches (members.search_key LIKE …), so a
    100,000-member roster never loads into a combo box. Enter or Tab takes the highlighted
    match; `member_id()` is the chosen member, `resolve()` also accepts an unambiguous text.
    """

    LIMIT = 20

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Name or pinyin…"))
        self._database: Database | None = None
        self._group_id: int | None = None
        self._chosen: MemberChoice | None = None
        self.model = MemberChoiceModel(self)
        self.lookup = QCompleter(self.model, self)
        self.lookup.setObjectName(name + "Completer")
        self.lookup.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.lookup.setMaxVisibleItems(10)
        # Not `setCompleter` (nor the name `completer`, QLineEdit's getter): the completer
        # would write "name (nickname) · role" into the box.
        self.lookup.setWidget(self)
        self.textEdited.connect(self._on_text_edited)
        # the QModelIndex overload: the row's MemberChoice, not its display text
        self.lookup.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]

    # ---- state --------------------------------------------------------------------------

    def set_source(self, database: Database | None, group_id: int | None) -> None:
        """Search this database, the members of `group_id` first (everyone when None)."""
        self._database, self._group_id = database, group_id

    def popup(self) -> QAbstractItemView:
        """The list of matches under the field."""
        popup = self.lookup.popup()
        assert popup is not None  # QCompleter always makes one
        return popup

    def member_id(self) -> int | None:
        """The chosen member's id; None while nothing (or only unmatched text) is there."""
        return self._chosen.member_id if self._chosen is not None else None

    def set_member(self, member_id: int | None) -> None:
        """Show a member by id (None clears the field)."""
        self.popup().hide()
        if member_id is None or self._database is None:
            self._show(None)
            return
        try:
            found = members.get_member(self._database, member_id)
        except QunDeskError:  # deleted meanwhile: show nothing rather than a dangling id
            self._show(None)
            return
        self._show(MemberChoice(found.id, found.name, found.nickname, ""))

    def choose(self, choice: MemberChoice) -> None:
        """Take a match: its name goes into the field, its id is kept."""
        self.popup().hide()
        self._show(choice)

    def _show(self, choice: MemberChoice | None) -> None:
        self._chosen = choice
        self.setText(choice.name if choice is not None else "")
        self.setToolTip(
            self.tr("%1 (#%2)")
            .replace("%1", choice_text(choice))
            .replace("%2", str(choice.member_id))
            if choice is not None
            else self.tr("Type a name, nickname or pinyin (e.g. zs for 张三)")
        )

    def matches(self, text: str) -> list[MemberChoice]:
        """Up to LIMIT members matching `text`: the group's current members, then others."""
        found: list[MemberChoice] = []
        if self._database is not None and text.strip():
            if self._group_id is not None:
                found = role_holders.group_member_choices(
                    self._database, self._group_id, text, limit=self.LIMIT
                )
            if len(found) < self.LIMIT:
                seen = {c.member_id for c in found}
                others = role_holders.all_member_choices(self._database, text, limit=self.LIMIT)
                found += [c for c in others if c.member_id not in seen]
        found = found[: self.LIMIT]
        self.model.set_rows(found)
        return found

    def resolve(self, field: str) -> int | None:
        """The member the field names; ValidationError(field) when the text is not one member.

        Typed text without a pick still counts when it matches one member only, or exactly
        one member's full name.
        """
        text = self.text().strip()
        if not text:
            return None
        if self._chosen is not None:
            return self._chosen.member_id
        found = self.matches(text)
        exact = [c for c in found if c.name == text]
        if len(found) == 1 or len(exact) == 1:
            self.choose(found[0] if len(found) == 1 else exact[0])
            return self.member_id()
        if not found:
            raise ValidationError(field, self.tr("No member matches “%1”.").replace("%1", text))
        raise ValidationError(
            field,
            self.tr("“%1” matches several members: pick one from the list.").replace("%1", text),
        )

    # ---- reactions ----------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        self._chosen = None  # the text no longer names the chosen member
        popup = self.popup()
        if not self.matches(text):
            popup.hide()
            return
        # as wide as the longest "name (nickname) · role", not just the field
        bar = popup.verticalScrollBar()
        extra = 2 * popup.frameWidth() + (bar.sizeHint().width() if bar is not None else 0)
        area = self.rect()
        metrics = popup.fontMetrics()
        longest = max(metrics.horizontalAdvance(choice_text(c)) for c in self.model.rows())
        area.setWidth(max(area.width(), longest + extra + 12))
        self.lookup.complete(area)
        # Enter or Tab takes the best match without arrowing down to it first
        popup.setCurrentIndex(self.lookup.completionModel().index(0, 0))

    def _on_activated(self, index: QModelIndex) -> None:
        choice = index.data(MemberChoiceModel.RowRole)
        if isinstance(choice, MemberChoice):
            self.choose(choice)

    def take_highlighted(self) -> bool:
        """Choose the match highlighted in the open list (the best one by default)."""
        popup = self.popup()
        if self._chosen is not None or not popup.isVisible():
            return False
        index = popup.currentIndex()
        choice = index.data(MemberChoiceModel.RowRole) if index.isValid() else None
        if not isinstance(choice, MemberChoice):
            return False
        self.choose(choice)
        return True

    def event(self, event: QEvent) -> bool:
        """Tab (or Shift+Tab) with the list open takes its highlighted match, then moves on."""
        # The completer hands the open list's keys to this method directly (not through
        # keyPressEvent or event filters), so Tab is caught here.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.take_highlighted()
        return super().event(event)
