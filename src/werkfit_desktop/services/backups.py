"""The backups of a database as the restore dialog and `werkfit-cli backups` list them: when,
why, how big, and how many participants and coaching notes each holds (read from the
backup itself, read-only; a damaged backup is listed as damaged, not a crash)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from werkfit_desktop.domain import CoachingNote, Participant
from werkfit_desktop.persistence.backup import BackupFile, list_backups
from werkfit_desktop.persistence.sqlite_files import reading_connection
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

# Why a backup was made, as people read it (the file names keep the English word).
REASON_LABELS: dict[str, str] = {
    "auto": QT_TRANSLATE_NOOP("Backup", "Automatic"),
    "close": QT_TRANSLATE_NOOP("Backup", "On closing"),
    "manual": QT_TRANSLATE_NOOP("Backup", "Made by hand"),
    "migration": QT_TRANSLATE_NOOP("Backup", "Before an update"),
    "import": QT_TRANSLATE_NOOP("Backup", "Before an import"),
    "restore": QT_TRANSLATE_NOOP("Backup", "Before a restore"),
    "sync": QT_TRANSLATE_NOOP("Backup", "Before a synchronisation"),
}


@dataclass(frozen=True)
class BackupSummary:
    """One backup with what it holds; counts are None when it cannot be read."""

    path: Path
    made_at: dt.datetime
    reason: str
    size: int
    participants: int | None
    notes: int | None  # coaching notes (drafts left out)
    damaged: bool


def _count(conn: sqlite3.Connection, table: str, **conditions: str) -> int:
    """Rows of `table` meeting the conditions whose column exists (a backup made before an
    update can lack a newer column, e.g. the notes' `draft`)."""
    columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    where = [sql for column, sql in conditions.items() if column in columns]
    query = f"SELECT count(*) FROM {table}"  # noqa: S608 - names from our own models
    if where:
        query += " WHERE " + " AND ".join(where)
    return conn.execute(query).fetchone()[0]


def _counts(path: Path) -> tuple[int, int]:
    """(participants, coaching notes) still present, as the app would show them; raises
    sqlite3.DatabaseError when the file cannot be read or fails SQLite's quick check."""
    with reading_connection(path) as conn:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(verdict)
        participants = _count(conn, Participant.__tablename__, deleted_at="deleted_at IS NULL")
        notes = _count(
            conn,
            CoachingNote.__tablename__,
            deleted_at="deleted_at IS NULL",
            draft="NOT draft",
        )
    return participants, notes


def summarise(backup: BackupFile) -> BackupSummary:
    """What one backup holds."""
    try:
        participants, notes = _counts(backup.path)
    except sqlite3.Error:
        return BackupSummary(
            backup.path, backup.made_at, backup.reason, backup.size, None, None, True
        )
    return BackupSummary(
        backup.path, backup.made_at, backup.reason, backup.size, participants, notes, False
    )


def backup_summaries(db_path: Path | str, folder: Path | str | None = None) -> list[BackupSummary]:
    """The backups of `db_path`, newest first, each with its counts."""
    return [summarise(backup) for backup in list_backups(db_path, folder)]
