"""The Windows installer script and the Linux menu entry: names, languages, PATH, file types."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

import pytest

from tests.packaging.test_executable_names import names

ROOT = Path(__file__).resolve().parent.parent.parent
ISS = ROOT / "packaging" / "windows" / "qundesk.iss"
# Messages Inno Setup's Default.isl provides in English only, which the script uses.
STANDARD_CUSTOM_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}


def iss_text() -> str:
    return ISS.read_bytes().decode("utf-8-sig")


def sections() -> dict[str, list[str]]:
    """The script's entries by section; comments and preprocessor lines left out."""
    found: dict[str, list[str]] = {}
    current = ""
    for raw in iss_text().splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "//")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            found.setdefault(current, [])
        else:
            found[current].append(line)
    return found


def entries(section: str) -> list[dict[str, str]]:
    """`Name: "x"; Flags: y` lines as dictionaries."""
    parsed = []
    for line in sections()[section]:
        fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line)
        parsed.append({key: unquote(value.strip()) for key, value in fields})
    return parsed


def unquote(value: str) -> str:
    """An Inno Setup parameter's value: outer quotes off, doubled quotes single."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('""', '"')
    return value


def defines() -> dict[str, str]:
    return dict(re.findall(r'#define (\w+) "([^"]*)"', iss_text()))


def test_the_script_is_utf8_with_a_byte_order_mark() -> None:
    # without the mark Inno Setup reads the script in the ANSI code page: the Chinese garbles
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "群台" in raw.decode("utf-8-sig")


def test_the_installer_knows_the_executables_by_their_names() -> None:
    assert defines()["GuiExe"] == f"{names.WINDOWS_GUI}.exe"
    assert defines()["CliExe"] == f"{names.WINDOWS_CLI}.exe"
    assert names.case_clashes([defines()["GuiExe"], defines()["CliExe"]]) == []


def test_the_shortcuts_say_qundesk_and_qun_tai() -> None:
    display = defines()["DisplayName"]
    assert "群台" in display and "QunDesk" in display
    icons = entries("Icons")
    assert {icon["Name"] for icon in icons} == {
        r"{autoprograms}\{#DisplayName}",
        r"{autodesktop}\{#DisplayName}",
    }
    assert {icon["Filename"] for icon in icons} == {r"{app}\{#GuiExe}"}
    removed = {entry["Name"] for entry in entries("InstallDelete")}
    assert r"{autoprograms}\QunDesk.lnk" in removed  # the old English-only shortcut


def test_the_wizard_speaks_chinese_on_a_chinese_windows() -> None:
    languages = [entry["Name"] for entry in entries("Languages")]
    assert set(languages) == {"en", "zh_CN"}
    setup = sections()["Setup"]
    assert "LanguageDetectionMethod=uilanguage" in setup
    assert "ShowLanguageDialog=auto" in setup
    assert "zh_CN.LanguageID=$0804" in sections()["LangOptions"]
    chinese = dict(line.split("=", 1) for line in sections()["Messages"])
    for page in ("WelcomeLabel1", "SelectDirDesc", "ReadyLabel1", "FinishedHeadingLabel"):
        assert re.search(r"[\u4e00-\u9fff]", chinese[f"zh_CN.{page}"]), page
    for button in ("ButtonNext", "ButtonBack", "ButtonInstall", "ButtonFinish", "ButtonCancel"):
        assert f"zh_CN.{button}" in chinese


def test_every_custom_message_the_script_uses_has_chinese() -> None:
    defined = dict(line.split("=", 1) for line in sections()["CustomMessages"])
    used = set(re.findall(r"\{cm:(\w+)", iss_text()))
    assert used
    for name in used:
        assert f"zh_CN.{name}" in defined, name
        if name not in STANDARD_CUSTOM_MESSAGES:
            assert f"en.{name}" in defined, name


def test_the_command_line_can_be_put_on_the_path_and_is_taken_off_again() -> None:
    (task,) = [task for task in entries("Tasks") if task["Name"] == "addtopath"]
    assert task["Flags"] == "unchecked"  # optional: most owners never open a terminal
    code = iss_text().split("[Code]", 1)[1]
    assert "WizardIsTaskSelected('addtopath')" in code
    assert re.search(r"usPostUninstall then\s+RemoveFromUserPath", code)
    assert "HKEY_CURRENT_USER, EnvironmentKey, 'Path'" in code
    assert "ChangesEnvironment=yes" in sections()["Setup"]


def test_qundesk_files_are_its_own_and_sqlite_files_only_offered() -> None:
    registry = entries("Registry")
    by_key: dict[str, list[dict[str, str]]] = {}
    for entry in registry:
        by_key.setdefault(entry["Subkey"], []).append(entry)
    (own,) = by_key[r"Software\Classes\.qundesk"]
    assert own["ValueData"] == "QunDesk.Database"
    (command,) = by_key[r"Software\Classes\QunDesk.Database\shell\open\command"]
    assert command["ValueData"] == r'"{app}\{#GuiExe}" "%1"'  # paths with spaces stay whole
    for suffix in names.SQLITE_SUFFIXES:
        # never the default program: no value set on the extension's own key
        assert rf"Software\Classes\{suffix}" not in by_key
        (offer,) = by_key[rf"Software\Classes\{suffix}\OpenWithProgids"]
        assert offer["ValueName"] == "QunDesk.Database"
        assert offer["Flags"] == "uninsdeletevalue"
    assert "ChangesAssociations=yes" in sections()["Setup"]
    assert names.OWN_SUFFIX == ".qundesk"


@pytest.fixture
def desktop_entry() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "qundesk.desktop", encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_linux_menu_entry_opens_sqlite_files(desktop_entry: configparser.SectionProxy) -> None:
    assert desktop_entry["Exec"] == "qundesk %f"  # the file manager's file, as `qundesk FILE`
    assert "application/vnd.sqlite3" in desktop_entry["MimeType"].split(";")
    assert desktop_entry["MimeType"].endswith(";")
    # install.sh rewrites Exec to the installed copy and must keep the file argument
    install = (ROOT / "packaging" / "linux" / "install.sh").read_text("utf-8")
    assert re.search(r'Exec=\\"\$target/qundesk\\" %f', install)


@pytest.mark.parametrize("readme", ["README.md", "README.zh_CN.md"])
def test_the_readmes_say_where_each_system_keeps_the_files(
    readme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from platformdirs.macos import MacOS
    from platformdirs.unix import Unix

    from desktop import paths

    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)  # the defaults, as most owners have them
    home = str(Path.home())
    text = (ROOT / readme).read_text("utf-8")
    for system in (MacOS(paths.APP_NAME, paths.APP_AUTHOR), Unix(paths.APP_NAME, paths.APP_AUTHOR)):
        for folder in (system.user_data_dir, system.user_config_dir, system.user_log_dir):
            shown = folder.replace(home, "~", 1)
            assert f"`{shown}`" in text, shown
        assert f"`{system.user_data_dir.replace(home, '~', 1)}/backups`" in text
    # platformdirs on Windows: %LOCALAPPDATA%\author\app, the log in its Logs folder
    for shown in (r"%LOCALAPPDATA%\QunDesk\QunDesk", r"%LOCALAPPDATA%\QunDesk\QunDesk\Logs"):
        assert f"`{shown}`" in text
