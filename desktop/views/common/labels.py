"""Translated labels for the codes the data layer stores, shared by every tab.

The English source strings are wrapped in `QCoreApplication.translate("Labels", ...)` so
lupdate collects them; the Chinese comments are the intended translations. Labels are built
on first use and cached; call `reset()` after installing another translator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from desktop import i18n
from desktop.models.core.codes import (
    AttendanceStatus,
    Category,
    CategoryKind,
    Channel,
    EntryKind,
    EventType,
    Lifecycle,
    Metric,
    Period,
    Platform,
    Purpose,
    Role,
    Structure,
    Threshold,
    ValueType,
)
from desktop.models.members.members import MemberStatus
from desktop.models.storage.db import Database


def _platforms() -> dict[str, str]:
    return {
        Platform.WECHAT: QCoreApplication.translate("Labels", "WeChat group"),  # 微信群
        Platform.WECOM: QCoreApplication.translate("Labels", "WeCom customer group"),  # 企业微信
        Platform.QQ: QCoreApplication.translate("Labels", "QQ group"),  # QQ群
        Platform.KNOWLEDGE_PLANET: QCoreApplication.translate("Labels", "Knowledge Planet"),
        Platform.TELEGRAM_DISCORD: QCoreApplication.translate("Labels", "Telegram / Discord"),
        Platform.OFFLINE: QCoreApplication.translate("Labels", "Offline club"),  # 线下
        Platform.OTHER: QCoreApplication.translate("Labels", "Other platform"),  # 其他
    }


def _purposes() -> dict[str, str]:
    return {
        Purpose.SALES: QCoreApplication.translate("Labels", "Sales & repurchase"),  # 增加销售/复购
        Purpose.SERVICE: QCoreApplication.translate("Labels", "Customer service"),  # 服务客户
        Purpose.BRAND: QCoreApplication.translate("Labels", "Brand & influence"),  # 扩大品牌
        Purpose.NETWORKING: QCoreApplication.translate("Labels", "Resource exchange"),  # 资源互换
        Purpose.LEARNING: QCoreApplication.translate("Labels", "Learning & growth"),  # 学习成长
    }


def _value_types() -> dict[str, str]:
    return {
        ValueType.KNOWLEDGE: QCoreApplication.translate("Labels", "Knowledge"),  # 知识
        ValueType.RESOURCE: QCoreApplication.translate("Labels", "Resources"),  # 资源
        ValueType.SERVICE: QCoreApplication.translate("Labels", "Service"),  # 服务
        ValueType.BENEFIT: QCoreApplication.translate("Labels", "Benefits & deals"),  # 利益
    }


def _structures() -> dict[str, str]:
    return {
        Structure.PYRAMID: QCoreApplication.translate("Labels", "Pyramid (one soul figure)"),
        Structure.RING: QCoreApplication.translate("Labels", "Ring (several peer leaders)"),
    }


def _roles() -> dict[str, str]:
    return {
        Role.FOUNDER: QCoreApplication.translate("Labels", "Founder / soul figure"),  # 灵魂人物
        Role.OWNER: QCoreApplication.translate("Labels", "Owner"),  # 群主
        Role.ADMIN: QCoreApplication.translate("Labels", "Admin / secretary"),  # 管理者/小秘书
        Role.LEADER: QCoreApplication.translate("Labels", "Leader / expert"),  # 领导者
        Role.SPOKESPERSON: QCoreApplication.translate("Labels", "Spokesperson"),  # 代言人
        Role.ACTIVE: QCoreApplication.translate("Labels", "Active member"),  # 活跃分子
        Role.SEED: QCoreApplication.translate("Labels", "Seed user"),  # 种子用户
        Role.FOLLOWER: QCoreApplication.translate("Labels", "Follower"),  # 追随者
    }


def _thresholds() -> dict[str, str]:
    return {
        Threshold.INTEREST: QCoreApplication.translate("Labels", "Interest"),  # 兴趣门槛
        Threshold.IDENTITY: QCoreApplication.translate("Labels", "Identity"),  # 身份门槛
        Threshold.PAYMENT: QCoreApplication.translate("Labels", "Payment"),  # 付费门槛
        Threshold.PROCESS: QCoreApplication.translate("Labels", "Process"),  # 流程门槛
        Threshold.ACTIVITY: QCoreApplication.translate("Labels", "Activity"),  # 活跃门槛
    }


def _stages() -> dict[str, str]:
    return {
        Lifecycle.INTRODUCTION: QCoreApplication.translate("Labels", "Introduction"),  # 引入期
        Lifecycle.GROWTH: QCoreApplication.translate("Labels", "Growth"),  # 成长期
        Lifecycle.MATURITY: QCoreApplication.translate("Labels", "Maturity"),  # 成熟期
        Lifecycle.DECLINE: QCoreApplication.translate("Labels", "Decline"),  # 衰退期
        Lifecycle.DISSOLVED: QCoreApplication.translate("Labels", "Dissolved"),  # 解散
    }


def _metrics() -> dict[str, str]:
    return {
        Metric.MEMBERS_TOTAL: QCoreApplication.translate("Labels", "Members total"),  # 成员总数
        Metric.NEW_MEMBERS: QCoreApplication.translate("Labels", "New members"),  # 新成员
        Metric.ACTIVE_MEMBERS: QCoreApplication.translate("Labels", "Active members"),  # 活跃成员
        Metric.MESSAGES_PER_DAY: QCoreApplication.translate("Labels", "Messages per day"),
        Metric.EVENTS_HELD: QCoreApplication.translate("Labels", "Events held"),  # 活动场次
        Metric.ATTENDANCE: QCoreApplication.translate("Labels", "Event attendance"),  # 出席人次
        Metric.REVENUE: QCoreApplication.translate("Labels", "Revenue"),  # 收入
    }


def _periods() -> dict[str, str]:
    return {
        Period.WEEK: QCoreApplication.translate("Labels", "per week"),  # 每周
        Period.MONTH: QCoreApplication.translate("Labels", "per month"),  # 每月
    }


def _event_types() -> dict[str, str]:
    return {
        EventType.LECTURE: QCoreApplication.translate("Labels", "Online lecture"),  # 线上讲座
        EventType.SALON: QCoreApplication.translate("Labels", "Offline salon"),  # 线下沙龙
        EventType.QA: QCoreApplication.translate("Labels", "Q&A"),  # 答疑
        EventType.CHECKIN: QCoreApplication.translate("Labels", "Check-in challenge"),  # 打卡
        EventType.CONTENT: QCoreApplication.translate("Labels", "Daily content"),  # 每日内容
        EventType.WELCOME: QCoreApplication.translate("Labels", "Welcome ritual"),  # 欢迎仪式
        EventType.AUCTION: QCoreApplication.translate("Labels", "Auction"),  # 拍卖
        EventType.CROWDFUNDING: QCoreApplication.translate("Labels", "Crowdfunding"),  # 众筹
        EventType.OTHER: QCoreApplication.translate("Labels", "Other activity"),  # 其他
    }


def _attendance() -> dict[str, str]:
    return {
        AttendanceStatus.SIGNED_UP: QCoreApplication.translate("Labels", "Signed up"),  # 已报名
        AttendanceStatus.ATTENDED: QCoreApplication.translate("Labels", "Attended"),  # 已出席
    }


def _entry_kinds() -> dict[str, str]:
    return {
        EntryKind.INCOME: QCoreApplication.translate("Labels", "Income"),  # 收入
        EntryKind.EXPENSE: QCoreApplication.translate("Labels", "Expense"),  # 支出
    }


def _categories() -> dict[str, str]:
    return {
        Category.MEMBERSHIP: QCoreApplication.translate("Labels", "Paid membership"),  # 会员费
        Category.TICKET: QCoreApplication.translate("Labels", "Lecture tickets"),  # 门票
        Category.OFFLINE_TICKET: QCoreApplication.translate(
            "Labels", "Offline event tickets"
        ),  # 线下活动门票
        Category.COURSE: QCoreApplication.translate("Labels", "Courses"),  # 课程
        Category.PRODUCT: QCoreApplication.translate("Labels", "Product sales"),  # 产品销售
        Category.AUCTION: QCoreApplication.translate("Labels", "Auction"),  # 拍卖
        Category.CROWDFUNDING: QCoreApplication.translate("Labels", "Crowdfunding"),  # 众筹
        Category.CONSULTING: QCoreApplication.translate("Labels", "Consulting"),  # 咨询
        Category.SPONSORSHIP: QCoreApplication.translate("Labels", "Sponsorship"),  # 赞助
        Category.REFERRAL: QCoreApplication.translate("Labels", "Referral fees"),  # 推荐佣金
        Category.PARTNER_DEAL: QCoreApplication.translate("Labels", "Partner deal"),  # 合作分成
        Category.OTHER_INCOME: QCoreApplication.translate("Labels", "Other income"),  # 其他收入
        Category.VENUE: QCoreApplication.translate("Labels", "Venue"),  # 场地
        Category.GIFTS: QCoreApplication.translate("Labels", "Gifts"),  # 礼品
        Category.ADS: QCoreApplication.translate("Labels", "Advertising"),  # 广告
        Category.TOOLS: QCoreApplication.translate("Labels", "Tools"),  # 工具
        Category.SPEAKER_FEE: QCoreApplication.translate("Labels", "Speaker fee"),  # 讲师费
        Category.OTHER_EXPENSE: QCoreApplication.translate("Labels", "Other expense"),  # 其他支出
    }


def _category_kinds() -> dict[str, str]:
    return {
        CategoryKind.DIRECT: QCoreApplication.translate("Labels", "Direct income"),  # 直接收入
        CategoryKind.INDIRECT: QCoreApplication.translate("Labels", "Indirect income"),  # 间接收入
        CategoryKind.EXPENSE: QCoreApplication.translate("Labels", "Expense"),  # 支出
    }


def _channels() -> dict[str, str]:
    return {
        Channel.WECHAT_PAY: QCoreApplication.translate("Labels", "WeChat Pay"),  # 微信支付
        Channel.ALIPAY: QCoreApplication.translate("Labels", "Alipay"),  # 支付宝
        Channel.BANK: QCoreApplication.translate("Labels", "Bank transfer"),  # 银行转账
        Channel.CASH: QCoreApplication.translate("Labels", "Cash"),  # 现金
        Channel.OTHER: QCoreApplication.translate("Labels", "Other channel"),  # 其他
    }


def _member_statuses() -> dict[str, str]:
    return {
        MemberStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),  # 在群
        MemberStatus.EXPIRED: QCoreApplication.translate("Labels", "Expired"),  # 已过期
        MemberStatus.LEFT: QCoreApplication.translate("Labels", "Left"),  # 已退群
    }


# Keyed by enum class: codes of different enums share strings ("service", "other"), and a
# StrEnum member hashes like its string, so one flat dict would mix them up.
_BUILDERS: dict[type[StrEnum], Callable[[], dict[str, str]]] = {
    Platform: _platforms,
    Purpose: _purposes,
    ValueType: _value_types,
    Structure: _structures,
    Role: _roles,
    Threshold: _thresholds,
    Lifecycle: _stages,
    Metric: _metrics,
    Period: _periods,
    EventType: _event_types,
    AttendanceStatus: _attendance,
    EntryKind: _entry_kinds,
    Category: _categories,
    CategoryKind: _category_kinds,
    Channel: _channels,
    MemberStatus: _member_statuses,
}
_cache: dict[type[StrEnum], dict[str, str]] = {}

# The owner's own words (the `vocabulary` table), by domain: code -> (Chinese, English).
_ENUM_DOMAINS: dict[type[StrEnum], str] = {
    Role: "role",
    Purpose: "purpose",
    ValueType: "value_type",
    Lifecycle: "lifecycle",
    EventType: "event_type",
    Category: "category",
}
_owner_words: dict[str, dict[str, tuple[str, str]]] = {}


def _apply_owner_words(enum: type[StrEnum], found: dict[str, str]) -> None:
    """Put the owner's word for the UI language over the built-in label; add their entries."""
    words = _owner_words.get(_ENUM_DOMAINS.get(enum, ""), {})
    if not words:
        return
    chinese = QLocale().language() == QLocale.Language.Chinese
    for code, (zh, en) in words.items():
        word = zh if chinese else en
        if not word and code not in found:  # an added entry named in one language only
            word = en or zh or code
        if word:
            found[code] = word


def set_vocabulary(entries: Iterable[tuple[str, str, str, str]]) -> None:
    """Use these (domain, code, label_zh, label_en) words from now on, in their order."""
    _owner_words.clear()
    for domain, code, zh, en in entries:
        _owner_words.setdefault(domain, {})[code] = (zh.strip(), en.strip())
    _cache.clear()


def load_vocabulary(database: Database) -> None:
    """Read the owner's words from `database` (after it was opened or the words changed)."""
    from desktop.models.core.vocabulary import list_vocabulary

    set_vocabulary((e.domain, e.code, e.label_zh, e.label_en) for e in list_vocabulary(database))


def labels(enum: type[StrEnum]) -> dict[str, str]:
    """Every code of an enum mapped to its label, in declaration order."""
    found = _cache.get(enum)
    if found is None:
        built = _BUILDERS[enum]()
        found = {str(code): built[code] for code in enum}
        _apply_owner_words(enum, found)
        _cache[enum] = found
    return found


def label(code: StrEnum) -> str:
    """The label of one enum member, e.g. `label(Platform.WECHAT)`."""
    return labels(type(code))[code.value]


def label_for(enum: type[StrEnum], code: str | None) -> str:
    """The label of a stored code string; an unknown (owner-defined) code shows as itself."""
    if code is None:
        return ""
    return labels(enum).get(code, code)


def builtin_label(enum: type[StrEnum], code: str) -> str:
    """The app's own label of a code, ignoring the owner's words ("" for an added code)."""
    return _BUILDERS[enum]().get(code, "")


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, label) pairs in declaration order, for combo boxes and check lists."""
    return list(labels(enum).items())


def reset() -> None:
    """Forget cached labels, e.g. after a translator was installed or removed.

    The owner's words stay; `set_vocabulary(())` forgets them.
    """
    _cache.clear()


i18n.on_translators_changed(reset)  # labels cached in one language are stale in another
