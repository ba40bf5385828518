"""A large JSON object read one list element at a time, with the standard library only.

`json.JSONDecoder.raw_decode` decodes one value starting at an offset of a string. The file
is read in chunks into a window; the top-level object's keys are walked by hand, values
outside the streamed list are decoded whole, and the streamed list (`messages`) is decoded
element by element, dropping what was read. Memory holds the window (a chunk, or the
largest single value) — never the whole file.

A value that does not decode is told apart from one the window cut short by where the
decoder stopped: at the end of the window (or inside an unterminated string) it needs more
text; anywhere else the JSON is broken there, and the error names the line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from desktop.models.core.messages import msg
from desktop.models.exchange.chat.records import ChatFileError

CHUNK_CHARS = 1 << 16
# The largest single value (a message, the members list, EchoTrace's avatars) kept whole.
MAX_VALUE_CHARS = 64 << 20
_WHITESPACE = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()
# The longest token a cut can split so that the decoder reports it before the end (\uXXXX).
_TOKEN_TAIL = 6


def cut_off() -> str:
    """Why a JSON file that ends too soon is refused."""
    return msg("the file ends before the JSON does (it was cut off)")


class _Window:
    """The part of the file being decoded, and the line it starts on."""

    def __init__(self, fh: TextIO, name: str, chunk: int) -> None:
        self.fh = fh
        self.name = name
        self.chunk = chunk
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.lines_before = 0  # newlines in text already dropped from the window

    def line_at(self, pos: int) -> int:
        """The 1-based line of an offset in the window."""
        return self.lines_before + self.buf.count("\n", 0, pos) + 1

    def fill(self, at_least: int = 0) -> bool:
        """Drop what was read and append the next chunk; False at the end of the file."""
        if self.eof:
            return False
        data = self.fh.read(max(self.chunk, at_least))
        if not data:
            self.eof = True
            return False
        self.lines_before += self.buf.count("\n", 0, self.pos)
        self.buf = self.buf[self.pos :] + data
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not whitespace ('' at the end of the file)."""
        while True:
            found = _WHITESPACE.match(self.buf, self.pos)
            assert found is not None  # `*` always matches
            self.pos = found.end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.fill():
                return ""

    def expect(self, char: str, what: str) -> None:
        """Step over `char` or refuse the file."""
        found = self.peek()
        if found == "":
            raise ChatFileError(self.name, cut_off(), self.line_at(self.pos))
        if found != char:
            raise ChatFileError(
                self.name, msg("broken JSON: expected {what}", what=what), self.line_at(self.pos)
            )
        self.pos += 1

    def value(self) -> tuple[object, int]:
        """The next JSON value and the line it starts on."""
        if self.peek() == "":
            raise ChatFileError(self.name, cut_off(), self.line_at(self.pos))
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                incomplete = exc.pos >= len(self.buf) - _TOKEN_TAIL or exc.msg.startswith(
                    "Unterminated string"
                )
                if not incomplete:
                    raise ChatFileError(
                        self.name,
                        msg("broken JSON: {detail}", detail=exc.msg),
                        self.line_at(exc.pos),
                    ) from None
                self._more(exc.pos)
                continue
            if end == len(self.buf) and not self.eof and self.buf[end - 1] not in ']}"':
                self._more(end)  # a number or literal may go on in the next chunk
                continue
            line = self.line_at(self.pos)
            self.pos = end
            return value, line

    def _more(self, failed_at: int) -> None:
        """Read on for a value that the window cut short."""
        held = len(self.buf) - self.pos
        if held > MAX_VALUE_CHARS:
            raise ChatFileError(
                self.name,
                msg(
                    "broken JSON, or one value longer than {most} M characters",
                    most=MAX_VALUE_CHARS >> 20,
                ),
                self.line_at(self.pos),
            )
        # read as much again as is held, so a long value is re-decoded only log(n) times
        if not self.fill(held):
            raise ChatFileError(self.name, cut_off(), self.line_at(min(failed_at, len(self.buf))))


def _walk(
    fh: TextIO, name: str, list_key: str, chunk: int
) -> Iterator[tuple[str, object, int, bool]]:
    """(key, value, line, is_element) for the top-level object's values, the list under
    `list_key` one element at a time."""
    window = _Window(fh, name, chunk)
    if window.peek() != "{":
        raise ChatFileError(name, msg("not a JSON object"), window.line_at(window.pos))
    window.pos += 1
    first = True
    while True:
        char = window.peek()
        if char == "}":
            window.pos += 1
            return
        if not first:
            window.expect(",", "',' or '}' between the file's keys")
        first = False
        key, line = window.value()
        if not isinstance(key, str):
            raise ChatFileError(name, msg("broken JSON: a key that is not a string"), line)
        window.expect(":", "':' after a key")
        if key != list_key or window.peek() != "[":
            value, line = window.value()
            yield key, value, line, False
            continue
        window.pos += 1
        first_element = True
        while True:
            char = window.peek()
            if char == "]":
                window.pos += 1
                break
            if not first_element:
                window.expect(",", f"',' or ']' in the {list_key} list")
            first_element = False
            element, line = window.value()
            yield key, element, line, True


def stream_list(
    path: Path,
    head_keys: frozenset[str],
    list_key: str,
    *,
    encoding: str = "utf-8-sig",
    chunk: int | None = None,
) -> Iterator[tuple[dict[str, object], object, int]]:
    """(head, element, line) for each element of the top-level list `list_key`, where
    `head` holds the top-level values named in `head_keys`.

    When the list comes before the head (unusual, but JSON keys have no order) the file is
    read twice: once for the head, skipping the list, then for the list.
    """
    name = path.name
    chunk = chunk or CHUNK_CHARS
    head: dict[str, object] = {}
    with path.open(encoding=encoding) as fh:
        for key, value, line, is_element in _walk(fh, name, list_key, chunk):
            if not is_element:
                if key in head_keys:
                    head[key] = value
                continue
            if not head_keys <= head.keys():
                break  # the list came first: read the head, then the list again
            yield head, value, line
        else:
            return
    head = _read_head(path, head_keys, list_key, encoding, chunk)
    with path.open(encoding=encoding) as fh:
        for _key, value, line, is_element in _walk(fh, name, list_key, chunk):
            if is_element:
                yield head, value, line


def _read_head(
    path: Path, head_keys: frozenset[str], list_key: str, encoding: str, chunk: int
) -> dict[str, object]:
    """The top-level values named in `head_keys`, read past the list (whose elements are
    decoded and dropped)."""
    head: dict[str, object] = {}
    with path.open(encoding=encoding) as fh:
        for key, value, _line, is_element in _walk(fh, path.name, list_key, chunk):
            if not is_element and key in head_keys:
                head[key] = value
    return head
