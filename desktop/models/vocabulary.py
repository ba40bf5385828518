"""The owner's own words for domain codes: renamed built-in labels and added entries."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.models.codes import Category, EventType, Lifecycle, Purpose, Role, ValueType, codes
from desktop.models.db import Database
from desktop.models.errors import ValidationError

# Domain names as stored in vocabulary.domain (exports read the same names).
DOMAIN_ENUMS: dict[str, type[StrEnum]] = {
    "role": Role,
    "purpose": Purpose,
    "value_type": ValueType,
    "lifecycle": Lifecycle,
    "event_type": EventType,
    "category": Category,
}
# Domains where the data layer accepts codes beyond the built-in ones (groups.py checks
# purposes and value types against this table); the others can only be renamed.
EXTENSIBLE = frozenset({"purpose", "value_type"})
MAX_LABEL = 40
_CODE_CHARS = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class VocabularyEntry:
    """One stored word: a renamed built-in code or an entry the owner added."""

    domain: str
    code: str
    label_zh: str
    label_en: str
    position: int


def list_vocabulary(db: Database, domain: str | None = None) -> list[VocabularyEntry]:
    """Stored entries (of one domain, or all), by domain, position and code."""
    sql = "SELECT domain, code, label_zh, label_en, position FROM vocabulary"
    args: tuple[str, ...] = ()
    if domain is not None:
        sql += " WHERE domain = ?"
        args = (domain,)
    rows = db.conn.execute(sql + " ORDER BY domain, position, code", args).fetchall()
    return [VocabularyEntry(str(d), str(c), str(zh), str(en), int(p)) for d, c, zh, en, p in rows]


def is_builtin(domain: str, code: str) -> bool:
    """Whether `code` is one of the app's own codes of `domain`."""
    return code in codes(DOMAIN_ENUMS[domain])


def _check_domain(domain: str) -> None:
    if domain not in DOMAIN_ENUMS:
        raise ValidationError("domain", f"Unknown vocabulary domain {domain!r}.")


def _clean(field: str, text: str) -> str:
    clean = " ".join(text.split())
    if len(clean) > MAX_LABEL:
        raise ValidationError(field, f"A label is at most {MAX_LABEL} characters.")
    return clean


@dataclass(frozen=True, slots=True)
class Word:
    """The owner's words for one code; `code=None` adds a new entry."""

    code: str | None
    label_zh: str
    label_en: str


def save_words(db: Database, domain: str, words: Sequence[Word]) -> list[str]:
    """Rename codes of one domain and add entries, all or nothing; returns the codes."""
    return save_vocabulary(db, {domain: words})[domain]


def save_vocabulary(
    db: Database, words_by_domain: Mapping[str, Sequence[Word]]
) -> dict[str, list[str]]:
    """Save the owner's words of several domains in one transaction; codes per domain.

    Both words empty restores a built-in code's own label. Entries can be added only to
    the EXTENSIBLE domains.
    """
    cleaned = {
        domain: [
            Word(w.code, _clean("label_zh", w.label_zh), _clean("label_en", w.label_en))
            for w in words
        ]
        for domain, words in words_by_domain.items()
    }
    for domain in cleaned:
        _check_domain(domain)
    saved: dict[str, list[str]] = {}
    with db.transaction() as conn:
        for domain, words in cleaned.items():
            try:
                saved[domain] = _save_domain(conn, domain, words)
            except ValidationError as exc:  # say which list: the field is "role.label_zh"
                raise ValidationError(f"{domain}.{exc.field}", exc.message, exc.row) from exc
    return saved


def _save_domain(conn: sqlite3.Connection, domain: str, cleaned: list[Word]) -> list[str]:
    builtin = set(codes(DOMAIN_ENUMS[domain]))
    stored = {
        str(code): (str(zh), str(en))
        for code, zh, en in conn.execute(
            "SELECT code, label_zh, label_en FROM vocabulary WHERE domain = ?", (domain,)
        )
    }
    final = dict(stored)
    for row, word in enumerate(cleaned, start=1):
        if word.code is None:
            if domain not in EXTENSIBLE:
                raise ValidationError("domain", "Entries can only be renamed here.", row)
            if not (word.label_zh or word.label_en):
                raise ValidationError("label_zh", "Enter a Chinese or English word.", row)
            continue
        if word.code not in builtin and word.code not in stored:
            raise ValidationError("code", f"{word.code!r} is not a code of {domain}.", row)
        if word.code not in builtin and not (word.label_zh or word.label_en):
            raise ValidationError("label_zh", "An added entry needs a word.", row)
        final[word.code] = (word.label_zh, word.label_en)
    new_words = [(w.label_zh, w.label_en) for w in cleaned if w.code is None]
    _check_unique(list(final.values()) + new_words)
    result: list[str] = []
    taken = builtin | set(stored)
    (position,) = conn.execute(
        "SELECT coalesce(max(position), 0) FROM vocabulary WHERE domain = ?", (domain,)
    ).fetchone()
    for word in cleaned:
        code = word.code
        if code is None:
            code = _new_code(word, taken)
            taken.add(code)
            position += 1
            conn.execute(
                "INSERT INTO vocabulary (domain, code, label_zh, label_en, position) "
                "VALUES (?, ?, ?, ?, ?)",
                (domain, code, word.label_zh, word.label_en, position),
            )
        elif code in builtin and not (word.label_zh or word.label_en):
            conn.execute("DELETE FROM vocabulary WHERE domain = ? AND code = ?", (domain, code))
        else:
            conn.execute(
                "INSERT INTO vocabulary (domain, code, label_zh, label_en) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (domain, code) DO UPDATE SET "
                "label_zh = excluded.label_zh, label_en = excluded.label_en",
                (domain, code, word.label_zh, word.label_en),
            )
        result.append(code)
    return result


def _check_unique(pairs: list[tuple[str, str]]) -> None:
    seen_zh: set[str] = set()
    seen_en: set[str] = set()
    for zh, en in pairs:
        if zh and zh in seen_zh:
            raise ValidationError("label_zh", f"“{zh}” is used twice.")
        if en and en.casefold() in seen_en:
            raise ValidationError("label_en", f"“{en}” is used twice.")
        seen_zh.add(zh)
        seen_en.add(en.casefold())


def _new_code(word: Word, taken: set[str]) -> str:
    stem = "custom_" + (_CODE_CHARS.sub("_", word.label_en.casefold()).strip("_") or "entry")
    code, n = stem, 2
    while code in taken:
        code, n = f"{stem}_{n}", n + 1
    return code


def rename(db: Database, domain: str, code: str, label_zh: str, label_en: str) -> None:
    """Set the owner's words for one code; both empty restores a built-in label."""
    save_words(db, domain, [Word(code, label_zh, label_en)])


def add_entry(db: Database, domain: str, label_zh: str, label_en: str) -> str:
    """Add the owner's own entry to an extensible domain; returns its new code."""
    return save_words(db, domain, [Word(None, label_zh, label_en)])[0]
