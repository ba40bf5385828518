"""Merging duplicate members into one, and undoing a merge from its snapshot."""

from __future__ import annotations

import sqlite3

from desktop.models.chats.speakers import move_links
from desktop.models.core.common import STAMP_FORMAT
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.members.drafts import referral_reaches
from desktop.models.members.members import (
    fetch_member,
    refresh_search_keys,
    role_rank,
)
from desktop.models.members.snapshots import MemberSnapshot, delete_members, restore_members
from desktop.models.storage.db import Database


def merge_members(db: Database, keep_id: int, drop_id: int) -> None:
    """Fold `drop_id` into `keep_id`, keeping both histories, then delete `drop_id`.

    Memberships, roles, attendance, revenue, hosted events, referrals, tags and chat
    identities (with their message history) move over;
    keep's empty fields are filled from drop and drop's notes are appended. Two open
    memberships in the same group become one that started on the earlier date.
    """
    if keep_id == drop_id:
        raise ValidationError("member", msg("A member cannot be merged with themselves."))
    with db.transaction() as conn:
        keep = fetch_member(conn, keep_id)
        drop = fetch_member(conn, drop_id)
        _merge_memberships(conn, keep_id, drop_id)
        _merge_attendance(conn, keep_id, drop_id)
        conn.execute("UPDATE revenue SET member_id = ? WHERE member_id = ?", (keep_id, drop_id))
        conn.execute("UPDATE revenue SET referrer_id = ? WHERE referrer_id = ?", (keep_id, drop_id))
        conn.execute("UPDATE events SET host_id = ? WHERE host_id = ?", (keep_id, drop_id))
        move_links(conn, drop_id, keep_id)  # what they said in the chats
        conn.execute(
            "UPDATE members SET referrer_id = ? WHERE referrer_id = ? AND id <> ?",
            (keep_id, drop_id, keep_id),
        )
        conn.execute(
            "INSERT OR IGNORE INTO member_tags (member_id, tag) "
            "SELECT ?, tag FROM member_tags WHERE member_id = ?",
            (keep_id, drop_id),
        )
        referrer_id = keep.referrer_id
        if referrer_id is None or referrer_id == drop_id:
            referrer_id = drop.referrer_id if drop.referrer_id not in (keep_id, drop_id) else None
        notes = keep.notes
        if drop.notes.strip() and drop.notes.strip() not in notes:
            notes = f"{notes.rstrip()}\n{drop.notes.strip()}" if notes.strip() else drop.notes
        conn.execute(
            """
            UPDATE members SET nickname = ?, wechat_id = ?, phone = ?, email = ?,
                referrer_id = ?, referrer_text = ?, notes = ?, created_at = ?
            WHERE id = ?
            """,
            (
                keep.nickname or drop.nickname,
                keep.wechat_id or drop.wechat_id,
                keep.phone or drop.phone,
                keep.email or drop.email,
                referrer_id,
                keep.referrer_text or drop.referrer_text,
                notes,
                min(keep.created_at, drop.created_at).strftime(STAMP_FORMAT),
                keep_id,
            ),
        )
        conn.execute("DELETE FROM members WHERE id = ?", (drop_id,))
        # Pointing drop's referrals at keep can close a loop, and any loop now runs through
        # keep; cutting keep's own referrer link is the one change that breaks it.
        if referral_reaches(conn, start=referrer_id, target=keep_id):
            conn.execute("UPDATE members SET referrer_id = NULL WHERE id = ?", (keep_id,))
        refresh_search_keys(conn, [keep_id])


def _merge_memberships(conn: sqlite3.Connection, keep_id: int, drop_id: int) -> None:
    """Move drop's memberships to keep, folding two open ones in one group together."""
    clashes = conn.execute(
        """
        SELECT k.id, k.joined_on, k.paid_until, d.id, d.joined_on, d.paid_until
        FROM memberships k JOIN memberships d
          ON d.group_id = k.group_id AND d.member_id = ? AND d.left_on IS NULL
        WHERE k.member_id = ? AND k.left_on IS NULL
        """,
        (drop_id, keep_id),
    ).fetchall()
    for k_id, k_joined, k_paid, d_id, d_joined, d_paid in clashes:
        # The period that started first survives; the other's roles become part of it.
        survivor, other = (k_id, d_id) if k_joined <= d_joined else (d_id, k_id)
        paid = max((p for p in (k_paid, d_paid) if p is not None), default=None)
        current = conn.execute(
            "SELECT id, role, since FROM role_history "
            "WHERE membership_id IN (?, ?) AND until IS NULL",
            (survivor, other),
        ).fetchall()
        if len(current) == 2:
            (a_id, a_role, a_since), (b_id, b_role, b_since) = current
            # The role recorded most recently is the current truth; the older one ends
            # that day. Same role twice is one span that started on the earlier date.
            if a_role == b_role:
                newer = b_id if (a_since, a_id) <= (b_since, b_id) else a_id
                conn.execute("DELETE FROM role_history WHERE id = ?", (newer,))
            else:
                order = sorted(current, key=lambda r: (r[2], -role_rank(r[1])))
                (old_id, _r, _s), (_new_id, _nr, new_since) = order
                conn.execute("UPDATE role_history SET until = ? WHERE id = ?", (new_since, old_id))
        conn.execute(
            "UPDATE role_history SET membership_id = ? WHERE membership_id = ?",
            (survivor, other),
        )
        conn.execute(
            "UPDATE revenue SET renewal_membership_id = ? WHERE renewal_membership_id = ?",
            (survivor, other),
        )
        conn.execute("DELETE FROM memberships WHERE id = ?", (other,))
        conn.execute(
            "UPDATE memberships SET member_id = ?, joined_on = min(?, ?), paid_until = ? "
            "WHERE id = ?",
            (keep_id, k_joined, d_joined, paid, survivor),
        )
    conn.execute("UPDATE memberships SET member_id = ? WHERE member_id = ?", (keep_id, drop_id))


def _merge_attendance(conn: sqlite3.Connection, keep_id: int, drop_id: int) -> None:
    """Move drop's attendance to keep; where both have a row, keep says attended if either did."""
    conn.execute(
        """
        UPDATE attendance SET status = 'attended'
        WHERE member_id = :keep AND status <> 'attended' AND EXISTS (
            SELECT 1 FROM attendance d
            WHERE d.member_id = :drop AND d.event_id = attendance.event_id
              AND d.occurrence_start = attendance.occurrence_start AND d.status = 'attended')
        """,
        {"keep": keep_id, "drop": drop_id},
    )
    conn.execute(
        """
        UPDATE attendance SET member_id = :keep
        WHERE member_id = :drop AND NOT EXISTS (
            SELECT 1 FROM attendance k
            WHERE k.member_id = :keep AND k.event_id = attendance.event_id
              AND k.occurrence_start = attendance.occurrence_start)
        """,
        {"keep": keep_id, "drop": drop_id},
    )


def unmerge_members(db: Database, keep_id: int, snapshot: MemberSnapshot) -> dict[int, int]:
    """Undo `merge_members`: drop the merged record and restore both from the snapshot."""
    with db.transaction():
        delete_members(db, [keep_id], to_trash=False)
        return restore_members(db, snapshot)
