"""What every chat reader yields: one `ChatMessage` per message, with no message text kept.

Text is kept only where a later step needs it: system notices (joins, leaves, referrals are
derived from their wording) and 接龙 lists (they become sign-ups). Everything else leaves
the reader as its kind, its sender, its time and a short hash of its content, which is
enough to count it per day and to recognise it when the same export is imported again:
its `key`, a 64-bit hash (XXH3) of the platform's message ID or, without one, of sender, time,
kind and content (`message_key`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import xxhash

from desktop.models.core.errors import QunDeskError
from desktop.models.core.messages import msg


def supported() -> str:
    """The chat formats QunDesk reads, in the UI language (for refusals)."""
    return msg(
        "ChatLab JSON or JSONL (v0.0.2), WeChat CSV from MemoTrace (留痕), "
        "WeChat JSON from EchoTrace, QQ message export (.txt)"
    )


# A numbered entry of a 接龙 list, as the paste parser (calendar.chat_paste) reads them.
_NUMBERED = re.compile(r"^\(?\d{1,4}\s*(?:[.．、,，):：]|\s)\s*\S")


class Platform(StrEnum):
    """Where a chat happened."""

    WECHAT = "wechat"
    QQ = "qq"
    OTHER = "other"


class Kind(StrEnum):
    """What a message is; system, recall and poke are never speech."""

    TEXT = "text"
    IMAGE = "image"
    VOICE = "voice"
    VIDEO = "video"
    FILE = "file"
    STICKER = "sticker"
    LINK = "link"
    LOCATION = "location"
    MONEY = "money"  # red packet or transfer
    CALL = "call"
    SHARE = "share"  # mini program, music, channel card
    REPLY = "reply"
    FORWARD = "forward"
    CONTACT = "contact"
    POKE = "poke"  # 拍一拍: WeChat writes it as a system notice
    SYSTEM = "system"
    RECALL = "recall"
    OTHER = "other"


NOT_SPEECH = frozenset({Kind.SYSTEM, Kind.RECALL, Kind.POKE})


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message of a chat export, reduced to what QunDesk derives from it.

    Exactly one of `timestamp` (Unix seconds, from exports that store them) and
    `local_time` (a naive local time, from the QQ text export, which has no zone) is set.
    """

    platform: Platform
    chat_id: str | None
    chat_name: str
    sender_id: str | None  # wxid, QQ number, e-mail; None for system notices
    sender_name: str
    timestamp: int | None
    local_time: dt.datetime | None
    kind: Kind
    platform_message_id: str | None
    key: int  # unsigned 64-bit: what recognises the message again (see `message_key`)
    system_text: str | None = None  # only for SYSTEM messages
    jielong_text: str | None = None  # only for 接龙 lists
    from_owner: bool = False  # sent by the person who exported the chat
    checkin: bool = False  # a 打卡 post (a check-in of a challenge)

    @property
    def is_system(self) -> bool:
        """A notice (system, recall, poke), never counted as speech."""
        return self.kind in NOT_SPEECH

    def day(self, zone: dt.tzinfo) -> dt.date:
        """The owner's day of the message: a timestamp seen in `zone`, a local time as is."""
        if self.local_time is not None:
            return self.local_time.date()
        assert self.timestamp is not None
        return dt.datetime.fromtimestamp(self.timestamp, zone).date()


@dataclass(frozen=True, slots=True)
class ChatWarning:
    """Something skipped while reading (a broken JSONL line); the rest was read."""

    line: int
    reason: str


class ChatFileError(QunDeskError):
    """A chat file that cannot be read: unknown format, empty, cut off or broken."""

    def __init__(self, name: str, reason: str, line: int | None = None) -> None:
        self.name = name
        self.reason = reason
        self.line = line
        if line is None:
            super().__init__(f"{name}: {reason}")
        else:
            super().__init__(
                msg("{name}: line {line}: {reason}", name=name, line=line, reason=reason)
            )


def message_key(
    platform_message_id: str | None,
    sender: str,
    when: int | str | dt.datetime | None,
    kind: Kind,
    content: str | None,
) -> int:
    """A message's identity as an unsigned 64-bit integer (XXH3): of the platform's message
    ID when the export has one, else of sender + time + kind + content. Only this is kept."""
    if platform_message_id:
        data = "id\x00" + platform_message_id
    else:
        data = f"{sender}\x00{when}\x00{kind}\x00{content or ''}"
    return key_of(data.encode())


key_of = xxhash.xxh3_64_intdigest
"""The key of a message's identity as UTF-8 bytes (what `message_key` hashes)."""


def is_checkin(content: str | None) -> bool:
    """A 打卡 post: its first line says 打卡 (a list of names is a 接龙, not a check-in)."""
    if not content or "打卡" not in content:
        return False
    first = content.lstrip().split("\n", 1)[0]
    return "打卡" in first


def jielong_text(content: str | None) -> str | None:
    """The text of a 接龙 list (its first line names 接龙 and a numbered line follows)."""
    if not content or "接龙" not in content:
        return None
    lines = [
        unicodedata.normalize("NFKC", line).strip() for line in content.splitlines() if line.strip()
    ]
    if not lines or "接龙" not in lines[0]:
        return None
    return content if any(_NUMBERED.match(line) for line in lines[1:]) else None


Row = tuple[int | str, int, str | None, str, Kind, str | None, bool, str | None]
"""One message as a reader yields it, before anything is dropped:
(when, key, sender_id, sender_name, kind, content, from_owner, platform_message_id).
`when` is Unix seconds, or for exports without a zone (QQ .txt) the local time written as
"YYYY-MM-DD HH:MM:SS"; `sender_id` and `sender_name` are None and "" for a notice.
`content` is the message's text: the tally looks at it (notices, 接龙, 打卡) and drops it.
Plain tuples, because files hold millions of messages."""


@dataclass
class ChatInfo:
    """The chat a file's rows belong to; a reader fills it in before its first row."""

    platform: Platform = Platform.OTHER
    chat_id: str | None = None
    chat_name: str = ""


def row(
    *,
    sender_id: str | None,
    sender_name: str,
    kind: Kind,
    content: str | None,
    when: int | str,
    platform_message_id: str | None = None,
    from_owner: bool = False,
) -> Row:
    """A reader's `Row`, its key computed (`message_key`)."""
    sender_id = sender_id or None
    return (
        when,
        message_key(platform_message_id, sender_id or sender_name, when, kind, content),
        sender_id,
        sender_name,
        kind,
        content,
        from_owner,
        platform_message_id or None,
    )


def to_message(chat: ChatInfo, found: Row) -> ChatMessage:
    """A reader's row as a `ChatMessage`: the content hashed, and kept only when it is a
    system notice or a 接龙 list."""
    when, key, sender_id, sender_name, kind, content, from_owner, message_id = found
    speech = kind is Kind.TEXT or kind is Kind.REPLY
    jielong = jielong_text(content) if speech else None
    local = isinstance(when, str)
    return ChatMessage(
        platform=chat.platform,
        chat_id=chat.chat_id or None,
        chat_name=chat.chat_name,
        sender_id=sender_id,
        sender_name=sender_name,
        timestamp=None if local else int(when),
        local_time=dt.datetime.fromisoformat(when) if isinstance(when, str) else None,
        kind=kind,
        platform_message_id=message_id,
        key=key,
        system_text=(content or "").strip() if kind is Kind.SYSTEM else None,
        jielong_text=jielong,
        from_owner=from_owner,
        checkin=speech and jielong is None and is_checkin(content),
    )


Extend = Callable[[list[int]], None]


class SpeechSink(Protocol):
    """Where a reader may count plain speech itself instead of yielding a row for it: the
    tally of a file of millions of messages, whose loop then sees only the messages that
    are more than a count (notices, 接龙 lists, pokes); 打卡 posts are counted here too,
    under their own code. A message counted here is never yielded. A day's messages may
    reach the tally in another order than the file's (a block's plain messages first,
    then its rows): the tally orders each day by key, and equal keys are one message."""

    def day_arrays(self, day: bytes) -> tuple[Extend, Extend, Extend]:
        """What adds to a local day's (`b"YYYY-MM-DD"`) keys, speakers and kinds."""

    def speech(self) -> int:
        """The code a plain message's kind is counted under."""

    def checkin(self) -> int:
        """The code a 打卡 post is counted under (see `is_checkin`)."""

    def speaker(self, sender_id: str, name: str) -> int:
        """The speaker index of a sender (an ID, or "" when the export shows none)."""

    def counted(self, messages: int) -> None:
        """`messages` more were counted here (for progress, and where a cancel is seen)."""
