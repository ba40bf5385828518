"""`python -m benchmarks`: build the scale data, run the scenarios, print and save the table."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.report import Row, RunInfo, machine_lines, markdown_document, text_table
from benchmarks.scale import default_work_dir, ensure_scale_data
from benchmarks.scenarios import REPO, SCENARIOS, Context

NAMES = [s.name for s in SCENARIOS]


def build_parser() -> argparse.ArgumentParser:
    """The command's options."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure QunDesk's speed and memory targets against same-run baselines.",
    )
    parser.add_argument(
        "--members", type=int, default=100_000, metavar="N", help="members (100000)"
    )
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="demo seed (0)")
    parser.add_argument(
        "--repeat", type=int, default=5, metavar="N", help="measured runs per figure (5)"
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=1,
        metavar="N",
        help="untimed runs before each whole-process measurement (1)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help=f"run only these scenarios (repeatable or comma-separated): {', '.join(NAMES)}",
    )
    parser.add_argument(
        "--skip", action="append", default=[], metavar="NAME", help="leave these scenarios out"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"cache for the scale data (default: {default_work_dir()})",
    )
    parser.add_argument(
        "--out",
        default=str(Path("docs") / "benchmarks.md"),
        metavar="FILE",
        help="write the report here (docs/benchmarks.md; '-' writes none)",
    )
    parser.add_argument(
        "--qpa",
        default=None,
        metavar="PLATFORM",
        help="Qt platform for the children (default: offscreen unless QT_QPA_PLATFORM is set)",
    )
    parser.add_argument(
        "--timeout", type=float, default=3600, metavar="S", help="limit per child process"
    )
    return parser


def _names(values: list[str]) -> list[str]:
    names = [n.strip() for v in values for n in v.split(",") if n.strip()]
    unknown = [n for n in names if n not in NAMES]
    if unknown:
        raise SystemExit(f"unknown scenario {', '.join(unknown)}; choose from {', '.join(NAMES)}")
    return names


def child_env(scratch: Path, qpa: str | None) -> dict[str, str]:
    """The children's environment: offscreen Qt, a private data folder, this checkout first."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = qpa or env.get("QT_QPA_PLATFORM") or "offscreen"
    env["QUNDESK_DATA_DIR"] = str(scratch / "appdata")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def run(argv: Sequence[str] | None = None) -> list[Row]:
    """Run the suite; return the rows (also printed, and written unless --out -)."""
    args = build_parser().parse_args(argv)
    only, skip = _names(args.only), _names(args.skip)
    chosen = [s for s in SCENARIOS if (not only or s.name in only) and s.name not in skip]
    work = (args.work or default_work_dir()).expanduser().resolve()
    started_at, started = dt.datetime.now(), time.perf_counter()
    machine = machine_lines()  # before the suite adds its own load
    data = ensure_scale_data(work, args.members, args.seed, log=_say)
    scratch = work / "run"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    ctx = Context(
        data=data,
        repeat=max(args.repeat, 1),
        warmup=max(args.warmup, 0),
        scratch=scratch,
        env=child_env(scratch, args.qpa),
        timeout=args.timeout,
        log=_say,
    )
    # The app's modules as bytecode, as an installed app ships them (site-packages already
    # is): without it every child whose environment says PYTHONDONTWRITEBYTECODE compiles
    # them from source again, a cost no user pays.
    compiled = ctx.run(ctx.python("-m", "compileall", "-q", str(REPO / "desktop")))
    if compiled.returncode != 0:
        _say(f"compiling desktop/ failed: {compiled.failure()}")
    rows: list[Row] = []
    for scenario in chosen:
        _say(f"{scenario.title} …")
        begun = time.perf_counter()
        found = scenario.run(ctx)
        rows.extend(found)
        _say(f"{scenario.title}: {time.perf_counter() - begun:.1f} s\n{text_table(found)}")
    print(text_table(rows), flush=True)
    if args.out != "-":
        command = "python -m benchmarks " + shlex.join(
            list(argv if argv is not None else sys.argv[1:])
        )
        info = RunInfo(
            command=command.strip(),
            members=data.members,
            repeat=ctx.repeat,
            data_counts=data.counts,
            methods=[(s.title, s.method) for s in chosen],
            started=started_at,
            seconds=time.perf_counter() - started,
            machine=machine,
        )
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(markdown_document(rows, info), encoding="utf-8")
        _say(f"wrote {out}")
    shutil.rmtree(scratch, ignore_errors=True)
    return rows


def _say(text: str) -> None:
    print(f"[bench] {text}", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Exit 0 when every scenario produced figures (met or not), 1 when one failed to run."""
    rows = run(argv)
    return 1 if any(r.verdict == "error" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
