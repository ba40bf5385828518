"""Deleted members in the trash: how they are labelled, stored and put back."""

from __future__ import annotations

from typing import Any

from desktop.models.members.snapshots import MemberSnapshot, restore_members
from desktop.models.storage import trash
from desktop.models.storage.db import Database

LABEL_NAMES = 3  # names spelled out in a member row's label before "+N"


def member_payload(snapshot: MemberSnapshot) -> dict[str, Any]:
    """A member snapshot as JSON-ready lists."""
    return {name: trash.as_lists(getattr(snapshot, name)) for name in trash.table_fields(snapshot)}


def member_snapshot(data: dict[str, Any]) -> MemberSnapshot:
    """The member snapshot a payload holds."""
    tables = {name: trash.as_tuples(data[name]) for name in trash.table_fields(MemberSnapshot)}
    return MemberSnapshot(**tables)


def describe(snapshot: MemberSnapshot) -> str:
    """The first names of the deleted members, "+N" for the rest."""
    names = [str(row[1]) for row in snapshot.members]
    label = ", ".join(names[:LABEL_NAMES])
    if len(names) > LABEL_NAMES:
        label += f" +{len(names) - LABEL_NAMES}"
    return label


def _restore(db: Database, data: dict[str, Any]) -> dict[int, int]:
    return restore_members(db, member_snapshot(data))


MEMBERS: trash.TrashKind[MemberSnapshot] = trash.TrashKind(
    name="member",
    describe=describe,
    ids=lambda snapshot: list(snapshot.ids),
    to_payload=member_payload,
    restore=_restore,
)
trash.register(MEMBERS)
