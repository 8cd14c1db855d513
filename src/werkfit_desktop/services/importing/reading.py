"""Reading a CSV or Excel file into a plain table: the header and the data rows, each with the
row number a spreadsheet shows (the header is usually row 1).

CSV the way Dutch Excel writes it: ';' (or ',' or tab) separated, UTF-8 with or without a
byte-order mark or Windows-1252, quoted fields that hold line breaks. XLSX through openpyxl
with cached values only (formulas are never evaluated; defusedxml guards the XML).

Whatever is wrong with the bytes ends as an UnreadableFile carrying a Problem for the file as
a whole, never as a traceback."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from werkfit_desktop.services.importing.preview import Problem
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

Cell = str | int | float | dt.date | dt.datetime | dt.time | bool | None

MAX_BYTES = 50 * 1024 * 1024  # a larger file is certainly not a participant list
_DELIMITERS = ";,\t"


class UnreadableFile(Exception):
    """The file cannot be read at all; `problem` says why, in the user's language."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem.source_text.format(**problem.values))


def _unreadable(text: str, **values: object) -> UnreadableFile:
    return UnreadableFile(Problem(None, None, text, values))


@dataclass
class Table:
    """A sheet as read: `headers` as written (stripped), `rows` as (row number, cells) with
    as many cells as headers; completely empty rows are left out."""

    headers: list[str]
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)
    header_row: int = 1
    sheet: str | None = None


def is_xlsx(path: Path) -> bool:
    return path.suffix.lower() in (".xlsx", ".xlsm")


def read_table(path: Path | str, sheet: str | None = None) -> Table:
    """The first sheet (or `sheet`) of an XLSX file, or a CSV file. UnreadableFile when the
    file cannot be read, is empty or has no data rows under its header."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(
            QT_TRANSLATE_NOOP("Import", "The file cannot be read: {reason}"),
            reason=exc.strerror or exc,
        ) from None
    if size > MAX_BYTES:
        raise _unreadable(
            QT_TRANSLATE_NOOP("Import", "The file is too large to import ({size} MB)."),
            size=size // (1024 * 1024),
        )
    if path.suffix.lower() == ".xls":
        raise _unreadable(
            QT_TRANSLATE_NOOP(
                "Import",
                "This is an old Excel file (.xls). Save it in Excel as .xlsx or as CSV and "
                "import that file.",
            )
        )
    grid = _read_xlsx(path, sheet) if is_xlsx(path) else _read_csv(path)
    return _table(grid, sheet)


def sheet_names(path: Path | str) -> list[str]:
    """The sheet names of an XLSX file (empty for anything else or an unreadable file)."""
    path = Path(path)
    if not is_xlsx(path):
        return []
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(path, read_only=True)
        try:
            return list(workbook.sheetnames)
        finally:
            workbook.close()
    except Exception:  # noqa: BLE001 - any broken file simply has no sheets to detect
        return []


# ---------------------------------------------------------------- CSV


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise _unreadable(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file cannot be read: it is not a text file in UTF-8 or Windows-1252. "
                "Save it again as CSV (UTF-8).",
            )
        ) from None


def _delimiter(text: str) -> str:
    sample = text[:20000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        pass
    first = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _read_csv(path: Path) -> list[list[Cell]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(
            QT_TRANSLATE_NOOP("Import", "The file cannot be read: {reason}"),
            reason=exc.strerror or exc,
        ) from None
    if b"\x00" in data:
        raise _unreadable(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file cannot be read: it is not a text (CSV) file. Choose a CSV or XLSX file.",
            )
        )
    text = _decode(data)
    delimiter = _delimiter(text)
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise _unreadable(
            QT_TRANSLATE_NOOP("Import", "The file cannot be read: {reason}"), reason=exc
        ) from None


# ---------------------------------------------------------------- XLSX


def _read_xlsx(path: Path, sheet: str | None) -> list[list[Cell]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=False, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, IndexError) as exc:
        raise _not_a_workbook(exc) from None
    except Exception as exc:  # noqa: BLE001 - bad XML and friends: any of them means unreadable
        raise _not_a_workbook(exc) from None
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise _unreadable(
                    QT_TRANSLATE_NOOP("Import", "The workbook has no sheet '{sheet}'."),
                    sheet=sheet,
                )
            worksheet = workbook[sheet]
        else:
            worksheet = workbook.worksheets[0] if workbook.worksheets else None
        if worksheet is None:
            return []
        return _worksheet_grid(worksheet)
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged sheet: say so, never a traceback
        raise _not_a_workbook(exc) from None
    finally:
        workbook.close()


def _not_a_workbook(exc: Exception) -> UnreadableFile:
    return _unreadable(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file cannot be read as an Excel workbook (.xlsx): {reason}. Open it in "
            "Excel and save it again as .xlsx, or save it as CSV.",
        ),
        reason=str(exc) or type(exc).__name__,
    )


def _worksheet_grid(worksheet) -> list[list[Cell]]:
    grid: list[list[Cell]] = [list(row) for row in worksheet.iter_rows(values_only=True)]
    first_filled = next(
        (i for i, row in enumerate(grid) if any(_clean(v) is not None for v in row)), None
    )
    for merged in list(worksheet.merged_cells.ranges):
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for r in range(top, min(merged.max_row, len(grid))):
            for c in range(left, merged.max_col):
                if (r, c) == (top, left) or c >= len(grid[r]):
                    continue
                # A header merged across columns names only its first column; merged data
                # cells (a cohort code over several rows) hold the value for every row.
                if r == first_filled and r == top:
                    continue
                grid[r][c] = value
    return grid


# ---------------------------------------------------------------- both


def _clean(value) -> Cell:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        if value.is_integer() and abs(value) < 1e15:
            return int(value)
    return value


def _table(grid: list[list[Cell]], sheet: str | None) -> Table:
    rows = [[_clean(v) for v in row] for row in grid]
    numbered = [(i + 1, row) for i, row in enumerate(rows) if any(v is not None for v in row)]
    if not numbered:
        raise _unreadable(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    header_row, header = numbered[0]
    data = numbered[1:]
    width = max(len(row) for _, row in numbered)
    # Trailing columns without a header and without data are left out.
    while width and (
        (len(header) < width or header[width - 1] is None)
        and all(len(row) < width or row[width - 1] is None for _, row in data)
    ):
        width -= 1
    headers = [_header_text(header[i] if i < len(header) else None) for i in range(width)]
    table = Table(headers=headers, header_row=header_row, sheet=sheet)
    for number, row in data:
        cells = (row + [None] * width)[:width]
        if any(v is not None for v in cells):
            table.rows.append((number, cells))
    if not table.rows:
        raise _unreadable(
            QT_TRANSLATE_NOOP(
                "Import", "The file has a header row but no data rows under it: nothing to import."
            )
        )
    return table


def _header_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return (
            value.strftime("%d-%m-%Y") if value.time() == dt.time() else f"{value:%d-%m-%Y %H:%M}"
        )
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return " ".join(str(value).split())
