"""Which database a command works on: a file (--db) or an SQLAlchemy URL (--db-url)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from werkfit_desktop.persistence.database import open_database, open_url
from werkfit_desktop.persistence.session import Database


def describe(args: argparse.Namespace) -> str:
    """The file path, or the URL without its password, as the user should see it."""
    if args.db is not None:
        return str(args.db)
    return make_url(args.db_url).render_as_string(hide_password=True)


def sqlite_path(args: argparse.Namespace) -> Path | None:
    """The database file, also when given as an sqlite:/// URL; None for a server URL."""
    if args.db is not None:
        return Path(args.db)
    url = make_url(args.db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def open_target(args: argparse.Namespace) -> Database:
    """Open (create and migrate when needed) the database; raises DatabaseProblem."""
    if args.db is not None:
        return open_database(args.db)
    return open_url(args.db_url)
