"""Helpers for the import tests (no tests of their own): writing fixture files in each
dialect, a dump of the whole database to compare before and after, the shared cohort builder."""

from __future__ import annotations

import csv
import importlib.util
import io
import sqlite3
import sys
from pathlib import Path


def write_csv(path: Path, rows: list[list[object]], delimiter=";", encoding="cp1252") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], merge: str | None = None) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def dump(path: Path) -> list[str]:
    """Every table's content as SQL text: equal dumps, equal databases."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def cohort_builder():
    """tests/services/attendance_cohort.py's CohortBuilder (tests are not a package)."""
    if "attendance_cohort" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "attendance_cohort", Path(__file__).parent.parent / "attendance_cohort.py"
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["attendance_cohort"] = module
        spec.loader.exec_module(module)
    return sys.modules["attendance_cohort"].CohortBuilder


def load_helpers():
    return sys.modules[__name__]
