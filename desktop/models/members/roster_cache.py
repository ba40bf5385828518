"""The roster held in memory: search, filters and sorts without SQL, as the SQL gives them."""

from __future__ import annotations

import datetime as dt
import itertools
import operator
import re
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from desktop.models.core.codes import ROLE_RANK
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.members.members import TAGS_SEPARATOR
from desktop.models.members.roster import (
    CHAT_NEVER,
    CHAT_RECENT,
    CHAT_SILENT,
    NEVER_BLANK_SORTS,
    ROSTER_COLUMN_INDEX,
    ROSTER_COLUMNS,
    SORT_EXPRESSIONS,
    STATUS_RANK,
    RosterQuery,
    RosterRow,
    roster_filter_ids,
    roster_name_keys,
    roster_rows,
    roster_rows_for,
    roster_search_key_pairs,
    roster_search_keys,
    roster_sql,
    search_terms,
)
from desktop.models.members.search import name_sort_key
from desktop.models.storage.db import Database


class RosterCache:
    """Roster rows and their search keys held in memory, so keystrokes and sorts skip SQL.

    At 100,000 members a keystroke through SQL has to scan every search key and rebuild
    the membership summaries of each match; here it is one substring test per row, and a
    re-sort reorders rows by an order computed once per column. Load it with the query's
    non-text filters (or only its group, and filter with `set_filter`); `search` then
    applies the text the way `roster_rows` would.
    """

    def __init__(
        self,
        rows: Iterable[RosterRow],
        search_keys: Mapping[int, str] | Callable[[], Iterable[tuple[int, str]]],
        name_keys: Mapping[int, bytes] | None = None,
    ) -> None:
        """`search_keys`: by id, or a function streaming (id, key) pairs each time it is
        called (then no dict of every full key is ever held); `name_keys`: the stored name
        sort keys by id as UTF-8 (`roster_name_keys`); None computes them from the names.
        """
        given = _shared_texts(rows)
        self._sorted: tuple[str, bool] | None = None
        self._filter: tuple[RosterQuery | None, frozenset[int] | None] = (None, None)
        pairs = search_keys if callable(search_keys) else search_keys.items
        projected, odd = _projected_keys(pairs)
        self._set_base(given, {}, projected, name_keys, odd)
        position = {row[0]: n for n, row in enumerate(self._base)}
        self._order: Sequence[int] = [position[row[0]] for row in given]
        self._apply_order()

    @classmethod
    def load(cls, db: Database, query: RosterQuery) -> RosterCache:
        """Every row the query gives without its text, with all search keys."""
        rows = roster_rows(db, replace(query, text=""))
        return cls(rows, roster_search_keys(db), roster_name_keys(db))

    @classmethod
    def read(cls, path: Path, *, today: dt.date, group_id: int | None) -> RosterCache:
        """Every member of the group (or all) from the file, sort orders ready.

        Opens its own read-only connection, so a worker thread can call it while the
        window keeps using the main one; rows and keys come from one snapshot.
        """
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA query_only = 1")
            conn.execute("BEGIN")
            reader = Database(Path(path), conn)
            sql, params = roster_sql(
                RosterQuery(today=today, group_id=group_id, sort="id"), ids_only=False
            )
            # Rows are shared and kept as they arrive, never all held twice.
            cache = cls(
                conn.execute(sql, params),
                lambda: roster_search_key_pairs(reader),
                roster_name_keys(reader),
            )
            conn.execute("COMMIT")
        finally:
            conn.close()
        cache.group_id = group_id
        cache.prepare()
        return cache

    group_id: int | None = None  # the group the cache was read for (`read`), None for all

    @property
    def total(self) -> int:
        """How many rows the cache holds before filters and search."""
        return len(self._base)

    @property
    def sorted_by(self) -> tuple[str, bool] | None:
        """The (column, descending) of the last `sort`, None while in the given order."""
        return self._sorted

    def _set_base(
        self,
        rows: Iterable[RosterRow],
        key_of: Mapping[int, str],
        projected: Mapping[str, Mapping[int, str]] | None = None,
        name_of: Mapping[int, bytes] | None = None,
        odd: Mapping[int, str] | None = None,
    ) -> None:
        """Index the rows by id order (every sort's tie-break), with their search keys.

        Keys are kept only in lists aligned with the rows (no dict by id: at 100,000
        members each dict cost more than its strings); `projected` holds projections
        already computed, by kind and id, so a refresh recomputes only what changed
        (`key_of` then holds only the changed keys, `odd` the kept whole keys).
        Name sort keys, when given, are kept as the UTF-8 bytes they sort by.
        """
        self._base = sorted(rows, key=itemgetter(0))
        self._orders: dict[str, tuple[array[int], array[int]]] = {}
        ids = [row[0] for row in self._base]
        self._name_keys: list[bytes] | None = None
        if name_of is not None:
            self._name_keys = [name_of.get(i, b"") for i in ids]
        # Only the two projections are kept: the full key is rebuilt from them when a
        # mixed term needs it (`_full_key`), which saves a third copy of every key.
        self._base_keys: dict[str, list[str]] = {}
        for kind, project in _PROJECTIONS.items():
            known = (projected or {}).get(kind, {})
            self._base_keys[kind] = [
                known[i] if i in known else project(key_of.get(i, "")) for i in ids
            ]
        # The rare keys holding the mark that stands for a non-ASCII run, kept whole.
        self._odd_keys = {i: key for i, key in (odd or {}).items() if i not in key_of}
        self._odd_keys.update((i, key) for i, key in key_of.items() if _RUN_MARK in key)
        self._mask: bytearray | None = None
        query, allowed = self._filter
        if query is not None:
            self._mask = _filter_mask(self._base, query, allowed)

    def _apply_order(self) -> None:
        """Recompute the visible rows after the order or the filters changed."""
        order = self._order
        if self._mask is not None:
            order = list(itertools.compress(order, map(self._mask.__getitem__, order)))
        self._visible = order
        self.rows: list[RosterRow] = list(map(self._base.__getitem__, order))
        self._visible_keys: dict[str, list[str]] = {}
        self._visible_blocks: dict[str, list[str]] = {}
        self._last: tuple[list[str], list[int]] | None = None

    def _visible_keys_of(self, kind: str) -> list[str]:
        found = self._visible_keys.get(kind)
        if found is None:
            # Kept in row order: looking each row up while typing cost three times as
            # much as walking a list.
            base = self._base_keys[kind]
            found = self._visible_keys[kind] = list(map(base.__getitem__, self._visible))
        return found

    def prepare(self) -> None:
        """Compute every column's sort order up front.

        Meant for a worker thread: afterwards a sort is a reordering (milliseconds)
        instead of a Python sort of 100,000 values.
        """
        for column in ROSTER_COLUMNS:
            self._order_for(column)

    def search(self, text: str) -> list[RosterRow]:
        """The rows, in their current order and filtered, whose key holds every term."""
        terms = search_terms(text)
        if not terms:
            return list(self.rows)
        last = self._last
        # Typing one more letter only narrows: a row holding every new term holds every
        # old one (each is part of a new term), so only the last matches are tested.
        positions: list[int] | None = None
        if last is not None and all(any(old in new for new in terms) for old in last[0]):
            positions = last[1]
        for term in terms:
            kind = _key_kind(term)
            if kind == "full":
                positions = self._mixed(term, positions)
                continue
            keys = self._visible_keys_of(kind)
            if positions is None:
                positions = self._scan(kind, keys, term)
            else:
                positions = _narrow(positions, keys, term)
        assert positions is not None  # there was at least one term
        self._last = (terms, positions)
        return list(map(self.rows.__getitem__, positions))

    def _mixed(self, term: str, positions: list[int] | None) -> list[int]:
        """Positions (of `positions`, or all visible) whose full key holds a mixed term.

        Each ASCII and non-ASCII run of the term must be in its projection, next to the
        mark standing for the neighbouring run of the other kind (in the ASCII projection
        "wang" of "wang王" must end at a run mark), which leaves few rows; only their full
        keys are rebuilt and tested.
        """
        runs = _RUNS.findall(term)
        for n, run in enumerate(runs):
            kind, mark = ("ascii", _RUN_MARK) if run.isascii() else ("cjk", _KEY_SEPARATOR)
            part = f"{mark if n else ''}{run}{mark if n < len(runs) - 1 else ''}"
            keys = self._visible_keys_of(kind)
            positions = (
                self._scan(kind, keys, part)
                if positions is None
                else _narrow(positions, keys, part)
            )
        assert positions is not None  # a mixed term has runs
        ascii_keys, cjk_keys = self._visible_keys_of("ascii"), self._visible_keys_of("cjk")
        odd, rows = self._odd_keys, self.rows
        found = []
        for p in positions:
            key = odd.get(rows[p][0]) if odd else None
            if term in (_full_key(ascii_keys[p], cjk_keys[p]) if key is None else key):
                found.append(p)
        return found

    def _scan(self, kind: str, keys: list[str], term: str) -> list[int]:
        """Positions of the visible keys holding `term`, testing blocks of keys first.

        One substring test per block of _SCAN_BLOCK keys (joined by a newline, which no
        term holds) skips most rows for a rare term; the per-row tests then run only in
        blocks that hit. A common term hits most blocks, so it tests every row at once.
        """
        blocks = self._visible_blocks.get(kind)
        if blocks is None:
            blocks = self._visible_blocks[kind] = [
                "\n".join(keys[i : i + _SCAN_BLOCK]) for i in range(0, len(keys), _SCAN_BLOCK)
            ]
        hits = list(
            itertools.compress(
                range(len(blocks)), map(operator.contains, blocks, itertools.repeat(term))
            )
        )
        if 2 * len(hits) > len(blocks):
            candidates: Iterable[int] = range(len(keys))
        else:
            size = len(keys)
            candidates = list(
                itertools.chain.from_iterable(
                    range(b * _SCAN_BLOCK, min(b * _SCAN_BLOCK + _SCAN_BLOCK, size)) for b in hits
                )
            )
        tests = map(operator.contains, map(keys.__getitem__, candidates), itertools.repeat(term))
        return list(itertools.compress(candidates, tests))

    def _order_for(self, column: str) -> tuple[array[int], array[int]]:
        """Base positions in ascending order for a column: filled ones, then blanks."""
        found = self._orders.get(column)
        if found is None:
            base = self._base
            values = _sort_values(base, column, self._name_keys)
            if column in NEVER_BLANK_SORTS:
                filled, blank = list(range(len(base))), []
            else:
                index = ROSTER_COLUMN_INDEX[column]
                has = [row[index] != "" for row in base]
                filled = list(itertools.compress(range(len(base)), has))
                blank = [i for i, full in enumerate(has) if not full]
            filled.sort(key=values.__getitem__)
            # 4-byte positions: half the memory of "l", and 100,000 rows are far below 2**31
            found = self._orders[column] = (array("i", filled), array("i", blank))
        return found

    def sort(self, column: str, *, descending: bool = False) -> None:
        """Reorder the rows as `roster_rows` would sort them by this column."""
        filled, blank = self._order_for(column)
        # Ties are in id order, so reversing the ascending order is exactly the SQL's
        # descending order (ties by id descending), and blanks stay last.
        self._order = filled[::-1] + blank[::-1] if descending else filled + blank
        self._sorted = (column, descending)
        self._apply_order()

    def set_filter(self, query: RosterQuery | None, allowed: Iterable[int] | None = None) -> None:
        """Keep only rows passing the query's status, tag and joined filters and in `allowed`.

        The role and expiring filters need every membership, not the row's summary: pass
        `roster_filter_ids(db, query)` as `allowed`. None (or a query without filters)
        shows every row.
        """
        ids = frozenset(allowed) if allowed is not None else None
        self._filter = (query, ids)
        self._mask = _filter_mask(self._base, query, ids) if query is not None else None
        self._apply_order()

    def apply(self, db: Database, query: RosterQuery) -> list[RosterRow]:
        """What `roster_rows(db, query)` gives, from memory (the query's group must match)."""
        self.set_filter(query, roster_filter_ids(db, query))
        self.sort(query.sort, descending=query.descending)
        return self.search(query.text)

    def refresh(self, db: Database, query: RosterQuery, ids: Iterable[int]) -> None:
        """Re-read these members after an edit; rows that no longer match go, new ones end.

        A sorted cache sorts again, so edited and new rows move to where they belong.
        """
        wanted = list(dict.fromkeys(ids))
        fresh = {row[0]: row for row in roster_rows_for(db, replace(query, text=""), wanted)}
        stale = set(wanted)
        old_ids = [row[0] for row in self._base]
        key_of = roster_search_keys(db, wanted)
        projected = {
            kind: {i: k for i, k in zip(old_ids, keys, strict=True) if i not in stale}
            for kind, keys in self._base_keys.items()
        }
        odd = {i: key for i, key in self._odd_keys.items() if i not in stale}
        name_of: dict[int, bytes] | None = None
        if self._name_keys is not None:
            name_of = dict(zip(old_ids, self._name_keys, strict=True))
            name_of.update(roster_name_keys(db, wanted))
        current = list(map(self._base.__getitem__, self._order))
        kept = [fresh.pop(row[0], row) for row in current if row[0] not in stale or row[0] in fresh]
        rows = kept + [fresh[i] for i in wanted if i in fresh]
        self._set_base(rows, key_of, projected, name_of, odd)
        if self._sorted is not None:
            column, descending = self._sorted
            self.sort(column, descending=descending)
            return
        position = {row[0]: n for n, row in enumerate(self._base)}
        self._order = [position[row[0]] for row in rows]
        self._apply_order()


_SCAN_BLOCK = 16
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_KEY_SEPARATOR = "\x1f"  # whitespace to str.split, so no search term ever holds it
# Stands for a run of non-ASCII text in the ASCII projection: whitespace to str.split too,
# and unlike the separator it is in no key built from ordinary text, so the full key can be
# rebuilt from the two projections (a key that does hold it is kept whole).
_RUN_MARK = "\x1e"
_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def _ascii_part(key: str) -> str:
    """The key with each run of non-ASCII text replaced by the run mark."""
    return key if key.isascii() else _NON_ASCII_RUN.sub(_RUN_MARK, key)


def _cjk_part(key: str) -> str:
    """The key with each run of ASCII text replaced by the separator."""
    return _ASCII_RUN.sub(_KEY_SEPARATOR, key)


def _full_key(ascii_key: str, cjk_key: str) -> str:
    """The key both projections were made from (when it held no run mark itself).

    The ASCII projection's pieces between run marks are the key's ASCII runs, and the
    CJK projection's non-empty pieces between separators its non-ASCII runs, in turn.
    """
    if _RUN_MARK not in ascii_key:
        return ascii_key
    pieces = ascii_key.split(_RUN_MARK)
    runs = [run for run in cjk_key.split(_KEY_SEPARATOR) if run]
    return "".join(itertools.chain.from_iterable(zip(pieces, runs, strict=False))) + pieces[-1]


def _projected_keys(
    pairs: Callable[[], Iterable[tuple[int, str]]],
) -> tuple[dict[str, dict[int, str]], dict[int, str]]:
    """Each key's projections by kind and id, and the keys to keep whole (see `_RUN_MARK`).

    One pass over the keys per kind, so the strings of one kind lie together in memory:
    made in turn, a keystroke's scan ran half again as long.
    """
    projected: dict[str, dict[int, str]] = {}
    odd: dict[int, str] = {}
    for kind, project in _PROJECTIONS.items():
        found = projected[kind] = {}
        for member_id, key in pairs():
            found[member_id] = project(key)
            if kind == "ascii" and _RUN_MARK in key:
                odd[member_id] = key
    return projected, odd


def _narrow(positions: list[int], keys: list[str], term: str) -> list[int]:
    """The positions whose key holds `term`."""
    subset = map(keys.__getitem__, positions)
    return list(
        itertools.compress(positions, map(operator.contains, subset, itertools.repeat(term)))
    )


_PROJECTIONS = {"ascii": _ascii_part, "cjk": _cjk_part}


def _shared_texts(rows: Iterable[RosterRow]) -> list[RosterRow]:
    """The rows with equal texts sharing one string object.

    Group lists, roles, dates and statuses repeat across 100,000 rows; SQLite hands each
    row its own copies, which made up about a third of the cache's memory.
    """
    memo: dict[str, str] = {}
    share = memo.setdefault
    return [cast(RosterRow, (row[0], *map(share, row[1:], row[1:]))) for row in rows]


def _key_kind(term: str) -> str:
    """Which key projection can answer a term exactly.

    An ASCII term (pinyin, initials, WeChat ID, digits) can only occur inside an ASCII
    run of a key, so the ASCII projection answers it; likewise a Chinese term inside a
    non-ASCII run. Both projections are shorter than the key, and an ASCII-only string
    compares several times faster than a mixed one.
    """
    if term.isascii():
        return "ascii"
    if not any(ch.isascii() for ch in term):
        return "cjk"
    return "full"


# The chat filter on the messages_30d cell, as roster.py's SQL conditions read it.
_CHAT_TESTS: dict[str, Callable[[str], bool]] = {
    CHAT_RECENT: lambda messages: messages not in ("", "0"),
    CHAT_SILENT: lambda messages: messages == "0",
    CHAT_NEVER: lambda messages: messages == "",
}


def _filter_mask(
    base: Sequence[RosterRow], query: RosterQuery, allowed: frozenset[int] | None
) -> bytearray | None:
    """1 for each base row passing the status, tag, joined and allowed-id filters."""
    status, tag = query.status or None, (query.tag or "").strip() or None
    start = query.joined_from.isoformat() if query.joined_from else None
    end = query.joined_to.isoformat() if query.joined_to else None
    spoke = _CHAT_TESTS[query.spoke] if query.spoke else None
    if (
        status is None
        and tag is None
        and start is None
        and end is None
        and allowed is None
        and spoke is None
    ):
        return None

    def passes(row: RosterRow) -> bool:
        if allowed is not None and row[0] not in allowed:
            return False
        # literal indices (status 11, tags 9, joined 7 in ROSTER_COLUMNS) keep the types
        if status is not None and row[11] != status:
            return False
        if tag is not None and (tag not in row[9] or tag not in row[9].split(TAGS_SEPARATOR)):
            return False
        if spoke is not None and not spoke(row[13]):  # messages_30d
            return False
        joined = row[7]
        if start is not None and (joined == "" or joined < start):
            return False
        return end is None or (joined != "" and joined <= end)

    return bytearray(map(passes, base))


def sort_roster_rows(
    rows: Iterable[RosterRow], sort: str, *, descending: bool = False
) -> list[RosterRow]:
    """The rows in the order `roster_rows` gives for this sort column, blanks last."""
    base = sorted(rows, key=itemgetter(0))
    return [base[i] for i in _sort_order(base, sort, descending=descending)]


def _sort_values(
    base: Sequence[RosterRow], sort: str, name_keys: Sequence[bytes] | None = None
) -> list[Any]:
    """The value each row of `base` sorts by, comparing as SQLite compares that column.

    `name_keys`: the stored name sort keys of `base` as UTF-8; None computes them.
    """
    if sort not in ROSTER_COLUMN_INDEX:
        raise ValidationError("sort", msg("Cannot sort the roster by “{sort}”.", sort=sort))
    column = ROSTER_COLUMN_INDEX[sort]
    if sort == "id":
        return [r[0] for r in base]
    if sort == "name":
        if name_keys is not None:
            return list(name_keys)
        key = name_sort_key
        return [key(r[1]).encode() for r in base]
    if sort == "role":
        return [(_ROLE_SORT_KEYS.get(r[6]) or f"{len(ROLE_RANK)}:{r[6]}").encode() for r in base]
    if sort == "status":
        return [_STATUS_SORT_KEYS.get(r[11], len(_STATUS_SORT_KEYS)) for r in base]
    if sort == "messages_30d":  # a count: by its number (blank rows are set aside)
        values: list[Any] = [int(r[column] or 0) for r in base]
    elif "NOCASE" in SORT_EXPRESSIONS[sort]:
        # NOCASE folds ASCII letters only, which is what bytes.lower does.
        values = [str(r[column]).encode().lower() for r in base]
    else:
        # UTF-8 bytes order like code points (SQLite's BINARY) and compare several times
        # faster than Chinese str values.
        values = [str(r[column]).encode() for r in base]
    return values


def _sort_order(
    base: Sequence[RosterRow], sort: str, *, descending: bool, values: list[Any] | None = None
) -> list[int]:
    """Positions in `base` (rows in id order) in the roster's order for this column."""
    if values is None:
        values = _sort_values(base, sort)
    column = ROSTER_COLUMN_INDEX[sort]
    # Sorting positions by a plain list lookup (a C-level key) over a start already in id
    # order, in the same direction because a reversed stable sort keeps ties as they were,
    # replaces a (value, id) tuple key: tuple comparisons made this several times slower.
    positions = range(len(base) - 1, -1, -1) if descending else range(len(base))
    if sort in NEVER_BLANK_SORTS:
        filled, blank = list(positions), []
    else:
        filled = [i for i in positions if base[i][column] != ""]
        blank = [i for i in positions if base[i][column] == ""]
    filled.sort(key=values.__getitem__, reverse=descending)
    return filled + blank


# The same keys the SQL sorts on, looked up once per row instead of rebuilt.
_ROLE_SORT_KEYS = {role.value: f"{rank}:{role.value}" for role, rank in ROLE_RANK.items()}
_STATUS_SORT_KEYS = {status.value: rank for status, rank in STATUS_RANK.items()}
