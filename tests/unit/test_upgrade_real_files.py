"""Upgrading real database files written by earlier versions (kept in tests/data/, as the
users' own files would be): the data survives, the stored vocabulary is renamed, and the
pre-migration copy is the old file."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from werkfit_desktop.domain import CoachingNote, Enrolment, Participant, PhasePeriod
from werkfit_desktop.domain.enums import LeadRole, Phase
from werkfit_desktop.persistence.backup import list_backups
from werkfit_desktop.persistence.checks import check_database
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.persistence.migrate import HEAD_REVISION, read_revision

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def version_0001(tmp_path) -> Path:
    """The demo region (seed 3) as Werkfit Desktop 0.1 with schema 0001 wrote it."""
    path = tmp_path / "werkfit.sqlite"
    with gzip.open(DATA / "werkfit-0001-demo.sqlite.gz") as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return path


def counts(path: Path, *queries: str) -> list:
    with sqlite3.connect(path) as conn:
        return [conn.execute(q).fetchall() for q in queries]


def test_a_0001_file_upgrades_with_its_data_and_new_vocabulary(version_0001):
    path = version_0001
    assert read_revision(path) == "0001_initial"
    tables = ("participant", "enrolment", "attendance", "certificate", "coaching_note")
    before = counts(path, *(f"SELECT count(*) FROM {t}" for t in tables))
    old_phases = dict(counts(path, "SELECT current_phase, count(*) FROM enrolment GROUP BY 1")[0])
    old_leads = dict(counts(path, "SELECT lead_role, count(*) FROM enrolment GROUP BY 1")[0])
    assert old_phases["intake"] > 0 and old_leads["coach"] > 0

    db = open_database(path)
    try:
        assert read_revision(path) == HEAD_REVISION
        with db.read() as session:
            phases = dict(
                session.execute(
                    select(Enrolment.current_phase, func.count()).group_by(Enrolment.current_phase)
                ).all()
            )
            leads = dict(
                session.execute(
                    select(Enrolment.lead_role, func.count()).group_by(Enrolment.lead_role)
                ).all()
            )
            # Every stored value reads back as a member of today's vocabulary.
            assert all(isinstance(p, Phase) for p in phases)
            assert phases[Phase.RECRUITMENT] == old_phases["intake"]
            assert phases.get(Phase.MATCH, 0) == old_phases.get("plaatsing", 0)
            assert leads[LeadRole.JOB_COACH] == old_leads["coach"]
            assert session.scalar(
                select(func.count()).select_from(PhasePeriod).where(PhasePeriod.phase == Phase.MATCH)
            ) > 0
            assert session.scalar(
                select(func.count()).select_from(CoachingNote).where(CoachingNote.draft.is_(True))
            ) == 0
            assert session.scalar(
                select(func.count()).select_from(Participant).where(
                    Participant.job_coach_id.is_not(None)
                )
            ) == 0
    finally:
        db.close()

    assert counts(path, *(f"SELECT count(*) FROM {t}" for t in tables)) == before
    assert check_database(path).ok
    [made] = list_backups(path)
    assert made.reason == "migration"
    backup = made.path
    assert read_revision(backup) == "0001_initial"
    assert counts(backup, "SELECT count(*) FROM participant") == before[:1]
