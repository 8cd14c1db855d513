"""The dashboard: every figure equals what the underlying service gives on the demo data."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import event, select
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain import Enrolment, Outcome
from werkfit_desktop.domain.certificate_state import CertificateState
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.attendance_stats import cohort_totals
from werkfit_desktop.services.caseload import CaseloadFilter, caseload
from werkfit_desktop.services.certificates import certificate_overview
from werkfit_desktop.services.cohort_page import CohortState
from werkfit_desktop.services.cohorts import list_cohorts
from werkfit_desktop.services.dashboard import dashboard, follow_ups, week_attendance
from werkfit_desktop.services.outcome_figures import cohort_outcomes
from werkfit_desktop.services.outcomes import set_outcome_deleted
from werkfit_desktop.services.planning_calendar import sessions_between
from werkfit_desktop.services.staff import list_staff

WEDNESDAY = DEMO_TODAY + dt.timedelta(days=2)


@pytest.fixture(scope="module")
def demo(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("dashboard") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


def test_running_cohorts_with_this_weeks_attendance(demo):
    board = dashboard(demo, WEDNESDAY)
    running = [c for c in list_cohorts(demo, today=WEDNESDAY) if c.state is CohortState.RUNNING]
    assert running
    assert sorted(r.cohort_id for r in board.running) == sorted(c.id for c in running)
    assert (board.week_year, board.week) == (2026, 48)
    for row in board.running:
        until = cohort_totals(demo, row.cohort_id, as_of=WEDNESDAY)
        before = cohort_totals(demo, row.cohort_id, as_of=dt.date(2026, 11, 22))
        assert row.week.sessions_held == until.sessions_held - before.sessions_held
        assert row.week.present == until.present - before.present
        assert row.week.registered == until.registered - before.registered


def test_week_attendance_counts_only_sessions_held_so_far_this_week(demo):
    cohort = dashboard(demo, WEDNESDAY).running[0]
    monday = week_attendance(demo, cohort.cohort_id, DEMO_TODAY)
    wednesday = week_attendance(demo, cohort.cohort_id, WEDNESDAY)
    # Later sessions of the week are not held yet on Monday; last week's never count.
    assert 0 < monday.sessions_held < wednesday.sessions_held
    last_sunday = cohort_totals(demo, cohort.cohort_id, as_of=dt.date(2026, 11, 22))
    until_monday = cohort_totals(demo, cohort.cohort_id, as_of=DEMO_TODAY)
    assert monday.sessions_held == until_monday.sessions_held - last_sunday.sessions_held
    assert monday.attended == until_monday.attended - last_sunday.attended
    if monday.registered:
        assert monday.attendance_pct == pytest.approx(100 * monday.attended / monday.registered)


def test_outcome_rate_per_finished_cohort(demo):
    board = dashboard(demo, DEMO_TODAY)
    finished = [c for c in list_cohorts(demo, today=DEMO_TODAY) if c.state is CohortState.FINISHED]
    assert finished
    assert sorted(f.cohort_id for f in board.finished) == sorted(c.id for c in finished)
    for row in board.finished:
        figures = cohort_outcomes(demo, row.cohort_id, DEMO_TODAY)
        assert row.paid_work_pct == figures.paid_work_pct
        assert row.participants == figures.participants


def test_follow_ups_of_everyone_and_of_one_coach(demo):
    everyone = follow_ups(demo, DEMO_TODAY)
    expected = []
    for staff in list_staff(demo, active_only=False):
        expected += caseload(demo, staff.id, DEMO_TODAY, CaseloadFilter.OVERDUE)
        expected += caseload(demo, staff.id, DEMO_TODAY, CaseloadFilter.THIS_WEEK)
    assert sorted(r.participant_id for r in everyone) == sorted(r.participant_id for r in expected)
    dues = [r.next_due for r in everyone]
    assert dues == sorted(dues)
    assert all(r.next_due <= dt.date(2026, 11, 29) for r in everyone)
    coach = next((r for r in everyone if r.owner), None)
    if coach is not None:
        staff_id = next(s.id for s in list_staff(demo, active_only=False) if s.name == coach.owner)
        mine = dashboard(demo, DEMO_TODAY, staff_id=staff_id).follow_ups
        assert {r.owner for r in mine} == {coach.owner}


def test_expiring_certificates_and_sessions_this_week(demo):
    board = dashboard(demo, DEMO_TODAY, expiry_window_days=90)
    expected = certificate_overview(demo, DEMO_TODAY, 90, state=CertificateState.EXPIRING_SOON)
    assert [c.id for c in board.expiring] == [c.id for c in expected]
    week = sessions_between(demo, dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert [s.id for s in board.sessions] == [s.id for s in week]
    assert board.sessions


def test_week_year_at_new_year(db):
    board = dashboard(db, dt.date(2027, 1, 1))
    assert (board.week_year, board.week) == (2026, 53)
    assert board.week_start == dt.date(2026, 12, 28)
    assert board.running == () and board.finished == () and board.sessions == ()


def test_follow_ups_of_every_coach_in_one_query_over_the_notes(demo):
    """However many job coaches there are, the follow-ups read the coaching notes once."""
    statements = []

    def remember(_conn, _cursor, statement, _parameters, _context, _many):
        statements.append(statement)

    event.listen(demo.engine, "before_cursor_execute", remember)
    try:
        everyone = follow_ups(demo, DEMO_TODAY)
    finally:
        event.remove(demo.engine, "before_cursor_execute", remember)
    assert everyone
    assert len(list_staff(demo, active_only=False)) > 1
    assert sum("coaching_note" in s for s in statements) == 1
    assert not any("row_number" in s.lower() for s in statements)


def test_a_removed_paid_job_no_longer_counts_for_the_finished_cohort(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    try:
        board = dashboard(db, DEMO_TODAY)
        cohort = next(c for c in board.finished if c.paid_work)
        with db.read() as session:
            job = session.scalar(
                select(Outcome.id)
                .join(Enrolment, Enrolment.id == Outcome.enrolment_id)
                .where(Enrolment.cohort_id == cohort.cohort_id, Outcome.kind == "paid_job")
                .limit(1)
            )
        set_outcome_deleted(db, job, True)
        after = next(
            c for c in dashboard(db, DEMO_TODAY).finished if c.cohort_id == cohort.cohort_id
        )
        figures = cohort_outcomes(db, cohort.cohort_id, DEMO_TODAY)
        assert (after.participants, after.paid_work, after.paid_work_pct) == (
            figures.participants,
            figures.paid_work,
            figures.paid_work_pct,
        )
        assert after.participants == cohort.participants
        assert after.paid_work <= cohort.paid_work
    finally:
        db.close()
