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
from werkfit_desktop.persistence.sqlite_files import file_uri


class DeferredDatabase:
    """Stands in for `Database` until it is made; then hands every call to it."""

    def __init__(self, path: Path, opener: Callable[[], object]) -> None:
        self.path = Path(path)
        self._opener = opener
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
                self._plain = _plain_connection(self.path)
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


def _plain_connection(path: Path) -> sqlite3.Connection:
    from werkfit_desktop.persistence.sqlite_files import BUSY_TIMEOUT_MS

    """A connection like the engine's (busy timeout, autocommit for our own BEGIN), that
    only reads; usable from any thread (guarded by the caller's lock)."""
    connection = sqlite3.connect(
        file_uri(path, mode="rw"),
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
        isolation_level=None,
    )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA query_only = ON")
    return connection
