"""`werkfit-cli`: Werkfit Desktop on the command line, without Qt.

    werkfit-cli --version
    werkfit-cli demo --db PATH [--seed N] [--today DATE]
    werkfit-cli check --db PATH
    werkfit-cli export signin --db PATH (--cohort CODE --week 2026-W07 | --session ID) --out FILE.pdf
    werkfit-cli backup --db PATH [--out FILE]
    werkfit-cli restore --db PATH FILE
    werkfit-cli backups --db PATH
    werkfit-cli import --db PATH FILE [--kind KIND] [--cohort CODE] [--dry-run] [--skip-bad-rows]

Everything it says goes through `translate("cli", ...)` (Dutch from werkfit_nl.ts), including
argparse's own words. Exit codes: 0 done, 1 refused or problems found, 2 wrong use or the
database cannot be used."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from werkfit_desktop.cli.output import complain, say
from werkfit_desktop.domain.dates import parse_date
from werkfit_desktop.persistence.errors import DatabaseProblem
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate
from werkfit_desktop.version import __version__

__all__ = ["build_parser", "main"]

# argparse's own error messages (English, from the standard library), said in Dutch.
_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^the following arguments are required: (?P<args>.+)$"),
        QT_TRANSLATE_NOOP("cli", "the following arguments are required: {args}"),
    ),
    (
        re.compile(r"^unrecognized arguments: (?P<args>.+)$"),
        QT_TRANSLATE_NOOP("cli", "unrecognized arguments: {args}"),
    ),
    (
        re.compile(r"^one of the arguments (?P<args>.+) is required$"),
        QT_TRANSLATE_NOOP("cli", "one of the arguments {args} is required"),
    ),
    (
        re.compile(
            r"^argument (?P<arg>.+?): invalid choice: (?P<value>.+?) "
            r"\(choose from (?P<choices>.+)\)$"
        ),
        QT_TRANSLATE_NOOP("cli", "argument {arg}: invalid choice: {value} (choose from {choices})"),
    ),
    (
        re.compile(r"^argument (?P<arg>.+?): invalid \S+ value: (?P<value>.+)$"),
        QT_TRANSLATE_NOOP("cli", "argument {arg}: invalid value: {value}"),
    ),
    (
        re.compile(r"^argument (?P<arg>.+?): expected one argument$"),
        QT_TRANSLATE_NOOP("cli", "argument {arg}: expected one value"),
    ),
    (
        re.compile(r"^argument (?P<arg>.+?): not allowed with argument (?P<other>.+)$"),
        QT_TRANSLATE_NOOP("cli", "argument {arg}: not allowed together with argument {other}"),
    ),
)


def _argparse_error(message: str) -> str:
    for pattern, source in _ARGPARSE_ERRORS:
        match = pattern.match(message)
        if match:
            return translate("cli", source).format(**match.groupdict())
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = translate("cli", "usage:") + " "
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the user's language."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "commands")
        self._optionals.title = translate("cli", "options")
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=translate("cli", "Show this help and stop."),
        )

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(
            2,
            translate("cli", "{prog}: error: {message}").format(
                prog=self.prog, message=_argparse_error(message)
            )
            + "\n",
        )


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "'{value}' is not a date (DD-MM-YYYY or YYYY-MM-DD)").format(
                value=text
            )
        ) from None


def _add_target(parser: argparse.ArgumentParser) -> None:
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--db", metavar=translate("cli", "PATH"), help=translate("cli", "The database file.")
    )
    target.add_argument(
        "--db-url",
        metavar="URL",
        help=translate("cli", "A database URL (SQLAlchemy form) instead of a file."),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="werkfit-cli",
        description=translate(
            "cli",
            "Werkfit Desktop on the command line: create a demo database, check a database file "
            "or export a sign-in sheet.",
        ),
    )
    parser.add_argument(
        "--version", action="store_true", help=translate("cli", "Show the version and stop.")
    )
    commands = parser.add_subparsers(
        dest="command", metavar="{demo,check,export,import,backup,restore,backups}"
    )

    demo = commands.add_parser(
        "demo",
        help=translate("cli", "Fill a new, empty database with a synthetic demo region."),
        description=translate(
            "cli",
            "Fill a new, empty database with a synthetic demo region: two learn-work "
            "companies, employers, programmes, cohorts, participants and everything that "
            "happened in them. Every name is invented. A database that already holds data is "
            "left untouched.",
        ),
    )
    _add_target(demo)
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar=translate("cli", "NUMBER"),
        help=translate(
            "cli",
            "Starting number for the random generator; the "
            "same number gives the same demo (default: 1).",
        ),
    )
    demo.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar=translate("cli", "DATE"),
        help=translate(
            "cli",
            "Make the demo as if today were this date, "
            "DD-MM-YYYY or YYYY-MM-DD (default: the real "
            "date).",
        ),
    )

    check = commands.add_parser(
        "check",
        help=translate("cli", "Check a database file: integrity, references and schema version."),
        description=translate(
            "cli",
            "Check a database file: SQLite's integrity check, the references between tables "
            "(foreign keys) and the schema version. The file is only read.",
        ),
    )
    _add_target(check)

    from werkfit_desktop.cli import export

    export.add_parser(commands, _add_target)

    from werkfit_desktop.cli import importing

    importing.add_parser(commands, _add_target)

    from werkfit_desktop.cli import backup

    backup.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help or a usage error: argparse already said why
        return stop.code if isinstance(stop.code, int) else 2
    if args.version:
        say(translate("cli", "Werkfit Desktop {version}").format(version=__version__))
        return 0
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2

    from werkfit_desktop.cli import check, demo, export, importing
    from werkfit_desktop.cli.target import describe

    command = {
        "demo": demo.run,
        "check": check.run,
        "export": export.run,
        "import": importing.run,
    }.get(args.command)
    if command is None:
        from werkfit_desktop.cli import backup

        command = backup.run  # backup, restore, backups
    try:
        return command(args)
    except DatabaseProblem as problem:
        complain(problem.message())
        return 2
    except (SQLAlchemyError, OSError) as exc:
        complain(
            translate("cli", "The database {path} cannot be used: {reason}").format(
                path=describe(args), reason=exc
            )
        )
        return 2
