"""Undoable edits of the Members tab: each direction is one data-layer transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.models.core.codes import Role
from desktop.models.core.errors import ValidationError
from desktop.models.groups.groups import list_group_refs
from desktop.models.members import members, merging, snapshots
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.snapshots import MembershipState, MemberSnapshot
from desktop.models.storage import trash
from desktop.models.storage.backups import REASON_DELETE, backup_before
from desktop.models.storage.db import Database
from desktop.views.common.labels import label_for
from desktop.views.common.undo import DataCommand
from desktop.views.members.member_dialogs import (
    GroupActionDialog,
    JoinChoice,
    MemberDialog,
    MergeDialog,
    TagDialog,
)


class MemberIdMap:
    """Where restored members went when their old id was taken (rare: ids are kept if free)."""

    def __init__(self) -> None:
        self._moved: dict[int, int] = {}

    def member(self, member_id: int) -> int:
        """The current id of a member a command was made with."""
        seen = {member_id}
        while member_id in self._moved and self._moved[member_id] not in seen:
            member_id = self._moved[member_id]
            seen.add(member_id)
        return member_id

    def moved(self, mapping: dict[int, int]) -> None:
        """Record old id → new id for restored members."""
        for old, new in mapping.items():
            if old != new:
                self._moved.pop(new, None)
                self._moved[old] = new


class CommandHost(Protocol):
    """What commands need from the tab that made them."""

    ids: MemberIdMap

    def today(self) -> dt.date:
        """The day edits are dated with."""
        ...

    def command_done(self, touched: list[int], select: list[int]) -> None:
        """Refresh these members after a command ran or was undone; select `select`."""
        ...

    def command_failed(self, text: str, error: Exception) -> None:
        """Tell the owner an undo or redo could not be applied."""
        ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberCommands", text)


def _count_text(singular: str, plural: str, names: list[str]) -> str:
    """“Delete 张三” for one member, “Delete 3 members” for several."""
    if len(names) == 1:
        return singular.replace("%1", names[0])
    return plural.replace("%n", f"{len(names):,}")


class MemberCommand(DataCommand):
    """Base: `apply()` runs the first time (errors reach the caller); redo/undo after that.

    A redo or undo that the data layer refuses (the data changed meanwhile) is reported,
    writes nothing, and drops the command from the stack.
    """

    def __init__(
        self, host: CommandHost, database: Database, member_ids: Iterable[int], text: str
    ) -> None:
        super().__init__(text)
        self.host = host
        self.database = database
        self._ids = list(dict.fromkeys(member_ids))

    @property
    def member_ids(self) -> list[int]:
        """The current ids of the members this command is about."""
        return [self.host.ids.member(i) for i in self._ids]

    tables = frozenset({"members", "member_tags", "memberships", "role_history"})

    def selected_after(self, *, undone: bool) -> list[int]:
        """The members to select once the command ran (or was undone)."""
        del undone
        return self.member_ids

    def changed_ids(self) -> dict[str, frozenset[int]]:
        """The members it is about, by their ids now."""
        return {"members": frozenset(self.member_ids)}

    def origin(self) -> object | None:
        """The Members tab (it refreshes itself)."""
        return self.host

    def failed(self, error: Exception) -> None:
        """Report a redo or undo the data layer refused."""
        self.host.command_failed(self.text(), error)

    def finished(self, *, undone: bool) -> None:
        """Refresh the roster and select the members concerned."""
        self.host.command_done(self.member_ids, self.selected_after(undone=undone))


class CreateMember(MemberCommand):
    """A new member (and their first group); undo deletes them, redo restores them as they were."""

    def __init__(
        self, host: CommandHost, database: Database, draft: MemberDraft, join: JoinChoice | None
    ) -> None:
        super().__init__(host, database, [], _tr("New member “%1”").replace("%1", draft.name))
        self.draft = draft
        self.join = join
        self.snapshot: MemberSnapshot | None = None

    def do(self) -> None:
        """Create the member (first time) or restore them (redo)."""
        if self.snapshot is not None:
            self.host.ids.moved(snapshots.restore_members(self.database, self.snapshot))
            return
        today = self.host.today()
        with self.database.transaction():
            member_id = members.create_member(self.database, self.draft, today=today)
            if self.join is not None:
                members.join_group(
                    self.database,
                    member_id,
                    self.join.group_id,
                    on=self.join.on,
                    role=self.join.role,
                    today=today,
                )
        self._ids = [member_id]

    def revert(self) -> None:
        """Delete the member, keeping everything to restore on redo."""
        with self.database.transaction():
            self.snapshot = snapshots.snapshot_members(self.database, self.member_ids)
            snapshots.delete_members(self.database, self.member_ids, to_trash=False)

    def selected_after(self, *, undone: bool) -> list[int]:
        """The new member, unless the creation was undone."""
        return [] if undone else self.member_ids


class EditMember(MemberCommand):
    """Edited fields; undo saves the previous ones back."""

    def __init__(
        self,
        host: CommandHost,
        database: Database,
        member_id: int,
        before: MemberDraft,
        after: MemberDraft,
    ) -> None:
        super().__init__(host, database, [member_id], _tr("Edit “%1”").replace("%1", after.name))
        self.before = before
        self.after = after

    def do(self) -> None:
        """Save the new fields."""
        members.update_member(self.database, self.member_ids[0], self.after)

    def revert(self) -> None:
        """Save the previous fields."""
        members.update_member(self.database, self.member_ids[0], self.before)


# Deleting this many members at once is a bulk action: a backup is taken before it.
BULK_DELETE_BACKUP = 20


class DeleteMembers(MemberCommand):
    """Delete members with their history; undo restores them and every link to them."""

    def __init__(
        self, host: CommandHost, database: Database, member_ids: list[int], names: list[str]
    ) -> None:
        text = _count_text(_tr("Delete “%1”"), _tr("Delete %n members"), names)
        super().__init__(host, database, member_ids, text)
        self.trash_id: int | None = None

    def do(self) -> None:
        """Delete into the trash, keeping the trash row's id (a bulk delete is backed up first)."""
        ids = self.member_ids
        if len(ids) >= BULK_DELETE_BACKUP:
            backup_before(self.database, REASON_DELETE)
        _count, self.trash_id = trash.capture(
            self.database, lambda: snapshots.delete_members(self.database, ids)
        )

    def revert(self) -> None:
        """Take the members back out of the trash (refused if restored or purged there)."""
        if self.trash_id is not None:
            restored = trash.restore_from_trash(self.database, self.trash_id)
            self.host.ids.moved(restored.ids)
            self.trash_id = None

    def selected_after(self, *, undone: bool) -> list[int]:
        """The restored members after an undo."""
        return self.member_ids if undone else []


class MergeMembers(MemberCommand):
    """Fold one member into another; undo brings both records back as they were."""

    def __init__(
        self, host: CommandHost, database: Database, keep_id: int, drop_id: int, names: list[str]
    ) -> None:
        text = _tr("Merge “%1” into “%2”").replace("%1", names[1]).replace("%2", names[0])
        super().__init__(host, database, [keep_id, drop_id], text)
        self.snapshot: MemberSnapshot | None = None

    def do(self) -> None:
        """Keep a snapshot of both, then merge."""
        keep, drop = self.member_ids
        with self.database.transaction():
            self.snapshot = snapshots.snapshot_members(self.database, [keep, drop])
            merging.merge_members(self.database, keep, drop)

    def revert(self) -> None:
        """Remove the merged record and restore both."""
        if self.snapshot is not None:
            mapping = merging.unmerge_members(self.database, self.member_ids[0], self.snapshot)
            self.host.ids.moved(mapping)

    def selected_after(self, *, undone: bool) -> list[int]:
        """The kept member, or both after an undo."""
        return self.member_ids if undone else self.member_ids[:1]


class TagMembers(MemberCommand):
    """Add a tag to (or take it off) several members; undo touches only those it changed."""

    def __init__(
        self,
        host: CommandHost,
        database: Database,
        member_ids: list[int],
        tag: str,
        *,
        add: bool,
    ) -> None:
        text = _tr("Add tag “%1”") if add else _tr("Remove tag “%1”")
        super().__init__(host, database, member_ids, text.replace("%1", tag.strip()))
        self.tag = tag.strip()
        self.add = add
        self.changed: list[int] = []

    def _tag(self, ids: list[int], *, add: bool) -> None:
        if add:
            members.add_tag(self.database, ids, self.tag)
        else:
            members.remove_tag(self.database, ids, self.tag)

    def do(self) -> None:
        """Tag (or untag) the members that need it."""
        ids = self.member_ids
        with self.database.transaction():
            had = members.members_tagged(self.database, ids, self.tag)
            self.changed = [i for i in ids if (i in had) != self.add]
            self._tag(self.changed or ids, add=self.add)

    def revert(self) -> None:
        """Reverse it for the members it changed."""
        if self.changed:
            self._tag(self.changed, add=not self.add)


class ChangeMemberships(MemberCommand):
    """Join, leave or change role in a group for several members; undo restores the periods.

    Redo runs the same change again; undo puts back the memberships and roles exactly as
    they were (what was added since is removed, what was closed is reopened).
    """

    JOIN, LEAVE, ROLE, LEAVE_ALL = "join", "leave", "role", "leave_all"

    def __init__(
        self,
        host: CommandHost,
        database: Database,
        kind: str,
        member_ids: list[int],
        group_id: int | None,
        on: dt.date,
        role: str = "",
        text: str = "",
    ) -> None:
        super().__init__(host, database, member_ids, text)
        self.kind = kind
        self.group_id = group_id
        self.on = on
        self.role = role
        self.state: MembershipState | None = None

    def do(self) -> None:
        """Record the state, then change the memberships (all or none)."""
        ids, db, today = self.member_ids, self.database, self.host.today()
        with db.transaction():
            self.state = snapshots.membership_state(db, ids, self.group_id)
            if self.kind == self.LEAVE_ALL:
                by_group: dict[int, list[int]] = {}
                for member_id, groups in members.open_groups(db, ids).items():
                    for group_id in groups:
                        by_group.setdefault(group_id, []).append(member_id)
                for group_id, group_members in sorted(by_group.items()):
                    members.bulk_leave(db, group_members, group_id, on=self.on, today=today)
                return
            group_id = self.group_id
            assert group_id is not None  # only leaving every group has none
            if self.kind == self.JOIN:
                members.bulk_join(db, ids, group_id, on=self.on, role=self.role, today=today)
            elif self.kind == self.LEAVE:
                members.bulk_leave(db, ids, group_id, on=self.on, today=today)
            else:
                members.bulk_change_role(db, ids, group_id, self.role, on=self.on, today=today)

    def revert(self) -> None:
        """Put the memberships and roles back as they were."""
        if self.state is not None:
            snapshots.restore_membership_state(self.database, self.state)


# ---------------------------------------------------------------------------------------
# The tab's actions: ask what to do, build the command, run it
# ---------------------------------------------------------------------------------------


class ActionHost(CommandHost, Protocol):
    """What the actions need from the tab: the database, the selection, a way to run."""

    database: Database | None

    def group_id(self) -> int | None:
        """The toolbar's group, or None for all groups."""
        ...

    def selected_ids(self) -> list[int]:
        """The selected members."""
        ...

    def current_id(self) -> int | None:
        """The member shown in the detail pane."""
        ...

    def select_member(self, member_id: int) -> None:
        """Show a member in the roster."""
        ...

    def execute(self, command: MemberCommand) -> ValidationError | None:
        """Apply a command and push it on the undo stack; the refusal, if any."""
        ...


class MemberActions(QObject):
    """New, edit, delete, tag, group and merge actions on the selected members."""

    def __init__(self, host: ActionHost, widget: QWidget) -> None:
        super().__init__(widget)
        self.host = host
        self.widget = widget  # the parent of dialogs and messages

    def run(self, command: MemberCommand, title: str) -> None:
        """Run a command; explain a refusal (nothing was written then)."""
        error = self.host.execute(command)
        if error is not None:
            QMessageBox.warning(
                self.widget,
                title,
                self.tr("%1\n\nNothing was changed.").replace("%1", error.message),
            )

    def on_new(self) -> None:
        """Ask for a new member (and a first group), or open the duplicate they chose."""
        database = self.host.database
        if database is None:
            return
        groups = list_group_refs(database)
        result = MemberDialog.ask(
            self.widget,
            database,
            None,
            today=self.host.today(),
            groups=groups,
            group_id=self.host.group_id(),
        )
        if result is None:
            return
        if result.open_existing is not None:
            self.host.select_member(result.open_existing)
            return
        self.run(
            CreateMember(self.host, database, result.draft, result.join), self.tr("New member")
        )

    def on_edit(self) -> None:
        """Edit the member shown in the detail pane."""
        database, member_id = self.host.database, self.host.current_id()
        if database is None or member_id is None:
            return
        member = members.get_member(database, member_id)
        result = MemberDialog.ask(
            self.widget, database, member, today=self.host.today(), groups=list_group_refs(database)
        )
        if result is None:
            return
        if result.open_existing is not None:
            self.host.select_member(result.open_existing)
        elif result.draft != member.draft():
            command = EditMember(self.host, database, member_id, member.draft(), result.draft)
            self.run(command, self.tr("Edit member"))

    def _names(self, ids: list[int]) -> list[str]:
        database = self.host.database
        assert database is not None
        return [members.get_member(database, i).name for i in ids[:1]] + [""] * (len(ids) - 1)

    def on_delete(self) -> None:
        """Delete the selected members after asking; undo restores them."""
        database, ids = self.host.database, self.host.selected_ids()
        if database is None or not ids:
            return
        names = self._names(ids)
        who = names[0] if len(ids) == 1 else self.tr("%1 members").replace("%1", f"{len(ids):,}")
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.widget,
            self.tr("Delete members"),
            self.tr(
                "Delete %1 with their memberships, role history, tags and attendance? "
                "Revenue entries stay. You can undo this (Edit → Undo)."
            ).replace("%1", who),
            buttons.Yes | buttons.No,
            buttons.No,
        )
        if answer == buttons.Yes:
            self.run(DeleteMembers(self.host, database, ids, names), self.tr("Delete members"))

    def on_tag(self, *, add: bool) -> None:
        """Add a tag to (or remove it from) the selected members."""
        database, ids = self.host.database, self.host.selected_ids()
        if database is None or not ids:
            return
        tag = TagDialog.ask(self.widget, members.all_tags(database), remove=not add)
        if tag is not None:
            self.run(
                TagMembers(self.host, database, ids, tag, add=add), self.tr("Tags not changed")
            )

    def on_membership(self, kind: str) -> None:
        """Join, leave or change role in a group for the selected members who need it."""
        database, ids = self.host.database, self.host.selected_ids()
        if database is None or not ids:
            return
        who = self.tr("%1 selected member(s)").replace("%1", f"{len(ids):,}")
        titles = {
            ChangeMemberships.ROLE: (self.tr("Change role"), self.tr("New role for %1 from:")),
            ChangeMemberships.JOIN: (self.tr("Add to group"), self.tr("Add %1 to:")),
            ChangeMemberships.LEAVE: (self.tr("Remove from group"), self.tr("%1 left:")),
            ChangeMemberships.LEAVE_ALL: (self.tr("Mark left"), self.tr("%1 left:")),
        }
        title, prompt = titles[kind]
        leaving = kind in (ChangeMemberships.LEAVE, ChangeMemberships.LEAVE_ALL)
        choice = GroupActionDialog.ask(
            self.widget,
            title,
            prompt.replace("%1", who),
            list_group_refs(database),
            group_id=None if kind == ChangeMemberships.LEAVE_ALL else self.host.group_id(),
            today=self.host.today(),
            with_role=not leaving,
            all_groups=self.tr("Every group they are in") if leaving else "",
        )
        if choice is None:
            return
        if choice.group_id is None:
            kind = ChangeMemberships.LEAVE_ALL
            in_groups = members.open_groups(database, ids)
            ids = [i for i in ids if i in in_groups]
        else:
            current = members.current_roles(database, ids, choice.group_id)
            if kind == ChangeMemberships.JOIN:
                ids = [i for i in ids if i not in current]
            elif kind == ChangeMemberships.ROLE:
                ids = [i for i in ids if i in current and current[i] != choice.role]
            else:
                ids = [i for i in ids if i in current]
        if not ids:
            QMessageBox.information(
                self.widget, title, self.tr("None of the selected members needs this change.")
            )
            return
        text = f"{title}: {label_for(Role, choice.role)}" if not leaving else title
        command = ChangeMemberships(
            self.host, database, kind, ids, choice.group_id, choice.on, choice.role, text
        )
        self.run(command, title)

    def on_merge(self) -> None:
        """Merge the two selected members, keeping the one the owner picks."""
        database, ids = self.host.database, self.host.selected_ids()
        if database is None or len(ids) != 2:
            return
        first, second = (members.get_member(database, i) for i in ids)
        picked = MergeDialog.ask(self.widget, first, second)
        if picked is None:
            return
        keep, drop = picked
        names = [members.get_member(database, i).name for i in (keep, drop)]
        self.run(MergeMembers(self.host, database, keep, drop, names), self.tr("Merge members"))
