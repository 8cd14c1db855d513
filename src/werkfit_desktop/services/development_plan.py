"""The personal development plan (persoonlijk ontwikkelplan): target job, realism, needs,
follow-up courses, goals with target dates and status, and funding spent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from werkfit_desktop.domain import DevelopmentPlan, Funding, PlanGoal, utcnow
from werkfit_desktop.domain.enums import FundingStatus, GoalStatus
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PlanInput:
    target_job: str | None = None
    realism: str | None = None
    needs: str | None = None
    follow_up_courses: str | None = None


@dataclass(frozen=True)
class GoalRow:
    id: str
    description: str
    target_date: dt.date | None
    status: GoalStatus
    achieved_on: dt.date | None
    position: int


@dataclass(frozen=True)
class FundingInput:
    provider: str
    source: str | None = None
    amount: float | None = None
    purpose: str | None = None
    status: FundingStatus = FundingStatus.REQUESTED


@dataclass(frozen=True)
class FundingRow:
    id: str
    data: FundingInput


@dataclass(frozen=True)
class Plan:
    participant_id: str
    plan_id: str | None  # None while nothing was saved yet
    data: PlanInput
    goals: tuple[GoalRow, ...]
    funding: tuple[FundingRow, ...]

    @property
    def funding_total(self) -> float:
        return sum(f.data.amount or 0.0 for f in self.funding)


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def _changes(participant_id: str) -> Changes:
    return Changes(plans=frozenset({participant_id}))


def get_plan(db: Database, participant_id: str) -> Plan:
    with db.read() as session:
        plan = session.scalar(
            select(DevelopmentPlan).where(DevelopmentPlan.participant_id == participant_id)
        )
        goals: list[GoalRow] = []
        if plan is not None:
            goals = [
                GoalRow(g.id, g.description, g.target_date, g.status, g.achieved_on, g.position)
                for g in session.scalars(
                    select(PlanGoal)
                    .where(PlanGoal.plan_id == plan.id)
                    .order_by(PlanGoal.position, PlanGoal.created_at)
                )
            ]
        funding = [
            FundingRow(f.id, FundingInput(f.provider, f.source, f.amount, f.purpose, f.status))
            for f in session.scalars(
                select(Funding)
                .where(Funding.participant_id == participant_id)
                .order_by(Funding.created_at)
            )
        ]
        data = (
            PlanInput(plan.target_job, plan.realism, plan.needs, plan.follow_up_courses)
            if plan
            else PlanInput()
        )
        return Plan(participant_id, plan.id if plan else None, data, tuple(goals), tuple(funding))


def _plan_for(session, participant_id: str) -> DevelopmentPlan:
    """The participant's plan, made (or taken out of the bin) when there is none."""
    plan = session.scalar(
        select(DevelopmentPlan)
        .where(DevelopmentPlan.participant_id == participant_id)
        .execution_options(include_deleted=True)
    )
    if plan is None:
        plan = DevelopmentPlan(participant_id=participant_id)
        session.add(plan)
        session.flush()
    plan.deleted_at = None
    return plan


def save_plan(db: Database, participant_id: str, data: PlanInput) -> Changes:
    with db.write() as session:
        plan = _plan_for(session, participant_id)
        plan.target_job = _text(data.target_job)
        plan.realism = _text(data.realism)
        plan.needs = _text(data.needs)
        plan.follow_up_courses = _text(data.follow_up_courses)
    return _changes(participant_id)


def _goal_errors(description: str) -> list[FieldError]:
    if description.strip():
        return []
    return [FieldError("description", QT_TRANSLATE_NOOP("Validation", "Describe the goal."))]


@dataclass(frozen=True)
class NewGoal:
    """A goal to add, e.g. from a coaching note."""

    description: str
    target_date: dt.date | None = None


def goal_errors(description: str, field: str = "description") -> list[FieldError]:
    """What is wrong with a new goal's description (empty list: nothing)."""
    return [FieldError(field, e.source_text, e.values) for e in _goal_errors(description)]


def add_goal_in(
    session,
    participant_id: str,
    description: str,
    target_date: dt.date | None,
    note_id: str | None = None,
) -> str:
    """add_goal inside the caller's write transaction (description already validated)."""
    plan = _plan_for(session, participant_id)
    last = session.scalar(select(func.max(PlanGoal.position)).where(PlanGoal.plan_id == plan.id))
    goal = PlanGoal(
        plan_id=plan.id,
        description=description.strip(),
        target_date=target_date,
        status=GoalStatus.OPEN,
        position=(last or 0) + 1,
        reviewed_in_note_id=note_id,
    )
    session.add(goal)
    session.flush()
    return goal.id


def add_goal(
    db: Database,
    participant_id: str,
    description: str,
    target_date: dt.date | None,
    note_id: str | None = None,
) -> tuple[str, Changes]:
    """A new open goal at the end of the list (note_id: the coaching note it came from)."""
    errors = _goal_errors(description)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        goal_id = add_goal_in(session, participant_id, description, target_date, note_id)
    return goal_id, _changes(participant_id)


def _goal_participant(session, goal: PlanGoal) -> str:
    return session.get_one(DevelopmentPlan, goal.plan_id).participant_id


def _set_status(goal: PlanGoal, status: GoalStatus, today: dt.date) -> None:
    status = GoalStatus(status)
    if status is GoalStatus.ACHIEVED and goal.status is not GoalStatus.ACHIEVED:
        goal.achieved_on = today
    elif status is not GoalStatus.ACHIEVED:
        goal.achieved_on = None
    goal.status = status


def update_goal(
    db: Database,
    goal_id: str,
    description: str,
    target_date: dt.date | None,
    status: GoalStatus,
    today: dt.date | None = None,
) -> Changes:
    errors = _goal_errors(description)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        goal = session.get_one(PlanGoal, goal_id)
        goal.description = description.strip()
        goal.target_date = target_date
        _set_status(goal, status, today or dt.date.today())
        participant_id = _goal_participant(session, goal)
    return _changes(participant_id)


def set_goal_status_in(
    session,
    goal_id: str,
    status: GoalStatus,
    note_id: str | None = None,
    today: dt.date | None = None,
) -> str:
    """set_goal_status inside the caller's write transaction; returns the participant's id."""
    goal = session.get_one(PlanGoal, goal_id)
    _set_status(goal, status, today or dt.date.today())
    if note_id is not None:
        goal.reviewed_in_note_id = note_id
    return _goal_participant(session, goal)


def set_goal_status(
    db: Database,
    goal_id: str,
    status: GoalStatus,
    note_id: str | None = None,
    today: dt.date | None = None,
) -> Changes:
    """Set a goal's status (achieved: achieved_on = today), optionally from a coaching note."""
    with db.write() as session:
        participant_id = set_goal_status_in(session, goal_id, status, note_id, today)
    return _changes(participant_id)


def set_goal_deleted(db: Database, goal_id: str, deleted: bool) -> Changes:
    with db.write() as session:
        goal = session.scalars(
            select(PlanGoal).where(PlanGoal.id == goal_id).execution_options(include_deleted=True)
        ).one()
        goal.deleted_at = utcnow() if deleted else None
        participant_id = _goal_participant(session, goal)
    return _changes(participant_id)


def _funding_checked(data: FundingInput) -> FundingInput:
    errors: list[FieldError] = []
    if not (data.provider or "").strip():
        errors.append(
            FieldError(
                "provider",
                QT_TRANSLATE_NOOP("Validation", "Give the provider of the funding."),
            )
        )
    if data.amount is not None and data.amount < 0:
        errors.append(
            FieldError("amount", QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative."))
        )
    if errors:
        raise ValidationFailed(errors)
    return FundingInput(
        provider=data.provider.strip(),
        source=_text(data.source),
        amount=round(data.amount, 2) if data.amount is not None else None,
        purpose=_text(data.purpose),
        status=data.status,
    )


def add_funding(db: Database, participant_id: str, data: FundingInput) -> tuple[str, Changes]:
    data = _funding_checked(data)
    with db.write() as session:
        row = Funding(participant_id=participant_id, **data.__dict__)
        session.add(row)
        session.flush()
        funding_id = row.id
    return funding_id, _changes(participant_id)


def update_funding(db: Database, funding_id: str, data: FundingInput) -> Changes:
    data = _funding_checked(data)
    with db.write() as session:
        row = session.get_one(Funding, funding_id)
        for name, value in data.__dict__.items():
            setattr(row, name, value)
        participant_id = row.participant_id
    return _changes(participant_id)


def set_funding_deleted(db: Database, funding_id: str, deleted: bool) -> Changes:
    """Remove a funding row (a tombstone) or bring it back (undo)."""
    with db.write() as session:
        row = session.scalars(
            select(Funding).where(Funding.id == funding_id).execution_options(include_deleted=True)
        ).one()
        row.deleted_at = utcnow() if deleted else None
        participant_id = row.participant_id
    return _changes(participant_id)


def restore_goal(db: Database, goal: GoalRow) -> Changes:
    """Put a goal back exactly as it was (undo of an edit or a status change)."""
    with db.write() as session:
        row = session.get_one(PlanGoal, goal.id)
        row.description = goal.description
        row.target_date = goal.target_date
        row.status = goal.status
        row.achieved_on = goal.achieved_on
        participant_id = _goal_participant(session, row)
    return _changes(participant_id)


def get_goal(db: Database, goal_id: str) -> GoalRow:
    with db.read() as session:
        g = session.get_one(PlanGoal, goal_id)
        return GoalRow(g.id, g.description, g.target_date, g.status, g.achieved_on, g.position)
