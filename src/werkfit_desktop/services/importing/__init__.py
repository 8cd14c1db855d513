"""Bringing data in from CSV and Excel files: participants, an attendance grid, certificates,
or a whole cohort workbook. See preview.py for the shapes every import shares.

The GUI wizard and the command line use exactly these four functions:

    kind = detect_kind(path)                      # from the headers / sheet names, or None
    preview = preview_file(db, path, kind, ...)   # reads and checks; never writes
    result = apply_import(db, preview, mode)      # ONE transaction
    write_template(kind, "deelnemers.xlsx")       # a file to fill in

apply_import refuses with ImportRefused, writing nothing, when the file as a whole is
unusable, or (ALL_OR_NOTHING) when any row has a problem; SKIP_BAD_ROWS imports every row
except those with a problem."""

from __future__ import annotations

from pathlib import Path

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.importing.common import ImportRefused, check_may_apply
from werkfit_desktop.services.importing.preview import (
    ImportKind,
    ImportMode,
    ImportResult,
    Preview,
    Problem,
    ProgressHandle,
)
from werkfit_desktop.services.importing.templates import write_template
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

__all__ = [
    "ImportKind",
    "ImportMode",
    "ImportRefused",
    "ImportResult",
    "Preview",
    "Problem",
    "ProgressHandle",
    "apply_import",
    "detect_kind",
    "preview_file",
    "write_template",
]

WORKBOOK_SHEETS = ("groep", "deelnemers")


def detect_kind(path: Path | str) -> ImportKind | None:
    """What the file holds, from its sheet names (a cohort workbook has the sheets 'Groep'
    and 'Deelnemers') or its header row; None when it cannot be told (or not read)."""
    from werkfit_desktop.services.importing import attendance, certificates, participants
    from werkfit_desktop.services.importing.columns import match_columns
    from werkfit_desktop.services.importing.reading import UnreadableFile, read_table, sheet_names

    path = Path(path)
    sheets = {name.strip().casefold() for name in sheet_names(path)}
    if all(name in sheets for name in WORKBOOK_SHEETS):
        return ImportKind.WORKBOOK
    try:
        table = read_table(path)
    except UnreadableFile:
        return None
    except Exception:  # noqa: BLE001 - a file we cannot read has no kind
        return None
    if attendance.looks_like_grid(table.headers):
        return ImportKind.ATTENDANCE
    if not match_columns(table.headers, certificates.COLUMNS).problems:
        return ImportKind.CERTIFICATES
    if not match_columns(table.headers, participants.COLUMNS).problems:
        return ImportKind.PARTICIPANTS
    return None


def preview_file(
    db: Database,
    path: Path | str,
    kind: ImportKind | str | None = None,
    cohort_code: str | None = None,
    module: str | None = None,
    include_private_notes: bool = False,
    progress: ProgressHandle | None = None,
) -> Preview:
    """Read and check the file (nothing is written). Every problem, including a file that
    cannot be read at all, is in Preview.problems; this never raises for a bad file
    (only the progress handle's cancel passes through)."""
    path = Path(path)
    if kind is None:
        kind = detect_kind(path)
        if kind is None:
            return _undetected(path)
    kind = ImportKind(kind)
    try:
        if kind == ImportKind.PARTICIPANTS:
            from werkfit_desktop.services.importing import participants

            return participants.preview(db, path, progress=progress)
        if kind == ImportKind.ATTENDANCE:
            from werkfit_desktop.services.importing import attendance

            return attendance.preview(db, path, cohort_code, module, progress=progress)
        if kind == ImportKind.CERTIFICATES:
            from werkfit_desktop.services.importing import certificates

            return certificates.preview(db, path, progress=progress)
        from werkfit_desktop.services.importing import workbook

        return workbook.preview(
            db, path, include_private_notes=include_private_notes, progress=progress
        )
    except (UnicodeError, ValueError, TypeError, KeyError, IndexError, OSError, LookupError) as exc:
        return Preview(kind, path, problems=[_unreadable(exc)])


def _unreadable(exc: Exception) -> Problem:
    return Problem(
        None,
        None,
        QT_TRANSLATE_NOOP("Import", "The file cannot be read: {reason}"),
        {"reason": str(exc) or type(exc).__name__},
    )


def _undetected(path: Path) -> Preview:
    from werkfit_desktop.services.importing.reading import UnreadableFile, read_table

    try:
        read_table(path)
    except UnreadableFile as unreadable:
        return Preview(ImportKind.PARTICIPANTS, path, problems=[unreadable.problem])
    except Exception as exc:  # noqa: BLE001 - whatever it is, it is not readable
        return Preview(ImportKind.PARTICIPANTS, path, problems=[_unreadable(exc)])
    problem = Problem(
        None,
        None,
        QT_TRANSLATE_NOOP(
            "Import",
            "It is not clear what this file holds. The first row must hold the column names: "
            "'voornaam' and 'achternaam' for participants, 'deelnemer' and dates for "
            "attendance, 'deelnemer', 'certificaat' and 'resultaat' for certificates. Or "
            "choose the kind of import yourself.",
        ),
    )
    return Preview(ImportKind.PARTICIPANTS, path, problems=[problem])


def apply_import(
    db: Database,
    preview: Preview,
    mode: ImportMode = ImportMode.ALL_OR_NOTHING,
    progress: ProgressHandle | None = None,
) -> ImportResult:
    """Write what the preview found, in ONE transaction. ImportRefused, with nothing
    written, when the preview may not be applied in this mode (or the database changed
    since the preview so that a row can no longer go in)."""
    mode = ImportMode(mode)
    check_may_apply(preview, mode)
    if preview.kind == ImportKind.PARTICIPANTS:
        from werkfit_desktop.services.importing import participants as importer
    elif preview.kind == ImportKind.ATTENDANCE:
        from werkfit_desktop.services.importing import attendance as importer
    elif preview.kind == ImportKind.CERTIFICATES:
        from werkfit_desktop.services.importing import certificates as importer
    else:
        from werkfit_desktop.services.importing import workbook as importer
    return importer.apply(db, preview, mode, progress=progress)
