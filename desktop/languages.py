"""The UI language chosen without Qt, and the data layer's messages in it, for the CLI.

The window asks Qt (desktop/i18n.py). The command line must not load Qt just to speak the
owner's language: importing PySide6 takes time and installs an import hook that slows
every later `import` statement CPython runs, including the ones inside `re.sub` that an
export of 100,000 members makes millions of times. So a command reads the same settings
file, works out the system's language the way Qt does on Linux and Windows (macOS asks
Qt), and translates `msg()` texts from the catalogue `update_translations.py` writes
beside each `.qm` file: `qundesk_<language>.messages.json`, the `Messages` context only.
"""

from __future__ import annotations

import configparser
import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from desktop.models.core import messages
from desktop.resources import resource_path

SETTING_LANGUAGE = "ui/language"  # "" = follow the system, or one of LANGUAGES
LANGUAGES = ("zh_CN", "zh_TW", "en")
_TRADITIONAL_TERRITORIES = frozenset({"TW", "HK", "MO"})
_NO_LOCALE = frozenset({"", "C", "POSIX"})


def language_of_tag(tag: str) -> str:
    """zh_CN, zh_TW or en for a locale name such as `zh_CN.UTF-8`, `zh-Hant-HK`,
    `zh_TW@radical` or `en_US`, as Qt's QLocale reads it: a Chinese script decides, else
    the territory (Taiwan, Hong Kong and Macau write Traditional), else Simplified."""
    name = tag.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = name.split("_")
    if parts[0].lower() != "zh":
        return "en"
    rest = [part for part in parts[1:] if part]
    scripts = {part.title() for part in rest if len(part) == 4}
    if "Hant" in scripts:
        return "zh_TW"
    if "Hans" in scripts:
        return "zh_CN"
    territories = {part.upper() for part in rest if len(part) in (2, 3)}
    return "zh_TW" if territories & _TRADITIONAL_TERRITORIES else "zh_CN"


def posix_language(environ: Mapping[str, str]) -> str:
    """The system language on Linux and other Unix systems, from the environment as Qt 6
    reads it: the first set of LC_ALL, LC_MESSAGES and LANG names the locale; unless that
    is C or POSIX, the first entry of LANGUAGE (a colon-separated list) comes before it."""
    locale_name = next(
        (environ[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(key)), ""
    )
    if locale_name.split(".", 1)[0] in _NO_LOCALE:
        return "en"
    preferred = environ.get("LANGUAGE", "").split(":", 1)[0]
    return language_of_tag(preferred or locale_name)


def windows_language(locale_name: Callable[[], str] | None = None) -> str:
    """The system language on Windows: the user's default locale name (`zh-CN`, `zh-TW`,
    `zh-HK`, `en-US`…), which is what Qt's QLocale.system() follows there.

    `locale_name` stands in for the Windows call (tests simulate Windows with it)."""
    return language_of_tag((locale_name or _windows_locale_name)())


def _windows_locale_name() -> str:
    import ctypes  # only on Windows, where windll and GetUserDefaultLocaleName exist

    buffer = ctypes.create_unicode_buffer(85)  # LOCALE_NAME_MAX_LENGTH
    windll = getattr(ctypes, "windll")  # noqa: B009 - absent from ctypes elsewhere
    if not windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):
        return ""
    return str(buffer.value)


def system_language(platform: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The system's UI language without Qt, or "" where only Qt can tell (macOS)."""
    platform = platform or sys.platform
    if platform == "win32":
        return windows_language()
    if platform == "darwin":
        return ""
    return posix_language(os.environ if environ is None else environ)


def saved_language(settings_file: Path) -> str:
    """The language the window's settings file names ("" when it names none or cannot be
    read). The file is Qt's INI format; `ui/language` is key `language` of section [ui]."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(settings_file, encoding="utf-8")
    except configparser.MissingSectionHeaderError:
        return ""
    except configparser.ParsingError:
        pass  # a line it cannot read (Qt writes none): what it could read stays read
    except (configparser.Error, OSError, UnicodeDecodeError):
        return ""
    section, key = SETTING_LANGUAGE.split("/")
    value = parser.get(section, key, fallback="").strip().strip('"')
    return value if value in LANGUAGES else ""


def catalogue_file(language: str) -> Path:
    """The data layer's messages in `language`, as `update_translations.py` writes them."""
    return resource_path("i18n", f"qundesk_{language}.messages.json")


def load_catalogue(language: str) -> dict[str, str] | None:
    """English text → `language`'s text, or None when `language` has no catalogue."""
    try:
        data = json.loads(catalogue_file(language).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return {str(source): str(text) for source, text in data.items()}


def install_messages(language: str) -> bool:
    """Make every later `msg()` speak `language`; False (English as written) when it has
    no catalogue."""
    catalogue = load_catalogue(language)
    if catalogue is None:
        messages.install(None)
        return False
    messages.install(lambda text: catalogue.get(text, text))
    return True
