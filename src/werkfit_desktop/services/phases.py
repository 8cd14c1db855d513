"""Phases of a trajectory and who has the lead (regie) in each: changing the phase or the
lead (history kept as phase periods), the history of one enrolment, the phase board of a
cohort, and exact snapshots so that the user interface can undo and redo a change.

A change on date D closes the open period on D - 1 and opens a new one on D. A change on
the very day the open period started keeps that period as a one-day period ending on D, so
that nothing recorded is lost."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from werkfit_desktop.domain import Enrolment, Participant, PhasePeriod, StaffMember
from werkfit_desktop.domain.base import utcnow
from werkfit_desktop.domain.enums import EnrolmentStatus, LeadRole, Phase
from werkfit_desktop.domain.names import full_name, listed_name, sort_key
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

LEAD_NAME_MAX = 200


@dataclass(frozen=True)
class PeriodRow:
    """One phase period of an enrolment."""

    id: str
    phase: Phase
    start_date: dt.date
    end_date: dt.date | None  # None: the current, open period
    lead_role: LeadRole | None
    lead_name: str | None
    lead_staff_id: str | None
    days: int  # calendar days in the phase, both ends counted (up to today when open)


@dataclass(frozen=True)
class PhaseCard:
    """A participant on the phase board."""

    enrolment_id: str
    participant_id: str
    number: str
    name: str  # "Berg, Jan van den"
    sort_name: str
    status: EnrolmentStatus
    phase: Phase
    lead_role: LeadRole | None
    lead_name: str | None
    since: dt.date | None  # start of the current phase
    days_in_phase: int | None

    @property
    def dropped_out(self) -> bool:
        return self.status is EnrolmentStatus.DROPPED_OUT

    @property
    def no_lead(self) -> bool:
        """Nobody owns this phase: exactly what makes trajectories fail."""
        return not self.dropped_out and self.phase is not Phase.FINISHED and self.lead_role is None


@dataclass(frozen=True)
class PhaseColumn:
    phase: Phase
    cards: tuple[PhaseCard, ...]


@dataclass(frozen=True)
class PhaseBoard:
    """Every phase in order (empty ones too), and the dropouts in a lane of their own."""

    cohort_id: str
    columns: tuple[PhaseColumn, ...]
    dropped_out: tuple[PhaseCard, ...]

    def cards(self) -> list[PhaseCard]:
        return [c for column in self.columns for c in column.cards] + list(self.dropped_out)

    def column_of(self, enrolment_id: str) -> Phase | None:
        """The phase column holding this enrolment (None: in the dropout lane or absent)."""
        for column in self.columns:
            if any(c.enrolment_id == enrolment_id for c in column.cards):
                return column.phase
        return None


@dataclass(frozen=True)
class LeadSuggestion:
    name: str
    staff_id: str | None  # set when the name is one of our staff


@dataclass(frozen=True)
class PhaseContext:
    """What the phase-change dialog shows about one enrolment."""

    enrolment_id: str
    participant_id: str
    participant_name: str  # "Jan van den Berg"
    status: EnrolmentStatus
    start_date: dt.date
    current_phase: Phase
    lead_role: LeadRole | None
    lead_name: str | None
    history: tuple[PeriodRow, ...]
    suggestions: tuple[LeadSuggestion, ...]


def _days(start: dt.date, end: dt.date | None, today: dt.date) -> int:
    last = end if end is not None else today
    return max(0, (last - start).days + 1)


def _periods(session, enrolment_id: str) -> list[PhasePeriod]:
    return list(
        session.scalars(
            select(PhasePeriod)
            .where(PhasePeriod.enrolment_id == enrolment_id)
            .order_by(PhasePeriod.start_date, PhasePeriod.created_at)
        )
    )


def _period_row(p: PhasePeriod, today: dt.date) -> PeriodRow:
    return PeriodRow(
        p.id,
        p.phase,
        p.start_date,
        p.end_date,
        p.lead_role,
        p.lead_name,
        p.lead_staff_id,
        _days(p.start_date, p.end_date, today),
    )


def phase_history(db: Database, enrolment_id: str, today: dt.date | None = None) -> list[PeriodRow]:
    """The enrolment's phase periods, oldest first."""
    today = today or dt.date.today()
    with db.read() as session:
        return [_period_row(p, today) for p in _periods(session, enrolment_id)]


def lead_suggestions(session, participant: Participant) -> list[LeadSuggestion]:
    """Names to pick as lead: the participant's client manager and coach, then active staff."""
    staff = list(
        session.scalars(
            select(StaffMember)
            .where(StaffMember.active.is_(True))
            .order_by(StaffMember.last_name, StaffMember.first_name)
        )
    )
    out: list[LeadSuggestion] = []
    seen: set[str] = set()

    def add(name: str | None, staff_id: str | None) -> None:
        if name and name.strip() and name.strip().casefold() not in seen:
            seen.add(name.strip().casefold())
            out.append(LeadSuggestion(name.strip(), staff_id))

    add(participant.client_manager, None)
    for member in sorted(staff, key=lambda s: s.id != participant.job_coach_id):
        add(full_name(member.first_name, member.name_particle, member.last_name), member.id)
    return out


def phase_context(db: Database, enrolment_id: str, today: dt.date | None = None) -> PhaseContext:
    today = today or dt.date.today()
    with db.read() as session:
        enrolment = session.get(Enrolment, enrolment_id)
        if enrolment is None or enrolment.deleted_at is not None:
            raise LookupError(enrolment_id)
        participant = session.get(Participant, enrolment.participant_id)
        assert participant is not None
        return PhaseContext(
            enrolment.id,
            participant.id,
            full_name(participant.first_name, participant.name_particle, participant.last_name),
            enrolment.status,
            enrolment.start_date,
            enrolment.current_phase,
            enrolment.lead_role,
            enrolment.lead_name,
            tuple(_period_row(p, today) for p in _periods(session, enrolment_id)),
            tuple(lead_suggestions(session, participant)),
        )


# changing ------------------------------------------------------------------------------
def _change_errors(
    enrolment: Enrolment,
    periods: list[PhasePeriod],
    phase: Phase | None,
    date: dt.date | None,
    lead_role: LeadRole | None,
    lead_name: str | None,
) -> list[FieldError]:
    errors: list[FieldError] = []
    if enrolment.status is EnrolmentStatus.DROPPED_OUT:
        return [
            FieldError(
                "phase",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "This participant left the cohort; take them back in the cohort before "
                    "changing the phase.",
                ),
            )
        ]
    if phase is None:
        errors.append(FieldError("phase", QT_TRANSLATE_NOOP("Validation", "Choose a phase.")))
    if date is None:
        errors.append(FieldError("date", QT_TRANSLATE_NOOP("Validation", "The date is required.")))
    elif date < enrolment.start_date:
        errors.append(
            FieldError(
                "date",
                QT_TRANSLATE_NOOP(
                    "Validation", "The date lies before the start of the enrolment ({start})."
                ),
                {"start": enrolment.start_date.strftime("%d-%m-%Y")},
            )
        )
    elif periods and date < periods[-1].start_date:
        errors.append(
            FieldError(
                "date",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The date lies before the start of the current phase ({start}).",
                ),
                {"start": periods[-1].start_date.strftime("%d-%m-%Y")},
            )
        )
    if lead_role is None and phase is not None and phase is not Phase.FINISHED:
        errors.append(
            FieldError(
                "lead_role",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Choose who has the lead in this phase: a phase without an owner is "
                    "where trajectories fail.",
                ),
            )
        )
    if lead_name is not None and len(lead_name) > LEAD_NAME_MAX:
        errors.append(
            FieldError(
                "lead_name",
                QT_TRANSLATE_NOOP("Validation", "The name is too long (at most {max} characters)."),
                {"max": LEAD_NAME_MAX},
            )
        )
    if (
        not errors
        and phase == enrolment.current_phase
        and lead_role == enrolment.lead_role
        and (lead_name or None) == (enrolment.lead_name or None)
    ):
        errors.append(
            FieldError(
                "phase",
                QT_TRANSLATE_NOOP(
                    "Validation", "Phase and lead are the same as now; nothing to change."
                ),
            )
        )
    return errors


def change_phase(
    db: Database,
    enrolment_id: str,
    phase: Phase | None,
    date: dt.date | None,
    lead_role: LeadRole | None,
    lead_name: str | None,
    lead_staff_id: str | None = None,
) -> Changes:
    """Move the enrolment to `phase` (or give the phase another lead) from `date`, in one
    transaction; ValidationFailed (nothing saved) when it is wrong."""
    lead_name = (lead_name or "").strip() or None
    phase = Phase(phase) if phase else None
    lead_role = LeadRole(lead_role) if lead_role else None
    with db.write() as session:
        enrolment = session.get(Enrolment, enrolment_id)
        if enrolment is None or enrolment.deleted_at is not None:
            raise LookupError(enrolment_id)
        periods = _periods(session, enrolment_id)
        errors = _change_errors(enrolment, periods, phase, date, lead_role, lead_name)
        if errors:
            raise ValidationFailed(errors)
        assert phase is not None and date is not None
        for period in periods:
            if period.end_date is None:
                period.end_date = max(period.start_date, date - dt.timedelta(days=1))
        session.add(
            PhasePeriod(
                enrolment_id=enrolment.id,
                phase=phase,
                start_date=date,
                lead_role=lead_role,
                lead_name=lead_name,
                lead_staff_id=lead_staff_id,
            )
        )
        enrolment.current_phase = phase
        enrolment.lead_role = lead_role
        enrolment.lead_name = lead_name
        cohort_id = enrolment.cohort_id
    return _changes(enrolment_id, cohort_id)


def _changes(enrolment_id: str, cohort_id: str) -> Changes:
    ids = frozenset({enrolment_id})
    return Changes(phases=ids, enrolments=ids, cohorts=frozenset({cohort_id}))


# undo ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PeriodState:
    id: str
    end_date: dt.date | None
    deleted: bool


@dataclass(frozen=True)
class PhaseSnapshot:
    """How one enrolment's phase and periods stood at one moment."""

    enrolment_id: str
    current_phase: Phase
    lead_role: LeadRole | None
    lead_name: str | None
    periods: tuple[PeriodState, ...]


def phase_snapshot(db: Database, enrolment_id: str) -> PhaseSnapshot:
    with db.read() as session:
        enrolment = session.get(Enrolment, enrolment_id)
        if enrolment is None:
            raise LookupError(enrolment_id)
        periods = session.scalars(
            select(PhasePeriod)
            .where(PhasePeriod.enrolment_id == enrolment_id)
            .execution_options(include_deleted=True)
        )
        return PhaseSnapshot(
            enrolment.id,
            enrolment.current_phase,
            enrolment.lead_role,
            enrolment.lead_name,
            tuple(PeriodState(p.id, p.end_date, p.deleted_at is not None) for p in periods),
        )


def restore_phase_history(db: Database, enrolment_id: str, snapshot: PhaseSnapshot) -> Changes:
    """Write a snapshot back in one transaction (undo or redo of a phase change): periods
    opened since are tombstoned, the others get their end date back."""
    now = utcnow()
    with db.write() as session:
        enrolment = session.scalars(
            select(Enrolment)
            .where(Enrolment.id == enrolment_id)
            .execution_options(include_deleted=True)
        ).one()
        enrolment.current_phase = snapshot.current_phase
        enrolment.lead_role = snapshot.lead_role
        enrolment.lead_name = snapshot.lead_name
        kept = {p.id: p for p in snapshot.periods}
        for period in session.scalars(
            select(PhasePeriod)
            .where(PhasePeriod.enrolment_id == enrolment_id)
            .execution_options(include_deleted=True)
        ):
            old = kept.get(period.id)
            if old is None or old.deleted:
                if period.deleted_at is None:
                    period.deleted_at = now
            else:
                period.deleted_at = None
                period.end_date = old.end_date
        cohort_id = enrolment.cohort_id
    return _changes(enrolment_id, cohort_id)


# the board -----------------------------------------------------------------------------
def phase_board(db: Database, cohort_id: str, today: dt.date | None = None) -> PhaseBoard:
    """The cohort's enrolments grouped by current phase, sorted by name in each column."""
    today = today or dt.date.today()
    with db.read() as session:
        rows = session.execute(
            select(Enrolment, Participant)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(Enrolment.cohort_id == cohort_id)
        ).all()
        open_starts: dict[str, tuple[dt.date, dt.date | None]] = {}
        ids = [e.id for e, _ in rows]
        if ids:
            for p in session.scalars(
                select(PhasePeriod)
                .where(PhasePeriod.enrolment_id.in_(ids))
                .order_by(PhasePeriod.start_date, PhasePeriod.created_at)
            ):
                open_starts[p.enrolment_id] = (p.start_date, p.end_date)  # the latest wins
        cards = []
        for e, p in rows:
            latest = open_starts.get(e.id)
            cards.append(
                PhaseCard(
                    e.id,
                    p.id,
                    p.participant_number,
                    listed_name(p.first_name, p.name_particle, p.last_name),
                    sort_key(p.first_name, p.name_particle, p.last_name),
                    e.status,
                    e.current_phase,
                    e.lead_role,
                    e.lead_name,
                    latest[0] if latest else None,
                    _days(latest[0], latest[1], today) if latest else None,
                )
            )
    cards.sort(key=lambda c: (c.sort_name, c.number))
    columns = tuple(
        PhaseColumn(phase, tuple(c for c in cards if c.phase is phase and not c.dropped_out))
        for phase in Phase
    )
    return PhaseBoard(cohort_id, columns, tuple(c for c in cards if c.dropped_out))
