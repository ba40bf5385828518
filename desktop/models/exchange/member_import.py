"""Members from a spreadsheet: the member list target of the import engine.

The steps are separate so a preview can sit between them: `read_sheet` finds the header
row and keeps the raw cells, `MEMBER_FIELDS.guess` names the field of each column,
`plan_import` checks every row (nothing is written) and `apply_import` writes the plan in
one transaction through `members.bulk`, chunk by chunk, so it can report progress and be
cancelled (see `import_engine` for the steps every target shares).
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.models.core.codes import Role
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.core.text_safety import UNSAFE_ONE_LINE, multi_line, one_line
from desktop.models.exchange import sheets
from desktop.models.exchange.import_engine import (
    CancelledFn,
    Problem,
    ProgressFn,
    Severity,
    check_not_cancelled,
    check_ready,
    check_rows,
    check_unchanged,
    chosen_mapping,
    formula_gap,
    mapped_gaps,
    sheet_warnings,
    sorted_problems,
    too_long,
    write_chunks,
)
from desktop.models.exchange.member_cells import (
    parse_role,
    remember_roles,
    remembered_roles,
    role_aliases,
    role_key,
    split_tags,
)
from desktop.models.exchange.member_fields import (
    MEMBER_FIELDS,
    WHO_FIELDS,
    field_label,
    no_who_column,
)
from desktop.models.exchange.member_referrers import link_referrers
from desktop.models.exchange.sheet_files import MAX_CELL_CHARS, Cell
from desktop.models.exchange.sheets import SheetData, cell_text, is_filled, parse_day_or_error
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members import bulk
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
from desktop.models.members.search import load_readings, name_sort_key, pinyin_readings
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


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do, checked against the database; nothing is written yet."""

    sheet: SheetData
    mapping: tuple[str | None, ...]
    group_id: int | None
    today: dt.date
    rows: tuple[PlannedMember, ...]
    problems: tuple[Problem, ...]
    invalid_rows: tuple[int, ...]  # sheet row numbers with at least one error
    new_groups: tuple[str, ...]  # names in the file that no group has yet, as first written
    group_ids: Mapping[str, int]  # casefolded name -> id of the groups that exist
    stamp: tuple[int, ...]  # the database's state when planned; apply refuses a changed one
    referrers_linked: int = 0
    referrers_as_text: int = 0
    unknown_roles: tuple[UnknownRole, ...] = ()  # in the order the file first shows them

    @property
    def unmapped_roles(self) -> tuple[UnknownRole, ...]:
        """The unknown role values not mapped yet: the import waits for them."""
        return tuple(u for u in self.unknown_roles if u.role is None)

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that keep a row out."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that are only reported."""
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote."""

    imported: int
    skipped: int
    groups_created: tuple[str, ...]
    memberships: int
    referrers_linked: int
    referrers_as_text: int
    member_ids: tuple[int, ...] = field(default=())


def read_sheet(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    delimiter: str | None = None,
) -> SheetData:
    """`sheets.read_sheet` with the header found by the member list's column titles.

    pypinyin's dictionaries, which the search keys need next, load meanwhile in another
    thread: calamine reads without holding the interpreter, so that costs no time.
    """
    threading.Thread(target=load_readings, name="load-readings", daemon=True).start()
    return sheets.read_sheet(
        path, sheet=sheet, header_row=header_row, delimiter=delimiter, score=MEMBER_FIELDS.score
    )


# ---------------------------------------------------------------------------------------
# Planning: every row checked against the file and the database, nothing written
# ---------------------------------------------------------------------------------------


def _stamp(conn: sqlite3.Connection) -> tuple[int, ...]:
    """Counts and top ids of members and groups: they change when either table gains rows."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM members), (SELECT coalesce(max(id), 0) FROM members), "
        "(SELECT count(*) FROM groups), (SELECT coalesce(max(id), 0) FROM groups), "
        "(SELECT count(*) FROM members WHERE wechat_id <> '' OR phone <> '')"
    ).fetchone()
    return tuple(int(v) for v in row)


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


def _group_key(name: str) -> str:
    # casefold, like groups._checked_name, which refuses two names differing only in case
    return name.strip().casefold()


class _Planner:
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
            _group_key(name): int(gid) for gid, name in conn.execute("SELECT id, name FROM groups")
        }
        self.forced_group: str | None = None
        if group_id is not None:
            found = conn.execute("SELECT name FROM groups WHERE id = ?", (group_id,)).fetchone()
            if found is None:
                raise ValidationError("group", msg("There is no group with id {id}.", id=group_id))
            self.forced_group = _group_key(found[0])
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
            self.add(
                number,
                _GROUP,
                msg("no group, so the role and dates of this row are not recorded"),
                Severity.WARNING,
            )
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
        if wechat and not _PLAIN_WECHAT.fullmatch(wechat):
            try:
                wechat = normalise_wechat_id(wechat)
            except ValidationError as exc:
                self.add(number, _WECHAT_ID, exc.message)
                ok = False
        if phone and not _PLAIN_MOBILE.fullmatch(phone):
            try:
                phone = normalise_phone(phone)
            except ValidationError as exc:
                self.add(number, _PHONE, exc.message)
                ok = False
        if email and not (len(email) <= EMAIL_MAX_LENGTH and _PLAIN_EMAIL.fullmatch(email)):
            try:
                email = validate_email(email)
            except ValidationError as exc:
                self.add(number, _EMAIL, exc.message)
                ok = False
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
            whole = _group_key(clean) in self.groups
            for part in [clean] if whole else clean.split(GROUP_SEPARATOR):
                if part.strip():
                    found.setdefault(_group_key(part), part.strip())
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


def plan_import(
    db: Database,
    sheet: SheetData,
    mapping: Sequence[str | None] | None = None,
    *,
    group_id: int | None = None,
    today: dt.date | None = None,
    role_map: Mapping[str, str] | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportPlan:
    """Check every row of the sheet against the file and the database; write nothing.

    `mapping` gives each column's field code (None: not imported; default: guessed from
    the headers); `group_id` puts every row in that group instead of the group column;
    `role_map` maps role values no known word names to role codes (over the ones
    remembered from earlier imports).
    """
    today = today or db.clock.today()
    chosen = chosen_mapping(MEMBER_FIELDS, sheet, mapping, "member")
    if not set(WHO_FIELDS) & set(chosen):
        raise ValidationError("mapping", no_who_column())
    roles = remembered_roles(db) | {role_key(v): c for v, c in (role_map or {}).items()}
    planner = _Planner(db, sheet, chosen, group_id, today, roles)
    planner.problems.extend(sheet_warnings(sheet))
    check_rows(sheet, planner.check_row, progress, cancelled)

    def warn(row: int, message: str) -> None:
        planner.add(row, _REFERRER, message, Severity.WARNING)

    linked, kept = link_referrers(db.conn, planner.pending, warn)
    dated = {_ROLE, _JOINED, _PAID_UNTIL} & set(planner.column)
    if not planner.has_group_column and dated and planner.pending:
        planner.problems.append(
            Problem(
                None,
                "",
                _GROUP,
                msg(
                    "no group column and no group chosen: members are imported without a "
                    "group, so their {columns} columns are not recorded",
                    columns=", ".join(planner.header[c] for c in sorted(dated)),
                ),
                Severity.WARNING,
            )
        )
    return ImportPlan(
        sheet=sheet,
        mapping=chosen,
        group_id=group_id,
        today=today,
        rows=tuple(planner.pending),
        problems=sorted_problems(planner.problems, chosen),
        invalid_rows=tuple(planner.invalid),
        new_groups=tuple(planner.new_groups.values()),
        group_ids=planner.groups,
        stamp=_stamp(db.conn),
        referrers_linked=linked,
        referrers_as_text=kept,
        unknown_roles=planner.unknown_roles(),
    )


def unmapped_roles_text(unmapped: Sequence[UnknownRole]) -> str:
    """The one message of role values that wait for a mapping."""
    values = "、".join(msg("“{value}” ({rows} rows)", value=u.value, rows=u.rows) for u in unmapped)
    return msg(
        "These roles are not known yet: {values}. Choose the role each stands for; "
        "nothing was imported.",
        values=values,
    )


def apply_import(
    db: Database,
    plan: ImportPlan,
    *,
    valid_only: bool = False,
    create_groups: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportResult:
    """Write the planned members, memberships and roles in one transaction.

    With invalid rows nothing is written unless `valid_only`; groups the file names that
    don't exist are created only with `create_groups`. A cancel between chunks, or any
    error, rolls everything back.
    """
    if plan.unmapped_roles:
        raise ValidationError("role", unmapped_roles_text(plan.unmapped_roles))
    check_ready(plan.errors, len(plan.invalid_rows), len(plan.rows), valid_only=valid_only)
    if plan.new_groups and not create_groups:
        raise ValidationError(
            "group",
            msg(
                "These groups don't exist yet: {groups}. Confirm creating them; nothing was "
                "imported.",
                groups=GROUP_SEPARATOR.join(plan.new_groups),
            ),
        )
    total = len(plan.rows)
    with db.transaction() as conn:
        check_unchanged(_stamp(conn), plan.stamp)
        group_ids = dict(plan.group_ids)
        earliest_of = bulk.earliest_joined(plan.rows) if plan.new_groups else {}
        for name in plan.new_groups:
            key = _group_key(name)
            earliest = earliest_of.get(key, plan.today)
            group_ids[key] = create_group(
                db, GroupDraft(name=name, created_on=min(earliest, plan.today)), today=plan.today
            )
        created = dt.datetime.combine(plan.today, db.clock.now().time())
        with bulk.bulk_insert(conn, total, group_ids, created) as writer:
            write_chunks(plan.rows, lambda _at, chunk: writer.write(chunk), progress, cancelled)
        check_not_cancelled(cancelled)
        remember_roles(db, [(u.value, u.role) for u in plan.unknown_roles if u.role])
    return ImportResult(
        imported=total,
        skipped=len(plan.invalid_rows),
        groups_created=plan.new_groups,
        memberships=writer.next_membership - writer.first_membership,
        referrers_linked=plan.referrers_linked,
        referrers_as_text=plan.referrers_as_text,
        member_ids=tuple(range(writer.first_member, writer.next_member)),
    )


def import_members(
    db: Database,
    path: str | Path,
    *,
    mapping: Sequence[str | None] | None = None,
    group_id: int | None = None,
    valid_only: bool = False,
    create_groups: bool = False,
    today: dt.date | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
    role_map: Mapping[str, str] | None = None,
) -> ImportResult:
    """Read, check and import a member list in one go (see the step functions)."""
    data = read_sheet(path, sheet=sheet, header_row=header_row)
    plan = plan_import(db, data, mapping, group_id=group_id, today=today, role_map=role_map)
    return apply_import(db, plan, valid_only=valid_only, create_groups=create_groups)


def group_by_name(db: Database, name: str) -> int:
    """The id of the group with this name (any case); ValidationError when there is none."""
    key = _group_key(name)
    for gid, existing in db.conn.execute("SELECT id, name FROM groups ORDER BY id"):
        if _group_key(existing) == key:
            return int(gid)
    known = GROUP_SEPARATOR.join(n for (n,) in db.conn.execute("SELECT name FROM groups"))
    raise ValidationError(
        "group",
        msg(
            "There is no group named “{name}” (groups: {groups}).",
            name=name.strip(),
            groups=known or msg("none yet"),
        ),
    )
