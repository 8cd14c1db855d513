"""The planning calendar: sessions of a period across cohorts as the week and month views
show them (ISO week with week-year, trainer, location, cancelled, double-booked), a
trainer's overlapping sessions, and the choices the planning dialogs offer."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import exists, func, or_, select

from werkfit_desktop.domain import (
    Attendance,
    Cohort,
    Document,
    Module,
    Programme,
    SkillObservation,
    StaffMember,
    TrainingSession,
)
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.domain.enums import StaffRole
from werkfit_desktop.domain.names import full_name, sort_key
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.schedule import Notice, times_overlap
from werkfit_desktop.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Conflict:
    """Another session of the same trainer at an overlapping time."""

    session_id: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    cohort_code: str
    module_name: str
    location: str | None


@dataclass(frozen=True)
class PlannedSession:
    """One session as the planning shows it."""

    id: str
    date: dt.date
    week_year: int
    week: int
    weekday: int  # 0 = Monday
    start_time: dt.time | None
    end_time: dt.time | None
    cohort_id: str
    cohort_code: str
    organisation_id: str
    programme_name: str
    module_id: str
    module_name: str
    module_position: int
    trainer_id: str | None
    trainer_name: str | None
    location: str | None
    cancelled: bool
    cancel_reason: str | None
    notes: str | None
    recorded: bool  # attendance, a document or an observation refers to it
    conflicts: tuple[Conflict, ...] = ()

    @property
    def double_booked(self) -> bool:
        return bool(self.conflicts)


@dataclass(frozen=True)
class CohortChoice:
    id: str
    code: str
    programme_id: str
    programme_name: str
    organisation_id: str
    start_date: dt.date
    end_date: dt.date | None
    location: str | None
    session_count: int


@dataclass(frozen=True)
class TrainerChoice:
    id: str
    name: str
    organisation_id: str
    is_trainer: bool  # staff of another role can still be given a session


@dataclass(frozen=True)
class ModuleChoice:
    id: str
    name: str
    position: int
    planned_sessions: int


# Choices for the dialogs -------------------------------------------------------------------


def cohort_choices(db: Database) -> list[CohortChoice]:
    """Every cohort, newest start first, with its number of sessions."""
    counts = (
        select(TrainingSession.cohort_id, func.count().label("n"))
        .where(TrainingSession.deleted_at.is_(None))
        .group_by(TrainingSession.cohort_id)
        .subquery()
    )
    query = (
        select(Cohort, Programme.name, func.coalesce(counts.c.n, 0))
        .join(Programme, Programme.id == Cohort.programme_id)
        .outerjoin(counts, counts.c.cohort_id == Cohort.id)
        .order_by(Cohort.start_date.desc(), Cohort.code)
    )
    with db.read() as session:
        return [
            CohortChoice(
                c.id,
                c.code,
                c.programme_id,
                programme,
                c.organisation_id,
                c.start_date,
                c.end_date,
                c.location,
                n,
            )
            for c, programme, n in session.execute(query).all()
        ]


def trainer_choices(db: Database) -> list[TrainerChoice]:
    """Active staff sorted by surname; trainers are marked (others may teach too)."""
    with db.read() as session:
        staff = session.scalars(select(StaffMember).where(StaffMember.active.is_(True))).all()
        rows = sorted(staff, key=lambda s: sort_key(s.first_name, s.name_particle, s.last_name))
        return [
            TrainerChoice(
                s.id,
                full_name(s.first_name, s.name_particle, s.last_name),
                s.organisation_id,
                s.role == StaffRole.TRAINER,
            )
            for s in rows
        ]


def module_choices(db: Database, cohort_id: str) -> list[ModuleChoice]:
    """The modules of the cohort's programme, in order."""
    with db.read() as session:
        cohort = session.get_one(Cohort, cohort_id)
        modules = session.scalars(
            select(Module)
            .where(Module.programme_id == cohort.programme_id)
            .order_by(Module.position)
        ).all()
        return [ModuleChoice(m.id, m.name, m.position, m.planned_sessions) for m in modules]


# Reading sessions --------------------------------------------------------------------------


def recorded_clause():
    """SQL: something has been recorded against the session (so it must not vanish)."""
    return or_(
        exists().where(
            Attendance.session_id == TrainingSession.id, Attendance.deleted_at.is_(None)
        ),
        exists().where(Document.session_id == TrainingSession.id, Document.deleted_at.is_(None)),
        exists().where(
            SkillObservation.session_id == TrainingSession.id,
            SkillObservation.deleted_at.is_(None),
        ),
    )


def _session_query():
    return (
        select(
            TrainingSession,
            Cohort.code,
            Cohort.organisation_id,
            Programme.name,
            Module.name,
            Module.position,
            StaffMember.first_name,
            StaffMember.name_particle,
            StaffMember.last_name,
            recorded_clause().label("recorded"),
        )
        .join(Cohort, Cohort.id == TrainingSession.cohort_id)
        .join(Programme, Programme.id == Cohort.programme_id)
        .join(Module, Module.id == TrainingSession.module_id)
        .outerjoin(StaffMember, StaffMember.id == TrainingSession.trainer_id)
    )


def _planned(row, conflicts: dict[str, tuple[Conflict, ...]]) -> PlannedSession:
    s = row[0]
    week_year, week, _ = s.date.isocalendar()
    trainer = full_name(row.first_name, row.name_particle, row.last_name) if row.last_name else None
    return PlannedSession(
        id=s.id,
        date=s.date,
        week_year=week_year,
        week=week,
        weekday=s.date.weekday(),
        start_time=s.start_time,
        end_time=s.end_time,
        cohort_id=s.cohort_id,
        cohort_code=row.code,
        organisation_id=row.organisation_id,
        programme_name=row[3],
        module_id=s.module_id,
        module_name=row[4],
        module_position=row.position,
        trainer_id=s.trainer_id,
        trainer_name=trainer,
        location=s.location,
        cancelled=bool(s.cancelled),
        cancel_reason=s.cancel_reason,
        notes=s.notes,
        recorded=bool(row.recorded),
        conflicts=conflicts.get(s.id, ()),
    )


def _conflict(row) -> Conflict:
    s = row[0]
    return Conflict(s.id, s.date, s.start_time, s.end_time, row.code, row[4], s.location)


def _double_bookings(rows) -> dict[str, tuple[Conflict, ...]]:
    """Per session id: the other sessions of its trainer that overlap it."""
    by_slot: dict[tuple[str, dt.date], list] = defaultdict(list)
    for row in rows:
        s = row[0]
        if s.trainer_id and not s.cancelled:
            by_slot[(s.trainer_id, s.date)].append(row)
    found: dict[str, list[Conflict]] = defaultdict(list)
    for same_day in by_slot.values():
        for i, a in enumerate(same_day):
            for b in same_day[i + 1 :]:
                sa, sb = a[0], b[0]
                if times_overlap(sa.start_time, sa.end_time, sb.start_time, sb.end_time):
                    found[sa.id].append(_conflict(b))
                    found[sb.id].append(_conflict(a))
    return {key: tuple(value) for key, value in found.items()}


def sessions_between(
    db: Database,
    start: dt.date,
    end: dt.date,
    cohort_id: str | None = None,
    trainer_id: str | None = None,
) -> list[PlannedSession]:
    """The sessions from `start` to `end` inclusive across cohorts (cancelled ones too),
    by date and time, each flagged when its trainer is double-booked — also when the
    other session is outside the filter."""
    query = (
        _session_query()
        .where(TrainingSession.date >= start, TrainingSession.date <= end)
        .order_by(TrainingSession.date, TrainingSession.start_time, Cohort.code)
    )
    with db.read() as session:
        rows = session.execute(query).all()
    conflicts = _double_bookings(rows)
    return [
        _planned(row, conflicts)
        for row in rows
        if (cohort_id is None or row[0].cohort_id == cohort_id)
        and (trainer_id is None or row[0].trainer_id == trainer_id)
    ]


def get_session(db: Database, session_id: str) -> PlannedSession:
    with db.read() as session:
        row = session.execute(_session_query().where(TrainingSession.id == session_id)).one()
        day = row[0].date
        same_day = session.execute(_session_query().where(TrainingSession.date == day)).all()
    return _planned(row, _double_bookings(same_day))


def conflicts_in(
    session,
    trainer_id: str | None,
    day: dt.date,
    start: dt.time | None,
    end: dt.time | None,
    exclude: Iterable[str] = (),
) -> list[Conflict]:
    if not trainer_id:
        return []
    excluded = set(exclude)
    rows = session.execute(
        _session_query().where(
            TrainingSession.trainer_id == trainer_id,
            TrainingSession.date == day,
            TrainingSession.cancelled.is_(False),
        )
    ).all()
    return [
        _conflict(row)
        for row in rows
        if row[0].id not in excluded
        and times_overlap(start, end, row[0].start_time, row[0].end_time)
    ]


def trainer_conflicts(
    db: Database,
    trainer_id: str,
    date: dt.date,
    start: dt.time | None,
    end: dt.time | None,
    exclude_session_id: str | None = None,
) -> list[Conflict]:
    """The trainer's other (not cancelled) sessions on `date` that overlap the times."""
    with db.read() as session:
        exclude = [exclude_session_id] if exclude_session_id else []
        return conflicts_in(session, trainer_id, date, start, end, exclude)


def _time_text(start: dt.time | None, end: dt.time | None) -> str:
    if start is None or end is None:
        return ""
    return f"{start:%H:%M}–{end:%H:%M}"


def conflict_notice(conflict: Conflict, trainer_name: str | None = None) -> Notice:
    return Notice(
        "double_booked",
        QT_TRANSLATE_NOOP(
            "Planning",
            "The trainer is already booked on {date} {times}: {cohort}, {module}.",
        ),
        {
            "date": format_date(conflict.date),
            "times": _time_text(conflict.start_time, conflict.end_time),
            "cohort": conflict.cohort_code,
            "module": conflict.module_name,
            "trainer": trainer_name or "",
        },
    )
