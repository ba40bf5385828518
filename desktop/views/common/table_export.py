"""Export what a table view shows (visible columns, filtered and sorted rows) to xlsx or csv."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QDateTime, QModelIndex, Qt
from PySide6.QtWidgets import QTableView, QWidget

from desktop.models.core.common import FORMULA_START, save_csv
from desktop.models.storage.files import USER_FILE_MODE, replace_user_file, user_file_target

# The house convention for a model's native sort value (see group_models.py).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_NUMBER = re.compile(r"[−\-]?[¥$€£]?\d{1,3}(?:,\d{3})*(?:\.\d+)?|[−\-]?[¥$€£]?\d+(?:\.\d+)?")


def visible_table(root: QWidget) -> QTableView | None:
    """The largest visible table view inside `root` (the one the owner is looking at)."""
    views = [v for v in root.findChildren(QTableView) if v.isVisible() and v.model() is not None]
    if not views:
        return None
    return max(views, key=lambda v: v.width() * v.height())


def _typed(display: Any, sort_value: Any) -> Any:
    """A cell as a spreadsheet value: dates and numbers typed, everything else its text."""
    if isinstance(sort_value, QDateTime | QDate):
        sort_value = sort_value.toPython()
    if isinstance(sort_value, dt.date):
        return sort_value
    text = "" if display is None else str(display)
    if isinstance(display, int | float) and not isinstance(display, bool):
        return display
    if _NUMBER.fullmatch(text.strip()):
        clean = text.strip().replace(",", "").replace("−", "-")
        clean = re.sub(r"[¥$€£]", "", clean)
        return Decimal(clean) if "." in clean else int(clean)  # exact, decimals kept
    return text


def table_rows(view: QTableView) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows as the view shows them: visual column order, hidden columns left out."""
    model: QAbstractItemModel = view.model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())  # paged models: every row the filter lets through
    header = view.horizontalHeader()
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not view.isColumnHidden(header.logicalIndex(visual))
    ]
    titles = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in columns
    ]
    rows: list[list[Any]] = []
    for row in range(model.rowCount()):
        if view.isRowHidden(row):
            continue
        cells = []
        for column in columns:
            index = model.index(row, column)
            cells.append(
                _typed(model.data(index, Qt.ItemDataRole.DisplayRole), model.data(index, SORT_ROLE))
            )
        rows.append(cells)
    return titles, rows


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write a table to .xlsx or .csv (UTF-8 with BOM) under a temporary name, then rename."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValueError(f"{path.name}: choose a .xlsx or .csv file name")
    if suffix == ".csv":
        save_csv(path, headers, rows)  # formula-safe, with a BOM, renamed into place
        return
    path = user_file_target(path)  # through a link; a read-only file is refused
    fd, temp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=suffix + ".part", dir=path.parent)
    os.close(fd)
    try:
        os.chmod(temp, USER_FILE_MODE)  # mkstemp makes it private; an export is for sharing
        _write_xlsx(Path(temp), headers, rows)
        replace_user_file(temp, path)  # the file open in Excel or WPS: said in plain words
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from desktop.models.exchange.export_text import display_width
    from desktop.models.exchange.workbook import FONT_NAME, FONT_SIZE

    rows = list(rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sheet1")
    for n, title in enumerate(headers):
        sample = [display_width(str(r[n])) for r in rows[:300]]
        sheet.column_dimensions[get_column_letter(n + 1)].width = min(
            max([display_width(title) + 3, *sample]) + 2, 60
        )
    sheet.freeze_panes = "A2"
    head = []
    for title in headers:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)  # never a serif fallback
        head.append(cell)
    sheet.append(head)
    for row in rows:
        out: list[Any] = []
        for value in row:
            if isinstance(value, str) and value[:1] in FORMULA_START:
                cell = WriteOnlyCell(sheet)
                cell.value = value
                cell.data_type = "s"  # literal text, never a formula
                out.append(cell)
            elif isinstance(value, dt.datetime):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd hh:mm"
                out.append(cell)
            elif isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                out.append(cell)
            else:
                out.append(value if value != "" else None)
        sheet.append(out)
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    book.save(path)


def export_view(view: QTableView, path: Path) -> int:
    """Write what `view` shows to `path` (.xlsx or .csv); return the number of rows."""
    headers, rows = table_rows(view)
    write_table(path, headers, rows)
    return len(rows)
