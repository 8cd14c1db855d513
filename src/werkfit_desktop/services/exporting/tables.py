"""Any list of the app as an Excel workbook (.xlsx) or a CSV file that Dutch Excel opens as is.

A list is columns (a header and a kind) and rows of plain Python values:

    columns = [Column("Naam"), Column("Geboortedatum", ColumnKind.DATE),
               Column("Aanwezigheid", ColumnKind.PERCENT)]
    write_table(path, "Deelnemers", columns, [("Yılmaz, Ayşe", date(1990, 5, 1), 92.3)])

Values by type, whatever the column's kind: None is an empty cell; a `date` is a real date
(dd-mm-jjjj); an int, float or Decimal is a number; a str is text. So a typed column may carry
a word where the screen shows one instead of a value ("geen einddatum").

PERCENT values are given as the app computes them, 0–100 (92.3 means 92,3 %). The workbook
stores the fraction (0.923) formatted as a percentage, so Excel shows "92,3%" and can
calculate with it; the CSV file has the plain number "92,3" (no % sign, no fraction), so
every program reads the same number as the screen.

Formula injection (OWASP, "CSV Injection"): text starting with =, +, -, @, a tab or a CR
could be run as a formula by Excel. In the workbook such text is an explicit string cell
(never a formula, no <f> element) with Excel's quote prefix; in the CSV file it gets a
leading apostrophe. Numbers and dates are typed, so a negative number stays a number.

Files are written atomically: into a temporary file in the same folder, then os.replace, so
a failure (disk full, no permission) never leaves half a file or spoils an older one."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from werkfit_desktop.files import write_with
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

XLSX, CSV = ".xlsx", ".csv"
SUFFIXES = (XLSX, CSV)


class ColumnKind(enum.Enum):
    TEXT = "text"
    DATE = "date"
    INTEGER = "integer"
    DECIMAL = "decimal"
    PERCENT = "percent"  # values 0–100, see the module docstring


@dataclass(frozen=True)
class Column:
    header: str
    kind: ColumnKind = ColumnKind.TEXT
    decimals: int = 1  # DECIMAL and PERCENT: shown in the workbook, written in the CSV file


@dataclass(frozen=True)
class Table:
    """One list ready to write: its title (the sheet's name, the suggested file name), its
    columns and its rows (one tuple of values per row, in column order)."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]


_RISKY_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\000-\010\013\014\016-\037]")  # what openpyxl refuses
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")
_MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
_MAX_WIDTH, _MIN_WIDTH = 60, 8
_DATE_FORMAT = "dd-mm-yyyy"
_DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "TableExport", "Only Excel workbooks (.xlsx) and CSV files (.csv) can be written, not %1."
)
_DEFAULT_TITLE = QT_TRANSLATE_NOOP("TableExport", "List")


def is_risky_text(text: str) -> bool:
    """Would Excel take this text for a formula (or the start of one)?"""
    return text.startswith(_RISKY_START)


def write_table(
    path: Path | str, sheet_title: str, columns: Sequence[Column], rows: Sequence[Sequence]
) -> None:
    """Write the list as a workbook or a CSV file, by the path's suffix (.xlsx or .csv)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == XLSX:
        write_xlsx(path, sheet_title, columns, rows)
    elif suffix == CSV:
        write_csv(path, columns, rows)
    else:
        raise ValueError(translate("TableExport", _NOT_WRITTEN).replace("%1", path.name))


# the workbook ------------------------------------------------------------------------------
def write_xlsx(
    path: Path | str, sheet_title: str, columns: Sequence[Column], rows: Sequence[Sequence]
) -> None:
    """An Excel workbook with one sheet: a bold, frozen header row with an autofilter, real
    date cells (dd-mm-jjjj), numbers as numbers and columns wide enough to read."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(sheet_title)
    widths = [len(c.header) for c in columns]
    bold = Font(bold=True)
    for number, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=number)
        _put_text(cell, column.header)
        cell.font = bold
    for row_number, row in enumerate(rows, start=2):
        for number, (column, value) in enumerate(zip(columns, row, strict=True), start=1):
            shown = _put_value(sheet.cell(row=row_number, column=number), column, value)
            widths[number - 1] = max(widths[number - 1], shown)
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = min(
            _MAX_WIDTH, max(_MIN_WIDTH, width + 2)
        )
    if columns:
        sheet.freeze_panes = "A2"
        last = get_column_letter(len(columns))
        sheet.auto_filter.ref = f"A1:{last}{max(1, len(rows) + 1)}"
    _atomically(Path(path), XLSX, lambda temporary: workbook.save(temporary))


def _put_value(cell, column: Column, value: Any) -> int:
    """Fill one cell; the number of characters it shows (for the column's width)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return 0
    if isinstance(value, dt.datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = _DATETIME_FORMAT
        return len(_DATETIME_FORMAT)
    if isinstance(value, dt.date):
        cell.value = value
        cell.number_format = _DATE_FORMAT
        return len(_DATE_FORMAT)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        if column.kind is ColumnKind.PERCENT:
            cell.value = float(value) / 100
            cell.number_format = "0" + _decimals_format(column.decimals) + "%"
            return len(_csv_number(column, value)) + 1
        cell.value = value
        if column.kind is ColumnKind.INTEGER:
            cell.number_format = "0"
        elif column.kind is ColumnKind.DECIMAL:
            cell.number_format = "0" + _decimals_format(column.decimals)
        return len(_csv_number(column, value))
    text = str(value)
    _put_text(cell, text)
    return max((len(line) for line in text.splitlines()), default=0)


def _put_text(cell, text: str) -> None:
    """An explicit string cell: openpyxl would take '=...' for a formula and '#N/A' for an
    error value, so the type is set after the value."""
    text = _ILLEGAL_XML.sub("", text)[:_MAX_CELL_TEXT]
    cell.value = text
    cell.data_type = "s"
    if is_risky_text(text):
        cell.quotePrefix = True  # Excel keeps it text when the user edits the cell


def _decimals_format(decimals: int) -> str:
    return "." + "0" * decimals if decimals > 0 else ""


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, not starting or ending with '."""
    cleaned = _SHEET_TITLE_BAD.sub("-", title).strip().strip("'")[:31].strip()
    return cleaned or translate("TableExport", _DEFAULT_TITLE)


# the CSV file ------------------------------------------------------------------------------
def write_csv(path: Path | str, columns: Sequence[Column], rows: Sequence[Sequence]) -> None:
    """CSV the way Dutch Excel opens it with a double-click: ';' between fields, UTF-8 with a
    byte order mark (so é and ş survive), CRLF line ends, dates dd-mm-jjjj, a decimal comma
    and no thousands separator."""

    def write(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
            writer.writerow([_csv_text(c.header) for c in columns])
            for row in rows:
                writer.writerow([_csv_field(c, v) for c, v in zip(columns, row, strict=True)])

    _atomically(Path(path), CSV, write)


def _csv_field(column: Column, value: Any) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return _csv_number(column, value)
    return _csv_text(str(value))


def _csv_number(column: Column, value: int | float | Decimal) -> str:
    if isinstance(value, int):
        return str(value)
    decimals = 0 if column.kind is ColumnKind.INTEGER else max(0, column.decimals)
    return f"{value:.{decimals}f}".replace(".", ",")


def _csv_text(text: str) -> str:
    return "'" + text if is_risky_text(text) else text


# writing -----------------------------------------------------------------------------------
def _atomically(path: Path, suffix: str, write: Callable[[str], None]) -> None:
    """Write into a temporary file beside `path`, then put it in place in one step."""
    write_with(path, write)
