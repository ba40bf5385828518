"""Chat history exports read as a stream of `ChatMessage`s (no text kept), any format.

`open_chat(path)` tells the format from the content (`detect`) and returns a `ChatFile`
whose iteration reads the file once, message by message, in bounded memory; what it skips
(broken JSONL lines) is in `warnings` afterwards. `notices.read_notice` turns a system
message's text into joins and leaves. Nothing here touches the database: the chat import
target (to come) plans and writes through the import engine.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.models.core.messages import msg
from desktop.models.exchange.chat import chatlab, echotrace, memotrace, qq_txt
from desktop.models.exchange.chat.detect import ChatFormat, detect
from desktop.models.exchange.chat.records import (
    ChatFileError,
    ChatInfo,
    ChatMessage,
    ChatWarning,
    Row,
    SpeechSink,
    to_message,
)

__all__ = ["ChatFile", "ChatFormat", "open_chat"]


@dataclass
class ChatFile:
    """A chat export of a known format; iterate it for its messages."""

    path: Path
    format: ChatFormat
    encoding: str
    warnings: list[ChatWarning] = field(default_factory=list)
    # the chat the messages belong to: filled in by reading (`rows`, or iterating)
    info: ChatInfo = field(default_factory=ChatInfo)
    # the bytes read: [start, end), end None for the file's end (a part, see `chat.parts`)
    span: tuple[int, int | None] = (0, None)

    def __iter__(self) -> Iterator[ChatMessage]:
        rows = self.rows()
        info = self.info  # filled in as the rows are read
        return (to_message(info, found) for found in rows)

    def rows(self, sink: SpeechSink | None = None) -> Iterator[Row]:
        """The messages as compact rows (see `records.Row`), read once, in file order.

        With a `sink`, a reader that can (QQ .txt) counts plain speech into it and yields
        only the other messages."""
        self.warnings.clear()
        self.info = ChatInfo()
        rows = self._rows(self.info, sink)
        # QQ .txt and JSONL are read as bytes (undecodable text is replaced or a broken
        # line): only the formats read as text can fail to decode
        binary = self.format in (ChatFormat.QQ_TXT, ChatFormat.CHATLAB_JSONL)
        return rows if binary else _decoded(self.path.name, rows)

    def _rows(self, info: ChatInfo, sink: SpeechSink | None) -> Iterator[Row]:
        if self.format is ChatFormat.CHATLAB_JSON:
            return chatlab.read_json(self.path, self.warnings, info)
        if self.format is ChatFormat.CHATLAB_JSONL:
            return chatlab.read_jsonl(self.path, self.warnings, info)
        if self.format is ChatFormat.MEMOTRACE_CSV:
            return memotrace.read_csv(self.path, self.warnings, info)
        if self.format is ChatFormat.ECHOTRACE_JSON:
            return echotrace.read_json(self.path, self.warnings, info)
        return qq_txt.read_txt(self.path, self.warnings, info, self.encoding, sink, self.span)


def _decoded(name: str, rows: Iterator[Row]) -> Iterator[Row]:
    """`rows`, with a file that is not text in its encoding refused in one line."""
    try:
        yield from rows
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise ChatFileError(
                name, msg("the file ends inside a character (it was cut off)")
            ) from None
        raise ChatFileError(
            name, msg("not {encoding} text (byte {at})", encoding=exc.encoding, at=exc.start)
        ) from None


def open_chat(path: Path) -> ChatFile:
    """The chat export at `path`; ChatFileError when it is empty or of no known format."""
    found, encoding = detect(path)
    return ChatFile(path, found, encoding)
