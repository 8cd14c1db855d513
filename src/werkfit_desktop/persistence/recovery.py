"""A damaged database file, found on open: what is wrong, keeping it aside, restoring a backup.

`diagnose()` runs before the file is opened for real. It only reads (a connection that
refuses to write), and it is quick: the 100-byte header is checked by hand (a truncated,
zeroed or foreign file is told apart without SQLite), then SQLite's `quick_check` reads
every page once (not the index cross-check of `integrity_check`).

Nothing is ever deleted: `set_aside()` copies the damaged file and its -wal/-shm to
`<name>.corrupt` (and `<name>.corrupt-wal`, `-shm`, the names SQLite pairs, so the copy
opens as it was). Only `restore_newest()` removes the damaged originals, after they were set
aside, and puts the newest backup that passes its own check in their place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from werkfit_desktop.persistence.backup import (
    BackupFile,
    is_good_backup,
    list_backups,
    restore_backup,
)
from werkfit_desktop.persistence.errors import NotADatabase
from werkfit_desktop.persistence.sqlite_files import file_uri, reading_connection
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate

CONTEXT = "Recovery"
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
COMPANIONS = ("-wal", "-shm")
MAX_DETAILS = 3  # quick_check lines shown to the user


class Damage(Enum):
    """What is wrong with a file; each with the Dutch explanation (via the .ts file)."""

    UNREADABLE = QT_TRANSLATE_NOOP("Recovery", "The file {path} cannot be read ({details}).")
    NOT_A_DATABASE = "not a database"  # said with errors.NotADatabase's text
    HEADER_ZEROED = QT_TRANSLATE_NOOP(
        "Recovery",
        "The beginning of the database file {path} has been wiped (it is all zeros), so the "
        "file can no longer be read as a database.",
    )
    BAD_HEADER = QT_TRANSLATE_NOOP(
        "Recovery",
        "The beginning of the database file {path} is damaged ({details}), so the file can "
        "no longer be read as a database.",
    )
    TRUNCATED = QT_TRANSLATE_NOOP(
        "Recovery",
        "The database file {path} is incomplete: it is {size} bytes, but should be at least "
        "{expected} bytes. Part of it was lost (a copy that broke off, a full disk?).",
    )
    WAL_MISMATCH = QT_TRANSLATE_NOOP(
        "Recovery",
        "The database file {path} has a WAL file beside it ({wal}) that does not belong to "
        "it: together they read as another database. The WAL was probably copied from "
        "elsewhere or left over from an older copy.",
    )
    DAMAGED_PAGES = QT_TRANSLATE_NOOP(
        "Recovery",
        "The database file {path} is damaged inside: SQLite's check found errors ({details}). "
        "Data in it can no longer be trusted.",
    )


@dataclass(frozen=True)
class Diagnosis:
    path: Path
    damage: Damage | None = None
    fields: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.damage is None

    def message(self, translator=translate) -> str:
        """What is wrong, in the user's language; `translator(context, text)`."""
        if self.damage is None:
            return ""
        if self.damage is Damage.NOT_A_DATABASE:  # said as when opening such a file
            return NotADatabase(str(self.path)).message(translator)
        return translator(CONTEXT, self.damage.value).format(path=self.path, **self.fields)


def diagnose(path: Path | str) -> Diagnosis:
    """Check the file at `path` without changing it. A missing or empty file is ok (a new
    database); a database of another program or a newer version is ok here too (opening it
    refuses it with its own message)."""
    path = Path(path)
    try:
        if not path.exists() or (path.is_file() and path.stat().st_size == 0):
            return Diagnosis(path)
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
        size = path.stat().st_size
    except OSError as exc:
        return Diagnosis(path, Damage.UNREADABLE, {"details": exc.strerror or exc})
    found = _check_header(path, header, size)
    if found is not None:
        return found
    return _quick_check(path)


def _check_header(path: Path, header: bytes, size: int) -> Diagnosis | None:
    if len(header) < len(SQLITE_MAGIC) and SQLITE_MAGIC.startswith(header):
        return Diagnosis(path, Damage.TRUNCATED, {"size": size, "expected": HEADER_SIZE})
    if header[:16] != SQLITE_MAGIC:
        if not header[:16].strip(b"\x00"):  # the magic wiped: zeroed, not overwritten
            return Diagnosis(path, Damage.HEADER_ZEROED)
        return Diagnosis(path, Damage.NOT_A_DATABASE)
    if len(header) < HEADER_SIZE:
        return Diagnosis(path, Damage.TRUNCATED, {"size": size, "expected": HEADER_SIZE})
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return _bad_header(path, f"page size {page_size}")
    if header[21:24] != b"\x40\x20\x20":
        return _bad_header(path, "payload fractions")
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        return _bad_header(path, "file format")
    pages = int.from_bytes(header[28:32], "big")
    valid_count = header[24:28] == header[92:96]
    if size < page_size or (valid_count and size < pages * page_size):
        expected = max(page_size, pages * page_size if valid_count else 0)
        return Diagnosis(path, Damage.TRUNCATED, {"size": size, "expected": expected})
    return None


def _bad_header(path: Path, details: str) -> Diagnosis:
    return Diagnosis(path, Damage.BAD_HEADER, {"details": details})


@contextlib.contextmanager
def _looking_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that changes nothing. With a WAL beside the file: read-only, because the
    last read-write connection to close would checkpoint that WAL into the file, and a WAL
    that does not belong to it must stay as found (to be set aside). In a write-protected
    folder, where SQLite cannot make the -shm file, as an immutable file."""
    wal, shm = (path.with_name(path.name + suffix) for suffix in COMPANIONS)
    folder_writable = os.access(path.parent, os.W_OK)
    if not wal.exists() and folder_writable and os.access(path, os.W_OK):
        with reading_connection(path) as conn:
            yield conn
        return
    params = {"mode": "ro"}
    if not folder_writable and not shm.exists():
        params["immutable"] = "1"
    conn = sqlite3.connect(file_uri(path, **params), uri=True, timeout=10.0)
    try:
        yield conn
    finally:
        conn.close()


def _quick_check(path: Path) -> Diagnosis:
    try:
        with _looking_connection(path) as conn:
            lines = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return Diagnosis(path, Damage.DAMAGED_PAGES, {"details": str(exc)})
    if lines != ["ok"]:
        details = "; ".join(lines[:MAX_DETAILS]) + ("; ..." if len(lines) > MAX_DETAILS else "")
        return Diagnosis(path, Damage.DAMAGED_PAGES, {"details": details})
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and not _is_ours(path) and _is_ours(path, without_wal=True):
        return Diagnosis(path, Damage.WAL_MISMATCH, {"wal": wal.name})
    return Diagnosis(path)


def _is_ours(path: Path, without_wal: bool = False) -> bool:
    """Does the database (with its WAL, or the file alone) hold our schema?"""
    if without_wal:  # SQLite always reads a WAL beside the file: look at a lone copy
        with tempfile.TemporaryDirectory(prefix="werkfit-check-") as folder:
            alone = Path(folder) / path.name
            shutil.copyfile(path, alone)
            return _is_ours(alone)
    try:
        with _looking_connection(path) as conn:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError:
        return False
    return "alembic_version" in names or not names


def companions(path: Path) -> list[Path]:
    """The database file with its -wal and -shm, as far as they exist."""
    return [p for p in (path, *(path.with_name(path.name + s) for s in COMPANIONS)) if p.exists()]


def corrupt_name(path: Path) -> Path:
    """`<name>.corrupt`, or `<name>.corrupt-2`... when an earlier one is kept already."""
    candidate, number = path.with_name(path.name + ".corrupt"), 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.corrupt-{number}")
    return candidate


def set_aside(path: Path | str) -> Path:
    """Copy the damaged file (with its -wal and -shm) to `<name>.corrupt`; the original
    stays where it is. Returns the copy's path. Raises OSError when it cannot be copied."""
    path = Path(path)
    target = corrupt_name(path)
    for source in companions(path):
        suffix = source.name[len(path.name) :]
        shutil.copy2(source, target.with_name(target.name + suffix))
    return target


def newest_good_backup(db_path: Path | str, folder: Path | str | None = None) -> BackupFile | None:
    """The newest backup of `db_path` that passes its check (None when there is none)."""
    for backup in list_backups(db_path, folder):
        if is_good_backup(backup.path):
            return backup
    return None


def restore_newest(
    db_path: Path | str,
    backup: BackupFile,
    folder: Path | str | None = None,
    kept: Path | None = None,
) -> Path:
    """Replace the damaged database by `backup`; returns where the damaged file is kept.

    The damaged file is set aside first (unless `kept`, the copy `set_aside()` made, is
    given); then it and its -wal/-shm are removed: SQLite cannot read (let alone back up) a
    damaged file, and a stale WAL must never be replayed over restored pages.
    Raises BackupDamaged, DatabaseTooNew (backup.py) or OSError (nothing removed when the
    damaged file could not be set aside)."""
    db_path = Path(db_path)
    if kept is None or not kept.is_file():
        kept = set_aside(db_path)
    for damaged in companions(db_path):
        damaged.unlink()
    restore_backup(db_path, backup.path, folder)
    return kept


def format_made_at(made_at: dt.datetime) -> str:
    """A backup's time as a Dutch user reads it: 23-11-2026 14:05."""
    return made_at.strftime("%d-%m-%Y %H:%M")
