"""8. Chat import: 1,000,000-message exports against a bare pass over the same file, peak
memory up to 5,000,000 messages, and the dashboard with a year of chat history."""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.chat_files import ensure_chat_files
from benchmarks.report import Row, Target
from benchmarks.scenarios import Child, Context

MEMORY_MB = 250


def _fresh_db(ctx: Context, name: str, template: Path | None = None) -> Path:
    """A new database (a copy of `template` when given) holding the chats' group."""
    target = ctx.scratch / name
    for old in ctx.scratch.glob(name + "*"):
        old.unlink()
    if template is not None:
        shutil.copyfile(template, target)
    child = ctx.run(ctx.python("-m", "benchmarks.probe_chat", "db", target))
    if child.returncode != 0:
        raise RuntimeError(child.failure())
    return target


def _import(ctx: Context, database: Path, export: Path) -> Child:
    return ctx.run(ctx.python("-m", "desktop", "--db", database, "import", "chat", export))


def _sample(ctx: Context, row: Row, command: list[str], baseline: float) -> None:
    """One sample of a row measured against a baseline already run (its problem if any)."""
    child = ctx.run(command)
    if child.returncode == 0:
        row.samples.append(child.wall)
        row.baseline.append(baseline)
    else:
        row.problem = child.failure()


def _one_core(ctx: Context, row: Row, export: Path, baseline: float) -> None:
    """The QQ import held to one core (its parts are read only where there are several),
    where `taskset` exists (Linux)."""
    taskset = shutil.which("taskset")
    if taskset is None:
        row.problem = "no taskset here: not measured"
        return
    database = _fresh_db(ctx, "chat.sqlite")
    command = [taskset, "-c", "0", *ctx.python("-m", "desktop", "--db", database)]
    _sample(ctx, row, [*command, "import", "chat", str(export)], baseline)


def chat(ctx: Context) -> list[Row]:
    """The three exports imported into a new database, each against its bare pass; then
    the dashboard's group switch on a copy of the scale database that holds the 1M export."""
    jsonl = Row(
        "8",
        "Import a 1,000,000-message ChatLab JSONL",
        "s",
        baseline_label="json.loads over each line",
        target=Target(ratio_max=2.5),
    )
    qq = Row(
        "8",
        "Import a 1,000,000-message QQ .txt",
        "s",
        baseline_label="header regex over each line",
        target=Target(ratio_max=2.5),
    )
    one_core = Row(
        "8",
        "Import a 1,000,000-message QQ .txt on one core (`taskset -c 0`: read in one pass)",
        "s",
        baseline_label="header regex over each line",
    )
    floor = Row(
        "8",
        "QQ .txt floor: split by the header pattern, one key per message",
        "s",
        baseline_label="header regex over each line",
    )
    peaks = {
        name: Row("8", f"Chat import peak RSS: {label}", "MB", target=Target(value_max=MEMORY_MB))
        for name, label in (
            ("jsonl-1m", "1M-message JSONL"),
            ("qq-1m", "1M-message QQ .txt"),
            ("jsonl-5m", "5M-message JSONL"),
        )
    }
    switch = Row(
        "8",
        "Dashboard: switch group, 5,000 speakers' year of daily counts",
        "ms",
        target=Target(value_max=0.15),
    )
    rows = [jsonl, qq, one_core, floor, *peaks.values(), switch]
    ctx.log("writing the chat exports (once) …")
    files = ensure_chat_files(ctx.data.folder / "chats")
    bare = {
        "jsonl-1m": ctx.python("-m", "benchmarks.probe_chat", "jsonl-bare", files["jsonl-1m"]),
        "qq-1m": ctx.python("-m", "benchmarks.probe_chat", "qq-bare", files["qq-1m"]),
    }
    floor_probe = ctx.python("-m", "benchmarks.probe_chat", "qq-floor", files["qq-1m"])
    for n in range(ctx.warmup + ctx.repeat):
        for name, row in (("jsonl-1m", jsonl), ("qq-1m", qq)):
            ours = _import(ctx, _fresh_db(ctx, "chat.sqlite"), files[name])
            base = ctx.run(bare[name])
            for child in (ours, base):
                if child.returncode != 0:
                    for failed in rows:
                        failed.samples, failed.baseline, failed.problem = [], [], child.failure()
                    return rows
            if n >= ctx.warmup:
                row.samples.append(ours.wall)
                row.baseline.append(base.wall)
                peaks[name].samples.append(ours.peak_rss_mb or 0.0)
                if name == "qq-1m":  # the least any keyed reader does, beside the same bare
                    _sample(ctx, floor, floor_probe, base.wall)
                    _one_core(ctx, one_core, files[name], base.wall)
    big = _import(ctx, _fresh_db(ctx, "chat.sqlite"), files["jsonl-5m"])
    if big.returncode == 0:
        peaks["jsonl-5m"].samples.append(big.peak_rss_mb or 0.0)
    else:
        peaks["jsonl-5m"].problem = big.failure()
    _dashboard_switch(ctx, files["jsonl-1m"], switch)
    return rows


def _dashboard_switch(ctx: Context, export: Path, switch: Row) -> None:
    """The dashboard's group switch on a copy of the scale database holding the export."""
    scale = _fresh_db(ctx, "scale-chat.sqlite", ctx.data.database)
    imported = _import(ctx, scale, export)
    if imported.returncode != 0:
        switch.problem = imported.failure()
        return
    child = ctx.run(ctx.python("-m", "benchmarks.probe_views", "views", scale, ctx.repeat))
    if child.returncode != 0 or child.result is None:
        switch.problem = child.failure()
    else:
        switch.samples = child.result["dashboard"].get("group", [])
    for old in ctx.scratch.glob("*chat.sqlite*"):
        old.unlink()
