"""The schema and the way a database file is opened: real files, real Alembic migrations.

Most tests start from a copy of the session's migrated template (see conftest.py); the
upgrade tests add a revision of their own to a copy of the real migrations folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import textwrap
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text

from werkfit_desktop.domain import Base, LadderAssessment, Participant
from werkfit_desktop.paths import migrations_dir
from werkfit_desktop.persistence.backup import backup_file, backup_folder, list_backups
from werkfit_desktop.persistence.checks import check_database
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.persistence.engine import sqlite_url
from werkfit_desktop.persistence.errors import DatabaseTooNew, MigrationFailed, NotADatabase
from werkfit_desktop.persistence.migrate import (
    HEAD_REVISION,
    ensure_current,
    head_of,
    read_revision,
)
from werkfit_desktop.persistence.session import Database


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection, outside everything under test."""
    return contextlib.closing(sqlite3.connect(path))


def raw_revision(path: Path) -> str:
    with raw(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def add_participant(db: Database, number: str = "P-0001", **fields) -> str:
    with db.write() as session:
        participant = Participant(
            participant_number=number, first_name="Ayşe", last_name="Yılmaz", **fields
        )
        session.add(participant)
        session.flush()
        return participant.id


def journal_mode(path: Path) -> str:
    """The journal mode stored in the file header (byte 18/19: 1 rollback journal, 2 WAL)."""
    with path.open("rb") as handle:
        header = handle.read(20)
    return {1: "delete", 2: "wal"}[header[18]]


# --- the schema -------------------------------------------------------------------------


def test_models_and_migrations_agree(template_db):
    engine = create_engine(sqlite_url(template_db))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "render_as_batch": True}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == [], "models differ from the migrations; run `make revision m=...`"


def test_head_revision_constant_is_the_scripts_head():
    assert head_of() == HEAD_REVISION
    assert head_of(migrations_dir()) == HEAD_REVISION


# --- creating a database ----------------------------------------------------------------


def test_upgrade_from_nothing_creates_every_table(tmp_path):
    path = tmp_path / "new" / "werkfit.sqlite"
    assert not path.exists()

    assert ensure_current(path) is None  # nothing to back up in a new file
    assert path.is_file()
    assert read_revision(path) == HEAD_REVISION
    with raw(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(Base.metadata.tables) <= tables
    assert tables - set(Base.metadata.tables) == {"alembic_version"}
    assert listing(path.parent) == {"werkfit.sqlite"}  # no backup of an empty file


def test_connections_have_our_settings(tmp_path):
    db = open_database(tmp_path / "werkfit.sqlite")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
        with db.write() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2
        with db.read() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.close()
    assert journal_mode(tmp_path / "werkfit.sqlite") == "wal"


def test_database_in_a_folder_with_url_characters(tmp_path):
    """'#' ends a file: URI's path and '?' starts a URL's query: neither may send us to
    another file (once, read_revision silently created and read '<folder>/Team ')."""
    folder = tmp_path / "Team #2 ?x=1 %41"
    folder.mkdir()
    path = folder / "werkfit.sqlite"
    db = open_database(path)
    try:
        add_participant(db)
    finally:
        db.close()
    assert listing(tmp_path) == {folder.name}
    assert listing(folder) == {"werkfit.sqlite"}
    assert read_revision(path) == HEAD_REVISION
    assert check_database(path).ok
    backup = backup_file(path, tmp_path / "copy #1.sqlite")
    with raw(backup) as conn:
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 1


# --- refusing what we cannot open -------------------------------------------------------


@pytest.fixture(params=["wal", "delete"])
def newer_db(request, db_path) -> Path:
    """A database as a newer version would leave it: a revision this version does not know,
    in WAL mode (how the app leaves files) or with a rollback journal, closed cleanly."""
    db = open_database(db_path)
    add_participant(db)
    db.close()
    with raw(db_path) as conn:
        if request.param == "delete":
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    assert journal_mode(db_path) == request.param
    assert listing(db_path.parent) == {db_path.name}  # no -wal or -shm left
    return db_path


def test_newer_database_is_refused_and_left_alone(newer_db):
    before_hash, before_files = sha256(newer_db), listing(newer_db.parent)

    with pytest.raises(DatabaseTooNew) as caught:
        open_database(newer_db)
    with pytest.raises(DatabaseTooNew):
        ensure_current(newer_db)

    english = caught.value.message(lambda _context, source: source)
    assert "9999_future" in english
    assert str(newer_db) in english
    assert sha256(newer_db) == before_hash
    assert listing(newer_db.parent) == before_files
    assert raw_revision(newer_db) == "9999_future"


def test_newer_database_message_is_dutch(newer_db, monkeypatch):
    monkeypatch.setenv("WERKFIT_LANG", "nl")
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(newer_db)
    message = caught.value.message()
    assert "nieuwere" in message
    assert "nieuwere versie" in message
    assert "9999_future" in message
    assert str(newer_db) in message


@pytest.mark.parametrize(
    "content",
    [
        b"Naam;Voornaam\nYilmaz;Ayse\n" * 40,  # a CSV export someone named .sqlite
        b"SQL",  # shorter than the SQLite header
        b"SQLite format 3\x00" + bytes(range(256)) * 16,  # the magic, then garbage
    ],
    ids=["text", "short", "bad-header"],
)
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "deelnemers.sqlite"
    path.write_bytes(content)
    before_hash, before_files = sha256(path), listing(tmp_path)

    with pytest.raises(NotADatabase) as caught:
        open_database(path)
    with pytest.raises(NotADatabase):
        ensure_current(path)
    with pytest.raises(NotADatabase):
        read_revision(path)

    assert str(path) in caught.value.message(lambda _context, source: source)
    assert sha256(path) == before_hash
    assert listing(tmp_path) == before_files


def test_checking_a_file_leaves_nothing_beside_it(db_path):
    db = open_database(db_path)
    add_participant(db)
    db.close()
    assert journal_mode(db_path) == "wal"
    before_hash, before_files = sha256(db_path), listing(db_path.parent)

    assert read_revision(db_path) == HEAD_REVISION
    assert check_database(db_path).ok

    assert sha256(db_path) == before_hash
    assert listing(db_path.parent) == before_files  # a read-only peek would leave -wal/-shm


# --- upgrading an older database --------------------------------------------------------

ADD_COLUMN_REVISION = '''
"""test: add a column to participant"""

import sqlalchemy as sa
from alembic import op

revision = "9002_test_add_column"
down_revision = "__HEAD__"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="always": the full SQLite table rebuild (copy, drop, rename) that most
    # real schema changes need, with rows in other tables pointing at participant.
    with op.batch_alter_table("participant", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(length=50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch_op:
        batch_op.drop_column("nickname")
'''

FAILING_REVISION = '''
"""test: a migration that fails halfway"""

import sqlalchemy as sa
from alembic import op

revision = "9002_test_fails"
down_revision = "__HEAD__"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("participant", recreate="always") as batch_op:
        batch_op.alter_column(
            "first_name", existing_type=sa.String(length=100), type_=sa.String(length=250)
        )
        batch_op.add_column(sa.Column("nickname", sa.String(length=50), nullable=True))
    op.execute("UPDATE participant SET first_name = 'overwritten', nickname = 'x'")
    op.execute("DELETE FROM ladder_assessment")
    raise RuntimeError("deliberate failure in test migration")


def downgrade() -> None:
    pass
'''


def scripts_with(tmp_path_factory, filename: str, source: str) -> Path:
    """A copy of the real migrations folder with one extra revision (kept out of the
    database's folder, whose listing the tests compare)."""
    scripts = tmp_path_factory.mktemp("scripts") / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / filename).write_text(
        textwrap.dedent(source).replace("__HEAD__", HEAD_REVISION), encoding="utf-8"
    )
    return scripts


@pytest.fixture
def old_db(db_path) -> tuple[Path, str]:
    """A database at the current head holding a participant with a ladder assessment."""
    db = open_database(db_path)
    participant_id = add_participant(db)
    with db.write() as session:
        session.add(
            LadderAssessment(participant_id=participant_id, assessed_on=dt.date(2026, 3, 2), rung=3)
        )
    db.close()
    assert raw_revision(db_path) == HEAD_REVISION
    return db_path, participant_id


def test_upgrade_makes_a_backup_first(tmp_path_factory, old_db):
    path, participant_id = old_db
    scripts = scripts_with(tmp_path_factory, "9002_test_add_column.py", ADD_COLUMN_REVISION)
    assert head_of(scripts) == "9002_test_add_column"

    backup = ensure_current(path, script_location=scripts)

    # In the backup folder beside the database, named with the time and the reason.
    [made] = list_backups(path)
    assert backup == made.path and made.reason == "migration"
    assert backup.parent == path.parent / "werkfit-backups" == backup_folder(path)
    assert backup.is_file()
    with raw(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION
        )
        assert conn.execute("SELECT id, first_name FROM participant").fetchall() == [
            (participant_id, "Ayşe")
        ]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert listing(path.parent) == {path.name, "werkfit-backups"}
    assert listing(backup.parent) == {backup.name}

    assert read_revision(path) == "9002_test_add_column"
    with raw(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(participant)")}
        assert "nickname" in columns
        assert conn.execute("SELECT id, first_name, nickname FROM participant").fetchall() == [
            (participant_id, "Ayşe", None)
        ]
        assert conn.execute("SELECT participant_id, rung FROM ladder_assessment").fetchall() == [
            (participant_id, 3)
        ]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # Current now: a second call does nothing and makes no second backup.
    assert ensure_current(path, script_location=scripts) is None


@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_failing_migration_leaves_the_file_untouched(tmp_path_factory, old_db, mode):
    path, participant_id = old_db
    if mode == "delete":  # e.g. a file restored from a backup, which has no WAL
        with raw(path) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")
    assert journal_mode(path) == mode
    scripts = scripts_with(tmp_path_factory, "9002_test_fails.py", FAILING_REVISION)
    before_hash, before_files = sha256(path), listing(path.parent)

    with pytest.raises(MigrationFailed) as caught:
        ensure_current(path, script_location=scripts)

    assert "deliberate failure" in caught.value.fields["reason"]
    [made] = list_backups(path)
    backup = made.path
    assert made.reason == "migration"
    assert caught.value.fields["backup"] == str(backup)
    assert sha256(path) == before_hash, "a failed migration changed the file"
    assert listing(path.parent) == before_files | {"werkfit-backups"}
    assert listing(backup.parent) == {backup.name}
    assert read_revision(backup) == HEAD_REVISION
    assert read_revision(path) == HEAD_REVISION
    with raw(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT id, first_name FROM participant").fetchall() == [
            (participant_id, "Ayşe")
        ]
        assert conn.execute("SELECT count(*) FROM ladder_assessment").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert not any(name.startswith("_alembic_tmp") for name in tables)

    # The untouched file still opens with this version.
    db = open_database(path)
    try:
        with db.read() as session:
            assert session.get(Participant, participant_id).first_name == "Ayşe"
    finally:
        db.close()


# --- the Database handle ----------------------------------------------------------------


def test_a_failing_write_is_rolled_back(db):
    with pytest.raises(ValueError, match="user cancelled"), db.write() as session:
        session.add(Participant(participant_number="P-1", first_name="Jan", last_name="Berg"))
        session.flush()  # really sent to SQLite, inside the transaction
        raise ValueError("user cancelled")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 0
    with raw(db.path) as conn:
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 0


def test_tombstones_are_hidden_unless_asked_for(db):
    kept = add_participant(db, "P-1")
    gone = add_participant(db, "P-2")
    with db.write() as session:
        session.get(Participant, gone).deleted_at = dt.datetime.now(dt.UTC)

    with db.read() as session:
        assert [p.id for p in session.scalars(select(Participant))] == [kept]
        everyone = session.scalars(
            select(Participant).execution_options(include_deleted=True)
        ).all()
        assert {p.id for p in everyone} == {kept, gone}


def test_rows_are_stamped_and_times_are_utc(db):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    participant_id = add_participant(db)
    with db.read() as session:
        participant = session.get(Participant, participant_id)
        assert participant.updated_by_device == db.device_id
        assert db.device_id
        for moment in (participant.created_at, participant.updated_at):
            assert moment.tzinfo is not None
            assert moment.utcoffset() == dt.timedelta(0)
            assert before <= moment <= dt.datetime.now(dt.UTC)
    with raw(db.path) as conn:
        stored = conn.execute(
            "SELECT updated_by_device FROM participant WHERE id = ?", (participant_id,)
        ).fetchone()[0]
    assert stored == db.device_id


def test_two_handles_writing_from_two_threads_queue_instead_of_failing(db_path):
    handles = [open_database(db_path), open_database(db_path)]
    per_thread = 200
    start = threading.Barrier(len(handles))
    errors: list[Exception] = []

    def writer(db: Database, tag: str) -> None:
        try:
            start.wait()
            for i in range(per_thread):
                with db.write() as session:
                    # Read first, then write: the pattern that fails with "database is
                    # locked" when the transaction began deferred.
                    session.scalar(select(func.count()).select_from(Participant))
                    session.add(
                        Participant(
                            participant_number=f"{tag}-{i:04d}", first_name=tag, last_name="X"
                        )
                    )
        except Exception as exc:  # handed over to the test thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(db, f"T{n}")) for n, db in enumerate(handles)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not any(thread.is_alive() for thread in threads)
        assert errors == []
        assert handles[0].device_id == handles[1].device_id
    finally:
        for db in handles:
            db.close()
    with raw(db_path) as conn:
        counts = dict(
            conn.execute("SELECT first_name, count(*) FROM participant GROUP BY first_name")
        )
    assert counts == {"T0": per_thread, "T1": per_thread}


def test_opening_a_current_database_does_not_touch_it(db_path):
    before = sha256(db_path)
    assert ensure_current(db_path) is None
    assert sha256(db_path) == before
    assert listing(db_path.parent) == {db_path.name}
    assert os.path.getsize(db_path) > 0


def test_another_programs_database_is_refused_untouched(tmp_path):
    import hashlib
    import sqlite3

    from werkfit_desktop.persistence.checks import check_database
    from werkfit_desktop.persistence.database import open_database
    from werkfit_desktop.persistence.errors import ForeignDatabase

    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ForeignDatabase) as refused:
        open_database(path)
    assert "database van een ander programma" in refused.value.message()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before
    report = check_database(path)
    assert not report.ok


def test_a_write_that_finds_the_file_busy_tries_again(db_path, monkeypatch):
    """BEGIN IMMEDIATE answered with SQLITE_BUSY is tried again (nothing was done yet), so a
    writer that holds the file a little longer than the busy timeout costs no change."""
    from werkfit_desktop.persistence import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 150)
    db = open_database(db_path)
    with db.read() as session:  # the connection is open (its pragmas set) before the lock
        session.scalar(select(func.count()).select_from(Participant))
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock for a while
    releaser = threading.Timer(0.25, lambda: holder.execute("COMMIT"))
    releaser.start()
    try:
        with db.write() as session:
            session.add(
                Participant(participant_number="D-900001", first_name="Ayşe", last_name="Yılmaz")
            )
    finally:
        releaser.join()
        holder.close()
        db.close()
    with raw(db_path) as conn:
        assert conn.execute(
            "SELECT count(*) FROM participant WHERE participant_number = 'D-900001'"
        ).fetchone() == (1,)
