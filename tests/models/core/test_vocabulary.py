"""The owner's own words: rename built-in codes, add purposes, all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.core.vocabulary import (
    Word,
    add_entry,
    list_vocabulary,
    rename,
    save_vocabulary,
)
from desktop.models.storage.db import Database


def _rows(db: Database) -> list[tuple[str, str, str, str]]:
    return [(e.domain, e.code, e.label_zh, e.label_en) for e in list_vocabulary(db)]


def test_rename_and_restore_a_builtin_code(database: Database) -> None:
    rename(database, "lifecycle", "growth", "  上升期 ", "Rising")
    assert _rows(database) == [("lifecycle", "growth", "上升期", "Rising")]
    rename(database, "lifecycle", "growth", "", "")
    assert _rows(database) == []


def test_added_purpose_gets_a_code_groups_accept(database: Database) -> None:
    code = add_entry(database, "purpose", "公益", "Charity")
    assert code == "custom_charity"
    assert add_entry(database, "purpose", "公益二", "Charity!") == "custom_charity_2"
    from desktop.models.groups.groups import GroupDraft, create_group

    group_id = create_group(
        database, GroupDraft(name="公益群", purposes=(code,)), today=dt.date(2026, 11, 23)
    )
    assert group_id > 0


@pytest.mark.parametrize(
    ("domain", "words", "field"),
    [
        ("role", [Word(None, "大佬", "Boss")], "role.domain"),
        ("role", [Word("nope", "x", "")], "role.code"),
        ("role", [Word("seed", "铁粉", ""), Word("follower", "铁粉", "")], "role.label_zh"),
        ("purpose", [Word(None, "", "")], "purpose.label_zh"),
        ("purpose", [Word(None, "长" * 41, "")], "label_zh"),
        ("planet", [Word("x", "y", "")], "domain"),
    ],
)
def test_bad_words_write_nothing(
    database: Database, domain: str, words: list[Word], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        save_vocabulary(database, {"event_type": [Word("salon", "茶话会", "")], domain: words})
    assert caught.value.field == field
    assert _rows(database) == []
