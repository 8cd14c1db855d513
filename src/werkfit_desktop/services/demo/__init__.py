"""A synthetic demo region to try Werkfit Desktop with: two learn-work companies, employers,
three programmes, finished, running and planned cohorts with their participants, sessions,
attendance, observations, certificates, practice days, outcomes and after-placement notes.

All content follows from the seed and 'today' (the same seed and date give the same names,
numbers and dates); only the row ids differ between runs. Every name is invented."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from werkfit_desktop.domain import (
    Attendance,
    Base,
    Certificate,
    CoachingNote,
    Cohort,
    Employer,
    Enrolment,
    Module,
    Organisation,
    Outcome,
    Participant,
    ParticipantTargetGroup,
    PlacementDay,
    Programme,
    SkillObservation,
    StaffMember,
    TrainingSession,
)
from werkfit_desktop.domain.enums import TargetGroup
from werkfit_desktop.persistence.database import is_empty
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.demo.activity import (
    attendance,
    earlier_certificates,
    link_placement_days,
    module_exams,
    observations,
    placement_days,
)
from werkfit_desktop.services.demo.aftercare import (
    coaching_notes,
    later_rungs,
    link_outcome,
    outcome,
)
from werkfit_desktop.services.demo.cohorts import plan_cohorts
from werkfit_desktop.services.demo.context import DemoContext
from werkfit_desktop.services.demo.people import Member, decide_fates, enrol, make_member
from werkfit_desktop.services.demo.reference import build_reference

__all__ = ["DatabaseNotEmpty", "DemoSummary", "build_demo", "create_demo"]


class DatabaseNotEmpty(ValueError):
    """The demo only goes into an empty database; it never mixes with real data."""


@dataclass(frozen=True)
class DemoSummary:
    organisations: int
    staff: int
    employers: int
    programmes: int
    modules: int
    cohorts: int
    participants: int
    enrolments: int
    sessions: int
    attendance: int
    observations: int
    certificates: int
    placement_days: int
    outcomes: int
    coaching_notes: int
    skipped_holidays: int  # planned session dates skipped for a Dutch public holiday


_COUNTED = {
    "organisations": Organisation,
    "staff": StaffMember,
    "employers": Employer,
    "programmes": Programme,
    "modules": Module,
    "cohorts": Cohort,
    "participants": Participant,
    "enrolments": Enrolment,
    "sessions": TrainingSession,
    "attendance": Attendance,
    "observations": SkillObservation,
    "certificates": Certificate,
    "placement_days": PlacementDay,
    "outcomes": Outcome,
    "coaching_notes": CoachingNote,
}


def build_demo(seed: int = 1, today: dt.date | None = None) -> DemoContext:
    """All demo rows, made in memory (nothing written yet)."""
    ctx = DemoContext(seed, today or dt.date.today())
    ref = build_reference(ctx)
    cohorts = plan_cohorts(ctx, ref)
    taken: set[tuple[str, str]] = set()
    number = 0
    for cohort in cohorts:
        for _ in range(ctx.rng.randint(10, 18)):
            number += 1
            cohort.members.append(make_member(ctx, cohort, number, taken))
        decide_fates(ctx, cohort)
    members: list[Member] = [m for c in cohorts for m in c.members]
    groups: dict[str, list[TargetGroup]] = {m.participant.id: [] for m in members}
    for row in ctx.rows:
        if isinstance(row, ParticipantTargetGroup):
            groups[row.participant_id].append(row.target_group)

    for member in members:
        placement_days(ctx, ref, member)
    for member in members:
        outcome(ctx, ref, member, groups[member.participant.id])
    for member in members:
        enrol(ctx, member)
        link_outcome(member)
    link_placement_days(ctx, members)
    for cohort in cohorts:
        attended = attendance(ctx, cohort)
        for member in cohort.members:
            observations(ctx, ref.skills, member, attended[member.participant.id])
        module_exams(ctx, ref, cohort)
    earlier_certificates(ctx, ref, members)
    for member in members:
        coaching_notes(ctx, member)
        later_rungs(ctx, member)
    return ctx


def _holds_data(session: Session) -> bool:
    return any(
        session.scalar(
            select(exists().where(model.id.is_not(None))).execution_options(include_deleted=True)
        )
        for model in (Participant, Programme, Organisation)
    )


def create_demo(db: Database, seed: int = 1, today: dt.date | None = None) -> DemoSummary:
    """Fill an EMPTY database with the demo region in one transaction.

    Raises DatabaseNotEmpty (nothing written) when it already holds participants,
    programmes or organisations."""
    if not is_empty(db):
        raise DatabaseNotEmpty("The database is not empty; the demo only fills an empty one.")
    ctx = build_demo(seed, today)
    with db.write() as session:
        if _holds_data(session):
            raise DatabaseNotEmpty("The database is not empty; the demo only fills an empty one.")
        # The unit of work orders inserts only along relationship(); these rows refer to
        # each other by id, so insert table by table in foreign-key order.
        by_table: dict[str, list] = {}
        for row in ctx.rows:
            by_table.setdefault(type(row).__table__.name, []).append(row)
        for table in Base.metadata.sorted_tables:
            if table.name in by_table:
                session.add_all(by_table[table.name])
                session.flush()
    counts = Counter(type(row) for row in ctx.rows)
    return DemoSummary(
        **{name: counts[model] for name, model in _COUNTED.items()},
        skipped_holidays=ctx.skipped_holidays,
    )
