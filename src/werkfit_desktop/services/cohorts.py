"""Cohorts (runs of a programme): the list, creating and editing one, a code to suggest,
the organisations to choose from. Enrolling and unenrolling (services.enrolments) and the
cohort page's figures (services.cohort_page) are re-exported here, so callers need only
this module."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import case, func, select

from werkfit_desktop.domain import (
    Cohort,
    Enrolment,
    Organisation,
    Participant,
    Programme,
    TrainingSession,
)
from werkfit_desktop.domain.base import utcnow
from werkfit_desktop.domain.enums import EnrolmentStatus
from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.cohort_page import (
    CohortHeader,
    CohortPage,
    CohortState,
    CohortTotals,
    MemberRow,
    cohort_page,
    cohort_state,
)
from werkfit_desktop.services.enrolments import (
    CandidateRow,
    EnrolmentSnapshot,
    candidates_for_enrolment,
    enrol,
    enrol_new_participant,
    enrolment_snapshot,
    restore_enrolments,
    undo_unenrol,
    unenrol,
)
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

CODE_LENGTH = 40


@dataclass(frozen=True)
class CohortRow:
    """One line of the cohort list."""

    id: str
    code: str
    programme_id: str
    programme_name: str
    organisation_id: str
    organisation_name: str
    location: str | None
    start_date: dt.date
    end_date: dt.date | None
    state: CohortState
    active_count: int  # enrolled and not dropped out
    total_count: int  # every enrolment, dropouts included
    funding_source: str | None

    @property
    def dropped_out_count(self) -> int:
        return self.total_count - self.active_count


@dataclass(frozen=True)
class CohortInput:
    """Everything the cohort dialog edits."""

    code: str
    programme_id: str | None
    organisation_id: str | None
    start_date: dt.date | None
    end_date: dt.date | None = None
    location: str | None = None
    funding_source: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class CohortDetails:
    id: str
    data: CohortInput
    session_count: int  # sessions planned; the programme cannot change once there are some


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    short_name: str | None


# reading -----------------------------------------------------------------------------
def list_cohorts(
    db: Database, include_finished: bool = True, today: dt.date | None = None
) -> list[CohortRow]:
    """Cohorts, newest start first, with their participant counts."""
    today = today or dt.date.today()
    counts = (
        select(
            Enrolment.cohort_id,
            func.count(Enrolment.id).label("total"),
            func.sum(case((Enrolment.status == EnrolmentStatus.DROPPED_OUT, 0), else_=1)).label(
                "active"
            ),
        )
        .join(Participant, Participant.id == Enrolment.participant_id)
        .where(Enrolment.deleted_at.is_(None), Participant.deleted_at.is_(None))
        .group_by(Enrolment.cohort_id)
        .subquery()
    )
    query = (
        select(
            Cohort.id,
            Cohort.code,
            Cohort.programme_id,
            Programme.name,
            Cohort.organisation_id,
            func.coalesce(Organisation.short_name, Organisation.name),
            Cohort.location,
            Cohort.start_date,
            Cohort.end_date,
            func.coalesce(counts.c.active, 0),
            func.coalesce(counts.c.total, 0),
            Cohort.funding_source,
        )
        .join(Programme, Programme.id == Cohort.programme_id)
        .join(Organisation, Organisation.id == Cohort.organisation_id)
        .outerjoin(counts, counts.c.cohort_id == Cohort.id)
        .order_by(Cohort.start_date.desc(), Cohort.code)
    )
    if not include_finished:
        query = query.where((Cohort.end_date.is_(None)) | (Cohort.end_date >= today))
    with db.read() as session:
        rows = session.execute(query).all()
    return [
        CohortRow(
            id=r[0],
            code=r[1],
            programme_id=r[2],
            programme_name=r[3],
            organisation_id=r[4],
            organisation_name=r[5],
            location=r[6],
            start_date=r[7],
            end_date=r[8],
            state=cohort_state(r[7], r[8], today),
            active_count=int(r[9]),
            total_count=int(r[10]),
            funding_source=r[11],
        )
        for r in rows
    ]


def get_cohort(db: Database, cohort_id: str) -> CohortDetails:
    with db.read() as session:
        cohort = session.get_one(Cohort, cohort_id)
        sessions = session.scalar(
            select(func.count(TrainingSession.id)).where(TrainingSession.cohort_id == cohort_id)
        )
        return CohortDetails(
            id=cohort.id,
            data=CohortInput(
                code=cohort.code,
                programme_id=cohort.programme_id,
                organisation_id=cohort.organisation_id,
                start_date=cohort.start_date,
                end_date=cohort.end_date,
                location=cohort.location,
                funding_source=cohort.funding_source,
                notes=cohort.notes,
            ),
            session_count=sessions or 0,
        )


def list_organisations(db: Database) -> list[OrganisationRow]:
    with db.read() as session:
        rows = session.execute(
            select(Organisation.id, Organisation.name, Organisation.short_name)
        ).all()
    result = [OrganisationRow(*r) for r in rows]
    result.sort(key=lambda r: fold(r.name))
    return result


_NUMBERED = re.compile(r"^(?P<prefix>.+)-(?P<year>\d{4})-(?P<number>\d+)$")


def suggest_cohort_code(db: Database, programme_id: str, start_date: dt.date) -> str:
    """A free code in the programme's own pattern: after WF-INST-2026-3 comes WF-INST-2026-4
    (or WF-INST-2027-1 in a new year). A programme without cohorts gets a prefix made from
    its name ('Werkfit Zorg' -> 'WZ')."""
    with db.read() as session:
        own = (
            session.execute(
                select(Cohort.code)
                .where(Cohort.programme_id == programme_id)
                .order_by(Cohort.start_date.desc())
            )
            .scalars()
            .all()
        )
        name = session.get_one(Programme, programme_id).name
        taken = set(
            session.scalars(select(Cohort.code).execution_options(include_deleted=True)).all()
        )
    prefix = next(
        (m.group("prefix") for code in own if (m := _NUMBERED.match(code))), None
    ) or _prefix_from_name(name)
    year = start_date.year
    numbers = [
        int(m.group("number"))
        for code in taken
        if (m := _NUMBERED.match(code))
        and m.group("prefix") == prefix
        and int(m.group("year")) == year
    ]
    number = max(numbers, default=0) + 1
    while f"{prefix}-{year}-{number}" in taken:
        number += 1
    return f"{prefix}-{year}-{number}"


def _prefix_from_name(name: str) -> str:
    words = [w for w in re.split(r"[^0-9A-Za-z]+", fold(name)) if w and w not in _SMALL_WORDS]
    if not words:
        return "GROEP"
    if len(words) == 1:
        return words[0][:4].upper()
    return "".join(w[0] for w in words[:4]).upper()


_SMALL_WORDS = {"en", "de", "het", "van", "voor", "in", "op", "and", "of", "the", "for"}


# validating --------------------------------------------------------------------------
def _clean(data: CohortInput) -> CohortInput:
    def text(value: str | None) -> str | None:
        return (value or "").strip() or None

    return CohortInput(
        code=(data.code or "").strip(),
        programme_id=data.programme_id or None,
        organisation_id=data.organisation_id or None,
        start_date=data.start_date,
        end_date=data.end_date,
        location=text(data.location),
        funding_source=text(data.funding_source),
        notes=text(data.notes),
    )


def validate(data: CohortInput) -> list[FieldError]:
    """What is wrong with the input, field by field (the code's uniqueness is checked when
    saving)."""
    errors: list[FieldError] = []
    if not data.code:
        errors.append(
            FieldError("code", QT_TRANSLATE_NOOP("Validation", "The cohort code is required."))
        )
    elif len(data.code) > CODE_LENGTH:
        errors.append(
            FieldError(
                "code",
                QT_TRANSLATE_NOOP("Validation", "The cohort code is longer than {max} characters."),
                {"max": CODE_LENGTH},
            )
        )
    if data.programme_id is None:
        errors.append(
            FieldError("programme_id", QT_TRANSLATE_NOOP("Validation", "Choose a programme."))
        )
    if data.organisation_id is None:
        errors.append(
            FieldError(
                "organisation_id", QT_TRANSLATE_NOOP("Validation", "Choose an organisation.")
            )
        )
    if data.start_date is None:
        errors.append(
            FieldError("start_date", QT_TRANSLATE_NOOP("Validation", "The start date is required."))
        )
    elif data.end_date is not None and data.end_date < data.start_date:
        errors.append(
            FieldError(
                "end_date",
                QT_TRANSLATE_NOOP("Validation", "The end date lies before the start date."),
            )
        )
    return errors


def _check_code_free(session, code: str, cohort_id: str | None) -> None:
    holder = session.scalar(
        select(Cohort.id)
        .where(func.lower(Cohort.code) == code.lower())
        .execution_options(include_deleted=True)
    )
    if holder is not None and holder != cohort_id:
        raise ValidationFailed(
            [
                FieldError(
                    "code",
                    QT_TRANSLATE_NOOP("Validation", "The cohort code {code} already exists."),
                    {"code": code},
                )
            ]
        )


def _apply(cohort: Cohort, data: CohortInput) -> None:
    cohort.code = data.code
    cohort.programme_id = data.programme_id
    cohort.organisation_id = data.organisation_id
    cohort.start_date = data.start_date
    cohort.end_date = data.end_date
    cohort.location = data.location
    cohort.funding_source = data.funding_source
    cohort.notes = data.notes


# writing -----------------------------------------------------------------------------
def create_cohort(db: Database, data: CohortInput) -> tuple[str, Changes]:
    """A new cohort of a programme; ValidationFailed (nothing saved) when the input is wrong
    or the code exists already."""
    data = _clean(data)
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        _check_code_free(session, data.code, None)
        cohort = Cohort()
        _apply(cohort, data)
        session.add(cohort)
        session.flush()
        new_id = cohort.id
    return new_id, Changes(cohorts=frozenset({new_id}))


def update_cohort(db: Database, cohort_id: str, data: CohortInput) -> Changes:
    """Save the cohort's fields. The programme cannot change once sessions are planned
    (they belong to the old programme's modules)."""
    data = _clean(data)
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        _check_code_free(session, data.code, cohort_id)
        cohort = session.get_one(Cohort, cohort_id)
        if cohort.programme_id != data.programme_id:
            count = session.scalar(
                select(func.count(TrainingSession.id)).where(TrainingSession.cohort_id == cohort_id)
            )
            if count:
                raise ValidationFailed(
                    [
                        FieldError(
                            "programme_id",
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "The programme cannot be changed: this cohort already has "
                                "sessions of its modules ({count}).",
                            ),
                            {"count": count},
                        )
                    ]
                )
        _apply(cohort, data)
    return Changes(cohorts=frozenset({cohort_id}))


def set_cohort_deleted(db: Database, cohort_id: str, deleted: bool) -> Changes:
    """Put a cohort in the bin (undo of creating it) or take it out again. A cohort with
    participants or sessions is not put in the bin."""
    with db.write() as session:
        cohort = session.scalars(
            select(Cohort).where(Cohort.id == cohort_id).execution_options(include_deleted=True)
        ).one()
        if deleted:
            used = session.scalar(
                select(func.count(Enrolment.id)).where(Enrolment.cohort_id == cohort_id)
            ) or session.scalar(
                select(func.count(TrainingSession.id)).where(TrainingSession.cohort_id == cohort_id)
            )
            if used:
                raise ValidationFailed(
                    [
                        FieldError(
                            "cohort",
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "The cohort {code} cannot be removed: it has participants or "
                                "sessions.",
                            ),
                            {"code": cohort.code},
                        )
                    ]
                )
            cohort.deleted_at = utcnow()
        else:
            cohort.deleted_at = None
    return Changes(cohorts=frozenset({cohort_id}))


__all__ = [
    "CandidateRow",
    "CohortDetails",
    "CohortHeader",
    "CohortInput",
    "CohortPage",
    "CohortRow",
    "CohortState",
    "CohortTotals",
    "EnrolmentSnapshot",
    "MemberRow",
    "OrganisationRow",
    "candidates_for_enrolment",
    "cohort_page",
    "cohort_state",
    "create_cohort",
    "enrol",
    "enrol_new_participant",
    "enrolment_snapshot",
    "get_cohort",
    "list_cohorts",
    "list_organisations",
    "restore_enrolments",
    "set_cohort_deleted",
    "suggest_cohort_code",
    "undo_unenrol",
    "unenrol",
    "update_cohort",
]
