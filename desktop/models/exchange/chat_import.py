"""The chat history import target: a chat export → a group's days, speakers and members.

`plan_chat_import(db, path, ...)` reads the export once (`chat.tally`), guesses its group
(the one remembered for the chat's ID, else the one named like the chat), matches senders
and the people notices name (`chat.matching`) and works out what the import adds: each
day's messages, speakers, joins and leaves for the activity log (days a typed figure
already covers are conflicts for the owner to settle), joins with their inviter (the
referral tree), leaves, 接龙 sign-ups for the nearest event and 打卡 check-ins. Nothing
is written. `apply_chat_import(db, plan, decisions)` writes it all in one transaction
(the caller takes a backup first); `replan` redoes a plan for another group or zone
without reading the file again.

Message text is never kept: only counts, dates, notices and 接龙 names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import numpy as np

from desktop.models.calendar import attendance
from desktop.models.calendar.chat_paste import Match, match_entries, parse_paste
from desktop.models.calendar.occurrences import Occurrence, occurrences
from desktop.models.chats import history, speakers
from desktop.models.core.codes import AttendanceStatus, EventType, Role
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.exchange.chat import open_chat
from desktop.models.exchange.chat.matching import Found, How, Matcher
from desktop.models.exchange.chat.parts import Started
from desktop.models.exchange.chat.tally import ChatCounts, ChatTally, DayCount, read_tally
from desktop.models.exchange.import_engine import CancelledFn, ProgressFn, check_not_cancelled
from desktop.models.groups.activity_log import CHAT, TYPED, DayActivity, recorded_days, store_days
from desktop.models.groups.queries import group_names
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.members import create_member, join_group, leave_group, open_membership
from desktop.models.members.referrals import refer_if_unknown
from desktop.models.members.search import load_readings
from desktop.models.storage.db import Database
from desktop.models.storage.settings import chat_zone_name, zone_named

# How far after a 接龙's day its event may be (the nearest upcoming one within this).
SIGNUP_HORIZON = dt.timedelta(days=30)
_MONTH_DAY = re.compile(r"(\d{1,2})\s*(?:月|[./-])\s*(\d{1,2})")


class GroupGuess(StrEnum):
    """Why a plan's group was chosen."""

    GIVEN = "given"
    REMEMBERED = "remembered"  # the group this chat was imported into before
    NAME = "name"  # the group named like the chat
    NONE = "none"


class Link(StrEnum):
    """What to do with a sender nobody was matched to."""

    ADD = "add"  # add as a new member of the group
    LEAVE = "leave"  # keep their counts under their platform ID, unlinked


@dataclass(frozen=True, slots=True)
class SenderPlan:
    """A sender of the export, what they said that is new, and who they were matched to."""

    index: int
    key: str
    platform_id: str | None
    name: str  # the latest display name
    names: tuple[str, ...]
    messages: int
    found: Found
    from_owner: bool


@dataclass(frozen=True, slots=True)
class JoinPlan:
    """Someone joined on a day, brought by someone (or by the owner)."""

    day: dt.date
    name: str
    inviter_name: str | None
    by_owner: bool
    found: Found
    inviter: Found | None


@dataclass(frozen=True, slots=True)
class LeavePlan:
    """Someone left (or was removed) on a day."""

    day: dt.date
    name: str
    removed: bool
    found: Found


@dataclass(frozen=True, slots=True)
class SignUpPlan:
    """A 接龙 list posted on a day: its names matched, and the occurrence it is for."""

    day: dt.date
    header: str
    matches: tuple[Match, ...]
    occurrence: Occurrence | None  # the event on the day it names, or the nearest upcoming
    options: tuple[Occurrence, ...]  # the group's occurrences it could be for

    @property
    def member_ids(self) -> list[int]:
        """The members the list names (matched ones only)."""
        return [m.member_id for m in self.matches if m.member_id is not None]

    @property
    def guests(self) -> dict[int, int]:
        """Guests each matched member brings ("+1", "带一个朋友"), when any."""
        found: dict[int, int] = {}
        for match in self.matches:
            if match.member_id is not None and match.entry.guests:
                found[match.member_id] = max(found.get(match.member_id, 0), match.entry.guests)
        return found


@dataclass(frozen=True, slots=True)
class CheckinPlan:
    """A 打卡 post of a sender on a day, and the check-in occurrence it counts for."""

    day: dt.date
    sender: int  # index into the plan's senders
    occurrence: Occurrence


@dataclass(frozen=True, slots=True)
class DayConflict:
    """A day with typed figures the chat also covers: both versions."""

    day: dt.date
    typed: DayActivity
    chat: DayActivity


@dataclass(frozen=True)
class ChatImportPlan:
    """An export checked against a group; nothing is written yet."""

    path: Path
    format: str
    platform: str
    chat_key: str  # the chat's platform ID, or "name:" + its name
    chat_name: str
    group_id: int | None
    guess: GroupGuess
    zone: str  # the time zone the days are counted in ("" = this computer's)
    messages_read: int
    first_day: dt.date | None
    last_day: dt.date | None
    counts: ChatCounts
    senders: tuple[SenderPlan, ...]
    days: tuple[DayActivity, ...]  # what the activity log will hold for the covered days
    conflicts: tuple[DayConflict, ...]
    joins: tuple[JoinPlan, ...]
    leaves: tuple[LeavePlan, ...]
    signups: tuple[SignUpPlan, ...]
    checkins: tuple[CheckinPlan, ...]
    warnings: tuple[str, ...]
    tally: ChatTally = field(repr=False)

    @property
    def messages(self) -> int:
        """New messages (speech) this import adds."""
        return self.counts.messages

    @property
    def speakers(self) -> int:
        """Senders with new messages."""
        return sum(1 for s in self.senders if s.messages)

    @property
    def unmatched(self) -> tuple[SenderPlan, ...]:
        """Senders with new messages that match no member (unknown or ambiguous)."""
        return tuple(s for s in self.senders if s.messages and not s.found.matched)


@dataclass(frozen=True)
class ChatDecisions:
    """The owner's choices in the preview (the defaults: what the plan matched)."""

    # sender index → a member id, or Link.ADD / Link.LEAVE; senders not named keep their match
    links: Mapping[int, int | Link] = field(default_factory=dict)
    keep_typed: bool = False  # on conflicting days keep the typed figures
    add_joiners: bool = True  # people who joined and match nobody become members
    # index into plan.signups → the occurrence it is for (None: do not record)
    signups: Mapping[int, Occurrence | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChatImportResult:
    """What an applied import wrote."""

    days: int
    messages: int
    members_added: int
    joins: int
    referrals: int
    leaves: int
    signups: int
    checkins: int
    unlinked: tuple[str, ...] = ()  # senders with new messages left unlinked (display names)


def chat_key_of(tally: ChatTally) -> str:
    """The key a chat is remembered by: its platform ID, else "name:" + its name."""
    return tally.chat_id or speakers.NAME_PREFIX + tally.chat_name.strip()


def plan_chat_import(
    db: Database,
    path: str | Path,
    *,
    group_id: int | None = None,
    zone: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    started: Started | None = None,
) -> ChatImportPlan:
    """Read a chat export and plan its import (see the module docstring); write nothing.

    `group_id` names the group (default: guessed, see `GroupGuess`; the plan's group is
    None when nothing fits); `zone` the IANA time zone (default: the database's setting);
    `started` the helpers already reading its later parts (`chat.parts.read_early`).
    ChatFileError when the file cannot be read.
    """
    zone_name = chat_zone_name(db) if zone is None else zone
    chat = open_chat(Path(path))
    tally = read_tally(
        chat,
        zone_named(zone_name),
        progress=progress,
        cancelled=cancelled,
        started=started,
        meanwhile=load_readings,  # new members' pinyin, while the other cores finish
    )
    return replan(db, tally, Path(path), group_id=group_id, zone=zone_name)


def replan(
    db: Database,
    tally: ChatTally,
    path: Path,
    *,
    group_id: int | None,
    zone: str,
) -> ChatImportPlan:
    """The plan of an export already read, for a group (None: guessed)."""
    key = chat_key_of(tally)
    guess = GroupGuess.GIVEN
    if group_id is None:
        group_id, guess = _guess_group(db, tally.platform.value, key, tally.chat_name)
    counted = {} if group_id is None else history.counted_keys(db, group_id, tally.days)
    counts = tally.count(counted)
    matcher = Matcher(db, tally.platform.value, group_id)
    senders = _senders(tally, counts, matcher)
    by_name = {name: s.found for s in senders for name in s.names if s.found.matched}
    owner = next((s.found for s in senders if s.from_owner and s.found.matched), None)
    joins = _joins(counts, matcher, by_name, owner)
    leaves = tuple(
        LeavePlan(day, leave.name, leave.removed, by_name.get(leave.name) or found)
        for (day, leave), found in zip(
            counts.leaves, matcher.names(n.name for _, n in counts.leaves), strict=True
        )
    )
    days: tuple[DayActivity, ...] = ()
    conflicts: tuple[DayConflict, ...] = ()
    signups: tuple[SignUpPlan, ...] = ()
    checkins: tuple[CheckinPlan, ...] = ()
    if group_id is not None and tally.first_day is not None and tally.last_day is not None:
        days, conflicts = _days(db, group_id, tally, counts)
        signups = _signups(db, group_id, counts, matcher)
        checkins = _checkins(db, group_id, counts, tally)
    return ChatImportPlan(
        path=path,
        format=tally.format,
        platform=tally.platform.value,
        chat_key=key,
        chat_name=tally.chat_name,
        group_id=group_id,
        guess=guess if group_id is not None else GroupGuess.NONE,
        zone=zone,
        messages_read=tally.messages_read,
        first_day=tally.first_day,
        last_day=tally.last_day,
        counts=counts,
        senders=senders,
        days=days,
        conflicts=conflicts,
        joins=joins,
        leaves=leaves,
        signups=signups,
        checkins=checkins,
        warnings=tuple(tally.warnings),
        tally=tally,
    )


def _guess_group(
    db: Database, platform: str, key: str, chat_name: str
) -> tuple[int | None, GroupGuess]:
    remembered = history.group_for_chat(db, platform, key)
    if remembered is not None:
        return remembered, GroupGuess.REMEMBERED
    wanted = chat_name.strip().casefold()
    named = [gid for gid, name in group_names(db) if name.strip().casefold() == wanted]
    if wanted and len(named) == 1:
        return named[0], GroupGuess.NAME
    return None, GroupGuess.NONE


def _senders(tally: ChatTally, counts: ChatCounts, matcher: Matcher) -> tuple[SenderPlan, ...]:
    said = np.zeros(len(tally.speakers), np.int64)
    for day in counts.days:
        said[day.speaker_index] += day.speaker_messages
    keys = [(s.key, s.platform_id, tuple(reversed(s.names))) for s in tally.speakers]
    found = matcher.senders(keys)
    return tuple(
        SenderPlan(
            s.index,
            s.key,
            s.platform_id,
            s.name,
            tuple(reversed(s.names)),
            int(said[s.index]),
            found[s.index],
            s.from_owner,
        )
        for s in tally.speakers
    )


def _joins(
    counts: ChatCounts, matcher: Matcher, by_name: Mapping[str, Found], owner: Found | None
) -> tuple[JoinPlan, ...]:
    joiners = matcher.names(j.name for _, j in counts.joins)
    inviters = matcher.names(j.inviter or "" for _, j in counts.joins)
    plans = []
    for (day, join), joiner, inviter in zip(counts.joins, joiners, inviters, strict=True):
        brought: Found | None = None
        if join.by_owner:
            brought = owner
        elif join.inviter:
            brought = by_name.get(join.inviter) or inviter
        plans.append(
            JoinPlan(
                day,
                join.name,
                join.inviter,
                join.by_owner,
                by_name.get(join.name) or joiner,
                brought,
            )
        )
    return tuple(plans)


def _days(
    db: Database, group_id: int, tally: ChatTally, counts: ChatCounts
) -> tuple[tuple[DayActivity, ...], tuple[DayConflict, ...]]:
    """The activity log's figures for every day the export covers, and the typed days
    they would replace with different figures."""
    assert tally.first_day is not None and tally.last_day is not None
    first, last = tally.first_day, tally.last_day
    before = recorded_days(db.conn, group_id, first, last)
    old_totals = history.day_totals(db.conn, group_id, first, last)
    old_speakers = _old_speakers(db, group_id, tally, counts, old_totals)
    joined: dict[dt.date, int] = {}
    left: dict[dt.date, int] = {}
    for day, _ in counts.joins:
        joined[day] = joined.get(day, 0) + 1
    for day, _ in counts.leaves:
        left[day] = left.get(day, 0) + 1
    new = {day.day: day for day in counts.days}
    rows: list[DayActivity] = []
    conflicts: list[DayConflict] = []
    day = first
    while day <= last:
        messages, active = old_totals.get(day, (0, 0))
        fresh = new.get(day)
        if fresh is not None:
            messages += fresh.messages
            if day in old_speakers:
                keys = {tally.speakers[i].key for i in fresh.speaker_index.tolist()}
                active = len(keys | old_speakers[day])
            else:
                active += len(fresh.speaker_index)
        previous = before.get(day)
        carried = (
            (0, 0)
            if previous is None or previous[1] == TYPED
            else (previous[0].joined, previous[0].left_count)
        )
        row = DayActivity(
            day, messages, active, carried[0] + joined.get(day, 0), carried[1] + left.get(day, 0)
        )
        if previous is not None and previous[1] == TYPED and previous[0] != row:
            conflicts.append(DayConflict(day, previous[0], row))
        rows.append(row)
        day += dt.timedelta(days=1)
    return tuple(rows), tuple(conflicts)


def _old_speakers(
    db: Database,
    group_id: int,
    tally: ChatTally,
    counts: ChatCounts,
    old_totals: Mapping[dt.date, tuple[int, int]],
) -> dict[dt.date, set[str]]:
    """The speaker keys already counted on the days this export adds to."""
    overlap = [d.day for d in counts.days if len(d.speaker_index) and d.day in old_totals]
    if not overlap:
        return {}
    return history.speaker_keys_on(db, group_id, overlap, tally.platform.value)


def _signups(
    db: Database, group_id: int, counts: ChatCounts, matcher: Matcher
) -> tuple[SignUpPlan, ...]:
    if not counts.jielong:
        return ()
    first = min(e.day for e in counts.jielong)
    last = max(e.day for e in counts.jielong) + SIGNUP_HORIZON
    found = occurrences(db, first, last, group_id)
    plans = []
    for extra in counts.jielong:
        parsed = parse_paste(extra.text)
        matches = tuple(match_entries(parsed.entries, matcher.candidates))
        options = tuple(
            o for o in found if extra.day <= o.start.date() <= extra.day + SIGNUP_HORIZON
        )
        named = _day_named(parsed.header, extra.day)
        chosen = next((o for o in options if named and o.start.date() == named), None)
        chosen = chosen or (options[0] if options else None)
        plans.append(SignUpPlan(extra.day, parsed.header, matches, chosen, options))
    return tuple(plans)


def _day_named(header: str, posted: dt.date) -> dt.date | None:
    """The day a 接龙's header names ("12月6日", "12.6", "12/6"), on or after `posted`."""
    found = _MONTH_DAY.search(header)
    if found is None:
        return None
    month, day = int(found.group(1)), int(found.group(2))
    for year in (posted.year, posted.year + 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            return None
        if when >= posted:
            return when
    return None


def _checkins(
    db: Database, group_id: int, counts: ChatCounts, tally: ChatTally
) -> tuple[CheckinPlan, ...]:
    if not counts.checkins:
        return ()
    posted = [d.day for d in counts.days if len(d.checked_in)]
    first, last = min(posted), max(posted)
    challenges: dict[dt.date, Occurrence] = {}
    for occurrence in occurrences(db, first, last, group_id):
        if occurrence.type == EventType.CHECKIN:
            challenges.setdefault(occurrence.start.date(), occurrence)
    return tuple(
        CheckinPlan(day, speaker, challenges[day])
        for day, speaker in counts.checkins_on(challenges)
    )


# ---- applying ------------------------------------------------------------------------------


# SQLite's page cache while an import writes (see `Database.larger_cache`).
BULK_CACHE_MB = 32


def apply_chat_import(
    db: Database,
    plan: ChatImportPlan,
    decisions: ChatDecisions | None = None,
    *,
    cancelled: CancelledFn | None = None,
) -> ChatImportResult:
    """Write a plan in one transaction (the caller takes a backup first): the chat's group
    remembered, speakers linked or added, their daily counts and the messages' keys, the
    activity log's days, joins with their referrers, leaves, sign-ups and check-ins."""
    if plan.group_id is None:
        raise ValidationError("group", msg("Choose the group this chat belongs to."))
    decisions = decisions or ChatDecisions()
    group_id = plan.group_id
    today = db.clock.today()
    with db.larger_cache(BULK_CACHE_MB), db.transaction() as conn:
        check_not_cancelled(cancelled)
        history.remember_chat(conn, plan.platform, plan.chat_key, plan.chat_name, group_id)
        writer = _Writer(db, plan, group_id, today)
        members = writer.sender_members(decisions)
        joins, referrals = writer.joins(decisions, members)
        ids = speakers.save_speakers(
            conn,
            plan.platform,
            [(s.key, s.name, members.get(s.index)) for s in plan.senders],
        )
        speakers.remember_aliases(
            conn,
            plan.platform,
            [
                (name, members[s.index])
                for s in plan.senders
                if s.index in members
                for name in s.names
            ],
        )
        by_index = np.zeros(len(plan.senders), np.int64)
        for sender in plan.senders:
            by_index[sender.index] = ids[sender.key]
        history.add_speaker_days(
            conn,
            group_id,
            (
                (d.day, by_index[d.speaker_index].tolist(), d.speaker_messages.tolist())
                for d in plan.counts.days
            ),
            rows=sum(len(d.speaker_index) for d in plan.counts.days),
        )
        check_not_cancelled(cancelled)
        _store_keys(db, group_id, plan.counts)
        conflicted = {c.day for c in plan.conflicts}
        keep = conflicted if decisions.keep_typed else set()
        store_days(conn, group_id, [d for d in plan.days if d.day not in keep], source=CHAT)
        leaves = writer.leaves(members)
        signups = writer.signups(decisions)
        checkins = writer.checkins(members)
        return ChatImportResult(
            days=len(plan.days) - len(keep),
            messages=plan.messages,
            members_added=writer.added,
            joins=joins,
            referrals=referrals,
            leaves=leaves,
            signups=signups,
            checkins=checkins,
            unlinked=tuple(s.name for s in plan.senders if s.messages and s.index not in members),
        )


def _store_keys(db: Database, group_id: int, counts: ChatCounts) -> None:
    """Add the new messages' keys to each day's counted keys."""
    fresh = [d for d in counts.days if len(d.new_keys)]
    old = history.counted_keys(db, group_id, [d.day for d in fresh])

    def merged(day: DayCount) -> bytes:  # one day's blob at a time: memory stays flat
        keys, before = day.new_keys, old.pop(day.day, None)
        if before:
            keys = np.union1d(np.frombuffer(before, dtype=np.uint64), keys)
        return keys.astype(np.uint64, copy=False).tobytes()

    history.store_counted_keys(db.conn, group_id, ((d.day, merged(d)) for d in fresh))


class _Writer:
    """The member-side writes of one import: added members, joins, leaves, attendance."""

    def __init__(self, db: Database, plan: ChatImportPlan, group_id: int, today: dt.date):
        self.db, self.plan, self.group_id, self.today = db, plan, group_id, today
        self.added = 0
        self._new_by_name: dict[str, int] = {}
        self._first_days: dict[int, dt.date] | None = None
        # each display name's senders (their indexes, in the plan's order)
        self._senders_named: dict[str, list[int]] = {}
        for sender in plan.senders:
            for name in sender.names:
                self._senders_named.setdefault(name, []).append(sender.index)

    def sender_members(self, decisions: ChatDecisions) -> dict[int, int]:
        """The member of each sender index that is linked (added ones created now)."""
        chosen: dict[int, int] = {}
        for sender in self.plan.senders:
            wanted = decisions.links.get(sender.index)
            if isinstance(wanted, int):
                chosen[sender.index] = wanted
            elif wanted == Link.ADD:
                chosen[sender.index] = self._add(sender.name, self._first_day(sender.index))
            elif wanted is None and sender.found.member_id is not None:
                chosen[sender.index] = sender.found.member_id
        return chosen

    def _first_day(self, index: int) -> dt.date:
        if self._first_days is None:  # each speaker's first day, found once
            self._first_days = {}
            for day in sorted(self.plan.counts.days, key=lambda d: d.day):
                for spoke in day.speaker_index.tolist():
                    self._first_days.setdefault(spoke, day.day)
        return self._first_days.get(index) or self.plan.first_day or self.today

    def _add(self, name: str, on: dt.date) -> int:
        """A new member of the group under a display name (once per name per import)."""
        if name in self._new_by_name:
            return self._new_by_name[name]
        draft = MemberDraft(name=name.strip() or "?", nickname=name.strip())
        member_id = create_member(self.db, draft, today=self.today)
        join_group(self.db, member_id, self.group_id, on=min(on, self.today), role=Role.FOLLOWER)
        self._new_by_name[name] = member_id
        self.added += 1
        return member_id

    def _member(
        self, found: Found | None, name: str | None, members: Mapping[int, int]
    ) -> int | None:
        if found is not None and found.member_id is not None:
            return found.member_id
        if name is None:
            return None
        for index in self._senders_named.get(name, ()):  # linked by hand in the preview
            if index in members:
                return members[index]
        return self._new_by_name.get(name)

    def joins(self, decisions: ChatDecisions, members: dict[int, int]) -> tuple[int, int]:
        """Memberships opened on their join day, and referrers recorded. With
        `add_joiners`, people the notices name (who joined, who invited) and who match
        nobody become members, and an unlinked sender of the same name is linked to them
        (`members` grows)."""
        joined = referred = 0
        conn = self.db.conn
        for plan in self.plan.joins:
            if plan.day > self.today:
                continue
            member = self._member(plan.found, plan.name, members)
            if member is None and decisions.add_joiners:
                member = self._add_named(plan.name, plan.day, members, decisions)
                joined += 1
            elif (
                member is not None
                and open_membership(conn, member, self.group_id) is None
                and not self._left_after(member, plan.day)
            ):
                join_group(self.db, member, self.group_id, on=plan.day, role=Role.FOLLOWER)
                joined += 1
            inviter = self._member(plan.inviter, plan.inviter_name, members)
            if inviter is None and plan.inviter_name and decisions.add_joiners:
                inviter = self._add_named(plan.inviter_name, plan.day, members, decisions)
            if (
                member is not None
                and inviter is not None
                and refer_if_unknown(conn, member, inviter)
            ):
                referred += 1
        return joined, referred

    def _add_named(
        self, name: str, on: dt.date, members: dict[int, int], decisions: ChatDecisions
    ) -> int:
        """A person a notice names, added as a member; senders of that name left unlinked
        by default are linked to them (a choice made in the preview stays)."""
        member = self._add(name, on)
        for index in self._senders_named.get(name, ()):
            if index not in members and index not in decisions.links:
                members[index] = member
        return member

    def _left_after(self, member: int, day: dt.date) -> bool:
        (last,) = self.db.conn.execute(
            "SELECT max(left_on) FROM memberships WHERE member_id = ? AND group_id = ?",
            (member, self.group_id),
        ).fetchone()
        return last is not None and last > day.isoformat()

    def leaves(self, members: Mapping[int, int]) -> int:
        """Open memberships closed on their leave day."""
        left = 0
        for plan in self.plan.leaves:
            member = self._member(plan.found, plan.name, members)
            if member is None or plan.day > self.today:
                continue
            current = open_membership(self.db.conn, member, self.group_id)
            if current is None or current[1] > plan.day.isoformat():
                continue
            try:
                leave_group(self.db, member, self.group_id, on=plan.day)
            except ValidationError:
                continue  # a role recorded after that day: the member's records say otherwise
            left += 1
        return left

    def signups(self, decisions: ChatDecisions) -> int:
        """Sign-ups of each 接龙 for its occurrence."""
        done = 0
        for at, plan in enumerate(self.plan.signups):
            occurrence = decisions.signups.get(at, plan.occurrence)
            if occurrence is None or not plan.member_ids:
                continue
            done += attendance.record(
                self.db,
                occurrence.event_id,
                occurrence.start,
                plan.member_ids,
                AttendanceStatus.SIGNED_UP,
                skip_existing=True,
                guests=plan.guests,
            )
        return done

    def checkins(self, members: Mapping[int, int]) -> int:
        """打卡 posts as check-ins of the day's challenge."""
        by_occurrence: dict[tuple[int, dt.datetime], list[int]] = {}
        for plan in self.plan.checkins:
            member = members.get(plan.sender)
            if member is not None:
                occurrence = (plan.occurrence.event_id, plan.occurrence.start)
                by_occurrence.setdefault(occurrence, []).append(member)
        return sum(
            attendance.record(
                self.db, event_id, start, member_ids, AttendanceStatus.ATTENDED, skip_existing=True
            )
            for (event_id, start), member_ids in by_occurrence.items()
        )


__all__ = [
    "ChatDecisions",
    "ChatImportPlan",
    "ChatImportResult",
    "GroupGuess",
    "How",
    "Link",
    "apply_chat_import",
    "plan_chat_import",
    "replan",
]
