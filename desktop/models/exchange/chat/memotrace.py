"""WeChat chats exported as CSV by MemoTrace / WeChatMsg (留痕).

Columns (UTF-8 with BOM): localId, TalkerId, Type, SubType, IsSender, CreateTime, Status,
StrContent, StrTime, Remark, NickName, Sender. `CreateTime` is Unix seconds (`StrTime` is
the same moment in the exporting computer's zone, so it is not used). `TalkerId` is the
chat's number in the exporter's local database (not its wxid); the chat's name is only in
the file name, which MemoTrace writes as `<name>_utf8.csv`. In a group `Sender` is the
sender's wxid and `NickName` their WeChat name; `IsSender` 1 marks the owner's own
messages. There is no server message ID. See docs/formats/chat_exports.md.

A record cut short (fewer fields than the header, or a quote left open at the end of the
file) refuses the file with its line: a CSV cut mid-row is an export that did not finish.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from pathlib import Path

from desktop.models.core.messages import msg
from desktop.models.exchange.chat.records import (
    NOT_SPEECH,
    ChatFileError,
    ChatInfo,
    ChatWarning,
    Kind,
    Platform,
    Row,
    row,
)

COLUMNS = (
    "localId",
    "TalkerId",
    "Type",
    "SubType",
    "IsSender",
    "CreateTime",
    "Status",
    "StrContent",
    "StrTime",
    "Remark",
    "NickName",
    "Sender",
)
_FILE_SUFFIX = "_utf8"

# WeChat's message types (the `Type` column); 49 is split by `SubType`.
KINDS: Mapping[int, Kind] = {
    1: Kind.TEXT,
    3: Kind.IMAGE,
    34: Kind.VOICE,
    42: Kind.CONTACT,
    43: Kind.VIDEO,
    47: Kind.STICKER,
    48: Kind.LOCATION,
    50: Kind.CALL,
    10000: Kind.SYSTEM,
    10002: Kind.SYSTEM,
}
APP_KINDS: Mapping[int, Kind] = {
    5: Kind.LINK,
    6: Kind.FILE,
    19: Kind.FORWARD,
    33: Kind.SHARE,
    36: Kind.SHARE,
    57: Kind.REPLY,
    2000: Kind.MONEY,
    2001: Kind.MONEY,
}


def kind_of(code: int, sub: int, content: str) -> Kind:
    """A message's kind from WeChat's type and subtype (and a system notice's wording)."""
    if code == 49:
        return APP_KINDS.get(sub, Kind.LINK)
    kind = KINDS.get(code, Kind.OTHER)
    if kind is Kind.SYSTEM:
        if "撤回了一条消息" in content or "revokemsg" in content:
            return Kind.RECALL
        if "拍了拍" in content:
            return Kind.POKE
    return kind


def chat_name(path: Path) -> str:
    """The chat's name as MemoTrace writes it into the file name."""
    stem = path.stem
    return stem.removesuffix(_FILE_SUFFIX) or stem


def read_csv(path: Path, warnings: list[ChatWarning], info: ChatInfo) -> Iterator[Row]:
    """The messages of a MemoTrace CSV, in file order."""
    info.platform, info.chat_name = Platform.WECHAT, chat_name(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, strict=True)
        try:
            header = next(reader, None)
            if header is None or tuple(h.strip() for h in header) != COLUMNS:
                raise ChatFileError(path.name, msg("the header is not MemoTrace's CSV header"), 1)
            for record in reader:
                if not record:
                    continue
                if len(record) != len(COLUMNS):
                    raise ChatFileError(
                        path.name,
                        msg(
                            "{got} fields instead of {wanted} (the row is cut short)",
                            got=len(record),
                            wanted=len(COLUMNS),
                        ),
                        reader.line_num,
                    )
                yield _message(record, info, path.name, reader.line_num)
        except csv.Error as exc:
            raise ChatFileError(
                path.name,
                msg("the CSV is cut off or broken ({detail})", detail=exc),
                reader.line_num,
            ) from None


def _message(record: list[str], info: ChatInfo, file_name: str, line: int) -> Row:
    """One CSV record as a message."""
    (_local, talker, code, sub, is_sender, created, _status, content) = record[:8]
    remark, nickname, sender = record[9:12]
    info.chat_id = info.chat_id or talker or None
    try:
        kind = kind_of(int(code), int(sub or 0), content)
        stamp = int(created)
    except ValueError:
        raise ChatFileError(
            file_name, msg("Type, SubType and CreateTime must be numbers"), line
        ) from None
    system = kind in NOT_SPEECH
    return row(
        sender_id=None if system else sender,
        sender_name="" if system else (nickname or remark or sender),
        kind=kind,
        content=content,
        when=stamp,
        from_owner=is_sender.strip() == "1",
    )
