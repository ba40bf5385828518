"""`qundesk import members` on hostile files: it never dies, never blocks, stays within
300 MB plus twice the file's unpacked size, escapes what it prints, and leaves no new
database behind when it imports nothing."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.cli.test_cli import qundesk
from tests.models.exchange import hostile_sheets as hs

MB = 1024 * 1024
# The safety net: without the fix calamine asks for hundreds of GB and aborts at once.
ADDRESS_LIMIT = 4 * 1024 * MB
BUDGET = 300 * MB
# Runs the command as its only child under the address-space limit, and writes its exit
# code, peak resident memory and output to a JSON file (argv[1]).
_MEASURE = """
import json, os, resource, subprocess, sys
limit = int(os.environ["QUNDESK_TEST_AS"])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
done = subprocess.run([sys.executable, "-m", "desktop", *sys.argv[2:]], capture_output=True,
                      text=True, timeout=300)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
peak *= 1 if sys.platform == "darwin" else 1024
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"code": done.returncode, "peak": peak, "stdout": done.stdout,
               "stderr": done.stderr}, out)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="rlimits and devices are POSIX")


def measured(tmp_path: Path, data_dir: Path, *args: str | Path) -> dict[str, object]:
    report = tmp_path / "report.json"
    env = {
        **os.environ,
        "QUNDESK_DATA_DIR": str(data_dir),
        "PYTHONIOENCODING": "utf-8",
        "QUNDESK_TEST_AS": str(ADDRESS_LIMIT),
    }
    subprocess.run(
        [sys.executable, "-c", _MEASURE, str(report), *map(str, args)],
        env=env,
        check=True,
        timeout=330,
        cwd=Path(__file__).resolve().parents[2],
    )
    found: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return found


def unpacked(path: Path) -> int:
    if zipfile.is_zipfile(path):
        return sum(info.file_size for info in zipfile.ZipFile(path).infolist())
    return path.stat().st_size


def far_cell(tmp_path: Path, ref: str, dimension: str) -> Path:
    """The reproduction of issue 19: a header, one member, one stray cell far away."""
    number = int("".join(c for c in ref if c.isdigit()))
    rows = (
        hs.row(1, hs.text_cell("A1", "姓名"))
        + hs.row(2, hs.text_cell("A2", "张三"))
        + hs.row(number, hs.text_cell(ref, "x"))
    )
    return hs.workbook(tmp_path / f"{ref}.xlsx", hs.sheet_xml(rows, dimension))


def shared_strings(tmp_path: Path, count: int | None, unique: int | None) -> Path:
    rows = hs.row(1, '<c r="A1" t="s"><v>0</v></c>') + hs.row(2, '<c r="A2" t="s"><v>1</v></c>')
    strings = hs.shared_strings(["姓名", "张三"], count=count, unique=unique)
    return hs.workbook(tmp_path / "sst.xlsx", hs.sheet_xml(rows, "A1:A2"), strings)


def text_bomb(tmp_path: Path) -> Path:
    """A 300 KB workbook holding 300 MB of text in one cell."""
    start = hs.sheet_xml(
        hs.row(1, hs.text_cell("A1", "姓名")) + '<row r="2"><c r="A2" t="inlineStr"><is><t>'
    )
    head, tail = start.split("</sheetData>")
    chunks = [
        head.encode(),
        *(b"a" * MB for _ in range(300)),
        b"</t></is></c></row></sheetData>",
        tail.encode(),
    ]
    stream, size, crc = hs.deflated(chunks)
    path = tmp_path / "text.xlsx"
    path.write_bytes(
        hs.raw_zip(
            [
                ("[Content_Types].xml", hs.CONTENT_TYPES.encode(), None),
                ("_rels/.rels", hs.PACKAGE_RELS.encode(), None),
                ("xl/workbook.xml", hs.WORKBOOK.encode(), None),
                ("xl/_rels/workbook.xml.rels", hs.WORKBOOK_RELS.encode(), None),
                ("xl/worksheets/sheet1.xml", stream, (size, crc)),
            ]
        )
    )
    return path


def blank_lines(tmp_path: Path) -> Path:
    path = tmp_path / "blank.csv"
    path.write_bytes("姓名\n张三\n".encode() + b"\n" * (10 * MB))
    return path


def long_cell(tmp_path: Path) -> Path:
    path = tmp_path / "long.csv"
    path.write_text("姓名,备注\n张三," + "长" * 20_000 + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "code", "said"),
    [
        (lambda p: far_cell(p, "XFD1048576", "A1:XFD1048576"), 0, "Imported 1 members"),
        (lambda p: far_cell(p, "XFD1048576", "A1:A2"), 0, "Imported 1 members"),
        (lambda p: far_cell(p, "Z1048576", "A1:Z1048576"), 0, "Imported 1 members"),
        (lambda p: shared_strings(p, None, 4_000_000_000), 0, "Imported 1 members"),
        (lambda p: shared_strings(p, 4_000_000_000, 4_000_000_000), 0, "Imported 1 members"),
        (text_bomb, 1, "a “zip bomb”"),
        (blank_lines, 0, "Imported 1 members"),
        (long_cell, 1, "row 2: 备注: too long (20,000 characters; at most 10,000)"),
    ],
    ids=[
        "XFD1048576",
        "XFD1048576-lying",
        "Z1048576",
        "sst-unique",
        "sst-both",
        "text-bomb",
        "blank-lines",
        "long-cell",
    ],
)
def test_crafted_files_end_cleanly_within_the_memory_bound(
    tmp_path: Path, data_dir: Path, make: object, code: int, said: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    db = tmp_path / "db" / "t.sqlite"
    result = measured(tmp_path, data_dir, "--db", db, "import", "members", path)
    assert result["code"] == code, result["stderr"]
    assert said in str(result["stdout"]) + str(result["stderr"])
    peak = int(result["peak"])  # type: ignore[call-overload]
    assert peak <= BUDGET + 2 * unpacked(path), f"{peak / MB:.0f} MB"
    if code:
        assert not db.parent.exists()  # refused: nothing made is left behind
    if path.name == "text.xlsx":  # refused before anything was unpacked
        assert peak <= BUDGET


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_pipes_and_devices_are_refused_at_once(tmp_path: Path, data_dir: Path) -> None:
    fifo = tmp_path / "members.csv"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero"), tmp_path):
        # A read would wait for a writer (the pipe) or never end (the device).
        result = qundesk("--db", tmp_path / "x.sqlite", "import", "members", path,
                         data_dir=data_dir, timeout=60)  # fmt: skip
        assert result.returncode == 1
        assert "not a regular file" in result.stderr
        assert not (tmp_path / "x.sqlite").exists()


def test_what_is_printed_cannot_drive_the_terminal(tmp_path: Path, data_dir: Path) -> None:
    dated = tmp_path / "dated.csv"
    dated.write_text("姓名,入群时间\n张三,\x1b[2J2024-13-01\n", encoding="utf-8")
    empty = tmp_path / "bad\x1b]0;owned\x07.csv"
    empty.write_text("\n", encoding="utf-8")
    for path, shown in [
        (dated, "row 2: 入群时间: “\\x1b[2J2024-13-01” is not a date"),  # a cell quoted
        (empty, "qundesk: error: bad\\x1b]0;owned\\x07.csv: the file has no data"),
    ]:
        result = qundesk("--db", tmp_path / "x.sqlite", "import", "members", path,
                         data_dir=data_dir)  # fmt: skip
        assert result.returncode == 1
        assert "\x1b" not in result.stderr and "\x07" not in result.stderr
        assert shown in result.stderr


def test_the_delimiter_can_be_named(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "tabs.csv"
    path.write_text("姓名\t备注\n张三\t烘焙, 阅读, 旅行\n李四\t老客户, 宝妈\n", encoding="utf-8")
    for option, stored in [
        ([], ["张三", "李四"]),  # found from the rows' shape (more commas than tabs)
        (["--delimiter", "tab"], ["张三", "李四"]),
        (["--delimiter", "comma"], ["张三 烘焙", "李四 老客户"]),  # as told, wrongly
    ]:
        db = tmp_path / f"{len(stored[0])}{len(option)}.sqlite"
        result = qundesk("--db", db, "import", "members", path, *option, data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        conn = sqlite3.connect(db)
        try:
            assert [n for (n,) in conn.execute("SELECT name FROM members ORDER BY id")] == stored
        finally:
            conn.close()


def test_a_refused_import_leaves_no_new_database_nor_folders(
    tmp_path: Path, data_dir: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,手机\n张三,123\n", encoding="utf-8")
    db = tmp_path / "new" / "folder" / "x.sqlite"
    result = qundesk("--db", db, "import", "members", bad, data_dir=data_dir)
    assert result.returncode == 1 and "row 2: 手机:" in result.stderr
    assert not (tmp_path / "new").exists()
    # An existing database is kept as it is.
    good = tmp_path / "good.csv"
    good.write_text("姓名\n李四\n", encoding="utf-8")
    assert qundesk("--db", db, "import", "members", good, data_dir=data_dir).returncode == 0
    assert qundesk("--db", db, "import", "members", bad, data_dir=data_dir).returncode == 1
    assert db.exists()
