"""Contacts inside free text (phones, e-mails, WeChat and QQ IDs) found and masked for exports.

The scanner reads a folded copy of the text: full-width and other forms of digits and Latin
letters as ASCII, the dash family as "-", 〇一二…九 as digits. One character stands for one,
so what is found there is replaced at the same place in the original text, and everything
else is written as the owner typed it. What the scanner cannot tell from a contact is masked:
privacy wins over a readable number.

Tried at each position of the text, in this order:

1. an e-mail address, also spelled name [at] example [dot] com, name(at)example.com,
   name at example dot com, name#example.com or name＠example。com;
2. a wxid_… system ID;
3. an ID-like token after a WeChat cue (微信, 微信号, weixin, wechat, wx, vx, V信, v:): two
   characters or more starting with a letter, or five digits or more; after the weaker cue
   加 ("加一个", "加VIP群") only six characters or more, WeChat's own minimum;
4. 5-11 digits after a QQ cue (QQ, QQ号, Q号, 扣扣, 企鹅号);
5. 7 digits or more after a phone cue (电话, 手机, 座机, tel, phone, mobile);
6. a mainland mobile, 1[3-9] and nine more digits with any separators between them, with or
   without +86, 0086, (86) or 86- in front;
7. another number written with + or 00 and 7-15 digits;
8. a landline with its area code: 010-12345678, 0755 8888 6666, (021)12345678;
9. digit groups of three or more joined by one repeated separator holding ten digits or more
   (400-820-8820, a bank card, a foreign number: 2026-11-23 is three groups, not one chain);
10. any other run of seven digits or more, unless it is money (¥, $, RMB before it, 元 after
    it or a decimal part) or a basic ISO date-time (20261231T000000Z): 20261123 alone might
    be a Beijing landline, so it is masked.

Then every contact the database knows is masked wherever it stands: a member's WeChat ID in
any letter case (inside a longer token too, from six characters up) and a foreign phone's
digits however they are grouped. Dates (2026-11-23), times (20:00), money (¥1,280.00) and
counts below seven digits stay as written.

The masks (desktop.models.members.contacts) never show more than half of a value, and their stars
have a fixed width: a mobile 139*****88 (3 + 2 of 11 digits), a QQ number or any other
number likewise by its length (97531 → 9*****1), a landline 010-*****78 (the area code names
a city, not a person), a WeChat ID z*** (its first character), an e-mail z***@qq.com with a
public provider's domain kept and z***@***.cn for a private one, which can name the person.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from desktop.models.members.contacts import (
    mask_digits,
    mask_email,
    mask_landline,
    mask_phone,
    mask_wechat,
)

MIN_EMBEDDED_ID = 6  # a known WeChat ID is also found inside a longer token from this length
MIN_CHAIN_DIGITS = 10
_MEMO_TEXT = 80  # shorter texts are remembered: names, titles and labels repeat on every row
_MEMO_LIMIT = 20_000

# ---- folding ---------------------------------------------------------------------------------

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\u30fc"
_DOTS = "\u2022\u2027\u2219\u30fb\uff65"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# Numbers read out digit by digit (一三九…, 幺 for one on the phone); 十百千万 are not digits,
# so amounts and dates in words never become a run of digits.
_CJK_DIGITS = dict(zip("〇零幺一二三四五六七八九", "001123456789", strict=True))


@functools.cache
def _fold_table() -> dict[int, str]:
    """Every character that reads as one ASCII digit, letter or symbol, mapped to it."""
    table: dict[int, str] = {}
    # Not the CJK, Hangul, surrogate and private-use blocks: nothing there reads as ASCII.
    ranges = (
        range(0x80, 0x3400),
        range(0xA000, 0xAC00),
        range(0xF900, 0x10000),
        range(0x1D400, 0x1D800),  # mathematical letters and digits
    )
    for cp in (cp for r in ranges for cp in r):
        ch = chr(cp)
        if ch.isdecimal():
            table[cp] = str(unicodedata.decimal(ch))
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1 and folded.isascii() and (folded.isprintable() or folded == " "):
            table[cp] = folded
    table.update((ord(ch), "-") for ch in _DASHES)
    table.update((ord(ch), "·") for ch in _DOTS)
    # WORKAROUND: zero-width characters pasted between digits would split a number in two;
    # a space keeps every position where it was.
    table.update((ord(ch), " ") for ch in _ZERO_WIDTH)
    table.update((ord(ch), digit) for ch, digit in _CJK_DIGITS.items())
    table[ord("￥")] = "¥"
    return table


def fold(text: str) -> str:
    """The text with each character that reads as ASCII written so, one for one."""
    return text if text.isascii() else text.translate(_fold_table())


# ---- the rules -------------------------------------------------------------------------------

_SEP = r"(?:\s*[-.·()/_]\s*|\s+)"  # between two digits of a phone number
_LOCAL = r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]*[A-Za-z0-9_%+\-])?"
_AT = r"(?:\s*@\s*|#|\s*[\[({<【]\s*(?i:at|@)\s*[\])}>】]\s*|\s+(?i:at)\s+)"
_DOT = r"(?:\.|。|\s*[\[({<【]\s*(?i:dot|\.)\s*[\])}>】]\s*|\s+(?i:dot)\s+)"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_AREA = r"0(?:10|2[0-9]|[3-9][0-9]{2})"
_THEN = r"\s*(?:[:=]|是|为)?\s*"  # between a cue and what it announces
_WECHAT_CUE = (
    r"(?:微信|威信|薇信|[Vv]信"
    r"|(?<![A-Za-z0-9_])(?i:wei\s?xin|wechat|wx|vx)(?![A-Za-z0-9_])"
    r"|(?<![A-Za-z0-9_])[Vv](?=\s*:))"
    r"(?:\s*(?:号码?|账号|(?i:id)(?![A-Za-z0-9_\-])))?"
)
_QQ_CUE = (
    r"(?:(?<![A-Za-z0-9_])(?:(?i:q\s?q)(?![A-Za-z0-9_])(?:号码?|群号?)?|(?i:q)号码?)"
    r"|扣扣(?:号码?|群号?)?|企鹅号)"
)
_PHONE_CUE = r"(?:电话|手机号?码?|座机|(?<![A-Za-z])(?i:tel|phone|mobile|mob)(?![A-Za-z])\.?)"
_NOT_ID = r"(?!(?i:id)(?![A-Za-z0-9_\-]))"  # 微信 ID: the word ID is not the ID
_ID_END = r"(?![A-Za-z0-9_\-@#])"  # an e-mail's local part is left to the e-mail rule

_CONTACT = re.compile(
    rf"(?P<email>(?<![A-Za-z0-9._%+\-])(?P<local>{_LOCAL}){_AT}"
    rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}[A-Za-z]{{2,24}})(?![A-Za-z0-9\-]))"
    r"|(?P<wxid>(?<![A-Za-z0-9_\-])(?i:wxid_)[A-Za-z0-9_\-]+)"
    rf"|(?P<wechat>(?P<wechat_cue>{_WECHAT_CUE}{_THEN})"
    rf"(?P<wechat_id>{_NOT_ID}[A-Za-z][A-Za-z0-9_\-]+|[0-9]{{5,}}){_ID_END})"
    rf"|(?P<add>(?P<add_cue>加{_THEN})(?P<add_id>[A-Za-z][A-Za-z0-9_\-]{{5,}}){_ID_END})"
    rf"|(?P<qq>(?P<qq_cue>{_QQ_CUE}{_THEN})(?P<qq_number>[0-9](?:{_SEP}?[0-9]){{4,10}})"
    r"(?![0-9]))"
    rf"|(?P<cued>(?P<cued_cue>{_PHONE_CUE}{_THEN})(?P<cued_number>\+?[0-9](?:{_SEP}?[0-9]){{6,}})"
    r"(?![0-9]))"
    rf"|(?P<mobile>(?<![0-9])(?P<cc>(?:\+|00)\s*86{_SEP}?|\(\s*\+?86\s*\)\s*|86\s*-\s*"
    rf"|86(?=1[3-9]))?(?P<mobile_number>1[3-9](?:{_SEP}?[0-9]){{9}})(?![0-9]))"
    rf"|(?P<intl>(?<![0-9])(?:\+|00)\s*[1-9](?:{_SEP}?[0-9]){{6,14}}(?![0-9]))"
    rf"|(?P<landline>(?<![0-9])(?:\(\s*(?P<area>{_AREA})\s*\)|(?P<area_bare>{_AREA}))"
    rf"(?P<landline_number>{_SEP}?[0-9](?:{_SEP}?[0-9]){{6,7}})(?![0-9]))"
    r"|(?P<chain>(?<![0-9])[0-9]{3,}(?P<chain_sep>[ .\-])[0-9]{3,}(?:(?P=chain_sep)[0-9]{3,})*"
    r"(?![0-9]))"
    r"|(?P<run>(?<![0-9¥$€£])(?<![¥$€£]\s)(?<!RMB)(?<!CNY)(?<!RMB\s)(?<!CNY\s)[0-9]{7,}"
    r"(?![0-9])(?!\.[0-9])(?!\s*[元块圆万亿])(?!T[0-9]{4}))"
)
_DOT_SPLIT = re.compile(_DOT)
_HINT = re.compile(r"[0-9A-Za-z]")
_WORD = re.compile(r"[A-Za-z0-9_\-]+")
_NUMBER = re.compile(rf"(?<![0-9])[0-9]+(?:{_SEP}[0-9]+)*(?![0-9])")
_GROUP = re.compile(r"[0-9]+")


def _digits(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


def _masked_id(token: str) -> str:
    return mask_digits(token) if token.isdigit() else mask_wechat(token)


def _masked_number_or_id(piece: str) -> str:
    """A known number (separators and all) masked as digits, anything with a letter as an ID."""
    if any("A" <= ch <= "Z" or "a" <= ch <= "z" for ch in piece):
        return mask_wechat(piece)
    return mask_digits(_digits(piece))


def _mask(found: re.Match[str], original: str) -> str | None:  # noqa: PLR0911 -- one per rule
    """The mask of one match of _CONTACT; None to keep it as written."""
    kind = found.lastgroup
    if kind == "email":
        labels = _DOT_SPLIT.split(found.group("domain"))
        return mask_email(found.group("local") + "@" + ".".join(labels))
    if kind == "wxid":
        return mask_wechat(found.group(0))
    if kind in ("wechat", "add"):
        cue = original[found.start(f"{kind}_cue") : found.end(f"{kind}_cue")]
        return cue + _masked_id(found.group(f"{kind}_id"))
    if kind in ("qq", "cued"):
        cue = original[found.start(f"{kind}_cue") : found.end(f"{kind}_cue")]
        number = found.group(f"{kind}_number")
        # After 电话 a mobile or a landline is masked as one (010-*****78), anything else
        # as a plain number.
        shaped = _CONTACT.fullmatch(number) if kind == "cued" else None
        if shaped is not None and shaped.lastgroup in ("mobile", "intl", "landline"):
            return cue + str(_mask(shaped, number))
        return cue + ("+" if number[:1] == "+" else "") + mask_digits(_digits(number))
    if kind == "mobile":
        prefix = "+86 " if found.group("cc") else ""
        return prefix + mask_digits(_digits(found.group("mobile_number")))
    if kind == "intl":
        digits = _digits(found.group(0))
        return "+" + mask_digits(digits[2:] if found.group(0).startswith("00") else digits)
    if kind == "landline":
        area = found.group("area") or found.group("area_bare")
        return mask_landline(area, _digits(found.group("landline_number")))
    if kind == "chain":
        digits = _digits(found.group(0))
        return mask_digits(digits) if len(digits) >= MIN_CHAIN_DIGITS else None
    return mask_digits(found.group(0))  # a long run of digits


class Masker:
    """Hides contacts for one export: contact fields, and every contact found in free text."""

    def __init__(self, wechat_ids: Iterable[str] = (), phones: Iterable[str] = ()) -> None:
        self._ids = frozenset(w.strip().lower() for w in wechat_ids if w and w.strip())
        self._id_lengths = sorted({len(w) for w in self._ids if len(w) >= MIN_EMBEDDED_ID})
        # Mainland mobiles are found by shape in any spelling; a foreign number's digits are
        # known with and without its country code (1-3 digits) and a trunk 0.
        numbers: set[str] = set()
        for phone in phones:
            digits = _digits(fold(phone or ""))
            if not fold(phone or "").strip().startswith("+") or len(digits) < 8:
                continue
            numbers.add(digits)
            for cut in (1, 2, 3):
                national = digits[cut:]
                if len(national) >= 7:
                    numbers |= {national, "0" + national}
        self._numbers = frozenset(numbers)
        self._number_max = max(map(len, numbers), default=0)
        self._memo: dict[str, str] = {}

    def phone(self, value: str) -> str:
        """A phone field masked (138*****78)."""
        return mask_phone(value)

    def wechat(self, value: str) -> str:
        """A WeChat ID field masked (z***)."""
        return mask_wechat(value)

    def email(self, value: str) -> str:
        """An e-mail field masked (z***@qq.com, z***@***.cn)."""
        return mask_email(value)

    def scrub(self, text: str) -> str:
        """Free text (notes, names, titles, labels) with every contact in it masked."""
        short = len(text) <= _MEMO_TEXT
        if short:
            known = self._memo.get(text)
            if known is not None:
                return known
        folded = fold(text)
        result = text if _HINT.search(folded) is None else self._scrub(text, folded)
        if short:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[text] = result
        return result

    def _scrub(self, text: str, folded: str) -> str:
        pieces: list[str] = []
        folded_pieces: list[str] = []
        at = 0
        for found in _CONTACT.finditer(folded):
            mask = _mask(found, text)
            if mask is None:
                continue
            start, end = found.span()
            pieces += (text[at:start], mask)
            folded_pieces += (folded[at:start], mask)
            at = end
        if at:
            pieces.append(text[at:])
            folded_pieces.append(folded[at:])
            text, folded = "".join(pieces), "".join(folded_pieces)
        if self._ids or self._numbers:
            text = self._known(text, folded)
        return text

    def _known(self, text: str, folded: str) -> str:
        """`text` with the database's own contacts masked wherever they stand."""
        spans: list[tuple[int, int]] = []
        if self._ids:
            for word in _WORD.finditer(folded):
                spans += self._ids_in(word.group(0), word.start())
        if self._numbers:
            for number in _NUMBER.finditer(folded):
                spans += self._numbers_in(number)
        if not spans:
            return text
        spans.sort()
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start < merged[-1][1]:  # overlapping finds are masked as one
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        pieces: list[str] = []
        at = 0
        for start, end in merged:
            piece = folded[start:end]
            pieces += (text[at:start], _masked_number_or_id(piece))
            at = end
        pieces.append(text[at:])
        return "".join(pieces)

    def _ids_in(self, word: str, offset: int) -> list[tuple[int, int]]:
        lower = word.lower()
        if lower in self._ids:
            return [(offset, offset + len(word))]
        found: list[tuple[int, int]] = []
        for length in self._id_lengths:
            if length >= len(lower):
                break
            for i in range(len(lower) - length + 1):
                if lower[i : i + length] in self._ids:
                    found.append((offset + i, offset + i + length))
        return found

    def _numbers_in(self, number: re.Match[str]) -> list[tuple[int, int]]:
        groups = list(_GROUP.finditer(number.group(0)))
        found: list[tuple[int, int]] = []
        for i, first in enumerate(groups):
            digits = ""
            for j in range(i, len(groups)):
                last = groups[j]
                digits += last.group(0)
                if len(digits) > self._number_max:
                    break
                if digits in self._numbers:
                    found.append((number.start() + first.start(), number.start() + last.end()))
        return found
