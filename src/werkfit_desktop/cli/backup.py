"""`werkfit-cli backup`, `restore` and `backups`: backups of a database file.

    werkfit-cli backup --db PATH [--out FILE] [--folder DIR]
    werkfit-cli restore --db PATH FILE [--folder DIR]
    werkfit-cli backups --db PATH [--folder DIR]

A backup goes into the backup folder beside the database (`<stem>-backups/`) unless --out
names a file or --folder another folder. A restore first backs up the current state, so it
can be undone by restoring that backup. Exit codes: 0 done, 1 refused (no such database or
backup), 2 wrong use or the database cannot be used (e.g. open in Werkfit Desktop)."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from werkfit_desktop.cli.output import complain, number, say
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.persistence.backup import (
    backup_file,
    backup_folder,
    make_backup,
    restore_backup,
)
from werkfit_desktop.persistence.migrate import read_revision
from werkfit_desktop.services.backups import REASON_LABELS, BackupSummary, backup_summaries
from werkfit_desktop.texts import translate

COMMANDS = ("backup", "restore", "backups")


def _add_database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        required=True,
        type=Path,
        metavar=translate("cli", "PATH"),
        help=translate("cli", "The database file."),
    )
    parser.add_argument(
        "--folder",
        type=Path,
        metavar=translate("cli", "FOLDER"),
        help=translate(
            "cli", "The backup folder (default: <name>-backups beside the database file)."
        ),
    )


def add_parsers(commands) -> None:
    """Register `backup`, `restore` and `backups` on the main parser."""
    backup = commands.add_parser(
        "backup",
        help=translate("cli", "Make a verified backup of a database file."),
        description=translate(
            "cli",
            "Make a backup of a database file with SQLite's backup API (safe while Werkfit "
            "Desktop has the file open) and check the copy. It goes into the backup folder, "
            "named with the date, the time and 'manual', unless --out names a file.",
        ),
    )
    _add_database(backup)
    backup.add_argument(
        "--out",
        type=Path,
        metavar=translate("cli", "FILE"),
        help=translate(
            "cli", "Write the backup to this file instead (an existing file is replaced)."
        ),
    )

    restore = commands.add_parser(
        "restore",
        help=translate("cli", "Put a backup back into a database file (can be undone)."),
        description=translate(
            "cli",
            "Put a backup back into a database file. The current state is backed up first "
            "(reason 'restore'), so restoring that backup undoes this. Close Werkfit Desktop "
            "first: a database that is open is not restored.",
        ),
    )
    _add_database(restore)
    restore.add_argument(
        "backup",
        type=Path,
        metavar=translate("cli", "FILE"),
        help=translate("cli", "The backup: a path, or a file name in the backup folder."),
    )

    listing = commands.add_parser(
        "backups",
        help=translate("cli", "List a database's backups with what they hold."),
        description=translate(
            "cli",
            "List the backups of a database file, newest first: date and time, why it was "
            "made, size, participants and coaching notes, and the file name.",
        ),
    )
    _add_database(listing)


def file_size(size: int) -> str:
    """Dutch file size: '512 bytes', '34,5 kB', '1,2 MB' (powers of 1024, as Qt shows them)."""
    if size < 1024:
        return translate("cli", "{count} bytes").format(count=size)
    for unit in ("kB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{size:.1f}".replace(".", ",") + f" {unit}"
    raise AssertionError  # pragma: no cover


def made_at_text(summary) -> str:
    return f"{format_date(summary.made_at.date())} {summary.made_at:%H:%M}"


def _missing_database(path: Path) -> int:
    complain(
        translate("cli", "The database {path} does not exist; nothing has been changed.").format(
            path=path
        )
    )
    return 1


def run(args: argparse.Namespace) -> int:
    command = {"backup": run_backup, "restore": run_restore, "backups": run_list}[args.command]
    try:
        return command(args)
    except sqlite3.Error as exc:
        complain(
            translate("cli", "The database {path} cannot be used: {reason}").format(
                path=args.db, reason=exc
            )
        )
        return 2


def run_backup(args: argparse.Namespace) -> int:
    if not args.db.is_file():
        return _missing_database(args.db)
    read_revision(args.db)  # refuses another program's file (DatabaseProblem: exit 2)
    if args.out is not None:
        target = backup_file(args.db, args.out)
        size = target.stat().st_size
    else:
        made = make_backup(args.db, "manual", args.folder)
        target, size = made.path, made.size
    say(
        translate("cli", "Backup made and checked: {path} ({size}).").format(
            path=target, size=file_size(size)
        )
    )
    return 0


def _find_backup(args: argparse.Namespace) -> Path | None:
    if args.backup.is_file():
        return args.backup
    in_folder = backup_folder(args.db, args.folder) / args.backup.name
    return in_folder if in_folder.is_file() else None


def run_restore(args: argparse.Namespace) -> int:
    source = _find_backup(args)
    if source is None:
        complain(
            translate("cli", "The backup {file} does not exist (also not in {folder}).").format(
                file=args.backup, folder=backup_folder(args.db, args.folder)
            )
        )
        return 1
    undo = restore_backup(args.db, source, args.folder)
    say(translate("cli", "Restored {path} from {backup}.").format(path=args.db, backup=source))
    if undo is not None:
        say(
            translate(
                "cli", "The state before the restore is kept in {undo}. To undo the restore:"
            ).format(undo=undo.path)
        )
        say(f"  werkfit-cli restore --db {_quoted(args.db)} {_quoted(undo.path)}")
    return 0


def _quoted(path: Path) -> str:
    text = str(path)
    return f'"{text}"' if any(c in text for c in " '\"&;|<>()$`") else text


def summary_lines(summaries: list[BackupSummary]) -> list[str]:
    header = (
        translate("cli", "Date"),
        translate("cli", "Reason"),
        translate("cli", "Size"),
        translate("cli", "Participants"),
        translate("cli", "Notes"),
        translate("cli", "File"),
    )
    damaged = translate("cli", "damaged")
    rows = [
        (
            made_at_text(s),
            translate("Backup", REASON_LABELS[s.reason]),
            file_size(s.size),
            damaged if s.damaged else number(s.participants),
            "" if s.damaged else number(s.notes),
            s.path.name,
        )
        for s in summaries
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    right = {2, 3, 4}
    return [
        "  ".join(
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in (header, *rows)
    ]


def run_list(args: argparse.Namespace) -> int:
    if not args.db.is_file():
        return _missing_database(args.db)
    folder = backup_folder(args.db, args.folder)
    summaries = backup_summaries(args.db, args.folder)
    if not summaries:
        say(
            translate("cli", "No backups of {path} in {folder} yet.").format(
                path=args.db, folder=folder
            )
        )
        return 0
    say(translate("cli", "Backups of {path} in {folder}:").format(path=args.db, folder=folder))
    for line in summary_lines(summaries):
        say(line)
    return 0
