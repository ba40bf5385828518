"""One pass over a chat export's rows (or a part of a QQ .txt) into per-day arrays.

`Reading` reads a `ChatFile` once and keeps, per day, three compact arrays — each
message's 64-bit key, its speaker and what it is (speech, other system message, notice,
接龙, 打卡) — 13 bytes a message and no text; notices and 接龙 lists (a few per day) keep
what they say (`Extra`). `chat.tally` turns one or more readings into a `ChatTally`.

Nothing here loads numpy or the database: a helper process reading a part of a large
file (`chat.parts`) starts with this module alone.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.models.chats.speakers import NAME_PREFIX, speaker_key
from desktop.models.core.common import collection_paused
from desktop.models.exchange.chat import ChatFile
from desktop.models.exchange.chat.notices import Notice, read_notice
from desktop.models.exchange.chat.records import (
    NOT_SPEECH,
    Extend,
    Kind,
    is_checkin,
    jielong_text,
)

# What a message is, in the per-day arrays.
SPEECH, SYSTEM, NOTICE, JIELONG, CHECKIN = 0, 1, 2, 3, 4
SPOKEN = (SPEECH, JIELONG, CHECKIN)
# Messages read between two progress reports and cancel checks.
PROGRESS_EVERY = 1 << 16

Report = Callable[[int], None]
"""Told how many messages were read so far; raises to stop the reading (a cancel)."""


@dataclass
class SpeakerTally:
    """One sender of the file: their key, the names they showed, and what they sent."""

    index: int
    key: str  # platform ID, or "name:" + display name (see chats.speakers.speaker_key)
    platform_id: str | None
    names: dict[str, None]  # every display name seen, the latest last
    from_owner: bool = False

    @property
    def name(self) -> str:
        """The latest display name."""
        return next(reversed(self.names))


@dataclass(frozen=True, slots=True)
class Extra:
    """A message that says more than its count: its day, key, sender and content."""

    day: dt.date
    key: int
    speaker: int  # -1 for a notice
    notices: tuple[Notice, ...] = ()
    text: str = ""  # the 接龙 list


@dataclass
class DayArrays:
    """One day's messages in file order: keys, speaker indexes and what each is."""

    keys: array[int] = field(default_factory=lambda: array("Q"))
    speakers: array[int] = field(default_factory=lambda: array("i"))
    kinds: array[int] = field(default_factory=lambda: array("b"))


class DayOf:
    """The owner's day of a Unix time in a zone (None: this computer's), remembering the
    current day's bounds so that a run of messages on one day costs two comparisons."""

    def __init__(self, zone: dt.tzinfo | None) -> None:
        self.zone = zone
        self.low = self.high = 0
        self.day = dt.date.min

    def __call__(self, stamp: int) -> dt.date:
        if self.low <= stamp < self.high:
            return self.day
        moment = dt.datetime.fromtimestamp(stamp, self.zone)
        day = moment.date()
        start = dt.datetime.combine(day, dt.time(), self.zone)
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), self.zone)
        self.low, self.high, self.day = int(start.timestamp()), int(end.timestamp()), day
        return day


class Reading:
    """One pass over a file's rows into per-day arrays, speakers and extras."""

    def __init__(self, chat: ChatFile, zone: dt.tzinfo | None) -> None:
        self.chat = chat
        self.day_of = DayOf(zone)
        self.local_days: dict[str, dt.date] = {}  # "YYYY-MM-DD" of a local time → its date
        self.buffers: dict[dt.date, DayArrays] = {}
        self.index: dict[str, SpeakerTally] = {}
        self.speakers: list[SpeakerTally] = []
        self.extras: list[Extra] = []
        self.report: Report | None = None

    def run(self, report: Report | None = None) -> int:
        """Read every row; how many were read. The loop runs once per message of files of
        millions, so it keeps the current day's arrays at hand and calls out only for
        notices, 接龙 lists, 打卡 posts and new speakers."""
        with collection_paused():  # millions of small objects, no cycles among them
            return self._run(report)

    def _run(self, report: Report | None) -> int:
        day_of, index, buffers, local_days = self.day_of, self.index, self.buffers, self.local_days
        self.report = report
        read = 0
        current: dt.date | None = None
        keys = speakers_of = kinds = array("b").append  # the current day's arrays
        # plain speech of a QQ .txt is counted by its reader (`day_arrays`, `speaker`)
        for when, key, sender_id, name, kind, content, from_owner, _ in self.chat.rows(self):
            read += 1
            if not read & (PROGRESS_EVERY - 1):
                self.rows_seen = read
                if report is not None:
                    report(read + self.counted_by_reader)
            if isinstance(when, int):
                day = day_of(when)
            else:
                day = local_days.get(when[:10]) or self._local_day(when)
            if day != current:
                current = day
                buffer = buffers.get(day) or buffers.setdefault(day, DayArrays())
                keys, speakers_of = buffer.keys.append, buffer.speakers.append
                kinds = buffer.kinds.append
            if kind in NOT_SPEECH:
                who = -1
                what = self._notice(day, key, content) if kind is Kind.SYSTEM else SYSTEM
            else:
                speaker = index.get(sender_id or NAME_PREFIX + name)
                if speaker is None or name not in speaker.names or from_owner:
                    speaker = add_sender(sender_id, name, from_owner, index, self.speakers)
                who, what = speaker.index, SPEECH
                if (
                    content
                    and ("接龙" in content or "打卡" in content)
                    and (kind is Kind.TEXT or kind is Kind.REPLY)
                ):
                    what = self._said(day, key, who, content)
            keys(key)
            speakers_of(who)
            kinds(what)
        read += self.counted_by_reader
        if report is not None:
            report(read)
        return read

    # ---- the reader's sink (records.SpeechSink) ----

    counted_by_reader = 0
    rows_seen = 0  # rows the loop had taken at its last progress report

    def day_arrays(self, day: bytes) -> tuple[Extend, Extend, Extend]:
        """What adds to a local day's keys, speakers and kinds."""
        date = self._local_day(day.decode())
        buffer = self.buffers.get(date) or self.buffers.setdefault(date, DayArrays())
        return buffer.keys.extend, buffer.speakers.extend, buffer.kinds.extend

    def speech(self) -> int:
        """Plain speech's code in the day arrays."""
        return SPEECH

    def checkin(self) -> int:
        """A 打卡 post's code in the day arrays."""
        return CHECKIN

    def speaker(self, sender_id: str, name: str) -> int:
        """The index of a sender seen by the reader (added when new)."""
        return add_sender(sender_id or None, name, False, self.index, self.speakers).index

    def counted(self, messages: int) -> None:
        """Progress of the messages the reader counted; the place a cancel is seen."""
        before = self.counted_by_reader
        self.counted_by_reader += messages
        crossed = before // PROGRESS_EVERY != self.counted_by_reader // PROGRESS_EVERY
        if crossed and self.report is not None:
            self.report(self.counted_by_reader + self.rows_seen)

    def _local_day(self, when: str) -> dt.date:
        day = self.local_days.get(when[:10])
        if day is None:
            day = self.local_days[when[:10]] = dt.date.fromisoformat(when[:10])
        return day

    def _notice(self, day: dt.date, key: int, content: str | None) -> int:
        """NOTICE for a system message that says who joined or left, else SYSTEM."""
        notices = read_notice(content.strip(), self.chat.info.platform) if content else ()
        if not notices:
            return SYSTEM
        self.extras.append(Extra(day, key, -1, notices))
        return NOTICE

    def _said(self, day: dt.date, key: int, who: int, content: str) -> int:
        """JIELONG for a 接龙 list, CHECKIN for a 打卡 post, else SPEECH."""
        listed = jielong_text(content)
        if listed:
            self.extras.append(Extra(day, key, who, text=listed))
            return JIELONG
        if is_checkin(content):
            return CHECKIN  # counted from the day's arrays: a 打卡 group posts thousands
        return SPEECH


def add_sender(
    sender_id: str | None,
    name: str,
    from_owner: bool,
    index: dict[str, SpeakerTally],
    speakers: list[SpeakerTally],
) -> SpeakerTally:
    """The tally of a message's sender, added or updated (a new display name, the owner)."""
    key = sender_id or speaker_key(None, name)
    speaker = index.get(key)
    if speaker is None:
        speaker = SpeakerTally(len(speakers), key, sender_id, {name: None})
        index[key] = speaker
        speakers.append(speaker)
    elif name not in speaker.names:
        speaker.names[name] = None
    if from_owner:
        speaker.from_owner = True
    return speaker
