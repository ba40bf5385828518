"""Exports on paper: LibreOffice's PDF of the demo partner statement and Groups sheet.

LibreOffice is not part of the test setup (run.sh installs no office suite: its install
would take longer than the whole suite); these tests run where `soffice` is installed and
are skipped elsewhere with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop.models.exchange.exporting import ExportOptions, export_workbook
from desktop.models.exchange.workbook import Progress, WorkbookWriter
from desktop.models.storage.db import Database

SOFFICE = shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")
TODAY = dt.date(2026, 11, 23)
WIDE = {"start": dt.date(2000, 1, 1), "end": dt.date(2030, 12, 31), "today": TODAY}
CO_ORGANISER = 1  # the demo's partner with shares in two groups

needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason="LibreOffice (soffice) and poppler's pdftotext are needed to count printed pages",
)


def _pages(workbooks: list[Path], folder: Path) -> dict[str, list[str]]:
    """Each workbook's printed pages as text, through LibreOffice's PDF export."""
    assert SOFFICE is not None and PDFTOTEXT is not None
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile}",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, workbooks)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    found = {}
    for book in workbooks:
        pdf = folder / f"{book.stem}.pdf"
        text = subprocess.run(
            [PDFTOTEXT, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        found[book.stem] = [page for page in text.split("\f") if page.strip()]
    return found


@needs_libreoffice
def test_partner_statement_and_groups_sheet_print_on_one_page_each(
    demo_db: Database, tmp_path: Path
) -> None:
    partner, groups = tmp_path / "partner.xlsx", tmp_path / "groups.xlsx"
    period = {"start": dt.date(2026, 1, 1), "end": TODAY, "today": TODAY}
    export_workbook(demo_db, partner, ExportOptions(partner_id=CO_ORGANISER, **period))
    export_workbook(demo_db, groups, ExportOptions(sheets=("groups",), **WIDE))  # type: ignore[arg-type]
    pages = _pages([partner, groups], tmp_path)
    # each page's footer names its sheet: the statement is one page of the workbook
    statement = [page for page in pages["partner"] if "合作方结算" in page]
    assert len(statement) == 1
    # on it, the amount owed stands beside its label, and the footer says page 1
    assert "应付" in statement[0] and "第 1 页" in statement[0]
    assert "导出于 2026-11-23" in statement[0]
    assert len(pages["partner"]) > 1  # the entries and figures follow on their own pages
    assert len(pages["groups"]) == 1
    assert "社群" in pages["groups"][0] and "第 1 页，共 1 页" in pages["groups"][0]


def test_a_block_that_would_be_split_starts_a_new_page(tmp_path: Path) -> None:
    """keep_together: a break before a block only when the block would not fit."""
    writer = WorkbookWriter(None, Progress(None, lambda: None, 1000))
    writer.reserve(tmp_path / "pages.xlsx")
    sheet = writer.sheet("pages", "000000")
    sheet.set_widths([10] * 3)  # narrow: printed at full size, portrait
    sheet.print_setup(3)
    per_page = sheet.rows_per_page(False)
    assert per_page == int(734 / 15) - 3  # A4 portrait inside the margins, 15-point rows

    def block(rows: int) -> None:
        sheet.keep_together(rows)
        for n in range(rows):
            sheet.append([n])

    sheet.append(["first page"])
    block(per_page - 6)
    block(5)  # fills the first page exactly: no break
    block(1)  # the page is full: a new one (0-based row per_page)
    block(per_page)  # one row used: a page's worth does not fit (row per_page + 1)
    block(per_page + 10)  # longer than a page: from the top of one (row 2 × per_page + 1)
    block(1)  # where the long block ended is not known: a new page (row 3 × per_page + 11)
    writer.save()
    with zipfile.ZipFile(tmp_path / "pages.xlsx") as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    breaks = [int(b) for b in re.findall(r'<brk id="(\d+)"', xml)]
    assert breaks == [per_page, per_page + 1, 2 * per_page + 1, 3 * per_page + 11]
    writer.discard()
