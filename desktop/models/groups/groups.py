"""Groups (社群): the unit every member, event and entry hangs on."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from desktop.models.core.codes import (
    DEFAULT_CAPACITY,
    Lifecycle,
    Platform,
    Purpose,
    Structure,
    Threshold,
    ValueType,
    codes,
)
from desktop.models.core.common import is_int, iso, parse_date, require_group
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.groups.lifecycle import add_stage, lifecycle_rows
from desktop.models.groups.rules import history_stamp, insert_rule
from desktop.models.storage.db import Database


@dataclass(frozen=True, slots=True)
class GroupRef:
    """A group's id and name, enough for pickers and filters."""

    id: int
    name: str
    archived: bool


def list_group_refs(db: Database, *, include_archived: bool = True) -> list[GroupRef]:
    """Every group by name (pinyin-agnostic, case-insensitive order)."""
    sql = "SELECT id, name, archived FROM groups"
    if not include_archived:
        sql += " WHERE archived = 0"
    sql += " ORDER BY archived, name COLLATE NOCASE"
    return [GroupRef(gid, name, bool(archived)) for gid, name, archived in db.conn.execute(sql)]


# ---------------------------------------------------------------------------------------
# Settings of a group: read, create, edit, duplicate, archive, dissolve, delete
# ---------------------------------------------------------------------------------------

# Columns of `groups` that the owner edits, in table order (id and archived are not edited).
_EDITABLE_COLUMNS = (
    "name",
    "platform",
    "capacity",
    "purposes",
    "value_types",
    "theme",
    "audience",
    "mission",
    "structure",
    "fee_minor",
    "fee_currency",
    "fee_period_months",
    "created_on",
    "exit_criteria",
    "notes",
)
_TEXT_FIELDS = ("theme", "audience", "mission", "exit_criteria", "notes")
# The vocabulary table lets the owner add their own purposes and value types.
_VOCABULARY_DOMAINS = {"purposes": "purpose", "value_types": "value_type"}
_BUILTIN_CODES: dict[str, frozenset[str]] = {
    "purposes": frozenset(codes(Purpose)),
    "value_types": frozenset(codes(ValueType)),
}


@dataclass(frozen=True, slots=True)
class GroupDraft:
    """Every setting the owner edits, as input to `create_group` and `update_group`."""

    name: str
    platform: str = Platform.WECHAT.value
    capacity: int | None = None  # None: no fixed limit; views prefill `default_capacity`
    purposes: tuple[str, ...] = ()
    value_types: tuple[str, ...] = ()
    theme: str = ""
    audience: str = ""
    mission: str = ""
    structure: str = Structure.PYRAMID.value
    fee_minor: int = 0
    fee_currency: str = "CNY"
    fee_period_months: int | None = None
    created_on: dt.date | None = None  # None: today on create, unchanged on update
    exit_criteria: str = ""
    notes: str = ""
    thresholds: dict[str, str] = field(default_factory=dict)  # Threshold code -> description


@dataclass(frozen=True, slots=True)
class Group:
    """A stored group with every column of `groups` and its entry thresholds."""

    id: int
    name: str
    platform: str
    capacity: int | None
    purposes: tuple[str, ...]
    value_types: tuple[str, ...]
    theme: str
    audience: str
    mission: str
    structure: str
    fee_minor: int
    fee_currency: str
    fee_period_months: int | None
    created_on: dt.date
    exit_criteria: str
    notes: str
    archived: bool
    thresholds: dict[str, str]

    def draft(self) -> GroupDraft:
        """The editable settings of this group, ready to change and pass to `update_group`."""
        return GroupDraft(
            name=self.name,
            platform=self.platform,
            capacity=self.capacity,
            purposes=self.purposes,
            value_types=self.value_types,
            theme=self.theme,
            audience=self.audience,
            mission=self.mission,
            structure=self.structure,
            fee_minor=self.fee_minor,
            fee_currency=self.fee_currency,
            fee_period_months=self.fee_period_months,
            created_on=self.created_on,
            exit_criteria=self.exit_criteria,
            notes=self.notes,
            thresholds=dict(self.thresholds),
        )


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """One row of the group list: who, where, which stage and how full."""

    id: int
    name: str
    platform: str
    stage: str | None  # None only for groups written without any lifecycle row
    member_count: int
    capacity: int | None
    archived: bool


class GroupUsage(NamedTuple):
    """What hangs on a group and so stops it from being deleted."""

    members: int
    events: int
    revenue_entries: int


def default_capacity(platform: str) -> int | None:
    """The usual member limit of a platform (None when it has no fixed limit)."""
    if platform not in codes(Platform):
        raise ValidationError(
            "platform", msg('"{platform}" is not a known platform.', platform=platform)
        )
    return DEFAULT_CAPACITY[Platform(platform)]


def list_group_summaries(db: Database, *, include_archived: bool = True) -> list[GroupSummary]:
    """Every group with its current stage and member count, by name, in one query.

    The count of open memberships comes from the per-day totals the triggers keep
    (`member_days`, see storage/derived.py): every membership counts one join on the day
    it began and one leave on the day it ended, so joins minus leaves over all days is the
    number still open — a few thousand rows summed instead of every membership read.
    """
    sql = """
        SELECT g.id, g.name, g.platform,
               (SELECT l.stage FROM lifecycle_history l WHERE l.group_id = g.id
                ORDER BY l.began_on DESC, l.id DESC LIMIT 1),
               coalesce(m.open_count, 0), g.capacity, g.archived
        FROM groups g
        LEFT JOIN (SELECT group_id, sum(joins) - sum(leaves) AS open_count FROM member_days
                   GROUP BY group_id) m ON m.group_id = g.id
    """
    if not include_archived:
        sql += " WHERE g.archived = 0"
    sql += " ORDER BY g.archived, g.name COLLATE NOCASE"
    return [
        GroupSummary(gid, name, platform, stage, count, capacity, bool(archived))
        for gid, name, platform, stage, count, capacity, archived in db.conn.execute(sql)
    ]


def get_group(db: Database, group_id: int) -> Group:
    """The group with this id; a ValidationError on "group" when there is none."""
    return _fetch_group(db.conn, group_id)


def create_group(db: Database, draft: GroupDraft, *, today: dt.date) -> int:
    """Store a new group, its thresholds and its first lifecycle stage; return its id."""
    with db.transaction() as conn:
        row, thresholds = _validated_row(conn, draft, group_id=None, today=today)
        return _insert_group(conn, row, thresholds)


def update_group(
    db: Database, group_id: int, draft: GroupDraft, *, today: dt.date | None = None
) -> None:
    """Save edited settings and replace the thresholds; lifecycle history is kept.

    When the creation date moves, the first lifecycle row moves with it if it began on the
    old creation date, so the group does not appear to exist before it was created.
    """
    today = today or db.clock.today()
    with db.transaction() as conn:
        old = _fetch_group(conn, group_id)
        if draft.created_on is None:
            draft = replace(draft, created_on=old.created_on)
        row, thresholds = _validated_row(conn, draft, group_id=group_id, today=today)
        new_created = parse_date(str(row["created_on"]))
        move_first: int | None = None
        if new_created != old.created_on:
            stages = lifecycle_rows(conn, group_id)
            if stages and stages[0].began_on == old.created_on:
                move_first = stages[0].id
                stages = stages[1:]
            early = [s for s in stages if s.began_on < new_created]
            if early:
                raise ValidationError(
                    "created_on",
                    msg(
                        'The "{stage}" stage began on {began_on}, before this creation date.',
                        stage=early[0].stage,
                        began_on=early[0].began_on,
                    ),
                )
        assignments = ", ".join(f"{col} = :{col}" for col in _EDITABLE_COLUMNS)
        conn.execute(f"UPDATE groups SET {assignments} WHERE id = :id", {**row, "id": group_id})
        if row["name"] != old.name:  # the events' CATEGORIES in calendars change with it
            from desktop.models.calendar.events import modified_now, touch_group

            touch_group(conn, group_id, modified_now(db))
        if move_first is not None:
            conn.execute(
                "UPDATE lifecycle_history SET began_on = ? WHERE id = ?",
                (row["created_on"], move_first),
            )
        _write_thresholds(conn, group_id, thresholds)


def duplicate_group(db: Database, group_id: int, new_name: str, *, today: dt.date) -> int:
    """Copy a group as a template: settings, thresholds, active rules and current goals.

    Members, events, revenue, history and archived state are not copied; the copy is
    created today in the introduction stage, its rules are added and its goals take
    effect today.
    """
    with db.transaction() as conn:
        source = _fetch_group(conn, group_id)
        draft = replace(source.draft(), name=new_name, created_on=today)
        row, thresholds = _validated_row(conn, draft, group_id=None, today=today)
        new_id = _insert_group(conn, row, thresholds)
        stamp = history_stamp(db.clock, today, None)
        texts = conn.execute(
            "SELECT text FROM group_rules WHERE group_id = ? AND retired_on IS NULL "
            "ORDER BY position, id",
            (group_id,),
        ).fetchall()
        for position, (text,) in enumerate(texts, start=1):
            insert_rule(conn, new_id, position, text, today, stamp)
        goals = conn.execute(
            """
            SELECT g.metric, g.period, g.min_value, g.max_value FROM goals g
            WHERE g.group_id = :gid AND g.effective_from = (
                SELECT max(effective_from) FROM goals x
                WHERE x.group_id = :gid AND x.metric = g.metric AND x.effective_from <= :on)
            """,
            {"gid": group_id, "on": iso(today)},
        ).fetchall()
        conn.executemany(
            "INSERT INTO goals (group_id, metric, period, min_value, max_value, effective_from) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(new_id, *goal, iso(today)) for goal in goals],
        )
        return new_id


def archive_group(db: Database, group_id: int, *, archived: bool = True) -> None:
    """Hide a group from everyday lists (or bring it back with archived=False)."""
    with db.transaction() as conn:
        require_group(conn, group_id)
        conn.execute("UPDATE groups SET archived = ? WHERE id = ?", (int(archived), group_id))


def dissolve_group(db: Database, group_id: int, *, on: dt.date, note: str = "") -> None:
    """End a group on purpose: record the dissolved stage and archive it, keeping its data."""
    with db.transaction() as conn:
        add_stage(conn, group_id, Lifecycle.DISSOLVED.value, on, note)
        conn.execute("UPDATE groups SET archived = 1 WHERE id = ?", (group_id,))


def group_usage(db: Database, group_id: int) -> GroupUsage:
    """How many members (past and present), events and revenue entries a group has."""
    require_group(db.conn, group_id)
    return _usage(db.conn, group_id)


def delete_group(db: Database, group_id: int) -> None:
    """Delete a group that nothing hangs on; otherwise refuse and suggest dissolving it."""
    with db.transaction() as conn:
        name = require_group(conn, group_id)
        usage = _usage(conn, group_id)
        if any(usage):
            raise ValidationError(
                "group",
                msg(
                    "“{name}” has records (members: {members}, events: {events}, revenue "
                    "entries: {revenue}), so it cannot be deleted; dissolve it instead to keep "
                    "its history.",
                    name=name,
                    members=usage.members,
                    events=usage.events,
                    revenue=usage.revenue_entries,
                ),
            )
        conn.execute("DELETE FROM groups WHERE id = ?", (group_id,))


def _usage(conn: sqlite3.Connection, group_id: int) -> GroupUsage:
    members, events, revenue = conn.execute(
        """
        SELECT (SELECT count(DISTINCT member_id) FROM memberships WHERE group_id = :g),
               (SELECT count(*) FROM events WHERE group_id = :g),
               (SELECT count(*) FROM revenue WHERE group_id = :g)
        """,
        {"g": group_id},
    ).fetchone()
    return GroupUsage(members, events, revenue)


def _fetch_group(conn: sqlite3.Connection, group_id: int) -> Group:
    columns = ", ".join(_EDITABLE_COLUMNS)
    found = conn.execute(
        f"SELECT id, {columns}, archived FROM groups WHERE id = ?", (group_id,)
    ).fetchone()
    if found is None:
        raise ValidationError(
            "group", msg("There is no group with id {group_id}.", group_id=group_id)
        )
    (
        gid,
        name,
        platform,
        capacity,
        purposes,
        value_types,
        theme,
        audience,
        mission,
        structure,
        fee_minor,
        fee_currency,
        fee_period_months,
        created_on,
        exit_criteria,
        notes,
        archived,
    ) = found
    thresholds = dict(
        conn.execute(
            "SELECT kind, description FROM group_thresholds WHERE group_id = ? ORDER BY kind",
            (group_id,),
        ).fetchall()
    )
    return Group(
        id=gid,
        name=name,
        platform=platform,
        capacity=capacity,
        purposes=_codes_from_json(purposes),
        value_types=_codes_from_json(value_types),
        theme=theme,
        audience=audience,
        mission=mission,
        structure=structure,
        fee_minor=fee_minor,
        fee_currency=fee_currency,
        fee_period_months=fee_period_months,
        created_on=parse_date(created_on),
        exit_criteria=exit_criteria,
        notes=notes,
        archived=bool(archived),
        thresholds=thresholds,
    )


def _codes_from_json(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text)
    except ValueError:
        return ()  # a hand-edited or foreign value: show no codes rather than fail to open
    return tuple(str(code) for code in value) if isinstance(value, list) else ()


def _validated_row(
    conn: sqlite3.Connection, draft: GroupDraft, *, group_id: int | None, today: dt.date
) -> tuple[dict[str, object], dict[str, str]]:
    """Check a draft field by field; return the `groups` row and the thresholds to write."""
    name = _checked_name(conn, draft.name, group_id)
    if draft.platform not in codes(Platform):
        raise ValidationError(
            "platform", msg('"{platform}" is not a known platform.', platform=draft.platform)
        )
    _check_capacity(conn, draft.capacity, group_id)
    purposes = _checked_codes(conn, "purposes", draft.purposes)
    value_types = _checked_codes(conn, "value_types", draft.value_types)
    if draft.structure not in codes(Structure):
        raise ValidationError(
            "structure", msg('"{structure}" is not a known structure.', structure=draft.structure)
        )
    currency = _checked_fee(draft)
    created_on = draft.created_on or today
    if not isinstance(created_on, dt.date):
        raise ValidationError("created_on", msg("The creation date must be a date."))
    if created_on > today:
        raise ValidationError(
            "created_on",
            msg("The creation date cannot be in the future (today is {today}).", today=today),
        )
    thresholds: dict[str, str] = {}
    for kind, description in draft.thresholds.items():
        if kind not in codes(Threshold):
            raise ValidationError(
                "thresholds", msg('"{kind}" is not a known entry threshold.', kind=kind)
            )
        thresholds[kind] = (description or "").strip()
    texts: dict[str, str] = {}
    for field_name in _TEXT_FIELDS:
        value = getattr(draft, field_name)
        if not isinstance(value, str):
            raise ValidationError(field_name, msg("This must be text."))
        texts[field_name] = value.strip()
    row: dict[str, object] = {
        "name": name,
        "platform": str(draft.platform),
        "capacity": draft.capacity,
        "purposes": json.dumps(purposes, ensure_ascii=False),
        "value_types": json.dumps(value_types, ensure_ascii=False),
        "structure": str(draft.structure),
        "fee_minor": draft.fee_minor,
        "fee_currency": currency,
        "fee_period_months": draft.fee_period_months,
        "created_on": iso(created_on),
        **texts,
    }
    return row, thresholds


def _checked_name(conn: sqlite3.Connection, raw: str, group_id: int | None) -> str:
    name = raw.strip() if isinstance(raw, str) else ""
    if not name:
        raise ValidationError("name", msg("A group needs a name."))
    # casefold also catches clashes the table's ASCII-only NOCASE collation would let through
    folded = name.casefold()
    for other_id, other_name in conn.execute("SELECT id, name FROM groups"):
        if other_id != group_id and other_name.strip().casefold() == folded:
            raise ValidationError(
                "name", msg('Another group is already named "{other_name}".', other_name=other_name)
            )
    return name


def _check_capacity(conn: sqlite3.Connection, capacity: int | None, group_id: int | None) -> None:
    if capacity is None:
        return
    if not is_int(capacity) or capacity < 0:
        raise ValidationError("capacity", msg("Capacity must be a whole number, 0 or more."))
    if group_id is None:
        return
    (members,) = conn.execute(
        "SELECT count(*) FROM memberships WHERE group_id = ? AND left_on IS NULL", (group_id,)
    ).fetchone()
    if capacity < members:
        raise ValidationError(
            "capacity",
            msg(
                "Capacity {capacity} is below the group's {members} current members.",
                capacity=capacity,
                members=members,
            ),
        )


def _checked_codes(conn: sqlite3.Connection, field_name: str, values: tuple[str, ...]) -> list[str]:
    known = _BUILTIN_CODES[field_name] | {
        code
        for (code,) in conn.execute(
            "SELECT code FROM vocabulary WHERE domain = ?", (_VOCABULARY_DOMAINS[field_name],)
        )
    }
    unique: list[str] = []
    for code in values:
        if code not in known:
            raise ValidationError(field_name, msg('"{code}" is not a known code.', code=code))
        if code not in unique:  # a code ticked twice means the same as once
            unique.append(code)
    return unique


def _checked_fee(draft: GroupDraft) -> str:
    """Check fee, currency and period; return the normalised currency code."""
    if not is_int(draft.fee_minor) or draft.fee_minor < 0:
        raise ValidationError("fee_minor", msg("The fee cannot be negative."))
    currency = draft.fee_currency.strip().upper()
    if len(currency) != 3 or not currency.isascii() or not currency.isalpha():
        raise ValidationError(
            "fee_currency", msg("The currency must be a 3-letter code such as CNY.")
        )
    period = draft.fee_period_months
    if period is not None and (not is_int(period) or period <= 0):
        raise ValidationError("fee_period_months", msg("The fee period must be at least 1 month."))
    if draft.fee_minor > 0 and period is None:
        raise ValidationError(
            "fee_period_months", msg("A paid group needs a fee period of at least 1 month.")
        )
    return currency


def _insert_group(
    conn: sqlite3.Connection, row: dict[str, object], thresholds: dict[str, str]
) -> int:
    columns = ", ".join(_EDITABLE_COLUMNS)
    values = ", ".join(f":{col}" for col in _EDITABLE_COLUMNS)
    cursor = conn.execute(f"INSERT INTO groups ({columns}) VALUES ({values})", row)
    group_id = int(cursor.lastrowid or 0)
    _write_thresholds(conn, group_id, thresholds)
    conn.execute(
        "INSERT INTO lifecycle_history (group_id, stage, began_on) VALUES (?, ?, ?)",
        (group_id, Lifecycle.INTRODUCTION.value, row["created_on"]),
    )
    return group_id


def _write_thresholds(conn: sqlite3.Connection, group_id: int, thresholds: dict[str, str]) -> None:
    conn.execute("DELETE FROM group_thresholds WHERE group_id = ?", (group_id,))
    conn.executemany(
        "INSERT INTO group_thresholds (group_id, kind, description) VALUES (?, ?, ?)",
        [(group_id, kind, text) for kind, text in thresholds.items()],
    )
