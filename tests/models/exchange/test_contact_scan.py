"""The contact scanner of masked exports: a generated corpus, each rule's edges, the masks."""

from __future__ import annotations

import pytest

from desktop.models.exchange.contact_scan import Masker, fold
from desktop.models.members.contacts import (
    mask_digits,
    mask_email,
    mask_landline,
    mask_phone,
    mask_wechat,
    shown_digits,
)
from tests.models.exchange.contact_corpus import (
    MEMBER_FOREIGN_PHONE,
    MEMBER_WECHAT,
    TEMPLATES,
    all_contacts,
    leaks,
    samples,
    spellings,
)


@pytest.fixture(scope="module")
def masker() -> Masker:
    return Masker([MEMBER_WECHAT, "abcde", "qwerty", "ab"], [MEMBER_FOREIGN_PHONE, "13900006666"])


def test_the_corpus_is_large_and_every_original_is_seen_by_the_leak_finder() -> None:
    found = samples()
    assert len(spellings()) >= 200
    assert len(found) >= 4 * 200
    assert {s.kind for s in found} == {
        "mobile", "landline", "email", "wechat", "member", "qq", "foreign",
    }  # fmt: skip
    # The finder is what the other tests trust: it must see every contact as written.
    assert [s.text for s in found if leaks(s.text, [s.contact]) != [s.contact]] == []


def test_no_contact_of_the_corpus_survives_the_scanner(masker: Masker) -> None:
    leaked = []
    for sample in samples():
        masked = masker.scrub(sample.text)
        if leaks(masked, all_contacts()) or "*" not in masked:
            leaked.append((sample.text, masked))
    assert leaked == []


def test_the_sentence_around_a_contact_is_kept(masker: Masker) -> None:
    for sample in samples():
        masked = masker.scrub(sample.text)
        for template in TEMPLATES[1:]:
            head, _, tail = template.partition("{}")
            if sample.text.startswith(head) and sample.text.endswith(tail):
                assert masked.startswith(head) and masked.endswith(tail), masked


def test_scrubbing_twice_changes_nothing_more(masker: Masker) -> None:
    for sample in samples():
        once = masker.scrub(sample.text)
        assert masker.scrub(once) == once


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("备用 139.0000.6666", "备用 139*****66"),
        ("手机 139 - 0000 - 8888", "手机 139*****88"),
        ("１３９００００７７７７", "139*****77"),
        ("一三九〇〇〇〇七七七七", "139*****77"),
        ("+86 139 0000 6666", "+86 139*****66"),
        ("0086-139-0000-6666", "+86 139*****66"),
        ("86-13900006666", "+86 139*****66"),
        ("座机 010-12345678", "座机 010-*****78"),
        ("0755 8888 6666", "0755-*****66"),
        ("(021)12345678", "021-*****78"),
        ("+44 7911 123456", "+447*****56"),
        ("400-820-8820", "400*****20"),
        ("LIN_XIAOLAN 是群主", "L*** 是群主"),
        ("找Lin_XiaoLan拿资料", "找L***拿资料"),
        ("加 zhangsan88", "加 z***"),
        ("微信 other_id01", "微信 o***"),
        ("vx: abc_123", "vx: a***"),
        ("V信 summer_tea", "V信 s***"),
        ("wx号 wx_chen2024", "wx号 w***"),
        ("微信 ID：abc_123", "微信 ID：a***"),
        ("wxid_shan0xw2021 进群了", "w*** 进群了"),
        ("QQ 97531", "QQ 9*****1"),
        ("扣扣：864213579", "扣扣：86*****9"),
        ("name [at] example.com", "n***@***.com"),
        ("name(at)example.com", "n***@***.com"),
        ("name＠qq.com", "n***@qq.com"),
        ("name at qq dot com", "n***@qq.com"),
        ("name [at] 163 [dot] com", "n***@163.com"),
        ("name#163.com", "n***@163.com"),
        ("电话 8888 6666", "电话 88*****6"),
        ("79 1112 3456", "791*****56"),  # the member's foreign number, by the database
    ],
)
def test_each_spelling_is_masked_in_its_shape(masker: Masker, text: str, masked: str) -> None:
    assert masker.scrub(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-23",
        "2026/11/23 20:00",
        "2026.11.23",
        "2026年11月23日 20:00-21:30",
        "收 ¥1,280.00，退 ¥12,345,678.90",
        "¥1280000",
        "RMB 1280000",
        "1280000.00",
        "1280000元",
        "共 300 人，第 12 期，10 点准时",
        "读书会每天 10:00 发卡片",
        "2026-11-23 2026-11-30",
        "FREQ=WEEKLY;UNTIL=20261231T000000Z",
        "不喜欢被@，私聊沟通",
        "企业微信/小鹅通 月费",
        "加VIP群",
        "微信支付",
        "QQ群",
        "iPhone 15 Pro，512GB",
        "进口黄油 500g",
        "Meet at 8.30",
        "2025-2026 赛季",
    ],
)
def test_dates_money_times_and_counts_stay_readable(masker: Masker, text: str) -> None:
    assert masker.scrub(text) == text


@pytest.mark.parametrize(
    ("kept", "masked"),
    [
        ("123456", "1234567"),  # a bare run of digits: 6 kept, 7 masked
        ("123 456 789", "123 456 7890"),  # a chain: 9 digits kept, 10 masked
        ("13-900-006-66", "13-900-006-666"),  # a mobile: 10 digits kept, 11 masked
        ("+44 7911", "+44 79111"),  # a number after +: 6 digits kept, 7 masked
        ("010-123456", "010-1234567"),  # a landline: 6 digits after the area code kept, 7 masked
        ("QQ 1234", "QQ 12345"),  # a QQ number has 5-11 digits
        ("微信 a", "微信 ab"),  # an ID after a WeChat cue: 2 characters
        ("微信 1234", "微信 12345"),  # a number as an ID: 5 digits
        ("加 abcdx", "加 abcdxy"),  # after the weak cue 加: 6 characters
        ("xabcdex", "xqwertyx"),  # a known ID inside a longer word: 5 kept, 6 masked
        ("xabx", "AB"),  # a known ID as a whole word is masked at any length
        ("¥1280000", "1280000"),  # money is kept, the same run of digits masked
    ],
)
def test_each_rule_on_both_sides_of_its_edge(masker: Masker, kept: str, masked: str) -> None:
    assert masker.scrub(kept) == kept
    assert masker.scrub(masked) != masked
    assert "*" in masker.scrub(masked)


def test_a_long_number_after_a_qq_cue_is_still_masked(masker: Masker) -> None:
    assert masker.scrub("QQ 24681357902") == "QQ 246*****02"  # 11 digits: the QQ rule
    assert masker.scrub("QQ 246813579021") == "QQ 246*****21"  # 12: a long run of digits


@pytest.mark.parametrize(
    ("count", "masked"),
    [
        (1, "*****"),
        (2, "1*****"),
        (3, "1*****"),
        (4, "1*****4"),
        (5, "1*****5"),
        (6, "12*****6"),
        (9, "12*****9"),
        (10, "123*****90"),
        (11, "123*****01"),
    ],
)
def test_digit_masks_switch_at_each_length(count: int, masked: str) -> None:
    digits = "1234567890" * 2
    assert mask_digits(digits[:count]) == masked


def test_no_mask_shows_more_than_half_or_the_length() -> None:
    for count in range(1, 30):
        lead, tail = shown_digits(count)
        assert lead + tail <= count / 2 and lead <= 3 and tail <= 2
        assert len(mask_digits("7" * count)) == lead + tail + 5  # fixed stars: no length
    for word in ("a", "ab", "abc", "zhangsan88", "x" * 40):
        shown = mask_wechat(word).replace("*", "")
        assert len(shown) <= len(word) / 2 and mask_wechat(word).endswith("***")
    assert mask_phone("13912348888") == "139*****88"  # 5 of 11 digits, never 7


def test_email_landline_and_wechat_masks() -> None:
    assert mask_email("a@qq.com") == "***@qq.com"  # one letter is all of it
    assert mask_email("ab@qq.com") == "a***@qq.com"
    assert mask_email("zhang@Gmail.com") == "z***@gmail.com"  # a public provider is kept
    assert mask_email("zhang@wang-family.cn") == "z***@***.cn"  # a private domain names them
    assert mask_landline("010", "12345678") == "010-*****78"
    assert mask_landline("010", "1234567") == "010-*****67"  # 3 + 2 of 10: half
    assert mask_landline("0755", "88886666") == "0755-*****66"  # 4 + 2 of 12: half
    assert mask_landline("0755", "8886666") == "0755-*****6"  # 4 + 2 of 11 would be more
    assert mask_wechat("a") == "***"
    assert mask_wechat("ab") == "a***"


def test_fold_keeps_every_position() -> None:
    text = "１３９－０００〇 ＡＢＣ＠ｑｑ．ｃｏｍ\u200b读书会"
    assert len(fold(text)) == len(text)
    assert fold(text) == "139-0000 ABC@qq.com 读书会"


def test_text_without_contacts_is_returned_as_it_is(masker: Masker) -> None:
    text = "读书会领读人（所有群的群主）"
    assert masker.scrub(text) is text
    assert masker.scrub("") == ""
