"""Damaged database files: found by the check on open, kept aside, replaced by a backup.
(The GUI's open path over every damaged variant: tests/ui/test_recovery.py.)"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import shutil
import sqlite3
import sys
from pathlib import Path

from werkfit_desktop.persistence.backup import backup_folder, make_backup
from werkfit_desktop.persistence.recovery import (
    Damage,
    diagnose,
    newest_good_backup,
    restore_newest,
    set_aside,
)


def _damage():
    if "damage" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "damage", Path(__file__).with_name("damage.py")
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["damage"] = module
        spec.loader.exec_module(module)
    return sys.modules["damage"]


def snapshot(folder: Path) -> dict[str, bytes]:
    """The files in `folder`, but a -shm: SQLite's index of the WAL, rebuilt from the WAL by
    whoever reads it (a read-only look at a WAL makes one)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith("-shm")
    }


def test_every_variant_is_diagnosed_without_changing_anything(demo_template, tmp_path):
    variants = _damage().make_variants(demo_template, tmp_path)
    assert len(variants) >= 100
    kinds: dict[str, int] = {}
    for variant in variants:
        before = snapshot(variant.path.parent)
        found = diagnose(variant.path)
        assert snapshot(variant.path.parent) == before, variant.name  # nothing made or changed
        if variant.must_detect:
            assert not found.ok, variant.name
        elif found.ok:  # a WAL SQLite copes with: then the file must really be consistent
            assert not _damage().integrity_fails(variant.path), variant.name
        if not found.ok:
            assert str(variant.path) in found.message()
            kinds[found.damage.name] = kinds.get(found.damage.name, 0) + 1
    print(f"\ndamaged variants: {len(variants)}, detected: {sum(kinds.values())}, {kinds}")
    assert sum(kinds.values()) >= 100


def test_a_healthy_database_passes(db_path, demo_template):
    assert diagnose(db_path).ok and diagnose(demo_template).ok
    assert diagnose(db_path.with_name("nieuw.sqlite")).ok  # a new file is no damage


def test_the_damaged_file_is_kept_and_the_newest_good_backup_restored(demo_template, tmp_path):
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    older = make_backup(path, "auto", now=dt.datetime(2026, 11, 19, 17, 0))
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE participant SET first_name = 'Nguyễn Thị' WHERE rowid = 1")
    newer = make_backup(path, "close", now=dt.datetime(2026, 11, 20, 17, 0))
    # The newest backup is damaged itself: it is passed over.
    damaged_backup = backup_folder(path) / "werkfit_2026-11-21_17-00-00_auto.sqlite"
    damaged_backup.write_bytes(newer.path.read_bytes()[:8192])
    data = bytearray(path.read_bytes())
    data[4096 * 5 : 4096 * 6] = bytes(4096)
    path.write_bytes(bytes(data))
    stale_wal = Path(str(path) + "-wal")
    stale_wal.write_bytes(b"not a wal")
    assert diagnose(path).damage is Damage.DAMAGED_PAGES

    kept = set_aside(path)
    assert kept.name == "werkfit.sqlite.corrupt"
    assert kept.read_bytes() == bytes(data)
    assert Path(str(kept) + "-wal").read_bytes() == b"not a wal"
    assert (
        set_aside(path).name == "werkfit.sqlite.corrupt-2"
    )  # an earlier copy is never overwritten

    best = newest_good_backup(path)
    assert best.path == newer.path and best.path != older.path
    assert restore_newest(path, best, kept=kept) == kept
    assert diagnose(path).ok
    assert not stale_wal.exists()  # never replayed over the restored pages
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT first_name FROM participant WHERE rowid = 1").fetchone() == (
            "Nguyễn Thị",
        )
    assert kept.read_bytes() == bytes(data)  # still kept after the restore


def test_no_backup_at_all(tmp_path):
    assert newest_good_backup(tmp_path / "werkfit.sqlite") is None
