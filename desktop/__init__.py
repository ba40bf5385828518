"""QunDesk (群台): an offline desktop app for a solo community owner."""

from __future__ import annotations


def _version() -> str:
    # importlib.metadata loads the email package and more: read only when first asked
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qundesk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    """`__version__`, looked up the first time it is read (not at start-up)."""
    if name == "__version__":
        value = _version()
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
