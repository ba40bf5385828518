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


KINDS = {"member", "event", "revenue", "payout"}


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
def test_every_kind_the_table_stores_resolves_whatever_is_imported_first(
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
        f"print(' '.join(sorted(trash.kind(name).name for name in {sorted(kinds)!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert set(done.stdout.split()) == kinds == KINDS


def test_every_feature_module_registering_kinds_is_named_for_the_kinds_it_registers() -> None:
    # a `trash_kinds` module the trash does not name would never be loaded: its kinds lost
    found = sorted(ROOT.glob("desktop/models/*/trash_kinds.py"))
    modules = {".".join(path.relative_to(ROOT).with_suffix("").parts) for path in found}
    assert modules == set(trash.KIND_MODULES.values())
    for name, module in trash.KIND_MODULES.items():
        assert trash.kind(name).name == name
        assert trash.kind(name).restore.__module__ == module  # registered by that module


def test_the_data_layer_loads_no_feature_for_the_trash_until_a_kind_is_needed() -> None:
    code = (
        "import sys\n"
        "import desktop.models\n"
        "from desktop.models.storage import trash\n"
        "print(sorted(trash.registered_kinds()), 'desktop.models.calendar.events' in sys.modules)\n"
        "trash.kind('event')\n"
        "print(sorted(trash.registered_kinds()), 'desktop.models.calendar.events' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == ["[] False", "['event'] True"]


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
    assert trash.kind("member") is MEMBERS
