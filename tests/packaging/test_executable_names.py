"""The spec's executables and file types, read by running it with PyInstaller stood in for.

Windows and macOS compare file names without case: two executables named alike but for
case are one file in the bundle folder (QunDesk.exe was overwritten by qundesk.exe).
"""

from __future__ import annotations

import importlib
import importlib.util
import plistlib
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = ROOT / "packaging"
PLATFORMS = ("win32", "darwin", "linux")


def load_names() -> ModuleType:
    """packaging/names.py, loaded from its file (packaging/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        "qundesk_names_under_test", PACKAGING / "names.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


names = load_names()


@dataclass
class SpecRun:
    """What the spec asked PyInstaller for."""

    executables: list[dict[str, Any]] = field(default_factory=list)
    bundles: list[dict[str, Any]] = field(default_factory=list)

    @property
    def executable_names(self) -> list[str]:
        return [exe["name"] for exe in self.executables]


def fake_pyinstaller(monkeypatch: pytest.MonkeyPatch) -> None:
    """The PyInstaller modules the spec imports, doing nothing (it need not be installed)."""
    hooks = ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *args, **kwargs: []  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda *args, **kwargs: []  # type: ignore[attr-defined]
    bindepend = ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda *args, **kwargs: []  # type: ignore[attr-defined]
    for name, module in {
        "PyInstaller": ModuleType("PyInstaller"),
        "PyInstaller.utils": ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)


@pytest.fixture
def run_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[str], SpecRun]:
    """Run packaging/qundesk.spec as PyInstaller would on a platform; what it asked for."""
    fake_pyinstaller(monkeypatch)
    monkeypatch.setattr(shutil, "which", lambda _name: None)  # no strip after COLLECT

    def run(platform: str) -> SpecRun:
        made = SpecRun()

        def analysis(*_args: Any, **kwargs: Any) -> SimpleNamespace:
            return SimpleNamespace(datas=kwargs["datas"], binaries=[], scripts=[], pure=[])

        def exe(*_args: Any, **kwargs: Any) -> dict[str, Any]:
            made.executables.append(kwargs)
            return kwargs

        def bundle(*_args: Any, **kwargs: Any) -> dict[str, Any]:
            made.bundles.append(kwargs)
            return kwargs

        spec_globals = {
            "__name__": "__main__",
            "SPECPATH": str(PACKAGING),
            "DISTPATH": str(tmp_path / "dist"),
            "Analysis": analysis,
            "PYZ": lambda *args, **kwargs: object(),
            "EXE": exe,
            "COLLECT": lambda *args, **kwargs: object(),
            "BUNDLE": bundle,
        }
        source = (PACKAGING / "qundesk.spec").read_text("utf-8")
        with monkeypatch.context() as patch:
            patch.setattr(sys, "platform", platform)
            exec(compile(source, "qundesk.spec", "exec"), spec_globals)
        return made

    return run


def test_a_clash_but_for_case_is_caught() -> None:
    assert names.case_clashes(["QunDesk", "qundesk"]) == [("QunDesk", "qundesk")]
    assert names.case_clashes(["QunDesk.exe", "QUNDESK.EXE", "qundesk-cli.exe"]) == [
        ("QunDesk.exe", "QUNDESK.EXE")
    ]
    assert names.case_clashes(["QunDesk", "qundesk-cli"]) == []


@pytest.mark.parametrize("platform", PLATFORMS)
def test_no_two_executables_of_the_spec_share_a_name_but_for_case(
    run_spec: Callable[[str], SpecRun], platform: str
) -> None:
    built = run_spec(platform).executable_names
    assert built == names.executables(platform)
    assert names.case_clashes(built) == []


def test_windows_builds_the_app_and_a_console_twin_for_the_command_line(
    run_spec: Callable[[str], SpecRun],
) -> None:
    gui, cli = run_spec("win32").executables
    assert (gui["name"], gui["console"]) == ("QunDesk", False)
    assert (cli["name"], cli["console"]) == ("qundesk-cli", True)
    assert names.console_executable("win32") == "qundesk-cli.exe"


def test_macos_and_linux_build_one_executable(run_spec: Callable[[str], SpecRun]) -> None:
    (mac,) = run_spec("darwin").executables
    (linux,) = run_spec("linux").executables
    assert (mac["name"], mac["console"]) == ("qundesk", False)
    assert (linux["name"], linux["console"]) == ("qundesk", True)


def test_the_app_bundle_opens_its_own_files_and_is_offered_for_sqlite(
    run_spec: Callable[[str], SpecRun],
) -> None:
    (bundle,) = run_spec("darwin").bundles
    plist = bundle["info_plist"]
    plistlib.loads(plistlib.dumps(plist))  # every value is one a plist can hold
    own, sqlite = plist["CFBundleDocumentTypes"]
    assert own["LSItemContentTypes"] == ["app.qundesk.database"]
    assert own["LSHandlerRank"] == "Owner"
    # SQLite files are other programs' too: offered under Open With, never the default
    assert sqlite["LSHandlerRank"] == "Alternate"
    assert sqlite["CFBundleTypeExtensions"] == ["sqlite", "db"]
    assert {own["CFBundleTypeRole"], sqlite["CFBundleTypeRole"]} == {"Editor"}
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeIdentifier"] == "app.qundesk.database"
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["qundesk"]
    assert bundle["bundle_identifier"] == "app.qundesk.QunDesk"


def test_the_app_opens_every_file_type_the_packages_register() -> None:
    from desktop.__main__ import DATABASE_SUFFIXES

    assert set(DATABASE_SUFFIXES) == {names.OWN_SUFFIX, *names.SQLITE_SUFFIXES}


@pytest.fixture
def build_script(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """packaging/build.py as imported by smoke_test.py; sys.path and sys.modules restored."""
    monkeypatch.syspath_prepend(str(PACKAGING))
    for name in ("build", "names"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    yield importlib.import_module("build")
    for name in ("build", "names"):
        sys.modules.pop(name, None)


def test_build_and_the_release_check_run_the_console_executable(
    build_script: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert build_script.executable() == build_script.DIST / "QunDesk" / "qundesk-cli.exe"
    assert build_script.executable_files() == ["QunDesk.exe", "qundesk-cli.exe"]
    assert build_script.iscc_executables() == {
        "GuiExe": "QunDesk",
        "CliExe": "qundesk-cli",
    }
    monkeypatch.setattr(sys, "platform", "darwin")
    assert build_script.executable().relative_to(build_script.DIST).parts == (
        "QunDesk.app",
        "Contents",
        "MacOS",
        "qundesk",
    )


def test_the_build_refuses_names_that_clash_but_for_case(
    build_script: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_script.check_names()  # today's names are fine
    monkeypatch.setattr(build_script.names, "WINDOWS_CLI", "qundesk")
    with pytest.raises(build_script.BuildError, match="'QunDesk' and 'qundesk'"):
        build_script.check_names()


def test_the_release_check_notices_an_executable_lost_to_another(
    build_script: ModuleType, tmp_path: Path
) -> None:
    smoke_test = importlib.import_module("smoke_test")
    try:
        # as Windows leaves it: the second executable written over the first, one name left
        (tmp_path / "qundesk.exe").write_bytes(b"MZ")
        with pytest.raises(smoke_test.SmokeTestError, match=r"lacks QunDesk\.exe"):
            smoke_test.check_executables(tmp_path, ["QunDesk.exe", "qundesk.exe"])
        # a case-sensitive file system keeps both, yet they would be one file for the users
        (tmp_path / "QunDesk.exe").write_bytes(b"MZ")
        with pytest.raises(smoke_test.SmokeTestError, match="are one file"):
            smoke_test.check_executables(tmp_path, ["QunDesk.exe", "qundesk.exe"])
        (tmp_path / "qundesk-cli.exe").write_bytes(b"MZ")
        smoke_test.check_executables(tmp_path, ["QunDesk.exe", "qundesk-cli.exe"])
    finally:
        sys.modules.pop("smoke_test", None)
