"""Planning: a cohort's sessions generated from a weekly pattern, the sessions of a week or
month across cohorts, and moving, cancelling, restoring and adding single sessions.

Every write is one transaction and tombstones rather than deletes. Warnings (a holiday, a
closing day, a double-booked trainer) are returned as `Notice`s, never raised: the user
decides."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from werkfit_desktop.domain import Cohort, Module, TrainingSession, utcnow
from werkfit_desktop.domain.dates import format_date
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.planning_calendar import (
    CohortChoice,
    Conflict,
    ModuleChoice,
    PlannedSession,
    TrainerChoice,
    cohort_choices,
    conflict_notice,
    conflicts_in,
    get_session,
    module_choices,
    recorded_clause,
    sessions_between,
    trainer_choices,
    trainer_conflicts,
)
from werkfit_desktop.services.planning_closed_days import (
    ClosedDayRow,
    add_closed_day,
    closed_day_notes,
    closed_days_between,
    closed_days_in,
    list_closed_days,
    organisation_choices,
    remove_closed_day,
)
from werkfit_desktop.services.schedule import (
    HolidayPolicy,
    ModulePlan,
    Notice,
    SchedulePattern,
    SchedulePlan,
    date_notices,
    plan_schedule,
)
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP, current_language

__all__ = [
    "KEEP",
    "ClosedDayRow",
    "CohortChoice",
    "Conflict",
    "ExistingSessions",
    "HolidayPolicy",
    "ModuleChoice",
    "Notice",
    "PlannedSession",
    "SchedulePattern",
    "SchedulePlan",
    "TrainerChoice",
    "add_closed_day",
    "add_session",
    "cancel_session",
    "closed_day_notes",
    "closed_days_between",
    "cohort_choices",
    "existing_sessions",
    "generate_schedule",
    "get_session",
    "list_closed_days",
    "module_choices",
    "move_session",
    "organisation_choices",
    "preview_schedule",
    "remove_and_restore_sessions",
    "remove_closed_day",
    "remove_session",
    "restore_session",
    "sessions_between",
    "slot_warnings",
    "trainer_choices",
    "trainer_conflicts",
    "unremove_session",
]


class _Keep:
    """Marker for 'leave this field as it is' (None means 'clear it')."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


@dataclass(frozen=True)
class ExistingSessions:
    """A cohort's sessions before (re)generating: how many, which could make way for a new
    schedule (future, nothing recorded), and per module how many stay."""

    total: int
    replaceable_ids: tuple[str, ...]
    kept_per_module: dict[str, int]


def _language(language: str | None) -> str:
    return language or current_language()


def _error(field: str, text: str, **values: object) -> ValidationFailed:
    return ValidationFailed([FieldError(field, text, values)])


# Generating a schedule ---------------------------------------------------------------------


def _existing(session, cohort_id: str, today: dt.date) -> ExistingSessions:
    rows = session.execute(
        select(TrainingSession, recorded_clause().label("recorded")).where(
            TrainingSession.cohort_id == cohort_id
        )
    ).all()
    replaceable = tuple(s.id for s, recorded in rows if s.date >= today and not recorded)
    kept: dict[str, int] = defaultdict(int)
    for s, _recorded in rows:
        if s.id not in replaceable and not s.cancelled:
            kept[s.module_id] += 1
    return ExistingSessions(len(rows), replaceable, dict(kept))


def existing_sessions(
    db: Database, cohort_id: str, today: dt.date | None = None
) -> ExistingSessions:
    with db.read() as session:
        return _existing(session, cohort_id, today or dt.date.today())


def _prepare(session, cohort_id, pattern, policy, replace_future, today, language):
    """The plan for a cohort, as preview and generation share it."""
    cohort = session.get_one(Cohort, cohort_id)
    existing = _existing(session, cohort_id, today)
    modules = session.scalars(
        select(Module).where(Module.programme_id == cohort.programme_id).order_by(Module.position)
    ).all()
    kept = existing.kept_per_module if replace_future else {}
    plans = [
        ModulePlan(m.id, m.name, max(m.planned_sessions - kept.get(m.id, 0), 0)) for m in modules
    ]
    horizon = pattern.start_date + dt.timedelta(days=3 * 366 + 7)
    closed = closed_days_in(session, cohort.organisation_id, pattern.start_date, horizon)
    plan = plan_schedule(pattern, plans, policy, closed, language)
    notices: list[Notice] = []
    if not modules:
        notices.append(
            Notice(
                "no_modules",
                QT_TRANSLATE_NOOP("Planning", "The programme of {cohort} has no modules yet."),
                {"cohort": cohort.code},
            )
        )
    if cohort.end_date and plan.last_date and plan.last_date > cohort.end_date:
        notices.append(
            Notice(
                "after_end",
                QT_TRANSLATE_NOOP(
                    "Planning",
                    "The last session ({last}) falls after the cohort's end date ({end}).",
                ),
                {"last": format_date(plan.last_date), "end": format_date(cohort.end_date)},
            )
        )
    own = set(existing.replaceable_ids) if replace_future else set()
    for day in plan.sessions:
        for conflict in conflicts_in(
            session, pattern.trainer_id, day.date, day.start_time, day.end_time, own
        ):
            notices.append(conflict_notice(conflict))
    return cohort, existing, replace(plan, warnings=tuple(notices))


def preview_schedule(
    db: Database,
    cohort_id: str,
    pattern: SchedulePattern,
    policy: HolidayPolicy,
    replace_future: bool = False,
    today: dt.date | None = None,
    language: str | None = None,
) -> SchedulePlan:
    """The schedule `generate_schedule` would make, without saving anything."""
    with db.read() as session:
        _cohort, _existing_sessions, plan = _prepare(
            session,
            cohort_id,
            pattern,
            policy,
            replace_future,
            today or dt.date.today(),
            _language(language),
        )
    return plan


def generate_schedule(
    db: Database,
    cohort_id: str,
    pattern: SchedulePattern,
    policy: HolidayPolicy,
    replace_future: bool = False,
    today: dt.date | None = None,
    language: str | None = None,
) -> tuple[SchedulePlan, Changes]:
    """Make the cohort's sessions from the pattern in one transaction. Refused when the
    cohort already has sessions, unless `replace_future`: then its future sessions with
    nothing recorded make way (tombstoned) and the sessions that stay count towards their
    modules."""
    today = today or dt.date.today()
    with db.write() as session:
        cohort, existing, plan = _prepare(
            session, cohort_id, pattern, policy, replace_future, today, _language(language)
        )
        if existing.total and not replace_future:
            raise _error(
                "cohort",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Cohort {cohort} already has {count} sessions. Choose to replace the "
                    "future sessions, or move and add single sessions instead.",
                ),
                cohort=cohort.code,
                count=existing.total,
            )
        replaced = existing.replaceable_ids if replace_future else ()
        now = utcnow()
        for row in session.scalars(select(TrainingSession).where(TrainingSession.id.in_(replaced))):
            row.deleted_at = now
        created = [
            TrainingSession(
                cohort_id=cohort_id,
                module_id=day.module_id,
                date=day.date,
                start_time=day.start_time,
                end_time=day.end_time,
                location=(pattern.location or "").strip() or None,
                trainer_id=pattern.trainer_id,
                cancelled=False,
            )
            for day in plan.sessions
        ]
        session.add_all(created)
        session.flush()
        ids = tuple(s.id for s in created)
    plan = replace(plan, session_ids=ids, replaced_ids=tuple(replaced))
    return plan, Changes(
        sessions=frozenset(ids) | frozenset(replaced), cohorts=frozenset({cohort_id})
    )


def remove_and_restore_sessions(
    db: Database, remove_ids: Iterable[str], restore_ids: Iterable[str] = ()
) -> Changes:
    """Tombstone some sessions and take others out of the bin, in one transaction (how a
    generated schedule is undone and redone). Refused, with nothing changed, when
    attendance or documents were recorded for a session that would go."""
    remove_ids, restore_ids = tuple(remove_ids), tuple(restore_ids)
    touched = remove_ids + restore_ids
    cohorts: set[str] = set()
    with db.write() as session:
        recorded = session.scalar(
            select(func.count())
            .select_from(TrainingSession)
            .where(TrainingSession.id.in_(remove_ids), recorded_clause())
            .execution_options(include_deleted=True)
        )
        if recorded:
            raise _error(
                "session",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Attendance or documents were recorded for {count} of these sessions, so "
                    "they cannot be removed. Cancel single sessions instead.",
                ),
                count=recorded,
            )
        rows = session.scalars(
            select(TrainingSession)
            .where(TrainingSession.id.in_(touched))
            .execution_options(include_deleted=True)
        ).all()
        now = utcnow()
        for row in rows:
            row.deleted_at = now if row.id in remove_ids else None
            cohorts.add(row.cohort_id)
    return Changes(sessions=frozenset(touched), cohorts=frozenset(cohorts))


# Single sessions ---------------------------------------------------------------------------


def _times_error(start: dt.time | None, end: dt.time | None) -> ValidationFailed | None:
    if start is not None and end is not None and end <= start:
        return _error(
            "end_time",
            QT_TRANSLATE_NOOP("Validation", "The end time must be after the start time."),
        )
    return None


def _slot_notices(
    session,
    organisation_id: str,
    day: dt.date,
    start: dt.time | None,
    end: dt.time | None,
    trainer_id: str | None,
    exclude: Iterable[str],
    policy: HolidayPolicy,
    language: str,
) -> list[Notice]:
    closed = closed_days_in(session, organisation_id, day, day)
    notices = date_notices(day, policy, closed, language)
    notices += [
        conflict_notice(c) for c in conflicts_in(session, trainer_id, day, start, end, exclude)
    ]
    return notices


def slot_warnings(
    db: Database,
    cohort_id: str,
    day: dt.date,
    start: dt.time | None,
    end: dt.time | None,
    trainer_id: str | None,
    exclude_session_id: str | None = None,
    policy: HolidayPolicy | None = None,
    language: str | None = None,
) -> list[Notice]:
    """What the user should know before putting a session of the cohort on this slot."""
    with db.read() as session:
        cohort = session.get_one(Cohort, cohort_id)
        exclude = [exclude_session_id] if exclude_session_id else []
        return _slot_notices(
            session,
            cohort.organisation_id,
            day,
            start,
            end,
            trainer_id,
            exclude,
            policy or HolidayPolicy(),
            _language(language),
        )


def _session_changes(row: TrainingSession) -> Changes:
    return Changes(sessions=frozenset({row.id}), cohorts=frozenset({row.cohort_id}))


def move_session(
    db: Database,
    session_id: str,
    new_date: dt.date,
    start: dt.time | None,
    end: dt.time | None,
    location: str | None | _Keep = KEEP,
    trainer_id: str | None | _Keep = KEEP,
    policy: HolidayPolicy | None = None,
    language: str | None = None,
) -> tuple[Changes, list[Notice]]:
    """Put a session on another date and/or time (and room or trainer); the warnings say
    what is odd about the new slot."""
    problem = _times_error(start, end)
    if problem:
        raise problem
    with db.write() as session:
        row = session.get_one(TrainingSession, session_id)
        cohort = session.get_one(Cohort, row.cohort_id)
        recorded = session.scalar(select(recorded_clause()).where(TrainingSession.id == session_id))
        moved_day = row.date != new_date
        row.date, row.start_time, row.end_time = new_date, start, end
        if not isinstance(location, _Keep):
            row.location = (location or "").strip() or None
        if not isinstance(trainer_id, _Keep):
            row.trainer_id = trainer_id
        notices = _slot_notices(
            session,
            cohort.organisation_id,
            new_date,
            start,
            end,
            row.trainer_id,
            [session_id],
            policy or HolidayPolicy(),
            _language(language),
        )
        if recorded and moved_day:
            notices.append(
                Notice(
                    "recorded",
                    QT_TRANSLATE_NOOP(
                        "Planning",
                        "Attendance or documents were already recorded for this session; "
                        "they move with it.",
                    ),
                )
            )
        changes = _session_changes(row)
    return changes, notices


def cancel_session(db: Database, session_id: str, reason: str) -> Changes:
    """Cancel a session with its reason (required); it stays visible, struck through, and
    does not count for attendance."""
    reason = (reason or "").strip()
    if not reason:
        raise _error(
            "reason", QT_TRANSLATE_NOOP("Validation", "Give the reason for cancelling the session.")
        )
    with db.write() as session:
        row = session.get_one(TrainingSession, session_id)
        row.cancelled, row.cancel_reason = True, reason
        return _session_changes(row)


def restore_session(db: Database, session_id: str) -> Changes:
    """Undo a cancellation: the session takes place after all."""
    with db.write() as session:
        row = session.get_one(TrainingSession, session_id)
        row.cancelled, row.cancel_reason = False, None
        return _session_changes(row)


def add_session(
    db: Database,
    cohort_id: str,
    module_id: str,
    date: dt.date,
    start: dt.time | None,
    end: dt.time | None,
    location: str | None,
    trainer_id: str | None,
    policy: HolidayPolicy | None = None,
    language: str | None = None,
) -> tuple[str, Changes, list[Notice]]:
    """One extra session for a module of the cohort's programme."""
    problem = _times_error(start, end)
    if problem:
        raise problem
    with db.write() as session:
        cohort = session.get_one(Cohort, cohort_id)
        module = session.get(Module, module_id)
        if module is None or module.programme_id != cohort.programme_id:
            raise _error(
                "module",
                QT_TRANSLATE_NOOP("Validation", "Choose a module of the cohort's programme."),
            )
        notices = _slot_notices(
            session,
            cohort.organisation_id,
            date,
            start,
            end,
            trainer_id,
            [],
            policy or HolidayPolicy(),
            _language(language),
        )
        row = TrainingSession(
            cohort_id=cohort_id,
            module_id=module_id,
            date=date,
            start_time=start,
            end_time=end,
            location=(location or "").strip() or None,
            trainer_id=trainer_id,
            cancelled=False,
        )
        session.add(row)
        session.flush()
        changes = _session_changes(row)
        new_id = row.id
    return new_id, changes, notices


def remove_session(db: Database, session_id: str) -> Changes:
    """Take a session out of the schedule (a tombstone). Refused once attendance,
    documents or observations refer to it: cancel it instead."""
    with db.write() as session:
        row = session.get_one(TrainingSession, session_id)
        recorded = session.scalar(select(recorded_clause()).where(TrainingSession.id == session_id))
        if recorded:
            raise _error(
                "session",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Attendance or documents were recorded for this session, so it cannot be "
                    "removed. Cancel it instead.",
                ),
            )
        row.deleted_at = utcnow()
        return _session_changes(row)


def unremove_session(db: Database, session_id: str) -> Changes:
    """Take a removed session out of the bin (undo of remove, redo of add)."""
    return remove_and_restore_sessions(db, (), (session_id,))
