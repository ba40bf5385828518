"""Column mappings remembered by the import engine: kept by target and header titles."""

from __future__ import annotations

import datetime as dt

from desktop.models.exchange import import_engine as engine
from desktop.models.exchange import revenue_import as ri
from desktop.models.exchange.member_fields import MEMBER_FIELDS
from desktop.models.storage.db import Database
from desktop.models.storage.settings import get_setting

DAY = dt.date(2026, 11, 2)
HEADERS = ("姓名", "外号", "备注")
MAPPING = ("name", "nickname", None)


def test_titles_in_any_order_are_one_signature_but_other_titles_are_not() -> None:
    assert engine.header_signature(["姓名", "金额(元)"]) == engine.header_signature(
        ["金额", "姓名"]
    )
    assert engine.header_signature(["姓名"]) != engine.header_signature(["姓名", "备注"])
    # a title twice is not the title once
    assert engine.header_signature(["备注", "备注"]) != engine.header_signature(["备注"])


def test_a_remembered_mapping_follows_its_titles_into_another_order(database: Database) -> None:
    assert engine.saved_mapping(database, MEMBER_FIELDS, HEADERS) is None
    engine.remember_mapping(database, MEMBER_FIELDS, HEADERS, MAPPING, DAY)
    same = engine.saved_mapping(database, MEMBER_FIELDS, HEADERS)
    assert same == engine.SavedMapping(MAPPING, DAY)
    moved = engine.saved_mapping(database, MEMBER_FIELDS, ("备注", "外号", "姓名"))
    assert moved is not None and moved.mapping == (None, "nickname", "name")
    # one title more or less: not the same file
    assert engine.saved_mapping(database, MEMBER_FIELDS, ("姓名", "外号")) is None
    assert engine.saved_mapping(database, MEMBER_FIELDS, (*HEADERS, "手机")) is None
    # another target keeps its own
    assert engine.saved_mapping(database, ri.REVENUE_FIELDS, HEADERS) is None


def test_titles_that_repeat_keep_their_fields_in_column_order(database: Database) -> None:
    headers = ("姓名", "备注", "备注")
    engine.remember_mapping(database, MEMBER_FIELDS, headers, ("name", None, "notes"), DAY)
    found = engine.saved_mapping(database, MEMBER_FIELDS, headers)
    assert found is not None and found.mapping == ("name", None, "notes")


def test_forget_and_a_stale_mapping(database: Database) -> None:
    engine.remember_mapping(database, MEMBER_FIELDS, HEADERS, MAPPING, DAY)
    assert engine.forget_mapping(database, MEMBER_FIELDS, HEADERS) is True
    assert engine.saved_mapping(database, MEMBER_FIELDS, HEADERS) is None
    assert engine.forget_mapping(database, MEMBER_FIELDS, HEADERS) is False
    # a field this version no longer has: the mapping is not offered
    engine.remember_mapping(database, MEMBER_FIELDS, HEADERS, ("name", "shoe_size", None), DAY)
    assert engine.saved_mapping(database, MEMBER_FIELDS, HEADERS) is None


def test_the_newest_mappings_are_kept(database: Database) -> None:
    for n in range(engine.MAPPINGS_KEPT + 1):
        engine.remember_mapping(database, MEMBER_FIELDS, ("姓名", f"列{n}"), ("name", None), DAY)
    assert engine.saved_mapping(database, MEMBER_FIELDS, ("姓名", "列0")) is None
    assert engine.saved_mapping(database, MEMBER_FIELDS, ("姓名", "列1")) is not None
    last = ("姓名", f"列{engine.MAPPINGS_KEPT}")
    assert engine.saved_mapping(database, MEMBER_FIELDS, last) is not None


def test_a_schema_without_a_target_remembers_nothing(database: Database) -> None:
    schema = engine.FieldSchema(
        (engine.FieldSpec("name", ("姓名",)),), missing=str, duplicate=lambda c, u: c
    )
    engine.remember_mapping(database, schema, ("姓名",), ("name",), DAY)
    assert engine.saved_mapping(database, schema, ("姓名",)) is None
    assert get_setting(database, engine.MAPPING_SETTING.format(target="")) == ""


def test_the_guess_prefers_the_alias_listed_first_for_a_field() -> None:
    # 实收金额 wins over 订单金额 whichever comes first; a lone 订单金额 is the amount
    for headers in (("订单金额", "实收金额"), ("实收金额", "订单金额")):
        guess = dict(zip(headers, ri.REVENUE_FIELDS.guess(headers), strict=True))
        assert guess == {"实收金额": "amount", "订单金额": None}
    assert ri.REVENUE_FIELDS.guess(("订单金额",)) == ("amount",)
    # exact names still win over names inside longer titles
    assert ri.REVENUE_FIELDS.guess(("优惠金额", "订单金额")) == (None, "amount")
