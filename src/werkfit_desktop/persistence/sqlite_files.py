"""Looking into a database file with plain sqlite3, without changing anything beside it.

Two traps this module exists for:
- A `file:` URI must be percent-encoded: `file:/data/Team #2/werkfit.sqlite?mode=ro` is
  read by SQLite as the file `/data/Team ` (the rest is a fragment, `mode=ro` included), so
  it silently opens, even creates, another file read-write.
- A read-only (`mode=ro`) connection to a WAL database creates the `-wal` and `-shm` files
  but can never remove them again (only a connection that may write checkpoints and cleans
  up on close), so merely checking a file would leave two new files beside it. A read-write
  connection told not to write (`query_only`) reads the same and, when it is the last one
  to close, removes them again. `mode=rw` never creates a missing file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

BUSY_TIMEOUT_MS = 10_000
"""How long a connection waits for another one's write to finish (every connection)."""


def file_uri(path: Path | str, **params: str) -> str:
    """A correctly encoded SQLite `file:` URI for `path` with the given query parameters."""
    uri = Path(path).absolute().as_uri()
    return f"{uri}?{urlencode(params)}" if params else uri


@contextlib.contextmanager
def reading_connection(path: Path | str, timeout: float = 10.0) -> Iterator[sqlite3.Connection]:
    """A connection for reading an existing database file; it refuses to write."""
    conn = open_for_reading(path, timeout)
    try:
        yield conn
    finally:
        conn.close()


def open_for_reading(
    path: Path | str, timeout: float = BUSY_TIMEOUT_MS / 1000, check_same_thread: bool = True
) -> sqlite3.Connection:
    """An open connection to an existing file that refuses to write (`query_only`), in
    autocommit mode (transactions are begun by hand); the caller closes it."""
    conn = sqlite3.connect(
        file_uri(path, mode="rw"),
        uri=True,
        timeout=timeout,
        isolation_level=None,
        check_same_thread=check_same_thread,
    )
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    conn.execute("PRAGMA query_only = ON")
    return conn
