"""Output that cannot fail: stdout and stderr replace what their encoding cannot write.

Python writes a pipe or a file in the locale's encoding: the ANSI code page on Windows
(cp936, GBK, on a Chinese system). A group or file name with an emoji then raised
UnicodeEncodeError in the middle of a command whose work was already saved, and error lines
showed `\\U0001f605`. Now such a character becomes "?" and the command's exit status stays
its work's.

The encoding itself is kept: what reads a redirected QunDesk on a Chinese Windows (a cmd or
PowerShell pipe, `more`, Notepad's and Excel's "ANSI") expects GBK, so Chinese stays right
there; UTF-8 would turn it to mojibake. A console needs nothing: Python writes it in UTF-16
through the console API. `PYTHONIOENCODING` still chooses the encoding — applied here too,
because a frozen build ignores Python's environment variables — so the release check can
ask for UTF-8.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys

ENV_ENCODING = "PYTHONIOENCODING"


def make_output_safe() -> None:
    """Have stdout and stderr replace unencodable characters (in the encoding asked for)."""
    asked = os.environ.get(ENV_ENCODING, "").partition(":")[0].strip()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # None in a windowed build, or replaced by a test
            continue
        with contextlib.suppress(ValueError, LookupError, io.UnsupportedOperation):
            if asked:
                reconfigure(encoding=asked, errors="replace")
            else:
                reconfigure(errors="replace")
