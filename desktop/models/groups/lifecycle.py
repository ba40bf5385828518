"""Lifecycle (引入期 → 解散): recorded stages, and a hint computed from the last 8 weeks."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from desktop.models.core.codes import Lifecycle, codes
from desktop.models.core.common import group_created_on, iso, parse_date
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.members.queries import membership_flow
from desktop.models.storage.db import Database

HINT_WEEKS = 8
# A group that grew by this share of its members in the window is growing.
GROWTH_PCT = 10.0
# Shrinking by this share of members, or this fall in messages per day, means decline.
SHRINK_PCT = -5.0
ACTIVITY_DROP_PCT = -30.0


@dataclass(frozen=True, slots=True)
class LifecycleEntry:
    """A stage of a group's life and the day it began."""

    id: int
    stage: str
    began_on: dt.date
    note: str


@dataclass(frozen=True, slots=True)
class LifecycleHint:
    """A suggested stage and the (code, value) numbers that led to it, for the view to explain.

    Reason codes: age_days, members_before, members_now, joins, leaves,
    net_joins_per_week, member_growth_pct, messages_per_day_first_4_weeks,
    messages_per_day_last_4_weeks, messages_change_pct, active_members_first_4_weeks,
    active_members_last_4_weeks, active_members_change_pct (the *_pct ones only when the
    earlier figure is not zero).
    """

    stage: str
    current_stage: str | None
    reasons: tuple[tuple[str, float], ...]

    @property
    def is_change(self) -> bool:
        """Whether the hint differs from the recorded stage."""
        return self.stage != self.current_stage

    def reason(self, code: str) -> float | None:
        """The value of one reason code, or None when it was not computed."""
        return next((value for key, value in self.reasons if key == code), None)


def lifecycle_history(db: Database, group_id: int) -> list[LifecycleEntry]:
    """A group's stages, oldest first (the last one is the current stage)."""
    return lifecycle_rows(db.conn, group_id)


def current_lifecycle(db: Database, group_id: int) -> LifecycleEntry | None:
    """The group's current stage (latest began_on, then latest recorded)."""
    rows = lifecycle_rows(db.conn, group_id)
    return rows[-1] if rows else None


def set_lifecycle(
    db: Database, group_id: int, stage: str, *, began_on: dt.date, note: str = ""
) -> int:
    """Record that the group entered a new stage on `began_on`; return the entry's id."""
    with db.transaction() as conn:
        return add_stage(conn, group_id, stage, began_on, note)


def remove_stage(db: Database, entry_id: int) -> None:
    """Take back a group's latest stage, to undo a change; the first stage always stays."""
    with db.transaction() as conn:
        found = conn.execute(
            "SELECT group_id FROM lifecycle_history WHERE id = ?", (entry_id,)
        ).fetchone()
        if found is None:
            raise ValidationError(
                "stage", msg("There is no lifecycle entry with id {entry_id}.", entry_id=entry_id)
            )
        stages = lifecycle_rows(conn, found[0])
        if stages[-1].id != entry_id:
            raise ValidationError(
                "stage",
                msg("Only the latest stage can be taken back; a later one was recorded since."),
            )
        if len(stages) == 1:
            raise ValidationError("stage", msg("A group's first stage cannot be taken back."))
        conn.execute("DELETE FROM lifecycle_history WHERE id = ?", (entry_id,))


def suggest_lifecycle(db: Database, group_id: int, *, today: dt.date) -> LifecycleHint | None:
    """Suggest a stage from member growth and activity over the last 8 weeks; writes nothing.

    Returns None for dissolved groups and groups without any members or activity yet.
    Younger than 8 weeks: introduction. Otherwise decline if members shrank by 5% or
    more, or messages per day fell by 30% or more (first 4 weeks against last 4);
    growth if members grew by 10% or more; maturity otherwise.
    """
    conn = db.conn
    created_on = group_created_on(conn, group_id)
    stages = lifecycle_rows(conn, group_id)
    current = stages[-1].stage if stages else None
    if current == Lifecycle.DISSOLVED:
        return None
    days = HINT_WEEKS * 7
    start = today - dt.timedelta(days=days - 1)
    middle = start + dt.timedelta(days=days // 2)
    params = {"g": group_id, "start": iso(start), "mid": iso(middle), "today": iso(today)}
    before, now, joins, leaves = membership_flow(db, group_id, start, today)
    first_msgs, last_msgs, first_active, last_active, activity_rows = conn.execute(
        """
        SELECT
            coalesce(sum(messages) FILTER (WHERE day < :mid), 0),
            coalesce(sum(messages) FILTER (WHERE day >= :mid), 0),
            avg(active_members) FILTER (WHERE day < :mid),
            avg(active_members) FILTER (WHERE day >= :mid),
            count(*)
        FROM activity_daily WHERE group_id = :g AND day BETWEEN :start AND :today
        """,
        params,
    ).fetchone()
    if before == now == joins == leaves == activity_rows == 0:
        return None

    half_days = days // 2
    # days without a row had no messages, so messages per day divide by the calendar days
    msgs_first = first_msgs / half_days
    msgs_last = last_msgs / half_days
    active_first = float(first_active or 0.0)
    active_last = float(last_active or 0.0)
    growth_pct = _change_pct(before, now)
    messages_pct = _change_pct(msgs_first, msgs_last)
    age = (today - created_on).days

    reasons: list[tuple[str, float]] = [
        ("age_days", float(age)),
        ("members_before", float(before)),
        ("members_now", float(now)),
        ("joins", float(joins)),
        ("leaves", float(leaves)),
        ("net_joins_per_week", round((joins - leaves) / HINT_WEEKS, 1)),
    ]
    if growth_pct is not None:
        reasons.append(("member_growth_pct", round(growth_pct, 1)))
    reasons += [
        ("messages_per_day_first_4_weeks", round(msgs_first, 1)),
        ("messages_per_day_last_4_weeks", round(msgs_last, 1)),
    ]
    if messages_pct is not None:
        reasons.append(("messages_change_pct", round(messages_pct, 1)))
    reasons += [
        ("active_members_first_4_weeks", round(active_first, 1)),
        ("active_members_last_4_weeks", round(active_last, 1)),
    ]
    active_pct = _change_pct(active_first, active_last)
    if active_pct is not None:
        reasons.append(("active_members_change_pct", round(active_pct, 1)))

    if age < days:
        stage = Lifecycle.INTRODUCTION
    elif (growth_pct is not None and growth_pct <= SHRINK_PCT) or (
        messages_pct is not None and messages_pct <= ACTIVITY_DROP_PCT
    ):
        stage = Lifecycle.DECLINE
    elif (growth_pct is not None and growth_pct >= GROWTH_PCT) or (before == 0 and now > 0):
        stage = Lifecycle.GROWTH
    else:
        stage = Lifecycle.MATURITY
    return LifecycleHint(stage.value, current, tuple(reasons))


def _change_pct(before: float, after: float) -> float | None:
    return None if before == 0 else (after - before) / before * 100.0


def lifecycle_rows(conn: sqlite3.Connection, group_id: int) -> list[LifecycleEntry]:
    """A group's stages, oldest first, inside the caller's transaction."""
    return [
        LifecycleEntry(lid, stage, parse_date(began), note)
        for lid, stage, began, note in conn.execute(
            "SELECT id, stage, began_on, note FROM lifecycle_history WHERE group_id = ? "
            "ORDER BY began_on, id",
            (group_id,),
        )
    ]


def add_stage(
    conn: sqlite3.Connection, group_id: int, stage: str, began_on: dt.date, note: str
) -> int:
    """Check and record a new stage inside the caller's transaction; return its id."""
    created_on = group_created_on(conn, group_id)
    if stage not in codes(Lifecycle):
        raise ValidationError(
            "stage", msg('"{stage}" is not a known lifecycle stage.', stage=stage)
        )
    if not isinstance(began_on, dt.date):
        raise ValidationError("began_on", msg("The start of a stage must be a date."))
    stages = lifecycle_rows(conn, group_id)
    if stages and stages[-1].stage == stage:
        raise ValidationError(
            "stage", msg('The group is already in the "{stage}" stage.', stage=stage)
        )
    if stages and began_on < stages[-1].began_on:
        raise ValidationError(
            "began_on",
            msg(
                'A new stage cannot begin before the current "{stage}" stage began ({began_on}).',
                stage=stages[-1].stage,
                began_on=stages[-1].began_on,
            ),
        )
    if began_on < created_on:
        raise ValidationError(
            "began_on",
            msg(
                "A stage cannot begin before the group was created ({created_on}).",
                created_on=created_on,
            ),
        )
    cursor = conn.execute(
        "INSERT INTO lifecycle_history (group_id, stage, began_on, note) VALUES (?, ?, ?, ?)",
        (group_id, stage, iso(began_on), (note or "").strip()),
    )
    return int(cursor.lastrowid or 0)
