"""A chat export counted: messages per day and speaker, notices, 接龙 lists and 打卡 posts.

`read_tally` reads a `ChatFile` once (`chat.reading`; a large QQ .txt on every core, see
`chat.parts`) and keeps, per day, three compact arrays — each message's 64-bit key, its
speaker and what it is (speech, other system message, notice, 接龙, 打卡) — 13 bytes a
message and no text; notices and 接龙 lists (a few per day) keep what they say.
`ChatTally.count` then drops the duplicates inside the file and the
messages a group has already counted (their keys, see `chats.history.counted_keys`) and
gives what is new, day by day: so the same export imported twice, or one overlapping the
last, adds nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import partial

import numpy as np
import numpy.typing as npt

from desktop.models.core.messages import msg
from desktop.models.exchange.chat import ChatFile
from desktop.models.exchange.chat import parts as chat_parts
from desktop.models.exchange.chat.notices import Join, Leave
from desktop.models.exchange.chat.reading import (
    CHECKIN,
    JIELONG,
    NOTICE,
    PROGRESS_EVERY,
    SPOKEN,
    DayArrays,
    Extra,
    Reading,
    SpeakerTally,
    add_sender,
)
from desktop.models.exchange.chat.records import ChatFileError, Platform
from desktop.models.exchange.import_engine import CancelledFn, ImportCancelledError, ProgressFn

__all__ = ["PROGRESS_EVERY", "ChatCounts", "ChatTally", "DayCount", "Extra", "SpeakerTally"]
KeyArray = npt.NDArray[np.uint64]


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
            spoken = speakers[np.isin(kind, SPOKEN)]
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


def read_tally(
    chat: ChatFile,
    zone: dt.tzinfo | None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    parts: int | None = None,
    started: chat_parts.Started | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> ChatTally:
    """Read a chat export once into a `ChatTally`; `zone` turns Unix times into the owner's
    days (None: this computer's zone). A large QQ .txt is read on up to `parts` cores
    (default: this computer's; see `chat.parts`), by the helpers `started` early if they
    read this file; `meanwhile` is called once when the part read here is done before
    the helpers' (work for later, done while they finish). ChatFileError when the file
    cannot be read; ImportCancelledError when `cancelled` says so."""
    if started is not None and not started.serves(chat, zone):
        started = None
    cut = chat_parts.spans(chat, parts) if started is None else started.cut
    with chat_parts.helpers(chat, zone, cut, started) as helpers:
        waiting = list(helpers)  # helpers whose part is not in the reading yet

        def report(read: int) -> None:
            _report(read + sum(h.read_so_far() for h in waiting), progress, cancelled)

        first = replace(chat, span=cut[0]) if len(cut) > 1 else chat
        reading = Reading(first, zone)
        read = reading.run(report)
        chat.info, chat.warnings = first.info, first.warnings
        if meanwhile is not None and any(h.working() for h in helpers):
            meanwhile()
        for helper, (start, _end) in zip(helpers, cut[1:], strict=True):
            part = helper.result(partial(report, read))  # progress while it waits
            if part.error is not None:
                reason, line = part.error
                if line is not None:
                    line += chat_parts.lines_before(chat.path, start)
                raise ChatFileError(chat.path.name, reason, line)
            waiting.remove(helper)
            read += _merge(reading, part)
            report(read)
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


def _merge(reading: Reading, part: chat_parts.PartResult) -> int:
    """Add a later part of the file to a reading, in file order: its senders (their
    indexes renumbered), notices, 接龙 lists and per-day arrays; how many it read."""
    index, speakers = reading.index, reading.speakers
    renumber = np.full(len(part.speakers) + 1, -1, dtype=np.int32)  # [-1] stays -1
    for n, (_key, platform_id, names, from_owner) in enumerate(part.speakers):
        for name in names:
            found = add_sender(platform_id, name, from_owner, index, speakers)
        renumber[n] = found.index
    reading.extras.extend(
        replace(e, speaker=int(renumber[e.speaker])) if e.speaker >= 0 else e for e in part.extras
    )
    while part.days:  # each day's bytes let go once copied: memory stays near one copy
        day, (keys, who, kinds) = part.days.popitem()
        buffer = reading.buffers.get(day) or reading.buffers.setdefault(day, DayArrays())
        buffer.keys.frombytes(keys)
        buffer.speakers.frombytes(renumber[np.frombuffer(who, dtype=np.int32)].tobytes())
        buffer.kinds.frombytes(kinds)
    return part.read


def _sorted(
    day: DayArrays,
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


def _report(read: int, progress: ProgressFn | None, cancelled: CancelledFn | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError(msg("Reading the chat was cancelled; nothing was imported."))
    if progress is not None:
        progress(read, 0)
