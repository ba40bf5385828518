"""`qundesk --smoke` from source in a subprocess: every tab, an export, exit 0, a log file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 180


def run_qundesk(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`python -m desktop ARGS` offscreen, with its data, settings and logs in `data_dir`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUNDESK_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT_S,
        check=False,
    )


def test_smoke_visits_every_tab_exports_and_exits_0(
    demo_template: Path, tmp_path: Path, data_dir: Path
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    out = tmp_path / "out" / "smoke.xlsx"

    done = run_qundesk("--db", str(db), "--smoke", "--smoke-export", str(out), data_dir=data_dir)

    assert done.returncode == 0, done.stdout + done.stderr
    for tab in ("groupsTab", "membersTab", "calendarTab", "revenueTab", "dashboardTab"):
        assert f"smoke: {tab} shown" in done.stdout
    assert "smoke: translations loaded: qundesk_zh_CN.qm" in done.stdout
    # the demo's 300 members reached the workbook
    assert "members 300" in done.stdout
    with zipfile.ZipFile(out) as workbook:
        assert "xl/workbook.xml" in workbook.namelist()
    log = (data_dir / "logs" / "qundesk.log").read_text(encoding="utf-8")
    assert "QunDesk" in log and "starting" in log
    assert "qundesk.smoke: passed in" in log
    # the check used scratch settings: the owner's last database and layout are untouched
    assert not (data_dir / "config" / "qundesk.ini").exists()


def test_smoke_failure_exits_non_zero_with_the_traceback_logged(
    tmp_path: Path, data_dir: Path
) -> None:
    missing = tmp_path / "nowhere.sqlite"

    done = run_qundesk("--db", str(missing), "--smoke", data_dir=data_dir)

    assert done.returncode == 1
    assert "qundesk: smoke check failed: no database at" in done.stderr
    assert not missing.exists()  # the check never creates a database
    log = (data_dir / "logs" / "qundesk.log").read_text(encoding="utf-8")
    assert "Smoke check failed" in log
    assert "Traceback (most recent call last)" in log
    assert "SmokeError: no database at" in log
