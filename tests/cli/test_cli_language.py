"""`qundesk info`, `demo` and `export` print their lines and errors in the UI language the
settings name (English when they name English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.models.core.messages import msg
from tests.cli.test_roster_cli import use_language


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_chinese_ui_speaks_chinese_in_info_demo_and_export(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use_language("zh_CN")
    db = tmp_path / "q.sqlite"
    code, out, _err = run(capsys, "--db", db, "demo", "--members", "5")
    assert code == 0 and out.startswith(f"演示数据已写入 {db}，用时 ")
    assert "名成员" in out and "天活跃数据。" in out
    code, out, _err = run(capsys, "--db", db, "info")
    assert code == 0
    database, schema = out.splitlines()[:2]
    assert database == f"数据库：{db}"
    assert schema.startswith("数据结构版本：") and "（本程序：" in schema
    code, _out, err = run(capsys, "--db", db, "export", tmp_path / "out.txt")
    assert code == 1
    assert err == "qundesk: error: out.txt：导出的是 Excel 工作簿，请以 .xlsx 结尾命名\n"
    code, _out, err = run(capsys, "--db", db, "export", tmp_path / "o.xlsx", "--group", "无此群")
    assert code == 1 and err.startswith("qundesk: error: 没有名为“无此群”的群（现有的群：")
    code, out, _err = run(capsys, "--db", db, "export", tmp_path / "o.xlsx")
    assert code == 0 and out.startswith(f"已导出 {tmp_path / 'o.xlsx'}，用时 ")
    assert "成员 5" in out  # the sheets by their names in the workbook's language
    code, _out, err = run(capsys, "--db", db, "demo", "--members", "-1")
    assert (code, err) == (1, "qundesk: error: --members 必须为 0 或以上\n")
    # a command's data-layer refusal: the message alone, no field code
    code, _out, err = run(capsys, "--db", tmp_path / "none.sqlite", "info")
    assert code == 1 and err.startswith("qundesk: error: ") and "文件不存在" in err
    assert msg("Enter an amount.") == "Enter an amount."  # English again after the command


def test_an_english_ui_speaks_english(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use_language("en")
    db = tmp_path / "q.sqlite"
    code, out, _err = run(capsys, "--db", db, "demo", "--members", "5")
    assert code == 0 and out.startswith(f"Demo written to {db} in ")
    code, _out, err = run(capsys, "--db", db, "export", tmp_path / "out.txt")
    assert err == "qundesk: error: out.txt: the export is an Excel workbook; name it *.xlsx\n"
    code, _out, err = run(capsys, "--db", db, "demo", "--members", "-1")
    assert (code, err) == (1, "qundesk: error: --members must be 0 or more\n")


def test_a_bare_path_to_no_database_is_refused_in_the_ui_language(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use_language("zh_CN")
    code, _out, err = run(capsys, tmp_path / "gone.sqlite")
    gone = tmp_path / "gone.sqlite"
    assert code == 1
    assert err == f"qundesk: error: {gone} 处没有数据库（要在那里新建一个：qundesk --db {gone}）\n"


def test_a_chinese_ui_speaks_chinese_in_the_chat_import(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fixtures = Path(__file__).parents[1] / "fixtures" / "chats"
    use_language("zh_CN")
    db = tmp_path / "q.sqlite"
    code, _out, _err = run(capsys, "--db", db, "demo", "--members", "0")
    assert code == 0
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    code, _out, err = run(capsys, "--db", db, "import", "chat", empty)
    assert (code, err) == (1, f"qundesk: error: {empty}: 文件是空的\n")
    code, _out, err = run(capsys, "--db", db, "import", "chat", fixtures / "chatlab_group.json")
    assert code == 1 and "不知道聊天“" in err and "请用 --group 指定" in err
    code, out, _err = run(
        capsys, "--db", db, "import", "chat", fixtures / "chatlab_group.json", "--dry-run",
        "--group", "读书会·每日干货",
    )  # fmt: skip
    assert code == 0, _err
    assert "  消息：新增 " in out and "试运行：没有写入任何内容。" in out
