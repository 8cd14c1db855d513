"""Engines with the connection settings we hold to.

SQLite, on every connection: WAL, synchronous=FULL, foreign keys on, a busy timeout; write
transactions start with BEGIN IMMEDIATE so two writers queue on the busy timeout instead of
failing with "database is locked" when a deferred read transaction tries to upgrade.
Read transactions stay deferred so they never block a writer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "werkfit_write"


def sqlite_url(path: Path | str) -> str:
    # Built, not pasted: in "sqlite:///{path}" a "?" in a folder name starts the query
    # string and the engine would open another file.
    return URL.create("sqlite", database=str(Path(path))).render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record) -> None:
    # Hand transaction control to us: pysqlite's own implicit BEGIN would be deferred.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(connection) -> None:
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    """An engine for a database URL; for SQLite with our pragmas and transaction rules."""
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(
        url,
        # Pooled connections are handed to one thread at a time (never shared at once);
        # keeping them open spares the pragmas and WAL setup on every transaction.
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine, but its transactions begin IMMEDIATE (take the write lock up front)."""
    return engine.execution_options(**{WRITE_OPTION: True})
