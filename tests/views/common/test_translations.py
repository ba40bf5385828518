"""Translations: nothing English left in zh_CN, zh_TW and en load, the .qm files are fresh."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.app import make_settings
from desktop.models.core import messages
from desktop.models.core.clock import FixedClock
from desktop.models.core.money import MoneyError, parse_amount
from desktop.models.core.scope import Scope
from desktop.models.storage.db import Database
from desktop.resources import resource_path
from desktop.views.common import labels
from desktop.views.shell.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)
I18N = resource_path("i18n")
# Proper nouns and formats that stay as they are in every language.
ALLOWED = {"QunDesk", "WeChat", "CSV", "Excel", "RRULE", "QQ", "Telegram / Discord", "VIP"}


def _load_script() -> object:
    spec = importlib.util.spec_from_file_location(
        "update_translations", I18N / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


script = _load_script()


@pytest.fixture
def use_language() -> Iterator[Callable[[str], None]]:
    """Install a language's translators; the C locale and no translators afterwards."""

    def use(language: str) -> None:
        i18n.install_translators(language)

    yield use
    for translator in i18n.installed_translators():
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())
    labels.reset()
    messages.install(None)


def english_sources() -> set[str]:
    """Every English source text with a letter in it, as it appears on screen (no &)."""
    found: set[str] = set()
    for msg in script.read_ts(I18N / "qundesk_zh_CN.ts"):  # type: ignore[attr-defined]
        for text in (msg.source, _plain(msg.source)):
            if re.search("[A-Za-z]", text) and text not in ALLOWED:
                found.add(text)
    return found


def _plain(text: str) -> str:
    """Menu text as shown: "&Save" → "Save", "Save (&S)" → "Save"."""
    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every user-visible string under `root`."""
    texts: list[tuple[str, str]] = [("windowTitle", root.windowTitle())]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        if isinstance(w, QLabel | QAbstractButton):
            texts.append((name, w.text()))
        if isinstance(w, QGroupBox):
            texts.append((name, w.title()))
        if isinstance(w, QLineEdit):
            texts.append((name + ".placeholder", w.placeholderText()))
        if isinstance(w, QPlainTextEdit | QTextEdit):
            texts.append((name + ".placeholder", w.placeholderText()))
        if isinstance(w, QTabWidget):
            texts += [(f"{name}.tab{i}", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QComboBox) and w.objectName() != "settingsLanguage":
            # (language names are written in their own language on purpose)
            texts += [(f"{name}.item{i}", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += _header_texts(name, w)
        if w.toolTip():
            texts.append((name + ".toolTip", w.toolTip()))
        for action in w.actions():
            texts.append((f"QAction#{action.objectName()}", action.text()))
            if action.menu() is not None:
                texts.append((f"QMenu#{action.objectName()}", action.menu().title()))
    for action in root.findChildren(QAction):
        texts.append((f"QAction#{action.objectName()}", action.text()))
        texts.append((f"QAction#{action.objectName()}.toolTip", action.toolTip()))
    return [(where, t) for where, t in texts if t]


def _header_texts(name: str, view: QAbstractItemView) -> list[tuple[str, str]]:
    """Column titles of a table or tree view."""
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return []
    model = view.model()
    found = []
    for section in range(header.count()):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            found.append((f"{name}.header{section}", value))
    return found


def untranslated(root: QWidget, sources: set[str]) -> list[str]:
    """Visible texts that are still exactly an English source string."""
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(root) if text in sources})


def _dialogs(window: MainWindow) -> list[QWidget]:
    """The main dialogs that can be built without running them."""
    from desktop.models.groups.groups import list_group_refs
    from desktop.models.members.members import get_member
    from desktop.views.calendar.attendance_report import AttendanceReportDialog
    from desktop.views.exchange.import_dialog import ImportDialog
    from desktop.views.exchange.revenue_import_dialog import RevenueImportDialog
    from desktop.views.members.member_dialogs import MemberDialog
    from desktop.views.revenue.partner_dialog import PartnerDialog
    from desktop.views.shell.settings_dialog import SettingsDialog

    db = window.database
    groups = list_group_refs(db)
    scope = Scope(groups[0].id, TODAY - dt.timedelta(days=60), TODAY)
    member = get_member(db, 1)
    built: list[QWidget] = [
        SettingsDialog(window.settings, db, window),
        ImportDialog(window, db),
        RevenueImportDialog(window, db),
        MemberDialog(window, db, member, today=TODAY, groups=groups),
        AttendanceReportDialog(db, scope, TODAY, window),
        PartnerDialog(db, scope, window),
    ]
    try:
        from desktop.views.shell.trash_dialog import TrashDialog

        built.append(TrashDialog(window, db))
    except ImportError:  # pragma: no cover - the trash dialog is being built alongside
        pass
    return built


@pytest.fixture
def window_in(
    qtbot: QtBot, demo_db: Database, use_language: Callable[[str], None]
) -> Iterator[Callable[[str], MainWindow]]:
    made: list[MainWindow] = []

    def build(language: str) -> MainWindow:
        use_language(language)
        win = MainWindow(demo_db, make_settings(), clock=FixedClock(TODAY))
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        made.append(win)
        return win

    yield build
    for win in made:
        win.close()


def test_no_english_left_on_any_tab_or_dialog_in_zh_cn(
    window_in: Callable[[str], MainWindow], qtbot: QtBot
) -> None:
    win = window_in("zh_CN")
    sources = english_sources()
    assert "Members" in sources and "Groups" in sources  # the check has something to find
    problems: list[str] = []
    for index in range(win.tabs.count()):
        win.tabs.setCurrentIndex(index)
        qtbot.wait(1)  # let the tab fill itself
        problems += untranslated(win, sources)
    for dialog in _dialogs(win):
        qtbot.addWidget(dialog)
        problems += untranslated(dialog, sources)
    assert not sorted(set(problems)), "untranslated in zh_CN:\n" + "\n".join(sorted(set(problems)))
    assert win.tabs.tabText(1) == "成员"
    assert win.findChild(QAction, "actionSettings").text() == "设置(&S)…"


def test_zh_cn_uses_the_owners_vocabulary(use_language: Callable[[str], None]) -> None:
    from desktop.models.core.codes import Lifecycle, Role

    use_language("zh_CN")
    assert labels.label(Role.SEED) == "种子用户"
    assert labels.label(Role.OWNER) == "群主"
    assert [labels.label(s) for s in Lifecycle][:4] == ["引入期", "成长期", "成熟期", "衰退期"]


def test_zh_tw_loads_and_differs_from_zh_cn(
    window_in: Callable[[str], MainWindow], use_language: Callable[[str], None]
) -> None:
    win = window_in("zh_TW")
    assert win.tabs.tabText(1) == "成員"  # 成员 in zh_CN
    assert QCoreApplication.translate("MainWindow", "&Open database…") == "開啟資料庫(&O)…"
    from desktop.models.core.codes import Role

    assert labels.label(Role.SEED) == "種子用戶"  # the community term, not 種子使用者
    assert QLocale().name() == "zh_TW"


def test_english_shows_the_source_text_and_plural_forms(
    window_in: Callable[[str], MainWindow],
) -> None:
    win = window_in("en")
    assert [win.tabs.tabText(i) for i in range(3)] == ["Groups", "Members", "Calendar"]
    assert QCoreApplication.translate("AttendanceDialog", "%n ticked", "", 1) == "1 ticked"
    one = QCoreApplication.translate("AttendanceDialog", "%n name(s) read from the paste.", "", 1)
    many = QCoreApplication.translate("AttendanceDialog", "%n name(s) read from the paste.", "", 3)
    assert (one, many) == ("1 name read from the paste.", "3 names read from the paste.")


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_qm_files_are_the_compiled_ts_files(language: str, tmp_path: Path) -> None:
    """The committed .qm must be exactly what lrelease makes of the committed .ts."""
    ts, qm = I18N / f"qundesk_{language}.ts", I18N / f"qundesk_{language}.qm"
    fresh = tmp_path / qm.name
    script.compile_qm(ts, fresh)  # type: ignore[attr-defined]
    assert qm.is_file(), f"{qm.name} missing: run python resources/i18n/update_translations.py"
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is older than {ts.name}: run python resources/i18n/update_translations.py"
    )


def test_every_string_in_the_code_is_in_the_ts_files_and_translated(tmp_path: Path) -> None:
    messages, _warnings = script.collect(tmp_path)  # type: ignore[attr-defined]
    wanted = {m.key for m in messages}
    for language in ("zh_CN", "zh_TW", "en"):
        stored = {m.key: m for m in script.read_ts(I18N / f"qundesk_{language}.ts")}  # type: ignore[attr-defined]
        missing = sorted(wanted - set(stored))
        assert not missing, (
            f"{language}: not in the .ts yet (run update_translations.py): {missing[:10]}"
        )
        unfinished = sorted(k for k in wanted if not stored[k].finished)
        assert not unfinished, f"{language}: untranslated: {unfinished[:10]}"


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "zh_CN", "zh_CN"),
        ("", "zh_Hans_SG", "zh_CN"),
        ("", "zh_TW", "zh_TW"),
        ("", "zh_HK", "zh_TW"),
        ("", "zh_Hant_MO", "zh_TW"),
        ("", "de_DE", "en"),
        ("", "en_US", "en"),
        ("en", "zh_CN", "en"),
        ("zh_TW", "en_US", "zh_TW"),
        ("klingon", "zh_CN", "zh_CN"),
    ],
)
def test_the_language_setting_picks_the_language(
    setting: str, system: str, expected: str, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING_LANGUAGE, setting)
    assert i18n.chosen_language(settings, QLocale(system)) == expected


def test_installing_a_language_installs_its_translators(
    use_language: Callable[[str], None],
) -> None:
    use_language("zh_CN")
    ours, qt = i18n.installed_translators()
    assert Path(ours.filePath()).name == "qundesk_zh_CN.qm"
    assert Path(qt.filePath()).name.startswith("qtbase_zh_CN")
    assert QLocale().name() == "zh_CN"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own
    use_language("en")
    (ours,) = [t for t in i18n.installed_translators() if "qundesk" in t.filePath()]
    assert Path(ours.filePath()).name == "qundesk_en.qm"
    assert QCoreApplication.translate("MainWindow", "Members") == "Members"


def _negative_amount_message() -> str:
    with pytest.raises(MoneyError) as caught:
        parse_amount("-1")
    return caught.value.message


def test_the_data_layers_messages_follow_the_ui_language(
    use_language: Callable[[str], None],
) -> None:
    use_language("zh_CN")
    assert _negative_amount_message() == "金额不能为负数。"
    use_language("zh_TW")
    assert _negative_amount_message() == "金額不能為負數。"
    use_language("en")
    assert _negative_amount_message() == "The amount cannot be negative."


def test_the_command_line_gets_the_messages_without_an_application() -> None:
    kept = i18n.install_message_translator("zh_CN")
    try:
        assert kept is not None
        assert _negative_amount_message() == "金额不能为负数。"
        assert i18n.install_message_translator("xx") is None
        assert _negative_amount_message() == "The amount cannot be negative."
    finally:
        messages.install(None)
