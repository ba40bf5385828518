"""Rules (群规): numbered, reorderable, retired rather than deleted, every change recorded."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from desktop.models.core.clock import Clock
from desktop.models.core.common import STAMP_FORMAT, is_int, iso, parse_date, require_group
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.storage.db import Database


@dataclass(frozen=True, slots=True)
class Rule:
    """One numbered rule of a group; retired rules keep the number they last had."""

    id: int
    position: int
    text: str
    added_on: dt.date
    retired_on: dt.date | None

    @property
    def active(self) -> bool:
        """Whether the rule is in force."""
        return self.retired_on is None


@dataclass(frozen=True, slots=True)
class RuleChange:
    """One recorded change of a rule; for "moved", the texts hold the old and new numbers."""

    id: int
    rule_id: int
    changed_at: dt.datetime
    action: str  # added | edited | moved | retired
    old_text: str | None
    new_text: str | None
    rule_text: str  # the rule's text now, so a move or retirement can be shown in context


def list_rules(db: Database, group_id: int, include_retired: bool = False) -> list[Rule]:
    """A group's rules by number; retired ones (if asked for) after the active ones."""
    sql = "SELECT id, position, text, added_on, retired_on FROM group_rules WHERE group_id = ?"
    if not include_retired:
        sql += " AND retired_on IS NULL"
    sql += " ORDER BY retired_on IS NOT NULL, position, id"
    return [
        Rule(rid, pos, text, parse_date(added), parse_date(retired) if retired else None)
        for rid, pos, text, added, retired in db.conn.execute(sql, (group_id,))
    ]


def add_rule(
    db: Database,
    group_id: int,
    text: str,
    *,
    today: dt.date,
    at: dt.datetime | None = None,
) -> int:
    """Append a rule after the active ones; return its id."""
    clean = _rule_text(text)
    with db.transaction() as conn:
        require_group(conn, group_id)
        position = _active_count(conn, group_id) + 1
        return insert_rule(
            conn, group_id, position, clean, today, history_stamp(db.clock, today, at)
        )


def edit_rule(
    db: Database,
    rule_id: int,
    text: str,
    *,
    today: dt.date,
    at: dt.datetime | None = None,
) -> None:
    """Change an active rule's wording (unchanged wording writes nothing)."""
    clean = _rule_text(text)
    with db.transaction() as conn:
        rule, _group_id = _fetch_rule(conn, rule_id)
        if not rule.active:
            raise ValidationError("rule", msg("This rule is retired; restore it before editing."))
        if clean == rule.text:
            return
        conn.execute("UPDATE group_rules SET text = ? WHERE id = ?", (clean, rule_id))
        _record(conn, rule_id, "edited", rule.text, clean, history_stamp(db.clock, today, at))


def retire_rule(
    db: Database, rule_id: int, *, today: dt.date, at: dt.datetime | None = None
) -> None:
    """Take a rule out of force; the remaining rules are renumbered 1..n."""
    with db.transaction() as conn:
        rule, group_id = _fetch_rule(conn, rule_id)
        if not rule.active:
            raise ValidationError(
                "rule",
                msg("This rule was already retired on {retired_on}.", retired_on=rule.retired_on),
            )
        if today < rule.added_on:
            raise ValidationError(
                "retired_on",
                msg(
                    "A rule cannot be retired before it was added ({added_on}).",
                    added_on=rule.added_on,
                ),
            )
        conn.execute("UPDATE group_rules SET retired_on = ? WHERE id = ?", (iso(today), rule_id))
        _record(conn, rule_id, "retired", rule.text, None, history_stamp(db.clock, today, at))
        _renumber(conn, group_id, _active_ids(conn, group_id))


def restore_rule(
    db: Database, rule_id: int, *, today: dt.date, at: dt.datetime | None = None
) -> None:
    """Bring a retired rule back into force as the last rule (recorded as "added")."""
    with db.transaction() as conn:
        rule, group_id = _fetch_rule(conn, rule_id)
        if rule.active:
            raise ValidationError("rule", msg("This rule is already in force."))
        position = _active_count(conn, group_id) + 1
        conn.execute(
            "UPDATE group_rules SET retired_on = NULL, position = ? WHERE id = ?",
            (position, rule_id),
        )
        _record(conn, rule_id, "added", None, rule.text, history_stamp(db.clock, today, at))


def move_rule(
    db: Database, rule_id: int, new_position: int, *, at: dt.datetime | None = None
) -> None:
    """Give an active rule a new number (1..n) and renumber the others around it."""
    with db.transaction() as conn:
        rule, group_id = _fetch_rule(conn, rule_id)
        if not rule.active:
            raise ValidationError("rule", msg("A retired rule has no number to change."))
        ids = _active_ids(conn, group_id)
        if not is_int(new_position) or not 1 <= new_position <= len(ids):
            raise ValidationError(
                "position", msg("The number must be between 1 and {count}.", count=len(ids))
            )
        old_position = ids.index(rule_id) + 1
        if new_position == old_position:
            return
        ids.remove(rule_id)
        ids.insert(new_position - 1, rule_id)
        _renumber(conn, group_id, ids)
        stamp = history_stamp(db.clock, None, at)
        _record(conn, rule_id, "moved", str(old_position), str(new_position), stamp)


def rule_history(db: Database, group_id: int) -> list[RuleChange]:
    """Every recorded change of a group's rules, newest first."""
    rows = db.conn.execute(
        """
        SELECT h.id, h.rule_id, h.changed_at, h.action, h.old_text, h.new_text, r.text
        FROM rule_history h JOIN group_rules r ON r.id = h.rule_id
        WHERE r.group_id = ?
        ORDER BY h.changed_at DESC, h.id DESC
        """,
        (group_id,),
    )
    return [
        RuleChange(hid, rid, dt.datetime.strptime(at, STAMP_FORMAT), action, old, new, text)
        for hid, rid, at, action, old, new, text in rows
    ]


def _rule_text(text: str) -> str:
    clean = text.strip() if isinstance(text, str) else ""
    if not clean:
        raise ValidationError("text", msg("A rule needs some text."))
    return clean


def history_stamp(clock: Clock, today: dt.date | None, at: dt.datetime | None) -> str:
    """The rule_history.changed_at value: `at` if given, else now on `today`'s date (or today)."""
    if at is not None:
        return at.strftime(STAMP_FORMAT)
    now = clock.now()
    if today is not None:
        # keep the history's date in step with the added_on/retired_on the caller chose
        now = dt.datetime.combine(today, now.time())
    return now.strftime(STAMP_FORMAT)


def insert_rule(
    conn: sqlite3.Connection, group_id: int, position: int, text: str, today: dt.date, stamp: str
) -> int:
    """Insert a rule and its "added" history row inside the caller's transaction."""
    cursor = conn.execute(
        "INSERT INTO group_rules (group_id, position, text, added_on) VALUES (?, ?, ?, ?)",
        (group_id, position, text, iso(today)),
    )
    rule_id = int(cursor.lastrowid or 0)
    _record(conn, rule_id, "added", None, text, stamp)
    return rule_id


def _record(
    conn: sqlite3.Connection,
    rule_id: int,
    action: str,
    old_text: str | None,
    new_text: str | None,
    stamp: str,
) -> None:
    conn.execute(
        "INSERT INTO rule_history (rule_id, changed_at, action, old_text, new_text) "
        "VALUES (?, ?, ?, ?, ?)",
        (rule_id, stamp, action, old_text, new_text),
    )


def _fetch_rule(conn: sqlite3.Connection, rule_id: int) -> tuple[Rule, int]:
    found = conn.execute(
        "SELECT id, position, text, added_on, retired_on, group_id FROM group_rules WHERE id = ?",
        (rule_id,),
    ).fetchone()
    if found is None:
        raise ValidationError("rule", msg("There is no rule with id {rule_id}.", rule_id=rule_id))
    rid, pos, text, added, retired, group_id = found
    retired_on = parse_date(retired) if retired else None
    return Rule(rid, pos, text, parse_date(added), retired_on), group_id


def _active_ids(conn: sqlite3.Connection, group_id: int) -> list[int]:
    return [
        rid
        for (rid,) in conn.execute(
            "SELECT id FROM group_rules WHERE group_id = ? AND retired_on IS NULL "
            "ORDER BY position, id",
            (group_id,),
        )
    ]


def _active_count(conn: sqlite3.Connection, group_id: int) -> int:
    return len(_active_ids(conn, group_id))


def _renumber(conn: sqlite3.Connection, group_id: int, ids: list[int]) -> None:
    """Number the given active rules 1..n in the given order."""
    conn.executemany(
        "UPDATE group_rules SET position = ? WHERE id = ? AND group_id = ?",
        [(position, rid, group_id) for position, rid in enumerate(ids, start=1)],
    )
