"""The demo builder's working records and seeded draws: memberships, events, day ordinals."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from desktop.models.core.codes import Category, EventType

_Value = int | str | None
Row = tuple[_Value, ...]


# ---------------------------------------------------------------- runtime records
# Hot paths keep days as proleptic ordinals (ints): far cheaper than date arithmetic
# at 100,000 members, and turned into ISO text only when rows are written.
@dataclass(slots=True)
class Membership:
    """One membership period while it is being generated (days as ordinals)."""

    id: int
    member_id: int
    group: int  # index into GROUPS; the row id is group + 1
    joined: int
    left: int | None = None
    paid_until: int | None = None
    engaged: bool = False  # active or above at some point: comes to events more often


@dataclass(slots=True)
class Event:
    """An event row being planned; attendance fills in a past one-off's outcome."""

    id: int
    group: int
    title: str
    type: EventType
    start: dt.datetime
    minutes: int
    online: bool
    location: str
    host: int | None
    capacity: int | None
    fee: int
    cost: int
    cost_category: Category
    attend_rate: float
    notes: str = ""
    rrule: str | None = None
    series_id: int | None = None
    recurrence_start: str | None = None
    outcome: str = ""
    depth: int | None = None


@dataclass(frozen=True)
class Level:
    """A group's recent averages, which its goal bands are set around."""

    messages: float
    active: float
    joined_per_month: float
    size: int


def iso_moment(moment: dt.datetime) -> str:
    """Local ISO timestamp without fractions, as the schema wants."""
    return moment.isoformat(timespec="seconds")


@functools.cache
def iso_day(ordinal: int) -> str:
    """ISO date of a day ordinal (a few thousand distinct days, so cached)."""
    return dt.date.fromordinal(ordinal).isoformat()


def iso_day_or_none(ordinal: int | None) -> str | None:
    """ISO date of an optional day ordinal."""
    return None if ordinal is None else iso_day(ordinal)


def hour_minute(text: str) -> tuple[int, int]:
    """Hour and minute of an HH:MM time."""
    hour, minute = text.split(":")
    return int(hour), int(minute)


def at_time(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A day at a wall-clock time."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


_T = TypeVar("_T")


# `random.Random.choice` and `randint` go through Python-level rejection sampling; these
# take one float draw each, several times cheaper for the millions of draws at 100,000.
def rand_choice(rng: random.Random, items: Sequence[_T]) -> _T:
    """A uniformly random item."""
    return items[int(rng.random() * len(items))]


def rand_range(rng: random.Random, start: int, stop: int) -> int:
    """A uniformly random integer in [start, stop)."""
    return start + int(rng.random() * (stop - start))


def rand_int(rng: random.Random, low: int, high: int) -> int:
    """A uniformly random integer in [low, high]."""
    return low + int(rng.random() * (high - low + 1))


def rand_pick(rng: random.Random, items: Sequence[_T], cum_weights: Sequence[int]) -> _T:
    """One weighted choice; `random.choices` costs several times more per single draw."""
    return items[bisect.bisect(cum_weights, rng.random() * cum_weights[-1])]
