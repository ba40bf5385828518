"""Groups (社群): the unit every member, event and entry hangs on."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.db import Database


@dataclass(frozen=True, slots=True)
class GroupRef:
    """A group's id and name, enough for pickers and filters."""

    id: int
    name: str
    archived: bool


def list_group_refs(database: Database, *, include_archived: bool = True) -> list[GroupRef]:
    """Every group by name (pinyin-agnostic, case-insensitive order)."""
    sql = "SELECT id, name, archived FROM groups"
    if not include_archived:
        sql += " WHERE archived = 0"
    sql += " ORDER BY archived, name COLLATE NOCASE"
    return [
        GroupRef(gid, name, bool(archived)) for gid, name, archived in database.conn.execute(sql)
    ]
