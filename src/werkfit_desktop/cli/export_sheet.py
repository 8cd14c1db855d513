"""`werkfit-cli export sheet`: a participant's progress sheet (voortgangsrapportage) as PDF.

    werkfit-cli export sheet --db PATH --participant D-000123 --out FILE.pdf
        [--from dd-mm-jjjj --to dd-mm-jjjj]

Exit codes: 0 written, 1 the input is wrong (unknown participant, bad date, the file cannot
be written), 2 wrong use or the database cannot be used."""

from __future__ import annotations

import argparse
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from werkfit_desktop.cli.output import complain, number, say
from werkfit_desktop.texts import translate


def add_sheet_parser(kinds, add_target: Callable[[argparse.ArgumentParser], None]) -> None:
    sheet = kinds.add_parser(
        "sheet",
        help=translate("cli", "A participant's progress report, as PDF."),
        description=translate(
            "cli",
            "Write a participant's progress report (voortgangsrapportage) as a PDF file: "
            "attendance, skills, certificates, practice days, goals, outcome and coaching.",
        ),
    )
    add_target(sheet)
    sheet.add_argument(
        "--participant",
        required=True,
        metavar=translate("cli", "NUMBER"),
        help=translate("cli", "The participant's number, e.g. D-000123."),
    )
    sheet.add_argument(
        "--from",
        dest="period_from",
        metavar=translate("cli", "DATE"),
        help=translate("cli", "The first day of the period, dd-mm-jjjj."),
    )
    sheet.add_argument(
        "--to",
        dest="period_to",
        metavar=translate("cli", "DATE"),
        help=translate("cli", "The last day of the period, dd-mm-jjjj."),
    )
    sheet.add_argument(
        "--out",
        required=True,
        metavar=translate("cli", "FILE"),
        help=translate("cli", "The PDF file to write (an existing file is replaced)."),
    )


def _date(text: str | None) -> dt.date | None:
    from werkfit_desktop.domain.dates import parse_date

    if not text:
        return None
    try:
        return parse_date(text.strip())
    except ValueError:
        complain(
            translate("cli", "{text} is not a date; write it as dd-mm-jjjj.").format(text=text)
        )
        raise


def run_sheet(args: argparse.Namespace) -> int:
    from werkfit_desktop.cli.target import describe, open_target
    from werkfit_desktop.reports.progress_sheet import build_progress_sheet
    from werkfit_desktop.services import progress
    from werkfit_desktop.services.validation import ValidationFailed

    if args.db is not None and not Path(args.db).is_file():
        complain(translate("cli", "The database file {path} does not exist.").format(path=args.db))
        return 2
    try:
        start, end = _date(args.period_from), _date(args.period_to)
    except ValueError:
        return 1
    if start and end and end < start:
        complain(translate("cli", "--to lies before --from."))
        return 1
    out = Path(args.out)
    db = open_target(args)
    try:
        participant_id = progress.find_participant(db, args.participant)
        options = progress.SheetOptions(period_from=start, period_to=end)
        sheet = progress.progress_sheet_data(db, participant_id, options)
    except ValidationFailed as failed:
        for error in failed.errors:
            complain(error.message())
        return 1
    finally:
        db.close()
    buffer = io.BytesIO()
    pages, warnings = build_progress_sheet(sheet, buffer)
    try:
        out.write_bytes(buffer.getvalue())
    except OSError as exc:
        complain(
            translate("cli", "The file {path} cannot be written: {reason}").format(
                path=out, reason=exc.strerror or exc
            )
        )
        return 1
    for warning in warnings:
        complain(warning)
    say(
        translate("cli", "Progress report written to {path} ({database}):").format(
            path=out, database=describe(args)
        )
    )
    say(
        f"  {sheet.participant_name} ({sheet.number}), {translate('cli', 'Pages')}: {number(pages)}"
    )
    return 0
