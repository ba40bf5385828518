"""Child process: the spreadsheet baselines, each a whole process the parent times.

- `calamine FILE`: read the first worksheet with python-calamine into Python values (what
  an import has to do at the least);
- `cells XLSX PICKLE`: read every sheet of a workbook with calamine and pickle the cells
  (setup for the next one, not timed);
- `dump PICKLE OUT [xlsxwriter|openpyxl]`: write those cells with a bare workbook of the
  library's fastest public streaming mode (XlsxWriter `constant_memory`, the export's
  writer, by default; openpyxl `write_only` for the comparison). Loading the pickle is
  timed separately and printed, so the parent can take it off the wall time, and so is
  the memory the loaded cells take (VmRSS after the load) and the peak while writing
  (VmHWM, reset after the load);
- `sqlite-share IMPORTED OUT`: SQLite's own share of an import, timed: the members,
  tags, memberships and role rows of a database an import wrote, copied by SQL alone
  into a new database the way the import writes them (indexes dropped and rebuilt, the
  dashboard's totals added, one transaction, then closed). No Python touches a row, so
  no import of the same rows into this schema can take less.
"""

from __future__ import annotations

import contextlib
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


def dump(source: Path, target: Path, library: str = "xlsxwriter") -> dict[str, Any]:
    """Write the pickled cells with a bare streaming workbook; the load time apart."""
    started = time.perf_counter()
    with source.open("rb") as fh:
        sheets = pickle.load(fh)
    load = time.perf_counter() - started
    loaded_mb = _status_mb("VmRSS")
    _reset_peak()  # from here the peak is the writing's (Linux)
    if library == "openpyxl":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        for name, rows in sheets:
            sheet = workbook.create_sheet(name)
            for row in rows:
                sheet.append(row)
        workbook.save(target)
    else:
        import xlsxwriter

        options = {
            "constant_memory": True,
            "default_date_format": "yyyy-mm-dd",
            "strings_to_urls": False,
            "strings_to_formulas": False,
        }
        book = xlsxwriter.Workbook(str(target), options)
        for name, rows in sheets:
            sheet = book.add_worksheet(name)
            write_row = sheet.write_row
            for index, row in enumerate(rows):
                write_row(index, 0, row)
        book.close()
    return {
        "load_s": load,
        "loaded_mb": loaded_mb,
        "write_s": time.perf_counter() - started - load,
        "write_peak_mb": _status_mb("VmHWM"),
    }


def _status_mb(field: str) -> float | None:
    """A memory figure of this process from /proc/self/status (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    return None


def _reset_peak() -> None:
    """Start this process's peak resident memory (VmHWM) afresh (Linux)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")


def sqlite_share(source: Path, target: Path) -> dict[str, Any]:
    """Seconds SQLite alone needs to write what an import wrote (see the module text)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from desktop.models.members import bulk
    from desktop.models.storage.db import Database
    from desktop.models.storage.derived import refresh_dashboard_days

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    database = Database.open(target, lock=False)
    conn = database.conn
    started = time.perf_counter()
    conn.execute("ATTACH ? AS imported", (str(source),))
    with database.transaction() as tx:
        tx.execute("PRAGMA defer_foreign_keys = ON")
        tx.execute("INSERT INTO groups SELECT * FROM imported.groups")
        # The import's own steps, so the copy writes the very same way.
        rebuild = bulk.drop_indexes(tx)
        tx.execute("INSERT INTO roster_summary_paused (one) VALUES (1)")
        rebuild.extend(bulk.drop_paused_triggers(tx))
        tx.execute(f"PRAGMA cache_size = -{bulk.IMPORT_CACHE_KIB}")
        for table in bulk.IMPORT_TABLES:
            tx.execute(f"INSERT INTO {table} SELECT * FROM imported.{table}")
        tx.execute("DELETE FROM roster_summary_paused")
        for sql in rebuild:
            tx.execute(sql)
        refresh_dashboard_days(tx, 1)
    conn.execute("DETACH imported")
    database.close()
    return {"seconds": time.perf_counter() - started}


def main(argv: list[str]) -> int:
    """Run one baseline and print its result line."""
    if argv[:1] == ["calamine"] and len(argv) == 2:
        result = read_first_sheet(Path(argv[1]))
    elif argv[:1] == ["cells"] and len(argv) == 3:
        result = save_cells(Path(argv[1]), Path(argv[2]))
    elif argv[:1] == ["dump"] and len(argv) in (3, 4):
        result = dump(Path(argv[1]), Path(argv[2]), *argv[3:])
    elif argv[:1] == ["sqlite-share"] and len(argv) == 3:
        result = sqlite_share(Path(argv[1]), Path(argv[2]))
    else:
        print(
            "usage: probe_files (calamine FILE | cells XLSX PICKLE | dump PICKLE OUT"
            " [xlsxwriter|openpyxl] | sqlite-share IMPORTED OUT)"
        )
        return 2
    print(RESULT_MARK + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
