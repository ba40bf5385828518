"""The wheel carries every runtime resource (icons, translations, the font, the guide).

The full check — build through the sdist, install in a fresh venv, `qundesk --smoke` there
with a Chinese locale — is packaging/wheel_check.py (`./run.sh wheel`); here the wheel is
built once (pip wheel, a few seconds) and its file list read.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from desktop import i18n, resources
from desktop.views.shell import help_dialog

ROOT = Path(__file__).resolve().parent.parent.parent
ASSETS = "desktop/assets/"
BUILD_TIMEOUT_S = 300


def load_setup() -> ModuleType:
    """setup.py as a module (it calls setup() only when setuptools runs it)."""
    spec = importlib.util.spec_from_file_location("qundesk_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    """The wheel pip builds from a copy of the project (no build/ left in the checkout)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in"):
        shutil.copy2(ROOT / name, source / name)
    for readme in ROOT.glob("README*.md"):
        shutil.copy2(readme, source / readme.name)
    junk = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("desktop", "resources", "docs/screenshots"):
        shutil.copytree(ROOT / folder, source / folder, ignore=junk)
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (path,) = out.glob("qundesk-*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


def test_the_wheel_carries_every_runtime_file(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    assets = {name.removeprefix(ASSETS) for name in names if name.startswith(ASSETS)}

    assert assets == set(load_setup().runtime_files())
    assert {f"icons/qundesk-{size}.png" for size in (16, 24, 32, 48, 64, 128, 256, 512)} <= assets
    assert {f"i18n/qundesk_{language}.qm" for language in i18n.LANGUAGES} <= assets
    assert {f"i18n/qundesk_{language}.messages.json" for language in i18n.LANGUAGES} <= assets
    assert {"fonts/QunDeskSansCJKsc-Regular.otf", "fonts/OFL.txt"} <= assets
    for readme in ("README.md", "README.zh_CN.md"):
        assert f"guide/{readme}" in assets
        text = (ROOT / readme).read_text(encoding="utf-8")
        for picture in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
            assert f"guide/{picture}" in assets, picture
    # sources and the scripts that build the resources stay out
    assert not [name for name in assets if name.endswith((".ts", ".py", ".svg"))]
    assert not [name for name in names if name.startswith(("resources/", "docs/", "tests/"))]
    # copied as they are
    font = "fonts/QunDeskSansCJKsc-Regular.otf"
    assert wheel.read(ASSETS + font) == (ROOT / "resources" / font).read_bytes()


def test_the_wheel_states_the_licence_as_an_spdx_expression(wheel: zipfile.ZipFile) -> None:
    (metadata,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
    text = wheel.read(metadata).decode("utf-8")
    assert "License-Expression: MIT" in text.splitlines()
    assert not any(line.startswith("License:") for line in text.splitlines())


def spec_resource_files() -> set[str]:
    """Where packaging/qundesk.spec puts each resource, relative to the bundle's resources/."""
    spec = (ROOT / "packaging" / "qundesk.spec").read_text("utf-8")
    (function,) = [
        node
        for node in ast.parse(spec).body
        if isinstance(node, ast.FunctionDef) and node.name == "resource_datas"
    ]
    namespace: dict[str, object] = {
        "Path": Path,
        "ROOT": ROOT,
        "RESOURCES": ROOT / "resources",
        "ICONS": ROOT / "resources" / "icons",
    }
    exec(compile(ast.Module([function], []), "qundesk.spec", "exec"), namespace)
    datas = namespace["resource_datas"]()  # type: ignore[operator]
    return {f"{folder.removeprefix('resources/')}/{Path(src).name}" for src, folder in datas}


def test_the_wheel_and_the_bundle_carry_the_same_resources() -> None:
    assert set(load_setup().runtime_files()) == spec_resource_files()


def test_resources_are_found_in_an_installed_package_before_the_source_tree(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    package = tmp_path / "site-packages" / "desktop"
    package.mkdir(parents=True)
    monkeypatch.setattr(resources, "__file__", str(package / "resources.py"))
    # an editable install or the source tree: no assets/ in the package, resources/ beside it
    assert resources.resources_dir() == tmp_path / "site-packages" / "resources"

    guide = package / resources.PACKAGED_RESOURCES / "guide"
    guide.mkdir(parents=True)
    (guide / "README.md").write_text("# QunDesk\n", encoding="utf-8")
    assert resources.resources_dir() == package / "assets"
    assert resources.resource_path("i18n", "qundesk_zh_CN.qm") == (
        package / "assets" / "i18n" / "qundesk_zh_CN.qm"
    )
    assert help_dialog.guide_root() == guide

    # the frozen app's own folder wins
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert resources.resources_dir() == tmp_path / "bundle" / "resources"
