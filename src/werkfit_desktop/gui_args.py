"""The GUI's command line (`werkfit`), readable before Qt is imported: `__main__` starts
checking the database file while PySide6 loads."""

from __future__ import annotations

import argparse
from pathlib import Path

from werkfit_desktop.version import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="werkfit", description="Werkfit Desktop")
    parser.add_argument(
        "--db", type=Path, help="database file (default: werkfit.sqlite in the user data folder)"
    )
    parser.add_argument("--db-url", help="SQLAlchemy database URL instead of a file")
    parser.add_argument("--lang", choices=("nl", "en"), help="language for this session")
    parser.add_argument("--version", action="version", version=f"Werkfit Desktop {__version__}")
    return parser


def database_path(args: argparse.Namespace) -> Path | None:
    """The database file to open (None for a database URL)."""
    from werkfit_desktop.paths import default_database_path

    return None if args.db_url else (args.db or default_database_path())
