"""A generated corpus of contacts written the many ways people write them, in Chinese text.

Every sample is one contact × one spelling of it × one sentence around it. `leaks` looks for
the contact in a text in every normalised form: folded (full-width, 〇一二… as ASCII), lower
case, and with separators removed (digits only for numbers).
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from desktop.models.members.contacts import PUBLIC_MAIL_DOMAINS

# A member of the demo whose WeChat ID the corpus spells in other letter cases.
MEMBER_WECHAT = "lin_xiaolan"
# A member given a foreign phone: found by its digits however they are grouped.
MEMBER_FOREIGN_PHONE = "+447911123456"

MOBILES = ("13900006666", "13900008888", "13900007777", "18621093375", "15800213947")
LANDLINES = (("010", "12345678"), ("0755", "88886666"), ("021", "63451234"))
EMAILS = (
    ("zhangwei.hz", "example.com"),
    ("li_na88", "qq.com"),
    ("coffee.lab", "wang-family.cn"),
)
WECHAT_IDS = ("zhangsan88", "other_id01", "abc_123", "wx_chen2024", "Summer_Tea9")
QQ_NUMBERS = ("97531", "864213579", "24681357902")

TEMPLATES = (
    "{}",
    "备用联系方式：{}，周末再打",
    "报名请找她（{}），备注读书会",
    "上次沙龙留的是{}吧？记得确认",
)

_SEPARATORS = re.compile(r"[\s\-_.·・()（）/\u2010-\u2015\u2212\ufe63\uff0d\u200b\u2060\ufeff]+")
_CJK_DIGITS = str.maketrans("〇零幺一二三四五六七八九", "001123456789")


@dataclass(frozen=True)
class Sample:
    """One contact spelled one way inside one sentence."""

    kind: str
    contact: str  # the contact as stored: digits, lower-case address or ID
    text: str


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _chinese(digits: str) -> str:
    return "".join("〇一二三四五六七八九"[int(d)] for d in digits)


def _groups(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(number[at : at + size])
        at += size
    return sep.join(out)


def mobile_spellings(m: str) -> list[str]:
    """A mainland mobile the ways it is typed and pasted."""
    g = (3, 4, 4)
    return [
        m,
        _groups(m, g, " "),
        _groups(m, g, "-"),
        _groups(m, g, "."),
        _groups(m, g, " - "),
        _groups(m, g, "—"),
        _groups(m, g, "－"),
        _groups(m, (4, 4, 3), " "),
        _groups(m, (3, 3, 5), "-"),
        _full_width(m),
        _full_width(_groups(m, g, "-")),
        "+86 " + m,
        "+86-" + _groups(m, g, "-"),
        "+86 " + _groups(m, g, " "),
        "0086 " + m,
        "0086-" + _groups(m, g, "-"),
        "86-" + m,
        "86" + m,
        "(+86)" + m,
        "＋８６ " + _full_width(m),
        _chinese(m),
        "\u200b".join(_groups(m, g, " ").split(" ")),
    ]


def landline_spellings(area: str, local: str) -> list[str]:
    """A landline with its area code."""
    half = len(local) // 2
    return [
        f"{area}-{local}",
        f"{area} {local[:half]} {local[half:]}",
        f"({area}){local}",
        f"（{area}）{local}",
        f"{area}.{local}",
        f"+86 {area[1:]} {local}",
        _full_width(f"{area}-{local}"),
    ]


def email_spellings(local: str, domain: str) -> list[str]:
    """An e-mail address, also with the @ and dots written out to dodge scrapers."""
    name, _, tld = domain.rpartition(".")
    return [
        f"{local}@{domain}",
        f"{local.upper()}@{domain.upper()}",
        f"{local} [at] {domain}",
        f"{local}(at){domain}",
        f"{local} at {name} dot {tld}",
        f"{local}＠{domain}",
        f"{local} [at] {name} [dot] {tld}",
        f"{local}#{domain}",
        f"{local}@{name}。{tld}",
        _full_width(f"{local}@{domain}"),
    ]


def wechat_spellings(wechat: str) -> list[str]:
    """A WeChat ID of someone who is not a member, after the cues people use."""
    cues = ("加 ", "加", "微信 ", "微信：", "微信号:", "vx: ", "VX：", "V信 ", "v信", "wx号 ")
    cues += ("WX:",)
    return [cue + wechat for cue in cues] + [
        "weixin " + wechat,
        "WeChat: " + wechat,
        "微信 " + wechat.upper(),
        "微信：" + _full_width(wechat),
    ]


def member_wechat_spellings(wechat: str) -> list[str]:
    """A member's own WeChat ID in any letter case, with or without a cue."""
    return [
        wechat.upper(),
        wechat.title(),
        wechat.swapcase(),
        _full_width(wechat),
        "找" + wechat.upper() + "拿资料",
        "@" + wechat.capitalize(),
    ]


def qq_spellings(qq: str) -> list[str]:
    """A QQ number after the cues people use."""
    return ["QQ " + qq, "qq：" + qq, "扣扣 " + qq, "Q号 " + qq, "QQ号:" + qq, "企鹅号 " + qq]


def foreign_spellings(phone: str) -> list[str]:
    """The member's foreign number: with its country code, national, grouped."""
    digits = phone[1:]
    national = digits[2:]
    return [
        phone,
        "+44 " + _groups(national, (4, 6), " "),
        "0" + _groups(national, (4, 6), " "),
        _groups(national, (4, 3, 3), " "),
        "00" + digits,
        _groups(national, (2, 4, 4), " "),  # no rule's shape: known to the database only
        _groups(national, (4, 2, 4), "-"),
    ]


def spellings() -> list[tuple[str, str, str]]:
    """(kind, contact, spelling) for every contact and every way of writing it."""
    spelled: list[tuple[str, str, list[str]]] = []
    spelled += [("mobile", m, mobile_spellings(m)) for m in MOBILES]
    spelled += [("landline", a + n, landline_spellings(a, n)) for a, n in LANDLINES]
    spelled += [("email", f"{u}@{d}".lower(), email_spellings(u, d)) for u, d in EMAILS]
    spelled += [("wechat", w.lower(), wechat_spellings(w)) for w in WECHAT_IDS]
    spelled += [("member", MEMBER_WECHAT, member_wechat_spellings(MEMBER_WECHAT))]
    spelled += [("qq", q, qq_spellings(q)) for q in QQ_NUMBERS]
    foreign = MEMBER_FOREIGN_PHONE[1:]
    spelled += [("foreign", foreign, foreign_spellings(MEMBER_FOREIGN_PHONE))]
    return [(kind, contact, s) for kind, contact, written in spelled for s in written]


def samples() -> list[Sample]:
    """Every contact × every spelling × every sentence around it."""
    return [
        Sample(kind, contact, template.format(spelling))
        for kind, contact, spelling in spellings()
        for template in TEMPLATES
    ]


def normalised(text: str) -> str:
    """Folded (NFKC, 〇一二… as digits) and lower-cased."""
    return unicodedata.normalize("NFKC", html.unescape(text)).translate(_CJK_DIGITS).lower()


def compact(text: str) -> str:
    """`normalised` with every separator between digits and letters removed."""
    return _SEPARATORS.sub("", normalised(text))


@functools.cache
def forms(contact: str) -> list[tuple[Callable[[str], str], re.Pattern[str]]]:
    """Each normalised form of a contact and the view of a text to look for it in."""
    lower = contact.lower()
    if lower.isdigit():
        # Digits only, never inside a longer number by chance: a long number by its last ten
        # digits (whatever prefix it was written with), a short one bounded on both sides.
        if len(lower) >= 10:
            return [(compact, re.compile(rf"{lower[-10:]}(?![0-9])"))]
        return [(compact, re.compile(rf"(?<![0-9]){lower}(?![0-9])"))]
    found = [(normalised, re.compile(re.escape(lower)))]
    found.append((compact, re.compile(re.escape(_SEPARATORS.sub("", lower)))))
    if "@" in lower:
        local, _, domain = lower.partition("@")
        found.append((normalised, re.compile(re.escape(local))))
        if domain not in PUBLIC_MAIL_DOMAINS:  # a private domain names the person too
            found.append((normalised, re.compile(re.escape(domain.rpartition(".")[0]))))
    return found


def leaks(text: str, contacts: list[str]) -> list[str]:
    """The contacts that can be read in `text` in any normalised form."""
    views = {normalised: normalised(text), compact: compact(text)}
    return [c for c in contacts if any(p.search(views[view]) for view, p in forms(c))]


def all_contacts() -> list[str]:
    """Every contact the corpus spells."""
    return sorted({contact for _kind, contact, _spelling in spellings()})
