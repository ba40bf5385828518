"""A demo database at a fixed Friday morning, for the texts' golden files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from desktop.models.core.clock import FixedClock
from desktop.models.demo.demo import generate_demo
from desktop.models.storage.db import Database

# A Friday: the week so far has days to report, and one VIP membership ends on 12-02.
FRIDAY = dt.datetime(2026, 11, 27, 10, 0)


@pytest.fixture(scope="module")
def friday_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The 300-member demo (seed 7) built for FRIDAY, its clock standing there (read only)."""
    path = tmp_path_factory.mktemp("texts") / "demo.sqlite"
    db = Database.open(path, clock=FixedClock(FRIDAY))
    generate_demo(db, members=300, seed=7, today=FRIDAY.date())
    yield db
    db.close()
