"""Referrers of an imported member list: each referrer cell linked to the one member it names.

A cell may name the referrer by WeChat ID (any case), phone, name or nickname, as a row of
the same file or a member already in the database. It is linked when that names exactly
one member; otherwise it is kept as text with a warning (how many members it matches, or
none). Links that go round in a circle inside the file are cut.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import operator
import sqlite3
from collections.abc import Callable, Mapping
from typing import cast

from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.members.bulk import PlannedMember
from desktop.models.members.contacts import normalise_phone

# Who a referrer cell may name: ("row", index in the plan) or ("db", member id), by key.
Candidates = dict[str, list[tuple[str, int]]]
# Report a warning on a sheet row: (row number, message).
WarnFn = Callable[[int, str], None]


class _Index:
    """The members a set of referrer cells may name, by WeChat ID, phone, name and nickname."""

    def __init__(self) -> None:
        self.wechat: Candidates = {}
        self.phone: Candidates = {}
        self.name: Candidates = {}
        self.nickname: Candidates = {}

    def candidates(self, text: str, phone: str | None) -> list[tuple[str, int]]:
        """The members `text` names: by WeChat ID or phone when any has it, else every
        member whose name or nickname it is (each member once)."""
        found = self.wechat.get(text.lower()) or (self.phone.get(phone) if phone else None)
        if found:
            return found
        named = self.name.get(text, []) + self.nickname.get(text, [])
        return list(dict.fromkeys(named))


def link_referrers(
    conn: sqlite3.Connection, rows: list[PlannedMember], warn: WarnFn
) -> tuple[int, int]:
    """Link each named referrer of `rows` (changed in place) to the one member it names;
    return (linked, kept as text)."""
    members = [p.member for p in rows]
    texts = _column(members, "referrer_text")  # stripped already
    wanted = set(texts) - {""}
    if not wanted:
        return 0, 0
    phones: dict[str, str] = {}
    for text in wanted:
        with contextlib.suppress(ValidationError):
            phones[text] = normalise_phone(text)
    index = _Index()
    _file_candidates(members, wanted, set(phones.values()), index)
    _db_candidates(conn, wanted, phones, index)
    linked = kept = 0
    # Referrer cells repeat down a list ("抖音直播间" on hundreds of rows): each distinct
    # text is looked up, and its warning worded, once.
    outcome: dict[str, tuple[tuple[str, int] | None, str]] = {}
    for at in itertools.compress(range(len(rows)), texts):  # the rows naming a referrer
        p, text = rows[at], texts[at]
        found = outcome.get(text)
        if found is None:
            found = outcome[text] = _outcome(text, index.candidates(text, phones.get(text)))
        target, reason = found
        if target == ("row", at):
            reason = msg("a member cannot be their own referrer; kept as text")
        if reason:
            warn(p.row, reason)
            kept += 1
            continue
        assert target is not None  # a text without a warning names one member
        kind, member = target
        if kind == "row":
            rows[at] = p._replace(referrer_index=member)
        else:
            rows[at] = p._replace(referrer_id=member)
        linked += 1
    return linked - _cut_loops(rows, warn), kept


def _outcome(text: str, candidates: list[tuple[str, int]]) -> tuple[tuple[str, int] | None, str]:
    """The one member a referrer text names (None when it names none or several), and the
    warning when it doesn't name exactly one."""
    if len(candidates) > 1:
        reason = msg(
            "“{text}” matches {count} members; kept as text", text=text, count=len(candidates)
        )
        return None, reason
    if not candidates:
        return None, msg("no member is called “{text}”; kept as text", text=text)
    return candidates[0], ""


def _column(members: list[Mapping[str, object]], key: str) -> list[str]:
    """One text column of the planned members, in their order."""
    return cast(list[str], list(map(operator.itemgetter(key), members)))


def _file_candidates(
    members: list[Mapping[str, object]], wanted: set[str], phones: set[str], index: _Index
) -> None:
    """Add the planned rows a referrer cell may name (column by column, in row order)."""
    lowered = {text.lower() for text in wanted}
    by_field = (
        ("name", wanted, index.name),
        ("nickname", wanted, index.nickname),
        ("wechat_id", lowered, index.wechat),  # any case
        ("phone", phones, index.phone),
    )
    for key, keys, found in by_field:
        values = _column(members, key)
        if key == "wechat_id":
            values = list(map(str.lower, values))
        named = keys - {""}  # a blank cell names nobody
        for at in itertools.compress(range(len(values)), map(named.__contains__, values)):
            found.setdefault(values[at], []).append(("row", at))


def _db_candidates(
    conn: sqlite3.Connection, wanted: set[str], phones: Mapping[str, str], index: _Index
) -> None:
    """Add the existing members whose WeChat ID, phone, name or nickname a cell names."""
    queries = (
        ("SELECT id, lower(wechat_id) FROM members WHERE wechat_id <> '' AND "
         "lower(wechat_id) IN (SELECT value FROM json_each(?))",
         sorted({t.lower() for t in wanted}), index.wechat),
        ("SELECT id, phone FROM members WHERE phone IN (SELECT value FROM json_each(?))",
         sorted(set(phones.values())), index.phone),
        ("SELECT id, name FROM members WHERE name IN (SELECT value FROM json_each(?))",
         sorted(wanted), index.name),
        ("SELECT id, nickname FROM members WHERE nickname <> '' AND "
         "nickname IN (SELECT value FROM json_each(?))", sorted(wanted), index.nickname),
    )  # fmt: skip
    for sql, values, found in queries:
        for mid, key in conn.execute(sql, (json.dumps(values, ensure_ascii=False),)):
            found.setdefault(key, []).append(("db", int(mid)))


def _cut_loops(rows: list[PlannedMember], warn: WarnFn) -> int:
    """Unlink referrals that go round in a circle inside the file; return how many."""
    state = [0] * len(rows)  # 0 unseen, 1 on the current path, 2 done
    cut = 0
    for start in range(len(rows)):
        path: list[int] = []
        node: int | None = start
        while node is not None and state[node] == 0:
            state[node] = 1
            path.append(node)
            node = rows[node].referrer_index
        if node is not None and state[node] == 1:
            # The last row on the path points back into it: that link closes the loop.
            last = rows[path[-1]] = rows[path[-1]]._replace(referrer_index=None)
            warn(
                last.row,
                msg(
                    "“{text}” was referred by this member (a loop); kept as text",
                    text=last.member["referrer_text"],
                ),
            )
            cut += 1
        for visited in path:
            state[visited] = 2
    return cut
