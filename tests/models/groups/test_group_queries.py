"""The small reads of the groups table other features use: count and (id, name)."""

from __future__ import annotations

from desktop.models.groups import groups
from desktop.models.groups.groups import GroupDraft
from desktop.models.groups.queries import group_count, group_names
from desktop.models.storage.db import Database
from tests.models.groups.group_data import TODAY


def test_count_and_names_include_archived_groups_in_id_order(database: Database) -> None:
    assert group_count(database) == 0
    assert group_names(database) == []
    first = groups.create_group(database, GroupDraft(name="读书会"), today=TODAY)
    second = groups.create_group(database, GroupDraft(name="Amateur runners"), today=TODAY)
    groups.archive_group(database, first)
    assert group_count(database) == 2
    assert group_names(database) == [(first, "读书会"), (second, "Amateur runners")]
