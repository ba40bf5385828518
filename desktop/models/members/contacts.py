"""Phone, email and WeChat ID normalisation, validation and masking for exports."""

from __future__ import annotations

import re
import unicodedata

from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg

MAINLAND_MOBILE = re.compile(r"1[3-9]\d{9}")
# E.164 allows at most 15 digits including the country code; fewer than 7 is not a number
# anyone can dial from abroad.
E164_MIN_DIGITS = 7
E164_MAX_DIGITS = 15
MAINLAND_CODE = "86"
# Separators people type or paste between digit groups (NFKC has already folded the
# full-width forms to these); the dash family covers what Word and WeChat autocorrect to.
_PHONE_SEPARATORS = re.compile(r"[\s\-./()\[\]\u2010-\u2015\u2212\u30fb]+")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_EMAIL_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_EMAIL_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
EMAIL_MAX_LENGTH = 254
# Real WeChat IDs are 6-20 characters, but older accounts used QQ numbers or other shorter
# forms and system ids look like wxid_xxxxxxxxxxxxxx, so only the character set is strict.
WECHAT_MIN_LENGTH = 2
WECHAT_MAX_LENGTH = 40
_WECHAT_ID = re.compile(r"[A-Za-z0-9_-]+")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
MASK = "***"


def _fold(text: str) -> str:
    """Full-width letters, digits and symbols (１３８, ＠, ＋) as their ASCII forms, trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def normalise_phone(text: str) -> str:
    """A mainland mobile as 11 digits, any other number as +<country><digits>; empty stays ""."""
    folded = _fold(text)
    if not folded:
        return ""
    compact = _PHONE_SEPARATORS.sub("", folded)
    international = True
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00"):
        digits = compact[2:]
    else:
        digits, international = compact, False
    if not digits.isascii() or not digits.isdigit():
        raise ValidationError(
            "phone",
            msg(
                "“{value}” is not a phone number: only digits, +, spaces and dashes",
                value=text.strip(),
            ),
        )
    if not international and MAINLAND_MOBILE.fullmatch(digits):
        return digits
    # 86 typed without + or 00 in front of a mobile is still the mainland prefix.
    if not international and digits.startswith(MAINLAND_CODE) and len(digits) == 13:
        international = True
    if not international:
        raise ValidationError(
            "phone",
            msg(
                "“{value}” is not a mainland mobile number (11 digits starting 13-19); write "
                "international numbers with + or 00 and the country code",
                value=text.strip(),
            ),
        )
    if digits.startswith(MAINLAND_CODE):
        local = digits[len(MAINLAND_CODE) :]
        if MAINLAND_MOBILE.fullmatch(local):
            return local
        raise ValidationError(
            "phone",
            msg("“{value}” has +86 but is not a mainland mobile number", value=text.strip()),
        )
    if digits.startswith("0"):
        raise ValidationError(
            "phone", msg("“{value}”: a country code never starts with 0", value=text.strip())
        )
    if not E164_MIN_DIGITS <= len(digits) <= E164_MAX_DIGITS:
        raise ValidationError(
            "phone",
            msg(
                "“{value}” has {count} digits; an international number has {least}-{most} "
                "including the country code",
                value=text.strip(),
                count=len(digits),
                least=E164_MIN_DIGITS,
                most=E164_MAX_DIGITS,
            ),
        )
    return "+" + digits


def validate_email(text: str) -> str:
    """The address trimmed with its domain lowercased; raise ValidationError if malformed."""
    folded = _fold(text)
    if not folded:
        return ""
    if any(ch.isspace() for ch in folded):
        raise ValidationError("email", msg("“{value}” contains a space", value=text.strip()))
    if folded.count("@") != 1:
        raise ValidationError("email", msg("“{value}” needs exactly one @", value=text.strip()))
    local, domain = folded.split("@")
    domain = domain.lower()
    if not local or not _EMAIL_LOCAL.fullmatch(local):
        raise ValidationError(
            "email", msg("“{value}” has an invalid part before the @", value=text.strip())
        )
    labels = domain.split(".")
    if (
        len(labels) < 2
        or not all(_EMAIL_LABEL.fullmatch(label) for label in labels)
        or not _EMAIL_TLD.fullmatch(labels[-1])
    ):
        raise ValidationError(
            "email", msg("“{value}” has an invalid domain after the @", value=text.strip())
        )
    address = f"{local}@{domain}"
    if len(address) > EMAIL_MAX_LENGTH:
        raise ValidationError("email", msg("longer than {most} characters", most=EMAIL_MAX_LENGTH))
    return address


def normalise_wechat_id(text: str) -> str:
    """The WeChat ID trimmed (case kept); raise ValidationError for spaces, CJK or symbols."""
    folded = _fold(text)
    if not folded:
        return ""
    if any(ch.isspace() for ch in folded):
        raise ValidationError(
            "wechat_id", msg("“{value}”: a WeChat ID has no spaces", value=text.strip())
        )
    if _CJK.search(folded):
        raise ValidationError(
            "wechat_id",
            msg(
                "“{value}” looks like a display name; the WeChat ID is the account ID "
                "(letters, digits, _ or -)",
                value=text.strip(),
            ),
        )
    if not _WECHAT_ID.fullmatch(folded):
        bad = next(ch for ch in folded if not _WECHAT_ID.fullmatch(ch))
        raise ValidationError(
            "wechat_id",
            msg(
                "“{value}” contains “{bad}”; only letters, digits, _ and -",
                value=text.strip(),
                bad=bad,
            ),
        )
    if not WECHAT_MIN_LENGTH <= len(folded) <= WECHAT_MAX_LENGTH:
        raise ValidationError(
            "wechat_id",
            msg(
                "“{value}” has {count} characters; expected {least}-{most}",
                value=text.strip(),
                count=len(folded),
                least=WECHAT_MIN_LENGTH,
                most=WECHAT_MAX_LENGTH,
            ),
        )
    return folded


# Masks for exports. Every mask shows at most half of the characters it stands for, and the
# stars have a fixed width so a mask never tells how long the value was.
DIGIT_STARS = "*****"
# Public mail providers: their name tells a partner nothing about who the person is, while a
# private domain (a shop's, a family's) often names them outright.
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "qq.com", "vip.qq.com", "foxmail.com", "163.com", "vip.163.com", "126.com",
        "vip.126.com", "yeah.net", "188.com", "sina.com", "sina.cn", "vip.sina.com",
        "sohu.com", "139.com", "189.cn", "wo.cn", "aliyun.com", "tom.com", "21cn.com",
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "icloud.com", "me.com", "yahoo.com", "proton.me", "protonmail.com",
    }
)  # fmt: skip


def shown_digits(count: int) -> tuple[int, int]:
    """How many leading and trailing digits a mask of a `count`-digit number keeps.

    3 + 2 from 10 digits up (a mobile: 139*****88 — keeping 7 of 11 would name the person),
    2 + 1 from 6, 1 + 1 from 4, the first digit of 2 or 3 and nothing of one digit: never
    more than half.
    """
    if count >= 10:
        return 3, 2
    if count >= 6:
        return 2, 1
    if count >= 4:
        return 1, 1
    return (1, 0) if count >= 2 else (0, 0)


def mask_digits(digits: str) -> str:
    """A number as its first and last few digits around five stars: 13912348888 → 139*****88."""
    if not digits:
        return ""
    lead, tail = shown_digits(len(digits))
    return digits[:lead] + DIGIT_STARS + (digits[-tail:] if tail else "")


def mask_phone(phone: str) -> str:
    """A stored phone masked: 13812345678 → 138*****78, +447911123456 → +447*****56."""
    if not phone:
        return ""
    digits = "".join(ch for ch in _fold(phone) if ch.isdigit())
    if not digits:
        return mask_wechat(phone)
    return ("+" if _fold(phone).startswith("+") else "") + mask_digits(digits)


def mask_landline(area: str, local: str) -> str:
    """A landline with its area code kept (it names a city, not a person): 010-*****78.

    The last two digits follow unless area code and tail would be more than half the number
    (0755 with a 7-digit number keeps one).
    """
    tail = 2 if 2 * (len(area) + 2) <= len(area) + len(local) else 1
    return f"{area}-{DIGIT_STARS}{local[-tail:]}"


def mask_wechat(wechat_id: str) -> str:
    """The first character and three stars: zhangsan88 → z***; one character shows nothing."""
    if not wechat_id:
        return ""
    # A fixed-width mask also hides the length of the ID; the first character of two is half.
    return (wechat_id[:1] if len(wechat_id) >= 2 else "") + MASK


def mask_email(email: str) -> str:
    """An address masked: its local part as an ID, a public provider kept, else only the TLD.

    zhang@qq.com → z***@qq.com (the provider says nothing of the person), but
    zhang@wang-family.cn → z***@***.cn: a private domain can name the person by itself.
    """
    if not email:
        return ""
    local, at, domain = email.rpartition("@")
    if not at:
        return mask_wechat(email)
    domain = domain.lower()
    if domain not in PUBLIC_MAIL_DOMAINS:
        domain = MASK + "." + domain.rpartition(".")[2] if "." in domain else MASK
    return mask_wechat(local) + "@" + domain
