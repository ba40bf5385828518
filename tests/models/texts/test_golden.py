"""Each text for the chat rendered in zh_CN from the demo, against its golden file.

Set QUNDESK_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change of wording
(and read the diff before committing it).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from desktop.models.calendar.chat_paste import parse_paste
from desktop.models.calendar.occurrences import occurrences
from desktop.models.groups.queries import group_names
from desktop.models.storage.db import Database
from desktop.models.texts import render
from tests.models.texts.conftest import FRIDAY

GOLDEN = Path(__file__).parents[2] / "fixtures" / "texts"


def _group(db: Database, name: str) -> int:
    return next(gid for gid, found in group_names(db) if found == name)


def _check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("QUNDESK_UPDATE_GOLDEN"):
        path.write_text(text + "\n", encoding="utf-8")
    assert text + "\n" == path.read_text(encoding="utf-8")


def test_the_vip_groups_notice(friday_demo: Database) -> None:
    text = render.notice_text(friday_demo, _group(friday_demo, "VIP付费会员群"), "zh_CN")
    _check("notice_zh_CN.txt", text)
    assert "入群你需要：\n1. 已购买过任意一门课程的老学员" in text
    assert "群规：\n1. 会员资格仅限本人使用" in text


def test_a_salons_signup(friday_demo: Database) -> None:
    salon = next(
        o
        for o in occurrences(friday_demo, FRIDAY.date(), FRIDAY.date() + dt.timedelta(days=14))
        if o.title.startswith("线下烘焙体验课")
    )
    text = render.signup_text(friday_demo, salon, "zh_CN")
    _check("signup_zh_CN.txt", text)
    parsed = parse_paste(text)
    assert parsed.entries == ()  # an empty list: nobody has signed up yet
    assert parsed.header.splitlines()[0] == f"#接龙 {salon.title}"


def test_the_renewal_reminders(friday_demo: Database) -> None:
    pieces = render.renewal_texts(friday_demo, None, FRIDAY.date(), "zh_CN")
    text = "\n\n----\n\n".join(piece.text for piece in pieces)
    _check("renewal_zh_CN.txt", text)
    # the owner's list first, then one message per member (何安琪 is paid until 12-02)
    assert [piece.label for piece in pieces] == ["", "何安琪"]
    assert "2026年12月2日 到期（还有 5 天）" in pieces[1].text


def test_the_weekly_report(friday_demo: Database) -> None:
    text = render.weekly_report(friday_demo, _group(friday_demo, "读书会·每日干货"), "zh_CN")
    _check("weekly_zh_CN.txt", text)
    assert text.startswith("📊【读书会·每日干货】群周报 11月23日–11月29日")


def test_the_welcome(friday_demo: Database) -> None:
    gid = _group(friday_demo, "读书会·每日干货")
    text = render.welcome_text(friday_demo, gid, FRIDAY.date(), "zh_CN")
    _check("welcome_zh_CN.txt", text)


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_every_placeholder_is_filled_in_every_language(
    friday_demo: Database, language: str
) -> None:
    db = friday_demo
    today = FRIDAY.date()
    texts = []
    for gid, _name in group_names(db):
        texts.append(render.notice_text(db, gid, language))
        texts.append(render.weekly_report(db, gid, language))
        texts.append(render.welcome_text(db, gid, today, language))
    texts.extend(p.text for p in render.renewal_texts(db, None, today, language))
    texts.extend(
        render.signup_text(db, o, language)
        for o in occurrences(db, today, today + dt.timedelta(days=7))
    )
    leftovers = [t for t in texts if "{" in t or "}" in t]
    assert leftovers == []
