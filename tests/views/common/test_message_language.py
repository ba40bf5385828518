"""The data layer's refusals in the UI language, with the field named by its label: one
message of each area (groups, members, calendar, core, storage, dashboard, demo, the sheet
readers, the export) in Chinese and in English, and a form showing one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.calendar.events import EventDraft, create_event
from desktop.models.core import vocabulary
from desktop.models.core.errors import QunDeskError, ValidationError
from desktop.models.dashboard.level_mix import save_level_mix_targets
from desktop.models.demo.demo import generate_demo
from desktop.models.exchange import exporting, sheets
from desktop.models.groups import groups
from desktop.models.groups.groups import GroupDraft
from desktop.models.members.members import MemberDraft, create_member
from desktop.models.storage.db import Database
from desktop.models.storage.settings import zone_named
from desktop.views.calendar.event_dialog import EventDialog
from desktop.views.common.field_labels import error_text, field_label
from tests.views.common.test_translations import use_language  # noqa: F401 (a fixture)

TODAY = dt.date(2026, 11, 23)
START = dt.datetime(2026, 11, 25, 19, 0)


def _group(db: Database, _tmp: Path) -> None:
    groups.create_group(db, GroupDraft(name="  "), today=TODAY)


def _member(db: Database, _tmp: Path) -> None:
    create_member(db, MemberDraft(name=""), today=TODAY)


def _a_group(db: Database) -> int:
    """The one group (made on first use: each case runs once per language)."""
    refs = groups.list_group_refs(db)
    return refs[0].id if refs else groups.create_group(db, GroupDraft(name="读书会"), today=TODAY)


def _event(db: Database, _tmp: Path) -> None:
    gid = _a_group(db)
    create_event(db, EventDraft(group_id=gid, title=" ", starts_at=START, ends_at=START))


def _vocabulary(db: Database, _tmp: Path) -> None:
    vocabulary.add_entry(db, "category", "", "", kind="expense")


def _storage(_db: Database, tmp: Path) -> None:
    Database.open(tmp / "gone.sqlite", create=False)


def _zone(_db: Database, _tmp: Path) -> None:
    zone_named("Mars/Olympus")


def _dashboard(db: Database, _tmp: Path) -> None:
    save_level_mix_targets(db, _a_group(db), (12_000, 0))


def _demo(db: Database, _tmp: Path) -> None:
    _a_group(db)
    generate_demo(db, members=1)


def _sheet(_db: Database, tmp: Path) -> None:
    path = tmp / "名单.txt"
    path.write_bytes(b"\x00\x01binary")
    sheets.read_sheet(path)


def _export(db: Database, tmp: Path) -> None:
    exporting.export_workbook(db, tmp / "x.xlsx", exporting.ExportOptions(lang="fr"))


CASES = [
    (_group, "name", "名称：群需要一个名称。", "Name: A group needs a name."),
    (_member, "name", "名称：需要填写姓名。", "Name: A name is required."),
    (_event, "title", "标题：标题不能为空。", "Title: The title is empty."),
    (
        _vocabulary,
        "label_zh",
        "第 1 行，中文：请填写中文或英文名称。",
        "Row 1, Chinese: Enter a Chinese or English word.",
    ),
    (_storage, "", "文件不存在", "the file does not exist"),
    (_zone, "zone", "时区：“Mars/Olympus”不是时区", 'Time zone: "Mars/Olympus" is not'),
    (_dashboard, "target", "目标占比须在 0% 到 100% 之间。", "Target shares must be between"),
    (_demo, "", "这个数据库已有数据", "this database already has data"),
    (_sheet, "", "名单.txt：", "名单.txt: "),
    (_export, "lang", "未知语言“fr”，请用 zh_CN 或 en", "unknown language “fr”; use zh_CN"),
]


@pytest.mark.parametrize(("refuse", "field", "chinese", "english"), CASES)
def test_each_area_refuses_in_the_ui_language(
    qapp: object,
    database: Database,
    tmp_path: Path,
    use_language: Callable[[str], None],  # noqa: F811
    refuse: Callable[[Database, Path], None],
    field: str,
    chinese: str,
    english: str,
) -> None:
    for language, expected in (("zh_CN", chinese), ("en", english)):
        use_language(language)
        with pytest.raises(QunDeskError) as caught:
            refuse(database, tmp_path)
        if field:
            assert isinstance(caught.value, ValidationError)
            assert caught.value.field.rsplit(".", 1)[-1] == field
        assert expected in error_text(caught.value), (language, error_text(caught.value))


def test_a_field_without_a_label_shows_the_message_alone(
    qapp: object,
    use_language: Callable[[str], None],  # noqa: F811
) -> None:
    use_language("zh_CN")
    assert field_label("fee_minor") == "费用"
    assert field_label("database") == ""
    refusal = ValidationError("database", "磁盘已满")
    assert error_text(refusal) == "磁盘已满"
    assert error_text(ValidationError("fee_minor", "费用不能为负数。", row=3)) == (
        "第 3 行，费用：费用不能为负数。"
    )
    assert error_text(QunDeskError("x")) == "x"


def test_the_event_form_shows_a_refusal_in_chinese(
    qtbot: QtBot,
    database: Database,
    use_language: Callable[[str], None],  # noqa: F811
) -> None:
    use_language("zh_CN")
    gid = groups.create_group(database, GroupDraft(name="读书会"), today=TODAY)
    draft = EventDraft(group_id=gid, title="", starts_at=START, ends_at=START)
    dialog = EventDialog(database, [(gid, "读书会")], [], draft)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.accepted.emit()
    assert dialog.error.text().startswith("标题：标题不能为空。")
    assert dialog.isVisible()
