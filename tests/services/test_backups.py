"""The backup list with counts: read from each backup, damaged ones listed as damaged."""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
from pathlib import Path

from sqlalchemy import func, select

from werkfit_desktop.domain import CoachingNote, Participant
from werkfit_desktop.persistence.backup import backup_folder, make_backup
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.backups import REASON_LABELS, backup_summaries
from werkfit_desktop.services.participants import set_participant_deleted

DATA = Path(__file__).resolve().parent.parent / "data"
T0 = dt.datetime(2026, 11, 23, 9, 0)


def test_each_backup_is_listed_with_what_it_holds(demo_template, tmp_path):
    path = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    try:
        with db.read() as session:
            participants = session.scalar(select(func.count()).select_from(Participant))
            notes = session.scalar(
                select(func.count()).select_from(CoachingNote).where(CoachingNote.draft.is_(False))
            )
            some_participant = session.scalar(select(Participant.id).limit(1))
        first = make_backup(path, "manual", now=T0)
        set_participant_deleted(db, some_participant, True)  # a tombstone: no longer counted
        second = make_backup(path, "auto", now=T0 + dt.timedelta(minutes=30))
    finally:
        db.close()
    damaged = backup_folder(path) / "werkfit_2026-11-23_10-00-00_close.sqlite"
    data = bytearray(second.path.read_bytes())
    data[4096:16384] = b"\x00" * 12288
    damaged.write_bytes(bytes(data))

    summaries = backup_summaries(path)

    assert [(s.path, s.reason, s.damaged) for s in summaries] == [
        (damaged, "close", True),
        (second.path, "auto", False),
        (first.path, "manual", False),
    ]
    assert (summaries[0].participants, summaries[0].notes) == (None, None)
    assert summaries[0].size == damaged.stat().st_size
    assert (summaries[2].participants, summaries[2].notes) == (participants, notes)
    assert (summaries[1].participants, summaries[1].notes) == (participants - 1, notes)
    assert summaries[2].made_at == T0 and summaries[2].size == first.size
    assert notes > 0


def test_a_backup_from_before_an_update_is_counted_too(tmp_path):
    """The pre-update copy has the old schema (no notes' `draft` column): still counted."""
    path = tmp_path / "werkfit.sqlite"
    with gzip.open(DATA / "werkfit-0001-demo.sqlite.gz") as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    open_database(path).close()  # upgrades, with a backup first

    [summary] = backup_summaries(path)

    assert summary.reason == "migration" and not summary.damaged
    assert summary.participants > 0 and summary.notes > 0


def test_no_backups_yet_and_every_reason_has_a_label(db_path):
    assert backup_summaries(db_path) == []
    from werkfit_desktop.persistence.backup import REASONS

    assert set(REASON_LABELS) == set(REASONS)
