"""Entry thresholds that act: the exit side of 严进宽出, read from check-ins and the chat.

A group's activity threshold (活跃门槛) is free text such as "每月至少打卡4次". The common
forms are read into a rule — how many times (N 次, digits or 一…十), per which window
(每天/每周/每月/每季度/每半年/每年, or "N 天/周/个月 内"; "入群…内" counts from the day a
member joined), doing what: 打卡/签到 (attended check-in events), 出席/参加/参与/到场
(attended events, of one type when the text names it: 沙龙, 讲座, 答疑, 欢迎仪式…) or
发言/消息/说话/聊天 (messages in the imported chat history); "at least 4 check-ins per
month" in English too. A text that cannot be read, or a rule without data to check it by,
is reported as not checked, with the reason.

A rolling window ends today (the chat's, on the last day its history covers); only members
in the group for the whole window are judged, so a newcomer is not listed before having
had the time. A rule counted from joining judges members whose first window ended in the
last `FIRST_WINDOW_HORIZON` days. The payment threshold (付费门槛) lists paid memberships
that expired and were not renewed, members still in the group.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from desktop.models.chats.history import chat_spans, messages_between
from desktop.models.core.codes import EventType, Threshold
from desktop.models.core.common import iso
from desktop.models.core.messages import msg
from desktop.models.groups.groups import get_group, list_group_refs
from desktop.models.storage.db import Database

# A rule counted from joining judges members whose first window ended this recently.
FIRST_WINDOW_HORIZON = 90


class Basis(StrEnum):
    """What a rule counts."""

    CHECKINS = "checkins"  # attended occurrences of check-in events (打卡)
    ATTENDANCE = "attendance"  # attended occurrences of any event, or of one type
    MESSAGES = "messages"  # messages in the imported chat history


@dataclass(frozen=True, slots=True)
class ActivityRule:
    """An activity threshold read: at least `times` of `basis` in every `days` days."""

    basis: str
    times: int
    days: int
    from_joining: bool = False  # counted over the first `days` days of the membership
    event_type: str | None = None  # attendance of this event type only


@dataclass(frozen=True, slots=True)
class Miss:
    """A member who does not meet a threshold.

    Activity: `done` of `needed` over `first`–`last`. Payment: paid until `last`,
    `done` days ago (`needed` 0).
    """

    kind: str  # a Threshold code: activity or payment
    group_id: int
    group_name: str
    member_id: int
    name: str
    done: int
    needed: int
    first: dt.date | None
    last: dt.date


@dataclass(frozen=True, slots=True)
class Unchecked:
    """A threshold the app does not check, with the reason in words."""

    kind: str
    group_id: int
    group_name: str
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class ThresholdReport:
    """Who does not meet their group's thresholds, and what could not be checked."""

    misses: list[Miss]
    unchecked: list[Unchecked]


# ---- reading the text -----------------------------------------------------------------------

_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = r"(\d+|[一两二三四五六七八九十]+)"
_UNIT_DAYS = {"天": 1, "日": 1, "周": 7, "星期": 7, "礼拜": 7, "个月": 30, "月": 30, "年": 365}
_EVERY = {
    "每天": 1,
    "每日": 1,
    "每周": 7,
    "每星期": 7,
    "每礼拜": 7,
    "每月": 30,
    "每个月": 30,
    "每季度": 91,
    "每季": 91,
    "每半年": 182,
    "半年内": 182,
    "每年": 365,
    "每一年": 365,
    "一年内": 365,
}
_WITHIN = re.compile(_NUMBER + r"\s*(天|日|周|星期|礼拜|个月|月|年)内")
_TIMES = re.compile(_NUMBER + r"\s*(?:次|回|条|篇)")
_ZH_BASIS = (
    (Basis.CHECKINS, ("打卡", "签到")),
    (Basis.MESSAGES, ("发言", "消息", "说话", "聊天", "冒泡")),
    (Basis.ATTENDANCE, ("出席", "参加", "参与", "到场", "参会", "出勤")),
)
_EVENT_WORDS = (
    ("沙龙", EventType.SALON),
    ("讲座", EventType.LECTURE),
    ("直播", EventType.LECTURE),
    ("答疑", EventType.QA),
    ("欢迎仪式", EventType.WELCOME),
    ("拍卖", EventType.AUCTION),
)
_EN = re.compile(
    r"(\d+)\s*(check-?ins?|messages?|events?|sessions?|times)\b.*?"
    r"\b(?:per|a|each|every)\s+(day|week|month|quarter|year)",
    re.IGNORECASE,
)
_EN_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}


def chinese_number(text: str) -> int | None:
    """A count in digits or Chinese numerals up to 九十九 ("4", "四", "两", "十二")."""
    if text.isdigit():
        return int(text)
    if text in _DIGITS:
        return _DIGITS[text]
    tens, ten, ones = text.partition("十")
    if not ten or any(c not in _DIGITS for c in tens + ones) or len(tens) > 1 or len(ones) > 1:
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


def parse_activity_threshold(text: str) -> ActivityRule | str:
    """The rule an activity threshold states, or why it cannot be read (in words)."""
    clean = "".join(text.split())
    english = _EN.search(text)
    if english:
        word = english.group(2).lower()
        said = (
            Basis.CHECKINS
            if word.startswith("check")
            else Basis.MESSAGES
            if word.startswith("message")
            else Basis.ATTENDANCE
        )
        return ActivityRule(said.value, int(english.group(1)), _EN_DAYS[english.group(3).lower()])
    days = None
    within = _WITHIN.search(clean)
    if within:
        count = chinese_number(within.group(1))
        days = None if count is None else count * _UNIT_DAYS[within.group(2)]
    else:
        for word in sorted(_EVERY, key=len, reverse=True):
            if word in clean:
                days = _EVERY[word]
                break
    if not days:
        return msg("no period found (每周, 每月, “一个月内”…)")
    times_found = _TIMES.search(clean)
    times = chinese_number(times_found.group(1)) if times_found else None
    if not times:
        return msg("no count found (“至少 4 次”)")
    basis = next((b for b, words in _ZH_BASIS if any(w in clean for w in words)), None)
    if basis is None:
        return msg("no activity the app can count (打卡, 发言 or 出席)")
    event_type = None
    if basis == Basis.ATTENDANCE:
        event_type = next((code.value for word, code in _EVENT_WORDS if word in clean), None)
    from_joining = "入群" in clean and within is not None
    return ActivityRule(basis.value, times, days, from_joining, event_type)


# ---- checking it ----------------------------------------------------------------------------


def threshold_report(db: Database, group_id: int | None, today: dt.date) -> ThresholdReport:
    """The activity and payment thresholds of one group (or every group not archived)."""
    misses: list[Miss] = []
    unchecked: list[Unchecked] = []
    refs = [
        r
        for r in list_group_refs(db, include_archived=False)
        if group_id is None or r.id == group_id
    ]
    for ref in refs:
        group = get_group(db, ref.id)
        activity = group.thresholds.get(Threshold.ACTIVITY.value, "").strip()
        if activity:
            rule = parse_activity_threshold(activity)
            if isinstance(rule, str):
                why = msg("the app cannot read it: {reason}", reason=rule)
            else:
                found = activity_misses(db, ref.id, ref.name, rule, today)
                why = found if isinstance(found, str) else ""
                if not isinstance(found, str):
                    misses.extend(found)
            if why:
                unchecked.append(
                    Unchecked(Threshold.ACTIVITY.value, ref.id, ref.name, activity, why)
                )
        payment = group.thresholds.get(Threshold.PAYMENT.value, "").strip()
        if group.fee_period_months is not None:
            misses.extend(expired_not_renewed(db, ref.id, ref.name, today))
        elif payment:
            why = msg("the group has no fee period set (Groups tab, fee)")
            unchecked.append(Unchecked(Threshold.PAYMENT.value, ref.id, ref.name, payment, why))
    return ThresholdReport(misses, unchecked)


def _members(db: Database, group_id: int, joined_by: dt.date) -> list[tuple[int, str, dt.date]]:
    return [
        (int(mid), str(name), dt.date.fromisoformat(joined))
        for mid, name, joined in db.conn.execute(
            """SELECT m.id, m.name, s.joined_on FROM memberships s
               JOIN members m ON m.id = s.member_id
               WHERE s.group_id = ? AND s.left_on IS NULL AND s.joined_on <= ?
               ORDER BY s.joined_on, m.name""",
            (group_id, iso(joined_by)),
        )
    ]


def attended_days(
    db: Database, group_id: int, first: dt.date, last: dt.date, rule: ActivityRule
) -> dict[int, list[dt.date]]:
    """The days of each attended occurrence a rule counts, per member, in a range."""
    where = ""
    params: list[object] = [group_id, iso(first) + "T00:00:00", iso(last) + "T23:59:59"]
    kind = EventType.CHECKIN.value if rule.basis == Basis.CHECKINS else rule.event_type
    if kind is not None:
        where = " AND e.type = ?"
        params.append(kind)
    found: dict[int, list[dt.date]] = {}
    for mid, start in db.conn.execute(
        f"""SELECT a.member_id, a.occurrence_start FROM attendance a
            JOIN events e ON e.id = a.event_id
            WHERE e.group_id = ? AND a.status = 'attended'
            AND a.occurrence_start BETWEEN ? AND ?{where}""",
        params,
    ):
        found.setdefault(int(mid), []).append(dt.date.fromisoformat(str(start)[:10]))
    return found


def activity_misses(
    db: Database, group_id: int, group_name: str, rule: ActivityRule, today: dt.date
) -> list[Miss] | str:
    """Members of a group below an activity rule, fewest first; or why it is not checked."""
    end = today
    covered_from: dt.date | None = None
    if rule.basis == Basis.MESSAGES:
        span = chat_spans(db, group_id).get(group_id)
        if span is None:
            return msg("no chat history imported for this group")
        covered_from, end = span[0], min(today, span[1])
    length = dt.timedelta(days=rule.days - 1)
    if rule.from_joining:
        # whose first window ended before `end`, within the horizon (and, for messages,
        # began inside the chat history)
        latest = end - length - dt.timedelta(days=1)
        earliest = max(
            end - dt.timedelta(days=FIRST_WINDOW_HORIZON) - length, covered_from or dt.date.min
        )
        people = [p for p in _members(db, group_id, latest) if p[2] >= earliest]
        windows = {mid: (joined, joined + length) for mid, _, joined in people}
        start = earliest
    else:
        start = end - length
        if covered_from is not None and covered_from > start:
            return msg(
                "the chat history covers {have} days, the rule needs {need}",
                have=(end - covered_from).days + 1,
                need=rule.days,
            )
        people = _members(db, group_id, start)
        windows = {mid: (start, end) for mid, _, _ in people}
    if rule.basis == Basis.MESSAGES:
        counts = _messages_in(db, group_id, windows)
    else:
        days = attended_days(db, group_id, start, end, rule)
        if not days:
            return msg(
                "nothing it counts was recorded in the group from {first} to {last}",
                first=iso(start),
                last=iso(end),
            )
        counts = {
            mid: sum(lo <= day <= hi for day in days.get(mid, []))
            for mid, (lo, hi) in windows.items()
        }
    found = [
        Miss(
            Threshold.ACTIVITY.value,
            group_id,
            group_name,
            mid,
            name,
            counts.get(mid, 0),
            rule.times,
            *windows[mid],
        )
        for mid, name, _ in people
        if counts.get(mid, 0) < rule.times
    ]
    found.sort(key=lambda m: (m.done, m.name))
    return found


def _messages_in(
    db: Database, group_id: int, windows: dict[int, tuple[dt.date, dt.date]]
) -> dict[int, int]:
    ranges = set(windows.values())
    if len(ranges) == 1:  # a rolling window: one read for everybody
        ((lo, hi),) = ranges
        return messages_between(db, lo, hi, group_id)
    return {
        mid: messages_between(db, lo, hi, group_id).get(mid, 0) for mid, (lo, hi) in windows.items()
    }


def expired_not_renewed(db: Database, group_id: int, group_name: str, today: dt.date) -> list[Miss]:
    """Members still in a paid group whose paid period ended before today, longest ago first."""
    return [
        Miss(
            Threshold.PAYMENT.value,
            group_id,
            group_name,
            int(mid),
            str(name),
            (today - dt.date.fromisoformat(until)).days,
            0,
            None,
            dt.date.fromisoformat(until),
        )
        for mid, name, until in db.conn.execute(
            """SELECT m.id, m.name, s.paid_until FROM memberships s
               JOIN members m ON m.id = s.member_id
               WHERE s.group_id = ? AND s.left_on IS NULL AND s.paid_until < ?
               ORDER BY s.paid_until, m.name""",
            (group_id, iso(today)),
        )
    ]
