"""Phone, email and WeChat ID normalisation, validation and masking for exports."""

from __future__ import annotations

import re
import unicodedata

from desktop.models.errors import ValidationError

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
            "phone", f"“{text.strip()}” is not a phone number: only digits, +, spaces and dashes"
        )
    if not international and MAINLAND_MOBILE.fullmatch(digits):
        return digits
    # 86 typed without + or 00 in front of a mobile is still the mainland prefix.
    if not international and digits.startswith(MAINLAND_CODE) and len(digits) == 13:
        international = True
    if not international:
        raise ValidationError(
            "phone",
            f"“{text.strip()}” is not a mainland mobile number (11 digits starting 13-19); "
            "write international numbers with + or 00 and the country code",
        )
    if digits.startswith(MAINLAND_CODE):
        local = digits[len(MAINLAND_CODE) :]
        if MAINLAND_MOBILE.fullmatch(local):
            return local
        raise ValidationError(
            "phone", f"“{text.strip()}” has +86 but is not a mainland mobile number"
        )
    if digits.startswith("0"):
        raise ValidationError("phone", f"“{text.strip()}”: a country code never starts with 0")
    if not E164_MIN_DIGITS <= len(digits) <= E164_MAX_DIGITS:
        raise ValidationError(
            "phone",
            f"“{text.strip()}” has {len(digits)} digits; an international number has "
            f"{E164_MIN_DIGITS}-{E164_MAX_DIGITS} including the country code",
        )
    return "+" + digits


def validate_email(text: str) -> str:
    """The address trimmed with its domain lowercased; raise ValidationError if malformed."""
    folded = _fold(text)
    if not folded:
        return ""
    if any(ch.isspace() for ch in folded):
        raise ValidationError("email", f"“{text.strip()}” contains a space")
    if folded.count("@") != 1:
        raise ValidationError("email", f"“{text.strip()}” needs exactly one @")
    local, domain = folded.split("@")
    domain = domain.lower()
    if not local or not _EMAIL_LOCAL.fullmatch(local):
        raise ValidationError("email", f"“{text.strip()}” has an invalid part before the @")
    labels = domain.split(".")
    if (
        len(labels) < 2
        or not all(_EMAIL_LABEL.fullmatch(label) for label in labels)
        or not _EMAIL_TLD.fullmatch(labels[-1])
    ):
        raise ValidationError("email", f"“{text.strip()}” has an invalid domain after the @")
    address = f"{local}@{domain}"
    if len(address) > EMAIL_MAX_LENGTH:
        raise ValidationError("email", f"longer than {EMAIL_MAX_LENGTH} characters")
    return address


def normalise_wechat_id(text: str) -> str:
    """The WeChat ID trimmed (case kept); raise ValidationError for spaces, CJK or symbols."""
    folded = _fold(text)
    if not folded:
        return ""
    if any(ch.isspace() for ch in folded):
        raise ValidationError("wechat_id", f"“{text.strip()}”: a WeChat ID has no spaces")
    if _CJK.search(folded):
        raise ValidationError(
            "wechat_id",
            f"“{text.strip()}” looks like a display name; the WeChat ID is the account ID "
            "(letters, digits, _ or -)",
        )
    if not _WECHAT_ID.fullmatch(folded):
        bad = next(ch for ch in folded if not _WECHAT_ID.fullmatch(ch))
        raise ValidationError(
            "wechat_id", f"“{text.strip()}” contains “{bad}”; only letters, digits, _ and -"
        )
    if not WECHAT_MIN_LENGTH <= len(folded) <= WECHAT_MAX_LENGTH:
        raise ValidationError(
            "wechat_id",
            f"“{text.strip()}” has {len(folded)} characters; expected "
            f"{WECHAT_MIN_LENGTH}-{WECHAT_MAX_LENGTH}",
        )
    return folded


def mask_phone(phone: str) -> str:
    """Hide the middle digits: 13812345678 becomes 138****5678."""
    if not phone:
        return ""
    if len(phone) < 8:
        # Too short to show both ends without giving most of the number away.
        return phone[:1] + "*" * (len(phone) - 1)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def mask_wechat(wechat_id: str) -> str:
    """Keep the first and last character: zhangsan88 becomes z***8."""
    if not wechat_id:
        return ""
    # A fixed-width mask also hides the length of the ID.
    if len(wechat_id) < 4:
        return wechat_id[:1] + MASK
    return wechat_id[:1] + MASK + wechat_id[-1:]


def mask_email(email: str) -> str:
    """Keep the first letter and the domain: zhang@example.com becomes z***@example.com."""
    if not email:
        return ""
    local, at, domain = email.rpartition("@")
    if not at:
        return mask_wechat(email)
    return local[:1] + MASK + "@" + domain
