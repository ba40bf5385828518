"""The window's side of the files the app writes: table exports and the tidy-up at start."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from desktop import app as app_module
from desktop import paths
from desktop.models.core.clock import SYSTEM_CLOCK
from desktop.models.core.errors import ReadOnlyTargetError
from desktop.models.storage import files
from desktop.views.common.table_export import write_table
from desktop.views.shell.main_window import MainWindow
from tests.views.shell.test_first_run import answers, no_event_loop  # noqa: F401 -- a fixture

HEADERS = ["姓名", "积分"]
ROWS = [["张三", 3], ["李四", 5]]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_table_export_refuses_a_read_only_file(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"table{suffix}"
    target.write_bytes(b"keep me")
    os.chmod(target, 0o444)
    with pytest.raises(ReadOnlyTargetError, match="read-only"):
        write_table(target, HEADERS, ROWS)
    assert target.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", target.name]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_table_export_through_a_link_writes_the_linked_file(tmp_path: Path, suffix: str) -> None:
    real = tmp_path / "real" / f"table{suffix}"
    real.parent.mkdir()
    link = tmp_path / f"link{suffix}"
    link.symlink_to(real)
    write_table(link, HEADERS, ROWS)
    assert link.is_symlink() and real.is_file()
    if suffix == ".xlsx":
        assert CalamineWorkbook.from_path(str(real)).get_sheet_by_name("Sheet1").to_python()[1][0]
    else:
        assert "张三" in real.read_text(encoding="utf-8-sig")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_table_export_keeps_the_users_umask(tmp_path: Path) -> None:
    before = os.umask(0o022)
    try:
        write_table(tmp_path / "t.xlsx", HEADERS, ROWS)
    finally:
        os.umask(before)
    assert stat.S_IMODE((tmp_path / "t.xlsx").stat().st_mode) == 0o644


def test_the_window_removes_stale_leftovers_at_start(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_event_loop: list[MainWindow],  # noqa: F811 -- the fixture imported above
    qapp: Any,
) -> None:
    answers(monkeypatch)  # no dialog may appear
    named = tmp_path / "club" / "club.sqlite"
    named.parent.mkdir()
    old = SYSTEM_CLOCK.timestamp() - files.STALE_AFTER_S - 60
    restoring = named.with_name(".club.sqlite.restoring")
    backup = named.parent / "backups" / ".club-daily-20261122-090000.sqlite.partial"
    sheet = paths.temp_dir() / "openpyxl.a1b2c3d4"
    for path in (restoring, backup, sheet):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"")
        os.utime(path, (old, old))
    assert app_module.run_gui(named) == 0
    assert not restoring.exists() and not backup.exists() and not sheet.exists()
    assert named.is_file() and len(no_event_loop) == 1
