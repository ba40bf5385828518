"""Build QunDesk for this platform: `python packaging/build.py` → dist/.

Linux:   dist/QunDesk/ (run dist/QunDesk/qundesk) and dist/QunDesk-<version>-linux-<arch>.tar.gz
Windows: dist/QunDesk/ (QunDesk.exe, qundesk-cli.exe for the command line), a .zip, and the
         installer dist/QunDesk-<version>-windows-<arch>-setup.exe when Inno Setup is installed
macOS:   dist/QunDesk.app and dist/QunDesk-<version>-macos-<arch>.dmg (hdiutil), which holds
         the app and a link to /Applications to drag it onto

It needs PyInstaller (`pip install -e ".[package]"`) and QunDesk installed in the same
environment (the bundle carries its package metadata, from which the app reads its version).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names  # packaging/names.py: the names the spec gives what it builds

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "qundesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_NAME = names.APP_NAME


class BuildError(Exception):
    """The build cannot go on; the message says why and what to do."""


def project_version() -> str:
    """The version in pyproject.toml, the one place it is set."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return str(tomllib.loads(text)["project"]["version"])


def platform_tag() -> str:
    """linux-x86_64, windows-x64, macos-arm64, … for archive names."""
    machine = platform.machine().lower()
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    machine = {"amd64": "x64" if system == "windows" else "x86_64", "aarch64": "arm64"}.get(
        machine, machine
    )
    return f"{system}-{machine}"


def bundle_dir() -> Path:
    """The folder (or .app) the build produces."""
    if sys.platform == "darwin":
        return DIST / f"{APP_NAME}.app"
    return DIST / APP_NAME


def executable() -> Path:
    """The console executable inside the bundle (the one scripts and the smoke test run)."""
    return executables_folder() / names.console_executable(sys.platform)


def executables_folder() -> Path:
    """The folder inside the bundle that holds the executables."""
    if sys.platform == "darwin":
        return DIST / f"{APP_NAME}.app" / "Contents" / "MacOS"
    return DIST / APP_NAME


def executable_files() -> list[str]:
    """The executables' file names as the spec makes them on this platform."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return [name + suffix for name in names.executables(sys.platform)]


def check_names() -> None:
    """No two executables of any platform's build share a name but for case."""
    for platform_name in ("win32", "darwin", "linux"):
        clashes = names.case_clashes(names.executables(platform_name))
        if clashes:
            raise BuildError(
                f"packaging/names.py: on {platform_name} {clashes[0][0]!r} and "
                f"{clashes[0][1]!r} would be one file (names differing only in case)"
            )


def folder_size(path: Path) -> int:
    """Bytes of all files under `path` (symbolic links counted as links, not followed)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_symlink() or p.is_file())


def megabytes(size: int) -> str:
    """A size as `123.4 MB`."""
    return f"{size / 1_000_000:.1f} MB"


def check_environment(version: str) -> None:
    """PyInstaller is installed and the installed metadata carries pyproject's version."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError(
            'PyInstaller is not installed: pip install -e ".[package]" (or pip install '
            '"pyinstaller>=6.10")'
        ) from exc
    try:
        installed = importlib.metadata.version("qundesk")
    except importlib.metadata.PackageNotFoundError as exc:
        raise BuildError("QunDesk is not installed here: pip install -e .") from exc
    if installed != version:
        raise BuildError(
            f"the installed metadata says {installed} but pyproject.toml says {version}; "
            "reinstall (pip install -e .) so the bundle shows the right version"
        )


def run_pyinstaller() -> None:
    """The one-folder bundle into dist/."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
        str(SPEC),
    ]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    if sys.platform.startswith("linux"):
        remove_dangling_links(bundle_dir())


def remove_dangling_links(folder: Path) -> None:
    """Links left to libraries the spec dropped (PyInstaller makes them before the filter)."""
    for path in folder.rglob("*"):
        if path.is_symlink() and not path.exists():
            path.unlink()


def linux_package(version: str) -> Path:
    """The bundle plus a .desktop file, icon and install script, as a .tar.gz."""
    folder = bundle_dir()
    linux = ROOT / "packaging" / "linux"
    shutil.copy2(linux / "qundesk.desktop", folder / "qundesk.desktop")
    shutil.copy2(linux / "install.sh", folder / "install.sh")
    shutil.copy2(ROOT / "resources" / "icons" / "qundesk-256.png", folder / "qundesk.png")
    (folder / "install.sh").chmod(0o755)
    archive = DIST / f"{APP_NAME}-{version}-{platform_tag()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=f"{APP_NAME}-{version}")
    return archive


def windows_package(version: str) -> list[Path]:
    """A portable .zip, and the installer when Inno Setup's compiler (iscc) is available."""
    made = [
        Path(
            shutil.make_archive(
                str(DIST / f"{APP_NAME}-{version}-{platform_tag()}-portable"),
                "zip",
                DIST,
                APP_NAME,
            )
        )
    ]
    iscc = os.environ.get("ISCC") or shutil.which("iscc")
    if iscc is None:
        default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
        candidate = default / "Inno Setup 6" / "ISCC.exe"
        iscc = str(candidate) if candidate.is_file() else None
    if iscc is None:
        print("Inno Setup not found: install it (https://jrsoftware.org/isinfo.php) for the")
        print("installer, or set ISCC to ISCC.exe. The portable .zip was made.")
        return made
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DSourceDir={DIST / APP_NAME}",
            f"/DOutputDir={DIST}",
            f"/DOutputName={APP_NAME}-{version}-{platform_tag()}-setup",
            *[f"/D{define}={name}.exe" for define, name in iscc_executables().items()],
            str(ROOT / "packaging" / "windows" / "qundesk.iss"),
        ],
        check=True,
    )
    return [*made, DIST / f"{APP_NAME}-{version}-{platform_tag()}-setup.exe"]


def iscc_executables() -> dict[str, str]:
    """The installer script's names for the two Windows executables (qundesk.iss defines)."""
    return {"GuiExe": names.WINDOWS_GUI, "CliExe": names.WINDOWS_CLI}


def macos_package(version: str) -> Path | None:
    """A compressed .dmg holding QunDesk.app and a link to /Applications (needs hdiutil)."""
    if shutil.which("hdiutil") is None:
        print("hdiutil not found: no .dmg made")
        return None
    dmg = DIST / f"{APP_NAME}-{version}-{platform_tag()}.dmg"
    dmg.unlink(missing_ok=True)
    staging = dmg_staging(DIST / "dmg")
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            APP_NAME,
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(dmg),
        ],
        check=True,
    )
    shutil.rmtree(staging)
    return dmg


def dmg_staging(folder: Path) -> Path:
    """The disk image's contents: the app and an Applications link to drag it onto."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    # symlinks=True: the bundle's own links (Qt frameworks) stay links, as codesign wants
    shutil.copytree(bundle_dir(), folder / bundle_dir().name, symlinks=True)
    (folder / "Applications").symlink_to("/Applications")
    return folder


def build(*, package: bool = True) -> Path:
    """Build the bundle (and the platform's package); returns the bundle folder."""
    version = project_version()
    check_names()
    check_environment(version)
    started = time.perf_counter()
    run_pyinstaller()
    bundle = bundle_dir()
    print(f"\nQunDesk {version} bundle: {bundle} ({megabytes(folder_size(bundle))})")
    if package:
        made: list[Path] = []
        if sys.platform == "win32":
            made = windows_package(version)
        elif sys.platform == "darwin":
            made = [p for p in [macos_package(version)] if p is not None]
        else:
            made = [linux_package(version)]
        for path in made:
            print(f"package: {path} ({megabytes(folder_size(path))})")
    print(f"built in {time.perf_counter() - started:.0f} s; run it: {executable()}")
    return bundle


def main(argv: list[str] | None = None) -> int:
    """`python packaging/build.py [--bundle-only]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bundle-only",
        action="store_true",
        help="only the one-folder bundle, no tarball / installer / disk image",
    )
    args = parser.parse_args(argv)
    try:
        build(package=not args.bundle_only)
    except BuildError as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return exc.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
