"""The words texts for the chat are made of, per language: labels, dates, money, fallbacks.

A text's language is its template's (the UI language when it is shown), so these words
live with the templates rather than in the translation files: zh_TW is written as a
Taiwanese owner would write it, not converted from zh_CN.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.models.core.codes import Metric, Threshold, ValueType
from desktop.models.core.money import MINOR_PER_MAJOR

LANGUAGES = ("zh_CN", "zh_TW", "en")
DEFAULT_LANGUAGE = "zh_CN"


@dataclass(frozen=True, slots=True)
class Words:
    """One language's words for texts: separators, labels and the fallbacks of empty parts."""

    weekdays: tuple[str, ...]  # Monday first
    separator: str  # between names in a line
    colon: str
    free: str
    no_limit: str
    people: str  # "{n} 人"
    no_rules: str
    no_requirements: str
    no_gains: str
    no_events: str
    no_newcomers: str
    welcome_names: str  # "{names}": the weekly report's welcome line
    new_friends: str  # who a welcome greets when nobody is named
    no_goals: str
    no_top: str
    no_expiring: str
    no_place: str
    online: str
    days_left: str  # "{n}"
    day_left: str  # exactly one day
    expires_today: str
    value_types: dict[str, str] = field(default_factory=dict)
    thresholds: dict[str, str] = field(default_factory=dict)
    metrics: dict[str, str] = field(default_factory=dict)  # "{actual}" inside
    statuses: dict[str, str] = field(default_factory=dict)
    goal: str = ""  # "{band}"
    all_groups: str = ""  # the owner's renewal list over every group
    top_messages: str = ""  # "{n}"
    top_checkins: str = ""  # "{n}"
    renewal_line: str = ""  # "{name}" "{date}" "{days}"


_ZH_CN = Words(
    weekdays=("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    separator="、",
    colon="：",
    free="免费",
    no_limit="不限",
    people="{n} 人",
    no_rules="暂时还没有群规，大家友好交流就好。",
    no_requirements="认同本群的主题，愿意友好交流",
    no_gains="和一群志同道合的朋友一起交流成长",
    no_events="近期暂无活动安排，敬请期待。",
    no_newcomers="本周没有新朋友入群。",
    welcome_names="欢迎 {names} 加入！",
    new_friends="新朋友们",
    no_goals="本周还没有设定目标。",
    no_top="本周还没有统计到发言和打卡。",
    no_expiring="近期没有即将到期的会员。",
    no_place="待定",
    online="线上",
    days_left="还有 {n} 天",
    day_left="还有 1 天",
    expires_today="今天到期",
    value_types={
        ValueType.KNOWLEDGE: "干货知识",
        ValueType.RESOURCE: "人脉资源",
        ValueType.SERVICE: "专属服务",
        ValueType.BENEFIT: "会员福利",
    },
    thresholds={
        Threshold.INTEREST: "兴趣",
        Threshold.IDENTITY: "身份",
        Threshold.PAYMENT: "付费",
        Threshold.PROCESS: "流程",
        Threshold.ACTIVITY: "活跃",
    },
    metrics={
        Metric.MEMBERS_TOTAL: "群成员 {actual} 人",
        Metric.NEW_MEMBERS: "新成员 {actual} 人",
        Metric.ACTIVE_MEMBERS: "平均每天 {actual} 人发言",
        Metric.MESSAGES_PER_DAY: "平均每天 {actual} 条消息",
        Metric.EVENTS_HELD: "办了 {actual} 场活动",
        Metric.ATTENDANCE: "打卡/参加 {actual} 人次",
        Metric.REVENUE: "收入 {actual} 元",
    },
    statuses={
        "met": "达标 👍",
        "below": "没达标",
        "above": "超出目标",
        "in_progress_met": "目前达标",
        "in_progress_below": "还差一点，继续加油",
        "in_progress_above": "已超过目标",
        "not_enough_data": "数据不足",
    },
    goal="（目标 {band}）",
    all_groups="全部社群",
    top_messages="发言 {n} 条",
    top_checkins="打卡 {n} 次",
    renewal_line="{name}：{date} 到期（{days}）",
)

_ZH_TW = Words(
    weekdays=("週一", "週二", "週三", "週四", "週五", "週六", "週日"),
    separator="、",
    colon="：",
    free="免費",
    no_limit="不限",
    people="{n} 人",
    no_rules="目前還沒有群規，大家友善交流就好。",
    no_requirements="認同本群的主題，願意友善交流",
    no_gains="和一群志同道合的朋友一起交流成長",
    no_events="近期還沒有排活動，敬請期待。",
    no_newcomers="這週沒有新朋友加入。",
    welcome_names="歡迎 {names} 加入！",
    new_friends="新朋友們",
    no_goals="這週還沒有設定目標。",
    no_top="這週還沒有統計到發言和打卡。",
    no_expiring="近期沒有快到期的會員。",
    no_place="待定",
    online="線上",
    days_left="還有 {n} 天",
    day_left="還有 1 天",
    expires_today="今天到期",
    value_types={
        ValueType.KNOWLEDGE: "實用知識",
        ValueType.RESOURCE: "人脈資源",
        ValueType.SERVICE: "專屬服務",
        ValueType.BENEFIT: "會員福利",
    },
    thresholds={
        Threshold.INTEREST: "興趣",
        Threshold.IDENTITY: "身分",
        Threshold.PAYMENT: "付費",
        Threshold.PROCESS: "流程",
        Threshold.ACTIVITY: "活躍",
    },
    metrics={
        Metric.MEMBERS_TOTAL: "群成員 {actual} 人",
        Metric.NEW_MEMBERS: "新成員 {actual} 人",
        Metric.ACTIVE_MEMBERS: "平均每天 {actual} 人發言",
        Metric.MESSAGES_PER_DAY: "平均每天 {actual} 則訊息",
        Metric.EVENTS_HELD: "辦了 {actual} 場活動",
        Metric.ATTENDANCE: "打卡／參加 {actual} 人次",
        Metric.REVENUE: "收入 {actual} 元",
    },
    statuses={
        "met": "達標 👍",
        "below": "沒達標",
        "above": "超出目標",
        "in_progress_met": "目前達標",
        "in_progress_below": "還差一點，再加把勁",
        "in_progress_above": "已超過目標",
        "not_enough_data": "資料不足",
    },
    goal="（目標 {band}）",
    all_groups="所有社群",
    top_messages="發言 {n} 則",
    top_checkins="打卡 {n} 次",
    renewal_line="{name}：{date} 到期（{days}）",
)

_EN = Words(
    weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    separator=", ",
    colon=": ",
    free="free",
    no_limit="open",
    people="{n}",
    no_rules="No rules yet: just be kind to each other.",
    no_requirements="share the group's interest and be friendly",
    no_gains="a friendly circle to learn and grow with",
    no_events="Nothing scheduled yet: stay tuned.",
    no_newcomers="No newcomers this week.",
    welcome_names="Welcome {names}!",
    new_friends="everyone new",
    no_goals="No goals set for this week yet.",
    no_top="No messages or check-ins counted this week yet.",
    no_expiring="No memberships expiring soon.",
    no_place="to be announced",
    online="online",
    days_left="{n} days left",
    day_left="1 day left",
    expires_today="ends today",
    value_types={
        ValueType.KNOWLEDGE: "practical know-how",
        ValueType.RESOURCE: "contacts and resources",
        ValueType.SERVICE: "members-only service",
        ValueType.BENEFIT: "member perks",
    },
    thresholds={
        Threshold.INTEREST: "Interest",
        Threshold.IDENTITY: "Who",
        Threshold.PAYMENT: "Fee",
        Threshold.PROCESS: "How",
        Threshold.ACTIVITY: "Activity",
    },
    metrics={
        Metric.MEMBERS_TOTAL: "{actual} members",
        Metric.NEW_MEMBERS: "{actual} new members",
        Metric.ACTIVE_MEMBERS: "{actual} people speaking a day",
        Metric.MESSAGES_PER_DAY: "{actual} messages a day",
        Metric.EVENTS_HELD: "{actual} events held",
        Metric.ATTENDANCE: "{actual} check-ins",
        Metric.REVENUE: "¥{actual} income",
    },
    statuses={
        "met": "on target 👍",
        "below": "short of target",
        "above": "above target",
        "in_progress_met": "on target so far",
        "in_progress_below": "a little short so far",
        "in_progress_above": "above target so far",
        "not_enough_data": "not enough data",
    },
    goal=" (goal {band})",
    all_groups="All groups",
    top_messages="{n} messages",
    top_checkins="{n} check-ins",
    renewal_line="{name}: until {date} ({days})",
)

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WORDS = {"zh_CN": _ZH_CN, "zh_TW": _ZH_TW, "en": _EN}


def words_for(language: str) -> Words:
    """The words of a language (zh_CN for one QunDesk has no texts in)."""
    return _WORDS.get(language, _WORDS[DEFAULT_LANGUAGE])


def text_language(language: str) -> str:
    """One of LANGUAGES for a locale name: zh_HK/zh_MO → zh_TW, other zh → zh_CN, else en."""
    if language in LANGUAGES:
        return language
    if language.startswith(("zh_TW", "zh_HK", "zh_MO", "zh_Hant")):
        return "zh_TW"
    return "zh_CN" if language.startswith("zh") else "en"


def day_text(day: dt.date, language: str, *, year: bool = False) -> str:
    """A date as a chat writes it: "11月30日" ("2026年11月30日"), "30 Nov" ("30 Nov 2026")."""
    if language == "en":
        text = f"{day.day} {_MONTHS[day.month - 1]}"  # not %b: that follows the C locale
        return f"{text} {day.year}" if year else text
    text = f"{day.month}月{day.day}日"
    return f"{day.year}年{text}" if year else text


def when_text(start: dt.datetime, end: dt.datetime | None, language: str) -> str:
    """An occurrence's time: "11月28日（周六）14:00–16:00", "Sat 28 Nov 14:00–16:00"."""
    weekday = words_for(language).weekdays[start.weekday()]
    hours = f"{start:%H:%M}"
    if end is not None and end.date() == start.date() and end > start:
        hours += f"–{end:%H:%M}"
    elif end is not None and end.date() != start.date():
        hours += f" – {day_text(end.date(), language)} {end:%H:%M}"
    if language == "en":
        return f"{weekday} {day_text(start.date(), language)} {hours}"
    return f"{day_text(start.date(), language)}（{weekday}）{hours}"


def money_text(minor: int, currency: str, language: str) -> str:
    """A fee as a chat message writes it: "299 元", "29.90 元", "¥299"; the free word for 0."""
    if minor == 0:
        return words_for(language).free
    major, cents = divmod(abs(minor), MINOR_PER_MAJOR)
    amount = f"{major}" if cents == 0 else f"{major}.{cents:02d}"
    if currency != "CNY":
        return f"{amount} {currency}"
    return f"¥{amount}" if language == "en" else f"{amount} 元"


def band_text(low: int, high: int | None, language: str) -> str:
    """A goal band in words: "5–10", "5", "至少 5" / "at least 5"."""
    if high is not None and high != low:
        return f"{low}–{high}"
    if high == low:
        return str(low)
    return f"at least {low}" if language == "en" else f"至少 {low}"
