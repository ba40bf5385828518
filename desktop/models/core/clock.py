"""The app's one clock: the only code that reads the system's date and time.

Everything else asks a `Clock` for "now" or "today" each time it needs one, so a window left
open past midnight dates its next action with the new day, and tests run at a fixed moment
on any real date. The session's clock travels with the open database (`Database.clock`).
Durations (progress timers, benchmarks) use `time.perf_counter`, which tells no date.
"""

from __future__ import annotations

import datetime as dt


class Clock:
    """The system's clock, read each time it is asked."""

    def now(self) -> dt.datetime:
        """The local date and time, without a time zone (as the database stores stamps)."""
        return dt.datetime.now()

    def today(self) -> dt.date:
        """The local date."""
        return self.now().date()

    def aware_now(self) -> dt.datetime:
        """Now with the local UTC offset, for stamps read on other computers."""
        return self.now().astimezone()

    def utc_now(self) -> dt.datetime:
        """Now in UTC (calendar files stamp their events so)."""
        return self.aware_now().astimezone(dt.UTC)

    def timestamp(self) -> float:
        """Seconds since the epoch, comparable with files' modification times."""
        return self.aware_now().timestamp()


class FixedClock(Clock):
    """A clock that stands still until it is set or moved on: for tests and demos."""

    def __init__(self, at: dt.datetime | dt.date) -> None:
        self._at = self._moment(at)

    @staticmethod
    def _moment(at: dt.datetime | dt.date) -> dt.datetime:
        # a bare date means the middle of a working morning: far from midnight either way
        if isinstance(at, dt.datetime):
            return at
        return dt.datetime.combine(at, dt.time(10, 0))

    def now(self) -> dt.datetime:
        """The moment the clock was set to."""
        return self._at

    def set(self, at: dt.datetime | dt.date) -> None:
        """Stand at another moment."""
        self._at = self._moment(at)

    def advance(self, delta: dt.timedelta) -> None:
        """Move on (or back, with a negative delta)."""
        self._at += delta


SYSTEM_CLOCK = Clock()
