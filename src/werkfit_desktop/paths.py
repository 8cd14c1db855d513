"""Where things are: the user's data folder, and the bundled migrations and resources
(inside the package when installed from a wheel, at the repository root when developing)."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "Werkfit Desktop"
APP_AUTHOR = "Werkfit"
DATABASE_FILENAME = "werkfit.sqlite"

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent.parent


def _bundled(installed_name: str, repo_name: str) -> Path:
    inside = _PACKAGE_DIR / installed_name
    if inside.is_dir():
        return inside
    return _REPO_ROOT / repo_name


def migrations_dir() -> Path:
    return _bundled("_migrations", "migrations")


def resources_dir() -> Path:
    return _bundled("_resources", "resources")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def default_database_path() -> Path:
    return user_data_dir() / DATABASE_FILENAME
