"""Phone, email and WeChat ID normalisation, validation and masking."""

from __future__ import annotations

import pytest

from desktop.models.core.errors import ValidationError
from desktop.models.members.contacts import (
    mask_email,
    mask_phone,
    mask_wechat,
    normalise_phone,
    normalise_wechat_id,
    validate_email,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("138.1234.5678", "13812345678"),
        ("(138) 1234 5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),  # full-width digits
        ("１３８－１２３４－５６７８", "13812345678"),  # full-width dashes
        ("+86 138 1234 5678", "13812345678"),
        ("＋８６１３８１２３４５６７８", "13812345678"),
        ("(+86)13812345678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("86 199 0000 1111", "19900001111"),
        ("  15912345678  ", "15912345678"),
        ("138\u30001234\u30005678", "13812345678"),  # ideographic spaces
        ("+44 7911 123456", "+447911123456"),
        ("001 (415) 555-2671", "+14155552671"),
        ("+852 9123 4567", "+85291234567"),
        ("+1234567", "+1234567"),  # 7 digits: the shortest plausible
        ("+123456789012345", "+123456789012345"),  # 15 digits: the E.164 maximum
        ("", ""),
        ("   ", ""),
    ],
)
def test_phone_forms_people_type_are_normalised(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("12812345678", "mainland mobile"),  # 12x is not a mobile prefix
        ("1381234567", "mainland mobile"),  # 10 digits
        ("138123456789", "mainland mobile"),  # 12 digits
        ("010-12345678", "mainland mobile"),  # a landline without +86
        ("+86 10 1234 5678", "+86"),  # a landline with +86
        ("+86 128 1234 5678", "+86"),
        ("138abc45678", "only digits"),
        ("电话13812345678", "only digits"),
        ("138+1234+5678", "only digits"),
        ("+123456", "7-15"),  # too short
        ("+1234567890123456", "7-15"),  # 16 digits: longer than E.164 allows
        ("+0123456789", "country code"),
        ("---", "only digits"),
    ],
)
def test_bad_phones_are_refused_naming_the_field(typed: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_phone(typed)
    assert caught.value.field == "phone"
    assert reason in caught.value.message


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("zhang@example.com", "zhang@example.com"),
        ("  Zhang.San@Example.COM ", "Zhang.San@example.com"),  # only the domain is lowered
        ("li+news@mail.qq.com", "li+news@mail.qq.com"),
        ("wang_5@sub-domain.example.cn", "wang_5@sub-domain.example.cn"),
        ("zhao＠163.com", "zhao@163.com"),  # a full-width @ from a Chinese keyboard
        ("", ""),
    ],
)
def test_valid_emails_are_trimmed_with_lowercase_domain(typed: str, stored: str) -> None:
    assert validate_email(typed) == stored


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("zhang", "exactly one @"),
        ("zhang@@example.com", "exactly one @"),
        ("a@b@example.com", "exactly one @"),
        ("zhang san@example.com", "space"),
        ("@example.com", "before the @"),
        (".zhang@example.com", "before the @"),
        ("zhang..san@example.com", "before the @"),
        ("张三@example.com", "before the @"),
        ("zhang@", "domain"),
        ("zhang@localhost", "domain"),
        ("zhang@example.c", "domain"),
        ("zhang@-example.com", "domain"),
        ("zhang@example..com", "domain"),
        ("zhang@exa_mple.com", "domain"),
        ("zhang@example.123", "domain"),
    ],
)
def test_malformed_emails_are_refused(typed: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_email(typed)
    assert caught.value.field == "email"
    assert reason in caught.value.message


def test_overlong_email_is_refused() -> None:
    with pytest.raises(ValidationError, match="254"):
        validate_email("a" * 60 + "@" + ".".join(["b" * 60] * 4) + ".com")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("zhangsan_88", "zhangsan_88"),
        ("  Li-Si2024 ", "Li-Si2024"),  # case is kept, ends are trimmed
        ("wxid_a1b2c3d4e5f6g7", "wxid_a1b2c3d4e5f6g7"),
        ("12345678", "12345678"),  # old accounts used their QQ number
        ("ｚｈａｎｇ", "zhang"),  # full-width letters
        ("", ""),
    ],
)
def test_wechat_ids_are_accepted_permissively(typed: str, stored: str) -> None:
    assert normalise_wechat_id(typed) == stored


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("zhang san", "no spaces"),
        ("张三", "display name"),
        ("zhang三", "display name"),
        ("zhang@san", "“@”"),
        ("zhang.san", "“.”"),
        ("z", "characters"),
        ("a" * 41, "characters"),
    ],
)
def test_wechat_ids_with_spaces_cjk_or_symbols_are_refused(typed: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_wechat_id(typed)
    assert caught.value.field == "wechat_id"
    assert reason in caught.value.message


def test_masks_hide_the_middle_of_each_contact() -> None:
    assert mask_phone("13812345678") == "138*****78"
    assert mask_phone("+447911123456") == "+447*****56"
    assert mask_phone("1234567") == "12*****7"
    assert mask_phone("") == ""
    assert mask_email("zhang@qq.com") == "z***@qq.com"
    assert mask_email("zhang@example.com") == "z***@***.com"
    assert mask_email("not-an-email") == "n***"
    assert mask_email("") == ""
    assert mask_wechat("zhangsan88") == "z***"
    assert mask_wechat("abc") == "a***"
    assert mask_wechat("") == ""


@pytest.mark.parametrize("value", ["13812345678", "+447911123456", "zhangsan88", "wxid_abc123"])
def test_masked_values_never_contain_the_contact(value: str) -> None:
    for masked in (mask_phone(value), mask_wechat(value), mask_email(f"{value}@qq.com")):
        assert value not in masked
        assert "*" in masked
