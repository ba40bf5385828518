"""`qundesk export`: scope options, clear errors and exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from desktop.__main__ import main


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def test_export_one_group_in_english_masked(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.xlsx"
    scope = ["--group", "城市咖啡沙龙", "--from", "2026-01-01", "--to", "2026-06-30"]
    code = main(
        ["--db", str(demo_file), "export", str(out), *scope, "--mask-contacts", "--lang", "en"]
    )
    assert code == 0
    assert "Exported" in capsys.readouterr().out
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names[0] == "Summary"
    groups = book.get_sheet_by_name("Groups").to_python()
    assert [row[0] for row in groups[1:-2]] == ["城市咖啡沙龙"]  # a blank row, then totals
    members = book.get_sheet_by_name("Members").to_python()
    assert all("*" in row[4] for row in members[1:] if row[4])


def test_partner_export(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "partner.xlsx"
    assert main(["--db", str(demo_file), "export", str(out), "--partner", "王建华"]) == 0
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == ["合作方结算", "分成明细", "月度汇总"]
    assert book.get_sheet_by_name("合作方结算").to_python()[0][0] == "王建华 结算单"


def _members(out: Path) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(out)).get_sheet_by_name("成员名单").to_python()


def test_partner_export_with_members_masked_then_unmasked(demo_file: Path, tmp_path: Path) -> None:
    base = ["--db", str(demo_file), "export"]
    masked = tmp_path / "masked.xlsx"
    flags = ["--partner", "王建华", "--include-members", "--include-nicknames", "--include-notes"]
    assert main([*base, str(masked), *flags]) == 0
    members = _members(masked)
    assert members[0][:2] == ["姓名", "昵称"] and members[0][-1] == "备注"
    assert all(str(row[0]).endswith("**") for row in members[1:])
    full = tmp_path / "full.xlsx"
    assert (
        main([*base, str(full), "--partner", "王建华", "--include-members", "--unmask-names"]) == 0
    )
    members = _members(full)
    assert members[0] == ["姓名", "所在社群", "角色", "首次入群", "会费到期", "状态"]
    assert not any(str(row[0]).endswith("**") for row in members[1:])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--group", "没有这个群"], "no group called “没有这个群”"),
        (["--partner", "nobody"], "no partner called “nobody”"),
        (["--from", "2026-02-30"], "--from “2026-02-30” is not a date"),
        (["--from", "2026-03-01", "--to", "2026-02-01"], "is before --from"),
        (["--include-members"], "go with --partner NAME"),
        (["--unmask-names"], "go with --partner NAME"),
        (["--partner", "王建华", "--include-nicknames"], "goes with --include-members"),
    ],
)
def test_errors_exit_1_and_write_nothing(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.xlsx"
    assert main(["--db", str(demo_file), "export", str(out), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("qundesk: error:") and message in err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]


def test_bad_language_and_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(tmp_path / "x.xlsx"), "--lang", "fr"])
    assert exit_info.value.code == 2
    code = main(["--db", str(tmp_path / "none.sqlite"), "export", str(tmp_path / "x.xlsx")])
    assert code == 1 and "no such database" in capsys.readouterr().err
