"""The revenue sheet's row source and the summary's monthly totals."""

from __future__ import annotations

import datetime as dt

from desktop.models.groups.sheet_rows import SheetScope
from desktop.models.revenue import sheet_rows
from desktop.models.storage.db import Database


def test_kinds() -> None:
    assert sheet_rows.revenue_kind("expense", "membership_fee") == "expense"
    assert sheet_rows.revenue_kind("income", "membership_fee") in ("direct", "indirect")


def test_rows_counts_and_monthly_totals_agree(demo_db: Database) -> None:
    scope = SheetScope(None, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    rows = list(sheet_rows.revenue_rows(demo_db, scope))
    assert rows and len(rows) == sheet_rows.count_revenue_rows(demo_db, scope)
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    months = sheet_rows.monthly_totals(demo_db, scope, scope.start, scope.end)  # type: ignore[arg-type]
    income = sum(r[4] for r in rows if r[2] == "income" and r[5] == "CNY")
    assert sum(i for (_m, c), (i, _e) in months.items() if c == "CNY") == income
    first = sheet_rows.first_revenue_day(demo_db)
    assert first is not None and first <= rows[0][0]
