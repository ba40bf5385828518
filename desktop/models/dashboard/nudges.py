"""Who to nudge today: lines built from the data, each with a reason code and a link.

Reasons: paid memberships expiring soon or lapsed, seed users and leaders absent from the
group's activities, new members not yet welcomed, recurring content with nothing planned
for tomorrow, events next week with sign-ups below the goal, and — from the imported
chats — key members gone silent and newcomers who never spoke. Every line names the
member or the event it is about, so the view can open it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.models.calendar.occurrences import Occurrence, occurrences
from desktop.models.calendar.recurrence import stamp
from desktop.models.chats.history import chat_spans, days_spoken_of, last_spoke_of
from desktop.models.core.codes import EventType, Metric, Role
from desktop.models.core.common import iso
from desktop.models.groups.goals import goal_in_force, scaled_band
from desktop.models.storage.db import Database


class NudgeReason(StrEnum):
    """Why a line is on the list, in the order the list shows them."""

    LAPSED = "membership_lapsed"  # paid until a day that has passed, still in the group
    EXPIRING = "membership_expiring"  # paid period ends within the coming days
    SIGNUPS_LOW = "signups_below_goal"  # an event next week with fewer sign-ups than its goal
    NOTHING_PLANNED = "nothing_planned_tomorrow"  # recurring content has no post tomorrow
    NOT_WELCOMED = "not_welcomed"  # joined lately, attended no welcome ritual since
    ABSENT = "key_member_absent"  # a seed user or leader attended nothing lately
    SILENT = "key_member_silent"  # a seed user, leader or paid member silent in the chat
    NEWCOMER_SILENT = "newcomer_silent"  # said nothing in the chat in their first week


@dataclass(frozen=True, slots=True)
class NudgeSettings:
    """The day counts behind each reason."""

    expiring_days: int = 7  # paid memberships ending within this many days
    lapsed_days: int = 30  # and those that ended at most this many days ago
    absent_days: int = 30  # seed users / leaders with no check-in for this long
    welcome_days: int = 30  # members who joined this recently
    content_days: int = 90  # content counts as recurring if it ran this recently
    silent_days: int = 14  # key members who have not spoken in the chat for this long
    newcomer_days: int = 60  # newcomers who joined this recently (and a week ago at least)
    limit: int = 30  # lines per reason (the count says how many there are in all)


@dataclass(frozen=True, slots=True)
class Nudge:
    """One line: a reason, the group, and the member or event it is about.

    `day` is the date that matters (paid until, last check-in, joined, occurrence start);
    `figure` and `goal` are numbers for the reason (days absent; sign-ups and their goal).
    """

    reason: str
    group_id: int
    group_name: str
    name: str
    member_id: int | None = None
    event_id: int | None = None
    day: dt.date | None = None
    figure: int | None = None
    goal: int | None = None


@dataclass(frozen=True, slots=True)
class Nudges:
    """The lines (at most `limit` per reason) and how many there are per reason in all."""

    lines: list[Nudge]
    totals: dict[str, int]


KEY_ROLES = (Role.SEED, Role.LEADER)


def nudges(
    db: Database, group_id: int | None, today: dt.date, settings: NudgeSettings | None = None
) -> Nudges:
    """Today's nudges for one group (or all groups that are not archived)."""
    settings = settings or NudgeSettings()
    lines: list[Nudge] = []
    totals: dict[str, int] = {}
    for reason, found in (
        *_memberships(db, group_id, today, settings),
        (NudgeReason.SIGNUPS_LOW, _signups_low(db, group_id, today)),
        (NudgeReason.NOTHING_PLANNED, _nothing_planned(db, group_id, today, settings)),
        (NudgeReason.NOT_WELCOMED, _not_welcomed(db, group_id, today, settings)),
        (NudgeReason.ABSENT, _absent(db, group_id, today, settings)),
        *_chat_silence(db, group_id, today, settings),
    ):
        totals[reason.value] = len(found)
        lines.extend(found[: settings.limit])
    return Nudges(lines, totals)


def renewals_due(
    db: Database, group_id: int | None, today: dt.date, settings: NudgeSettings | None = None
) -> list[Nudge]:
    """Every paid membership ending within the nudges' window (today to today + expiring
    days, both included), soonest first: the "expiring" lines without the list's limit."""
    settings = settings or NudgeSettings()
    return _memberships(db, group_id, today, settings)[1][1]


def _params(group_id: int | None, **more: Any) -> tuple[str, dict[str, Any]]:
    where = " AND g.archived = 0" + ("" if group_id is None else " AND g.id = :g")
    return where, {"g": group_id, **more}


def _memberships(
    db: Database, group_id: int | None, today: dt.date, settings: NudgeSettings
) -> list[tuple[NudgeReason, list[Nudge]]]:
    where, params = _params(
        group_id,
        today=iso(today),
        soon=iso(today + dt.timedelta(days=settings.expiring_days)),
        since=iso(today - dt.timedelta(days=settings.lapsed_days)),
    )
    lapsed: list[Nudge] = []
    expiring: list[Nudge] = []
    for gid, gname, mid, name, until in db.conn.execute(
        f"""SELECT g.id, g.name, m.id, m.name, s.paid_until FROM memberships s
            JOIN groups g ON g.id = s.group_id JOIN members m ON m.id = s.member_id
            WHERE s.left_on IS NULL AND g.fee_period_months IS NOT NULL
            AND s.paid_until BETWEEN :since AND :soon{where}
            ORDER BY s.paid_until, m.name""",
        params,
    ):
        day = dt.date.fromisoformat(until)
        # paid until a day means paid through it: it lapses the day after
        target = lapsed if day < today else expiring
        reason = NudgeReason.LAPSED if day < today else NudgeReason.EXPIRING
        target.append(
            Nudge(reason.value, gid, gname, name, member_id=mid, day=day, figure=(day - today).days)
        )
    return [(NudgeReason.LAPSED, lapsed), (NudgeReason.EXPIRING, expiring)]


def _absent(
    db: Database, group_id: int | None, today: dt.date, settings: NudgeSettings
) -> list[Nudge]:
    """Seed users and leaders in the group for the whole window who attended nothing in it.

    Only groups that held attended activities in the window count: in a group with no
    check-ins at all nobody is absent. The chat itself is not recorded per member, so
    "silent" can only be read from attendance. The longest absent come first.
    """
    cut = today - dt.timedelta(days=settings.absent_days)
    stamp_cut = iso(cut) + "T00:00:00"
    last_seen = _last_attended(db, group_id)
    active_groups = {gid for (gid, _), last in last_seen.items() if last >= stamp_cut}
    where, params = _params(group_id, cut=iso(cut))
    roles = ", ".join(f"'{r.value}'" for r in KEY_ROLES)
    found = []
    # role_history first: few rows hold these roles, and each finds its membership by id
    for gid, gname, mid, name in db.conn.execute(
        f"""SELECT g.id, g.name, m.id, m.name
            FROM role_history r CROSS JOIN memberships s ON s.id = r.membership_id
            JOIN groups g ON g.id = s.group_id JOIN members m ON m.id = s.member_id
            WHERE r.until IS NULL AND r.role IN ({roles})
            AND s.left_on IS NULL AND s.joined_on <= :cut{where}""",
        params,
    ):
        if gid not in active_groups:
            continue
        last = last_seen.get((gid, mid))
        if last is not None and last >= stamp_cut:
            continue
        day = dt.date.fromisoformat(last[:10]) if last else None
        days = (today - day).days if day else None
        found.append(
            Nudge(NudgeReason.ABSENT.value, gid, gname, name, member_id=mid, day=day, figure=days)
        )
    # never seen first, then the longest absent
    found.sort(key=lambda n: (n.day is not None, n.day or dt.date.min, n.name))
    return found


def _last_attended(
    db: Database, group_id: int | None, welcome: bool = False
) -> dict[tuple[int, int], str]:
    """(group, member) → the start of the last occurrence they attended (welcome rituals only)."""
    where = "" if group_id is None else " AND e.group_id = :g"
    if welcome:
        where += f" AND e.type = '{EventType.WELCOME.value}'"
    return {
        (int(g), int(m)): str(last)
        for g, m, last in db.conn.execute(
            f"""SELECT e.group_id, a.member_id, max(a.occurrence_start)
                FROM attendance a JOIN events e ON e.id = a.event_id
                WHERE a.status = 'attended'{where} GROUP BY 1, 2""",
            {"g": group_id},
        )
    }


def _not_welcomed(
    db: Database, group_id: int | None, today: dt.date, settings: NudgeSettings
) -> list[Nudge]:
    """Members who joined in the window and attended no welcome ritual of the group since.

    Only groups that hold welcome rituals are asked about.
    """
    welcome = EventType.WELCOME.value
    with_rituals = {
        int(g)
        for (g,) in db.conn.execute(
            "SELECT DISTINCT group_id FROM events WHERE type = ?", (welcome,)
        )
    }
    if not with_rituals:
        return []
    welcomed = _last_attended(db, group_id, welcome=True)
    since = today - dt.timedelta(days=settings.welcome_days)
    found = []
    for gid, gname, mid, name, joined in joined_members(db, group_id, since, today):
        if gid not in with_rituals:
            continue
        last = welcomed.get((gid, mid))
        if last is not None and last[:10] >= iso(joined):
            continue
        found.append(_joined(NudgeReason.NOT_WELCOMED, gid, gname, mid, name, joined, today))
    return found


def joined_members(
    db: Database, group_id: int | None, first: dt.date, last: dt.date
) -> list[tuple[int, str, int, str, dt.date]]:
    """(group, group name, member, name, joined) of current members who joined in a range.

    Both ends are included; archived groups are left out; by day joined, then name.
    """
    where, params = _params(group_id, since=iso(first), until=iso(last))
    return [
        (int(gid), str(gname), int(mid), str(name), dt.date.fromisoformat(joined))
        for gid, gname, mid, name, joined in db.conn.execute(
            f"""SELECT g.id, g.name, m.id, m.name, s.joined_on FROM memberships s
                JOIN groups g ON g.id = s.group_id JOIN members m ON m.id = s.member_id
                WHERE s.left_on IS NULL AND s.joined_on BETWEEN :since AND :until{where}
                ORDER BY s.joined_on, m.name""",
            params,
        )
    ]


def _joined(
    reason: NudgeReason, gid: int, gname: str, mid: int, name: str, day: dt.date, today: dt.date
) -> Nudge:
    """A nudge about a member who joined on `day`, with the days since."""
    return Nudge(reason.value, gid, gname, name, member_id=mid, day=day, figure=(today - day).days)


def _group_names(db: Database) -> dict[int, tuple[str, bool]]:
    return {
        int(gid): (str(name), bool(archived))
        for gid, name, archived in db.conn.execute("SELECT id, name, archived FROM groups")
    }


def _nothing_planned(
    db: Database, group_id: int | None, today: dt.date, settings: NudgeSettings
) -> list[Nudge]:
    """Groups whose recurring content ran lately but has no post tomorrow.

    The line points at the series that ran last, so the owner can extend or re-plan it.
    """
    tomorrow = today + dt.timedelta(days=1)
    since = today - dt.timedelta(days=settings.content_days)
    content = [
        o
        for o in occurrences(db, since, tomorrow, group_id)
        if o.type == EventType.CONTENT and o.series_id is not None
    ]
    names = _group_names(db)
    found = []
    planned = {o.group_id for o in content if o.start.date() == tomorrow}
    latest: dict[int, Occurrence] = {}
    for occ in content:
        if occ.start.date() < tomorrow:
            latest[occ.group_id] = occ  # occurrences come in start order
    for gid, occ in sorted(latest.items()):
        name, archived = names.get(gid, ("", True))
        if gid in planned or archived:
            continue
        found.append(
            Nudge(
                NudgeReason.NOTHING_PLANNED.value,
                gid,
                name,
                occ.title,
                event_id=occ.series_id,
                day=occ.start.date(),
            )
        )
    return found


def signup_goal(db: Database, group_id: int, on: dt.date, capacity: int | None) -> int | None:
    """Sign-ups one event should have: the attendance goal shared over the events goal.

    Both goals' minimums are taken over the same 30 days; without both, half the event's
    capacity; without a capacity either, None (no goal).
    """
    attendance = goal_in_force(db, group_id, Metric.ATTENDANCE, on)
    events = goal_in_force(db, group_id, Metric.EVENTS_HELD, on)
    if attendance is not None and events is not None:
        last = on + dt.timedelta(days=29)
        wanted, _ = scaled_band(attendance, on, last)
        held, _ = scaled_band(events, on, last)
        if held > 0:
            return max(1, math.ceil(wanted / held))
    return None if capacity is None else max(1, math.ceil(capacity / 2))


def _signups_low(db: Database, group_id: int | None, today: dt.date) -> list[Nudge]:
    """Events in the next seven days (content posts aside) with sign-ups below their goal."""
    first = today + dt.timedelta(days=1)
    coming = [
        o
        for o in occurrences(db, first, today + dt.timedelta(days=7), group_id)
        if o.type != EventType.CONTENT
    ]
    if not coming:
        return []
    keys = {(o.event_id, stamp(o.start)) for o in coming}
    counts: dict[tuple[int, str], int] = {}
    for event_id, start, n in db.conn.execute(
        """SELECT event_id, occurrence_start, count(*) FROM attendance
           WHERE occurrence_start BETWEEN ? AND ? GROUP BY 1, 2""",
        (stamp(dt.datetime.combine(first, dt.time())), stamp(max(o.start for o in coming))),
    ):
        if (event_id, start) in keys:
            counts[(event_id, start)] = int(n)
    names = _group_names(db)
    goals: dict[tuple[int, int | None], int | None] = {}
    found = []
    for occ in coming:
        name, archived = names.get(occ.group_id, ("", True))
        if archived:
            continue
        key = (occ.group_id, occ.capacity)
        if key not in goals:
            goals[key] = signup_goal(db, occ.group_id, today, occ.capacity)
        goal = goals[key]
        have = counts.get(occ.key, 0)
        if goal is not None and have < goal:
            found.append(
                Nudge(
                    NudgeReason.SIGNUPS_LOW.value,
                    occ.group_id,
                    name,
                    occ.title,
                    event_id=occ.event_id,
                    day=occ.start.date(),
                    figure=have,
                    goal=goal,
                )
            )
    return found


# A newcomer's first week: days 0–6 of the membership (the day they joined is day 0).
FIRST_WEEK_DAYS = 7


def _chat_silence(
    db: Database, group_id: int | None, today: dt.date, settings: NudgeSettings
) -> list[tuple[NudgeReason, list[Nudge]]]:
    """Key members silent in the chat, and newcomers who said nothing in their first week.

    Only groups with imported chat history are asked about: without it everyone would
    look silent. Someone who never spoke counts only when the chat covers the days the
    question is about (N days since they joined; their whole first week).
    """
    spans = chat_spans(db, group_id)
    silent: list[Nudge] = []
    newcomers: list[Nudge] = []
    if spans:
        silent = _silent_key_members(db, group_id, today, settings, spans)
        newcomers = _silent_newcomers(db, group_id, today, settings, spans)
    return [(NudgeReason.SILENT, silent), (NudgeReason.NEWCOMER_SILENT, newcomers)]


def _silent_key_members(
    db: Database,
    group_id: int | None,
    today: dt.date,
    settings: NudgeSettings,
    spans: dict[int, tuple[dt.date, dt.date]],
) -> list[Nudge]:
    """Seed users, leaders and paid members whose last message in the group is at least
    `silent_days` older than the group's chat history reaches (the longest silent first),
    or who never spoke in `silent_days` of chat history since they joined (listed first).

    Silence is counted up to the last day the imported chat covers, not to today: a chat
    last imported three weeks ago says nothing of the weeks since."""
    where, params = _params(group_id, today=iso(today))
    roles = ", ".join(f"'{r.value}'" for r in KEY_ROLES)
    candidates = [
        (int(gid), str(gname), int(mid), str(name), dt.date.fromisoformat(joined))
        for gid, gname, mid, name, joined in db.conn.execute(
            f"""SELECT DISTINCT g.id, g.name, m.id, m.name, s.joined_on FROM memberships s
                JOIN groups g ON g.id = s.group_id JOIN members m ON m.id = s.member_id
                LEFT JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
                WHERE s.left_on IS NULL AND s.joined_on <= :today
                AND (r.role IN ({roles}) OR s.paid_until >= :today){where}""",
            params,
        )
        if int(gid) in spans
    ]
    last_spoke = last_spoke_of(db, {c[2] for c in candidates})
    found = []
    for gid, gname, mid, name, joined in candidates:
        last = last_spoke.get((gid, mid))
        first, end = spans[gid]
        known = min(end, today)  # what the chat history can say anything about
        if last is None:
            covered = (known - max(first, joined)).days + 1
            if covered < settings.silent_days:
                continue
        elif (known - last).days < settings.silent_days:
            continue
        days = None if last is None else (today - last).days
        found.append(
            Nudge(NudgeReason.SILENT.value, gid, gname, name, member_id=mid, day=last, figure=days)
        )
    # never spoke first, then the longest silent
    found.sort(key=lambda n: (n.day is not None, n.day or dt.date.min, n.name))
    return found


def _silent_newcomers(
    db: Database,
    group_id: int | None,
    today: dt.date,
    settings: NudgeSettings,
    spans: dict[int, tuple[dt.date, dt.date]],
) -> list[Nudge]:
    """Members who joined between `newcomer_days` and 7 days ago and sent no message on
    days 0–6 of their membership, where the chat covers that whole week."""
    week = dt.timedelta(days=FIRST_WEEK_DAYS - 1)
    since = today - dt.timedelta(days=settings.newcomer_days)
    until = today - dt.timedelta(days=FIRST_WEEK_DAYS)
    candidates = []
    for gid, gname, mid, name, day in joined_members(db, group_id, since, until):
        span = spans.get(gid)
        if span is not None and span[0] <= day and day + week <= span[1]:
            candidates.append((gid, gname, mid, name, day))
    if not candidates:
        return []
    first = min(c[4] for c in candidates)
    spoken = days_spoken_of(db, {c[2] for c in candidates}, first, today)
    found = []
    for gid, gname, mid, name, joined in candidates:
        if any(joined <= day <= joined + week for day in spoken.get((gid, mid), [])):
            continue
        found.append(_joined(NudgeReason.NEWCOMER_SILENT, gid, gname, mid, name, joined, today))
    return found
