"""A cohort's outcome figures as the field reports them: into paid work, part-time,
BBL, education, dropout with reasons, durable outflow at 6/12/18 months and the time
from cohort start to placement. The definitions are in docs/outcomes.md."""

from __future__ import annotations

import calendar
import datetime as dt
import statistics
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from werkfit_desktop.domain import CoachingNote, Cohort, Enrolment, Outcome
from werkfit_desktop.domain.enums import DropoutReason, EnrolmentStatus, OutcomeKind
from werkfit_desktop.persistence.session import Database

LOCAL = ZoneInfo("Europe/Amsterdam")
PART_TIME_BELOW_HOURS = 32  # a job of fewer hours per week counts as part-time
DURABILITY_MONTHS = (6, 12, 18)

# One category per participant: the best outcome of the enrolment wins.
_PRECEDENCE = (
    OutcomeKind.PAID_JOB,
    OutcomeKind.APPRENTICESHIP,
    OutcomeKind.EDUCATION,
    OutcomeKind.VOLUNTEERING,
    OutcomeKind.OTHER,
)


@dataclass(frozen=True)
class Durability:
    """Of the participants who went into paid work: still in work N months after the start
    of their first job (durable), known not to be (not_durable), or not known yet."""

    months: int
    durable: int = 0
    not_durable: int = 0
    not_yet_known: int = 0


@dataclass(frozen=True)
class OutcomeFigures:
    cohort_id: str
    participants: int  # everyone who was enrolled (the denominator, dropouts included)
    finished: int  # enrolments completed
    paid_work: int
    paid_work_pct: float | None  # paid_work / participants * 100; None without participants
    part_time: int  # of paid_work: first job < 32 hours per week
    apprenticeship: int
    education: int
    volunteering: int
    other: int
    dropout: int
    dropout_by_reason: dict[DropoutReason | None, int] = field(default_factory=dict)
    no_outcome: int = 0
    durability: tuple[Durability, ...] = ()
    days_to_placement_median: float | None = None
    days_to_placement_average: float | None = None

    def durable_at(self, months: int) -> Durability:
        return next(d for d in self.durability if d.months == months)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month N months later (31 January + 1 month: 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def in_work_status(
    jobs: list[tuple[dt.date, dt.date | None]],
    on: dt.date,
    latest_contact: dt.date | None,
    today: dt.date,
) -> bool | None:
    """Whether someone with these paid jobs (start, end) was in work on a date: True,
    False, or None when that is not known (the date is still ahead, or a job without end
    date covers it but no coaching contact on or after the date confirms it)."""
    if on > today:
        return None
    covering = [(start, end) for start, end in jobs if start <= on and (end is None or end >= on)]
    if not covering:
        return False
    if any(end is not None for _, end in covering):
        return True  # the job's recorded end lies after the date
    if latest_contact is not None and latest_contact >= on:
        return True
    return None


def cohort_outcomes(db: Database, cohort_id: str, today: dt.date) -> OutcomeFigures:
    with db.read() as session:
        cohort_start = session.scalar(select(Cohort.start_date).where(Cohort.id == cohort_id))
        enrolments = session.execute(
            select(
                Enrolment.id,
                Enrolment.participant_id,
                Enrolment.status,
                Enrolment.dropout_reason,
            ).where(Enrolment.cohort_id == cohort_id)
        ).all()
        outcomes = session.execute(
            select(
                Outcome.enrolment_id,
                Outcome.kind,
                Outcome.start_date,
                Outcome.end_date,
                Outcome.hours_per_week,
                Outcome.dropout_reason,
            )
            .join(Enrolment, Enrolment.id == Outcome.enrolment_id)
            .where(Enrolment.cohort_id == cohort_id)
            .order_by(Outcome.start_date)
        ).all()
        contacts = dict(
            session.execute(
                select(CoachingNote.participant_id, func.max(CoachingNote.contact_at))
                .join(Enrolment, Enrolment.participant_id == CoachingNote.participant_id)
                .where(Enrolment.cohort_id == cohort_id, CoachingNote.draft.is_(False))
                .group_by(CoachingNote.participant_id)
            ).all()
        )
    latest_contact = {
        pid: _as_utc(at).astimezone(LOCAL).date() for pid, at in contacts.items() if at
    }
    by_enrolment: dict[str, list] = {}
    for row in outcomes:
        by_enrolment.setdefault(row.enrolment_id, []).append(row)

    counts = {kind: 0 for kind in OutcomeKind}
    reasons: dict[DropoutReason | None, int] = {}
    part_time = no_outcome = 0
    days: list[int] = []
    durability = {n: [0, 0, 0] for n in DURABILITY_MONTHS}
    for enrolment in enrolments:
        rows = by_enrolment.get(enrolment.id, [])
        kinds = {r.kind for r in rows}
        best = next((k for k in _PRECEDENCE if k in kinds), None)
        if best is None:
            if OutcomeKind.DROPOUT in kinds or enrolment.status is EnrolmentStatus.DROPPED_OUT:
                counts[OutcomeKind.DROPOUT] += 1
                reason = (
                    next(
                        (r.dropout_reason for r in rows if r.kind is OutcomeKind.DROPOUT),
                        None,
                    )
                    or enrolment.dropout_reason
                )
                reasons[reason] = reasons.get(reason, 0) + 1
            else:
                no_outcome += 1
            continue
        counts[best] += 1
        if best is not OutcomeKind.PAID_JOB:
            continue
        jobs = [r for r in rows if r.kind is OutcomeKind.PAID_JOB and r.start_date]
        if not jobs:
            continue
        first = jobs[0]
        if first.hours_per_week is not None and first.hours_per_week < PART_TIME_BELOW_HOURS:
            part_time += 1
        if cohort_start is not None:
            days.append((first.start_date - cohort_start).days)
        periods = [(r.start_date, r.end_date) for r in jobs]
        for months in DURABILITY_MONTHS:
            state = in_work_status(
                periods,
                add_months(first.start_date, months),
                latest_contact.get(enrolment.participant_id),
                today,
            )
            durability[months][0 if state else 1 if state is False else 2] += 1

    participants = len(enrolments)
    paid = counts[OutcomeKind.PAID_JOB]
    return OutcomeFigures(
        cohort_id=cohort_id,
        participants=participants,
        finished=sum(1 for e in enrolments if e.status is EnrolmentStatus.COMPLETED),
        paid_work=paid,
        paid_work_pct=100.0 * paid / participants if participants else None,
        part_time=part_time,
        apprenticeship=counts[OutcomeKind.APPRENTICESHIP],
        education=counts[OutcomeKind.EDUCATION],
        volunteering=counts[OutcomeKind.VOLUNTEERING],
        other=counts[OutcomeKind.OTHER],
        dropout=counts[OutcomeKind.DROPOUT],
        dropout_by_reason=reasons,
        no_outcome=no_outcome,
        durability=tuple(Durability(n, *durability[n]) for n in DURABILITY_MONTHS),
        days_to_placement_median=float(statistics.median(days)) if days else None,
        days_to_placement_average=statistics.fmean(days) if days else None,
    )


def _as_utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
