"""`werkfit-cli demo`: fill a new, empty database with the synthetic demo region."""

from __future__ import annotations

import argparse
import datetime as dt

from werkfit_desktop.cli.output import complain, number, say
from werkfit_desktop.cli.target import describe, open_target
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.persistence.database import is_empty
from werkfit_desktop.services.demo import DatabaseNotEmpty, DemoSummary, create_demo
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

# What the demo made, in the order it is listed.
COUNT_LABELS: tuple[tuple[str, str], ...] = (
    ("organisations", QT_TRANSLATE_NOOP("cli", "Organisations")),
    ("staff", QT_TRANSLATE_NOOP("cli", "Staff members")),
    ("employers", QT_TRANSLATE_NOOP("cli", "Employers")),
    ("programmes", QT_TRANSLATE_NOOP("cli", "Programmes")),
    ("modules", QT_TRANSLATE_NOOP("cli", "Modules")),
    ("cohorts", QT_TRANSLATE_NOOP("cli", "Cohorts")),
    ("participants", QT_TRANSLATE_NOOP("cli", "Participants")),
    ("enrolments", QT_TRANSLATE_NOOP("cli", "Enrolments")),
    ("sessions", QT_TRANSLATE_NOOP("cli", "Training sessions")),
    ("attendance", QT_TRANSLATE_NOOP("cli", "Attendance records")),
    ("observations", QT_TRANSLATE_NOOP("cli", "Skill observations")),
    ("certificates", QT_TRANSLATE_NOOP("cli", "Exams and certificates")),
    ("placement_days", QT_TRANSLATE_NOOP("cli", "Shadowing and practice days")),
    ("outcomes", QT_TRANSLATE_NOOP("cli", "Outcomes")),
    ("coaching_notes", QT_TRANSLATE_NOOP("cli", "After-placement coaching notes")),
    ("skipped_holidays", QT_TRANSLATE_NOOP("cli", "Session dates skipped for public holidays")),
)


def summary_lines(summary: DemoSummary) -> list[str]:
    """One aligned line per count: '  Deelnemers ........ 1.234'."""
    rows = [
        (translate("cli", label), number(getattr(summary, field))) for field, label in COUNT_LABELS
    ]
    label_width = max(len(label) for label, _ in rows)
    value_width = max(len(value) for _, value in rows)
    return [f"  {label + ':':<{label_width + 1}} {value:>{value_width}}" for label, value in rows]


def refuse_not_empty(where: str) -> int:
    complain(
        translate(
            "cli",
            "The database {path} already contains data (participants, programmes or "
            "organisations). The demo only fills a new, empty database; nothing has been changed.",
        ).format(path=where)
    )
    return 1


def run(args: argparse.Namespace) -> int:
    where = describe(args)
    today: dt.date = args.today or dt.date.today()
    db = open_target(args)
    try:
        if not is_empty(db):
            return refuse_not_empty(where)
        try:
            summary = create_demo(db, seed=args.seed, today=today)
        except DatabaseNotEmpty:
            return refuse_not_empty(where)
    finally:
        db.close()
    say(
        translate("cli", "Demo database created in {path} (seed {seed}, date {date}):").format(
            path=where, seed=args.seed, date=format_date(today)
        )
    )
    for line in summary_lines(summary):
        say(line)
    return 0
