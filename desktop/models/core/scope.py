"""The slice of data a screen or export looks at: a group (or all) and a date range."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scope:
    """Group id (None for all groups) and an inclusive date range."""

    group_id: int | None
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"scope ends ({self.end}) before it starts ({self.start})")
