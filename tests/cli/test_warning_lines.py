"""`qundesk import members` shows the first 20 warning lines and counts the rest, wording
only the lines it shows (a roster of 100,000 can have tens of thousands)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.cli import WARNINGS_SHOWN
from desktop.models.exchange import import_engine as engine
from desktop.models.exchange.import_engine import Problem


def roster(tmp_path: Path, rows: int) -> Path:
    """`rows` members, each naming a referrer who is nobody: one warning line per row."""
    lines = ["姓名,手机,社群,推荐人"]
    lines += [f"成员{i},1380013{i:04d},读书会,无名氏{i}" for i in range(rows)]
    path = tmp_path / "roster.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


@pytest.mark.parametrize(("rows", "more"), [(20, None), (21, 1), (22, 2)])
def test_the_first_lines_are_shown_and_the_rest_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: int, more: int | None
) -> None:
    assert WARNINGS_SHOWN == 20
    code = main(
        ["--db", str(tmp_path / "q.sqlite"), "import", "members", str(roster(tmp_path, rows))]
    )
    assert code == 0
    err = capsys.readouterr().err.splitlines()
    shown = [line for line in err if line.startswith("warning: row ")]
    assert len(shown) == min(rows, WARNINGS_SHOWN)
    assert shown[0].startswith("warning: row 2: ") and "无名氏0" in shown[0]
    tail = [line for line in err if line.startswith("warning: … and")]
    assert tail == ([] if more is None else [f"warning: … and {more} more"])


def test_problem_lines_word_only_the_first_ones() -> None:
    worded: list[int] = []

    class Counted(Problem):
        def reason(self) -> str:
            worded.append(self.row or 0)
            return super().reason()

    problems = [Counted(row, "姓名", "name", "bad") for row in (9, 3, 5, 3)]
    problems.append(Counted(None, "", "file", "file-wide"))
    first = engine.problem_lines(problems, limit=2)
    assert len(first) == 2 and first[0].endswith("file-wide") and first[1].startswith("row 3: ")
    assert sorted(worded) == [0, 3, 3]  # the file-wide one and row 3's two; not 5 or 9
    assert engine.problem_line_count(problems) == 4  # file-wide, rows 3, 5 and 9
    assert engine.problem_lines(problems) == engine.problem_lines(problems, limit=None)
    assert len(engine.problem_lines(problems)) == 4
