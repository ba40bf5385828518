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


COMMANDS = {"demo": _demo, "info": _info}


def run(args: argparse.Namespace) -> int:
    """Run one sub-command; errors become one line on stderr and exit code 1."""
    try:
        return COMMANDS[args.command](args)
    except (QunDeskError, sqlite3.Error, OSError) as exc:
        print(f"qundesk: error: {exc}", file=sys.stderr)
        return 1
