"""The member detail pane's data: fields, memberships, roles, referrals, attendance, revenue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models.members.members import (
    Member,
    MembershipView,
    RoleSpan,
    fetch_member,
    memberships_of,
    role_history,
)
from desktop.models.members.referrals import ReferralRef, referred_by, referrer_of
from desktop.models.storage.db import Database


@dataclass(frozen=True, slots=True)
class AttendanceView:
    """One event occurrence a member signed up for or attended."""

    event_id: int
    title: str
    occurrence_start: dt.datetime
    status: str


@dataclass(frozen=True, slots=True)
class RevenueView:
    """One revenue entry that names the member as payer."""

    id: int
    day: dt.date
    kind: str
    category: str
    amount_minor: int
    currency: str
    group_id: int | None


@dataclass(frozen=True, slots=True)
class MemberDetail:
    """Everything the detail pane shows about one member."""

    member: Member
    referrer: ReferralRef | None
    referred: tuple[ReferralRef, ...]
    memberships: tuple[MembershipView, ...]
    roles: tuple[RoleSpan, ...]
    attendance: tuple[AttendanceView, ...]
    revenue: tuple[RevenueView, ...]


def member_detail(db: Database, member_id: int) -> MemberDetail:
    """All fields, memberships, role timeline, referrals, attendance and revenue of one member."""
    conn = db.conn
    member = fetch_member(conn, member_id)
    attendance = tuple(
        AttendanceView(event_id, title, dt.datetime.fromisoformat(start), status)
        for event_id, title, start, status in conn.execute(
            """
            SELECT a.event_id, e.title, a.occurrence_start, a.status
            FROM attendance a JOIN events e ON e.id = a.event_id
            WHERE a.member_id = ? ORDER BY a.occurrence_start, a.id
            """,
            (member_id,),
        )
    )
    revenue = tuple(
        RevenueView(rid, dt.date.fromisoformat(day), kind, category, amount, currency, gid)
        for rid, day, kind, category, amount, currency, gid in conn.execute(
            """
            SELECT id, day, kind, category, amount_minor, currency, group_id
            FROM revenue WHERE member_id = ? ORDER BY day, id
            """,
            (member_id,),
        )
    )
    return MemberDetail(
        member=member,
        referrer=referrer_of(db, member_id),
        referred=tuple(referred_by(db, member_id)),
        memberships=tuple(memberships_of(db, member_id)),
        roles=tuple(role_history(db, member_id)),
        attendance=attendance,
        revenue=revenue,
    )
