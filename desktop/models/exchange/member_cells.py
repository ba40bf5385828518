"""Member cells read as the roster stores them: role words (Chinese or English) and tag lists.

A role cell is read with the words of `ROLE_WORDS` (every label the app shows for a role in
zh_CN, zh_TW and English, the export's labels, and the words owners commonly use), the
owner's own labels (the `vocabulary` table) and the values the owner mapped in an earlier
import (`remembered_roles`, kept in the database's settings). A value none of them knows
is not a row's error: the import asks the owner to map it once for the whole file.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping

from desktop.models.core.codes import Role
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.storage.db import Database
from desktop.models.storage.settings import get_setting, set_setting

_TAG_SPLIT = re.compile(r"[,，、;；\n]+")

# The settings key of the role values mapped in earlier imports: JSON {role key: role code}.
ROLE_MAP_SETTING = "member_import_roles"

# The labels the app itself shows for each role (views/common/labels.py in zh_CN, zh_TW
# and English; the export's labels, exchange/export_labels.py): a test holds them together.
_APP_LABELS: dict[Role, tuple[str, ...]] = {
    Role.FOUNDER: ("灵魂人物", "靈魂人物", "Founder / soul figure"),
    Role.OWNER: ("群主", "Owner"),
    Role.ADMIN: ("管理者/小秘书", "管理者/小秘書", "Admin / secretary"),
    Role.LEADER: ("意见领袖/骨干", "意見領袖/骨幹", "领导者", "領導者", "Leader / expert"),
    Role.SPOKESPERSON: ("代言人", "Spokesperson"),
    Role.ACTIVE: ("活跃分子", "活躍分子", "Active member"),
    Role.SEED: ("种子用户", "種子用戶", "Seed user"),
    Role.FOLLOWER: ("追随者", "追隨者", "Follower"),
}
# What owners write in their own sheets, Simplified and Traditional.
_COMMON_WORDS: dict[Role, tuple[str, ...]] = {
    Role.FOUNDER: ("创始人", "創始人", "联合创始人", "聯合創始人", "发起人", "發起人", "主理人",
                   "founder", "co-founder", "cofounder", "soul figure"),
    Role.OWNER: ("群主", "群主人", "owner", "group owner"),
    Role.ADMIN: ("管理员", "管理員", "管理", "管理者", "群管", "群管理", "群管理员", "群管理員",
                 "副群主", "小秘书", "小秘書", "秘书", "秘書", "助理", "助教", "班长", "班長",
                 "运营", "運營", "admin", "administrator", "secretary", "moderator", "assistant",
                 "teaching assistant"),
    Role.LEADER: ("意见领袖", "意見領袖", "骨干", "骨幹", "核心", "核心成员", "核心成員",
                  "核心骨干", "核心骨幹", "骨干成员", "骨幹成員", "专家", "專家", "话题发起人",
                  "話題發起人", "讲师", "講師", "大咖", "达人", "達人", "koc", "kol", "leader",
                  "expert", "opinion leader", "core member", "core"),
    Role.SPOKESPERSON: ("代言人", "大使", "推广大使", "推廣大使", "品牌大使", "ambassador",
                        "spokesperson"),
    Role.ACTIVE: ("活跃", "活躍", "活跃分子", "活跃成员", "活躍成員", "活跃用户", "活躍用戶",
                  "积极分子", "積極分子", "active", "active member"),
    Role.SEED: ("种子", "種子", "种子用户", "种子成员", "種子成員", "seed", "seed user"),
    Role.FOLLOWER: ("成员", "成員", "普通成员", "普通成員", "群成员", "群成員", "群友", "普通",
                    "会员", "會員", "追随者", "follower", "member", "regular member"),
}  # fmt: skip
ROLE_WORDS: dict[Role, tuple[str, ...]] = {
    role: (*_APP_LABELS[role], *_COMMON_WORDS[role]) for role in Role
}
_ROLE_NOISE = re.compile(r"[\s_\-/、,，|｜]+")


def role_key(text: str) -> str:
    """A role value as compared with the known words: width, case, spaces and the slashes
    between two names ("意见领袖/骨干") folded."""
    return _ROLE_NOISE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


_ROLE_ALIASES = {role_key(word): role.value for role, words in ROLE_WORDS.items() for word in words}
_ROLE_ALIASES |= {role.value: role.value for role in Role}


def role_aliases(conn: sqlite3.Connection) -> dict[str, str]:
    """Role words (see `role_key`) to role codes: built-in words and the owner's own labels."""
    aliases = dict(_ROLE_ALIASES)
    codes = {r.value for r in Role}
    for code, zh, en in conn.execute(
        "SELECT code, label_zh, label_en FROM vocabulary WHERE domain = 'role'"
    ):
        if code in codes:
            for label in (zh, en):
                if isinstance(label, str) and label.strip():
                    aliases.setdefault(role_key(label), code)
    return aliases


def parse_role(text: str, aliases: Mapping[str, str] | None = None) -> str:
    """The role code of a role word in Chinese or English; ValueError when unknown."""
    code = (aliases or _ROLE_ALIASES).get(role_key(text))
    if code is None:
        raise ValueError(msg("unknown role “{value}”", value=text.strip()))
    return code


def role_code(text: str) -> str:
    """The role code a role given by the owner names: a code or any accepted word
    (`--role-map 领读人=leader`, `领读人=意见领袖/骨干`); ValidationError otherwise."""
    try:
        return parse_role(text)
    except ValueError:
        raise ValidationError(
            "role",
            msg(
                "“{value}” is not a role; use a role such as {roles}",
                value=text.strip(),
                roles=", ".join(r.value for r in Role),
            ),
        ) from None


def remembered_roles(db: Database) -> dict[str, str]:
    """The role values mapped in earlier imports: {role key: role code}."""
    try:
        stored = json.loads(get_setting(db, ROLE_MAP_SETTING) or "{}")
    except ValueError:
        return {}
    codes = {r.value for r in Role}
    if not isinstance(stored, dict):
        return {}
    return {
        str(key): code for key, code in stored.items() if isinstance(code, str) and code in codes
    }


def remember_roles(db: Database, mapped: Iterable[tuple[str, str]]) -> None:
    """Keep the owner's mapping of (role value, role code) for the next import."""
    known = remembered_roles(db)
    before = dict(known)
    for value, code in mapped:
        known[role_key(value)] = code
    if known != before:
        set_setting(db, ROLE_MAP_SETTING, json.dumps(known, ensure_ascii=False, sort_keys=True))


def split_tags(text: str) -> list[str]:
    """Tags from one cell, separated by commas (either width), 、 or semicolons."""
    return [t.strip() for t in _TAG_SPLIT.split(text) if t.strip()]
