"""A member draft and its checks before it is written: name, contacts, tags and referrer."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.members.contacts import normalise_phone, normalise_wechat_id, validate_email
from desktop.models.members.search import member_search_key, name_sort_key
from desktop.models.storage.db import Database

NAME_MAX_LENGTH = 100
TAG_MAX_LENGTH = 40
# Tags are shown and exported joined with ", ", and imported by splitting on commas.
_TAG_FORBIDDEN = (",", "，")


@dataclass(frozen=True, slots=True)
class MemberDraft:
    """A member as typed or imported, before validation."""

    name: str
    nickname: str = ""
    wechat_id: str = ""
    phone: str = ""
    email: str = ""
    referrer_id: int | None = None
    referrer_text: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()


# What a field that failed is replaced by to look for the next problem.
_FIELD_FALLBACKS: dict[str, dict[str, Any]] = {
    "name": {"name": "?"},
    "wechat_id": {"wechat_id": ""},
    "phone": {"phone": ""},
    "email": {"email": ""},
    "tags": {"tags": ()},
    "referrer": {"referrer_id": None},
}


def member_draft_errors(
    db: Database, draft: MemberDraft, *, member_id: int | None = None
) -> list[ValidationError]:
    """Every field of the draft that `create_member`/`update_member` would refuse, in form order.

    Nothing is written; a dialog shows one message beside each bad field.
    """
    errors: list[ValidationError] = []
    for _attempt in range(len(_FIELD_FALLBACKS) + 1):
        try:
            validated_member_row(db.conn, draft, member_id=member_id)
        except ValidationError as exc:
            errors.append(exc)
            fallback = _FIELD_FALLBACKS.get(exc.field)
            if fallback is None or any(e.field == exc.field for e in errors[:-1]):
                break
            draft = replace(draft, **fallback)
        else:
            break
    return errors


def clean_tag(tag: str) -> str:
    """The tag trimmed; a ValidationError on "tags" when empty, with a comma, or too long."""
    clean = tag.strip()
    if not clean:
        raise ValidationError("tags", msg("A tag cannot be empty."))
    if any(sep in clean for sep in _TAG_FORBIDDEN):
        raise ValidationError(
            "tags", msg("Tag “{tag}” contains a comma; use one tag per item.", tag=clean)
        )
    if len(clean) > TAG_MAX_LENGTH:
        raise ValidationError(
            "tags",
            msg("Tag “{tag}…” is longer than {most}.", tag=clean[:10], most=TAG_MAX_LENGTH),
        )
    return clean


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """The tags trimmed and checked, blanks and repeats left out, in their first order."""
    seen: dict[str, None] = {}
    for tag in tags:
        if tag.strip():
            seen.setdefault(clean_tag(tag), None)
    return tuple(seen)


def referral_reaches(conn: sqlite3.Connection, *, start: int | None, target: int) -> bool:
    """Whether following referrers upward from `start` arrives at `target`."""
    if start is None:
        return False
    # UNION (not UNION ALL) drops rows already seen, so an existing loop still ends.
    found = conn.execute(
        """
        WITH RECURSIVE up(id) AS (
            SELECT :start
            UNION
            SELECT m.referrer_id FROM up JOIN members m ON m.id = up.id
            WHERE m.referrer_id IS NOT NULL
        )
        SELECT 1 FROM up WHERE id = :target LIMIT 1
        """,
        {"start": start, "target": target},
    ).fetchone()
    return found is not None


def validated_member_row(
    conn: sqlite3.Connection, draft: MemberDraft, *, member_id: int | None
) -> tuple[dict[str, object], tuple[str, ...]]:
    """Check a draft field by field; return the `members` columns and the clean tags.

    On the connection of a transaction in progress; `member_id` is None for a new member.
    """
    name = draft.name.strip()
    if not name:
        raise ValidationError("name", msg("A name is required."))
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(
            "name",
            msg("A name is at most {limit} characters.", limit=NAME_MAX_LENGTH),
        )
    nickname = draft.nickname.strip()
    wechat_id = normalise_wechat_id(draft.wechat_id)
    phone = normalise_phone(draft.phone)
    email = validate_email(draft.email)
    tags = clean_tags(draft.tags)
    referrer_text = draft.referrer_text.strip()
    if draft.referrer_id is not None:
        if member_id is not None and draft.referrer_id == member_id:
            raise ValidationError("referrer", msg("A member cannot be their own referrer."))
        referrer_name = conn.execute(
            "SELECT name FROM members WHERE id = ?", (draft.referrer_id,)
        ).fetchone()
        if referrer_name is None:
            raise ValidationError(
                "referrer",
                msg("There is no member with id {referrer_id}.", referrer_id=draft.referrer_id),
            )
        if member_id is not None and referral_reaches(
            conn, start=draft.referrer_id, target=member_id
        ):
            raise ValidationError(
                "referrer",
                msg(
                    "{name} was referred (directly or not) by this member, so cannot be "
                    "their referrer.",
                    name=referrer_name[0],
                ),
            )
        referrer_text = ""  # the link replaces the unmatched name
    notes = draft.notes.strip()
    row: dict[str, object] = {
        "name": name,
        "nickname": nickname,
        "wechat_id": wechat_id,
        "phone": phone,
        "email": email,
        "referrer_id": draft.referrer_id,
        "referrer_text": referrer_text,
        "notes": notes,
        "search_key": member_search_key(
            name, nickname, wechat_id, phone, " ".join(sorted(tags)), notes
        ),
        "name_key": name_sort_key(name),
    }
    return row, tags
