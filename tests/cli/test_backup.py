"""`werkfit-cli backup`, `backups` and `restore` on real database files, as a user runs them."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest

from werkfit_desktop.cli import main
from werkfit_desktop.domain import Participant
from werkfit_desktop.persistence.backup import list_backups
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.texts import translate


@pytest.fixture(autouse=True)
def dutch(monkeypatch):
    monkeypatch.setenv("WERKFIT_LANG", "nl")


def first_names(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return sorted(r[0] for r in conn.execute("SELECT first_name FROM participant"))


def add(path: Path, first: str, number: str) -> None:
    db = open_database(path)
    try:
        with db.write() as session:
            session.add(Participant(participant_number=number, first_name=first, last_name="Hoa"))
    finally:
        db.close()


def test_backup_list_restore_and_undo(db_path, capsys):
    add(db_path, "Nguyễn", "D-000001")
    assert main(["backup", "--db", str(db_path)]) == 0
    [made] = list_backups(db_path)
    assert made.reason == "manual"
    assert str(made.path) in capsys.readouterr().out
    add(db_path, "Ayşe", "D-000002")

    assert main(["backups", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert made.path.name in out
    assert translate("Backup", "Made by hand") in out
    line = next(line for line in out.splitlines() if made.path.name in line)
    assert line.startswith(made.made_at.strftime("%d-%m-%Y %H:%M"))
    assert " 1 " in line  # one participant in it, no notes

    # A file name in the backup folder is enough.
    assert main(["restore", "--db", str(db_path), made.path.name]) == 0
    out = capsys.readouterr().out
    assert first_names(db_path) == ["Nguyễn"]
    undo = next(b for b in list_backups(db_path) if b.reason == "restore")
    assert f"werkfit-cli restore --db {db_path} {undo.path}" in out

    assert main(["restore", "--db", str(db_path), str(undo.path)]) == 0
    assert first_names(db_path) == ["Ayşe", "Nguyễn"]


def test_backup_to_a_named_file(db_path, tmp_path, capsys):
    out_file = tmp_path / "kopie voor de USB-stick.sqlite"
    assert main(["backup", "--db", str(db_path), "--out", str(out_file)]) == 0
    assert out_file.is_file() and list_backups(db_path) == []
    assert str(out_file) in capsys.readouterr().out


def test_a_configured_folder(db_path, tmp_path, capsys):
    folder = tmp_path / "externe schijf"
    assert main(["backup", "--db", str(db_path), "--folder", str(folder)]) == 0
    [made] = list_backups(db_path, folder)
    assert made.path.parent == folder
    assert main(["backups", "--db", str(db_path), "--folder", str(folder)]) == 0
    assert made.path.name in capsys.readouterr().out


def test_refusals_leave_everything_as_it_was(db_path, tmp_path, capsys):
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    missing = tmp_path / "bestaat-niet.sqlite"
    assert main(["backup", "--db", str(missing)]) == 1
    assert main(["backups", "--db", str(missing)]) == 1
    assert not missing.exists()
    assert main(["restore", "--db", str(db_path), "geen-backup.sqlite"]) == 1
    not_a_backup = tmp_path / "notities.sqlite"
    not_a_backup.write_text("geen database", encoding="utf-8")
    assert main(["restore", "--db", str(db_path), str(not_a_backup)]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "geen-backup.sqlite" in err and str(not_a_backup) in err
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert list_backups(db_path) == []

    assert main(["backups", "--db", str(db_path)]) == 0
    assert str(db_path) in capsys.readouterr().out


def test_restore_is_refused_while_the_database_is_open(db, db_path, capsys):
    assert main(["backup", "--db", str(db_path)]) == 0
    [made] = list_backups(db_path)
    with db.write() as session:  # the app is working on it: a pooled connection stays open
        session.add(Participant(participant_number="D-000009", first_name="Łukasz", last_name="W"))
    assert main(["restore", "--db", str(db_path), str(made.path)]) == 2
    assert str(db_path) in capsys.readouterr().err
    assert first_names(db_path) == ["Łukasz"]
