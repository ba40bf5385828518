"""Pick current members of a group by name, nickname or pinyin: its soul figure or leaders."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from desktop.models.core.codes import Role
from desktop.models.members import role_holders
from desktop.models.members.role_holders import MemberChoice
from desktop.models.storage.db import Database
from desktop.views.common.labels import label_for
from desktop.views.groups.group_commands import HOLDER_ROLE
from desktop.views.groups.group_item_models import RowTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
CHIP_STYLE = """
QToolButton#memberChip {
    border: 1px solid palette(mid); border-radius: 10px; padding: 0 8px;
    background: palette(alternate-base);
}
QToolButton#memberChip:hover { border-color: #b3261e; }
"""


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to a new line; the last one fills the rest of its line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(6)

    def addItem(self, item: QLayoutItem) -> None:
        """Append an item (Qt calls this from addWidget)."""
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Put a widget at `index` in the flow."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        """How many items the layout holds."""
        return len(self._items)

    def itemAt(self, index: int) -> Any:
        """The item at `index`, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> Any:
        """Remove and return the item at `index`, or None."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """Neither: the height follows the width."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Yes: narrower means more lines."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the items need at this width."""
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items inside `rect`."""
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """As small as the widest item."""
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """The widest item's minimum size."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        spacing = self.spacing()
        x, y, line = rect.x(), rect.y(), 0
        shown = [item for item in self._items if not item.isEmpty()]
        for n, item in enumerate(shown):
            hint = item.sizeHint()
            width = hint.width()
            if n == len(shown) - 1:
                width = max(item.minimumSize().width(), rect.right() + 1 - x)
            if x > rect.x() and x + width - 1 > rect.right():
                x, y, line = rect.x(), y + line + spacing, 0
                if n == len(shown) - 1:
                    width = max(item.minimumSize().width(), rect.width())
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class MemberChoiceModel(RowTableModel):
    """Members offered by a picker: "name (nickname) · role"; RowRole gives the MemberChoice."""

    def headers(self) -> list[str]:
        """One column."""
        return [self.tr("Member")]

    def cell(self, row: MemberChoice, column: int, role: int) -> Any:
        """The member's name with nickname and current role."""
        if role == _DISPLAY:
            return choice_text(row)
        if role == self.SortRole:
            return row.name
        return None


def choice_text(choice: MemberChoice) -> str:
    """Who, and what they are in the group now: "张三 (三哥) · Leader / expert"."""
    text = choice.name
    if choice.nickname and choice.nickname != choice.name:
        text = QCoreApplication.translate("MemberPicker", "%1 (%2)")
        text = text.replace("%1", choice.name).replace("%2", choice.nickname)
    if choice.role:
        text += " · " + label_for(Role, choice.role)
    return text


class MemberPicker(QWidget):
    """Chosen members as removable chips, and a search box that finds more as you type."""

    changed = Signal()  # the owner chose or removed a member
    LIMIT = 30  # matches shown at once; typing more narrows them

    def __init__(self, *, multiple: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self._database: Database | None = None
        self._group: int | None = None
        self._chosen: list[MemberChoice] = []
        self._loaded: list[MemberChoice] = []
        self._chips: list[QToolButton] = []
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.flow = FlowLayout(self)
        self.search = QLineEdit(self)
        # not "memberSearch": that names the roster's box, which tests and scripts find by it
        self.search.setObjectName("memberPickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M" * 14))
        self.flow.addWidget(self.search)
        self.model = MemberChoiceModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setObjectName("memberCompleter")
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        # Not `search.setCompleter`: that would write the chosen text into the box.
        self.completer.setWidget(self.search)
        self.setStyleSheet(CHIP_STYLE)

    def _connect_signals(self) -> None:
        self.search.textEdited.connect(self._on_text_edited)
        self.search.returnPressed.connect(self._on_return)
        # the QModelIndex overload: the row's MemberChoice, not its display text
        self.completer.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]

    # ---- state --------------------------------------------------------------------------

    def load(
        self, database: Database | None, group_id: int | None, chosen: Sequence[MemberChoice]
    ) -> None:
        """Offer the current members of a group (none: a group not saved yet); show `chosen`."""
        self._database, self._group = database, group_id
        self._loaded = list(chosen)
        self._chosen = list(chosen)
        self.model.set_rows([])
        self.search.clear()
        self.popup().hide()
        has_members = (
            database is not None
            and group_id is not None
            and role_holders.group_has_members(database, group_id)
        )
        self.search.setEnabled(has_members)
        self._render()

    def chosen(self) -> list[MemberChoice]:
        """The chosen members, in the order shown."""
        return list(self._chosen)

    def chosen_ids(self) -> tuple[int, ...]:
        """The ids of the chosen members."""
        return tuple(c.member_id for c in self._chosen)

    def is_dirty(self) -> bool:
        """Whether the chosen members differ from the loaded ones (order aside)."""
        return set(self.chosen_ids()) != {c.member_id for c in self._loaded}

    def popup(self) -> QAbstractItemView:
        """The list of matches under the search box."""
        popup = self.completer.popup()
        assert popup is not None  # QCompleter always makes one
        return popup

    def matches(self, text: str) -> list[MemberChoice]:
        """Fill the match list with current members matching `text` not chosen yet; return them."""
        database, group = self._database, self._group
        found = (
            role_holders.group_member_choices(
                database, group, text, limit=self.LIMIT + len(self._chosen)
            )
            if database is not None and group is not None and text.strip()
            else []
        )
        chosen = set(self.chosen_ids())
        found = [c for c in found if c.member_id not in chosen][: self.LIMIT]
        self.model.set_rows(found)
        return found

    def choose(self, choice: MemberChoice) -> None:
        """Add a member (or, choosing only one, put them in place of the chosen one)."""
        if choice.member_id in self.chosen_ids():
            return
        self._chosen = [*self._chosen, choice] if self.multiple else [choice]
        self._render()
        self.changed.emit()

    def remove(self, member_id: int) -> None:
        """Take a member off the chosen ones."""
        kept = [c for c in self._chosen if c.member_id != member_id]
        if len(kept) != len(self._chosen):
            self._chosen = kept
            self._render()
            self.changed.emit()

    def chips(self) -> list[QToolButton]:
        """The chip buttons of the chosen members, in order."""
        return list(self._chips)

    def _render(self) -> None:
        for chip in self._chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        height = self.search.sizeHint().height()
        for n, choice in enumerate(self._chosen):
            chip = QToolButton(self)
            chip.setObjectName("memberChip")
            chip.setText(choice.name + "  ×")
            chip.setToolTip(
                self.tr("%1 — click to remove").replace("%1", choice_text(choice))
                if self.search.isEnabled()
                else choice_text(choice)
            )
            chip.setFixedHeight(height)
            chip.setEnabled(self.search.isEnabled())
            chip.clicked.connect(lambda _c=False, mid=choice.member_id: self.remove(mid))
            self.flow.insertWidget(n, chip)
            self._chips.append(chip)
        self._update_placeholder()
        self.updateGeometry()

    def _update_placeholder(self) -> None:
        if self._group is None:
            text = self.tr("Save the group and add members first")
        elif not self.search.isEnabled():
            text = self.tr("The group has no current members yet")
        elif self._chosen and self.multiple:
            text = self.tr("Add another: name or pinyin…")
        elif self._chosen:
            text = self.tr("Replace: name or pinyin…")
        else:
            text = self.tr("None yet — type a name or pinyin (zs)…")
        self.search.setPlaceholderText(text)

    # ---- reactions ----------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        popup = self.popup()
        if not self.matches(text):
            popup.hide()
            return
        # as wide as the longest "name (nickname) · role", not just the search box
        bar = popup.verticalScrollBar()
        extra = 2 * popup.frameWidth() + (bar.sizeHint().width() if bar is not None else 0)
        area = self.search.rect()
        metrics = popup.fontMetrics()
        longest = max(metrics.horizontalAdvance(choice_text(c)) for c in self.model.rows())
        area.setWidth(max(area.width(), longest + extra + 12))
        self.completer.complete(area)
        # Enter takes the best match without arrowing down to it first
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _on_activated(self, index: QModelIndex) -> None:
        choice = index.data(MemberChoiceModel.RowRole)
        if isinstance(choice, MemberChoice):
            self.search.clear()
            self.model.set_rows([])
            self.choose(choice)

    def _on_return(self) -> None:
        """Enter with the list closed takes the best match of what was typed."""
        found = self.matches(self.search.text())
        if found:
            self._on_activated(self.model.index(0, 0))


class RoleHolders(QWidget):
    """The soul figure of a pyramid group or the leaders of a ring group, picked from members."""

    changed = Signal()  # the owner chose or removed a holder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: list[MemberChoice] = []
        self._structure = ""
        self.label = QLabel(parent)  # the form row's label; its text follows the structure
        self.soul = MemberPicker(multiple=False, parent=self)
        self.soul.setObjectName("groupSoulFigure")
        self.soul.setToolTip(self.tr("The one member the pyramid is built around (灵魂人物)"))
        self.leaders = MemberPicker(multiple=True, parent=self)
        self.leaders.setObjectName("groupLeaders")
        self.leaders.setToolTip(self.tr("The peer leaders who carry a ring group together"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.soul)
        layout.addWidget(self.leaders)
        self.pickers = {Role.FOUNDER: self.soul, Role.LEADER: self.leaders}
        for picker in self.pickers.values():
            picker.changed.connect(self.changed)

    def load(self, database: Database | None, group_id: int | None, structure: str) -> None:
        """Show the group's current holders of both roles; the structure picks which is shown."""
        for role, picker in self.pickers.items():
            holders = (
                role_holders.current_role_holders(database, group_id, role)
                if database is not None and group_id is not None
                else []
            )
            picker.load(database, group_id, holders)
        stored = HOLDER_ROLE.get(structure)
        self._stored = self.pickers[stored].chosen() if stored is not None else []
        self.set_structure(structure)

    def set_structure(self, structure: str) -> None:
        """Show the soul figure picker for a pyramid, the leaders picker for a ring."""
        self._structure = structure
        role = HOLDER_ROLE.get(structure)
        for code, picker in self.pickers.items():
            picker.setVisible(code == role)
        self.label.setText(
            self.tr("Soul fi&gure:") if role == Role.FOUNDER else self.tr("Lea&ders:")
        )
        self.label.setVisible(role is not None)
        self.setVisible(role is not None)
        if role is not None:
            self.label.setBuddy(self.pickers[role].search)

    def shown(self) -> tuple[Role, MemberPicker] | None:
        """The role and picker of the chosen structure (None for a structure we don't know)."""
        role = HOLDER_ROLE.get(self._structure)
        return None if role is None else (role, self.pickers[role])

    def change(self) -> tuple[Role, tuple[int, ...]] | None:
        """The role and who should hold it, when the shown picker was changed."""
        shown = self.shown()
        if shown is None or not shown[1].is_dirty():
            return None
        return shown[0], shown[1].chosen_ids()

    def is_dirty(self) -> bool:
        """Whether saving would change who holds the role."""
        return self.change() is not None

    def stored_names(self) -> list[str]:
        """Names of the holders of the stored structure's role, as loaded."""
        return [choice.name for choice in self._stored]
