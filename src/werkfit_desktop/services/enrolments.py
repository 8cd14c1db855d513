"""Enrolling participants in a cohort (existing ones, or a new participant in the same
transaction), unenrolling with a reason (the record stays, as a dropout), and exact
snapshots of enrolments so that the user interface can undo and redo these actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, exists, select

from werkfit_desktop.domain import Cohort, Enrolment, Participant, PhasePeriod
from werkfit_desktop.domain.base import utcnow
from werkfit_desktop.domain.enums import DropoutReason, EnrolmentStatus, LeadRole, Phase
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services import participants
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.participants import ParticipantInput, ParticipantRow
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

CANDIDATE_LIMIT = 200


@dataclass(frozen=True)
class CandidateRow(ParticipantRow):
    """A participant who can be enrolled, with where they are now."""

    current_cohorts: tuple[str, ...] = ()  # codes of cohorts they are planned or active in
    dropped_out_here: bool = False  # left this cohort before; enrolling takes them back


def candidates_for_enrolment(
    db: Database, cohort_id: str, search: str = "", limit: int | None = CANDIDATE_LIMIT
) -> list[CandidateRow]:
    """Participants not (or no longer) in the cohort whose name or number contains every
    typed word, accents and case ignored; sorted by surname without particle."""
    in_cohort = exists().where(
        and_(
            Enrolment.participant_id == Participant.id,
            Enrolment.cohort_id == cohort_id,
            Enrolment.deleted_at.is_(None),
            Enrolment.status != EnrolmentStatus.DROPPED_OUT,
        )
    )
    query = participants.participant_list_query(search).where(~in_cohort)
    if limit:
        query = query.limit(limit)
    with db.read() as session:
        rows = session.execute(query).all()
        ids = [r.id for r in rows]
        where: dict[str, list[str]] = {}
        dropped: set[str] = set()
        if ids:
            for pid, code, other, status in session.execute(
                select(Enrolment.participant_id, Cohort.code, Cohort.id, Enrolment.status)
                .join(Cohort, Cohort.id == Enrolment.cohort_id)
                .where(Enrolment.participant_id.in_(ids))
                .order_by(Cohort.start_date)
            ):
                if other == cohort_id:
                    dropped.add(pid)
                elif status in (EnrolmentStatus.ACTIVE, EnrolmentStatus.PLANNED):
                    where.setdefault(pid, []).append(code)
    return [
        CandidateRow(
            **participants.row_fields(r),
            current_cohorts=tuple(where.get(r.id, ())),
            dropped_out_here=r.id in dropped,
        )
        for r in rows
    ]


# enrolling ---------------------------------------------------------------------------
def _start_errors(cohort: Cohort, start_date: dt.date | None) -> list[FieldError]:
    if start_date is None:
        return [
            FieldError("start_date", QT_TRANSLATE_NOOP("Validation", "The start date is required."))
        ]
    if cohort.end_date is not None and start_date > cohort.end_date:
        return [
            FieldError(
                "start_date",
                QT_TRANSLATE_NOOP(
                    "Validation", "The start date lies after the end of the cohort ({end})."
                ),
                {"end": cohort.end_date.strftime("%d-%m-%Y")},
            )
        ]
    return []


def _enrol_one(
    session, cohort: Cohort, participant: Participant, start_date: dt.date, today: dt.date
) -> str | None:
    """Enrol (or take back a dropout); None when the participant is in the cohort already."""
    enrolment = session.scalars(
        select(Enrolment)
        .where(Enrolment.participant_id == participant.id, Enrolment.cohort_id == cohort.id)
        .execution_options(include_deleted=True)
    ).one_or_none()
    if (
        enrolment is not None
        and enrolment.deleted_at is None
        and enrolment.status != EnrolmentStatus.DROPPED_OUT
    ):
        return None
    if start_date > today:
        status, phase = EnrolmentStatus.PLANNED, Phase.RECRUITMENT
        lead_role, lead_name = LeadRole.CLIENT_MANAGER, participant.client_manager
    else:
        status, phase = EnrolmentStatus.ACTIVE, Phase.TRAINING
        lead_role, lead_name = LeadRole.JOB_COACH, None
    if enrolment is None:
        enrolment = Enrolment(participant_id=participant.id, cohort_id=cohort.id)
        session.add(enrolment)
    enrolment.deleted_at = None
    enrolment.start_date = start_date
    enrolment.end_date = None
    enrolment.status = status
    enrolment.current_phase = phase
    enrolment.lead_role = lead_role
    enrolment.lead_name = lead_name
    enrolment.dropout_date = None
    enrolment.dropout_reason = None
    enrolment.dropout_note = None
    session.flush()
    session.add(
        PhasePeriod(
            enrolment_id=enrolment.id,
            phase=phase,
            start_date=start_date,
            lead_role=lead_role,
            lead_name=lead_name,
        )
    )
    return enrolment.id


def enrol(
    db: Database,
    cohort_id: str,
    participant_ids: Iterable[str],
    start_date: dt.date | None,
    today: dt.date | None = None,
) -> Changes:
    """Enrol participants in one transaction: planned (intake) when they start after today,
    active (training) otherwise. A participant who dropped out of this cohort is taken back
    (their enrolment revived, not duplicated); one already in the cohort is left as is."""
    today = today or dt.date.today()
    ids = list(dict.fromkeys(participant_ids))
    if not ids:
        raise ValidationFailed(
            [
                FieldError(
                    "participants",
                    QT_TRANSLATE_NOOP("Validation", "Choose at least one participant to enrol."),
                )
            ]
        )
    with db.write() as session:
        cohort = session.get_one(Cohort, cohort_id)
        errors = _start_errors(cohort, start_date)
        if errors:
            raise ValidationFailed(errors)
        assert start_date is not None
        enrolled = []
        for pid in ids:
            participant = session.get_one(Participant, pid)
            enrolment_id = _enrol_one(session, cohort, participant, start_date, today)
            if enrolment_id:
                enrolled.append(enrolment_id)
    return Changes(cohorts=frozenset({cohort_id}), enrolments=frozenset(enrolled))


def enrol_new_participant(
    db: Database,
    cohort_id: str,
    data: ParticipantInput,
    start_date: dt.date | None,
    today: dt.date | None = None,
) -> tuple[str, Changes]:
    """Create a participant and enrol them, in ONE transaction: when either part is wrong
    nothing is saved (ValidationFailed with every problem found)."""
    today = today or dt.date.today()
    errors = participants.validate(participants.clean_input(data))
    with db.write() as session:
        cohort = session.get_one(Cohort, cohort_id)
        errors += _start_errors(cohort, start_date)
        if errors:
            raise ValidationFailed(errors)
        assert start_date is not None
        participant = participants.add_participant(session, data)
        enrolment_id = _enrol_one(session, cohort, participant, start_date, today)
        new_id = participant.id
    return new_id, Changes(
        participants=frozenset({new_id}),
        cohorts=frozenset({cohort_id}),
        enrolments=frozenset({enrolment_id} if enrolment_id else ()),
    )


# unenrolling -------------------------------------------------------------------------
def unenrol(
    db: Database,
    enrolment_id: str,
    date: dt.date | None,
    reason: DropoutReason | None,
    note: str | None = None,
    today: dt.date | None = None,
) -> Changes:
    """Record that a participant left the cohort: the enrolment stays, as a dropout with
    date, reason and note; its open phase ends on that date."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    if date is None:
        errors.append(
            FieldError("date", QT_TRANSLATE_NOOP("Validation", "The date of leaving is required."))
        )
    elif date > today:
        errors.append(
            FieldError(
                "date", QT_TRANSLATE_NOOP("Validation", "The date of leaving lies in the future.")
            )
        )
    if reason is None:
        errors.append(
            FieldError("reason", QT_TRANSLATE_NOOP("Validation", "Choose the reason for leaving."))
        )
    if errors:
        raise ValidationFailed(errors)
    assert date is not None and reason is not None
    with db.write() as session:
        enrolment = session.get_one(Enrolment, enrolment_id)
        if enrolment.status == EnrolmentStatus.DROPPED_OUT:
            raise ValidationFailed(
                [
                    FieldError(
                        "enrolment",
                        QT_TRANSLATE_NOOP(
                            "Validation", "This participant has already left the cohort."
                        ),
                    )
                ]
            )
        enrolment.status = EnrolmentStatus.DROPPED_OUT
        enrolment.dropout_date = date
        enrolment.dropout_reason = reason
        enrolment.dropout_note = (note or "").strip() or None
        enrolment.end_date = date
        for period in session.scalars(
            select(PhasePeriod).where(
                PhasePeriod.enrolment_id == enrolment_id, PhasePeriod.end_date.is_(None)
            )
        ):
            period.end_date = max(date, period.start_date)
        cohort_id = enrolment.cohort_id
    return Changes(enrolments=frozenset({enrolment_id}), cohorts=frozenset({cohort_id}))


def undo_unenrol(db: Database, enrolment_id: str, today: dt.date | None = None) -> Changes:
    """Take a dropout back: status by the dates again (completed when the cohort is over),
    dropout fields cleared, the phase that ended on the dropout date open again."""
    today = today or dt.date.today()
    with db.write() as session:
        enrolment = session.get_one(Enrolment, enrolment_id)
        if enrolment.status != EnrolmentStatus.DROPPED_OUT:
            return Changes()
        cohort = session.get_one(Cohort, enrolment.cohort_id)
        ended = enrolment.dropout_date
        if cohort.end_date is not None and cohort.end_date < today:
            enrolment.status, enrolment.end_date = EnrolmentStatus.COMPLETED, cohort.end_date
        elif enrolment.start_date > today:
            enrolment.status, enrolment.end_date = EnrolmentStatus.PLANNED, None
        else:
            enrolment.status, enrolment.end_date = EnrolmentStatus.ACTIVE, None
        enrolment.dropout_date = enrolment.dropout_reason = enrolment.dropout_note = None
        last = session.scalars(
            select(PhasePeriod)
            .where(PhasePeriod.enrolment_id == enrolment_id)
            .order_by(PhasePeriod.start_date.desc(), PhasePeriod.created_at.desc())
            .limit(1)
        ).first()
        if (
            last is not None
            and ended is not None
            and last.end_date is not None
            and last.end_date >= ended
            and enrolment.status != EnrolmentStatus.COMPLETED
        ):
            last.end_date = None
        cohort_id = enrolment.cohort_id
    return Changes(enrolments=frozenset({enrolment_id}), cohorts=frozenset({cohort_id}))


# snapshots for undo and redo ---------------------------------------------------------
@dataclass(frozen=True)
class PeriodState:
    id: str
    end_date: dt.date | None
    deleted: bool


@dataclass(frozen=True)
class EnrolmentState:
    id: str
    deleted: bool
    start_date: dt.date
    end_date: dt.date | None
    status: EnrolmentStatus
    current_phase: Phase
    lead_role: LeadRole | None
    lead_name: str | None
    dropout_date: dt.date | None
    dropout_reason: DropoutReason | None
    dropout_note: str | None
    periods: tuple[PeriodState, ...]


@dataclass(frozen=True)
class SnapshotEntry:
    participant_id: str
    enrolment: EnrolmentState | None  # None: not enrolled in the cohort at all
    participant_deleted: bool | None = None  # None: leave the participant as it is


@dataclass(frozen=True)
class EnrolmentSnapshot:
    """How some participants' enrolments in one cohort stood at one moment."""

    cohort_id: str
    entries: tuple[SnapshotEntry, ...]

    @classmethod
    def before_new_participant(cls, cohort_id: str, participant_id: str) -> EnrolmentSnapshot:
        """The state before a participant was created and enrolled: neither existed."""
        return cls(cohort_id, (SnapshotEntry(participant_id, None, participant_deleted=True),))


def enrolment_snapshot(
    db: Database, cohort_id: str, participant_ids: Iterable[str], with_participants: bool = False
) -> EnrolmentSnapshot:
    """The current state of these participants' enrolments in the cohort (tombstoned ones
    included), to be written back by restore_enrolments."""
    ids = list(dict.fromkeys(participant_ids))
    with db.read() as session:
        rows = {
            e.participant_id: e
            for e in session.scalars(
                select(Enrolment)
                .where(Enrolment.cohort_id == cohort_id, Enrolment.participant_id.in_(ids))
                .execution_options(include_deleted=True)
            )
        }
        periods: dict[str, list[PeriodState]] = {}
        for period in session.scalars(
            select(PhasePeriod)
            .where(PhasePeriod.enrolment_id.in_([e.id for e in rows.values()]))
            .execution_options(include_deleted=True)
        ):
            periods.setdefault(period.enrolment_id, []).append(
                PeriodState(period.id, period.end_date, period.deleted_at is not None)
            )
        deleted: dict[str, bool] = {}
        if with_participants:
            deleted = {
                pid: stamp is not None
                for pid, stamp in session.execute(
                    select(Participant.id, Participant.deleted_at)
                    .where(Participant.id.in_(ids))
                    .execution_options(include_deleted=True)
                )
            }
    entries = []
    for pid in ids:
        e = rows.get(pid)
        state = (
            EnrolmentState(
                id=e.id,
                deleted=e.deleted_at is not None,
                start_date=e.start_date,
                end_date=e.end_date,
                status=e.status,
                current_phase=e.current_phase,
                lead_role=e.lead_role,
                lead_name=e.lead_name,
                dropout_date=e.dropout_date,
                dropout_reason=e.dropout_reason,
                dropout_note=e.dropout_note,
                periods=tuple(periods.get(e.id, ())),
            )
            if e is not None
            else None
        )
        entries.append(SnapshotEntry(pid, state, deleted.get(pid) if with_participants else None))
    return EnrolmentSnapshot(cohort_id, tuple(entries))


def restore_enrolments(db: Database, snapshot: EnrolmentSnapshot) -> Changes:
    """Write a snapshot back in one transaction (undo or redo of enrolling or unenrolling):
    enrolments made since are tombstoned, changed ones get their old values back."""
    now = utcnow()
    touched: set[str] = set()
    with db.write() as session:
        for entry in snapshot.entries:
            enrolment = session.scalars(
                select(Enrolment)
                .where(
                    Enrolment.cohort_id == snapshot.cohort_id,
                    Enrolment.participant_id == entry.participant_id,
                )
                .execution_options(include_deleted=True)
            ).one_or_none()
            if enrolment is not None:
                touched.add(enrolment.id)
                _restore_one(session, enrolment, entry.enrolment, now)
            if entry.participant_deleted is not None:
                participant = session.scalars(
                    select(Participant)
                    .where(Participant.id == entry.participant_id)
                    .execution_options(include_deleted=True)
                ).one_or_none()
                if participant is not None:
                    if not entry.participant_deleted:
                        participant.deleted_at = None
                    elif participant.deleted_at is None:
                        participant.deleted_at = now
    return Changes(
        cohorts=frozenset({snapshot.cohort_id}),
        enrolments=frozenset(touched),
        participants=frozenset(
            e.participant_id for e in snapshot.entries if e.participant_deleted is not None
        ),
    )


def _restore_one(session, enrolment: Enrolment, state: EnrolmentState | None, now) -> None:
    periods = session.scalars(
        select(PhasePeriod)
        .where(PhasePeriod.enrolment_id == enrolment.id)
        .execution_options(include_deleted=True)
    ).all()
    if state is None:
        if enrolment.deleted_at is None:
            enrolment.deleted_at = now
        for period in periods:
            if period.deleted_at is None:
                period.deleted_at = now
        return
    if not state.deleted:
        enrolment.deleted_at = None
    elif enrolment.deleted_at is None:
        enrolment.deleted_at = now
    enrolment.start_date = state.start_date
    enrolment.end_date = state.end_date
    enrolment.status = state.status
    enrolment.current_phase = state.current_phase
    enrolment.lead_role = state.lead_role
    enrolment.lead_name = state.lead_name
    enrolment.dropout_date = state.dropout_date
    enrolment.dropout_reason = state.dropout_reason
    enrolment.dropout_note = state.dropout_note
    kept = {p.id: p for p in state.periods}
    for period in periods:
        old = kept.get(period.id)
        if old is None or old.deleted:
            if period.deleted_at is None:
                period.deleted_at = now
        else:
            period.deleted_at = None
            period.end_date = old.end_date
