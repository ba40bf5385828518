"""Keep PySide6 from holding the source text of every imported module in memory."""

# Why: after each import PySide6 (shibokensupport.feature) checks whether the new module
# mentions "PySide6", reading its source with inspect.getsource, which keeps every file read
# in linecache for good. With the dashboard's pyqtgraph and numpy that is some 800 files and
# 27 MB of lines the app never shows. `install` answers the same question from the module's
# loader, which reads the file without keeping it, and empties what linecache held so far
# (it reads a file again when a traceback needs a line).

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source holds "PySide6" (False when it has no readable source)."""
    loader = getattr(module, "__loader__", None)
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return False
    try:
        source = get_source(module.__name__)
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError):
        return False
    return isinstance(source, str) and "PySide6" in source


def install() -> bool:
    """Use `mentions_pyside` in PySide6's check and empty linecache; False without that check."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    linecache.clearcache()
    return True
