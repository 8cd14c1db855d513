"""Bringing a database file to this version's schema, safely.

Opening stays fast when the schema is current: the revision is read with plain sqlite3 and
compared with HEAD_REVISION, without importing Alembic. Otherwise:
- a revision this version does not know (written by a newer version) is refused and the
  file is not touched (it is only read for the check, by a connection that refuses to
  write; see sqlite_files.py);
- an older schema is first copied with the backup API into the backup folder (reason
  `migration`, see backup.py: `<stem>-backups/<stem>_<date>_<time>_migration.sqlite`), then
  upgraded in ONE transaction with foreign keys off (SQLite batch mode recreates tables),
  a foreign-key check before commit, and rolled back whole on any error. The journal mode
  is left as it is: it lives in the file, so changing it would change the file even when
  the migration is rolled back.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from werkfit_desktop.persistence.backup import make_backup
from werkfit_desktop.persistence.errors import (
    DatabaseTooNew,
    ForeignDatabase,
    MigrationFailed,
    NotADatabase,
)
from werkfit_desktop.persistence.sqlite_files import reading_connection
from werkfit_desktop.version import __version__

# Kept equal to the head of migrations/versions (a test checks it).
HEAD_REVISION = "0003_latest_note_index"
SQLITE_MAGIC = b"SQLite format 3\x00"


def is_empty_file(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def read_revision(path: Path) -> str | None:
    """The schema revision stored in the file (None for a new or empty database)."""
    if is_empty_file(path):
        return None
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise NotADatabase(str(path))
    try:
        with reading_connection(path) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if any(not name.startswith("sqlite_") for name in tables):
                    # Another program's database: never write our schema into it.
                    raise ForeignDatabase(str(path))
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(str(path)) from exc
    return row[0] if row else None


def _alembic_config(script_location: Path | None):
    from alembic.config import Config

    from werkfit_desktop.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(script_location or migrations_dir()))
    return config


def head_of(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(script_location)).get_current_head()


def ensure_current(
    path: Path, script_location: Path | None = None, backup_folder: Path | None = None
) -> Path | None:
    """Upgrade the file at `path` to the head revision if needed.

    Returns the pre-migration backup made (in `backup_folder`, by default the one beside the
    database), if any. Raises NotADatabase, DatabaseTooNew or
    MigrationFailed with the file unchanged."""
    path = Path(path)
    revision = read_revision(path)
    if script_location is None and revision == HEAD_REVISION:
        return None

    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(_alembic_config(script_location))
    if revision is not None:
        try:
            known = script.get_revision(revision) is not None
        except (CommandError, KeyError):
            known = False
        if not known:
            raise DatabaseTooNew(str(path), revision=revision, version=__version__)
    if revision == script.get_current_head():
        return None

    # Nothing to keep in a new, empty file; anything else is copied first.
    try:
        backup = make_backup(path, "migration", backup_folder).path if _has_tables(path) else None
    except (OSError, sqlite3.Error) as exc:
        # No backup, no migration: the file stays as it was.
        raise MigrationFailed(str(path), reason=str(exc) or type(exc).__name__, backup="-") from exc
    try:
        _upgrade(path, script_location)
    except Exception as exc:
        raise MigrationFailed(
            str(path), reason=str(exc) or type(exc).__name__, backup=str(backup or "-")
        ) from exc
    return backup


def _has_tables(path: Path) -> bool:
    if is_empty_file(path):
        return False
    with reading_connection(path) as conn:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def _upgrade(path: Path, script_location: Path | None) -> None:
    from alembic import command
    from sqlalchemy import create_engine, event, text

    from werkfit_desktop.persistence.engine import sqlite_url

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(sqlite_url(path), poolclass=_null_pool())

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA busy_timeout = 10000")
        # The journal mode is left as the file has it: it is stored in the file itself, so
        # switching it here would change the file even when the migration is rolled back.
        # (The app's own connections switch to WAL when the file is opened afterwards.)
        dbapi_connection.execute("PRAGMA synchronous = FULL")
        # Batch mode drops and recreates tables: enforced foreign keys would cascade or
        # refuse. Checked as a whole before the commit instead.
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    config = _alembic_config(script_location)
    try:
        with engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed: {problems[:3]}")
    finally:
        engine.dispose()


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool
