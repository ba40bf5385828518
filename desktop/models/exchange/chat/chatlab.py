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

import codecs
from collections.abc import Iterator, Mapping
from pathlib import Path

import orjson

from desktop.models.core.messages import msg
from desktop.models.exchange.chat.json_stream import stream_list
from desktop.models.exchange.chat.records import (
    NOT_SPEECH,
    ChatFileError,
    ChatInfo,
    ChatWarning,
    Kind,
    Platform,
    Row,
    message_key,
)

MAX_SKIPPED_LINES = 100
# A line starting with one of these may be a comment or blank (else it is JSON).
_SKIPPED_STARTS = frozenset({b"#", b" ", b"\t", b"\n", b"\r", b""})
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


def _chat(meta: object, info: ChatInfo) -> str | None:
    """Fill `info` from the file's `meta`; the owner's ID (None when not given)."""
    meta = meta if isinstance(meta, dict) else {}
    platform = str(meta.get("platform") or "").casefold()
    info.platform = Platform(platform) if platform in set(Platform) else Platform.OTHER
    info.chat_id = str(meta.get("groupId") or "") or None
    info.chat_name = str(meta.get("name") or "")
    return str(meta.get("ownerId") or "") or None


def _message(owner_id: str | None, raw: object) -> Row | str:
    """The message, or why the object is not one."""
    if not isinstance(raw, dict):
        return msg("a message that is not an object")
    get = raw.get
    stamp = get("timestamp")
    if stamp.__class__ is not int and (
        isinstance(stamp, bool) or not isinstance(stamp, int | float)
    ):
        return msg("a message without a timestamp in seconds")
    seconds = int(stamp // 1000 if stamp > _MILLISECONDS else stamp)
    code = get("type")
    if code.__class__ is not int:
        return msg("a message without a numeric type")
    kind = KINDS.get(code, Kind.OTHER)
    system = kind in NOT_SPEECH
    sender = get("sender")
    sender = sender if sender.__class__ is str else str(sender or "")
    if system:
        sender_id, name = None, ""
    else:
        name = get("groupNickname") or get("accountName") or sender
        sender_id, name = sender or None, name if name.__class__ is str else str(name)
    content = get("content")
    if content.__class__ is not str:
        content = None
    message_id = get("platformMessageId")
    if message_id is not None:
        message_id = str(message_id) or None
    # the tuple of `records.row`, built here: this runs once per message of large files
    return (
        seconds,
        message_key(message_id, sender_id or name, seconds, kind, content),
        sender_id,
        name,
        kind,
        content,
        owner_id is not None and sender == owner_id,
        message_id,
    )


def read_json(path: Path, warnings: list[ChatWarning], info: ChatInfo) -> Iterator[Row]:
    """The messages of a ChatLab JSON file, in file order."""
    started = False
    owner_id: str | None = None
    for head, raw, line in stream_list(path, frozenset({"meta"}), "messages"):
        if not started:
            started, owner_id = True, _chat(head.get("meta"), info)
        found = _message(owner_id, raw)
        if isinstance(found, str):
            raise ChatFileError(path.name, found, line)
        yield found


def read_jsonl(path: Path, warnings: list[ChatWarning], info: ChatInfo) -> Iterator[Row]:
    """The messages of a ChatLab JSONL file; broken lines skipped into `warnings`."""
    started = False
    owner_id: str | None = None
    skipped = 0
    with path.open("rb") as fh:
        if fh.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
            fh.seek(0)
        loads = orjson.loads
        for number, raw_line in enumerate(fh, start=1):
            if raw_line[:1] in _SKIPPED_STARTS and (
                raw_line.startswith(b"#") or not raw_line.strip() or raw_line.lstrip()[:1] == b"#"
            ):
                continue
            reason = ""  # why the line is skipped, worded only when it is
            try:
                record = loads(raw_line)
            except orjson.JSONDecodeError as exc:
                record = None
                reason = msg("not valid JSON ({detail})", detail=exc.msg)
                if not raw_line.endswith(b"\n"):
                    raise ChatFileError(
                        path.name,
                        msg("the last line is cut off (the export did not finish)"),
                        number,
                    ) from None
            if not started:
                if not isinstance(record, dict) or record.get("_type") != "header":
                    raise ChatFileError(
                        path.name, msg("the first line is not a ChatLab header"), number
                    )
                started, owner_id = True, _chat(record.get("meta"), info)
                continue
            if isinstance(record, dict):
                if record.get("_type") != "message":
                    continue  # members, and kinds of line this version does not know
                found = _message(owner_id, record)
                if not isinstance(found, str):
                    yield found
                    continue
                reason = found
            reason = reason or msg("a line that is not a JSON object")
            skipped += 1
            if skipped > MAX_SKIPPED_LINES:
                raise ChatFileError(
                    path.name,
                    msg("more than {most} broken lines; not imported", most=MAX_SKIPPED_LINES),
                    number,
                )
            warnings.append(ChatWarning(number, msg("{reason}; skipped", reason=reason)))
