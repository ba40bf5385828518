"""Small reads of the `groups` table that other features and the views need."""

from __future__ import annotations

from desktop.models.core.common import require_group
from desktop.models.storage.db import Database


def group_count(db: Database) -> int:
    """How many groups the file holds, archived ones included."""
    return int(db.conn.execute("SELECT count(*) FROM groups").fetchone()[0])


def group_names(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every group, archived ones included, in id order."""
    return [
        (int(gid), str(name))
        for gid, name in db.conn.execute("SELECT id, name FROM groups ORDER BY id")
    ]


def group_name(db: Database, group_id: int) -> str:
    """The group's name; a ValidationError on "group" when there is no such group."""
    return require_group(db.conn, group_id)
