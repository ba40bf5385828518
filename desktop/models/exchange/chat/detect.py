"""Which chat export a file is, told from its first bytes (never from its extension)."""

from __future__ import annotations

import codecs
import json
import re
from enum import StrEnum
from pathlib import Path

from desktop.models.core.messages import msg
from desktop.models.exchange.chat.memotrace import COLUMNS
from desktop.models.exchange.chat.qq_txt import HEADER, TITLE_LINE
from desktop.models.exchange.chat.records import ChatFileError, supported

HEAD_BYTES = 64 * 1024
_CHATLAB_KEY = re.compile(r'"chatlab"\s*:\s*\{')
_ECHOTRACE_KEYS = (re.compile(r'"session"\s*:\s*\{'), re.compile(r'"(?:senderUsername|wxid)"'))
_QQ_CHAT_NAME = re.compile(r"^消息对象[:：]", re.MULTILINE)


class ChatFormat(StrEnum):
    """The chat exports QunDesk reads."""

    CHATLAB_JSON = "chatlab-json"
    CHATLAB_JSONL = "chatlab-jsonl"
    MEMOTRACE_CSV = "memotrace-csv"
    ECHOTRACE_JSON = "echotrace-json"
    QQ_TXT = "qq-txt"


def text_encoding(head: bytes) -> str:
    """The file's text encoding from its byte-order mark (UTF-8 without one)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


def detect(path: Path) -> tuple[ChatFormat, str]:
    """The file's format and text encoding; ChatFileError naming the formats it can be."""
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    if not head.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
        raise ChatFileError(path.name, msg("the file is empty"))
    encoding = text_encoding(head)
    # a multi-byte character cut at the end of the sample is not the file's fault
    text = head.decode(encoding, errors="ignore")
    found = _format_of(text)
    if found is None:
        raise ChatFileError(
            path.name, msg("not a chat export QunDesk reads ({formats})", formats=supported())
        )
    return found, encoding


def _format_of(text: str) -> ChatFormat | None:
    """The format a file's first characters show."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "#")):
        return _json_format(stripped)
    first_line = stripped.split("\n", 1)[0].strip()
    if tuple(cell.strip() for cell in first_line.split(",")) == COLUMNS:
        return ChatFormat.MEMOTRACE_CSV
    if first_line == TITLE_LINE or _QQ_CHAT_NAME.search(text):
        return ChatFormat.QQ_TXT
    if any(HEADER.match(line) for line in stripped.splitlines()[:20]):
        return ChatFormat.QQ_TXT  # the header block cut away: messages alone
    return None


def _json_format(text: str) -> ChatFormat | None:
    """Which JSON export a text starting with `{` (or a JSONL comment) is."""
    if _first_jsonl_record(text) or (text.startswith("#") and '"chatlab"' in text):
        return ChatFormat.CHATLAB_JSONL  # JSON cannot start with a comment
    if _CHATLAB_KEY.search(text):
        return ChatFormat.CHATLAB_JSON
    if all(key.search(text) for key in _ECHOTRACE_KEYS):
        return ChatFormat.ECHOTRACE_JSON
    return None


def _first_jsonl_record(text: str) -> bool:
    """Whether the first line that is not a comment is a ChatLab JSONL header."""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return False
        return isinstance(record, dict) and record.get("_type") == "header"
    return False
