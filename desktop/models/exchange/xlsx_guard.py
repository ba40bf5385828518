"""Checks an .xlsx before python-calamine reads it, so that no file can abort the app.

calamine, the fast reader, keeps a sheet as one dense grid from its first to its last
filled cell, and reserves room for as many shared strings as the file says it holds. A
2 KB file with one cell at XFD1048576, or one that claims four billion strings, makes it
ask for hundreds of GB; the allocation fails inside Rust and aborts the process, which no
`try` can catch. So before calamine sees a workbook, `check_workbook`:

- refuses a broken or hostile zip: duplicate part names, encryption, compressions Excel
  never writes, more than `MAX_PARTS` parts, or more unpacked bytes than `MAX_UNPACKED`
  or `UNPACK_RATIO` times the file (a zip bomb). Every part is inflated here to learn its
  real size, as the sizes a zip declares may lie;
- checks each shared-strings part: the unique count it claims is at most the strings it
  holds;
- scans each worksheet's XML for where its cells can land: every cell written `<c r="…"`
  and no cell reference in an `r` attribute outside a rectangle whose area fits
  `allowance(…)` cells (about 40 bytes of memory each).

A workbook that passes is read by calamine, whose memory is then bounded by the file. One
that does not (a stray cell far away, cells without a reference, prefixed or UTF-16 XML,
implausible counts) is read by `xlsx_sparse`, which keeps only the filled cells. The scan
also finds formula cells saved without their value, which calamine reads as blank.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

from desktop.models.core.messages import msg

try:
    import re2 as _re2  # type: ignore[import-untyped]  # google-re2, a declared dependency
except ImportError:  # pragma: no cover  # a platform without its wheels: re does the same
    _re2 = None

from desktop.models.exchange.sheet_files import SpreadsheetError

MAX_PARTS = 10_000
MAX_UNPACKED = 1024 * 1024 * 1024
# Excel's XML packs 5 to 20 times; a sheet of blank formatted rows about 100 times.
UNPACK_RATIO = 100
UNPACK_SLACK = 16 * 1024 * 1024
# calamine's dense grid: 32 bytes a cell in Rust, then 8 in the Python list of its row.
MIN_CELLS = 2_000_000
BYTES_PER_CELL = 24
_MAX_COLUMNS = 16_384  # XFD
_DEFLATED, _STORED = zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED
_LOCAL_HEADER = b"PK\x03\x04"
_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether calamine may read the workbook, and what the scan found on the way."""

    reason: str  # why calamine must not read it; "" when it may
    unpacked: int  # the real size of all its parts
    # worksheet part name (lower case) -> (row number, column from A) of formula cells
    # saved without their value
    formula_gaps: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)


def allowance(unpacked: int) -> int:
    """How many cells calamine's dense grid may span for a workbook this size unpacked."""
    return max(MIN_CELLS, unpacked // BYTES_PER_CELL)


def open_archive(data: bytes, name: str) -> zipfile.ZipFile:
    """The zip of an .xlsx, its directory checked: a SpreadsheetError for a hostile one."""
    entries, directory = _directory_size(data, name)
    # zipfile makes an object per entry of the directory: bound that before it starts.
    if entries > MAX_PARTS or directory > MAX_PARTS * 1024:
        raise SpreadsheetError(
            msg(
                "{name}: a workbook of more than {limit:,} parts; damaged?",
                name=name,
                limit=MAX_PARTS,
            )
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:  # zipfile raises many unrelated types for a damaged directory
        raise SpreadsheetError(
            msg("{name}: not a readable .xlsx workbook ({exc})", name=name, exc=exc)
        ) from None
    seen: set[str] = set()
    for info in infos:
        key = info.filename.replace("\\", "/").lstrip("/").lower()
        if key in seen:
            raise SpreadsheetError(
                msg(
                    "{name}: two parts are named {filename}; damaged?",
                    name=name,
                    filename=info.filename,
                )
            )
        seen.add(key)
        if info.flag_bits & 0x1:
            raise SpreadsheetError(
                msg("{name}: an encrypted workbook; save it without a password", name=name)
            )
        if info.compress_type not in (_DEFLATED, _STORED):
            raise SpreadsheetError(
                msg(
                    "{name}: packed in a way Excel never writes; open it in Excel or WPS "
                    "and save it again",
                    name=name,
                )
            )
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED or total > UNPACK_RATIO * len(data) + UNPACK_SLACK:
        raise SpreadsheetError(
            msg(
                "{name}: unpacks to {unpacked} from a {size} file, far more than a "
                "spreadsheet does (a “zip bomb”); nothing was imported",
                name=name,
                unpacked=_size(total),
                size=_size(len(data)),
            )
        )
    return archive


def check_workbook(data: bytes, name: str) -> Verdict:
    """Whether calamine may read this workbook (see the module docstring).

    Raises SpreadsheetError for a file no reader should open (a zip bomb, a damaged zip).
    """
    archive = open_archive(data, name)
    infos = archive.infolist()
    unpacked = sum(info.file_size for info in infos)
    cells = allowance(unpacked)
    reason = ""
    gaps: dict[str, frozenset[tuple[int, int]]] = {}
    for info in infos:
        xml = inflate(data, info, name)
        reason = reason or _encoding_reason(xml)
        sheet = b"sheetData" in xml
        if sheet and not reason:
            found, part_gaps = _sheet_check(xml, cells)
            reason = reason or found
            if part_gaps:
                gaps[info.filename.lower()] = part_gaps
        # calamine reads the shared strings of the part so named (in any case); any other
        # part holding an <sst> is checked too, but a worksheet (megabytes) only by name.
        if (not sheet or "sharedstrings" in info.filename.lower()) and _SST_TAG.search(xml):
            reason = reason or _shared_strings_check(xml, unpacked)
    return Verdict(reason, unpacked, gaps)


def inflate(data: bytes, info: zipfile.ZipInfo, name: str) -> bytes:
    """One part of the zip, unpacked here and checked against its declared size.

    Python's zipfile stops at the declared size, but other readers (calamine's) go on to
    the end of the compressed stream: a part that unpacks to more than it declares is
    refused as damaged rather than trusted. (The CRC is left to the reader that reads the
    part for its values: calamine, or zipfile under `xlsx_sparse`.)
    """
    damaged = SpreadsheetError(
        msg("{name}: the part {filename} is damaged", name=name, filename=info.filename)
    )
    offset = info.header_offset
    header = data[offset : offset + 30]
    if len(header) < 30 or not header.startswith(_LOCAL_HEADER):
        raise damaged
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    start = offset + 30 + name_length + extra_length
    packed = data[start : start + info.compress_size]
    if len(packed) != info.compress_size:
        raise damaged
    if info.compress_type == _STORED:
        unpacked = packed
    else:
        inflater = zlib.decompressobj(-15)
        try:
            # Never more than one byte past the declared size: enough to see it lie.
            unpacked = inflater.decompress(packed, info.file_size + 1)
        except zlib.error:
            raise damaged from None
        if not inflater.eof or inflater.unconsumed_tail:
            raise damaged
    if len(unpacked) != info.file_size:
        raise damaged
    return unpacked


def _directory_size(data: bytes, name: str) -> tuple[int, int]:
    """The entry count and size of the zip's central directory, as zipfile will read them."""
    # zipfile looks for the end record in the last 22 bytes, then in the last 64 KiB.
    at = len(data) - 22 if data[-22:-18] == _END_OF_DIRECTORY else -1
    if at < 0:
        at = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - 65536 - 22))
    if at < 0 or len(data) < at + 22:
        raise SpreadsheetError(
            msg("{name}: not a readable .xlsx workbook (no zip directory)", name=name)
        )
    entries, size = struct.unpack("<xxxxxxxxxxHI", data[at : at + 16])
    locator = at - 20
    if locator >= 0 and data[locator : locator + 4] == _ZIP64_LOCATOR:
        (end64,) = struct.unpack("<Q", data[locator + 8 : locator + 16])
        record = data[end64 : end64 + 56]
        if len(record) == 56 and record.startswith(_ZIP64_END):
            entries, size = struct.unpack("<QQ", record[32:48])
    return entries, size


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):,.0f} MB"
    return f"{max(count // 1024, 1):,} KB"


# ---- worksheets ------------------------------------------------------------------------


def _compile(pattern: bytes) -> Any:
    """RE2 on bytes as bytes (Latin-1), or re where RE2 is missing (slower, same result)."""
    if _re2 is None:
        return re.compile(pattern)
    options = _re2.Options()
    options.encoding = _re2.Options.Encoding.LATIN1
    return _re2.compile(pattern, options)


_DIMENSION = re.compile(
    rb"<dimension[\t\r\n ]+ref[\t\r\n ]*=[\t\r\n ]*[\"']"
    rb"([A-Za-z]{1,3})([0-9]{1,7})(?::([A-Za-z]{1,3})([0-9]{1,7}))?[\"']"
)
_REFERENCE = re.compile(rb"([A-Za-z]{1,3})([0-9]{1,7})")
_LOOSE_REFERENCE = re.compile(rb"([A-Za-z]{1,3})0*([0-9]{1,10})")
_ENCODING = re.compile(rb"""encoding[\t\r\n ]*=[\t\r\n ]*["']([^"']*)["']""")
_UTF8_NAMES = {b"utf-8", b"utf8", b"us-ascii", b"ascii"}
_WHITESPACE = b" \t\r\n"
_FORMULA = re.compile(rb"<f[\t\r\n />]")
_CELL_END = re.compile(rb"</c>|<c[\t\r\n />]")
_VALUE = re.compile(rb"<v(?:[\t\r\n ][^>]*)?>[^<]|<is[\t\r\n >]")
_STRING_TYPE = re.compile(rb"""[\t\r\n ]t[\t\r\n ]*=[\t\r\n ]*["']str["']""")


def column_number(letters: bytes | str) -> int:
    """The 1-based column of spreadsheet letters (case ignored): A → 1, XFD → 16384."""
    number = 0
    for char in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        number = number * 26 + ord(char) - ord("A") + 1
    return number


def _sheet_check(xml: bytes, cells: int) -> tuple[str, frozenset[tuple[int, int]]]:
    """Why calamine must not read this worksheet ("" if it may), and its formula gaps."""
    rows, columns = _bound(xml)
    width = min(cells // max(rows, 1), _MAX_COLUMNS)
    if width < max(columns, 1):
        return f"a sheet {columns:,} columns by {rows:,} rows", frozenset()
    formulas = False
    checks = _checks(width, rows, formulas=True)
    at = 0
    while (found := checks.search(xml, at)) is not None:
        at = found.end()
        text, ref = found.group(0), found.group(1)
        if text.startswith(b"<f"):  # a formula: noted once, then looked for no more
            formulas, checks = True, _checks(width, rows, formulas=False)
        elif ref is not None:
            exact = _LOOSE_REFERENCE.fullmatch(ref)
            if exact is None or column_number(exact[1]) > width or int(exact[2]) > rows:
                return f"a cell at {ref.decode()[:20]}, outside the rest of the sheet", frozenset()
        elif text.startswith((b"<", b":")):
            return "cells without a plain reference", frozenset()
        else:
            return "a cell reference written oddly", frozenset()
    return "", _formula_gaps(xml) if formulas else frozenset()


def _encoding_reason(xml: bytes) -> str:
    """Why the byte-level scan cannot read this part as calamine will ("" if it can): XML
    in UTF-16, which the scan would not see (pictures and other binary parts pass)."""
    if xml.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
        return "XML not in UTF-8"
    declaration = xml.find(b"<?xml", 0, 65536)
    if declaration >= 0:
        end = xml.find(b"?>", declaration, declaration + 65536)
        if end < 0:
            return "an unreadable XML declaration"
        found = _ENCODING.search(xml, declaration, end)
        if found and found[1].strip().lower() not in _UTF8_NAMES:
            return "XML not in UTF-8"
    return ""


def _bound(xml: bytes) -> tuple[int, int]:
    """The rows and columns the sheet says it spans: its dimension, else its last cell."""
    rows = columns = 1
    claim = _DIMENSION.search(xml, 0, xml.find(b"sheetData"))
    if claim is not None:
        letters, row = (claim[3], claim[4]) if claim[3] else (claim[1], claim[2])
        rows, columns = int(row), column_number(letters)
    # Rows come in order: the last cell is on the last row, even when a writer left the
    # dimension out (openpyxl's streaming mode) or wrote it too small.
    last = xml.rfind(b'<c r="')
    ref = _REFERENCE.match(xml, last + 6) if last >= 0 else None
    if ref is not None:
        rows = max(rows, int(ref[2]))
    return rows, columns


@functools.lru_cache(maxsize=64)
def _checks(columns: int, rows: int, *, formulas: bool) -> Any:
    """One pattern for all that makes calamine unsafe, searched in one pass:

    - a cell whose first attribute is not `r="…"` (without a reference its place comes
      from counters, which this scan does not follow), or one with a namespace prefix;
    - an attribute named `r` spelled otherwise (spaces around "=", single quotes), which
      the reference check below cannot read;
    - `r="` and a reference that may lie right of column `columns` or below row `rows`
      (group 1, compared exactly by the caller). More letters or digits than the bound are
      beyond it whatever they are (calamine wraps overflowing numbers); as many are worth
      comparing only from the bound's first letter, or first two digits, on. Leading zeros
      do not count (calamine reads A0001 as A1).

    An `r` attribute counts only with whitespace before it (not `xr=`, `x:r=`, `header=`).
    With `formulas`, a formula element (`<f`) is found too. No look-arounds, so that RE2
    and re compile the same text.
    """
    letters = _letters(columns)
    if len(letters) == 1:
        after = chr(ord(letters) + 1)
        wider = "[A-Za-z]{2,}" if letters == "Z" else f"[A-Za-z]{{2,}}|[{after}-Z{after.lower()}-z]"
    else:
        first, size = letters[0], len(letters)
        wider = f"[A-Za-z]{{{size + 1},}}|[{first}-Z{first.lower()}-z][A-Za-z]{{{size - 1}}}"
    digits = str(rows)
    if len(digits) == 1:
        lower = f"[{digits}-9]"
    else:
        lower = f"{digits[0]}[{digits[1]}-9]"
        if digits[0] != "9":
            lower += f"|[{int(digits[0]) + 1}-9][0-9]"
        lower = f"(?:{lower})[0-9]{{{len(digits) - 2}}}"
    beyond = f"(?:{wider})[0-9]+|[A-Za-z]+0*(?:[1-9][0-9]{{{len(digits)},}}|{lower})"
    pattern = (
        '<c(?:[\t\r\n/>]| (?:[^r]|r[^=]|r=[^"]))|:c[\t\r\n />]'
        f'|[\t\r\n ]r(?:=[^"]|[\t\r\n ]+=)|[\t\r\n ]r="({beyond})'
    )
    if formulas:
        pattern += "|<f[\t\r\n />]"
    return _compile(pattern.encode())


def _letters(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _formula_gaps(xml: bytes) -> frozenset[tuple[int, int]]:
    """(row, column from A) of the cells holding a formula but no value (never calculated:
    written by a program, or saved by a spreadsheet that did not recalculate)."""
    gaps: set[tuple[int, int]] = set()
    for found in _FORMULA.finditer(xml):
        start = xml.rfind(b'<c r="', 0, found.start())
        ref = _REFERENCE.match(xml, start + 6) if start >= 0 else None
        end = _CELL_END.search(xml, found.end())
        if ref is None or end is None:
            continue
        tag_end = xml.find(b">", start)
        if _VALUE.search(xml, found.end(), end.start()) or _STRING_TYPE.search(xml, start, tag_end):
            continue  # a value, or a formula whose text result is empty
        gaps.add((int(ref[2]), column_number(ref[1]) - 1))
    return frozenset(gaps)


# ---- shared strings --------------------------------------------------------------------

_SST_TAG = re.compile(rb"[<:]sst[\t\r\n />]")
_COUNT = re.compile(rb"""(?<![\w:.-])(uniqueCount|count)[\t\r\n ]*=[\t\r\n ]*["']([^"']*)["']""")


def _shared_strings_check(xml: bytes, unpacked: int) -> str:
    """Why calamine must not read these shared strings: a count beyond what they hold."""
    strings = xml.count(b"<si") + xml.count(b":si")
    for tag in _SST_TAG.finditer(xml):
        end = xml.find(b">", tag.end())
        if end < 0:
            return "a damaged shared-strings part"
        for attribute, value in _COUNT.findall(xml, tag.end(), end):
            digits = value.strip().lstrip(b"+")
            if not digits.isdigit():
                continue  # calamine refuses the file itself
            # `count` is the number of uses, which may exceed the strings held, but each
            # use is a cell of at least a dozen bytes.
            limit = strings if attribute == b"uniqueCount" else max(strings, unpacked // 12)
            if len(digits) > 12 or int(digits) > limit:
                return f"shared strings claiming {int(digits):,} strings"
    return ""
