"""`werkfit-cli export profile` and `werkfit-cli export cohort`: the employer profile of a
participant and the overview of a cohort as PDF files.

    werkfit-cli export profile --db PATH --participant D-000123 --out FILE.pdf
    werkfit-cli export cohort --db PATH --cohort CODE --out FILE.pdf

Exit codes: 0 written, 1 the input is wrong (unknown participant or cohort, no consent, the
file cannot be written), 2 wrong use or the database cannot be used."""

from __future__ import annotations

import argparse
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from werkfit_desktop.cli.output import complain, number, say
from werkfit_desktop.texts import translate

KINDS = ("profile", "cohort")


def _out_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        metavar=translate("cli", "FILE"),
        help=translate("cli", "The PDF file to write (an existing file is replaced)."),
    )


def add_parsers(kinds, add_target: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `profile` and `cohort` under `export`."""
    profile = kinds.add_parser(
        "profile",
        help=translate("cli", "A participant's candidate profile for employers, as PDF."),
        description=translate(
            "cli",
            "Write the one-page candidate profile of a participant for employers (strengths, "
            "certificates, availability, ambitions; nothing sensitive) as a PDF file. Only "
            "for a participant who consented to sharing a profile with employers.",
        ),
    )
    add_target(profile)
    profile.add_argument(
        "--participant",
        required=True,
        metavar=translate("cli", "PARTICIPANT-NUMBER"),
        help=translate("cli", "The participant's number, e.g. D-000123."),
    )
    _out_argument(profile)
    cohort = kinds.add_parser(
        "cohort",
        help=translate(
            "cli", "The overview of a cohort (attendance, certificates, outcomes), as PDF."
        ),
        description=translate(
            "cli",
            "Write the overview of a cohort as a PDF file: its participants with attendance "
            "and certificates, attendance per module and per week, and the outcome figures.",
        ),
    )
    add_target(cohort)
    cohort.add_argument(
        "--cohort",
        required=True,
        metavar=translate("cli", "CODE"),
        help=translate("cli", "The cohort's code, e.g. WF-INST-2026-1."),
    )
    _out_argument(cohort)


def run(args: argparse.Namespace) -> int:
    from werkfit_desktop.cli.target import open_target
    from werkfit_desktop.services.validation import ValidationFailed

    if args.db is not None and not Path(args.db).is_file():
        complain(translate("cli", "The database file {path} does not exist.").format(path=args.db))
        return 2
    db = open_target(args)
    buffer = io.BytesIO()
    try:
        if args.export_kind == "profile":
            title, pages, warnings = _profile(db, args.participant, buffer)
        else:
            title, pages, warnings = _cohort(db, args.cohort, buffer)
    except ValidationFailed as failed:
        for error in failed.errors:
            complain(error.message())
        return 1
    finally:
        db.close()
    out = Path(args.out)
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
        translate("cli", "{title} written to {path} ({pages} page(s)).").format(
            title=title, path=out, pages=number(pages)
        )
    )
    return 0


def _profile(db, participant_number: str, buffer) -> tuple[str, int, list[str]]:
    from werkfit_desktop.reports.employer_profile import build_employer_profile
    from werkfit_desktop.services.profile import employer_profile_data, find_participant

    profile = employer_profile_data(db, find_participant(db, participant_number))
    pages, warnings = build_employer_profile(profile, buffer)
    title = translate("Reports", "Candidate profile of {name}").format(name=profile.name)
    return title, pages, warnings


def _cohort(db, code: str, buffer) -> tuple[str, int, list[str]]:
    from werkfit_desktop.reports.cohort_overview import build_cohort_overview
    from werkfit_desktop.services.cohort_overview import cohort_overview_data
    from werkfit_desktop.services.signin import find_cohort

    data = cohort_overview_data(db, find_cohort(db, code), dt.date.today())
    pages, warnings = build_cohort_overview(data, buffer)
    title = translate("Reports", "Cohort overview of {code}").format(code=data.code)
    return title, pages, warnings
