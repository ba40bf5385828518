"""Result rows, their statistics and verdicts, the printed table and docs/benchmarks.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
import statistics
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

MET, MISSED, UNAVAILABLE, ERROR, RECORD = "met", "MISSED", "not available", "error", "—"


@dataclass(frozen=True)
class Target:
    """What a row must reach: a ratio to its baseline, an absolute ceiling, or both.

    `ratio_max` below 1 reads as "N× faster than the baseline" (ours / baseline ≤ 1/N).
    Values are in the row's base unit (seconds or MB). No limits: reported for the record.
    """

    ratio_max: float | None = None
    value_max: float | None = None

    def text(self, unit: str) -> str:
        """The target as the issue states it."""
        parts = []
        if self.ratio_max is not None:
            if self.ratio_max < 1:
                parts.append(f"≥ {1 / self.ratio_max:g}× faster")
            else:
                parts.append(f"≤ {self.ratio_max:g}×")
        if self.value_max is not None:
            parts.append(f"≤ {format_value(self.value_max, unit)}")
        return ", ".join(parts) or "for the record"


@dataclass
class Row:
    """One measured figure: samples (one per repeat), its baseline's, and its target."""

    scenario: str
    measure: str
    unit: str  # "ms" or "s" for seconds shown that way, "MB" for memory
    samples: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)  # empty: no baseline
    baseline_label: str = ""
    target: Target = field(default_factory=Target)
    problem: str = ""  # why there are no samples: "not available: …" or "error: …"

    @property
    def median(self) -> float | None:
        """Median of the samples."""
        return statistics.median(self.samples) if self.samples else None

    @property
    def baseline_median(self) -> float | None:
        """Median of the baseline's samples."""
        return statistics.median(self.baseline) if self.baseline else None

    @property
    def ratio(self) -> float | None:
        """Ours / baseline, medians."""
        ours, base = self.median, self.baseline_median
        if ours is None or base is None or base <= 0:
            return None
        return ours / base

    @property
    def verdict(self) -> str:
        """met, MISSED, not available, error, or — for figures kept for the record."""
        if self.problem:
            return UNAVAILABLE if self.problem.startswith(UNAVAILABLE) else ERROR
        median = self.median
        if median is None:
            return ERROR
        limits = self.target
        if limits.ratio_max is None and limits.value_max is None:
            return RECORD
        ok = True
        if limits.ratio_max is not None:
            ratio = self.ratio
            ok = ok and ratio is not None and ratio <= limits.ratio_max
        if limits.value_max is not None:
            ok = ok and median <= limits.value_max
        return MET if ok else MISSED


def format_value(value: float | None, unit: str) -> str:
    """A figure in the row's unit: seconds as ms or s, memory in MB."""
    if value is None:
        return "—"
    if unit == "ms":
        shown = value * 1000
        return f"{shown:.1f} ms" if shown < 100 else f"{shown:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def format_ratio(ratio: float | None) -> str:
    """Ours / baseline, with "N× faster" spelled out when we are much faster."""
    if ratio is None:
        return "—"
    if ratio < 0.5:
        return f"{ratio:.3f}× ({1 / ratio:.0f}× faster)"
    return f"{ratio:.2f}×"


def table_cells(row: Row) -> list[str]:
    """The printed columns of one row."""
    low_high = (
        f"{format_value(min(row.samples), row.unit)} – {format_value(max(row.samples), row.unit)}"
        if row.samples
        else "—"
    )
    baseline = (
        f"{format_value(row.baseline_median, row.unit)} ({row.baseline_label})"
        if row.baseline
        else (row.baseline_label or "—")
    )
    result = row.verdict
    if row.problem:
        result = row.problem
    return [
        row.scenario,
        row.measure,
        format_value(row.median, row.unit),
        low_high,
        baseline,
        format_ratio(row.ratio),
        row.target.text(row.unit),
        result,
    ]


HEADERS = ["#", "Measure", "Median", "Min – max", "Baseline (median)", "Ratio", "Target", "Result"]


def text_table(rows: list[Row]) -> str:
    """The table for a terminal, columns aligned."""
    grid = [HEADERS, *(table_cells(r) for r in rows)]
    widths = [max(_width(line[i]) for line in grid) for i in range(len(HEADERS))]
    lines = []
    for n, line in enumerate(grid):
        lines.append("  ".join(_pad(cell, widths[i]) for i, cell in enumerate(line)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(text: str) -> int:
    # CJK characters take two columns in a terminal.
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def markdown_table(rows: list[Row]) -> str:
    """The same table in Markdown."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for row in rows:
        cells = [c.replace("|", "\\|") for c in table_cells(row)]
        if row.verdict == MISSED:
            cells[-1] = "**MISSED**"
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# ---- machine and versions -----------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    except (ValueError, OSError, AttributeError):
        return None


def _os_name() -> str:
    try:
        pretty = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:
        pretty = ""
    return f"{pretty} ({platform.platform()})" if pretty else platform.platform()


def _version(*distributions: str) -> str:
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def machine_lines() -> list[str]:
    """Machine, OS and library versions, one Markdown list item each."""
    ram = _ram_gb()
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    lines = [
        f"- Machine: {_cpu_model()}, {os.cpu_count()} logical cores"
        + (f", {ram:.1f} GB RAM" if ram else ""),
        f"- OS: {_os_name()}",
        f"- Python {platform.python_version()} ({sys.implementation.name}), "
        f"PySide6 {_version('PySide6-Essentials', 'PySide6')}, SQLite {sqlite3.sqlite_version}, "
        f"openpyxl {_version('openpyxl')}, python-calamine {_version('python-calamine')}",
    ]
    if load is not None:
        lines.append(f"- Load average when the run started: {load[0]:.2f} (1 min)")
    return lines


@dataclass
class RunInfo:
    """What the document says about the run besides the table."""

    command: str
    members: int
    repeat: int
    data_counts: dict[str, int]
    methods: list[tuple[str, str]]  # (scenario, how it is measured)
    started: dt.datetime
    seconds: float
    machine: list[str]
    notes: list[str] = field(default_factory=list)


def markdown_document(rows: list[Row], info: RunInfo) -> str:
    """docs/benchmarks.md: machine, versions, date, the table, and how each is measured."""
    counts = info.data_counts
    data = ", ".join(
        f"{counts.get(table, 0):,} {label}"
        for table, label in (
            ("members", "members"),
            ("memberships", "memberships"),
            ("revenue", "revenue entries"),
            ("activity_daily", "days of group activity"),
            ("events", "events"),
            ("attendance", "check-ins"),
        )
    )
    parts = [
        "# Benchmarks",
        "",
        "Every figure is the median of several runs, next to a baseline measured in the same "
        "run on the same data; the ratio is ours ÷ baseline. A target that is not reached "
        "says **MISSED**. Regenerate this page with the command below (see the README's "
        "Benchmarks section). The app's modules are compiled to bytecode once before the "
        "scenarios run, as an installed app ships them.",
        "",
        f"- Date: {info.started:%Y-%m-%d %H:%M} (the whole run took {info.seconds / 60:.1f} min)",
        *info.machine,
        f"- Command: `{info.command}`",
        f"- Data: {data}",
        f"- Repeats: {info.repeat} per figure (median shown, min – max beside it)",
        "",
        markdown_table(rows),
        "",
        "## How each is measured",
        "",
        *(f"- **{scenario}:** {how}" for scenario, how in info.methods),
    ]
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    cores = os.cpu_count() or 1
    notes = list(info.notes)
    if load is not None and max(load) > cores:
        notes.append(
            f"The machine was busy (load average up to {max(load):.1f} on {cores} cores when "
            "the run ended): other work shared the CPU, so absolute times are inflated and "
            "noisy; ratios to same-run baselines suffer less."
        )
    if notes:
        parts += ["", "## Notes", "", *(f"- {note}" for note in notes)]
    return "\n".join(parts) + "\n"
