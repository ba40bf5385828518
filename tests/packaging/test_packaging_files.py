"""What the bundle relies on: one version, icons in every format, resources when frozen."""

from __future__ import annotations

import configparser
import struct
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import desktop
from desktop import resources

ROOT = Path(__file__).resolve().parent.parent.parent
ICONS = ROOT / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def pyproject_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


def test_the_version_comes_from_pyproject_through_the_package_metadata() -> None:
    # a stale install (pyproject bumped, pip install -e . not rerun) would show the old one
    assert desktop.__version__ == pyproject_version()


def test_the_changelog_has_a_section_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert f"## [{pyproject_version()}]" in changelog
    assert "## [Unreleased]" in changelog


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_a_png_icon_for_each_size(size: int) -> None:
    assert png_size((ICONS / f"qundesk-{size}.png").read_bytes()) == (size, size)


def test_the_windows_icon_holds_every_size_up_to_256() -> None:
    data = (ICONS / "qundesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _h, _c, _r, _p, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert png_size(data[offset : offset + length])[0] == (width or 256)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_macos_icon_holds_retina_sizes_up_to_1024() -> None:
    data = (ICONS / "qundesk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    sizes, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4].decode(), struct.unpack(">I", data[at + 4 : at + 8])[0]
        sizes[kind] = png_size(data[at + 8 : at + length])[0]
        at += length
    assert sizes["ic07"] == 128 and sizes["ic09"] == 512 and sizes["ic10"] == 1024


def test_resources_are_found_in_the_source_tree_and_inside_a_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert resources.resource_path("icons", "qundesk-256.png").is_file()
    assert resources.resource_path("i18n") == ROOT / "resources" / "i18n"

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("i18n", "qundesk_zh_CN.qm") == (
        tmp_path / "resources" / "i18n" / "qundesk_zh_CN.qm"
    )


def test_the_app_icon_has_every_size(qapp: Any) -> None:
    icon = resources.app_icon()
    sizes = sorted(size.width() for size in icon.availableSizes())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]


def test_the_linux_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "qundesk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "qundesk %f" and section["Icon"] == "qundesk"
    assert section["Name[zh_CN]"] == "群台"
    assert section["Categories"].endswith(";")


def test_the_spec_bundles_metadata_translations_and_icons() -> None:
    spec = (ROOT / "packaging" / "qundesk.spec").read_text("utf-8")
    compile(spec, "qundesk.spec", "exec")  # PyInstaller runs it as Python
    assert 'copy_metadata("qundesk")' in spec
    assert '"resources/i18n"' in spec and '"resources/icons"' in spec
    assert '"resources/guide"' in spec and '"resources/fonts"' in spec
    assert "BUNDLE(" in spec and 'sys.platform == "darwin"' in spec
