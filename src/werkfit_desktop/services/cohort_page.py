"""The cohort page: where a cohort stands, and per participant the attendance, lateness,
certificates obtained of those planned, practice days, phase and status, with the totals.

Attendance figures come from services.attendance_stats (one definition for every screen);
the rest are SQL aggregates."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select

from werkfit_desktop.domain import (
    Certificate,
    CertificateType,
    Cohort,
    Enrolment,
    Module,
    Organisation,
    Participant,
    PlacementDay,
    Programme,
    TrainingSession,
)
from werkfit_desktop.domain.certificate_state import (
    DEFAULT_EXPIRY_WINDOW_DAYS,
    CertificateState,
)
from werkfit_desktop.domain.enums import (
    DropoutReason,
    EnrolmentStatus,
    ExamResult,
    LeadRole,
    Phase,
    PlacementDayKind,
)
from werkfit_desktop.domain.names import listed_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import attendance_stats
from werkfit_desktop.services.attendance_stats import AttendanceFigures
from werkfit_desktop.services.certificates import cohort_participant_state_counts


class CohortState(enum.StrEnum):
    """Where a cohort stands by its dates."""

    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


def cohort_state(start: dt.date, end: dt.date | None, today: dt.date) -> CohortState:
    if today < start:
        return CohortState.PLANNED
    if end is not None and today > end:
        return CohortState.FINISHED
    return CohortState.RUNNING


@dataclass(frozen=True)
class CohortHeader:
    id: str
    code: str
    programme_id: str
    programme_name: str
    organisation_name: str
    location: str | None
    start_date: dt.date
    end_date: dt.date | None
    funding_source: str | None
    notes: str | None
    state: CohortState
    as_of: dt.date
    week: int | None  # the cohort's own week number on as_of while it runs (1 = first week)
    weeks: int | None  # how many weeks it runs
    sessions_planned: int  # not cancelled
    sessions_held: int  # not cancelled, on or before as_of
    certificate_types: tuple[str, ...]  # the certificates the programme's modules lead to


@dataclass(frozen=True)
class MemberRow:
    """One enrolment on the cohort page."""

    enrolment_id: str
    participant_id: str
    number: str
    name: str  # "Berg, Jan van den"
    sort_name: str
    status: EnrolmentStatus
    current_phase: Phase
    lead_role: LeadRole | None
    lead_name: str | None
    start_date: dt.date
    end_date: dt.date | None
    dropout_date: dt.date | None
    dropout_reason: DropoutReason | None
    dropout_note: str | None
    attendance: AttendanceFigures | None  # None: nothing registered for them yet
    certificates_obtained: int
    certificates_planned: int
    practice_days: int
    shadowing_days: int
    # Of all their certificates (any type), by domain.certificate_state on as_of:
    certificates_expired: int = 0
    certificates_expiring: int = 0  # "verloopt binnenkort"

    @property
    def attendance_pct(self) -> float | None:
        return self.attendance.attendance_pct if self.attendance else None

    @property
    def times_late(self) -> int:
        return self.attendance.late if self.attendance else 0

    @property
    def dropped_out(self) -> bool:
        return self.status == EnrolmentStatus.DROPPED_OUT


@dataclass(frozen=True)
class CohortTotals:
    participants: int
    active: int  # not dropped out
    dropped_out: int
    attendance_pct: float | None  # over every registration in the cohort
    times_late: int
    certificates_obtained: int
    certificates_planned: int
    practice_days: int
    shadowing_days: int


@dataclass(frozen=True)
class CohortPage:
    header: CohortHeader
    members: tuple[MemberRow, ...]
    totals: CohortTotals


def _weeks(start: dt.date, end: dt.date | None, planned: int | None) -> int | None:
    if end is None:
        return planned
    first = start - dt.timedelta(days=start.weekday())
    last = end - dt.timedelta(days=end.weekday())
    return (last - first).days // 7 + 1


def cohort_page(
    db: Database,
    cohort_id: str,
    as_of: dt.date | None = None,
    expiry_window_days: int = DEFAULT_EXPIRY_WINDOW_DAYS,
) -> CohortPage:
    """Everything the cohort page shows, as it stands on `as_of` (today by default).
    LookupError when the cohort does not exist (any more)."""
    as_of = as_of or dt.date.today()
    with db.read() as session:
        header = _header(session, cohort_id, as_of)
    figures = attendance_stats.participant_figures(db, cohort_id, as_of)
    overall = attendance_stats.cohort_totals(db, cohort_id, as_of)
    certificate_states = cohort_participant_state_counts(db, cohort_id, as_of, expiry_window_days)
    with db.read() as session:
        planned_types = (
            select(Module.certificate_type_id)
            .join(Cohort, Cohort.programme_id == Module.programme_id)
            .where(
                Cohort.id == cohort_id,
                Module.certificate_type_id.is_not(None),
                Module.deleted_at.is_(None),
            )
            .distinct()
        )
        planned = len(header.certificate_types)
        members_of_cohort = select(Enrolment.participant_id).where(
            Enrolment.cohort_id == cohort_id, Enrolment.deleted_at.is_(None)
        )
        obtained = dict(
            session.execute(
                select(
                    Certificate.participant_id,
                    func.count(func.distinct(Certificate.certificate_type_id)),
                )
                .where(
                    Certificate.participant_id.in_(members_of_cohort),
                    Certificate.certificate_type_id.in_(planned_types),
                    Certificate.result == ExamResult.PASSED,
                    Certificate.deleted_at.is_(None),
                    or_(Certificate.exam_date.is_(None), Certificate.exam_date <= as_of),
                )
                .group_by(Certificate.participant_id)
            ).all()
        )
        days = {
            row[0]: (int(row[1] or 0), int(row[2] or 0))
            for row in session.execute(
                select(
                    Enrolment.id,
                    func.sum(case((PlacementDay.kind == PlacementDayKind.PRACTICE, 1), else_=0)),
                    func.sum(case((PlacementDay.kind == PlacementDayKind.SHADOWING, 1), else_=0)),
                )
                .join(
                    PlacementDay,
                    and_(
                        PlacementDay.participant_id == Enrolment.participant_id,
                        or_(
                            PlacementDay.enrolment_id == Enrolment.id,
                            and_(
                                PlacementDay.enrolment_id.is_(None),
                                PlacementDay.date >= Enrolment.start_date,
                                PlacementDay.date <= func.coalesce(Enrolment.end_date, as_of),
                            ),
                        ),
                    ),
                )
                .where(
                    Enrolment.cohort_id == cohort_id,
                    Enrolment.deleted_at.is_(None),
                    PlacementDay.deleted_at.is_(None),
                    PlacementDay.date <= as_of,
                )
                .group_by(Enrolment.id)
            ).all()
        }
        rows = session.execute(
            select(Enrolment, Participant)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(Enrolment.cohort_id == cohort_id)
            .order_by(Participant.sort_name, Participant.participant_number)
        ).all()
        members = tuple(
            MemberRow(
                enrolment_id=e.id,
                participant_id=p.id,
                number=p.participant_number,
                name=listed_name(p.first_name, p.name_particle, p.last_name),
                sort_name=p.sort_name,
                status=e.status,
                current_phase=e.current_phase,
                lead_role=e.lead_role,
                lead_name=e.lead_name,
                start_date=e.start_date,
                end_date=e.end_date,
                dropout_date=e.dropout_date,
                dropout_reason=e.dropout_reason,
                dropout_note=e.dropout_note,
                attendance=figures.get(p.id),
                certificates_obtained=int(obtained.get(p.id, 0)),
                certificates_planned=planned,
                practice_days=days.get(e.id, (0, 0))[0],
                shadowing_days=days.get(e.id, (0, 0))[1],
                certificates_expired=certificate_states.get(p.id, {}).get(
                    CertificateState.EXPIRED, 0
                ),
                certificates_expiring=certificate_states.get(p.id, {}).get(
                    CertificateState.EXPIRING_SOON, 0
                ),
            )
            for e, p in rows
        )
    dropped = sum(1 for m in members if m.dropped_out)
    totals = CohortTotals(
        participants=len(members),
        active=len(members) - dropped,
        dropped_out=dropped,
        attendance_pct=overall.attendance_pct,
        times_late=overall.late,
        certificates_obtained=sum(m.certificates_obtained for m in members),
        certificates_planned=sum(m.certificates_planned for m in members),
        practice_days=sum(m.practice_days for m in members),
        shadowing_days=sum(m.shadowing_days for m in members),
    )
    return CohortPage(header, members, totals)


def _header(session, cohort_id: str, as_of: dt.date) -> CohortHeader:
    found = session.execute(
        select(Cohort, Programme, Organisation)
        .join(Programme, Programme.id == Cohort.programme_id)
        .join(Organisation, Organisation.id == Cohort.organisation_id)
        .where(Cohort.id == cohort_id)
    ).one_or_none()
    if found is None:
        raise LookupError(f"no cohort {cohort_id}")
    cohort, programme, organisation = found
    planned, held = session.execute(
        select(
            func.count(TrainingSession.id),
            func.sum(case((TrainingSession.date <= as_of, 1), else_=0)),
        ).where(
            TrainingSession.cohort_id == cohort_id,
            TrainingSession.cancelled.is_(False),
            TrainingSession.deleted_at.is_(None),
        )
    ).one()
    types = session.scalars(
        select(CertificateType.name)
        .join(Module, Module.certificate_type_id == CertificateType.id)
        .where(Module.programme_id == programme.id, Module.deleted_at.is_(None))
        .group_by(CertificateType.id, CertificateType.name)
        .order_by(func.min(Module.position))
    ).all()
    state = cohort_state(cohort.start_date, cohort.end_date, as_of)
    weeks = _weeks(cohort.start_date, cohort.end_date, programme.planned_weeks)
    week = None
    if state is CohortState.RUNNING:
        first = cohort.start_date - dt.timedelta(days=cohort.start_date.weekday())
        week = (as_of - first).days // 7 + 1
        if weeks is not None:
            week = min(week, weeks)
    return CohortHeader(
        id=cohort.id,
        code=cohort.code,
        programme_id=programme.id,
        programme_name=programme.name,
        organisation_name=organisation.name,
        location=cohort.location,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        funding_source=cohort.funding_source,
        notes=cohort.notes,
        state=state,
        as_of=as_of,
        week=week,
        weeks=weeks,
        sessions_planned=int(planned or 0),
        sessions_held=int(held or 0),
        certificate_types=tuple(types),
    )
