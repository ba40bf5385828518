"""Trash kinds are registered by the features, all of them, whatever is imported first."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.storage import trash
from desktop.models.storage.db import Database

ROOT = Path(__file__).resolve().parents[3]


def allowed_kinds(database: Database) -> set[str]:
    """The kinds the trash table's CHECK lets a row have."""
    sql = database.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'trash'"
    ).fetchone()[0]
    found = re.search(r"kind\s+TEXT[^,]*CHECK\s*\(\s*kind\s+IN\s*\(([^)]*)\)", sql)
    assert found is not None, sql
    return {name.strip().strip("'") for name in found.group(1).split(",")}


@pytest.mark.parametrize(
    "module",
    [
        "desktop.models.storage.trash",  # the trash alone: restoring reaches every kind
        "desktop.models.storage.db",
        "desktop.models.members.members",
        "desktop.models.calendar.events",
        "desktop.models.revenue.revenue",
    ],
)
def test_every_kind_the_table_stores_is_registered_by_any_first_import(
    tmp_path: Path, module: str
) -> None:
    database = Database.open(tmp_path / "kinds.sqlite")
    try:
        kinds = allowed_kinds(database)
    finally:
        database.close()
    code = (
        f"import {module}\n"
        "from desktop.models.storage import trash\n"
        "print(' '.join(sorted(trash.registered_kinds())))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert set(done.stdout.split()) == kinds == {"member", "event", "revenue", "payout"}


def test_an_unregistered_kind_is_refused_and_writes_nothing(database: Database) -> None:
    with pytest.raises(LookupError, match="no trash kind"), database.transaction() as conn:
        trash.put(conn, "bill", object(), dt.datetime(2026, 1, 1))
    assert trash.list_trash(database) == []


def test_a_kind_cannot_be_registered_twice_differently() -> None:
    from desktop.models.members.trash_kinds import MEMBERS

    trash.register(MEMBERS)  # the same registration again changes nothing
    other = trash.TrashKind(
        name="member", describe=str, ids=list, to_payload=dict, restore=MEMBERS.restore
    )
    with pytest.raises(ValueError, match="already registered"):
        trash.register(other)
    assert trash.registered_kinds() == {"member", "event", "revenue", "payout"}
