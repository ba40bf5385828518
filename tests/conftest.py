"""Test configuration: offscreen Qt, and every path redirected to a temporary folder."""

from __future__ import annotations

import os

# Must be set before any QApplication exists; pytest-qt creates it lazily in `qapp`.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.collector import IdleCollector
from desktop.models.core.clock import FixedClock
from desktop.models.storage.db import Database

# The moment every test's database lives at, whatever the real date: the demo's "today".
TEST_NOW = dt.datetime(2026, 11, 23, 10, 0)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Data, settings and logs of every test live in its own temporary folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    paths.set_data_dir(None)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A new, empty, migrated database whose clock stands at TEST_NOW."""
    db = Database.open(tmp_path / "test.sqlite", clock=FixedClock(TEST_NOW))
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 300-member demo database, generated once per run; tests copy it."""
    from desktop.models.demo.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database.open(path, clock=FixedClock(TEST_NOW))
    generate_demo(db, members=300, seed=7, today=TEST_NOW.date())
    db.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database, open, its clock at TEST_NOW."""
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = Database.open(path, clock=FixedClock(TEST_NOW))
    yield db
    db.close()


# Python's automatic cyclic collection is off in tests as in the app (desktop.collector): a
# collection that starts inside a Qt call and destroys a QObject can deadlock, and once hung
# the whole suite in the Dashboard's charts.
@pytest.fixture(scope="session", autouse=True)
def idle_collector() -> Iterator[IdleCollector]:
    """The app's collection policy, on for the whole run."""
    from desktop import collector

    policy = collector.install()
    yield policy
    policy.finish()  # as the app at exit: the last collection now, none during Qt's teardown


@pytest.fixture(autouse=True)
def collect_between_tests(
    request: pytest.FixtureRequest, idle_collector: IdleCollector
) -> Iterator[None]:
    """Qt tests collect from their event loop as the app does; every test after itself."""
    if "qapp" in request.fixturenames:
        idle_collector.attach(request.getfixturevalue("qapp"))
    yield
    # torn down after pytest-qt closed the test's widgets: no Qt call is running here
    idle_collector.check()
