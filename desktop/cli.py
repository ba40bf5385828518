"""The `qundesk` sub-commands that work without a window."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import languages, paths
from desktop.models.core import messages
from desktop.models.core.codes import Role
from desktop.models.core.errors import QunDeskError, ValidationError
from desktop.models.core.messages import msg
from desktop.models.core.text_safety import terminal_safe
from desktop.models.storage import files, migrations
from desktop.models.storage.created_files import CreatedFiles
from desktop.models.storage.db import Database, open_for_reading

if TYPE_CHECKING:
    from desktop.models.exchange import member_import


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db is not None else paths.default_db_path()


def _demo(args: argparse.Namespace) -> int:
    from desktop.models.demo.demo import generate_demo

    if args.members < 0:
        raise QunDeskError(msg("--members must be 0 or more"))
    path = _db_path(args)
    files.private_folder(path.parent)
    started = time.perf_counter()
    # The lock keeps a window open on the same file from writing at the same time.
    database = Database.open(path, lock=True)
    try:
        summary = generate_demo(database, members=args.members, seed=args.seed)
    finally:
        database.close()
    elapsed = time.perf_counter() - started
    print(
        msg(
            "Demo written to {path} in {seconds} s: {groups} groups, {members} members, "
            "{memberships} memberships, {events} events, {attendance} check-ins, {revenue} "
            "revenue entries, {days} days of activity.",
            path=path,
            seconds=f"{elapsed:.1f}",
            groups=summary.groups,
            members=summary.members,
            memberships=summary.memberships,
            events=summary.events,
            attendance=summary.attendance,
            revenue=summary.revenue,
            days=summary.activity_days,
        )
    )
    return 0


def _info(args: argparse.Namespace) -> int:
    path = _db_path(args)
    # Read-only and as it is: an older file is described, not upgraded (nor backed up).
    database = Database.open(path, read_only=True, older=True)
    try:
        counts = database.counts()
        latest = migrations.LATEST_VERSION
        if database.version < latest:
            schema = msg(
                "Schema version: {version} (this app: {latest}; it will be upgraded to "
                "{latest}, after a backup, the next time QunDesk opens it for writing)",
                version=database.version,
                latest=latest,
            )
        else:
            schema = msg(
                "Schema version: {version} (this app: {latest})",
                version=database.version,
                latest=latest,
            )
        print(msg("Database: {path}", path=path))
        print(schema)
        width = max(len(name) for name in counts)
        for table, rows in counts.items():
            print(f"  {table:<{width}}  {rows:>9,}")
    finally:
        database.close()
    return 0


# Warnings (referrers kept as text) can be thousands in a big file; errors are all listed.
WARNINGS_SHOWN = 20


def _role_map(pairs: list[str]) -> dict[str, str]:
    """`--role-map 值=角色` options as {value: role code}; the role a code or any label."""
    from desktop.models.exchange.member_cells import role_code

    mapped: dict[str, str] = {}
    for pair in pairs:
        value, sep, role = pair.partition("=")
        if not sep or not value.strip() or not role.strip():
            raise QunDeskError(
                msg("--role-map {pair}: write VALUE=ROLE, such as 领读人=leader", pair=pair)
            )
        mapped[value.strip()] = role_code(role)
    return mapped


def _print_problems(plan: member_import.ImportPlan, skip_invalid: bool) -> None:
    """The plan's warnings (the first `WARNINGS_SHOWN`) and errors, on stderr; the file's
    cells are quoted escaped, so no cell can drive the terminal."""
    from desktop.models.exchange import import_engine

    # only the lines shown are worded: a roster of 100,000 can have tens of thousands
    for line in import_engine.problem_lines(plan.warnings, limit=WARNINGS_SHOWN):
        print(msg("warning: {line}", line=terminal_safe(line)), file=sys.stderr)
    more = import_engine.problem_line_count(plan.warnings) - WARNINGS_SHOWN
    if more > 0:
        print(msg("warning: … and {count} more", count=more), file=sys.stderr)
    for line in import_engine.problem_lines(plan.errors):
        text = terminal_safe(line)
        print(msg("skipped: {line}", line=text) if skip_invalid else text, file=sys.stderr)


def _check_roles(plan: member_import.ImportPlan) -> None:
    """One line per role value the file uses that no word names: how it is imported, or
    (when not mapped) the option that maps it; QunDeskError while any is not mapped."""
    for unknown in plan.unknown_roles:
        value = terminal_safe(unknown.value)
        if unknown.role is not None:
            print(
                msg(
                    "Role “{value}” ({rows} rows) is imported as {role}.",
                    value=value,
                    rows=unknown.rows,
                    role=unknown.role,
                )
            )
        else:
            print(
                msg(
                    "unknown role “{value}” ({rows} rows): map it with --role-map "
                    "{value}=ROLE (ROLE: {roles}, or a role's name such as 意见领袖/骨干)",
                    value=value,
                    rows=unknown.rows,
                    roles=", ".join(r.value for r in Role),
                ),
                file=sys.stderr,
            )
    if plan.unmapped_roles:
        raise QunDeskError(
            msg(
                "{count} role values are not known; nothing was imported",
                count=len(plan.unmapped_roles),
            )
        )


def _import(args: argparse.Namespace) -> int:
    path = _db_path(args)
    if args.what == "chat":
        from desktop.cli_chat import run_import_chat

        return run_import_chat(args, path)
    if args.what == "payments":
        from desktop.cli_payments import run_import_payments

        return run_import_payments(args, path)
    try:
        return _import_members(args, path)
    except ValidationError as exc:  # its message alone: the field's code means nothing here
        text = exc.message
        if exc.row is not None:
            text = msg("row {row}: {reason}", row=exc.row, reason=text)
        raise QunDeskError(text) from None


def _import_members(args: argparse.Namespace, path: Path) -> int:
    from desktop.models.exchange import import_engine, member_import
    from desktop.models.exchange.member_fields import MEMBER_FIELDS
    from desktop.models.exchange.sheets import ENCODING_NAMES
    from desktop.models.storage import backups

    started = time.perf_counter()
    role_map = _role_map(args.role_map)
    # Read the file before making anything, so a bad file leaves no new database behind;
    # a new one refused later for its rows is taken back with its folders.
    sheet = member_import.read_sheet(args.file, sheet=args.sheet, delimiter=args.delimiter)
    created = CreatedFiles.before(path)
    files.private_folder(path.parent)
    # The lock keeps a window open on the same file from writing at the same time.
    database = Database.open(path, lock=True)
    result = None
    try:
        group_id = member_import.group_by_name(database, args.group) if args.group else None
        saved = import_engine.saved_mapping(database, MEMBER_FIELDS, sheet.headers)
        if saved is not None:  # the columns as the owner mapped them in the window
            print(msg("Using the column mapping saved on {day}.", day=saved.saved_on.isoformat()))
        mapping = saved.mapping if saved is not None else None
        plan = member_import.plan_import(
            database, sheet, mapping, group_id=group_id, role_map=role_map
        )
        _print_problems(plan, args.skip_invalid)
        _check_roles(plan)
        worth_a_copy = not plan.invalid_rows or args.skip_invalid
        if worth_a_copy and database.counts()["members"]:  # as the window's import does
            backups.backup_before(database, backups.REASON_IMPORT)
        # The command itself is the confirmation that the file's new groups are wanted.
        result = member_import.apply_import(
            database, plan, valid_only=args.skip_invalid, create_groups=True
        )
    except import_engine.InvalidRowsError as exc:
        raise QunDeskError(
            msg("{error}; use --skip-invalid to import them", error=str(exc))
        ) from None
    finally:
        database.close()
        if result is None:
            created.remove()
    elapsed = time.perf_counter() - started
    where = sheet.sheet_name or ENCODING_NAMES.get(sheet.encoding, sheet.encoding)
    print(
        terminal_safe(
            msg(
                "Imported {count} members from {file} ({where}) into {db} in {seconds} s; "
                "skipped {skipped} invalid rows.",
                count=result.imported,
                file=args.file.name,
                where=where,
                db=path,
                seconds=f"{elapsed:.1f}",
                skipped=result.skipped,
            )
        )
    )
    print(msg("Memberships: {count}.", count=result.memberships))
    groups = member_import.GROUP_SEPARATOR.join(result.groups_created)
    print(msg("Groups created: {groups}.", groups=groups or msg("none")))
    print(
        msg(
            "Referrers linked: {linked}; kept as text: {kept}.",
            linked=result.referrers_linked,
            kept=result.referrers_as_text,
        )
    )
    return 0


def _cli_date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise QunDeskError(
            msg("{option} “{text}” is not a date; write YYYY-MM-DD", option=option, text=text)
        ) from None


def _export(args: argparse.Namespace) -> int:
    from desktop.models.exchange import export_labels, exporting

    start, end = _cli_date(args.start, "--from"), _cli_date(args.end, "--to")
    if start and end and end < start:
        raise QunDeskError(msg("--to {end} is before --from {start}", end=end, start=start))
    if args.out.suffix.lower() != ".xlsx":
        raise QunDeskError(
            msg("{name}: the export is an Excel workbook; name it *.xlsx", name=args.out.name)
        )
    added = args.include_members or args.include_nicknames or args.include_notes
    if (added or args.unmask_names) and args.partner is None:
        raise QunDeskError(msg("--include-… and --unmask-names go with --partner NAME."))
    if args.include_nicknames and not args.include_members:
        raise QunDeskError(msg("--include-nicknames goes with --include-members."))
    path = _db_path(args)
    if not path.exists():
        raise QunDeskError(msg("{path}: no such database", path=path))
    # Read-only; an older file is read through an upgraded temporary copy, never upgraded.
    with open_for_reading(path) as database:
        groups = {n.casefold(): i for i, n in database.conn.execute("SELECT id, name FROM groups")}
        group_ids: list[int] = []
        for name in args.group:
            found = groups.get(name.strip().casefold())
            if found is None:
                known = "、".join(n for (n,) in database.conn.execute("SELECT name FROM groups"))
                raise QunDeskError(
                    msg(
                        "there is no group called “{name}” (groups: {known})",
                        name=name,
                        known=known,
                    )
                )
            group_ids.append(found)
        partner_id = None
        if args.partner is not None:
            row = database.conn.execute(
                "SELECT id FROM partners WHERE name = ? COLLATE NOCASE", (args.partner.strip(),)
            ).fetchone()
            if row is None:
                raise QunDeskError(msg("there is no partner called “{name}”", name=args.partner))
            partner_id = int(row[0])
        options = exporting.ExportOptions(
            group_ids=tuple(group_ids) if group_ids else None,
            start=start,
            end=end,
            mask_contacts=args.mask_contacts,
            lang=args.lang,
            partner_id=partner_id,
            include_members=args.include_members,
            include_nicknames=args.include_nicknames,
            include_notes=args.include_notes,
            unmask_names=args.unmask_names,
        )
        result = exporting.export_workbook(database, args.out, options)
    rows = "、".join(
        f"{export_labels.sheet_name(key, args.lang)} {count:,}"
        for key, count in result.rows.items()
    )
    print(
        msg(
            "Exported {path} in {seconds} s: {rows}.",
            path=args.out,
            seconds=f"{result.seconds:.1f}",
            rows=rows,
        )
    )
    return 0


COMMANDS = {"demo": _demo, "info": _info, "import": _import, "export": _export}


def install_language() -> object:
    """Make the data layer's messages and the command's lines speak the UI language the
    window's settings name (the system's when they name none), as the window does.

    Qt is loaded only where the system's language cannot be read without it (macOS):
    a command run in a process without PySide6 runs faster (see desktop/languages.py).
    Returns the Qt translator to keep alive in that case, else None.
    """
    language = languages.saved_language(paths.settings_file()) or languages.system_language()
    if language:
        languages.install_messages(language)
        return None
    from desktop import i18n  # macOS: the system's language comes from Qt

    return i18n.install_message_translator(i18n.system_language())


def error_line(text: str) -> str:
    """The one line a failed command prints on stderr: the reason in the UI language after
    the fixed prefix argparse's own errors have too (scripts look for it)."""
    return f"qundesk: error: {terminal_safe(text)}"


def run(args: argparse.Namespace) -> int:
    """Run one sub-command in the UI language; errors become one line on stderr and exit
    code 1.

    First the leftovers of a killed run beside the database are removed (as the window
    does); temporary files go to the app's own folder meanwhile.
    """
    translator = install_language()  # kept alive while the command runs
    try:
        paths.tidy_at_start(_db_path(args))
        with files.temp_folder(paths.temp_dir()):
            return COMMANDS[args.command](args)
    except ValidationError as exc:  # its message alone: the field's code means nothing here
        text = (
            exc.message
            if exc.row is None
            else msg("row {row}: {reason}", row=exc.row, reason=exc.message)
        )
        print(error_line(text), file=sys.stderr)
        return 1
    except (QunDeskError, sqlite3.Error, OSError) as exc:
        print(error_line(str(exc)), file=sys.stderr)
        return 1
    finally:
        del translator
        messages.install(None)  # English as written again (a caller in the same process)
