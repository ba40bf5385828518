"""The command line speaks the window's language without loading Qt: the settings file and
the system's locale read as Qt reads them, and the catalogue agreeing with the .qm files."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator

from desktop import cli, i18n, languages, paths
from desktop.models.core import messages
from desktop.models.core.messages import msg
from desktop.resources import resource_path
from tests.cli.test_roster_cli import use_language


@pytest.fixture(autouse=True)
def english_afterwards() -> object:
    yield None
    messages.install(None)


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_SG.UTF-8", "zh_CN"),  # Singapore writes Simplified
        ("zh", "zh_CN"),  # no territory: Qt's Chinese is Simplified
        ("zh_TW", "zh_TW"),
        ("zh_HK.Big5-HKSCS", "zh_TW"),
        ("zh-MO", "zh_TW"),
        ("zh_TW@radical", "zh_TW"),
        ("zh-Hant-HK", "zh_TW"),
        ("zh_Hant", "zh_TW"),  # the script decides without a territory
        ("zh-Hans-HK", "zh_CN"),  # …and before the territory
        ("zh-Hant-CN", "zh_TW"),
        ("en_US.UTF-8", "en"),
        ("ja_JP", "en"),
        ("", "en"),
        ("C", "en"),
    ],
)
def test_a_locale_name_gives_the_ui_language(tag: str, expected: str) -> None:
    assert languages.language_of_tag(tag) == expected


# What Qt 6's QLocale.system() makes of a Linux environment, and so our reading of it.
ENVIRONMENTS = [
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_TW.UTF-8"}, "zh_TW"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_HK.UTF-8"}, "zh_TW"),
    ({"LANG": "en_US.UTF-8", "LC_NUMERIC": "zh_TW.UTF-8"}, "en"),  # numbers only
    ({"LANG": "en_US.UTF-8", "LC_CTYPE": "zh_CN.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN"}, "zh_CN"),
    ({"LC_ALL": "en_US.UTF-8", "LANGUAGE": "zh_TW:en"}, "zh_TW"),
    ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en:zh_CN"}, "en"),  # the first entry only
    ({"LANG": "zh_TW.UTF-8", "LANGUAGE": ""}, "zh_TW"),
    ({"LANGUAGE": "zh_CN"}, "en"),  # no locale at all: C, whatever LANGUAGE says
    ({"LC_ALL": "C", "LANGUAGE": "zh_CN", "LANG": "zh_CN.UTF-8"}, "en"),
    ({"LANG": "POSIX"}, "en"),
    ({}, "en"),
]


@pytest.mark.parametrize(("environ", "expected"), ENVIRONMENTS)
def test_the_linux_environment_gives_the_language(environ: dict[str, str], expected: str) -> None:
    assert languages.posix_language(environ) == expected
    assert languages.system_language("linux", environ) == expected


def test_qt_reads_each_linux_environment_the_same_way() -> None:
    """The table above, checked against Qt itself: each environment in a new process."""
    probe = (
        "from PySide6.QtCore import QLocale\n"
        "from desktop.i18n import system_language\n"
        "print(system_language(QLocale.system()))\n"
    )
    base = {key: os.environ[key] for key in ("PATH", "PYTHONPATH") if key in os.environ}
    for environ, expected in ENVIRONMENTS:
        done = subprocess.run(
            [sys.executable, "-c", probe],
            env={**base, **environ, "QT_QPA_PLATFORM": "offscreen"},
            cwd=Path(__file__).resolve().parents[2],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert done.stdout.strip() == expected, environ


@pytest.mark.parametrize(
    ("name", "expected"),
    [("zh-CN", "zh_CN"), ("zh-SG", "zh_CN"), ("zh-TW", "zh_TW"), ("zh-HK", "zh_TW"),
     ("zh-MO", "zh_TW"), ("en-US", "en"), ("", "en")],
)  # fmt: skip
def test_windows_reads_the_users_default_locale_name(name: str, expected: str) -> None:
    """GetUserDefaultLocaleName gives BCP 47 names (`zh-CN`), simulated here."""
    assert languages.windows_language(lambda: name) == expected


def test_macos_leaves_the_system_language_to_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    assert languages.system_language("darwin", {"LANG": "zh_CN.UTF-8"}) == ""
    monkeypatch.setattr(languages, "system_language", lambda: "")
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    kept = cli.install_language()
    assert isinstance(kept, QTranslator)  # Qt's translator, kept alive by the command
    assert msg("The amount cannot be negative.") == "金额不能为负数。"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_the_language_qsettings_saved_is_read_back(language: str) -> None:
    """The settings file as the window writes it, other keys and odd values beside."""
    settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", b"\x01\x02%\x00[ui]")
    settings.setValue("export/last folder", "C:\\Users\\王/文档 100%")
    settings.setValue(i18n.SETTING_LANGUAGE, language)
    settings.sync()
    assert languages.saved_language(paths.settings_file()) == language


@pytest.mark.parametrize(
    "text",
    ["", "[ui]\nlanguage=\n", "[ui]\nlanguage=fr\n", "[ui]\nlanguage\n[[[\n", "\xff\xfe"],
)
def test_no_usable_language_in_the_settings_means_the_systems(text: str) -> None:
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(text, encoding="latin-1")
    assert languages.saved_language(paths.settings_file()) == ""


def test_a_line_it_cannot_read_leaves_the_language_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[window]\ngeometry\n[ui]\nlanguage=zh_TW\n", encoding="utf-8")
    assert languages.saved_language(path) == "zh_TW"


def test_a_missing_settings_file_names_no_language(tmp_path: Path) -> None:
    assert languages.saved_language(tmp_path / "none.ini") == ""


def messages_of(ts: Path) -> list[str]:
    return [
        node.findtext("source") or ""
        for context in ET.parse(ts).getroot().iter("context")
        if context.findtext("name") == messages.CONTEXT
        for node in context.iter("message")
    ]


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_the_catalogue_translates_every_message_as_the_qm_does(language: str) -> None:
    translator = QTranslator()
    assert translator.load(i18n.translation_file(language))
    catalogue = languages.load_catalogue(language)
    assert catalogue is not None
    sources = messages_of(resource_path("i18n", f"qundesk_{language}.ts"))
    assert len(sources) > 300
    for source in sources:
        qt = translator.translate(messages.CONTEXT, source) or source
        assert catalogue.get(source, source) == qt, source
    if language != "en":
        assert len(catalogue) > 300


def test_a_language_without_a_catalogue_is_english(monkeypatch: pytest.MonkeyPatch) -> None:
    assert languages.install_messages("zh_CN")
    assert msg("The amount cannot be negative.") == "金额不能为负数。"
    assert not languages.install_messages("xx")
    assert msg("The amount cannot be negative.") == "The amount cannot be negative."


def test_commands_run_without_loading_qt(tmp_path: Path, demo_template: Path) -> None:
    """`qundesk info` and `export` in Chinese, in a process that never imports PySide6."""
    use_language("zh_CN")
    db = tmp_path / "demo.sqlite"
    db.write_bytes(demo_template.read_bytes())
    out = tmp_path / "out.xlsx"
    probe = (
        "import sys\n"
        "from desktop.__main__ import main\n"
        f"codes = [main(['--db', {str(db)!r}, 'info']),"
        f" main(['--db', {str(db)!r}, 'export', {str(out)!r}])]\n"
        "print('codes', codes, 'qt', 'PySide6' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "codes [0, 0] qt False" in done.stdout
    assert "成员" in done.stdout  # the lines are Chinese, from the catalogue
    assert out.is_file()
