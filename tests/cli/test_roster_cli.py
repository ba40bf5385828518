"""`qundesk import members` with an owner's roster: --role-map, remembered roles, and the
command's lines in the UI language the settings name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop import paths
from tests.cli.test_import_cli import qundesk

ROSTER = Path(__file__).resolve().parent.parent / "fixtures" / "sheets" / "wps_roster.xlsx"


def roles(db: Path) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return dict(
            conn.execute(
                "SELECT m.name, h.role FROM members m JOIN memberships s ON s.member_id = m.id "
                "JOIN role_history h ON h.membership_id = s.id"
            ).fetchall()
        )
    finally:
        conn.close()


def use_language(language: str) -> None:
    """Save the UI language as the window's settings dialog does (an INI file)."""
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")


def test_an_unknown_role_names_the_value_and_the_option(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "q.sqlite"
    result = qundesk("--db", db, "import", "members", ROSTER, data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "warning: row 12: 推荐人: “小雨” matches 2 members; kept as text",
        "unknown role “领读人” (2 rows): map it with --role-map 领读人=ROLE (ROLE: founder, "
        "owner, admin, leader, spokesperson, active, seed, follower, or a role's name such "
        "as 意见领袖/骨干)",
        "qundesk: error: 1 role values are not known; nothing was imported",
    ]
    assert not db.exists()


def test_role_map_imports_and_is_remembered(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "q.sqlite"
    result = qundesk(
        "--db", db, "import", "members", ROSTER, "--role-map", "领读人=意见领袖/骨干",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Role “领读人” (2 rows) is imported as leader." in result.stdout
    assert "Imported 11 members from wps_roster.xlsx (成员)" in result.stdout
    assert "Referrers linked: 5; kept as text: 1." in result.stdout
    found = roles(db)
    assert (found["赵敏"], found["刘洋"], found["陈思"], found["阿木"]) == (
        "leader", "leader", "leader", "follower",
    )  # fmt: skip
    # Another file with the same word imports without the option.
    other = tmp_path / "more.csv"
    other.write_text("姓名,群身份,所在群\n新人,领读人,读书会\n", encoding="utf-8")
    again = qundesk("--db", db, "import", "members", other, data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    assert "Role “领读人” (1 rows) is imported as leader." in again.stdout
    assert roles(db)["新人"] == "leader"


def test_role_map_mistakes(tmp_path: Path, data_dir: Path) -> None:
    db = tmp_path / "q.sqlite"
    for option, error in [
        ("领读人", "--role-map 领读人: write VALUE=ROLE, such as 领读人=leader"),
        ("领读人=", "--role-map 领读人=: write VALUE=ROLE"),
        ("领读人=大王", "“大王” is not a role; use a role such as founder, owner"),
    ]:
        result = qundesk(
            "--db", db, "import", "members", ROSTER, "--role-map", option, data_dir=data_dir
        )
        assert result.returncode == 1
        assert result.stderr.startswith(f"qundesk: error: {error}"), result.stderr
        assert not db.exists()


def test_a_chinese_ui_speaks_chinese_on_the_command_line(tmp_path: Path, data_dir: Path) -> None:
    use_language("zh_CN")
    db = tmp_path / "q.sqlite"
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,手机,入群时间\n,13800000001,2024-01-01\n甲,,0\n", encoding="utf-8")
    result = qundesk("--db", db, "import", "members", bad, data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "第 2 行：姓名：需要姓名、昵称或微信号"
    assert lines[1].startswith("第 3 行：入群时间：0 不是 Excel 日期序号")
    assert lines[-1].startswith("qundesk: error: 2 行有问题，未导入任何内容")
    roster = qundesk("--db", db, "import", "members", ROSTER, data_dir=data_dir)
    assert "未知角色“领读人”（2 行）" in roster.stderr


def test_an_english_ui_speaks_english(tmp_path: Path, data_dir: Path) -> None:
    use_language("en")
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,手机\n,13800000001\n", encoding="utf-8")
    result = qundesk("--db", tmp_path / "q.sqlite", "import", "members", bad, data_dir=data_dir)
    assert result.stderr.splitlines()[0] == "row 2: 姓名: a name, nickname or WeChat ID is required"
