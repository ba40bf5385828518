"""The release check: build the bundle, then run the frozen app on a fresh demo database.

    python packaging/smoke_test.py            build (bundle + package), then check it
    python packaging/smoke_test.py --reuse    check the bundle already in dist/

The frozen binary makes a 300-member demo database, then runs `--smoke` offscreen: it opens
the window, visits every tab, exports a workbook and exits 0. Everything happens in a
temporary folder (--data-dir), so the user's own data, settings and logs are not touched.
Prints the bundle and package sizes and the start-up time; exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build  # packaging/build.py
import names  # packaging/names.py

SMOKE_TIMEOUT_S = 300
WINDOW_LINE = "smoke: window shown"


class SmokeTestError(Exception):
    """The frozen app failed a check."""


def app_environment(scratch: Path) -> dict[str, str]:
    """The frozen app's environment: offscreen, its data in `scratch`, output in UTF-8.

    Redirected, the app writes the ANSI code page on Windows (cp936 on a Chinese system)
    unless asked otherwise; it honours PYTHONIOENCODING even frozen (desktop/console.py).
    """
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QUNDESK_DATA_DIR": str(scratch),
        "PYTHONIOENCODING": "utf-8",
    }


def run(command: list[str], env: dict[str, str], timeout: float = SMOKE_TIMEOUT_S) -> str:
    """Run `command`; its stdout, or SmokeTestError with its output when it fails.

    Read as UTF-8 (asked for in `app_environment`), any stray byte replaced: the check
    judges the exit status and the lines it looks for, never fails on decoding.
    """
    done = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise SmokeTestError(
            f"{' '.join(command)} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
        )
    return done.stdout


def children_cpu_seconds() -> float:
    """CPU time used by finished child processes so far (0 where the OS cannot tell)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_smoke(
    binary: Path, database: Path, workbook: Path, env: dict[str, str]
) -> tuple[float, float, float]:
    """Run `--smoke`, echoing its lines; returns seconds to the window, in all, and of CPU."""
    command = [str(binary), "--db", str(database), "--smoke", "--smoke-export", str(workbook)]
    print("+", " ".join(command), flush=True)
    cpu_before = children_cpu_seconds()
    started = time.perf_counter()
    window_at: float | None = None
    with subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if window_at is None and line.startswith(WINDOW_LINE):
                window_at = time.perf_counter() - started
            print(f"  | {line.rstrip()}", flush=True)
        code = process.wait(timeout=SMOKE_TIMEOUT_S)
    total = time.perf_counter() - started
    if code != 0:
        raise SmokeTestError(f"--smoke exited {code}")
    if window_at is None:
        raise SmokeTestError(f"--smoke never printed '{WINDOW_LINE}'")
    return window_at, total, children_cpu_seconds() - cpu_before


def check_archive(archive: Path, scratch: Path, env: dict[str, str]) -> None:
    """The tarball unpacks to a folder whose binary runs (links and modes survived)."""
    with tarfile.open(archive) as tar:
        tar.extractall(scratch, filter="tar")
    (folder,) = [p for p in scratch.iterdir() if p.is_dir()]
    out = run([str(folder / "qundesk"), "--version"], env, timeout=60)
    if build.project_version() not in out:
        raise SmokeTestError(f"the unpacked {archive.name} says {out.strip()!r}")
    print(f"unpacked {archive.name}: {out.strip()}")


def check_executables(folder: Path, expected: list[str]) -> None:
    """Every executable is in `folder` under its exact name, none lost to another's case.

    Windows and macOS compare file names without case, so a lookup of each name would find
    a namesake; the folder's own listing shows the names as they are.
    """
    present = set(os.listdir(folder))
    missing = [name for name in expected if name not in present]
    if missing:
        raise SmokeTestError(
            f"{folder} lacks {', '.join(missing)} (it holds {', '.join(sorted(present))})"
        )
    clashes = names.case_clashes(expected)
    if clashes:
        raise SmokeTestError(f"{clashes[0][0]} and {clashes[0][1]} are one file on this system")


def smoke_test(*, reuse: bool) -> None:
    """Build (unless reusing dist/), then run every check; raises SmokeTestError."""
    version = build.project_version()
    binary = build.executable()
    if not (reuse and binary.is_file()):
        build.build(package=True)
    if not binary.is_file():
        raise SmokeTestError(f"no frozen binary at {binary}")
    check_executables(build.executables_folder(), build.executable_files())
    with tempfile.TemporaryDirectory(prefix="qundesk-release-check-") as temp:
        scratch = Path(temp)
        env = app_environment(scratch)
        database = scratch / "demo.sqlite"
        workbook = scratch / "export" / "smoke.xlsx"

        started = time.perf_counter()
        out = run([str(binary), "--version"], env, timeout=60)
        version_seconds = time.perf_counter() - started
        if version not in out:
            raise SmokeTestError(f"--version printed {out.strip()!r}, expected {version}")
        print(out.strip())
        print(run([str(binary), "--db", str(database), "demo", "--members", "300"], env).strip())

        window_seconds, total_seconds, cpu_seconds = run_smoke(binary, database, workbook, env)
        if not workbook.is_file() or workbook.stat().st_size == 0:
            raise SmokeTestError(f"the workbook {workbook} was not written")
        log = scratch / "logs" / "qundesk.log"
        if not log.is_file() or f"QunDesk {version} (frozen)" not in log.read_text("utf-8"):
            raise SmokeTestError(f"the frozen app wrote no log at {log}")

        archives = sorted(build.DIST.glob(f"QunDesk-{version}-{build.platform_tag()}*"))
        tarballs = [p for p in archives if p.name.endswith(".tar.gz")]
        if tarballs:
            unpacked = scratch / "unpacked"
            unpacked.mkdir()
            check_archive(tarballs[0], unpacked, env)

        bundle = build.bundle_dir()
        print("\nRelease check passed")
        print(f"  bundle     {bundle}: {build.megabytes(build.folder_size(bundle))}")
        for archive in archives:
            print(f"  package    {archive.name}: {build.megabytes(archive.stat().st_size)}")
        print(f"  workbook   {workbook.stat().st_size:,} bytes")
        print(f"  --version  {version_seconds:.2f} s (no Qt)")
        print(f"  start-up   {window_seconds:.2f} s from launch to the window shown")
        cpu = f", {cpu_seconds:.2f} s of CPU" if cpu_seconds else ""
        print(f"  smoke run  {total_seconds:.2f} s (every tab, export, exit{cpu})")
        if hasattr(os, "getloadavg"):
            print(f"  load       {os.getloadavg()[0]:.1f} (timings grow with a busy machine)")


def main(argv: list[str] | None = None) -> int:
    """`python packaging/smoke_test.py [--reuse]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--reuse", action="store_true", help="use the bundle in dist/ if there is one"
    )
    args = parser.parse_args(argv)
    try:
        smoke_test(reuse=args.reuse)
    except (SmokeTestError, build.BuildError, subprocess.SubprocessError) as exc:
        print(f"release check FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
