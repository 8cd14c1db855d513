"""Opening a database file the safe way: check it, migrate it (with a backup first), then
hand out a `Database`."""

from __future__ import annotations

from pathlib import Path

from werkfit_desktop.persistence.migrate import ensure_current
from werkfit_desktop.persistence.session import Database


def open_database(path: Path | str, script_location: Path | None = None) -> Database:
    """Open (and create or upgrade if needed) the database file at `path`.

    Raises a DatabaseProblem (NotADatabase, DatabaseTooNew, MigrationFailed) with the file
    left unchanged."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    ensure_current(path, script_location)
    return Database.open_path(path)


def open_url(url: str) -> Database:
    """Open a database given as an SQLAlchemy URL (a server database is migrated by its
    administrator; a SQLite URL goes through the same safe path as a file)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return open_database(parsed.database)
    return Database.open_url(url)


def is_empty(db: Database) -> bool:
    """True when the database holds no participants, programmes or organisations yet."""
    from sqlalchemy import exists, select

    from werkfit_desktop.domain import Organisation, Participant, Programme

    with db.read() as session:
        return not any(
            session.scalar(select(exists().where(model.id.is_not(None))))
            for model in (Participant, Programme, Organisation)
        )
