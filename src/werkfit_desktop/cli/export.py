"""`werkfit-cli export signin`: the sign-in sheet (presentielijst) of a cohort's week or of one
session as a PDF file.

    werkfit-cli export signin --db PATH --cohort CODE --week 2026-W07 --out FILE.pdf
    werkfit-cli export signin --db PATH --session ID --out FILE.pdf

Exit codes: 0 written, 1 the input is wrong (unknown cohort, bad week, no sessions that
week, the file cannot be written), 2 wrong use or the database cannot be used."""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path

from werkfit_desktop.cli import export_reports
from werkfit_desktop.cli.export_sheet import add_sheet_parser, run_sheet
from werkfit_desktop.cli.export_sheets import add_sheets_parser, run_sheets
from werkfit_desktop.cli.export_workbook import add_workbook_parser, run_workbook
from werkfit_desktop.cli.output import complain, number, say
from werkfit_desktop.texts import translate


def add_parser(commands, add_target: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `export` (with its one kind so far, `signin`) on the main parser."""
    export = commands.add_parser(
        "export",
        help=translate("cli", "Export a document as a file: a sign-in sheet as PDF."),
        description=translate(
            "cli",
            "Export a document as a file. So far: the sign-in sheet (presentielijst) of a "
            "cohort's week or of one session, as PDF.",
        ),
    )
    kinds = export.add_subparsers(
        dest="export_kind", metavar="{signin,sheet,sheets,profile,cohort,workbook}"
    )
    kinds.required = True
    signin = kinds.add_parser(
        "signin",
        help=translate("cli", "The sign-in sheet of a cohort's week or of one session, as PDF."),
        description=translate(
            "cli",
            "Write the sign-in sheet of a cohort's week (--cohort and --week) or of one "
            "session (--session) as a PDF file: a row per enrolled participant with a "
            "signature box per training day, and the trainer's signature.",
        ),
    )
    add_target(signin)
    which = signin.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--cohort",
        metavar=translate("cli", "CODE"),
        help=translate("cli", "The cohort's code, e.g. WF-INST-2026-1 (with --week)."),
    )
    which.add_argument(
        "--session",
        metavar="ID",
        help=translate("cli", "The id of one session (instead of --cohort and --week)."),
    )
    signin.add_argument(
        "--week",
        metavar=translate("cli", "WEEK"),
        help=translate("cli", "The ISO week with its week-year, e.g. 2026-W07."),
    )
    add_sheet_parser(kinds, add_target)
    add_sheets_parser(kinds, add_target)
    add_workbook_parser(kinds, add_target)
    signin.add_argument(
        "--out",
        required=True,
        metavar=translate("cli", "FILE"),
        help=translate("cli", "The PDF file to write (an existing file is replaced)."),
    )
    export_reports.add_parsers(kinds, add_target)  # profile, cohort


def run(args: argparse.Namespace) -> int:
    if args.export_kind == "signin":
        return run_signin(args)
    if args.export_kind == "sheet":
        return run_sheet(args)
    if args.export_kind == "sheets":
        return run_sheets(args)
    if args.export_kind == "workbook":
        return run_workbook(args)
    if args.export_kind in export_reports.KINDS:
        return export_reports.run(args)
    return 2  # argparse only lets known kinds through


def _database_missing(args: argparse.Namespace) -> bool:
    return args.db is not None and not Path(args.db).is_file()


def _week_and_cohort(db, args: argparse.Namespace) -> tuple[int, int, str]:
    """Both looked up, so a wrong week and a wrong code are reported together."""
    from werkfit_desktop.services import signin
    from werkfit_desktop.services.validation import ValidationFailed

    errors = []
    week_year = week = 0
    cohort_id = ""
    try:
        week_year, week = signin.parse_iso_week(args.week)
    except ValidationFailed as failed:
        errors += failed.errors
    try:
        cohort_id = signin.find_cohort(db, args.cohort)
    except ValidationFailed as failed:
        errors += failed.errors
    if errors:
        raise ValidationFailed(errors)
    return week_year, week, cohort_id


def run_signin(args: argparse.Namespace) -> int:
    from werkfit_desktop.cli.target import describe, open_target
    from werkfit_desktop.reports.signin_sheet import build_signin_sheet, sheet_title
    from werkfit_desktop.services import signin
    from werkfit_desktop.services.validation import ValidationFailed

    if args.cohort is not None and not args.week:
        complain(translate("cli", "--cohort needs --week, e.g. --week 2026-W07."))
        return 2
    if args.session is not None and args.week:
        complain(translate("cli", "--week goes with --cohort; a session has its own date."))
        return 2
    if _database_missing(args):
        complain(translate("cli", "The database file {path} does not exist.").format(path=args.db))
        return 2
    out = Path(args.out)
    db = open_target(args)
    try:
        if args.session is not None:
            sheet = signin.signin_sheet_for_session(db, args.session.strip())
        else:
            week_year, week, cohort_id = _week_and_cohort(db, args)
            sheet = signin.signin_sheet_for_week(db, cohort_id, week_year, week)
    except ValidationFailed as failed:
        for error in failed.errors:
            complain(error.message())
        return 1
    finally:
        db.close()
    buffer = io.BytesIO()
    pages, warnings = build_signin_sheet(sheet, buffer)
    try:
        out.write_bytes(buffer.getvalue())
    except OSError as exc:
        complain(
            translate("cli", "The file {path} cannot be written: {reason}").format(
                path=out, reason=exc.strerror or exc
            )
        )
        return 1
    for warning in warnings:  # characters the font cannot print (shown as "□"); still 0
        complain(warning)
    say(
        translate("cli", "Sign-in sheet written to {path} ({database}):").format(
            path=out, database=describe(args)
        )
    )
    rows = [
        (translate("cli", "Sheet"), sheet_title(sheet)),
        (translate("cli", "Training sessions"), number(len(sheet.days))),
        (translate("cli", "Participants"), number(len(sheet.participants))),
        (translate("cli", "Pages"), number(pages)),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        say(f"  {label + ':':<{width + 1}} {value}")
    return 0
