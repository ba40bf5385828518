"""Salvage a damaged database: copy every row that can still be read into a new file.

Like SQLite's `.recover`, but row by row through ordinary queries: the damaged file is only
ever opened read-only. Each table is read forwards until the first unreadable page, then
backwards from the end until the same; rows of rowid tables in between are looked up one
rowid at a time, so only the rows on the damaged pages themselves are lost. Rows whose
parent row was lost (a membership of a member who could not be read) are dropped, so the
new file is consistent. The new file gets this app's schema from its own migrations.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.models.core.errors import BackupError
from desktop.models.core.messages import msg
from desktop.models.exchange.portable import (
    build_schema,
    drop_triggers,
    has_rowid,
    quote,
    table_columns,
    user_tables,
)
from desktop.models.storage import derived, migrations
from desktop.models.storage.files import new_private_file
from desktop.models.storage.places import sqlite_uri

# Rowids probed one by one between the readable ends of a table, at most.
MAX_PROBES = 2_000_000
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class TableSalvage:
    """One table: rows copied, whether part of it could not be read, rows dropped as orphans."""

    table: str
    copied: int
    damaged: bool
    dropped: int


@dataclass(frozen=True)
class SalvageReport:
    """The new file and what happened to each table."""

    target: Path
    tables: tuple[TableSalvage, ...]

    @property
    def copied(self) -> int:
        """Rows copied in all."""
        return sum(t.copied - t.dropped for t in self.tables)

    @property
    def damaged_tables(self) -> list[str]:
        """Tables that had unreadable parts."""
        return [t.table for t in self.tables if t.damaged]


def _open_source(path: Path) -> sqlite3.Connection:
    # mode=ro: SQLite never writes the damaged file (nor creates a log beside it).
    uri = sqlite_uri(path.resolve())
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        conn.close()
        # immutable=1 reads the main file only, whatever state the log is in.
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return conn


def _scan(
    conn: sqlite3.Connection, sql: str, args: tuple[object, ...] = ()
) -> Iterator[tuple[object, ...]]:
    """Rows of `sql` until the first unreadable one (then it just stops)."""
    try:
        cursor = conn.execute(sql, args)
        while True:
            row = cursor.fetchone()
            if row is None:
                return
            yield tuple(row)
    except sqlite3.DatabaseError:
        return


def _read_table(
    source: sqlite3.Connection, table: str, columns: list[str], key: list[str], rowid: bool
) -> tuple[dict[tuple[object, ...], tuple[object, ...]], bool]:
    """Readable rows of `table` keyed by their storage key; and whether any part failed."""
    width = len(key)
    select = ", ".join(key + [quote(c) for c in columns])
    rows: dict[tuple[object, ...], tuple[object, ...]] = {}
    order = ", ".join(key)
    forward = f"SELECT {select} FROM {quote(table)} ORDER BY {order}"
    damaged = False
    try:
        cursor = source.execute(forward)
        for row in iter(cursor.fetchone, None):
            rows[tuple(row[:width])] = tuple(row[width:])
    except sqlite3.DatabaseError:
        damaged = True
    if not damaged:
        return rows, False
    last_forward = max(rows) if rows else None
    desc = ", ".join(f"{k} DESC" for k in key)
    first_backward = None
    for row in _scan(source, f"SELECT {select} FROM {quote(table)} ORDER BY {desc}"):
        rows[row[:width]] = row[width:]
        first_backward = row[:width]
    if rowid:
        low = int(last_forward[0]) if last_forward else 0  # type: ignore[call-overload]
        high = int(first_backward[0]) if first_backward else low + MAX_PROBES  # type: ignore[call-overload]
        one = f"SELECT {select} FROM {quote(table)} WHERE rowid = ?"
        for candidate in range(low + 1, min(high, low + MAX_PROBES)):
            try:
                found = source.execute(one, (candidate,)).fetchone()
            except sqlite3.DatabaseError:
                continue
            if found is not None:
                rows[tuple(found[:width])] = tuple(found[width:])
    return rows, True


def salvage(source: Path, target: Path, *, progress: ProgressFn | None = None) -> SalvageReport:
    """Copy the readable rows of the damaged `source` into the new file `target`."""
    from desktop.models.storage.db import Database

    if target.exists():
        raise BackupError(msg("{target} already exists; choose a new file name", target=target))
    temp = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    try:
        src = _open_source(source)
    except sqlite3.Error as exc:
        raise BackupError(
            msg("{name} cannot be read at all ({exc})", name=source.name, exc=exc)
        ) from exc
    try:
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        src.close()
        raise BackupError(
            msg(
                "the list of tables in {name} is itself damaged, so no rows can be "
                "found in it; please use a backup instead",
                name=source.name,
            )
        ) from exc
    try:
        try:
            version = int(src.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError:
            version = migrations.LATEST_VERSION
        if not 1 <= version <= migrations.LATEST_VERSION:
            version = migrations.LATEST_VERSION
        new_private_file(temp)  # a database of personal data: owner-only
        dest = sqlite3.connect(temp, isolation_level=None)
        try:
            build_schema(dest, version)
            results = _copy_tables(src, dest, progress)
            dest.execute("PRAGMA integrity_check").fetchone()
        finally:
            dest.close()
        os.replace(temp, target)
    except sqlite3.Error as exc:
        raise BackupError(
            msg("salvage into {name} failed ({exc})", name=target.name, exc=exc)
        ) from exc
    except OSError as exc:
        raise BackupError(
            msg("could not write {target}: {reason}", target=target, reason=exc.strerror or exc)
        ) from exc
    finally:
        src.close()
        with contextlib.suppress(OSError):
            temp.unlink()
    Database.open(target, create=False).close()  # upgrade and switch to WAL now
    return SalvageReport(target, tuple(results))


def _copy_tables(
    src: sqlite3.Connection, dest: sqlite3.Connection, progress: ProgressFn | None
) -> list[TableSalvage]:
    tables = user_tables(dest)
    try:
        source_tables = set(user_tables(src))
    except sqlite3.DatabaseError:
        source_tables = set(tables)
    copied: dict[str, int] = {}
    damaged: dict[str, bool] = {}
    dest.execute("BEGIN")
    triggers = drop_triggers(dest)
    for done, table in enumerate(tables):
        if progress is not None:
            progress(done, len(tables))
        copied[table], damaged[table] = 0, False
        if table not in source_tables:
            continue
        try:
            have = {c.name for c in table_columns(src, table)}
        except sqlite3.DatabaseError:
            damaged[table] = True
            continue
        columns = [c.name for c in table_columns(dest, table) if c.name in have]
        rowid = has_rowid(dest, table)
        key = ["rowid"] if rowid else [
            quote(c.name) for c in sorted(
                (c for c in table_columns(dest, table) if c.pk), key=lambda c: c.pk
            )
        ]  # fmt: skip
        rows, damaged[table] = _read_table(src, table, columns, key, rowid)
        insert = (
            f"INSERT OR IGNORE INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        for _key, values in sorted(rows.items(), key=_storage_order):
            try:
                copied[table] += dest.execute(insert, values).rowcount
            except sqlite3.IntegrityError:  # a value the damage garbled past a check
                damaged[table] = True
    dropped = _drop_orphans(dest)
    for sql in triggers:
        dest.execute(sql)
    # Stored summaries may name rows that were lost: recompute them from what was saved.
    refresh = getattr(derived, "refresh_roster_summaries", None)
    if refresh is not None and "roster_tags" in {c.name for c in table_columns(dest, "members")}:
        refresh(dest)
    if "member_days" in tables:
        derived.refresh_dashboard_days(dest)
    dest.execute("COMMIT")
    if progress is not None:
        progress(len(tables), len(tables))
    return [TableSalvage(t, copied[t], damaged[t], dropped.get(t, 0)) for t in tables]


def _storage_order(item: tuple[tuple[object, ...], object]) -> tuple[tuple[int, str], ...]:
    # Keys may mix types (NULL, numbers, text); order numbers numerically, the rest by text.
    return tuple(
        (0, f"{v:020.6f}") if isinstance(v, int | float) else (1, repr(v)) for v in item[0]
    )


def _drop_orphans(dest: sqlite3.Connection) -> dict[str, int]:
    """Unlink or delete rows whose parent was lost, until none are left; deletions per table.

    A link that may be empty (a member's referrer) is emptied and the row kept; a row that
    cannot exist without its parent (a membership without its member) is deleted.
    """
    dropped: dict[str, int] = {}
    while True:
        broken = dest.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return dropped
        for table, rowid, _parent, fk_id in broken:
            if rowid is None:  # WITHOUT ROWID child: find it by its foreign keys
                dropped[table] = dropped.get(table, 0) + _drop_without_rowid_orphans(dest, table)
                continue
            nullable = _nullable_link(dest, table, fk_id)
            if nullable is not None:
                dest.execute(
                    f"UPDATE {quote(table)} SET {quote(nullable)} = NULL WHERE rowid = ?", (rowid,)
                )
                continue
            cursor = dest.execute(f"DELETE FROM {quote(table)} WHERE rowid = ?", (rowid,))
            dropped[table] = dropped.get(table, 0) + cursor.rowcount


def _nullable_link(dest: sqlite3.Connection, table: str, fk_id: int) -> str | None:
    """The column of foreign key `fk_id` of `table` when it is one column that may be NULL."""
    columns = [
        r[3] for r in dest.execute(f"PRAGMA foreign_key_list({quote(table)})") if r[0] == fk_id
    ]
    if len(columns) != 1:
        return None
    for column in table_columns(dest, table):
        if column.name == columns[0]:
            return None if column.notnull or column.pk else column.name
    return None


def _drop_without_rowid_orphans(dest: sqlite3.Connection, table: str) -> int:
    removed = 0
    for fk in dest.execute(f"PRAGMA foreign_key_list({quote(table)})").fetchall():
        parent, child_col = fk[2], fk[3]
        parent_col = quote(fk[4]) if fk[4] else "rowid"
        cursor = dest.execute(
            f"DELETE FROM {quote(table)} WHERE {quote(child_col)} IS NOT NULL AND "
            f"{quote(child_col)} NOT IN (SELECT {parent_col} FROM {quote(parent)})"
        )
        removed += cursor.rowcount
    return removed
