"""A job coach's caseload: the participants they coach, overdue ones first.

A participant's next contact is due on the next_contact_due of their latest real note
(drafts and removed notes count nowhere). Filters partition by that date: "today" is due
today, "this_week" due from today up to Sunday, "overdue" due before today; "unassigned"
shows participants without a job coach who do have coaching notes (to hand them out)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import aliased

from werkfit_desktop.domain import (
    CoachingNote,
    Cohort,
    Employer,
    Enrolment,
    Outcome,
    Participant,
    StaffMember,
)
from werkfit_desktop.domain.enums import OutcomeKind
from werkfit_desktop.domain.names import full_name, listed_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.coaching import local_date

PLACED = (OutcomeKind.PAID_JOB, OutcomeKind.APPRENTICESHIP)


class CaseloadFilter(StrEnum):
    ALL = "all"
    TODAY = "today"
    THIS_WEEK = "this_week"
    OVERDUE = "overdue"
    UNASSIGNED = "unassigned"


@dataclass(frozen=True)
class CaseloadRow:
    participant_id: str
    number: str
    name: str  # "Berg, Jan van den"
    cohort_code: str | None  # of the latest enrolment
    employer: str | None  # of the current job, if any
    last_contact: dt.date | None
    next_due: dt.date | None
    days_overdue: int  # 0 when not overdue
    owner: str | None  # the job coach's name


def _latest_note_id():
    """The id of the participant's latest real note (correlated with the outer Participant):
    latest contact first, the greater id on a tie. With the index on (participant_id,
    contact_at) this reads only the participant's own notes, never the whole table."""
    return (
        select(CoachingNote.id)
        .where(CoachingNote.participant_id == Participant.id, CoachingNote.draft.is_(False))
        .order_by(CoachingNote.contact_at.desc(), CoachingNote.id.desc())
        .limit(1)
        .correlate(Participant)
        .scalar_subquery()
    )


def _rows_query(today: dt.date):
    """Participants with their latest real note, latest cohort, current employer and job
    coach; the caller narrows it down (whose participants, which due dates). Returns the
    query and the latest note's alias to filter on."""
    latest = aliased(CoachingNote, name="latest_note")
    cohort_code = (
        select(Cohort.code)
        .join(Enrolment, Enrolment.cohort_id == Cohort.id)
        .where(Enrolment.participant_id == Participant.id)
        .order_by(Enrolment.start_date.desc())
        .limit(1)
        .scalar_subquery()
    )
    employer = (
        select(Employer.name)
        .join(Outcome, Outcome.employer_id == Employer.id)
        .where(
            Outcome.participant_id == Participant.id,
            Outcome.kind.in_(PLACED),
            (Outcome.start_date.is_(None)) | (Outcome.start_date <= today),
            (Outcome.end_date.is_(None)) | (Outcome.end_date >= today),
        )
        .order_by(Outcome.start_date.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(
            Participant.id,
            Participant.participant_number,
            Participant.first_name,
            Participant.name_particle,
            Participant.last_name,
            Participant.sort_name,
            cohort_code.label("cohort_code"),
            employer.label("employer"),
            latest.contact_at,
            latest.next_contact_due,
            StaffMember.first_name.label("coach_first"),
            StaffMember.name_particle.label("coach_particle"),
            StaffMember.last_name.label("coach_last"),
        )
        .select_from(Participant)
        .outerjoin(latest, latest.id == _latest_note_id())
        .outerjoin(StaffMember, StaffMember.id == Participant.job_coach_id)
    )
    return query, latest


def _sorted_rows(db: Database, query, today: dt.date) -> list[CaseloadRow]:
    with db.read() as session:
        result = session.execute(query).all()
    keyed = sorted(((_row(r, today), r.sort_name) for r in result), key=lambda p: _sort_key(*p))
    return [row for row, _ in keyed]


def caseload(
    db: Database,
    staff_id: str | None,
    today: dt.date,
    filter: CaseloadFilter | str = CaseloadFilter.ALL,  # noqa: A002 - the user's word
) -> list[CaseloadRow]:
    """The caseload rows: overdue first (most overdue first), then due soonest, then the
    participants without a next date (by name)."""
    filter = CaseloadFilter(filter)  # noqa: A001
    query, latest = _rows_query(today)
    if filter is CaseloadFilter.UNASSIGNED:
        query = query.where(Participant.job_coach_id.is_(None), latest.contact_at.is_not(None))
    else:
        query = query.where(Participant.job_coach_id == staff_id)
    due = latest.next_contact_due
    if filter is CaseloadFilter.TODAY:
        query = query.where(due == today)
    elif filter is CaseloadFilter.THIS_WEEK:
        query = query.where(due >= today, due <= _sunday(today))
    elif filter is CaseloadFilter.OVERDUE:
        query = query.where(due < today)
    return _sorted_rows(db, query, today)


def due_up_to(
    db: Database, staff_ids: Collection[str], today: dt.date, until: dt.date
) -> list[CaseloadRow]:
    """The caseload rows of all these job coaches at once (one query) whose next contact is
    due on or before `until`: the overdue ones and those due from today up to `until`, the
    same rows as the OVERDUE filter plus (with `until` the Sunday) the THIS_WEEK filter of
    each coach's `caseload`, sorted the same way."""
    ids = sorted(set(staff_ids))
    if not ids:
        return []
    query, latest = _rows_query(today)
    query = query.where(Participant.job_coach_id.in_(ids), latest.next_contact_due <= until)
    return _sorted_rows(db, query, today)


def _sunday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=6 - today.weekday())


def _row(r, today: dt.date) -> CaseloadRow:
    due = r.next_contact_due
    owner = full_name(r.coach_first, r.coach_particle, r.coach_last) if r.coach_last else None
    return CaseloadRow(
        participant_id=r.id,
        number=r.participant_number,
        name=listed_name(r.first_name, r.name_particle, r.last_name),
        cohort_code=r.cohort_code,
        employer=r.employer,
        last_contact=local_date(r.contact_at.replace(tzinfo=dt.UTC)) if r.contact_at else None,
        next_due=due,
        days_overdue=max(0, (today - due).days) if due else 0,
        owner=owner,
    )


def _sort_key(row: CaseloadRow, sort_name: str):
    if row.days_overdue:
        return (0, -row.days_overdue, sort_name)
    if row.next_due is not None:
        return (1, row.next_due.toordinal(), sort_name)
    return (2, 0, sort_name)


def caseload_counts(db: Database, staff_id: str | None, today: dt.date) -> dict[str, int]:
    """How many rows each filter shows (for the filter buttons)."""
    return {f.value: len(caseload(db, staff_id, today, f)) for f in CaseloadFilter}


def assign_job_coach(db: Database, participant_ids: list[str], staff_id: str | None) -> Changes:
    """Hand the participants' coaching to this job coach (None: nobody)."""
    ids = frozenset(participant_ids)
    if not ids:
        return Changes()
    with db.write() as session:
        for participant in session.scalars(select(Participant).where(Participant.id.in_(ids))):
            participant.job_coach_id = staff_id
    return Changes(participants=ids, staff=frozenset({staff_id}) if staff_id else frozenset())


def job_coach_of(db: Database, participant_ids: list[str]) -> dict[str, str | None]:
    """Each participant's job coach (None: nobody), e.g. to undo a hand-over."""
    ids = frozenset(participant_ids)
    if not ids:
        return {}
    with db.read() as session:
        rows = session.execute(
            select(Participant.id, Participant.job_coach_id).where(Participant.id.in_(ids))
        ).all()
    return {r.id: r.job_coach_id for r in rows}


def restore_job_coaches(db: Database, owners: dict[str, str | None]) -> Changes:
    """Give each participant back the job coach they had (the undo of a hand-over), in one
    transaction."""
    if not owners:
        return Changes()
    with db.write() as session:
        for participant in session.scalars(
            select(Participant).where(Participant.id.in_(frozenset(owners)))
        ):
            participant.job_coach_id = owners[participant.id]
    return Changes(
        participants=frozenset(owners),
        staff=frozenset(s for s in owners.values() if s is not None),
    )
