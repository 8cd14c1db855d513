"""Engines with the connection settings we hold to.

SQLite, on every connection: WAL, synchronous=FULL, foreign keys on, a busy timeout; write
transactions start with BEGIN IMMEDIATE so two writers queue on the busy timeout instead of
failing with "database is locked" when a deferred read transaction tries to upgrade.
Read transactions stay deferred so they never block a writer.

Storage errors (disk full, read-only, file gone, I/O error, busy, damaged) reach callers as
the DatabaseProblem with the Dutch explanation (errors.py), not as a raw driver error.
A read-only engine (`read_only=True`) opens the file with `mode=ro` and never writes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from werkfit_desktop.persistence import errors
from werkfit_desktop.persistence.errors import problem_for
from werkfit_desktop.persistence.sqlite_files import BUSY_TIMEOUT_MS

WRITE_OPTION = "werkfit_write"


def sqlite_url(path: Path | str) -> str:
    # Built, not pasted: in "sqlite:///{path}" a "?" in a folder name starts the query
    # string and the engine would open another file.
    return URL.create("sqlite", database=str(Path(path))).render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def read_only_url(path: Path | str, immutable: bool = False) -> str:
    """A URL opening the file read-only (`immutable` also for a WAL file in a write-protected
    folder, where SQLite cannot create the -shm file; only safe when nobody writes)."""
    from werkfit_desktop.persistence.sqlite_files import file_uri

    params = {"mode": "ro", **({"immutable": "1"} if immutable else {})}
    return URL.create(
        "sqlite", database=file_uri(path, **params), query={"uri": "true"}
    ).render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record) -> None:
    # Hand transaction control to us: pysqlite's own implicit BEGIN would be deferred.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_connection.execute("PRAGMA query_only = ON")


def _display_path(url: str) -> str:
    database = make_url(url).database or ""
    if database.startswith("file:"):
        from urllib.parse import unquote, urlsplit

        return unquote(urlsplit(database).path)
    return database


def _explain_storage_errors(engine: Engine, url: str) -> None:
    path = _display_path(url)

    @event.listens_for(engine, "handle_error")
    def _explain(context):
        return problem_for(context.original_exception, path)


BEGIN_ATTEMPTS = 3  # each waits up to the busy timeout


def _sqlite_begin(connection) -> None:
    if not connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN")
        return
    # Nothing has happened yet when BEGIN IMMEDIATE finds the file busy, so trying again is
    # safe. Under heavy load SQLite can answer SQLITE_BUSY here once without having waited
    # out the whole busy timeout (seen on a loaded 2-core machine with two writers).
    for attempt in range(1, BEGIN_ATTEMPTS + 1):
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except errors.DatabaseBusyTooLong:
            if attempt == BEGIN_ATTEMPTS:
                raise


def _watch_the_file(engine: Engine, url: str) -> None:
    """Refuse a write when the file is no longer where it was opened (a USB stick pulled,
    the folder renamed or deleted): SQLite would carry on writing into the file it still
    holds open, and those changes would be lost with it."""
    path = _display_path(url)
    if not path or path == ":memory:" or make_url(url).query.get("mode") == "memory":
        return
    opened: list[tuple[int, int]] = []

    def identity() -> tuple[int, int]:
        st = os.stat(path)
        return st.st_dev, st.st_ino

    @event.listens_for(engine, "connect")
    def _remember(_dbapi_connection, _record):
        if not opened:
            with contextlib.suppress(OSError):
                opened.append(identity())

    @event.listens_for(engine, "begin")
    def _check(connection):
        if not opened or not connection.get_execution_options().get(WRITE_OPTION):
            return
        try:
            moved = identity() != opened[0]
        except OSError:
            moved = True
        if moved:
            raise errors.DatabaseUnreachable(path)


def make_engine(url: str, read_only: bool = False) -> Engine:
    """An engine for a database URL; for SQLite with our pragmas and transaction rules."""
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(
        url,
        # Pooled connections are handed to one thread at a time (never shared at once);
        # keeping them open spares the pragmas and WAL setup on every transaction.
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _sqlite_read_only_pragmas if read_only else _sqlite_pragmas)
    _watch_the_file(engine, url)
    event.listen(engine, "begin", _sqlite_begin)
    _explain_storage_errors(engine, url)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine, but its transactions begin IMMEDIATE (take the write lock up front)."""
    return engine.execution_options(**{WRITE_OPTION: True})
