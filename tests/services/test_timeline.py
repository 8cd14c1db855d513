"""A participant's timeline on the demo data: every kind of event, newest first, filterable,
coaching notes without drafts."""

from __future__ import annotations

import shutil

import pytest
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain.enums import StaffRole
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import coaching
from werkfit_desktop.services.caseload import caseload
from werkfit_desktop.services.staff import list_staff
from werkfit_desktop.services.timeline import EventKind, timeline


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def placed(demo):
    """A placed participant of the first job coach (most overdue one)."""
    coach = list_staff(demo, StaffRole.JOB_COACH)[0]
    return coach.id, caseload(demo, coach.id, DEMO_TODAY)[0].participant_id


def test_every_kind_newest_first(demo, placed):
    _, pid = placed
    events = timeline(demo, pid)
    kinds = {e.kind for e in events}
    assert {EventKind.INTAKE, EventKind.ENROLMENT, EventKind.OUTCOME, EventKind.NOTE} <= kinds
    days = [e.day for e in events]
    assert days == sorted(days, reverse=True)
    assert events[-1].kind is EventKind.INTAKE
    assert all(e.title() for e in events)  # every title formats


def test_filter_by_kind(demo, placed):
    _, pid = placed
    notes = timeline(demo, pid, {EventKind.NOTE})
    assert notes and {e.kind for e in notes} == {EventKind.NOTE}
    both = timeline(demo, pid, {EventKind.NOTE, EventKind.OUTCOME})
    assert len(both) == len(notes) + len(timeline(demo, pid, {EventKind.OUTCOME}))


def test_drafts_stay_off_the_timeline(demo, placed):
    coach, pid = placed
    before = len(timeline(demo, pid, {EventKind.NOTE}))
    draft = coaching.NoteInput(contact_at=coaching.utcnow(), discussed="Nog bezig met typen")
    coaching.save_draft(demo, coach, pid, draft)
    assert len(timeline(demo, pid, {EventKind.NOTE})) == before
