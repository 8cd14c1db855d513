"""Backups of a database file, made with SQLite's online backup API (never a plain file
copy: that can catch a live database half-written and misses what is still in the WAL).

Every backup is verified (`PRAGMA integrity_check` on the copy) before it gets its name.
Backups live in a folder beside the database, `<folder>/<stem>-backups/`, unless another
folder is configured (e.g. an external disk), and are named
`<stem>_<YYYY-MM-DD>_<HH-MM-SS>_<reason>.sqlite` in local time, so a person can read them
in a file manager and several databases can share one folder.

Restoring writes the backup INTO the database file with the backup API, after switching the
file out of WAL mode: that switch needs every other connection to be closed (so a restore
under a running app is refused instead of done behind its back) and removes the WAL, so no
old transactions can be replayed over the restored pages. The state before the restore is
backed up first (reason `restore`): a restore can itself be undone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from werkfit_desktop.persistence.errors import DatabaseProblem
from werkfit_desktop.persistence.retention import (
    RetentionPolicy,
    backups_to_keep,
    backups_to_remove,
)
from werkfit_desktop.persistence.sqlite_files import reading_connection
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

__all__ = [
    "REASONS",
    "BackupFile",
    "BackupDamaged",
    "DatabaseBusy",
    "RetentionPolicy",
    "backup_file",
    "backup_folder",
    "backups_to_keep",
    "backups_to_remove",
    "is_good_backup",
    "list_backups",
    "make_backup",
    "restore_backup",
    "thin_backups",
]

REASONS = ("auto", "close", "manual", "migration", "import", "restore", "sync")
SUFFIX = ".sqlite"
_STAMP = "%Y-%m-%d_%H-%M-%S"
# How long a restore waits for other connections to let go before it is refused.
RESTORE_WAIT_SECONDS = 2.0


class BackupDamaged(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The backup {path} is damaged or is not a Werkfit Desktop database; it cannot be "
        "restored. Choose another backup.",
    )


class DatabaseBusy(DatabaseProblem):
    source_text = QT_TRANSLATE_NOOP(
        "DatabaseError",
        "The database {path} is in use by another program or window, so it cannot be "
        "restored now. Close Werkfit Desktop there and try again; nothing has been changed.",
    )


@dataclass(frozen=True)
class BackupFile:
    """One backup in the backup folder, as its name describes it."""

    path: Path
    made_at: dt.datetime  # local time, to the second
    reason: str
    size: int  # bytes


def backup_folder(db_path: Path | str, configured: Path | str | None = None) -> Path:
    """Where the backups of `db_path` go: the configured folder (a relative one counts from
    the database's folder), else `<stem>-backups` beside the database."""
    db_path = Path(db_path)
    if configured:
        folder = Path(configured).expanduser()
        return folder if folder.is_absolute() else db_path.parent / folder
    return db_path.parent / f"{db_path.stem}-backups"


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(db_path.stem)}_(\d{{4}}-\d\d-\d\d_\d\d-\d\d-\d\d)_"
        rf"({'|'.join(REASONS)}){re.escape(SUFFIX)}$"
    )


def _describe(path: Path, pattern: re.Pattern[str]) -> BackupFile | None:
    match = pattern.match(path.name)
    if not match:
        return None
    try:
        made_at = dt.datetime.strptime(match.group(1), _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, made_at, match.group(2), size)


def backup_file(source: Path, target: Path) -> Path:
    """Copy `source` into `target` (replaced if present) and verify the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    with reading_connection(source) as src, contextlib.closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
        # A backup is a single plain file: no WAL beside it to lose when it is copied.
        dst.execute("PRAGMA journal_mode = DELETE")
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise OSError(f"backup of {source} failed its integrity check: {verdict}")
    partial.replace(target)
    return target


def make_backup(
    db_path: Path | str,
    reason: str,
    folder: Path | str | None = None,
    now: dt.datetime | None = None,
) -> BackupFile:
    """Back up `db_path` into its backup folder, verified, named with the time and `reason`.

    Raises OSError (or sqlite3.Error) when the copy cannot be made or fails its check; no
    half-written backup is left behind."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path)
    target_folder = backup_folder(db_path, folder)
    made_at = (now or dt.datetime.now()).replace(microsecond=0)
    # Two backups in one second (a restore and its undo): the later one moves on a second,
    # so no backup is ever overwritten and the names stay in one scheme.
    while (target := target_folder / _file_name(db_path, made_at, reason)).exists():
        made_at += dt.timedelta(seconds=1)
    backup_file(db_path, target)
    return BackupFile(target, made_at, reason, target.stat().st_size)


def _file_name(db_path: Path, made_at: dt.datetime, reason: str) -> str:
    return f"{db_path.stem}_{made_at.strftime(_STAMP)}_{reason}{SUFFIX}"


def list_backups(db_path: Path | str, folder: Path | str | None = None) -> list[BackupFile]:
    """The backups of `db_path` in its backup folder, newest first (files that do not
    follow our naming scheme, e.g. another database's or half-written ones, are left out)."""
    db_path = Path(db_path)
    target_folder = backup_folder(db_path, folder)
    if not target_folder.is_dir():
        return []
    pattern = _name_pattern(db_path)
    found = [b for p in target_folder.iterdir() if (b := _describe(p, pattern)) is not None]
    return sorted(found, key=_age_order, reverse=True)


def _age_order(backup: BackupFile) -> tuple:
    # Within one second (a restore's backup, then the update of the restored file) the
    # file written last comes first.
    try:
        written = backup.path.stat().st_mtime_ns
    except OSError:
        written = 0
    return (backup.made_at, written, backup.path.name)


def thin_backups(
    db_path: Path | str,
    folder: Path | str | None = None,
    policy: RetentionPolicy | None = None,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Delete the backups the retention policy lets go; returns the removed files."""
    backups = list_backups(db_path, folder)
    removed: list[Path] = []
    for backup in backups_to_remove(backups, policy or RetentionPolicy(), now or dt.datetime.now()):
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        removed.append(backup.path)
    return removed


def is_good_backup(path: Path | str) -> bool:
    """True when the file is an undamaged SQLite database with our schema in it."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        with reading_connection(path) as conn:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return False
            return (
                conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
                ).fetchone()[0]
                == 1
            )
    except sqlite3.DatabaseError:
        return False


def _check_revision(backup_path: Path) -> None:
    """Refuse a backup written by a newer version (this one could not open it)."""
    from werkfit_desktop.persistence.errors import DatabaseTooNew
    from werkfit_desktop.persistence.migrate import HEAD_REVISION, read_revision
    from werkfit_desktop.version import __version__

    revision = read_revision(backup_path)
    if revision is None or revision == HEAD_REVISION:
        return
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from werkfit_desktop.persistence.migrate import _alembic_config

    try:
        known = ScriptDirectory.from_config(_alembic_config(None)).get_revision(revision)
    except (CommandError, KeyError):
        known = None
    if known is None:
        raise DatabaseTooNew(str(backup_path), revision=revision, version=__version__)


def restore_backup(
    db_path: Path | str, backup_path: Path | str, folder: Path | str | None = None
) -> BackupFile | None:
    """Put the backup's contents into the database file `db_path`.

    The current state is backed up first (reason `restore`) and that backup is returned:
    restoring it undoes this restore (None when there was no database to keep). Every
    connection to the database must be closed first (the GUI: `Database.close()`; its next
    session reconnects to the restored file). An older backup is brought to this version's
    schema afterwards, as when opening it.

    Raises BackupDamaged, DatabaseTooNew or DatabaseBusy with the database unchanged."""
    db_path, backup_path = Path(db_path), Path(backup_path)
    if not is_good_backup(backup_path):
        raise BackupDamaged(str(backup_path))
    _check_revision(backup_path)
    has_current = db_path.is_file() and db_path.stat().st_size > 0
    undo: BackupFile | None = None

    def keep_current() -> None:
        nonlocal undo
        undo = make_backup(db_path, "restore", folder) if has_current else None

    _write_into(db_path, backup_path, before=keep_current)
    from werkfit_desktop.persistence.migrate import ensure_current

    try:
        ensure_current(db_path)
    except DatabaseProblem:
        # The backup cannot be brought to this version: put the state before back.
        if undo is not None:
            _write_into(db_path, undo.path)
        raise
    return undo


def _write_into(db_path: Path, source: Path, before=None) -> None:
    """Write the database `source` into `db_path` with the backup API (one step, so a
    failure rolls back whole); `before()` runs once no one else has the file open."""
    dst = sqlite3.connect(db_path, timeout=RESTORE_WAIT_SECONDS, isolation_level=None)
    try:
        try:
            # Out of WAL mode: needs all other connections gone, checkpoints and removes
            # the WAL, so nothing of the old state can be replayed over the restored file.
            dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        except sqlite3.OperationalError as exc:
            raise DatabaseBusy(str(db_path)) from exc
        if before is not None:
            before()
        with reading_connection(source) as src:
            src.backup(dst)
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":  # pragma: no cover - the source was checked just before
            raise OSError(f"restored database {db_path} failed its integrity check: {verdict}")
    finally:
        dst.close()
