"""Build QunDesk's wheel, install it in a fresh virtual environment and check it runs whole.

    python packaging/wheel_check.py                 build the wheel, install it, check it
    python packaging/wheel_check.py --keep          ... and keep the temporary folder
    python packaging/wheel_check.py --wheel FILE    check a wheel built elsewhere

The wheel is built as `python -m build` builds it for PyPI: the sdist first, then the wheel
from the sdist (so MANIFEST.in is checked too), by a builder venv of its own. A second, fresh
venv outside the checkout installs the wheel with its dependencies, and from there:

- `qundesk demo`, then `qundesk --smoke` (every tab, an export, the icons, the translations);
- with LANG=zh_CN.UTF-8 (LC_ALL, LANGUAGE too) what `qundesk` does on start: the language the
  system asks for, the tab titles (they must be Chinese), the icon, the bundled CJK font (as
  on a machine without one) and the Chinese user guide with its pictures — each read from
  inside the new venv, never from the checkout.

Exits 0 when every check passes, 1 with the failures listed otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP_TIMEOUT_S = 900
LANGUAGE = "zh_CN"
CHINESE_ENV = {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"}
ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
# Files of resources/ and docs/ that build things and have no place in an installed app.
BUILD_ONLY = re.compile(r"\.ts$|(^|/)(update_translations|make_subset|make_screenshots)\.py$")
HAN = re.compile(r"[\u4e00-\u9fff]")
PROBE_MARK = "wheel-check-probe: "


class WheelCheckError(Exception):
    """A step of the check could not run (the build, the install…)."""


def say(message: str) -> None:
    print(f"wheel-check: {message}", flush=True)


def venv_program(venv: Path, name: str) -> Path:
    """A program in a venv's bin (Scripts on Windows) folder."""
    if sys.platform == "win32":
        return venv / "Scripts" / f"{name}.exe"
    return venv / "bin" / name


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without what would let the checkout's code in, plus `extra`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"}
    }
    env.update(extra)
    return env


def run(what: str, command: list[str | Path], log: Path, env: dict[str, str], cwd: Path) -> str:
    """Run `command` (doing `what`) with its output in `log`; its output, or WheelCheckError."""
    args = [str(part) for part in command]
    started = time.perf_counter()
    done = subprocess.run(
        args,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=STEP_TIMEOUT_S,
        check=False,
    )
    log.write_text(done.stdout, encoding="utf-8")
    took = time.perf_counter() - started
    if done.returncode != 0:
        tail = "\n".join(f"  | {line}" for line in done.stdout.splitlines()[-25:])
        raise WheelCheckError(
            f"{what}: `{' '.join(args)}` exited {done.returncode} after {took:.1f} s\n{tail}"
        )
    say(f"{what}: {took:.1f} s")
    return done.stdout


def build_wheel(work: Path, env: dict[str, str]) -> Path:
    """The wheel `python -m build` makes from the checkout (through its sdist)."""
    builder = work / "builder"
    python = venv_program(builder, "python")
    run("builder venv", [sys.executable, "-m", "venv", builder], work / "builder.log", env, work)
    pip: list[str | Path] = [python, "-m", "pip", "install", "--quiet", "build"]
    run("pip install build", pip, work / "builder-pip.log", env, work)
    out = work / "dist"
    build: list[str | Path] = [python, "-I", "-m", "build", "--outdir", out, ROOT]
    run("python -m build (sdist, then the wheel from it)", build, work / "build.log", env, work)
    sdists = sorted(out.glob("qundesk-*.tar.gz"))
    wheels = sorted(out.glob("qundesk-*.whl"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise WheelCheckError(
            f"expected one sdist and one wheel in {out}, found {sorted(out.iterdir())}"
        )
    return wheels[0]


def wheel_files(wheel: Path) -> list[str]:
    """What the wheel installs besides Python code and its metadata."""
    with zipfile.ZipFile(wheel) as archive:
        names = [name for name in archive.namelist() if not name.endswith("/")]
    return [
        name
        for name in names
        if not name.endswith((".py", ".pyi", "py.typed")) and ".dist-info/" not in name
    ]


def check_wheel_files(files: list[str], failures: list[str]) -> None:
    say(f"the wheel carries {len(files)} resource files")
    build_only = [name for name in files if BUILD_ONLY.search(name)]
    if build_only:
        failures.append(f"the wheel carries build-only files: {', '.join(build_only)}")
    wanted = {
        "app icon": "/icons/qundesk-256.png",
        "zh_CN translation": f"/i18n/qundesk_{LANGUAGE}.qm",
        "bundled CJK font": "/fonts/QunDeskSansCJKsc-Regular.otf",
        "user guide": "/guide/README.zh_CN.md",
    }
    for what, end in wanted.items():
        if not any(name.endswith(end) for name in files):
            failures.append(f"the wheel has no {what} (…{end})")


def install(wheel: Path, venv: Path, work: Path, env: dict[str, str]) -> None:
    """A fresh venv with the wheel and its dependencies (from the package index)."""
    run("fresh venv", [sys.executable, "-m", "venv", venv], work / "venv.log", env, work)
    python = venv_program(venv, "python")
    pip: list[str | Path] = [python, "-m", "pip", "install", "--quiet", wheel]
    run("pip install the wheel and its dependencies", pip, work / "install.log", env, work)


def smoke(venv: Path, work: Path, env: dict[str, str], failures: list[str]) -> Path:
    """`qundesk demo` and `qundesk --smoke` from the new venv; returns the demo database."""
    qundesk = venv_program(venv, "qundesk")
    db = work / "demo.sqlite"
    run("qundesk demo", [qundesk, "--db", db, "demo"], work / "demo.log", env, work)
    try:
        output = run(
            "qundesk --smoke", [qundesk, "--db", db, "--smoke"], work / "smoke.log", env, work
        )
    except WheelCheckError as exc:
        failures.append(f"qundesk --smoke failed: {exc}")
    else:
        for line in output.splitlines():
            if line.startswith("smoke: "):
                print(f"  | {line}", flush=True)
    return db


def probe_installed(venv: Path, db: Path, work: Path, env: dict[str, str]) -> dict[str, object]:
    """What the installed app shows on start under `env` (run by the venv's Python)."""
    python = venv_program(venv, "python")
    # -I: the script's own folder (packaging/, with its build.py) stays off sys.path
    command: list[str | Path] = [python, "-I", Path(__file__), "--probe", db]
    output = run("start-up probe (LANG=zh_CN.UTF-8)", command, work / "probe.log", env, work)
    for line in output.splitlines():
        if line.startswith(PROBE_MARK):
            report: dict[str, object] = json.loads(line.removeprefix(PROBE_MARK))
            return report
    raise WheelCheckError(f"the probe printed no report:\n{output}")


def inside(path: object, folder: Path) -> bool:
    return Path(str(path)).resolve().is_relative_to(folder.resolve())


def check_probe(report: dict[str, object], venv: Path, failures: list[str]) -> None:
    for key, value in report.items():
        say(f"  {key}: {value}")

    def expect(ok: bool, failure: str) -> None:
        if not ok:
            failures.append(failure)

    expect(inside(report["package"], venv), f"desktop was imported from {report['package']}")
    expect(inside(report["resources"], venv), f"resources are read from {report['resources']}")
    expect(report["language"] == LANGUAGE, f"the UI language is {report['language']!r}")
    translations = [str(path) for path in report["translations"]]  # type: ignore[attr-defined]
    expect(
        any(
            Path(path).name == f"qundesk_{LANGUAGE}.qm" and inside(path, venv)
            for path in translations
        ),
        f"QunDesk's {LANGUAGE} translation did not load (loaded: {translations or 'none'})",
    )
    tabs = [str(tab) for tab in report["tabs"]]  # type: ignore[attr-defined]
    expect(
        bool(tabs) and all(HAN.search(tab) for tab in tabs),
        f"the tab titles are not Chinese: {tabs}",
    )
    expect(report["icon_sizes"] == ICON_SIZES, f"the app icon has sizes {report['icon_sizes']}")
    expect(bool(report["bundled_font"]), "the bundled CJK font was not loaded")
    expect(
        Path(str(report["guide"])).name == f"README.{LANGUAGE}.md" and bool(report["guide_exists"]),
        f"the Chinese user guide is missing: {report['guide']}",
    )
    expect(
        report["pictures"] != 0 and not report["missing_pictures"],
        f"the guide's pictures are missing: {report['missing_pictures'] or 'it shows none'}",
    )


def probe(db: Path) -> None:
    """(Run inside the new venv.) Start the app as `qundesk` does and report what it shows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale, QSettings

    import desktop
    from desktop import fonts, i18n
    from desktop.app import create_application
    from desktop.models.storage.db import Database
    from desktop.resources import app_icon, resources_dir
    from desktop.views.common import labels
    from desktop.views.shell.help_dialog import guide_file, guide_root
    from desktop.views.shell.main_window import MainWindow

    app = create_application()  # the bundled font goes in when the system has no CJK font
    settings = QSettings(str(db.with_suffix(".ini")), QSettings.Format.IniFormat)
    language = i18n.chosen_language(settings)  # new settings: the system's language
    loaded = i18n.install_translators(language)
    database = Database.open(db, create=False)
    try:
        labels.load_vocabulary(database)
        window = MainWindow(database, settings)
        tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
        window.close()
    finally:
        database.close()
    guide = guide_file(guide_root())
    text = guide.read_text(encoding="utf-8") if guide.is_file() else ""
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    report = {
        "package": str(Path(desktop.__file__).parent),
        "resources": str(resources_dir()),
        "system_locale": QLocale.system().name(),
        "language": language,
        "translations": [translator.filePath() for translator in loaded],
        "tabs": tabs,
        "icon_sizes": sorted(size.width() for size in app_icon().availableSizes()),
        "bundled_font": fonts.BUNDLED_FAMILY in app.font().families(),
        "guide": str(guide),
        "guide_exists": guide.is_file(),
        "pictures": len(pictures),
        "missing_pictures": [p for p in pictures if not (guide.parent / p).is_file()],
    }
    print(PROBE_MARK + json.dumps(report, ensure_ascii=False), flush=True)


def check(wheel: Path | None, work: Path, failures: list[str]) -> None:
    """Every check, adding what failed to `failures`."""
    env = clean_env()
    if wheel is None:
        wheel = build_wheel(work, env)
    say(f"wheel: {wheel.name} ({wheel.stat().st_size / 1e6:.1f} MB)")
    check_wheel_files(wheel_files(wheel), failures)
    venv = work / "venv"
    install(wheel, venv, work, env)
    app_env = clean_env(
        QUNDESK_DATA_DIR=str(work / "data"),
        QT_QPA_PLATFORM="offscreen",
        # as on a machine without a Chinese font: the bundled one must load
        QUNDESK_PRETEND_NO_CJK_FONT="1",
        **CHINESE_ENV,
    )
    db = smoke(venv, work, app_env, failures)
    check_probe(probe_installed(venv, db, work, app_env), venv, failures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="check this wheel instead of building one")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)  # inside the new venv
    args = parser.parse_args(argv)
    if args.probe is not None:
        probe(args.probe)
        return 0

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="qundesk-wheel-check-")).resolve()
    if work.is_relative_to(ROOT):  # TMPDIR inside the checkout: its code could leak in
        shutil.rmtree(work)
        print(f"wheel-check: the temporary folder {work} is inside the checkout", file=sys.stderr)
        return 1
    say(f"working in {work}")
    failures: list[str] = []
    try:
        check(args.wheel.resolve() if args.wheel else None, work, failures)
    except (WheelCheckError, subprocess.TimeoutExpired) as exc:
        failures.append(str(exc))
    finally:
        if args.keep:
            say(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    took = time.perf_counter() - started
    if failures:
        print(f"wheel-check: FAILED after {took:.0f} s:", file=sys.stderr)
        for failure in failures:
            print(f"  - {failure}", file=sys.stderr)
        return 1
    say(f"passed in {took:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
