"""What every import shows before anything is written, and what it did afterwards.

Every kind of import (participants, attendance grid, certificates, cohort workbook) works in
two steps with the same shapes:

    preview = <kind>.preview(db, path, ..., progress=None)   # reads and validates, writes nothing
    result = <kind>.apply(db, preview, mode, progress=None)  # one transaction

A problem names where it is (sheet, row, column as the user sees them in the file) and what is
wrong, in the user's language."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from werkfit_desktop.services.changes import Changes
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate


class ImportKind(enum.StrEnum):
    PARTICIPANTS = "participants"
    ATTENDANCE = "attendance"
    CERTIFICATES = "certificates"
    WORKBOOK = "workbook"


class ImportMode(enum.StrEnum):
    ALL_OR_NOTHING = "all"  # one problem anywhere: nothing is written
    SKIP_BAD_ROWS = "skip"  # everything except the rows listed as wrong


class ProgressHandle(Protocol):
    """ui.tasks.Progress fits: update() raises when the user cancelled."""

    def update(self, done: int, total: int, text: str = "") -> None: ...


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the file. `row` is the row number as a spreadsheet shows it (the
    header is row 1), None for the file as a whole; `column` the header as written in the
    file; `sheet` only for workbooks."""

    row: int | None
    column: str | None
    source_text: str  # English, marked with QT_TRANSLATE_NOOP("Import", ...)
    values: dict[str, object] = field(default_factory=dict)
    sheet: str | None = None
    context: str = "Import"  # "Validation" for a service's own FieldError text

    def message(self, translator=translate) -> str:
        return translator(self.context, self.source_text).format(**self.values)

    def where(self, translator=translate) -> str:
        """'row 4, column geboortedatum' (sheet first for workbooks); '' for the whole file."""
        parts = []
        if self.sheet:
            parts.append(translator("Import", "sheet {sheet}").format(sheet=self.sheet))
        if self.row is not None:
            parts.append(translator("Import", "row {row}").format(row=self.row))
        if self.column:
            parts.append(translator("Import", "column {column}").format(column=self.column))
        return ", ".join(parts)

    def line(self, translator=translate) -> str:
        """'row 4, column geboortedatum: 31-02-1990 is not a date.'"""
        where = self.where(translator)
        return f"{where}: {self.message(translator)}" if where else self.message(translator)


_MARKED = (
    QT_TRANSLATE_NOOP("Import", "sheet {sheet}"),
    QT_TRANSLATE_NOOP("Import", "row {row}"),
    QT_TRANSLATE_NOOP("Import", "column {column}"),
)


@dataclass
class Preview:
    """The validated file: what an import would create, update and skip, and every problem.
    `payload` is the importer's own validated data, handed back to its apply()."""

    kind: ImportKind
    path: Path
    rows: int = 0  # data rows read (header not counted)
    creates: list[str] = field(default_factory=list)  # one human line per record
    updates: list[str] = field(default_factory=list)
    skips: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # e.g. {"sessions created": 3}
    payload: Any = None

    @property
    def bad_rows(self) -> frozenset[tuple[str | None, int]]:
        """(sheet, row) of every row with a problem."""
        return frozenset((p.sheet, p.row) for p in self.problems if p.row is not None)

    @property
    def file_problems(self) -> list[Problem]:
        """Problems with the file as a whole: nothing can be imported while there are any."""
        return [p for p in self.problems if p.row is None]

    @property
    def can_import(self) -> bool:
        """False when the file as a whole is unusable (not even the good rows can go in)."""
        return not self.file_problems


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int  # rows left out (bad rows in SKIP_BAD_ROWS mode, or unchanged)
    changes: Changes
