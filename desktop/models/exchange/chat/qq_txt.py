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

import codecs
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from desktop.models.core.messages import msg
from desktop.models.exchange.chat.records import (
    Append,
    ChatFileError,
    ChatInfo,
    ChatWarning,
    Kind,
    Platform,
    Row,
    SpeechSink,
    is_checkin,
    key_of,
    message_key,
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
_CHAT_NAME_IN = re.compile(r"^消息对象[:：](.*)$", re.M)
BLOCK_BYTES = 1 << 22  # bytes read at a time
MAX_LINE_BYTES = 1 << 24  # a longer line is cut into pieces (no header is that long)
MAX_BODY_BYTES = 1 << 20  # a message's text read for its key and kind; the rest is skipped
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


def _marks(*words: str) -> bytes:
    return b"|".join(re.escape(word.encode()) for word in words)


# A message's header line with the blank line before it, over UTF-8 bytes: splitting a block
# of lines (`utf8_blocks`, prefixed with "\n\n") by it gives the text before the first
# message, then per message four fields and its body: the day and hour as written (with
# 上午/下午 before the hour), "MM:SS", AM/PM after the time (or None), and the sender as
# written (name and "(QQ number)" or "<e-mail>"; `SENDER` takes it apart).
HEADER_SPLIT = re.compile(
    rb"\n[ \t\f\v\r]*\n(\d{4}-\d{1,2}-\d{1,2} "
    rb"(?:(?:" + _marks("上午", "下午", "凌晨", "早上", "中午", "晚上") + rb")[ \t]*)?"
    rb"\d{1,2}):(\d{2}:\d{2})"
    rb"(?:[ \t]*(AM|PM|am|pm|" + _marks("上午", "下午") + rb"))? "
    rb"([^\n]+?(?:\(\d{3,12}\)|<[^<>\s]+>))[ \t\r]*(?=\n|\Z)"
)
_FIELDS = 5  # the four fields and the body that follows
# A header's day and hour (HEADER_SPLIT's first field) taken apart.
DAY_HOUR = re.compile(
    rb"(\d{4}-\d{1,2}-\d{1,2}) "
    rb"(?:(" + _marks("上午", "下午", "凌晨", "早上", "中午", "晚上") + rb")[ \t]*)?"
    rb"(\d{1,2})"
)
# A header's sender (HEADER_SPLIT's fourth field) taken apart, as HEADER_SPLIT's lazy name
# would: the shortest name that leaves exactly a (QQ number) or an <e-mail>.
SENDER = re.compile(rb"(.+?)(?:\((\d{3,12})\)|<([^<>\s]+)>)", re.S)
_NINE = ord("5")  # the highest tens digit of a minute or a second
_CHAT_NAME_BYTES = re.compile(
    rb"^" + _marks("消息对象") + rb"(?::|" + _marks("：") + rb")(.*)$", re.M
)
_AFTERNOON_BYTES = frozenset({b"PM", b"pm", "下午".encode()})
_MORNING_BYTES = frozenset({b"AM", b"am", "上午".encode()})
_BODY_KINDS = {text.encode(): kind for text, kind in BODY_KINDS.items()}
_REPLY = "[回复]".encode()
# a kind between the separators of a message's key (see `records.message_key`)
_KIND_BYTES = {kind: b"\0" + kind.value.encode() + b"\0" for kind in Kind}
# Bodies that may be more than a count: a 接龙 list or a 打卡 post (decoded for the tally).
_TELLING = ("接龙".encode(), "打卡".encode())


def read_txt(
    path: Path,
    warnings: list[ChatWarning],
    info: ChatInfo,
    encoding: str = "utf-8-sig",
    sink: SpeechSink | None = None,
    span: tuple[int, int | None] = (0, None),
) -> Iterator[Row]:
    """The messages of a QQ text export, in file order (with a `sink`, plain speech is
    counted into it and only the other messages are yielded); of the bytes `span` only
    (a part starting at a message's header line, see `chat.parts`), if given.

    The file is read as UTF-8 bytes in blocks of whole lines; one split of a block by the
    header pattern gives every message's fields and body, and only what the tally needs is
    decoded (names once per sender; the text of notices and of possible 接龙 / 打卡 posts).
    """
    info.platform = Platform.QQ
    reader = _Reader(path.name, info, sink)
    for block in utf8_blocks(path, encoding, span):
        yield from reader.block(block)
        if sink is not None:
            sink.counted(reader.take_counted())
    final = reader.finish()
    if final is not None:
        yield final


def is_utf8(encoding: str) -> bool:
    """Whether an encoding's name is UTF-8's (with or without its byte-order mark)."""
    return encoding.replace("_", "-").lower() in ("utf-8", "utf-8-sig", "utf8")


def utf8_blocks(
    path: Path, encoding: str, span: tuple[int, int | None] = (0, None)
) -> Iterator[bytes]:
    """The file (its bytes `span`, of a UTF-8 file) as UTF-8 bytes, without a byte-order
    mark, in blocks that end at a line's end; "\r\n" line ends become "\n"."""
    utf8 = is_utf8(encoding)
    decoder = None if utf8 else codecs.getincrementaldecoder(encoding)(errors="replace")
    start, end = span if utf8 else (0, None)
    with path.open("rb") as fh:
        fh.seek(start)
        carry = b""
        if start == 0:
            carry = fh.read(len(codecs.BOM_UTF8)).removeprefix(codecs.BOM_UTF8) if utf8 else b""
        left = None if end is None else end - fh.tell()  # bytes of the span not read yet
        while True:
            data = fh.read(BLOCK_BYTES if left is None else min(BLOCK_BYTES, left))
            if left is not None:
                left -= len(data)
            if decoder is not None:
                data = decoder.decode(data, not data).encode()
            if not data:
                if carry:
                    yield carry
                return
            # (a "\r\n" cut between two reads is joined again: the carry ends with its "\r")
            data = (carry + data).replace(b"\r\n", b"\n")
            cut = data.rfind(b"\n") + 1
            if cut == 0 and len(data) < MAX_LINE_BYTES:
                carry = data
                continue
            cut = cut or len(data)  # a line longer than MAX_LINE_BYTES is cut
            yield data[:cut]
            carry = data[cut:]


# ID (None for the system), name, whether the system, the ID as UTF-8 and a separator (the
# start of its messages' keys), and the sink's speaker index (-1 without a sink, and for
# the system)
_Sender = tuple[str | None, str, bool, bytes, int]


class _Reader:
    """The state between blocks: the message whose body is still being read."""

    def __init__(self, file_name: str, info: ChatInfo, sink: SpeechSink | None = None) -> None:
        self.file_name = file_name
        self.info = info
        self.sink = sink
        self.arrays: dict[bytes, tuple[Append, Append, Append]] = {}  # ISO day → appends
        self.counted = 0  # plain messages counted into the sink since last asked
        self.after_blank = True  # the line before the next block is blank (or there is none)
        self.lines = 0  # lines of the blocks before this one
        # the message being read: (when, sender_id, sender_name, system), and its body
        self.pending: tuple[str, str | None, str, bool] | None = None
        self.body: list[bytes] = []
        self.days: dict[bytes, bytes] = {}  # a header's date → its ISO date
        # a header's day and hour as written (+ AM/PM after the time) → b"YYYY-MM-DD HH:"
        self.prefixes: dict[bytes, bytes] = {}
        self.senders: dict[bytes, _Sender] = {}  # a header's sender as written → its facts

    def block(self, block: bytes) -> Iterator[Row]:
        """The messages completed by a block of whole lines."""
        before = b"\n\n" if self.after_blank else b"\n"  # the line ends before the block
        parts = HEADER_SPLIT.split(before + block)
        # the block's text before its first message (without the line ends put before it)
        self._lead(parts[0][len(before) :])
        if len(parts) > 1:
            done = self.finish()
            if done is not None:
                yield done
            yield from self._messages(parts, block)
        self.lines += block.count(b"\n")
        last = block[block.rfind(b"\n", 0, len(block) - 1) + 1 :]
        self.after_blank = block.endswith(b"\n") and not last.strip()

    def _lead(self, text: bytes) -> None:
        """The text of a block before its first message: the file's header (which names the
        chat), or more of the body of the last message of the block before."""
        if self.pending is None:
            if not self.info.chat_name and (named := _CHAT_NAME_BYTES.search(text)):
                self.info.chat_name = named.group(1).decode(errors="replace").strip()
        elif sum(map(len, self.body)) < MAX_BODY_BYTES:
            self.body.append(text)

    def _messages(  # noqa: PLR0915 -- one flat loop per message, its branches inline
        self, parts: list[bytes], block: bytes
    ) -> Iterator[Row]:
        """Every message of a split block but the last (its body may go on), which is left
        pending. Written as one loop: it runs once per message of files of millions, so a
        message's day and hour are checked once per hour (`prefixes`), its sender once per
        sender (`senders`), and its key is hashed from its parts without building its time."""
        prefixes, senders, kinds = self.prefixes, self.senders, _BODY_KINDS
        jielong, checkin_mark = _TELLING
        text_kind, other, reply, poke = Kind.TEXT, Kind.OTHER, Kind.REPLY, Kind.POKE
        kind_bytes, text_key, nine = _KIND_BYTES, _KIND_BYTES[Kind.TEXT], _NINE
        sink, arrays, hashed = self.sink, self.arrays, key_of
        speech, checkin = (sink.speech(), sink.checkin()) if sink is not None else (0, 0)
        counted = 0
        current = b""  # the prefix whose day's arrays are at hand
        keys: Append = _no_append
        speakers: Append = _no_append
        codes: Append = _no_append
        fields = iter(parts)
        next(fields)  # the text before the first message (see `_lead`)
        pending = parts[-_FIELDS:]
        del parts[-_FIELDS:]
        for hour, ms, period, who, written in zip(
            fields, fields, fields, fields, fields, strict=False
        ):
            # "YYYY-MM-DD HH:" of the header's day and hour (checked when first seen)
            prefix = prefixes.get(hour if period is None else hour + period) or self._prefix(
                hour, period, block
            )
            if ms[0] > nine or ms[3] > nine:
                raise self._error(hour + b":" + ms, block)
            sender = senders.get(who) or self._sender(who)
            body = written.strip()
            if sender[2]:
                yield self._row((prefix + ms).decode(), sender, body)
                continue
            if not body:
                kind, kind_key = other, kind_bytes[other]
            elif body[0] == 91:  # "[": a placeholder ([图片]…) or a reply
                kind = reply if body.startswith(_REPLY) else kinds.get(body, text_kind)
                kind_key = kind_bytes[kind]
            else:
                kind, kind_key = text_kind, text_key
            key = hashed(b"".join((sender[3], prefix, ms, kind_key, body)))
            if jielong in body or kind is poke or sink is None:
                # maybe a 接龙 list (its text is read by the tally), a poke, or no sink
                told = jielong in body or checkin_mark in body
                content = body.decode(errors="replace") if told else None
                when = (prefix + ms).decode()
                yield (when, key, sender[0], sender[1], kind, content, False, None)
                continue
            code = speech
            if checkin_mark in body and is_checkin(body.decode(errors="replace")):
                code = checkin  # a 打卡 post (its first line says so)
            # plain speech (or a 打卡 post), counted into the tally's arrays of its day
            if prefix is not current:
                current = prefix
                keys, speakers, codes = arrays.get(prefix[:10]) or self._arrays(prefix[:10])
            keys(key)
            speakers(sender[4])
            codes(code)
            counted += 1
        self.counted += counted
        hour, ms, period, who, body = pending
        prefix = prefixes.get(hour if period is None else hour + period) or self._prefix(
            hour, period, block
        )
        if ms[0] > nine or ms[3] > nine:
            raise self._error(hour + b":" + ms, block)
        sender = senders.get(who) or self._sender(who)
        self.pending = ((prefix + ms).decode(), *sender[:3])
        self.body = [body]

    def finish(self) -> Row | None:
        """The message still being read, now that its body is complete (None if none)."""
        if self.pending is None:
            return None
        when, sender_id, sender_name, system = self.pending
        body = b"".join(self.body)[:MAX_BODY_BYTES].strip()
        self.pending, self.body = None, []
        return self._row(when, (sender_id, sender_name, system, b"", -1), body)

    def _row(self, when: str, sender: _Sender, body: bytes) -> Row:
        """A message's row, its text decoded (the slow way: notices and the odd message)."""
        sender_id, sender_name, system = sender[:3]
        text = body.decode(errors="replace")
        kind = kind_of(text, system)
        return (
            when,
            message_key(None, sender_id or sender_name, when, kind, text),
            sender_id,
            sender_name,
            kind,
            text,
            False,
            None,
        )

    def _sender(self, who: bytes) -> _Sender:
        """A header's sender (ID, name without titles, whether it is the system), decoded
        once per sender as written."""
        parts = SENDER.fullmatch(who)
        assert parts is not None, who  # HEADER_SPLIT matched it: so does SENDER
        name, qq, email = parts.groups()
        shown = _TITLES.sub("", name.decode(errors="replace").strip()).strip()
        number = _text(qq)
        if shown == SYSTEM_NAME and number in SYSTEM_IDS:
            found: _Sender = (None, "", True, b"\0", -1)
        else:
            sender_id = number or _text(email) or ""
            index = -1 if self.sink is None else self.sink.speaker(sender_id, shown)
            found = (sender_id, shown, False, sender_id.encode() + b"\0", index)
        self.senders[who] = found
        return found

    def _prefix(self, day_hour: bytes, period: bytes | None, block: bytes) -> bytes:
        """A header's day and hour (and AM/PM after the time) as b"YYYY-MM-DD HH:", checked."""
        parts = DAY_HOUR.fullmatch(day_hour)
        assert parts is not None, day_hour  # HEADER_SPLIT matched it: so does DAY_HOUR
        day, before, hour = parts.groups()
        iso = self.days.get(day) or self._day(day, block)
        clock = int(hour)
        if period in _AFTERNOON_BYTES:
            clock = clock % 12 + 12
        elif period in _MORNING_BYTES:
            clock %= 12
        elif before is not None or period is not None:
            clock = clock_hour(clock, _text(period), _text(before))
        if clock > 23:
            raise self._error(day_hour + b":", block)
        found = b"%s %02d:" % (iso, clock)
        self.prefixes[day_hour if period is None else day_hour + period] = found
        return found

    def _arrays(self, iso: bytes) -> tuple[Append, Append, Append]:
        assert self.sink is not None
        found = self.arrays[iso] = self.sink.day_arrays(iso)
        return found

    def take_counted(self) -> int:
        """The plain messages counted into the sink since the last call."""
        counted, self.counted = self.counted, 0
        return counted

    def _day(self, day: bytes, block: bytes) -> bytes:
        year, month, date = (int(part) for part in day.split(b"-"))
        try:
            iso = dt.date(year, month, date).isoformat().encode()
        except ValueError:
            raise self._error(day, block) from None
        self.days[day] = iso
        return iso

    def _error(self, start: bytes, block: bytes) -> ChatFileError:
        """The refusal of a header whose date or time does not exist, with its line (the
        first of the block that begins with `start`)."""
        at = -1 if block.startswith(start) else block.find(b"\n" + start)
        line = self.lines + (block.count(b"\n", 0, at + 1) + 1 if at >= 0 else 1)
        return ChatFileError(self.file_name, msg("the message's date or time does not exist"), line)


def _no_append(_value: int) -> None:
    """Stands for a day's append before the first day is at hand."""


def _text(value: bytes | None) -> str | None:
    return None if value is None else value.decode(errors="replace")
