"""`python -m benchmarks.export_writers`: the export's cells written by XlsxWriter and openpyxl.

How the export's writer was chosen (docs/benchmarks.md, "Excel writers compared"): the
very cells of a full export of the scale database (read back once with calamine, blanks
left out) written by each library's fastest public streaming mode, each in its own child
process, alternated: XlsxWriter `constant_memory` (`write_row`) and openpyxl
`write_only` (`append`). Time is the writing alone (loading the cells is timed apart and
taken off); memory is the child's peak RSS while writing (VmHWM reset after the load)
less what the loaded cells take: the writer's own.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from benchmarks.probe_files import save_cells
from benchmarks.scale import default_work_dir, ensure_scale_data
from benchmarks.scenarios import run_child

LIBRARIES = ("xlsxwriter", "openpyxl")
# What each streaming mode can write through its public API (checked by hand against the
# libraries' documentation and their output).
FEATURES = {
    "xlsxwriter": (
        "yes (`write_formula(…, value)`)",
        "yes (`values_data`/`categories_data`)",
        "yes",
        "autofilter only (`add_table` needs the whole sheet in memory)",
    ),
    "openpyxl": (
        "no (a formula cell has no value)",
        "no (references only)",
        "yes",
        "yes (tables and autofilter)",
    ),
}


def main(argv: list[str]) -> int:
    """Measure both writers and print the comparison as a Markdown table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.export_writers")
    parser.add_argument("--repeat", type=int, default=3, metavar="N")
    parser.add_argument("--members", type=int, default=100_000, metavar="N")
    parser.add_argument("--work", type=Path, default=None, metavar="DIR")
    args = parser.parse_args(argv)
    data = ensure_scale_data(args.work or default_work_dir(), args.members)
    scratch = Path(data.database).parent / "writers"
    scratch.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    workbook, cells = scratch / "export.xlsx", scratch / "cells.pickle"
    python = sys.executable
    exported = run_child(
        [python, "-m", "desktop", "--db", str(data.database), "export", str(workbook)],
        env,
        3600,
        scratch,
    )
    if exported.returncode != 0:
        print(exported.failure())
        return 1
    counted = save_cells(workbook, cells)
    seconds: dict[str, list[float]] = {lib: [] for lib in LIBRARIES}
    memory: dict[str, list[float]] = {lib: [] for lib in LIBRARIES}
    for _ in range(args.repeat):
        for lib in LIBRARIES:
            command = [python, "-m", "benchmarks.peak", "-m", "benchmarks.probe_files", "dump"]
            child = run_child(
                [*command, str(cells), str(scratch / f"{lib}.xlsx"), lib], env, 3600, scratch
            )
            if child.returncode != 0 or not child.result:
                print(child.failure())
                return 1
            seconds[lib].append(child.result["write_s"])
            loaded, peak = child.result.get("loaded_mb"), child.result.get("write_peak_mb")
            if loaded and peak:
                memory[lib].append(peak - loaded)
    print(f"{counted['cells']:,} cells in {counted['sheets']} sheets, {args.repeat} runs each\n")
    print(
        "| Writer | Time (median) | Writer's own peak memory | Formula with its value "
        "| Chart with cached data | Print setup | Excel table |"
    )
    print("|---|---|---|---|---|---|---|")
    for lib in LIBRARIES:
        time_s = statistics.median(seconds[lib])
        mem = f"{statistics.median(memory[lib]):.0f} MB" if memory[lib] else "—"
        print(f"| {lib} | {time_s:.1f} s | {mem} | " + " | ".join(FEATURES[lib]) + " |")
    ratio = statistics.median(seconds["openpyxl"]) / statistics.median(seconds["xlsxwriter"])
    print(f"\nXlsxWriter is {ratio:.2f}× as fast as openpyxl on these cells.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
