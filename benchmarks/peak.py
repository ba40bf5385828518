"""Run `python -m benchmarks.peak -m MODULE ARGS…` and note the process's peak RSS at exit.

`ru_maxrss` of a child on Linux also counts the memory of the process it was forked from
(the kernel keeps the high-water mark across exec), so a child of a big harness looks big.
VmHWM in /proc/self/status belongs to the new program alone; it is written at exit to the
file named by BENCH_PEAK_FILE, in kB.

The program may start helper processes of its own (a large chat export is read on every
core): their memory counts too. A thread adds up the resident memory of the program and
its descendants every `SAMPLE_SECONDS`; the larger of that sum's highest value and the
program's own VmHWM is written.
"""

from __future__ import annotations

import atexit
import os
import runpy
import sys
import threading
from pathlib import Path

PEAK_FILE_ENV = "BENCH_PEAK_FILE"
SAMPLE_SECONDS = 0.05  # memory grows steadily; a sample costs the program little
_sampled_kb = 0  # the highest sum of the program's and its helpers' resident memory


def _status_kb(pid: int | str, field: str) -> int:
    """A memory field (kB) of /proc/PID/status; 0 when the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    """The live descendants of a process (from /proc/PID/task/*/children)."""
    found: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            children = (task / "children").read_text(encoding="ascii").split()
        except OSError:
            continue
        for child in map(int, children):
            found += [child, *_descendants(child)]
    return found


def _sample(stop: threading.Event) -> None:
    global _sampled_kb
    me = os.getpid()
    while not stop.wait(SAMPLE_SECONDS):
        total = _status_kb(me, "VmRSS:") + sum(
            _status_kb(pid, "VmRSS:") for pid in _descendants(me)
        )
        _sampled_kb = max(_sampled_kb, total)


def _write_peak(stop: threading.Event) -> None:
    stop.set()
    target = os.environ.get(PEAK_FILE_ENV)
    if not target:
        return
    own = _status_kb("self", "VmHWM:")
    if own:
        Path(target).write_text(str(max(own, _sampled_kb)), encoding="ascii")
    # not Linux: no file, and the parent falls back to ru_maxrss


def main() -> None:
    """Run the module as __main__, as `python -m` would."""
    if len(sys.argv) < 3 or sys.argv[1] != "-m":
        raise SystemExit("usage: python -m benchmarks.peak -m MODULE [ARGS…]")
    module = sys.argv[2]
    sys.argv = [module, *sys.argv[3:]]
    stop = threading.Event()
    if Path("/proc/self/task").is_dir():
        threading.Thread(target=_sample, args=(stop,), name="peak-sampler", daemon=True).start()
    atexit.register(_write_peak, stop)
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
