"""Referrals (裂变): who referred whom, counts down the tree, and the tree itself."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.models.members.drafts import referral_reaches
from desktop.models.members.members import require_member
from desktop.models.storage.db import Database

# Referral chains deeper than this are treated as corrupt data rather than followed.
REFERRAL_DEPTH_LIMIT = 1000
REFERRAL_TREE_DEPTH = 20
REFERRAL_TREE_MAX_DEPTH = 200


@dataclass(frozen=True, slots=True)
class ReferralRef:
    """A member in a referral list, with how many they referred directly and in total."""

    member_id: int
    name: str
    direct: int
    total: int


@dataclass(frozen=True, slots=True)
class ReferralNode:
    """A member and everyone they referred (裂变); `truncated` when the depth limit cut it."""

    member_id: int
    name: str
    depth: int
    direct: int
    total: int
    children: tuple[ReferralNode, ...]
    truncated: bool = False


def referrer_of(db: Database, member_id: int) -> ReferralRef | None:
    """The member who referred this one, with their counts, or None."""
    found = db.conn.execute(
        "SELECT r.id, r.name FROM members m JOIN members r ON r.id = m.referrer_id WHERE m.id = ?",
        (member_id,),
    ).fetchone()
    if found is None:
        return None
    direct, total = _referral_counts(db.conn, [found[0]])[found[0]]
    return ReferralRef(found[0], found[1], direct, total)


def referred_by(db: Database, member_id: int) -> list[ReferralRef]:
    """The members this one referred directly, each with their own counts, by name."""
    rows = db.conn.execute(
        "SELECT id, name FROM members WHERE referrer_id = ? AND id <> ? ORDER BY name_key, id",
        (member_id, member_id),
    ).fetchall()
    counts = _referral_counts(db.conn, [r[0] for r in rows])
    return [ReferralRef(mid, name, *counts[mid]) for mid, name in rows]


def referral_counts(db: Database, member_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """(direct referrals, all descendants) for each id; members who referred nobody get (0, 0)."""
    return _referral_counts(db.conn, list(member_ids))


def referral_tree(
    db: Database, member_id: int, *, max_depth: int = REFERRAL_TREE_DEPTH
) -> ReferralNode:
    """The member and everyone they referred, recursively; counts cover the whole tree.

    Levels below `max_depth` are left out (the node is marked `truncated`) but still
    counted; a cycle in hand-edited data is cut where it comes back to the root.
    """
    conn = db.conn
    require_member(conn, member_id)
    # The nodes are built recursively in Python, so the shape stays well inside its stack.
    max_depth = max(0, min(max_depth, REFERRAL_TREE_MAX_DEPTH))
    rows = conn.execute(
        """
        WITH RECURSIVE tree(id, parent, depth) AS (
            SELECT :root, NULL, 0
            UNION ALL
            SELECT m.id, tree.id, tree.depth + 1
            FROM tree JOIN members m ON m.referrer_id = tree.id
            -- every member has one referrer, so a cycle reachable from the root must
            -- pass through the root itself
            WHERE m.id <> :root AND tree.depth < :limit
        )
        SELECT tree.id, tree.parent, tree.depth, m.name
        FROM tree JOIN members m ON m.id = tree.id
        ORDER BY tree.depth, m.name_key, m.id
        """,
        {"root": member_id, "limit": REFERRAL_DEPTH_LIMIT},
    ).fetchall()
    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    depths: dict[int, int] = {}
    for mid, parent, depth, name in rows:
        names[mid] = name
        depths[mid] = depth
        if parent is not None:
            children.setdefault(parent, []).append(mid)
    totals: dict[int, int] = {}
    # Deepest first, so every child's total is known before its parent's.
    for mid, _parent, _depth, _name in reversed(rows):
        kids = children.get(mid, [])
        totals[mid] = len(kids) + sum(totals[k] for k in kids)

    def build(mid: int) -> ReferralNode:
        kids = children.get(mid, [])
        cut = depths[mid] >= max_depth
        return ReferralNode(
            member_id=mid,
            name=names[mid],
            depth=depths[mid],
            direct=len(kids),
            total=totals[mid],
            children=() if cut else tuple(build(k) for k in kids),
            truncated=cut and bool(kids),
        )

    return build(member_id)


def _referral_counts(
    conn: sqlite3.Connection, member_ids: Sequence[int]
) -> dict[int, tuple[int, int]]:
    counts: dict[int, tuple[int, int]] = dict.fromkeys(member_ids, (0, 0))
    if not member_ids:
        return counts
    rows: list[Any] = conn.execute(
        """
        WITH RECURSIVE below(root, id, depth) AS (
            SELECT m.referrer_id, m.id, 1 FROM members m
            WHERE m.referrer_id IN (SELECT value FROM json_each(:ids))
              AND m.id <> m.referrer_id
            UNION ALL
            SELECT below.root, m.id, below.depth + 1
            FROM below JOIN members m ON m.referrer_id = below.id
            -- a loop reachable from a root always returns to it (one referrer each)
            WHERE m.id <> below.root AND below.depth < :limit
        )
        SELECT root, sum(depth = 1), count(*) FROM below GROUP BY root
        """,
        {"ids": json.dumps(list(member_ids)), "limit": REFERRAL_DEPTH_LIMIT},
    ).fetchall()
    for root, direct, total in rows:
        counts[root] = (int(direct), int(total))
    return counts


def refer_if_unknown(conn: sqlite3.Connection, member_id: int, referrer_id: int) -> bool:
    """Record `referrer_id` as who brought `member_id` when nothing is recorded yet (no
    referrer, none named) and it makes no loop; inside the caller's transaction. Whether
    it was recorded."""
    if member_id == referrer_id or referral_reaches(conn, start=referrer_id, target=member_id):
        return False
    changed = conn.execute(
        """UPDATE members SET referrer_id = ?
           WHERE id = ? AND referrer_id IS NULL AND referrer_text = ''""",
        (referrer_id, member_id),
    ).rowcount
    return changed > 0
