"""Every Alt+letter (an "&" mnemonic) is used once per dialog, in Chinese and in English."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desktop.models.storage.db import Database
from desktop.views.groups.first_group_wizard import FirstGroupWizard
from desktop.views.groups.group_editor import GroupEditor
from tests.views.common.test_translations import use_language  # noqa: F401 (a fixture)
from tests.views.shell.test_keyboard import form_dialogs

TODAY = dt.date(2026, 11, 23)


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a plain ampersand), lower-cased."""
    at = 0
    while (at := text.find("&", at)) >= 0 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


def mnemonics(top: QWidget) -> Counter[str]:
    """The mnemonics of the labels, buttons and boxes `top` shows (hidden ones are off)."""
    found: Counter[str] = Counter()
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if (key := mnemonic(text)) is not None:
            found[key] += 1
    return found


def repeated(top: QWidget) -> list[str]:
    return sorted(key for key, n in mnemonics(top).items() if n > 1)


def test_mnemonic_reads_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("No&tes:") == "t"
    assert mnemonic("备注(&E)：") == "e"
    assert mnemonic("Sales && repurchase") is None
    assert mnemonic("A && B &Go") == "g"
    assert mnemonic("trailing &") is None


def test_a_repeated_mnemonic_is_found(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    QLabel("&Theme:", box)
    QLabel("No&tes:", box)
    QLabel("&Name:", box)
    assert repeated(box) == ["t"]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_group_editor_uses_each_mnemonic_once(
    qtbot: QtBot,
    use_language: Callable[[str], None],  # noqa: F811
    language: str,
) -> None:
    use_language(language)
    editor = GroupEditor()
    qtbot.addWidget(editor)
    editor.show()
    assert mnemonics(editor)["n"] == 1  # the walk sees the form's labels
    assert repeated(editor) == []


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_page_of_the_first_group_wizard_uses_each_mnemonic_once(
    qtbot: QtBot,
    database: Database,
    use_language: Callable[[str], None],  # noqa: F811
    language: str,
) -> None:
    use_language(language)
    wizard = FirstGroupWizard(None, database, TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.name_page.name.setText("读书会")
    seen = []
    while True:
        page = wizard.currentPage()
        seen.append(page.objectName())
        assert repeated(wizard) == [], page.objectName()
        if page is wizard.value_page:
            next(iter(page.purposes.values())).setChecked(True)
            next(iter(page.values.values())).setChecked(True)
        if wizard.button(QWizard.WizardButton.FinishButton).isVisible():
            break
        wizard.next()
    assert "wizardEntryPage" in seen and len(seen) == 5
    wizard.reject()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_form_dialogs_use_each_mnemonic_once(
    qtbot: QtBot,
    demo_db: Database,
    use_language: Callable[[str], None],  # noqa: F811
    language: str,
) -> None:
    use_language(language)
    for name, dialog in form_dialogs(demo_db).items():
        qtbot.addWidget(dialog)
        dialog.show()
        assert repeated(dialog) == [], name
        dialog.close()
