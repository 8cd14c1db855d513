"""The progress figures are the other services' own figures, for the same participant."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import func, select
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain import Certificate, Participant, PlacementDay, StaffMember
from werkfit_desktop.domain.certificate_state import DEFAULT_EXPIRY_WINDOW_DAYS
from werkfit_desktop.domain.enums import ContactType
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import (
    attendance_stats,
    certificates,
    coaching,
    development_plan,
    placement_days,
    skill_trend,
)
from werkfit_desktop.services.progress import (
    Period,
    SheetOptions,
    find_participant,
    progress_figures,
    progress_sheet_data,
)
from werkfit_desktop.services.validation import ValidationFailed


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("progress") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    with db.read() as session:
        pid = session.scalar(
            select(PlacementDay.participant_id)
            .join(Certificate, Certificate.participant_id == PlacementDay.participant_id)
            .group_by(PlacementDay.participant_id)
            .order_by(func.count().desc(), PlacementDay.participant_id)
            .limit(1)
        )
        author = session.scalar(select(StaffMember.id).limit(1))
    coaching.finish_note(
        db,
        author,
        pid,
        coaching.NoteInput(
            contact_at=dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC),
            contact_type=ContactType.PHONE,
            discussed="GEHEIM-7f3a private matter",
            private=True,
        ),
        now=dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC),
    )
    yield db, pid
    db.close()


def test_figures_are_the_services_own(demo):
    db, pid = demo
    f = progress_figures(db, pid, today=DEMO_TODAY)
    assert f.cohort_id is not None
    per_module = attendance_stats.module_figures(db, f.cohort_id, pid, DEMO_TODAY)
    assert {m.module_id: m.figures for m in f.modules} == per_module
    assert (
        f.attendance_total == attendance_stats.participant_figures(db, f.cohort_id, DEMO_TODAY)[pid]
    )
    assert f.attendance_total.sessions_held == sum(m.sessions_held for m in per_module.values())
    assert list(f.certificates) == certificates.participant_certificates(
        db, pid, DEMO_TODAY, DEFAULT_EXPIRY_WINDOW_DAYS
    )
    assert list(f.placement_days) == placement_days.days_for_participant(db, pid)
    assert f.plan == development_plan.get_plan(db, pid)
    assert f.trend == skill_trend.skill_trend(db, pid)
    assert f.certificates and f.placement_days and f.trend.weeks


def test_private_notes_and_drafts_are_left_out(demo):
    db, pid = demo
    f = progress_figures(db, pid, today=DEMO_TODAY)
    everything = coaching.notes_for_participant(db, pid, None)
    assert any(n.data.private for n in everything)
    assert [n.id for n in f.notes] == [
        n.id for n in everything if not n.data.private and not n.draft
    ]
    assert all("GEHEIM-7f3a" not in n.data.discussed for n in f.notes)


def test_period_limits_dated_lists_and_attendance(demo):
    db, pid = demo
    whole = progress_figures(db, pid, today=DEMO_TODAY)
    start, end = dt.date(2026, 5, 1), dt.date(2026, 5, 31)
    f = progress_figures(db, pid, period=Period(start, end), today=DEMO_TODAY)
    assert all(start <= d.date <= end for d in f.placement_days)
    assert len(f.placement_days) < len(whole.placement_days)
    assert f.attendance_total == attendance_stats.participant_figures(db, f.cohort_id, end)[pid]
    sheet = progress_sheet_data(db, pid, SheetOptions(start, end), today=DEMO_TODAY)
    assert (sheet.period_from, sheet.period_to) == (start, end)


def test_find_participant(demo):
    db, pid = demo
    with db.read() as session:
        number = session.get(Participant, pid).participant_number
    assert find_participant(db, f" {number} ") == pid
    with pytest.raises(ValidationFailed):
        find_participant(db, "D-999999")
