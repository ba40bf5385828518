"""Templates: placeholders per language, the owner's wording kept per language, defaults back."""

from __future__ import annotations

import datetime as dt

from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.storage.db import Database
from desktop.models.texts import render
from desktop.models.texts.templates import (
    TextKind,
    default_template,
    fill,
    is_edited,
    placeholders,
    restore_default,
    save_template,
    template,
    unknown_placeholders,
)

TODAY = dt.date(2026, 11, 23)


def test_placeholders_are_named_in_each_language() -> None:
    assert placeholders(TextKind.RENEWAL, "zh_CN")[:3] == [
        ("member", "成员名"),
        ("group", "群名"),
        ("paid_until", "到期日"),
    ]
    assert placeholders(TextKind.RENEWAL, "zh_TW")[0] == ("member", "成員名")
    assert placeholders(TextKind.RENEWAL, "en")[2] == ("paid_until", "paid until")
    # every default uses only its own language's names
    for language in ("zh_CN", "zh_TW", "en"):
        for kind in TextKind:
            assert unknown_placeholders(default_template(kind, language), kind, language) == []


def test_a_line_whose_placeholders_all_come_out_empty_is_left_out() -> None:
    text = "【{群名}】\n适合：{适合谁}\n{主题}｜{适合谁}\n{不认识}\n\n\n\n完"
    values = {"group": "读书会", "theme": "共读"}
    assert fill(text, TextKind.NOTICE, "zh_CN", values) == "【读书会】\n共读｜\n{不认识}\n\n完"
    assert unknown_placeholders(text, TextKind.NOTICE, "zh_CN") == ["不认识"]


def test_an_edited_template_is_kept_per_language_until_restored(database: Database) -> None:
    gid = create_group(database, GroupDraft(name="读书会"), today=TODAY)
    mine = "欢迎 {新成员}！这里是「{群名}」。"
    save_template(database, TextKind.WELCOME, "zh_CN", mine + "\n")
    assert is_edited(database, TextKind.WELCOME, "zh_CN")
    assert template(database, TextKind.WELCOME, "zh_CN") == mine
    assert render.welcome_text(database, gid, TODAY, "zh_CN") == "欢迎 新朋友们！这里是「读书会」。"
    # the other languages keep their defaults
    assert not is_edited(database, TextKind.WELCOME, "zh_TW")
    assert template(database, TextKind.WELCOME, "en") == default_template(TextKind.WELCOME, "en")
    restore_default(database, TextKind.WELCOME, "zh_CN")
    assert not is_edited(database, TextKind.WELCOME, "zh_CN")
    assert template(database, TextKind.WELCOME, "zh_CN") == default_template(
        TextKind.WELCOME, "zh_CN"
    )


def test_saving_the_default_wording_is_not_an_edit(database: Database) -> None:
    save_template(database, TextKind.NOTICE, "en", default_template(TextKind.NOTICE, "en"))
    assert not is_edited(database, TextKind.NOTICE, "en")
