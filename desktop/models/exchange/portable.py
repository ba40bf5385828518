"""Portable export: the whole database as a zip of CSV files, and a database rebuilt from one.

The zip holds one `<table>.csv` per table (UTF-8 with BOM, a header row of column names, CRLF
lines) and `schema.json` describing the tables, their columns and how values are written, so
the data can be read without QunDesk. Values keep their exact type: text is always in
double quotes, numbers are bare, an empty bare field is NULL (so NULL and "" differ), and
binary values are bare `x` followed by hex.

Rebuilding never runs SQL from the zip: the schema comes from this app's own migrations up
to the export's schema version, then the rows are inserted and the result is upgraded.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.models.core.errors import BackupError
from desktop.models.core.messages import msg
from desktop.models.storage import derived, migrations
from desktop.models.storage.files import new_private_file, replace_user_file, user_file_target

if TYPE_CHECKING:
    from desktop.models.storage.db import Database

FORMAT_NAME = "qundesk-portable-export"
FORMAT_VERSION = 1
SCHEMA_FILE = "schema.json"
ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Value = int | float | str | bytes | None


class ExportCancelledError(BackupError):
    """The export or rebuild was cancelled; nothing was written."""


@dataclass(frozen=True)
class Column:
    """One column: name, declared type, and its place in the primary key (0 = not in it)."""

    name: str
    type: str
    notnull: bool
    pk: int


@dataclass(frozen=True)
class PortableSummary:
    """What an export wrote or a rebuild read: the file and the rows per table."""

    path: Path
    rows: dict[str, int]


# ---- schema helpers shared with salvage -----------------------------------------------------


def user_tables(conn: sqlite3.Connection) -> list[str]:
    """The app's tables in the order people think of them (then any others by name).

    The database's identity is not among them: a file rebuilt from an export or salvaged
    row by row is a new database with an identity of its own (its schema makes one), so it
    never takes the original's backups for its own.
    """
    from desktop.models.storage.tables import TABLES

    names = {
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    } - {migrations.IDENTITY_TABLE}
    return [t for t in TABLES if t in names] + sorted(names - set(TABLES))


def table_columns(conn: sqlite3.Connection, table: str) -> list[Column]:
    """The columns of `table` in order."""
    return [
        Column(str(r[1]), str(r[2]), bool(r[3]), int(r[5]))
        for r in conn.execute(f'PRAGMA table_info("{table}")')
    ]


def has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    """Whether `table` is an ordinary rowid table (not WITHOUT ROWID)."""
    try:
        conn.execute(f'SELECT rowid FROM "{table}" LIMIT 0')
    except sqlite3.OperationalError:
        return False
    return True


def order_by(conn: sqlite3.Connection, table: str) -> list[str]:
    """Column expressions that put `table`'s rows in storage order (rowid or primary key)."""
    if has_rowid(conn, table):
        return ["rowid"]
    pk = sorted((c for c in table_columns(conn, table) if c.pk), key=lambda c: c.pk)
    return [f'"{c.name}"' for c in pk]


def build_schema(conn: sqlite3.Connection, version: int) -> None:
    """Create this app's schema as it was at `version` (our own migrations, nothing else)."""
    if not 1 <= version <= migrations.LATEST_VERSION:
        raise BackupError(
            msg("schema version {version} is not one this QunDesk knows", version=version)
        )
    conn.execute("BEGIN")
    for target, step in migrations.pending(0):
        if target > version:
            break
        step(conn)
    conn.execute(f"PRAGMA user_version = {int(version)}")
    conn.execute(f"PRAGMA application_id = {int(migrations.APPLICATION_ID)}")
    conn.execute("COMMIT")


def drop_triggers(conn: sqlite3.Connection) -> list[str]:
    """Drop the schema's triggers (to insert stored rows as they are); returns their SQL.

    Derived columns are in the rows already: triggers firing on the copy would redo them.
    The SQL comes from this app's own migrations, so it is safe to run again afterwards.
    """
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {quote(str(name))}")
    return [str(sql) for _name, sql in triggers]


def quote(name: str) -> str:
    """An SQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


# ---- the CSV dialect --------------------------------------------------------------------------


def format_value(value: object) -> str:
    """One CSV field: text quoted, numbers bare, NULL empty, bytes as bare x<hex>."""
    if value is None:
        return ""
    if isinstance(value, bool):  # pragma: no cover - SQLite returns ints
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bytes):
        return "x" + value.hex()
    return '"' + str(value).replace('"', '""') + '"'


def parse_bare(field: str) -> Value:
    """The value of an unquoted field (see `format_value`)."""
    if field == "":
        return None
    if field.startswith("x"):
        return bytes.fromhex(field[1:])
    try:
        return int(field)
    except ValueError:
        return float(field)


def parse_rows(text: str) -> Iterator[list[Value]]:
    """Records of a CSV written by `format_value`, telling quoted text from bare values."""
    i, n = 0, len(text)
    while i < n:
        record: list[Value] = []
        while True:
            if i < n and text[i] == '"':
                i += 1
                parts = []
                while True:
                    j = text.find('"', i)
                    if j < 0:
                        raise ValueError("a quoted field is not closed")
                    parts.append(text[i:j])
                    if j + 1 < n and text[j + 1] == '"':
                        parts.append('"')
                        i = j + 2
                        continue
                    i = j + 1
                    break
                record.append("".join(parts))
            else:
                j = i
                while j < n and text[j] not in ",\r\n":
                    j += 1
                record.append(parse_bare(text[i:j]))
                i = j
            if i < n and text[i] == ",":
                i += 1
                continue
            if text.startswith("\r\n", i):
                i += 2
            elif i < n and text[i] == "\n":
                i += 1
            elif i < n:
                raise ValueError(f"unexpected {text[i]!r} after a field")
            break
        yield record


# ---- export -----------------------------------------------------------------------------------


def export_zip(
    db: Database,
    target: Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    now: dt.datetime | None = None,
) -> PortableSummary:
    """Write every table of `db` to the zip `target` (replaced whole, or not at all).

    A symbolic link is written through; a read-only `target` raises `ReadOnlyTargetError`.
    """
    target = user_file_target(target)
    conn = db.conn
    tables = user_tables(conn)
    counts = {
        t: int(conn.execute(f"SELECT count(*) FROM {quote(t)}").fetchone()[0]) for t in tables
    }
    total, done = sum(counts.values()), 0
    description: dict[str, object] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app": f"QunDesk {__version__}",
        "exported_at": (now or db.clock.aware_now()).isoformat(timespec="seconds"),
        "database": db.path.name,
        "schema_version": db.version,
        "application_id": migrations.APPLICATION_ID,
        "csv": {
            "encoding": "UTF-8 with BOM",
            "header": "the first row names the columns",
            "text": 'always in double quotes; a double quote inside is written twice ("")',
            "numbers": "bare; integers without a point, reals as Python repr",
            "null": 'an empty bare field (an empty text is written as "")',
            "binary": "bare x followed by hexadecimal digits",
            "money": "integer minor units (fen/cents) with a currency code column",
            "dates": "ISO-8601 text",
        },
        "tables": [],
    }
    temp = target.with_name(f".{target.name}.partial")
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for table in tables:
                columns = table_columns(conn, table)
                names = [c.name for c in columns]
                file_name = f"{table}.csv"
                with archive.open(file_name, "w") as raw:
                    out = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                    out.write(",".join(format_value(n) for n in names) + "\r\n")
                    select = (
                        f"SELECT {', '.join(quote(n) for n in names)} FROM {quote(table)} "
                        f"ORDER BY {', '.join(order_by(conn, table))}"
                    )
                    for row in conn.execute(select):
                        out.write(",".join(format_value(v) for v in row) + "\r\n")
                        done += 1
                        if done % 2000 == 0:
                            if cancelled is not None and cancelled():
                                raise ExportCancelledError(msg("the export was cancelled"))
                            if progress is not None:
                                progress(done, total)
                    out.flush()
                    out.detach()
                tables_list = description["tables"]
                assert isinstance(tables_list, list)
                tables_list.append(
                    {
                        "name": table,
                        "file": file_name,
                        "rows": counts[table],
                        "columns": [
                            {"name": c.name, "type": c.type, "not_null": c.notnull, "pk": c.pk}
                            for c in columns
                        ],
                    }
                )
            archive.writestr(SCHEMA_FILE, json.dumps(description, ensure_ascii=False, indent=2))
        replace_user_file(temp, target)  # the zip open in another program: said plainly
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise BackupError(
                msg("could not write {target}: {reason}", target=target, reason=exc.strerror or exc)
            ) from exc
        raise
    if progress is not None:
        progress(total, total)
    return PortableSummary(target, counts)


# ---- rebuild ----------------------------------------------------------------------------------


def read_description(archive: zipfile.ZipFile) -> dict[str, object]:
    """schema.json of an export zip, checked to be one this app can rebuild."""
    try:
        data = json.loads(archive.read(SCHEMA_FILE).decode("utf-8"))
    except KeyError as exc:
        raise BackupError(msg("this zip is not a QunDesk export (it has no schema.json)")) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise BackupError(msg("schema.json in this zip cannot be read ({exc})", exc=exc)) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BackupError(msg("this zip is not a QunDesk export"))
    version = data.get("schema_version")
    if not isinstance(version, int) or not 1 <= version <= migrations.LATEST_VERSION:
        raise BackupError(
            msg(
                "this export has schema “{version}”; this QunDesk rebuilds 1 to "
                "{latest}; please update the app",
                version=version,
                latest=migrations.LATEST_VERSION,
            )
        )
    if not isinstance(data.get("tables"), list):
        raise BackupError(msg("schema.json in this zip lists no tables"))
    return data


def rebuild_from_zip(
    source: Path,
    target: Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> PortableSummary:
    """Build the new database `target` from an export zip; `target` must not exist.

    Everything is checked and written to a temporary file first: a bad zip leaves nothing.
    The result is upgraded to this app's schema by `Database.open`.
    """
    from desktop.models.storage.db import Database

    if target.exists():
        raise BackupError(msg("{target} already exists; choose a new file name", target=target))
    temp = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    try:
        with zipfile.ZipFile(source) as archive:
            description = read_description(archive)
            counts = _rebuild(archive, description, temp, progress, cancelled)
        os.replace(temp, target)
    except zipfile.BadZipFile as exc:
        raise BackupError(msg("{name} is not a zip file or is damaged", name=source.name)) from exc
    except OSError as exc:
        raise BackupError(
            msg("could not build {target}: {reason}", target=target, reason=exc.strerror or exc)
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    Database.open(target, create=False).close()  # upgrade and switch to WAL now
    return PortableSummary(target, counts)


class _Counter:
    """Rows inserted so far, reporting progress and honouring cancel every 2,000 rows."""

    def __init__(self, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None):
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def step(self) -> None:
        self.done += 1
        if self.done % 2000 == 0:
            if self.cancelled is not None and self.cancelled():
                raise ExportCancelledError(msg("the rebuild was cancelled"))
            if self.progress is not None:
                self.progress(self.done, self.total)


def _rebuild(
    archive: zipfile.ZipFile,
    description: dict[str, object],
    temp: Path,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> dict[str, int]:
    version = description["schema_version"]
    assert isinstance(version, int)
    listed = description["tables"]
    assert isinstance(listed, list)
    new_private_file(temp)  # a database of personal data: owner-only
    conn = sqlite3.connect(temp, isolation_level=None)
    try:
        build_schema(conn, version)
        known = set(user_tables(conn))
        conn.execute("BEGIN")
        triggers = drop_triggers(conn)
        total = sum(int(t.get("rows", 0)) for t in listed if isinstance(t, dict))
        counter, counts = _Counter(total, progress, cancelled), {}
        for entry in listed:
            if not isinstance(entry, dict) or entry.get("name") not in known:
                raise BackupError(
                    msg("the export lists an unknown table: “{entry:.80}”", entry=entry)
                )
            table, file_name = str(entry["name"]), str(entry.get("file", ""))
            counts[table] = _insert_file(conn, archive, table, file_name, counter)
        broken = conn.execute("PRAGMA foreign_key_check").fetchmany(3)
        if broken:
            raise BackupError(
                msg("the export refers to rows it does not hold (e.g. “{value}”)", value=broken[0])
            )
        for sql in triggers:
            conn.execute(sql)
        if "member_days" in known:  # totals derived from the rows: recomputed, not trusted
            derived.refresh_dashboard_days(conn)
        conn.execute("COMMIT")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupError(msg("the rebuilt database failed its check"))
    finally:
        conn.close()
    if progress is not None:
        progress(total, total)
    return counts


def _insert_file(
    conn: sqlite3.Connection,
    archive: zipfile.ZipFile,
    table: str,
    file_name: str,
    counter: _Counter,
) -> int:
    """Insert the rows of one CSV of the export into `table`; returns how many."""
    try:
        text = archive.read(file_name).decode("utf-8-sig")
    except KeyError as exc:
        raise BackupError(msg("the export has no {file_name}", file_name=file_name)) from exc
    except UnicodeDecodeError as exc:
        raise BackupError(msg("{file_name} is not UTF-8 text", file_name=file_name)) from exc
    count = 0
    try:
        rows = parse_rows(text)
        header = next(rows, None)
        columns = {c.name for c in table_columns(conn, table)}
        if not header or not all(isinstance(h, str) and h in columns for h in header):
            raise BackupError(
                msg(
                    "{file_name}: the header names columns {table} lacks",
                    file_name=file_name,
                    table=table,
                )
            )
        insert = (
            f"INSERT INTO {quote(table)} ({', '.join(quote(str(h)) for h in header)}) "
            f"VALUES ({', '.join('?' * len(header))})"
        )
        for line, row in enumerate(rows, start=2):
            if len(row) != len(header):
                raise BackupError(
                    msg(
                        "{file_name} line {line}: {values} values, expected {expected}",
                        file_name=file_name,
                        line=line,
                        values=len(row),
                        expected=len(header),
                    )
                )
            conn.execute(insert, row)
            count += 1
            counter.step()
    except ValueError as exc:
        raise BackupError(msg("{file_name}: {exc}", file_name=file_name, exc=exc)) from exc
    except sqlite3.Error as exc:
        raise BackupError(
            msg("{file_name}: a row does not fit the schema ({exc})", file_name=file_name, exc=exc)
        ) from exc
    return count


def table_contents(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in storage order (for comparing two databases)."""
    return {
        table: conn.execute(
            f"SELECT * FROM {quote(table)} ORDER BY {', '.join(order_by(conn, table))}"
        ).fetchall()
        for table in user_tables(conn)
    }
