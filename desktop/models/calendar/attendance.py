"""Sign-ups and check-ins per occurrence, counts against capacity, and attendance reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.models.calendar.events import get_event
from desktop.models.calendar.occurrences import Occurrence, occurrences
from desktop.models.calendar.recurrence import stamp
from desktop.models.core.codes import AttendanceStatus, EventType, Metric, codes
from desktop.models.core.common import is_int, iso
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.groups.goals import goal_in_force
from desktop.models.members.queries import current_member_ids, membership_spans
from desktop.models.storage.db import Database


@dataclass(frozen=True, slots=True)
class Attendee:
    """A member recorded for an occurrence."""

    member_id: int
    name: str
    nickname: str
    status: str
    guests: int = 0  # people they bring ("+1", "带一个朋友")


@dataclass(frozen=True, slots=True)
class Counts:
    """Sign-ups and check-ins of one occurrence against its capacity (None: no limit)."""

    signed_up: int
    attended: int
    capacity: int | None
    guests: int = 0  # the guests the sign-ups bring

    @property
    def heads(self) -> int:
        """People expected: everyone signed up (or checked in) and the guests they bring."""
        return self.signed_up + self.guests

    @property
    def over_capacity(self) -> bool:
        """Whether more people came (or signed up, guests counted) than there is room for."""
        return self.capacity is not None and max(self.heads, self.attended) > self.capacity


@dataclass(frozen=True, slots=True)
class ReportRow:
    """A member's attendance over a range: occurrences attended of those held."""

    member_id: int
    name: str
    attended: int
    held: int
    last_attended: dt.date | None

    @property
    def percent(self) -> float:
        """Attended as a percentage of held (0 when nothing was held)."""
        return 100.0 * self.attended / self.held if self.held else 0.0


# The most guests one sign-up may bring (the column's CHECK says the same).
MAX_GUESTS = 99

# Content posts are published, not attended: they never count as "held" for attendance.
NOT_ATTENDED_TYPES = frozenset({EventType.CONTENT})


def attendees(db: Database, event_id: int, start: dt.datetime) -> list[Attendee]:
    """Who is recorded for an occurrence, by name."""
    rows = db.conn.execute(
        """SELECT m.id, m.name, m.nickname, a.status, a.guests FROM attendance a
           JOIN members m ON m.id = a.member_id
           WHERE a.event_id = ? AND a.occurrence_start = ? ORDER BY m.name_key, m.id""",
        (event_id, stamp(start)),
    )
    return [Attendee(*row) for row in rows]


def counts(db: Database, event_id: int, start: dt.datetime) -> Counts:
    """Sign-ups and check-ins of an occurrence (a check-in counts as signed up too)."""
    event = get_event(db, event_id)
    signed, came, guests = db.conn.execute(
        """SELECT count(*), coalesce(sum(status = 'attended'), 0), coalesce(sum(guests), 0)
           FROM attendance WHERE event_id = ? AND occurrence_start = ?""",
        (event_id, stamp(start)),
    ).fetchone()
    return Counts(int(signed), int(came), event.capacity, int(guests))


def record(
    db: Database,
    event_id: int,
    start: dt.datetime,
    member_ids: Iterable[int],
    status: str = AttendanceStatus.ATTENDED,
    *,
    skip_existing: bool = False,
    guests: Mapping[int, int] | None = None,
) -> int:
    """Sign members up or check them in; return how many rows changed.

    Checking in someone who signed up upgrades their row. A member already recorded with
    that status (or checked in, when signing up) is a duplicate: refused with their names
    and nothing written, or left as they are with `skip_existing`. Nobody can have attended
    an occurrence that has not started yet (see `check_started`). `guests` gives the guests
    a member brings, stored with their new or upgraded row.
    """
    if status not in codes(AttendanceStatus):
        raise ValidationError(
            "status", msg('"{status}" is not an attendance status.', status=status)
        )
    check_started(db, start, [status])
    wanted = list(dict.fromkeys(member_ids))
    brought = _checked_guests(guests, wanted)
    slot = stamp(start)
    with db.transaction() as conn:
        if conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
            raise ValidationError(
                "event", msg("There is no event with id {event_id}.", event_id=event_id)
            )
        known = {
            mid: (name, current)
            for mid, name, current in conn.execute(
                """SELECT m.id, m.name, a.status FROM members m
                   LEFT JOIN attendance a ON a.member_id = m.id
                        AND a.event_id = ? AND a.occurrence_start = ?
                   WHERE m.id IN (SELECT value FROM json_each(?))""",
                (event_id, slot, "[" + ",".join(str(int(m)) for m in wanted) + "]"),
            )
        }
        missing = [m for m in wanted if m not in known]
        if missing:
            raise ValidationError("member", msg("There is no member with id {id}.", id=missing[0]))
        duplicates = [
            mid
            for mid in wanted
            if known[mid][1] == AttendanceStatus.ATTENDED or known[mid][1] == status
        ]
        if duplicates and not skip_existing:
            names = "、".join(known[m][0] for m in duplicates[:5])
            more = f" (+{len(duplicates) - 5})" if len(duplicates) > 5 else ""
            raise ValidationError(
                "member",
                msg("Already recorded for this occurrence: {names}{more}.", names=names, more=more),
            )
        changed = 0
        for mid in wanted:
            if mid in duplicates:
                continue
            if known[mid][1] is None:
                conn.execute(
                    "INSERT INTO attendance"
                    " (event_id, occurrence_start, member_id, status, guests)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (event_id, slot, mid, str(status), brought.get(mid, 0)),
                )
            else:
                conn.execute(
                    "UPDATE attendance SET status = ?, guests = coalesce(?, guests)"
                    " WHERE event_id = ? AND occurrence_start = ? AND member_id = ?",
                    (str(status), brought.get(mid), event_id, slot, mid),
                )
            changed += 1
        return changed


def _checked_guests(guests: Mapping[int, int] | None, listed: Iterable[int]) -> dict[int, int]:
    """The guests per member, each a whole number 0…MAX_GUESTS of someone listed."""
    brought = dict(guests or {})
    on_list = set(listed) if brought else set()
    for mid, count in brought.items():
        if not is_int(count) or not 0 <= count <= MAX_GUESTS:
            raise ValidationError(
                "guests",
                msg("Guests must be a whole number from 0 to {most}.", most=MAX_GUESTS),
            )
        if mid not in on_list:
            raise ValidationError("guests", msg("Only someone on the list can bring guests."))
    return brought


def check_ins_between(
    db: Database, group_id: int, first: dt.datetime, last: dt.datetime
) -> dict[int, int]:
    """Member id → check-ins ("attended") at the group's occurrences starting in [first, last]."""
    rows = db.conn.execute(
        """SELECT a.member_id, count(*) FROM attendance a JOIN events e ON e.id = a.event_id
           WHERE e.group_id = ? AND a.status = 'attended'
           AND a.occurrence_start BETWEEN ? AND ? GROUP BY a.member_id""",
        (group_id, stamp(first), stamp(last)),
    )
    return {int(mid): int(n) for mid, n in rows}


def has_started(db: Database, start: dt.datetime) -> bool:
    """Whether an occurrence starting at `start` has started by now (the session's clock)."""
    return start <= db.clock.now()


def check_started(db: Database, start: dt.datetime, statuses: Iterable[str]) -> None:
    """Refuse "attended" for an occurrence that has not started yet (signing up is fine)."""
    if AttendanceStatus.ATTENDED in statuses and not has_started(db, start):
        raise ValidationError(
            "status",
            msg(
                "This occurrence has not started yet ({start:%Y-%m-%d %H:%M}): members "
                "can sign up for it, but nobody can have attended it. Nothing was "
                "changed.",
                start=start,
            ),
        )


def remove(db: Database, event_id: int, start: dt.datetime, member_ids: Iterable[int]) -> int:
    """Take members off an occurrence's list; return how many were on it."""
    with db.transaction() as conn:
        return int(
            conn.executemany(
                "DELETE FROM attendance WHERE event_id = ? AND occurrence_start = ?"
                " AND member_id = ?",
                [(event_id, stamp(start), m) for m in member_ids],
            ).rowcount
        )


def set_attendance(
    db: Database,
    event_id: int,
    start: dt.datetime,
    wanted: dict[int, str],
    guests: Mapping[int, int] | None = None,
) -> None:
    """Make an occurrence's list exactly `wanted` (member id → status), in one transaction.

    `guests` gives the guests a member brings; a member it does not name keeps what was
    recorded for them (none when new)."""
    brought = _checked_guests(guests, wanted)
    for status in wanted.values():
        if status not in codes(AttendanceStatus):
            raise ValidationError(
                "status", msg('"{status}" is not an attendance status.', status=status)
            )
    check_started(db, start, wanted.values())
    slot = stamp(start)
    with db.transaction() as conn:
        if conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
            raise ValidationError(
                "event", msg("There is no event with id {event_id}.", event_id=event_id)
            )
        before = dict(
            conn.execute(
                "SELECT member_id, guests FROM attendance"
                " WHERE event_id = ? AND occurrence_start = ?",
                (event_id, slot),
            ).fetchall()
        )
        conn.execute(
            "DELETE FROM attendance WHERE event_id = ? AND occurrence_start = ?",
            (event_id, slot),
        )
        conn.executemany(
            "INSERT INTO attendance (event_id, occurrence_start, member_id, status, guests)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (event_id, slot, mid, str(st), brought.get(mid, before.get(mid, 0)))
                for mid, st in wanted.items()
            ],
        )


def attendance_goal(db: Database, group_id: int, on: dt.date) -> int | None:
    """The group's attendance goal minimum in force on a day, if it has one."""
    goal = goal_in_force(db, group_id, Metric.ATTENDANCE, on)
    return goal.min_value if goal else None


def held_occurrences(
    db: Database, group_id: int, start: dt.date, end: dt.date, today: dt.date
) -> list[Occurrence]:
    """Occurrences of a group in the range that have taken place (before `today`)."""
    last = min(end, today - dt.timedelta(days=1))
    if last < start:
        return []
    return [o for o in occurrences(db, start, last, group_id) if o.type not in NOT_ATTENDED_TYPES]


def report(
    db: Database, group_id: int, start: dt.date, end: dt.date, today: dt.date
) -> list[ReportRow]:
    """Per member of the group: occurrences attended of those held while they were in it.

    Sorted by percentage, lowest first, so the ones below a threshold come on top.
    """
    held = held_occurrences(db, group_id, start, end, today)
    days = sorted(o.start.date() for o in held)
    conn = db.conn
    came: dict[int, tuple[int, str | None]] = {
        mid: (n, last)
        for mid, n, last in conn.execute(
            """SELECT a.member_id, count(*), max(a.occurrence_start) FROM attendance a
               JOIN events e ON e.id = a.event_id
               WHERE e.group_id = ? AND a.status = 'attended'
               AND a.occurrence_start BETWEEN ? AND ? GROUP BY a.member_id""",
            (group_id, iso(start) + "T00:00:00", iso(end) + "T23:59:59"),
        )
    }
    rows: list[ReportRow] = []
    for mid, name, first, gone in membership_spans(db, group_id, start, end):
        held_for = sum(1 for d in days if first <= d <= gone)
        n, last = came.get(mid, (0, None))
        rows.append(
            ReportRow(
                mid, name, n, max(held_for, n), dt.date.fromisoformat(last[:10]) if last else None
            )
        )
    rows.sort(key=lambda r: (r.percent, r.name))
    return rows


def not_attended_lately(
    db: Database, group_id: int, today: dt.date, days: int = 60
) -> list[ReportRow]:
    """Current members who attended nothing of the group in the last `days` days.

    Only members who had something to attend (held since they joined) are listed; the
    longest absent come first.
    """
    start = today - dt.timedelta(days=days)
    rows = report(db, group_id, start, today, today)
    current = current_member_ids(db, group_id)
    last_ever = dict(
        db.conn.execute(
            """SELECT a.member_id, max(a.occurrence_start) FROM attendance a
               JOIN events e ON e.id = a.event_id
               WHERE e.group_id = ? AND a.status = 'attended' GROUP BY a.member_id""",
            (group_id,),
        ).fetchall()
    )
    out = [
        ReportRow(
            r.member_id,
            r.name,
            0,
            r.held,
            dt.date.fromisoformat(last_ever[r.member_id][:10])
            if r.member_id in last_ever
            else None,
        )
        for r in rows
        if r.attended == 0 and r.held > 0 and r.member_id in current
    ]
    out.sort(key=lambda r: (r.last_attended or dt.date.min, r.name))
    return out
