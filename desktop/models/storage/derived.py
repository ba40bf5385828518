"""Data kept by triggers for fast reads: the roster summary on members and the dashboard's days."""

from __future__ import annotations

import sqlite3

from desktop.models.core.codes import ROLE_RANK, direct_category_sql

# ---- v4: the roster's per-member summary, stored --------------------------------------

_SUMMARY_COLUMNS = (
    "roster_joined", "roster_paid_until", "roster_paid_due", "roster_open", "roster_role",
    "roster_groups",
)  # fmt: skip


def _summary_select(where: str) -> str:
    """The membership summary of the members `where` (on memberships `s`) picks.

    Ungrouped it yields exactly one row of blanks ('' or 0) for a member with no
    membership; `GROUP BY s.member_id` makes it one row per member.
    """
    whens = " ".join(f"WHEN '{role.value}' THEN {rank}" for role, rank in ROLE_RANK.items())
    rank = f"CASE r.role {whens} ELSE {len(ROLE_RANK)} END"
    return f"""
        SELECT coalesce(min(s.joined_on), ''),
            coalesce(max(s.paid_until), ''),
            coalesce(min(CASE WHEN s.left_on IS NULL AND g.fee_minor > 0
                              THEN s.paid_until END), ''),
            coalesce(max(s.left_on IS NULL), 0),
            coalesce(min(CASE WHEN s.left_on IS NULL THEN ({rank}) || ':' || r.role END), ''),
            coalesce(
                group_concat(CASE WHEN s.left_on IS NULL THEN g.name END, '、'),
                -- a group left, re-joined and left again is listed once
                group_concat(CASE WHEN s.left_on IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM memberships later
                        WHERE later.member_id = s.member_id
                          AND +later.group_id = s.group_id
                          AND +later.joined_on > s.joined_on) THEN g.name END, '、'),
                '')
        FROM memberships s
        JOIN groups g ON g.id = s.group_id
        LEFT JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
        WHERE {where}
    """


def _summary_sql(where: str) -> str:
    """An UPDATE recomputing the membership summary columns of the members `where` picks.

    The body of the triggers, with NEW/OLD in `where`; a bulk write uses
    `refresh_roster_summaries`, which aggregates once instead of member by member.
    """
    return f"""
        UPDATE members SET ({", ".join(_SUMMARY_COLUMNS)}) = (
            {_summary_select("s.member_id = members.id")}
        )
        WHERE {where}
    """


def _tags_sql(where: str) -> str:
    """An UPDATE recomputing the tags text (", "-joined, by tag) of the members `where` picks."""
    return f"""
        UPDATE members SET roster_tags = coalesce((
            SELECT group_concat(t.tag, ', ') FROM member_tags t WHERE t.member_id = members.id
        ), '')
        WHERE {where}
    """


# While the one row of roster_summary_paused exists (an import in progress) the triggers
# stand still; the writer recomputes the summaries of its members in one statement.
_ACTIVE = "NOT EXISTS (SELECT 1 FROM roster_summary_paused)"


def roster_summary_triggers() -> str:
    """The triggers keeping the stored roster summary in step with every write."""
    membership = "SELECT member_id FROM memberships WHERE id IN (NEW.membership_id)"
    triggers = [
        ("memberships_summary_ins", "AFTER INSERT ON memberships", "id = NEW.member_id"),
        ("memberships_summary_upd", "AFTER UPDATE ON memberships",
         "id IN (NEW.member_id, OLD.member_id)"),
        ("memberships_summary_del", "AFTER DELETE ON memberships", "id = OLD.member_id"),
        ("role_history_summary_ins", "AFTER INSERT ON role_history", f"id IN ({membership})"),
        ("role_history_summary_upd", "AFTER UPDATE ON role_history",
         "id IN (SELECT member_id FROM memberships "
         "WHERE id IN (NEW.membership_id, OLD.membership_id))"),
        ("role_history_summary_del", "AFTER DELETE ON role_history",
         f"id IN ({membership.replace('NEW.', 'OLD.')})"),
        ("groups_summary_upd", "AFTER UPDATE OF name, fee_minor ON groups",
         "id IN (SELECT member_id FROM memberships WHERE group_id = NEW.id)"),
    ]  # fmt: skip
    # Saving a group rewrites every column: only a new name or paid/free changes summaries.
    changed = {
        "groups_summary_upd": " AND (NEW.name IS NOT OLD.name"
        " OR (NEW.fee_minor > 0) IS NOT (OLD.fee_minor > 0))"
    }
    parts = [
        f"CREATE TRIGGER {name} {event} WHEN {_ACTIVE}{changed.get(name, '')}\n"
        f"BEGIN {_summary_sql(where)}; END;\n"
        for name, event, where in triggers
    ]
    for name, event, who in (
        ("member_tags_summary_ins", "AFTER INSERT ON member_tags", "NEW.member_id"),
        ("member_tags_summary_del", "AFTER DELETE ON member_tags", "OLD.member_id"),
    ):
        parts.append(
            f"CREATE TRIGGER {name} {event} WHEN {_ACTIVE}\n"
            f"BEGIN {_tags_sql(f'id = {who}')}; END;\n"
        )
    return "".join(parts)


def refresh_roster_summaries(conn: sqlite3.Connection, first_id: int = 0) -> None:
    """Recompute the stored roster summary and tags text of every member from `first_id` on.

    For bulk writes made while the triggers were paused (an import) and for the v4
    migration: one aggregate over the memberships, then one pass over the members.
    """
    columns = ", ".join(_SUMMARY_COLUMNS)
    conn.execute("DROP TABLE IF EXISTS temp.roster_summary_fresh")
    conn.execute(
        f"CREATE TEMP TABLE roster_summary_fresh (member_id INTEGER PRIMARY KEY, {columns}, tags)"
    )
    conn.execute(
        f"INSERT INTO temp.roster_summary_fresh (member_id, {columns}) "
        + _summary_select("s.member_id >= :first").replace(
            "SELECT coalesce(min(s.joined_on)", "SELECT s.member_id, coalesce(min(s.joined_on)", 1
        )
        + " GROUP BY s.member_id",
        {"first": first_id},
    )
    conn.execute(
        """
        INSERT INTO temp.roster_summary_fresh (member_id, tags)
        SELECT member_id, group_concat(tag, ', ') FROM member_tags
        WHERE member_id >= :first GROUP BY member_id
        ON CONFLICT (member_id) DO UPDATE SET tags = excluded.tags
        """,
        {"first": first_id},
    )
    blanks = ("''", "''", "''", "0", "''", "''")
    assignments = ", ".join(
        f"{c} = coalesce(x.{c}, {blank})" for c, blank in zip(_SUMMARY_COLUMNS, blanks, strict=True)
    )
    conn.execute(
        f"""
        UPDATE members SET {assignments}, roster_tags = coalesce(x.tags, '')
        FROM temp.roster_summary_fresh x WHERE x.member_id = members.id
        """
    )
    conn.execute("DROP TABLE temp.roster_summary_fresh")


# ---- v5: per-day totals the dashboard reads, kept by triggers ----------------------------

# A member counts as referred (裂变) when someone invited them, linked or only named.
_REFERRED = "(m.referrer_id IS NOT NULL OR m.referrer_text <> '')"
# A role row counts on a day when both it and its membership are in force: from the later
# of the two starts until the earlier of the two ends (no end: still in force).
_ROLE_START = "max(s.joined_on, r.since)"
_ROLE_END = (
    "CASE WHEN s.left_on IS NULL THEN r.until WHEN r.until IS NULL THEN s.left_on "
    "ELSE min(s.left_on, r.until) END"
)
_MEMBER_DAYS_UPSERT = """
        ON CONFLICT (group_id, day) DO UPDATE SET joins = joins + excluded.joins,
            referred = referred + excluded.referred, leaves = leaves + excluded.leaves"""
_ROLE_DAYS_UPSERT = """
        ON CONFLICT (group_id, day, role) DO UPDATE SET change = change + excluded.change"""


def _row(row: str, columns: str) -> str:
    """A one-row stand-in for a table holding the OLD or NEW values of `columns`."""
    return "(SELECT " + ", ".join(f"{row}.{c} AS {c}" for c in columns.split()) + ")"


def _membership_row(row: str) -> str:
    return _row(row, "id member_id group_id joined_on left_on")


def _member_days_sql(sign: str, memberships: str, where: str) -> str:
    """Add (sign '') or take away ('-') the joins, referred joins and leaves of the
    memberships `s` (from `memberships`, picked by `where`); a member no longer there
    counts as not referred."""
    return f"""
        INSERT INTO member_days (group_id, day, joins, referred, leaves)
        SELECT s.group_id, s.joined_on, {sign}1,
               {sign}(CASE WHEN m.id IS NOT NULL AND {_REFERRED} THEN 1 ELSE 0 END), 0
        FROM {memberships} s LEFT JOIN members m ON m.id = s.member_id WHERE {where}
        UNION ALL
        SELECT s.group_id, s.left_on, 0, 0, {sign}1 FROM {memberships} s
        WHERE s.left_on IS NOT NULL AND {where}{_MEMBER_DAYS_UPSERT}"""


def _role_days_sql(sign: str, roles: str, memberships: str, where: str) -> str:
    """Add or take away the role counts of the role rows `r` (from `roles`, joined to their
    membership `s` from `memberships`) that `where` picks."""
    source = f"{roles} r JOIN {memberships} s ON s.id = r.membership_id"
    return f"""
        INSERT INTO role_days (group_id, day, role, change)
        SELECT s.group_id, {_ROLE_START}, r.role, {sign}1 FROM {source}
        WHERE {where} AND ({_ROLE_END} IS NULL OR {_ROLE_END} > {_ROLE_START})
        UNION ALL
        SELECT s.group_id, {_ROLE_END}, r.role, -({sign}1) FROM {source}
        WHERE {where} AND {_ROLE_END} > {_ROLE_START}{_ROLE_DAYS_UPSERT}"""


def _referred_sql(change: str, member: str) -> str:
    """Add `change` referred joins on each day a membership of `member` began."""
    return f"""
        INSERT INTO member_days (group_id, day, joins, referred, leaves)
        SELECT group_id, joined_on, 0, {change} * count(*), 0 FROM memberships
        WHERE member_id = {member} GROUP BY 1, 2{_MEMBER_DAYS_UPSERT}"""


def _revenue_days_sql(sign: str, row: str) -> str:
    """Add or take away one revenue entry (`row` is NEW or OLD)."""
    direct = direct_category_sql(f"{row}.category")
    return f"""
        INSERT INTO revenue_days (group_key, day, currency, income, expense, direct)
        SELECT coalesce({row}.group_id, 0), {row}.day, {row}.currency,
               {sign}(CASE WHEN {row}.kind = 'income' THEN {row}.amount_minor ELSE 0 END),
               {sign}(CASE WHEN {row}.kind = 'expense' THEN {row}.amount_minor ELSE 0 END),
               {sign}(CASE WHEN {row}.kind = 'income' AND {direct}
                           THEN {row}.amount_minor ELSE 0 END)
        WHERE true
        ON CONFLICT (group_key, day, currency) DO UPDATE SET
            income = income + excluded.income, expense = expense + excluded.expense,
            direct = direct + excluded.direct"""


def _attendance_days_sql(sign: str, attendance: str, where: str) -> str:
    """Add or take away the check-ins (status attended) of the attendance rows `a` (from
    `attendance`, joined to their event for its group) that `where` picks."""
    return f"""
        INSERT INTO attendance_days (group_id, day, attended)
        SELECT e.group_id, substr(a.occurrence_start, 1, 10), {sign}count(*)
        FROM {attendance} a JOIN events e ON e.id = a.event_id
        WHERE a.status = 'attended' AND {where} GROUP BY 1, 2
        ON CONFLICT (group_id, day) DO UPDATE SET attended = attended + excluded.attended"""


def dashboard_day_triggers() -> str:
    """The triggers keeping the per-day totals (members, roles, check-ins, revenue) in step.

    Like the roster summary's they stand still while roster_summary_paused has its row (a
    bulk import or the demo); that writer calls refresh_dashboard_days at the end.
    """
    moved = (
        " AND (OLD.group_id IS NOT NEW.group_id OR OLD.joined_on IS NOT NEW.joined_on"
        " OR OLD.left_on IS NOT NEW.left_on OR OLD.member_id IS NOT NEW.member_id)"
    )
    role_changed = (
        " AND (OLD.membership_id IS NOT NEW.membership_id OR OLD.role IS NOT NEW.role"
        " OR OLD.since IS NOT NEW.since OR OLD.until IS NOT NEW.until)"
    )
    referred = "(NEW.referrer_id IS NOT NULL OR NEW.referrer_text <> '')"
    was_referred = "(OLD.referrer_id IS NOT NULL OR OLD.referrer_text <> '')"
    old_role = _row("OLD", "id membership_id role since until")
    old_attendance = _row("OLD", "id event_id occurrence_start status")
    attendance_changed = (
        " AND (OLD.event_id IS NOT NEW.event_id OR OLD.status IS NOT NEW.status"
        " OR OLD.occurrence_start IS NOT NEW.occurrence_start)"
    )
    old_membership = _membership_row("OLD")
    triggers = [
        ("memberships_days_ins", "AFTER INSERT ON memberships", "",
         [_member_days_sql("", "memberships", "s.id = NEW.id")]),
        # deleted with its member, the member's own trigger took the referred join away
        ("memberships_days_del", "AFTER DELETE ON memberships", "",
         [_member_days_sql("-", old_membership, "true")]),
        # its role rows go with it (cascade), after the membership row: count them out now
        ("memberships_roles_del", "BEFORE DELETE ON memberships", "",
         [_role_days_sql("-", "role_history", "memberships", "r.membership_id = OLD.id")]),
        ("memberships_days_upd", "AFTER UPDATE ON memberships", moved,
         [_member_days_sql("-", old_membership, "true"),
          _member_days_sql("", "memberships", "s.id = NEW.id"),
          _role_days_sql("-", "role_history", old_membership, "r.membership_id = OLD.id"),
          _role_days_sql("", "role_history", "memberships", "r.membership_id = NEW.id")]),
        ("role_history_days_ins", "AFTER INSERT ON role_history", "",
         [_role_days_sql("", "role_history", "memberships", "r.id = NEW.id")]),
        # deleted with its membership, that membership's trigger counted it out already
        ("role_history_days_del", "AFTER DELETE ON role_history", "",
         [_role_days_sql("-", old_role, "memberships", "true")]),
        ("role_history_days_upd", "AFTER UPDATE ON role_history", role_changed,
         [_role_days_sql("-", old_role, "memberships", "true"),
          _role_days_sql("", "role_history", "memberships", "r.id = NEW.id")]),
        # a member's memberships go with them (cascade), after the member row
        ("members_days_del", "BEFORE DELETE ON members", f" AND {was_referred}",
         [_referred_sql("-1", "OLD.id")]),
        ("members_days_upd", "AFTER UPDATE OF referrer_id, referrer_text ON members",
         f" AND {referred} IS NOT {was_referred}",
         [_referred_sql(f"(CASE WHEN {referred} THEN 1 ELSE -1 END)", "NEW.id")]),
        ("attendance_days_ins", "AFTER INSERT ON attendance", "",
         [_attendance_days_sql("", "attendance", "a.id = NEW.id")]),
        # deleted with its event, the event's own trigger counted it out already
        ("attendance_days_del", "AFTER DELETE ON attendance", "",
         [_attendance_days_sql("-", old_attendance, "true")]),
        ("attendance_days_upd", "AFTER UPDATE ON attendance", attendance_changed,
         [_attendance_days_sql("-", old_attendance, "true"),
          _attendance_days_sql("", "attendance", "a.id = NEW.id")]),
        # an event's check-ins go with it (cascade), after the event row: count them out now
        ("events_days_del", "BEFORE DELETE ON events", "",
         [_attendance_days_sql("-", "attendance", "a.event_id = OLD.id")]),
        ("events_days_upd", "BEFORE UPDATE OF group_id ON events",
         " AND OLD.group_id IS NOT NEW.group_id",
         [_attendance_days_sql("-", "attendance", "a.event_id = OLD.id")]),
        ("events_days_moved", "AFTER UPDATE OF group_id ON events",
         " AND OLD.group_id IS NOT NEW.group_id",
         [_attendance_days_sql("", "attendance", "a.event_id = NEW.id")]),
        ("revenue_days_ins", "AFTER INSERT ON revenue", "", [_revenue_days_sql("", "NEW")]),
        ("revenue_days_del", "AFTER DELETE ON revenue", "", [_revenue_days_sql("-", "OLD")]),
        ("revenue_days_upd", "AFTER UPDATE ON revenue", "",
         [_revenue_days_sql("-", "OLD"), _revenue_days_sql("", "NEW")]),
    ]  # fmt: skip
    return "".join(
        f"CREATE TRIGGER {name} {event} WHEN {_ACTIVE}{when}\nBEGIN "
        + "".join(f"{sql};\n" for sql in body)
        + "END;\n"
        for name, event, when, body in triggers
    )


def refresh_dashboard_days(conn: sqlite3.Connection, first_membership: int = 0) -> None:
    """Bring the dashboard's per-day totals up to date after a bulk write.

    With `first_membership` 0 every total is recomputed (the v5 migration, the demo, a
    salvage or rebuild); otherwise the memberships from that id on, all written while the
    triggers were paused (an import of new members), and their role rows are added in.
    """
    if first_membership <= 0:
        conn.execute("DELETE FROM member_days")
        conn.execute("DELETE FROM role_days")
        conn.execute("DELETE FROM revenue_days")
        conn.execute("DELETE FROM attendance_days")
        conn.execute(_attendance_days_sql("", "attendance", "true"))
        conn.execute(
            f"""INSERT INTO revenue_days (group_key, day, currency, income, expense, direct)
                SELECT coalesce(group_id, 0), day, currency,
                       sum(CASE WHEN kind = 'income' THEN amount_minor ELSE 0 END),
                       sum(CASE WHEN kind = 'expense' THEN amount_minor ELSE 0 END),
                       sum(CASE WHEN kind = 'income' AND {direct_category_sql()}
                                THEN amount_minor ELSE 0 END)
                FROM revenue GROUP BY 1, 2, 3"""
        )
    params = {"first": first_membership}
    conn.execute(
        f"""INSERT INTO member_days (group_id, day, joins, referred, leaves)
            SELECT g, d, sum(j), sum(r), sum(lv) FROM (
                SELECT s.group_id AS g, s.joined_on AS d, 1 AS j,
                       CASE WHEN {_REFERRED} THEN 1 ELSE 0 END AS r, 0 AS lv
                FROM memberships s JOIN members m ON m.id = s.member_id
                WHERE s.id >= :first
                UNION ALL
                SELECT group_id, left_on, 0, 0, 1 FROM memberships
                WHERE left_on IS NOT NULL AND id >= :first)
            WHERE true GROUP BY g, d{_MEMBER_DAYS_UPSERT}""",
        params,
    )
    conn.execute(
        f"""INSERT INTO role_days (group_id, day, role, change)
            SELECT g, d, role, sum(c) FROM (
                SELECT s.group_id AS g, {_ROLE_START} AS d, r.role AS role, 1 AS c
                FROM role_history r JOIN memberships s ON s.id = r.membership_id
                WHERE s.id >= :first AND ({_ROLE_END} IS NULL OR {_ROLE_END} > {_ROLE_START})
                UNION ALL
                SELECT s.group_id, {_ROLE_END}, r.role, -1
                FROM role_history r JOIN memberships s ON s.id = r.membership_id
                WHERE s.id >= :first AND {_ROLE_END} > {_ROLE_START})
            WHERE true GROUP BY g, d, role{_ROLE_DAYS_UPSERT}""",
        params,
    )
