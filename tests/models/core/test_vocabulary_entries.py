"""The owner's own revenue categories and event types: codes, validation, summaries, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop.models.calendar import events
from desktop.models.core.codes import CategoryKind, category_kind
from desktop.models.core.errors import ValidationError
from desktop.models.core.scope import Scope
from desktop.models.core.vocabulary import (
    Word,
    add_entry,
    delete_entry,
    is_known,
    list_vocabulary,
    save_vocabulary,
    usage_count,
)
from desktop.models.dashboard import facts as dashboard_facts
from desktop.models.exchange import export_labels as xl
from desktop.models.exchange import revenue_import as ri
from desktop.models.exchange.exporting import ExportOptions, export_workbook
from desktop.models.groups import goals
from desktop.models.revenue import partners, revenue, summaries
from desktop.models.revenue.revenue import EntryDraft
from desktop.models.storage.db import Database
from tests.models.calendar.event_data import T, draft, make_group

DAY = dt.date(2026, 11, 20)
SCOPE = Scope(None, dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def _entry(db: Database, category: str, fen: int, **changes: object) -> int:
    return revenue.add_entry(db, EntryDraft(DAY, None, category, fen, **changes))  # type: ignore[arg-type]


def test_added_categories_count_as_chosen(database: Database) -> None:
    training = add_entry(database, "category", "培训", "Training", "direct")
    fair = add_entry(database, "category", "展会返点", "", "indirect")
    printing = add_entry(database, "category", "印刷", "Printing", "expense")
    assert (training, fair, printing) == (
        "custom_direct_training",
        "custom_indirect_zhanhuifandian",  # pinyin when only Chinese is given
        "custom_expense_printing",
    )
    assert [category_kind(c) for c in (training, fair, printing)] == list(CategoryKind)

    _entry(database, training, 50000)
    _entry(database, fair, 20000)
    _entry(database, printing, 3000)  # the kind follows the category: an expense
    (cny,) = summaries.totals(database, SCOPE)
    assert (cny.income, cny.direct, cny.indirect, cny.expense) == (70000, 50000, 20000, 3000)
    kinds = {(t.category, t.kind) for t in summaries.by_category(database, SCOPE)}
    assert kinds == {(training, "income"), (fair, "income"), (printing, "expense")}
    # the dashboard reads direct income through the same condition
    income, expense, direct = dashboard_facts.Facts(database, SCOPE).revenue()["CNY"]
    assert (sum(income), sum(direct), sum(expense)) == (70000, 50000, 3000)

    with pytest.raises(ValidationError, match="expense, not income"):
        _entry(database, printing, 100, kind="income")
    with pytest.raises(ValidationError, match="income, not an expense"):
        _entry(database, training, 100, kind="expense")


def test_unknown_codes_and_a_category_without_kind_are_refused(database: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        _entry(database, "custom_direct_ghost", 100)  # looks like one, but was never added
    assert caught.value.field == "category"
    with pytest.raises(ValidationError) as caught:
        add_entry(database, "category", "培训", "Training")
    assert caught.value.field == "category.kind"
    group = make_group(database)
    with pytest.raises(ValidationError) as caught:
        events.create_event(database, draft(group, T(2026, 11, 20, 19), type="custom_ghost"))
    assert caught.value.field == "type"
    assert database.conn.execute("SELECT count(*) FROM revenue").fetchone() == (0,)
    assert list_vocabulary(database) == []


def test_added_event_type_is_held_and_counted(database: Database) -> None:
    tasting = add_entry(database, "event_type", "品鉴会", "Tasting")
    assert tasting == "custom_tasting" and is_known(database.conn, "event_type", tasting)
    group = make_group(database)
    events.create_event(database, draft(group, T(2026, 11, 20, 19), type=tasting))
    events.create_event(database, draft(group, T(2026, 11, 21, 19), type="salon"))
    held = goals.actual_value(
        database, group, "events_held", dt.date(2026, 11, 1), dt.date(2026, 11, 30)
    )
    assert held == 2
    assert usage_count(database, "event_type", tasting) == 1


def test_deleting_an_entry_in_use_is_refused_with_the_count(database: Database) -> None:
    training = add_entry(database, "category", "培训", "Training", "direct")
    spare = add_entry(database, "category", "备用", "Spare", "indirect")
    _entry(database, training, 100)
    _entry(database, training, 200)
    with pytest.raises(ValidationError, match="used by 2 records") as caught:
        delete_entry(database, "category", training)
    assert caught.value.field == "category.code"
    with pytest.raises(ValidationError, match="only be renamed"):
        delete_entry(database, "category", "ticket")
    delete_entry(database, "category", spare)
    assert [e.code for e in list_vocabulary(database)] == [training]
    # deleting and adding in one save: the freed word can be used again at once
    save_vocabulary(
        database,
        {"category": [Word(None, "备用", "Spare", "expense")]},
        {"category": []},
    )
    assert {e.code for e in list_vocabulary(database)} == {training, "custom_expense_spare"}


def test_partner_share_over_an_added_category_blocks_its_deletion(database: Database) -> None:
    group = make_group(database)
    fair = add_entry(database, "category", "展会", "Fair", "indirect")
    partner = partners.create_partner(database, "麦香源")
    partners.set_share(database, partner, group, 2000, partners.BASIS_CATEGORIES, (fair,))
    with pytest.raises(ValidationError, match="used by 1 record;"):
        delete_entry(database, "category", fair)
    with pytest.raises(ValidationError, match="Unknown category"):
        partners.set_share(database, partner, group, 2000, partners.BASIS_CATEGORIES, ("nope",))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_export_shows_the_owner_words(database: Database, tmp_path: Path, lang: str) -> None:
    training = add_entry(database, "category", "培训", "Training", "direct")
    only_zh = add_entry(database, "category", "展会返点", "", "indirect")
    tasting = add_entry(database, "event_type", "品鉴会", "Tasting")
    zh = lang == "zh_CN"
    assert xl.code_labels("category", lang, database.conn)[training] == (
        "培训" if zh else "Training"
    )
    assert xl.code_labels("category", lang, database.conn)[only_zh] == "展会返点"
    assert xl.code_labels("event_type", lang, database.conn)[tasting] == (
        "品鉴会" if zh else "Tasting"
    )
    _entry(database, training, 50000)
    group = make_group(database)
    events.create_event(database, draft(group, T(2026, 11, 20, 19), type=tasting))
    out = tmp_path / "out.xlsx"
    export_workbook(
        database,
        out,
        ExportOptions(
            sheets=("events", "revenue"),
            lang=lang,
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 12, 31),
            today=DAY,
        ),
    )
    book = CalamineWorkbook.from_path(str(out))
    cells = {
        str(value)
        for name in book.sheet_names
        for row in book.get_sheet_by_name(name).to_python()
        for value in row
    }
    if zh:
        assert {"培训", "品鉴会", "直接收入"} <= cells
    else:
        assert {"Training", "Tasting", "Direct income"} <= cells
    assert training not in cells and tasting not in cells


def test_import_accepts_the_owner_labels(database: Database, tmp_path: Path) -> None:
    training = add_entry(database, "category", "培训", "Training", "direct")
    save_vocabulary(database, {"category": [Word("venue", "场租", "Room hire")]})
    path = tmp_path / "ledger.csv"
    path.write_text(
        "日期,类别,金额\n2026-11-02,培训,500\n2026-11-03,training,300\n2026-11-04,场租,80\n",
        encoding="utf-8",
    )
    plan = ri.plan_revenue_import(database, ri.read_revenue_sheet(path))
    assert plan.problems == ()
    ri.apply_revenue_import(database, plan)
    rows = database.conn.execute("SELECT kind, category, amount_minor FROM revenue ORDER BY id")
    assert list(rows) == [
        ("income", training, 50000),
        ("income", training, 30000),
        ("expense", "venue", 8000),
    ]
