"""Text from files made safe to store and to print: control characters out, escapes shown.

A crafted cell can hold ESC or BEL (a terminal obeys `ESC [ 2 J` and clears itself, `ESC ]`
retitles it) or a bidi override such as U+202E, which shows the rest of a line reversed.
Imports strip these from what they store; command-line messages escape whatever is not
printable, so a file name or a cell quoted in an error can never drive the terminal.
"""

from __future__ import annotations

import re

# Stripped from every imported text: C0 controls but tab, line feed and carriage return;
# DEL and the C1 controls (U+0080–U+009F); the bidi embeddings and overrides U+202A–U+202E;
# the bidi isolates U+2066–U+2069.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
CONTROL = re.compile(f"[{_CONTROLS}]+")
# Anything a one-line field cannot hold: the controls above plus tab and line breaks.
UNSAFE_ONE_LINE = re.compile(f"[{_CONTROLS}\t\n\r]")
_LINE_BREAKS = re.compile(r"\r\n?")
_ONE_LINE_SPACE = re.compile(r"[\t\n\r]+")


def one_line(text: str) -> str:
    """`text` without control characters; tabs and line breaks become one space each run."""
    return _ONE_LINE_SPACE.sub(" ", CONTROL.sub("", text))


def multi_line(text: str) -> str:
    """`text` without control characters, keeping tabs and line breaks (as `\\n`)."""
    return _LINE_BREAKS.sub("\n", CONTROL.sub("", text))


def terminal_safe(text: str) -> str:
    """`text` with every character that is not printable written as its escape (`\\x1b`).

    Chinese, emoji and ordinary punctuation are printable and stay as they are.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)
