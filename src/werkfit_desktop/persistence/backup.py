"""Copies of a database made with SQLite's online backup API (never a plain file copy:
that can catch a live database half-written and misses what is still in the WAL)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from werkfit_desktop.persistence.sqlite_files import reading_connection


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
