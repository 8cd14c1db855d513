"""The attendance register (Aanwezigheid): choosing a session, opening its register and
marking participants, one transaction per mark so nothing waits for a Save button."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import and_, exists, func, select

from werkfit_desktop.domain import (
    Attendance,
    Cohort,
    Enrolment,
    Module,
    Participant,
    Programme,
    StaffMember,
    TrainingSession,
    utcnow,
)
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.domain.names import full_name, listed_name
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.attendance_stats import enrolled_on
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

MAX_MINUTES_LATE = 480


@dataclass(frozen=True)
class CohortChoice:
    id: str
    code: str
    programme_name: str
    start_date: dt.date
    end_date: dt.date | None
    has_session_today: bool

    def is_running(self, today: dt.date) -> bool:
        return self.start_date <= today and (self.end_date is None or self.end_date >= today)


@dataclass(frozen=True)
class SessionChoice:
    id: str
    cohort_id: str
    cohort_code: str
    module_name: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    location: str | None
    trainer_name: str | None
    cancelled: bool
    registered: int  # participants enrolled on the date who have a mark
    enrolled: int  # participants enrolled on the date


@dataclass(frozen=True)
class RegisterRow:
    participant_id: str
    number: str
    name: str  # "Berg, Jan van den"
    sort_name: str
    status: AttendanceStatus | None  # None: not registered yet
    minutes_late: int | None
    note: str | None


@dataclass(frozen=True)
class Register:
    session_id: str
    cohort_id: str
    cohort_code: str
    programme_name: str
    module_name: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    location: str | None
    trainer_name: str | None
    cancelled: bool
    cancel_reason: str | None
    rows: tuple[RegisterRow, ...]


@dataclass(frozen=True)
class RegisterTally:
    enrolled: int
    registered: int
    by_status: dict[AttendanceStatus, int]


class Mark(NamedTuple):
    """One participant's mark in a session; status None means not registered."""

    participant_id: str
    status: AttendanceStatus | None
    minutes_late: int | None = None
    note: str | None = None


def tally(rows: tuple[RegisterRow, ...] | list[RegisterRow]) -> RegisterTally:
    """The register's counters: how many are registered, and per status."""
    counts = Counter(row.status for row in rows if row.status is not None)
    return RegisterTally(
        enrolled=len(rows),
        registered=sum(counts.values()),
        by_status={status: counts.get(status, 0) for status in AttendanceStatus},
    )


# choosing a session ----------------------------------------------------------------------
def register_cohorts(db: Database, today: dt.date | None = None) -> list[CohortChoice]:
    """Cohorts to take attendance for: those with a session today first, then running ones,
    then planned ones (soonest first), then finished ones (most recent first)."""
    today = today or dt.date.today()
    session_today = exists().where(
        TrainingSession.cohort_id == Cohort.id,
        TrainingSession.date == today,
        TrainingSession.deleted_at.is_(None),
    )
    query = select(
        Cohort.id,
        Cohort.code,
        Programme.name,
        Cohort.start_date,
        Cohort.end_date,
        session_today.label("today"),
    ).join(Programme, Programme.id == Cohort.programme_id)
    with db.read() as session:
        rows = session.execute(query).all()
    choices = [
        CohortChoice(r.id, r.code, r.name, r.start_date, r.end_date, bool(r.today)) for r in rows
    ]

    def order(choice: CohortChoice):
        if choice.has_session_today:
            return (0, 0, choice.code)
        if choice.is_running(today):
            return (1, -choice.start_date.toordinal(), choice.code)
        if choice.start_date > today:
            return (2, choice.start_date.toordinal(), choice.code)
        end = choice.end_date or choice.start_date
        return (3, -end.toordinal(), choice.code)

    return sorted(choices, key=order)


def _trainer_name(first, particle, last) -> str | None:
    return full_name(first, particle, last) if last else None


def register_sessions(
    db: Database, cohort_id: str | None = None, around: dt.date | None = None
) -> list[SessionChoice]:
    """Sessions to open a register for, ordered by date and time.

    With a cohort: all of that cohort's sessions. Without: every cohort's sessions on the
    day `around` (default today) — today's sessions."""
    day = TrainingSession.date
    enrolled = (
        select(func.count(Enrolment.id))
        .join(Participant, Participant.id == Enrolment.participant_id)
        .where(
            Enrolment.cohort_id == TrainingSession.cohort_id,
            Enrolment.deleted_at.is_(None),
            Participant.deleted_at.is_(None),
            enrolled_on(day),
        )
        .correlate(TrainingSession)
        .scalar_subquery()
    )
    registered = (
        select(func.count(Attendance.id))
        .join(
            Enrolment,
            and_(
                Enrolment.participant_id == Attendance.participant_id,
                Enrolment.cohort_id == TrainingSession.cohort_id,
            ),
        )
        .join(Participant, Participant.id == Enrolment.participant_id)
        .where(
            Attendance.session_id == TrainingSession.id,
            Attendance.deleted_at.is_(None),
            Enrolment.deleted_at.is_(None),
            Participant.deleted_at.is_(None),
            enrolled_on(day),
        )
        .correlate(TrainingSession)
        .scalar_subquery()
    )
    query = (
        select(
            TrainingSession.id,
            TrainingSession.cohort_id,
            Cohort.code,
            Module.name.label("module_name"),
            TrainingSession.date,
            TrainingSession.start_time,
            TrainingSession.end_time,
            TrainingSession.location,
            TrainingSession.cancelled,
            StaffMember.first_name,
            StaffMember.name_particle,
            StaffMember.last_name,
            registered.label("registered"),
            enrolled.label("enrolled"),
        )
        .join(Cohort, Cohort.id == TrainingSession.cohort_id)
        .join(Module, Module.id == TrainingSession.module_id)
        .outerjoin(StaffMember, StaffMember.id == TrainingSession.trainer_id)
        .order_by(TrainingSession.date, TrainingSession.start_time, Cohort.code)
    )
    if cohort_id is not None:
        query = query.where(TrainingSession.cohort_id == cohort_id)
    else:
        query = query.where(TrainingSession.date == (around or dt.date.today()))
    with db.read() as session:
        rows = session.execute(query).all()
    return [
        SessionChoice(
            id=r.id,
            cohort_id=r.cohort_id,
            cohort_code=r.code,
            module_name=r.module_name,
            date=r.date,
            start_time=r.start_time,
            end_time=r.end_time,
            location=r.location,
            trainer_name=_trainer_name(r.first_name, r.name_particle, r.last_name),
            cancelled=bool(r.cancelled),
            registered=r.registered or 0,
            enrolled=r.enrolled or 0,
        )
        for r in rows
    ]


def default_session(choices: list[SessionChoice], today: dt.date) -> SessionChoice | None:
    """The session a trainer most likely wants: today's (not cancelled first), else the most
    recent one held, else the next one planned."""
    todays = [c for c in choices if c.date == today]
    if todays:
        return min(todays, key=lambda c: (c.cancelled, c.start_time or dt.time()))
    held = [c for c in choices if c.date < today and not c.cancelled]
    if held:
        return max(held, key=lambda c: (c.date, c.start_time or dt.time()))
    coming = [c for c in choices if c.date > today]
    if coming:
        return min(coming, key=lambda c: (c.date, c.start_time or dt.time()))
    return choices[-1] if choices else None


def first_session(db: Database, today: dt.date | None = None) -> SessionChoice | None:
    """The session to show when the register opens: today's, else the most recent held."""
    today = today or dt.date.today()
    choice = default_session(register_sessions(db, around=today), today)
    if choice is not None:
        return choice
    query = (
        select(TrainingSession.cohort_id)
        .where(TrainingSession.date <= today, TrainingSession.cancelled.is_(False))
        .order_by(TrainingSession.date.desc(), TrainingSession.start_time.desc())
        .limit(1)
    )
    with db.read() as session:
        cohort_id = session.scalar(query)
    if cohort_id is None:
        return None
    return default_session(register_sessions(db, cohort_id), today)


# the register ------------------------------------------------------------------------------
def open_register(db: Database, session_id: str) -> Register:
    """The session's header and one row per participant enrolled in the cohort on its date,
    sorted by surname (particles ignored), with their mark so far. LookupError when the
    session does not exist (any more)."""
    header_query = (
        select(
            TrainingSession.cohort_id,
            TrainingSession.date,
            TrainingSession.start_time,
            TrainingSession.end_time,
            TrainingSession.location,
            TrainingSession.cancelled,
            TrainingSession.cancel_reason,
            Cohort.code,
            Programme.name.label("programme_name"),
            Module.name.label("module_name"),
            StaffMember.first_name,
            StaffMember.name_particle,
            StaffMember.last_name,
        )
        .join(Cohort, Cohort.id == TrainingSession.cohort_id)
        .join(Programme, Programme.id == Cohort.programme_id)
        .join(Module, Module.id == TrainingSession.module_id)
        .outerjoin(StaffMember, StaffMember.id == TrainingSession.trainer_id)
        .where(TrainingSession.id == session_id)
    )
    with db.read() as session:
        header = session.execute(header_query).one_or_none()
        if header is None:
            raise LookupError(f"no session {session_id}")
        rows = session.execute(_register_rows(session_id, header.cohort_id, header.date)).all()
    return Register(
        session_id=session_id,
        cohort_id=header.cohort_id,
        cohort_code=header.code,
        programme_name=header.programme_name,
        module_name=header.module_name,
        date=header.date,
        start_time=header.start_time,
        end_time=header.end_time,
        location=header.location,
        trainer_name=_trainer_name(header.first_name, header.name_particle, header.last_name),
        cancelled=bool(header.cancelled),
        cancel_reason=header.cancel_reason,
        rows=tuple(
            RegisterRow(
                participant_id=r.id,
                number=r.participant_number,
                name=listed_name(r.first_name, r.name_particle, r.last_name),
                sort_name=r.sort_name,
                status=r.status,
                minutes_late=r.minutes_late,
                note=r.note,
            )
            for r in rows
        ),
    )


def _register_rows(session_id: str, cohort_id: str, day: dt.date):
    return (
        select(
            Participant.id,
            Participant.participant_number,
            Participant.first_name,
            Participant.name_particle,
            Participant.last_name,
            Participant.sort_name,
            Attendance.status,
            Attendance.minutes_late,
            Attendance.note,
        )
        .select_from(Enrolment)
        .join(Participant, Participant.id == Enrolment.participant_id)
        .outerjoin(
            Attendance,
            and_(
                Attendance.session_id == session_id,
                Attendance.participant_id == Enrolment.participant_id,
                Attendance.deleted_at.is_(None),
            ),
        )
        .where(
            Enrolment.cohort_id == cohort_id,
            Enrolment.deleted_at.is_(None),
            Participant.deleted_at.is_(None),
            enrolled_on(day),
        )
        .order_by(Participant.sort_name, Participant.participant_number)
    )


# marking ---------------------------------------------------------------------------------
class _SessionFacts(NamedTuple):
    id: str
    cohort_id: str
    date: dt.date
    cancelled: bool


def _session_facts(session, session_id: str) -> _SessionFacts:
    row = session.execute(
        select(
            TrainingSession.id,
            TrainingSession.cohort_id,
            TrainingSession.date,
            TrainingSession.cancelled,
        ).where(TrainingSession.id == session_id)
    ).one_or_none()
    if row is None:
        raise ValidationFailed(
            [
                FieldError(
                    "session",
                    QT_TRANSLATE_NOOP("Validation", "This session no longer exists."),
                )
            ]
        )
    return _SessionFacts(row.id, row.cohort_id, row.date, bool(row.cancelled))


def _clean_note(note: str | None) -> str | None:
    return (note or "").strip() or None


def _cancelled_error(facts: _SessionFacts) -> FieldError:
    return FieldError(
        "status",
        QT_TRANSLATE_NOOP(
            "Validation",
            "The session of {date} was cancelled; attendance cannot be registered for a "
            "cancelled session.",
        ),
        {"date": format_date(facts.date)},
    )


def _minutes_errors(mark: Mark) -> list[FieldError]:
    minutes = mark.minutes_late
    if minutes is None or mark.status is None:
        return []
    if mark.status is not AttendanceStatus.LATE:
        return [
            FieldError(
                "minutes_late",
                QT_TRANSLATE_NOOP(
                    "Validation", "Minutes late can only be given for someone who was late."
                ),
            )
        ]
    if not 1 <= minutes <= MAX_MINUTES_LATE:
        return [
            FieldError(
                "minutes_late",
                QT_TRANSLATE_NOOP(
                    "Validation", "Minutes late must be between 1 and {max}; {value} is not."
                ),
                {"max": MAX_MINUTES_LATE, "value": minutes},
            )
        ]
    return []


def _enrolment_errors(session, facts: _SessionFacts, participant_ids: set[str]) -> list[FieldError]:
    """A mark is only for a participant enrolled in the cohort on the session's date."""
    if not participant_ids:
        return []
    enrolled = set(
        session.scalars(
            select(Enrolment.participant_id).where(
                Enrolment.cohort_id == facts.cohort_id,
                Enrolment.participant_id.in_(sorted(participant_ids)),
                enrolled_on(facts.date),
            )
        )
    )
    missing = sorted(participant_ids - enrolled)
    if not missing:
        return []
    names = {
        r.id: full_name(r.first_name, r.name_particle, r.last_name)
        for r in session.execute(
            select(
                Participant.id,
                Participant.first_name,
                Participant.name_particle,
                Participant.last_name,
            ).where(Participant.id.in_(missing))
        )
    }
    return [
        FieldError(
            "participant",
            QT_TRANSLATE_NOOP("Validation", "{name} is not enrolled in this cohort on {date}."),
            {"name": names.get(pid, "?"), "date": format_date(facts.date)},
        )
        for pid in missing
    ]


def _write(session, facts: _SessionFacts, mark: Mark, existing: Attendance | None) -> None:
    if mark.status is None:
        if existing is not None and existing.deleted_at is None:
            existing.deleted_at = utcnow()
        return
    minutes = mark.minutes_late if mark.status is AttendanceStatus.LATE else None
    note = _clean_note(mark.note)
    if existing is None:
        session.add(
            Attendance(
                session_id=facts.id,
                participant_id=mark.participant_id,
                status=mark.status,
                minutes_late=minutes,
                note=note,
            )
        )
        return
    existing.deleted_at = None  # a cleared mark comes back to life: one row per pair
    existing.status = mark.status
    existing.minutes_late = minutes
    existing.note = note


def _existing(session, session_id: str, participant_ids) -> dict[str, Attendance]:
    rows = session.scalars(
        select(Attendance)
        .where(
            Attendance.session_id == session_id,
            Attendance.participant_id.in_(list(participant_ids)),
        )
        .execution_options(include_deleted=True)
    ).all()
    return {row.participant_id: row for row in rows}


def _apply_marks(session, session_id: str, marks: list[Mark], enrolled_known=False) -> None:
    """Check every mark, then write them all; ValidationFailed (nothing written) otherwise."""
    facts = _session_facts(session, session_id)
    setting = [m for m in marks if m.status is not None]
    if facts.cancelled and setting:
        raise ValidationFailed([_cancelled_error(facts)])
    errors = [error for mark in setting for error in _minutes_errors(mark)]
    if not enrolled_known:
        errors += _enrolment_errors(session, facts, {m.participant_id for m in setting})
    if errors:
        raise ValidationFailed(errors)
    existing = _existing(session, session_id, {m.participant_id for m in marks})
    for mark in marks:
        _write(session, facts, mark, existing.get(mark.participant_id))


def record_mark(
    db: Database,
    session_id: str,
    participant_id: str,
    status: AttendanceStatus | None,
    minutes_late: int | None = None,
    note: str | None = None,
) -> Changes:
    """Save one participant's mark (status None clears it) in one transaction.

    ValidationFailed, nothing saved, for a cancelled session, minutes late given for
    another status or outside 1..480, or a participant not enrolled on the date."""
    mark = Mark(participant_id, status, minutes_late, note)
    with db.write() as session:
        _apply_marks(session, session_id, [mark])
    return Changes(attendance=frozenset({session_id}), participants=frozenset({participant_id}))


def restore_marks(db: Database, session_id: str, marks: list[Mark] | list[tuple]) -> Changes:
    """Write several marks back at once (undo and redo), in one transaction."""
    marks = [Mark(*mark) for mark in marks]
    with db.write() as session:
        _apply_marks(session, session_id, marks)
    return Changes(
        attendance=frozenset({session_id}),
        participants=frozenset(m.participant_id for m in marks),
    )


def mark_rest_present(db: Database, session_id: str) -> tuple[list[str], Changes]:
    """'Iedereen aanwezig': mark every enrolled participant without a mark as present, in
    one transaction. Returns who was marked (sorted like the register), for undo."""
    with db.write() as session:
        facts = _session_facts(session, session_id)
        rows = session.execute(_register_rows(session_id, facts.cohort_id, facts.date)).all()
        marks = [Mark(r.id, AttendanceStatus.PRESENT) for r in rows if r.status is None]
        if facts.cancelled:
            raise ValidationFailed([_cancelled_error(facts)])
        if marks:
            _apply_marks(session, session_id, marks, enrolled_known=True)
    ids = [m.participant_id for m in marks]
    return ids, Changes(attendance=frozenset({session_id}), participants=frozenset(ids))
