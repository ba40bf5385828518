"""The CLI's output on a Chinese Windows pipe (cp936), simulated with PYTHONIOENCODING."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def qundesk_cp936(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[bytes]:
    """Run qundesk with stdout and stderr piped, as Windows writes a pipe: in cp936."""
    env = {**os.environ, "QUNDESK_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "cp936"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_an_emoji_in_a_group_name_never_fails_the_command_after_its_work(
    tmp_path: Path, data_dir: Path
) -> None:
    """Python writes a redirected stdout in the ANSI code page on Windows (cp936 on a
    Chinese system: locale.getpreferredencoding), which has no emoji; the console itself
    would take any character (PEP 528)."""
    sheet = tmp_path / "名单😅.csv"
    sheet.write_text(
        "姓名,手机,社群\n张三,13800138000,😅 读书会\n李四,13900139000,😅 读书会\n",
        encoding="utf-8-sig",
    )
    db = tmp_path / "q.sqlite"
    done = qundesk_cp936("--db", db, "import", "members", sheet, data_dir=data_dir)
    assert done.returncode == 0, done.stderr.decode("cp936", "replace")
    out = done.stdout.decode("cp936")  # every byte is GBK: Chinese reads right on the pipe
    assert "Imported 2 members from 名单?.csv" in out
    assert "Groups created: ? 读书会." in out
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT name FROM groups").fetchall() == [("😅 读书会",)]
    finally:
        conn.close()
    # an error line names the emoji as the pipe can show it, not as \U0001f605
    failed = qundesk_cp936(
        "--db", db, "import", "members", sheet, "--group", "😅 没有这个群", data_dir=data_dir
    )
    err = failed.stderr.decode("cp936")
    assert failed.returncode == 1
    assert "qundesk: error: " in err and "? 没有这个群" in err
    assert "\\U0001f605" not in err
