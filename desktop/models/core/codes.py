"""Domain codes stored in the database; views translate them into labels."""

from __future__ import annotations

from enum import StrEnum


class Platform(StrEnum):
    WECHAT = "wechat"
    WECOM = "wecom"
    QQ = "qq"
    KNOWLEDGE_PLANET = "knowledge_planet"
    TELEGRAM_DISCORD = "telegram_discord"
    OFFLINE = "offline"
    OTHER = "other"


# Default member capacity per platform; None means "no fixed limit". QQ depends on the
# group's level (200/500/1000/2000), so 500 is only the common starting point.
DEFAULT_CAPACITY: dict[Platform, int | None] = {
    Platform.WECHAT: 500,
    Platform.WECOM: 500,
    Platform.QQ: 500,
    Platform.KNOWLEDGE_PLANET: None,
    Platform.TELEGRAM_DISCORD: None,
    Platform.OFFLINE: None,
    Platform.OTHER: None,
}


class Purpose(StrEnum):
    SALES = "sales"  # 增加销售/复购
    SERVICE = "service"  # 服务客户
    BRAND = "brand"  # 扩大品牌
    NETWORKING = "networking"  # 资源互换
    LEARNING = "learning"  # 学习成长


class ValueType(StrEnum):
    KNOWLEDGE = "knowledge"
    RESOURCE = "resource"
    SERVICE = "service"
    BENEFIT = "benefit"


class Structure(StrEnum):
    PYRAMID = "pyramid"  # 金字塔型
    RING = "ring"  # 环形


class Role(StrEnum):
    """Roles in a group, highest first (the order of `ROLE_RANK`)."""

    FOUNDER = "founder"  # 灵魂人物
    OWNER = "owner"  # 群主
    ADMIN = "admin"  # 管理者/小秘书
    LEADER = "leader"  # 意见领袖/骨干
    SPOKESPERSON = "spokesperson"  # 代言人
    ACTIVE = "active"  # 活跃分子
    SEED = "seed"  # 种子用户
    FOLLOWER = "follower"  # 追随者


ROLE_RANK: dict[Role, int] = {role: rank for rank, role in enumerate(Role)}


class Threshold(StrEnum):
    INTEREST = "interest"
    IDENTITY = "identity"
    PAYMENT = "payment"
    PROCESS = "process"
    ACTIVITY = "activity"


class Lifecycle(StrEnum):
    INTRODUCTION = "introduction"  # 引入期
    GROWTH = "growth"  # 成长期
    MATURITY = "maturity"  # 成熟期
    DECLINE = "decline"  # 衰退期
    DISSOLVED = "dissolved"  # 解散


class EventType(StrEnum):
    LECTURE = "lecture"
    SALON = "salon"
    QA = "qa"
    CHECKIN = "checkin"
    CONTENT = "content"
    WELCOME = "welcome"
    AUCTION = "auction"
    CROWDFUNDING = "crowdfunding"
    OTHER = "other"


class AttendanceStatus(StrEnum):
    SIGNED_UP = "signed_up"
    ATTENDED = "attended"


class EntryKind(StrEnum):
    INCOME = "income"
    EXPENSE = "expense"


class Category(StrEnum):
    # direct income
    MEMBERSHIP = "membership"
    TICKET = "ticket"
    OFFLINE_TICKET = "offline_ticket"
    COURSE = "course"
    PRODUCT = "product"
    AUCTION = "auction"
    CROWDFUNDING = "crowdfunding"
    CONSULTING = "consulting"
    # indirect income
    SPONSORSHIP = "sponsorship"
    REFERRAL = "referral"
    PARTNER_DEAL = "partner_deal"
    OTHER_INCOME = "other_income"
    # expenses
    VENUE = "venue"
    GIFTS = "gifts"
    ADS = "ads"
    TOOLS = "tools"
    SPEAKER_FEE = "speaker_fee"
    OTHER_EXPENSE = "other_expense"


DIRECT_CATEGORIES = frozenset(
    {
        Category.MEMBERSHIP,
        Category.TICKET,
        Category.OFFLINE_TICKET,
        Category.COURSE,
        Category.PRODUCT,
        Category.AUCTION,
        Category.CROWDFUNDING,
        Category.CONSULTING,
    }
)
INDIRECT_CATEGORIES = frozenset(
    {Category.SPONSORSHIP, Category.REFERRAL, Category.PARTNER_DEAL, Category.OTHER_INCOME}
)
EXPENSE_CATEGORIES = frozenset(
    {
        Category.VENUE,
        Category.GIFTS,
        Category.ADS,
        Category.TOOLS,
        Category.SPEAKER_FEE,
        Category.OTHER_EXPENSE,
    }
)


# Tickets to an event: an event's profit counts these as its ticket income.
TICKET_CATEGORIES = frozenset({Category.TICKET, Category.OFFLINE_TICKET})


class CategoryKind(StrEnum):
    """How a ledger category counts: direct income, indirect income or an expense."""

    DIRECT = "direct"  # 直接收入
    INDIRECT = "indirect"  # 间接收入
    EXPENSE = "expense"  # 支出


# The owner's own categories carry their kind in the code ("custom_direct_training"), so
# every summary classifies them without reading the vocabulary table.
CUSTOM_PREFIX = "custom_"


def custom_category_prefix(kind: CategoryKind) -> str:
    """The start of every code of an added category of `kind`."""
    return f"{CUSTOM_PREFIX}{kind.value}_"


def category_kind(code: str) -> CategoryKind | None:
    """Direct, indirect or expense for a built-in or added category; None when unknown."""
    if code in DIRECT_CATEGORIES:
        return CategoryKind.DIRECT
    if code in INDIRECT_CATEGORIES:
        return CategoryKind.INDIRECT
    if code in EXPENSE_CATEGORIES:
        return CategoryKind.EXPENSE
    for kind in CategoryKind:
        if code.startswith(custom_category_prefix(kind)):
            return kind
    return None


def direct_category_sql(column: str = "category") -> str:
    """An SQL condition true for direct-income categories, the owner's own included."""
    builtin = ", ".join(f"'{c}'" for c in sorted(DIRECT_CATEGORIES))
    prefix = custom_category_prefix(CategoryKind.DIRECT)
    return f"({column} IN ({builtin}) OR {column} GLOB '{prefix}*')"


class Channel(StrEnum):
    WECHAT_PAY = "wechat_pay"
    ALIPAY = "alipay"
    BANK = "bank"
    CASH = "cash"
    OTHER = "other"


class Metric(StrEnum):
    MEMBERS_TOTAL = "members_total"
    NEW_MEMBERS = "new_members"
    ACTIVE_MEMBERS = "active_members"
    MESSAGES_PER_DAY = "messages_per_day"
    EVENTS_HELD = "events_held"
    ATTENDANCE = "attendance"
    REVENUE = "revenue"


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"


def codes(enum: type[StrEnum]) -> tuple[str, ...]:
    """All code strings of an enum, in declaration order."""
    return tuple(member.value for member in enum)
