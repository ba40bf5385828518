"""The demo's fixed data: name pools, the five groups' plans, event series, one-offs, partners."""

from __future__ import annotations

import datetime as dt
import itertools
import string
from dataclasses import dataclass

from desktop.models.core.codes import (
    Category,
    Channel,
    EventType,
    Lifecycle,
    Platform,
    Purpose,
    Role,
    Structure,
    Threshold,
    ValueType,
)

DAY = dt.timedelta(days=1)
WINDOW_DAYS = 365  # events, activity and most money cover the last year
FUTURE_DAYS = 30  # the calendar also holds the coming month
VIP_FEE = 29900
EARLY_BIRD_FEE = 19900


# ---------------------------------------------------------------- name pools
def _words(text: str) -> tuple[str, ...]:
    """The space-separated words of a pool; long pools read better as one string."""
    return tuple(text.split())


# Weighted like real frequency: 王/李/张 are everywhere; polyphonic (曾 单 解 乐 仇 区 查)
# and compound surnames are rarer but must exist, because pinyin search has to handle them.
_SURNAME_TIERS: tuple[tuple[str, int], ...] = (
    ("王 李 张 刘 陈", 16),
    ("杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗", 6),
    (
        "郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 "
        "沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 "
        "雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤",
        2,
    ),
    ("单 解 乐 仇 区 查 朴 盖 缪 欧阳 司马 诸葛 上官 尉迟", 1),
)
SURNAMES = tuple(s for names, _ in _SURNAME_TIERS for s in _words(names))
SURNAME_CUM = tuple(itertools.accumulate(w for names, w in _SURNAME_TIERS for _ in _words(names)))
# Given names come from a fixed pool: a pinyin search key costs ~0.2 ms per distinct name,
# so the pool (about 11,000 full names) bounds that cost while big rosters have namesakes.
# 乐乐, 长乐 and 重阳 are polyphonic too.
GIVEN_TWO = _words(
    "子涵 浩然 欣怡 梓轩 雨泽 思琪 佳怡 一诺 晨阳 俊熙 梦瑶 雅婷 志强 建华 秀英 丽娟 文博 宇航 "
    "诗涵 若曦 嘉怡 明轩 可馨 雨桐 晓燕 海燕 国庆 建军 春梅 桂兰 子墨 沐阳 星辰 晓东 家豪 婉清 "
    "静怡 博文 梓萱 思远 宏伟 丹丹 婷婷 亚楠 雪梅 红霞 海峰 振宇 晨曦 一鸣 鹏飞 俊杰 慧敏 晓雯 "
    "小雨 乐乐 安琪 语嫣 知远 书瑶 淑芬 美玲 志明 晓峰 欣然 浩宇 若彤 长乐 重阳"
)
GIVEN_ONE = _words(
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 鑫 琳 颖 斌 宁 欣 悦 晨 凯 岚 雪 峰"
)
EMOJI = ("🌸", "🍞", "☕", "🌙", "🍀", "⭐", "🐱", "🌈", "🎈", "🍓")
ENGLISH = _words(
    "Amy Lucy Kevin Jason Coco Lily Vivian Tony Grace Leo Sunny Cherry Eric Momo Yoyo Ken"
)
PHRASES = _words(
    "烘焙小白 面包控 书虫 咖啡续命 追光的人 向阳而生 岁月静好 一颗柠檬 简单就好 努力的蜗牛 "
    "甜品研究所 慢慢来 今天也要加油 读书笔记本 不吃香菜"
)
_TAGS: tuple[tuple[str, int], ...] = (
    ("老客户", 12),
    ("宝妈", 10),
    ("潜在客户", 10),
    ("新人", 8),
    ("复购", 6),
    ("创业者", 5),
    ("学生", 4),
    ("上海", 4),
    ("KOC", 3),
    ("团长", 3),
    ("北京", 3),
    ("深圳", 3),
    ("讲师", 2),
    ("设计师", 2),
    ("摄影师", 2),
    ("杭州", 2),
    ("合伙人", 1),
)
TAG_NAMES = tuple(t for t, _ in _TAGS)
TAG_CUM = tuple(itertools.accumulate(w for _, w in _TAGS))
NOTES = (
    "烘焙工作室老板娘",
    "想学做欧包",
    "孩子上幼儿园，周末有空",
    "做跨境电商",
    "团购常客，爱买吐司",
    "介绍过好几位朋友",
    "上海浦东",
    "北京朝阳",
    "杭州西湖区",
    "深圳南山",
    "设计师，可请教海报",
    "摄影师，活动可以请他拍照",
    "不喜欢被@，私聊沟通",
    "VIP续费犹豫中",
    "咖啡师，沙龙可请来分享",
    "在读研究生",
    "退休教师，热心肠",
    "读书打卡从不缺席",
)
REFERRER_TEXTS = ("朋友圈广告", "小红书", "抖音直播间", "线下活动认识", "张姐", "老王", "Amy")
PHONE_PREFIXES = _words(
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 170 171 "
    "173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199"
)
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "gmail.com", "foxmail.com", "sina.com")
EMAIL_CUM = tuple(itertools.accumulate((40, 25, 10, 10, 10, 5)))
WXID_CHARS = string.ascii_lowercase + string.digits
CHANNELS = tuple(c.value for c in (Channel.WECHAT_PAY, Channel.ALIPAY, Channel.BANK, Channel.CASH))
CHANNEL_CUM = tuple(itertools.accumulate((60, 25, 10, 5)))


# ---------------------------------------------------------------- group plans
@dataclass(frozen=True)
class _GroupSpec:
    """Everything fixed about one demo group; dates are offsets from its creation."""

    name: str
    platform: Platform
    purposes: tuple[Purpose, ...]
    value_types: tuple[ValueType, ...]
    structure: Structure
    theme: str
    audience: str
    mission: str
    capacity: int | None
    fee_minor: int
    fee_period_months: int | None
    age_days: int
    exit_criteria: str
    notes: str
    join_weight: float
    leave_rate: float
    active_rate: float  # share of members who speak on an average day
    msgs_per_active: float
    weekday: tuple[float, float, float, float, float, float, float]  # Monday first
    trend: float  # activity multiplier at today relative to a year ago
    thresholds: tuple[tuple[Threshold, str], ...]
    # (text, edited text or None, retired?)
    rules: tuple[tuple[str, str | None, bool], ...]
    # (stage, days after creation — negative means days before today, note)
    lifecycle: tuple[tuple[Lifecycle, int, str], ...]
    # (core member id, [(role, days after joining)])
    staff: tuple[tuple[int, tuple[tuple[Role, int], ...]], ...]
    products: tuple[tuple[str, int], ...]  # (product, price in fen) sold to members
    sales_weight: float


STAFF_ROLES = frozenset({Role.OWNER, Role.FOUNDER, Role.ADMIN})
SEED_PATH = ((Role.SEED, 0),)
FOLLOWER_PATH = ((Role.FOLLOWER, 0),)
_LEADER_PATH = ((Role.SEED, 0), (Role.ACTIVE, 60), (Role.LEADER, 200))
GROUPS: tuple[_GroupSpec, ...] = (
    _GroupSpec(
        name="烘焙爱好者交流群",
        platform=Platform.QQ,
        purposes=(Purpose.SALES, Purpose.SERVICE),
        value_types=(ValueType.KNOWLEDGE, ValueType.BENEFIT),
        structure=Structure.PYRAMID,
        theme="家庭烘焙：面包、蛋糕、饼干的配方与技巧",
        audience="喜欢在家做烘焙的宝妈和上班族",
        mission="让每个人都能在家烤出好吃的面包，顺便买到靠谱的原料和工具",
        capacity=500,
        fee_minor=0,
        fee_period_months=None,
        age_days=880,
        exit_criteria="连续三个月未发言且未购买的成员会被请出",
        notes="主要变现渠道：原料团购和直播课",
        join_weight=0.32,
        leave_rate=0.10,
        active_rate=0.14,
        msgs_per_active=7.0,
        weekday=(0.9, 0.9, 0.95, 1.0, 1.1, 1.35, 1.3),
        trend=1.1,
        thresholds=(
            (Threshold.INTEREST, "热爱烘焙，至少在家做过一次面包或蛋糕"),
            (Threshold.PROCESS, "由老成员邀请，入群后按格式修改群昵称"),
        ),
        rules=(
            ("禁止发布与烘焙无关的广告和链接，违者移出群聊", None, False),
            (
                "晒图请附上配方和烤箱温度，方便大家交流",
                "晒图请附配方、烤箱型号和温度，方便大家复刻",
                False,
            ),
            ("团购接龙请使用群公告里的小程序，不要刷屏", None, False),
            ("晚上11点后请勿@全体成员", None, True),
            ("新人入群请按格式修改群昵称：城市-昵称-烘焙年限", None, False),
        ),
        lifecycle=(
            (Lifecycle.INTRODUCTION, 0, "老客户拉群试运营"),
            (Lifecycle.GROWTH, 80, "开始每周团购接龙，人数快速增长"),
            (Lifecycle.MATURITY, 450, "群规稳定，复购率保持在三成以上"),
        ),
        staff=(
            (1, ((Role.OWNER, 0),)),
            (2, ((Role.FOUNDER, 0),)),
            (4, ((Role.SEED, 0), (Role.ADMIN, 45))),
            (12, ((Role.FOLLOWER, 0), (Role.ACTIVE, 60), (Role.SPOKESPERSON, 200))),
        ),
        products=(
            ("原味吐司", 2880),
            ("欧包礼盒", 12800),
            ("烘焙原料套装", 19900),
            ("不粘吐司模具", 6900),
            ("进口黄油 500g", 5800),
            ("零基础烘焙录播课", 29900),
        ),
        sales_weight=0.5,
    ),
    _GroupSpec(
        name="读书会·每日干货",
        platform=Platform.KNOWLEDGE_PLANET,
        purposes=(Purpose.LEARNING, Purpose.BRAND),
        value_types=(ValueType.KNOWLEDGE,),
        structure=Structure.PYRAMID,
        theme="每天一张知识卡片，每周一次共读直播",
        audience="想养成阅读习惯的职场人",
        mission="一年读完 24 本好书，把书里的方法用到工作里",
        capacity=None,
        fee_minor=0,
        fee_period_months=None,
        age_days=720,
        exit_criteria="连续两个月未打卡者移出；年度书单读完后可自愿毕业",
        notes="干货群：安静是正常的，刷屏反而偏离目标",
        join_weight=0.30,
        leave_rate=0.08,
        active_rate=0.05,
        msgs_per_active=1.6,
        weekday=(1.1, 1.05, 1.2, 1.0, 0.95, 0.8, 0.85),
        trend=1.0,
        thresholds=(
            (Threshold.INTEREST, "每年阅读 10 本书以上"),
            (Threshold.ACTIVITY, "入群一个月内完成至少 2 次读书打卡"),
            (Threshold.PROCESS, "填写入群申请表并做自我介绍"),
        ),
        rules=(
            ("每日干货10点发布，发布前后10分钟请勿聊天", None, False),
            (
                "每周至少完成一次读书打卡，连续一个月未打卡将移出",
                "每月至少完成两次读书打卡，连续两个月未打卡将移出",
                False,
            ),
            ("分享书籍请注明书名、作者和一句推荐语", None, False),
            ("禁止分享盗版电子书", None, False),
            ("周末禁止讨论与读书无关的话题", None, True),
        ),
        lifecycle=(
            (Lifecycle.INTRODUCTION, 0, "从公众号读者里招募第一批种子用户"),
            (Lifecycle.GROWTH, 100, "上线每日干货，口碑裂变"),
            (Lifecycle.MATURITY, 520, "共读直播固定在每周三晚"),
        ),
        staff=(
            (1, ((Role.OWNER, 0),)),
            (3, ((Role.FOUNDER, 0),)),
            (5, ((Role.SEED, 0), (Role.ADMIN, 30))),
            (12, ((Role.SEED, 0), (Role.ACTIVE, 90), (Role.LEADER, 300))),
        ),
        products=(
            ("《高效能人士的七个习惯》", 5900),
            ("《非暴力沟通》", 4900),
            ("年度书单礼盒", 26800),
            ("21天阅读训练营", 49900),
        ),
        sales_weight=0.2,
    ),
    _GroupSpec(
        name="创业者资源互换圈",
        platform=Platform.WECOM,
        purposes=(Purpose.NETWORKING,),
        value_types=(ValueType.RESOURCE,),
        structure=Structure.RING,
        theme="创业者之间的资源对接：渠道、供应链、投资人",
        audience="早期创业公司的创始人和合伙人",
        mission="让每位成员每季度至少对接成功一个有用的资源",
        capacity=500,
        fee_minor=0,
        fee_period_months=None,
        age_days=1040,
        exit_criteria="每季度至少参加一次对接会；目标达成后可考虑解散",
        notes="几位意见领袖轮流主持，没有单一灵魂人物",
        join_weight=0.14,
        leave_rate=0.22,
        active_rate=0.08,
        msgs_per_active=4.0,
        weekday=(1.2, 1.15, 1.1, 1.1, 1.0, 0.5, 0.45),
        trend=0.55,
        thresholds=(
            (Threshold.IDENTITY, "企业创始人、合伙人或高管（需验证名片）"),
            (Threshold.PROCESS, "两位群成员推荐，加群主面谈"),
            (Threshold.ACTIVITY, "每季度至少参加一次资源对接会"),
        ),
        rules=(
            ("自我介绍模板：姓名+公司+能提供的资源+需要的资源", None, False),
            (
                "对接资源请私聊，群内只发需求摘要",
                "对接资源请私聊，群内只发需求摘要，每人每天最多2条",
                False,
            ),
            ("禁止群发微商广告", None, False),
            ("每月对接会缺席三次者移出", None, True),
        ),
        lifecycle=(
            (Lifecycle.GROWTH, 0, "由老群迁移而来，直接进入成长期"),
            (Lifecycle.MATURITY, 300, "每月对接会固定举办"),
            (Lifecycle.DECLINE, -150, "几位核心成员换了赛道，话题变少"),
        ),
        staff=(
            (1, ((Role.OWNER, 0),)),
            (6, _LEADER_PATH),
            (7, ((Role.SEED, 0), (Role.ACTIVE, 30), (Role.LEADER, 120))),
            (8, _LEADER_PATH),
            (9, ((Role.FOLLOWER, 0), (Role.ACTIVE, 90), (Role.LEADER, 250))),
            (11, ((Role.FOLLOWER, 0), (Role.ADMIN, 20))),
        ),
        products=(),
        sales_weight=0.0,
    ),
    _GroupSpec(
        name="VIP付费会员群",
        platform=Platform.WECHAT,
        purposes=(Purpose.SALES, Purpose.SERVICE),
        value_types=(ValueType.SERVICE, ValueType.BENEFIT),
        structure=Structure.PYRAMID,
        theme="付费会员专属：答疑、福利价、线下见面会",
        audience="买过课程、愿意长期学习的老学员",
        mission="让付费会员一年内至少省回年费，并得到一对一的帮助",
        capacity=200,
        fee_minor=VIP_FEE,
        fee_period_months=12,
        age_days=540,
        exit_criteria="年费到期3天内未续费自动移出",
        notes="年费299元；第一个月早鸟价199元",
        join_weight=0.10,
        leave_rate=0.12,
        active_rate=0.2,
        msgs_per_active=3.0,
        weekday=(1.0, 1.0, 1.0, 1.25, 1.0, 0.9, 0.9),
        trend=1.15,
        thresholds=(
            (Threshold.PAYMENT, "年费 299 元，到期未续费移出"),
            (Threshold.IDENTITY, "已购买过任意一门课程的老学员"),
            (Threshold.PROCESS, "付款后参加每月 1 号的新人欢迎仪式"),
        ),
        rules=(
            ("会员资格仅限本人使用，禁止转让或分享群内资料", None, False),
            ("续费请在到期前7天内完成，逾期移出", "续费请在到期前15天内完成，逾期3天后移出", False),
            ("专属答疑每周四晚9点，问题请提前在群接龙提交", None, False),
            ("禁止私下拉群挖角会员", None, False),
            ("每月1号新人欢迎仪式，请新人准备30秒自我介绍", None, False),
            ("群内交易需通过群主担保", None, True),
        ),
        lifecycle=(
            (Lifecycle.INTRODUCTION, 0, "早鸟价招募首批会员"),
            (Lifecycle.GROWTH, 120, "老学员口碑推荐，续费率稳定"),
        ),
        staff=(
            (1, ((Role.OWNER, 0),)),
            (2, ((Role.FOUNDER, 0),)),
            (4, ((Role.FOLLOWER, 0), (Role.ADMIN, 20))),
            (13, ((Role.FOLLOWER, 0), (Role.ACTIVE, 45), (Role.SPOKESPERSON, 180))),
        ),
        products=(("会员专享原料团购", 15800), ("私域运营实战课", 39900), ("会员周边帆布包", 4900)),
        sales_weight=0.2,
    ),
    _GroupSpec(
        name="城市咖啡沙龙",
        platform=Platform.OFFLINE,
        purposes=(Purpose.NETWORKING, Purpose.BRAND),
        value_types=(ValueType.RESOURCE, ValueType.KNOWLEDGE),
        structure=Structure.RING,
        theme="每月一次线下咖啡沙龙，聊咖啡也聊生活",
        audience="上海喜欢咖啡、愿意线下交流的年轻人",
        mission="深度胜过人数：每期30人以内，让每个人都有机会发言",
        capacity=80,
        fee_minor=0,
        fee_period_months=None,
        age_days=420,
        exit_criteria="半年内未参加任何一次沙龙的成员会被请出",
        notes="与联合主理人王建华合办，场地由他负责",
        join_weight=0.14,
        leave_rate=0.10,
        active_rate=0.06,
        msgs_per_active=3.0,
        weekday=(0.8, 0.8, 0.9, 0.9, 1.1, 1.5, 1.2),
        trend=1.05,
        thresholds=(
            (Threshold.INTEREST, "喜欢咖啡、愿意线下交流"),
            (Threshold.IDENTITY, "常住上海"),
            (Threshold.ACTIVITY, "半年内至少参加一次沙龙"),
        ),
        rules=(
            ("活动报名后无法参加请提前24小时告知", None, False),
            ("每期沙龙名额30人，先到先得", "每期沙龙名额30人，老成员优先，剩余名额开放报名", False),
            ("沙龙现场请勿推销产品", None, False),
            ("每次沙龙后请在群里分享一条收获", None, True),
        ),
        lifecycle=(
            (Lifecycle.INTRODUCTION, 0, "第一期沙龙 12 人"),
            (Lifecycle.GROWTH, 150, "每期报名都超过名额"),
        ),
        staff=(
            (1, ((Role.OWNER, 0),)),
            (7, ((Role.SEED, 0), (Role.LEADER, 60))),
            (9, _LEADER_PATH),
            (10, ((Role.SEED, 0), (Role.ACTIVE, 40), (Role.LEADER, 150))),
            (5, ((Role.FOLLOWER, 0), (Role.ADMIN, 30))),
            (13, ((Role.FOLLOWER, 0), (Role.SPOKESPERSON, 100))),
        ),
        products=(("精品咖啡豆 250g", 9800), ("手冲壶套装", 26800)),
        sales_weight=0.1,
    ),
)

# The owner (member 1) and the core people every group's staff is drawn from:
# (name, nickname, wechat id, phone, tags, notes).
CORE: tuple[tuple[str, str, str, str, tuple[str, ...], str], ...] = (
    (
        "林晓岚",
        "岚姐·群主",
        "lin_xiaolan",
        "13817520634",
        ("讲师", "合伙人"),
        "我自己（所有群的群主）",
    ),
    ("陈雅琴", "陈老师🍞", "chenyaqin_bake", "13901718826", ("讲师",), "烘焙讲师，十年面包师"),
    ("周子墨", "墨白", "zhouzimo1988", "18621093375", ("讲师",), "读书会领读人"),
    (
        "单晓雯",
        "小秘书雯雯",
        "wxid_shan0xw2021",
        "15800213947",
        ("合伙人",),
        "兼职小秘书，负责接龙",
    ),
    ("曾可欣", "可欣", "zengkexin_", "", ("老客户",), "读书会和沙龙的管理员"),
    ("解明哲", "明哲", "xie_mingzhe", "13552870091", ("创业者", "合伙人"), "供应链创业者"),
    ("乐嘉怡", "🌸嘉怡", "yuejiayi", "18817764410", ("创业者",), "品牌设计工作室"),
    ("仇志远", "老仇", "qiuzhiyuan77", "13601988257", ("创业者",), "天使投资人"),
    ("欧阳晨", "Leo", "ouyangchen", "17721350086", ("创业者", "KOC"), "咖啡馆主理人"),
    ("区美玲", "美玲", "ou_meiling", "", ("摄影师",), "活动摄影"),
    ("查文博", "文博", "zhawenbo", "13916604738", ("创业者",), ""),
    ("诸葛小萌", "萌萌🌸", "zhuge_xm", "15021398864", ("宝妈", "KOC"), "带来很多新朋友"),
    ("朴智媛", "智媛", "piao_zhiyuan", "18516627753", ("老客户",), "VIP 老会员，乐于分享"),
)


@dataclass(frozen=True)
class SeriesSpec:
    """A recurring event; `rrule` may contain {until}, filled in relative to today."""

    group: int
    title: str
    type: EventType
    rrule: str
    begin: int  # first possible day, as days after the window start
    at: str  # local start time, HH:MM
    minutes: int
    host: int  # core member id
    online: bool = True
    location: str = ""
    capacity: int | None = None
    fee: int = 0
    cost: int = 0
    cost_category: Category = Category.VENUE
    attend_rate: float = 0.0  # 0: no check-ins are kept (content posts)
    notes: str = ""


# fmt: off
SERIES: tuple[SeriesSpec, ...] = (
    SeriesSpec(0, "新品预告与团购接龙", EventType.CONTENT, "FREQ=WEEKLY;BYDAY=TU,FR",
                begin=5, at="12:00", minutes=15, host=1,
                notes="周二、周五中午发布，接龙截止晚上8点"),
    SeriesSpec(0, "直播课：烘焙基础", EventType.LECTURE, "FREQ=MONTHLY;BYDAY=2SA",
                begin=0, at="19:30", minutes=90, host=2, location="视频号直播",
                capacity=200, fee=9900, attend_rate=0.06),
    SeriesSpec(0, "21天面包打卡挑战", EventType.CHECKIN, "FREQ=DAILY;COUNT=21",
                begin=200, at="08:00", minutes=840, host=4, capacity=60, attend_rate=0.3,
                notes="每天晒一张自己做的面包"),
    SeriesSpec(1, "每日干货：10点知识卡片", EventType.CONTENT, "FREQ=DAILY",
                begin=0, at="10:00", minutes=10, host=3),
    SeriesSpec(1, "共读直播", EventType.LECTURE, "FREQ=WEEKLY;BYDAY=WE",
                begin=1, at="20:00", minutes=90, host=3, location="腾讯会议",
                attend_rate=0.1, notes="每周三晚8点，节假日停一次"),
    SeriesSpec(1, "月度读书复盘", EventType.QA, "FREQ=MONTHLY;BYMONTHDAY=1",
                begin=10, at="21:00", minutes=60, host=5, location="腾讯会议",
                capacity=100, attend_rate=0.05),
    SeriesSpec(2, "资源对接会", EventType.SALON, "FREQ=MONTHLY;BYDAY=-1TH;UNTIL={until}",
                begin=0, at="19:30", minutes=120, host=6, online=False,
                location="深圳·南山 创业咖啡", capacity=40, cost=60000, attend_rate=0.2,
                notes="群进入衰退期后暂停"),
    SeriesSpec(2, "创业者周一早报", EventType.CONTENT, "FREQ=WEEKLY;BYDAY=MO;COUNT=20",
                begin=120, at="08:30", minutes=10, host=11),
    SeriesSpec(3, "新人欢迎仪式", EventType.WELCOME, "FREQ=MONTHLY;BYMONTHDAY=1",
                begin=0, at="20:00", minutes=30, host=4, location="群语音", capacity=100,
                attend_rate=0.8, notes="上个月入群的新会员"),
    SeriesSpec(3, "VIP专属答疑", EventType.QA, "FREQ=WEEKLY;BYDAY=TH",
                begin=3, at="21:00", minutes=60, host=2, location="群直播", capacity=100,
                attend_rate=0.15),
    SeriesSpec(4, "城市咖啡沙龙·月度主题", EventType.SALON, "FREQ=MONTHLY;BYDAY=2SA",
                begin=0, at="14:00", minutes=180, host=7, online=False,
                location="上海·静安 梧桐咖啡馆", capacity=30, fee=6800, cost=80000,
                attend_rate=0.2),
)


@dataclass(frozen=True)
class OneOffSpec:
    """A kind of one-off event, held `times` times on random days of the year."""

    group: int
    title: str
    type: EventType
    times: int
    at: str  # local start hour, HH:00 (the minutes become :00 or :30 at random)
    minutes: int
    online: bool = True
    location: str = ""
    capacity: int | None = None
    fee: int = 0
    cost: int = 0
    cost_category: Category = Category.VENUE
    attend_rate: float = 0.1


# fmt: off
ONE_OFFS: tuple[OneOffSpec, ...] = (
    OneOffSpec(0, "线下烘焙体验课：法式可颂", EventType.SALON, 3, "14:00", 180, online=False,
                location="上海·徐汇 烘焙教室", capacity=16, fee=19900, cost=120000),
    OneOffSpec(0, "烘焙工具拍卖会", EventType.AUCTION, 2, "20:00", 60, attend_rate=0.08),
    OneOffSpec(0, "答疑：面团发酵失败怎么办", EventType.QA, 2, "21:00", 60, attend_rate=0.06),
    OneOffSpec(0, "嘉宾直播：日式软欧包", EventType.LECTURE, 2, "20:00", 90,
                location="视频号直播", capacity=300, fee=4900, cost=200000,
                cost_category=Category.SPEAKER_FEE),
    OneOffSpec(1, "作者见面会", EventType.LECTURE, 2, "15:00", 120, online=False,
                location="上海·黄浦 钟书阁", capacity=50, fee=3900, cost=150000,
                cost_category=Category.SPEAKER_FEE),
    OneOffSpec(1, "年度书单发布", EventType.LECTURE, 1, "20:00", 60, location="腾讯会议"),
    OneOffSpec(1, "好书拍卖（作者签名版）", EventType.AUCTION, 2, "20:00", 45,
                attend_rate=0.05),
    OneOffSpec(1, "新人欢迎仪式", EventType.WELCOME, 3, "20:00", 30, attend_rate=0.8),
    OneOffSpec(2, "创业项目路演", EventType.SALON, 2, "14:00", 180, online=False,
                location="深圳·南山 科技园", capacity=60, cost=200000),
    OneOffSpec(2, "投资人问答", EventType.QA, 2, "20:00", 90),
    OneOffSpec(2, "众筹：共享办公室", EventType.CROWDFUNDING, 1, "20:00", 60),
    OneOffSpec(3, "VIP年度见面会", EventType.SALON, 1, "13:00", 240, online=False,
                location="上海·静安 会议中心", capacity=120, cost=300000),
    OneOffSpec(3, "会员专属直播：私域运营", EventType.LECTURE, 3, "20:00", 90,
                location="群直播"),
    OneOffSpec(3, "会员福利拍卖", EventType.AUCTION, 2, "21:00", 45, attend_rate=0.2),
    OneOffSpec(4, "手冲咖啡体验课", EventType.SALON, 3, "15:00", 120, online=False,
                location="上海·静安 梧桐咖啡馆", capacity=12, fee=12800, cost=50000,
                attend_rate=0.3),
    OneOffSpec(4, "咖啡豆盲品会", EventType.SALON, 2, "14:00", 120, online=False,
                location="上海·长宁 豆仓", capacity=20, fee=5800, cost=30000, attend_rate=0.3),
    OneOffSpec(4, "户外咖啡市集", EventType.OTHER, 1, "10:00", 360, online=False,
                location="上海·徐汇 西岸", attend_rate=0.2),
)


OUTCOMES: dict[EventType, tuple[str, ...]] = {
    EventType.SALON: (
        "大家聊得很深入，约好下次继续",
        "3 位新朋友当场加入 VIP",
        "场地略挤，下次限 20 人",
    ),
    EventType.LECTURE: ("回放观看量超过直播", "提问踊跃，讲师答到很晚", "课后 5 人购买了录播课"),
    EventType.QA: ("问题提前收集，效率很高", "冷场了十分钟，下次先准备话题"),
    EventType.AUCTION: ("拍品全部成交", "流拍 1 件，其余成交"),
    EventType.CROWDFUNDING: ("众筹目标达成", "差一点达标，延期一周"),
    EventType.WELCOME: ("新人都做了自我介绍", "仪式感很足，新人很开心"),
    EventType.OTHER: ("人流不错，咖啡豆卖空了",),
}
PARTNERS: tuple[tuple[str, str, str], ...] = (
    ("王建华", "wxid_wangjianhua88", "联合主理人，负责沙龙场地；按净收入分成"),
    ("麦香源烘焙原料有限公司", "市场部 刘经理 021-68881234", "赞助商，季度赞助烘焙群"),
    ("李会计（代账）", "li.kuaiji@163.com", "每月对账，看全部社群的流水"),
)


JOINS_CUM = (60, 90, 100)  # one, two or three groups per member
TAG_COUNT_CUM = (45, 80, 95, 100)  # zero to three tags
QUANTITY_CUM = (80, 95, 100)
