"""The owner's week, start to finish, as issue 23 tells it: a paid 读书会 set up, the roster
imported as it is, leaders marked, a lecture series and a salon planned, a 接龙 checked in
with its guests, fees, a pre-sold ticket, a refund and the venue recorded, the group seen
against its goal, the partner settled, and the 群公告 and a renewal reminder written for the
chat — every figure worked out by hand. Runs at the suite's fixed clock (Monday 2026-11-23).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.models.calendar import attendance, chat_paste
from desktop.models.calendar.events import EventDraft, create_event
from desktop.models.calendar.occurrences import occurrences
from desktop.models.core.codes import EventType, Metric, Role
from desktop.models.exchange import member_import
from desktop.models.groups import goals, verdict
from desktop.models.groups.goals import GoalStatus
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members.members import change_role, current_roles
from desktop.models.revenue import partners, payouts, refunds, revenue
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database
from desktop.models.texts import render

ROSTER = Path(__file__).parent / "fixtures" / "sheets" / "wps_roster.xlsx"
TODAY = dt.date(2026, 11, 23)
D = dt.date
T = dt.datetime


def _member(db: Database, name: str) -> int:
    (found,) = db.conn.execute("SELECT id FROM members WHERE name = ?", (name,)).fetchall()
    return int(found[0])


def test_the_owners_week(database: Database) -> None:
    db = database
    # Monday: a paid 读书会, ¥299 a year, with an activity threshold
    group = create_group(
        db,
        GroupDraft(
            name="读书会",
            theme="每周共读一本书",
            fee_minor=29900,
            fee_period_months=12,
            thresholds={"activity": "每月至少打卡4次"},
            created_on=D(2024, 1, 1),
        ),
        today=TODAY,
    )

    # the roster from WPS: 领读人 mapped once; nickname-only and ID-only rows come in too
    sheet = member_import.read_sheet(ROSTER)
    plan = member_import.plan_import(db, sheet, role_map={"领读人": Role.LEADER}, today=TODAY)
    assert not plan.errors and len(plan.rows) == 11
    member_import.apply_import(db, plan)
    assert db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 11
    lin, chen, wang = _member(db, "林晓"), _member(db, "陈思"), _member(db, "王磊")
    assert current_roles(db, [_member(db, "赵敏")], group) == {_member(db, "赵敏"): Role.LEADER}

    # a leader marked: 郑雨, 活跃 in the sheet, leads from today
    zheng = _member(db, "郑雨")
    assert current_roles(db, [zheng], group) == {zheng: Role.ACTIVE}
    change_role(db, zheng, group, Role.LEADER, on=TODAY, today=TODAY)
    assert current_roles(db, [zheng], group) == {zheng: Role.LEADER}

    # a lecture series (Wednesdays from 11-04) and a salon on Saturday
    lectures = create_event(
        db,
        EventDraft(
            group_id=group,
            title="共读直播",
            type=EventType.LECTURE,
            starts_at=T(2026, 11, 4, 20),
            ends_at=T(2026, 11, 4, 21),
            rrule="FREQ=WEEKLY;COUNT=8",
        ),
    )
    salon = create_event(
        db,
        EventDraft(
            group_id=group,
            title="周六沙龙",
            type=EventType.SALON,
            online=False,
            starts_at=T(2026, 11, 28, 14),
            ends_at=T(2026, 11, 28, 16),
            capacity=6,
            fee_minor=5000,
        ),
    )

    # last Wednesday's lecture checked in from a 接龙
    _, matches = chat_paste.match_paste(db, group, "#接龙 共读直播\n1. 林晓\n2. 王磊")
    came = {m.member_id: "attended" for m in matches if m.member_id is not None}
    attendance.set_attendance(db, lectures, T(2026, 11, 18, 20), came)
    assert attendance.counts(db, lectures, T(2026, 11, 18, 20)).attended == 2
    # Saturday's salon: sign-ups with the guests they bring; 4 + 2 guests fill 6 seats
    text = "#接龙 周六沙龙\n1. 林晓 带一个朋友\n2. 陈思 +1\n3. 王磊\n4. 周舟"
    _, matches = chat_paste.match_paste(db, group, text)
    wanted = {m.member_id: "signed_up" for m in matches if m.member_id is not None}
    guests = {m.member_id: m.entry.guests for m in matches if m.member_id and m.entry.guests}
    attendance.set_attendance(db, salon, T(2026, 11, 28, 14), wanted, guests)
    counts = attendance.counts(db, salon, T(2026, 11, 28, 14))
    assert (counts.signed_up, counts.guests, counts.heads, counts.over_capacity) == (
        4,
        2,
        6,
        False,
    )

    # money: two fees, a ticket pre-sold for Saturday, the venue, and half a fee refunded
    assert next(e[1] for e in revenue.event_choices(db, group, TODAY)) == "周六沙龙"  # coming
    revenue.add_entry(db, EntryDraft(D(2026, 11, 2), group, "membership", 29900, member_id=lin))
    fee = revenue.add_entry(
        db, EntryDraft(D(2026, 11, 3), group, "membership", 29900, member_id=wang)
    )
    revenue.add_entry(
        db,
        EntryDraft(D(2026, 11, 20), group, "offline_ticket", 5000, member_id=chen, event_id=salon),
    )
    revenue.add_entry(db, EntryDraft(D(2026, 11, 21), group, "venue", 30000, event_id=salon))
    refunds.add_refund(db, fee, refunds.RefundDraft(day=D(2026, 11, 22), amount_minor=14950))
    # a renewal due: 陈思 paid on 2025-11-28, so her year ends on 2026-11-28
    revenue.add_entry(db, EntryDraft(D(2025, 11, 28), group, "membership", 29900, member_id=chen))

    # the group against its goal: ¥300 net a month from 11-01, judged up to today
    goals.set_goal(db, group, Metric.REVENUE, "month", 30000, None, effective_from=D(2026, 11, 1))
    check = verdict.metric_verdict(db, group, Metric.REVENUE, D(2026, 11, 1), D(2026, 11, 30))
    assert check is not None
    # 299 + 299 + 50 − 300 − 149.50 = ¥198.50 against 23 of 30 days of ¥300 = ¥230.00
    assert (check.actual, check.band_min) == (19850, 23000)
    assert (check.status, check.pace) == (GoalStatus.IN_PROGRESS, GoalStatus.BELOW)

    # the partner: 30% of the group's net; ¥30 paid so far
    partner = partners.create_partner(db, "王会计")
    partners.set_share(db, partner, group, 3000)
    payouts.add_payout(db, partner, payouts.PayoutDraft(D(2026, 11, 22), 3000))
    statement = partners.statement(db, partner, D(2026, 11, 1), D(2026, 11, 30))
    # 30% of ¥198.50 = ¥59.55 owed; ¥30.00 paid; ¥29.55 still to pay
    assert statement.owed == {"CNY": 5955}
    assert (statement.paid, statement.balance) == ({"CNY": 3000}, {"CNY": 2955})

    # the texts for the chat, in Chinese
    notice = render.notice_text(db, group, "zh_CN")
    assert "读书会" in notice and "每周共读一本书" in notice
    assert "每月至少打卡4次" in notice
    owner_list, *personal = render.renewal_texts(db, group, TODAY, "zh_CN")
    assert "陈思" in owner_list.text
    (reminder,) = [p for p in personal if "陈思" in p.text]
    assert "11月28日" in reminder.text
    # the rest of the week: Wednesday's lecture, then Saturday's salon
    assert [(o.title, o.start) for o in occurrences(db, TODAY, D(2026, 11, 29), group)] == [
        ("共读直播", T(2026, 11, 25, 20)),
        ("周六沙龙", T(2026, 11, 28, 14)),
    ]
