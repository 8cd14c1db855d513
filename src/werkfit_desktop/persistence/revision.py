"""Developer tool behind `make revision m="..."`: generate a migration from the models.

Upgrades a scratch database to the current head, then lets Alembic compare it with the
models and write the difference as a new revision into migrations/versions."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from werkfit_desktop.paths import migrations_dir
from werkfit_desktop.persistence.migrate import _alembic_config, ensure_current


def main(message: str, rev_id: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "scratch.sqlite"
        if any((migrations_dir() / "versions").glob("*.py")):
            ensure_current(scratch)
        engine = create_engine(f"sqlite:///{scratch}")
        config = _alembic_config(None)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "change", *(sys.argv[2:3]))
