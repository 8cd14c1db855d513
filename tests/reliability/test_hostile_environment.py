"""A hostile environment: a full disk, a write-protected file or folder, a folder that
disappears while the database is open, no permission, a network share. Each gives a clear
problem (a DatabaseProblem with the Dutch explanation), never a raw driver error; nothing
committed is lost; the app can go on where it can."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.persistence.environment import (
    is_network_path,
    is_writable,
    open_read_only,
    parse_mount_output,
    parse_proc_mounts,
)
from werkfit_desktop.persistence.errors import (
    DatabaseFull,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseUnreachable,
)
from werkfit_desktop.persistence.recovery import Damage, diagnose
from werkfit_desktop.services.participants import (
    ParticipantInput,
    count_participants,
    create_participant,
)


def _storage():
    if "storage" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "storage", Path(__file__).with_name("storage.py")
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["storage"] = module
        spec.loader.exec_module(module)
    return sys.modules["storage"]


def new_person(number: int, notes_size: int = 0) -> ParticipantInput:
    return ParticipantInput(
        first_name="Łukasz", last_name=f"Wróbel {number}", notes="ł" * notes_size or None
    )


def people_in(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT last_name FROM participant")}


def assert_healthy(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def fill_until_full(db, start: int = 0, notes_size: int = 3000) -> tuple[list[str], DatabaseFull]:
    saved = []
    for number in range(start, start + 5000):
        try:
            create_participant(db, new_person(number, notes_size))
        except DatabaseFull as full:
            return saved, full
        saved.append(f"Wróbel {number}")
    raise AssertionError("the disk never got full")


# disk full ---------------------------------------------------------------------------
def test_disk_full_at_the_storage_layer(db_path):
    """PRAGMA max_page_count makes SQLite itself answer SQLITE_FULL, as on a full disk."""
    db = open_database(db_path)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    db.engine.dispose()

    def limit(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 6}")

    event.listen(db.engine, "connect", limit)
    saved, full = fill_until_full(db)
    assert saved, "a few fitted before the disk was full"
    assert full.message().startswith(f"De schijf met {db_path} is vol")
    # Nothing half-saved: exactly the participants reported saved are there.
    assert {f"Wróbel {n}" for n in range(len(saved) + 1)} & people_in(db_path) == set(saved)
    # Space freed: the app goes on saving.
    event.remove(db.engine, "connect", limit)
    db.engine.dispose()
    create_participant(db, new_person(9999))
    db.close()
    assert "Wróbel 9999" in people_in(db_path)
    assert_healthy(db_path)


def test_disk_full_on_a_small_file_system(demo_template, tmp_path):
    """A real full disk: a 6 MB tmpfs (root only; skipped elsewhere)."""
    with _storage().small_disk(tmp_path / "stick") as stick:
        path = stick / "werkfit.sqlite"
        shutil.copyfile(demo_template, path)
        db = open_database(path)
        before = count_participants(db)
        saved, full = fill_until_full(db, notes_size=20000)
        assert isinstance(full, DatabaseFull)
        assert count_participants(db) == before + len(saved)
        db.close()
        assert {f"Wróbel {n}" for n in range(len(saved))} <= people_in(path)
        assert_healthy(path)


# a folder that disappears ------------------------------------------------------------
def test_a_usb_stick_pulled_and_put_back(demo_template, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    path = stick / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    create_participant(db, new_person(1))
    stick.rename(tmp_path / "elsewhere")  # the path is gone
    with pytest.raises(DatabaseUnreachable) as gone:
        create_participant(db, new_person(2))
    assert gone.value.message().startswith(f"De database {path} is niet bereikbaar")
    (tmp_path / "elsewhere").rename(stick)  # put back: the same file, writes go on
    create_participant(db, new_person(3))
    db.close()
    people = people_in(path)
    assert {"Wróbel 1", "Wróbel 3"} <= people and "Wróbel 2" not in people
    assert_healthy(path)


def test_a_folder_deleted_while_open_is_explained(demo_template, tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    create_participant(db, new_person(1))
    shutil.rmtree(folder)
    with pytest.raises(DatabaseUnreachable):  # not written into a file that is gone
        create_participant(db, new_person(2))
    db.engine.dispose()  # a new connection cannot open it either
    with pytest.raises(DatabaseProblem) as reading:
        count_participants(db)
    assert isinstance(reading.value, DatabaseUnreachable)
    db.close()


# write-protected ---------------------------------------------------------------------
@pytest.mark.parametrize("protect", ["file", "folder"])
def test_a_write_protected_database_opens_read_only(demo_template, tmp_path, protect):
    folder = tmp_path / "archief"
    folder.mkdir()
    path = folder / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    before = path.read_bytes()
    with _storage().write_protected(path if protect == "file" else folder):
        assert not is_writable(path)
        assert diagnose(path).ok
        db = open_read_only(path)
        try:
            assert count_participants(db) > 100  # everything can be looked up
            with pytest.raises(DatabaseReadOnly) as refused:
                create_participant(db, new_person(1))
            assert refused.value.message().startswith(f"De database {path} kan alleen gelezen")
            assert count_participants(db) > 100  # and the app goes on
        finally:
            db.close()
    assert path.read_bytes() == before
    # A read-only connection may leave an empty WAL and its index beside a protected file.
    left = {p.name: p.stat().st_size for p in folder.iterdir()}
    assert set(left) <= {"werkfit.sqlite", "werkfit.sqlite-wal", "werkfit.sqlite-shm"}
    assert left.get("werkfit.sqlite-wal", 0) == 0


def test_no_permission_is_explained(demo_template, tmp_path):
    folder = tmp_path / "van-een-collega"
    folder.mkdir()
    path = folder / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    with _storage().no_permission(folder):
        found = diagnose(path)
        assert found.damage is Damage.UNREADABLE
        assert found.message().startswith(f"Het bestand {path} kan niet gelezen worden")
    assert diagnose(path).ok


# network shares ----------------------------------------------------------------------
MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//nas/werkfit /mnt/team\\040share cifs rw,vers=3.0 0 0
nas:/export /srv/nfs nfs4 rw 0 0
coach@laptop:/data /home/jc/remote fuse.sshfs rw 0 0
/dev/sdb1 /media/usb vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/team share/werkfit.sqlite", True),
        ("/srv/nfs/regio/werkfit.sqlite", True),
        ("/home/jc/remote/werkfit.sqlite", True),
        ("/home/jc/werkfit.sqlite", False),
        ("/media/usb/werkfit.sqlite", False),
        ("/mnt/team/werkfit.sqlite", False),  # a prefix of a mount point is not inside it
    ],
)
def test_network_shares_are_recognised_from_the_mount_table(path, network):
    assert is_network_path(path, parse_proc_mounts(MOUNTS), platform="linux") is network


def test_windows_and_mac_network_paths():
    assert is_network_path(r"\\server\werkfit\werkfit.sqlite", [], platform="linux")
    assert is_network_path("//server/werkfit/werkfit.sqlite", [], platform="linux")
    mac = parse_mount_output(
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//coach@nas._smb._tcp.local/Team on /Volumes/Team (smbfs, nodev, nosuid, mounted by jc)\n"
    )
    assert mac == [("/", "apfs"), ("/Volumes/Team", "smbfs")]
    assert is_network_path("/Volumes/Team/werkfit.sqlite", mac, platform="darwin")
    assert not is_network_path("/Users/jc/werkfit.sqlite", mac, platform="darwin")


def test_this_machine_is_checked_without_failing(tmp_path):
    assert is_network_path(tmp_path / "werkfit.sqlite") in (True, False)
    assert os.path.isdir(tmp_path)
