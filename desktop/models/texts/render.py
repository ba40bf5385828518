"""The five texts for the chat, filled from the data: notice, 接龙, renewals, weekly, welcome.

Each function reads what its text needs and fills the template in use for the language
(`templates.template`); nothing is written. Lists are numbered "1. …" lines, and a part
with nothing to say reads as a sentence of its own (words.py), never as an empty heading.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models.calendar.attendance import NOT_ATTENDED_TYPES, check_ins_between
from desktop.models.calendar.events import get_event
from desktop.models.calendar.occurrences import Occurrence, occurrences
from desktop.models.chats.history import messages_between
from desktop.models.core.codes import Metric, Threshold, codes
from desktop.models.dashboard.nudges import NudgeSettings, joined_members, renewals_due
from desktop.models.groups.goals import GoalCheck, GoalStatus
from desktop.models.groups.groups import Group, get_group
from desktop.models.groups.rules import list_rules
from desktop.models.groups.verdict import group_health, period_of
from desktop.models.members.queries import member_names
from desktop.models.storage.db import Database
from desktop.models.texts.templates import TextKind, fill, template
from desktop.models.texts.words import (
    Words,
    band_text,
    day_text,
    money_text,
    when_text,
    words_for,
)

SIGNUP_LINES = 5  # empty numbered lines under a 接龙 (fewer when the capacity is smaller)
TOP_MEMBERS = 5  # contributors named in a weekly report
UPCOMING_DAYS = 14  # how far ahead a weekly report looks for events
UPCOMING_EVENTS = 5
WELCOME_DAYS = 7  # newcomers of the last this many days are welcomed


@dataclass(frozen=True, slots=True)
class Piece:
    """One text to copy: what it is for (a member's name, "" for the whole) and the text."""

    label: str
    text: str
    member_id: int | None = None


def numbered(lines: list[str]) -> str:
    """Lines as a chat writes a list: "1. …", one a line."""
    return "\n".join(f"{n}. {line}" for n, line in enumerate(lines, start=1))


# ---- 群公告 / 群规 ----------------------------------------------------------------------


def notice_text(db: Database, group_id: int, language: str) -> str:
    """The entry notice: theme, audience, "入群你需要…", "可以获得…" and the numbered rules."""
    group = get_group(db, group_id)
    words = words_for(language)
    rules = [rule.text for rule in list_rules(db, group_id)]
    values = {
        "group": group.name,
        "theme": group.theme,
        "audience": group.audience,
        "requirements": numbered(_requirements(group, words, language))
        or numbered([words.no_requirements]),
        "benefits": _benefits(group, words),
        "rules": numbered(rules) if rules else words.no_rules,
        "fee": _fee(group, language),
    }
    return fill(template(db, TextKind.NOTICE, language), TextKind.NOTICE, language, values)


def _requirements(group: Group, words: Words, language: str) -> list[str]:
    """The entry thresholds as written, in the method's order; the fee if none speaks of it."""
    found = [group.thresholds[kind] for kind in codes(Threshold) if group.thresholds.get(kind)]
    if group.fee_minor and not group.thresholds.get(Threshold.PAYMENT):
        found.append(words.thresholds[Threshold.PAYMENT] + words.colon + _fee(group, language))
    return found


def _benefits(group: Group, words: Words) -> str:
    """The group's mission, with the kinds of value it offers after it."""
    kinds = words.separator.join(
        words.value_types[code] for code in group.value_types if code in words.value_types
    )
    if group.mission and kinds:
        return _with_note(group.mission, kinds, words)
    return group.mission or kinds or words.no_gains


def _fee(group: Group, language: str) -> str:
    """The group's fee and its period: "299 元 / 12 个月"; "" for a free group."""
    if not group.fee_minor:
        return ""
    fee = money_text(group.fee_minor, group.fee_currency, language)
    months = group.fee_period_months
    if months is None:
        return fee
    if language == "en":
        return f"{fee} / {months} month{'s' if months != 1 else ''}"
    return f"{fee} / {months} 個月" if language == "zh_TW" else f"{fee} / {months} 个月"


# ---- 接龙 --------------------------------------------------------------------------------


def signup_text(db: Database, occurrence: Occurrence, language: str) -> str:
    """A 接龙 for one occurrence: title, time, place, spots, fee and an empty numbered list.

    The list is in the form `calendar.chat_paste.parse_paste` reads back once people have
    written their names after the numbers.
    """
    words = words_for(language)
    event = get_event(db, occurrence.event_id)
    place = occurrence.location or (words.online if occurrence.online else words.no_place)
    if occurrence.online and occurrence.location:
        place = f"{words.online} {occurrence.location}"
    capacity = occurrence.capacity
    slots = SIGNUP_LINES if capacity is None else max(1, min(SIGNUP_LINES, capacity))
    values = {
        "group": get_group(db, occurrence.group_id).name,
        "event": occurrence.title,
        "time": when_text(occurrence.start, occurrence.end, language),
        "place": place,
        "spots": words.no_limit if capacity is None else words.people.format(n=capacity),
        "fee": money_text(event.fee_minor, event.currency, language),
        "list": "\n".join(f"{n}. " for n in range(1, slots + 1)),
    }
    return fill(template(db, TextKind.SIGNUP, language), TextKind.SIGNUP, language, values)


# ---- renewal reminders --------------------------------------------------------------------


def renewal_texts(
    db: Database,
    group_id: int | None,
    today: dt.date,
    language: str,
    settings: NudgeSettings | None = None,
) -> list[Piece]:
    """The owner's list of memberships ending soon, then one personal message per member.

    "Soon" is the nudges' window (`NudgeSettings.expiring_days`, both ends included). With
    nobody expiring, the list alone, saying so.
    """
    settings = settings or NudgeSettings()
    words = words_for(language)
    due = renewals_due(db, group_id, today, settings)
    groups = {gid: get_group(db, gid) for gid in dict.fromkeys(n.group_id for n in due)}
    several = len(groups) > 1
    lines: list[str] = []
    personal: list[Piece] = []
    renewal = template(db, TextKind.RENEWAL, language)
    for nudge in due:
        if nudge.day is None:  # expiring lines always have their day
            continue
        left = (nudge.day - today).days
        days = (
            words.expires_today
            if left == 0
            else words.day_left
            if left == 1
            else words.days_left.format(n=left)
        )
        date = day_text(nudge.day, language, year=True)
        line = words.renewal_line.format(name=nudge.name, date=date, days=days)
        lines.append(f"{line} · {nudge.group_name}" if several else line)
        values = {
            "member": nudge.name,
            "group": nudge.group_name,
            "paid_until": date,
            "days_left": days,
            "fee": _fee(groups[nudge.group_id], language),
        }
        text = fill(renewal, TextKind.RENEWAL, language, values)
        personal.append(Piece(nudge.name, text, nudge.member_id))
    if group_id is not None:
        group_label = get_group(db, group_id).name
    else:
        group_label = words.separator.join(g.name for g in groups.values()) or words.all_groups
    values = {
        "group": group_label,
        "days": str(settings.expiring_days),
        "expiring": numbered(lines) if lines else words.no_expiring,
    }
    owner_list = fill(
        template(db, TextKind.RENEWAL_LIST, language), TextKind.RENEWAL_LIST, language, values
    )
    return [Piece("", owner_list), *personal]


# ---- 群周报 --------------------------------------------------------------------------------


def weekly_report(db: Database, group_id: int, language: str) -> str:
    """This ISO week so far: goals in plain words, newcomers, top contributors, what is next."""
    words = words_for(language)
    now = db.clock.now()
    today = now.date()
    monday, sunday = period_of(today, "week")
    group = get_group(db, group_id)
    newcomers = [row[3] for row in joined_members(db, group_id, monday, today)]
    names = words.separator.join(newcomers)
    upcoming = [
        f"{when_text(o.start, o.end, language)} {o.title}" for o in _upcoming(db, group_id, now)
    ]
    values = {
        "group": group.name,
        "week": f"{day_text(monday, language)}–{day_text(sunday, language)}",
        "progress": _progress(db, group_id, monday, sunday, words, language),
        "welcome": words.welcome_names.format(names=names) if names else words.no_newcomers,
        "newcomers": names,
        "top": _top(db, group_id, monday, now, words),
        "upcoming": numbered(upcoming) if upcoming else words.no_events,
    }
    return fill(template(db, TextKind.WEEKLY, language), TextKind.WEEKLY, language, values)


def _progress(
    db: Database, group_id: int, monday: dt.date, sunday: dt.date, words: Words, language: str
) -> str:
    """One numbered line per goal judged this week (revenue stays with the owner)."""
    order = {code: n for n, code in enumerate(codes(Metric))}
    checks = sorted(
        (c for c in group_health(db, group_id, monday, sunday) if c.goal.metric != Metric.REVENUE),
        key=lambda c: order.get(c.goal.metric, len(order)),
    )
    lines = [_check_line(check, words, language) for check in checks]
    lines = [line for line in lines if line]
    return numbered(lines) if lines else words.no_goals


def _check_line(check: GoalCheck, words: Words, language: str) -> str:
    """ "新成员 3 人（目标 2–4）：目前达标"; "" for a metric with no goal this week."""
    if check.status == GoalStatus.NO_GOAL or check.goal.metric not in words.metrics:
        return ""
    figure = words.metrics[check.goal.metric].format(actual=check.actual)
    if check.band_min == 0 and check.band_max is None:
        return figure  # "at least 0" asks nothing: the figure alone
    figure += words.goal.format(band=band_text(check.band_min, check.band_max, language))
    if check.status == GoalStatus.IN_PROGRESS and check.pace is not None:
        status = words.statuses["in_progress_" + check.pace.value]
    else:
        status = words.statuses.get(check.status.value, "")
    return f"{figure}{words.colon}{status}" if status else figure


def _top(db: Database, group_id: int, monday: dt.date, now: dt.datetime, words: Words) -> str:
    """The week's most active: messages in the imported chat plus check-ins, most first."""
    start = dt.datetime.combine(monday, dt.time())
    messages = messages_between(db, monday, now.date(), group_id)
    checkins = check_ins_between(db, group_id, start, now)
    scores = {mid: messages.get(mid, 0) + checkins.get(mid, 0) for mid in {*messages, *checkins}}
    names = member_names(db, scores)
    ranked = sorted(
        (mid for mid in scores if scores[mid] > 0 and mid in names),
        key=lambda mid: (-scores[mid], names[mid], mid),
    )[:TOP_MEMBERS]
    lines = []
    for mid in ranked:
        parts = [
            text.format(n=count)
            for text, count in (
                (words.top_messages, messages.get(mid, 0)),
                (words.top_checkins, checkins.get(mid, 0)),
            )
            if count
        ]
        lines.append(_with_note(names[mid], words.separator.join(parts), words))
    return numbered(lines) if lines else words.no_top


def _with_note(text: str, note: str, words: Words) -> str:
    """ "text（note）" in Chinese, "text (note)" in English."""
    return f"{text}（{note}）" if words.colon == "：" else f"{text} ({note})"


def _upcoming(db: Database, group_id: int, now: dt.datetime) -> list[Occurrence]:
    """The group's next occurrences that have not started (content posts left out)."""
    last = now.date() + dt.timedelta(days=UPCOMING_DAYS)
    found = [
        o
        for o in occurrences(db, now.date(), last, group_id)
        if o.start > now and o.type not in NOT_ATTENDED_TYPES
    ]
    return found[:UPCOMING_EVENTS]


# ---- welcome ---------------------------------------------------------------------------


def newcomers(db: Database, group_id: int, today: dt.date, days: int = WELCOME_DAYS) -> list[str]:
    """Names of the group's current members who joined in the last `days` days (today - days
    included), in the order they joined."""
    return [row[3] for row in joined_members(db, group_id, today - dt.timedelta(days=days), today)]


def welcome_text(
    db: Database, group_id: int, today: dt.date, language: str, days: int = WELCOME_DAYS
) -> str:
    """A welcome naming the newcomers of the last `days` days ("新朋友们" when there are none)."""
    words = words_for(language)
    group = get_group(db, group_id)
    names = newcomers(db, group_id, today, days)
    values = {
        "group": group.name,
        "newcomers": words.separator.join(names) or words.new_friends,
        "theme": group.theme,
        "days": str(days),
    }
    return fill(template(db, TextKind.WELCOME, language), TextKind.WELCOME, language, values)
