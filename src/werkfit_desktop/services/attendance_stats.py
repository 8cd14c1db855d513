"""The one place attendance figures come from (cohort page, progress sheets, overview).

Definition (docs/attendance.md has it in Dutch and English, with a worked example):

- A session counts as *held* for a participant when it is not cancelled, its date is on or
  before `as_of` (default today), and it falls within the participant's enrolment:
  start_date <= date <= end_date and date <= dropout_date (each bound only when set).
- Of the held sessions, *registered* ones have a mark (present, late, absent with or without
  notice, sick); the others are *unregistered* (a forgotten register).
  present + late + absent + sick + unregistered = sessions held.
- Attendance % = 100 x (present + late) / registered. Unregistered sessions count neither
  for nor against the participant; with nothing registered the percentage is None.

Everything is computed with SQL aggregates (GROUP BY) that run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, fields

from sqlalchemy import Date, and_, bindparam, case, func, or_, select

from werkfit_desktop.domain import (
    Attendance,
    Cohort,
    Enrolment,
    Module,
    Participant,
    TrainingSession,
)
from werkfit_desktop.domain.enums import AttendanceStatus
from werkfit_desktop.persistence.session import Database


@dataclass(frozen=True)
class AttendanceFigures:
    sessions_held: int = 0  # not cancelled, date <= as_of, within the enrolment period
    registered: int = 0  # of those, sessions with a mark
    present: int = 0
    late: int = 0
    minutes_late: int = 0
    absent_excused: int = 0
    absent_unexcused: int = 0
    sick: int = 0

    @property
    def unregistered(self) -> int:
        """Held sessions without a mark (a forgotten register)."""
        return self.sessions_held - self.registered

    @property
    def absent(self) -> int:
        return self.absent_excused + self.absent_unexcused

    @property
    def attended(self) -> int:
        """Present or late: the participant was there."""
        return self.present + self.late

    @property
    def attendance_pct(self) -> float | None:
        """100 x (present + late) / registered; None when nothing is registered."""
        if self.registered == 0:
            return None
        return 100.0 * (self.present + self.late) / self.registered

    def __add__(self, other: AttendanceFigures) -> AttendanceFigures:
        if not isinstance(other, AttendanceFigures):
            return NotImplemented
        return AttendanceFigures(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )


ZERO = AttendanceFigures()


def enrolled_on(day):
    """SQL condition: the Enrolment row covers `day` (a date or a date column).

    Enrolled from start_date up to and including end_date, and until (not on) the
    dropout date: from the day someone drops out they no longer take part."""
    return and_(
        Enrolment.start_date <= day,
        or_(Enrolment.end_date.is_(None), Enrolment.end_date >= day),
        or_(Enrolment.dropout_date.is_(None), Enrolment.dropout_date > day),
    )


def _count_where(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _figure_columns():
    status = Attendance.status
    return (
        func.count(TrainingSession.id).label("sessions_held"),
        func.count(Attendance.id).label("registered"),
        _count_where(status == AttendanceStatus.PRESENT).label("present"),
        _count_where(status == AttendanceStatus.LATE).label("late"),
        func.coalesce(
            func.sum(
                case(
                    (status == AttendanceStatus.LATE, func.coalesce(Attendance.minutes_late, 0)),
                    else_=0,
                )
            ),
            0,
        ).label("minutes_late"),
        _count_where(status == AttendanceStatus.ABSENT_EXCUSED).label("absent_excused"),
        _count_where(status == AttendanceStatus.ABSENT_UNEXCUSED).label("absent_unexcused"),
        _count_where(status == AttendanceStatus.SICK).label("sick"),
    )


_FIELDS = [f.name for f in fields(AttendanceFigures)]


def _figures(row) -> AttendanceFigures:
    return AttendanceFigures(**{name: int(getattr(row, name) or 0) for name in _FIELDS})


def _held_and_marked(query, as_of: dt.date, sessions_outer: bool):
    """Join the held sessions of each enrolment and their marks onto a query that starts
    from Enrolment joined with Participant."""
    held = and_(
        TrainingSession.cohort_id == Enrolment.cohort_id,
        TrainingSession.deleted_at.is_(None),
        TrainingSession.cancelled.is_(False),
        TrainingSession.date <= as_of,
        enrolled_on(TrainingSession.date),
    )
    marked = and_(
        Attendance.session_id == TrainingSession.id,
        Attendance.participant_id == Enrolment.participant_id,
        Attendance.deleted_at.is_(None),
    )
    if sessions_outer:
        query = query.outerjoin(TrainingSession, held)
    else:
        query = query.join(TrainingSession, held)
    return query.outerjoin(Attendance, marked)


def _enrolments(columns, cohort_id: str):
    return (
        select(*columns)
        .select_from(Enrolment)
        .join(Participant, Participant.id == Enrolment.participant_id)
        .where(
            Enrolment.cohort_id == cohort_id,
            Enrolment.deleted_at.is_(None),
            Participant.deleted_at.is_(None),
        )
    )


def participant_figures(
    db: Database, cohort_id: str, as_of: dt.date | None = None
) -> dict[str, AttendanceFigures]:
    """Figures per participant (key participant_id) for every participant enrolled in the
    cohort, dropped-out ones included (their period ends at the dropout or end date)."""
    as_of = as_of or dt.date.today()
    query = _enrolments((Enrolment.participant_id, *_figure_columns()), cohort_id)
    query = _held_and_marked(query, as_of, sessions_outer=True).group_by(Enrolment.participant_id)
    with db.read() as session:
        rows = session.execute(query).all()
    return {row.participant_id: _figures(row) for row in rows}


def module_figures(
    db: Database,
    cohort_id: str,
    participant_id: str | None = None,
    as_of: dt.date | None = None,
) -> dict[str, AttendanceFigures]:
    """Figures per module (key module_id) for one participant, or summed over the cohort.

    Every module of the cohort's programme is present (zeros when none of its sessions
    was held yet)."""
    as_of = as_of or dt.date.today()
    modules = (
        select(Module.id)
        .join(Cohort, Cohort.programme_id == Module.programme_id)
        .where(Cohort.id == cohort_id, Module.deleted_at.is_(None))
        .order_by(Module.position)
    )
    with db.read() as session:
        held = held_per_module(session, cohort_id, participant_id, as_of)
        module_ids = session.scalars(modules).all()
    result = {module_id: ZERO for module_id in module_ids}
    result.update(held)
    return result


def held_per_module(
    session, cohort_id: str, participant_id: str | None, as_of: dt.date
) -> dict[str, AttendanceFigures]:
    """Figures per module (key module_id) of the modules with a held session only, in an
    open session (module_figures adds the other modules as zeros). Their sum is the
    participant's row of participant_figures (or the cohort_totals)."""
    query = _held_per_module_query(participant_id is not None)
    parameters = {"cohort_id": cohort_id, "participant_id": participant_id, "as_of": as_of}
    return {row.module_id: _figures(row) for row in session.execute(query, parameters).all()}


@functools.cache
def _held_per_module_query(one_participant: bool):
    """Built once (a progress sheet asks it for every participant); the values are bound
    at execution: cohort_id, participant_id, as_of."""
    query = _enrolments((TrainingSession.module_id, *_figure_columns()), bindparam("cohort_id"))
    if one_participant:
        query = query.where(Enrolment.participant_id == bindparam("participant_id"))
    as_of = bindparam("as_of", type_=Date)
    return _held_and_marked(query, as_of, sessions_outer=False).group_by(TrainingSession.module_id)


def cohort_totals(db: Database, cohort_id: str, as_of: dt.date | None = None) -> AttendanceFigures:
    """The cohort's figures: the sum over its participants."""
    as_of = as_of or dt.date.today()
    query = _held_and_marked(_enrolments(_figure_columns(), cohort_id), as_of, sessions_outer=True)
    with db.read() as session:
        row = session.execute(query).one()
    return _figures(row)
