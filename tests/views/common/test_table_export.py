"""Exporting what a table view shows: visible columns in visual order, filtered rows, types."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from desktop.views.common.table_export import SORT_ROLE, export_view, visible_table


def _view(qtbot: QtBot) -> QTableView:
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["姓名", "加入", "金额", "备注"])
    data = [
        ("张三", dt.date(2026, 3, 1), "¥1,299.00", '=HYPERLINK("x")'),
        ("李四", dt.date(2026, 1, 5), "¥12.50", "老客户"),
        ("王五", dt.date(2025, 12, 9), "¥0.00", "+SUM(1,2)"),
    ]
    for name, day, money, note in data:
        items = [QStandardItem(name), QStandardItem(day.isoformat()), QStandardItem(money)]
        items[1].setData(day, SORT_ROLE)
        items.append(QStandardItem(note))
        model.appendRow(items)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterRegularExpression("张|王")
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.horizontalHeader().moveSection(3, 0)  # 备注 shown first
    view.setColumnHidden(2, True)  # 金额 hidden
    view.show()
    return view


def test_xlsx_holds_visible_columns_filtered_rows_and_types(qtbot: QtBot, tmp_path: Path) -> None:
    view = _view(qtbot)
    assert visible_table(view.parentWidget() or view) in (None, view)
    out = tmp_path / "表格.xlsx"
    assert export_view(view, out) == 2
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Sheet1").to_python()
    assert rows[0] == ["备注", "姓名", "加入"]
    assert [r[1] for r in rows[1:]] == ["王五", "张三"]  # filtered, sorted as shown
    assert rows[1][0] == "+SUM(1,2)" and rows[2][0] == '=HYPERLINK("x")'
    assert rows[2][2] == dt.date(2026, 3, 1)
    with zipfile.ZipFile(out) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]


def test_csv_has_bom_and_neutralised_formulas(qtbot: QtBot, tmp_path: Path) -> None:
    view = _view(qtbot)
    view.setColumnHidden(2, False)
    out = tmp_path / "table.csv"
    export_view(view, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig").splitlines()
    assert text[0] == "备注,姓名,加入,金额"
    assert text[1] == '"\'+SUM(1,2)",王五,2025-12-09,0.00'
    assert text[2].startswith("\"'=HYPERLINK") and text[2].endswith(",张三,2026-03-01,1299.00")
