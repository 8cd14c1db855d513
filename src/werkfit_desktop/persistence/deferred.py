"""A database file that is checked and current, opened in two steps for a quick start.

Importing SQLAlchemy and our models costs most of a second. The participant list needs
neither (plain SQL, `plain_reads.py`), so the main window can show it from a plain sqlite3
connection while the real `Database` (engine, ORM) is made on another thread, or on the
spot the first time anything else is asked of it (`realize()`; attribute access does it).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from werkfit_desktop.persistence.plain_reads import PlainReader, snapshot
from werkfit_desktop.persistence.sqlite_files import open_for_reading, reading_connection


class DeferredDatabase:
    """Stands in for `Database` until it is made; then hands every call to it."""

    def __init__(self, path: Path, opener: Callable[[], object] | None = None) -> None:
        """`opener() -> Database`; by default `open_database(path)` (the file is checked)."""
        self.path = Path(path)
        self._opener = opener or (lambda: _open_database(self.path))
        self._db = None
        self._lock = threading.Lock()  # held while the Database is being made
        self._plain: sqlite3.Connection | None = None
        self._plain_lock = threading.Lock()

    @property
    def realized(self) -> bool:
        return self._db is not None

    def realize(self):
        """The real Database, made now if no one made it yet (waits for a thread making it)."""
        if self._db is None:
            with self._lock:
                if self._db is None:
                    self._db = self._opener()
        return self._db

    @contextlib.contextmanager
    def plain_read(self) -> Iterator[PlainReader]:
        if self._db is not None:
            self._close_plain()
            with self._db.plain_read() as reader:
                yield reader
            return
        with self._plain_lock:
            if self._plain is None:
                # Read-only, usable from any thread (guarded by _plain_lock).
                self._plain = open_for_reading(self.path, check_same_thread=False)
            with snapshot(self._plain, str(self.path)) as reader:
                yield reader

    def close(self) -> None:
        self._close_plain()
        if self._db is not None:
            self._db.close()

    def _close_plain(self) -> None:
        with self._plain_lock:
            if self._plain is not None:
                self._plain.close()
                self._plain = None

    def __getattr__(self, name: str):
        # Only reached for what this class does not have itself: read, write, engine, ...
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.realize(), name)


def _open_database(path: Path):
    from werkfit_desktop.persistence.database import open_database

    return open_database(path)


_FILLED = " OR ".join(
    f"EXISTS (SELECT 1 FROM {table} WHERE deleted_at IS NULL)"
    for table in ("participant", "programme", "organisation")
).join(("SELECT ", ""))


def can_defer(path: Path) -> bool:
    """May this (checked) file open deferred? It is at the newest schema (nothing to
    migrate) and holds data (no first-start offer, which needs the ORM). Plain sqlite3."""
    from werkfit_desktop.persistence.errors import DatabaseProblem
    from werkfit_desktop.persistence.migrate import HEAD_REVISION, read_revision

    try:
        if read_revision(path) != HEAD_REVISION:
            return False
        with reading_connection(path) as conn:
            return bool(conn.execute(_FILLED).fetchone()[0])
    except (OSError, sqlite3.Error, DatabaseProblem):
        return False
