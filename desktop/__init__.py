"""QunDesk (群台): an offline desktop app for a solo community owner."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    try:
        return version("qundesk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


__version__ = _version()
