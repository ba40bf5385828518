"""Chinese and English labels of coded values, sheet names and headers for exports (no Qt).

The window translates codes through Qt (desktop/views/common/labels.py); a workbook is written in
a language the owner picks for the partner, possibly not the window's, and from the CLI
without Qt, so the exporter keeps its own plain table. Wording follows the window's labels.
The owner's own words from the `vocabulary` table win over these.
"""

from __future__ import annotations

import sqlite3

LANGUAGES = ("zh_CN", "en")

# domain -> code -> (Chinese, English)
CODE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "platform": {
        "wechat": ("微信群", "WeChat group"),
        "wecom": ("企业微信群", "WeCom customer group"),
        "qq": ("QQ群", "QQ group"),
        "knowledge_planet": ("知识星球", "Knowledge Planet"),
        "telegram_discord": ("Telegram / Discord", "Telegram / Discord"),
        "offline": ("线下社群", "Offline club"),
        "other": ("其他平台", "Other platform"),
    },
    "purpose": {
        "sales": ("增加销售/复购", "Sales & repurchase"),
        "service": ("服务客户", "Customer service"),
        "brand": ("扩大品牌", "Brand & influence"),
        "networking": ("资源互换", "Resource exchange"),
        "learning": ("学习成长", "Learning & growth"),
    },
    "value_type": {
        "knowledge": ("知识", "Knowledge"),
        "resource": ("资源", "Resources"),
        "service": ("服务", "Service"),
        "benefit": ("利益", "Benefits & deals"),
    },
    "structure": {
        "pyramid": ("金字塔型", "Pyramid (one soul figure)"),
        "ring": ("环形", "Ring (several peer leaders)"),
    },
    "role": {
        "founder": ("灵魂人物", "Founder / soul figure"),
        "owner": ("群主", "Owner"),
        "admin": ("管理者/小秘书", "Admin / secretary"),
        "leader": ("意见领袖/骨干", "Leader / expert"),
        "spokesperson": ("代言人", "Spokesperson"),
        "active": ("活跃分子", "Active member"),
        "seed": ("种子用户", "Seed user"),
        "follower": ("追随者", "Follower"),
    },
    "threshold": {
        "interest": ("兴趣门槛", "Interest"),
        "identity": ("身份门槛", "Identity"),
        "payment": ("付费门槛", "Payment"),
        "process": ("流程门槛", "Process"),
        "activity": ("活跃门槛", "Activity"),
    },
    "lifecycle": {
        "introduction": ("引入期", "Introduction"),
        "growth": ("成长期", "Growth"),
        "maturity": ("成熟期", "Maturity"),
        "decline": ("衰退期", "Decline"),
        "dissolved": ("解散", "Dissolved"),
    },
    "metric": {
        "members_total": ("成员总数", "Members total"),
        "new_members": ("新成员", "New members"),
        "active_members": ("活跃成员", "Active members"),
        "messages_per_day": ("日均消息数", "Messages per day"),
        "events_held": ("活动场次", "Events held"),
        "attendance": ("出席人次", "Event attendance"),
        "revenue": ("收入", "Revenue"),
    },
    "period": {"week": ("每周", "per week"), "month": ("每月", "per month")},
    "event_type": {
        "lecture": ("线上讲座", "Online lecture"),
        "salon": ("线下沙龙", "Offline salon"),
        "qa": ("答疑", "Q&A"),
        "checkin": ("打卡", "Check-in challenge"),
        "content": ("每日内容", "Daily content"),
        "welcome": ("欢迎仪式", "Welcome ritual"),
        "auction": ("拍卖", "Auction"),
        "crowdfunding": ("众筹", "Crowdfunding"),
        "other": ("其他活动", "Other activity"),
    },
    "attendance": {"signed_up": ("已报名", "Signed up"), "attended": ("已出席", "Attended")},
    "revenue_kind": {
        "direct": ("直接收入", "Direct income"),
        "indirect": ("间接收入", "Indirect income"),
        "expense": ("支出", "Expense"),
    },
    "category": {
        "membership": ("会员费", "Paid membership"),
        "ticket": ("门票", "Lecture tickets"),
        "offline_ticket": ("线下活动门票", "Offline event tickets"),
        "course": ("课程", "Courses"),
        "product": ("产品销售", "Product sales"),
        "auction": ("拍卖", "Auction"),
        "crowdfunding": ("众筹", "Crowdfunding"),
        "consulting": ("咨询", "Consulting"),
        "sponsorship": ("赞助", "Sponsorship"),
        "referral": ("推荐佣金", "Referral fees"),
        "partner_deal": ("合作分成", "Partner deal"),
        "other_income": ("其他收入", "Other income"),
        "venue": ("场地", "Venue"),
        "gifts": ("礼品", "Gifts"),
        "ads": ("广告", "Advertising"),
        "tools": ("工具", "Tools"),
        "speaker_fee": ("讲师费", "Speaker fee"),
        "other_expense": ("其他支出", "Other expense"),
    },
    "channel": {
        "wechat_pay": ("微信支付", "WeChat Pay"),
        "alipay": ("支付宝", "Alipay"),
        "bank": ("银行转账", "Bank transfer"),
        "cash": ("现金", "Cash"),
        "other": ("其他渠道", "Other channel"),
    },
    "member_status": {
        "active": ("在群", "Active"),
        "expired": ("已过期", "Expired"),
        "left": ("已退群", "Left"),
    },
    "goal_status": {
        "met": ("达标", "Met"),
        "below": ("低于目标", "Below goal"),
        "above": ("高于目标", "Above goal"),
        "in_progress": ("进行中", "In progress"),
        "not_enough_data": ("数据不足", "Not enough data"),
        "no_goal": ("未设目标", "No goal"),
    },
    "basis": {"net": ("净收入", "Net"), "categories": ("指定类别", "Chosen categories")},
    "payout_method": {
        "bank": ("银行转账", "Bank transfer"),
        "wechat": ("微信", "WeChat Pay"),
        "alipay": ("支付宝", "Alipay"),
        "cash": ("现金", "Cash"),
        "other": ("其他", "Other"),
    },
}

# Sheet key -> (Chinese, English) name; Excel allows at most 31 characters.
SHEET_NAMES: dict[str, tuple[str, str]] = {
    "summary": ("概览", "Summary"),
    "groups": ("社群", "Groups"),
    "members": ("成员", "Members"),
    "roles": ("角色", "Roles"),
    "events": ("活动", "Events"),
    "attendance": ("出席", "Attendance"),
    "activity": ("活跃度", "Activity"),
    "revenue": ("收入", "Revenue"),
    "goals": ("目标", "Goals"),
    "partner_statement": ("合作方结算", "Partner statement"),
    "partner_entries": ("分成明细", "Entries"),
    "partner_figures": ("月度汇总", "Figures by month"),
    "partner_members": ("成员名单", "Members"),
}

# Column key -> (Chinese, English) header.
HEADERS: dict[str, tuple[str, str]] = {
    "id": ("编号", "No."),
    "name": ("名称", "Name"),
    "member": ("成员", "Member"),
    "member_name": ("姓名", "Name"),
    "nickname": ("昵称", "Nickname"),
    "wechat_id": ("微信号", "WeChat ID"),
    "phone": ("手机", "Phone"),
    "email": ("邮箱", "Email"),
    "group": ("社群", "Group"),
    "groups": ("所在社群", "Groups"),
    "role": ("角色", "Role"),
    "joined_first": ("首次入群", "Joined"),
    "referrer": ("推荐人", "Referrer"),
    "tags": ("标签", "Tags"),
    "paid_until": ("会费到期", "Paid until"),
    "status": ("状态", "Status"),
    "notes": ("备注", "Notes"),
    "platform": ("平台", "Platform"),
    "purpose": ("建群目的", "Purpose"),
    "value": ("提供价值", "Value"),
    "theme": ("主题", "Theme"),
    "audience": ("目标人群", "Audience"),
    "structure": ("结构", "Structure"),
    "stage": ("生命周期", "Lifecycle stage"),
    "thresholds": ("入群门槛", "Entry thresholds"),
    "fee": ("会费", "Fee"),
    "currency": ("币种", "Currency"),
    "fee_period": ("会费周期（月）", "Fee period (months)"),
    "capacity": ("容量", "Capacity"),
    "current_members": ("当前成员", "Current members"),
    "rules": ("群规", "Rules"),
    "created": ("建群日期", "Created"),
    "since": ("起始", "Since"),
    "until": ("截止", "Until"),
    "title": ("标题", "Title"),
    "type": ("类型", "Type"),
    "start": ("开始", "Start"),
    "end": ("结束", "End"),
    "recurrence": ("重复", "Recurrence"),
    "rrule": ("重复规则 (RRULE)", "RRULE"),
    "online": ("线上", "Online"),
    "location": ("地点", "Location"),
    "host": ("主持人", "Host"),
    "attended": ("出席人次", "Attended"),
    "event": ("活动", "Event"),
    "date": ("日期", "Date"),
    "messages": ("消息数", "Messages"),
    "active": ("活跃人数", "Active"),
    "joined": ("入群", "Joined"),
    "left": ("退群", "Left"),
    "kind": ("类型", "Kind"),
    "category": ("类别", "Category"),
    "amount": ("金额", "Amount"),
    "channel": ("渠道", "Channel"),
    "partner": ("合作方", "Partner"),
    "note": ("备注", "Note"),
    "metric": ("指标", "Metric"),
    "period": ("周期", "Period"),
    "min": ("下限", "Min"),
    "max": ("上限", "Max"),
    "effective_from": ("生效日期", "Effective from"),
    "actual": ("实际", "Actual"),
    "goal_min": ("目标下限", "Goal min"),
    "goal_max": ("目标上限", "Goal max"),
    "result": ("结果", "Result"),
    "days_with_data": ("有数据天数", "Days with data"),
    "days_judged": ("评估天数", "Days judged"),
    "month": ("月份", "Month"),
    "income": ("收入", "Income"),
    "expense": ("支出", "Expense"),
    "net": ("净额", "Net"),
    "share": ("分成比例", "Share"),
    "basis": ("计算基础", "Basis"),
    "base": ("分成基数", "Base"),
    "owed": ("应付", "Owed"),
    "entries": ("笔数", "Entries"),
    "paid": ("已付", "Paid"),
    "balance": ("结余", "Balance"),
    "owed_to_date": ("累计应付", "Owed to date"),
    "paid_to_date": ("累计已付", "Paid to date"),
    "balance_to_date": ("累计结余", "Balance to date"),
    "method": ("付款方式", "Method"),
}

# Free phrases used in titles, totals and summaries.
TEXTS: dict[str, tuple[str, str]] = {
    "title": ("群台导出", "QunDesk export"),
    "period": ("期间", "Period"),
    "groups_in_export": ("导出的社群", "Groups"),
    "partner": ("合作方", "Partner"),
    "masked": ("联系方式已隐藏", "Contacts masked"),
    "exported": ("导出时间", "Exported"),
    "total": ("合计", "Total"),
    "total_of": ("合计 {what}（{currency}）", "Total {what} ({currency})"),
    "goals_vs_actual": ("目标与实际", "Goals vs actual"),
    "activity_vs_goal": ("日均消息数：实际与目标", "Messages per day: actual vs goal"),
    "revenue_by_month": ("每月收入（{currency}）", "Revenue by month ({currency})"),
    "statement": ("{partner} 结算单", "Statement for {partner}"),
    "owed_total": ("应付合计（{currency}）", "Total owed ({currency})"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "changed_occurrence": ("（单次调整）", "(one changed occurrence)"),
    "no_goal": ("未设目标", "no goal"),
    "settlement": ("本期结算", "This period"),
    "per_group": ("分社群计算", "By group"),
    "payouts": ("本期付款", "Payouts in this period"),
    "no_payouts": ("本期没有付款记录", "No payouts in this period"),
    "balance_rule": (
        "结余 = 应付 − 已付，负数表示已多付；累计为截至期末的全部记录。",
        "Balance = owed − paid (negative: paid ahead); to date counts everything up to the "
        "period's end.",
    ),
    "rounding": (
        "分成按社群和币种计算，四舍六入五成双到分，不足一分归群主；亏损不分摊。",
        "Shares are computed per group and currency, rounded half to even at the fen (the "
        "remainder stays with the owner); losses are not shared.",
    ),
    "names_masked": ("成员姓名已隐藏", "Member names masked"),
    # a printed page's footer: sheet name (&A), page x of y (&P, &N), the export date
    "page_of": ("第 &P 页，共 &N 页", "Page &P of &N"),
    "exported_on": ("导出于 {date}", "Exported {date}"),
}


def _index(lang: str) -> int:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown export language {lang!r}; use zh_CN or en")
    return LANGUAGES.index(lang)


def code_labels(domain: str, lang: str, conn: sqlite3.Connection | None = None) -> dict[str, str]:
    """Every code of a domain mapped to its label in `lang`, the owner's own words first."""
    i = _index(lang)
    found = {code: pair[i] for code, pair in CODE_LABELS.get(domain, {}).items()}
    if conn is not None:
        rows = conn.execute(
            "SELECT code, label_zh, label_en FROM vocabulary WHERE domain = ? "
            "ORDER BY position, code",
            (domain,),
        )
        for code, *words in rows:
            own = str(words[i] or "").strip()
            if own:
                found[str(code)] = own
            elif str(code) not in found:  # an added entry named in the other language only
                found[str(code)] = str(words[1 - i] or "").strip() or str(code)
    return found


def sheet_name(key: str, lang: str) -> str:
    """A sheet's name in `lang`."""
    return SHEET_NAMES[key][_index(lang)]


def header(key: str, lang: str) -> str:
    """A column header in `lang`."""
    return HEADERS[key][_index(lang)]


def text(key: str, lang: str, **values: str) -> str:
    """A phrase in `lang` with its {placeholders} filled."""
    return TEXTS[key][_index(lang)].format(**values)
