"""The seven scenarios: each runs its child processes and returns result rows."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.peak import PEAK_FILE_ENV
from benchmarks.probe_files import save_cells
from benchmarks.report import UNAVAILABLE, Row, Target
from benchmarks.scale import ScaleData

RESULT_MARK = "BENCH-RESULT "
REPO = Path(__file__).resolve().parent.parent


@dataclass
class Child:
    """One finished child process: wall time, peak memory, its result line, its errors."""

    started: float  # time.perf_counter() just before it was started
    wall: float
    peak_rss_mb: float | None
    returncode: int
    result: dict[str, Any] | None
    stderr: str

    def failure(self) -> str:
        """'error: …' with the last line the child wrote on stderr."""
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        last = lines[-1].strip() if lines else "no output"
        return f"error: exit {self.returncode}: {last[:160]}"


@dataclass
class Context:
    """What every scenario needs: the data, repeats, a scratch folder and the child env."""

    data: ScaleData
    repeat: int
    warmup: int
    scratch: Path
    env: dict[str, str]
    timeout: float
    log: Callable[[str], None]
    export_file: Path | None = None
    shared: dict[str, Any] = field(default_factory=dict)

    def python(self, *args: str | Path | int) -> list[str]:
        """A command line running this interpreter (`-m X` through benchmarks.peak)."""
        words = [str(a) for a in args]
        if words[:1] == ["-m"]:
            words = ["-m", "benchmarks.peak", *words]
        return [sys.executable, *words]

    def run(self, command: list[str]) -> Child:
        """Run a child in the repository folder; wall time and peak RSS from wait4."""
        return run_child(command, self.env, self.timeout, self.scratch)


def run_child(command: list[str], env: dict[str, str], timeout: float, scratch: Path) -> Child:
    """Start `command`, wait for it, and collect wall time, ru_maxrss and its result line."""
    scratch.mkdir(parents=True, exist_ok=True)
    out_path, err_path = scratch / "child.out", scratch / "child.err"
    peak_path = scratch / "child.peak"
    peak_path.unlink(missing_ok=True)
    env = {**env, PEAK_FILE_ENV: str(peak_path)}
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=REPO)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            if hasattr(os, "wait4"):
                _pid, status, usage = os.wait4(proc.pid, 0)
                wall = time.perf_counter() - started
                proc.returncode = os.waitstatus_to_exitcode(status)
                scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
                peak: float | None = usage.ru_maxrss * scale / 1e6
            else:  # pragma: no cover - Windows has no wait4
                proc.wait()
                wall = time.perf_counter() - started
                peak = None
        finally:
            timer.cancel()
    if peak_path.is_file():  # VmHWM of the program itself, not of the harness it forked from
        peak = int(peak_path.read_text(encoding="ascii")) * 1024 / 1e6
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    result = None
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            result = json.loads(line[len(RESULT_MARK) :])
            break
    return Child(started, wall, peak, int(proc.returncode), result, stderr)


def _ok(child: Child) -> bool:
    return child.returncode == 0


def _fail(rows: list[Row], problem: str) -> list[Row]:
    for row in rows:
        row.samples, row.baseline, row.problem = [], [], problem
    return rows


# ---- 1. cold start ------------------------------------------------------------------------


def startup(ctx: Context) -> list[Row]:
    """Process start to first paint: QunDesk on the scale DB vs a bare five-tab window.

    The app's modules are compiled to bytecode first, as an installed app ships them (the
    libraries in site-packages already are); the demo-sized start is recorded beside it.
    """
    row = Row(
        "1", "Cold start to first paint (scale DB)", "s",
        baseline_label="bare 5-tab window", target=Target(ratio_max=2),
    )  # fmt: skip
    demo_row = Row(
        "1", "Cold start to first paint (demo DB, 300 members)", "s",
        baseline_label="bare 5-tab window",
    )  # fmt: skip
    compiled = ctx.run(ctx.python("-m", "compileall", "-q", "desktop"))
    demo_db = ctx.scratch / "startup-demo.sqlite"
    made = ctx.run(ctx.python("-m", "desktop", "--db", demo_db, "demo"))
    for child in (compiled, made):
        if not _ok(child):
            return _fail([row, demo_row], child.failure())
    bare = ctx.python("-m", "benchmarks.probe_startup", "bare")
    for target, database in ((row, ctx.data.database), (demo_row, demo_db)):
        app = ctx.python("-m", "benchmarks.probe_startup", "app", database)
        for n in range(ctx.warmup + ctx.repeat):
            ours, base = ctx.run(app), ctx.run(bare)
            for child in (ours, base):
                if not _ok(child) or not child.result:
                    return _fail([row, demo_row], child.failure())
            if n >= ctx.warmup:
                assert ours.result is not None and base.result is not None
                target.samples.append(ours.result["first_paint"] - ours.started)
                target.baseline.append(base.result["first_paint"] - base.started)
                ctx.shared.setdefault("bare_rss", []).append(base.peak_rss_mb)
    return [row, demo_row]


# ---- 2. members ---------------------------------------------------------------------------


def members(ctx: Context) -> list[Row]:
    """The real Members tab offscreen: first screen, keystrokes vs a proxy model, sorting."""
    first = Row("2", "Members tab: first screen", "ms", target=Target(value_max=0.3))
    ready = Row("2", "Members tab: instant search ready (background load)", "s")
    search = Row(
        "2", "Members: search keystroke (median of 20 queries)", "ms",
        baseline_label="QSortFilterProxyModel",
        target=Target(ratio_max=0.1, value_max=0.030),
    )  # fmt: skip
    by_name = Row("2", "Members: sort by name", "ms", target=Target(value_max=0.15))
    by_joined = Row("2", "Members: sort by joined date", "ms", target=Target(value_max=0.15))
    rows = [first, ready, search, by_name, by_joined]
    child = ctx.run(
        ctx.python("-m", "benchmarks.probe_views", "members", ctx.data.database, ctx.repeat)
    )
    if not _ok(child) or not child.result:
        return _fail(rows, child.failure())
    result = child.result
    first.samples = result["first_screen"]
    ready.samples = result["cache_ready"]
    search.samples, search.baseline = result["search"], result["search_proxy"]
    by_name.samples, by_joined.samples = result["sort_name"], result["sort_joined"]
    ctx.shared["first_screen"] = first.median
    return rows


# ---- 3. import ----------------------------------------------------------------------------


def importing(ctx: Context) -> list[Row]:
    """`qundesk import members` of the roster into an empty DB vs the least any import can
    take (calamine's read plus SQLite writing the same rows), both measured in each run;
    the read alone and the lower bound are recorded too."""
    row = Row(
        "3", f"Import a {ctx.data.members:,}-row roster .xlsx into an empty DB", "s",
        baseline_label="its lower bound (below)", target=Target(ratio_max=1.5),
    )  # fmt: skip
    floor = Row(
        "3", "Import: calamine's read + SQLite writing the same rows, no Python per row "
        "(a lower bound)", "s", baseline_label="python-calamine read",
    )  # fmt: skip
    read = Row("3", "Import: python-calamine reading the same roster (its first sheet)", "s")
    baseline = ctx.python("-m", "benchmarks.probe_files", "calamine", ctx.data.roster)
    kept = ctx.scratch / "import-kept.sqlite"
    for n in range(ctx.warmup + ctx.repeat):
        target = ctx.scratch / f"import-{n}.sqlite"
        ours = ctx.run(
            ctx.python("-m", "desktop", "--db", target, "import", "members", ctx.data.roster)
        )
        if _ok(ours) and not kept.exists():
            target.rename(kept)  # closed by the command, so no -wal file is left behind
        for path in ctx.scratch.glob(f"import-{n}.sqlite*"):
            path.unlink()
        base = ctx.run(baseline)
        share = ctx.run(
            ctx.python(
                "-m", "benchmarks.probe_files", "sqlite-share", kept, ctx.scratch / "share.sqlite"
            )
        )
        for child in (ours, base, share):
            if not _ok(child):
                return _fail([row, floor, read], child.failure())
        if n >= ctx.warmup and share.result is not None:
            lower = base.wall + float(share.result["seconds"])
            row.samples.append(ours.wall)
            row.baseline.append(lower)
            floor.samples.append(lower)
            floor.baseline.append(base.wall)
            read.samples.append(base.wall)
    for path in [*ctx.scratch.glob("import-kept.sqlite*"), *ctx.scratch.glob("share.sqlite*")]:
        path.unlink()
    return [row, floor, read]


# ---- 3b. hostile files --------------------------------------------------------------------


def hostile(ctx: Context) -> list[Row]:
    """Peak RSS of `qundesk import members` on each crafted file: ≤ 300 MB + 2× unpacked."""
    from benchmarks.hostile_files import MAKERS, unpacked_mb

    folder = ctx.scratch / "hostile"
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for label, make in MAKERS:
        crafted = make(folder)
        bound = 300 + 2 * unpacked_mb(crafted)
        row = Row("3b", f"Import of a crafted file ({label}): peak RSS", "MB",
                  target=Target(value_max=round(bound)))  # fmt: skip
        rows.append(row)
        for n in range(ctx.warmup + ctx.repeat):
            target = folder / f"import-{n}.sqlite"
            child = ctx.run(
                ctx.python("-m", "desktop", "--db", target, "import", "members", crafted)
            )
            for path in folder.glob(f"import-{n}.sqlite*"):
                path.unlink()
            # Imported or refused with a message are both fine; a signal or abort is not.
            if child.returncode not in (0, 1) or child.peak_rss_mb is None:
                row.problem = child.failure()
                break
            if n >= ctx.warmup:
                row.samples.append(child.peak_rss_mb)
        crafted.unlink()
    return rows


# ---- 4. export ----------------------------------------------------------------------------


def export_available() -> bool:
    """Whether this checkout's `qundesk` has an `export` command (argparse refuses it if not)."""
    from desktop.__main__ import build_parser

    try:
        with contextlib.redirect_stderr(io.StringIO()):
            build_parser().parse_args(["export", "out.xlsx"])
    except SystemExit:
        return False
    return True


def run_export(ctx: Context, target: Path) -> Child:
    """`qundesk --db SCALE export TARGET` as a child process."""
    target.unlink(missing_ok=True)
    return ctx.run(ctx.python("-m", "desktop", "--db", ctx.data.database, "export", target))


def exporting(ctx: Context) -> list[Row]:
    """Full export vs a bare XlsxWriter constant_memory dump of the very cells it wrote."""
    speed = Row(
        "4", "Full Excel export", "s",
        baseline_label="XlsxWriter constant_memory dump", target=Target(ratio_max=1.3),
    )  # fmt: skip
    memory = Row(
        "4", "Full Excel export: peak RSS", "MB",
        baseline_label="XlsxWriter dump, cells held in memory", target=Target(value_max=300),
    )  # fmt: skip
    rows = [speed, memory]
    if not export_available():
        return _fail(rows, f"{UNAVAILABLE}: `qundesk export` does not exist yet")
    cells = ctx.scratch / "export-cells.pickle"
    for n in range(ctx.warmup + ctx.repeat):
        ours = run_export(ctx, ctx.scratch / f"export-{n}.xlsx")
        if not _ok(ours):
            return _fail(rows, ours.failure())
        if not cells.exists():  # untimed setup, here rather than in one more child
            save_cells(ctx.scratch / "export-0.xlsx", cells)
        base = ctx.run(
            ctx.python(
                "-m",
                "benchmarks.probe_files",
                "dump",
                cells,
                ctx.scratch / "dump.xlsx",
                "xlsxwriter",
            )
        )
        if not _ok(base) or not base.result:
            return _fail(rows, base.failure())
        if n >= ctx.warmup:
            speed.samples.append(ours.wall)
            speed.baseline.append(base.wall - base.result["load_s"])
            if ours.peak_rss_mb is not None and base.peak_rss_mb is not None:
                memory.samples.append(ours.peak_rss_mb)
                memory.baseline.append(base.peak_rss_mb)
    ctx.export_file = ctx.scratch / "export-0.xlsx"
    return rows


# ---- 5. dashboard and calendar ------------------------------------------------------------


def views(ctx: Context) -> list[Row]:
    """Dashboard group and metric switches, Calendar month switches."""
    group = Row(
        "5", "Dashboard: switch group (every panel drawn)", "ms", target=Target(value_max=0.15)
    )
    group_first = Row("5", "Dashboard: switch group (main chart shown)", "ms")
    metric = Row("5", "Dashboard: switch metric", "ms", target=Target(value_max=0.15))
    month = Row("5", "Calendar: switch month (all groups)", "ms", target=Target(value_max=0.1))
    rows = [group, group_first, metric, month]
    child = ctx.run(
        ctx.python("-m", "benchmarks.probe_views", "views", ctx.data.database, ctx.repeat)
    )
    if not _ok(child) or child.result is None:
        return _fail(rows, child.failure())
    month.samples = child.result["calendar"]["month"]
    dashboard = child.result["dashboard"]
    if "unavailable" in dashboard:
        _fail([group, group_first, metric], f"{UNAVAILABLE}: {dashboard['unavailable']}")
        return rows
    group.samples, group_first.samples = dashboard["group"], dashboard["group_first"]
    metric.samples = dashboard["metric"]
    if "metric_unavailable" in dashboard:
        _fail([metric], f"{UNAVAILABLE}: {dashboard['metric_unavailable']}")
    return rows


# ---- 6. memory ----------------------------------------------------------------------------


def memory(ctx: Context) -> list[Row]:
    """Peak RSS of the app with the scale DB open and every tab visited."""
    row = Row(
        "6", "App with scale DB, every tab visited: peak RSS", "MB",
        baseline_label="bare 5-tab window", target=Target(value_max=300),
    )  # fmt: skip
    app = ctx.python("-m", "benchmarks.probe_views", "memory", ctx.data.database)
    bare = ctx.python("-m", "benchmarks.probe_startup", "bare")
    # The cold-start scenario's bare windows already told their peak memory.
    known = [r for r in ctx.shared.get("bare_rss", []) if r is not None]
    samples, baseline = [], list(known)
    for n in range(ctx.warmup + ctx.repeat):
        ours = ctx.run(app)
        if not _ok(ours) or not ours.result:
            return _fail([row], ours.failure())
        if n < ctx.warmup:
            continue
        samples.append(ours.peak_rss_mb or ours.result["peak_rss_mb"])
        if not known:
            base = ctx.run(bare)
            if not _ok(base):
                return _fail([row], base.failure())
            if base.peak_rss_mb is not None:
                baseline.append(base.peak_rss_mb)
    row.samples, row.baseline = samples, baseline
    return [row]


# ---- 7. LibreOffice -----------------------------------------------------------------------


def soffice_command() -> str | None:
    """The LibreOffice binary on PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice(ctx: Context) -> list[Row]:
    """QunDesk start → roster painted, beside LibreOffice headless opening the sheet."""
    row = Row("7", "Open the roster: QunDesk start → Members tab painted", "s")
    app = ctx.python("-m", "benchmarks.probe_startup", "app", ctx.data.database, "--roster")
    for n in range(ctx.warmup + ctx.repeat):
        ours = ctx.run(app)
        if not _ok(ours) or not ours.result:
            return _fail([row], ours.failure())
        if n >= ctx.warmup:
            row.samples.append(ours.result["roster_paint"] - ours.started)
    soffice = soffice_command()
    if soffice is None:
        row.baseline, row.baseline_label = [], "LibreOffice: soffice not installed"
        return [row]
    sheet, what = ctx.data.roster, "roster sheet"
    if ctx.export_file is None and export_available():
        exported = run_export(ctx, ctx.scratch / "export-for-lo.xlsx")
        if _ok(exported):
            ctx.export_file = ctx.scratch / "export-for-lo.xlsx"
    if ctx.export_file is not None:
        sheet, what = ctx.export_file, "exported workbook"
    profile = (ctx.scratch / "lo-profile").resolve().as_uri()
    command = [
        soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
        "--convert-to", "csv", "--outdir", str(ctx.scratch / "lo-out"), str(sheet),
    ]  # fmt: skip
    row.baseline_label = f"LibreOffice headless opens the {what}"
    for n in range(max(ctx.warmup, 1) + ctx.repeat):  # the first run creates its profile
        child = run_child(command, ctx.env, ctx.timeout, ctx.scratch)
        if not _ok(child):
            row.baseline, row.baseline_label = [], f"LibreOffice failed: {child.failure()}"
            return [row]
        if n >= max(ctx.warmup, 1):
            row.baseline.append(child.wall)
    return [row]


@dataclass(frozen=True)
class Scenario:
    """A named scenario, its function and one line on how it is measured."""

    name: str
    title: str
    run: Callable[[Context], list[Row]]
    method: str


def _chat(ctx: Context) -> list[Row]:
    from benchmarks.chat_scenario import chat

    return chat(ctx)


SCENARIOS = (
    Scenario(
        "startup", "1. Cold start", startup,
        "Whole processes, QunDesk through its own `run_gui` on the scale database (then on "
        "a 300-member demo database, for the record) and a bare QMainWindow with five empty "
        "QWidget tabs (same size), alternated. The app's modules are compiled to bytecode "
        "first (`compileall`), as an installed app ships them and site-packages already "
        "are. An application-wide event filter sees the window's first paint event; a zero "
        "timer fires when that paint pass is over and the child prints "
        "`time.perf_counter()`, which on Linux is the system-wide monotonic clock the parent "
        "read just before starting it. A settings folder of the suite's own, so the Groups "
        "tab is in front. One untimed warm-up of each first: it closes the file as the "
        "owner's last session would, so the timed starts show its data while its "
        "`quick_check` runs (the everyday start; a file changed since is checked first).",
    ),
    Scenario(
        "members", "2. Members", members,
        "One child drives the real `MembersTab` in a 1280×800 window offscreen; each timing "
        "runs from the action through `processEvents()` and a synchronous `repaint()`. First "
        "screen: `set_database` + `set_scope` on a new tab and a new connection. Search: for "
        "each of 20 queries (Chinese, full pinyin, initials, WeChat ids, phone digits, tags, "
        "English, one without matches) the box holds all but the last character, and the last "
        "keystroke is timed; the figure is the median of the 20. Baseline: the same rows with "
        "their search keys as a hidden column of a plain `QAbstractTableModel` under a "
        "`QSortFilterProxyModel` (`setFilterFixedString`, case-insensitive, on that one "
        "column) in a `QTableView` set up like the roster's. Sorts: header sort by joined date, "
        "then by name. Instant search ready: from `set_database` until the background roster "
        "cache is loaded.",
    ),
    Scenario(
        "import", "3. Import", importing,
        "Whole processes: `qundesk --db NEW import members roster.xlsx` into a new empty "
        "database vs its lower bound in the same run: a child that reads the first sheet of "
        "the same file with python-calamine (`to_python()`, recorded on its own row) plus "
        "`probe_files sqlite-share`, which copies the rows that import wrote into a new "
        "database by SQL alone, the way the import writes them (indexes dropped and rebuilt, "
        "dashboard totals added, one transaction, closed): no import of these rows into this "
        "schema can take less. The roster is written once by the suite from the scale "
        "database's members (11 Chinese-headed columns, referrers by name).",
    ),
    Scenario(
        "hostile", "3b. Hostile files", hostile,
        "Whole processes: `qundesk --db NEW import members FILE` on each crafted file of the "
        "hostile-input review (benchmarks/hostile_files.py), peak RSS from `wait4`; the "
        "target is 300 MB plus twice what the file holds unpacked. Importing or refusing "
        "with a message both count; a crash or an abort is a failure.",
    ),
    Scenario(
        "export", "4. Export", exporting,
        "Whole processes: `qundesk --db SCALE export OUT.xlsx` (wall time, `ru_maxrss` from "
        "`wait4`) vs a child writing the very cells of that export (read back once with "
        "calamine, blanks left out) with a bare XlsxWriter `Workbook(constant_memory=True)` "
        "(`write_row`, the export's library in its fastest public mode); the "
        "time the baseline spends loading those cells is subtracted.",
    ),
    Scenario(
        "views", "5. Dashboard and Calendar", views,
        "One child shows each tab in a 1280×800 window offscreen, timed through "
        "`processEvents()` and `repaint()`. Dashboard: `set_scope` through each group and all "
        "groups over 365 days, each a scope the tab has not shown before (the range moves back "
        "a day per repeat, so its scope cache never answers); main chart = the first repaint, "
        "every panel = until the tab's queued panels are drawn (`is_drawn()`); metric = "
        "stepping the `dashboardMetric` combo. Calendar: three clicks on next month, three on "
        "previous, all groups. Six switches per repeat; the figure is their median.",
    ),
    Scenario(
        "memory", "6. Memory", memory,
        "A child opens `MainWindow` on the scale database, shows every tab in turn (waiting "
        "for the roster's background load) and exits; peak RSS is its `ru_maxrss` from "
        "`wait4`. The bare five-tab window's is shown beside it.",
    ),
    Scenario(
        "libreoffice", "7. LibreOffice", libreoffice,
        "For the record: process start until the Members tab's table first painted "
        "(QunDesk), beside `soffice --headless --convert-to csv` of the exported workbook (or "
        "the roster if there is no export yet) with a fresh profile, when LibreOffice is "
        "installed.",
    ),
    Scenario(
        "chat", "8. Chat import", _chat,
        "Whole processes: `qundesk --db NEW import chat FILE` into a new database holding "
        "the chat's group (Asia/Shanghai days) vs a child that only runs `json.loads` over "
        "each line of the same JSONL file, or the QQ header-line regular expression over "
        "each line of the .txt (benchmarks/chat_files.py writes a year of a busy group: "
        "5,000 speakers, mixed kinds, joins, once); the QQ import once more held to one "
        "core (`taskset -c 0`). Peak RSS: the command's own, or the resident memory of the "
        "command and the helper processes that read a large file's parts added up (sampled "
        "every 50 ms) when that is more; also for a 5,000,000-message JSONL. Then the 1M "
        "export imported into a copy of the scale database and the Dashboard's group "
        "switch measured on it as in 5.",
    ),
)  # fmt: skip
