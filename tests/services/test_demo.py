"""The demo region: what someone trying Werkfit Desktop sees in it, on real database files."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter, defaultdict

import holidays
import pytest
from sqlalchemy import func, select

from werkfit_desktop.domain import (
    Attendance,
    Certificate,
    CertificateType,
    CoachingNote,
    Cohort,
    Enrolment,
    Module,
    Outcome,
    Participant,
    PhasePeriod,
    PlacementDay,
    Programme,
    Skill,
    SkillObservation,
    StaffMember,
    TrainingSession,
)
from werkfit_desktop.domain.certificate import derive_valid_until
from werkfit_desktop.domain.enums import (
    AttendanceStatus,
    EnrolmentStatus,
    ExamResult,
    OutcomeKind,
    Phase,
    StaffRole,
)
from werkfit_desktop.persistence.database import is_empty, open_database
from werkfit_desktop.services.demo import DatabaseNotEmpty, DemoSummary, create_demo

# Cohorts around this date span Christmas 2025, Easter, Koningsdag (Monday 27 April 2026),
# Ascension Day and Whit Monday.
TODAY = dt.date(2026, 6, 15)
NL_HOLIDAYS = holidays.country_holidays("NL", years=range(2014, 2030))


def _fresh_db(template_db, folder):
    path = folder / "werkfit.sqlite"
    shutil.copyfile(template_db, path)
    return open_database(path)


@pytest.fixture(scope="module")
def demo(template_db, tmp_path_factory):
    db = _fresh_db(template_db, tmp_path_factory.mktemp("demo"))
    summary = create_demo(db, seed=1, today=TODAY)
    yield db, summary
    db.close()


def _people(db) -> list[tuple]:
    with db.read() as session:
        return session.execute(
            select(Participant.participant_number, Participant.first_name,
                   Participant.name_particle, Participant.last_name,
                   Participant.date_of_birth).order_by(Participant.participant_number)
        ).all()


def _fingerprint(db) -> dict[str, list]:
    """Content only (no ids or timestamps): what two runs with one seed must share."""
    with db.read() as session:
        code = dict(session.execute(select(Cohort.id, Cohort.code)).all())
        number = dict(session.execute(select(Participant.id, Participant.participant_number)).all())
        sessions = session.scalars(select(TrainingSession)).all()
        when = {s.id: (code[s.cohort_id], s.date) for s in sessions}
        return {
            "cohorts": sorted(session.execute(
                select(Cohort.code, Cohort.start_date, Cohort.end_date)).all()),
            "sessions": sorted((code[s.cohort_id], s.date, s.cancelled) for s in sessions),
            "attendance": sorted(
                (*when[a.session_id], number[a.participant_id], a.status, a.minutes_late)
                for a in session.scalars(select(Attendance))),
            "outcomes": sorted(
                (number[o.participant_id], o.kind, o.start_date, o.end_date, o.hours_per_week)
                for o in session.scalars(select(Outcome))),
            "certificates": sorted(
                (number[c.participant_id], c.exam_date, c.result, c.valid_until)
                for c in session.scalars(select(Certificate))),
            "notes": sorted(
                (number[n.participant_id], n.contact_at, n.discussed, n.next_contact_due)
                for n in session.scalars(select(CoachingNote))),
        }


def _cohort_states(session) -> dict[str, str]:
    states = {}
    for cohort in session.scalars(select(Cohort)):
        if cohort.end_date < TODAY:
            states[cohort.id] = "finished"
        elif cohort.start_date > TODAY:
            states[cohort.id] = "planned"
        else:
            states[cohort.id] = "running"
    return states


def test_same_seed_and_date_give_the_same_demo_and_another_seed_other_names(
    demo, template_db, tmp_path
):
    db, summary = demo
    again = _fresh_db(template_db, tmp_path)
    try:
        assert create_demo(again, seed=1, today=TODAY) == summary
        assert _people(again) == _people(db)
        assert _fingerprint(again) == _fingerprint(db)
    finally:
        again.close()
    (tmp_path / "other").mkdir()
    other = _fresh_db(template_db, tmp_path / "other")
    try:
        create_demo(other, seed=2, today=TODAY)
        names = {(p[1], p[2], p[3]) for p in _people(db)}
        other_names = {(p[1], p[2], p[3]) for p in _people(other)}
        assert names != other_names
    finally:
        other.close()


def test_the_summary_counts_what_is_in_the_database(demo):
    db, summary = demo
    assert isinstance(summary, DemoSummary)
    counted = {
        "staff": StaffMember, "programmes": Programme, "modules": Module, "cohorts": Cohort,
        "participants": Participant, "enrolments": Enrolment, "sessions": TrainingSession,
        "attendance": Attendance, "observations": SkillObservation,
        "certificates": Certificate, "placement_days": PlacementDay, "outcomes": Outcome,
        "coaching_notes": CoachingNote,
    }
    with db.read() as session:
        for field, model in counted.items():
            assert getattr(summary, field) == session.scalar(
                select(func.count()).select_from(model)), field
    assert summary.organisations == 2
    assert summary.employers >= 12
    assert summary.participants == summary.enrolments


def test_no_session_falls_on_a_dutch_public_holiday(demo):
    db, summary = demo
    with db.read() as session:
        dates = session.scalars(select(TrainingSession.date)).all()
        spans = session.execute(select(Cohort.start_date, Cohort.end_date)).all()
    assert dates
    assert [d for d in dates if d in NL_HOLIDAYS] == []
    spanned = [day for day in NL_HOLIDAYS if day.weekday() < 5
               and any(start <= day <= end for start, end in spans)]
    assert spanned, "pick TODAY so that a cohort spans a public holiday"
    assert summary.skipped_holidays > 0


def test_cohorts_past_running_and_planned_with_8_to_20_participants(demo):
    db, _ = demo
    with db.read() as session:
        states = _cohort_states(session)
        sizes = Counter(session.scalars(select(Enrolment.cohort_id)).all())
        codes = session.scalars(select(Cohort.code)).all()
    assert len(states) >= 5
    counts = Counter(states.values())
    assert counts["finished"] >= 2 and counts["running"] >= 1 and counts["planned"] >= 1
    assert all(8 <= sizes[cohort_id] <= 20 for cohort_id in states)
    assert any(code.startswith("WF-INST-") for code in codes)
    assert any(code.startswith("WF-ZORG-") for code in codes)
    assert any(code.startswith("IB-") for code in codes)


def test_participants_have_synthetic_names_of_varied_origin(demo):
    db, _ = demo
    people = _people(db)
    assert [p[0] for p in people] == [f"D-{i:06d}" for i in range(1, len(people) + 1)]
    with_accents = [p for p in people if any(ord(ch) > 127 for ch in p[1] + p[3])]
    assert 0.15 <= len(with_accents) / len(people) <= 0.5
    assert any(p[2] for p in people), "Dutch names with a particle"
    with db.read() as session:
        for participant in session.scalars(select(Participant)):
            assert participant.phone.startswith("06-")
            assert participant.email is None or participant.email.endswith(
                ("@example.org", "@example.nl"))


def test_enrolments_follow_the_state_of_their_cohort(demo):
    db, _ = demo
    with db.read() as session:
        states = _cohort_states(session)
        periods = defaultdict(list)
        for period in session.scalars(select(PhasePeriod).order_by(PhasePeriod.start_date)):
            periods[period.enrolment_id].append(period)
        for enrolment in session.scalars(select(Enrolment)):
            state = states[enrolment.cohort_id]
            if state == "planned":
                assert (enrolment.status, enrolment.current_phase) == (
                    EnrolmentStatus.PLANNED, Phase.RECRUITMENT)
            elif state == "running":
                assert enrolment.status is EnrolmentStatus.ACTIVE
                assert enrolment.current_phase in (Phase.TRAINING, Phase.WORK_EXPERIENCE)
            elif enrolment.status is EnrolmentStatus.DROPPED_OUT:
                assert enrolment.dropout_date and enrolment.dropout_reason
            else:
                assert enrolment.status is EnrolmentStatus.COMPLETED
                assert enrolment.current_phase in (Phase.MATCH, Phase.AFTERCARE,
                                                   Phase.FINISHED)
            passed = periods[enrolment.id]
            assert passed[0].phase is Phase.RECRUITMENT
            assert passed[-1].phase is enrolment.current_phase
            assert enrolment.lead_role is not None


def test_attendance_only_for_held_sessions_and_mostly_present(demo):
    db, _ = demo
    with db.read() as session:
        sessions = {s.id: s for s in session.scalars(select(TrainingSession))}
        dropped = dict(session.execute(
            select(Enrolment.participant_id, Enrolment.dropout_date)
            .where(Enrolment.dropout_date.is_not(None))).all())
        rows = session.scalars(select(Attendance)).all()
    assert any(s.cancelled and s.cancel_reason for s in sessions.values())
    for row in rows:
        held = sessions[row.session_id]
        assert not held.cancelled and held.date <= TODAY
        if row.participant_id in dropped:
            assert held.date < dropped[row.participant_id]
    statuses = Counter(row.status for row in rows)
    assert 0.75 <= statuses[AttendanceStatus.PRESENT] / len(rows) <= 0.92
    assert statuses[AttendanceStatus.SICK] and statuses[AttendanceStatus.ABSENT_UNEXCUSED]
    late = [row.minutes_late for row in rows if row.status is AttendanceStatus.LATE]
    assert late and all(5 <= minutes <= 45 for minutes in late)


def test_paid_work_for_about_three_quarters_of_finished_cohorts(demo):
    db, _ = demo
    with db.read() as session:
        states = _cohort_states(session)
        finished = [e for e in session.scalars(select(Enrolment))
                    if states[e.cohort_id] == "finished"]
        outcomes = session.scalars(select(Outcome)).all()
    paid = [o for o in outcomes if o.kind is OutcomeKind.PAID_JOB]
    assert 0.65 <= len(paid) / len(finished) <= 0.80
    assert all(o.employer_id and 16 <= o.hours_per_week <= 38 for o in paid)
    assert any(o.hours_per_week < 32 for o in paid), "many part-time jobs"
    assert any(o.end_date for o in paid), "some jobs ended"
    assert any(o.kind is OutcomeKind.DROPOUT and o.dropout_reason for o in outcomes)


def test_certificates_expired_expiring_and_planned(demo):
    db, _ = demo
    with db.read() as session:
        types = {t.id: t for t in session.scalars(select(CertificateType))}
        certificates = session.scalars(select(Certificate)).all()
    validity = {t.name: t.default_validity_months for t in types.values()}
    assert validity == {"VCA Basis": 120, "VCA VOL": 120, "VIL VCU": 120, "BHV": 12,
                        "EHBO": 24, "NEN 3140": 36, "F-gassen": 84, "Heftruck": 60,
                        "Taalniveau B1": None}
    valid = [c.valid_until for c in certificates if c.valid_until]
    assert any(until < TODAY for until in valid)
    assert any(TODAY <= until <= TODAY + dt.timedelta(days=90) for until in valid)
    for c in certificates:
        if c.result is ExamResult.PASSED:
            months = types[c.certificate_type_id].default_validity_months
            assert c.valid_until == derive_valid_until(c.exam_date, months)
        if c.result is ExamResult.PLANNED:
            assert c.exam_date > TODAY
    vca = [c for c in certificates if types[c.certificate_type_id].name == "VCA Basis"]
    assert all(c.diploma_number for c in vca if c.result is ExamResult.PASSED)
    assert {ExamResult.PASSED, ExamResult.PLANNED} <= {c.result for c in vca}
    assert {ExamResult.FAILED, ExamResult.NO_SHOW} & {c.result for c in certificates}


def test_coaching_notes_show_overdue_and_upcoming_follow_ups(demo):
    db, _ = demo
    with db.read() as session:
        notes = session.scalars(select(CoachingNote).order_by(CoachingNote.contact_at)).all()
        coaches = set(session.scalars(
            select(StaffMember.id).where(StaffMember.role == StaffRole.JOB_COACH)).all())
    assert notes and all(n.author_id in coaches for n in notes)
    assert all(n.contact_at.date() <= TODAY for n in notes)
    latest = {n.participant_id: n for n in notes}  # ordered by contact: the last one wins
    due = [n.next_contact_due for n in latest.values() if n.next_contact_due]
    assert any(d < TODAY for d in due), "some follow-ups overdue"
    assert any(d >= TODAY for d in due), "some follow-ups coming up"
    assert any(n.private for n in notes)
    assert len({n.contact_type for n in notes}) >= 3


def test_programmes_modules_skills_and_practice_days(demo):
    db, _ = demo
    with db.read() as session:
        programmes = {p.name: p for p in session.scalars(select(Programme))}
        modules = {name: session.scalars(select(Module).where(Module.programme_id == p.id)
                                         .order_by(Module.position)).all()
                   for name, p in programmes.items()}
        skills = session.scalars(select(Skill.name).order_by(Skill.position)).all()
        days = session.scalars(select(PlacementDay)).all()
    installation = modules["Werkfit Installatietechniek"]
    assert [m.name for m in installation] == [
        "Nederlandse taalvaardigheid en werkcultuur", "Vakjargon installatietechniek",
        "VCA Basis", "Werkplaatspraktijk"]
    assert installation[2].certificate_type_id is not None
    assert programmes["Werkfit Installatietechniek"].planned_weeks == 12
    blocks = modules["Informatiebeheer"]
    assert len(blocks) == 5 and all(m.planned_sessions == 2 for m in blocks)
    assert "Praktijktoets" in blocks[-1].name
    assert skills == ["Op tijd komen", "Jezelf verstaanbaar maken in het Nederlands",
                      "Om hulp vragen", "Samenwerken", "Veilig werken", "Instructies opvolgen"]
    assert {d.kind.value for d in days} == {"meeloopdag", "praktijkdag"}
    assert all(d.date <= TODAY and d.enrolment_id for d in days)


def test_a_database_with_data_is_refused_and_left_alone(demo):
    db, summary = demo
    assert not is_empty(db)
    with pytest.raises(DatabaseNotEmpty):
        create_demo(db, seed=5, today=TODAY)
    assert issubclass(DatabaseNotEmpty, ValueError)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == \
            summary.participants
