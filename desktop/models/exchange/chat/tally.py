"""A chat export counted: messages per day and speaker, notices, 接龙 lists and 打卡 posts.

`read_tally` reads a `ChatFile` once and keeps, per day, three compact arrays — each
message's 64-bit key, its speaker and what it is (speech, other system message, notice,
接龙, 打卡) — 13 bytes a message and no text; notices and 接龙 lists (a few per day) keep
what they say. `ChatTally.count` then drops the duplicates inside the file and the
messages a group has already counted (their keys, see `chats.history.counted_keys`) and
gives what is new, day by day: so the same export imported twice, or one overlapping the
last, adds nothing twice.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from desktop.models.chats.speakers import NAME_PREFIX, speaker_key
from desktop.models.core.messages import msg
from desktop.models.exchange.chat import ChatFile
from desktop.models.exchange.chat.notices import Join, Leave, Notice, read_notice
from desktop.models.exchange.chat.records import (
    NOT_SPEECH,
    Append,
    Kind,
    Platform,
    is_checkin,
    jielong_text,
)
from desktop.models.exchange.import_engine import CancelledFn, ImportCancelledError, ProgressFn

# What a message is, in the per-day arrays.
SPEECH, SYSTEM, NOTICE, JIELONG, CHECKIN = 0, 1, 2, 3, 4
_SPOKEN = (SPEECH, JIELONG, CHECKIN)
# Messages read between two progress reports and cancel checks.
PROGRESS_EVERY = 1 << 16
KeyArray = npt.NDArray[np.uint64]


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
class _Day:
    keys: array[int] = field(default_factory=lambda: array("Q"))
    speakers: array[int] = field(default_factory=lambda: array("i"))
    kinds: array[int] = field(default_factory=lambda: array("b"))


@dataclass(frozen=True, slots=True)
class DayCount:
    """What is new on one day: messages per speaker index, and the new keys."""

    day: dt.date
    speaker_index: npt.NDArray[np.int32]  # the day's speakers (indexes, ascending)
    speaker_messages: npt.NDArray[np.int64]  # the speech messages of each
    system: int  # system messages other than speech (notices, recalls, pokes…)
    new_keys: KeyArray  # sorted
    checked_in: npt.NDArray[np.int32]  # speakers with a new 打卡 post (indexes, ascending)

    @property
    def messages(self) -> int:
        """Speech messages of the day."""
        return int(self.speaker_messages.sum())


@dataclass(frozen=True, slots=True)
class ChatCounts:
    """What an export adds to a group: new days' counts and new notices, 接龙, 打卡."""

    days: tuple[DayCount, ...]
    joins: tuple[tuple[dt.date, Join], ...]
    leaves: tuple[tuple[dt.date, Leave], ...]
    jielong: tuple[Extra, ...]
    duplicates: int  # messages of the file counted already (earlier import or twice in it)

    @property
    def checkins(self) -> int:
        """New 打卡 posts (one per speaker and day)."""
        return sum(len(day.checked_in) for day in self.days)

    def checkins_on(self, days: Container[dt.date]) -> Iterator[tuple[dt.date, int]]:
        """(day, speaker index) of the new 打卡 posts on these days."""
        for day in self.days:
            if len(day.checked_in) and day.day in days:
                for speaker in day.checked_in.tolist():
                    yield day.day, speaker

    @property
    def messages(self) -> int:
        """New speech messages."""
        return sum(day.messages for day in self.days)


@dataclass
class ChatTally:
    """An export read and counted per day (see the module docstring)."""

    format: str
    platform: Platform
    chat_id: str | None
    chat_name: str
    speakers: list[SpeakerTally]
    extras: list[Extra]
    messages_read: int
    # per day: the messages' keys, speakers and kinds, ordered by key
    days: dict[dt.date, tuple[KeyArray, npt.NDArray[np.int32], npt.NDArray[np.int8]]]
    warnings: list[str]

    @property
    def first_day(self) -> dt.date | None:
        """The first day with a message."""
        return min(self.days) if self.days else None

    @property
    def last_day(self) -> dt.date | None:
        """The last day with a message."""
        return max(self.days) if self.days else None

    def count(self, counted: Mapping[dt.date, bytes]) -> ChatCounts:
        """What is new against the keys a group has counted per day (`counted`)."""
        days: list[DayCount] = []
        fresh: set[int] = set()
        duplicates = 0
        for day in sorted(self.days):
            keys, speakers, kinds = self.days[day]  # sorted by key (see `read_tally`)
            repeated = keys[1:] == keys[:-1]
            if repeated.any():  # the first of equal keys is the first in the file
                first = np.flatnonzero(np.concatenate(([True], ~repeated)))
                unique, speakers, kinds = keys[first], speakers[first], kinds[first]
                duplicates += len(keys) - len(unique)
            else:
                unique = keys  # the day's own array: nothing is copied
            old = counted.get(day)
            if old:
                is_new = ~np.isin(unique, np.frombuffer(old, dtype=np.uint64))
                unique, speakers, kinds = unique[is_new], speakers[is_new], kinds[is_new]
                duplicates += int((~is_new).sum())
            kind = kinds
            spoken = speakers[np.isin(kind, _SPOKEN)]
            tallies = np.bincount(spoken) if len(spoken) else np.zeros(0, np.int64)
            who = np.flatnonzero(tallies).astype(np.int32)
            posted = np.unique(speakers[kind == CHECKIN]).astype(np.int32)
            days.append(
                DayCount(day, who, tallies[who], int(len(kind) - len(spoken)), unique, posted)
            )
            if len(unique) and self.extras:
                fresh.update(int(k) for k in unique[np.isin(kind, (NOTICE, JIELONG))])
        extras, seen = [], set()
        for extra in self.extras:
            if extra.key in fresh and extra.key not in seen:
                seen.add(extra.key)
                extras.append(extra)
        return ChatCounts(
            days=tuple(days),
            joins=tuple((e.day, n) for e in extras for n in e.notices if isinstance(n, Join)),
            leaves=tuple((e.day, n) for e in extras for n in e.notices if isinstance(n, Leave)),
            jielong=tuple(e for e in extras if e.text),
            duplicates=duplicates,
        )


class _DayOf:
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


def read_tally(
    chat: ChatFile,
    zone: dt.tzinfo | None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ChatTally:
    """Read a chat export once into a `ChatTally`; `zone` turns Unix times into the owner's
    days (None: this computer's zone). ChatFileError when the file cannot be read;
    ImportCancelledError when `cancelled` says so."""
    reading = _Reading(chat, zone)
    read = reading.run(progress, cancelled)
    info = chat.info
    return ChatTally(
        format=chat.format.value,
        platform=info.platform,
        chat_id=info.chat_id,
        chat_name=info.chat_name,
        speakers=reading.speakers,
        extras=reading.extras,
        messages_read=read,
        days={day: _sorted(buffer) for day, buffer in reading.buffers.items()},
        warnings=[
            msg("line {line}: {reason}", line=w.line, reason=w.reason) for w in chat.warnings
        ],
    )


def _sorted(
    day: _Day,
) -> tuple[KeyArray, npt.NDArray[np.int32], npt.NDArray[np.int8]]:
    """A day's arrays ordered by key (stable: equal keys stay in file order), so that
    `ChatTally.count` finds repeats without sorting and keeps the keys without copying.
    The arrays are views of the day's buffers, sorted in place."""
    keys = np.frombuffer(day.keys, dtype=np.uint64)
    speakers = np.frombuffer(day.speakers, dtype=np.int32)
    kinds = np.frombuffer(day.kinds, dtype=np.int8)
    order = np.argsort(keys, kind="stable")
    for column in (keys, speakers, kinds):  # in place: the day's buffers are the arrays
        column[:] = column[order]
    return keys, speakers, kinds


class _Reading:
    """One pass over a file's rows into per-day arrays, speakers and extras."""

    def __init__(self, chat: ChatFile, zone: dt.tzinfo | None) -> None:
        self.chat = chat
        self.day_of = _DayOf(zone)
        self.local_days: dict[str, dt.date] = {}  # "YYYY-MM-DD" of a local time → its date
        self.buffers: dict[dt.date, _Day] = {}
        self.index: dict[str, SpeakerTally] = {}
        self.speakers: list[SpeakerTally] = []
        self.extras: list[Extra] = []

    def run(self, progress: ProgressFn | None, cancelled: CancelledFn | None) -> int:
        """Read every row; how many were read. The loop runs once per message of files of
        millions, so it keeps the current day's arrays at hand and calls out only for
        notices, 接龙 lists, 打卡 posts and new speakers."""
        day_of, index, buffers, local_days = self.day_of, self.index, self.buffers, self.local_days
        self.progress, self.cancelled = progress, cancelled
        read = 0
        current: dt.date | None = None
        keys = speakers_of = kinds = array("b").append  # the current day's arrays
        # plain speech of a QQ .txt is counted by its reader (`day_arrays`, `speaker`)
        for when, key, sender_id, name, kind, content, from_owner, _ in self.chat.rows(self):
            read += 1
            if not read & (PROGRESS_EVERY - 1):
                self.rows_seen = read
                _report(read + self.counted_by_reader, progress, cancelled)
            if isinstance(when, int):
                day = day_of(when)
            else:
                day = local_days.get(when[:10]) or self._local_day(when)
            if day != current:
                current = day
                buffer = buffers.get(day) or buffers.setdefault(day, _Day())
                keys, speakers_of = buffer.keys.append, buffer.speakers.append
                kinds = buffer.kinds.append
            if kind in NOT_SPEECH:
                who = -1
                what = self._notice(day, key, content) if kind is Kind.SYSTEM else SYSTEM
            else:
                speaker = index.get(sender_id or NAME_PREFIX + name)
                if speaker is None or name not in speaker.names or from_owner:
                    speaker = _sender(sender_id, name, from_owner, index, self.speakers)
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
        _report(read, progress, cancelled)
        return read

    # ---- the reader's sink (records.SpeechSink) ----

    counted_by_reader = 0
    rows_seen = 0  # rows the loop had taken at its last progress report
    progress: ProgressFn | None = None
    cancelled: CancelledFn | None = None

    def day_arrays(self, day: bytes) -> tuple[Append, Append, Append]:
        """The appends of a local day's keys, speakers and kinds."""
        date = self._local_day(day.decode())
        buffer = self.buffers.get(date) or self.buffers.setdefault(date, _Day())
        return buffer.keys.append, buffer.speakers.append, buffer.kinds.append

    def speech(self) -> int:
        """Plain speech's code in the day arrays."""
        return SPEECH

    def checkin(self) -> int:
        """A 打卡 post's code in the day arrays."""
        return CHECKIN

    def speaker(self, sender_id: str, name: str) -> int:
        """The index of a sender seen by the reader (added when new)."""
        return _sender(sender_id or None, name, False, self.index, self.speakers).index

    def counted(self, messages: int) -> None:
        """Progress of the messages the reader counted; the place a cancel is seen."""
        before = self.counted_by_reader
        self.counted_by_reader += messages
        if before // PROGRESS_EVERY != self.counted_by_reader // PROGRESS_EVERY:
            _report(self.counted_by_reader + self.rows_seen, self.progress, self.cancelled)

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


def _sender(
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


def _report(read: int, progress: ProgressFn | None, cancelled: CancelledFn | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError(msg("Reading the chat was cancelled; nothing was imported."))
    if progress is not None:
        progress(read, 0)
