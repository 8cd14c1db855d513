"""`werkfit-cli import`: participants, an attendance grid, certificates or a cohort workbook
from a CSV or XLSX file.

    werkfit-cli import --db PATH FILE [--kind participants|attendance|certificates|workbook]
                       [--cohort CODE] [--module NAME] [--dry-run] [--skip-bad-rows]
                       [--private-notes]

The file is always checked first; problems are printed one per line as
'rij N, kolom X: melding'. Exit codes: 0 imported (or, with --dry-run, checked without
problems), 1 the file has problems (nothing written, unless --skip-bad-rows imported the
good rows), 2 wrong use or the database cannot be used."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from werkfit_desktop.cli.output import complain, number, say
from werkfit_desktop.texts import translate

KINDS = ("participants", "attendance", "certificates", "workbook")


def add_parser(commands, add_target: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `import` on the main parser."""
    parser = commands.add_parser(
        "import",
        help=translate(
            "cli", "Import participants, attendance, certificates or a cohort workbook."
        ),
        description=translate(
            "cli",
            "Import a CSV or XLSX file: participants, an attendance grid of one cohort, "
            "certificates, or a whole cohort workbook. The file is checked first; with "
            "problems nothing is imported, unless --skip-bad-rows is given.",
        ),
    )
    add_target(parser)
    parser.add_argument(
        "file", metavar=translate("cli", "FILE"), help=translate("cli", "The CSV or XLSX file.")
    )
    parser.add_argument(
        "--kind",
        choices=KINDS,
        help=translate("cli", "What the file holds (default: recognised from the column names)."),
    )
    parser.add_argument(
        "--cohort",
        metavar=translate("cli", "CODE"),
        help=translate("cli", "The cohort of an attendance grid, e.g. WF-INST-2026-1."),
    )
    parser.add_argument(
        "--module",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "The module in which sessions that do not exist yet are created."),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "Only check the file and show what would change; write nothing."),
    )
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help=translate("cli", "Import the good rows and leave out the rows with problems."),
    )
    parser.add_argument(
        "--private-notes",
        action="store_true",
        help=translate("cli", "Also import private notes (cohort workbook only)."),
    )


def run(args: argparse.Namespace) -> int:
    from werkfit_desktop.cli.target import describe, open_target
    from werkfit_desktop.services.importing import (
        ImportKind,
        ImportMode,
        ImportRefused,
        apply_import,
        preview_file,
    )

    path = Path(args.file)
    if not path.is_file():
        complain(translate("cli", "The file {path} does not exist.").format(path=path))
        return 2
    if args.db is not None and not Path(args.db).is_file():
        complain(translate("cli", "The database file {path} does not exist.").format(path=args.db))
        return 2
    kind = ImportKind(args.kind) if args.kind else None
    db = open_target(args)
    try:
        preview = preview_file(
            db,
            path,
            kind=kind,
            cohort_code=args.cohort,
            module=args.module,
            include_private_notes=args.private_notes,
        )
        _print_preview(preview, describe(args))
        if not preview.can_import:
            return 1
        if args.dry_run:
            say(translate("cli", "Checked only (--dry-run): nothing was written."))
            return 1 if preview.problems else 0
        if preview.problems and not args.skip_bad_rows:
            complain(
                translate(
                    "cli",
                    "Nothing was imported. Correct the rows above, or give --skip-bad-rows to "
                    "import the other rows.",
                )
            )
            return 1
        mode = ImportMode.SKIP_BAD_ROWS if args.skip_bad_rows else ImportMode.ALL_OR_NOTHING
        if db.path is not None:  # a checked copy first: an import can be undone by restoring it
            from werkfit_desktop.persistence.backup import make_backup

            backup = make_backup(db.path, "import")
            say(translate("cli", "Backup made first: {path}").format(path=backup.path))
        try:
            result = apply_import(db, preview, mode)
        except ImportRefused as refused:
            for line in refused.lines():
                complain(line)
            return 1
    finally:
        db.close()
    say(translate("cli", "Imported:"))
    _table(
        [
            (translate("cli", "Created"), number(result.created)),
            (translate("cli", "Updated"), number(result.updated)),
            (translate("cli", "Skipped"), number(result.skipped)),
        ]
    )
    return 1 if preview.problems else 0


def _print_preview(preview, where: str) -> None:
    say(
        translate("cli", "{file} ({kind}) checked against {database}:").format(
            file=preview.path, kind=_kind_label(preview.kind), database=where
        )
    )
    rows = [
        (translate("cli", "Rows"), number(preview.rows)),
        (translate("cli", "New"), number(len(preview.creates))),
        (translate("cli", "Changed"), number(len(preview.updates))),
        (translate("cli", "Unchanged"), number(len(preview.skips))),
        (translate("cli", "Rows with problems"), number(len(preview.bad_rows))),
    ]
    if preview.counts.get("sessions created"):
        rows.insert(
            2,
            (translate("cli", "New sessions"), number(preview.counts["sessions created"])),
        )
    _table(rows)
    if preview.unknown_columns:
        say(
            translate("cli", "Columns left out (unknown): {columns}").format(
                columns=", ".join(preview.unknown_columns)
            )
        )
    for problem in preview.problems:
        complain(problem.line())


def _table(rows: list[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        say(f"  {label + ':':<{width + 1}} {value}")


def _kind_label(kind) -> str:
    return {
        "participants": translate("cli", "participants"),
        "attendance": translate("cli", "attendance"),
        "certificates": translate("cli", "certificates"),
        "workbook": translate("cli", "cohort workbook"),
    }[str(kind)]
