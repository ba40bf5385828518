"""The UI language: which one the settings or the system ask for, and its Qt translators."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.languages import LANGUAGES, SETTING_LANGUAGE
from desktop.models.core import messages
from desktop.resources import resource_path

__all__ = ["LANGUAGES", "SETTING_LANGUAGE"]  # defined beside the CLI's Qt-free reading
_TRADITIONAL_TERRITORIES = {
    QLocale.Country.Taiwan,
    QLocale.Country.HongKong,
    QLocale.Country.Macau,
}
_installed: list[QTranslator] = []
# Called after each change of translators (the views' label cache forgets its texts).
_listeners: list[Callable[[], None]] = []


def on_translators_changed(listener: Callable[[], None]) -> None:
    """Call `listener` after every `install_translators` (for caches of translated text)."""
    if listener not in _listeners:
        _listeners.append(listener)


def system_language(locale: QLocale | None = None) -> str:
    """zh_CN for Simplified Chinese, zh_TW for Traditional (Hant, TW/HK/MO), else en."""
    locale = locale if locale is not None else QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.TraditionalHanScript:
        return "zh_TW"
    if locale.script() == QLocale.Script.SimplifiedHanScript:
        return "zh_CN"
    return "zh_TW" if locale.territory() in _TRADITIONAL_TERRITORIES else "zh_CN"


def chosen_language(settings: QSettings, system: QLocale | None = None) -> str:
    """The language the settings name, or the system's when they say "" (or nonsense)."""
    value = str(settings.value(SETTING_LANGUAGE, "") or "")
    return value if value in LANGUAGES else system_language(system)


def translation_file(language: str) -> str:
    """Path of QunDesk's compiled translation for `language`."""
    return str(resource_path("i18n", f"qundesk_{language}.qm"))


def install_translators(language: str) -> list[QTranslator]:
    """Replace the installed translators with QunDesk's and Qt's own for `language`.

    Also makes `language` the default QLocale, so dates, numbers and the first day of the
    week follow it. Returns the translators that loaded.
    """
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        _installed.append(ours)
    # Qt's own strings: standard buttons (OK/Cancel), file dialogs, context menus.
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        _installed.append(qt)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    messages.install(_translate_message)
    for listener in _listeners:
        listener()  # e.g. labels cached in the previous language
    return list(_installed)


def installed_translators() -> list[QTranslator]:
    """The translators `install_translators` put in place (for tests)."""
    return list(_installed)


def _translate_message(text: str) -> str:
    return QCoreApplication.translate("Messages", text)  # messages.CONTEXT


def install_message_translator(language: str) -> QTranslator | None:
    """Make the data layer's messages speak `language` without a Qt application (the CLI).

    Returns the translator (keep it alive while messages are made), or None when
    `language` has no translation file (English as written).
    """
    translator = QTranslator()
    if not translator.load(translation_file(language)):
        messages.install(None)
        return None
    messages.install(functools.partial(translator.translate, messages.CONTEXT))
    return translator
