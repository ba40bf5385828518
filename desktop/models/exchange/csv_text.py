"""CSV text for an import: one encoding for the whole file, the delimiter, records streamed.

- Encoding: UTF-8 (with or without BOM), UTF-16 (with BOM) or GB18030 (a superset of the
  GBK Excel writes on Chinese Windows). A file mixing UTF-8 and GBK lines is refused with
  the first row that does not match the rest, rather than decoded whole as GBK (which
  turns every UTF-8 张三 into 寮犱笁 without a word).
- Delimiter: the one of comma, tab and semicolon that splits the first records into the
  same number of fields (quotes respected), so a tab-separated file whose notes hold commas
  stays tab-separated. An import may name it instead.
- Records are streamed (no copy of the text, no list of every line): blank records cost
  nothing, a run of blank lines is skipped at C speed, and at most `MAX_ROWS` rows and
  `MAX_COLUMNS` columns are kept.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import Counter
from collections.abc import Iterator
from typing import cast

from desktop.models.core.messages import msg
from desktop.models.exchange.sheet_files import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    Cell,
    RawSheet,
    SpreadsheetError,
    column_letter,
)

DELIMITERS = {",": "comma", "\t": "tab", ";": "semicolon"}
DELIMITER_NAMED = {name: char for char, name in DELIMITERS.items()}
_SNIFF_CHARS = 64 * 1024
_SNIFF_RECORDS = 100
_LONG_SEQUENCE = re.compile(rb"[\xe0-\xf4][\x80-\xbf]{2}")
# A line with its end (\r\n, \r or \n, as csv counts them), or the last line without one.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_FILLED_LINE = re.compile(r"[^\r\n]+(?:\r\n|\r|\n)?")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The file's encoding and text; SpreadsheetError naming the first row that breaks it."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # Excel's "Unicode text"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding == "utf-16":
            raise SpreadsheetError(
                msg("{name}: not a CSV text file in UTF-8 or GBK", name=name)
            ) from None
        encoding, text = _one_encoding(data, name, bom=encoding == "utf-8-sig")
    if "\x00" in text:
        raise SpreadsheetError(msg("{name}: binary data, not a CSV text file", name=name))
    return encoding, text


def _one_encoding(data: bytes, name: str, *, bom: bool) -> tuple[str, str]:
    """The file's one encoding when it is not all UTF-8: GB18030 when most lines are not
    UTF-8; else the first line that is not (as a row) and a refusal.

    A line counts for UTF-8 only with a sequence of three or more bytes (every Chinese
    character in UTF-8): two GBK characters can form a valid two-byte UTF-8 sequence by
    chance, three bytes far more rarely. A UTF-8 line among GBK ones decodes as GB18030
    (as anything does) and is not told apart.
    """
    utf8 = other = 0
    first_other = -1
    start = 3 if bom else 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end + 1
        line = data[start:end]
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                other += 1
                first_other = start if first_other < 0 else first_other
            else:
                utf8 += 1 if _LONG_SEQUENCE.search(line) else 0
        start = end
    if bom or utf8 >= other:
        first_other = max(first_other, 0)
        raise SpreadsheetError(
            msg(
                "{name}: row {row}: GBK text in a UTF-8 file (the file mixes two "
                "encodings); save the whole file again as UTF-8",
                name=name,
                row=_row_at(data[:first_other], "utf-8"),
            )
        )
    try:
        return "gb18030", data.decode("gb18030")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        raise SpreadsheetError(
            msg(
                "{name}: row {row}: not text in UTF-8 or GBK",
                name=name,
                row=_row_at(data[:line_start], "gb18030"),
            )
        ) from None


def _row_at(before: bytes, encoding: str) -> int:
    """The row (CSV record) that starts where `before` ends, as a spreadsheet numbers it."""
    text = before.decode(encoding, errors="replace").lstrip("\ufeff")
    records = 0
    try:
        for _fields in csv.reader(_lines(text), strict=True):
            records += 1
    except csv.Error:
        pass  # it ends inside quotes: the line continues the record after the last whole one
    return records + 1


def _lines(text: str) -> Iterator[str]:
    return (found.group() for found in _LINE.finditer(text))


def sniff_delimiter(text: str) -> str:
    """The delimiter (comma, tab or semicolon) that gives the first records one shape.

    Each is tried with csv's own parsing (quotes respected) on the first records; the one
    whose most common field count (two or more) covers the largest share of the records
    wins, then the one giving more fields. Comma when none splits anything.
    """
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]
    best: tuple[float, int, int] = (0.0, 0, 0)
    chosen = ","
    for preference, delimiter in enumerate(reversed(tuple(DELIMITERS))):
        counts: list[int] = []
        try:
            for fields in csv.reader(_lines(sample), delimiter=delimiter, strict=True):
                if "".join(fields).strip():
                    counts.append(len(fields))
                    if len(counts) >= _SNIFF_RECORDS:
                        break
        except csv.Error:
            pass  # a quote this delimiter cannot explain: judged on the records before
        if not counts:
            continue
        width, share = Counter(counts).most_common(1)[0]
        score = (share / len(counts), width, preference)
        if width >= 2 and score > best:
            best, chosen = score, delimiter
    return chosen


class _Lines:
    """The lines of a text for csv.reader, counting them; a run of blank lines is skipped
    whole (only when the text has no quotes: inside quotes a blank line is content)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.skips_blank = '"' not in text
        self.number = 0  # the line last handed out, counting from 1

    def __iter__(self) -> Iterator[str]:
        text = self.text
        if not self.skips_blank:
            for found in _LINE.finditer(text):
                self.number += 1
                yield found.group()
            return
        end = 0
        for found in _FILLED_LINE.finditer(text):
            if found.start() > end:  # blank lines in between: their ends only
                gap = text[end : found.start()]
                self.number += gap.count("\n") + gap.count("\r") - gap.count("\r\n")
            self.number += 1
            end = found.end()
            yield found.group()


def read_records(text: str, delimiter: str, name: str) -> RawSheet:
    """The filled records of CSV text, numbered as a spreadsheet shows them (a blank line
    is a row too); at most `MAX_ROWS`, each cut after `MAX_COLUMNS` fields."""
    lines = _Lines(text)
    numbers: list[int] = []
    grid: list[list[Cell]] = []
    dropped = ""
    records = 0
    try:
        for fields in csv.reader(lines, delimiter=delimiter, strict=True):
            records += 1
            if not fields or not "".join(fields).strip():
                continue  # a blank row: nothing to keep
            number = lines.number if lines.skips_blank else records
            if len(fields) > MAX_COLUMNS:
                if not dropped and "".join(fields[MAX_COLUMNS:]).strip():
                    dropped = f"row {number}"
                del fields[MAX_COLUMNS:]
            while not fields[-1]:
                fields.pop()  # trailing empty fields: the header sets the width
            if len(grid) >= MAX_ROWS:
                raise SpreadsheetError(
                    msg(
                        "{name}: more than {limit:,} rows; split the list",
                        name=name,
                        limit=MAX_ROWS,
                    )
                )
            numbers.append(number)
            grid.append(cast(list[Cell], fields))
    except csv.Error as exc:
        row = lines.number if lines.skips_blank else records + 1
        if "field larger than field limit" in str(exc):
            raise SpreadsheetError(
                msg(
                    "{name}: row {row}: a cell is too long (over {field_size_limit:,} "
                    "characters; at most {limit:,})",
                    name=name,
                    row=row,
                    field_size_limit=csv.field_size_limit(),
                    limit=MAX_CELL_CHARS,
                )
            ) from None
        raise SpreadsheetError(
            msg("{name}: not valid CSV at row {row} ({exc})", name=name, row=row, exc=exc)
        ) from None
    notes = []
    if dropped:
        notes.append(
            msg(
                "cells right of column {column} are not read (the first in {first})",
                column=column_letter(MAX_COLUMNS - 1),
                first=dropped,
            )
        )
    return RawSheet((), "", numbers, grid, 0, frozenset(), notes)
