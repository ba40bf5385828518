"""A group's chat speakers linked to no member, and linking one (their whole history moves)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.chats.speakers import UnlinkedSpeaker, link_speaker, unlinked_speakers
from desktop.models.groups.queries import group_names
from desktop.models.storage.db import Database
from desktop.views.common.commands import runner_for
from desktop.views.common.inline_errors import ERROR_STYLE
from desktop.views.common.undo import DataCommand
from desktop.views.exchange.chat_import_parts import MemberSearch, fill, table


class LinkSpeaker(DataCommand):
    """A chat speaker linked to a member; undo unlinks them again."""

    tables = frozenset({"chat_speakers", "chat_aliases"})

    def __init__(self, database: Database, speaker_id: int, member_id: int, text: str) -> None:
        super().__init__(text)
        self.database = database
        self.speaker_id = speaker_id
        self.member_id = member_id

    def changed_ids(self) -> dict[str, frozenset[int]]:
        """The member who now has the speaker's history."""
        return {"members": frozenset({self.member_id})}

    def do(self) -> None:
        """Link (one transaction)."""
        link_speaker(self.database, self.speaker_id, self.member_id)

    def revert(self) -> None:
        """Unlink (one transaction)."""
        link_speaker(self.database, self.speaker_id, None)

    def failed(self, error: Exception) -> None:
        """Nothing shows the refusal of a later undo but the stack itself."""
        del error


class ChatSpeakersDialog(QDialog):
    """The unlinked speakers of a group's imported chats; link one to a member."""

    def __init__(
        self, database: Database, undo_stack: QUndoStack, group_id: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatSpeakersDialog")
        self.database = database
        self.undo_stack = undo_stack
        self.group_id = group_id
        name = dict(group_names(database)).get(group_id, "")
        self.setWindowTitle(self.tr("Unlinked chat speakers — %1").replace("%1", name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "People who spoke in this group's imported chats but are linked to no member. "
                "Link one to a member: all their messages, past and future, count for that "
                "member."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.view = table(
            self,
            "chatSpeakersTable",
            [self.tr("Display name"), self.tr("Messages"), self.tr("Last spoke"), self.tr("ID")],
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.status = QLabel(self)
        self.status.setObjectName("chatSpeakersStatus")
        self.status.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Link to a member…"), self)
        self.link_button.setObjectName("chatSpeakersLink")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self.speakers: list[UnlinkedSpeaker] = []
        self.view.itemSelectionChanged.connect(self._update_button)
        self.link_button.clicked.connect(self._on_link)
        self.reload()

    def reload(self) -> None:
        """Read the unlinked speakers again."""
        self.speakers = unlinked_speakers(self.database, self.group_id)
        fill(
            self.view,
            [(s.display_name, s.messages, s.last_day, s.platform_id or "") for s in self.speakers],
        )
        if not self.speakers:
            self.status.setText(self.tr("Every speaker of this group is linked to a member."))
        self._update_button()

    def _update_button(self) -> None:
        self.link_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def _on_link(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        speaker = self.speakers[rows[0].row()]
        picked = MemberSearch.ask(self, self.database)
        if picked is not None:
            self.link(speaker, *picked)

    def link(self, speaker: UnlinkedSpeaker, member_id: int, label: str) -> bool:
        """Link a speaker to a member as one undoable edit; whether it was done."""
        text = self.tr("Link %1 to %2").replace("%1", speaker.display_name).replace("%2", label)
        command = LinkSpeaker(self.database, speaker.id, member_id, text)
        refused = runner_for(self.undo_stack).attempt(command)
        if refused is not None:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("%1 Nothing was changed.").replace("%1", refused.message))
            return False
        self.reload()
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("%1 linked to %2: their %3 messages now count for them.")
            .replace("%1", speaker.display_name)
            .replace("%2", label)
            .replace("%3", f"{speaker.messages:,}")
        )
        return True
