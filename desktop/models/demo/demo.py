"""A realistic, deterministic Chinese demo: five groups with members, events, money, activity."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import itertools
import json
import math
import random
import sqlite3
import string
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from desktop.models.core.codes import (
    EXPENSE_CATEGORIES,
    AttendanceStatus,
    Category,
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
from desktop.models.core.errors import ValidationError
from desktop.models.members.search import member_search_key, name_sort_key, pinyin_readings
from desktop.models.storage.db import Database
from desktop.models.storage.migrations import refresh_dashboard_days, refresh_roster_summaries
from desktop.models.storage.tables import TABLES

_Value = int | str | None
_Row = tuple[_Value, ...]
Progress = Callable[[str], None]

DAY = dt.timedelta(days=1)
WINDOW_DAYS = 365  # events, activity and most money cover the last year
FUTURE_DAYS = 30  # the calendar also holds the coming month
VIP_FEE = 29900
EARLY_BIRD_FEE = 19900
BULK_CACHE_KIB = 131072  # page cache while writing the demo: 128 MiB at most


@dataclass(frozen=True)
class DemoSummary:
    """Row counts of what `generate_demo` wrote."""

    groups: int
    members: int
    memberships: int
    events: int
    attendance: int
    revenue: int
    activity_days: int


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
_SURNAMES = tuple(s for names, _ in _SURNAME_TIERS for s in _words(names))
_SURNAME_CUM = tuple(itertools.accumulate(w for names, w in _SURNAME_TIERS for _ in _words(names)))
# Given names come from a fixed pool: a pinyin search key costs ~0.2 ms per distinct name,
# so the pool (about 11,000 full names) bounds that cost while big rosters have namesakes.
# 乐乐, 长乐 and 重阳 are polyphonic too.
_GIVEN_TWO = _words(
    "子涵 浩然 欣怡 梓轩 雨泽 思琪 佳怡 一诺 晨阳 俊熙 梦瑶 雅婷 志强 建华 秀英 丽娟 文博 宇航 "
    "诗涵 若曦 嘉怡 明轩 可馨 雨桐 晓燕 海燕 国庆 建军 春梅 桂兰 子墨 沐阳 星辰 晓东 家豪 婉清 "
    "静怡 博文 梓萱 思远 宏伟 丹丹 婷婷 亚楠 雪梅 红霞 海峰 振宇 晨曦 一鸣 鹏飞 俊杰 慧敏 晓雯 "
    "小雨 乐乐 安琪 语嫣 知远 书瑶 淑芬 美玲 志明 晓峰 欣然 浩宇 若彤 长乐 重阳"
)
_GIVEN_ONE = _words(
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 鑫 琳 颖 斌 宁 欣 悦 晨 凯 岚 雪 峰"
)
_EMOJI = ("🌸", "🍞", "☕", "🌙", "🍀", "⭐", "🐱", "🌈", "🎈", "🍓")
_ENGLISH = _words(
    "Amy Lucy Kevin Jason Coco Lily Vivian Tony Grace Leo Sunny Cherry Eric Momo Yoyo Ken"
)
_PHRASES = _words(
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
_TAG_NAMES = tuple(t for t, _ in _TAGS)
_TAG_CUM = tuple(itertools.accumulate(w for _, w in _TAGS))
_NOTES = (
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
_REFERRER_TEXTS = ("朋友圈广告", "小红书", "抖音直播间", "线下活动认识", "张姐", "老王", "Amy")
_PHONE_PREFIXES = _words(
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 170 171 "
    "173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199"
)
_EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "gmail.com", "foxmail.com", "sina.com")
_EMAIL_CUM = tuple(itertools.accumulate((40, 25, 10, 10, 10, 5)))
_WXID_CHARS = string.ascii_lowercase + string.digits
_CHANNELS = tuple(c.value for c in (Channel.WECHAT_PAY, Channel.ALIPAY, Channel.BANK, Channel.CASH))
_CHANNEL_CUM = tuple(itertools.accumulate((60, 25, 10, 5)))


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


_STAFF_ROLES = frozenset({Role.OWNER, Role.FOUNDER, Role.ADMIN})
_SEED_PATH = ((Role.SEED, 0),)
_FOLLOWER_PATH = ((Role.FOLLOWER, 0),)
_LEADER_PATH = ((Role.SEED, 0), (Role.ACTIVE, 60), (Role.LEADER, 200))
_GROUPS: tuple[_GroupSpec, ...] = (
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
_CORE: tuple[tuple[str, str, str, str, tuple[str, ...], str], ...] = (
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
class _SeriesSpec:
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
_SERIES: tuple[_SeriesSpec, ...] = (
    _SeriesSpec(0, "新品预告与团购接龙", EventType.CONTENT, "FREQ=WEEKLY;BYDAY=TU,FR",
                begin=5, at="12:00", minutes=15, host=1,
                notes="周二、周五中午发布，接龙截止晚上8点"),
    _SeriesSpec(0, "直播课：烘焙基础", EventType.LECTURE, "FREQ=MONTHLY;BYDAY=2SA",
                begin=0, at="19:30", minutes=90, host=2, location="视频号直播",
                capacity=200, fee=9900, attend_rate=0.06),
    _SeriesSpec(0, "21天面包打卡挑战", EventType.CHECKIN, "FREQ=DAILY;COUNT=21",
                begin=200, at="08:00", minutes=840, host=4, capacity=60, attend_rate=0.3,
                notes="每天晒一张自己做的面包"),
    _SeriesSpec(1, "每日干货：10点知识卡片", EventType.CONTENT, "FREQ=DAILY",
                begin=0, at="10:00", minutes=10, host=3),
    _SeriesSpec(1, "共读直播", EventType.LECTURE, "FREQ=WEEKLY;BYDAY=WE",
                begin=1, at="20:00", minutes=90, host=3, location="腾讯会议",
                attend_rate=0.1, notes="每周三晚8点，节假日停一次"),
    _SeriesSpec(1, "月度读书复盘", EventType.QA, "FREQ=MONTHLY;BYMONTHDAY=1",
                begin=10, at="21:00", minutes=60, host=5, location="腾讯会议",
                capacity=100, attend_rate=0.05),
    _SeriesSpec(2, "资源对接会", EventType.SALON, "FREQ=MONTHLY;BYDAY=-1TH;UNTIL={until}",
                begin=0, at="19:30", minutes=120, host=6, online=False,
                location="深圳·南山 创业咖啡", capacity=40, cost=60000, attend_rate=0.2,
                notes="群进入衰退期后暂停"),
    _SeriesSpec(2, "创业者周一早报", EventType.CONTENT, "FREQ=WEEKLY;BYDAY=MO;COUNT=20",
                begin=120, at="08:30", minutes=10, host=11),
    _SeriesSpec(3, "新人欢迎仪式", EventType.WELCOME, "FREQ=MONTHLY;BYMONTHDAY=1",
                begin=0, at="20:00", minutes=30, host=4, location="群语音", capacity=100,
                attend_rate=0.8, notes="上个月入群的新会员"),
    _SeriesSpec(3, "VIP专属答疑", EventType.QA, "FREQ=WEEKLY;BYDAY=TH",
                begin=3, at="21:00", minutes=60, host=2, location="群直播", capacity=100,
                attend_rate=0.15),
    _SeriesSpec(4, "城市咖啡沙龙·月度主题", EventType.SALON, "FREQ=MONTHLY;BYDAY=2SA",
                begin=0, at="14:00", minutes=180, host=7, online=False,
                location="上海·静安 梧桐咖啡馆", capacity=30, fee=6800, cost=80000,
                attend_rate=0.2),
)
# fmt: on


@dataclass(frozen=True)
class _OneOffSpec:
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
_ONE_OFFS: tuple[_OneOffSpec, ...] = (
    _OneOffSpec(0, "线下烘焙体验课：法式可颂", EventType.SALON, 3, "14:00", 180, online=False,
                location="上海·徐汇 烘焙教室", capacity=16, fee=19900, cost=120000),
    _OneOffSpec(0, "烘焙工具拍卖会", EventType.AUCTION, 2, "20:00", 60, attend_rate=0.08),
    _OneOffSpec(0, "答疑：面团发酵失败怎么办", EventType.QA, 2, "21:00", 60, attend_rate=0.06),
    _OneOffSpec(0, "嘉宾直播：日式软欧包", EventType.LECTURE, 2, "20:00", 90,
                location="视频号直播", capacity=300, fee=4900, cost=200000,
                cost_category=Category.SPEAKER_FEE),
    _OneOffSpec(1, "作者见面会", EventType.LECTURE, 2, "15:00", 120, online=False,
                location="上海·黄浦 钟书阁", capacity=50, fee=3900, cost=150000,
                cost_category=Category.SPEAKER_FEE),
    _OneOffSpec(1, "年度书单发布", EventType.LECTURE, 1, "20:00", 60, location="腾讯会议"),
    _OneOffSpec(1, "好书拍卖（作者签名版）", EventType.AUCTION, 2, "20:00", 45,
                attend_rate=0.05),
    _OneOffSpec(1, "新人欢迎仪式", EventType.WELCOME, 3, "20:00", 30, attend_rate=0.8),
    _OneOffSpec(2, "创业项目路演", EventType.SALON, 2, "14:00", 180, online=False,
                location="深圳·南山 科技园", capacity=60, cost=200000),
    _OneOffSpec(2, "投资人问答", EventType.QA, 2, "20:00", 90),
    _OneOffSpec(2, "众筹：共享办公室", EventType.CROWDFUNDING, 1, "20:00", 60),
    _OneOffSpec(3, "VIP年度见面会", EventType.SALON, 1, "13:00", 240, online=False,
                location="上海·静安 会议中心", capacity=120, cost=300000),
    _OneOffSpec(3, "会员专属直播：私域运营", EventType.LECTURE, 3, "20:00", 90,
                location="群直播"),
    _OneOffSpec(3, "会员福利拍卖", EventType.AUCTION, 2, "21:00", 45, attend_rate=0.2),
    _OneOffSpec(4, "手冲咖啡体验课", EventType.SALON, 3, "15:00", 120, online=False,
                location="上海·静安 梧桐咖啡馆", capacity=12, fee=12800, cost=50000,
                attend_rate=0.3),
    _OneOffSpec(4, "咖啡豆盲品会", EventType.SALON, 2, "14:00", 120, online=False,
                location="上海·长宁 豆仓", capacity=20, fee=5800, cost=30000, attend_rate=0.3),
    _OneOffSpec(4, "户外咖啡市集", EventType.OTHER, 1, "10:00", 360, online=False,
                location="上海·徐汇 西岸", attend_rate=0.2),
)
# fmt: on

_OUTCOMES: dict[EventType, tuple[str, ...]] = {
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
_PARTNERS: tuple[tuple[str, str, str], ...] = (
    ("王建华", "wxid_wangjianhua88", "联合主理人，负责沙龙场地；按净收入分成"),
    ("麦香源烘焙原料有限公司", "市场部 刘经理 021-68881234", "赞助商，季度赞助烘焙群"),
    ("李会计（代账）", "li.kuaiji@163.com", "每月对账，看全部社群的流水"),
)


# ---------------------------------------------------------------- runtime records
# Hot paths keep days as proleptic ordinals (ints): far cheaper than date arithmetic
# at 100,000 members, and turned into ISO text only when rows are written.
@dataclass(slots=True)
class _Membership:
    """One membership period while it is being generated (days as ordinals)."""

    id: int
    member_id: int
    group: int  # index into _GROUPS; the row id is group + 1
    joined: int
    left: int | None = None
    paid_until: int | None = None
    engaged: bool = False  # active or above at some point: comes to events more often


@dataclass(slots=True)
class _Event:
    """An event row being planned; attendance fills in a past one-off's outcome."""

    id: int
    group: int
    title: str
    type: EventType
    start: dt.datetime
    minutes: int
    online: bool
    location: str
    host: int | None
    capacity: int | None
    fee: int
    cost: int
    cost_category: Category
    attend_rate: float
    notes: str = ""
    rrule: str | None = None
    series_id: int | None = None
    recurrence_start: str | None = None
    outcome: str = ""
    depth: int | None = None


@dataclass(frozen=True)
class _Level:
    """A group's recent averages, which its goal bands are set around."""

    messages: float
    active: float
    joined_per_month: float
    size: int


def _iso(moment: dt.datetime) -> str:
    """Local ISO timestamp without fractions, as the schema wants."""
    return moment.isoformat(timespec="seconds")


@functools.cache
def _day(ordinal: int) -> str:
    """ISO date of a day ordinal (a few thousand distinct days, so cached)."""
    return dt.date.fromordinal(ordinal).isoformat()


def _opt_day(ordinal: int | None) -> str | None:
    """ISO date of an optional day ordinal."""
    return None if ordinal is None else _day(ordinal)


def _clock(text: str) -> tuple[int, int]:
    """Hour and minute of an HH:MM time."""
    hour, minute = text.split(":")
    return int(hour), int(minute)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A day at a wall-clock time."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


_T = TypeVar("_T")


# `random.Random.choice` and `randint` go through Python-level rejection sampling; these
# take one float draw each, several times cheaper for the millions of draws at 100,000.
def _choice(rng: random.Random, items: Sequence[_T]) -> _T:
    """A uniformly random item."""
    return items[int(rng.random() * len(items))]


def _randrange(rng: random.Random, start: int, stop: int) -> int:
    """A uniformly random integer in [start, stop)."""
    return start + int(rng.random() * (stop - start))


def _randint(rng: random.Random, low: int, high: int) -> int:
    """A uniformly random integer in [low, high]."""
    return low + int(rng.random() * (high - low + 1))


def _pick(rng: random.Random, items: Sequence[_T], cum_weights: Sequence[int]) -> _T:
    """One weighted choice; `random.choices` costs several times more per single draw."""
    return items[bisect.bisect(cum_weights, rng.random() * cum_weights[-1])]


_JOINS_CUM = (60, 90, 100)  # one, two or three groups per member
_TAG_COUNT_CUM = (45, 80, 95, 100)  # zero to three tags
_QUANTITY_CUM = (80, 95, 100)


class _Demo:
    """Builds every table's rows in memory from one seeded random generator."""

    def __init__(self, members: int, seed: int, today: dt.date) -> None:
        self.n = members
        self.rng = random.Random(seed)
        self.today = today
        self.today_o = today.toordinal()
        self.window_start = today - dt.timedelta(days=WINDOW_DAYS)
        self.created = [
            today - dt.timedelta(days=g.age_days + self.rng.randint(-20, 20)) for g in _GROUPS
        ]
        self.created_o = [day.toordinal() for day in self.created]
        self.member_day = [self.today_o] * (members + 1)  # index = member id
        self.referrer: list[int | None] = [None] * (members + 1)
        self.memberships: list[_Membership] = []
        self.by_group: list[list[_Membership]] = [[] for _ in _GROUPS]
        # Per group, sorted by joining day, with the days alongside for bisect.
        self.joined_days: list[list[int]] = []
        self.engaged: list[list[_Membership]] = []
        self.engaged_days: list[list[int]] = []
        self.events: list[_Event] = []
        self.exdates: list[_Row] = []
        self.attendance: list[_Row] = []
        self.revenue: list[_Row] = []
        self.event_days: list[set[int]] = [set() for _ in _GROUPS]  # ordinals of past events

    # ------------------------------------------------------------ helpers
    def _between(self, first: int, last: int) -> int:
        """A uniformly random day ordinal in [first, last]."""
        return first if last <= first else _randint(self.rng, first, last)

    def _entry(
        self,
        day: int,
        group: int | None,
        category: Category,
        amount: int,
        note: str,
        *,
        member: int | None = None,
        event: int | None = None,
        referrer: int | None = None,
        partner: int | None = None,
        currency: str = "CNY",
        channel: Channel | None = None,
        renewal: tuple[int, str | None] | None = None,
    ) -> None:
        """Record a revenue entry on a day ordinal; income or expense follows the category."""
        kind = EntryKind.EXPENSE if category in EXPENSE_CATEGORIES else EntryKind.INCOME
        self.revenue.append(
            (
                _day(min(day, self.today_o)),
                None if group is None else group + 1,
                kind.value,
                category.value,
                amount,
                currency,
                channel.value if channel else _pick(self.rng, _CHANNELS, _CHANNEL_CUM),
                member,
                event,
                referrer,
                partner,
                note,
                renewal[0] if renewal else None,
                renewal[1] if renewal else None,
            )
        )

    # ------------------------------------------------------------ members
    def build_members(self) -> tuple[list[_Row], list[_Row]]:
        """Member rows (search keys included) and their tags; fixes each member's first day."""
        rng, n = self.rng, self.n
        start = min(self.created_o)
        first_random = len(_CORE) + 1
        # Random members arrive ever faster (u**0.7 skews late) and in id order, so a
        # referrer, always a lower id, was also there first.
        span = self.today_o - start - 1
        offsets = sorted(int(span * rng.random() ** 0.7) for _ in range(first_random, n + 1))
        surnames = rng.choices(_SURNAMES, cum_weights=_SURNAME_CUM, k=n)
        used_wx: set[str] = set()
        used_phone: set[str] = set()
        referred: list[int] = []
        members: list[_Row] = []
        tags: list[_Row] = []
        for mid in range(1, n + 1):
            ref: int | None = None
            ref_text = ""
            if mid < first_random:
                name, nick, wx, phone, mtags, notes = _CORE[mid - 1]
                day = start
                email = f"{wx.strip('_')}@163.com" if mid % 3 == 0 else ""
            else:
                day = start + 1 + offsets[mid - first_random]
                given = (
                    _choice(rng, _GIVEN_TWO) if rng.random() < 0.75 else _choice(rng, _GIVEN_ONE)
                )
                name = surnames[mid - 1] + given
                nick = self._nickname(name) if rng.random() < 0.55 else ""
                wx = self._wechat_id(name, used_wx) if rng.random() < 0.65 else ""
                phone = self._phone(used_phone) if rng.random() < 0.82 else ""
                email = self._email(name) if rng.random() < 0.25 else ""
                mtags = self._tags()
                notes = _choice(rng, _NOTES) if rng.random() < 0.18 else ""
                if rng.random() < 0.3:
                    # Referred people go on to refer others (裂变), so chains grow deep.
                    if referred and rng.random() < 0.6:
                        ref = _choice(rng, referred)
                    else:
                        ref = _randint(rng, 1, mid - 1)
                    referred.append(mid)
                elif rng.random() < 0.04:
                    ref_text = _choice(rng, _REFERRER_TEXTS)
            self.member_day[mid] = day
            self.referrer[mid] = ref
            clock = _randrange(rng, 7 * 3600, 23 * 3600)
            created_at = f"{_day(day)}T{clock // 3600:02d}:{clock // 60 % 60:02d}:{clock % 60:02d}"
            tag_list = sorted(mtags)  # the order SQLite's group_concat reads them back in
            key = member_search_key(name, nick, wx, phone, " ".join(tag_list), notes)
            members.append(
                (
                    mid,
                    name,
                    nick,
                    wx,
                    phone,
                    email,
                    ref,
                    ref_text,
                    notes,
                    created_at,
                    key,
                    name_sort_key(name),
                )
            )
            tags.extend((mid, tag) for tag in tag_list)
        return members, tags

    def _nickname(self, name: str) -> str:
        """A WeChat-style nickname: 小雪, 阿杰, 🌸小雪, Amy, 面包控, 王姐, 雪雪."""
        rng = self.rng
        last = name[-1]
        style = _randrange(rng, 0, 6)
        if style == 0:
            return _choice(rng, ("小", "阿")) + last
        if style == 1:
            return _choice(rng, _EMOJI) + "小" + last
        if style == 2:
            return _choice(rng, _ENGLISH)
        if style == 3:
            return _choice(rng, _PHRASES)
        if style == 4:
            return name[0] + _choice(rng, ("姐", "哥", "老师"))
        return last + last

    def _wechat_id(self, name: str, used: set[str]) -> str:
        """A unique WeChat id: wxid_ and 14 characters, or one made from the name's pinyin."""
        rng = self.rng
        readings = pinyin_readings(name)  # cached; the search key needs it anyway
        if rng.random() < 0.45 or not readings:
            wx = "wxid_" + "".join(rng.choices(_WXID_CHARS, k=14))
        elif rng.random() < 0.5:
            wx = f"{readings[0]}{_randint(rng, 1970, 2006)}"
        else:
            wx = f"{readings[0]}_{_randint(rng, 1, 999)}"
        while wx in used:
            wx += _choice(rng, string.digits)
        used.add(wx)
        return wx

    def _phone(self, used: set[str]) -> str:
        """A unique mainland mobile number: 11 digits starting 13-19."""
        while True:
            phone = _choice(self.rng, _PHONE_PREFIXES) + f"{_randrange(self.rng, 0, 10**8):08d}"
            if phone not in used:
                used.add(phone)
                return phone

    def _email(self, name: str) -> str:
        """An address at a common provider; QQ mail addresses are usually the QQ number."""
        rng = self.rng
        domain = _pick(rng, _EMAIL_DOMAINS, _EMAIL_CUM)
        readings = pinyin_readings(name)
        if domain == "qq.com" or not readings:
            return f"{_randint(rng, 10000, 3999999999)}@qq.com"
        return f"{readings[0]}{_randint(rng, 1, 99)}@{domain}"

    def _tags(self) -> tuple[str, ...]:
        """Zero to three distinct tags."""
        count = bisect.bisect(_TAG_COUNT_CUM, self.rng.random() * 100)
        chosen: list[str] = []
        while len(chosen) < count:
            tag = _pick(self.rng, _TAG_NAMES, _TAG_CUM)
            if tag not in chosen:
                chosen.append(tag)
        return tuple(chosen)

    # ------------------------------------------------------------ memberships and roles
    def build_memberships(self) -> list[_Row]:
        """Memberships (some left, some re-joined) and the role history rows of each."""
        rng = self.rng
        roles: list[_Row] = []
        staff: dict[int, dict[int, tuple[tuple[Role, int], ...]]] = {}
        for gi, spec in enumerate(_GROUPS):
            for mid, path in spec.staff:
                if mid <= self.n:
                    staff.setdefault(mid, {})[gi] = path
        first_group = [0] * (self.n + 1)
        group_cum = tuple(itertools.accumulate(int(g.join_weight * 100) for g in _GROUPS))
        indexes = range(len(_GROUPS))
        for mid in range(1, self.n + 1):
            paths = staff.get(mid, {})
            groups = list(paths)
            if not groups:
                ref = self.referrer[mid]
                if ref is not None and rng.random() < 0.7:
                    groups.append(first_group[ref])  # invited into the referrer's group
                wanted = bisect.bisect(_JOINS_CUM, rng.random() * 100) + 1
                while len(groups) < wanted:
                    gi = _pick(rng, indexes, group_cum)
                    if gi not in groups:
                        groups.append(gi)
            first_group[mid] = groups[0]
            for position, gi in enumerate(groups):
                self._join(mid, gi, position, paths.get(gi), roles)
        for pool in self.by_group:
            pool.sort(key=lambda m: (m.joined, m.id))
            engaged = [m for m in pool if m.engaged]
            self.joined_days.append([m.joined for m in pool])
            self.engaged.append(engaged)
            self.engaged_days.append([m.joined for m in engaged])
        return roles

    def _join(
        self,
        mid: int,
        gi: int,
        position: int,
        staff_path: tuple[tuple[Role, int], ...] | None,
        roles: list[_Row],
    ) -> None:
        """One member's membership(s) in one group, with their roles."""
        rng, today = self.rng, self.today_o
        created = self.created_o[gi]
        if staff_path is not None:
            late = 0 if staff_path[0][0] in (Role.OWNER, Role.FOUNDER) else rng.randint(0, 20)
            joined = created + late
        elif self.member_day[mid] < created:
            # Existing members flock in right after a new group opens.
            joined = created + int(rng.expovariate(1 / 30))
        else:
            # The first group is where they came in; others follow some weeks later.
            extra = int(rng.expovariate(1 / 60)) if position else 0
            joined = self.member_day[mid] + extra
        membership = self._membership(mid, gi, min(joined, today))
        if staff_path is not None:
            self._roles(membership, staff_path, roles)
            return
        if membership.joined < today and rng.random() < _GROUPS[gi].leave_rate:
            membership.left = self._between(membership.joined + 1, today)
        self._roles(membership, self._random_path(membership), roles)
        left = membership.left
        if left is not None and today - left > 7 and rng.random() < 0.3:
            # Strict entry, lenient exit: some come back later, as a new membership.
            again = self._membership(mid, gi, self._between(left + 7, today))
            self._roles(again, _FOLLOWER_PATH, roles)

    def _membership(self, mid: int, gi: int, joined: int) -> _Membership:
        """A new membership period."""
        membership = _Membership(len(self.memberships) + 1, mid, gi, joined)
        self.memberships.append(membership)
        self.by_group[gi].append(membership)
        return membership

    def _random_path(self, membership: _Membership) -> tuple[tuple[Role, int], ...]:
        """Role changes of an ordinary member: about 1% end as leader and 10% as active."""
        rng = self.rng
        early = membership.joined - self.created_o[membership.group] < 60
        first = Role.SEED if early and rng.random() < 0.6 else Role.FOLLOWER
        draw = rng.random()
        if draw >= 0.11:
            return _SEED_PATH if first is Role.SEED else _FOLLOWER_PATH
        steps = [first, Role.ACTIVE, Role.LEADER] if draw < 0.01 else [first, Role.ACTIVE]
        span = (membership.left or self.today_o) - membership.joined
        if span < 2 * len(steps):
            return ((first, 0),)  # too short a stay to have changed role
        offsets = [0, *sorted(rng.sample(range(1, span), len(steps) - 1))]
        return tuple(zip(steps, offsets, strict=True))

    def _roles(
        self, membership: _Membership, path: tuple[tuple[Role, int], ...], roles: list[_Row]
    ) -> None:
        """Role rows for a path: each closes when the next opens, the last one on leaving."""
        end = membership.left
        membership.engaged = len(path) > 1 or path[0][0] in (Role.OWNER, Role.FOUNDER)
        if len(path) == 1:  # most members never change role
            roles.append((membership.id, path[0][0].value, _day(membership.joined), _opt_day(end)))
            return
        last = self.today_o if end is None else end
        since = [min(membership.joined + offset, last) for _, offset in path]
        until = [*since[1:], end]
        for (role, _), opened, closed in zip(path, since, until, strict=True):
            roles.append((membership.id, role.value, _day(opened), _opt_day(closed)))

    def build_fees(self) -> None:
        """Yearly fees of paid groups: early birds pay less, most renew, some lapse."""
        rng, today = self.rng, self.today_o
        for gi, spec in enumerate(_GROUPS):
            if not spec.fee_minor or not spec.fee_period_months:
                continue
            period = relativedelta(months=spec.fee_period_months)
            # The people who run the group don't pay to be in it.
            free = {mid for mid, path in spec.staff if path[-1][0] in _STAFF_ROLES}
            for m in self.by_group[gi]:
                if m.member_id in free:
                    continue
                pay, until, previous = m.joined, m.joined, None
                while True:
                    until = (dt.date.fromordinal(until) + period).toordinal()
                    early = previous is None and m.joined - self.created_o[gi] < 30
                    note = "VIP年费（早鸟价）" if early else "VIP续费" if previous else "VIP年费"
                    self._entry(
                        pay,
                        gi,
                        Category.MEMBERSHIP,
                        EARLY_BIRD_FEE if early else spec.fee_minor,
                        note,
                        member=m.member_id,
                        renewal=(m.id, _opt_day(previous)),
                    )
                    # Renewals come a few days before expiry, if at all.
                    pay, previous = until - _randint(rng, 0, 14), until
                    if pay > today or (m.left and pay >= m.left) or rng.random() > 0.8:
                        break
                m.paid_until = until

    def membership_rows(self) -> list[_Row]:
        """Membership rows in id order."""
        return [
            (
                m.id,
                m.member_id,
                m.group + 1,
                _day(m.joined),
                _opt_day(m.left),
                _opt_day(m.paid_until),
            )
            for m in self.memberships
        ]

    def capacity(self, gi: int) -> int | None:
        """The group's capacity, raised in round steps when a big demo roster outgrows it."""
        base = _GROUPS[gi].capacity
        size = sum(1 for m in self.by_group[gi] if m.left is None)
        if base is None or size <= base:
            return base
        return math.ceil(size * 1.2 / 500) * 500

    # ------------------------------------------------------------ events and attendance
    def build_events(self) -> None:
        """Series (one row each), one moved and one skipped occurrence, and one-offs."""
        rng = self.rng
        until = (self.today - dt.timedelta(days=60)).strftime("%Y%m%dT235959")
        for spec in _SERIES:
            day = self.window_start + dt.timedelta(days=spec.begin)
            rule = spec.rrule.format(until=until)
            # RFC 5545 wants DTSTART to be an occurrence, so start on the first real one.
            start = next(iter(rrulestr(rule, dtstart=_at(day, *_clock(spec.at)))))
            host = spec.host if spec.host <= self.n else (1 if self.n else None)
            self._add_event(spec.group, spec.title, spec.type, start, spec, host, rrule=rule)
        lecture = next(e for e in self.events if e.type is EventType.LECTURE and e.group == 1)
        occurrences = self._occurrences(lecture)
        skipped = next(o for o in occurrences if o.date() >= self.today - 100 * DAY)
        moved = next(o for o in occurrences if o.date() >= self.today - 45 * DAY)
        self.exdates.append((lecture.id, _iso(skipped)))
        self.events.append(
            _Event(
                len(self.events) + 1,
                lecture.group,
                "共读直播（本周改到周四）",
                lecture.type,
                moved + DAY,
                lecture.minutes,
                lecture.online,
                lecture.location,
                lecture.host,
                lecture.capacity,
                0,
                0,
                lecture.cost_category,
                lecture.attend_rate,
                "讲师周三出差，顺延一天",
                series_id=lecture.id,
                recurrence_start=_iso(moved),
            )
        )
        for one in _ONE_OFFS:
            hosts = [mid for mid, _ in _GROUPS[one.group].staff if mid <= self.n]
            for number in range(1, one.times + 1):
                day = self.today + dt.timedelta(days=rng.randint(1 - WINDOW_DAYS, FUTURE_DAYS))
                start = _at(day, _clock(one.at)[0], rng.choice((0, 30)))
                title = one.title if one.times == 1 else f"{one.title}（第{number}期）"
                host = rng.choice(hosts[1:] or hosts) if hosts else None  # hosts[0] is the owner
                self._add_event(one.group, title, one.type, start, one, host)

    def _add_event(
        self,
        gi: int,
        title: str,
        kind: EventType,
        start: dt.datetime,
        spec: _SeriesSpec | _OneOffSpec,
        host: int | None,
        *,
        rrule: str | None = None,
    ) -> None:
        """Plan an event row from its spec."""
        self.events.append(
            _Event(
                len(self.events) + 1,
                gi,
                title,
                kind,
                start,
                spec.minutes,
                spec.online,
                spec.location,
                host,
                spec.capacity,
                spec.fee,
                spec.cost,
                spec.cost_category,
                spec.attend_rate,
                spec.notes if isinstance(spec, _SeriesSpec) else "",
                rrule=rrule,
            )
        )

    def _occurrences(self, event: _Event) -> list[dt.datetime]:
        """Starts of an event up to the calendar's end (a series is expanded by dateutil)."""
        if event.rrule is None:
            return [event.start]
        horizon = _at(self.today + dt.timedelta(days=FUTURE_DAYS), 23, 59)
        rule = rrulestr(event.rrule, dtstart=event.start)
        return list(rule.between(event.start, horizon, inc=True))

    def build_attendance(self) -> None:
        """Check-ins of past occurrences, sign-ups for coming one-offs, tickets and costs."""
        today = self.today
        skip = {(row[0], row[1]) for row in self.exdates}
        skip |= {(e.series_id, e.recurrence_start) for e in self.events if e.series_id}
        for event in self.events:
            if event.attend_rate <= 0 or event.series_id is not None:
                continue  # content posts, and the moved lecture nobody recorded
            occurrences = self._occurrences(event)
            cohort: list[int] | None = None
            came = 0
            for index, start in enumerate(occurrences):
                start_iso = _iso(start)
                past = start.date() < today
                if (event.id, start_iso) in skip or (event.rrule and not past):
                    continue
                day = start.date().toordinal()
                if event.type is EventType.CHECKIN:
                    # A challenge keeps one cohort, which thins out day by day.
                    if cohort is None:
                        cohort = self._attendees(event, day)
                    keep = 0.9 - 0.4 * index / max(len(occurrences) - 1, 1)
                    people = [mid for mid in cohort if self.rng.random() < keep]
                else:
                    people = self._attendees(event, day)
                came = self._check_in(event, day, start_iso, people, past=past)
                if past:
                    self.event_days[event.group].add(day)
                    if event.cost:
                        self._entry(
                            day,
                            event.group,
                            event.cost_category,
                            event.cost,
                            event.title,
                            event=event.id,
                            channel=Channel.BANK,
                        )
            if event.rrule is None and event.start.date() < today:
                self._review(event, came)

    def _attendees(self, event: _Event, day: int) -> list[int]:
        """Distinct members of the group on that day; engaged members come more often."""
        rng = self.rng
        gi = event.group
        pool, engaged = self.by_group[gi], self.engaged[gi]
        # A welcome ritual is for the people who joined in the month before it.
        since = day - 31 if event.type is EventType.WELCOME else 0
        low = bisect.bisect_left(self.joined_days[gi], since)
        high = bisect.bisect_right(self.joined_days[gi], day)
        elow = bisect.bisect_left(self.engaged_days[gi], since)
        ehigh = bisect.bisect_right(self.engaged_days[gi], day)
        if high <= low:
            return []
        wanted = round((high - low) * event.attend_rate * rng.uniform(0.7, 1.3))
        wanted = max(1, min(wanted, event.capacity or 300, high - low))
        chosen: list[int] = []
        seen: set[int] = set()
        for _ in range(wanted * 3):
            if len(chosen) >= wanted:
                break
            if ehigh > elow and rng.random() < 0.5:
                m = engaged[_randrange(rng, elow, ehigh)]
            else:
                m = pool[_randrange(rng, low, high)]
            if (m.left is None or m.left >= day) and m.member_id not in seen:
                seen.add(m.member_id)
                chosen.append(m.member_id)
        return chosen

    def _check_in(
        self, event: _Event, day: int, start_iso: str, people: list[int], *, past: bool
    ) -> int:
        """Attendance rows, plus tickets, auction lots and pledges; returns how many came."""
        rng = self.rng
        came_count = 0
        # Online tickets are bought one by one in advance; offline ones are paid at the door.
        tickets = event.fee if event.online else 0
        for mid in people:
            came = past and rng.random() < 0.88
            came_count += came
            status = AttendanceStatus.ATTENDED if came else AttendanceStatus.SIGNED_UP
            self.attendance.append((event.id, start_iso, mid, status.value))
            if tickets:
                paid_on = day - _randint(rng, 0, 7)
                self._entry(
                    paid_on, event.group, Category.TICKET, tickets, event.title,
                    member=mid, event=event.id,
                )  # fmt: skip
            if not came:
                continue
            if event.type is EventType.AUCTION and rng.random() < 0.3:
                lot = rng.randint(20, 300) * 100
                self._entry(
                    day, event.group, Category.AUCTION, lot, f"拍品：{event.title}",
                    member=mid, event=event.id,
                )  # fmt: skip
            elif event.type is EventType.CROWDFUNDING:
                pledge = rng.choice((50000, 100000, 200000))
                self._entry(
                    day, event.group, Category.CROWDFUNDING, pledge, event.title,
                    member=mid, event=event.id,
                )  # fmt: skip
        if event.fee and not event.online and came_count:
            takings = event.fee * came_count
            note = f"{event.title} 现场收款{came_count}人"
            self._entry(day, event.group, Category.TICKET, takings, note, event=event.id)
        return came_count

    def _review(self, event: _Event, came: int) -> None:
        """A past one-off gets a short review and a depth rating (depth over head-count)."""
        event.outcome = f"到场{came}人；{self.rng.choice(_OUTCOMES[event.type])}"
        event.depth = self.rng.randint(3 if event.type is EventType.SALON else 2, 5)

    def event_rows(self) -> list[_Row]:
        """Event rows in id order (a series before the occurrence edited from it)."""
        return [
            (
                e.id,
                e.group + 1,
                e.title,
                e.type.value,
                int(e.online),
                e.location,
                _iso(e.start),
                _iso(e.start + dt.timedelta(minutes=e.minutes)),
                e.host,
                e.capacity,
                e.fee,
                e.cost,
                "CNY",
                e.notes,
                e.outcome,
                e.depth,
                e.rrule,
                e.series_id,
                e.recurrence_start,
            )
            for e in self.events
        ]

    # ------------------------------------------------------------ money
    def build_revenue(self) -> None:
        """Monthly costs, commissions, sponsorship and deals, then sales up to ≈2 per member."""
        rng, today = self.rng, self.today
        months = [(today - relativedelta(months=k)).toordinal() for k in range(12, 0, -1)]
        for month in months:
            self._entry(month, None, Category.TOOLS, 9900, "企业微信/小鹅通 月费")
            self._entry(
                month, None, Category.TOOLS, 1599, "Zoom Pro", currency="USD",
                channel=Channel.OTHER,
            )  # fmt: skip
            for gi in (0, 3):
                ads = rng.randint(5, 30) * 10000
                self._entry(month + 3, gi, Category.ADS, ads, "朋友圈广告投放")
            commission = rng.randint(30, 200) * 100
            self._entry(
                month + 5, 1, Category.REFERRAL, commission, "知识星球推广佣金",
                channel=Channel.OTHER,
            )  # fmt: skip
            clients = self.by_group[2]
            for _ in range(2):
                client = rng.choice(clients).member_id if clients else None
                fee = rng.randint(5, 30) * 10000
                day = self._between(month, month + 27)
                self._entry(day, 2, Category.CONSULTING, fee, "一对一创业咨询", member=client)
            for gi in (0, 3, 4):
                days = self.joined_days[gi]
                joins = bisect.bisect_left(days, month + 30) - bisect.bisect_left(days, month)
                if joins:
                    gifts = joins * 800
                    self._entry(month + 28, gi, Category.GIFTS, gifts, f"新人欢迎礼包×{joins}")
        for quarter in range(8):
            day = (today - relativedelta(months=3 * quarter + 1)).toordinal()
            if day >= self.created_o[0]:
                self._entry(
                    day, 0, Category.SPONSORSHIP, 800000, "麦香源季度赞助", partner=2,
                    channel=Channel.BANK,
                )  # fmt: skip
            if quarter < 4:
                share = rng.randint(15, 40) * 10000
                self._entry(
                    day, 4, Category.PARTNER_DEAL, share, "联合活动分成", partner=1,
                    channel=Channel.BANK,
                )  # fmt: skip
        for note in ("平台流量扶持奖励", "公众号广告分成"):
            day = self._between(months[0], self.today_o)
            amount = rng.randint(50, 300) * 100
            self._entry(day, 1, Category.OTHER_INCOME, amount, note, channel=Channel.OTHER)
        for _ in range(6):
            day = self._between(months[0], self.today_o)
            amount = rng.randint(20, 200) * 100
            self._entry(day, None, Category.OTHER_EXPENSE, amount, "快递费和物料")
        self._sales(max(self.n // 2, 2 * self.n - len(self.revenue)))
        self.revenue.sort(key=lambda row: str(row[0]))  # ids follow the days, as if kept daily

    def _sales(self, count: int) -> None:
        """Product sales to group members; a referred buyer sometimes credits the referrer."""
        rng, today = self.rng, self.today_o
        groups = [gi for gi, g in enumerate(_GROUPS) if g.products and self.by_group[gi]]
        if not groups:
            return
        group_cum = tuple(
            itertools.accumulate(int(_GROUPS[gi].sales_weight * 100) for gi in groups)
        )
        oldest = today - 2 * WINDOW_DAYS
        income, product = EntryKind.INCOME.value, Category.PRODUCT.value
        for _ in range(count):
            gi = _pick(rng, groups, group_cum)
            m = _choice(rng, self.by_group[gi])
            end = m.left or today
            day = _day(self._between(min(max(m.joined, oldest), end), end))
            channel = _pick(rng, _CHANNELS, _CHANNEL_CUM)
            if gi == 1 and rng.random() < 0.01:
                note, amount, currency, credit = "海外读者·电子书", 999, "USD", None
            else:
                name, price = _choice(rng, _GROUPS[gi].products)
                quantity = bisect.bisect(_QUANTITY_CUM, rng.random() * 100) + 1
                note = name if quantity == 1 else f"{name}×{quantity}"
                amount, currency = price * quantity, "CNY"
                ref = self.referrer[m.member_id]
                credit = ref if ref is not None and rng.random() < 0.35 else None
            self.revenue.append(
                (day, gi + 1, income, product, amount, currency, channel, m.member_id, None,
                 credit, None, note, None, None)
            )  # fmt: skip

    # ------------------------------------------------------------ activity and goals
    def build_activity(self) -> tuple[list[_Row], list[_Level]]:
        """One row per group per day, with weekly rhythm, level and trend; and the averages."""
        rng = self.rng
        base = self.today_o - WINDOW_DAYS + 1
        rows: list[_Row] = []
        levels: list[_Level] = []
        for gi, spec in enumerate(_GROUPS):
            # Day-by-day open count from +1 on joining and -1 the day after leaving.
            delta = [0] * (WINDOW_DAYS + 1)
            joined = [0] * WINDOW_DAYS
            left = [0] * WINDOW_DAYS
            for m in self.by_group[gi]:
                j = m.joined - base
                delta[max(j, 0)] += 1
                if j >= 0:
                    joined[j] += 1
                if m.left is not None:
                    k = m.left - base
                    delta[max(k + 1, 0)] -= 1
                    if k >= 0:
                        left[k] += 1
            size, messages, speakers = 0, 0, 0
            for offset in range(WINDOW_DAYS):
                size += delta[offset]
                day = base + offset
                trend = 1 + (spec.trend - 1) * offset / (WINDOW_DAYS - 1)
                weekday = (day - 1) % 7  # day ordinal 1 was a Monday
                mood = spec.weekday[weekday] * trend * max(rng.gauss(1, 0.15), 0.2)
                # Adding a uniform draw before int() rounds at random, so even a
                # ten-member group has some days with talk rather than all zeros.
                active = min(size, int(size * spec.active_rate * mood + rng.random()))
                bump = 1.4 if day in self.event_days[gi] else 1.0
                said = int(
                    active * spec.msgs_per_active * bump * rng.uniform(0.8, 1.2) + rng.random()
                )
                rows.append((gi + 1, _day(day), said, active, joined[offset], left[offset]))
                if offset >= WINDOW_DAYS - 90:
                    messages += said
                    speakers += active
            levels.append(_Level(messages / 90, speakers / 90, sum(joined) / 12, size))
        return rows, levels

    def build_goals(self, levels: list[_Level]) -> list[_Row]:
        """Goal bands per metric, set around the demo's own levels so charts straddle them."""
        half_year = (self.today - dt.timedelta(days=182)).isoformat()
        changed_on = (self.today - dt.timedelta(days=180)).isoformat()
        # Judged like goals.actual_value: revenue is CNY income minus expenses, and
        # attendance counts the people who actually came.
        net = [0] * len(_GROUPS)
        for day, group, kind, _, amount, currency, *_ in self.revenue:
            if group and currency == "CNY" and str(day) >= half_year:
                sign = 1 if kind == EntryKind.INCOME else -1
                net[int(group) - 1] += sign * int(amount or 0)
        group_of = {e.id: e.group for e in self.events}
        checkins = [0] * len(_GROUPS)
        for row in self.attendance:
            if row[3] == AttendanceStatus.ATTENDED:
                checkins[group_of[int(row[0] or 0)]] += 1
        # Events held per month: the daily tips group runs ~30 posts plus lectures.
        held: tuple[tuple[int, int | None], ...] = ((8, None), (32, 40), (2, None), (5, 8), (1, 3))
        rows: list[_Row] = []
        for gi, spec in enumerate(_GROUPS):
            level, since = levels[gi], self.created[gi].isoformat()
            monthly = net[gi] / 6
            msgs = level.messages
            # (metric, period, min, max or None, effective from)
            goals: list[tuple[Metric, Period, float, float | None, str]] = [
                (Metric.ACTIVE_MEMBERS, Period.WEEK, level.active * 0.8, None, since),
                (Metric.NEW_MEMBERS, Period.MONTH, level.joined_per_month * 0.8, None, since),
                (Metric.MEMBERS_TOTAL, Period.MONTH, level.size * 0.9, self.capacity(gi), since),
                (Metric.EVENTS_HELD, Period.MONTH, *held[gi], since),
                (Metric.ATTENDANCE, Period.MONTH, checkins[gi] / 12 * 0.7, None, since),
            ]
            if spec.msgs_per_active < 2:
                # A quiet tips group: chatter is off-goal too; the band was widened mid-year.
                goals.append(
                    (Metric.MESSAGES_PER_DAY, Period.WEEK, msgs * 0.4, msgs * 1.2 + 1, since)
                )
                goals.append(
                    (Metric.MESSAGES_PER_DAY, Period.WEEK, msgs * 0.5, msgs * 1.6 + 2, changed_on)
                )
            else:
                goals.append((Metric.MESSAGES_PER_DAY, Period.WEEK, msgs * 0.7, None, since))
            if gi == 0:
                # The sales group raised its revenue target half-way through the year.
                goals.append((Metric.REVENUE, Period.MONTH, monthly * 0.6, None, since))
                goals.append((Metric.REVENUE, Period.MONTH, monthly * 0.9, None, changed_on))
            elif monthly > 0:
                goals.append((Metric.REVENUE, Period.MONTH, monthly * 0.7, None, since))
            for metric, period, low, high, start in goals:
                # Revenue is in fen like every amount; its targets are whole yuan.
                floor = max(int(low) // 100 * 100 if metric is Metric.REVENUE else int(low), 0)
                ceiling = None if high is None else max(int(high), floor)
                rows.append((gi + 1, metric.value, period.value, floor, ceiling, start))
        return rows

    # ------------------------------------------------------------ groups and partners
    def group_rows(self) -> dict[str, list[_Row]]:
        """Groups with thresholds, rules and rule history, lifecycle, partners and shares."""
        rng, today = self.rng, self.today
        out: dict[str, list[_Row]] = {
            table: []
            for table in (
                "groups",
                "group_thresholds",
                "group_rules",
                "rule_history",
                "lifecycle_history",
                "partners",
                "partner_shares",
            )
        }
        for gi, spec in enumerate(_GROUPS):
            created = self.created[gi]
            out["groups"].append(
                (
                    gi + 1,
                    spec.name,
                    spec.platform.value,
                    self.capacity(gi),
                    json.dumps([p.value for p in spec.purposes]),
                    json.dumps([v.value for v in spec.value_types]),
                    spec.theme,
                    spec.audience,
                    spec.mission,
                    spec.structure.value,
                    spec.fee_minor,
                    "CNY",
                    spec.fee_period_months,
                    created.isoformat(),
                    spec.exit_criteria,
                    spec.notes,
                )
            )
            out["group_thresholds"].extend((gi + 1, k.value, text) for k, text in spec.thresholds)
            in_force = 0
            for index, (text, edited, retired) in enumerate(spec.rules):
                rule_id = len(out["group_rules"]) + 1
                # Rules in force are numbered 1..n; a retired one keeps the number it had.
                position = in_force + 1
                in_force += not retired
                added = created + dt.timedelta(days=0 if index < 3 else rng.randint(10, 90))
                history: list[tuple[dt.date, str, str | None, str | None]] = [
                    (added, "added", None, text)
                ]
                if edited:
                    history.append((created + rng.randint(100, 380) * DAY, "edited", text, edited))
                retired_on = created + rng.randint(200, 380) * DAY if retired else None
                if retired_on:
                    history.append((retired_on, "retired", edited or text, None))
                out["group_rules"].append(
                    (
                        rule_id,
                        gi + 1,
                        position,
                        edited or text,
                        added.isoformat(),
                        retired_on.isoformat() if retired_on else None,
                    )
                )
                out["rule_history"].extend(
                    (rule_id, _iso(_at(on, rng.randint(9, 22), rng.randint(0, 59))), act, old, new)
                    for on, act, old, new in history
                )
            for stage, offset, note in spec.lifecycle:
                began = today + offset * DAY if offset < 0 else created + offset * DAY
                out["lifecycle_history"].append((gi + 1, stage.value, began.isoformat(), note))
        for pid, (name, contact, notes) in enumerate(_PARTNERS, start=1):
            out["partners"].append((pid, name, contact, notes))
        out["partner_shares"] += [
            (1, 5, 3000, "net", "[]"),  # the co-organiser splits the salon's net
            (1, 3, 2000, "net", "[]"),
            (2, 1, 1000, "categories", json.dumps([Category.PRODUCT, Category.SPONSORSHIP])),
            # The accountant gets no share but must see every group's books.
            *((3, gi + 1, 0, "net", "[]") for gi in range(len(_GROUPS))),
        ]
        return out


_COLUMNS: dict[str, tuple[str, ...]] = {
    "groups": (
        "id", "name", "platform", "capacity", "purposes", "value_types", "theme", "audience",
        "mission", "structure", "fee_minor", "fee_currency", "fee_period_months", "created_on",
        "exit_criteria", "notes",
    ),
    "group_thresholds": ("group_id", "kind", "description"),
    "group_rules": ("id", "group_id", "position", "text", "added_on", "retired_on"),
    "rule_history": ("rule_id", "changed_at", "action", "old_text", "new_text"),
    "lifecycle_history": ("group_id", "stage", "began_on", "note"),
    "partners": ("id", "name", "contact", "notes"),
    "partner_shares": ("partner_id", "group_id", "share_bp", "basis", "categories"),
    "members": (
        "id", "name", "nickname", "wechat_id", "phone", "email", "referrer_id", "referrer_text",
        "notes", "created_at", "search_key", "name_key",
    ),
    "member_tags": ("member_id", "tag"),
    "memberships": ("id", "member_id", "group_id", "joined_on", "left_on", "paid_until"),
    "role_history": ("membership_id", "role", "since", "until"),
    "events": (
        "id", "group_id", "title", "type", "online", "location", "starts_at", "ends_at",
        "host_id", "capacity", "fee_minor", "cost_minor", "currency", "notes", "outcome",
        "depth_rating", "rrule", "series_id", "recurrence_start",
    ),
    "event_exdates": ("event_id", "occurrence_start"),
    "attendance": ("event_id", "occurrence_start", "member_id", "status"),
    "revenue": (
        "day", "group_id", "kind", "category", "amount_minor", "currency", "channel",
        "member_id", "event_id", "referrer_id", "partner_id", "note", "renewal_membership_id",
        "renewal_previous_until",
    ),
    "activity_daily": ("group_id", "day", "messages", "active_members", "joined", "left_count"),
    "goals": ("group_id", "metric", "period", "min_value", "max_value", "effective_from"),
}  # fmt: skip


def _insert(conn: sqlite3.Connection, table: str, rows: Sequence[_Row]) -> None:
    """Bulk insert rows into an empty table, rebuilding its indexes afterwards."""
    # Building an index once from sorted data beats updating it row by row (~15% of the
    # load at 100,000 members); the DROP and CREATE are part of the caller's transaction.
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master"
        " WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        (table,),
    ).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    columns = _COLUMNS[table]
    marks = ", ".join("?" * len(columns))
    # Plain executemany: sqlite-utils' insert_all is about ten times slower here.
    conn.executemany(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', rows)
    for _, sql in indexes:
        conn.execute(sql)


@contextlib.contextmanager
def _big_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """Give the connection a large page cache while the demo is written, then restore it."""
    # With the default 2 MB cache a big load spills dirty pages to the WAL before commit;
    # the cache only grows as far as the data needs, and shrinks back on restore.
    previous = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {previous}")


def _has_data(conn: sqlite3.Connection) -> bool:
    """Whether any table except the owner's vocabulary and settings holds a row."""
    return any(
        conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None
        for table in TABLES
        if table not in ("vocabulary", "settings")
    )


def generate_demo(
    database: Database,
    *,
    members: int = 300,
    seed: int = 0,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with a Chinese demo; the same seed and day give the same data."""
    if members < 0:
        raise ValidationError("members", "the number of members must be 0 or more")
    report: Progress = progress or (lambda _stage: None)
    demo = _Demo(members, seed, today or database.clock.today())
    with _big_cache(database.conn), database.transaction() as conn:
        # Checked inside the transaction so nothing can slip in between check and write.
        if _has_data(conn):
            raise ValidationError(
                "database", "this database already has data; a demo only fills an empty one"
            )
        # The roster-summary triggers would recompute a member per membership, role and tag
        # row (hours at 100,000 members); paused, the summaries are computed once at the end.
        conn.execute("INSERT INTO roster_summary_paused (one) VALUES (1)")
        # Each batch is written as soon as its parents are, so big row lists don't pile up.
        report("members")
        member_rows, tag_rows = demo.build_members()
        _insert(conn, "members", member_rows)
        _insert(conn, "member_tags", tag_rows)
        del member_rows, tag_rows
        report("memberships")
        role_rows = demo.build_memberships()
        demo.build_fees()  # sets paid_until, so before the memberships are written
        report("groups")
        for table, rows in demo.group_rows().items():
            _insert(conn, table, rows)
        _insert(conn, "memberships", demo.membership_rows())
        _insert(conn, "role_history", role_rows)
        del role_rows
        report("events")
        demo.build_events()
        report("attendance")
        demo.build_attendance()
        event_rows = demo.event_rows()
        _insert(conn, "events", event_rows)
        _insert(conn, "event_exdates", demo.exdates)
        _insert(conn, "attendance", demo.attendance)
        report("revenue")
        demo.build_revenue()
        _insert(conn, "revenue", demo.revenue)
        report("activity")
        activity_rows, levels = demo.build_activity()
        _insert(conn, "activity_daily", activity_rows)
        report("goals")
        _insert(conn, "goals", demo.build_goals(levels))
        conn.execute("DELETE FROM roster_summary_paused")
        refresh_roster_summaries(conn)
        refresh_dashboard_days(conn)
    report("done")
    return DemoSummary(
        groups=len(_GROUPS),
        members=members,
        memberships=len(demo.memberships),
        events=len(event_rows),
        attendance=len(demo.attendance),
        revenue=len(demo.revenue),
        activity_days=len(activity_rows),
    )
