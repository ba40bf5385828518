"""PySide6's per-import source check answers from the loader and keeps no lines in memory."""

from __future__ import annotations

import importlib
import linecache
import sys
import types
from pathlib import Path

import PySide6  # noqa: F401  (loads shibokensupport.feature)
import pytest

from desktop import source_cache


def _module_from(tmp_path: Path, name: str, text: str) -> types.ModuleType:
    (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)


def test_a_module_naming_pyside6_is_told_apart_from_one_that_does_not(tmp_path: Path) -> None:
    uses = _module_from(tmp_path, "qd_uses_qt", "from PySide6 import QtCore\n")
    plain = _module_from(tmp_path, "qd_plain", "VALUE = 'PySide'\n")  # PySide, not PySide6
    assert source_cache.mentions_pyside(uses) is True
    assert source_cache.mentions_pyside(plain) is False


def test_a_module_without_source_is_not_counted() -> None:
    assert source_cache.mentions_pyside(types.ModuleType("qd_bare")) is False
    assert source_cache.mentions_pyside(sys) is False  # built in: the loader has no source


def test_install_replaces_the_check_and_empties_linecache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    linecache.getline(__file__, 1)
    assert __file__ in linecache.cache
    assert source_cache.install() is True
    assert feature._mod_uses_pyside is source_cache.mentions_pyside
    assert __file__ not in linecache.cache
    _module_from(tmp_path, "qd_imported_later", "from PySide6 import QtCore\n")
    assert not any("qd_imported_later" in name for name in linecache.cache)


def test_install_leaves_a_pyside_without_the_check_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("feature"))
    assert source_cache.install() is False
