"""The texts' templates: kinds, placeholders per language, defaults, and the owner's edits.

A template is plain text with placeholders in braces, named in its language ({群名},
{成員名}, {member}). Edited templates are kept per language in the database's settings;
an empty setting means the default. Filling a template drops a line whose placeholders
all came out empty (a group without an audience has no "适合：" line).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum

from desktop.models.storage.db import Database
from desktop.models.storage.settings import get_setting, set_setting
from desktop.models.texts.words import DEFAULT_LANGUAGE, LANGUAGES


class TextKind(StrEnum):
    """The texts that go back into the chat."""

    NOTICE = "notice"  # 群公告 / 群规: pitch, thresholds and the numbered rules
    SIGNUP = "signup"  # 接龙 for an event, with an empty numbered list
    RENEWAL = "renewal"  # a personal reminder to renew, one per member
    RENEWAL_LIST = "renewal_list"  # the owner's list of memberships expiring soon
    WEEKLY = "weekly"  # 群周报
    WELCOME = "welcome"  # welcoming the newcomers of the last days


# Placeholder key → its name in each language (the name is what a template shows).
PLACEHOLDER_NAMES: dict[str, tuple[str, str, str]] = {
    "group": ("群名", "群名", "group"),
    "theme": ("主题", "主題", "theme"),
    "audience": ("适合谁", "適合誰", "for whom"),
    "requirements": ("入群门槛", "入群門檻", "requirements"),
    "benefits": ("可以获得", "可以獲得", "benefits"),
    "rules": ("群规", "群規", "rules"),
    "fee": ("费用", "費用", "fee"),
    "event": ("活动", "活動", "event"),
    "time": ("时间", "時間", "time"),
    "place": ("地点", "地點", "place"),
    "spots": ("名额", "名額", "spots"),
    "list": ("接龙列表", "接龍列表", "list"),
    "member": ("成员名", "成員名", "member"),
    "paid_until": ("到期日", "到期日", "paid until"),
    "days_left": ("剩余天数", "剩餘天數", "days left"),
    "days": ("天数", "天數", "days"),
    "expiring": ("到期名单", "到期名單", "expiring"),
    "week": ("本周", "本週", "week"),
    "progress": ("目标进展", "目標進度", "progress"),
    "welcome": ("欢迎新人", "歡迎新人", "welcome"),
    "newcomers": ("新成员", "新成員", "newcomers"),
    "top": ("活跃榜", "活躍榜", "top members"),
    "upcoming": ("近期活动", "近期活動", "upcoming"),
}

# The placeholders each kind of text offers, in the order the editor lists them.
PLACEHOLDERS: dict[TextKind, tuple[str, ...]] = {
    TextKind.NOTICE: ("group", "theme", "audience", "requirements", "benefits", "rules", "fee"),
    TextKind.SIGNUP: ("group", "event", "time", "place", "spots", "fee", "list"),
    TextKind.RENEWAL: ("member", "group", "paid_until", "days_left", "fee"),
    TextKind.RENEWAL_LIST: ("group", "days", "expiring"),
    TextKind.WEEKLY: ("group", "week", "progress", "welcome", "newcomers", "top", "upcoming"),
    TextKind.WELCOME: ("group", "newcomers", "theme", "days"),
}

_DEFAULTS: dict[str, dict[TextKind, str]] = {
    "zh_CN": {
        TextKind.NOTICE: (
            "📢【{群名}】群公告\n\n{主题}\n适合：{适合谁}\n\n入群你需要：\n{入群门槛}\n\n"
            "可以获得：\n{可以获得}\n\n群规：\n{群规}\n\n感谢大家一起守护这个群 🙏"
        ),
        TextKind.SIGNUP: (
            "#接龙 {活动}\n时间：{时间}\n地点：{地点}\n名额：{名额}\n费用：{费用}\n"
            "带朋友请写「名字 +1」\n\n{接龙列表}"
        ),
        TextKind.RENEWAL: (
            "{成员名}，你好！你在「{群名}」的会员 {到期日} 到期（{剩余天数}）。"
            "续费后群里的权益都会继续保留，有问题随时找我 😊"
        ),
        TextKind.RENEWAL_LIST: "{群名}：{天数} 天内到期的会员\n{到期名单}",
        TextKind.WEEKLY: (
            "📊【{群名}】群周报 {本周}\n\n本周进展：\n{目标进展}\n\n{欢迎新人}\n\n"
            "本周活跃之星：\n{活跃榜}\n\n接下来的活动：\n{近期活动}\n\n下周继续一起加油！"
        ),
        TextKind.WELCOME: (
            "🎉 欢迎 {新成员} 加入「{群名}」！\n这里是：{主题}\n"
            "先看看群公告和群规，再来做个简单的自我介绍吧～有问题随时找我 😊"
        ),
    },
    "zh_TW": {
        TextKind.NOTICE: (
            "📢【{群名}】群公告\n\n{主題}\n適合：{適合誰}\n\n入群你需要：\n{入群門檻}\n\n"
            "可以獲得：\n{可以獲得}\n\n群規：\n{群規}\n\n謝謝大家一起照顧這個群 🙏"
        ),
        TextKind.SIGNUP: (
            "#接龍 {活動}\n時間：{時間}\n地點：{地點}\n名額：{名額}\n費用：{費用}\n"
            "要帶朋友請寫「名字 +1」\n\n{接龍列表}"
        ),
        TextKind.RENEWAL: (
            "{成員名} 你好！你在「{群名}」的會員 {到期日} 到期（{剩餘天數}）。"
            "續約後群裡的權益都會繼續保留，有問題隨時找我喔 😊"
        ),
        TextKind.RENEWAL_LIST: "{群名}：{天數} 天內到期的會員\n{到期名單}",
        TextKind.WEEKLY: (
            "📊【{群名}】群週報 {本週}\n\n這週進度：\n{目標進度}\n\n{歡迎新人}\n\n"
            "本週活躍之星：\n{活躍榜}\n\n接下來的活動：\n{近期活動}\n\n下週也一起加油！"
        ),
        TextKind.WELCOME: (
            "🎉 歡迎 {新成員} 加入「{群名}」！\n這裡是：{主題}\n"
            "先看一下群公告和群規，再來簡單自我介紹一下吧～有問題隨時找我喔 😊"
        ),
    },
    "en": {
        TextKind.NOTICE: (
            "📢 {group}: group notice\n\n{theme}\nFor: {for whom}\n\nTo join, you need:\n"
            "{requirements}\n\nWhat you get:\n{benefits}\n\nRules:\n{rules}\n\n"
            "Thanks for looking after this group together 🙏"
        ),
        TextKind.SIGNUP: (
            "#Sign-up {event}\nTime: {time}\nPlace: {place}\nSpots: {spots}\nFee: {fee}\n"
            "Bringing a friend? Write “name +1”\n\n{list}"
        ),
        TextKind.RENEWAL: (
            "Hi {member}! Your membership of “{group}” runs until {paid until} ({days left}). "
            "Renew to keep everything the group offers; ask me anything 😊"
        ),
        TextKind.RENEWAL_LIST: "{group}: memberships ending within {days} days\n{expiring}",
        TextKind.WEEKLY: (
            "📊 {group}: weekly report {week}\n\nThis week:\n{progress}\n\n{welcome}\n\n"
            "Most active:\n{top members}\n\nComing up:\n{upcoming}\n\nSee you next week!"
        ),
        TextKind.WELCOME: (
            "🎉 Welcome {newcomers} to “{group}”!\nWhat we do here: {theme}\n"
            "Have a look at the group notice and rules, then tell us a little about yourself."
            " Ask me anything 😊"
        ),
    },
}

_PLACEHOLDER = re.compile(r"\{([^{}\n]+)\}")
_BLANK_RUNS = re.compile(r"\n{3,}")


def _language(language: str) -> str:
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def placeholder_name(key: str, language: str) -> str:
    """A placeholder's name in a language, without braces ("paid_until" → "到期日")."""
    return PLACEHOLDER_NAMES[key][LANGUAGES.index(_language(language))]


def placeholders(kind: TextKind, language: str) -> list[tuple[str, str]]:
    """(key, name) of each placeholder a kind of text offers, in a language."""
    return [(key, placeholder_name(key, language)) for key in PLACEHOLDERS[kind]]


def default_template(kind: TextKind, language: str) -> str:
    """The template QunDesk ships for a kind of text in a language."""
    return _DEFAULTS[_language(language)][kind]


def setting_key(kind: TextKind, language: str) -> str:
    """The settings key an edited template is stored under."""
    return f"texts.{_language(language)}.{kind.value}"


def template(db: Database, kind: TextKind, language: str) -> str:
    """The template in use: the owner's edit, or the default."""
    return get_setting(db, setting_key(kind, language)) or default_template(kind, language)


def is_edited(db: Database, kind: TextKind, language: str) -> bool:
    """Whether the owner's own wording replaces the default."""
    return bool(get_setting(db, setting_key(kind, language)))


def save_template(db: Database, kind: TextKind, language: str, text: str) -> None:
    """Keep the owner's wording for a kind of text in a language (the default's: forget it)."""
    clean = text.strip()
    if clean == default_template(kind, language):
        clean = ""
    set_setting(db, setting_key(kind, language), clean)


def restore_default(db: Database, kind: TextKind, language: str) -> None:
    """Go back to the default wording."""
    set_setting(db, setting_key(kind, language), "")


def unknown_placeholders(text: str, kind: TextKind, language: str) -> list[str]:
    """Names in braces that the kind of text does not offer (they stay as written)."""
    known = {name for _key, name in placeholders(kind, language)}
    return [name for name in dict.fromkeys(_PLACEHOLDER.findall(text)) if name not in known]


def fill(text: str, kind: TextKind, language: str, values: Mapping[str, str]) -> str:
    """The template with its placeholders replaced by `values` (by key).

    A line whose placeholders all come out empty is left out; unknown names stay as
    written; runs of blank lines become one.
    """
    by_name = {name: values.get(key, "") for key, name in placeholders(kind, language)}
    lines: list[str] = []
    for line in text.splitlines():
        found = [name for name in _PLACEHOLDER.findall(line) if name in by_name]
        if found and not any(by_name[name] for name in found):
            continue
        lines.append(
            _PLACEHOLDER.sub(
                lambda m: by_name[m.group(1)] if m.group(1) in by_name else m.group(0), line
            )
        )
    # the ends lose blank lines only: a list's last "5. " keeps its space
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
