"""Backups: verified copies in `backups/`, whose each copy is, and their rotation.

A backup is a consistent copy made through SQLite's backup API, written under a hidden
temporary name, checked with `PRAGMA integrity_check` and only then given its real name;
only after that are older copies rotated out, so a bad copy never costs a good one.

Names are `<stem>-<reason>-<YYYYMMDD-HHMMSS>.sqlite` (`<stem>-<stamp>.sqlite` for copies
made by hand). Rotation keeps the newest copy of each of the 7 most recent days, 4 most
recent ISO weeks and 12 most recent months that have copies, plus, from the last 24 hours,
the newest 3 `before-*` copies and the daily copy of each day (so the copies taken before
today's imports survive the day without eight imports leaving eight full copies); copies
made by hand ("Backup now") are never rotated out.

A backup belongs to the database whose identity (`database_identity`, schema 6) it
carries, never to a file that merely shares its name: two `qundesk.sqlite` in different
folders sharing one backup folder, or `club.sqlite` beside `club.db`, each list, rotate and
are offered only their own copies. Every copy also records the file it was copied from, so a
copy of a database from before schema 6 (no identity) is matched by that path. A copy made
by an older QunDesk carries neither: its origin is unknown, so it is never rotated out nor
offered for a damaged file, and restoring it needs the owner's confirmation, like restoring
another database's copy. Listing reads each copy once (cached per path, time and size).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import os
import re
import sqlite3
from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Self

from desktop.models.core.clock import Clock
from desktop.models.core.errors import BackupError, data_errors
from desktop.models.core.messages import msg
from desktop.models.storage import migrations
from desktop.models.storage.files import private_file, private_folder, sync_file
from desktop.models.storage.lockfile import DatabaseLock
from desktop.models.storage.places import names_fold_case, read_only_uri, sqlite_uri
from desktop.models.storage.tables import TABLES

BACKUP_DIR_NAME = "backups"
REASON_DAILY = "daily"
REASON_MANUAL = "manual"
REASON_RESTORE = "before-restore"
REASON_IMPORT = "before-import"
REASON_DELETE = "before-delete"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_RECENT = dt.timedelta(hours=24)
# Of the last 24 hours' copies, per calendar day: this many `before-*` ones and the daily one.
KEEP_SAME_DAY = 3
STAMP_FORMAT = "%Y%m%d-%H%M%S"

_REASON_RE = r"(?:daily|manual|before-[a-z0-9]+(?:-[a-z0-9]+)*)"


class OpenDatabase(Protocol):
    """What backing up and restoring need of an open database (`db.Database` is one).

    A protocol, so this module does not import `db`, which builds on it (it backs up
    before a migration).
    """

    path: Path
    conn: sqlite3.Connection
    clock: Clock
    read_only: bool
    backup_folder: Path | None
    lock: DatabaseLock | None

    def close(self) -> None:
        """Close the connection (checkpointing the log into the file)."""

    @classmethod
    def open(
        cls, path: Path, *, create: bool = ..., backup_folder: Path | None = ..., clock: Clock = ...
    ) -> Self:
        """Open the database file at `path` again."""


# Whose a backup is: this database's, another database's, or unknown (made by an older
# QunDesk, which recorded neither identity nor source).
ORIGIN_OWN = "own"
ORIGIN_OTHER = "other"
ORIGIN_UNKNOWN = "unknown"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when (local time), why, how big and whose."""

    path: Path
    taken: dt.datetime
    reason: str
    size: int
    origin: str = ORIGIN_OWN
    # The file the copy was made from, as recorded inside it (None: not recorded).
    copied_from: str | None = None


def backup_folder(db_path: Path, folder: Path | None = None) -> Path:
    """The folder backups of `db_path` go to: `folder` if set, else `backups/` beside it."""
    return folder if folder is not None else db_path.parent / BACKUP_DIR_NAME


def _pattern(stem: str, fold_case: bool = False) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(stem)}-(?:(?P<reason>{_REASON_RE})-)?(?P<stamp>\d{{8}}-\d{{6}})"
        r"(?:-(?P<n>\d+))?\.sqlite$",
        re.IGNORECASE if fold_case else 0,
    )


def parse_name(
    stem: str,
    name: str,
    size: int = 0,
    folder: Path | None = None,
    *,
    fold_case: bool = False,
) -> BackupInfo | None:
    """The backup a file name describes, or None when it is not a backup of `stem`.

    With `fold_case` (a file system that ignores case) `Club` and `club` are one stem.
    """
    match = _pattern(stem, fold_case).match(name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    path = (folder / name) if folder is not None else Path(name)
    return BackupInfo(path, taken, match["reason"] or REASON_MANUAL, size)


def list_backups(
    db_path: Path, folder: Path | None = None, *, origins: Collection[str] = (ORIGIN_OWN,)
) -> list[BackupInfo]:
    """Backups of `db_path` in its backup folder whose origin is one of `origins`, newest first.

    By default only the database's own copies; the restore list adds `ORIGIN_UNKNOWN` and,
    when asked, `ORIGIN_OTHER` (copies with its name that belong to another database).
    """
    where = backup_folder(db_path, folder)
    if not where.is_dir():
        return []
    owner = _Owner(identity_at(db_path), path_key(db_path))
    places: dict[str, str | None] = {}
    found = []
    entries = list(os.scandir(where))
    # `club.sqlite` opened where names ignore case (Windows, macOS) is `Club.sqlite`, whose
    # copies are `Club-….sqlite`; identity, not the name, still tells whose each copy is.
    fold_case = names_fold_case(where, [e.name for e in entries[:3]])
    for entry in entries:
        info = parse_name(db_path.stem, entry.name, 0, where, fold_case=fold_case)
        if info is None or not entry.is_file():
            continue
        stat = entry.stat()
        facts = _facts(info.path, stat)
        origin = _origin(facts, owner, places)
        if origin in origins:
            found.append(
                dataclasses.replace(
                    info, size=stat.st_size, origin=origin, copied_from=facts.copied_from
                )
            )
    found.sort(key=lambda b: (b.taken, b.path.name), reverse=True)
    return found


def space_used(db_path: Path, folder: Path | None = None) -> tuple[int, int]:
    """How many backups of `db_path`'s own there are and how many bytes they take."""
    own = list_backups(db_path, folder)
    return len(own), sum(b.size for b in own)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the SQLite file at `path` (a backup, or a file to copy)."""
    return sqlite3.connect(f"{sqlite_uri(path.resolve())}?mode=ro", uri=True)


# ---- whose a copy is ---------------------------------------------------------------------


def path_key(path: Path) -> str:
    """The form a database's path is recorded and compared in (absolute, links resolved)."""
    return os.path.normcase(str(Path(path).expanduser().resolve()))


def database_id_of(conn: sqlite3.Connection) -> str | None:
    """The identity stored in the open database, or None (before schema 6, or unreadable)."""
    try:
        row = conn.execute(
            f"SELECT database_id FROM {migrations.IDENTITY_TABLE} WHERE only_row = 1"
        ).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None or row[0] is None else str(row[0])


def identity_at(path: Path) -> str | None:
    """The identity stored in the database file at `path`, read without writing; or None."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return database_id_of(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


@dataclass(frozen=True)
class _Owner:
    """The database backups are listed for: its identity (None when it has none) and path."""

    database_id: str | None
    path: str


@dataclass(frozen=True)
class _Facts:
    """What a backup file says of itself: whose it is, and why it is unusable (or None)."""

    database_id: str | None
    copied_from: str | None
    problem: str | None


# Facts per (path, modification time, size): a backup never changes once it has its name,
# so listing a hundred copies reads each one once.
_FACTS: dict[tuple[str, int, int], _Facts] = {}
_FACTS_LIMIT = 4096


def _facts(path: Path, stat: os.stat_result) -> _Facts:
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    found = _FACTS.get(key)
    if found is None:
        if len(_FACTS) >= _FACTS_LIMIT:
            _FACTS.clear()
        found = _FACTS[key] = _read_facts(path)
    return found


def _read_facts(path: Path) -> _Facts:
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            app_id, version, tables = _structure(conn)
            row = None
            if migrations.IDENTITY_TABLE in tables:
                row = conn.execute(
                    f"SELECT database_id, copied_from FROM {migrations.IDENTITY_TABLE} "
                    "WHERE only_row = 1"
                ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return _Facts(None, None, msg("it cannot be read ({exc})", exc=exc))
    database_id, copied_from = row if row is not None else (None, None)
    return _Facts(
        None if database_id is None else str(database_id),
        None if copied_from is None else str(copied_from),
        _structure_problem(app_id, version, tables),
    )


def _origin(facts: _Facts, owner: _Owner, places: dict[str, str | None]) -> str:
    """Whose the copy is, for `owner`; `places` caches the identity found at a recorded path."""
    if facts.database_id is not None and owner.database_id is not None:
        if facts.database_id != owner.database_id:
            return ORIGIN_OTHER
        if facts.copied_from is None or _same_file(facts.copied_from, owner.path):
            return ORIGIN_OWN
        # The same identity copied from another path: the database moved here, unless the
        # file there still carries it (a copy made by hand outside QunDesk, now a twin with
        # backups of its own).
        if facts.copied_from not in places:
            places[facts.copied_from] = identity_at(Path(facts.copied_from))
        return ORIGIN_OTHER if places[facts.copied_from] == owner.database_id else ORIGIN_OWN
    if facts.copied_from is not None:  # no identity on one side: the recorded path decides
        return ORIGIN_OWN if _same_file(facts.copied_from, owner.path) else ORIGIN_OTHER
    return ORIGIN_UNKNOWN


def _same_file(recorded: str, owner: str) -> bool:
    """Whether a recorded source path names the owner's file.

    Equal text, or two spellings of one file: macOS compares names without case but keeps
    the case each program wrote, so `Club.sqlite` and `club.sqlite` can be one file.
    """
    if recorded == owner:
        return True
    try:
        return os.path.samefile(recorded, owner)
    except (OSError, ValueError):
        return False


def origin_of(backup: Path, db_path: Path) -> tuple[str, str | None]:
    """Whose the copy at `backup` is for the database at `db_path`, and its recorded source."""
    facts = _facts(backup, backup.stat())
    return _origin(facts, _Owner(identity_at(db_path), path_key(db_path)), {}), facts.copied_from


# ---- checking a copy ---------------------------------------------------------------------


@functools.cache
def expected_tables(version: int) -> frozenset[str]:
    """The tables QunDesk's own migrations have made by schema `version`."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for target, step in migrations.pending(0):
            if target > version:
                break
            step(conn)
        return frozenset(
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        )
    finally:
        conn.close()


def _structure(conn: sqlite3.Connection) -> tuple[int, int, frozenset[str]]:
    """application_id, user_version and table names of an open file."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = frozenset(
        str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    )
    return app_id, version, tables


def _structure_problem(app_id: int, version: int, tables: frozenset[str]) -> str | None:
    if app_id != migrations.APPLICATION_ID:
        return msg("it is not a QunDesk database")
    if version > migrations.LATEST_VERSION:
        return msg("it was saved by a newer QunDesk")
    # A file can carry our id and a version and still hold nothing (or half a schema):
    # restored, it would open as an unusable database.
    missing = sorted(expected_tables(version) - tables) if version >= 1 else ["groups"]
    if missing:
        return msg("it lacks tables QunDesk needs ({tables})", tables=", ".join(missing[:3]))
    return None


def structure_problem(path: Path) -> str | None:
    """Why the copy at `path` cannot be restored, from its header and tables (cached; no
    integrity check), or None."""
    return _facts(path, path.stat()).problem


def verify(path: Path) -> str | None:
    """Why the copy at `path` is not a good QunDesk backup, or None when it is.

    Runs the full `PRAGMA integrity_check` (which includes `quick_check`) and checks it is a
    QunDesk file this version can open, holding every table its schema version has.
    """
    try:
        conn = connect_read_only(path)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(5)")]
            app_id, version, tables = _structure(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return msg("it cannot be read ({exc})", exc=exc)
    if rows != ["ok"]:
        return msg("it is damaged ({problems})", problems="; ".join(rows))
    return _structure_problem(app_id, version, tables)


@data_errors()
def table_counts(path: Path) -> dict[str, int]:
    """Rows per table in the database at `path` (read-only), in the order people think of."""
    conn = connect_read_only(path)
    try:
        names = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if r[0] != migrations.IDENTITY_TABLE  # bookkeeping, not the owner's rows
        ]
        ordered = [t for t in TABLES if t in names] + sorted(t for t in names if t not in TABLES)
        return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in ordered}
    finally:
        conn.close()


class BackupCancelledError(BackupError):
    """The owner stopped a backup; no copy was kept."""


# Pages copied per step when the copy reports progress (4 MB with 4 KiB pages).
PAGES_PER_STEP = 1024


def _write_identity(
    conn: sqlite3.Connection, database_id: str | None, copied_from: str | None
) -> None:
    """Set a copy's identity row (made if missing): the id when given (else kept as it is)
    and the file it was copied from (None clears it)."""
    conn.execute(migrations.IDENTITY_SCHEMA)
    conn.execute(
        f"""INSERT INTO {migrations.IDENTITY_TABLE} (only_row, database_id, copied_from)
            VALUES (1, ?, ?)
            ON CONFLICT (only_row) DO UPDATE SET
                database_id = coalesce(excluded.database_id, database_id),
                copied_from = excluded.copied_from""",
        (database_id, copied_from),
    )
    conn.commit()


def copy_database(
    source: sqlite3.Connection,
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    identity: tuple[str | None, str | None] | None = None,
) -> None:
    """Copy the open database `source` to `target` with the backup API and sync it.

    With `progress` or `cancelled` the copy goes in steps, reporting pages done of the
    total after each; `cancelled()` returning true stops it with `BackupCancelledError`.
    `identity` (database id or None to keep it, source path or None) is written into the
    copy before it is synced.
    """

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelledError(msg("the backup was stopped; no copy was kept"))
        if progress is not None:
            progress(total - remaining, total)

    stepwise = progress is not None or cancelled is not None
    private_file(target)  # a copy of personal data: owner-only, like the database
    dest = sqlite3.connect(target)
    try:
        # One fsync of the finished file below instead of one per step of the copy.
        dest.execute("PRAGMA synchronous = OFF")
        if stepwise:
            source.backup(dest, pages=PAGES_PER_STEP, progress=step)
        else:
            source.backup(dest, pages=0)
        if identity is not None:
            _write_identity(dest, *identity)
        # The copy stands alone: a rollback journal file, no write-ahead log beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    sync_file(target)


def _unused_name(folder: Path, stem: str, reason: str, when: dt.datetime) -> Path:
    stamp = when.strftime(STAMP_FORMAT)
    prefix = stem if reason == REASON_MANUAL else f"{stem}-{reason}"
    target = folder / f"{prefix}-{stamp}.sqlite"
    n = 2
    while target.exists():
        target = folder / f"{prefix}-{stamp}-{n}.sqlite"
        n += 1
    return target


def make_backup(
    conn: sqlite3.Connection,
    db_path: Path,
    reason: str,
    *,
    folder: Path | None = None,
    now: dt.datetime,
    rotate_old: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupInfo:
    """Copy the open database into the backup folder, verify the copy, then rotate.

    Raises `BackupError` (naming the reason in plain words) when the copy cannot be made
    or fails its check, `BackupCancelledError` when `cancelled()` stopped it; then no older
    copy is touched and no partial file is left.
    """
    if not re.fullmatch(_REASON_RE, reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    where = backup_folder(db_path, folder)
    temp: Path | None = None
    try:
        private_folder(where)
        target = _unused_name(where, db_path.stem, reason, now)
        temp = where / f".{target.name}.partial"
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        # The copy records the file it came from: with its identity that tells its database,
        # and for a database from before identities it is all there is.
        copy_database(
            conn,
            temp,
            progress=progress,
            cancelled=cancelled,
            identity=(None, path_key(db_path)),
        )
        if cancelled is not None and cancelled():
            raise BackupCancelledError(msg("the backup was stopped; no copy was kept"))
        problem = verify(temp)
        if problem is not None:
            raise BackupError(msg("the backup copy failed its check: {problem}", problem=problem))
        os.replace(temp, target)
        temp = None
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            msg("could not write a backup to {where}: {exc}", where=where, exc=exc)
        ) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    info = BackupInfo(target, now.replace(microsecond=0), reason, target.stat().st_size)
    if rotate_old:
        rotate(db_path, folder, now)
    return info


def select_kept(backups: Iterable[BackupInfo], now: dt.datetime) -> set[Path]:
    """The backups rotation keeps (see the module docstring)."""
    rotated = sorted(
        (b for b in backups if b.reason != REASON_MANUAL),
        key=lambda b: (b.taken, b.path.name),
        reverse=True,
    )
    kept: set[Path] = set()
    same_day: dict[tuple[dt.date, bool], int] = {}
    for backup in rotated:  # newest first
        if now - backup.taken >= KEEP_RECENT:
            continue
        slot = (backup.taken.date(), backup.reason == REASON_DAILY)
        if same_day.get(slot, 0) < (1 if slot[1] else KEEP_SAME_DAY):
            same_day[slot] = same_day.get(slot, 0) + 1
            kept.add(backup.path)
    periods: tuple[tuple[Callable[[dt.datetime], Hashable], int], ...] = (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: tuple(t.isocalendar())[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    )
    for period_of, count in periods:
        seen: set[Hashable] = set()
        for backup in rotated:  # newest first, so the first of each period is its newest
            period = period_of(backup.taken)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            kept.add(backup.path)
    return kept | {b.path for b in backups if b.reason == REASON_MANUAL}


def rotate(db_path: Path, folder: Path | None, now: dt.datetime) -> list[Path]:
    """Delete the backups of `db_path` rotation no longer keeps; returns what was deleted.

    Only its own copies are considered: another database's, and those of unknown origin,
    are never deleted here.
    """
    backups = list_backups(db_path, folder)
    kept = select_kept(backups, now)
    removed = []
    for backup in backups:
        if backup.path not in kept:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    return removed


def backup_before(
    db: OpenDatabase, reason: str, *, now: dt.datetime | None = None
) -> BackupInfo | None:
    """Back up `db` before a big change (`before-import`, `before-delete`, …).

    Call it before the transaction of a bulk import, bulk delete or restore. A database
    opened read-only is not backed up here (the copy holding it does that).
    """
    if db.read_only:
        return None
    if not reason.startswith("before-"):
        reason = f"before-{reason}"
    return _backup(db, reason, now)


@data_errors()
def daily_backup(db: OpenDatabase, *, now: dt.datetime | None = None) -> BackupInfo | None:
    """The backup on start: made unless a copy of its own from today (of any kind) exists."""
    now = now if now is not None else db.clock.now()
    if not daily_backup_due(db, now):
        return None
    return _backup(db, REASON_DAILY, now)


def daily_backup_due(db: OpenDatabase, now: dt.datetime) -> bool:
    """Whether the start's backup is to be made: a writable file with no copy of its own
    from `now`'s day (of any kind)."""
    if db.read_only:
        return False
    return not any(b.taken.date() == now.date() for b in list_backups(db.path, db.backup_folder))


def backup_of_file(
    db_path: Path, reason: str, *, folder: Path | None, now: dt.datetime
) -> BackupInfo:
    """`make_backup` through a read-only connection of its own, so it can run on any
    thread while the app keeps using its connection (in WAL mode the copy is the snapshot
    committed when it began; writes go on meanwhile)."""
    try:
        conn = connect_read_only(db_path)
    except sqlite3.Error as exc:
        raise BackupError(msg("the database could not be read: {reason}", reason=exc)) from exc
    try:
        return make_backup(conn, db_path, reason, folder=folder, now=now)
    finally:
        conn.close()


def manual_backup(db: OpenDatabase, *, now: dt.datetime | None = None) -> BackupInfo:
    """ "Backup now": a copy rotation never deletes."""
    return _backup(db, REASON_MANUAL, now)


def _backup(db: OpenDatabase, reason: str, now: dt.datetime | None) -> BackupInfo:
    """Back up the open database into its own backup folder, stamped by its clock."""
    return make_backup(
        db.conn,
        db.path,
        reason,
        folder=db.backup_folder,
        now=now if now is not None else db.clock.now(),
    )
