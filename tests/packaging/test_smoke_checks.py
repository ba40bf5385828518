"""desktop/smoke.py's own checks: exceptions swallowed by Qt slots fail it, workbooks are read."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop import smoke


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_fails_the_smoke_check(qapp: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QTimer

    def broken_slot() -> None:
        raise ValueError("numpy failed to import")

    with smoke._UncaughtExceptions() as uncaught:
        uncaught.check("nothing yet")
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(uncaught.seen))
        with pytest.raises(smoke.SmokeError, match="ValueError: numpy failed to import"):
            uncaught.check("the visit of tab 4 (Dashboard)")


def test_workbook_sheets_reads_the_sheet_names(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(
            "xl/workbook.xml",
            '<workbook><sheets><sheet name="概览" sheetId="1"/><sheet name="成员" sheetId="2"/>'
            "</sheets></workbook>",
        )
    assert smoke.workbook_sheets(path) == ["概览", "成员"]

    (tmp_path / "not.xlsx").write_text("hello")
    with pytest.raises(smoke.SmokeError, match=r"is not an \.xlsx workbook"):
        smoke.workbook_sheets(tmp_path / "not.xlsx")
    with pytest.raises(smoke.SmokeError, match="wrote no file"):
        smoke.workbook_sheets(tmp_path / "missing.xlsx")
