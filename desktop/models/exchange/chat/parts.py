"""A large QQ .txt export read on every core: the file cut at message boundaries, the first
part read here and each other part by a helper process at the same time.

Reading a QQ text export is pure Python work, one core's worth; a laptop has several. A
file of `PARALLEL_BYTES` or more is cut into up to `MAX_PARTS` parts, each starting at a
message's header line after a blank line (where reading the whole file would start a
message too), so every part reads exactly the messages the whole file has there. A helper
(`multiprocessing`, started fresh: "spawn", safe beside the window's threads and the same
on every system) reads its part with `reading.Reading` and sends back its `PartResult`:
per-day arrays, senders and extras, no text but notices and 接龙 lists. `chat.tally`
puts the parts together in file order.

A helper that cannot be started or ends without a result (its process killed, a frozen
app that cannot start one) costs nothing but time: its part is read here instead. A
cancel stops the helpers at once. An unreadable part is refused with its line in the
whole file, as reading it in one pass would have.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from desktop.models.exchange.chat import ChatFile, ChatFormat
from desktop.models.exchange.chat.qq_txt import HEADER_SPLIT, is_utf8
from desktop.models.exchange.chat.reading import Extra, Reading, Report
from desktop.models.exchange.chat.records import ChatFileError

# Files smaller than this are read in one pass: a helper takes about 0.15 s to start.
PARALLEL_BYTES = 16 << 20
# At most this many parts (the first read here): beyond it memory grows, time hardly falls.
MAX_PARTS = 4
# The first part is this much longer than the others (in parts): the helpers start
# meanwhile. Started early (`read_early`), they have a head start instead, and the first
# part is shorter: the command loads what it needs next while they finish (`meanwhile`
# of `chat.tally.read_tally`; balanced on 2 cores, measured with notices to add members).
FIRST_PART_BONUS = 0.15
EARLY_FIRST_PART_BONUS = -0.2
# How far after a cut a message's header is looked for before the cut is given up.
SEEK_BYTES = 1 << 20
# How often the wait for a helper looks at the cancel (seconds).
POLL_SECONDS = 0.05

_log = logging.getLogger(__name__)

Span = tuple[int, int | None]  # [start, end) in bytes; None: to the end of the file


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # pragma: no cover - Windows and macOS


def spans(chat: ChatFile, parts: int | None = None, bonus: float = FIRST_PART_BONUS) -> list[Span]:
    """Where to cut a chat file for reading on `parts` cores (default: this computer's):
    one span for a file read in one pass, else the first span (`bonus` parts longer than
    the others) and the helpers' ones."""
    whole: list[Span] = [(0, None)]
    if chat.format is not ChatFormat.QQ_TXT or not is_utf8(chat.encoding):
        return whole
    size = chat.path.stat().st_size
    parts = min(MAX_PARTS, cores() if parts is None else parts)
    if parts < 2 or size < PARALLEL_BYTES:
        return whole
    share = size / (parts + bonus)
    cuts = [0]
    with chat.path.open("rb") as fh:
        for n in range(1, parts):
            found = _message_start(fh, round(share * (n + bonus)))
            if found is not None and found > cuts[-1]:
                cuts.append(found)
    ends: list[int | None] = [*cuts[1:], None]
    return list(zip(cuts, ends, strict=True))


def _message_start(fh: Any, near: int) -> int | None:
    """The offset of the first message header after a blank line at or after `near` (the
    pattern takes "\r\n" line ends as they are), or None within `SEEK_BYTES`."""
    fh.seek(near)
    found = HEADER_SPLIT.search(fh.read(SEEK_BYTES))
    return None if found is None else near + found.start(1)


@dataclass(frozen=True, slots=True)
class PartResult:
    """What a part of a file holds: its senders (key, ID, names, whether the owner), its
    notices and 接龙 lists, its per-day arrays as bytes, and how many messages it read;
    or the refusal of the part (its reason and line within the part). A QQ text export
    has no warnings to carry: a line is a message's or its body's."""

    speakers: tuple[tuple[str, str | None, tuple[str, ...], bool], ...]
    extras: tuple[Extra, ...]
    days: dict[dt.date, tuple[bytes, bytes, bytes]]
    read: int
    error: tuple[str, int | None] | None = None


_PART_FIELDS = tuple(field.name for field in fields(PartResult))


def part_result(reading: Reading, read: int) -> PartResult:
    """A finished reading as a `PartResult`."""
    return PartResult(
        speakers=tuple(
            (s.key, s.platform_id, tuple(s.names), s.from_owner) for s in reading.speakers
        ),
        extras=tuple(reading.extras),
        days={
            day: (b.keys.tobytes(), b.speakers.tobytes(), b.kinds.tobytes())
            for day, b in reading.buffers.items()
        },
        read=read,
    )


def read_part(chat: ChatFile, zone: dt.tzinfo | None, report: Report | None) -> PartResult:
    """Read one part of a file here (a refusal is in the result, not raised)."""
    reading = Reading(chat, zone)
    try:
        read = reading.run(report)
    except ChatFileError as exc:
        return PartResult((), (), {}, 0, error=(exc.reason, exc.line))
    return part_result(reading, read)


def _received(conn: Connection) -> PartResult | None:
    """The part a helper sent, or None when what came is no whole `PartResult` of this
    version (a pipe cut short; a helper started from other code, the app updated while
    it ran): its part is then read in place."""
    try:
        found = conn.recv()
    except Exception as exc:  # unpickling can fail in many ways: all mean "read it here"
        _log.info("a chat part could not be received: %s", exc)
        return None
    whole = isinstance(found, PartResult) and all(hasattr(found, name) for name in _PART_FIELDS)
    return found if whole else None


def _helper_main(
    conn: Connection, counter: Any, chat: ChatFile, zone: dt.tzinfo | None
) -> None:  # pragma: no cover - runs in the helper process (coverage does not follow it)
    """A helper process: read the part, send the result, keep `counter` at the messages
    read so far. Whatever else goes wrong here ends the helper without a word (no
    traceback on the command's output): its part is then read in place, where the
    failure shows as it would without helpers."""

    def report(read: int) -> None:
        counter.value = read

    try:
        conn.send(read_part(chat, zone, report))
        conn.close()
    except (KeyboardInterrupt, BrokenPipeError):  # asked to stop: the import is over
        pass
    except Exception:  # see above: read again in place
        raise SystemExit(1) from None  # multiprocessing prints no traceback for it


class _Count:
    """A count kept here, where shared memory could not be had."""

    value = 0


class Helper:
    """A helper process reading one part (see the module docstring). Where no process can
    be started (no shared memory, no pipes, a frozen app without them) it starts none,
    and its part is read in place when its result is asked for."""

    def __init__(self, chat: ChatFile, zone: dt.tzinfo | None) -> None:
        self.chat = chat
        self.zone = zone
        self.counter: Any = _Count()
        self.conn: Connection | None = None
        self.process: Any = None
        context = multiprocessing.get_context("spawn")
        try:
            self.counter = context.Value("q", 0, lock=False)
            self.conn, child = context.Pipe(duplex=False)
            try:
                self.process = context.Process(
                    target=_helper_main,
                    args=(child, self.counter, chat, zone),
                    daemon=True,
                    name="qundesk-chat-part",
                )
                self.process.start()
            finally:
                child.close()
        except (OSError, RuntimeError, ValueError) as exc:  # read in place instead
            _log.info("chat part %s read in place: %s", chat.span, exc)
            self.process = None

    def working(self) -> bool:
        """Whether the helper is still reading (no result sent yet)."""
        return self.process is not None and self.conn is not None and not self.conn.poll()

    def read_so_far(self) -> int:
        """Messages the helper has read (for progress)."""
        return int(self.counter.value)

    def result(self, wait: Callable[[], None]) -> PartResult:
        """The helper's result; `wait` is called while it works (and may raise to cancel).
        A helper that ends without one has its part read here instead."""
        found: PartResult | None = None
        if self.process is not None and self.conn is not None:
            while not self.conn.poll(POLL_SECONDS):
                wait()
                if not self.process.is_alive() and not self.conn.poll():
                    _log.info("chat part %s read in place: helper ended", self.chat.span)
                    break
            else:
                found = _received(self.conn)
        self.stop()
        if found is None:
            before = self.read_so_far()

            def report(read: int) -> None:
                self.counter.value = max(before, read)  # progress never goes back
                wait()

            found = read_part(self.chat, self.zone, report)
        return found

    def stop(self) -> None:
        """End the helper process (done or not) and free its pipe."""
        if self.process is not None:
            if self.process.is_alive():
                self.process.terminate()
            self.process.join()
            self.process.close()
            self.process = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None


@dataclass
class Started:
    """A file whose later parts are being read already (`read_early`)."""

    chat: ChatFile
    zone: dt.tzinfo | None
    cut: list[Span]
    helpers: list[Helper]

    def serves(self, chat: ChatFile, zone: dt.tzinfo | None) -> bool:
        """Whether these helpers read parts of this very reading of a file."""
        return (self.chat.path, self.chat.format, self.chat.encoding, self.zone) == (
            chat.path,
            chat.format,
            chat.encoding,
            zone,
        )


@contextlib.contextmanager
def helpers(
    chat: ChatFile, zone: dt.tzinfo | None, cut: list[Span], started: Started | None = None
) -> Iterator[list[Helper]]:
    """A helper for each span after the first (those `started` already, or new ones); all
    stopped at the end."""
    running: list[Helper] = [] if started is None else started.helpers
    try:
        if started is None:
            for span in cut[1:]:
                running.append(Helper(replace(chat, span=span, warnings=[]), zone))
        yield running
    finally:
        for helper in running:
            helper.stop()


@contextlib.contextmanager
def read_early(path: Path, zone: dt.tzinfo | None) -> Iterator[Started | None]:
    """Start reading the later parts of a large chat file now, while the command loads
    what comes before the reading (`chat.tally.read_tally` takes them with `started`);
    None when the file is read in one pass (or is no chat file it can tell). The helpers
    are stopped at the end, used or not."""
    from desktop.models.exchange.chat import open_chat

    try:
        chat = open_chat(path)
    except (ChatFileError, OSError):
        yield None  # refused where it is read, with the usual message
        return
    cut = spans(chat, bonus=EARLY_FIRST_PART_BONUS)
    if len(cut) < 2:
        yield None
        return
    with helpers(chat, zone, cut) as running:
        yield Started(chat, zone, cut, running)


def lines_before(path: Path, offset: int) -> int:
    """The lines of a file before a byte offset (for a part's refusal)."""
    lines = 0
    with path.open("rb") as fh:
        left = offset
        while left > 0:
            data = fh.read(min(left, 1 << 22))
            if not data:
                break
            lines += data.count(b"\n")
            left -= len(data)
    return lines
