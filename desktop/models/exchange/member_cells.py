"""Member cells read as the roster stores them: role words (Chinese or English) and tag lists."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Mapping

from desktop.models.core.codes import Role

_TAG_SPLIT = re.compile(r"[,，、;；\n]+")


_ROLE_WORDS: dict[Role, tuple[str, ...]] = {
    Role.FOUNDER: ("灵魂人物", "创始人", "联合创始人", "发起人", "founder", "co-founder",
                   "soul figure", "founder / soul figure"),
    Role.OWNER: ("群主", "owner", "group owner"),
    Role.ADMIN: ("管理员", "管理者", "群管", "群管理", "群管理员", "小秘书", "秘书", "助理",
                 "admin", "administrator", "secretary", "admin / secretary", "moderator"),
    Role.LEADER: ("领导者", "专家", "意见领袖", "话题发起人", "讲师", "leader", "expert",
                  "opinion leader", "kol", "leader / expert"),
    Role.SPOKESPERSON: ("代言人", "spokesperson", "ambassador"),
    Role.ACTIVE: ("活跃分子", "活跃成员", "活跃用户", "active", "active member"),
    Role.SEED: ("种子用户", "种子成员", "种子", "seed", "seed user"),
    Role.FOLLOWER: ("追随者", "普通成员", "成员", "群成员", "普通", "会员", "follower",
                    "member", "regular member"),
}  # fmt: skip
_ROLE_NOISE = re.compile(r"[\s_\-/]+")


def _role_key(text: str) -> str:
    return _ROLE_NOISE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


_ROLE_ALIASES = {
    _role_key(word): role.value for role, words in _ROLE_WORDS.items() for word in words
} | {role.value: role.value for role in Role}


def role_aliases(conn: sqlite3.Connection) -> dict[str, str]:
    """Role words (normalised) to role codes: built-in names and the owner's own labels."""
    aliases = dict(_ROLE_ALIASES)
    codes = {r.value for r in Role}
    for code, zh, en in conn.execute(
        "SELECT code, label_zh, label_en FROM vocabulary WHERE domain = 'role'"
    ):
        if code in codes:
            for label in (zh, en):
                if isinstance(label, str) and label.strip():
                    aliases.setdefault(_role_key(label), code)
    return aliases


def parse_role(text: str, aliases: Mapping[str, str] | None = None) -> str:
    """The role code of a role word in Chinese or English; ValueError when unknown."""
    key = _role_key(text)
    code = (aliases or _ROLE_ALIASES).get(key)
    if code is None:
        raise ValueError(
            f"unknown role “{text.strip()}”; use 灵魂人物, 群主, 管理员, 领导者, 代言人, "
            "活跃分子, 种子用户 or 追随者 (or founder, owner, admin, leader, spokesperson, "
            "active, seed, follower)"
        )
    return code


def split_tags(text: str) -> list[str]:
    """Tags from one cell, separated by commas (either width), 、 or semicolons."""
    return [t.strip() for t in _TAG_SPLIT.split(text) if t.strip()]
