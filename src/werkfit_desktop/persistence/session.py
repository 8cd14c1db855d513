"""The `Database` handle: one per open file, giving short read and write sessions.

One user action = one `db.write()` block = one transaction. Rows with a tombstone
(`deleted_at`) are left out of every ORM query unless `include_deleted=True` is passed as
an execution option. Every written row is stamped with this database copy's device id.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from werkfit_desktop.domain import load_models
from werkfit_desktop.domain.base import Tracked, new_id
from werkfit_desktop.domain.meta import DEVICE_ID_KEY, LocalMeta
from werkfit_desktop.persistence.engine import make_engine, sqlite_url, write_engine
from werkfit_desktop.persistence.plain_reads import PlainReader, snapshot

load_models()  # every model mapped before the first query


def _hide_tombstones(state: ORMExecuteState) -> None:
    if (
        state.is_select
        and not state.is_column_load
        and not state.is_relationship_load
        and not state.execution_options.get("include_deleted", False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(
                Tracked, lambda cls: cls.deleted_at.is_(None), include_aliases=True
            )
        )


def _stamp_device(session: Session, _context, _instances) -> None:
    device_id = session.info.get("device_id")
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Tracked):
            obj.updated_by_device = device_id


class Database:
    """An open database: an engine plus the session factories that hold our rules."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(bind=write_engine(engine), expire_on_commit=False)
        for factory in (self._read, self._write):
            event.listen(factory, "do_orm_execute", _hide_tombstones)
            event.listen(factory, "before_flush", _stamp_device)
        self._device_id: str | None = None

    @classmethod
    def open_url(cls, url: str) -> Database:
        return cls(make_engine(url))

    @classmethod
    def open_path(cls, path: Path | str) -> Database:
        path = Path(path)
        return cls(make_engine(sqlite_url(path)), path)

    @property
    def device_id(self) -> str:
        """This database copy's device id, made on first use (needs the migrated schema)."""
        if self._device_id is None:
            with self._write() as session, session.begin():
                row = session.get(LocalMeta, DEVICE_ID_KEY)
                if row is None:
                    row = LocalMeta(key=DEVICE_ID_KEY, value=new_id())
                    session.add(row)
                self._device_id = row.value
        return self._device_id

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE): committed on success, rolled back on error."""
        session = self._write(info={"device_id": self.device_id})
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot; nothing is committed."""
        session = self._read()
        try:
            yield session
        finally:
            session.close()  # rolls back: a read never commits

    @contextmanager
    def plain_read(self) -> Iterator[PlainReader]:
        """Plain SQL (SQLite's) in one read snapshot, without the ORM: see plain_reads.py."""
        connection = self.engine.raw_connection()
        try:
            with snapshot(connection.driver_connection, str(self.path or "")) as reader:
                yield reader
        finally:
            connection.close()  # back to the pool

    def scalar(self, statement):
        with self.read() as session:
            return session.scalar(statement)

    def close(self) -> None:
        self.engine.dispose()

    def reopen(self) -> None:
        """After the file was replaced underneath (a restored backup): drop the pooled
        connections and what was read from the old file; the next session connects anew."""
        self.engine.dispose()
        self._device_id = None


def device_id_of(session: Session) -> str | None:
    return session.scalar(select(LocalMeta.value).where(LocalMeta.key == DEVICE_ID_KEY))
