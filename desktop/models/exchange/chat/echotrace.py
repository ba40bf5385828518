"""WeChat chats exported as JSON by EchoTrace.

`{"session": {wxid, nickname, remark, displayName, type: "群聊"|"私聊", ...},
"messages": [{localId, createTime, formattedTime, type, localType, content, isSend,
senderUsername, senderDisplayName, ...}], "avatars"?: {...}}`. `createTime` is Unix
seconds; `type` is a Chinese name (文本消息, 图片消息, 系统消息, 引用消息, …; `localType` is
not reliable, so it is not read); `isSend` is 1 for the owner's messages and null for system
notices; a group's wxid ends in `@chatroom`. Messages are streamed (see `json_stream`).
See docs/formats/chat_exports.md.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

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
    row,
)

KINDS: Mapping[str, Kind] = {
    "文本消息": Kind.TEXT,
    "图片消息": Kind.IMAGE,
    "语音消息": Kind.VOICE,
    "视频消息": Kind.VIDEO,
    "文件消息": Kind.FILE,
    "动画表情": Kind.STICKER,
    "名片消息": Kind.CONTACT,
    "卡片式链接": Kind.LINK,
    "图文消息": Kind.LINK,
    "位置消息": Kind.LOCATION,
    "红包卡片": Kind.MONEY,
    "转账卡片": Kind.MONEY,
    "小程序分享": Kind.SHARE,
    "视频号直播卡片": Kind.SHARE,
    "引用消息": Kind.REPLY,
    "聊天记录合并转发": Kind.FORWARD,
    "系统消息": Kind.SYSTEM,
}


def kind_of(name: str, content: str) -> Kind:
    """A message's kind from EchoTrace's type name (and a system notice's wording)."""
    kind = KINDS.get(name, Kind.OTHER)
    if kind is Kind.SYSTEM:
        if "撤回了一条消息" in content:
            return Kind.RECALL
        if "拍了拍" in content:
            return Kind.POKE
    return kind


def read_json(path: Path, warnings: list[ChatWarning], info: ChatInfo) -> Iterator[Row]:
    """The messages of an EchoTrace JSON export, in file order."""
    info.platform = Platform.WECHAT
    started = False
    for head, raw, line in stream_list(path, frozenset({"session"}), "messages"):
        if not started:
            started = True
            session = head.get("session")
            session = session if isinstance(session, dict) else {}
            info.chat_id = str(session.get("wxid") or "") or None
            info.chat_name = str(
                session.get("displayName") or session.get("remark") or session.get("nickname") or ""
            )
        if not isinstance(raw, dict):
            raise ChatFileError(path.name, msg("a message that is not an object"), line)
        stamp = raw.get("createTime")
        if isinstance(stamp, bool) or not isinstance(stamp, int | float):
            raise ChatFileError(path.name, msg("a message without createTime (seconds)"), line)
        content = raw.get("content")
        text = content if isinstance(content, str) else ""
        kind = kind_of(str(raw.get("type") or ""), text)
        sender = str(raw.get("senderUsername") or "")
        if sender.endswith("@chatroom") and kind not in NOT_SPEECH:
            kind = Kind.SYSTEM  # sent by the group itself: a notice, not a member's speech
        system = kind in NOT_SPEECH
        yield row(
            sender_id=None if system else sender,
            sender_name="" if system else str(raw.get("senderDisplayName") or sender),
            kind=kind,
            content=text,
            when=int(stamp),
            from_owner=raw.get("isSend") == 1,
        )
