"""Joins and leaves read from system notices, by their exact wording.

WeChat (names in ASCII quotes as WeChat writes them; “curly” and full-width quotes, which
exporters and copy-paste produce, are read the same; several invitees are joined by 、):
    "A"邀请"B"、"C"加入了群聊            → Join(B, A), Join(C, A)
    你邀请"B"加入了群聊                   → Join(B, owner)
    "A"邀请你和"B"加入了群聊              → Join(B, A)
    "B"通过扫描"A"分享的二维码加入群聊     → Join(B, A)
    "B"通过扫描你分享的二维码加入群聊      → Join(B, owner)
    你将"B"移出了群聊 / "A"将"B"移出了群聊  → Leave(B, removed)
QQ (sender 系统消息(10000) or 系统消息(1000000); the trailing 。 optional):
    B加入本群。 / B加入了本群。            → Join(B)
    A邀请B加入了本群。                     → Join(B, A)
    B退出了本群。 / B退出本群。             → Leave(B)
    B被A移出本群。 / B被移出了本群。        → Leave(B, removed)
and QQ NT's WeChat-like "B加入了群聊" / "B退出了群聊" / "B被移出群聊".

WeChat also sends many of these as a template (message type 10002, which exporters keep as
XML): `<sysmsg type="sysmsgtemplate">` whose `<template>` is the sentence with `$name$`
placeholders, such as
    "$username$"邀请"$names$"加入了群聊
    " $adder$"通过扫描"$from$"分享的二维码加入群聊
    你邀请"$names$"加入了群聊  $revoke$
and whose `<link_list>` gives each placeholder its people (`<memberlist><member>` with
`<username>` and `<nickname>`). The sentence is filled in with the nicknames and read as
above.

Any other notice (…与群里其他人都不是朋友关系…, "X"修改群名为“Y”, 撤回了一条消息, 拍了拍)
yields nothing: it stays a system message, never speech.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from desktop.models.exchange.chat.records import Platform

_QUOTES = str.maketrans({"“": '"', "”": '"', "＂": '"', "「": '"', "」": '"'})
_NAMES = r'"(?P<names>.+?)"'
_WECHAT_JOINS = (
    re.compile(r'^"(?P<inviter>.+?)"邀请(?:你和)?' + _NAMES + r"加入了群聊$"),
    re.compile(r"^(?P<owner>你)邀请" + _NAMES + r"加入了群聊$"),
    re.compile(r'^"(?P<names>.+?)"通过扫描"(?P<inviter>.+?)"分享的二维码加入群聊$'),
    re.compile(r'^"(?P<names>.+?)"通过扫描(?P<owner>你)分享的二维码加入群聊$'),
)
_WECHAT_REMOVAL = re.compile(r'^(?:你|"(?P<remover>.+?)")将' + _NAMES + r"移出了群聊$")
_QQ_JOINS = (
    re.compile(r"^(?P<inviter>.+?)邀请(?P<names>.+?)加入了?本群$"),
    re.compile(r"^(?P<names>.+?)加入了?本群$"),
    re.compile(r"^(?P<names>.+?)加入了群聊$"),
)
_QQ_LEAVES = (
    (re.compile(r"^(?P<names>.+?)被(?:.+?)?移出了?(?:本群|群聊)$"), True),
    (re.compile(r"^(?P<names>.+?)退出了?(?:本群|群聊)$"), False),
)
_SEPARATOR = re.compile(r'"\s*、\s*"')
_PLACEHOLDER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)\$")
MAX_TEMPLATE_CHARS = 64 * 1024  # a longer notice is no join template (and is not parsed)


@dataclass(frozen=True, slots=True)
class Join:
    """Someone joined; `inviter` brought them (their name as the notice writes it)."""

    name: str
    inviter: str | None = None
    by_owner: bool = False  # the owner (the exporter, "你") invited them or shared the QR code


@dataclass(frozen=True, slots=True)
class Leave:
    """Someone left, or was removed."""

    name: str
    removed: bool


Notice = Join | Leave


def read_notice(text: str, platform: Platform) -> tuple[Notice, ...]:
    """The joins and leaves a system notice states; () for any other notice."""
    if "sysmsgtemplate" in text:
        text = template_sentence(text) or text
    line = " ".join(text.translate(_QUOTES).split())
    if platform is Platform.QQ:
        found = _read_qq(line.rstrip("。."))
        if found:
            return found
    return _read_wechat(line)


def template_sentence(text: str) -> str | None:
    """The sentence a WeChat `sysmsgtemplate` notice shows, its placeholders filled with
    the people its links name (several as `B"、"C`, inside the template's own quotes);
    None when `text` is no such template or not well-formed XML."""
    start = text.find("<sysmsg")
    if start < 0 or len(text) - start > MAX_TEMPLATE_CHARS or "<!" in text.replace("<![CDATA[", ""):
        return None  # WeChat writes no DTD: entities (and their expansion) are refused unread
    try:
        root = ET.fromstring(text[start : text.rfind("</sysmsg>") + len("</sysmsg>")])
    except ET.ParseError:
        return None
    template = root.find("./sysmsgtemplate/content_template")
    if template is None:
        return None
    people = {
        link.get("name", ""): [
            (member.findtext("nickname") or member.findtext("username") or "").strip()
            for member in link.iter("member")
        ]
        for link in template.iterfind("./link_list/link")
    }

    def filled(found: re.Match[str]) -> str:
        names = [name for name in people.get(found.group(1), []) if name]
        return '"、"'.join(names)  # a link without people ($revoke$) leaves nothing

    sentence = _PLACEHOLDER.sub(filled, template.findtext("template") or "")
    return sentence.strip() or None


def _read_wechat(line: str) -> tuple[Notice, ...]:
    for pattern in _WECHAT_JOINS:
        found = pattern.match(line)
        if found is not None:
            groups = found.groupdict()
            owner = groups.get("owner") is not None
            inviter = None if owner else groups.get("inviter")
            return tuple(
                Join(name, inviter, by_owner=owner) for name in _split(found.group("names"))
            )
    removal = _WECHAT_REMOVAL.match(line)
    if removal is not None:
        return tuple(Leave(name, removed=True) for name in _split(removal.group("names")))
    return ()


def _read_qq(line: str) -> tuple[Notice, ...]:
    for pattern in _QQ_JOINS:
        found = pattern.match(line)
        if found is not None and '"' not in line:
            return (Join(found.group("names").strip(), found.groupdict().get("inviter")),)
    for pattern, removed in _QQ_LEAVES:
        found = pattern.match(line)
        if found is not None and '"' not in line:
            return (Leave(found.group("names").strip(), removed=removed),)
    return ()


def _split(names: str) -> list[str]:
    """The names of `"B"、"C"` (the outer quotes already taken off)."""
    return [name.strip() for name in _SEPARATOR.split(names) if name.strip()]
