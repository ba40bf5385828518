"""Run `python -m benchmarks.peak -m MODULE ARGS…` and note the process's peak RSS at exit.

`ru_maxrss` of a child on Linux also counts the memory of the process it was forked from
(the kernel keeps the high-water mark across exec), so a child of a big harness looks big.
VmHWM in /proc/self/status belongs to the new program alone; it is written at exit to the
file named by BENCH_PEAK_FILE, in kB.
"""

from __future__ import annotations

import atexit
import os
import runpy
import sys
from pathlib import Path

PEAK_FILE_ENV = "BENCH_PEAK_FILE"


def _write_peak() -> None:
    target = os.environ.get(PEAK_FILE_ENV)
    if not target:
        return
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                Path(target).write_text(line.split()[1], encoding="ascii")
    except OSError:
        pass  # not Linux: the parent falls back to ru_maxrss


def main() -> None:
    """Run the module as __main__, as `python -m` would."""
    if len(sys.argv) < 3 or sys.argv[1] != "-m":
        raise SystemExit("usage: python -m benchmarks.peak -m MODULE [ARGS…]")
    module = sys.argv[2]
    sys.argv = [module, *sys.argv[3:]]
    atexit.register(_write_peak)
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
