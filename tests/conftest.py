"""Test configuration: offscreen Qt, and every path redirected to a temporary folder."""

from __future__ import annotations

import os

# Must be set before any QApplication exists; pytest-qt creates it lazily in `qapp`.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.models.db import Database


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
    """A new, empty, migrated database."""
    db = Database.open(tmp_path / "test.sqlite")
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 300-member demo database, generated once per run; tests copy it."""
    import datetime as dt

    from desktop.models.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database.open(path)
    generate_demo(db, members=300, seed=7, today=dt.date(2026, 11, 23))
    db.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database, open."""
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = Database.open(path)
    yield db
    db.close()
