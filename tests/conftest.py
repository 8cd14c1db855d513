"""Shared fixtures.

Why a template: migrating a database takes a noticeable fraction of a second, so the real
Alembic migrations run once per test session into a template file, and every test gets a
byte copy of it (fast, and still the real schema from the real migrations)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WERKFIT_LANG", "nl")

from werkfit_desktop.persistence.database import open_database  # noqa: E402
from werkfit_desktop.persistence.migrate import ensure_current  # noqa: E402


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    ensure_current(path)
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(template_db, path)
    return path


DEMO_TODAY = dt.date(2026, 11, 23)  # a Monday: week 48 of 2026, cohorts past, running, planned


@pytest.fixture(scope="session")
def demo_template(template_db, tmp_path_factory) -> Path:
    """The demo region (seed 1, as on DEMO_TODAY), made once per test session."""
    from werkfit_desktop.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copyfile(template_db, path)
    database = open_database(path)
    create_demo(database, seed=1, today=DEMO_TODAY)
    database.close()
    return path


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()
