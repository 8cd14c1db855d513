"""`werkfit-cli export sheets`: the progress sheets of every member of a cohort, one PDF per
participant named `<cohort>_<number>_<last name>.pdf`, into a folder.

    werkfit-cli export sheets --db PATH --cohort CODE --out DIR [--combined]

--combined writes one PDF `<cohort>_voortgangsrapportages.pdf` with every sheet instead.

Exit codes: 0 all written, 1 the input is wrong (unknown cohort, the folder cannot be used)
or a participant's sheet could not be made (the others are written), 2 wrong use or the
database cannot be used."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from werkfit_desktop.cli.output import complain, number, say
from werkfit_desktop.texts import translate


def add_sheets_parser(kinds, add_target: Callable[[argparse.ArgumentParser], None]) -> None:
    sheets = kinds.add_parser(
        "sheets",
        help=translate("cli", "The progress reports of every member of a cohort, as PDFs."),
        description=translate(
            "cli",
            "Write the progress report (voortgangsrapportage) of every member of a cohort "
            "into a folder, one PDF per participant named <cohort>_<number>_<last name>.pdf.",
        ),
    )
    add_target(sheets)
    sheets.add_argument(
        "--cohort",
        required=True,
        metavar=translate("cli", "CODE"),
        help=translate("cli", "The cohort's code, e.g. WF-INST-2026-1."),
    )
    sheets.add_argument(
        "--out",
        required=True,
        metavar=translate("cli", "FOLDER"),
        help=translate("cli", "The folder for the PDF files (made when missing)."),
    )
    sheets.add_argument(
        "--combined",
        action="store_true",
        help=translate("cli", "Write one PDF with every participant's report instead."),
    )


class _Quiet:
    """A progress handle that never cancels (Ctrl+C still stops; no half file is left)."""

    cancelled = False

    def update(self, done: int, total: int, text: str = "") -> None:
        return None


def run_sheets(args: argparse.Namespace) -> int:
    from werkfit_desktop.cli.target import describe, open_target
    from werkfit_desktop.services.batch_export import export_cohort_sheets
    from werkfit_desktop.services.signin import find_cohort
    from werkfit_desktop.services.validation import ValidationFailed

    if args.db is not None and not Path(args.db).is_file():
        complain(translate("cli", "The database file {path} does not exist.").format(path=args.db))
        return 2
    out = Path(args.out)
    db = open_target(args)
    try:
        try:
            cohort_id = find_cohort(db, args.cohort)
        except ValidationFailed as failed:
            for error in failed.errors:
                complain(error.message())
            return 1
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            complain(
                translate("cli", "The folder {path} cannot be used: {reason}").format(
                    path=out, reason=exc.strerror or exc
                )
            )
            return 1
        result = export_cohort_sheets(db, cohort_id, out, _Quiet(), combined=args.combined)
    finally:
        db.close()
    say(
        translate("cli", "Progress reports written to {path} ({database}): {count}").format(
            path=out, database=describe(args), count=number(len(result.written))
        )
    )
    for path in result.written:
        say(f"  {path.name}")
    for warning in result.warnings:  # characters the font cannot print (shown as "□")
        complain(warning)
    for name, message in result.failed:
        complain(
            translate("cli", "The progress report of {name} could not be made: {reason}").format(
                name=name, reason=message
            )
        )
    return 1 if result.failed else 0
