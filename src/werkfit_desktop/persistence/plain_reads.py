"""Plain SQL reads without SQLAlchemy: for the lists that must be quick at any size and
must show before the ORM is even imported (the participant list at start-up).

`snapshot(connection, path)` runs its queries on one DB-API connection inside one read
transaction (BEGIN ... ROLLBACK: the count and the page see the same rows). The SQL is
SQLite's, with `?` parameters. A storage error reaches the caller as the DatabaseProblem
with the Dutch explanation, as it does through the engine.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence

from werkfit_desktop.persistence.errors import problem_for


class PlainReader:
    """Queries inside one snapshot."""

    def __init__(self, cursor) -> None:
        self._cursor = cursor

    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        self._cursor.execute(sql, params)
        return self._cursor.fetchall()

    def value(self, sql: str, params: Sequence = ()):
        """The first column of the first row (None when there is no row)."""
        self._cursor.execute(sql, params)
        row = self._cursor.fetchone()
        return None if row is None else row[0]


@contextlib.contextmanager
def snapshot(connection, path: str) -> Iterator[PlainReader]:
    """One read transaction on `connection` (in autocommit mode: isolation_level None)."""
    cursor = connection.cursor()
    try:
        cursor.execute("BEGIN")
        try:
            yield PlainReader(cursor)
        finally:
            cursor.execute("ROLLBACK")  # a read never commits
    except sqlite3.Error as exc:
        problem = problem_for(exc, path)
        if problem is None:
            raise
        raise problem from exc
    finally:
        cursor.close()
