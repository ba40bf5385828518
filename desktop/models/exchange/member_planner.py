"""The member import's row checks: each row of a sheet checked against the file and the
database (nothing written), the valid ones kept as `PlannedMember` rows ready to write.

`Planner.check_chunk` checks a chunk of rows column by column: each column is checked in
one pass (a column of plain WeChat IDs, mobiles and dates needs no per-cell check), and a
row with anything unusual in it goes through `Planner.check_row`, which checks one row
field by field and words every problem. Both give the same plan (a test compares them).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import Any, cast

from desktop.models.core.codes import Role
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.core.text_safety import UNSAFE_ONE_LINE, multi_line, one_line
from desktop.models.exchange.import_engine import (
    Problem,
    Severity,
    formula_gap,
    mapped_gaps,
    too_long,
)
from desktop.models.exchange.member_cells import parse_role, role_aliases, role_key, split_tags
from desktop.models.exchange.member_fields import field_label
from desktop.models.exchange.sheet_files import MAX_CELL_CHARS, Cell
from desktop.models.exchange.sheets import (
    SheetData,
    SheetRow,
    cell_text,
    is_filled,
    parse_day_or_error,
)
from desktop.models.members.bulk import PlannedMember
from desktop.models.members.contacts import (
    EMAIL_MAX_LENGTH,
    WECHAT_MAX_LENGTH,
    WECHAT_MIN_LENGTH,
    normalise_phone,
    normalise_wechat_id,
    validate_email,
)

# The bulk path checks each field with the same functions `create_member` uses, so a row
# imported here is stored exactly as it would be typed in (a test compares the two).
from desktop.models.members.drafts import NAME_MAX_LENGTH, clean_tags
from desktop.models.members.search import name_sort_key, pinyin_readings
from desktop.models.storage.db import Database

# Group cells may list several groups, joined as the roster shows them.
GROUP_SEPARATOR = "、"


@dataclass(frozen=True, slots=True)
class UnknownRole:
    """A role value of the file that no known word names: how many rows hold it, and the
    role it is mapped to (given with the import, or remembered from an earlier one; None
    until the owner maps it)."""

    value: str  # as first written in the file
    rows: int
    role: str | None = None


# Field codes as plain strings: the row loop runs 100,000 times and enum lookups add up.
_NAME, _NICKNAME, _WECHAT_ID, _PHONE, _EMAIL = "name", "nickname", "wechat_id", "phone", "email"
_JOINED, _GROUP, _ROLE, _REFERRER, _TAGS = "joined", "group", "role", "referrer", "tags"
_NOTES, _PAID_UNTIL = "notes", "paid_until"
_TEXT_FIELDS = (
    _NAME, _NICKNAME, _WECHAT_ID, _PHONE, _EMAIL, _REFERRER, _NOTES, _TAGS, _ROLE, _GROUP,
)  # fmt: skip
_DATE_FIELDS = (_JOINED, _PAID_UNTIL)
_MULTI_LINE_AT = frozenset({_TEXT_FIELDS.index(_NOTES), _TEXT_FIELDS.index(_TAGS)})
# Values already in their stored form, which the contact checks would return unchanged
# (ASCII only: the checks fold full-width forms first). Most cells of a real list are
# like this, and one match is several times quicker than the full check.
_PLAIN_WECHAT = re.compile(f"[A-Za-z0-9_-]{{{WECHAT_MIN_LENGTH},{WECHAT_MAX_LENGTH}}}")
_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}"
)
_NON_DIGIT = re.compile(r"\D+")
# A text field's cells up to this length can't make a row's texts too long together.
_CELL_SHARE = MAX_CELL_CHARS // len(_TEXT_FIELDS)
_BLANK = ("", None)
_NO_DAY = dt.date.min
_MEMBER_KEYS = (
    "name", "nickname", "wechat_id", "phone", "email", "referrer_id", "referrer_text", "notes",
    "search_key", "name_key",
)  # fmt: skip


def _plain_email(text: str) -> bool:
    """Whether an email is already as `validate_email` would store it (see _PLAIN_EMAIL)."""
    return len(text) <= EMAIL_MAX_LENGTH and _PLAIN_EMAIL.fullmatch(text) is not None


def group_key(name: str) -> str:
    """A group name as groups are told apart (any case, spaces around left out)."""
    # casefold, like groups._checked_name, which refuses two names differing only in case
    return name.strip().casefold()


class Planner:
    """Checks rows one by one, then links referrers; `plan()` holds the whole recipe."""

    def __init__(
        self,
        db: Database,
        sheet: SheetData,
        mapping: tuple[str | None, ...],
        group_id: int | None,
        today: dt.date,
        role_map: Mapping[str, str],
    ) -> None:
        conn = db.conn
        self.conn = conn
        self.sheet = sheet
        self.today = today
        self.column = {code: i for i, code in enumerate(mapping) if code is not None}
        self.header = {code: sheet.headers[i] for code, i in self.column.items()}
        self.groups = {
            group_key(name): int(gid) for gid, name in conn.execute("SELECT id, name FROM groups")
        }
        self.forced_group: str | None = None
        if group_id is not None:
            found = conn.execute("SELECT name FROM groups WHERE id = ?", (group_id,)).fetchone()
            if found is None:
                raise ValidationError("group", msg("There is no group with id {id}.", id=group_id))
            self.forced_group = group_key(found[0])
        self.has_group_column = self.forced_group is not None or _GROUP in self.column
        self.role_aliases = role_aliases(conn)
        self.role_map = {role_key(value): code for value, code in role_map.items()}
        self.role_cache: dict[str, str] = {}
        # Unknown role values by key: [as first written, rows holding it].
        self.unknown: dict[str, list[Any]] = {}
        self.tag_cache: dict[str, tuple[str, ...] | ValidationError] = {}
        self.day_cache: dict[str, dt.date | ValueError | None] = {}
        self.reading_cache: dict[str, str] = {}
        self.tags_key: dict[tuple[str, ...], str] = {}
        self.group_cache: dict[str, tuple[list[tuple[str, str]], tuple[str, ...]]] = {}
        # Each picks its cells in one C call; -1 is the blank cell check_row adds.
        self.pick_texts = operator.itemgetter(*(self.column.get(c, -1) for c in _TEXT_FIELDS))
        self.pick_dates = operator.itemgetter(*(self.column.get(c, -1) for c in _DATE_FIELDS))
        self.width = max(self.column.values(), default=-1) + 1
        self.gaps = mapped_gaps(sheet, self.column)
        self.db_wechat: dict[str, tuple[int, str]] = {}
        self.db_phone: dict[str, tuple[int, str]] = {}
        for mid, name, wechat, phone in conn.execute(
            "SELECT id, name, lower(wechat_id), phone FROM members "
            "WHERE wechat_id <> '' OR phone <> '' ORDER BY id"
        ):
            if wechat:
                self.db_wechat.setdefault(wechat, (mid, name))
            if phone:
                self.db_phone.setdefault(phone, (mid, name))
        self.file_wechat: dict[str, tuple[int, str]] = {}
        self.file_phone: dict[str, tuple[int, str]] = {}
        self.new_groups: dict[str, str] = {}
        self.pending: list[PlannedMember] = []
        self.problems: list[Problem] = []
        self.invalid: list[int] = []

    # ---- one row ---------------------------------------------------------------------

    def add(self, row: int, code: str, message: str, severity: Severity = Severity.ERROR) -> None:
        column = self.header.get(code) or field_label(code)
        self.problems.append(Problem(row, column, code, message, severity))

    def check_row(self, number: int, cells: list[Cell]) -> None:
        before = len(self.problems)
        fields = self.fields(number, cells)
        if len(self.problems) > before:
            self.invalid.append(number)
            return
        if fields is None:
            return  # filled only in columns that are not imported: nothing to say
        texts, dates = fields
        name, nickname, wechat, phone, email, referrer, notes, tags, role, group = texts
        member, member_tags = self.member_columns(
            number, name, nickname, wechat, phone, email, referrer, notes, tags
        )
        joined = self.day(number, dates[0], _JOINED, future=False)
        paid_until = self.day(number, dates[1], _PAID_UNTIL, future=True)
        role_code = self.role(role)
        groups, group_keys = self.group_keys(group)
        wechat_key = phone_key = ""
        if member is not None:
            wechat_key, phone_key = str(member["wechat_id"]).lower(), str(member["phone"])
            self.duplicates(number, wechat_key, phone_key)
        if len(self.problems) > before:
            self.invalid.append(number)
            return
        assert member is not None  # no problem was added, so every field passed
        if (
            not groups
            and self.has_group_column
            and (role.strip() or joined is not None or paid_until is not None)
        ):
            self.no_group(number)
        if wechat_key:
            self.file_wechat.setdefault(wechat_key, (number, str(member["name"])))
        if phone_key:
            self.file_phone.setdefault(phone_key, (number, str(member["name"])))
        for key, written in groups:
            if key not in self.groups and key not in self.new_groups:
                self.new_groups[key] = written
        self.pending.append(
            PlannedMember(
                number, member, member_tags, group_keys, joined or self.today, role_code, paid_until
            )
        )

    def no_group(self, number: int) -> None:
        """Warn that a row without a group keeps no role or dates."""
        self.add(
            number,
            _GROUP,
            msg("no group, so the role and dates of this row are not recorded"),
            Severity.WARNING,
        )

    def fields(self, number: int, cells: list[Cell]) -> tuple[list[str], Sequence[Cell]] | None:
        """The imported texts (control characters out) and date cells of a row; None when
        all are blank. Formula cells without a value and texts over `MAX_CELL_CHARS` are
        reported here (the caller then checks nothing else)."""
        if number in self.gaps:
            for code in self.gaps[number]:
                self.add(number, code, formula_gap())
        # One extra blank cell at the end is what the fields without a column read.
        padded = [*cells, ""]
        if len(cells) < self.width:  # a short row of a sheet too big to pad
            padded = [*cells, *[""] * (self.width - len(cells) + 1)]
        texts = [v if v.__class__ is str else cell_text(v) for v in self.pick_texts(padded)]
        dates = self.pick_dates(padded)
        together = "".join(texts)
        if not together.strip() and not any(map(is_filled, dates)):
            return None
        # isprintable() is false for every character `cleaned` removes, and far quicker
        # than searching for them (most rows hold none).
        if not together.isprintable() and UNSAFE_ONE_LINE.search(together):
            texts = self.cleaned(texts)
        if len(together) > MAX_CELL_CHARS:
            self.too_long(number, texts)
        return texts, dates

    def cleaned(self, texts: list[str]) -> list[str]:
        """The texts without control characters (see `text_safety`): notes and tags keep
        their tabs and line breaks, which elsewhere become spaces."""
        return [
            multi_line(text) if at in _MULTI_LINE_AT else one_line(text)
            for at, text in enumerate(texts)
        ]

    def too_long(self, number: int, texts: Sequence[str]) -> None:
        """Report each text over `MAX_CELL_CHARS` (the row's other checks are not run)."""
        for code, text in zip(_TEXT_FIELDS, texts, strict=True):
            if len(text) > MAX_CELL_CHARS:
                self.add(number, code, too_long(len(text), MAX_CELL_CHARS))

    def member_columns(
        self,
        number: int,
        name: str,
        nickname: str,
        wechat: str,
        phone: str,
        email: str,
        referrer: str,
        notes: str,
        tags_text: str,
    ) -> tuple[dict[str, object] | None, tuple[str, ...]]:
        """The `members` columns of a row as `drafts.validated_member_row` builds them, or None
        after reporting every bad field (that function stops at the first)."""
        ok = True
        name, nickname = name.strip(), nickname.strip()
        if not (name or nickname or wechat.strip()):
            self.add(number, _NAME, msg("a name, nickname or WeChat ID is required"))
            ok = False
        for code, text in ((_NAME, name), (_NICKNAME, nickname)):
            if len(text) > NAME_MAX_LENGTH:
                self.add(number, code, too_long(len(text), NAME_MAX_LENGTH))
                ok = False
        # The checks map "" to "", so blank cells skip the call; a value already in its
        # stored form skips it too (the check would return it unchanged).
        stored = []
        for code, written, plain, check in (
            (_WECHAT_ID, wechat, _PLAIN_WECHAT.fullmatch, normalise_wechat_id),
            (_PHONE, phone, _PLAIN_MOBILE.fullmatch, normalise_phone),
            (_EMAIL, email, _plain_email, validate_email),
        ):
            text = written
            if text and not plain(text):
                try:
                    text = check(text)
                except ValidationError as exc:
                    self.add(number, code, exc.message)
                    ok = False
            stored.append(text)
        wechat, phone, email = stored
        tags = self.tags(number, tags_text)
        if not ok or tags is None:
            return None, ()
        notes = notes.strip()
        # Shown by what it has: the roster lists a member by name, so a member known only
        # by nickname (or WeChat ID) is stored under it (masked exports still hide an ID).
        name = name or nickname or wechat
        key = self.search_key(name, nickname, wechat, phone, tags, notes)
        return {
            "name": name,
            "nickname": nickname,
            "wechat_id": wechat,
            "phone": phone,
            "email": email,
            "referrer_id": None,
            "referrer_text": referrer.strip(),
            "notes": notes,
            "search_key": key,
            "name_key": name_sort_key(name),
        }, tags

    def search_key(
        self,
        name: str,
        nickname: str,
        wechat: str,
        phone: str,
        tags: tuple[str, ...],
        notes: str,
    ) -> str:
        """`member_search_key` of a checked row, with each name's pinyin part made once.

        Names repeat down a big list (and each has a dozen readings to clean and join):
        the same parts joined the same way, so the key is the same string.
        """
        tags_text = self.tags_key.get(tags)
        if tags_text is None:
            tags_text = self.tags_key[tags] = " ".join(sorted(tags)).strip().lower()
        parts = [
            name.lower(),
            nickname.lower(),
            wechat.lower(),
            _NON_DIGIT.sub("", phone) if phone else "",
            tags_text,
            notes.lower(),
            self.readings(name),
            self.readings(nickname),
        ]
        return "\x1f".join([part for part in parts if part])

    def readings(self, text: str) -> str:
        """The pinyin part of a search key for one name (see `member_search_key`)."""
        found = self.reading_cache.get(text)
        if found is None:
            found = self.reading_cache[text] = "\x1f".join(
                p.strip().lower() for p in pinyin_readings(text) if p and p.strip()
            )
        return found

    def tags(self, number: int, text: str) -> tuple[str, ...] | None:
        known = self.tag_cache.get(text)
        if known is None:
            try:
                known = clean_tags(split_tags(text))
            except ValidationError as exc:
                known = exc
            self.tag_cache[text] = known
        if isinstance(known, ValidationError):
            self.add(number, _TAGS, known.message)
            return None
        return known

    def day(self, number: int, value: Cell, code: str, *, future: bool) -> dt.date | None:
        if value.__class__ is dt.date:  # an Excel date cell, the common case
            known: dt.date | ValueError | None = value
        elif value == "" or value is None:
            return None
        elif isinstance(value, str):
            if len(value) > MAX_CELL_CHARS:
                self.add(number, code, too_long(len(value), MAX_CELL_CHARS))
                return None
            # Text dates repeat a lot down a column, so each distinct text is parsed once.
            known = self.day_cache.get(value)
            if known is None:
                known = self.day_cache[value] = parse_day_or_error(value, serials=True)
        else:
            known = parse_day_or_error(value, serials=True)
        if isinstance(known, ValueError):
            self.add(number, code, str(known))
            return None
        if known is not None and not future and known > self.today:
            self.add(number, code, msg("{day} is in the future", day=known.isoformat()))
            return None
        return known

    def role(self, text: str) -> str:
        """The role code of a cell; a value no word names is counted as unknown (and
        mapped as the owner chose, follower until then)."""
        text = text.strip()
        if not text:
            return Role.FOLLOWER.value
        known = self.role_cache.get(text)
        if known is not None:
            return known
        try:
            known = self.role_cache[text] = parse_role(text, self.role_aliases)
        except ValueError:
            key = role_key(text)
            self.unknown.setdefault(key, [text, 0])[1] += 1
            return self.role_map.get(key, Role.FOLLOWER.value)
        return known

    # ---- a chunk of rows, column by column -------------------------------------------

    def check_chunk(self, rows: Sequence[SheetRow]) -> None:
        """Check rows in the file's order: the plain ones column by column, the others
        (and a plain one repeating a WeChat ID or phone) one by one with `check_row`."""
        grid = [cells for _number, cells in rows]
        if not grid or min(map(len, grid)) < self.width:  # short rows: a sparse sheet
            for number, cells in rows:
                self.check_row(number, cells)
            return
        odd: set[int] = set()  # the rows `check_row` checks
        if self.gaps:
            odd.update(at for at, row in enumerate(rows) if row[0] in self.gaps)
        texts = {code: self.text_column(code, grid, odd) for code in _TEXT_FIELDS}
        self.odd_contacts(texts, odd)
        names = list(map(str.strip, texts[_NAME]))
        nicknames = list(map(str.strip, texts[_NICKNAME]))
        wechats, phones = texts[_WECHAT_ID], texts[_PHONE]
        # Shown by what it has (see `member_columns`); a row with none of the three is odd.
        shown = [n or k or w for n, k, w in zip(names, nicknames, wechats, strict=True)]
        if not all(shown):
            odd.update(at for at, name in enumerate(shown) if not name)
        tags = self.tags_column(texts[_TAGS], odd)
        joined = self.date_column(_JOINED, grid, odd, future=False)
        paid = self.date_column(_PAID_UNTIL, grid, odd, future=True)
        roles = list(map(str.strip, texts[_ROLE]))
        codes = self.role_column(roles, odd)
        groups = self.group_column(texts[_GROUP])
        wechat_keys = list(map(str.lower, wechats))
        members = self.member_column(
            shown, nicknames, wechat_keys, texts, tags,
            list(map(str.strip, texts[_REFERRER])), list(map(str.strip, texts[_NOTES])),
        )  # fmt: skip
        today, pending = self.today, self.pending
        for at, (number, cells) in enumerate(rows):
            wechat_key, phone_key = wechat_keys[at], phones[at]
            if (
                at in odd
                or (wechat_key and (wechat_key in self.db_wechat or wechat_key in self.file_wechat))
                or (phone_key and (phone_key in self.db_phone or phone_key in self.file_phone))
            ):
                self.check_row(number, cells)  # it words each problem
                continue
            if wechat_key:
                self.file_wechat.setdefault(wechat_key, (number, shown[at]))
            if phone_key:
                self.file_phone.setdefault(phone_key, (number, shown[at]))
            found, keys = groups[at]
            if found:
                for key, written in found:
                    if key not in self.groups and key not in self.new_groups:
                        self.new_groups[key] = written
            elif self.has_group_column and (roles[at] or joined[at] or paid[at]):
                self.no_group(number)
            member_tags = tags[at]
            assert isinstance(member_tags, tuple)  # a bad tag cell makes its row odd
            pending.append(
                PlannedMember(
                    number, members[at], member_tags, keys, joined[at] or today, codes[at],
                    paid[at],
                )
            )  # fmt: skip

    def odd_contacts(self, texts: Mapping[str, list[str]], odd: set[int]) -> None:
        """Make odd the rows with a name or nickname too long, or a WeChat ID, phone or
        email not already in its stored form (most are: one pass over the column)."""
        for column in (texts[_NAME], texts[_NICKNAME]):
            if max(map(len, column)) > NAME_MAX_LENGTH:
                odd.update(at for at, text in enumerate(column) if len(text) > NAME_MAX_LENGTH)
        plain_forms = (
            (texts[_WECHAT_ID], _PLAIN_WECHAT.fullmatch),
            (texts[_PHONE], _PLAIN_MOBILE.fullmatch),
            (texts[_EMAIL], _plain_email),
        )
        for column, plain in plain_forms:
            if not all(map(plain, filter(None, column))):
                odd.update(at for at, text in enumerate(column) if text and not plain(text))

    def text_column(self, code: str, grid: list[list[Cell]], odd: set[int]) -> list[str]:
        """A text field's cells as text ("" without a column); rows with a control
        character or a very long text are odd."""
        at = self.column.get(code)
        if at is None:
            return [""] * len(grid)
        column = [v if v.__class__ is str else cell_text(v) for v in map(itemgetter(at), grid)]
        if not all(map(str.isprintable, column)):
            odd.update(i for i, text in enumerate(column) if not text.isprintable())
        if max(map(len, column)) > _CELL_SHARE:
            odd.update(i for i, text in enumerate(column) if len(text) > _CELL_SHARE)
        return column

    def tags_column(
        self, column: list[str], odd: set[int]
    ) -> list[tuple[str, ...] | ValidationError]:
        """Each row's tags, each distinct cell split once; rows with a bad one are odd."""
        for text in set(column) - self.tag_cache.keys():
            try:
                self.tag_cache[text] = clean_tags(split_tags(text))
            except ValidationError as exc:
                self.tag_cache[text] = exc
        tags = list(map(self.tag_cache.__getitem__, column))
        if not all(found.__class__ is tuple for found in map(self.tag_cache.get, set(column))):
            odd.update(at for at, found in enumerate(tags) if found.__class__ is not tuple)
        return tags

    def date_column(
        self, code: str, grid: list[list[Cell]], odd: set[int], *, future: bool
    ) -> list[dt.date | None]:
        """A date field's Excel dates (None: blank); rows with any other value there, or
        a joined day after today, are odd."""
        at = self.column.get(code)
        if at is None:
            return [None] * len(grid)
        column = list(map(itemgetter(at), grid))
        if set(map(type, column)) == {dt.date}:  # a column of Excel dates, the common case
            days = cast(list[dt.date | None], column)
        else:
            days = [
                v if isinstance(v, dt.date) and v.__class__ is dt.date else None for v in column
            ]
            odd.update(
                i for i, v in enumerate(column) if v.__class__ is not dt.date and v not in _BLANK
            )
        if not future and max(filter(None, days), default=_NO_DAY) > self.today:
            odd.update(i for i, day in enumerate(days) if day is not None and day > self.today)
        return days

    def role_column(self, roles: list[str], odd: set[int]) -> list[str]:
        """Each row's role code (a blank cell: follower); rows with a role no word
        names are odd (`check_row` counts them)."""
        for text in set(roles) - self.role_cache.keys() - {""}:
            with contextlib.suppress(ValueError):
                self.role_cache[text] = parse_role(text, self.role_aliases)
        known = {**self.role_cache, "": Role.FOLLOWER.value}
        codes = list(map(known.get, roles))
        if None in codes:
            odd.update(at for at, found in enumerate(codes) if found is None)
        return cast(list[str], codes)  # the odd rows' are not used

    def group_column(
        self, column: list[str]
    ) -> list[tuple[list[tuple[str, str]], tuple[str, ...]]]:
        """Each row's `group_keys`, each distinct cell read once."""
        for text in set(column) - self.group_cache.keys():
            self.group_keys(text)
        return list(map(self.group_cache.__getitem__, column))

    def member_column(
        self,
        shown: list[str],
        nicknames: list[str],
        wechat_keys: list[str],
        texts: Mapping[str, list[str]],
        tags: list[tuple[str, ...] | ValidationError],
        referrers: list[str],
        notes: list[str],
    ) -> list[dict[str, object]]:
        """The `members` columns of each row as `member_columns` builds them (the odd
        rows' are not used): the search key's parts in the same order, each name's
        pinyin made once."""
        readings = self.reading_cache
        for text in (set(shown) | set(nicknames)) - readings.keys():
            if len(text) <= NAME_MAX_LENGTH:
                self.readings(text)
        for found in set(tags) - self.tags_key.keys():
            if isinstance(found, tuple):
                self.tags_key[found] = " ".join(sorted(found)).strip().lower()
        parts = zip(
            map(str.lower, shown), map(str.lower, nicknames), wechat_keys,
            texts[_PHONE],  # digits alone in a plain mobile
            map(self.tags_key.get, tags), map(str.lower, notes),  # type: ignore[arg-type]
            map(readings.get, shown), map(readings.get, nicknames), strict=True,
        )  # fmt: skip
        keys = map("\x1f".join, map(filter, repeat(None), parts))
        columns = zip(
            shown, nicknames, texts[_WECHAT_ID], texts[_PHONE], texts[_EMAIL], repeat(None),
            referrers, notes, keys, map(name_sort_key, shown),
        )  # fmt: skip
        return list(map(dict, map(zip, repeat(_MEMBER_KEYS), columns)))

    def unknown_roles(self) -> tuple[UnknownRole, ...]:
        """The unknown role values met, with their rows and mapping."""
        return tuple(
            UnknownRole(written, rows, self.role_map.get(key))
            for key, (written, rows) in self.unknown.items()
        )

    def group_keys(self, text: str) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
        """(key, name as written) of each group a row names, and the keys alone; the
        forced group overrides the cell."""
        known = self.group_cache.get(text)
        if known is not None:
            return known
        clean = text.strip()
        found: dict[str, str] = {}
        if self.forced_group is not None:
            found[self.forced_group] = self.forced_group
        elif clean:
            # A whole cell naming an existing group wins over splitting it at 、.
            whole = group_key(clean) in self.groups
            for part in [clean] if whole else clean.split(GROUP_SEPARATOR):
                if part.strip():
                    found.setdefault(group_key(part), part.strip())
        known = self.group_cache[text] = (list(found.items()), tuple(found))
        return known

    def duplicates(self, number: int, wechat_key: str, phone_key: str) -> None:
        if wechat_key and (wechat_key in self.db_wechat or wechat_key in self.file_wechat):
            self.duplicate(number, _WECHAT_ID, wechat_key, self.db_wechat, self.file_wechat)
        if phone_key and (phone_key in self.db_phone or phone_key in self.file_phone):
            self.duplicate(number, _PHONE, phone_key, self.db_phone, self.file_phone)

    def duplicate(
        self,
        number: int,
        code: str,
        value: str,
        in_db: Mapping[str, tuple[int, str]],
        in_file: Mapping[str, tuple[int, str]],
    ) -> None:
        wechat = code == _WECHAT_ID
        if value in in_db:
            mid, name = in_db[value]
            text = (
                msg("duplicate: {name} (#{id}) already has this WeChat ID", name=name, id=mid)
                if wechat
                else msg(
                    "duplicate: {name} (#{id}) already has this phone number", name=name, id=mid
                )
            )
        else:
            row, name = in_file[value]
            text = (
                msg("duplicate: same WeChat ID as {name} in row {row}", name=name, row=row)
                if wechat
                else msg("duplicate: same phone number as {name} in row {row}", name=name, row=row)
            )
        self.add(number, code, text)
