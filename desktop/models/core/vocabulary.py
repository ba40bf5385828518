"""The owner's own words for domain codes: renamed built-in labels and added entries."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.models.core.codes import (
    Category,
    CategoryKind,
    EventType,
    Lifecycle,
    Purpose,
    Role,
    ValueType,
    codes,
    custom_category_prefix,
)
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.storage.db import Database

# Domain names as stored in vocabulary.domain (exports read the same names).
DOMAIN_ENUMS: dict[str, type[StrEnum]] = {
    "role": Role,
    "purpose": Purpose,
    "value_type": ValueType,
    "lifecycle": Lifecycle,
    "event_type": EventType,
    "category": Category,
}
# Domains where the data layer accepts codes beyond the built-in ones (groups.py, events.py
# and revenue.py check them against this table). Roles and lifecycle stages can only be
# renamed: their order drives the pyramid, the level mix and the stage hints.
EXTENSIBLE = frozenset({"purpose", "value_type", "event_type", "category"})
RENAME_ONLY = frozenset(DOMAIN_ENUMS) - EXTENSIBLE
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
        raise ValidationError("domain", msg("Unknown vocabulary domain “{domain}”.", domain=domain))


def _clean(field: str, text: str) -> str:
    clean = " ".join(text.split())
    if len(clean) > MAX_LABEL:
        raise ValidationError(field, msg("A label is at most {limit} characters.", limit=MAX_LABEL))
    return clean


@dataclass(frozen=True, slots=True)
class Word:
    """The owner's words for one code; `code=None` adds a new entry.

    A new revenue category also says how it counts: `kind` is "direct", "indirect" or
    "expense" (a CategoryKind); it becomes part of the code and never changes.
    """

    code: str | None
    label_zh: str
    label_en: str
    kind: str = ""


def save_words(db: Database, domain: str, words: Sequence[Word]) -> list[str]:
    """Rename codes of one domain and add entries, all or nothing; returns the codes."""
    return save_vocabulary(db, {domain: words})[domain]


Relabelled = Callable[[sqlite3.Connection, str, list[str]], None]
"""Told, inside the saving transaction, the codes of a domain whose words changed (for a
feature whose records show those words elsewhere, e.g. the calendar's CATEGORIES)."""


def save_vocabulary(
    db: Database,
    words_by_domain: Mapping[str, Sequence[Word]],
    deleted: Mapping[str, Sequence[str]] | None = None,
    *,
    relabelled: Relabelled | None = None,
) -> dict[str, list[str]]:
    """Save the owner's words of several domains in one transaction; codes per domain.

    Both words empty restores a built-in code's own label. Entries can be added only to
    the EXTENSIBLE domains. `deleted` names added entries to remove first; one still used
    by a record is refused (ValidationError saying how many records use it). `relabelled`
    hears of every existing code whose words changed, in the same transaction.
    """
    cleaned = {
        domain: [
            Word(w.code, _clean("label_zh", w.label_zh), _clean("label_en", w.label_en), w.kind)
            for w in words
        ]
        for domain, words in words_by_domain.items()
    }
    removals = {domain: list(found) for domain, found in (deleted or {}).items() if found}
    for domain in [*removals, *cleaned]:
        _check_domain(domain)
    saved: dict[str, list[str]] = {}
    with db.transaction() as conn:
        for domain, gone in removals.items():
            for code in gone:
                try:
                    _delete(conn, domain, code)
                except ValidationError as exc:
                    raise ValidationError(f"{domain}.{exc.field}", exc.message) from exc
        for domain, words in cleaned.items():
            before = _labels(conn, domain)
            try:
                saved[domain] = _save_domain(conn, domain, words)
            except ValidationError as exc:  # say which list: the field is "role.label_zh"
                raise ValidationError(f"{domain}.{exc.field}", exc.message, exc.row) from exc
            after = _labels(conn, domain)
            changed = [code for code, words in before.items() if after.get(code) != words]
            if relabelled is not None and changed:
                relabelled(conn, domain, changed)
    return saved


def _labels(conn: sqlite3.Connection, domain: str) -> dict[str, tuple[str, str]]:
    """The owner's words stored for each code of a domain ("" and "" for a built-in code
    showing its own label)."""
    stored = {
        str(code): (str(zh), str(en))
        for code, zh, en in conn.execute(
            "SELECT code, label_zh, label_en FROM vocabulary WHERE domain = ?", (domain,)
        )
    }
    return {code: ("", "") for code in codes(DOMAIN_ENUMS[domain])} | stored


# How many records use a code of an extensible domain (:c is the code).
_USAGE_SQL = {
    "category": "SELECT (SELECT count(*) FROM revenue WHERE category = :c) + "
    "(SELECT count(*) FROM partner_shares WHERE EXISTS "
    "(SELECT 1 FROM json_each(categories) WHERE value = :c))",
    "event_type": "SELECT count(*) FROM events WHERE type = :c",
    "purpose": "SELECT count(*) FROM groups WHERE EXISTS "
    "(SELECT 1 FROM json_each(purposes) WHERE value = :c)",
    "value_type": "SELECT count(*) FROM groups WHERE EXISTS "
    "(SELECT 1 FROM json_each(value_types) WHERE value = :c)",
}


def usage_count(db: Database, domain: str, code: str) -> int:
    """How many records use an entry: ledger entries and partner shares for a category,
    events (series count once) for an event type, groups for a purpose or value type.
    Rename-only domains have no entries of the owner's and give 0."""
    return _usage_count(db.conn, domain, code)


def _usage_count(conn: sqlite3.Connection, domain: str, code: str) -> int:
    _check_domain(domain)
    sql = _USAGE_SQL.get(domain)
    if sql is None:
        return 0
    (count,) = conn.execute(sql, {"c": code}).fetchone()
    return int(count)


def is_known(conn: sqlite3.Connection, domain: str, code: str) -> bool:
    """Whether `code` is a built-in code of `domain` or an entry the owner added to it."""
    if is_builtin(domain, code):
        return True
    found = conn.execute(
        "SELECT 1 FROM vocabulary WHERE domain = ? AND code = ?", (domain, code)
    ).fetchone()
    return found is not None


def _delete(conn: sqlite3.Connection, domain: str, code: str) -> None:
    if is_builtin(domain, code):
        raise ValidationError("code", msg("A built-in entry can only be renamed, not deleted."))
    found = conn.execute(
        "SELECT label_zh, label_en FROM vocabulary WHERE domain = ? AND code = ?",
        (domain, code),
    ).fetchone()
    if found is None:
        raise ValidationError(
            "code", msg("“{code}” is not an entry of {domain}.", code=code, domain=domain)
        )
    uses = _usage_count(conn, domain, code)
    if uses:
        word = str(found[1] or found[0])
        raise ValidationError(
            "code",
            msg(
                "“{word}” is used by {uses} records; change them before deleting it.",
                word=word,
                uses=uses,
            )
            if uses != 1
            else msg("“{word}” is used by 1 record; change it before deleting it.", word=word),
        )
    conn.execute("DELETE FROM vocabulary WHERE domain = ? AND code = ?", (domain, code))


def delete_entry(db: Database, domain: str, code: str) -> None:
    """Remove an entry the owner added; refused while any record uses it."""
    save_vocabulary(db, {}, {domain: [code]})


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
                raise ValidationError("domain", msg("Entries can only be renamed here."), row)
            if not (word.label_zh or word.label_en):
                raise ValidationError("label_zh", msg("Enter a Chinese or English word."), row)
            if domain == "category" and word.kind not in codes(CategoryKind):
                raise ValidationError(
                    "kind",
                    msg("Say whether it is direct income, indirect income or an expense."),
                    row,
                )
            continue
        if word.code not in builtin and word.code not in stored:
            raise ValidationError(
                "code",
                msg("“{code}” is not a code of {domain}.", code=word.code, domain=domain),
                row,
            )
        if word.code not in builtin and not (word.label_zh or word.label_en):
            raise ValidationError("label_zh", msg("An added entry needs a word."), row)
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
            code = _new_code(domain, word, taken)
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
            raise ValidationError("label_zh", msg("“{zh}” is used twice.", zh=zh))
        if en and en.casefold() in seen_en:
            raise ValidationError("label_en", msg("“{en}” is used twice.", en=en))
        seen_zh.add(zh)
        seen_en.add(en.casefold())


def _slug(word: Word) -> str:
    """Lower-case ASCII words of the English label, else the pinyin of the Chinese one."""
    text = word.label_en
    if not text.isascii() or not _CODE_CHARS.sub("", text.casefold()):
        from pypinyin import lazy_pinyin  # its dictionaries load slowly: on first use only

        text = "".join(lazy_pinyin(word.label_zh or text))
    slug = _CODE_CHARS.sub("_", text.casefold()).strip("_")[:MAX_LABEL]
    return slug.strip("_") or "entry"


def _new_code(domain: str, word: Word, taken: set[str]) -> str:
    if domain == "category":
        stem = custom_category_prefix(CategoryKind(word.kind)) + _slug(word)
    else:
        stem = "custom_" + _slug(word)
    code, n = stem, 2
    while code in taken:
        code, n = f"{stem}_{n}", n + 1
    return code


def rename(db: Database, domain: str, code: str, label_zh: str, label_en: str) -> None:
    """Set the owner's words for one code; both empty restores a built-in label."""
    save_words(db, domain, [Word(code, label_zh, label_en)])


def add_entry(db: Database, domain: str, label_zh: str, label_en: str, kind: str = "") -> str:
    """Add the owner's own entry to an extensible domain; returns its new code.

    A category needs its `kind`: "direct", "indirect" or "expense".
    """
    return save_words(db, domain, [Word(None, label_zh, label_en, kind)])[0]
