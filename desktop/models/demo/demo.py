"""A realistic, deterministic Chinese demo: five groups with members, events, money, activity."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.demo.builder import DemoBuilder
from desktop.models.demo.data import GROUPS
from desktop.models.demo.records import Row
from desktop.models.storage.db import Database
from desktop.models.storage.derived import refresh_dashboard_days, refresh_roster_summaries
from desktop.models.storage.tables import TABLES

Progress = Callable[[str], None]


BULK_CACHE_KIB = 131072  # page cache while writing the demo: 128 MiB at most


@dataclass(frozen=True)
class DemoSummary:
    """Row counts of what `generate_demo` wrote."""

    groups: int
    members: int
    memberships: int
    events: int
    attendance: int
    revenue: int
    activity_days: int


_COLUMNS: dict[str, tuple[str, ...]] = {
    "groups": (
        "id", "name", "platform", "capacity", "purposes", "value_types", "theme", "audience",
        "mission", "structure", "fee_minor", "fee_currency", "fee_period_months", "created_on",
        "exit_criteria", "notes",
    ),
    "group_thresholds": ("group_id", "kind", "description"),
    "group_rules": ("id", "group_id", "position", "text", "added_on", "retired_on"),
    "rule_history": ("rule_id", "changed_at", "action", "old_text", "new_text"),
    "lifecycle_history": ("group_id", "stage", "began_on", "note"),
    "partners": ("id", "name", "contact", "notes"),
    "partner_shares": ("partner_id", "group_id", "share_bp", "basis", "categories"),
    "partner_payouts": ("partner_id", "day", "amount_minor", "currency", "method", "note"),
    "members": (
        "id", "name", "nickname", "wechat_id", "phone", "email", "referrer_id", "referrer_text",
        "notes", "created_at", "search_key", "name_key",
    ),
    "member_tags": ("member_id", "tag"),
    "memberships": ("id", "member_id", "group_id", "joined_on", "left_on", "paid_until"),
    "role_history": ("membership_id", "role", "since", "until"),
    "events": (
        "id", "group_id", "title", "type", "online", "location", "starts_at", "ends_at",
        "host_id", "capacity", "fee_minor", "cost_minor", "currency", "notes", "outcome",
        "depth_rating", "rrule", "series_id", "recurrence_start",
    ),
    "event_exdates": ("event_id", "occurrence_start"),
    "attendance": ("event_id", "occurrence_start", "member_id", "status"),
    "revenue": (
        "day", "group_id", "kind", "category", "amount_minor", "currency", "channel",
        "member_id", "event_id", "referrer_id", "partner_id", "note", "renewal_membership_id",
        "renewal_previous_until",
    ),
    "activity_daily": ("group_id", "day", "messages", "active_members", "joined", "left_count"),
    "goals": ("group_id", "metric", "period", "min_value", "max_value", "effective_from"),
}  # fmt: skip


def _insert(conn: sqlite3.Connection, table: str, rows: Sequence[Row]) -> None:
    """Bulk insert rows into an empty table, rebuilding its indexes afterwards."""
    # Building an index once from sorted data beats updating it row by row (~15% of the
    # load at 100,000 members); the DROP and CREATE are part of the caller's transaction.
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master"
        " WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        (table,),
    ).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    columns = _COLUMNS[table]
    marks = ", ".join("?" * len(columns))
    # Plain executemany: sqlite-utils' insert_all is about ten times slower here.
    conn.executemany(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', rows)
    for _, sql in indexes:
        conn.execute(sql)


@contextlib.contextmanager
def _big_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """Give the connection a large page cache while the demo is written, then restore it."""
    # With the default 2 MB cache a big load spills dirty pages to the WAL before commit;
    # the cache only grows as far as the data needs, and shrinks back on restore.
    previous = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {previous}")


def _has_data(conn: sqlite3.Connection) -> bool:
    """Whether any table except the owner's vocabulary and settings holds a row."""
    return any(
        conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None
        for table in TABLES
        if table not in ("vocabulary", "settings")
    )


def generate_demo(
    db: Database,
    *,
    members: int = 300,
    seed: int = 0,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with a Chinese demo; the same seed and day give the same data."""
    if members < 0:
        raise ValidationError("members", msg("the number of members must be 0 or more"))
    report: Progress = progress or (lambda _stage: None)
    demo = DemoBuilder(members, seed, today or db.clock.today())
    with _big_cache(db.conn), db.transaction() as conn:
        # Checked inside the transaction so nothing can slip in between check and write.
        if _has_data(conn):
            raise ValidationError(
                "database", msg("this database already has data; a demo only fills an empty one")
            )
        # The roster-summary triggers would recompute a member per membership, role and tag
        # row (hours at 100,000 members); paused, the summaries are computed once at the end.
        conn.execute("INSERT INTO roster_summary_paused (one) VALUES (1)")
        # Each batch is written as soon as its parents are, so big row lists don't pile up.
        report("members")
        member_rows, tag_rows = demo.build_members()
        _insert(conn, "members", member_rows)
        _insert(conn, "member_tags", tag_rows)
        del member_rows, tag_rows
        report("memberships")
        role_rows = demo.build_memberships()
        demo.build_fees()  # sets paid_until, so before the memberships are written
        report("groups")
        for table, rows in demo.group_rows().items():
            _insert(conn, table, rows)
        _insert(conn, "memberships", demo.membership_rows())
        _insert(conn, "role_history", role_rows)
        del role_rows
        report("events")
        demo.build_events()
        report("attendance")
        demo.build_attendance()
        event_rows = demo.event_rows()
        _insert(conn, "events", event_rows)
        _insert(conn, "event_exdates", demo.exdates)
        _insert(conn, "attendance", demo.attendance)
        report("revenue")
        demo.build_revenue()
        _insert(conn, "revenue", demo.revenue)
        report("activity")
        activity_rows, levels = demo.build_activity()
        _insert(conn, "activity_daily", activity_rows)
        report("goals")
        _insert(conn, "goals", demo.build_goals(levels))
        conn.execute("DELETE FROM roster_summary_paused")
        refresh_roster_summaries(conn)
        refresh_dashboard_days(conn)
    report("done")
    return DemoSummary(
        groups=len(GROUPS),
        members=members,
        memberships=len(demo.memberships),
        events=len(event_rows),
        attendance=len(demo.attendance),
        revenue=len(demo.revenue),
        activity_days=len(activity_rows),
    )
