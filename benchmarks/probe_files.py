"""Child process: the spreadsheet baselines, each a whole process the parent times.

- `calamine FILE`: read the first worksheet with python-calamine into Python values (what
  an import has to do at the least);
- `cells XLSX PICKLE`: read every sheet of a workbook with calamine and pickle the cells
  (setup for the next one, not timed);
- `dump PICKLE OUT`: write those cells with a bare openpyxl write-only workbook. Loading
  the pickle is timed separately and printed, so the parent can take it off the wall time.
"""

from __future__ import annotations

import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

RESULT_MARK = "BENCH-RESULT "


def read_first_sheet(path: Path) -> dict[str, Any]:
    """Every row of the first worksheet as Python values."""
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = workbook.get_sheet_by_index(0).to_python()
    workbook.close()
    return {"rows": len(rows)}


def save_cells(path: Path, target: Path) -> dict[str, Any]:
    """Pickle (sheet name, rows) of every worksheet of `path`."""
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    sheets = []
    cells = 0
    for name in workbook.sheet_names:
        grid = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        # calamine reads a blank cell as ""; the exporter wrote nothing there.
        rows = [[None if value == "" else value for value in row] for row in grid]
        cells += sum(value is not None for row in rows for value in row)
        sheets.append((name, rows))
    workbook.close()
    with target.open("wb") as fh:
        pickle.dump(sheets, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return {"sheets": len(sheets), "cells": cells}


def dump(source: Path, target: Path) -> dict[str, Any]:
    """Write the pickled cells with openpyxl's write-only workbook; the load time apart."""
    started = time.perf_counter()
    with source.open("rb") as fh:
        sheets = pickle.load(fh)
    load = time.perf_counter() - started
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for name, rows in sheets:
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(target)
    return {"load_s": load}


def main(argv: list[str]) -> int:
    """Run one baseline and print its result line."""
    if argv[:1] == ["calamine"] and len(argv) == 2:
        result = read_first_sheet(Path(argv[1]))
    elif argv[:1] == ["cells"] and len(argv) == 3:
        result = save_cells(Path(argv[1]), Path(argv[2]))
    elif argv[:1] == ["dump"] and len(argv) == 3:
        result = dump(Path(argv[1]), Path(argv[2]))
    else:
        print("usage: probe_files (calamine FILE | cells XLSX PICKLE | dump PICKLE OUT)")
        return 2
    print(RESULT_MARK + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
