"""Matching a file's headers to the fields of an import, and reading typed values out of
the cells with problems that name the row and the column as the user wrote them.

Header matching ignores case, accents, spaces, hyphens and underscores: 'E-mail', 'email',
'E mail' and 'e_mail' are the same column; the English field names are accepted too."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from werkfit_desktop.domain.dates import format_date, parse_date
from werkfit_desktop.domain.names import fold
from werkfit_desktop.services.importing.preview import Problem
from werkfit_desktop.services.importing.reading import Cell, Table
from werkfit_desktop.texts import QT_TRANSLATE_NOOP


def header_key(text: str | None) -> str:
    """'Uren per week' -> 'urenperweek', 'E-mail' -> 'email', 'Geboortedatum ' -> ..."""
    return re.sub(r"[^0-9a-z]", "", fold(text or ""))


@dataclass(frozen=True)
class Column:
    """A field of an import: its Dutch header (as the template writes it) and other names."""

    key: str  # the field, e.g. "first_name"
    header: str  # the Dutch header, e.g. "voornaam"
    aliases: tuple[str, ...] = ()
    required: bool = False

    def names(self) -> set[str]:
        return {header_key(n) for n in (self.header, self.key, *self.aliases)}


@dataclass
class ColumnMap:
    """Where each known field is in the file (index and header as written)."""

    index: dict[str, int] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)  # headers as written
    unknown_index: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def __contains__(self, key: str) -> bool:
        return key in self.index


def match_columns(headers: list[str], columns: tuple[Column, ...]) -> ColumnMap:
    """Map headers to fields. A field named twice, or a required field missing, is a
    problem with the file as a whole; unknown headers are listed (and ignored)."""
    by_name = {name: column for column in columns for name in column.names()}
    result = ColumnMap()
    for i, header in enumerate(headers):
        column = by_name.get(header_key(header))
        if column is None:
            if header:
                result.unknown.append(header)
                result.unknown_index.append(i)
            continue
        if column.key in result.index:
            result.problems.append(
                Problem(
                    None,
                    header,
                    QT_TRANSLATE_NOOP(
                        "Import", "The column '{column}' appears twice; keep one of them."
                    ),
                    {"column": header},
                )
            )
            continue
        result.index[column.key] = i
        result.written[column.key] = header
    for column in columns:
        if column.required and column.key not in result.index:
            result.problems.append(
                Problem(
                    None,
                    None,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The column '{column}' is missing. Is this the right kind of file? "
                        "The first row must hold the column names.",
                    ),
                    {"column": column.header},
                )
            )
    return result


class RowReader:
    """The typed values of one data row; every value that cannot be read adds a problem
    naming this row and the column as written."""

    def __init__(self, table: Table, columns: ColumnMap, number: int, cells: list[Cell]):
        self.table = table
        self.columns = columns
        self.row = number
        self.cells = cells
        self.problems: list[Problem] = []

    def has(self, key: str) -> bool:
        return key in self.columns

    def raw(self, key: str) -> Cell:
        i = self.columns.index.get(key)
        return None if i is None else self.cells[i]

    def problem(self, key: str | None, text: str, **values: object) -> None:
        column = self.columns.written.get(key) if key else None
        self.problems.append(Problem(self.row, column, text, values, self.table.sheet))

    def text(self, key: str) -> str | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return format_date(value.date())
        if isinstance(value, dt.date):
            return format_date(value)
        if isinstance(value, float):
            return f"{value:g}".replace(".", ",")
        return str(value).strip() or None

    def date(self, key: str) -> dt.date | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value))
        except (ValueError, OverflowError):
            self.problem(
                key,
                QT_TRANSLATE_NOOP(
                    "Import", "'{value}' is not a date; write it as dd-mm-jjjj (e.g. 03-02-1990)."
                ),
                value=value,
            )
            return None

    def number(self, key: str) -> float | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool):
            value = str(value)
        if isinstance(value, int | float):
            return float(value)
        text = str(value).strip().replace(" ", "")
        if re.fullmatch(r"-?\d{1,6}([.,]\d+)?", text):
            return float(text.replace(",", "."))
        self.problem(
            key,
            QT_TRANSLATE_NOOP("Import", "'{value}' is not a number."),
            value=value,
        )
        return None


def data_rows(table: Table, columns: ColumnMap):
    """A RowReader per data row."""
    for number, cells in table.rows:
        yield RowReader(table, columns, number, cells)


def report_progress(progress, done: int, total: int, text: str = "") -> None:
    """Tell the progress handle every 100 rows (and at the end)."""
    if progress is not None and (done % 100 == 0 or done == total):
        progress.update(done, total, text)
