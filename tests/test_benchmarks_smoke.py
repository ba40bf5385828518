"""The benchmark suite itself, at a tiny scale: every scenario row comes back with figures."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from benchmarks.__main__ import run
from benchmarks.report import MET, MISSED, RECORD, UNAVAILABLE, Row
from benchmarks.scale import cache_key
from benchmarks.scenarios import SCENARIOS, export_available

EXPECTED_ROWS = {
    "1": 2,  # cold start: scale DB (target), demo DB (for the record)
    "2": 5,  # members: first screen, search ready, keystroke, two sorts
    "3": 3,  # import, its lower bound (calamine's read + SQLite's share), the read alone
    "3b": 4,  # peak memory of the import of each crafted file
    "4": 2,  # export time and memory
    "5": 4,  # dashboard group (all panels, main chart), metric; calendar month
    "6": 1,  # memory
}


def _unavailable_expected(row: Row) -> bool:
    """Export and dashboard are measured once they exist; until then they say so."""
    if row.scenario == "4":
        return not export_available()
    if row.measure.startswith("Dashboard"):
        return importlib.util.find_spec("desktop.views.dashboard.dashboard_tab") is None
    return False


def test_every_scenario_reports_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "benchmarks.md"
    argv = ["--members", "300", "--repeat", "1", "--warmup", "0", "--skip", "libreoffice"]
    rows = run([*argv, "--work", str(tmp_path / "work"), "--out", str(out)])

    counts = {key: sum(r.scenario == key for r in rows) for key in EXPECTED_ROWS}
    assert counts == EXPECTED_ROWS
    for row in rows:
        if _unavailable_expected(row):
            assert row.verdict == UNAVAILABLE, row
            continue
        assert row.problem == "", row
        assert row.samples and all(value > 0 for value in row.samples), row
        assert row.verdict in (MET, MISSED, RECORD)
    # The ratio rows have their baseline measured in the same run.
    search = next(r for r in rows if r.measure.startswith("Members: search keystroke"))
    assert search.baseline and search.ratio is not None
    # The import's lower bound is above the read (it includes it) and below the import,
    # whose baseline it is, sample for sample.
    imported, floor, read = (r for r in rows if r.scenario == "3")
    assert floor.ratio is not None and imported.median is not None
    assert 1 < floor.ratio and floor.median is not None and floor.median < imported.median
    assert imported.baseline == floor.samples and floor.baseline == read.samples
    assert imported.ratio is not None and imported.ratio > 1

    printed = capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    for row in rows:
        assert row.measure in printed
        assert row.measure in text
    for scenario in SCENARIOS:
        if scenario.name != "libreoffice":
            assert scenario.title in text
    assert "PySide6" in text and "SQLite" in text and "Machine:" in text
    # The scale data is cached by its parameters for the next run.
    assert [p.name for p in (tmp_path / "work").iterdir()] == [cache_key(300, 0)]


def test_the_qq_floor_probe_keys_every_message_the_reader_reads() -> None:
    from benchmarks.probe_chat import qq_bare, qq_floor
    from desktop.models.exchange.chat import open_chat

    fixture = Path(__file__).parent / "fixtures" / "chats" / "qq_group.txt"
    read = sum(1 for _ in open_chat(fixture).rows())
    assert read > 5
    assert qq_floor(fixture) == read
    assert qq_bare(fixture) >= read  # the bare pass also matches headers quoted in bodies


def test_the_roster_probe_times_the_members_tab_built_when_shown(
    demo_template: Path, tmp_path: Path
) -> None:
    """Row 7's probe (skipped above with LibreOffice): the Members tab is built only when
    shown, so its table is looked for after switching to it; a failure ends the child."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    from benchmarks.probe_startup import RESULT_MARK

    database = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, database)  # the app writes beside what it opens
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probe_startup", "app", str(database), "--roster"],
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith(RESULT_MARK))
    found = json.loads(line.removeprefix(RESULT_MARK))
    assert found["roster_paint"] > found["first_paint"] > 0
