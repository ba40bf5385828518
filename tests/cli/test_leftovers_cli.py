"""A killed export leaves temporary files; the next `qundesk` start removes the stale ones."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.core.clock import SYSTEM_CLOCK
from desktop.models.storage import files
from tests.cli.test_cli import qundesk

# The export stops where every sheet is streamed to a temporary file and the workbook is
# about to be saved: the moment a kill leaves the most behind.
KILLED_EXPORT = """
import sys
import xlsxwriter
from desktop.__main__ import main

def close(self):
    print("saving", flush=True)
    sys.stdin.readline()

xlsxwriter.Workbook.close = close
main(["--db", sys.argv[1], "export", sys.argv[2]])
"""


def _age(path: Path, seconds: float) -> None:
    when = SYSTEM_CLOCK.timestamp() - seconds  # file times are the system's
    os.utime(path, (when, when))


def test_the_next_start_removes_what_a_killed_export_left(
    demo_template: Path, tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    out = folder / "partner.xlsx"
    env = {**os.environ, "QUNDESK_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, str(db), str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "saving"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()

    (part,) = folder.glob(".partner.*.xlsx.part")
    assert part.stat().st_size == 0 and not out.exists()
    temp = data_dir / "tmp"  # the app's own temporary folder, never the system's
    sheets = sorted(temp.glob("qundesk-export-*"))  # the sheets' row streams, a folder
    assert len(sheets) == 1 and any(sheets[0].iterdir()), "left in the app's temporary folder"
    backup_folder = folder / "backups"
    backup_folder.mkdir()
    restoring = folder / ".demo.sqlite.restoring"  # a killed restore's copy, too
    partial = backup_folder / ".demo-daily-20261122-090000.sqlite.partial"  # a killed backup
    for path in (restoring, partial):
        path.write_bytes(b"SQLite format 3\x00")
    leftovers = [part, *sheets, restoring, partial]
    for path in leftovers:
        _age(path, files.STALE_AFTER_S + 60)
    young = folder / ".other.abcdefgh.xlsx.part"  # another copy exporting right now
    young.write_bytes(b"")
    _age(young, files.STALE_AFTER_S - 60)
    theirs = folder / "partner.xlsx.part"  # not a name QunDesk makes
    theirs.write_bytes(b"")
    _age(theirs, files.STALE_AFTER_S + 60)

    result = qundesk("--db", db, "info", data_dir=data_dir)

    assert result.returncode == 0, result.stderr
    assert [p for p in leftovers if p.exists()] == []
    assert young.exists() and theirs.exists()
    assert db.exists() and sorted(p.name for p in folder.iterdir()) == sorted(
        ["demo.sqlite", "backups", young.name, theirs.name]
    )


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_data_folder_is_made_owner_only_and_an_open_one_is_tightened(
    tmp_path: Path,
) -> None:
    data = tmp_path / "fresh"  # not made yet: the first run makes it
    made = qundesk("demo", "--members", "5", data_dir=data)
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "qundesk.sqlite").stat().st_mode) == 0o600
    os.chmod(data, 0o755)  # as an older QunDesk left it
    assert qundesk("info", data_dir=data).returncode == 0
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
