"""The small reads of the groups table other features use: count and (id, name)."""

from __future__ import annotations

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.groups import groups
from desktop.models.groups.groups import GroupDraft
from desktop.models.groups.queries import group_count, group_name, group_names
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


def test_group_name_or_a_refusal_on_group(database: Database) -> None:
    gid = groups.create_group(database, GroupDraft(name="读书会"), today=TODAY)
    assert group_name(database, gid) == "读书会"
    with pytest.raises(ValidationError) as caught:
        group_name(database, gid + 1)
    assert caught.value.field == "group"
