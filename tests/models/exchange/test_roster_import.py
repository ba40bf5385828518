"""A roster as owners keep it: their role words, nickname-only rows, referrers by nickname,
Excel date serials; unknown role values mapped once for the file and remembered."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import from_excel

from desktop.models.core.codes import Role
from desktop.models.core.errors import ValidationError
from desktop.models.exchange import exporting, member_cells, sheets
from desktop.models.exchange import member_import as imp
from desktop.models.exchange.import_engine import Severity
from desktop.models.members import members as m
from desktop.models.members.drafts import MemberDraft
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)
ROSTER = Path(__file__).resolve().parents[2] / "fixtures" / "sheets" / "wps_roster.xlsx"


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def plan(db: Database, path: Path, **options: object) -> imp.ImportPlan:
    return imp.plan_import(db, imp.read_sheet(path), today=TODAY, **options)  # type: ignore[arg-type]


def members_by_name(db: Database) -> dict[str, tuple[object, ...]]:
    """name -> (nickname, WeChat ID, referrer's name, referrer text, role, joined)."""
    rows = db.conn.execute(
        """
        SELECT m.name, m.nickname, m.wechat_id, r.name, m.referrer_text, h.role, s.joined_on
        FROM members m LEFT JOIN members r ON r.id = m.referrer_id
        LEFT JOIN memberships s ON s.member_id = m.id
        LEFT JOIN role_history h ON h.membership_id = s.id AND h.until IS NULL
        """
    ).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


# ---- role words ---------------------------------------------------------------------------

APP_LABELS = [
    ("灵魂人物", "founder"), ("群主", "owner"), ("管理者/小秘书", "admin"),
    ("意见领袖/骨干", "leader"), ("代言人", "spokesperson"), ("活跃分子", "active"),
    ("种子用户", "seed"), ("追随者", "follower"), ("靈魂人物", "founder"),
    ("管理者/小秘書", "admin"), ("意見領袖/骨幹", "leader"), ("活躍分子", "active"),
    ("種子用戶", "seed"), ("追隨者", "follower"), ("Founder / soul figure", "founder"),
    ("Admin / secretary", "admin"), ("Leader / expert", "leader"), ("Seed user", "seed"),
    ("领导者", "leader"), ("意见领袖 / 骨干", "leader"), ("意见领袖／骨干", "leader"),
]  # fmt: skip
COMMON_WORDS = [
    ("管理员", "admin"), ("管理", "admin"), ("小秘书", "admin"), ("助教", "admin"),
    ("核心", "leader"), ("核心成员", "leader"), ("骨干", "leader"), ("KOC", "leader"),
    ("koc", "leader"), ("意见领袖", "leader"), ("活跃", "active"), ("积极分子", "active"),
    ("种子", "seed"), ("种子用户", "seed"), ("成员", "follower"), ("普通成员", "follower"),
    ("群友", "follower"), ("创始人", "founder"), ("主理人", "founder"), ("副群主", "admin"),
]  # fmt: skip


@pytest.mark.parametrize(("word", "code"), APP_LABELS + COMMON_WORDS)
def test_the_apps_labels_and_common_words_are_roles(word: str, code: str) -> None:
    assert member_cells.parse_role(word) == code


@pytest.mark.parametrize("word", ["领读人", "志愿者", "核心 成员 甲", "意见领袖/骨干/群主"])
def test_other_words_are_unknown(word: str) -> None:
    with pytest.raises(ValueError, match="unknown role"):
        member_cells.parse_role(word)


@pytest.mark.parametrize(
    ("given", "code"), [("leader", "leader"), ("意见领袖/骨干", "leader"), ("member", "follower")]
)
def test_a_role_given_by_code_or_name(given: str, code: str) -> None:
    assert member_cells.role_code(given) == code


def test_a_role_that_is_none_is_refused() -> None:
    with pytest.raises(ValidationError, match="“大王” is not a role"):
        member_cells.role_code("大王")


# ---- the WPS roster, whole -------------------------------------------------------------------


def test_unknown_role_values_wait_for_a_mapping(database: Database) -> None:
    the_plan = plan(database, ROSTER)
    assert not the_plan.errors and the_plan.invalid_rows == ()
    assert len(the_plan.rows) == 11
    # one line per distinct value, with its rows; every other word is known
    assert the_plan.unknown_roles == (imp.UnknownRole("领读人", 2, None),)
    with pytest.raises(ValidationError, match="“领读人” \\(2 rows\\)") as refused:
        imp.apply_import(database, the_plan, create_groups=True, valid_only=True)
    assert refused.value.field == "role"
    assert database.counts()["members"] == 0 and member_cells.remembered_roles(database) == {}


def test_the_roster_imports_once_its_roles_are_mapped(database: Database) -> None:
    the_plan = plan(database, ROSTER, role_map={"领读人": "leader"})
    assert the_plan.unknown_roles == (imp.UnknownRole("领读人", 2, "leader"),)
    assert not the_plan.unmapped_roles
    result = imp.apply_import(database, the_plan, create_groups=True)
    assert (result.imported, result.skipped, result.groups_created) == (11, 0, ("读书会",))
    rows = members_by_name(database)
    serial_day = "2025-05-23"  # 45800, as a number and as text
    assert rows["林晓"] == ("墨白", "moba_lin", None, "", "owner", "2024-03-01")
    assert rows["陈思"] == ("小思", "chensi_88", "林晓", "", "leader", serial_day)  # 核心; 墨白
    assert rows["王磊"] == ("", "wanglei01", "林晓", "", "leader", serial_day)  # 骨干; by ID
    assert rows["赵敏"][2:5] == ("林晓", "", "leader")  # 领读人, mapped
    assert rows["周舟"][4] == "leader"  # 意见领袖/骨干, the app's own label
    assert rows["阿木"] == ("阿木", "", None, "", "follower", "2024-06-01")  # nickname only
    assert rows["wx_only_77"] == ("", "wx_only_77", None, "", "follower", "2024-06-02")
    assert rows["刘洋"][2:5] == ("阿木", "", "leader")  # referred by a nickname-only row
    assert rows["吴雨"][2:5] == ("陈思", "", "admin")  # 小思 is 陈思's nickname
    assert rows["钱七"][2:4] == (None, "小雨")  # two members are called 小雨
    (warning,) = the_plan.warnings
    assert (warning.row, warning.column, warning.severity) == (12, "推荐人", Severity.WARNING)
    assert warning.message == "“小雨” matches 2 members; kept as text"
    assert (result.referrers_linked, result.referrers_as_text) == (5, 1)
    # remembered for the next import of any file
    assert member_cells.remembered_roles(database) == {"领读人": "leader"}
    again = plan(database, ROSTER)
    assert again.unknown_roles == (imp.UnknownRole("领读人", 2, "leader"),)
    assert not again.unmapped_roles


def test_a_mapping_given_now_wins_over_the_remembered_one(
    database: Database, tmp_path: Path
) -> None:
    member_cells.remember_roles(database, [("领读人", "leader")])
    path = write_csv(tmp_path / "m.csv", [["姓名", "角色", "群"], ["甲", "领读人", "g"]])
    the_plan = plan(database, path, role_map={"领读人": "follower"})
    assert the_plan.unknown_roles == (imp.UnknownRole("领读人", 1, "follower"),)
    imp.apply_import(database, the_plan, create_groups=True)
    assert members_by_name(database)["甲"][4] == "follower"
    assert member_cells.remembered_roles(database) == {"领读人": "follower"}


def test_a_stored_mapping_that_is_not_a_role_is_ignored(database: Database) -> None:
    member_cells.remember_roles(database, [("领读人", "leader")])
    from desktop.models.storage.settings import set_setting

    set_setting(database, member_cells.ROLE_MAP_SETTING, '{"领读人": "king", "a": "seed"}')
    assert member_cells.remembered_roles(database) == {"a": "seed"}
    set_setting(database, member_cells.ROLE_MAP_SETTING, "not json")
    assert member_cells.remembered_roles(database) == {}


# ---- who a row is ------------------------------------------------------------------------


def test_a_row_needs_a_name_a_nickname_or_a_wechat_id(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv",
        [
            ["姓名", "昵称", "微信号", "手机"],
            ["", "阿木", "", ""],  # 2: nickname only
            ["", "", "wx_only_1", ""],  # 3: WeChat ID only
            ["", "", "", "13800000001"],  # 4: a phone alone tells nobody's name
            ["甲", "", "", ""],  # 5
        ],
    )
    the_plan = plan(database, path)
    (error,) = the_plan.errors
    assert (error.row, error.column) == (4, "姓名")
    assert error.message == "a name, nickname or WeChat ID is required"
    imp.apply_import(database, the_plan, valid_only=True)
    assert sorted(members_by_name(database)) == ["wx_only_1", "甲", "阿木"]


def test_a_file_with_only_a_nickname_column_imports(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["微信昵称", "手机"], ["阿木", "13800000001"]])
    imp.apply_import(database, plan(database, path))
    assert members_by_name(database)["阿木"][0] == "阿木"


def test_a_file_without_name_nickname_or_wechat_columns_is_refused(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "m.csv", [["手机", "邮箱"], ["13800000001", ""]])
    with pytest.raises(ValidationError, match="names, nicknames or WeChat IDs"):
        plan(database, path)


def test_a_field_without_a_column_is_named_by_its_label(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["昵称", "手机"], ["", "13800000001"]])
    (error,) = plan(database, path).errors
    assert (error.column, error.field) == ("Name", "name")  # no 姓名 column: the field's label


def test_a_masked_export_hides_a_wechat_id_standing_for_a_name(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "m.csv", [["微信号"], ["wx_only_77"]])
    imp.apply_import(database, plan(database, path))
    out = tmp_path / "out.xlsx"
    exporting.export_workbook(database, out, exporting.ExportOptions(mask_contacts=True))
    workbook = openpyxl.load_workbook(out, read_only=True)
    cells = [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    workbook.close()
    assert cells and not [c for c in cells if "wx_only_77" in c]


# ---- referrers by nickname ---------------------------------------------------------------------


def test_referrers_by_nickname_in_the_database(database: Database, tmp_path: Path) -> None:
    mo = m.create_member(database, MemberDraft(name="林晓", nickname="墨白"), today=TODAY)
    for name in ("吴雨", "郑雨"):
        m.create_member(database, MemberDraft(name=name, nickname="小雨"), today=TODAY)
    path = write_csv(
        tmp_path / "m.csv",
        [["姓名", "推荐人"], ["甲", "墨白"], ["乙", "小雨"], ["丙", "林晓"]],
    )
    the_plan = plan(database, path)
    assert [(w.row, w.message) for w in the_plan.warnings] == [
        (3, "“小雨” matches 2 members; kept as text")
    ]
    imp.apply_import(database, the_plan)
    rows = members_by_name(database)
    assert rows["甲"][2] == rows["丙"][2] == "林晓" and rows["乙"][2:4] == (None, "小雨")
    assert the_plan.referrers_linked == 2 and mo


def test_a_name_and_a_nickname_alike_are_two_candidates(database: Database, tmp_path: Path) -> None:
    m.create_member(database, MemberDraft(name="小雨"), today=TODAY)
    m.create_member(database, MemberDraft(name="吴雨", nickname="小雨"), today=TODAY)
    path = write_csv(tmp_path / "m.csv", [["姓名", "推荐人"], ["甲", "小雨"]])
    (warning,) = plan(database, path).warnings
    assert "matches 2 members" in warning.message


# ---- Excel date serials ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (45800, "2025-05-23"), (45800.0, "2025-05-23"), ("45800", "2025-05-23"),
        ("45800.75", "2025-05-23"), (45800.99, "2025-05-23"), (" ４５８００ ", "2025-05-23"),
        (1, "1900-01-01"), (59, "1900-02-28"), (61, "1900-03-01"), (2958465, "9999-12-31"),
        (20250523, "2025-05-23"), ("20250523", "2025-05-23"), (dt.date(2025, 5, 23), "2025-05-23"),
    ],
)  # fmt: skip
def test_excel_serials_in_a_date_column(value: sheets.Cell, day: str) -> None:
    assert sheets.parse_day(value, serials=True) == dt.date.fromisoformat(day)


@pytest.mark.parametrize("serial", [1, 59, 61, 367, 45800, 45800.5, 2958465])
def test_serials_agree_with_openpyxl(serial: float) -> None:
    assert sheets.excel_serial_day(serial) == from_excel(serial).date()


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (0, "0 is not an Excel date serial \\(from 1 to 2958465\\)"),
        (0.5, "is not an Excel date serial"), (2958466, "2958466 is not an Excel date serial"),
        ("3000000", "3000000 is not an Excel date serial"),
        (60, "1900-02-29, a day that never was"), (-5, "not an Excel date serial"),
        ("45800x", "“45800x” is not a date"),
    ],
)  # fmt: skip
def test_serials_out_of_range_are_refused(value: sheets.Cell, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        sheets.parse_day(value, serials=True)


def test_without_serials_a_number_is_no_date() -> None:
    with pytest.raises(ValueError, match="a number, not a date"):
        sheets.parse_day(45800)
    with pytest.raises(ValueError, match="not a date"):
        sheets.parse_day("45800")


def test_a_bad_serial_names_its_row_and_field(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv",
        [
            ["姓名", "入群时间", "到期时间", "群"],
            ["甲", "45800", "46000.5", "g"],
            ["乙", "0", "", "g"],
        ],
    )
    the_plan = plan(database, path)
    (error,) = the_plan.errors
    assert (error.row, error.column) == (3, "入群时间")
    assert error.line() == (
        "row 3: 入群时间: 0 is not an Excel date serial (from 1 to 2958465); write it as 2024-03-05"
    )
    (row,) = the_plan.rows
    assert (row.joined, row.paid_until) == (dt.date(2025, 5, 23), dt.date(2025, 12, 9))
    assert row.role == Role.FOLLOWER.value
