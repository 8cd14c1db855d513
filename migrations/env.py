"""Alembic environment for Werkfit Desktop.

Run programmatically by werkfit_desktop.persistence.migrate, which hands over an open
connection (foreign keys off, inside one BEGIN IMMEDIATE transaction). Developers make new
revisions with `make revision m="what changed"`.
"""

import sqlalchemy as sa
from alembic import context

from werkfit_desktop.domain import load_models
from werkfit_desktop.domain.base import Base, UTCDateTime

load_models()  # registers every model on the metadata

target_metadata = Base.metadata


def render_item(type_, obj, autogen_context):
    """Write our column types as plain SQL types, so a migration never depends on code
    that may change later: UTC instants are DATETIME, enums are VARCHAR of their values."""
    if type_ != "type":
        return False
    if isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    if isinstance(obj, sa.Enum):
        return f"sa.String(length={obj.length})"
    return False


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Werkfit migrations run through werkfit_desktop.persistence.migrate")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: recreate tables instead
        compare_type=True,
        render_item=render_item,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
