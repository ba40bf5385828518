"""Messages the data layer shows people: written in English, shown in the UI language.

The data layer never imports Qt, so it cannot translate by itself. It writes each message
as `msg("The amount cannot be negative.")` or, with values,
`msg("unknown role “{value}”", value=text)`; the app installs the UI language's translator
at start-up (and again when the language changes), and `resources/i18n/update_translations.py`
collects every literal passed to `msg` into the translation files under the context
`Messages`. Until a translator is installed (tests of the data layer, scripts) the English
text is used as written.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "Messages"  # the translation files' context of every `msg` text

Translator = Callable[[str], str]


def _as_written(text: str) -> str:
    return text


_translate: Translator = _as_written


def install(translator: Translator | None) -> None:
    """Translate every later `msg` with `translator` (None: English as written)."""
    global _translate
    _translate = translator if translator is not None else _as_written


def msg(text: str, /, **values: object) -> str:
    """`text` in the UI language, its `{name}` placeholders filled from `values`.

    `text` must be a string literal at the call (the translation files are built from the
    calls); a text without values is returned as translated, braces and all.
    """
    template = _translate(text) or text
    return template.format(**values) if values else template
