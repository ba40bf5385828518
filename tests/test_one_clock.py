"""One clock: no code but `desktop/models/core/clock.py` reads the system's date or time."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from desktop.models.core.clock import SYSTEM_CLOCK, Clock, FixedClock

ROOT = Path(__file__).resolve().parent.parent
THE_CLOCK = ROOT / "desktop" / "models" / "core" / "clock.py"
# Benchmarks time themselves and date their reports: they are exempt, as the design says.
SEARCHED = ("desktop", "packaging", "docs", "tests")
# Every way Python or Qt hands out the wall clock's reading (durations use perf_counter).
READS = re.compile(
    r"\b(?:date\.today|datetime\.(?:now|today|utcnow)|time\.(?:time|time_ns|localtime|ctime)"
    r"|QDate\.currentDate|QDateTime\.(?:currentDateTime|currentSecsSinceEpoch|currentMSecsSinceEpoch)"
    r"|QTime\.currentTime)\("
)


def clock_reads(text: str) -> list[str]:
    """The lines of `text` that read the system clock."""
    return [line.strip() for line in text.splitlines() if READS.search(line)]


def test_the_search_finds_each_way_of_reading_the_clock() -> None:
    spelled = [
        "dt.date.today()",
        "datetime.now()",
        "dt.datetime.now(dt.UTC)",
        "datetime.datetime.utcnow()",
        "dt.datetime.today()",
        "time.time()",
        "time.localtime()",
        "QDate.currentDate()",
        "QDateTime.currentDateTime()",
    ]
    assert [clock_reads(s) for s in spelled] == [[s] for s in spelled]
    harmless = ["time.perf_counter()", "self.clock.now()", "clock.today()", "dt.date(2026, 1, 1)"]
    assert [clock_reads(s) for s in harmless] == [[] for _ in harmless]


def test_only_the_clock_module_reads_the_system_clock() -> None:
    found = {}
    for folder in SEARCHED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path in (THE_CLOCK, Path(__file__).resolve()):
                continue
            reads = clock_reads(path.read_text(encoding="utf-8"))
            if reads:
                found[str(path.relative_to(ROOT))] = reads
    assert found == {}
    assert clock_reads(THE_CLOCK.read_text(encoding="utf-8"))  # it is really searched for


def test_the_system_clock_reads_now_and_a_fixed_clock_stands_still() -> None:
    before = dt.datetime.now()  # the test's own reference reading
    now = SYSTEM_CLOCK.now()
    assert before <= now <= dt.datetime.now()
    assert SYSTEM_CLOCK.today() in {before.date(), now.date()}
    fixed = FixedClock(dt.date(2028, 2, 29))
    assert fixed.now() == dt.datetime(2028, 2, 29, 10, 0) and fixed.today() == dt.date(2028, 2, 29)
    fixed.advance(dt.timedelta(hours=14))
    assert fixed.today() == dt.date(2028, 3, 1)
    fixed.set(dt.datetime(2027, 12, 31, 23, 59, 30))
    assert fixed.utc_now().tzinfo is dt.UTC
    assert fixed.aware_now().replace(tzinfo=None) == dt.datetime(2027, 12, 31, 23, 59, 30)
    assert fixed.timestamp() == fixed.aware_now().timestamp()
    assert isinstance(fixed, Clock)
