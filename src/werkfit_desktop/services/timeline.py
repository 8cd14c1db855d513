"""A participant's timeline: intake, enrolments, missed sessions, exams, practice days,
outcomes and coaching notes in one list, newest first, filterable by kind."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select

from werkfit_desktop.domain import (
    Attendance,
    Certificate,
    CertificateType,
    CoachingNote,
    Cohort,
    Employer,
    Enrolment,
    Module,
    Outcome,
    Participant,
    PlacementDay,
    StaffMember,
    TrainingSession,
)
from werkfit_desktop.domain.enums import (
    AttendanceStatus,
    ContactType,
    ExamResult,
    OutcomeKind,
    PlacementDayKind,
)
from werkfit_desktop.domain.names import full_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.coaching import local_date
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, translate


class EventKind(StrEnum):
    INTAKE = "intake"
    ENROLMENT = "enrolment"
    MISSED = "missed"
    CERTIFICATE = "certificate"
    PLACEMENT = "placement"
    OUTCOME = "outcome"
    NOTE = "note"


@dataclass(frozen=True)
class TimelineEvent:
    day: dt.date
    kind: EventKind
    title_source: str  # English, marked in context "Timeline", with {fields}
    values: dict[str, object] = field(default_factory=dict)
    detail: str = ""
    private: bool = False
    at: dt.datetime | None = None  # the instant, for coaching notes

    def title(self, translator=translate) -> str:
        return translator("Timeline", self.title_source).format(**self.values)


_MISSED = {
    AttendanceStatus.ABSENT_EXCUSED: QT_TRANSLATE_NOOP("Timeline", "Absent (excused): {module}"),
    AttendanceStatus.ABSENT_UNEXCUSED: QT_TRANSLATE_NOOP(
        "Timeline", "Absent (unexcused): {module}"
    ),
    AttendanceStatus.SICK: QT_TRANSLATE_NOOP("Timeline", "Sick: {module}"),
}
_EXAM = {
    ExamResult.PLANNED: QT_TRANSLATE_NOOP("Timeline", "Exam planned: {certificate}"),
    ExamResult.PASSED: QT_TRANSLATE_NOOP("Timeline", "Certificate obtained: {certificate}"),
    ExamResult.FAILED: QT_TRANSLATE_NOOP("Timeline", "Exam failed: {certificate}"),
    ExamResult.NO_SHOW: QT_TRANSLATE_NOOP("Timeline", "Did not show up for exam: {certificate}"),
}
_PLACEMENT = {
    PlacementDayKind.SHADOWING: QT_TRANSLATE_NOOP("Timeline", "Shadowing day at {employer}"),
    PlacementDayKind.PRACTICE: QT_TRANSLATE_NOOP("Timeline", "Practice day at {employer}"),
}
_OUTCOME = {
    OutcomeKind.PAID_JOB: QT_TRANSLATE_NOOP("Timeline", "Started work at {employer}"),
    OutcomeKind.APPRENTICESHIP: QT_TRANSLATE_NOOP("Timeline", "Started BBL at {employer}"),
    OutcomeKind.EDUCATION: QT_TRANSLATE_NOOP("Timeline", "Started an education"),
    OutcomeKind.VOLUNTEERING: QT_TRANSLATE_NOOP("Timeline", "Started volunteering"),
    OutcomeKind.DROPOUT: QT_TRANSLATE_NOOP("Timeline", "Outcome: dropped out"),
    OutcomeKind.OTHER: QT_TRANSLATE_NOOP("Timeline", "Outcome: other"),
}
_CONTACT = {
    ContactType.VISIT: QT_TRANSLATE_NOOP("Timeline", "Visit by {author}"),
    ContactType.PHONE: QT_TRANSLATE_NOOP("Timeline", "Phone call by {author}"),
    ContactType.VIDEO: QT_TRANSLATE_NOOP("Timeline", "Video call by {author}"),
    ContactType.EMPLOYER_MEETING: QT_TRANSLATE_NOOP("Timeline", "Employer meeting by {author}"),
    ContactType.OTHER: QT_TRANSLATE_NOOP("Timeline", "Contact by {author}"),
}
_ORDER = {kind: n for n, kind in enumerate(EventKind)}


def timeline(
    db: Database, participant_id: str, kinds: set[EventKind] | None = None
) -> list[TimelineEvent]:
    """Everything that happened to the participant, newest first (coaching notes: real
    notes only, private ones marked). LookupError when the participant is gone (e.g. in
    the bin)."""
    wanted = set(kinds) if kinds is not None else set(EventKind)
    events: list[TimelineEvent] = []
    with db.read() as session:
        participant = session.get(Participant, participant_id)
        if participant is None or participant.deleted_at is not None:
            raise LookupError(participant_id)
        if EventKind.INTAKE in wanted and participant.intake_date:
            events.append(
                TimelineEvent(
                    participant.intake_date,
                    EventKind.INTAKE,
                    QT_TRANSLATE_NOOP("Timeline", "Intake"),
                )
            )
        if EventKind.ENROLMENT in wanted:
            events += _enrolments(session, participant_id)
        if EventKind.MISSED in wanted:
            events += _missed(session, participant_id)
        if EventKind.CERTIFICATE in wanted:
            events += _certificates(session, participant_id)
        if EventKind.PLACEMENT in wanted:
            events += _placements(session, participant_id)
        if EventKind.OUTCOME in wanted:
            events += _outcomes(session, participant_id)
        if EventKind.NOTE in wanted:
            events += _notes(session, participant_id)
    events.sort(
        key=lambda e: (e.day, e.at or dt.datetime.min.replace(tzinfo=dt.UTC), -_ORDER[e.kind]),
        reverse=True,
    )
    return events


def _enrolments(session, participant_id: str) -> list[TimelineEvent]:
    result = []
    rows = session.execute(
        select(Enrolment, Cohort.code)
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .where(Enrolment.participant_id == participant_id)
    )
    for enrolment, code in rows:
        result.append(
            TimelineEvent(
                enrolment.start_date,
                EventKind.ENROLMENT,
                QT_TRANSLATE_NOOP("Timeline", "Enrolled in {cohort}"),
                {"cohort": code},
            )
        )
        if enrolment.dropout_date:
            result.append(
                TimelineEvent(
                    enrolment.dropout_date,
                    EventKind.ENROLMENT,
                    QT_TRANSLATE_NOOP("Timeline", "Dropped out of {cohort}"),
                    {"cohort": code},
                    detail=enrolment.dropout_note or "",
                )
            )
    return result


def _missed(session, participant_id: str) -> list[TimelineEvent]:
    rows = session.execute(
        select(TrainingSession.date, Module.name, Attendance.status, Attendance.note)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(Module, Module.id == TrainingSession.module_id)
        .where(Attendance.participant_id == participant_id, Attendance.status.in_(_MISSED))
    )
    return [
        TimelineEvent(day, EventKind.MISSED, _MISSED[status], {"module": module}, note or "")
        for day, module, status, note in rows
    ]


def _certificates(session, participant_id: str) -> list[TimelineEvent]:
    rows = session.execute(
        select(Certificate, CertificateType.name)
        .join(CertificateType, CertificateType.id == Certificate.certificate_type_id)
        .where(Certificate.participant_id == participant_id)
    )
    result = []
    for certificate, name in rows:
        day = certificate.exam_date or certificate.issued_on
        if day is None:
            continue
        result.append(
            TimelineEvent(
                day,
                EventKind.CERTIFICATE,
                _EXAM[certificate.result],
                {"certificate": name},
                certificate.note or "",
            )
        )
    return result


def _placements(session, participant_id: str) -> list[TimelineEvent]:
    rows = session.execute(
        select(PlacementDay, Employer.name)
        .join(Employer, Employer.id == PlacementDay.employer_id)
        .where(PlacementDay.participant_id == participant_id)
    )
    return [
        TimelineEvent(
            day.date,
            EventKind.PLACEMENT,
            _PLACEMENT[day.kind],
            {"employer": employer},
            day.employer_comment or "",
        )
        for day, employer in rows
    ]


def _outcomes(session, participant_id: str) -> list[TimelineEvent]:
    rows = session.execute(
        select(Outcome, Employer.name)
        .outerjoin(Employer, Employer.id == Outcome.employer_id)
        .where(Outcome.participant_id == participant_id)
    )
    result = []
    for outcome, employer in rows:
        values = {"employer": employer or "?"}
        detail = " – ".join(x for x in (outcome.job_title, outcome.note) if x)
        if outcome.start_date:
            result.append(
                TimelineEvent(
                    outcome.start_date, EventKind.OUTCOME, _OUTCOME[outcome.kind], values, detail
                )
            )
        if outcome.end_date:
            result.append(
                TimelineEvent(
                    outcome.end_date,
                    EventKind.OUTCOME,
                    QT_TRANSLATE_NOOP("Timeline", "Job ended at {employer}")
                    if outcome.kind in (OutcomeKind.PAID_JOB, OutcomeKind.APPRENTICESHIP)
                    else QT_TRANSLATE_NOOP("Timeline", "Outcome ended"),
                    values,
                    outcome.note or "",
                )
            )
    return result


def _notes(session, participant_id: str) -> list[TimelineEvent]:
    rows = session.execute(
        select(CoachingNote, StaffMember)
        .outerjoin(StaffMember, StaffMember.id == CoachingNote.author_id)
        .where(CoachingNote.participant_id == participant_id, CoachingNote.draft.is_(False))
    )
    result = []
    for note, author in rows:
        name = (
            full_name(author.first_name, author.name_particle, author.last_name) if author else "?"
        )
        result.append(
            TimelineEvent(
                local_date(note.contact_at),
                EventKind.NOTE,
                _CONTACT[note.contact_type],
                {"author": name},
                note.discussed,
                private=note.private,
                at=note.contact_at,
            )
        )
    return result
