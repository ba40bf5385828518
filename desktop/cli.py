"""The `qundesk` sub-commands that work without a window."""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

from desktop import paths
from desktop.models import migrations
from desktop.models.db import Database
from desktop.models.errors import QunDeskError


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db is not None else paths.default_db_path()


def _demo(args: argparse.Namespace) -> int:
    from desktop.models.demo import generate_demo

    if args.members < 0:
        raise QunDeskError("--members must be 0 or more")
    path = _db_path(args)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    database = Database.open(path)
    try:
        summary = generate_demo(database, members=args.members, seed=args.seed)
    finally:
        database.close()
    elapsed = time.perf_counter() - started
    print(
        f"Demo written to {path} in {elapsed:.1f} s: {summary.groups} groups, "
        f"{summary.members} members, {summary.memberships} memberships, {summary.events} "
        f"events, {summary.attendance} check-ins, {summary.revenue} revenue entries, "
        f"{summary.activity_days} days of activity."
    )
    return 0


def _info(args: argparse.Namespace) -> int:
    path = _db_path(args)
    database = Database.open(path, create=False)
    try:
        counts = database.counts()
        print(f"Database: {path}")
        print(f"Schema version: {database.version} (this app: {migrations.LATEST_VERSION})")
        width = max(len(name) for name in counts)
        for table, rows in counts.items():
            print(f"  {table:<{width}}  {rows:>9,}")
    finally:
        database.close()
    return 0


# Warnings (referrers kept as text) can be thousands in a big file; errors are all listed.
WARNINGS_SHOWN = 20


def _import(args: argparse.Namespace) -> int:
    from desktop.models import importing

    if args.what != "members":  # argparse only offers "members" today
        raise QunDeskError(f"cannot import {args.what}")
    path = _db_path(args)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    # Read the file before opening the database, so a bad file leaves no new database behind.
    sheet = importing.read_sheet(args.file, sheet=args.sheet)
    database = Database.open(path)
    try:
        group_id = importing.group_by_name(database, args.group) if args.group else None
        plan = importing.plan_import(database, sheet, group_id=group_id)
        warnings = importing.problem_lines(plan.warnings)
        for line in warnings[:WARNINGS_SHOWN]:
            print(f"warning: {line}", file=sys.stderr)
        if len(warnings) > WARNINGS_SHOWN:
            print(f"warning: … and {len(warnings) - WARNINGS_SHOWN} more", file=sys.stderr)
        if plan.invalid_rows and not args.skip_invalid:
            for line in importing.problem_lines(plan.errors):
                print(line, file=sys.stderr)
        elif plan.invalid_rows:
            for line in importing.problem_lines(plan.errors):
                print(f"skipped: {line}", file=sys.stderr)
        # The command itself is the confirmation that the file's new groups are wanted.
        result = importing.apply_import(
            database, plan, valid_only=args.skip_invalid, create_groups=True
        )
    except importing.InvalidRowsError as exc:
        raise QunDeskError(f"{exc}; use --skip-invalid to import them") from None
    finally:
        database.close()
    elapsed = time.perf_counter() - started
    where = sheet.sheet_name or importing.ENCODING_NAMES.get(sheet.encoding, sheet.encoding)
    print(
        f"Imported {result.imported} members from {args.file.name} ({where}) into {path} in "
        f"{elapsed:.1f} s; skipped {result.skipped} invalid rows."
    )
    print(f"Memberships: {result.memberships}.")
    created = importing.GROUP_SEPARATOR.join(result.groups_created)
    print(f"Groups created: {created or 'none'}.")
    print(f"Referrers linked: {result.referrers_linked}; kept as text: {result.referrers_as_text}.")
    return 0


COMMANDS = {"demo": _demo, "info": _info, "import": _import}


def run(args: argparse.Namespace) -> int:
    """Run one sub-command; errors become one line on stderr and exit code 1."""
    try:
        return COMMANDS[args.command](args)
    except (QunDeskError, sqlite3.Error, OSError) as exc:
        print(f"qundesk: error: {exc}", file=sys.stderr)
        return 1
