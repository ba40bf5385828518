"""Every parser survives arbitrary input: only its own error type escapes, no hang, no write.

Default: QUNDESK_FUZZ_EXAMPLES=50 examples per parser (fast); raise it for a longer run.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.calendar import chat_paste, ics
from desktop.models.core import money
from desktop.models.core.errors import QunDeskError
from desktop.models.exchange import member_import, revenue_import
from desktop.models.groups import activity_log
from desktop.models.groups.groups import GroupDraft, create_group
from desktop.models.members import contacts
from desktop.models.storage.db import Database
from desktop.models.storage.tables import TABLES
from tests.models.exchange import hostile_sheets as hs

EXAMPLES = int(os.environ.get("QUNDESK_FUZZ_EXAMPLES", "50"))
SHEETS = Path(__file__).resolve().parents[2] / "fixtures" / "sheets"
FUZZ = settings(
    max_examples=EXAMPLES,
    # a hang shows as a deadline failure; generous because CI machines are shared
    deadline=dt.timedelta(seconds=10),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=os.environ.get("QUNDESK_FUZZ_RANDOM") is None,
)

# Text that looks like our inputs: header words, dates, numbers, separators, CJK, BOMs.
WORDS = [
    "姓名",
    "微信号",
    "手机",
    "群",
    "角色",
    "日期",
    "金额",
    "类别",
    "币种",
    "备注",
    "消息数",
    "name",
    "date",
    "amount",
    "messages",
    "2026-11-23",
    "2026/1/5",
    "11月23日",
    "¥1,299.50",
    "-3",
    "1e9",
    "99999999999999999999",
    "0",
    ",",
    "\n",
    "\r\n",
    '"',
    "\t",
    "\ufeff",
    "BEGIN:VCALENDAR",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "END:VCALENDAR",
    "DTSTART:20261123T190000Z",
    "RRULE:FREQ=DAILY",
    "SUMMARY:读书会",
    "1. 张三",
    "2、李四 +1",
    "#接龙",
    "=SUM(A1)",
    "\x00",
    "\u202e",
    "🙂",
]
LIKE_TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(
    "".join
)
TEXT = st.one_of(st.text(max_size=2000), LIKE_TEXT)
BYTES = st.one_of(
    st.binary(max_size=4000),
    LIKE_TEXT.map(lambda t: t.encode("utf-8")),
    LIKE_TEXT.map(lambda t: t.encode("gb18030", errors="ignore")),
)


@st.composite
def broken_xlsx(draw: st.DrawFn) -> bytes:
    """A real workbook with bytes overwritten, cut short, or both."""
    data = bytearray(draw(st.sampled_from(XLSX)))
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(data) - 1))
        data[at] = draw(st.integers(0, 255))
    cut = draw(st.integers(0, len(data)))
    return bytes(data[: max(cut, 8)] if draw(st.booleans()) else data)


XLSX = [p.read_bytes() for p in sorted(SHEETS.glob("*.xlsx"))]


@st.composite
def crafted_xlsx(draw: st.DrawFn) -> bytes:
    """Workbooks no spreadsheet program writes, of the shapes that once aborted the app or
    took gigabytes: a huge dimension or a far cell (by reference, a second reference, odd
    spellings, or no reference at all), huge shared-string counts, long cells, floods of
    blank rows, formulas without a value."""
    letters = draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZxfd", min_size=1, max_size=4))
    number = draw(
        st.one_of(st.integers(1, 60), st.integers(1_048_570, 1_048_580), st.integers(1, 2**32 + 9))
    )
    ref = f"{letters}{number}"
    cell = draw(
        st.sampled_from(
            [
                f'<c r="{ref}"><v>1</v></c>',
                f'<c r="A3" r="{ref}"><v>1</v></c>',  # calamine takes the last r
                f"<c r = '{ref}'><v>1</v></c>",
                "<c><v>1</v></c>",  # placed by counters
                f'<c s="0" r="{ref}"/>',
                f'<c r="{ref}"><f>1+1</f></c>',
                f'<x:c xmlns:x="{hs.MAIN}" r="{ref}"><x:v>1</x:v></x:c>',
            ]
        )
    )
    flood = "".join(f'<row r="{n}"/>' for n in range(4, 4 + draw(st.integers(0, 3000))))
    notes = "长" * draw(st.integers(0, 30_000))
    title = (hs.text_cell("A1", "姓名"), hs.text_cell("B1", "备注"), '<c r="C1" t="s"><v>0</v></c>')
    rows = (
        hs.row(1, *title)
        + hs.row(2, hs.text_cell("A2", "张三"), hs.text_cell("B2", notes))
        + flood
        + f'<row r="{min(number, 2**32 - 1)}">{cell}</row>'
    )
    dimension = draw(st.sampled_from([None, "A1", "A1:B2", "A1:XFD1048576", f"A1:{ref}"]))
    claims = st.one_of(st.none(), st.integers(0, 4), st.just(4_000_000_000))
    strings = hs.shared_strings(["金额"], count=draw(claims), unique=draw(claims))
    parts = {
        "[Content_Types].xml": hs.CONTENT_TYPES,
        "_rels/.rels": hs.PACKAGE_RELS,
        "xl/workbook.xml": hs.WORKBOOK,
        "xl/_rels/workbook.xml.rels": hs.WORKBOOK_RELS,
        "xl/worksheets/sheet1.xml": hs.sheet_xml(rows, dimension),
        "xl/sharedStrings.xml": strings,
    }
    return hs.raw_zip([(name, text.encode(), None) for name, text in parts.items()])


# A CSV roster drowned in blank lines (or lines of commas), with a long cell now and then.
BLANK_FLOODS = st.builds(
    lambda lead, blank, n, cell: (
        (blank * lead).encode() + f"姓名,备注\n张三,{cell}\n".encode() + (blank * n).encode()
    ),
    st.integers(0, 50_000),
    st.sampled_from(["\n", "\r\n", "\r", ",,,\n", " \n"]),
    st.integers(0, 200_000),
    st.sampled_from(["", "长" * 10_001, '"a\n\n\nb"']),
)


def dump(db: Database) -> dict[str, list[Any]]:
    return {
        table: sorted(db.conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
        for table in (*TABLES, "trash")
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, int, Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    db = Database.open(folder / "fuzz.sqlite")
    group_id = create_group(db, GroupDraft(name="读书会"), today=dt.date(2026, 1, 1))
    yield db, group_id, folder
    db.close()


def rejected_cleanly(db: Database, action: Callable[[], object], errors: tuple[type, ...]) -> None:
    """Run `action`; a refusal must be one of `errors` and must leave the file as it was."""
    before = dump(db)
    try:
        action()
    except errors:
        assert dump(db) == before
        assert not db.conn.in_transaction


def as_file(folder: Path, data: bytes, suffix: str) -> Path:
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    return path


@FUZZ
@given(
    data=st.one_of(BYTES, broken_xlsx(), crafted_xlsx(), BLANK_FLOODS),
    suffix=st.sampled_from([".csv", ".xlsx", ""]),
)
def test_member_import(world: tuple[Database, int, Path], data: bytes, suffix: str) -> None:
    db, group_id, folder = world
    path = as_file(folder, data, suffix)
    rejected_cleanly(
        db, lambda: member_import.import_members(db, path, group_id=group_id), (QunDeskError,)
    )


@FUZZ
@given(
    data=st.one_of(BYTES, broken_xlsx(), crafted_xlsx(), BLANK_FLOODS),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_revenue_import(world: tuple[Database, int, Path], data: bytes, suffix: str) -> None:
    db, _group_id, folder = world
    path = as_file(folder, data, suffix)
    rejected_cleanly(db, lambda: revenue_import.import_revenue(db, path), (QunDeskError,))


@FUZZ
@given(data=st.one_of(BYTES, broken_xlsx()), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_activity_log(world: tuple[Database, int, Path], data: bytes, suffix: str) -> None:
    db, group_id, folder = world
    path = as_file(folder, data, suffix)

    def load() -> None:
        days = activity_log.parse_file(path)
        activity_log.set_days(db, group_id, days)

    rejected_cleanly(db, load, (QunDeskError,))


@FUZZ
@given(data=BYTES)
def test_ics_import(world: tuple[Database, int, Path], data: bytes) -> None:
    db, group_id, _folder = world
    rejected_cleanly(
        db, lambda: ics.import_ics(db, data, group_id, local_tz=dt.UTC), (QunDeskError,)
    )


@FUZZ
@given(text=TEXT)
def test_chat_paste(world: tuple[Database, int, Path], text: str) -> None:
    db, group_id, _folder = world
    rejected_cleanly(db, lambda: chat_paste.match_paste(db, group_id, text), (QunDeskError,))


@FUZZ
@given(text=TEXT, negative=st.booleans())
def test_money(text: str, negative: bool) -> None:
    try:
        minor = money.parse_amount(text, allow_negative=negative)
    except money.MoneyError as exc:
        assert exc.message
    else:
        assert isinstance(minor, int) and abs(minor) <= money.MAX_MINOR
        assert negative or minor >= 0


@FUZZ
@given(text=TEXT)
def test_contacts(text: str) -> None:
    for check in (contacts.normalise_phone, contacts.validate_email, contacts.normalise_wechat_id):
        try:
            assert isinstance(check(text), str)
        except QunDeskError as exc:
            assert str(exc)
