"""Outcomes (uitstroom) per enrolment: a (part-time) job, BBL, education, volunteering,
dropout or something else; recording, editing, ending a job, and a participant's
trajectory overview (each enrolment with its outcomes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from werkfit_desktop.domain import Cohort, Employer, Enrolment, Outcome, Programme, utcnow
from werkfit_desktop.domain.enums import (
    ContractType,
    DropoutReason,
    EnrolmentStatus,
    OutcomeKind,
    Phase,
)
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

# Kinds that are a job with an employer, hours and a contract.
JOB_KINDS = frozenset({OutcomeKind.PAID_JOB, OutcomeKind.APPRENTICESHIP})


@dataclass(frozen=True)
class OutcomeInput:
    kind: OutcomeKind
    employer_id: str | None = None
    job_title: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    hours_per_week: float | None = None
    contract_type: ContractType | None = None
    dropout_reason: DropoutReason | None = None
    benefit_ended_on: dt.date | None = None
    note: str | None = None


@dataclass(frozen=True)
class OutcomeDetails:
    id: str
    enrolment_id: str
    participant_id: str
    employer_name: str | None
    data: OutcomeInput


@dataclass(frozen=True)
class EnrolmentOutcomes:
    """One enrolment of a participant with what it led to."""

    enrolment_id: str
    cohort_id: str
    cohort_code: str
    programme_name: str
    start_date: dt.date
    end_date: dt.date | None
    status: EnrolmentStatus
    phase: Phase
    outcomes: tuple[OutcomeDetails, ...]


@dataclass(frozen=True)
class EmployerChoice:
    id: str
    name: str
    city: str | None


def validate(data: OutcomeInput) -> list[FieldError]:
    errors: list[FieldError] = []
    if data.kind is OutcomeKind.PAID_JOB and data.start_date is None:
        errors.append(
            FieldError(
                "start_date",
                QT_TRANSLATE_NOOP("Validation", "A paid job needs a start date."),
            )
        )
    if data.hours_per_week is not None and not 1 <= data.hours_per_week <= 60:
        errors.append(
            FieldError(
                "hours_per_week",
                QT_TRANSLATE_NOOP("Validation", "Hours per week must be between 1 and 60."),
            )
        )
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors.append(
            FieldError(
                "end_date",
                QT_TRANSLATE_NOOP("Validation", "The end date lies before the start date."),
            )
        )
    if data.kind is OutcomeKind.DROPOUT and data.dropout_reason is None:
        errors.append(
            FieldError(
                "dropout_reason",
                QT_TRANSLATE_NOOP("Validation", "Choose the reason for the dropout."),
            )
        )
    return errors


def clean_input(data: OutcomeInput) -> OutcomeInput:
    """Trim text; drop the fields that do not belong to the kind."""
    job = data.kind in JOB_KINDS
    return OutcomeInput(
        kind=data.kind,
        employer_id=data.employer_id if job else None,
        job_title=((data.job_title or "").strip() or None) if job else None,
        start_date=data.start_date,
        end_date=data.end_date,
        hours_per_week=data.hours_per_week if job else None,
        contract_type=data.contract_type if job else None,
        dropout_reason=data.dropout_reason if data.kind is OutcomeKind.DROPOUT else None,
        benefit_ended_on=data.benefit_ended_on,
        note=(data.note or "").strip() or None,
    )


def _checked(data: OutcomeInput) -> OutcomeInput:
    data = clean_input(data)
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    return data


def _apply(outcome: Outcome, data: OutcomeInput) -> None:
    for name in OutcomeInput.__dataclass_fields__:
        setattr(outcome, name, getattr(data, name))


def record_outcome(db: Database, enrolment_id: str, data: OutcomeInput) -> tuple[str, Changes]:
    """A new outcome for an enrolment; ValidationFailed (nothing saved) when it is wrong."""
    data = _checked(data)
    with db.write() as session:
        enrolment = session.get_one(Enrolment, enrolment_id)
        outcome = Outcome(enrolment_id=enrolment.id, participant_id=enrolment.participant_id)
        _apply(outcome, data)
        session.add(outcome)
        session.flush()
        new_id, participant_id = outcome.id, enrolment.participant_id
    return new_id, Changes(outcomes=frozenset({new_id}), participants=frozenset({participant_id}))


def update_outcome(db: Database, outcome_id: str, data: OutcomeInput) -> Changes:
    data = _checked(data)
    with db.write() as session:
        outcome = session.get_one(Outcome, outcome_id)
        _apply(outcome, data)
        participant_id = outcome.participant_id
    return Changes(outcomes=frozenset({outcome_id}), participants=frozenset({participant_id}))


def end_outcome(db: Database, outcome_id: str, end_date: dt.date | None) -> Changes:
    """The job ended on end_date (None: it did not end after all)."""
    with db.write() as session:
        outcome = session.get_one(Outcome, outcome_id)
        if end_date and outcome.start_date and end_date < outcome.start_date:
            raise ValidationFailed(
                [
                    FieldError(
                        "end_date",
                        QT_TRANSLATE_NOOP("Validation", "The end date lies before the start date."),
                    )
                ]
            )
        outcome.end_date = end_date
        participant_id = outcome.participant_id
    return Changes(outcomes=frozenset({outcome_id}), participants=frozenset({participant_id}))


def set_outcome_deleted(db: Database, outcome_id: str, deleted: bool) -> Changes:
    """Remove an outcome (a tombstone) or bring it back (undo)."""
    with db.write() as session:
        outcome = session.scalars(
            select(Outcome).where(Outcome.id == outcome_id).execution_options(include_deleted=True)
        ).one()
        outcome.deleted_at = utcnow() if deleted else None
        participant_id = outcome.participant_id
    return Changes(outcomes=frozenset({outcome_id}), participants=frozenset({participant_id}))


def _details(outcome: Outcome, employer_name: str | None) -> OutcomeDetails:
    data = OutcomeInput(
        **{name: getattr(outcome, name) for name in OutcomeInput.__dataclass_fields__}
    )
    return OutcomeDetails(
        id=outcome.id,
        enrolment_id=outcome.enrolment_id,
        participant_id=outcome.participant_id,
        employer_name=employer_name,
        data=data,
    )


def get_outcome(db: Database, outcome_id: str) -> OutcomeDetails:
    with db.read() as session:
        outcome = session.get_one(Outcome, outcome_id)
        employer = session.get(Employer, outcome.employer_id) if outcome.employer_id else None
        return _details(outcome, employer.name if employer else None)


def outcomes_for_participant(db: Database, participant_id: str) -> list[EnrolmentOutcomes]:
    """The participant's enrolments, newest first, each with its outcomes (oldest first)."""
    with db.read() as session:
        enrolments = session.execute(
            select(Enrolment, Cohort.code, Programme.name)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .join(Programme, Programme.id == Cohort.programme_id)
            .where(Enrolment.participant_id == participant_id)
            .order_by(Enrolment.start_date.desc(), Cohort.code)
        ).all()
        rows = session.execute(
            select(Outcome, Employer.name)
            .outerjoin(Employer, Employer.id == Outcome.employer_id)
            .where(Outcome.participant_id == participant_id)
            .order_by(Outcome.start_date.is_(None), Outcome.start_date, Outcome.created_at)
        ).all()
        by_enrolment: dict[str, list[OutcomeDetails]] = {}
        for outcome, employer_name in rows:
            by_enrolment.setdefault(outcome.enrolment_id, []).append(
                _details(outcome, employer_name)
            )
        return [
            EnrolmentOutcomes(
                enrolment_id=e.id,
                cohort_id=e.cohort_id,
                cohort_code=code,
                programme_name=programme,
                start_date=e.start_date,
                end_date=e.end_date,
                status=e.status,
                phase=e.current_phase,
                outcomes=tuple(by_enrolment.get(e.id, ())),
            )
            for e, code, programme in enrolments
        ]


def employer_choices(db: Database) -> list[EmployerChoice]:
    """Employers for the outcome editor's combo box, by name."""
    with db.read() as session:
        rows = session.execute(
            select(Employer.id, Employer.name, Employer.city).order_by(Employer.name)
        ).all()
    return [EmployerChoice(id=r.id, name=r.name, city=r.city) for r in rows]
