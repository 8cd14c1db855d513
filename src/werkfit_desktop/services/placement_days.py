"""Placement days (meeloopdagen and praktijkdagen): recording them with the employer's
evaluation and the participant's reflection, and reading them per participant and per
employer."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from werkfit_desktop.domain import (
    Employer,
    EmployerContact,
    Enrolment,
    Participant,
    PlacementDay,
    utcnow,
)
from werkfit_desktop.domain.enums import EnrolmentStatus, PlacementDayKind
from werkfit_desktop.domain.names import fold, listed_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

SCORE_FIELDS = ("score_punctuality", "score_attitude", "score_skills", "score_cooperation")
MIN_HOURS, MAX_HOURS = 0.5, 12.0

_SCORE_MESSAGES = {
    "score_punctuality": QT_TRANSLATE_NOOP(
        "Validation", "Punctuality: the score must be 1 to 4, or empty."
    ),
    "score_attitude": QT_TRANSLATE_NOOP(
        "Validation", "Attitude: the score must be 1 to 4, or empty."
    ),
    "score_skills": QT_TRANSLATE_NOOP("Validation", "Skills: the score must be 1 to 4, or empty."),
    "score_cooperation": QT_TRANSLATE_NOOP(
        "Validation", "Cooperation: the score must be 1 to 4, or empty."
    ),
}


@dataclass(frozen=True)
class PlacementDayInput:
    participant_id: str | None
    employer_id: str | None
    date: dt.date | None
    kind: PlacementDayKind = PlacementDayKind.PRACTICE
    hours: float | None = None
    supervisor_name: str | None = None
    supervisor_contact_id: str | None = None
    score_punctuality: int | None = None
    score_attitude: int | None = None
    score_skills: int | None = None
    score_cooperation: int | None = None
    employer_comment: str | None = None
    participant_reflection: str | None = None


@dataclass(frozen=True)
class PlacementDayDetails:
    id: str
    data: PlacementDayInput
    enrolment_id: str | None
    participant_name: str  # "Berg, Jan van den"
    employer_name: str


@dataclass(frozen=True)
class DayRow:
    """One placement day, as the participant page and the employer page list it."""

    id: str
    date: dt.date
    kind: PlacementDayKind
    hours: float | None
    participant_id: str
    participant_name: str
    employer_id: str
    employer_name: str
    supervisor: str | None
    scores: tuple[int | None, int | None, int | None, int | None]  # as SCORE_FIELDS
    average: float | None  # of the scores given
    employer_comment: str | None
    participant_reflection: str | None


@dataclass(frozen=True)
class ParticipantAtEmployer:
    """How one participant's days at an employer went, together."""

    participant_id: str
    participant_name: str
    days: int
    hours: float
    first_day: dt.date
    last_day: dt.date
    averages: tuple[float | None, float | None, float | None, float | None]
    average: float | None


@dataclass(frozen=True)
class EmployerDaysSummary:
    participants: int
    days: int
    hours: float
    averages: tuple[float | None, float | None, float | None, float | None]  # per point


@dataclass(frozen=True)
class EmployerDays:
    participants: list[ParticipantAtEmployer]  # most recent first
    days: list[DayRow]  # most recent first
    summary: EmployerDaysSummary


def _mean(values) -> float | None:
    given = [v for v in values if v is not None]
    return sum(given) / len(given) if given else None


def _clean(data: PlacementDayInput) -> PlacementDayInput:
    values = {}
    for f in dataclasses.fields(data):
        value = getattr(data, f.name)
        if isinstance(value, str):
            value = value.strip() or None
        values[f.name] = value
    return PlacementDayInput(**values)


def validate(data: PlacementDayInput) -> list[FieldError]:
    errors: list[FieldError] = []
    if not data.participant_id:
        errors.append(
            FieldError("participant", QT_TRANSLATE_NOOP("Validation", "Participant: choose who."))
        )
    if not data.employer_id:
        errors.append(
            FieldError("employer", QT_TRANSLATE_NOOP("Validation", "Employer: choose where."))
        )
    if data.date is None:
        errors.append(FieldError("date", QT_TRANSLATE_NOOP("Validation", "Date is required.")))
    if data.hours is not None and not MIN_HOURS <= data.hours <= MAX_HOURS:
        errors.append(
            FieldError(
                "hours",
                QT_TRANSLATE_NOOP("Validation", "Hours: give between 0.5 and 12 hours."),
            )
        )
    for name in SCORE_FIELDS:
        score = getattr(data, name)
        if score is not None and score not in (1, 2, 3, 4):
            errors.append(FieldError(name, _SCORE_MESSAGES[name]))
    return errors


def _checked(data: PlacementDayInput) -> PlacementDayInput:
    data = _clean(data)
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    return data


def enrolment_on(session, participant_id: str, day: dt.date) -> str | None:
    """The participant's enrolment that runs on that day (the latest started), if any."""
    rows = session.scalars(
        select(Enrolment)
        .where(
            Enrolment.participant_id == participant_id,
            Enrolment.start_date <= day,
            or_(Enrolment.end_date.is_(None), Enrolment.end_date >= day),
            Enrolment.status != EnrolmentStatus.PLANNED,
        )
        .order_by(Enrolment.start_date.desc())
    ).all()
    for enrolment in rows:
        if enrolment.dropout_date is None or enrolment.dropout_date >= day:
            return enrolment.id
    return None


def _apply(session, day: PlacementDay, data: PlacementDayInput) -> None:
    for f in dataclasses.fields(data):
        setattr(day, f.name, getattr(data, f.name))
    day.enrolment_id = enrolment_on(session, data.participant_id, data.date)


def _changes(day_id: str, *days: PlacementDayInput | PlacementDay) -> Changes:
    return Changes(
        placement_days=frozenset({day_id}),
        participants=frozenset(d.participant_id for d in days),
        employers=frozenset(d.employer_id for d in days),
    )


def record_placement_day(db: Database, data: PlacementDayInput) -> tuple[str, Changes]:
    """A new placement day; the enrolment is the participant's enrolment on that date."""
    data = _checked(data)
    with db.write() as session:
        day = PlacementDay()
        _apply(session, day, data)
        session.add(day)
        session.flush()
        new_id = day.id
    return new_id, _changes(new_id, data)


def update_placement_day(db: Database, day_id: str, data: PlacementDayInput) -> Changes:
    data = _checked(data)
    with db.write() as session:
        day = session.get_one(PlacementDay, day_id)
        before = PlacementDayInput(day.participant_id, day.employer_id, day.date)
        _apply(session, day, data)
    return _changes(day_id, data, before)


def set_placement_day_deleted(db: Database, day_id: str, deleted: bool) -> Changes:
    """Remove a placement day (a tombstone, so it merges) or bring it back."""
    with db.write() as session:
        day = session.scalars(
            select(PlacementDay)
            .where(PlacementDay.id == day_id)
            .execution_options(include_deleted=True)
        ).one()
        day.deleted_at = utcnow() if deleted else None
        changes = _changes(day_id, day)
    return changes


def get_placement_day(db: Database, day_id: str) -> PlacementDayDetails:
    with db.read() as session:
        day = session.get_one(PlacementDay, day_id)
        values = {f.name: getattr(day, f.name) for f in dataclasses.fields(PlacementDayInput)}
        participant = session.get_one(Participant, day.participant_id)
        employer = session.scalars(
            select(Employer)
            .where(Employer.id == day.employer_id)
            .execution_options(include_deleted=True)
        ).one()
        return PlacementDayDetails(
            id=day.id,
            data=PlacementDayInput(**values),
            enrolment_id=day.enrolment_id,
            participant_name=listed_name(
                participant.first_name, participant.name_particle, participant.last_name
            ),
            employer_name=employer.name,
        )


def _day_rows(session, *conditions) -> list[DayRow]:
    query = (
        select(PlacementDay, Participant, Employer, EmployerContact.name)
        .join(Participant, Participant.id == PlacementDay.participant_id)
        .join(Employer, Employer.id == PlacementDay.employer_id)
        .outerjoin(EmployerContact, EmployerContact.id == PlacementDay.supervisor_contact_id)
        .where(*conditions)
        .order_by(PlacementDay.date.desc(), PlacementDay.id)
    )
    rows = []
    for day, person, employer, contact_name in session.execute(query).all():
        scores = tuple(getattr(day, name) for name in SCORE_FIELDS)
        rows.append(
            DayRow(
                id=day.id,
                date=day.date,
                kind=day.kind,
                hours=day.hours,
                participant_id=person.id,
                participant_name=listed_name(
                    person.first_name, person.name_particle, person.last_name
                ),
                employer_id=employer.id,
                employer_name=employer.name,
                supervisor=day.supervisor_name or contact_name,
                scores=scores,
                average=_mean(scores),
                employer_comment=day.employer_comment,
                participant_reflection=day.participant_reflection,
            )
        )
    return rows


def days_for_participant(db: Database, participant_id: str) -> list[DayRow]:
    """The participant's placement days, most recent first."""
    with db.read() as session:
        return _day_rows(session, PlacementDay.participant_id == participant_id)


def days_for_employer(db: Database, employer_id: str) -> EmployerDays:
    """Who had days at this employer and how they went: per participant and in total."""
    with db.read() as session:
        days = _day_rows(session, PlacementDay.employer_id == employer_id)
    per_person: dict[str, list[DayRow]] = {}
    for day in days:
        per_person.setdefault(day.participant_id, []).append(day)
    people = []
    for person_days in per_person.values():
        averages = tuple(_mean(d.scores[i] for d in person_days) for i in range(4))
        people.append(
            ParticipantAtEmployer(
                participant_id=person_days[0].participant_id,
                participant_name=person_days[0].participant_name,
                days=len(person_days),
                hours=sum(d.hours or 0 for d in person_days),
                first_day=min(d.date for d in person_days),
                last_day=max(d.date for d in person_days),
                averages=averages,
                average=_mean(s for d in person_days for s in d.scores),
            )
        )
    people.sort(key=lambda p: (-p.last_day.toordinal(), fold(p.participant_name)))
    summary = EmployerDaysSummary(
        participants=len(people),
        days=len(days),
        hours=sum(d.hours or 0 for d in days),
        averages=tuple(_mean(d.scores[i] for d in days) for i in range(4)),
    )
    return EmployerDays(participants=people, days=days, summary=summary)
