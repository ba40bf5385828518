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

import bisect
import codecs
import datetime as dt
import itertools
import operator
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from desktop.models.core.messages import msg
from desktop.models.exchange.chat.records import (
    ChatFileError,
    ChatInfo,
    ChatWarning,
    Extend,
    Kind,
    Platform,
    Row,
    SpeechSink,
    is_checkin,
    key_of,
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
_TEXT_KEY = _KIND_BYTES[Kind.TEXT]


def _marked(bodies: list[bytes]) -> tuple[list[int], list[int]]:
    """The messages whose body says 接龙 (rare: found by one search over the bodies
    joined), and those that say 打卡 (a 打卡 group posts thousands: one look at each)."""
    jielong, checkin = _TELLING
    joined = b"\0".join(bodies)
    said: list[int] = []
    at = joined.find(jielong)
    if at >= 0:
        # where each body ends in `joined` (the "\0" after it): body n holds the bytes
        # before its end and after the end before it
        ends = [end + n for n, end in enumerate(itertools.accumulate(map(len, bodies)))]
        while at >= 0:
            said.append(bisect.bisect_right(ends, at))
            at = joined.find(jielong, at + 1)
    found = joined.find(checkin)
    posted = [n for n, body in enumerate(bodies) if body.find(checkin) >= 0] if found >= 0 else []
    return list(dict.fromkeys(said)), posted


def _checkin_post(body: bytes) -> bool:
    """Whether a stripped body that says 打卡 is a 打卡 post, as `records.is_checkin` reads
    the decoded text: its first line says it (decoded only when that line is not where
    the mark is: it may be a line of other blank characters)."""
    end = body.find(b"\n")
    if end < 0 or body.find(_TELLING[1], 0, end) >= 0:
        return True
    return is_checkin(body.decode(errors="replace"))


def _kind_of(body: bytes) -> Kind:
    """The kind of a stripped body that is empty or starts with "[" (else it is text)."""
    if not body:
        return Kind.OTHER
    if body.startswith(_REPLY):
        return Kind.REPLY
    return _BODY_KINDS.get(body, Kind.TEXT)


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
_ID_BYTES = operator.itemgetter(3)
_SPEAKER_INDEX = operator.itemgetter(4)


class _Reader:
    """The state between blocks: the message whose body is still being read."""

    def __init__(self, file_name: str, info: ChatInfo, sink: SpeechSink | None = None) -> None:
        self.file_name = file_name
        self.info = info
        self.sink = sink
        self.arrays: dict[bytes, tuple[Extend, Extend, Extend]] = {}  # ISO day → extends
        self.counted = 0  # plain messages counted into the sink since last asked
        self.after_blank = True  # the line before the next block is blank (or there is none)
        self.lines = 0  # lines of the blocks before this one
        # the message being read: (when, sender_id, sender_name, system), and its body
        self.pending: tuple[str, str | None, str, bool] | None = None
        self.body: list[bytes] = []
        # a header's day and hour as written and its AM/PM after the time → b"YYYY-MM-DD HH:"
        self.prefixes: dict[tuple[bytes, bytes | None], bytes] = {}
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

    def _messages(self, parts: list[bytes], block: bytes) -> Iterator[Row]:
        """Every message of a split block but the last (its body may go on), which is left
        pending.

        A block holds tens of thousands of messages, so it is worked column by column
        rather than message by message: each distinct day-hour, "MM:SS" and sender of the
        block is checked once, the keys are hashed in one pass, and the plain messages
        go into their days' arrays in runs. Only the messages that are more than a count
        (notices, 接龙 lists, pokes; every message without a sink) become rows.
        """
        pending = parts[-_FIELDS:]
        del parts[-_FIELDS:]
        hours, times, periods, whos = parts[1::5], parts[2::5], parts[3::5], parts[4::5]
        bodies = list(map(bytes.strip, parts[5::5]))
        if bodies:
            prefixes, starts = self._prefixes(hours, times, periods, block)
            senders = self.senders
            for who in dict.fromkeys(whos):  # new senders, in the file's order
                if who not in senders:
                    self._sender(who)
            facts = list(map(senders.__getitem__, whos))
            kind_keys = [_TEXT_KEY] * len(bodies)
            kinds: dict[int, Kind] = {}  # a message that is not text: its kind
            for at in [at for at, body in enumerate(bodies) if not body or body[0] == 91]:
                kinds[at] = kind = _kind_of(bodies[at])  # empty, a placeholder or a reply
                kind_keys[at] = _KIND_BYTES[kind]
            keys = list(
                map(
                    key_of,
                    map(
                        b"".join,
                        zip(map(_ID_BYTES, facts), prefixes, times, kind_keys, bodies, strict=True),
                    ),
                )
            )
            if self.sink is None:
                for at in range(len(bodies)):
                    yield self._told(at, prefixes, times, facts, bodies, keys, kinds)
            else:
                yield from self._counted(prefixes, starts, times, facts, bodies, keys, kinds)
        hour, ms, period, who, body = pending
        (prefix,), _ = self._prefixes([hour], [ms], [period], block)
        sender = self.senders.get(who) or self._sender(who)
        self.pending = ((prefix + ms).decode(), *sender[:3])
        self.body = [body]

    def _counted(
        self,
        prefixes: list[bytes],
        starts: list[int],
        times: list[bytes],
        facts: list[_Sender],
        bodies: list[bytes],
        keys: list[int],
        kinds: dict[int, Kind],
    ) -> Iterator[Row]:
        """A block's plain messages (and 打卡 posts) counted into the sink's day arrays, in
        runs of one day-hour; the others yielded as rows after them (a day's order does
        not matter to the tally: it orders a day by key, and equal keys are one message)."""
        assert self.sink is not None
        jielong_at, checkin_at = _marked(bodies)
        told = {*jielong_at, *(at for at, kind in kinds.items() if kind is Kind.POKE)}
        if any(fact[2] for fact in dict.fromkeys(facts)):  # notices of the system
            told.update(at for at, fact in enumerate(facts) if fact[2])
        speech, checkin = self.sink.speech(), self.sink.checkin()
        codes = [speech] * len(bodies)
        for at in checkin_at:
            if _checkin_post(bodies[at]):
                codes[at] = checkin  # a 打卡 post (its first line says so)
        hours, plain_keys, speakers, plain_codes = (
            prefixes,
            keys,
            list(map(_SPEAKER_INDEX, facts)),
            codes,
        )
        if told:  # the plain messages only (maybe none)
            plain = [at for at in range(len(bodies)) if at not in told]
            hours = [hours[at] for at in plain]
            plain_keys = [plain_keys[at] for at in plain]
            speakers = [speakers[at] for at in plain]
            plain_codes = [plain_codes[at] for at in plain]
            starts = [at for at in range(len(hours)) if not at or hours[at] is not hours[at - 1]]
        ends = [*starts[1:], len(hours)] if starts else []
        for start, end in zip(starts, ends, strict=True):
            day = hours[start][:10]
            add_keys, add_speakers, add_codes = self.arrays.get(day) or self._arrays(day)
            add_keys(plain_keys[start:end])
            add_speakers(speakers[start:end])
            add_codes(plain_codes[start:end])
        self.counted += len(hours)
        for at in sorted(told):
            yield self._told(at, prefixes, times, facts, bodies, keys, kinds)

    def _told(
        self,
        at: int,
        prefixes: list[bytes],
        times: list[bytes],
        facts: list[_Sender],
        bodies: list[bytes],
        keys: list[int],
        kinds: dict[int, Kind],
    ) -> Row:
        """The row of a block's message `at`: with its text when it may be a notice, a 接龙
        list or a 打卡 post."""
        when = (prefixes[at] + times[at]).decode()
        sender, body = facts[at], bodies[at]
        if sender[2]:
            return self._row(when, sender, body)
        told = _TELLING[0] in body or _TELLING[1] in body
        content = body.decode(errors="replace") if told else None
        kind = kinds.get(at, Kind.TEXT)
        return (when, keys[at], sender[0], sender[1], kind, content, False, None)

    def _prefixes(
        self,
        hours: list[bytes],
        times: list[bytes],
        periods: Sequence[bytes | None],
        block: bytes,
    ) -> tuple[list[bytes], list[int]]:
        """Each header's b"YYYY-MM-DD HH:" (from its day-hour and AM/PM), and where each run
        of one day-hour starts: a day-hour is checked once per run, "MM:SS" once per
        distinct value; the first header (in the file's order) whose date or time does not
        exist is refused with its line."""
        size = len(hours)
        if periods.count(None) == size:  # a 24-hour clock
            starts = [0, *(at for at in range(1, size) if hours[at] != hours[at - 1])]
        else:
            starts = [
                0,
                *(
                    at
                    for at in range(1, size)
                    if hours[at] != hours[at - 1] or periods[at] != periods[at - 1]
                ),
            ]
        known = self.prefixes
        prefixes: list[bytes] = []
        bad_at = []
        for start, end in zip(starts, [*starts[1:], size], strict=True):
            pair = (hours[start], periods[start])
            found = known.get(pair)
            if found is None:
                if not self._prefix(*pair):
                    bad_at.append(start)
                    break
                found = known[pair]
            prefixes += [found] * (end - start)
        bad_at += [times.index(ms) for ms in set(times) if ms[0] > _NINE or ms[3] > _NINE]
        if bad_at:
            first = min(bad_at)
            raise self._error(hours[first] + b":" + times[first], block)
        return prefixes, starts

    def finish(self) -> Row | None:
        """The message still being read, now that its body is complete (None if none)."""
        if self.pending is None:
            return None
        when, sender_id, sender_name, system = self.pending
        body = b"".join(self.body)[:MAX_BODY_BYTES].strip()
        self.pending, self.body = None, []
        return self._row(when, (sender_id, sender_name, system, b"", -1), body)

    def _row(self, when: str, sender: _Sender, body: bytes) -> Row:
        """A message's row, its text decoded (the slow way: notices and the odd message).
        Its key is hashed from the body's bytes as the column-wise reading hashes it (the
        same as `message_key` of its text, unless the bytes are no UTF-8): a message keys
        the same wherever the file's blocks and parts happen to end."""
        sender_id, sender_name, system = sender[:3]
        text = body.decode(errors="replace")
        kind = kind_of(text, system)
        who = (sender_id or sender_name).encode() + b"\0"
        return (
            when,
            key_of(b"".join((who, when.encode(), _KIND_BYTES[kind], body))),
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

    def _prefix(self, day_hour: bytes, period: bytes | None) -> bool:
        """Remember a header's day and hour (and AM/PM after the time) as b"YYYY-MM-DD HH:";
        False when that day or hour does not exist."""
        parts = DAY_HOUR.fullmatch(day_hour)
        assert parts is not None, day_hour  # HEADER_SPLIT matched it: so does DAY_HOUR
        day, before, hour = parts.groups()
        clock = int(hour)
        if period in _AFTERNOON_BYTES:
            clock = clock % 12 + 12
        elif period in _MORNING_BYTES:
            clock %= 12
        elif before is not None or period is not None:
            clock = clock_hour(clock, _text(period), _text(before))
        year, month, date = (int(part) for part in day.split(b"-"))
        try:
            iso = dt.date(year, month, date).isoformat().encode()
        except ValueError:
            return False
        if clock > 23:
            return False
        self.prefixes[day_hour, period] = b"%s %02d:" % (iso, clock)
        return True

    def _arrays(self, iso: bytes) -> tuple[Extend, Extend, Extend]:
        assert self.sink is not None
        found = self.arrays[iso] = self.sink.day_arrays(iso)
        return found

    def take_counted(self) -> int:
        """The plain messages counted into the sink since the last call."""
        counted, self.counted = self.counted, 0
        return counted

    def _error(self, start: bytes, block: bytes) -> ChatFileError:
        """The refusal of a header whose date or time does not exist, with its line (the
        first of the block that begins with `start`)."""
        at = -1 if block.startswith(start) else block.find(b"\n" + start)
        line = self.lines + (block.count(b"\n", 0, at + 1) + 1 if at >= 0 else 1)
        return ChatFileError(self.file_name, msg("the message's date or time does not exist"), line)


def _text(value: bytes | None) -> str | None:
    return None if value is None else value.decode(errors="replace")
