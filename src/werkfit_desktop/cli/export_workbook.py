"""`werkfit-cli export workbook`: the whole of one cohort as an Excel workbook that the app
can import again without loss (see docs/cohort-workbook.md).

    werkfit-cli export workbook --db PATH --cohort CODE --out FILE.xlsx [--private-notes]

Exit codes: 0 written, 1 the input is wrong (unknown cohort, the file cannot be written),
2 wrong use or the database cannot be used."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from werkfit_desktop.cli.output import complain, number, say
from werkfit_desktop.texts import translate


def add_workbook_parser(kinds, add_target: Callable[[argparse.ArgumentParser], None]) -> None:
    workbook = kinds.add_parser(
        "workbook",
        help=translate("cli", "The whole of one cohort as an Excel workbook (.xlsx)."),
        description=translate(
            "cli",
            "Write the whole of one cohort - participants, sessions, attendance, "
            "observations, certificates, practice days, outcomes and after-placement notes - "
            "as an Excel workbook that can be imported again. Private notes only with "
            "--private-notes.",
        ),
    )
    add_target(workbook)
    workbook.add_argument(
        "--cohort",
        required=True,
        metavar=translate("cli", "CODE"),
        help=translate("cli", "The cohort's code, e.g. WF-INST-2026-1."),
    )
    workbook.add_argument(
        "--out",
        required=True,
        metavar=translate("cli", "FILE"),
        help=translate("cli", "The .xlsx file to write (an existing file is replaced)."),
    )
    workbook.add_argument(
        "--private-notes",
        action="store_true",
        help=translate("cli", "Include private after-placement notes."),
    )


def run_workbook(args: argparse.Namespace) -> int:
    from werkfit_desktop.cli.target import describe, open_target
    from werkfit_desktop.services.exporting.workbook import export_cohort_workbook
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
            summary = export_cohort_workbook(db, cohort_id, out, args.private_notes)
        except OSError as exc:
            complain(
                translate("cli", "The file {path} cannot be written: {reason}").format(
                    path=out, reason=exc.strerror or exc
                )
            )
            return 1
    finally:
        db.close()
    say(
        translate("cli", "Cohort workbook of {cohort} written to {path} ({database}):").format(
            cohort=summary.cohort_code, path=out, database=describe(args)
        )
    )
    width = max(len(name) for name in summary.rows)
    for name, count in summary.rows.items():
        say(f"  {name + ':':<{width + 1}} {number(count)}")
    if not summary.private_notes:
        say(translate("cli", "Private notes are not included (use --private-notes)."))
    return 0
