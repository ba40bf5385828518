"""Undoable edits of the Groups tab: each direction is one data-layer transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from desktop.models.core.codes import Role, Structure
from desktop.models.core.errors import ValidationError
from desktop.models.groups import goals, groups, lifecycle, rules
from desktop.models.groups.groups import GroupDraft
from desktop.models.members import role_holders
from desktop.models.storage.db import Database
from desktop.views.common.undo import DataCommand

# The members a structure is led by: one soul figure at the top of a pyramid, several
# peer leaders in a ring. Replaced holders step down one level rather than to nothing.
HOLDER_ROLE = {Structure.PYRAMID.value: Role.FOUNDER, Structure.RING.value: Role.LEADER}
DEMOTED_TO = {Role.FOUNDER: Role.LEADER, Role.LEADER: Role.ACTIVE}


class IdMap:
    """Where re-created rows went: undoing a create deletes a row, redoing it makes a new id.

    Commands keep the ids they were made with and resolve them here, so a rule added to a
    group still finds that group after the group's creation was undone and redone.
    """

    def __init__(self) -> None:
        self._groups: dict[int, int] = {}
        self._rules: dict[int, int] = {}

    @staticmethod
    def _resolve(table: dict[int, int], key: int) -> int:
        seen = {key}
        while key in table and table[key] not in seen:
            key = table[key]
            seen.add(key)
        return key

    @staticmethod
    def _move(table: dict[int, int], old: int, new: int) -> None:
        if old != new:
            table.pop(new, None)  # `new` is a live row now, not a forwarding address
            table[old] = new

    def group(self, group_id: int) -> int:
        """The current id of a group a command was made with."""
        return self._resolve(self._groups, group_id)

    def rule(self, rule_id: int) -> int:
        """The current id of a rule a command was made with."""
        return self._resolve(self._rules, rule_id)

    def group_moved(self, old: int, new: int) -> None:
        """Record that the group with (current) id `old` was re-created as `new`."""
        self._move(self._groups, old, new)

    def rule_moved(self, old: int, new: int) -> None:
        """Record that the rule with (current) id `old` was re-created as `new`."""
        self._move(self._rules, old, new)


class CommandHost(Protocol):
    """What commands need from the tab that made them."""

    ids: IdMap

    def today(self) -> dt.date:
        """The day edits are dated with."""
        ...

    def command_done(self, group_id: int | None, *, groups_changed: bool) -> None:
        """Refresh after a command ran (or was undone), showing `group_id`."""
        ...

    def command_failed(self, text: str, error: Exception) -> None:
        """Tell the owner an undo or redo could not be applied."""
        ...


class PanelHost(CommandHost, Protocol):
    """What the tab's panels need: the open database and a way to run commands."""

    database: Database | None

    def execute(self, command: GroupCommand) -> ValidationError | None:
        """Apply a command and push it on the undo stack; the refusal, if any."""
        ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupCommands", text)


class GroupCommand(DataCommand):
    """An edit on the Groups tab; ids go through the tab's id map so undo survives re-creation."""

    groups_changed = False  # whether the toolbar's group selector must be refilled
    # What the edits that leave the groups' names and membership alone write.
    SETTINGS_TABLES = frozenset({"group_rules", "group_thresholds", "lifecycle_history", "goals"})

    def __init__(self, host: CommandHost, database: Database, group_id: int, text: str) -> None:
        super().__init__(text)
        self.host = host
        self.database = database
        self._group = group_id

    @property
    def group_id(self) -> int:
        """The current id of the group this command edits."""
        return self.host.ids.group(self._group)

    @property
    def tables(self) -> frozenset[str]:  # type: ignore[override]
        """The groups (and their people) when the group list changes, else its settings."""
        return frozenset({"groups", "memberships"}) if self.groups_changed else self.SETTINGS_TABLES

    def changed_ids(self) -> dict[str, frozenset[int]]:
        """The group it edited, by its id now."""
        return {"groups": frozenset({self.group_id})}

    def origin(self) -> object | None:
        """The Groups tab (it refreshes itself)."""
        return self.host

    def failed(self, error: Exception) -> None:
        """Report a redo or undo the data layer refused."""
        self.host.command_failed(self.text(), error)

    def finished(self, *, undone: bool) -> None:
        """Show the group the command touched and refresh the list."""
        self.host.command_done(self.shown_group(), groups_changed=self.groups_changed)

    def shown_group(self) -> int | None:
        """The group to show after the command ran (None: none in particular)."""
        return self.group_id


class CreateGroup(GroupCommand):
    """New group from a draft; undo deletes it (possible while nothing hangs on it)."""

    groups_changed = True

    def __init__(self, host: CommandHost, database: Database, draft: GroupDraft) -> None:
        super().__init__(host, database, 0, _tr("Create group “%1”").replace("%1", draft.name))
        self.draft = draft

    def do(self) -> None:
        """Create the group; a re-creation gets a new id, recorded in the IdMap."""
        new_id = groups.create_group(self.database, self.draft, today=self.host.today())
        if self._group:
            self.host.ids.group_moved(self.group_id, new_id)
        else:
            self._group = new_id
            # the date the group got, so that a redo re-creates it as it was
            created = groups.get_group(self.database, new_id).created_on
            self.draft = replace(self.draft, created_on=created)

    def revert(self) -> None:
        """Delete the group again."""
        groups.delete_group(self.database, self.group_id)

    def shown_group(self) -> int | None:
        """The new group, unless it is gone (an undone create)."""
        return None if self.isObsolete() else self.group_id


class DuplicateGroup(CreateGroup):
    """A copy of a group as a template; undo deletes the copy."""

    def __init__(self, host: CommandHost, database: Database, source_id: int, name: str) -> None:
        super().__init__(host, database, GroupDraft(name=name))
        self.setText(_tr("Duplicate group as “%1”").replace("%1", name))
        self.source = source_id

    def do(self) -> None:
        """Copy the source group (its current id) under the new name."""
        source = self.host.ids.group(self.source)
        new_id = groups.duplicate_group(
            self.database, source, self.draft.name, today=self.host.today()
        )
        if self._group:
            self.host.ids.group_moved(self.group_id, new_id)
        else:
            self._group = new_id


class SaveGroup(GroupCommand):
    """Edited settings (and who leads the group); undo saves the previous ones back."""

    groups_changed = True

    def __init__(
        self,
        host: CommandHost,
        database: Database,
        group_id: int,
        before: GroupDraft,
        after: GroupDraft,
        holders: tuple[Role, tuple[int, ...]] | None = None,
    ) -> None:
        super().__init__(host, database, group_id, _tr("Edit group “%1”").replace("%1", after.name))
        self.before = before
        self.after = after
        self.holders = holders  # (role, members who should hold it), None: leave roles alone
        self.roles_after: dict[int, str] | None = None
        self.roles_before: dict[int, str] = {}

    def do(self) -> None:
        """Save the new settings and give the chosen members their role, together."""
        today = self.host.today()
        with self.database.transaction():
            groups.update_group(self.database, self.group_id, self.after, today=today)
            if self.holders is not None:
                if self.roles_after is None:  # worked out once; a redo repeats the same changes
                    role, ids = self.holders
                    self.roles_after = role_holders.role_holder_changes(
                        self.database, self.group_id, role, ids, demote_to=DEMOTED_TO[role]
                    )
                self.roles_before = self._set_roles(self.roles_after)

    def revert(self) -> None:
        """Save the previous settings and roles back (the role history keeps both changes)."""
        today = self.host.today()
        with self.database.transaction():
            groups.update_group(self.database, self.group_id, self.before, today=today)
            if self.roles_before:
                self._set_roles(self.roles_before)

    def _set_roles(self, roles: dict[int, str]) -> dict[int, str]:
        today = self.host.today()
        try:
            return role_holders.set_roles(
                self.database, self.group_id, roles, on=today, today=today
            )
        except ValidationError as exc:  # shown under the pickers, whatever the data layer named
            raise ValidationError("roles", exc.message) from exc


class ArchiveGroup(GroupCommand):
    """Archive or bring back a group."""

    groups_changed = True

    def __init__(
        self, host: CommandHost, database: Database, group_id: int, name: str, archived: bool
    ) -> None:
        text = _tr("Archive group “%1”") if archived else _tr("Unarchive group “%1”")
        super().__init__(host, database, group_id, text.replace("%1", name))
        self.archived = archived

    def do(self) -> None:
        """Set the archived flag."""
        groups.archive_group(self.database, self.group_id, archived=self.archived)

    def revert(self) -> None:
        """Set it back."""
        groups.archive_group(self.database, self.group_id, archived=not self.archived)


class DissolveGroup(GroupCommand):
    """Dissolve on a date (stage + archive); undo takes the stage back and un-archives."""

    groups_changed = True

    def __init__(
        self,
        host: CommandHost,
        database: Database,
        group_id: int,
        name: str,
        on: dt.date,
        note: str,
    ) -> None:
        super().__init__(host, database, group_id, _tr("Dissolve group “%1”").replace("%1", name))
        self.on = on
        self.note = note
        self.was_archived = groups.get_group(database, group_id).archived
        self.entry_id = 0

    def do(self) -> None:
        """Record the dissolved stage and archive the group."""
        groups.dissolve_group(self.database, self.group_id, on=self.on, note=self.note)
        current = lifecycle.current_lifecycle(self.database, self.group_id)
        self.entry_id = current.id if current is not None else 0

    def revert(self) -> None:
        """Remove the dissolved stage and restore the archived flag, together."""
        with self.database.transaction():
            lifecycle.remove_stage(self.database, self.entry_id)
            groups.archive_group(self.database, self.group_id, archived=self.was_archived)


class ChangeStage(GroupCommand):
    """A new lifecycle stage; undo takes it back."""

    def __init__(
        self,
        host: CommandHost,
        database: Database,
        group_id: int,
        stage: str,
        began_on: dt.date,
        note: str,
        text: str,
    ) -> None:
        super().__init__(host, database, group_id, text)
        self.stage = stage
        self.began_on = began_on
        self.note = note
        self.entry_id = 0

    def do(self) -> None:
        """Record the stage."""
        self.entry_id = lifecycle.set_lifecycle(
            self.database, self.group_id, self.stage, began_on=self.began_on, note=self.note
        )

    def revert(self) -> None:
        """Take the stage back."""
        lifecycle.remove_stage(self.database, self.entry_id)


class RuleCommand(GroupCommand):
    """Base of rule edits: knows the rule's current id."""

    def __init__(
        self, host: CommandHost, database: Database, group_id: int, rule_id: int, text: str
    ) -> None:
        super().__init__(host, database, group_id, text)
        self._rule = rule_id

    @property
    def rule_id(self) -> int:
        """The current id of the rule."""
        return self.host.ids.rule(self._rule)


class AddRule(RuleCommand):
    """A new rule at the end; undo retires it (rule history is never erased)."""

    def __init__(self, host: CommandHost, database: Database, group_id: int, text: str) -> None:
        super().__init__(host, database, group_id, 0, _tr("Add rule"))
        self.rule_text = text

    def do(self) -> None:
        """Add the rule, or bring the retired one back on redo."""
        today = self.host.today()
        if not self._rule:
            self._rule = rules.add_rule(self.database, self.group_id, self.rule_text, today=today)
            return
        known = rules.list_rules(self.database, self.group_id, include_retired=True)
        if any(rule.id == self.rule_id for rule in known):
            rules.restore_rule(self.database, self.rule_id, today=today)
            return
        # the rule went with its group (an undone create): add it to the group's new id
        new_id = rules.add_rule(self.database, self.group_id, self.rule_text, today=today)
        self.host.ids.rule_moved(self.rule_id, new_id)

    def revert(self) -> None:
        """Retire the rule."""
        rules.retire_rule(self.database, self.rule_id, today=self.host.today())


class EditRule(RuleCommand):
    """New wording; undo edits it back (both changes stay in the history)."""

    def __init__(
        self,
        host: CommandHost,
        database: Database,
        group_id: int,
        rule_id: int,
        before: str,
        after: str,
    ) -> None:
        super().__init__(host, database, group_id, rule_id, _tr("Edit rule"))
        self.before = before
        self.after = after

    def do(self) -> None:
        """Save the new wording."""
        rules.edit_rule(self.database, self.rule_id, self.after, today=self.host.today())

    def revert(self) -> None:
        """Save the old wording back."""
        rules.edit_rule(self.database, self.rule_id, self.before, today=self.host.today())


class MoveRule(RuleCommand):
    """A new number for a rule; undo moves it back."""

    def __init__(
        self,
        host: CommandHost,
        database: Database,
        group_id: int,
        rule_id: int,
        before: int,
        after: int,
    ) -> None:
        super().__init__(host, database, group_id, rule_id, _tr("Move rule"))
        self.before = before
        self.after = after

    def do(self) -> None:
        """Give the rule its new number."""
        rules.move_rule(self.database, self.rule_id, self.after)

    def revert(self) -> None:
        """Give the rule its old number back."""
        rules.move_rule(self.database, self.rule_id, self.before)


class RetireRule(RuleCommand):
    """Take a rule out of force; undo restores it at its old number."""

    def __init__(
        self, host: CommandHost, database: Database, group_id: int, rule_id: int, position: int
    ) -> None:
        super().__init__(host, database, group_id, rule_id, _tr("Retire rule"))
        self.position = position

    def do(self) -> None:
        """Retire the rule."""
        rules.retire_rule(self.database, self.rule_id, today=self.host.today())

    def revert(self) -> None:
        """Restore the rule and put it back at its old number, together."""
        with self.database.transaction():
            rules.restore_rule(self.database, self.rule_id, today=self.host.today())
            count = len(rules.list_rules(self.database, self.group_id))
            rules.move_rule(self.database, self.rule_id, min(self.position, count))


class RestoreRule(RuleCommand):
    """Bring a retired rule back as the last rule; undo retires it again."""

    def __init__(self, host: CommandHost, database: Database, group_id: int, rule_id: int) -> None:
        super().__init__(host, database, group_id, rule_id, _tr("Restore rule"))

    def do(self) -> None:
        """Restore the rule."""
        rules.restore_rule(self.database, self.rule_id, today=self.host.today())

    def revert(self) -> None:
        """Retire it again."""
        rules.retire_rule(self.database, self.rule_id, today=self.host.today())


@dataclass(frozen=True, slots=True)
class GoalBand:
    """A goal's values without its id: goals are found by (metric, effective_from)."""

    metric: str
    period: str
    min_value: int
    max_value: int | None
    effective_from: dt.date

    @classmethod
    def of(cls, goal: goals.Goal) -> GoalBand:
        """The band of a stored goal."""
        return cls(goal.metric, goal.period, goal.min_value, goal.max_value, goal.effective_from)


class ChangeGoals(GroupCommand):
    """Replace some goal rows by others (add: none → one; edit: one → one; delete: one → none)."""

    def __init__(
        self,
        host: CommandHost,
        database: Database,
        group_id: int,
        before: list[GoalBand],
        after: list[GoalBand],
        text: str,
    ) -> None:
        super().__init__(host, database, group_id, text)
        self.before = before
        self.after = after

    def _swap(self, remove: list[GoalBand], write: list[GoalBand]) -> None:
        with self.database.transaction():
            stored = {
                (g.metric, g.effective_from): g.id
                for g in goals.list_goals(self.database, self.group_id)
            }
            for band in remove:
                goal_id = stored.get((band.metric, band.effective_from))
                if goal_id is not None:
                    goals.delete_goal(self.database, goal_id)
            for band in write:
                goals.set_goal(
                    self.database,
                    self.group_id,
                    band.metric,
                    band.period,
                    band.min_value,
                    band.max_value,
                    effective_from=band.effective_from,
                )

    def do(self) -> None:
        """Write the new rows in place of the old."""
        self._swap(self.before, self.after)

    def revert(self) -> None:
        """Write the old rows back in place of the new."""
        self._swap(self.after, self.before)
