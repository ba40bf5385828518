"""ChatLab's standard format v0.0.2, as one JSON object or as JSON Lines.

JSON: `{"chatlab": {version, exportedAt}, "meta": {name, platform, type, groupId?, ownerId?},
"members": [...], "messages": [{sender, accountName, groupNickname?, timestamp, type,
content, platformMessageId?}]}`, streamed element by element (see `json_stream`).
JSONL: one object per line, `_type` "header" (first), "member" or "message"; lines
starting with `#` are comments. See docs/formats/chat_exports.md.

A JSONL line that is not valid JSON, or a message line without its fields, is skipped with
a warning naming the line — the format's own rule ("单行解析错误可跳过继续处理"); the file
is refused when the header is broken, when its last line is cut off (the export did not
finish), or when more than `MAX_SKIPPED_LINES` lines are broken. In the JSON form one
broken message refuses the file: the decoder cannot know where the next one starts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from desktop.models.exchange.chat.json_stream import stream_list
from desktop.models.exchange.chat.records import (
    NOT_SPEECH,
    ChatFileError,
    ChatMessage,
    ChatWarning,
    Kind,
    Platform,
    message,
)

MAX_SKIPPED_LINES = 100
# A line starting with one of these may be a comment or blank (else it is JSON).
_SKIPPED_STARTS = frozenset({"#", " ", "\t", "\n", "\r", ""})
# Above this a timestamp is taken for milliseconds (as seconds it would be after year 5000).
_MILLISECONDS = 10**11

# ChatLab's message types (0-8 basic, 20-27 interactive, 80+ system).
KINDS: Mapping[int, Kind] = {
    0: Kind.TEXT,
    1: Kind.IMAGE,
    2: Kind.VOICE,
    3: Kind.VIDEO,
    4: Kind.FILE,
    5: Kind.STICKER,
    7: Kind.LINK,
    8: Kind.LOCATION,
    20: Kind.MONEY,
    21: Kind.MONEY,
    22: Kind.POKE,
    23: Kind.CALL,
    24: Kind.SHARE,
    25: Kind.REPLY,
    26: Kind.FORWARD,
    27: Kind.CONTACT,
    80: Kind.SYSTEM,
    81: Kind.RECALL,
    99: Kind.OTHER,
}


class _Chat:
    """The chat a file's messages belong to, from its `meta`."""

    def __init__(self, meta: object) -> None:
        meta = meta if isinstance(meta, dict) else {}
        platform = str(meta.get("platform") or "").casefold()
        self.platform = Platform(platform) if platform in set(Platform) else Platform.OTHER
        self.chat_id = str(meta.get("groupId") or "") or None
        self.name = str(meta.get("name") or "")
        self.owner_id = str(meta.get("ownerId") or "") or None


def _message(chat: _Chat, raw: object) -> ChatMessage | str:
    """The message, or why the object is not one."""
    if not isinstance(raw, dict):
        return "a message that is not an object"
    get = raw.get
    stamp = get("timestamp")
    if stamp.__class__ is not int and (
        isinstance(stamp, bool) or not isinstance(stamp, int | float)
    ):
        return "a message without a timestamp in seconds"
    seconds = int(stamp // 1000 if stamp > _MILLISECONDS else stamp)
    code = get("type")
    if code.__class__ is not int:
        return "a message without a numeric type"
    kind = KINDS.get(code, Kind.OTHER)
    system = kind in NOT_SPEECH
    sender = str(get("sender") or "")
    name = "" if system else str(get("groupNickname") or get("accountName") or sender)
    content = get("content")
    message_id = get("platformMessageId")
    return message(
        platform=chat.platform,
        chat_id=chat.chat_id,
        chat_name=chat.name,
        sender_id=None if system else sender,
        sender_name=name,
        kind=kind,
        content=content if content.__class__ is str else None,
        timestamp=seconds,
        platform_message_id=None if message_id is None else str(message_id),
        from_owner=chat.owner_id is not None and sender == chat.owner_id,
    )


def read_json(path: Path, warnings: list[ChatWarning]) -> Iterator[ChatMessage]:
    """The messages of a ChatLab JSON file, in file order."""
    chat: _Chat | None = None
    for head, raw, line in stream_list(path, frozenset({"meta"}), "messages"):
        if chat is None:
            chat = _Chat(head.get("meta"))
        found = _message(chat, raw)
        if isinstance(found, str):
            raise ChatFileError(path.name, found, line)
        yield found


def read_jsonl(path: Path, warnings: list[ChatWarning]) -> Iterator[ChatMessage]:
    """The messages of a ChatLab JSONL file; broken lines skipped into `warnings`."""
    chat: _Chat | None = None
    skipped = 0
    with path.open(encoding="utf-8-sig") as fh:
        loads = json.JSONDecoder().decode
        for number, raw_line in enumerate(fh, start=1):
            if raw_line[:1] in _SKIPPED_STARTS and (
                raw_line.startswith("#") or not raw_line.strip() or raw_line.lstrip()[:1] == "#"
            ):
                continue
            reason = "a line that is not a JSON object"
            try:
                record = loads(raw_line)
            except json.JSONDecodeError as exc:
                record = None
                reason = f"not valid JSON ({exc.msg})"
                if not raw_line.endswith("\n"):
                    raise ChatFileError(
                        path.name, "the last line is cut off (the export did not finish)", number
                    ) from None
            if chat is None:
                if not isinstance(record, dict) or record.get("_type") != "header":
                    raise ChatFileError(path.name, "the first line is not a ChatLab header", number)
                chat = _Chat(record.get("meta"))
                continue
            if isinstance(record, dict):
                if record.get("_type") != "message":
                    continue  # members, and kinds of line this version does not know
                found = _message(chat, record)
                if not isinstance(found, str):
                    yield found
                    continue
                reason = found
            skipped += 1
            if skipped > MAX_SKIPPED_LINES:
                raise ChatFileError(
                    path.name, f"more than {MAX_SKIPPED_LINES} broken lines; not imported", number
                )
            warnings.append(ChatWarning(number, f"{reason}; skipped"))
