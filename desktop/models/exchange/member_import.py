"""Members from a spreadsheet: the member list target of the import engine.

The steps are separate so a preview can sit between them: `read_sheet` finds the header
row and keeps the raw cells, `MEMBER_FIELDS.guess` names the field of each column,
`plan_import` checks every row (nothing is written) and `apply_import` writes the plan in
one transaction through `members.bulk`, chunk by chunk, so it can report progress and be
cancelled (see `import_engine` for the steps every target shares).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.models.core.common import collection_paused
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.exchange import sheets
from desktop.models.exchange.import_engine import (
    CancelledFn,
    Problem,
    ProgressFn,
    Severity,
    check_chunks,
    check_not_cancelled,
    check_ready,
    check_unchanged,
    chosen_mapping,
    sheet_warnings,
    sorted_problems,
    write_chunks,
)
from desktop.models.exchange.member_cells import remember_roles, remembered_roles, role_key
from desktop.models.exchange.member_fields import MEMBER_FIELDS, WHO_FIELDS, no_who_column
from desktop.models.exchange.member_planner import (
    GROUP_SEPARATOR,
    Planner,
    UnknownRole,
    group_key,
)
from desktop.models.exchange.member_referrers import link_referrers
from desktop.models.exchange.sheets import SheetData
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members import bulk
from desktop.models.members.bulk import PlannedMember
from desktop.models.members.search import load_readings
from desktop.models.storage.db import Database


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do, checked against the database; nothing is written yet."""

    sheet: SheetData
    mapping: tuple[str | None, ...]
    group_id: int | None
    today: dt.date
    rows: tuple[PlannedMember, ...]
    problems: tuple[Problem, ...]
    invalid_rows: tuple[int, ...]  # sheet row numbers with at least one error
    new_groups: tuple[str, ...]  # names in the file that no group has yet, as first written
    group_ids: Mapping[str, int]  # casefolded name -> id of the groups that exist
    stamp: tuple[int, ...]  # the database's state when planned; apply refuses a changed one
    referrers_linked: int = 0
    referrers_as_text: int = 0
    unknown_roles: tuple[UnknownRole, ...] = ()  # in the order the file first shows them

    @property
    def unmapped_roles(self) -> tuple[UnknownRole, ...]:
        """The unknown role values not mapped yet: the import waits for them."""
        return tuple(u for u in self.unknown_roles if u.role is None)

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that keep a row out."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that are only reported."""
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote."""

    imported: int
    skipped: int
    groups_created: tuple[str, ...]
    memberships: int
    referrers_linked: int
    referrers_as_text: int
    member_ids: tuple[int, ...] = field(default=())


@collection_paused()
def read_sheet(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    delimiter: str | None = None,
) -> SheetData:
    """`sheets.read_sheet` with the header found by the member list's column titles.

    pypinyin's dictionaries, which the search keys need next, load meanwhile in another
    thread: calamine reads without holding the interpreter, so that costs no time.
    """
    threading.Thread(target=load_readings, name="load-readings", daemon=True).start()
    return sheets.read_sheet(
        path, sheet=sheet, header_row=header_row, delimiter=delimiter, score=MEMBER_FIELDS.score
    )


# ---------------------------------------------------------------------------------------
# Planning: every row checked against the file and the database, nothing written
# ---------------------------------------------------------------------------------------


def _stamp(conn: sqlite3.Connection) -> tuple[int, ...]:
    """Counts and top ids of members and groups: they change when either table gains rows."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM members), (SELECT coalesce(max(id), 0) FROM members), "
        "(SELECT count(*) FROM groups), (SELECT coalesce(max(id), 0) FROM groups), "
        "(SELECT count(*) FROM members WHERE wechat_id <> '' OR phone <> '')"
    ).fetchone()
    return tuple(int(v) for v in row)


@collection_paused()
def plan_import(
    db: Database,
    sheet: SheetData,
    mapping: Sequence[str | None] | None = None,
    *,
    group_id: int | None = None,
    today: dt.date | None = None,
    role_map: Mapping[str, str] | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportPlan:
    """Check every row of the sheet against the file and the database; write nothing.

    `mapping` gives each column's field code (None: not imported; default: guessed from
    the headers); `group_id` puts every row in that group instead of the group column;
    `role_map` maps role values no known word names to role codes (over the ones
    remembered from earlier imports).
    """
    today = today or db.clock.today()
    chosen = chosen_mapping(MEMBER_FIELDS, sheet, mapping, "member")
    if not set(WHO_FIELDS) & set(chosen):
        raise ValidationError("mapping", no_who_column())
    roles = remembered_roles(db) | {role_key(v): c for v, c in (role_map or {}).items()}
    planner = Planner(db, sheet, chosen, group_id, today, roles)
    planner.problems.extend(sheet_warnings(sheet))
    check_chunks(sheet, planner.check_chunk, progress, cancelled)

    def warn(row: int, message: str) -> None:
        planner.add(row, "referrer", message, Severity.WARNING)

    linked, kept = link_referrers(db.conn, planner.pending, warn)
    dated = {"role", "joined", "paid_until"} & set(planner.column)
    if not planner.has_group_column and dated and planner.pending:
        planner.problems.append(
            Problem(
                None,
                "",
                "group",
                msg(
                    "no group column and no group chosen: members are imported without a "
                    "group, so their {columns} columns are not recorded",
                    columns=", ".join(planner.header[c] for c in sorted(dated)),
                ),
                Severity.WARNING,
            )
        )
    return ImportPlan(
        sheet=sheet,
        mapping=chosen,
        group_id=group_id,
        today=today,
        rows=tuple(planner.pending),
        problems=sorted_problems(planner.problems, chosen),
        invalid_rows=tuple(planner.invalid),
        new_groups=tuple(planner.new_groups.values()),
        group_ids=planner.groups,
        stamp=_stamp(db.conn),
        referrers_linked=linked,
        referrers_as_text=kept,
        unknown_roles=planner.unknown_roles(),
    )


def unmapped_roles_text(unmapped: Sequence[UnknownRole]) -> str:
    """The one message of role values that wait for a mapping."""
    values = "、".join(msg("“{value}” ({rows} rows)", value=u.value, rows=u.rows) for u in unmapped)
    return msg(
        "These roles are not known yet: {values}. Choose the role each stands for; "
        "nothing was imported.",
        values=values,
    )


@collection_paused()
def apply_import(
    db: Database,
    plan: ImportPlan,
    *,
    valid_only: bool = False,
    create_groups: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportResult:
    """Write the planned members, memberships and roles in one transaction.

    With invalid rows nothing is written unless `valid_only`; groups the file names that
    don't exist are created only with `create_groups`. A cancel between chunks, or any
    error, rolls everything back.
    """
    if plan.unmapped_roles:
        raise ValidationError("role", unmapped_roles_text(plan.unmapped_roles))
    check_ready(plan.errors, len(plan.invalid_rows), len(plan.rows), valid_only=valid_only)
    if plan.new_groups and not create_groups:
        raise ValidationError(
            "group",
            msg(
                "These groups don't exist yet: {groups}. Confirm creating them; nothing was "
                "imported.",
                groups=GROUP_SEPARATOR.join(plan.new_groups),
            ),
        )
    total = len(plan.rows)
    with db.transaction() as conn:
        check_unchanged(_stamp(conn), plan.stamp)
        group_ids = dict(plan.group_ids)
        earliest_of = bulk.earliest_joined(plan.rows) if plan.new_groups else {}
        for name in plan.new_groups:
            key = group_key(name)
            earliest = earliest_of.get(key, plan.today)
            group_ids[key] = create_group(
                db, GroupDraft(name=name, created_on=min(earliest, plan.today)), today=plan.today
            )
        created = dt.datetime.combine(plan.today, db.clock.now().time())
        with bulk.bulk_insert(conn, total, group_ids, created) as writer:
            write_chunks(plan.rows, lambda _at, chunk: writer.write(chunk), progress, cancelled)
        check_not_cancelled(cancelled)
        remember_roles(db, [(u.value, u.role) for u in plan.unknown_roles if u.role])
    return ImportResult(
        imported=total,
        skipped=len(plan.invalid_rows),
        groups_created=plan.new_groups,
        memberships=writer.next_membership - writer.first_membership,
        referrers_linked=plan.referrers_linked,
        referrers_as_text=plan.referrers_as_text,
        member_ids=tuple(range(writer.first_member, writer.next_member)),
    )


def import_members(
    db: Database,
    path: str | Path,
    *,
    mapping: Sequence[str | None] | None = None,
    group_id: int | None = None,
    valid_only: bool = False,
    create_groups: bool = False,
    today: dt.date | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
    role_map: Mapping[str, str] | None = None,
) -> ImportResult:
    """Read, check and import a member list in one go (see the step functions)."""
    data = read_sheet(path, sheet=sheet, header_row=header_row)
    plan = plan_import(db, data, mapping, group_id=group_id, today=today, role_map=role_map)
    return apply_import(db, plan, valid_only=valid_only, create_groups=create_groups)


def group_by_name(db: Database, name: str) -> int:
    """The id of the group with this name (any case); ValidationError when there is none."""
    key = group_key(name)
    for gid, existing in db.conn.execute("SELECT id, name FROM groups ORDER BY id"):
        if group_key(existing) == key:
            return int(gid)
    known = GROUP_SEPARATOR.join(n for (n,) in db.conn.execute("SELECT name FROM groups"))
    raise ValidationError(
        "group",
        msg(
            "There is no group named “{name}” (groups: {groups}).",
            name=name.strip(),
            groups=known or msg("none yet"),
        ),
    )


__all__ = [
    "GROUP_SEPARATOR",
    "ImportPlan",
    "ImportResult",
    "UnknownRole",
    "apply_import",
    "group_by_name",
    "import_members",
    "plan_import",
    "read_sheet",
    "unmapped_roles_text",
]
