"""QQ's own message export (消息管理器 → 导出消息记录, .txt).

A header block (`消息记录（此消息记录为文本格式，不支持重新导入）`, `消息分组:…`,
`消息对象:<group>` between lines of `=`), then each message as a header line
`YYYY-MM-DD H:MM:SS[ AM|PM] [【title】]name(QQ number)` (or `name<e-mail>`) and its body
lines up to a blank line. Times have no zone: they are the exporting computer's local time,
in 24-hour form or with AM/PM after the time (上午/下午 before it, as a Chinese 12-hour
setting would write it, is read too). Notices come from `系统消息(10000)` or
`系统消息(1000000)`. See docs/formats/chat_exports.md.

A line is taken for a message header only at the top or after a blank line, so a body that
quotes another message's header line stays one message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from desktop.models.exchange.chat.records import (
    ChatFileError,
    ChatMessage,
    ChatWarning,
    Kind,
    Platform,
    message,
)

TITLE_LINE = "消息记录（此消息记录为文本格式，不支持重新导入）"
SYSTEM_NAME = "系统消息"
SYSTEM_IDS = frozenset({"10000", "1000000"})
HEADER = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2}) "
    r"(?:(上午|下午|凌晨|早上|中午|晚上)\s*)?"
    r"(\d{1,2}):(\d{2}):(\d{2})"
    r"(?:\s*(AM|PM|am|pm|上午|下午))? "
    r"(.+?)(?:\((\d{3,12})\)|<([^<>\s]+)>)\s*$"
)
_CHAT_NAME = re.compile(r"^消息对象[:：](.*)$")
_TITLES = re.compile(r"^(?:【[^】]*】\s*)+")
_MORNING = frozenset({"AM", "am", "上午", "凌晨", "早上"})
_AFTERNOON = frozenset({"PM", "pm", "下午", "晚上"})

BODY_KINDS: Mapping[str, Kind] = {
    "[图片]": Kind.IMAGE,
    "[表情]": Kind.STICKER,
    "[语音]": Kind.VOICE,
    "[视频]": Kind.VIDEO,
    "[文件]": Kind.FILE,
    "[位置]": Kind.LOCATION,
    "[地理位置]": Kind.LOCATION,
    "[链接]": Kind.LINK,
    "[卡片消息]": Kind.LINK,
    "[红包]": Kind.MONEY,
    "[QQ红包]": Kind.MONEY,
    "[转账]": Kind.MONEY,
    "[拍一拍]": Kind.POKE,
    "[语音通话]": Kind.CALL,
    "[视频通话]": Kind.CALL,
    "[分享]": Kind.SHARE,
    "[音乐]": Kind.SHARE,
    "[小程序]": Kind.SHARE,
    "[聊天记录]": Kind.FORWARD,
    "[转发]": Kind.FORWARD,
}


def clock_hour(hour: int, period: str | None, before: str | None) -> int:
    """The 24-hour hour of a header's time with its AM/PM (after) or 上午/下午 (before)."""
    mark = period or before
    if mark is None:
        return hour
    if mark in _MORNING:
        return 0 if hour == 12 else hour
    if mark in _AFTERNOON:
        return hour if hour == 12 else hour + 12
    return hour + 12 if mark == "中午" and hour < 11 else hour  # 中午 12:30, 中午 1:00


def kind_of(body: str, system: bool) -> Kind:
    """A message's kind from its body (QQ writes placeholders such as [图片])."""
    text = body.strip()
    if system:
        if "撤回了一条消息" in text:
            return Kind.RECALL
        if "拍了拍" in text or "戳了戳" in text:
            return Kind.POKE
        return Kind.SYSTEM
    if text.startswith("[回复]"):
        return Kind.REPLY
    return BODY_KINDS.get(text, Kind.TEXT if text else Kind.OTHER)


def read_txt(
    path: Path, warnings: list[ChatWarning], encoding: str = "utf-8-sig"
) -> Iterator[ChatMessage]:
    """The messages of a QQ text export, in file order."""
    chat_name = ""
    pending: tuple[re.Match[str], list[str], int] | None = None
    after_blank = True
    with path.open(encoding=encoding) as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.rstrip("\r\n")
            found = HEADER.match(line) if after_blank and line[:1].isdigit() else None
            after_blank = not line.strip()
            if found is not None:
                if pending is not None:
                    yield _message(path.name, chat_name, *pending)
                pending = (found, [], number)
            elif pending is not None:
                pending[1].append(line)
            elif not chat_name and (named := _CHAT_NAME.match(line.strip())):
                chat_name = named.group(1).strip()
    if pending is not None:
        yield _message(path.name, chat_name, *pending)


def _message(
    file_name: str, chat_name: str, header: re.Match[str], lines: list[str], line: int
) -> ChatMessage:
    """One message from its header line and body lines."""
    year, month, day, before, hour, minute, second, period, name, qq, email = header.groups()
    try:
        when = dt.datetime(
            int(year),
            int(month),
            int(day),
            clock_hour(int(hour), period, before),
            int(minute),
            int(second),
        )
    except ValueError:
        raise ChatFileError(file_name, "the message's date or time does not exist", line) from None
    while lines and not lines[-1].strip():
        lines.pop()
    body = "\n".join(lines)
    sender_name = _TITLES.sub("", name).strip()
    system = sender_name == SYSTEM_NAME and qq in SYSTEM_IDS
    kind = kind_of(body, system)
    return message(
        platform=Platform.QQ,
        chat_id=None,
        chat_name=chat_name,
        sender_id=None if system else (qq or email),
        sender_name="" if system else sender_name,
        kind=kind,
        content=body,
        local_time=when,
    )
