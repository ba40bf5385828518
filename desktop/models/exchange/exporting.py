"""The Excel workbook for partners: streamed, formula-safe, optionally masked, atomic.

`export_workbook` reads one consistent snapshot of the database through its own read-only
connection (so a worker thread can run it while the window keeps the main one), resolves
the scope, and has each sheet (export_sheets.py, export_summary.py, export_partner.py)
written through the workbook writer (workbook.py), which saves beside the target and
renames over it at the end. A partner's workbook is its own set of sheets (PARTNER_SHEETS):
the statement first, then its entries and figures; members only when the owner adds them.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.models.calendar.sheet_rows import count_attendance_rows
from desktop.models.core.clock import SYSTEM_CLOCK
from desktop.models.core.errors import QunDeskError, ReadOnlyTargetError, ValidationError
from desktop.models.core.messages import msg
from desktop.models.exchange import export_labels as xl
from desktop.models.exchange import export_partner, export_sheets, export_summary
from desktop.models.exchange.contact_scan import Masker
from desktop.models.exchange.export_sheets import ExportRun
from desktop.models.exchange.workbook import (
    Progress,
    ProgressFn,
    SheetTooLongError,
    WorkbookError,
    WorkbookWriter,
)
from desktop.models.groups.queries import group_names
from desktop.models.groups.sheet_rows import (
    SheetScope,
    count_activity_rows,
    first_group_day,
)
from desktop.models.members.sheet_rows import (
    contact_handles,
    count_member_rows,
    count_role_rows,
)
from desktop.models.revenue.partners import get_partner, list_partners, shares_of
from desktop.models.revenue.sheet_rows import count_revenue_rows, first_revenue_day
from desktop.models.storage import files
from desktop.models.storage.db import Database, file_stamp
from desktop.models.storage.places import read_only_uri

CancelledFn = Callable[[], bool]

SHEETS = (
    "summary",
    "groups",
    "members",
    "roles",
    "events",
    "attendance",
    "activity",
    "revenue",
    "goals",
    "partner_statement",
)
# A partner's workbook: what the partner needs, the statement first (its first page).
PARTNER_SHEETS = ("partner_statement", "partner_entries", "partner_figures")
PARTNER_MEMBERS = "partner_members"  # only when the owner adds members
REPORT_EVERY = 2000
MIN_PARTNER_ID = 5  # a word of a partner's contact this long is masked wherever it appears


class ExportError(QunDeskError):
    """The workbook could not be written; nothing was left behind."""


class ExportCancelledError(ExportError):
    """The owner cancelled the export; no file was written."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to export: groups (None = all), an inclusive range (None = open), sheets, ..."""

    group_ids: tuple[int, ...] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    sheets: tuple[str, ...] = SHEETS
    mask_contacts: bool = False
    lang: str = "zh_CN"
    partner_id: int | None = None
    author: str = ""
    today: dt.date | None = None  # for "expired" and the open end of the summary period
    # What a partner's workbook holds beyond the statement, entries and figures: members
    # (and each entry's payer), their nicknames, notes (members' and entries'), and names
    # in full instead of masked. Ignored without a partner.
    include_members: bool = False
    include_nicknames: bool = False
    include_notes: bool = False
    unmask_names: bool = False

    @property
    def details(self) -> frozenset[str]:
        """What the owner added to a partner's workbook, as export_partner's words."""
        chosen = (
            (self.include_members, export_partner.MEMBERS),
            (self.include_nicknames, export_partner.NICKNAMES),
            (self.include_notes, export_partner.NOTES),
            (self.unmask_names, export_partner.UNMASKED),
        )
        return frozenset(word for on, word in chosen if on)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written: the file, rows per sheet key, and how long it took."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def export_workbook(
    db: Database,
    path: str | os.PathLike[str],
    options: ExportOptions,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    """Write the workbook to `path` atomically; raise ExportError (or a ValidationError).

    A symbolic link `path` is written through (the file it points to is replaced, the link
    kept); a read-only `path` is refused. The database is only read, creating nothing
    beside it; leftovers of an export killed earlier in the same folder are removed.
    """
    started = time.perf_counter()
    _check_options(options)
    try:
        target = files.user_file_target(Path(path))
    except ReadOnlyTargetError as exc:
        raise ExportError(str(exc)) from exc
    if not target.parent.is_dir():
        raise ExportError(
            msg(
                "cannot save {target}: the folder {parent} does not exist",
                target=target,
                parent=target.parent,
            )
        )
    files.clean_stale([target.parent], SYSTEM_CLOCK.timestamp())
    source = Path(db.path)
    uri = read_only_uri(source)
    # An immutable read (no log beside the file) tells no copy that starts writing meanwhile
    # that someone is reading; such a copy changes the file itself only when it checkpoints
    # its log, so a file unchanged at the end means the snapshot was whole.
    before = file_stamp(source) if "immutable=1" in uri else None
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    writer: WorkbookWriter | None = None

    def stop() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelledError(msg("the export was cancelled; no file was written"))

    def unchanged() -> None:
        writer_progress.finish()
        if before is not None and file_stamp(source) != before:
            raise ExportError(
                msg(
                    "{name} was changed by another copy of QunDesk during the export, so "
                    "the workbook may not be consistent and was not saved; export again",
                    name=source.name,
                )
            )

    writer_progress = Progress(progress, stop, REPORT_EVERY)
    try:
        conn.execute("BEGIN")  # one snapshot for every sheet
        snapshot = Database(Path(db.path), conn, clock=db.clock)
        run, sheets = _prepare(snapshot, options, writer_progress)
        writer = run.writer
        writer.reserve(target)
        rows = _write(run, sheets, options)
        writer.save(unchanged)
        return ExportResult(target, rows, time.perf_counter() - started)
    except WorkbookError as exc:
        raise ExportError(str(exc)) from exc
    except OSError as exc:
        raise ExportError(
            msg("cannot save {target}: {reason}", target=target, reason=exc.strerror or exc)
        ) from exc
    finally:
        if writer is not None:
            writer.discard()
        conn.close()


def _check_options(options: ExportOptions) -> None:
    if options.lang not in xl.LANGUAGES:
        raise ValidationError(
            "lang", msg("unknown language “{lang}”; use zh_CN or en", lang=options.lang)
        )
    unknown = [s for s in options.sheets if s not in SHEETS]
    if unknown:
        raise ValidationError("sheets", msg("unknown sheet “{value}”", value=unknown[0]))
    if not options.sheets:
        raise ValidationError("sheets", msg("choose at least one sheet"))
    if options.start and options.end and options.end < options.start:
        raise ValidationError("end", msg("the range ends before it starts"))
    if options.include_nicknames and not options.include_members:
        raise ValidationError(
            "nicknames", msg("Nicknames go into the workbook with the members; add them too.")
        )


def _prepare(
    db: Database, options: ExportOptions, progress: Progress
) -> tuple[ExportRun, list[str]]:
    """Resolve the groups, partner, range, labels and row counts; nothing is written yet."""
    o = options
    all_groups = dict(group_names(db))
    if o.group_ids is not None:
        missing = [g for g in o.group_ids if g not in all_groups]
        if missing:
            raise ValidationError("groups", msg("there is no group with id {id}", id=missing[0]))
    chosen: list[int] | None = list(o.group_ids) if o.group_ids is not None else None
    sheets = list(o.sheets)
    partner: tuple[int, str] | None = None
    if o.partner_id is not None:
        try:
            found = get_partner(db, o.partner_id)
        except ValidationError:
            raise ValidationError(
                "partner", msg("there is no partner with id {partner_id}", partner_id=o.partner_id)
            ) from None
        partner = (found.id, found.name)
        shared = [s.group_id for s in shares_of(db, o.partner_id)]
        chosen = [g for g in shared if chosen is None or g in chosen]
        if not chosen:
            raise ValidationError(
                "partner", msg("{partner} has no share in the chosen groups", partner=partner[1])
            )
        sheets = list(PARTNER_SHEETS) + ([PARTNER_MEMBERS] if o.include_members else [])
    else:
        sheets = [s for s in sheets if s != "partner_statement"]
    scope = SheetScope(tuple(chosen) if chosen is not None else None, o.start, o.end)
    names = {g: n for g, n in all_groups.items() if chosen is None or g in chosen}
    today = o.today or db.clock.today()
    labels = {domain: xl.code_labels(domain, o.lang, db.conn) for domain in xl.CODE_LABELS}
    masker = None
    if o.mask_contacts:
        masker = _masker(db)
        # Labels are the owner's words too, and the revenue totals' formulas quote them:
        # masked once here, cells and formulas agree.
        labels = {
            domain: {code: masker.scrub(label) for code, label in found.items()}
            for domain, found in labels.items()
        }
    counters = {
        "members": count_member_rows,
        "roles": count_role_rows,
        "attendance": count_attendance_rows,
        "activity": count_activity_rows,
        "revenue": count_revenue_rows,
    }
    counters["partner_members"] = count_member_rows
    chosen_sheets = sheets if partner else [s for s in SHEETS if s in sheets]
    for key in chosen_sheets:
        if key in counters:
            progress.total += counters[key](db, scope)
    progress.total += 100 * len(names)  # summary, groups, events, goals
    run = ExportRun(
        database=db,
        writer=WorkbookWriter(masker, progress),
        scope=scope,
        lang=o.lang,
        today=today,
        period=_period(db, o, today),
        group_names=names,
        partner=partner,
        labels=labels,
        masked=o.mask_contacts,
        details=o.details if partner else frozenset(),
    )
    return run, chosen_sheets


def _masker(db: Database) -> Masker:
    """A masker knowing every member's WeChat ID and phone and the partners' IDs."""
    ids: list[str] = []
    phones: list[str] = []
    for wechat, phone in contact_handles(db):
        if wechat:
            ids.append(wechat)
        if phone and phone[:1] == "+":  # mainland mobiles are found by their shape
            phones.append(phone)
    for found in list_partners(db):
        ids += (w for w in found.contact.split() if w.isascii() and len(w) >= MIN_PARTNER_ID)
    return Masker(ids, phones)


def _period(db: Database, options: ExportOptions, today: dt.date) -> tuple[dt.date, dt.date]:
    """The summary's period: the chosen range, an open end closed by the data."""
    start, end = options.start, options.end
    if start is None:
        days = [d for d in (first_group_day(db), first_revenue_day(db)) if d]
        start = dt.date.fromisoformat(min(days)) if days else today
    if end is None:
        end = max(today, start)
    return start, end


def _write(run: ExportRun, sheets: list[str], options: ExportOptions) -> dict[str, int]:
    """Write the document properties and every chosen sheet; rows per sheet key."""
    writer = run.writer
    now = run.database.clock.now().replace(microsecond=0)
    writer.set_properties(xl.text("title", run.lang), options.author or "QunDesk", now)
    writer.set_footer(
        xl.text("page_of", run.lang), xl.text("exported_on", run.lang, date=now.date().isoformat())
    )
    writers: dict[str, Callable[[ExportRun], int]] = {
        "summary": export_summary.write_summary,
        "groups": export_sheets.write_groups,
        "members": export_sheets.write_members,
        "roles": export_sheets.write_roles,
        "events": export_sheets.write_events,
        "attendance": export_sheets.write_attendance,
        "activity": export_sheets.write_activity,
        "revenue": export_sheets.write_revenue,
        "goals": export_sheets.write_goals,
        "partner_statement": export_partner.write_statement,
        "partner_entries": export_partner.write_entries,
        "partner_figures": export_partner.write_figures,
        "partner_members": export_partner.write_members,
    }
    rows: dict[str, int] = {}
    writer.progress.report()
    for key in sheets:
        try:
            rows[key] = writers[key](run)
        except SheetTooLongError as exc:
            raise ExportError(
                msg(
                    "the sheet “{sheet}” has more rows than Excel allows; narrow the range",
                    sheet=xl.sheet_name(key, options.lang),
                )
            ) from exc
        writer.progress.report()
    return rows
