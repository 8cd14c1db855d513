"""Cohorts: creating one (unique code, a suggested code), enrolling existing and new
participants in one transaction, unenrolling as a dropout that keeps its record, undo
through snapshots, and the cohort page's figures against hand-computed values."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from werkfit_desktop.domain import (
    Attendance,
    Certificate,
    CertificateType,
    Employer,
    Enrolment,
    Module,
    Organisation,
    Participant,
    PhasePeriod,
    PlacementDay,
    TrainingSession,
)
from werkfit_desktop.domain.enums import (
    AttendanceStatus,
    DropoutReason,
    EnrolmentStatus,
    ExamResult,
    LeadRole,
    Phase,
    PlacementDayKind,
)
from werkfit_desktop.persistence.database import open_database
from werkfit_desktop.services import cohorts as service
from werkfit_desktop.services.cohorts import CohortInput, CohortState, EnrolmentSnapshot
from werkfit_desktop.services.demo import create_demo
from werkfit_desktop.services.participants import ParticipantInput, create_participant
from werkfit_desktop.services.programmes import ModuleInput, ProgrammeInput, save_programme
from werkfit_desktop.services.validation import ValidationFailed

START = dt.date(2026, 3, 2)  # a Monday
END = dt.date(2026, 3, 27)
AS_OF = dt.date(2026, 3, 6)


def message(error) -> str:
    return error.message(lambda _context, source: source)


@dataclass
class Built:
    organisation_id: str
    programme_id: str
    cohort_id: str
    types: dict[str, str]
    people: dict[str, str]  # first name -> participant id


def _reference(db) -> tuple[str, dict[str, str]]:
    with db.write() as session:
        organisation = Organisation(name="Leerwerkbedrijf De Brug", short_name="De Brug")
        session.add(organisation)
        types = {}
        for name, months in (("VCA Basis", 120), ("BHV", 12), ("EHBO", 24)):
            kind = CertificateType(name=name, default_validity_months=months)
            session.add(kind)
            session.flush()
            types[name] = kind.id
        return organisation.id, types


def _person(db, first, particle, last, **extra) -> str:
    pid, _ = create_participant(
        db,
        ParticipantInput(
            first_name=first,
            name_particle=particle,
            last_name=last,
            date_of_birth=dt.date(1990, 5, 17),
            **extra,
        ),
    )
    return pid


@pytest.fixture
def built(db) -> Built:
    """A cohort of three: Ayşe, Jan and Łukasz (who will leave), nothing registered yet."""
    organisation_id, types = _reference(db)
    programme_id, _ = save_programme(
        db,
        None,
        ProgrammeInput(
            name="Werkfit Installatietechniek",
            planned_weeks=4,
            modules=(
                ModuleInput("Taal en werkcultuur", 2),
                ModuleInput("VCA Basis", 2, certificate_type_id=types["VCA Basis"]),
                ModuleInput("BHV", 1, certificate_type_id=types["BHV"]),
            ),
        ),
    )
    cohort_id, _ = service.create_cohort(
        db,
        CohortInput(
            code="WF-INST-2026-1",
            programme_id=programme_id,
            organisation_id=organisation_id,
            start_date=START,
            end_date=END,
            location="Zwolle",
            funding_source="Scholingsvouchers",
        ),
    )
    people = {
        "Ayşe": _person(db, "Ayşe", None, "Yılmaz", client_manager="Marieke Jansen"),
        "Jan": _person(db, "Jan", "van den", "Berg"),
        "Łukasz": _person(db, "Łukasz", None, "Wróbel"),
    }
    return Built(organisation_id, programme_id, cohort_id, types, people)


def enrolment_of(db, participant_id, cohort_id) -> Enrolment:
    with db.read() as session:
        return session.scalars(
            select(Enrolment)
            .where(Enrolment.participant_id == participant_id, Enrolment.cohort_id == cohort_id)
            .execution_options(include_deleted=True)
        ).one()


def periods_of(db, enrolment_id) -> list[PhasePeriod]:
    with db.read() as session:
        return list(
            session.scalars(
                select(PhasePeriod)
                .where(PhasePeriod.enrolment_id == enrolment_id)
                .order_by(PhasePeriod.created_at)
            )
        )


def count(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


# creating cohorts --------------------------------------------------------------------
def test_a_cohort_code_is_unique(db, built):
    again = CohortInput(
        code="wf-inst-2026-1",
        programme_id=built.programme_id,
        organisation_id=built.organisation_id,
        start_date=dt.date(2026, 9, 7),
    )
    with pytest.raises(ValidationFailed) as failed:
        service.create_cohort(db, again)
    [error] = failed.value.errors
    assert error.field == "code"
    assert message(error) == "The cohort code wf-inst-2026-1 already exists."
    assert len(service.list_cohorts(db)) == 1


def test_a_cohort_needs_code_programme_organisation_and_a_sensible_period(db):
    with pytest.raises(ValidationFailed) as failed:
        service.create_cohort(
            db,
            CohortInput(
                code=" ",
                programme_id=None,
                organisation_id=None,
                start_date=dt.date(2026, 5, 1),
                end_date=dt.date(2026, 4, 1),
            ),
        )
    assert [e.field for e in failed.value.errors] == [
        "code",
        "programme_id",
        "organisation_id",
        "end_date",
    ]


def test_a_code_is_suggested_in_the_programmes_pattern(db, built):
    assert service.suggest_cohort_code(db, built.programme_id, dt.date(2026, 9, 7)) == (
        "WF-INST-2026-2"
    )
    assert service.suggest_cohort_code(db, built.programme_id, dt.date(2027, 1, 11)) == (
        "WF-INST-2027-1"
    )
    other, _ = save_programme(db, None, ProgrammeInput(name="Werkfit Zorg en Welzijn"))
    assert service.suggest_cohort_code(db, other, dt.date(2026, 9, 7)) == "WZW-2026-1"


def test_the_list_shows_state_by_date_and_counts(db, built):
    later, _ = service.create_cohort(
        db,
        CohortInput(
            code="WF-INST-2026-2",
            programme_id=built.programme_id,
            organisation_id=built.organisation_id,
            start_date=dt.date(2026, 9, 7),
        ),
    )
    service.enrol(db, built.cohort_id, list(built.people.values()), START, today=START)
    enrolment = enrolment_of(db, built.people["Łukasz"], built.cohort_id)
    service.unenrol(db, enrolment.id, AS_OF, DropoutReason.MOVED, today=AS_OF)

    rows = service.list_cohorts(db, today=AS_OF)
    assert [r.code for r in rows] == ["WF-INST-2026-2", "WF-INST-2026-1"]  # newest first
    first = rows[1]
    assert (first.state, first.active_count, first.total_count, first.dropped_out_count) == (
        CohortState.RUNNING,
        2,
        3,
        1,
    )
    assert (first.programme_name, first.organisation_name, first.funding_source) == (
        "Werkfit Installatietechniek",
        "De Brug",
        "Scholingsvouchers",
    )
    assert rows[0].state is CohortState.PLANNED and rows[0].total_count == 0
    after = dt.date(2026, 4, 1)
    assert [r.state for r in service.list_cohorts(db, today=after)] == [
        CohortState.PLANNED,
        CohortState.FINISHED,
    ]
    assert [r.id for r in service.list_cohorts(db, include_finished=False, today=after)] == [later]


def test_the_programme_stays_once_sessions_are_planned(db, built):
    other, _ = save_programme(db, None, ProgrammeInput(name="Informatiebeheer"))
    data = service.get_cohort(db, built.cohort_id).data
    service.update_cohort(
        db, built.cohort_id, CohortInput(**{**data.__dict__, "location": "Kampen"})
    )
    assert service.get_cohort(db, built.cohort_id).data.location == "Kampen"
    _sessions(db, built)
    with pytest.raises(ValidationFailed) as failed:
        service.update_cohort(
            db, built.cohort_id, CohortInput(**{**data.__dict__, "programme_id": other})
        )
    assert failed.value.errors[0].field == "programme_id"
    assert service.get_cohort(db, built.cohort_id).data.programme_id == built.programme_id


# enrolling ---------------------------------------------------------------------------
def test_enrol_before_the_start_is_planned_intake_and_after_it_active_training(db, built):
    ayse, jan = built.people["Ayşe"], built.people["Jan"]
    changes = service.enrol(db, built.cohort_id, [ayse], START, today=START - dt.timedelta(days=3))
    enrolment = enrolment_of(db, ayse, built.cohort_id)
    assert changes.enrolments == {enrolment.id}
    assert changes.cohorts == {built.cohort_id}
    assert (enrolment.status, enrolment.current_phase, enrolment.start_date) == (
        EnrolmentStatus.PLANNED,
        Phase.RECRUITMENT,
        START,
    )
    assert (enrolment.lead_role, enrolment.lead_name) == (LeadRole.CLIENT_MANAGER, "Marieke Jansen")
    [period] = periods_of(db, enrolment.id)
    assert (period.phase, period.start_date, period.end_date) == (Phase.RECRUITMENT, START, None)

    late_start = dt.date(2026, 3, 9)
    service.enrol(db, built.cohort_id, [jan], late_start, today=late_start)
    enrolment = enrolment_of(db, jan, built.cohort_id)
    assert (enrolment.status, enrolment.current_phase, enrolment.lead_role) == (
        EnrolmentStatus.ACTIVE,
        Phase.TRAINING,
        LeadRole.JOB_COACH,
    )
    assert [p.phase for p in periods_of(db, enrolment.id)] == [Phase.TRAINING]


def test_enrolling_twice_changes_nothing(db, built):
    ayse = built.people["Ayşe"]
    service.enrol(db, built.cohort_id, [ayse], START, today=START)
    changes = service.enrol(db, built.cohort_id, [ayse, ayse], START, today=START)
    assert changes.enrolments == frozenset()
    assert count(db, Enrolment) == 1
    assert count(db, PhasePeriod) == 1


def test_enrol_needs_participants_and_a_start_within_the_cohort(db, built):
    with pytest.raises(ValidationFailed) as failed:
        service.enrol(db, built.cohort_id, [], START)
    assert failed.value.errors[0].field == "participants"
    with pytest.raises(ValidationFailed) as failed:
        service.enrol(db, built.cohort_id, [built.people["Jan"]], dt.date(2026, 4, 1))
    assert message(failed.value.errors[0]) == (
        "The start date lies after the end of the cohort (27-03-2026)."
    )
    assert count(db, Enrolment) == 0


def test_a_new_participant_is_created_and_enrolled_in_one_transaction(db, built):
    data = ParticipantInput(
        first_name=" Nguyễn Thị ",
        name_particle=None,
        last_name="Hoa",
        date_of_birth=dt.date(1994, 2, 3),
    )
    new_id, changes = service.enrol_new_participant(db, built.cohort_id, data, START, today=START)
    assert changes.participants == {new_id}
    assert changes.cohorts == {built.cohort_id}
    with db.read() as session:
        participant = session.get_one(Participant, new_id)
        assert (participant.first_name, participant.participant_number) == (
            "Nguyễn Thị",
            "D-000004",
        )
    enrolment = enrolment_of(db, new_id, built.cohort_id)
    assert changes.enrolments == {enrolment.id}
    assert enrolment.status == EnrolmentStatus.ACTIVE


@pytest.mark.parametrize(
    ("data", "start", "fields"),
    [
        (
            ParticipantInput(
                first_name="Fatuma", last_name="Abdi", date_of_birth=dt.date(2031, 1, 1)
            ),
            START,
            ["date_of_birth"],
        ),
        (ParticipantInput(first_name="Fatuma", last_name=" "), START, ["last_name"]),
        (
            ParticipantInput(first_name="", last_name="Abdi", date_of_birth=dt.date(1900, 1, 1)),
            dt.date(2026, 5, 1),
            ["first_name", "date_of_birth", "start_date"],
        ),
    ],
)
def test_nothing_is_saved_when_the_new_participant_is_wrong(db, built, data, start, fields):
    before = count(db, Participant)
    with pytest.raises(ValidationFailed) as failed:
        service.enrol_new_participant(db, built.cohort_id, data, start, today=START)
    assert [e.field for e in failed.value.errors] == fields
    assert count(db, Participant) == before
    assert count(db, Enrolment) == 0
    assert count(db, PhasePeriod) == 0


# unenrolling -------------------------------------------------------------------------
def test_unenrol_keeps_the_record_as_a_dropout_with_date_and_reason(db, built):
    jan = built.people["Jan"]
    service.enrol(db, built.cohort_id, [jan], START, today=START)
    enrolment = enrolment_of(db, jan, built.cohort_id)
    changes = service.unenrol(
        db,
        enrolment.id,
        AS_OF,
        DropoutReason.CARE_DUTIES,
        "  Zorgt voor zijn moeder. ",
        today=AS_OF,
    )
    assert changes.enrolments == {enrolment.id}
    left = enrolment_of(db, jan, built.cohort_id)
    assert left.deleted_at is None
    assert (
        left.status,
        left.dropout_date,
        left.dropout_reason,
        left.dropout_note,
        left.end_date,
    ) == (
        EnrolmentStatus.DROPPED_OUT,
        AS_OF,
        DropoutReason.CARE_DUTIES,
        "Zorgt voor zijn moeder.",
        AS_OF,
    )
    assert left.current_phase == Phase.TRAINING  # the phase they left in
    assert [p.end_date for p in periods_of(db, enrolment.id)] == [AS_OF]
    page = service.cohort_page(db, built.cohort_id, AS_OF)
    assert [(m.name, m.dropped_out) for m in page.members] == [("Berg, Jan van den", True)]

    with pytest.raises(ValidationFailed):  # not twice
        service.unenrol(db, enrolment.id, AS_OF, DropoutReason.OTHER, today=AS_OF)


def test_unenrol_needs_a_reason_and_a_date_not_in_the_future(db, built):
    service.enrol(db, built.cohort_id, [built.people["Jan"]], START, today=START)
    enrolment = enrolment_of(db, built.people["Jan"], built.cohort_id)
    with pytest.raises(ValidationFailed) as failed:
        service.unenrol(db, enrolment.id, AS_OF + dt.timedelta(days=1), None, today=AS_OF)
    assert [e.field for e in failed.value.errors] == ["date", "reason"]
    assert enrolment_of(db, built.people["Jan"], built.cohort_id).status == EnrolmentStatus.ACTIVE


def test_undo_unenrol_and_reenrolling_a_dropout_revive_the_same_enrolment(db, built):
    jan = built.people["Jan"]
    service.enrol(db, built.cohort_id, [jan], START, today=START)
    enrolment_id = enrolment_of(db, jan, built.cohort_id).id
    service.unenrol(db, enrolment_id, AS_OF, DropoutReason.HEALTH, today=AS_OF)
    service.undo_unenrol(db, enrolment_id, today=AS_OF)
    back = enrolment_of(db, jan, built.cohort_id)
    assert (back.status, back.dropout_date, back.dropout_reason, back.end_date) == (
        EnrolmentStatus.ACTIVE,
        None,
        None,
        None,
    )
    assert [p.end_date for p in periods_of(db, enrolment_id)] == [None]

    service.unenrol(db, enrolment_id, AS_OF, DropoutReason.HEALTH, today=AS_OF)
    later = dt.date(2026, 3, 16)
    changes = service.enrol(db, built.cohort_id, [jan], later, today=later)
    assert changes.enrolments == {enrolment_id}
    again = enrolment_of(db, jan, built.cohort_id)
    assert (again.id, again.status, again.start_date, again.dropout_reason) == (
        enrolment_id,
        EnrolmentStatus.ACTIVE,
        later,
        None,
    )
    assert count(db, Enrolment) == 1
    assert [(p.start_date, p.end_date) for p in periods_of(db, enrolment_id)] == [
        (START, AS_OF),
        (later, None),
    ]


def test_snapshots_undo_and_redo_enrolling_exactly(db, built):
    ids = [built.people["Ayşe"], built.people["Jan"]]
    service.enrol(db, built.cohort_id, [built.people["Jan"]], START, today=START)
    jan_id = enrolment_of(db, built.people["Jan"], built.cohort_id).id
    service.unenrol(db, jan_id, AS_OF, DropoutReason.MOTIVATION, "Weg", today=AS_OF)
    before = service.enrolment_snapshot(db, built.cohort_id, ids)
    service.enrol(db, built.cohort_id, ids, AS_OF, today=AS_OF)  # Ayşe new, Jan taken back
    after = service.enrolment_snapshot(db, built.cohort_id, ids)

    service.restore_enrolments(db, before)  # undo
    assert [m.name for m in service.cohort_page(db, built.cohort_id, AS_OF).members] == [
        "Berg, Jan van den"
    ]
    jan = enrolment_of(db, built.people["Jan"], built.cohort_id)
    assert (jan.status, jan.dropout_reason, jan.dropout_note) == (
        EnrolmentStatus.DROPPED_OUT,
        DropoutReason.MOTIVATION,
        "Weg",
    )
    assert len(periods_of(db, jan_id)) == 1
    assert enrolment_of(db, built.people["Ayşe"], built.cohort_id).deleted_at is not None

    service.restore_enrolments(db, after)  # redo
    assert service.enrolment_snapshot(db, built.cohort_id, ids) == after


def test_snapshots_undo_creating_a_new_participant_too(db, built):
    data = ParticipantInput(first_name="Fatuma", last_name="Abdi")
    new_id, _ = service.enrol_new_participant(db, built.cohort_id, data, START, today=START)
    after = service.enrolment_snapshot(db, built.cohort_id, [new_id], with_participants=True)
    service.restore_enrolments(
        db, EnrolmentSnapshot.before_new_participant(built.cohort_id, new_id)
    )
    with db.read() as session:
        assert session.get(Participant, new_id) is None  # in the bin
    assert service.cohort_page(db, built.cohort_id, AS_OF).members == ()
    service.restore_enrolments(db, after)
    assert [m.participant_id for m in service.cohort_page(db, built.cohort_id, AS_OF).members] == [
        new_id
    ]


def test_candidates_are_those_not_in_the_cohort(db, built):
    ayse, jan, lukasz = built.people.values()
    service.enrol(db, built.cohort_id, [ayse, jan], START, today=START)
    service.unenrol(
        db, enrolment_of(db, jan, built.cohort_id).id, AS_OF, DropoutReason.OTHER, today=AS_OF
    )
    rows = service.candidates_for_enrolment(db, built.cohort_id, "")
    assert [(r.name, r.dropped_out_here) for r in rows] == [
        ("Berg, Jan van den", True),
        ("Wróbel, Łukasz", False),
    ]
    assert [r.name for r in service.candidates_for_enrolment(db, built.cohort_id, "lukasz")] == [
        "Wróbel, Łukasz"
    ]
    other, _ = service.create_cohort(
        db,
        CohortInput(
            code="WF-INST-2026-2",
            programme_id=built.programme_id,
            organisation_id=built.organisation_id,
            start_date=dt.date(2026, 9, 7),
        ),
    )
    rows = {r.name: r for r in service.candidates_for_enrolment(db, other, "")}
    assert rows["Yılmaz, Ayşe"].current_cohorts == ("WF-INST-2026-1",)
    assert rows["Berg, Jan van den"].current_cohorts == ()


# the cohort page ---------------------------------------------------------------------
def _sessions(db, built) -> dict[str, str]:
    """Five sessions: 2, 3 (Taal), 4 (VCA, cancelled), 5 (VCA) and 9 March (BHV)."""
    with db.write() as session:
        modules = {
            m.name: m.id
            for m in session.scalars(
                select(Module).where(Module.programme_id == built.programme_id)
            )
        }
        plan = {
            "d1": (2, "Taal en werkcultuur", False),
            "d2": (3, "Taal en werkcultuur", False),
            "d3": (4, "VCA Basis", True),
            "d4": (5, "VCA Basis", False),
            "d5": (9, "BHV", False),
        }
        ids = {}
        for key, (day, module, cancelled) in plan.items():
            row = TrainingSession(
                cohort_id=built.cohort_id,
                module_id=modules[module],
                date=dt.date(2026, 3, day),
                cancelled=cancelled,
            )
            session.add(row)
            session.flush()
            ids[key] = row.id
        return ids


def test_cohort_page_figures_match_hand_computed_values(db, built):
    ayse, jan, lukasz = (built.people[n] for n in ("Ayşe", "Jan", "Łukasz"))
    service.enrol(db, built.cohort_id, [ayse, jan, lukasz], START, today=START)
    s = _sessions(db, built)
    A = AttendanceStatus
    marks = [
        (ayse, "d1", A.PRESENT, None),
        (ayse, "d2", A.LATE, 10),
        (ayse, "d4", A.PRESENT, None),
        (jan, "d1", A.LATE, 5),
        (jan, "d2", A.ABSENT_UNEXCUSED, None),
        (jan, "d4", A.SICK, None),
        (lukasz, "d1", A.PRESENT, None),  # d2 not registered; he left on the 4th
    ]
    with db.write() as session:
        employer = Employer(name="Installatietechniek Hanzeland B.V.")
        session.add(employer)
        session.flush()
        for pid, key, status, minutes in marks:
            session.add(
                Attendance(
                    session_id=s[key], participant_id=pid, status=status, minutes_late=minutes
                )
            )
        ayse_enrolment = session.scalars(
            select(Enrolment.id).where(Enrolment.participant_id == ayse)
        ).one()
        certificates = [
            (ayse, "VCA Basis", ExamResult.PASSED, dt.date(2026, 3, 5)),
            (ayse, "EHBO", ExamResult.PASSED, dt.date(2026, 3, 5)),  # not in the programme
            (ayse, "BHV", ExamResult.PLANNED, dt.date(2026, 3, 9)),
            (jan, "VCA Basis", ExamResult.FAILED, dt.date(2026, 3, 5)),
            (jan, "BHV", ExamResult.PASSED, dt.date(2025, 6, 1)),  # had it already
            (jan, "BHV", ExamResult.PASSED, dt.date(2024, 6, 1)),  # counted once
        ]
        for pid, kind, result, exam in certificates:
            session.add(
                Certificate(
                    participant_id=pid,
                    certificate_type_id=built.types[kind],
                    exam_date=exam,
                    result=result,
                )
            )
        days = [
            (dt.date(2026, 3, 4), PlacementDayKind.PRACTICE, ayse_enrolment),
            (dt.date(2026, 3, 6), PlacementDayKind.SHADOWING, None),  # within her period
            (dt.date(2026, 3, 10), PlacementDayKind.PRACTICE, ayse_enrolment),  # not yet
            (dt.date(2025, 12, 1), PlacementDayKind.PRACTICE, None),  # before this cohort
        ]
        for day, kind, enrolment_id in days:
            session.add(
                PlacementDay(
                    participant_id=ayse,
                    employer_id=employer.id,
                    enrolment_id=enrolment_id,
                    date=day,
                    kind=kind,
                )
            )
    lukasz_enrolment = enrolment_of(db, lukasz, built.cohort_id).id
    service.unenrol(db, lukasz_enrolment, dt.date(2026, 3, 4), DropoutReason.MOVED, today=AS_OF)

    page = service.cohort_page(db, built.cohort_id, AS_OF)
    header = page.header
    assert (header.code, header.state, header.week, header.weeks) == (
        "WF-INST-2026-1",
        CohortState.RUNNING,
        1,
        4,
    )
    assert (header.sessions_planned, header.sessions_held) == (4, 3)
    assert header.certificate_types == ("VCA Basis", "BHV")
    assert header.organisation_name == "Leerwerkbedrijf De Brug"

    rows = {m.name: m for m in page.members}
    assert list(rows) == ["Berg, Jan van den", "Wróbel, Łukasz", "Yılmaz, Ayşe"]
    ayse_row, jan_row, lukasz_row = (
        rows["Yılmaz, Ayşe"],
        rows["Berg, Jan van den"],
        rows["Wróbel, Łukasz"],
    )
    assert (ayse_row.attendance_pct, ayse_row.times_late) == (100.0, 1)
    assert jan_row.attendance_pct == pytest.approx(100 / 3)
    assert jan_row.times_late == 1
    # Łukasz: held for him are the 2nd and 3rd (he left on the 4th); only the 2nd registered.
    assert (lukasz_row.attendance.sessions_held, lukasz_row.attendance.registered) == (2, 1)
    assert (lukasz_row.attendance_pct, lukasz_row.status) == (100.0, EnrolmentStatus.DROPPED_OUT)
    assert lukasz_row.dropout_reason == DropoutReason.MOVED
    assert [(m.certificates_obtained, m.certificates_planned) for m in page.members] == [
        (1, 2),
        (0, 2),
        (1, 2),
    ]
    assert (ayse_row.practice_days, ayse_row.shadowing_days) == (1, 1)
    assert (jan_row.practice_days, jan_row.shadowing_days) == (0, 0)
    assert ayse_row.number == "D-000001" and ayse_row.current_phase == Phase.TRAINING

    totals = page.totals
    assert (totals.participants, totals.active, totals.dropped_out) == (3, 2, 1)
    assert totals.attendance_pct == pytest.approx(100 * 5 / 7)  # 5 attended of 7 registered
    assert totals.times_late == 2
    assert (totals.certificates_obtained, totals.certificates_planned) == (2, 6)
    assert (totals.practice_days, totals.shadowing_days) == (1, 1)


def test_cohort_page_before_anything_was_held(db, built):
    service.enrol(db, built.cohort_id, [built.people["Jan"]], START, today=START)
    page = service.cohort_page(db, built.cohort_id, START - dt.timedelta(days=7))
    assert page.header.state is CohortState.PLANNED and page.header.week is None
    [row] = page.members
    assert row.attendance_pct is None and row.times_late == 0
    assert page.totals.attendance_pct is None


# the demo region ---------------------------------------------------------------------
DEMO_TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(template_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("cohorts_demo") / "demo.sqlite"
    shutil.copyfile(template_db, path)
    database = open_database(path)
    create_demo(database, seed=1, today=DEMO_TODAY)
    yield database
    database.close()


def test_cohort_page_on_the_demo_is_plausible(demo):
    rows = service.list_cohorts(demo, today=DEMO_TODAY)
    assert len(rows) == 8
    assert {r.state for r in rows} == set(CohortState)
    for row in rows:
        page = service.cohort_page(demo, row.id, DEMO_TODAY)
        assert page.header.state is row.state
        assert len(page.members) == row.total_count
        assert page.totals.dropped_out == row.dropped_out_count
        for member in page.members:
            if member.attendance_pct is not None:
                assert 0 <= member.attendance_pct <= 100
            assert 0 <= member.certificates_obtained <= member.certificates_planned
        if row.state is CohortState.PLANNED:
            assert page.totals.attendance_pct is None
            assert page.totals.practice_days == 0
        else:
            assert 50 < page.totals.attendance_pct <= 100
            assert page.totals.times_late == sum(m.times_late for m in page.members)
        if row.state is CohortState.FINISHED:
            assert page.totals.practice_days > 0
            if page.header.certificate_types:
                assert page.totals.certificates_obtained > 0
    running = next(r for r in rows if r.code == "WF-INST-2026-3")
    page = service.cohort_page(demo, running.id, DEMO_TODAY)
    assert (page.header.week, page.header.weeks) == (7, 12)
    assert page.header.certificate_types == ("VCA Basis",)
    assert page.header.sessions_held < page.header.sessions_planned


def test_a_participant_in_the_bin_is_left_out_of_counts_page_and_candidates(db, built):
    from werkfit_desktop.services.participants import set_participant_deleted

    service.enrol(db, built.cohort_id, list(built.people.values()), START, today=START)
    set_participant_deleted(db, built.people["Jan"], True)
    [row] = service.list_cohorts(db, today=AS_OF)
    assert (row.active_count, row.total_count) == (2, 2)
    page = service.cohort_page(db, built.cohort_id, AS_OF)
    assert [m.name for m in page.members] == ["Wróbel, Łukasz", "Yılmaz, Ayşe"]
    assert page.totals.participants == 2
    assert service.candidates_for_enrolment(db, built.cohort_id) == []
