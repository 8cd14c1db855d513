"""Backups and restores on real database files: named and verified copies in the backup
folder, a restore that brings the earlier data back and can itself be undone, refusals that
leave the database as it was."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import Participant
from werkfit_desktop.persistence.backup import (
    BackupDamaged,
    BackupFile,
    DatabaseBusy,
    RetentionPolicy,
    backup_folder,
    is_good_backup,
    list_backups,
    make_backup,
    restore_backup,
    thin_backups,
)
from werkfit_desktop.persistence.checks import check_database
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.persistence.errors import DatabaseTooNew
from werkfit_desktop.persistence.migrate import HEAD_REVISION, read_revision

DATA = Path(__file__).resolve().parent.parent / "data"
T0 = dt.datetime(2026, 11, 23, 9, 15, 7)


def add_participant(db, first: str, last: str, number: str) -> None:
    with db.write() as session:
        session.add(Participant(participant_number=number, first_name=first, last_name=last))


def names(db) -> list[str]:
    with db.read() as session:
        return sorted(session.scalars(select(Participant.first_name)))


def raw(path: Path):
    return contextlib.closing(sqlite3.connect(path))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_is_named_verified_and_holds_what_is_still_in_the_wal(db, db_path):
    add_participant(db, "Ayşe", "Yılmaz", "D-000001")
    assert db_path.with_name("werkfit.sqlite-wal").exists()  # the app holds the file open

    made = make_backup(db_path, "manual", now=T0)

    assert (
        made.path
        == db_path.parent / "werkfit-backups" / "werkfit_2026-11-23_09-15-07_manual.sqlite"
    )
    assert made == BackupFile(made.path, T0, "manual", made.path.stat().st_size)
    assert is_good_backup(made.path)
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]  # no -wal
    with raw(made.path) as conn:
        assert conn.execute("SELECT first_name FROM participant").fetchall() == [("Ayşe",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert list_backups(db_path) == [made]


def test_backups_are_listed_newest_first_and_only_ours(db_path):
    first = make_backup(db_path, "auto", now=T0)
    second = make_backup(db_path, "close", now=T0 + dt.timedelta(hours=2))
    # Two in one second (a restore and its undo): the second moves on a second.
    third = make_backup(db_path, "close", now=T0 + dt.timedelta(hours=2))
    assert third.made_at == second.made_at + dt.timedelta(seconds=1)
    folder = backup_folder(db_path)
    for stranger in (
        "other_2026-11-23_09-15-07_auto.sqlite",  # another database's
        "werkfit_2026-11-23_09-15-07_auto.sqlite.part",  # half-written
        "werkfit_2026-11-23_09-15-07_whim.sqlite",  # not a reason we write
        "notes.txt",
    ):
        (folder / stranger).write_bytes(b"x")

    assert list_backups(db_path) == [third, second, first]
    assert list_backups(db_path, folder=db_path.parent / "elsewhere") == []


def test_a_configured_folder_and_a_name_with_underscores(template_db, tmp_path):
    path = tmp_path / "team_noord.sqlite"
    shutil.copyfile(template_db, path)
    external = tmp_path / "USB stick" / "back-ups"
    made = make_backup(path, "manual", folder=external, now=T0)
    assert made.path.parent == external
    assert made.path.name == "team_noord_2026-11-23_09-15-07_manual.sqlite"
    assert list_backups(path, external) == [made]
    assert backup_folder(path, "kopieën") == tmp_path / "kopieën"  # relative: beside the db
    assert backup_folder(path) == tmp_path / "team_noord-backups"


def test_restore_brings_the_earlier_data_back_and_can_be_undone(db, db_path):
    add_participant(db, "Ayşe", "Yılmaz", "D-000001")
    earlier = make_backup(db_path, "manual", now=T0)
    add_participant(db, "Łukasz", "Wróbel", "D-000002")

    db.close()  # what the GUI does first; its next session reconnects
    undo = restore_backup(db_path, earlier.path)

    assert names(db) == ["Ayşe"]
    assert undo.reason == "restore" and undo in list_backups(db_path)
    assert check_database(db_path).ok

    db.close()
    undo_of_undo = restore_backup(db_path, undo.path)
    assert names(db) == ["Ayşe", "Łukasz"]
    assert undo_of_undo.reason == "restore" and undo_of_undo.path != undo.path
    assert check_database(db_path).ok


def test_restore_leaves_no_wal_of_the_old_state(db, db_path):
    add_participant(db, "Ayşe", "Yılmaz", "D-000001")
    earlier = make_backup(db_path, "manual", now=T0)
    add_participant(db, "Łukasz", "Wróbel", "D-000002")  # only in the WAL so far
    db.close()

    restore_backup(db_path, earlier.path)

    assert not db_path.with_name("werkfit.sqlite-wal").exists()
    with raw(db_path) as conn:
        assert conn.execute("SELECT first_name FROM participant").fetchall() == [("Ayşe",)]


def test_restore_is_refused_while_the_database_is_open(db, db_path):
    add_participant(db, "Ayşe", "Yılmaz", "D-000001")
    earlier = make_backup(db_path, "manual", now=T0)
    add_participant(db, "Łukasz", "Wróbel", "D-000002")
    assert names(db) == ["Ayşe", "Łukasz"]  # a pooled connection stays open

    with pytest.raises(DatabaseBusy) as caught:
        restore_backup(db_path, earlier.path)

    assert str(db_path) in caught.value.message()
    assert names(db) == ["Ayşe", "Łukasz"]
    assert [b.reason for b in list_backups(db_path)] == ["manual"]  # nothing else made


def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(db_path, tmp_path):
    before = sha256(db_path)
    damaged = tmp_path / "werkfit-backups" / "werkfit_2026-11-23_09-15-07_auto.sqlite"
    good = make_backup(db_path, "manual", now=T0)
    data = bytearray(good.path.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "other.sqlite"
    with raw(foreign) as conn:
        conn.execute("CREATE TABLE recipe (name TEXT)")
        conn.commit()
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")

    for bad in (damaged, foreign, text, tmp_path / "missing.sqlite"):
        assert not is_good_backup(bad)
        with pytest.raises(BackupDamaged):
            restore_backup(db_path, bad)
    assert sha256(db_path) == before
    assert is_good_backup(good.path)


def test_a_backup_of_a_newer_version_is_refused(db_path, tmp_path):
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(db_path, newer)
    with raw(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    before = sha256(db_path)
    with pytest.raises(DatabaseTooNew):
        restore_backup(db_path, newer)
    assert sha256(db_path) == before
    assert list_backups(db_path) == []


def test_restoring_an_old_versions_backup_brings_it_to_this_schema(db_path, tmp_path):
    old = tmp_path / "old.sqlite"
    with gzip.open(DATA / "werkfit-0001-demo.sqlite.gz") as packed, old.open("wb") as out:
        shutil.copyfileobj(packed, out)
    with raw(old) as conn:
        participants = conn.execute("SELECT count(*) FROM participant").fetchone()[0]

    undo = restore_backup(db_path, old)

    assert read_revision(db_path) == HEAD_REVISION
    assert {b.reason for b in list_backups(db_path)} == {"restore", "migration"}
    db = open_database(db_path)
    try:
        assert len(names(db)) == participants
    finally:
        db.close()
    assert read_revision(undo.path) == HEAD_REVISION


def test_thinning_removes_files_the_policy_lets_go(db_path):
    made = [
        make_backup(db_path, "auto", now=T0 - dt.timedelta(days=d, hours=h))
        for d in range(3)
        for h in (0, 5)
    ]
    policy = RetentionPolicy(hourly_hours=0, daily=2, weekly=0, monthly=0)

    removed = thin_backups(db_path, policy=policy, now=T0)

    # Today's and yesterday's newest stay; the day before yesterday's and older ones go.
    assert set(removed) == {made[1].path, made[3].path, made[4].path, made[5].path}
    assert list_backups(db_path) == [made[0], made[2]]
    assert thin_backups(db_path, policy=policy, now=T0) == []
