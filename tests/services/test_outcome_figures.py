"""A cohort's outcome figures against hand-computed numbers: a hand-made cohort of 18 (13
into paid work, 1 BBL, 2 dropouts, 2 without an outcome yet), durability at 6/12/18
months from job end dates and coaching contacts, edge cases, and the demo's cohorts."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select
from tests.conftest import DEMO_TODAY

from werkfit_desktop.domain import (
    CoachingNote,
    Cohort,
    Enrolment,
    Organisation,
    Participant,
    Programme,
    utcnow,
)
from werkfit_desktop.domain.enums import (
    ContactType,
    DropoutReason,
    EnrolmentStatus,
    OutcomeKind,
    Phase,
)
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services.outcome_figures import add_months, cohort_outcomes
from werkfit_desktop.services.outcomes import OutcomeInput, record_outcome

TODAY = dt.date(2026, 11, 23)
START = dt.date(2025, 1, 6)
D = dt.date.fromisoformat


def make_cohort(db, code: str = "TEST-1", start: dt.date = START) -> str:
    with db.write() as session:
        organisation = Organisation(name="Leerwerkbedrijf Test")
        programme = Programme(name="Werkfit Test")
        session.add_all([organisation, programme])
        session.flush()
        cohort = Cohort(
            code=code,
            programme_id=programme.id,
            organisation_id=organisation.id,
            start_date=start,
            end_date=start + dt.timedelta(days=80),
        )
        session.add(cohort)
        session.flush()
        return cohort.id


def enrol(db, cohort_id, number, status=EnrolmentStatus.COMPLETED, dropout_reason=None):
    """A new participant enrolled in the cohort: (participant id, enrolment id)."""
    with db.write() as session:
        cohort = session.get_one(Cohort, cohort_id)
        participant = Participant(
            participant_number=f"T-{number:04d}", first_name=f"Deelnemer{number}", last_name="Test"
        )
        session.add(participant)
        session.flush()
        enrolment = Enrolment(
            participant_id=participant.id,
            cohort_id=cohort_id,
            start_date=cohort.start_date,
            status=status,
            current_phase=Phase.FINISHED,
            dropout_reason=dropout_reason,
        )
        session.add(enrolment)
        session.flush()
        return participant.id, enrolment.id


def note(db, participant_id, on, draft=False, deleted=False):
    with db.write() as session:
        session.add(
            CoachingNote(
                participant_id=participant_id,
                contact_at=dt.datetime(on.year, on.month, on.day, 10, 0, tzinfo=dt.UTC),
                contact_type=ContactType.PHONE,
                discussed="Gaat goed op het werk.",
                draft=draft,
                deleted_at=utcnow() if deleted else None,
            )
        )


def job(db, enrolment_id, start, end=None, hours=None):
    record_outcome(
        db,
        enrolment_id,
        OutcomeInput(
            OutcomeKind.PAID_JOB, start_date=D(start), end_date=end and D(end), hours_per_week=hours
        ),
    )


# The 13 who found paid work: (first job start, end, hours, latest coaching contact) and
# the hand-worked state at 6 / 12 / 18 months after the job start (as on 23-11-2026):
# D durable, N not durable, ? not yet known.
PAID = [
    ("2025-04-01", None, 36, "2026-10-01", "DDD"),  # contact on the 18-month date itself
    ("2025-04-01", None, 24, "2026-05-01", "DD?"),  # part-time; contact before 01-10-2026
    ("2025-05-01", "2025-08-31", 32, None, "NNN"),  # ended within 6 months
    ("2025-05-01", "2026-02-28", 20, None, "DNN"),  # part-time; end after 6 months
    ("2025-06-02", None, 38, None, "???"),  # no coaching contact confirms anything
    ("2026-08-03", None, 16, "2026-11-01", "???"),  # part-time; 6 months still ahead
    ("2025-03-03", "2025-09-03", 40, None, "DNN"),  # ended on the 6-month date: still in work
    ("2025-03-03", "2025-06-30", 36, "2026-11-01", "DDD"),  # + a second job from 14-07-2025
    ("2025-04-14", None, None, "2025-12-01", "D??"),  # hours unknown: not part-time
    ("2025-04-14", None, 28, "2026-06-01", "DD?"),  # part-time; later draft/deleted notes
    ("2025-09-01", "2026-08-31", 32, None, "DN?"),  # 32 h is not part-time; 18 m ahead
    ("2025-09-01", None, 32, "2026-11-20", "DD?"),  # 18 months still ahead
    ("2025-02-03", None, 40, "2026-11-01", "DDD"),  # dropped out for work elsewhere
]


@pytest.fixture
def cohort_18(db):
    cohort_id = make_cohort(db)
    for number, (start, end, hours, contact, _) in enumerate(PAID, start=1):
        status = EnrolmentStatus.DROPPED_OUT if number == 13 else EnrolmentStatus.COMPLETED
        reason = DropoutReason.WORK_ELSEWHERE if number == 13 else None
        participant_id, enrolment_id = enrol(db, cohort_id, number, status, reason)
        job(db, enrolment_id, start, end, hours)
        if number == 8:
            job(db, enrolment_id, "2025-07-14", None, 24)
        if contact:
            note(db, participant_id, D(contact))
        if number == 10:
            note(db, participant_id, D("2026-11-01"), draft=True)
            note(db, participant_id, D("2026-11-10"), deleted=True)
    _, bbl = enrol(db, cohort_id, 14)
    record_outcome(db, bbl, OutcomeInput(OutcomeKind.APPRENTICESHIP, start_date=D("2025-05-01")))
    _, health = enrol(db, cohort_id, 15, EnrolmentStatus.DROPPED_OUT)
    record_outcome(
        db, health, OutcomeInput(OutcomeKind.DROPOUT, dropout_reason=DropoutReason.HEALTH)
    )
    enrol(db, cohort_id, 16, EnrolmentStatus.DROPPED_OUT, DropoutReason.MOTIVATION)
    enrol(db, cohort_id, 17)
    enrol(db, cohort_id, 18, EnrolmentStatus.ACTIVE)
    return cohort_id


def test_hand_made_cohort_of_18(db, cohort_18):
    figures = cohort_outcomes(db, cohort_18, TODAY)

    assert figures.participants == 18
    assert figures.finished == 14  # 1-12, 14 and 17 completed
    assert figures.paid_work == 13
    assert figures.paid_work_pct == pytest.approx(72.22, abs=0.01)  # 13 / 18
    assert figures.part_time == 4  # 24, 20, 16 and 28 hours
    assert figures.apprenticeship == 1
    assert (figures.education, figures.volunteering, figures.other) == (0, 0, 0)
    assert figures.dropout == 2  # no. 13 dropped out but into work: counted as paid work
    assert figures.dropout_by_reason == {DropoutReason.HEALTH: 1, DropoutReason.MOTIVATION: 1}
    assert figures.no_outcome == 2


def test_durability_counts(db, cohort_18):
    figures = cohort_outcomes(db, cohort_18, TODAY)

    for index, months in enumerate((6, 12, 18)):
        states = [row[4][index] for row in PAID]
        durability = figures.durable_at(months)
        assert (durability.durable, durability.not_durable, durability.not_yet_known) == (
            states.count("D"),
            states.count("N"),
            states.count("?"),
        ), months
    assert figures.durable_at(6) == figures.durability[0]
    assert (figures.durable_at(6).durable, figures.durable_at(6).not_durable) == (10, 1)
    assert (figures.durable_at(12).durable, figures.durable_at(12).not_durable) == (6, 4)
    assert figures.durable_at(12).not_yet_known == 3
    assert (figures.durable_at(18).durable, figures.durable_at(18).not_yet_known) == (3, 7)


def test_days_from_cohort_start_to_job(db, cohort_18):
    figures = cohort_outcomes(db, cohort_18, TODAY)

    # 28, 56, 56, 85, 85, 98, 98, 115, 115, 147, 238, 238, 574 days after 06-01-2025
    assert figures.days_to_placement_median == 98
    assert figures.days_to_placement_average == pytest.approx(1933 / 13)


def test_figures_as_seen_earlier_know_less(db, cohort_18):
    figures = cohort_outcomes(db, cohort_18, dt.date(2025, 12, 1))

    # 6-month dates after 01-12-2025 (jobs from 02-06-2025) are not known yet.
    assert figures.durable_at(6).not_yet_known == 4
    assert figures.durable_at(12).durable == 0


def test_empty_cohort(db):
    figures = cohort_outcomes(db, make_cohort(db, "LEEG-1"), TODAY)

    assert figures.participants == 0
    assert figures.paid_work_pct is None
    assert figures.days_to_placement_median is None
    assert figures.days_to_placement_average is None
    assert figures.durable_at(6).durable == 0


def test_deleted_outcome_does_not_count(db):
    from werkfit_desktop.services.outcomes import set_outcome_deleted

    cohort_id = make_cohort(db, "DEL-1")
    _, enrolment_id = enrol(db, cohort_id, 1)
    outcome_id, _ = record_outcome(
        db, enrolment_id, OutcomeInput(OutcomeKind.PAID_JOB, start_date=D("2025-03-01"))
    )
    set_outcome_deleted(db, outcome_id, True)

    figures = cohort_outcomes(db, cohort_id, TODAY)
    assert (figures.paid_work, figures.no_outcome) == (0, 1)


def test_add_months_clips_to_month_end():
    assert add_months(D("2025-08-31"), 6) == D("2026-02-28")
    assert add_months(D("2025-01-31"), 1) == D("2025-02-28")
    assert add_months(D("2025-07-14"), 18) == D("2027-01-14")


def test_demo_finished_cohorts_reach_65_to_80_percent_paid_work(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    try:
        with db.read() as session:
            finished = session.scalars(select(Cohort.id).where(Cohort.end_date < DEMO_TODAY)).all()
        assert finished
        for cohort_id in finished:
            figures = cohort_outcomes(db, cohort_id, DEMO_TODAY)
            assert 65 <= figures.paid_work_pct <= 80
            assert figures.no_outcome == 0
    finally:
        db.close()
