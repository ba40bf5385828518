"""Fixtures the view tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from desktop import i18n
from desktop.models.core import messages
from desktop.views.common import labels


@pytest.fixture
def chinese() -> Iterator[None]:
    """The UI in zh_CN (translators, locale, labels, data-layer messages) for one test."""
    i18n.install_translators("zh_CN")
    yield
    for translator in i18n.installed_translators():
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())
    labels.reset()
    messages.install(None)
