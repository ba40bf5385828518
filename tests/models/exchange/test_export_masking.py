"""A masked export holds no contact in any part of the file: sheets, charts, properties."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from desktop.models.exchange.exporting import ExportOptions, export_workbook
from desktop.models.members.drafts import MemberDraft
from desktop.models.members.members import create_member, join_group
from desktop.models.storage.db import Database
from tests.models.exchange.contact_corpus import (
    MEMBER_FOREIGN_PHONE,
    all_contacts,
    compact,
    forms,
    normalised,
    samples,
)

TODAY = dt.date(2026, 11, 23)
WIDE = {"start": dt.date(2000, 1, 1), "end": dt.date(2030, 12, 31), "today": TODAY}
PARTNER = 3  # the demo's accountant: a share in every group
PHONE_LABEL = "直接收入 13900006666"


def _parts(path: Path) -> dict[str, str]:
    """Every part of the .xlsx zip as text: sheets, charts, workbook, properties, relations."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def _leaked(text: str, contacts: list[str]) -> list[str]:
    views = {normalised: normalised(text), compact: compact(text)}
    return [c for c in contacts if any(p.search(views[v]) for v, p in forms(c))]


def _plant_corpus(db: Database) -> str:
    """Put every sample of the corpus into notes, names, titles and labels; return an author."""
    texts = [s.text for s in samples()]
    cycle = itertools.cycle(texts)
    conn = db.conn
    foreign = create_member(db, MemberDraft(name="海外会员", phone=MEMBER_FOREIGN_PHONE))
    join_group(db, foreign, 1, on=TODAY)
    with db.transaction():
        ids = [mid for (mid,) in conn.execute("SELECT id FROM members ORDER BY id")]
        # Notes alone hold the whole corpus; the other places get the next samples in turn.
        per_member = -(-len(texts) // len(ids))
        for mid in ids:
            notes = "；".join(next(cycle) for _ in range(per_member))
            conn.execute("UPDATE members SET notes = ? WHERE id = ?", (notes, mid))
        for mid in ids[:40]:
            conn.execute(
                "UPDATE members SET name = name || ?, nickname = ? WHERE id = ?",
                (next(cycle), next(cycle), mid),
            )
        for (gid,) in conn.execute("SELECT id FROM groups").fetchall():
            conn.execute(
                "UPDATE groups SET name = name || ' ' || ?, theme = ?, audience = ? WHERE id = ?",
                (next(cycle), next(cycle), next(cycle), gid),
            )
            conn.execute(
                "UPDATE group_rules SET text = text || ? WHERE group_id = ?", (next(cycle), gid)
            )
            conn.execute(
                "UPDATE group_thresholds SET description = ? WHERE group_id = ?",
                (next(cycle), gid),
            )
        for (eid,) in conn.execute("SELECT id FROM events").fetchall():
            conn.execute(
                "UPDATE events SET title = title || ?, location = ? WHERE id = ?",
                (next(cycle), next(cycle), eid),
            )
        for (rid,) in conn.execute("SELECT id FROM revenue ORDER BY id").fetchall():
            conn.execute("UPDATE revenue SET note = ? WHERE id = ?", (next(cycle), rid))
        # A category code nobody labelled is shown as it is written.
        conn.execute("UPDATE revenue SET category = ? WHERE id % 97 = 0", (next(cycle),))
        conn.execute("UPDATE partners SET name = name || ? WHERE id = ?", (next(cycle), PARTNER))
        conn.execute(
            "INSERT INTO vocabulary (domain, code, label_zh, label_en) VALUES "
            "('role', 'follower', ?, ''), ('revenue_kind', 'direct', ?, '')",
            (next(cycle), PHONE_LABEL),
        )
    return next(cycle)


@pytest.fixture
def planted(demo_db: Database) -> tuple[Database, str]:
    return demo_db, _plant_corpus(demo_db)


def _export(db: Database, out: Path, author: str, *, mask: bool, partner: bool = True) -> Path:
    """A partner's workbook with everything the owner can add (names in full), or the full one."""
    options = ExportOptions(
        partner_id=PARTNER if partner else None,
        mask_contacts=mask,
        author=author,
        include_members=True,
        include_nicknames=True,
        include_notes=True,
        unmask_names=True,
        **WIDE,  # type: ignore[arg-type]
    )
    export_workbook(db, out, options)
    return out


def _database_contacts(db: Database) -> list[str]:
    found: set[str] = set()
    for wechat, phone, email in db.conn.execute("SELECT wechat_id, phone, email FROM members"):
        found |= {c.lower().lstrip("+") for c in (wechat, phone, email) if len(c) >= 5}
    return sorted(found)


def test_a_masked_export_holds_no_contact_in_any_part(
    planted: tuple[Database, str], tmp_path: Path
) -> None:
    db, author = planted
    contacts = sorted(set(all_contacts()) | set(_database_contacts(db)))
    # Without masking the corpus is in the file, in every kind of part.
    plain = _parts(_export(db, tmp_path / "plain.xlsx", author, mask=False))
    assert _leaked("\n".join(plain.values()), all_contacts()) == all_contacts()
    # Properties (the author) and the statement (group and partner names) carry contacts too.
    for name in ("docProps/core.xml", "xl/worksheets/sheet1.xml"):
        assert _leaked(plain[name], contacts), name

    masked = _parts(_export(db, tmp_path / "masked.xlsx", author, mask=True))
    assert "docProps/app.xml" in masked
    leaks = {name: _leaked(text, contacts) for name, text in masked.items()}
    assert {name: found for name, found in leaks.items() if found} == {}
    whole = normalised("\n".join(masked.values()))  # text is written as &#...; references
    assert whole.count("*****") > len(samples()) // 2  # masked, not dropped
    assert "备用联系方式" in whole and "报名请找她" in whole


def test_a_masked_full_export_holds_no_contact_in_any_part(
    planted: tuple[Database, str], tmp_path: Path
) -> None:
    db, author = planted
    contacts = sorted(set(all_contacts()) | set(_database_contacts(db)))
    # The summary's charts refer to group and partner names: chart parts hold references.
    plain = _parts(_export(db, tmp_path / "plain.xlsx", author, mask=False, partner=False))
    assert _leaked("\n".join(plain.values()), all_contacts()) == all_contacts()
    assert _leaked(plain["xl/worksheets/sheet1.xml"], contacts)
    masked = _parts(_export(db, tmp_path / "masked.xlsx", author, mask=True, partner=False))
    assert {n for n in masked if n.startswith("xl/charts/")}
    leaks = {name: _leaked(text, contacts) for name, text in masked.items()}
    assert {name: found for name, found in leaks.items() if found} == {}


def test_masked_labels_and_the_formulas_that_quote_them_agree(
    planted: tuple[Database, str], tmp_path: Path
) -> None:
    db, author = planted
    out = _export(db, tmp_path / "masked.xlsx", author, mask=True, partner=False)
    book = load_workbook(out)
    revenue = book["收入"]
    kinds = {row[2] for row in revenue.iter_rows(min_row=2, values_only=True) if row[2]}
    assert "直接收入 139*****66" in kinds and PHONE_LABEL not in kinds
    formulas = [
        str(cell.value)
        for row in revenue.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith("=SUMIFS")
    ]
    assert formulas and any('"直接收入 139*****66"' in f for f in formulas)
    assert not any(re.search(r"1390000", f) for f in formulas)
    assert book.properties.creator and "*" in book.properties.creator
